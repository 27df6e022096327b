"""MiniLMIntentBlender: a second opinion on the intent, from a linear model.

DIET has to learn from about 2,000 short, varied examples, and its transformer
overfits their surface words. One logistic regression over the MiniLM sentence
vector (meaning) and TF-IDF word 1-2-grams and character 2-5-grams (wording,
typos, Spanish) generalises better on so few examples (validation split of the
training data, never tests/nlu/: see config.yml and docs/nlu-report-log.md).
Its ranking is blended with DIET's: the regression's probabilities are less
peaked, and DIET's share keeps correct answers above the fallback threshold.

Only the situation intents (``situations``: report_*, ask_*, risk_*,
bot_challenge) are re-ranked. DIET keeps the say on everything else: whether a
message is a situation at all or a conversational reply ("yes please", "no",
"bye"), and its share of confidence. The regression only decides *which*
situation, by redistributing the confidence DIET gave the situation intents.
Blending every intent flattened short replies below the fallback threshold
(docs/nlu-report-log.md).

It runs after DIETClassifier and before FallbackClassifier and replaces
`intent` and `intent_ranking` with the blend, so the fallback, the conversation
API's confidence and the risk screen's intent layer all see the blended
confidence. It needs the sentence feature that MiniLMFeaturizer adds and
trains on the situation examples DIET trains on; scikit-learn comes with Rasa,
so nothing more is installed in .venv-rasa.
"""

from __future__ import annotations

import pickle
from typing import Any, Dict, List, Optional, Text

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

_FILE = "intent_blend.pkl"


def _sentence_vector(message: Message) -> Optional[np.ndarray]:
    _, sentence = message.get_dense_features(TEXT)
    if sentence is None:
        return None
    vector = np.asarray(sentence.features, dtype=np.float64).reshape(-1)
    norm = np.linalg.norm(vector)
    return vector / norm if norm > 0 else vector


class _Model:
    """The fitted vectorisers and regression; pickled into the Rasa model."""

    def __init__(self, c_value: float) -> None:
        self.chars = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True
        )
        self.words = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True)
        self.regression = LogisticRegression(C=c_value, max_iter=4000)

    @property
    def classes(self) -> List[str]:
        return [str(c) for c in self.regression.classes_]

    def _features(self, texts: List[str], vectors: np.ndarray, *, fit: bool) -> Any:
        chars = self.chars.fit_transform(texts) if fit else self.chars.transform(texts)
        words = self.words.fit_transform(texts) if fit else self.words.transform(texts)
        return hstack([csr_matrix(vectors), chars, words]).tocsr()

    def fit(self, texts: List[str], vectors: np.ndarray, labels: List[str]) -> None:
        self.regression.fit(self._features(texts, vectors, fit=True), labels)

    def probabilities(self, text: str, vector: np.ndarray) -> np.ndarray:
        features = self._features([text], vector.reshape(1, -1), fit=False)
        return self.regression.predict_proba(features)[0]


def in_scope(intent: str, situations: List[str]) -> bool:
    """Whether the regression re-ranks ``intent``: an exact name, or a prefix
    ending in "_" ("report_")."""
    return any(intent.startswith(s) if s.endswith("_") else intent == s for s in situations)


def blend(
    diet_ranking: List[Dict[str, Any]],
    classes: List[str],
    probabilities: np.ndarray,
    weight: float,
) -> List[Dict[str, Any]]:
    """Re-rank the intents the regression knows (``classes``) inside the share
    of confidence DIET gave them; every other intent keeps DIET's confidence.

    Within that share each intent gets ``weight`` of the regression's
    probability and the rest of DIET's own (renormalised to the share); intents
    missing from DIET's (truncated) ranking count 0 on DIET's side."""
    diet = {str(r["name"]): float(r["confidence"]) for r in diet_ranking}
    known = set(classes)
    share = sum(c for n, c in diet.items() if n in known)
    lr = dict(zip(classes, (float(p) for p in probabilities), strict=True))
    scores = {n: c for n, c in diet.items() if n not in known}
    if share > 0:
        for name in classes:
            within = weight * lr[name] + (1 - weight) * diet.get(name, 0.0) / share
            scores[name] = share * within
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    return [{"name": n, "confidence": c} for n, c in ranked]


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class MiniLMIntentBlender(GraphComponent, IntentClassifier):
    """Blend DIET's intent ranking with a linear model's (MiniLM + TF-IDF)."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            # Share of the regression in the blend (the rest is DIET's).
            "weight": 0.5,
            # Inverse regularisation of the regression.
            "C": 10.0,
            # How many intents the blended ranking keeps.
            "ranking_length": 10,
            # Intents the regression re-ranks: exact names, or prefixes ending in "_".
            "situations": ["report_", "ask_", "risk_", "bot_challenge"],
        }

    @classmethod
    def validate_config(cls, config: Dict[Text, Any]) -> None:
        if not 0.0 <= float(config.get("weight", 0.5)) <= 1.0:
            raise ValueError("MiniLMIntentBlender: weight must be between 0 and 1")
        if float(config.get("C", 10.0)) <= 0:
            raise ValueError("MiniLMIntentBlender: C must be positive")

    def __init__(
        self,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        model: Optional[_Model] = None,
    ) -> None:
        self.validate_config(config)
        self._config = config
        self._model_storage = model_storage
        self._resource = resource
        self._model = model

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> MiniLMIntentBlender:
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        texts, rows, labels = [], [], []
        for example in training_data.intent_examples:
            vector = _sentence_vector(example)
            intent = str(example.get(INTENT) or "")
            if vector is None or not example.get(TEXT):
                continue
            if in_scope(intent, list(self._config["situations"])):
                texts.append(str(example.get(TEXT)))
                rows.append(vector)
                labels.append(intent)
        if len(set(labels)) < 2:
            self._model = None
        else:
            model = _Model(float(self._config["C"]))
            model.fit(texts, np.stack(rows), labels)
            self._model = model
        with self._model_storage.write_to(self._resource) as directory:
            (directory / _FILE).write_bytes(pickle.dumps(self._model))
        return self._resource

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> MiniLMIntentBlender:
        model = None
        try:
            with model_storage.read_from(resource) as directory:
                # our own file, written by train() into the model archive
                model = pickle.loads((directory / _FILE).read_bytes())
        except (ValueError, FileNotFoundError):
            model = None  # untrained: DIET's ranking passes through unchanged
        return cls(config, model_storage, resource, model)

    def process(self, messages: List[Message]) -> List[Message]:
        if self._model is None:
            return messages
        weight = float(self._config["weight"])
        keep = int(self._config["ranking_length"])
        classes = self._model.classes
        for message in messages:
            vector = _sentence_vector(message)
            ranking = message.get(INTENT_RANKING_KEY) or []
            if vector is None or not ranking or not message.get(TEXT):
                continue
            probabilities = self._model.probabilities(str(message.get(TEXT)), vector)
            blended = blend(ranking, classes, probabilities, weight)[:keep]
            message.set(INTENT, dict(blended[0]), add_to_output=True)
            message.set(INTENT_RANKING_KEY, blended, add_to_output=True)
        return messages
