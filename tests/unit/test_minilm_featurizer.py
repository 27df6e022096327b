"""The Rasa component (bot/featurizers/dense.py) inside .venv-rasa, where there is no
torch: it finds the weights the way the Rasa processes do (MINILM_MODEL_DIR from
scripts/services.py), and its features are sentence-transformers' embeddings."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from scripts.services import minilm_model_dir
from tests.support.rasa_venv import run_in_rasa_venv
from triage.embedding import embed

ROOT = Path(__file__).resolve().parents[2]
RASA_PYTHON = ROOT / ".venv-rasa" / "bin" / "python"

# Runs in .venv-rasa: a whitespace tokenizer and the featurizer, on training data
# (with an intent, as NLU examples have) and on messages as at inference.
SCRIPT = r"""
import json, sys, time
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from bot.featurizers.dense import MiniLMFeaturizer
from bot.featurizers import minilm

texts = json.loads(sys.argv[1])
tokenizer = WhitespaceTokenizer(WhitespaceTokenizer.get_default_config())
featurizer = MiniLMFeaturizer(MiniLMFeaturizer.get_default_config(), "minilm")
data = TrainingData([Message({TEXT: t, INTENT: "report_noise"}) for t in texts])
tokenizer.process_training_data(data)
featurizer.process_training_data(data)
live = [Message({TEXT: t}) for t in texts]
tokenizer.process(live)
featurizer.process(live)
out = {"model_dir": str(minilm.model_dir()), "torch": "torch" in sys.modules,
       "fingerprint": MiniLMFeaturizer.fingerprint_addon({}), "training": [], "live": []}
for key, messages in (("training", data.training_examples), ("live", live)):
    for m in messages:
        sequence, sentence = m.get_dense_features(TEXT)
        out[key].append({
            "tokens": [t.text for t in m.get("text_tokens")],
            "sequence": list(sequence.features.shape),
            "sentence": sentence.features[0].tolist(),
            "origins": sorted({f.origin for f in m.features if f.attribute == TEXT}),
            "intent_features": any(f is not None for f in m.get_dense_features(INTENT)),
        })
print(json.dumps(out))
"""

TEXTS = [
    "my upstairs neighbor plays loud music every night",
    "THE PARTY NEXT DOOR IS STILL GOING!!! 😡😡",
    "mi vecino pone la música muy alta, ¿qué hago?",
    "can u send someone to talk to the folks in 4B abt their music",
]


@pytest.fixture(scope="module")
def featurized() -> dict:
    return run_in_rasa_venv(SCRIPT, TEXTS)


def test_runs_without_torch_on_the_wheels_weights(featurized: dict) -> None:
    assert not featurized["torch"]
    assert Path(featurized["model_dir"]) == minilm_model_dir()
    assert len(featurized["fingerprint"]) == 64


@pytest.mark.parametrize("key", ["training", "live"])
def test_sentence_features_are_the_sentence_transformers_embedding(
    featurized: dict, key: str
) -> None:
    ours = np.array([item["sentence"] for item in featurized[key]])
    cosines = np.sum(ours * embed(TEXTS), axis=1)
    assert (cosines > 0.999).all(), cosines


@pytest.mark.parametrize("key", ["training", "live"])
def test_one_sequence_row_per_token(featurized: dict, key: str) -> None:
    for item in featurized[key]:
        assert item["sequence"] == [len(item["tokens"]), 384]
        assert item["origins"] == ["minilm"]
        assert not item["intent_features"]  # labels are not featurized
