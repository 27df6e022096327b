"""Request and response bodies of the public API."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

MAX_MESSAGE_CHARS = 2000


class MessageIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(..., description="What the resident wrote (1-2,000 characters).")

    @field_validator("text")
    @classmethod
    def _sensible_text(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("text must not be empty")
        if len(value) > MAX_MESSAGE_CHARS:
            raise ValueError(f"text must be at most {MAX_MESSAGE_CHARS} characters")
        return value


class Button(BaseModel):
    title: str
    payload: str


class MessageOut(BaseModel):
    text: str
    buttons: list[Button] = []
    metadata: dict[str, Any] = {}


class ConversationState(BaseModel):
    mode: Literal["bot", "human", "closed"]


class MessagesOut(BaseModel):
    messages: list[MessageOut]
    state: ConversationState


class ConversationCreated(BaseModel):
    conversation_id: str
    token: str
