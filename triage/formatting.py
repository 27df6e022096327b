"""Turn a ``MatchResult`` into what residents see.

- ``sms_card``: one service in at most 160 GSM-7 characters where possible.
- ``sms_referral``: the whole referral in at most 3 SMS segments, GSM-7 only.
- ``web_card`` / ``web_referral``: structured dicts with ``tel:``/``sms:`` links
  for the web widget to render.
- ``resources_metadata``: the ``metadata.resources`` list (id, name, phone, url).

Only contacts marked verified are shown to residents.
"""

from __future__ import annotations

from typing import Any, Final

from triage import gsm7
from triage.directory import Contact
from triage.hours import describe
from triage.matching import Match, MatchResult

MAX_SEGMENTS: Final = 3
BOROUGH_HINT: Final = "Tell us your borough for services near you."


def display_phone(number: str) -> str:
    """A number as residents write it: 718-250-5113, 1-800-621-4673, 988, 678-678."""
    if number.startswith("+1") and len(number) == 12:
        area, exchange, line = number[2:5], number[5:8], number[8:]
        # Toll-free numbers (800, 833 ... 888) are written with a leading 1-.
        prefix = "1-" if area.startswith("8") and area[1] == area[2] else ""
        return f"{prefix}{area}-{exchange}-{line}"
    if number.isdigit() and len(number) in (5, 6):
        half = len(number) // 2
        return f"{number[:half]}-{number[half:]}"
    return number


def short_url(url: str) -> str:
    """A URL without scheme, ``www.`` or a trailing slash, for SMS."""
    for prefix in ("https://", "http://"):
        url = url.removeprefix(prefix)
    return url.removeprefix("www.").rstrip("/")


def _how(contacts: tuple[Contact, ...], most: int) -> str:
    """How to reach a service in a few words, from its first ``most`` contacts."""
    phrases: list[str] = []
    usable = [c for c in contacts if c.method != "tty"]
    # "call or text 988" reads better than "call 988 or text 988".
    if (
        len(usable) >= 2
        and usable[0].method == "call"
        and usable[1].method == "text"
        and usable[0].phone == usable[1].phone
        and not usable[1].keyword
    ):
        phrases.append(f"call or text {display_phone(usable[0].phone or '')}")
        usable = usable[2:]
    for contact in usable:
        if len(phrases) >= most:
            break
        phrases.append(_contact_phrase(contact))
    return " or ".join(phrases)


def _contact_phrase(contact: Contact) -> str:
    phone = display_phone(contact.phone) if contact.phone else ""
    method = contact.method
    note = f" ({contact.label})" if contact.label else ""
    if method == "call":
        return f"call {phone}{note}"
    if method == "text":
        return (f"text {contact.keyword} to {phone}" if contact.keyword else f"text {phone}") + note
    if method in ("through_311", "through_911", "through_988"):
        return f"call {phone}, ask for {contact.ask_for}" if contact.ask_for else f"call {phone}"
    if method == "online_form":
        # A label ("the NYC311 app or website") reads better than a long URL.
        return f"use {contact.label}" if contact.label else f"go to {short_url(contact.url or '')}"
    if method == "chat":
        return f"chat at {short_url(contact.url or '')}"
    if method == "email":
        return f"email {contact.email}"
    if method == "walk_in":
        return f"walk in at {contact.address}" if contact.address else "walk in"
    return f"TTY {phone}"


def _hours_phrase(match: Match) -> str:
    if match.availability == "closed" and match.opens_at_text:
        return f"Opens {match.opens_at_text}"
    if match.availability == "on_request":
        return "Request any time, they call back"
    return describe(match.service.hours)


def sms_card(match: Match, *, compact: bool = False) -> str:
    """One service for SMS: name, how to reach, hours; GSM-7 safe.

    Aims for 160 characters: it drops "Free", then the second contact, to fit.
    ``compact`` goes straight to the shortest form.
    """
    service = match.service
    name = service.short_name or service.name
    hours = _hours_phrase(match)
    free = " Free." if (service.cost or "").casefold() == "free" else ""
    attempts = [(2, free), (2, ""), (1, free), (1, "")]
    card = ""
    for most, extra in attempts[-1:] if compact else attempts:
        card = gsm7.to_safe(f"{name}: {_how(service.public_contacts, most)}. {hours}.{extra}")
        if gsm7.septets(card) <= gsm7.SINGLE_SMS:
            break
    return card


def sms_referral(result: MatchResult, intro: str | None = None, *, ask_borough: bool = True) -> str:
    """The referral as one SMS body of at most 3 segments, GSM-7 safe.

    Lists the services (numbered), then the best closed one with its opening
    time, then (if ``ask_borough`` and it would help) a request for the borough.
    If that is too long it uses compact cards, then leaves out the closed one,
    then the lowest-ranked services (never the first).
    """
    head = [gsm7.to_safe(intro.strip())] if intro and intro.strip() else []
    later = result.opens_later
    plans = [
        (compact, with_later, count)
        for count in range(len(result.matches), 0, -1)
        for with_later in (True, False)
        for compact in (False, True)
    ]
    body = "\n".join(head)
    for compact, with_later, count in plans:
        lines = head + [
            f"{i}) {sms_card(m, compact=compact)}"
            for i, m in enumerate(result.matches[:count], start=1)
        ]
        if with_later and later is not None:
            lines.append(sms_card(later, compact=compact))
        if ask_borough and result.borough_would_help:
            lines.append(BOROUGH_HINT)
        body = "\n".join(lines)
        if gsm7.segments(body) <= MAX_SEGMENTS:
            break
    return body


def _action(contact: Contact) -> dict[str, str]:
    """One button for the web card: a tel:, sms:, mailto: or web link."""
    phone = contact.phone or ""
    shown = display_phone(phone) if phone else ""
    method = contact.method
    if method in ("call", "tty"):
        label = f"{'TTY' if method == 'tty' else 'Call'} {shown}"
        action = {"kind": "call", "label": label, "href": f"tel:{phone}"}
    elif method == "text":
        keyword = contact.keyword
        action = {
            "kind": "text",
            "label": f"Text {keyword} to {shown}" if keyword else f"Text {shown}",
            "href": f"sms:{phone}?body={keyword}" if keyword else f"sms:{phone}",
        }
    elif method in ("through_311", "through_911", "through_988"):
        ask = f" and ask for {contact.ask_for}" if contact.ask_for else ""
        action = {"kind": "call", "label": f"Call {shown}{ask}", "href": f"tel:{phone}"}
    elif method == "email":
        label = f"Email {contact.email}"
        action = {"kind": "email", "label": label, "href": f"mailto:{contact.email}"}
    else:  # chat, online_form, walk_in: a web page
        default = {"chat": "Chat", "online_form": "Request online", "walk_in": "Walk-in locations"}
        action = {
            "kind": "chat" if method == "chat" else "web",
            "label": _capitalized(contact.label) if contact.label else default[method],
            "href": contact.url or "",
        }
    if contact.label and method in ("call", "text"):
        action["label"] += f" ({contact.label})"
    return action


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def web_card(match: Match) -> dict[str, Any]:
    """A service as structured data for the web widget (plain JSON types)."""
    service = match.service
    return {
        "id": service.id,
        "name": service.name,
        "description": service.description,
        "availability": match.availability,
        "open_now": match.availability in ("open", "always"),
        "hours": describe(service.hours),
        "opens_at": match.opens_at.isoformat() if match.opens_at else None,
        "opens_at_text": match.opens_at_text,
        "actions": [_action(contact) for contact in service.public_contacts],
        "url": service.url,
        "address": service.address,
        "cost": service.cost,
        "eligibility": service.eligibility,
        "not_for": service.not_for,
        "languages": list(service.languages),
        "verified": service.verified,
        "reason": match.reason,
    }


def web_referral(result: MatchResult) -> dict[str, Any]:
    """The referral for the web widget: cards, the closed-but-best one, flags."""
    return {
        "category": result.category,
        "borough": result.borough,
        "cards": [web_card(m) for m in result.matches],
        "opens_later": web_card(result.opens_later) if result.opens_later else None,
        "nothing_open": result.nothing_open,
        "borough_would_help": result.borough_would_help,
    }


def resources_metadata(result: MatchResult) -> list[dict[str, str | None]]:
    """``metadata.resources``: every service mentioned in the reply, in order."""
    mentioned = [*result.matches, *([result.opens_later] if result.opens_later else [])]
    return [
        {
            "id": m.service.id,
            "name": m.service.name,
            "phone": m.service.primary_phone,
            "url": m.service.url,
        }
        for m in mentioned
    ]
