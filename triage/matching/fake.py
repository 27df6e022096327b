"""A deterministic embedder without the model, for tests (here and in the bot's
action tests): hashed bag of words, L2-normalised like the real one.

    matcher = Matcher(directory, embed=keyword_embed, model_name="keyword", cache_dir=None)

It only rewards shared words, so use it to test filters, hours and formatting,
not ranking quality.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from typing import Final

import numpy as np

from triage.embedding import DIMENSIONS

_WORD = re.compile(r"[a-z0-9]+")
_STOPWORDS: Final = frozenset(
    _WORD.findall(
        """a an the i im my me we our us you your it its he she they his her their this that
        is are was were be been has have had do does did can cannot will not no to of and
        or in on at for with from by as about just so very"""
    )
)


def keyword_embed(texts: Sequence[str]) -> np.ndarray:
    """One unit vector per text from its content words (crudely singularised)."""
    rows = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    for i, text in enumerate(texts):
        for word in _WORD.findall(text.casefold()):
            if word in _STOPWORDS:
                continue
            if len(word) > 3 and word.endswith("s"):
                word = word[:-1]
            digest = hashlib.blake2b(word.encode(), digest_size=4).digest()
            rows[i, int.from_bytes(digest, "little") % DIMENSIONS] += 1.0
        norm = float(np.linalg.norm(rows[i]))
        if norm:
            rows[i] /= norm
    return rows
