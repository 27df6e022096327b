"""Where in New York: borough names, neighbourhoods and ZIP codes to a borough.

The neighbourhood list lives in ``triage/data/nyc_places.csv`` (one place a
row, edited by people). ``python -m triage.geo lookup`` turns it into the Rasa
lookup table ``bot/data/nlu/lookup_places.yml``; a test fails when the two
disagree, so the bot and this module always know the same places.
"""

from __future__ import annotations

import csv
import re
import sys
from functools import lru_cache
from pathlib import Path

from .categories import BOROUGHS, normalize_borough

PLACES_CSV = Path(__file__).resolve().parent / "data" / "nyc_places.csv"
LOOKUP_YML = Path(__file__).resolve().parents[1] / "bot" / "data" / "nlu" / "lookup_places.yml"

_COUNTY_BOROUGH = {
    "new york county": "manhattan",
    "kings county": "brooklyn",
    "queens county": "queens",
    "bronx county": "bronx",
    "richmond county": "staten_island",
}
ZIP_PATTERN = r"\b1[01]\d{3}\b"
_ZIP = re.compile(ZIP_PATTERN)


class PlacesFileError(ValueError):
    """A row of the places file is not usable (the message names the row)."""


def _key(text: str) -> str:
    return " ".join(text.casefold().replace("’", "'").split())


@lru_cache(maxsize=1)
def _place_rows() -> tuple[dict[str, str], frozenset[str]]:
    """(place name -> borough id, ambiguous names), validated row by row."""
    table: dict[str, str] = {}
    ambiguous: set[str] = set()
    with PLACES_CSV.open(newline="") as f:
        text = f.read().splitlines()
        comments = sum(1 for line in text if line.startswith("#"))
        lines = [line for line in text if not line.startswith("#")]
        # +2: the header line, and enumerate's 0 -> the first data line's number
        for line_no, row in enumerate(csv.DictReader(lines), start=comments + 2):
            place, borough = _key(row.get("place") or ""), (row.get("borough") or "").strip()
            if not place or borough not in BOROUGHS:
                raise PlacesFileError(
                    f"{PLACES_CSV.name} line {line_no}: need a place and one of "
                    f"{', '.join(BOROUGHS)}, got {row!r}"
                )
            if table.get(place, borough) != borough:
                raise PlacesFileError(f"{PLACES_CSV.name} line {line_no}: {place!r} listed twice")
            table[place] = borough
            if (row.get("ambiguous") or "").strip().lower() == "yes":
                ambiguous.add(place)
    return table, frozenset(ambiguous)


def places() -> dict[str, str]:
    """Place name (lower case) -> borough id."""
    return _place_rows()[0]


def borough_for_zip(zipcode: str) -> str | None:
    import zipcodes  # offline ZIP database; imported late because it loads a large file

    try:
        matches = zipcodes.matching(zipcode.strip())
    except (TypeError, ValueError):
        return None
    for match in matches:
        if match.get("state") == "NY":
            borough = _COUNTY_BOROUGH.get(_key(match.get("county") or ""))
            if borough:
                return borough
    return None


def borough_for(text: str | None) -> str | None:
    """A borough id for a borough or county name, a neighbourhood, or a ZIP code."""
    if not text:
        return None
    borough = normalize_borough(text)
    if borough:
        return borough
    key = _key(text).strip(" .,!?")
    if key in places():
        return places()[key]
    zipcode = _ZIP.search(key)
    if zipcode:
        return borough_for_zip(zipcode.group())
    return None


def render_lookup() -> str:
    # Ambiguous names ("si" is Spanish for yes) would mislead the model as features.
    names = sorted(set(places()) - _place_rows()[1])
    lines = [
        "# Generated from triage/data/nyc_places.csv by `python -m triage.geo lookup`.",
        "# Edit the CSV, not this file.",
        'version: "3.1"',
        "nlu:",
        "  - lookup: borough",
        "    examples: |",
        *[f"      - {name}" for name in names],
        "  - regex: zipcode",
        "    examples: |",
        f"      - {ZIP_PATTERN}",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if argv[:1] == ["lookup"]:
        LOOKUP_YML.write_text(render_lookup())
        print(f"wrote {LOOKUP_YML} ({len(places())} places)")
        return 0
    print("usage: python -m triage.geo lookup", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
