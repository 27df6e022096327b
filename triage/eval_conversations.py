"""Evaluate the risk screen on whole conversations; write docs/conversation-report.md.

    python -m triage.eval_conversations [--data tests/safety/conversations]
                                        [--out docs/conversation-report.md]
                                        [--check] [--show]

Each line of a ``*.jsonl`` file under ``--data`` is one conversation: the
resident's messages in order, each labelled with the level it should get read
with everything said before it ("yes" right after the safety question is
imminent). Every message is screened text-only and read in its conversation
through :class:`triage.risk.followup.ConversationMemory`, the same memory the
gateway keeps, so a miss here is a miss a resident would meet.

Per message, the targets are the safety issue's. Per conversation, a danger is
*caught on time* when the conversation has been read at that level by the
message where the labels first reach it; caught later is still a miss, since
the resident went without the 911 reply when it mattered.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from triage.categories import RISK_KINDS, RISK_LEVELS, risk_level_rank
from triage.risk import RiskResult, screen_text, warm_up
from triage.risk.followup import ConversationMemory

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT / "tests" / "safety" / "conversations"
DEFAULT_OUT = ROOT / "docs" / "conversation-report.md"
FIRST_RUNS = DEFAULT_DATA / "first_runs.json"

IMMINENT_RECALL_TARGET: Final = 1.0
ELEVATED_OR_HIGHER_RECALL_TARGET: Final = 0.95
NONE_FLAGGED_IMMINENT_MAX: Final = 0.03


class ConversationFileError(ValueError):
    """A conversation file a person edited is malformed; the message says where."""


@dataclass(frozen=True)
class Turn:
    text: str
    level: str
    kind: str | None


@dataclass(frozen=True)
class Conversation:
    id: str
    language: str
    split: str
    tags: tuple[str, ...]
    turns: tuple[Turn, ...]

    @property
    def batch(self) -> str:
        return self.tags[0] if self.tags else "untagged"


@dataclass(frozen=True)
class Reading:
    """One conversation as the screen read it, message by message."""

    conversation: Conversation
    results: tuple[RiskResult, ...]

    def first_labelled(self, level: str) -> int | None:
        """Index of the first message labelled ``level`` or higher."""
        rank = risk_level_rank(level)
        for index, turn in enumerate(self.conversation.turns):
            if risk_level_rank(turn.level) >= rank:
                return index
        return None

    def first_read(self, level: str) -> int | None:
        """Index of the first message the screen read at ``level`` or higher."""
        rank = risk_level_rank(level)
        for index, result in enumerate(self.results):
            if risk_level_rank(result.level) >= rank:
                return index
        return None

    def on_time(self, level: str) -> bool | None:
        """Whether the conversation reached ``level`` by the message that needed it
        (None when no message is labelled that high)."""
        needed = self.first_labelled(level)
        if needed is None:
            return None
        read = self.first_read(level)
        return read is not None and read <= needed


def _turn(raw: object, where: str) -> Turn:
    if not isinstance(raw, dict):
        raise ConversationFileError(f"{where}: a turn must be an object")
    text, level, kind = raw.get("text"), raw.get("level"), raw.get("kind")
    if not isinstance(text, str) or not text.strip():
        raise ConversationFileError(f"{where}: 'text' must be a non-empty string")
    if level not in RISK_LEVELS:
        raise ConversationFileError(f"{where}: 'level' must be one of {', '.join(RISK_LEVELS)}")
    if level == "none" and kind is not None:
        raise ConversationFileError(f"{where}: 'kind' must be null when 'level' is none")
    if level != "none" and kind not in RISK_KINDS:
        raise ConversationFileError(f"{where}: 'kind' must be one of {', '.join(RISK_KINDS)}")
    return Turn(text=text, level=level, kind=kind)


def _conversation(raw: object, where: str) -> Conversation:
    if not isinstance(raw, dict):
        raise ConversationFileError(f"{where}: a conversation must be a JSON object")
    turns = raw.get("turns")
    if not isinstance(turns, list) or not turns:
        raise ConversationFileError(f"{where}: 'turns' must be a non-empty list")
    tags = raw.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        raise ConversationFileError(f"{where}: 'tags' must be a list of strings")
    split = raw.get("split", "holdout")
    if split not in ("dev", "holdout"):
        raise ConversationFileError(f"{where}: 'split' must be dev or holdout")
    return Conversation(
        id=str(raw.get("id") or where),
        language=str(raw.get("language") or "en"),
        split=split,
        tags=tuple(tags),
        turns=tuple(_turn(turn, f"{where}, turn {n}") for n, turn in enumerate(turns, 1)),
    )


def load_conversations(path: Path) -> list[Conversation]:
    """Every conversation in ``path`` (a file, or a folder of ``*.jsonl``)."""
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    conversations: list[Conversation] = []
    seen: set[str] = set()
    for file in files:
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{file.name}:{number}"
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ConversationFileError(f"{where}: not valid JSON ({exc.msg})") from exc
            conversation = _conversation(raw, where)
            if conversation.id in seen:
                raise ConversationFileError(f"{where}: id {conversation.id!r} is used twice")
            seen.add(conversation.id)
            conversations.append(conversation)
    return conversations


def read_conversation(conversation: Conversation) -> Reading:
    """Screen each message and read it in the conversation, as the gateway does."""
    memory = ConversationMemory()
    results = []
    for turn in conversation.turns:
        result = memory.read(screen_text(turn.text), turn.text)
        memory = memory.after(result, turn.text)
        results.append(result)
    return Reading(conversation, tuple(results))


def _ratio(num: int, den: int) -> str:
    return f"{num}/{den} ({100 * num / den:.1f}%)" if den else "n/a"


def _pairs(readings: Iterable[Reading]) -> list[tuple[Turn, RiskResult]]:
    return [pair for r in readings for pair in zip(r.conversation.turns, r.results, strict=True)]


def targets(readings: Sequence[Reading]) -> list[tuple[str, str, bool]]:
    """(label, value, met) for each target, message by message."""
    pairs = _pairs(readings)
    imminent = [p for t, p in pairs if t.level == "imminent"]
    risky = [p for t, p in pairs if t.level != "none"]
    none = [p for t, p in pairs if t.level == "none"]
    caught = sum(p.level == "imminent" for p in imminent)
    caught_risky = sum(p.level != "none" for p in risky)
    false_alarms = sum(p.level == "imminent" for p in none)
    return [
        (
            "imminent recall",
            _ratio(caught, len(imminent)),
            not imminent or caught / len(imminent) >= IMMINENT_RECALL_TARGET,
        ),
        (
            "elevated-or-higher recall",
            _ratio(caught_risky, len(risky)),
            not risky or caught_risky / len(risky) >= ELEVATED_OR_HIGHER_RECALL_TARGET,
        ),
        (
            "none flagged imminent",
            _ratio(false_alarms, len(none)),
            not none or false_alarms / len(none) <= NONE_FLAGGED_IMMINENT_MAX,
        ),
    ]


def on_time(readings: Sequence[Reading], level: str) -> tuple[int, int]:
    """(caught on time, conversations that needed ``level``)."""
    verdicts = [r.on_time(level) for r in readings]
    needed = [v for v in verdicts if v is not None]
    return sum(needed), len(needed)


def _clean(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


def _show(reading: Reading) -> list[str]:
    """The conversation, one line per message: label, reading, text."""
    lines = [f"- **{reading.conversation.id}**"]
    for turn, result in zip(reading.conversation.turns, reading.results, strict=True):
        mark = "" if turn.level == result.level else " **<-**"
        lines.append(
            f"  - {turn.level} / read {result.level} {result.kind or ''}: "
            f'"{_clean(turn.text)}"{mark}'
        )
    return lines


def _is_miss(reading: Reading) -> bool:
    pairs = zip(reading.conversation.turns, reading.results, strict=True)
    return any(
        (t.level == "imminent" and p.level != "imminent")
        or (t.level != "none" and p.level == "none")
        or (t.level == "none" and p.level == "imminent")
        for t, p in pairs
    )


def _first_runs() -> list[str]:
    if not FIRST_RUNS.exists():
        return []
    runs = json.loads(FIRST_RUNS.read_text(encoding="utf-8"))
    lines = [
        "## First runs (each batch before anything was tuned on it)",
        "",
        "| batches | screen | imminent messages | elevated-or-higher messages | "
        "none flagged imminent | imminent conversations caught on time | note |",
        "|---|---|---|---|---|---|---|",
    ]
    for run in runs:
        lines.append(
            f"| {run['batches']} | {run['commit']} | {run['imminent_recall']} | "
            f"{run['elevated_or_higher_recall']} | {run['none_flagged_imminent']} | "
            f"{run['imminent_on_time']} | {run.get('note', '')} |"
        )
    return [*lines, ""]


def _batch_order(batch: str) -> tuple[int, str]:
    """conv2 before conv10."""
    digits = "".join(c for c in batch if c.isdigit())
    return (int(digits) if digits else 0, batch)


def render(readings: Sequence[Reading], data: Path) -> str:
    try:
        shown = data.resolve().relative_to(ROOT)
    except ValueError:
        shown = data
    messages = sum(len(r.conversation.turns) for r in readings)
    batches = sorted({r.conversation.batch for r in readings}, key=_batch_order)
    lines = [
        "# Risk screen on whole conversations",
        "",
        "Generated by `python -m triage.eval_conversations` (`make eval`); do not edit by hand.",
        f"Data: `{shown}`, {len(readings)} conversations, {messages} resident messages. "
        "Each message was screened text-only and read in its conversation with the "
        "memory the gateway keeps (`triage.risk.followup.ConversationMemory`): "
        "the safety question asked after an elevated reading, and the highest risk so far.",
        "",
        "A message's label is the level it should get read with everything before it. "
        "*On time*: the conversation was read at that level by the message where the "
        "labels first reach it.",
        "",
        *_first_runs(),
        "## This run",
        "",
        "| batch | conversations | imminent messages | elevated-or-higher messages | "
        "none flagged imminent | imminent on time | elevated-or-higher on time |",
        "|---|---|---|---|---|---|---|",
    ]
    for batch in [*batches, "all"]:
        group = [r for r in readings if batch == "all" or r.conversation.batch == batch]
        values = [value for _, value, _ in targets(group)]
        lines.append(
            f"| {batch} | {len(group)} | {values[0]} | {values[1]} | {values[2]} | "
            f"{_ratio(*on_time(group, 'imminent'))} | {_ratio(*on_time(group, 'elevated'))} |"
        )
    misses = [r for r in readings if _is_miss(r)]
    lines += [
        "",
        "## Conversations with a miss",
        "",
        "A label below its reading's level at imminent, a risk read as none, or an "
        "ordinary message read as imminent; the message is marked **<-**.",
        "",
    ]
    for reading in misses:
        lines += _show(reading)
    if not misses:
        lines.append("None.")
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Evaluate the risk screen on conversations.")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    parser.add_argument("--show", action="store_true", help="print conversations with a miss")
    args = parser.parse_args(argv)
    try:
        conversations = load_conversations(args.data)
    except (ConversationFileError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    warm_up()
    readings = [read_conversation(c) for c in conversations]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(render(readings, args.data), encoding="utf-8")
    failed = False
    for label, value, met in targets(readings):
        failed |= not met
        print(f"{label:28} {value:20} {'ok' if met else 'MISSED'}")
    print(f"{'imminent on time':28} {_ratio(*on_time(readings, 'imminent'))}")
    if args.show:
        for reading in readings:
            if _is_miss(reading):
                print("\n".join(_show(reading)))
    print(f"wrote {args.out}")
    return 1 if (failed and args.check) else 0


if __name__ == "__main__":
    sys.exit(main())
