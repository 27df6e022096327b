"""What the office says about itself (bot/office.yml), validated once per process."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

OFFICE_YML = Path(__file__).resolve().parents[1] / "bot" / "office.yml"
SMS_TWO_SEGMENTS = 320


class OfficeTexts(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=3, max_length=80)
    about: str = Field(min_length=20, max_length=SMS_TWO_SEGMENTS)
    hours: str = Field(min_length=10, max_length=SMS_TWO_SEGMENTS)
    police_policy: str = Field(min_length=10, max_length=SMS_TWO_SEGMENTS)
    bot_disclosure: str = Field(min_length=10, max_length=SMS_TWO_SEGMENTS)


class OfficeFileError(ValueError):
    """bot/office.yml cannot be used; the message says which field and why."""


def load_office(path: Path = OFFICE_YML) -> OfficeTexts:
    try:
        data = yaml.safe_load(path.read_text())
    except (OSError, yaml.YAMLError) as exc:
        raise OfficeFileError(f"{path}: cannot read it: {exc}") from exc
    try:
        return OfficeTexts.model_validate(data or {})
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
        )
        raise OfficeFileError(f"{path}: {problems}") from exc


@lru_cache(maxsize=1)
def office() -> OfficeTexts:
    return load_office()
