"""The learned layers: two linear classifiers trained on labelled messages.

The rules and the exemplars were written by the same person as the first test
batches, and they overfit that person's wording: a blind batch written by
someone else found paraphrases ("gave his dog to the neighbour and said
goodbye"), effects instead of acts ("his face is all blood"), indirect threats
and plain Spanish slipping through. Two supervised layers generalise from
examples instead of listing them:

``embedding``
    logistic regression on MiniLM sentence embeddings (the mean of a window's
    chunk vectors, the very vectors the semantic layer computes), which reads
    English paraphrases;
``charngram``
    logistic regression on TF-IDF character n-grams (2-5, inside word
    boundaries), words and word pairs of the normalised text, which needs no
    model and reads Spanish, which the English MiniLM model does not.

Each layer has two softmax heads: the level (none, elevated, imminent) and the
kind (trained on the risky examples only). A message is read in windows of up
to three sentence-sized chunks, so one alarming sentence in a long paragraph
is not diluted; the window with the highest risk speaks for the layer. In a
message longer than one window, the layers also read the whole message, and a
window's reading stands only where the whole agrees there is some risk
(``whole_message_check``): a window read alone does not know that the story
around it is a video game, a question for the tenants' newsletter or a danger
long past.

Training data (``training_examples``): ``triage/risk/data/training.jsonl``
(written for this layer: paraphrases, indirect and concrete descriptions,
Spanish, and hard negatives), the ``dev`` split of
``tests/safety/messages.jsonl`` (never the holdout batches), and the bot's NLU
examples (``risk_*`` intents as emergencies of their kind unless the rules
read them as elevated, ``report_domestic_violence`` as elevated, the ordinary
intents as none). Training is deterministic; the fitted weights are cached
under ``var/cache/`` by a hash of the training data as the layers read it
(normalised) and the settings, so a process loads them in milliseconds and
only a change of data, or of the normaliser, retrains.

The screen combines these signals conservatively: the same negation,
figurative, past and humour readings that veto the semantic layer veto these
layers too (``combine.filter_learned``), and the embedding layer's imminent
reading needs another layer to see a risk (``combine.corroborate``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import re
import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from importlib.metadata import version
from itertools import pairwise
from pathlib import Path
from typing import Final

import numpy as np

from triage import embedding
from triage.categories import RISK_KINDS
from triage.risk.normalize import normalize
from triage.risk.semantic import Chunk, _cache_dir, chunk

log = logging.getLogger(__name__)

#: Bump when features or training change in a way the data hash cannot see.
VERSION: Final = 2
LAYERS: Final = ("embedding", "charngram")
LEVELS: Final = ("none", "elevated", "imminent")

_ROOT: Final = Path(__file__).resolve().parents[2]
TRAINING_DIR: Final = Path(__file__).resolve().parent / "data"
#: The labelled safety set: messages.jsonl plus the blind batches. Only rows
#: whose split is ``dev`` are trained on; every other row is kept out.
SAFETY_DIR: Final = _ROOT / "tests" / "safety"
SAFETY_SET: Final = SAFETY_DIR / "messages.jsonl"
NLU_DIR: Final = _ROOT / "bot" / "data" / "nlu"

#: Regularisation (inverse strength) of each layer's logistic regressions.
C_VALUE: Final = {"embedding": 4.0, "charngram": 8.0}
#: Character n-gram sizes and the least number of training messages an
#: n-gram must occur in to be kept.
NGRAM_RANGE: Final = (2, 5)
MIN_DF: Final = 2
#: Longer "words" are not read by the character layer.
MAX_WORD: Final = 30
#: A message is read in windows of this many consecutive chunks.
WINDOW_CHUNKS: Final = 3

#: Bot intents whose examples are emergencies of a kind...
NLU_RISK_INTENTS: Final = {
    "risk_violence": "violence",
    "risk_weapon": "weapon",
    "risk_medical": "medical",
    "risk_overdose": "overdose",
    "risk_self_harm": "self_harm",
    "risk_fire": "fire",
    "risk_child_safety": "child_safety",
}
#: ...reports of a risk that is not an emergency...
NLU_ELEVATED_INTENTS: Final = {"report_domestic_violence": "domestic_violence"}
#: ...and ordinary requests. Left out on purpose: welfare checks, substance
#: use, harassment and someone else's mental health, which the labelling guide
#: often calls elevated.
NLU_NONE_INTENTS: Final = frozenset(
    {
        "greet",
        "goodbye",
        "thanks",
        "affirm",
        "deny",
        "request_human",
        "stop",
        "start_over",
        "out_of_scope",
        "inform",
        "report_noise",
        "report_neighbor_dispute",
        "report_family_conflict",
        "report_mental_health_self",
        "report_homelessness",
        "report_youth_conflict",
        "report_landlord_tenant",
        "ask_about_office",
        "ask_hours",
        "ask_police",
        "bot_challenge",
    }
)

_ENTITY_BRACES: Final = re.compile(r"\[([^\]]+)\]\{[^}]*\}")
_ENTITY_PARENS: Final = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_NON_WORD: Final = re.compile(r"[^\w]+")


@dataclass(frozen=True)
class Example:
    """One labelled training message."""

    text: str
    level: str
    kind: str | None
    source: str


# ---------------------------------------------------------------- training data


def _jsonl(path: Path, source: str, *, split: str | None = None) -> list[Example]:
    examples = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if split is not None and row.get("split") != split:
            continue
        level = row["level"]
        kind = row.get("kind") if level != "none" else None
        if level not in LEVELS or (kind is not None and kind not in RISK_KINDS):
            raise ValueError(f"{path}: bad label {level!r}/{kind!r}")
        examples.append(Example(row["text"], level, kind, source))
    return examples


def nlu_examples(directory: Path = NLU_DIR) -> list[Example]:
    """The bot's NLU examples that carry a clear risk label (see module doc).

    Emergency intents whose wording the rules read as elevated ("i want to
    die") are labelled elevated, as the labelling guide says; ordinary
    intents whose wording any rule flags are left out as ambiguous.
    """
    import yaml  # only at training time

    from triage.risk.patterns import scan

    examples: list[Example] = []
    for path in sorted(directory.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for item in data.get("nlu") or []:
            intent = item.get("intent") if isinstance(item, dict) else None
            if not intent:
                continue
            for raw in str(item.get("examples", "")).splitlines():
                raw = raw.strip()
                if not raw.startswith("- "):
                    continue
                text = _ENTITY_PARENS.sub(r"\1", _ENTITY_BRACES.sub(r"\1", raw[2:])).strip()
                if not text:
                    continue
                rule_levels = {h.level for h in scan(normalize(text))}
                if intent in NLU_RISK_INTENTS:
                    level = (
                        "elevated"
                        if "elevated" in rule_levels and "imminent" not in rule_levels
                        else "imminent"
                    )
                    examples.append(Example(text, level, NLU_RISK_INTENTS[intent], "nlu"))
                elif intent in NLU_ELEVATED_INTENTS:
                    examples.append(Example(text, "elevated", NLU_ELEVATED_INTENTS[intent], "nlu"))
                elif intent in NLU_NONE_INTENTS and not (rule_levels - {"none"}):
                    examples.append(Example(text, "none", None, "nlu"))
    return examples


def training_examples(*, dev: Iterable[Example] | None = None) -> list[Example]:
    """Every training example, deduplicated by normalised text (first wins),
    without any text of the safety set's holdout split.

    ``dev`` replaces the dev split of the safety set (cross-validation passes
    the training folds). Missing sources are skipped with a warning, so a
    deployment without ``tests/`` or ``bot/`` still trains on the rest.
    """
    examples: list[Example] = []
    for path in training_files():
        examples += _jsonl(path, "training")
    if dev is not None:
        examples += list(dev)
    elif SAFETY_SET.exists():
        examples += dev_examples()
    else:
        log.warning("risk learned layer: %s not found; training without it", SAFETY_SET)
    if NLU_DIR.exists():
        examples += nlu_examples()
    else:
        log.warning("risk learned layer: %s not found; training without it", NLU_DIR)
    # Holdout messages are never trained on, even where another source
    # happens to hold the same words ("kms", "gracias por la ayuda").
    seen: set[str] = _holdout_keys()
    unique = []
    for example in examples:
        key = normalize(example.text)
        if key and key not in seen:
            seen.add(key)
            unique.append(example)
    return unique


def training_files() -> list[Path]:
    """The files written for this layer (``triage/risk/data/training*.jsonl``)."""
    return sorted(TRAINING_DIR.glob("training*.jsonl"))


def safety_files() -> list[Path]:
    """The labelled safety set's files: messages.jsonl and the blind batches."""
    return sorted(SAFETY_DIR.glob("*.jsonl")) if SAFETY_DIR.exists() else []


def _holdout_keys() -> set[str]:
    keys = set()
    for path in safety_files():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row.get("split") != "dev":
                    keys.add(normalize(row["text"]))
    return keys


def dev_examples() -> list[Example]:
    """The dev split of the labelled safety set, across all its files (a blind
    batch becomes dev once its first run is recorded and it is tuned on)."""
    return [e for path in safety_files() for e in _jsonl(path, "dev", split="dev")]


# ---------------------------------------------------------------- features


def char_ngrams(text: str) -> list[str]:
    """Character n-grams (2-5) inside word boundaries, like scikit-learn's
    ``char_wb``, of a normalised text with punctuation as spaces."""
    low, high = NGRAM_RANGE
    grams: list[str] = []
    for word in _NON_WORD.sub(" ", text).split():
        if len(word) > MAX_WORD:
            continue  # not a word: a link, a key mash, a run of one letter
        padded = f" {word} "
        size = len(padded)
        for n in range(low, min(high, size) + 1):
            grams.extend(padded[i : i + n] for i in range(size - n + 1))
    return grams


def word_ngrams(text: str) -> list[str]:
    """Whole words and word pairs, prefixed so they never collide with a
    character n-gram. Pairs carry what single words cannot ("took all",
    "not breathing"); chosen by leave-one-batch-out on the blind batches."""
    words = [w for w in _NON_WORD.sub(" ", text).split() if len(w) <= MAX_WORD]
    return [f"w:{w}" for w in words] + [f"b:{a}_{b}" for a, b in pairwise(words)]


def text_features(text: str) -> list[str]:
    """What the character layer reads: character n-grams, words and word pairs."""
    return char_ngrams(text) + word_ngrams(text)


@dataclass(frozen=True)
class Window:
    """Consecutive chunks of a message, read together."""

    start: int
    end: int
    text: str
    first: int
    last: int  # inclusive chunk indexes


def windows(text: str, chunks: Sequence[Chunk]) -> list[Window]:
    """The windows a normalised message is read in: the whole message if it
    has at most ``WINDOW_CHUNKS`` chunks, else every run of that many."""
    if not chunks:
        return []
    size = min(WINDOW_CHUNKS, len(chunks))
    out = []
    for first in range(len(chunks) - size + 1):
        last = first + size - 1
        start, end = chunks[first].start, chunks[last].end
        out.append(Window(start, end, text[start:end], first, last))
    return out


def _mean_rows(vectors: np.ndarray) -> np.ndarray:
    mean = vectors.mean(axis=0)
    norm = float(np.linalg.norm(mean))
    return (mean / norm if norm > 0 else mean).astype(np.float32)


def message_vector(vectors: np.ndarray) -> np.ndarray:
    """A message's (or window's) embedding: the normalised mean of its
    chunks' vectors."""
    if len(vectors) == 0:
        return np.zeros(embedding.DIMENSIONS, dtype=np.float32)
    return _mean_rows(vectors)


def embed_messages(texts: Sequence[str]) -> np.ndarray:
    """Embedding features of whole messages, computed the way the screen
    computes them for a window (chunks embedded, then averaged)."""
    normalized = [normalize(t) for t in texts]
    pieces = [[c.text for c in chunk(n)] or [n] for n in normalized]
    flat = sorted({p for group in pieces for p in group})
    matrix = embedding.embed(flat)
    where = {p: i for i, p in enumerate(flat)}
    return np.stack([message_vector(matrix[[where[p] for p in group]]) for group in pieces])


# ---------------------------------------------------------------- models


#: Sparse TF-IDF rows (feature indexes, values) for the character layer.
CharFeatures = tuple[list[np.ndarray], list[np.ndarray]]
#: What a layer reads: embedding rows, or sparse character rows.
Features = np.ndarray | CharFeatures


def tfidf_rows(vocabulary: dict[str, int], idf: np.ndarray, texts: Sequence[str]) -> CharFeatures:
    """Sparse TF-IDF rows (indexes, values) of normalised ``texts``: sublinear tf,
    l2-normalised, exactly as scikit-learn's ``TfidfVectorizer`` computed them."""
    indexes, values = [], []
    for text in texts:
        counts = Counter(
            i for i in (vocabulary.get(g) for g in text_features(text)) if i is not None
        )
        idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        val = np.fromiter(
            (1.0 + math.log(c) for c in counts.values()), dtype=np.float64, count=len(counts)
        )
        val = val * idf[idx]
        norm = float(np.sqrt((val * val).sum()))
        indexes.append(idx)
        values.append(val / norm if norm > 0 else val)
    return indexes, values


@dataclass(frozen=True)
class Head:
    """A softmax over ``classes`` (a fitted logistic regression)."""

    classes: tuple[str, ...]
    coef: np.ndarray  # classes x features
    intercept: np.ndarray

    def probabilities(self, scores: np.ndarray) -> np.ndarray:
        """Class probabilities from raw feature products (rows x classes)."""
        logits = scores + self.intercept
        if len(self.classes) == 2 and self.coef.shape[0] == 1:
            positive = 1.0 / (1.0 + np.exp(-logits[:, 0]))
            return np.stack([1.0 - positive, positive], axis=1)
        logits = logits - logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return np.asarray(exp / exp.sum(axis=1, keepdims=True))


@dataclass(frozen=True)
class Reading:
    """One layer's reading of one window."""

    window: int
    p_elevated_or_higher: float
    p_imminent: float
    kind: str
    kind_probability: float


@dataclass(frozen=True)
class Layer:
    """A fitted layer: its two heads and, for character n-grams, the
    vocabulary and inverse document frequencies."""

    name: str
    level: Head
    kind: Head
    vocabulary: dict[str, int] | None = None
    idf: np.ndarray | None = None

    def char_features(self, texts: Sequence[str]) -> CharFeatures:
        """Sparse TF-IDF rows of normalised ``texts`` (see :func:`tfidf_rows`)."""
        assert self.vocabulary is not None and self.idf is not None
        return tfidf_rows(self.vocabulary, self.idf, texts)

    def _scores(self, head: Head, features: Features) -> np.ndarray:
        if isinstance(features, np.ndarray):
            return np.asarray(features @ head.coef.T)
        indexes, values = features
        rows = [head.coef[:, idx] @ val for idx, val in zip(indexes, values, strict=True)]
        return np.stack(rows) if rows else np.zeros((0, head.coef.shape[0]))

    def predict(self, features: Features) -> tuple[np.ndarray, np.ndarray]:
        """Per window: level probabilities (columns ``LEVELS``) and kind
        probabilities (columns ``RISK_KINDS``; kinds never trained get 0)."""
        level = self.level.probabilities(self._scores(self.level, features))
        kind = self.kind.probabilities(self._scores(self.kind, features))
        levels = np.zeros((len(level), len(LEVELS)))
        for col, name in enumerate(self.level.classes):
            levels[:, LEVELS.index(name)] = level[:, col]
        kinds = np.zeros((len(kind), len(RISK_KINDS)))
        for col, name in enumerate(self.kind.classes):
            kinds[:, RISK_KINDS.index(name)] = kind[:, col]
        return levels, kinds

    def read(self, features: Features) -> list[Reading]:
        """Per window: P(elevated or higher), P(imminent) and the likeliest kind."""
        levels, kinds = self.predict(features)
        return readings(levels, kinds)


def readings(levels: np.ndarray, kinds: np.ndarray) -> list[Reading]:
    """Readings from level and kind probabilities (rows are windows)."""
    out = []
    for row in range(len(levels)):
        best = int(np.argmax(kinds[row]))
        out.append(
            Reading(
                window=row,
                p_elevated_or_higher=float(1.0 - levels[row, 0]),
                p_imminent=float(levels[row, 2]),
                kind=RISK_KINDS[best],
                kind_probability=float(kinds[row, best]),
            )
        )
    return out


def _fit_head(features: object, labels: Sequence[str], c_value: float) -> Head:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c_value, max_iter=5000, class_weight="balanced")
    model.fit(features, list(labels))
    return Head(
        tuple(str(c) for c in model.classes_),
        np.asarray(model.coef_, dtype=np.float64),
        np.asarray(model.intercept_, dtype=np.float64),
    )


def fit_embedding(vectors: np.ndarray, examples: Sequence[Example]) -> Layer:
    """Fit the embedding layer on message vectors (rows match ``examples``)."""
    c_value = C_VALUE["embedding"]
    level = _fit_head(vectors, [e.level for e in examples], c_value)
    risky = [i for i, e in enumerate(examples) if e.kind]
    kind = _fit_head(vectors[risky], [str(examples[i].kind) for i in risky], c_value)
    return Layer("embedding", level, kind)


def fit_charngram(examples: Sequence[Example]) -> Layer:
    """Fit the character n-gram layer on normalised texts."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [normalize(e.text) for e in examples]
    vectorizer = TfidfVectorizer(
        analyzer=text_features, min_df=MIN_DF, sublinear_tf=True, dtype=np.float64
    )
    matrix = vectorizer.fit_transform(texts)
    c_value = C_VALUE["charngram"]
    level = _fit_head(matrix, [e.level for e in examples], c_value)
    risky = [i for i, e in enumerate(examples) if e.kind]
    kind = _fit_head(matrix[risky], [str(examples[i].kind) for i in risky], c_value)
    vocabulary = {str(g): int(i) for g, i in vectorizer.vocabulary_.items()}
    return Layer("charngram", level, kind, vocabulary, np.asarray(vectorizer.idf_))


# ---------------------------------------------------------------- cache


def _digest(examples: Sequence[Example]) -> str:
    # the version from the package metadata: importing scikit-learn costs a
    # second at every start, and a start that finds its fit cached needs none of it
    settings = json.dumps(
        {
            "version": VERSION,
            "model": embedding.MODEL_NAME,
            "sklearn": version("scikit-learn"),
            "c": C_VALUE,
            "ngrams": NGRAM_RANGE,
            "min_df": MIN_DF,
            "max_word": MAX_WORD,
        },
        sort_keys=True,
    )
    hasher = hashlib.sha256(settings.encode("utf-8"))
    # the layers read the normalised text: a new texting form in ``normalize``
    # ("nite" -> "night") changes what they learn, so it must not reuse a fit.
    # Its source is hashed rather than 7,500 texts normalised (1.6 s per start).
    hasher.update(normaliser_fingerprint().encode())
    for e in examples:
        hasher.update(f"\n{e.text}\t{e.level}\t{e.kind}".encode())
    return hasher.hexdigest()[:16]


def normaliser_fingerprint() -> str:
    """What decides ``normalize``'s output: its code, the word splitter's, and
    the word list that splitter reads."""
    from triage.risk import normalize as normalize_module
    from triage.risk import segment

    hasher = hashlib.sha256(version("wordfreq").encode())
    for module in (normalize_module, segment):
        hasher.update(Path(str(module.__file__)).read_bytes())
    return hasher.hexdigest()


def _save(layer: Layer, path: Path) -> None:
    arrays: dict[str, np.ndarray] = {}
    for head_name, head in (("level", layer.level), ("kind", layer.kind)):
        arrays[f"{head_name}_classes"] = np.array(head.classes)
        arrays[f"{head_name}_coef"] = head.coef
        arrays[f"{head_name}_intercept"] = head.intercept
    if layer.vocabulary is not None and layer.idf is not None:
        ordered = sorted(layer.vocabulary.items(), key=lambda item: item[1])
        arrays["vocabulary"] = np.array([g for g, _ in ordered])
        arrays["idf"] = layer.idf
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.stem}.{os.getpid()}.tmp.npz")
        np.savez(tmp, **arrays)  # type: ignore[arg-type]
        os.replace(tmp, path)
    except OSError:
        log.warning("could not write the learned risk layer cache under %s", path.parent)


def _load(name: str, path: Path) -> Layer | None:
    try:
        with np.load(path, allow_pickle=False) as data:
            heads = [
                Head(
                    tuple(str(c) for c in data[f"{h}_classes"]),
                    np.asarray(data[f"{h}_coef"]),
                    np.asarray(data[f"{h}_intercept"]),
                )
                for h in ("level", "kind")
            ]
            vocabulary = idf = None
            if "vocabulary" in data:
                vocabulary = {str(g): i for i, g in enumerate(data["vocabulary"])}
                idf = np.asarray(data["idf"])
    except (OSError, ValueError, KeyError):
        return None  # no cache yet, or a damaged one: retrain
    return Layer(name, heads[0], heads[1], vocabulary, idf)


def build(examples: Sequence[Example] | None = None, *, use_cache: bool = True) -> Models:
    """Fit (or load from the cache) both layers on ``examples`` (default: the
    full training data)."""
    examples = list(training_examples() if examples is None else examples)
    digest = _digest(examples)
    directory = _cache_dir()
    layers: dict[str, Layer] = {}
    for name in LAYERS:
        path = directory / f"risk-learned-{name}-{digest}.npz"
        layer = _load(name, path) if use_cache else None
        if layer is None:
            if name == "embedding":
                layer = fit_embedding(embed_messages([e.text for e in examples]), examples)
            else:
                layer = fit_charngram(examples)
            if use_cache:
                _save(layer, path)
        layers[name] = layer
    return Models(layers["embedding"], layers["charngram"], digest)


@dataclass(frozen=True)
class Models:
    """Both fitted layers."""

    embedding: Layer
    charngram: Layer
    digest: str


_models: Models | None = None
_models_lock = threading.Lock()


def get_models() -> Models:
    """The process-wide fitted layers, loaded (or trained) on first use."""
    global _models
    if _models is None:
        with _models_lock:
            if _models is None:
                _models = build()
    return _models


def loaded_models() -> Models | None:
    """The fitted layers if they are ready, else ``None`` without waiting.

    Fitting takes tens of seconds when ``var/cache/`` has no fit for the current
    data (``make train`` makes one); a resident's message must not wait for that,
    so the screen goes on with its other layers until ``warm_up`` has finished."""
    return _models


def use_models(models: Models | None) -> None:
    """Replace the process-wide layers (cross-validation and tests);
    ``None`` reloads the default ones on next use."""
    global _models
    with _models_lock:
        _models = models


# ---------------------------------------------------------------- screening

#: P(imminent) at or above which a layer signals imminent...
IMMINENT_THRESHOLD: Final = {"embedding": 0.75, "charngram": 0.60}
#: ...and P(elevated or imminent) at or above which it signals elevated.
ELEVATED_THRESHOLD: Final = {"embedding": 0.80, "charngram": 0.60}
#: Added to the embedding layer's thresholds for windows not in English:
#: MiniLM reads Spanish poorly (the character layer does not need this).
FOREIGN_PENALTY: Final = 0.15
#: A window needs this many words before a layer may say anything...
MIN_WORDS: Final = 2
#: ...this many before a layer may call it imminent...
MIN_IMMINENT_WORDS: Final = 3
#: ...and before the embedding layer may say anything: two or three words
#: are all keywords to MiniLM ("please help him"), the character layer and
#: the rules read short texts better.
MIN_EMBEDDING_WORDS: Final = 4


@dataclass(frozen=True)
class LearnedHit:
    """A layer's verdict on a message: its most alarming window."""

    layer: str
    level: str
    label: str  # what the classifier said, before any context was read
    probability: float
    kind: str | None
    kind_probability: float
    start: int
    end: int
    text: str
    context: str | None = None

    def to_signal(self) -> dict[str, object]:
        signal: dict[str, object] = {
            "layer": self.layer,
            "label": self.label,
            "probability": round(self.probability, 3),
        }
        if self.kind is not None:
            signal["kind"] = self.kind
            signal["kind_probability"] = round(self.kind_probability, 3)
        signal["level"] = self.level
        if self.context:
            signal["context"] = self.context
        return signal


def thresholds(layer: str, language: str) -> tuple[float, float]:
    """(elevated, imminent) probability thresholds of a layer for a window."""
    elevated, imminent = ELEVATED_THRESHOLD[layer], IMMINENT_THRESHOLD[layer]
    if layer == "embedding" and language != "en":
        return min(elevated + FOREIGN_PENALTY, 0.99), min(imminent + FOREIGN_PENALTY, 0.99)
    return elevated, imminent


def _verdict(layer: str, reading: Reading, window: Window) -> LearnedHit:
    from triage.risk.language import detect_language

    elevated_at, imminent_at = thresholds(layer, detect_language(window.text))
    words = len(window.text.split())
    if words < MIN_WORDS or (layer == "embedding" and words < MIN_EMBEDDING_WORDS):
        elevated_at = imminent_at = math.inf
    if reading.p_imminent >= imminent_at and words >= MIN_IMMINENT_WORDS:
        label, probability = "imminent", reading.p_imminent
    elif reading.p_elevated_or_higher >= elevated_at:
        label, probability = "elevated", reading.p_elevated_or_higher
    else:
        label, probability = "none", 1.0 - reading.p_elevated_or_higher
    kind = reading.kind if label != "none" else None
    return LearnedHit(
        layer,
        label,
        label,
        probability,
        kind,
        reading.kind_probability,
        window.start,
        window.end,
        window.text,
    )


#: In a message longer than one window, a window's imminent reading stands
#: only if at least one layer gives the whole message this P(imminent)...
WHOLE_IMMINENT_FLOOR: Final = 0.30
#: ...and a window's elevated reading only if one gives it this P(elevated or
#: higher). Chosen on the long messages of batches 34, 50 and 87, where every
#: emergency the learned layers alone found read at least 0.43 whole and
#: every risk at least 0.68; ordinary stories read as low as 0.01.
WHOLE_ELEVATED_FLOOR: Final = 0.50


def whole_message_check(hit: LearnedHit, whole: Sequence[Reading]) -> LearnedHit:
    """Lower a window's reading that the whole message does not bear out:
    imminent to elevated below ``WHOLE_IMMINENT_FLOOR``, elevated to none
    below ``WHOLE_ELEVATED_FLOOR`` (the best of the layers' whole readings
    counts). The hit keeps its label, and ``context`` says why."""
    if not whole:
        return hit
    if hit.level == "imminent" and max(r.p_imminent for r in whole) < WHOLE_IMMINENT_FLOOR:
        hit = replace(hit, level="elevated", context="whole_message")
    if hit.level == "elevated" and max(r.p_elevated_or_higher for r in whole) < (
        WHOLE_ELEVATED_FLOOR
    ):
        hit = replace(hit, level="none", context="whole_message")
    return hit


def _rank(hit: LearnedHit, reading: Reading) -> tuple[int, float, float]:
    return (LEVELS.index(hit.level), reading.p_imminent, reading.p_elevated_or_higher)


def peaks(
    text: str, chunks: Sequence[Chunk], vectors: np.ndarray, models: Models
) -> dict[str, float]:
    """Each layer's highest P(elevated or imminent) over the message's
    windows and over each chunk alone: how much risk the layer sees anywhere
    in it (a single sentence too, so a long paragraph cannot dilute it)."""
    pieces = windows(text, chunks)
    if len(chunks) > 1:
        pieces += [
            Window(c.start, c.end, text[c.start : c.end], i, i) for i, c in enumerate(chunks)
        ]
    if not pieces or len(vectors) != len(chunks):
        return {}
    features = np.stack([message_vector(vectors[w.first : w.last + 1]) for w in pieces])
    chars = models.charngram.char_features([w.text for w in pieces])
    return {
        models.embedding.name: max(r.p_elevated_or_higher for r in models.embedding.read(features)),
        models.charngram.name: max(r.p_elevated_or_higher for r in models.charngram.read(chars)),
    }


def score(
    text: str, chunks: Sequence[Chunk], vectors: np.ndarray | None, models: Models | None = None
) -> list[LearnedHit]:
    """Each layer's verdict on a normalised message, from its chunks and
    (for the embedding layer) their vectors; ``vectors=None`` skips the
    embedding layer (the model is unavailable)."""
    models = models or get_models()
    pieces = windows(text, chunks)
    if not pieces:
        return []
    # a message longer than one window is also read whole, as the last row
    long = len(pieces) > 1
    rows = [*pieces, Window(0, len(text), text, 0, len(chunks) - 1)] if long else pieces
    hits = []
    layers: list[tuple[Layer, Features]] = []
    if vectors is not None and len(vectors) == len(chunks):
        features = np.stack([message_vector(vectors[w.first : w.last + 1]) for w in rows])
        layers.append((models.embedding, features))
    layers.append((models.charngram, models.charngram.char_features([w.text for w in rows])))
    predictions = [(layer, *layer.predict(feats)) for layer, feats in layers]
    # The kind is read by both layers together: each is surer of some kinds.
    kinds = np.mean([k for _, _, k in predictions], axis=0)
    layer_readings = [(layer, readings(levels, kinds)) for layer, levels, _ in predictions]
    whole = [found[-1] for _, found in layer_readings] if long else []
    for layer, found in layer_readings:
        best: tuple[tuple[int, float, float], LearnedHit] | None = None
        for reading in found[: len(pieces)]:
            hit = _verdict(layer.name, reading, pieces[reading.window])
            rank = _rank(hit, reading)
            if best is None or rank > best[0]:
                best = (rank, hit)
        if best is not None:
            hits.append(whole_message_check(best[1], whole))
    return hits
