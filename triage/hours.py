"""Weekly opening hours in New York time: parse, ask "open now?", find the next
opening, and describe them in a few words for an SMS.

The directory writes hours the way a person would::

    hours: 24/7                  # always answered
    hours: on request            # request any time (form, 311); they get back to you
    hours: unknown               # not published: "call to check"
    hours:
      mon-fri: 09:00-17:00
      sat: [10:00-12:00, 13:00-15:00]
      daily: 09:00-01:00         # a close before the open runs past midnight

All times are wall-clock ``America/New_York``; daylight saving is handled by
``zoneinfo``. Public holidays are not modelled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from typing import Final, Literal
from zoneinfo import ZoneInfo

NEW_YORK: Final = ZoneInfo("America/New_York")

HoursKind = Literal["always", "weekly", "on_request", "unknown"]

DAY_NAMES: Final[tuple[str, ...]] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_LABELS: Final[tuple[str, ...]] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY_ALIASES: Final[dict[str, tuple[int, ...]]] = {
    "daily": tuple(range(7)),
    "weekdays": tuple(range(5)),
    "weekends": (5, 6),
}
_KEYWORDS: Final[dict[str, HoursKind]] = {
    "24/7": "always",
    "on request": "on_request",
    "unknown": "unknown",
}
_RANGE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")
_MINUTES_PER_DAY: Final = 24 * 60


@dataclass(frozen=True, order=True)
class Slot:
    """One opening on one weekday: minutes after that day's midnight.

    ``closes`` may exceed 1440 when the slot runs past midnight (09:00-01:00).
    """

    day: int
    opens: int
    closes: int


@dataclass(frozen=True)
class Hours:
    """Opening hours of a service; ``slots`` is empty unless ``kind`` is weekly."""

    kind: HoursKind
    slots: tuple[Slot, ...] = ()

    @property
    def always(self) -> bool:
        """True when a person answers at any hour (24/7)."""
        return self.kind == "always"


def parse_hours(value: object) -> Hours:
    """Parse the directory's hours notation; raise ``ValueError`` saying what is wrong."""
    if isinstance(value, str):
        kind = _KEYWORDS.get(value.strip().casefold())
        if kind is None:
            raise ValueError(
                f"unknown hours {value!r}: use '24/7', 'on request', 'unknown' "
                "or a mapping like {mon-fri: '09:00-17:00'}"
            )
        return Hours(kind=kind)
    if not isinstance(value, dict) or not value:
        raise ValueError("hours must be '24/7', 'on request', 'unknown' or a day mapping")
    slots: list[Slot] = []
    for key, ranges in value.items():
        days = _parse_days(str(key))
        for text in ranges if isinstance(ranges, list) else [ranges]:
            if not isinstance(text, str):
                # YAML 1.1 reads an unquoted 17:00 as the number 1020. ValueError,
                # not TypeError: pydantic reports only ValueError as a field error.
                message = f"{key}: time range {text!r} must be a quoted 'HH:MM-HH:MM'"
                raise ValueError(message)
            opens, closes = _parse_range(text)
            slots.extend(Slot(day, opens, closes) for day in days)
    slots.sort()
    _check_overlaps(slots)
    return Hours(kind="weekly", slots=tuple(slots))


def _parse_days(key: str) -> tuple[int, ...]:
    name = key.strip().casefold()
    if name in _DAY_ALIASES:
        return _DAY_ALIASES[name]
    if "-" in name:
        first, _, last = name.partition("-")
        if first in DAY_NAMES and last in DAY_NAMES:
            start, end = DAY_NAMES.index(first), DAY_NAMES.index(last)
            if start <= end:
                return tuple(range(start, end + 1))
    if name in DAY_NAMES:
        return (DAY_NAMES.index(name),)
    raise ValueError(f"unknown day(s) {key!r}: use mon..sun, a range like mon-fri, or daily")


def _parse_range(text: str) -> tuple[int, int]:
    found = _RANGE.match(text)
    if found is None:
        raise ValueError(f"bad time range {text!r}: expected 'HH:MM-HH:MM'")
    oh, om, ch, cm = (int(part) for part in found.groups())
    if oh > 23 or om > 59 or ch > 24 or cm > 59 or (ch == 24 and cm):
        raise ValueError(f"bad time in {text!r}")
    opens, closes = oh * 60 + om, ch * 60 + cm
    if closes == opens:
        raise ValueError(f"{text!r} opens and closes at the same time; use '24/7'")
    if closes < opens:
        closes += _MINUTES_PER_DAY  # runs past midnight into the next day
    return opens, closes


def _check_overlaps(slots: list[Slot]) -> None:
    for before, after in pairwise(slots):
        if before.day == after.day and after.opens < before.closes:
            raise ValueError(f"overlapping hours on {_DAY_LABELS[before.day]}")


def to_new_york(when: datetime) -> datetime:
    """Return ``when`` in New York time; a naive datetime is taken as New York time."""
    if when.tzinfo is None:
        return when.replace(tzinfo=NEW_YORK)
    return when.astimezone(NEW_YORK)


def is_open(hours: Hours, when: datetime) -> bool:
    """True when a weekly schedule is open at ``when`` (or the service is 24/7).

    ``on_request`` and ``unknown`` are not "open": callers decide what they mean.
    """
    if hours.kind == "always":
        return True
    if hours.kind != "weekly":
        return False
    local = to_new_york(when)
    minute = local.hour * 60 + local.minute
    today = local.weekday()
    yesterday = (today - 1) % 7
    for slot in hours.slots:
        if slot.day == today and slot.opens <= minute < slot.closes:
            return True
        # A slot that started yesterday evening may still be running.
        if slot.day == yesterday and minute < slot.closes - _MINUTES_PER_DAY:
            return True
    return False


def next_opening(hours: Hours, when: datetime) -> datetime | None:
    """The next time a weekly schedule opens after ``when`` (New York time), or None."""
    if hours.kind != "weekly" or not hours.slots:
        return None
    local = to_new_york(when)
    for offset in range(8):
        day: date = local.date() + timedelta(days=offset)
        for slot in hours.slots:
            if slot.day != day.weekday():
                continue
            start = datetime.combine(day, _clock(slot.opens), tzinfo=NEW_YORK)
            if start > local:
                return start
    return None


def describe(hours: Hours) -> str:
    """Hours in a few plain words: ``24/7``, ``Mon-Fri 9am-5pm``, ``Daily 9am-1am``."""
    if hours.kind == "always":
        return "24/7"
    if hours.kind == "on_request":
        return "Request any time"
    if hours.kind == "unknown":
        return "Call for hours"
    by_day: dict[int, tuple[tuple[int, int], ...]] = {}
    for slot in hours.slots:
        by_day[slot.day] = (*by_day.get(slot.day, ()), (slot.opens, slot.closes))
    parts: list[str] = []
    day = 0
    while day < 7:
        if day not in by_day:
            day += 1
            continue
        end = day
        while end + 1 < 7 and by_day.get(end + 1) == by_day[day]:
            end += 1
        times = ", ".join(f"{_short(o)}-{_short(c)}" for o, c in by_day[day])
        parts.append(f"{_day_span(day, end)} {times}")
        day = end + 1
    return ", ".join(parts)


def describe_moment(moment: datetime, now: datetime) -> str:
    """Say when ``moment`` is relative to ``now``: ``today 9am``, ``tomorrow 9am``, ``Mon 9am``."""
    moment, now = to_new_york(moment), to_new_york(now)
    clock = _short(moment.hour * 60 + moment.minute)
    days = (moment.date() - now.date()).days
    if days == 0:
        return f"today {clock}"
    if days == 1:
        return f"tomorrow {clock}"
    return f"{_DAY_LABELS[moment.weekday()]} {clock}"


def _day_span(first: int, last: int) -> str:
    if first == 0 and last == 6:
        return "Daily"
    if first == last:
        return _DAY_LABELS[first]
    return f"{_DAY_LABELS[first]}-{_DAY_LABELS[last]}"


def _clock(minutes: int) -> time:
    minutes %= _MINUTES_PER_DAY
    return time(minutes // 60, minutes % 60)


def _short(minutes: int) -> str:
    """9am, 9:30am, 12pm, 12am (midnight)."""
    minutes %= _MINUTES_PER_DAY
    hour, minute = divmod(minutes, 60)
    suffix = "am" if hour < 12 else "pm"
    twelve = hour % 12 or 12
    return f"{twelve}{suffix}" if minute == 0 else f"{twelve}:{minute:02d}{suffix}"
