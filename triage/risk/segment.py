"""Split words typed without spaces: "myneighborisbeatinghiswife".

A resident in a hurry, or on a phone whose space bar they missed, sends one
long run of letters. No pattern can read it, and the screen would say none.
Runs of letters long enough that no English or Spanish word is that long are
split into the most probable sequence of words (dynamic programming over a
word list, with Zipf costs: a word's cost grows with the log of its frequency
rank, as in the `wordninja` approach).

Only long runs are touched. Shorter tokens are where misspellings and Spanish
verb forms live ("unconsious", "envenenando"): split, they would fall apart
into small words ("en ven en and o") and lose what they say.

The word lists are the 60,000 most frequent English and Spanish words of
`wordfreq`, accents stripped as in ``normalize``, plus the screen's own risk
words (drug names are rarer in general text than in ours).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

#: The shortest run that is split. No word of the word lists that residents
#: use is this long and unknown; "recertification" (15) shows why not shorter.
MIN_RUN: Final = 16
#: A split must find at least this many words, or the run is left alone.
MIN_WORDS: Final = 4
_WORDS_PER_LANGUAGE: Final = 60_000
_LANGUAGES: Final = ("en", "es")
_RUN: Final = re.compile(rf"[a-z]{{{MIN_RUN},}}")
_LETTERS: Final = re.compile(r"[a-z]+")
# Single letters that are words; any other letter alone is a bad split.
_ONE_LETTER_WORDS: Final = frozenset("aioey")
_extra_words: set[str] = set()


def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def _costs() -> dict[str, float]:
    from wordfreq import top_n_list

    costs: dict[str, float] = {}
    scale = math.log(_WORDS_PER_LANGUAGE)
    for language in _LANGUAGES:
        for rank, word in enumerate(top_n_list(language, _WORDS_PER_LANGUAGE), start=1):
            plain = _plain(word)
            if not _LETTERS.fullmatch(plain):
                continue
            if len(plain) == 1 and plain not in _ONE_LETTER_WORDS:
                continue
            cost = math.log(rank * scale)
            if cost < costs.get(plain, math.inf):
                costs[plain] = cost
    common = math.log(5_000 * scale)  # as likely as a fairly common word
    for word in _extra_words:
        costs[word] = min(costs.get(word, math.inf), common)
    return costs


@lru_cache(maxsize=1)
def _longest() -> int:
    return max(map(len, _costs()))


def add_words(words: Iterable[str]) -> None:
    """Make sure ``words`` can be split out (the screen's own vocabulary)."""
    _extra_words.update(word for word in words if _LETTERS.fullmatch(word))
    _costs.cache_clear()
    _longest.cache_clear()


def load() -> None:
    """Read the word lists now rather than on the first long run."""
    _costs()


def split_run(run: str) -> list[str] | None:
    """The most probable words of ``run``, or None if it is not made of words."""
    costs = _costs()
    longest = _longest()
    best = [0.0] + [math.inf] * len(run)
    start = [0] * (len(run) + 1)
    for end in range(1, len(run) + 1):
        for begin in range(max(0, end - longest), end):
            cost = costs.get(run[begin:end])
            if cost is not None and best[begin] + cost < best[end]:
                best[end] = best[begin] + cost
                start[end] = begin
    if math.isinf(best[-1]):
        return None
    words = []
    end = len(run)
    while end:
        words.append(run[start[end] : end])
        end = start[end]
    return words[::-1]


def has_run(text: str) -> bool:
    """``text`` (as the resident wrote it) holds a run long enough to split."""
    return bool(_RUN.search(_plain(text)))


def split_runs(text: str) -> str:
    """``text`` (lower case, accents stripped) with long runs split into words."""
    if not _RUN.search(text):
        return text

    def replace(match: re.Match[str]) -> str:
        run = match.group(0)
        if run in _costs():
            return run
        words = split_run(run)
        return " ".join(words) if words and len(words) >= MIN_WORDS else run

    return _RUN.sub(replace, text)
