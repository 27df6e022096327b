"""When staff answer: parse OFFICE_HOURS ("Mon-Fri 09:00-21:00; Sat-Sun 10:00-18:00")
and tell whether a person is working now, in America/New_York."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

NEW_YORK = ZoneInfo("America/New_York")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_PART = re.compile(
    r"^\s*(?P<d1>[a-z]{3})(?:\s*-\s*(?P<d2>[a-z]{3}))?\s+"
    r"(?P<h1>\d{1,2}):(?P<m1>\d{2})\s*-\s*(?P<h2>\d{1,2}):(?P<m2>\d{2})\s*$",
    re.IGNORECASE,
)


class OfficeHoursError(ValueError):
    """OFFICE_HOURS cannot be read; the message shows the expected form."""


@dataclass(frozen=True)
class OfficeHours:
    #: weekday (0 = Monday) -> list of (opens, closes)
    windows: dict[int, list[tuple[time, time]]]

    def is_open(self, when: datetime) -> bool:
        local = when.astimezone(NEW_YORK)
        return any(
            opens <= local.time() < closes
            for opens, closes in self.windows.get(local.weekday(), [])
        )

    def next_opening(self, when: datetime) -> datetime | None:
        local = when.astimezone(NEW_YORK)
        for offset in range(8):
            day = local + timedelta(days=offset)
            for opens, _ in sorted(self.windows.get(day.weekday(), [])):
                start = datetime.combine(day.date(), opens, tzinfo=NEW_YORK)
                if start > local:
                    return start
        return None


def parse_office_hours(text: str) -> OfficeHours:
    windows: dict[int, list[tuple[time, time]]] = {}
    for part in filter(None, (p.strip() for p in text.split(";"))):
        match = _PART.match(part)
        if not match:
            raise OfficeHoursError(f"OFFICE_HOURS part {part!r} is not like 'Mon-Fri 09:00-21:00'")
        d1, d2 = match["d1"].lower(), (match["d2"] or match["d1"]).lower()
        if d1 not in DAYS or d2 not in DAYS:
            raise OfficeHoursError(f"OFFICE_HOURS part {part!r}: days are {', '.join(DAYS)}")
        try:
            opens = time(int(match["h1"]), int(match["m1"]))
            closes = time(int(match["h2"]), int(match["m2"])) if match["h2"] != "24" else time.max
        except ValueError as exc:
            raise OfficeHoursError(f"OFFICE_HOURS part {part!r}: {exc}") from exc
        if closes <= opens:
            raise OfficeHoursError(f"OFFICE_HOURS part {part!r}: closes before it opens")
        first, last = DAYS.index(d1), DAYS.index(d2)
        days = range(first, last + 1) if first <= last else [*range(first, 7), *range(0, last + 1)]
        for day in days:
            windows.setdefault(day, []).append((opens, closes))
    if not windows:
        raise OfficeHoursError("OFFICE_HOURS is empty")
    return OfficeHours(windows)
