"""The semantic layer: similarity between a message and curated exemplars.

Patterns miss paraphrases ("everyone would be better off without me"); MiniLM
does not. A message is cut into sentence-sized chunks (a 2,000-character
paragraph is read whole, a sentence at a time, so one alarming sentence is not
diluted by twenty ordinary ones), each chunk is embedded, and its nearest
exemplars are found. A risk exemplar counts only when it is close enough and
closer than the nearest benign exemplar by a margin; MiniLM is weak at
negation, which is why the pattern layer's negation can veto it (see
``combine``).

Exemplar embeddings are computed once per process and cached on disk under
``var/cache/`` by a hash of the model name and the exemplar texts.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Final

import numpy as np

from triage import embedding
from triage.cache import cache_dir as _cache_dir
from triage.risk.exemplars import BENIGN_EXEMPLARS, RISK_EXEMPLARS
from triage.risk.language import detect_language
from triage.risk.normalize import normalize

log = logging.getLogger(__name__)

#: A risk exemplar at least this similar signals elevated...
ELEVATED_THRESHOLD: Final = 0.56
#: ...and an imminent exemplar at least this similar signals imminent.
IMMINENT_THRESHOLD: Final = 0.74
#: Added to both thresholds for messages not in English (see ``thresholds``).
FOREIGN_PENALTY: Final = 0.16
#: The risk exemplar must beat the nearest benign one by this much.
BENIGN_MARGIN: Final = 0.04
#: Chunks embedded per message; the patterns still read every character.
MAX_CHUNKS: Final = 64
_CHUNK_WORDS: Final = 32
_CHUNK_STRIDE: Final = 24
_MIN_CHUNK_WORDS: Final = 4

_SENTENCES: Final = re.compile(r"[^.!?;\n]+[.!?;]*")
_WORDS: Final = re.compile(r"\S+")
_CACHE_SIZE: Final = 4096


@dataclass(frozen=True)
class SemanticHit:
    """The best exemplar match of one kind in a message."""

    kind: str
    level: str
    exemplar: str
    score: float
    benign_score: float
    chunk: int

    def to_signal(self) -> dict[str, object]:
        return {
            "layer": "semantic",
            "exemplar": self.exemplar,
            "score": round(self.score, 3),
            "kind": self.kind,
            "level": self.level,
        }


@dataclass(frozen=True)
class Chunk:
    """A sentence-sized piece of a normalised message and where it sits."""

    start: int
    end: int
    text: str


def chunk(text: str) -> list[Chunk]:
    """Sentence-sized pieces of a (normalised) message, at most MAX_CHUNKS.

    Very short sentences ("help.", "please!") join their neighbour so that
    each chunk carries meaning; run-on sentences are cut into overlapping
    windows of words.
    """
    pieces: list[list[re.Match[str]]] = []
    for sentence in _SENTENCES.finditer(text):
        words = list(_WORDS.finditer(text, sentence.start(), sentence.end()))
        if not words:
            continue
        if pieces and (len(words) < _MIN_CHUNK_WORDS or len(pieces[-1]) < _MIN_CHUNK_WORDS):
            pieces[-1].extend(words)
        else:
            pieces.append(words)
    chunks: list[Chunk] = []
    for words in pieces:
        for first in range(0, len(words), _CHUNK_STRIDE):
            window = words[first : first + _CHUNK_WORDS]
            chunks.append(
                Chunk(window[0].start(), window[-1].end(), " ".join(w.group(0) for w in window))
            )
            if first + _CHUNK_WORDS >= len(words):
                break
    return chunks[:MAX_CHUNKS]


class ExemplarIndex:
    """Exemplar texts, their labels and their embeddings (one matrix)."""

    def __init__(self) -> None:
        texts: list[str] = []
        labels: list[tuple[str, str] | None] = []
        for (kind, level), examples in sorted(RISK_EXEMPLARS.items()):
            for example in examples:
                texts.append(example)
                labels.append((kind, level))
        for example in BENIGN_EXEMPLARS:
            texts.append(example)
            labels.append(None)
        self.texts = texts
        self.labels = labels
        self.matrix = _exemplar_matrix([normalize(t) for t in texts])
        self.benign = np.array([label is None for label in labels])
        self.groups: dict[tuple[str, str], np.ndarray] = {}
        for i, label in enumerate(labels):
            if label is not None:
                self.groups.setdefault(label, np.zeros(len(labels), dtype=bool))[i] = True


def _exemplar_matrix(texts: list[str]) -> np.ndarray:
    digest = hashlib.sha256("\n".join([embedding.MODEL_NAME, *texts]).encode("utf-8")).hexdigest()[
        :16
    ]
    path = _cache_dir() / f"risk-exemplars-{digest}.npy"
    try:
        cached = np.load(path)
        if cached.shape == (len(texts), embedding.DIMENSIONS):
            return np.asarray(cached, dtype=np.float32)
    except (OSError, ValueError):
        pass  # no cache yet, or a damaged one: recompute
    matrix = embedding.embed(texts)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp.npy")
        np.save(tmp, matrix)
        os.replace(tmp, path)
    except OSError:
        log.warning("could not write the exemplar embedding cache under %s", path.parent)
    return matrix


_index: ExemplarIndex | None = None
_index_lock = threading.Lock()
_vectors: OrderedDict[str, np.ndarray] = OrderedDict()
_vectors_lock = threading.Lock()


def get_index() -> ExemplarIndex:
    """The process-wide exemplar index, built on first use."""
    global _index
    if _index is None:
        with _index_lock:
            if _index is None:
                _index = ExemplarIndex()
    return _index


def _embed_chunks(chunks: list[str]) -> np.ndarray:
    """Embed chunks, reusing vectors of chunks seen recently ("hi", "ok")."""
    with _vectors_lock:
        missing = [c for c in dict.fromkeys(chunks) if c not in _vectors]
    if missing:
        fresh = embedding.embed(missing)
        with _vectors_lock:
            for text, vector in zip(missing, fresh, strict=True):
                _vectors[text] = vector
                if len(_vectors) > _CACHE_SIZE:
                    _vectors.popitem(last=False)
    with _vectors_lock:
        rows = []
        for c in chunks:
            vector = _vectors.get(c)
            if vector is None:  # evicted by a concurrent caller; embed again
                vector = embedding.embed([c])[0]
            rows.append(vector)
    return np.stack(rows)


def chunk_vectors(chunks: list[Chunk]) -> np.ndarray:
    """The embeddings of a message's chunks (cached: the screen asks for
    them again after ``score``)."""
    return _embed_chunks([c.text for c in chunks])


def clear_vector_cache() -> None:
    """Forget the vectors of recent chunks (benchmarks measure cold embeds)."""
    with _vectors_lock:
        _vectors.clear()


def similarities(chunks: list[str]) -> np.ndarray:
    """Cosine similarity of each chunk with each exemplar (chunks x exemplars)."""
    index = get_index()
    if not chunks:
        return np.zeros((0, len(index.texts)), dtype=np.float32)
    return _embed_chunks(chunks) @ index.matrix.T


def thresholds(language: str) -> tuple[float, float]:
    """(elevated, imminent) similarity thresholds for a message's language.

    The model was trained on English; Spanish sentences sit closer to each
    other whatever they say, so they need more similarity to count.
    """
    if language == "en":
        return ELEVATED_THRESHOLD, IMMINENT_THRESHOLD
    return ELEVATED_THRESHOLD + FOREIGN_PENALTY, IMMINENT_THRESHOLD + FOREIGN_PENALTY


def score(chunks: list[Chunk], *, by_language: bool = True) -> list[SemanticHit]:
    """Semantic hits for the chunks of a message: per kind and chunk, the
    nearest exemplar that clears the thresholds and the benign margin.
    With ``by_language`` each chunk gets the thresholds of its language."""
    if not chunks:
        return []
    index = get_index()
    sims = similarities([c.text for c in chunks])
    benign_best = sims[:, index.benign].max(axis=1)
    hits: list[SemanticHit] = []
    for row in range(len(chunks)):
        # Per chunk, so that the English half of a mixed message keeps the
        # English thresholds.
        elevated_at, imminent_at = thresholds(
            detect_language(chunks[row].text) if by_language else "en"
        )
        best: dict[str, SemanticHit] = {}
        words = len(chunks[row].text.split())
        for (kind, level), mask in sorted(index.groups.items()):
            group = sims[row, mask]
            col = int(group.argmax())
            value = float(group[col])
            benign = float(benign_best[row])
            if value < elevated_at or value - benign < BENIGN_MARGIN:
                continue
            # Two or three words are all keywords to the model ("kms" reads as
            # "kill myself"); it takes a sentence to say that it is happening now.
            effective = (
                "imminent"
                if level == "imminent" and value >= imminent_at and words >= _MIN_CHUNK_WORDS
                else "elevated"
            )
            exemplar = index.texts[int(np.flatnonzero(mask)[col])]
            candidate = SemanticHit(kind, effective, exemplar, value, benign, row)
            current = best.get(kind)
            # "imminent" sorts after "elevated", so the tuple compares level first.
            if current is None or (candidate.level, candidate.score) > (
                current.level,
                current.score,
            ):
                best[kind] = candidate
        hits.extend(best.values())
    return sorted(hits, key=lambda h: (h.level != "imminent", -h.score, h.kind, h.chunk))
