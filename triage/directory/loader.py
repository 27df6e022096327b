"""Read the YAML directory into typed models, collecting every problem at once.

A directory is a folder of ``*.yml`` files (or one file). Each file holds::

    schema_version: 1
    organizations: [...]   # optional
    services: [...]        # optional

Entries are validated one by one so that one bad entry does not hide the next.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import yaml
from pydantic import BaseModel, ValidationError

from triage.directory.checks import cross_checks
from triage.directory.models import Organization, Service
from triage.directory.problems import DirectoryError, Problem

SCHEMA_VERSION: Final = 1
REPO_ROOT: Final = Path(__file__).resolve().parents[2]
DEFAULT_PATH: Final = REPO_ROOT / "bot" / "data" / "directory"

_TOP_LEVEL_KEYS: Final = frozenset({"schema_version", "organizations", "services"})


@dataclass(frozen=True)
class Directory:
    """A validated directory: services in file order, organizations by id."""

    path: Path
    services: tuple[Service, ...]
    organizations: Mapping[str, Organization]
    #: SHA-256 of every file's name and bytes: changes whenever the data changes.
    content_hash: str
    files: tuple[str, ...]
    _by_id: dict[str, Service] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_id.update((service.id, service) for service in self.services)

    def service(self, service_id: str) -> Service:
        """The service with this id; ``KeyError`` if there is none."""
        return self._by_id[service_id]

    def offered(self) -> tuple[Service, ...]:
        """Active services that may be offered to residents."""
        return tuple(service for service in self.services if service.offered)

    def organization_of(self, service: Service) -> Organization:
        """The organization that runs ``service``."""
        return self.organizations[service.organization_id]


def load_directory(path: Path | str | None = None, *, coverage: bool = True) -> Directory:
    """Load and validate the directory at ``path`` (default: ``bot/data/directory``).

    ``coverage=False`` skips the check that every category has a 24/7 service in
    every borough (for small test directories). Raises ``DirectoryError``
    listing every problem found.
    """
    root = Path(path) if path is not None else DEFAULT_PATH
    files = _yaml_files(root)
    problems: list[Problem] = []
    if not files:
        raise DirectoryError([Problem(str(root), None, None, "no .yml files found")])

    digest = hashlib.sha256()
    organizations: list[tuple[Organization, str]] = []
    services: list[tuple[Service, str]] = []
    for file in files:
        raw = file.read_bytes()
        name = _display(file, root)
        digest.update(name.encode() + b"\0" + raw + b"\0")
        document = _parse(raw, name, problems)
        if document is None:
            continue
        for model in _entries(document, "organizations", Organization, name, problems):
            assert isinstance(model, Organization)
            organizations.append((model, name))
        for model in _entries(document, "services", Service, name, problems):
            assert isinstance(model, Service)
            services.append((model, name))

    complete = not problems
    problems.extend(cross_checks(services, organizations, complete=complete, coverage=coverage))
    if problems:
        raise DirectoryError(problems)
    return Directory(
        path=root,
        services=tuple(service for service, _ in services),
        organizations={org.id: org for org, _ in sorted(organizations, key=lambda o: o[0].id)},
        content_hash=digest.hexdigest(),
        files=tuple(_display(file, root) for file in files),
    )


_default_lock = threading.Lock()
_default: Directory | None = None


def get_directory() -> Directory:
    """The default directory, loaded once per process (restart to pick up edits)."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = load_directory()
    return _default


def _yaml_files(root: Path) -> list[Path]:
    if root.is_file():
        return [root]
    if not root.is_dir():
        return []
    return sorted(
        (p for p in root.rglob("*") if p.suffix in (".yml", ".yaml") and p.is_file()),
        key=lambda p: p.relative_to(root).as_posix(),
    )


def _display(file: Path, root: Path) -> str:
    """A short, stable file name for messages and hashing (relative to the repo)."""
    for base in (REPO_ROOT, root if root.is_dir() else root.parent):
        try:
            return file.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            continue
    return file.as_posix()


def _parse(raw: bytes, name: str, problems: list[Problem]) -> dict[str, Any] | None:
    try:
        document = yaml.safe_load(raw)
    except yaml.YAMLError as error:
        problems.append(Problem(name, None, None, f"not valid YAML: {error}"))
        return None
    if not isinstance(document, dict):
        problems.append(Problem(name, None, None, "expected a mapping with schema_version"))
        return None
    unknown = sorted(set(document) - _TOP_LEVEL_KEYS)
    if unknown:
        problems.append(Problem(name, None, None, f"unknown top-level key(s) {unknown}"))
    if document.get("schema_version") != SCHEMA_VERSION:
        problems.append(
            Problem(
                name,
                None,
                "schema_version",
                f"must be {SCHEMA_VERSION}, is {document.get('schema_version')!r}",
            )
        )
    return document


def _entries(
    document: dict[str, Any],
    key: str,
    model: type[BaseModel],
    name: str,
    problems: list[Problem],
) -> Iterator[BaseModel]:
    """Validate each entry under ``key``; yield the good ones, record the rest."""
    entries = document.get(key) or []
    if not isinstance(entries, list):
        problems.append(Problem(name, None, key, "must be a list"))
        return
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict):
            problems.append(Problem(name, f"{key}[{index}]", None, "must be a mapping"))
            continue
        entry_id = str(entry.get("id") or f"{key}[{index}]")
        try:
            yield model.model_validate(entry)
        except ValidationError as error:
            for item in error.errors(include_url=False):
                problems.append(Problem(name, entry_id, _field_path(item["loc"]), _message(item)))


def _field_path(loc: tuple[int | str, ...]) -> str | None:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or None


def _message(item: Any) -> str:
    message = str(item["msg"]).removeprefix("Value error, ")
    if item["type"] == "missing":
        return "missing required field"
    if item["type"] == "extra_forbidden":
        return "unknown field (check the spelling)"
    return message
