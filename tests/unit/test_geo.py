"""Where a resident is: boroughs, neighbourhoods and ZIP codes."""

from __future__ import annotations

import pytest

from triage.categories import normalize_borough
from triage.geo import LOOKUP_YML, borough_for, render_lookup


@pytest.mark.parametrize(
    ("text", "borough"),
    [
        ("brooklyn", "brooklyn"),
        ("Staten Island", "staten_island"),
        ("staten_island", "staten_island"),
        ("Kings", "brooklyn"),
        ("Richmond", "staten_island"),
        ("the Bronx", "bronx"),
        ("Park Slope", "brooklyn"),
        ("jamaica", "queens"),
        ("Washington Heights", "manhattan"),
        ("11215", "brooklyn"),
        ("10451", "bronx"),
        ("10301", "staten_island"),
        ("im in 11432", "queens"),
    ],
)
def test_places_residents_name_map_to_their_borough(text: str, borough: str) -> None:
    assert borough_for(text) == borough


@pytest.mark.parametrize("text", ["", "nowhere special", "90210", "New Jersey", None])
def test_places_outside_the_city_are_not_given_a_borough(text: str | None) -> None:
    assert borough_for(text) is None


def test_county_names_and_separators_normalise() -> None:
    assert normalize_borough("STATEN-ISLAND") == "staten_island"
    assert normalize_borough("new york county") == "manhattan"
    assert normalize_borough("jersey") is None


def test_the_rasa_lookup_table_is_generated_from_the_places_file() -> None:
    assert LOOKUP_YML.read_text() == render_lookup(), "run: python -m triage.geo lookup"
