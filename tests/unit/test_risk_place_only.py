"""A message that only says where holds no risk of its own."""

from __future__ import annotations

import pytest

from triage.risk.place_only import only_a_place


@pytest.mark.parametrize(
    "text",
    [
        "Harlem, Lenox and 130th",
        "el bronx, la 183 y webster",
        "bronx near fordham rd",
        "340 e 4th st apt 2A",
        "im in bushwick on knickerbocker ave",
        "4th floor",
        "washington heights, 175th off audubon",
    ],
)
def test_places_streets_and_numbers_are_only_a_place(text: str) -> None:
    assert only_a_place(text)


@pytest.mark.parametrize(
    "text",
    [
        "bronx, stabbing",
        "harlem he has a knife",
        "brooklyn. hurry",
        "harlem, shot by him",
        "tiene como 7 años",
        "",
        "one two three four five six seven eight nine ten eleven bronx",
    ],
)
def test_a_place_with_anything_else_is_not_only_a_place(text: str) -> None:
    assert not only_a_place(text)


def test_a_place_said_of_someone_is_only_a_place() -> None:
    assert only_a_place("he's 3rd fl, 250 w 104th st")


def test_a_person_and_a_bare_number_is_an_age_not_a_place() -> None:
    assert not only_a_place("shes 12")
