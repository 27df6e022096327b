"""Matching with the real MiniLM model on the examples issue 4 names. Loads the
model once for the module (a few seconds); the full evaluation set is run by
`python -m triage.eval_matching`."""

from __future__ import annotations

from datetime import datetime

import pytest

from triage.directory import load_directory
from triage.hours import NEW_YORK
from triage.matching import Matcher

TUESDAY_2PM = datetime(2026, 11, 24, 14, 0, tzinfo=NEW_YORK)
TUESDAY_10PM = datetime(2026, 11, 24, 22, 0, tzinfo=NEW_YORK)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_directory(), cache_dir=None)


def test_noise_in_park_slope_gets_the_new_york_peace_institute(matcher: Matcher) -> None:
    result = matcher.match(
        "noise",
        "upstairs neighbors in park slope stomping and blasting music til 2am every night",
        "brooklyn",
        TUESDAY_2PM,
    )
    assert result.service_ids[0] == "nypi-mediation"


def test_noise_in_jamaica_gets_community_mediation_services(matcher: Matcher) -> None:
    result = matcher.match(
        "noise", "neighbor's tv is so loud i hear every word thru the wall", "Queens", TUESDAY_2PM
    )
    assert result.service_ids[0] == "cms-queens-mediation"


def test_a_bar_keeping_the_building_awake_gets_mend_nyc(matcher: Matcher) -> None:
    result = matcher.match(
        "noise", "the bar downstairs keeps our whole building awake every weekend", "manhattan"
    )
    assert result.service_ids[0] == "mend-nyc"


def test_a_man_sleeping_outside_in_the_cold_gets_311_outreach(matcher: Matcher) -> None:
    result = matcher.match(
        "homelessness", "a man is sleeping outside my building in the cold", "bronx", TUESDAY_10PM
    )
    assert result.service_ids[0] == "nyc-311-street-outreach"
    assert "24/7" in result.matches[0].reason


def test_domestic_violence_gets_hope_hotline_and_the_borough_fjc(matcher: Matcher) -> None:
    result = matcher.match(
        "domestic_violence", "my boyfriend hit me last night", "staten island", TUESDAY_2PM
    )
    assert set(result.service_ids[:3]) >= {"safe-horizon-hope-hotline", "fjc-staten-island"}


def test_a_relative_in_crisis_gets_a_mobile_crisis_team_by_day(matcher: Matcher) -> None:
    result = matcher.match(
        "mental_health_other",
        "my mom stopped her meds and is yelling at the tv, can someone come to the house",
        "queens",
        TUESDAY_2PM,
    )
    assert result.service_ids[0] == "nyc-988-mobile-crisis"
    assert "nyc-988" in result.service_ids


def test_no_heat_goes_to_311_and_a_deposit_fight_to_mediation(matcher: Matcher) -> None:
    heat = matcher.match("landlord_tenant", "no heat for 3 days", "bronx", TUESDAY_2PM)
    deposit = matcher.match(
        "landlord_tenant", "landlord wants to keep my whole deposit, we keep arguing", "bronx"
    )
    assert heat.service_ids[0] == "nyc-311-housing"
    assert deposit.service_ids[0] == "imcr-bronx-mediation"


def test_real_model_answers_are_deterministic(matcher: Matcher) -> None:
    text = "kids fighting on our corner every afternoon"
    first = matcher.match("youth_conflict", text, "bronx", TUESDAY_2PM)
    second = matcher.match("youth_conflict", text, "bronx", TUESDAY_2PM)
    assert first.model_dump() == second.model_dump()
