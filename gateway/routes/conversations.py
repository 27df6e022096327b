"""The conversation API: the contract the web widget, integrations and tests use."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request, status

from ..conversations.store import Conversation, ConversationStore
from ..deps import ServicesDep, bearer_token
from ..errors import Forbidden, NotAuthenticated, NotFound
from ..schemas import ConversationCreated, MessageIn, MessagesOut

router = APIRouter(prefix="/api/v1/conversations", tags=["conversations"])

ConversationId = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]


async def authorised_conversation(
    conversation_id: ConversationId, request: Request, services: ServicesDep
) -> Conversation:
    """The conversation the bearer token was issued for (401, 404 or 403 otherwise)."""
    token = bearer_token(request)
    if token is None:
        raise NotAuthenticated("Send the conversation's token as 'Authorization: Bearer <token>'.")
    conversation = await services.store.get(conversation_id)
    if conversation is None:
        raise NotFound("No such conversation (it may have expired).")
    if not ConversationStore.token_matches(conversation, token):
        raise Forbidden("This token does not belong to this conversation.")
    return conversation


AuthorisedConversation = Annotated[Conversation, Depends(authorised_conversation)]


@router.post("", status_code=status.HTTP_201_CREATED, response_model=ConversationCreated)
async def create_conversation(services: ServicesDep) -> ConversationCreated:
    """Start a web conversation; the token is shown only in this response."""
    conversation, token = await services.store.create_web()
    return ConversationCreated(conversation_id=conversation.id, token=token)


@router.post("/{conversation_id}/messages", response_model=MessagesOut)
async def post_message(
    message: MessageIn, conversation: AuthorisedConversation, services: ServicesDep
) -> MessagesOut:
    """Send the resident's message; the answer holds the replies to it."""
    result = await services.inbound.handle(conversation, message.text)
    return MessagesOut.model_validate(
        {
            "messages": [reply.to_dict() for reply in result.replies],
            "state": {"mode": result.mode},
        }
    )
