"""A message that only says where: "harlem, lenox and 130th", "el bronx, la 183 y webster".

The assistant asks "where?" and residents answer with a place and nothing
else. The learned layers, trained on whole sentences, sometimes read such an
answer as a risk ("harlem, lenox and 130th" as a weapon, blind conversation
13-34), and an elevated reading asks the safety question, so the next "he's
here now" becomes a yes. A place holds no risk of its own: the models'
reading of it is set aside (the rules' never is; the caller checks that).

A word that is neither a known place, a number, nor an address word counts
only beside one ("lenox and", "fordham rd", "y webster"): a street name, not
"bronx, stabbing".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from triage.geo import places
from triage.risk.normalize import normalize

_MAX_WORDS: Final = 10


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Who is where: "shes 5th fl, 1420 morris ave". With a bare number it is an age: "hes 15".
_PERSON: Final = "she's shes he's hes she he they're theyre they"
_PEOPLE: Final = _words(_PERSON)
#: What makes a number an address when a person is named beside it.
_NOUNS: Final = (
    "fl floor piso st street streets ave avenue av avenida calle blvd boulevard rd road pl place "
    "pkwy parkway apt apartment apto apartamento building edificio bldg block cuadra"
)
_ADDRESS_NOUNS: Final = _words(_NOUNS)

#: Words an address is made of besides the names.
_ADDRESS_WORDS: Final = _words(
    "and y & con near by cerca de del la el las los en the between entre off corner esquina "
    "of on at in por east west north south e w n s i'm im estoy we're were live vivo vivimos "
    f"it's its es is my mi queda with {_NOUNS} {_PERSON}"
)
#: Beside these, an unknown word is a street's name.
_STREET_NEIGHBOURS: Final = _words(
    "and y & con st street ave avenue av avenida calle blvd boulevard rd road pl pkwy "
    "parkway between entre"
)
#: After these, an unknown word is a street's name: "140th by willis", "off audubon".
_BEFORE_A_STREET: Final = _words("by off near")
_NUMBER: Final = re.compile(r"^#?\d+(?:st|nd|rd|th|ro|do|to|vo|mo|er|a|b|c|d|f)?$|^\d+[a-z]$")
_TOKEN: Final = re.compile(r"[a-z0-9#&']+")


@lru_cache(maxsize=1)
def _place_names() -> re.Pattern[str]:
    # longest first, so "east new york" is taken before "new york"
    names = sorted(places(), key=len, reverse=True)
    return re.compile(rf"(?<![a-z0-9])(?:{'|'.join(map(re.escape, names))})(?![a-z0-9])")


def _without_places(normal: str) -> tuple[str, bool]:
    rest, count = _place_names().subn(" ", normal)
    return rest, count > 0


def only_a_place(text: str) -> bool:
    """Whether ``text`` says where and nothing else. ``text`` may be raw or normalised."""
    normal = normalize(text)
    if not normal.strip() or len(normal.split()) > _MAX_WORDS:
        return False
    rest, named = _without_places(normal)
    tokens = _TOKEN.findall(rest)
    numbered = any(_NUMBER.match(t) for t in tokens)
    if not (named or numbered):
        return False
    if not named and set(tokens) & _PEOPLE and not set(tokens) & _ADDRESS_NOUNS:
        return False
    for i, token in enumerate(tokens):
        if token in _ADDRESS_WORDS or _NUMBER.match(token):
            continue
        beside = {tokens[j] for j in (i - 1, i + 1) if 0 <= j < len(tokens)}
        after_street_word = i > 0 and tokens[i - 1] in _BEFORE_A_STREET
        if not (beside & _STREET_NEIGHBOURS or after_street_word):
            return False
    return True
