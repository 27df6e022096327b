"""Typed models of directory entries, shaped after Open Referral HSDS.

HSDS names are kept where they fit (``organization_id``, ``alternate_name``,
``status``, ``eligibility``, ``languages``, a service's ``url``); the fields a
help line needs and HSDS lacks are plain additions: ``categories`` (our
situation categories and risk kinds), ``boroughs`` (the service area),
``contacts`` (every way to reach it, including "through 311"), ``situations``
(how residents describe what it helps with, used for matching), ``not_for``,
``source``, ``last_verified`` and ``verified``.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Final, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    field_validator,
    model_validator,
)

from triage.categories import BOROUGHS, CATEGORIES, RISK_KINDS
from triage.hours import Hours, describe, parse_hours

#: Three-digit numbers a resident dials as they are (N11 codes and 988).
DIAL_CODES: Final[frozenset[str]] = frozenset(
    {"211", "311", "411", "511", "611", "711", "811", "911", "988"}
)
#: Everything a service may be listed under: situation categories and risk kinds.
ALL_CATEGORIES: Final[frozenset[str]] = frozenset(CATEGORIES) | frozenset(RISK_KINDS)

_E164 = re.compile(r"^\+[1-9]\d{7,14}$")
# North American numbers: area code and exchange never start with 0 or 1.
_NANP = re.compile(r"^\+1[2-9]\d{2}[2-9]\d{6}$")
_SHORT_CODE = re.compile(r"^\d{5,6}$")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)
_URL = re.compile(r"^https?://[^\s/]+\.[^\s/]+(?:/\S*)?$")

ContactMethod = Literal[
    "call",
    "text",
    "chat",
    "tty",
    "walk_in",
    "online_form",
    "email",
    "through_311",
    "through_911",
    "through_988",
]
_THROUGH: Final[dict[str, str]] = {
    "through_311": "311",
    "through_911": "911",
    "through_988": "988",
}

Slug = Annotated[str, Field(pattern=_SLUG.pattern, max_length=60)]


def _hours_from_yaml(value: Any) -> Hours:
    return value if isinstance(value, Hours) else parse_hours(value)


def _hours_to_json(hours: Hours) -> dict[str, Any]:
    return {
        "kind": hours.kind,
        "text": describe(hours),
        "slots": [
            {"day": slot.day, "opens": slot.opens, "closes": slot.closes} for slot in hours.slots
        ],
    }


HoursField = Annotated[
    Hours,
    PlainValidator(_hours_from_yaml),
    PlainSerializer(_hours_to_json, return_type=dict),
]


def check_phone(number: str, *, allow_short_code: bool = False) -> str:
    """Return ``number`` if it is E.164 (+1 numbers checked as NANP), a dial code
    like 311/911/988, or (for texting only) a 5-6 digit SMS short code."""
    if number in DIAL_CODES:
        return number
    if allow_short_code and _SHORT_CODE.match(number):
        return number
    if number.startswith("+1") and not _NANP.match(number):
        raise ValueError(f"{number!r} is not a valid North American number (+1 and 10 digits)")
    if not _E164.match(number):
        codes = ", ".join(sorted(DIAL_CODES))
        extra = " or an SMS short code" if allow_short_code else ""
        raise ValueError(f"{number!r} is not E.164 (+15551234567), a dial code ({codes}){extra}")
    return number


def _check_url(value: str) -> str:
    if not _URL.match(value):
        raise ValueError(f"{value!r} is not an http(s) URL")
    return value


class Organization(BaseModel):
    """The agency or nonprofit that runs one or more services."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Slug
    name: str = Field(min_length=2)
    url: str | None = None
    description: str | None = None

    @field_validator("url")
    @classmethod
    def _org_url(cls, value: str | None) -> str | None:
        return value if value is None else _check_url(value)


class Contact(BaseModel):
    """One way to reach a service. ``through_*`` routes are reached by dialing an
    N11/988 number and asking for the service (``ask_for``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    method: ContactMethod
    phone: str | None = None
    keyword: str | None = Field(default=None, pattern=r"^[A-Z0-9]{2,20}$")
    url: str | None = None
    email: str | None = None
    address: str | None = None
    ask_for: str | None = None
    label: str | None = None
    #: False for a contact detail from a weak source: shown to staff, never to residents.
    verified: bool = True

    @model_validator(mode="after")
    def _complete(self) -> Contact:
        method = self.method
        if method in _THROUGH:
            expected = _THROUGH[method]
            if self.phone not in (None, expected):
                raise ValueError(f"{method} must use phone {expected!r}, not {self.phone!r}")
            object.__setattr__(self, "phone", expected)
        elif method in ("call", "tty", "text"):
            if not self.phone:
                raise ValueError(f"{method} needs a phone number")
            check_phone(self.phone, allow_short_code=method == "text")
        elif self.phone:
            check_phone(self.phone)
        if self.keyword and method != "text":
            raise ValueError("keyword is only for text contacts")
        if method in ("chat", "online_form") and not self.url:
            raise ValueError(f"{method} needs a url")
        if method == "email" and not self.email:
            raise ValueError("email needs an email address")
        if method == "walk_in" and not (self.address or self.url):
            raise ValueError("walk_in needs an address or a url listing the address")
        if self.url:
            _check_url(self.url)
        if self.email and not _EMAIL.match(self.email):
            raise ValueError(f"{self.email!r} is not an email address")
        return self


class Service(BaseModel):
    """A service a resident can be referred to (HSDS ``service`` plus our fields)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Slug
    organization_id: Slug
    name: str = Field(min_length=2, max_length=80)
    #: Name used on SMS cards; keep it short.
    short_name: str | None = Field(default=None, max_length=40)
    alternate_name: str | None = None
    description: str = Field(min_length=20)
    status: Literal["active", "inactive"] = "active"
    #: ``staff`` entries are shown in the staff search but never offered to residents.
    audience: Literal["public", "staff"] = "public"
    categories: tuple[str, ...] = Field(min_length=1)
    #: Categories for which this is the default referral (a small ranking boost).
    primary_for: tuple[str, ...] = ()
    #: Canonical borough ids; ``all`` in YAML means the five boroughs.
    boroughs: tuple[str, ...] = Field(min_length=1)
    #: Services of one kind split by borough (``family-justice-center``).
    group: Slug | None = None
    contacts: tuple[Contact, ...] = Field(min_length=1)
    hours: HoursField
    address: str | None = None
    url: str | None = None
    languages: tuple[str, ...] = ()
    cost: str | None = None
    eligibility: str | None = None
    not_for: str | None = None
    situations: tuple[str, ...] = ()
    notes: str | None = None
    source: tuple[str, ...] = Field(min_length=1)
    source_date: str | None = None
    last_verified: date
    verified: bool

    @field_validator("boroughs", mode="before")
    @classmethod
    def _expand_all(cls, value: Any) -> Any:
        if value == "all" or value == ["all"]:
            return tuple(BOROUGHS)
        return value

    @field_validator("boroughs")
    @classmethod
    def _known_boroughs(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [b for b in value if b not in BOROUGHS]
        if unknown:
            allowed = ", ".join(BOROUGHS)
            raise ValueError(f"unknown borough(s) {unknown}; use 'all' or some of: {allowed}")
        if len(set(value)) != len(value):
            raise ValueError("a borough is listed twice")
        order = list(BOROUGHS)
        return tuple(sorted(value, key=order.index))

    @field_validator("categories", "primary_for")
    @classmethod
    def _known_categories(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [c for c in value if c not in ALL_CATEGORIES]
        if unknown:
            raise ValueError(
                f"unknown categor(ies) {unknown}; allowed: {', '.join(CATEGORIES + RISK_KINDS)}"
            )
        if len(set(value)) != len(value):
            raise ValueError("a category is listed twice")
        return value

    @field_validator("source", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @field_validator("source")
    @classmethod
    def _source_urls(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(_check_url(v) for v in value)

    @field_validator("url")
    @classmethod
    def _service_url(cls, value: str | None) -> str | None:
        return value if value is None else _check_url(value)

    @field_validator("last_verified")
    @classmethod
    def _not_future(cls, value: date) -> date:
        if value > date.today():
            raise ValueError(f"last_verified {value} is in the future")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Service:
        extra = set(self.primary_for) - set(self.categories)
        if extra:
            raise ValueError(f"primary_for lists {sorted(extra)} which are not in categories")
        if self.hours.kind == "unknown" and self.verified:
            raise ValueError("hours are unknown, so the entry cannot be verified: true")
        if self.status == "active" and self.audience == "public":
            if not self.situations:
                raise ValueError("an active public service needs situations (used for matching)")
            if not self.public_contacts:
                raise ValueError("an active public service needs a contact with verified: true")
        return self

    @property
    def citywide(self) -> bool:
        """True when the service covers all five boroughs."""
        return len(self.boroughs) == len(BOROUGHS)

    @property
    def offered(self) -> bool:
        """True when the service may be offered to residents."""
        return self.status == "active" and self.audience == "public"

    @property
    def via_911(self) -> bool:
        """True when residents reach this service by calling 911."""
        return any(c.method == "through_911" or c.phone == "911" for c in self.contacts)

    @property
    def public_contacts(self) -> tuple[Contact, ...]:
        """Contacts that may be shown to residents, in order of preference."""
        return tuple(contact for contact in self.contacts if contact.verified)

    @property
    def primary_phone(self) -> str | None:
        """The first phone number a resident can call or text, if any."""
        for contact in self.public_contacts:
            if contact.phone and contact.method != "tty":
                return contact.phone
        return None
