"""What the loader reports when the directory is wrong: one ``Problem`` per fault,
each naming the file, the entry id and the field, so a fix is one look away."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One fault in the directory; ``None`` parts are left out of the message."""

    file: str | None
    entry: str | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = ": ".join(part for part in (self.file, self.entry, self.field) if part)
        return f"{where}: {self.message}" if where else self.message


class DirectoryError(Exception):
    """The directory could not be loaded; ``problems`` lists every fault found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        lines = "\n".join(f"  {problem}" for problem in self.problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in the directory:\n{lines}")
