"""What residents read: SMS cards and referrals (GSM-7, 160 characters a card,
3 segments a referral), web cards with tel:/sms: links, and metadata.resources."""

from __future__ import annotations

from datetime import datetime

import pytest

from triage import gsm7
from triage.categories import BOROUGHS, CATEGORIES, RISK_KINDS
from triage.directory import Directory, load_directory
from triage.formatting import (
    display_phone,
    resources_metadata,
    sms_card,
    sms_referral,
    web_card,
    web_referral,
)
from triage.hours import NEW_YORK
from triage.matching import Match, Matcher
from triage.matching.fake import keyword_embed

TUESDAY_2PM = datetime(2026, 11, 24, 14, 0, tzinfo=NEW_YORK)
TUESDAY_11PM = datetime(2026, 11, 24, 23, 0, tzinfo=NEW_YORK)
SATURDAY_3AM = datetime(2026, 11, 28, 3, 0, tzinfo=NEW_YORK)


@pytest.fixture(scope="module")
def directory() -> Directory:
    return load_directory()


@pytest.fixture(scope="module")
def matcher(directory: Directory) -> Matcher:
    return Matcher(directory, embed=keyword_embed, model_name="keyword", cache_dir=None)


def _match(directory: Directory, service_id: str, **fields: object) -> Match:
    service = directory.service(service_id)
    values: dict[str, object] = {
        "service": service,
        "score": 0.5,
        "availability": "always" if service.hours.always else "open",
        "reason": "test",
        "matched_text": service.description,
    }
    values.update(fields)
    return Match.model_validate(values)


def test_every_sms_card_fits_one_sms_in_gsm7(directory: Directory) -> None:
    for service in directory.offered():
        states: list[dict[str, object]] = [{}]
        if service.hours.kind == "weekly":
            states.append(
                {
                    "availability": "closed",
                    "opens_at": datetime(2026, 11, 30, 9, 0, tzinfo=NEW_YORK),
                    "opens_at_text": "tomorrow 9am",
                }
            )
        for state in states:
            card = sms_card(_match(directory, service.id, **state))
            assert gsm7.is_safe(card), card
            assert len(card) <= 160, card


def test_sms_card_shows_name_how_to_reach_and_hours(directory: Directory) -> None:
    card = sms_card(_match(directory, "fjc-queens"))
    assert card == "Queens Family Justice Ctr: call 718-575-4545 or walk in. Mon-Fri 9am-5pm. Free."


def test_sms_card_says_call_or_text_988(directory: Directory) -> None:
    assert sms_card(_match(directory, "nyc-988")).startswith(
        "NYC 988 crisis line: call or text 988"
    )


def test_sms_card_for_a_text_keyword(directory: Directory) -> None:
    card = sms_card(_match(directory, "trevor-project"))
    assert "call 1-866-488-7386 or text START to 678-678" in card
    assert "24/7" in card


def test_sms_card_says_what_to_ask_311_for(directory: Directory) -> None:
    card = sms_card(_match(directory, "mend-nyc"))
    assert "call 311, ask for MEND NYC mediation" in card


def test_sms_card_never_shows_an_unverified_number(directory: Directory) -> None:
    card = sms_card(_match(directory, "imcr-bronx-mediation", availability="on_request"))
    assert "585-1190" not in card
    assert "Request any time" in card


def test_closed_service_card_says_when_it_opens(directory: Directory) -> None:
    card = sms_card(
        _match(
            directory,
            "fjc-bronx",
            availability="closed",
            opens_at=datetime(2026, 11, 25, 9, 0, tzinfo=NEW_YORK),
            opens_at_text="tomorrow 9am",
        )
    )
    assert "Opens tomorrow 9am" in card


@pytest.mark.parametrize("when", [TUESDAY_2PM, TUESDAY_11PM, SATURDAY_3AM])
def test_every_referral_fits_three_gsm7_segments(matcher: Matcher, when: datetime) -> None:
    for category in CATEGORIES + RISK_KINDS:
        for borough in [*BOROUGHS, None]:
            result = matcher.match(category, "please help", borough, when)
            body = sms_referral(result, intro="Here is who can help:")
            assert gsm7.is_safe(body), body
            assert gsm7.segments(body) <= 3, (category, borough, len(body))
            first = result.matches[0].service
            assert (first.short_name or first.name) in body


def test_referral_numbers_services_and_adds_the_closed_one(matcher: Matcher) -> None:
    result = matcher.match("domestic_violence", "he hit me", "manhattan", TUESDAY_11PM)
    body = sms_referral(result)
    assert body.splitlines()[0].startswith("1) Hope Hotline (Safe Horizon): call 1-800-621-4673")
    assert "Manhattan Family Justice Ctr" in body
    assert "Opens tomorrow 9am" in body


def test_referral_asks_for_the_borough_when_it_would_help(matcher: Matcher) -> None:
    body = sms_referral(matcher.match("noise", "loud neighbors", None, TUESDAY_2PM))
    assert body.endswith("Tell us your borough for services near you.")


def test_intro_with_curly_quotes_and_emoji_becomes_gsm7(matcher: Matcher) -> None:
    result = matcher.match("info", "food", "queens", TUESDAY_2PM)
    body = sms_referral(result, intro="Here\u2019s who can help \U0001f60a \u2014 tap to call")
    assert body.startswith("Here's who can help - tap to call")
    assert gsm7.is_safe(body)


def test_gsm7_segment_counting() -> None:
    assert gsm7.segments("a" * 160) == 1
    assert gsm7.segments("a" * 161) == 2
    assert gsm7.segments("a" * 459) == 3
    assert gsm7.segments("a" * 460) == 4
    assert gsm7.segments("\U0001f60a" * 35) == 1  # UCS-2: 70 units
    assert gsm7.segments("[" * 81) == 2  # extension characters count twice


def test_gsm7_to_safe_keeps_what_gsm7_has() -> None:
    assert gsm7.to_safe("caf\u00e9 ni\u00f1o \u00e1rbol") == "caf\u00e9 ni\u00f1o arbol"
    assert gsm7.to_safe("\u201cquoted\u201d \u2026") == '"quoted" ...'


@pytest.mark.parametrize(
    ("number", "shown"),
    [
        ("+17182505113", "718-250-5113"),
        ("+18006214673", "1-800-621-4673"),
        ("+18664887386", "1-866-488-7386"),
        ("+16463436800", "646-343-6800"),
        ("988", "988"),
        ("678678", "678-678"),
    ],
)
def test_phone_numbers_are_shown_as_residents_write_them(number: str, shown: str) -> None:
    assert display_phone(number) == shown


def test_web_card_has_tel_and_sms_links(directory: Directory) -> None:
    card = web_card(_match(directory, "trevor-project"))
    hrefs = [action["href"] for action in card["actions"]]
    assert hrefs == ["tel:+18664887386", "sms:678678?body=START"]
    assert card["open_now"] is True
    assert card["hours"] == "24/7"


def test_web_card_for_a_311_route(directory: Directory) -> None:
    card = web_card(_match(directory, "nyc-311-street-outreach"))
    assert card["actions"][0] == {
        "kind": "call",
        "label": "Call 311 and ask for homeless outreach",
        "href": "tel:311",
    }
    assert card["actions"][1]["label"] == "The NYC311 app or website"


def test_web_card_hides_unverified_contacts(directory: Directory) -> None:
    card = web_card(_match(directory, "imcr-bronx-mediation", availability="on_request"))
    assert all("5851190" not in action["href"] for action in card["actions"])


def test_web_referral_is_plain_json(matcher: Matcher) -> None:
    import json

    result = matcher.match("domestic_violence", "he hit me", "bronx", TUESDAY_11PM)
    data = web_referral(result)
    assert json.loads(json.dumps(data)) == data
    assert data["opens_later"]["id"] == "fjc-bronx"
    assert data["opens_later"]["opens_at_text"] == "tomorrow 9am"


def test_metadata_resources_list_id_name_phone_url(matcher: Matcher) -> None:
    result = matcher.match("domestic_violence", "he hit me", "bronx", TUESDAY_11PM)
    resources = resources_metadata(result)
    assert resources == [
        {
            "id": "safe-horizon-hope-hotline",
            "name": "Safe Horizon 24-hour Hope Hotline",
            "phone": "+18006214673",
            "url": "https://www.nyc.gov/NYCHOPE",
        },
        {
            "id": "fjc-bronx",
            "name": "Bronx Family Justice Center",
            "phone": "+17185081220",
            "url": "https://www.nyc.gov/NYCHOPE",
        },
    ]
