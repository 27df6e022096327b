"""Embeddings of the directory, computed once and cached by its content hash.

Each service contributes its description and its ``situations`` (how residents
describe what it helps with); a resident's words score against a service as the
best of those rows. Names are embedded separately, for the staff search only.

Cache layers: an in-process dict, then ``var/cache/matching/*.npz``. The disk
copy also stores the texts it was computed from and is ignored if they differ,
so a stale or foreign file can never be used.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np

from triage.directory import Directory
from triage.directory.loader import REPO_ROOT

log = logging.getLogger(__name__)

Embedder = Callable[[Sequence[str]], np.ndarray]

DEFAULT_CACHE_DIR: Final = REPO_ROOT / "var" / "cache" / "matching"
# Bump when the choice of texts per service changes, so old caches are ignored.
_TEXTS_VERSION: Final = 1
_KEEP_FILES: Final = 3


@dataclass(frozen=True)
class DirectoryIndex:
    """Per-service text rows and their unit vectors, in directory order."""

    key: str
    service_ids: tuple[str, ...]
    texts: tuple[str, ...]
    #: Row where each service's texts start (for ``np.maximum.reduceat``).
    starts: np.ndarray
    vectors: np.ndarray
    #: One row per service: its name (and alternate name), for staff search.
    name_vectors: np.ndarray

    def best_rows(self, query: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per service: the highest cosine with ``query`` and which row gave it."""
        sims = self.vectors @ query
        best = np.maximum.reduceat(sims, self.starts)
        ends = np.append(self.starts[1:], len(sims))
        rows = np.array(
            [
                start + int(np.argmax(sims[start:end]))
                for start, end in zip(self.starts, ends, strict=True)
            ]
        )
        return best, rows

    def name_scores(self, query: np.ndarray) -> np.ndarray:
        """Cosine of ``query`` with each service's name."""
        return np.asarray(self.name_vectors @ query)


def service_texts(directory: Directory) -> tuple[list[str], list[int], list[str]]:
    """Texts to embed: (rows, start of each service's rows, one name text per service)."""
    rows: list[str] = []
    starts: list[int] = []
    names: list[str] = []
    for service in directory.services:
        starts.append(len(rows))
        rows.append(service.description)
        rows.extend(service.situations)
        names.append(" / ".join(filter(None, (service.name, service.alternate_name))))
    return rows, starts, names


_memory: dict[str, DirectoryIndex] = {}
_lock = threading.Lock()


def build_index(
    directory: Directory,
    embed: Embedder,
    *,
    model_name: str,
    cache_dir: Path | None = DEFAULT_CACHE_DIR,
) -> DirectoryIndex:
    """The index for ``directory``: from memory, else from disk, else computed."""
    key = hashlib.sha256(
        f"{model_name}\0{_TEXTS_VERSION}\0{directory.content_hash}".encode()
    ).hexdigest()
    cached = _memory.get(key)
    if cached is not None:
        return cached
    with _lock:
        cached = _memory.get(key)
        if cached is not None:
            return cached
        rows, starts, names = service_texts(directory)
        ids = tuple(service.id for service in directory.services)
        index = _read(cache_dir, key, rows, names, ids) if cache_dir else None
        if index is None:
            vectors = embed(rows + names)
            index = DirectoryIndex(
                key=key,
                service_ids=ids,
                texts=tuple(rows),
                starts=np.asarray(starts, dtype=np.intp),
                vectors=np.ascontiguousarray(vectors[: len(rows)], dtype=np.float32),
                name_vectors=np.ascontiguousarray(vectors[len(rows) :], dtype=np.float32),
            )
            if cache_dir:
                _write(cache_dir, index, names)
        _memory[key] = index
        return index


def _path(cache_dir: Path, key: str) -> Path:
    return cache_dir / f"directory-{key[:24]}.npz"


def _read(
    cache_dir: Path, key: str, rows: list[str], names: list[str], ids: tuple[str, ...]
) -> DirectoryIndex | None:
    path = _path(cache_dir, key)
    if not path.exists():
        return None
    try:
        with np.load(path, allow_pickle=False) as data:
            same = (
                str(data["key"]) == key
                and data["texts"].tolist() == rows
                and data["names"].tolist() == names
                and tuple(data["ids"].tolist()) == ids
            )
            if not same:
                return None
            return DirectoryIndex(
                key=key,
                service_ids=ids,
                texts=tuple(rows),
                starts=np.asarray(data["starts"], dtype=np.intp),
                vectors=np.ascontiguousarray(data["vectors"], dtype=np.float32),
                name_vectors=np.ascontiguousarray(data["name_vectors"], dtype=np.float32),
            )
    except (OSError, KeyError, ValueError) as error:
        # A damaged cache only costs a recomputation.
        log.warning("ignoring unreadable embedding cache %s: %s", path, error)
        return None


def _write(cache_dir: Path, index: DirectoryIndex, names: list[str]) -> None:
    tmp: str | None = None
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        # Write then rename, so a concurrent reader never sees half a file.
        fd, tmp = tempfile.mkstemp(dir=cache_dir, suffix=".npz.tmp")
        with os.fdopen(fd, "wb") as handle:
            np.savez(
                handle,
                key=np.array(index.key),
                ids=np.array(index.service_ids),
                texts=np.array(index.texts),
                names=np.array(names),
                starts=index.starts,
                vectors=index.vectors,
                name_vectors=index.name_vectors,
            )
        os.replace(tmp, _path(cache_dir, index.key))
        _prune(cache_dir)
    except OSError as error:
        # A read-only checkout still works; it just embeds at every start.
        log.warning("could not write embedding cache in %s: %s", cache_dir, error)
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def _prune(cache_dir: Path) -> None:
    """Keep the newest few cache files: each directory edit leaves one behind, and
    another process may still be running the previous version."""
    try:
        files = sorted(
            cache_dir.glob("directory-*.npz"), key=lambda p: p.stat().st_mtime, reverse=True
        )
        for old in files[_KEEP_FILES:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass  # another process pruned at the same time; nothing is lost


def clear_memory_cache() -> None:
    """Forget in-process indexes (tests use this to exercise the disk cache)."""
    with _lock:
        _memory.clear()
