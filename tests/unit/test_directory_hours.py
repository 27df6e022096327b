"""Opening hours as the directory writes them: parsing, open now, next opening,
and the few words residents read."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from triage.hours import (
    NEW_YORK,
    describe,
    describe_moment,
    is_open,
    next_opening,
    parse_hours,
)

WEEKDAYS_9_TO_5 = parse_hours({"mon-fri": "09:00-17:00"})
LATE_NIGHTS = parse_hours({"daily": "09:00-01:00"})


def ny(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=NEW_YORK)


def test_keywords() -> None:
    assert parse_hours("24/7").kind == "always"
    assert parse_hours("On Request").kind == "on_request"
    assert parse_hours("unknown").kind == "unknown"


def test_weekday_range_expands_to_five_slots() -> None:
    assert [slot.day for slot in WEEKDAYS_9_TO_5.slots] == [0, 1, 2, 3, 4]


def test_split_day_and_single_days() -> None:
    hours = parse_hours({"sat": ["10:00-12:00", "13:00-15:00"], "sun": "12:00-16:00"})
    assert describe(hours) == "Sat 10am-12pm, 1pm-3pm, Sun 12pm-4pm"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"mon-fri": "9-5"}, "bad time range"),
        ({"mon-fri": "25:00-26:00"}, "bad time"),
        ({"funday": "09:00-17:00"}, "unknown day"),
        ({"fri-mon": "09:00-17:00"}, "unknown day"),
        ({"mon": "09:00-09:00"}, "opens and closes at the same time"),
        ({"mon": ["09:00-13:00", "12:00-17:00"]}, "overlapping"),
        ({"mon": 1020}, "quoted"),
        ("sometimes", "unknown hours"),
        ({}, "hours must be"),
    ],
)
def test_bad_hours_say_what_is_wrong(value: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_hours(value)


def test_open_inside_and_closed_outside_weekday_hours() -> None:
    assert is_open(WEEKDAYS_9_TO_5, ny(2026, 11, 24, 9, 0))  # Tuesday
    assert not is_open(WEEKDAYS_9_TO_5, ny(2026, 11, 24, 17, 0))
    assert not is_open(WEEKDAYS_9_TO_5, ny(2026, 11, 28, 12, 0))  # Saturday


def test_hours_past_midnight_stay_open_into_the_next_day() -> None:
    assert is_open(LATE_NIGHTS, ny(2026, 11, 25, 0, 30))
    assert not is_open(LATE_NIGHTS, ny(2026, 11, 25, 1, 30))
    # Monday 00:30 belongs to Sunday's slot.
    assert is_open(LATE_NIGHTS, ny(2026, 11, 30, 0, 30))


def test_utc_times_are_read_in_new_york() -> None:
    # 14:30 UTC on a Tuesday in November is 9:30 in New York.
    assert is_open(WEEKDAYS_9_TO_5, datetime(2026, 11, 24, 14, 30, tzinfo=UTC))
    assert not is_open(WEEKDAYS_9_TO_5, datetime(2026, 11, 24, 13, 30, tzinfo=UTC))


def test_naive_times_are_new_york_time() -> None:
    assert is_open(WEEKDAYS_9_TO_5, datetime(2026, 11, 24, 9, 30))


def test_friday_evening_next_opening_is_monday_morning() -> None:
    opens = next_opening(WEEKDAYS_9_TO_5, ny(2026, 11, 27, 18, 0))
    assert opens == ny(2026, 11, 30, 9, 0)


def test_next_opening_across_daylight_saving_start() -> None:
    # 2026-03-08 is when New York moves to EDT; 9am that day is 13:00 UTC.
    opens = next_opening(LATE_NIGHTS, ny(2026, 3, 8, 2, 0))
    assert opens is not None
    assert opens.astimezone(UTC).hour == 13


def test_always_open_has_no_next_opening() -> None:
    assert next_opening(parse_hours("24/7"), ny(2026, 11, 24, 3, 0)) is None


def test_descriptions_are_short() -> None:
    assert describe(WEEKDAYS_9_TO_5) == "Mon-Fri 9am-5pm"
    assert describe(LATE_NIGHTS) == "Daily 9am-1am"
    assert describe(parse_hours({"mon-fri": "08:30-20:00"})) == "Mon-Fri 8:30am-8pm"
    assert describe(parse_hours("24/7")) == "24/7"


def test_moments_are_relative_to_now() -> None:
    now = ny(2026, 11, 24, 23, 0)
    assert describe_moment(ny(2026, 11, 25, 9, 0), now) == "tomorrow 9am"
    assert describe_moment(ny(2026, 11, 30, 9, 0), now) == "Mon 9am"
    assert describe_moment(ny(2026, 11, 24, 23, 30), now) == "today 11:30pm"
