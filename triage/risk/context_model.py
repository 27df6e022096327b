"""The conversation model: is this message, after the risks told before it, an emergency now?

Each round of blind conversations caught 82-92% of its imminent messages on the
first run, whatever the round before had fixed: the misses are the danger told
before coming back in words no rule lists ("lo esta haciendo otra vez" after a slap,
"OMG he just climbed up there and its open" after a window with no guard, "el vecino
saco un bate" during a fight). This layer learns that from the labelled conversations
instead of listing it.

It is a logistic regression on the message's character n-grams, words and word pairs
(``learned.text_features``), its MiniLM vector (the mean of its chunks', which the
screen has already embedded) and the conversation's memory: the last message's level,
the highest level so far, the kinds flagged so far and whether the safety question was
just asked. It is trained only on messages that follow a risk, on the batches up to
``LAST_TRAINING_BATCH``; later batches stay blind to it. The memory in training comes
from the labels, so the fit depends on the data alone, not on the screen's other
layers, and is cached under ``var/cache`` by a hash of the data and settings.

It only ever raises a reading to imminent, and only where the conversation had a risk
before; ``followup`` keeps it away from calls, help arriving, answers of no and the end
of an emergency. ``python -m triage.risk.context_model`` prints its cross-validation by
round (train on all rounds but one, read that one).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING, Final

import numpy as np

from triage import embedding
from triage.categories import RISK_KINDS, risk_level_rank
from triage.risk import learned
from triage.risk.normalize import normalize
from triage.risk.semantic import _cache_dir

if TYPE_CHECKING:
    from triage.eval_conversations import Turn

log = logging.getLogger(__name__)

VERSION: Final = 1
CONVERSATIONS: Final = Path(__file__).resolve().parents[2] / "tests" / "safety" / "conversations"
#: Batches after this one were never trained on: each new round's first run is blind.
LAST_TRAINING_BATCH: Final = 56
#: Conversations are written in rounds of four batches; cross-validation holds out a round.
ROUND_SIZE: Final = 4
#: P(imminent) at or above which the model makes a message imminent. Chosen by
#: cross-validation by round (``docs/safety-screen.md``): the lowest threshold that
#: adds no more than a handful of false alarms across the training batches.
THRESHOLD: Final = 0.8
C_VALUE: Final = 1.0
MIN_DF: Final = 2
CONTEXT: Final = (
    *(f"last={level}" for level in ("none", "elevated", "imminent")),
    *(f"high={level}" for level in ("elevated", "imminent")),
    *(f"kind={kind}" for kind in RISK_KINDS),
    "asked",
)

_BATCH: Final = re.compile(r"blind_conv(\d+)\.jsonl$")


@dataclass(frozen=True)
class Memory:
    """What the conversation held before the message (the gateway's memory)."""

    last_level: str = "none"
    highest_level: str = "none"
    kinds: frozenset[str] = frozenset()
    asked: bool = False

    def tokens(self) -> set[str]:
        found = {f"last={self.last_level}", f"high={self.highest_level}"}
        found |= {f"kind={kind}" for kind in self.kinds}
        return found | {"asked"} if self.asked else found


@dataclass(frozen=True)
class Example:
    text: str
    memory: Memory
    imminent: bool
    batch: int


def batch_number(path: Path) -> int | None:
    found = _BATCH.search(path.name)
    return int(found.group(1)) if found else None


def examples(
    directory: Path = CONVERSATIONS, last_batch: int = LAST_TRAINING_BATCH
) -> list[Example]:
    """Every message that follows a labelled risk, in batches up to ``last_batch``,
    with the memory its labels give."""
    from triage.eval_conversations import ConversationFileError, load_conversations

    found: list[Example] = []
    for path in sorted(directory.glob("blind_conv*.jsonl")):
        number = batch_number(path)
        if number is None or number > last_batch:
            continue
        try:
            conversations = load_conversations(path)
        except ConversationFileError as exc:
            # a file a person is editing: the model trains on the others
            log.error("conversation model: %s; that file is left out of training", exc)
            continue
        for conversation in conversations:
            found.extend(_after_risk(conversation.turns, number))
    return found


def reads(memory: Memory) -> bool:
    """Whether the model reads a message after ``memory``: after a risk, but not
    right after an emergency, where the rules read the emergency going on (and a
    reading of its own would feed the next one)."""
    return bool(memory.kinds) and memory.last_level != "imminent"


def _after_risk(turns: Iterable[Turn], batch: int) -> list[Example]:
    memory, found = Memory(), []
    for turn in turns:
        level, kind = turn.level, turn.kind
        if reads(memory):
            found.append(Example(turn.text, memory, level == "imminent", batch))
        higher = risk_level_rank(level) > risk_level_rank(memory.highest_level)
        memory = Memory(
            last_level=level,
            highest_level=level if higher else memory.highest_level,
            kinds=memory.kinds | {kind} if kind else memory.kinds,
            asked=level == "elevated",
        )
    return found


@dataclass(frozen=True)
class Model:
    vocabulary: dict[str, int]
    idf: np.ndarray
    #: Weights over [character features | memory tokens | embedding], then the intercept.
    coef: np.ndarray
    intercept: float
    digest: str

    def probability(self, normal: str, memory: Memory, vector: np.ndarray) -> float:
        """P(imminent) for the normalised text ``normal``, after ``memory``, with its
        message vector."""
        (indexes,), (values,) = learned.tfidf_rows(self.vocabulary, self.idf, [normal])
        size = len(self.vocabulary)
        score = float(self.coef[indexes] @ values) + self.intercept
        tokens = memory.tokens()
        score += sum(float(self.coef[size + i]) for i, t in enumerate(CONTEXT) if t in tokens)
        score += float(self.coef[size + len(CONTEXT) :] @ vector)
        return 1.0 / (1.0 + float(np.exp(-score)))


def _memory_rows(memories: Sequence[Memory]) -> np.ndarray:
    return np.array([[1.0 if t in m.tokens() else 0.0 for t in CONTEXT] for m in memories])


def fit(train: Sequence[Example], vectors: np.ndarray | None = None) -> Model:
    """Fit the model on ``train`` (deterministic); ``vectors`` are their message
    vectors when already computed."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(
        analyzer=learned.text_features, min_df=MIN_DF, sublinear_tf=True, dtype=np.float64
    )
    chars = vectorizer.fit_transform([normalize(e.text) for e in train])
    if vectors is None:
        vectors = learned.embed_messages([e.text for e in train])
    matrix = hstack(
        [chars, csr_matrix(_memory_rows([e.memory for e in train])), csr_matrix(vectors)]
    ).tocsr()
    model = LogisticRegression(C=C_VALUE, max_iter=5000, class_weight="balanced")
    model.fit(matrix, [e.imminent for e in train])
    return Model(
        {str(g): int(i) for g, i in vectorizer.vocabulary_.items()},
        np.asarray(vectorizer.idf_),
        np.asarray(model.coef_[0], dtype=np.float64),
        float(model.intercept_[0]),
        _digest(train),
    )


def _digest(train: Sequence[Example]) -> str:
    settings = {"version": VERSION, "model": embedding.MODEL_NAME, "c": C_VALUE, "min_df": MIN_DF}
    hasher = hashlib.sha256(json.dumps(settings, sort_keys=True).encode())
    hasher.update(version("scikit-learn").encode())
    hasher.update(learned.normaliser_fingerprint().encode())
    for e in train:
        hasher.update(f"\n{e.text}\t{sorted(e.memory.tokens())}\t{e.imminent}".encode())
    return hasher.hexdigest()[:16]


def _save(model: Model, path: Path) -> None:
    ordered = sorted(model.vocabulary.items(), key=lambda item: item[1])
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.stem}.{os.getpid()}.tmp.npz")
        np.savez(
            tmp,
            vocabulary=np.array([g for g, _ in ordered]),
            idf=model.idf,
            coef=model.coef,
            intercept=np.array([model.intercept]),
        )
        os.replace(tmp, path)
    except OSError:
        log.warning("could not write the conversation model cache under %s", path.parent)


def _load(path: Path, digest: str) -> Model | None:
    try:
        with np.load(path, allow_pickle=False) as data:
            vocabulary = {str(g): i for i, g in enumerate(data["vocabulary"])}
            return Model(
                vocabulary,
                np.asarray(data["idf"]),
                np.asarray(data["coef"]),
                float(data["intercept"][0]),
                digest,
            )
    except (OSError, ValueError, KeyError):
        return None  # no cache yet, or a damaged one: retrain


def build(*, use_cache: bool = True) -> Model:
    """The model on the training batches, from the cache when it holds this fit."""
    train = examples()
    digest = _digest(train)
    path = _cache_dir() / f"risk-context-{digest}.npz"
    model = _load(path, digest) if use_cache else None
    if model is None:
        model = fit(train)
        if use_cache:
            _save(model, path)
    return model


_model: Model | None = None
_model_lock = threading.Lock()


def get_model() -> Model:
    """The process-wide model, loaded (or fitted) on first use."""
    global _model
    if _model is None:
        with _model_lock:
            if _model is None:
                _model = build()
    return _model


def loaded_model() -> Model | None:
    """The model if it is ready, else ``None`` without waiting (see ``learned.loaded_models``)."""
    return _model


def crossval(thresholds: Sequence[float] = (0.6, 0.7, 0.8, 0.9)) -> str:
    """Train on all rounds but one, read the one left out, for every round."""
    every = examples()
    vectors = learned.embed_messages([e.text for e in every])
    probabilities = np.zeros(len(every))
    for k in range(-(-LAST_TRAINING_BATCH // ROUND_SIZE)):
        held = {ROUND_SIZE * k + n for n in range(1, ROUND_SIZE + 1)}
        train = [i for i, e in enumerate(every) if e.batch not in held]
        model = fit([every[i] for i in train], vectors[train])
        for i, e in enumerate(every):
            if e.batch in held:
                probabilities[i] = model.probability(normalize(e.text), e.memory, vectors[i])
    imminent = [p for p, e in zip(probabilities, every, strict=True) if e.imminent]
    other = [p for p, e in zip(probabilities, every, strict=True) if not e.imminent]
    lines = [f"{len(every)} messages after a risk: {len(imminent)} imminent, {len(other)} not"]
    for t in thresholds:
        caught = sum(p >= t for p in imminent)
        flagged = sum(p >= t for p in other)
        lines.append(
            f"threshold {t}: imminent read {caught}/{len(imminent)}, "
            f"others read imminent {flagged}/{len(other)}"
        )
    return "\n".join(lines)


def p_imminent(normal: str, memory: Memory) -> float | None:
    """P(imminent) for the normalised text ``normal`` after ``memory``, or None while
    the model or the sentence model is not loaded (the reading goes on without it)."""
    from triage.risk import semantic

    model = loaded_model()
    if model is None:
        return None
    try:
        chunks = semantic.chunk(normal)
        if not chunks:
            return None
        vector = learned.message_vector(semantic.chunk_vectors(chunks))
        return model.probability(normal, memory, vector)
    except Exception:
        log.exception("risk screen: the conversation model could not read a message")
        return None


if __name__ == "__main__":
    print(crossval())
