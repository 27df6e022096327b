"""GSM-7, the alphabet of plain SMS: check text, make it safe, count segments.

One SMS holds 160 GSM-7 characters; a longer message is split into segments of
153 (7 go to the join header). A single character outside GSM-7 (a curly quote,
an emoji) switches the whole message to UCS-2: 70 per SMS, 67 per segment, so
replies are made GSM-7-safe before they are measured or sent.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

#: The GSM 03.38 basic character set (one septet each).
BASIC: Final[frozenset[str]] = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
#: The extension table: valid, but each costs two septets (escape + char).
EXTENDED: Final[frozenset[str]] = frozenset("^{}\\[~]|€\f")

_SPACES: Final = re.compile(r" {2,}")

SINGLE_SMS: Final = 160
PER_SEGMENT: Final = 153

# Common characters that phones and editors produce, and their plain form.
_REPLACEMENTS: Final[dict[str, str]] = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2033": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2012": "-",
    "\u2010": "-",
    "\u2011": "-",
    "\u2212": "-",
    "\u2026": "...",
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u200b": "",
    "\u2022": "-",
    "\u00b7": "-",
    "\t": " ",
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2122": "TM",
    "\u00a9": "(c)",
}


def is_safe(text: str) -> bool:
    """True when every character is in the GSM-7 basic set (what we send)."""
    return all(char in BASIC for char in text)


def to_safe(text: str) -> str:
    """Replace or drop characters outside the GSM-7 basic set.

    Typographic punctuation becomes its plain form, accented letters lose the
    accent when GSM-7 lacks them (á -> a, but é stays), anything else (emoji) is
    dropped. Extension characters are replaced too: some carriers mangle them.
    """
    out: list[str] = []
    for char in text:
        if char in BASIC:
            out.append(char)
        elif char in _REPLACEMENTS:
            out.append(_REPLACEMENTS[char])
        else:
            base = "".join(
                c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
            )
            out.append("".join(c for c in base if c in BASIC))
    # A dropped emoji leaves two spaces behind.
    return _SPACES.sub(" ", "".join(out))


def septets(text: str) -> int:
    """Length in GSM-7 septets (extension characters count two); the text must be GSM-7."""
    return sum(2 if char in EXTENDED else 1 for char in text)


def segments(text: str) -> int:
    """How many SMS segments ``text`` takes (UCS-2 counting if it is not GSM-7)."""
    if all(char in BASIC or char in EXTENDED for char in text):
        length, single, per = septets(text), SINGLE_SMS, PER_SEGMENT
    else:
        # UTF-16 code units: an emoji outside the BMP counts two.
        length, single, per = len(text.encode("utf-16-le")) // 2, 70, 67
    if length <= single:
        return 1
    return -(-length // per)
