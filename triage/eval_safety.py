"""Evaluate the risk screen on the labelled set and write docs/safety-report.md.

    python -m triage.eval_safety [--data tests/safety/messages.jsonl]
                                 [--out docs/safety-report.md] [--check]

The labelled set has two splits: ``dev`` (rules, exemplars and thresholds may
be tuned on it) and ``holdout`` (written before tuning, never tuned on). They
are reported separately; the targets are checked on each. ``--check`` exits 1
if a target is missed. The screen runs text-only (no Rasa intent), which is
how it must behave when Rasa is down.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from triage.categories import RISK_KINDS, RISK_LEVELS, risk_level_rank
from triage.risk import RiskResult, screen_text, warm_up
from triage.risk.result import route_for

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT / "tests" / "safety" / "messages.jsonl"
DEFAULT_OUT = ROOT / "docs" / "safety-report.md"
FIRST_RUNS = ROOT / "tests" / "safety" / "holdout_first_runs.json"

#: Targets from the safety issue.
IMMINENT_RECALL_TARGET = 1.0
ELEVATED_OR_HIGHER_RECALL_TARGET = 0.95
NONE_FLAGGED_IMMINENT_MAX = 0.03


@dataclass(frozen=True)
class Case:
    text: str
    level: str
    kind: str | None
    language: str
    split: str
    tags: tuple[str, ...]


@dataclass(frozen=True)
class Outcome:
    case: Case
    result: RiskResult

    @property
    def predicted(self) -> str:
        return self.result.level

    @property
    def true_rank(self) -> int:
        return risk_level_rank(self.case.level)

    @property
    def predicted_rank(self) -> int:
        return risk_level_rank(self.result.level)


def load_cases(path: Path) -> list[Case]:
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        if row["level"] not in RISK_LEVELS or (row["kind"] and row["kind"] not in RISK_KINDS):
            raise ValueError(f"{path}:{number}: unknown level or kind")
        cases.append(
            Case(
                text=row["text"],
                level=row["level"],
                kind=row.get("kind"),
                language=row.get("language", "en"),
                split=row["split"],
                tags=tuple(row.get("tags", ())),
            )
        )
    return cases


def _ratio(num: int, den: int) -> str:
    return f"{num}/{den} ({100 * num / den:.1f}%)" if den else "n/a"


def _frac(num: int, den: int) -> float:
    return num / den if den else 1.0


def _top_signal(result: RiskResult) -> str:
    for s in result.signals:
        if s.get("level") == result.level and result.level != "none":
            what = s.get("id") or s.get("exemplar") or s.get("intent")
            return f"{s.get('layer')}: {what}"
    suppressed = [s for s in result.signals if s.get("context")]
    if suppressed:
        s = suppressed[0]
        return f"{s.get('layer')}: {s.get('id')} ({s.get('context')})"
    return "no signal"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def targets(outcomes: Sequence[Outcome]) -> list[tuple[str, str, bool]]:
    imminent = [o for o in outcomes if o.case.level == "imminent"]
    risky = [o for o in outcomes if o.true_rank >= 1]
    none = [o for o in outcomes if o.case.level == "none"]
    imm_hit = sum(o.predicted == "imminent" for o in imminent)
    risk_hit = sum(o.predicted_rank >= 1 for o in risky)
    none_imm = sum(o.predicted == "imminent" for o in none)
    return [
        (
            "imminent recall = 100%",
            _ratio(imm_hit, len(imminent)),
            _frac(imm_hit, len(imminent)) >= IMMINENT_RECALL_TARGET,
        ),
        (
            "elevated-or-higher recall >= 95%",
            _ratio(risk_hit, len(risky)),
            _frac(risk_hit, len(risky)) >= ELEVATED_OR_HIGHER_RECALL_TARGET,
        ),
        (
            "none flagged imminent <= 3%",
            _ratio(none_imm, len(none)),
            (none_imm / len(none) if none else 0.0) <= NONE_FLAGGED_IMMINENT_MAX,
        ),
    ]


def _level_table(outcomes: Sequence[Outcome]) -> list[str]:
    lines = [
        "| true \\ screened | none | elevated | imminent | recall (exact) | precision (exact) |",
        "|---|---|---|---|---|---|",
    ]
    for level in RISK_LEVELS:
        row = [o for o in outcomes if o.case.level == level]
        counts = [sum(o.predicted == p for o in row) for p in RISK_LEVELS]
        predicted = [o for o in outcomes if o.predicted == level]
        correct = sum(o.case.level == level for o in predicted)
        exact = counts[RISK_LEVELS.index(level)]
        lines.append(
            f"| {level} | {counts[0]} | {counts[1]} | {counts[2]} | "
            f"{_ratio(exact, len(row))} | {_ratio(correct, len(predicted))} |"
        )
    risky = [o for o in outcomes if o.true_rank >= 1]
    flagged = [o for o in outcomes if o.predicted_rank >= 1]
    lines.append("")
    imminent = [o for o in outcomes if o.case.level == "imminent"]
    found = sum(o.predicted_rank >= 1 for o in risky)
    correct_flags = sum(o.true_rank >= 1 for o in flagged)
    imminent_flagged = sum(o.predicted_rank >= 1 for o in imminent)
    lines.append(
        f"Elevated-or-higher: recall {_ratio(found, len(risky))}, "
        f"precision {_ratio(correct_flags, len(flagged))}. "
        f"Labelled imminent and flagged at all (elevated or imminent): "
        f"{_ratio(imminent_flagged, len(imminent))}."
    )
    return lines


def _kind_table(outcomes: Sequence[Outcome]) -> list[str]:
    lines = [
        "| kind | labelled (elev.+imm.) | flagged (recall) | imminent recall | same kind | "
        "screened as this kind | of which truly at risk (precision) | of which this kind |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for kind in RISK_KINDS:
        labelled = [o for o in outcomes if o.case.kind == kind and o.true_rank >= 1]
        imminent = [o for o in labelled if o.case.level == "imminent"]
        flagged = sum(o.predicted_rank >= 1 for o in labelled)
        same = sum(o.result.kind == kind for o in labelled if o.predicted_rank >= 1)
        screened = [o for o in outcomes if o.result.kind == kind and o.predicted_rank >= 1]
        lines.append(
            f"| {kind} | {len(labelled)} | {_ratio(flagged, len(labelled))} | "
            f"{_ratio(sum(o.predicted == 'imminent' for o in imminent), len(imminent))} | "
            f"{_ratio(same, flagged)} | {len(screened)} | "
            f"{_ratio(sum(o.true_rank >= 1 for o in screened), len(screened))} | "
            f"{_ratio(sum(o.case.kind == kind for o in screened), len(screened))} |"
        )
    return lines


def _language_table(outcomes: Sequence[Outcome]) -> list[str]:
    lines = [
        "| language | messages | imminent recall | elevated+ recall | none flagged (any) | "
        "none flagged imminent |",
        "|---|---|---|---|---|---|",
    ]
    for language in sorted({o.case.language for o in outcomes}):
        group = [o for o in outcomes if o.case.language == language]
        imminent = [o for o in group if o.case.level == "imminent"]
        risky = [o for o in group if o.true_rank >= 1]
        none = [o for o in group if o.case.level == "none"]
        lines.append(
            f"| {language} | {len(group)} | "
            f"{_ratio(sum(o.predicted == 'imminent' for o in imminent), len(imminent))} | "
            f"{_ratio(sum(o.predicted_rank >= 1 for o in risky), len(risky))} | "
            f"{_ratio(sum(o.predicted_rank >= 1 for o in none), len(none))} | "
            f"{_ratio(sum(o.predicted == 'imminent' for o in none), len(none))} |"
        )
    return lines


def _listing(title: str, rows: Sequence[Outcome], empty: str) -> list[str]:
    lines = [f"#### {title} ({len(rows)})", ""]
    if not rows:
        return [*lines, empty, ""]
    lines += ["| labelled | screened | message | strongest signal |", "|---|---|---|---|"]
    for o in rows:
        lines.append(
            f"| {o.case.level} {o.case.kind or ''} | {o.result.level} {o.result.kind or ''} "
            f"(route {o.result.route}) | {_md(o.case.text)} | {_md(_top_signal(o.result))} |"
        )
    return [*lines, ""]


def section(name: str, outcomes: Sequence[Outcome], note: str) -> list[str]:
    lines = [f"## {name} ({len(outcomes)} messages)", "", note, "", "### Targets", ""]
    lines += ["| target | result | met |", "|---|---|---|"]
    for label, value, met in targets(outcomes):
        lines.append(f"| {label} | {value} | {'yes' if met else '**NO**'} |")
    lines += ["", "### By level", "", *_level_table(outcomes), "", "### By kind", ""]
    lines += [
        "Recall counts a labelled risk as found when it is screened elevated or imminent, "
        "whatever kind the screen names; *same kind* is how often it named the labelled kind. "
        "Precision counts messages screened as that kind.",
        "",
        *_kind_table(outcomes),
        "",
        "### By language",
        "",
        *_language_table(outcomes),
        "",
    ]
    wrong_route = [
        o
        for o in outcomes
        if o.case.level == "imminent"
        and o.predicted == "imminent"
        and o.result.route != route_for(o.case.level, o.case.kind)
    ]
    lines += [
        "### Every miss and false alarm",
        "",
        *_listing(
            "Misses: labelled at risk, screened lower",
            [o for o in outcomes if o.predicted_rank < o.true_rank],
            "None.",
        ),
        *_listing(
            "False alarms: labelled none, screened elevated or imminent",
            [o for o in outcomes if o.case.level == "none" and o.predicted_rank >= 1],
            "None.",
        ),
        *_listing(
            "Over-triage: labelled elevated, screened imminent",
            [o for o in outcomes if o.case.level == "elevated" and o.predicted == "imminent"],
            "None.",
        ),
        *_listing(
            "Imminent with a different route than the label's kind implies (911 vs 988)",
            wrong_route,
            "None.",
        ),
    ]
    return lines


#: What each holdout batch is, newest first (tags in tests/safety/*.jsonl).
#: Blind batches 5-28 became training data after their first runs; see ``groups``.
BATCH_NOTES: Final = {
    "batch4": "Written after batch 3's first run; its own first run then prompted general "
    "fixes, so it is no longer clean either (first run above).",
    "batch3": "Written after batch 2's first run; its own first run prompted general fixes "
    "(see the holdout log), so it is no longer clean.",
    "batch2": "Written after the first holdout run and before the fixes it prompted; never "
    "tuned on, but its first run prompted general fixes (see the holdout log in "
    "`tests/safety/README.md`), so it is no longer clean.",
    "batch1": "Written with the dev split before any screen code existed; never tuned on, but "
    "its first run prompted three general fixes (see the holdout log in "
    "`tests/safety/README.md`), so three of its messages are no longer clean.",
}
#: A blind batch with no note of its own.
BLIND_NOTE: Final = (
    "Written blind from the labelling guide alone by an engineer who never saw the screen; "
    "its first run is recorded above and in tests/safety/README.md."
)


def _batch(case: Case) -> str:
    return next((t for t in case.tags if t.startswith("batch")), "batch1")


def _number(tag: str) -> int:
    return int(tag[5:] or 1)


def groups(outcomes: Sequence[Outcome]) -> list[tuple[str, list[Outcome], str]]:
    """The report's sections: each holdout batch apart (newest first), then
    the blind batches trained on since their first runs, then the rest of dev."""
    holdout = [o for o in outcomes if o.case.split == "holdout"]
    dev = [o for o in outcomes if o.case.split == "dev"]
    sections = []
    for tag in sorted({_batch(o.case) for o in holdout}, key=_number, reverse=True):
        batch = [o for o in holdout if _batch(o.case) == tag]
        blind = " (written blind)" if _number(tag) >= 5 else ""
        note = BATCH_NOTES.get(tag, BLIND_NOTE if blind else "")
        sections.append((f"Holdout, batch {_number(tag)}{blind}", batch, note))
    seen = [o for o in dev if _number(_batch(o.case)) >= 5]
    if seen:
        numbers = sorted({_number(_batch(o.case)) for o in seen})
        span = f"{numbers[0]}-{numbers[-1]}" if len(numbers) > 1 else str(numbers[0])
        sections.append(
            (
                f"Dev, blind batches {span} (trained on since their first runs)",
                seen,
                "Each was written blind and run once (first runs above); each run prompted "
                "general fixes, and since 2026-11-30 they are training data for the learned "
                "layers, so these numbers are optimistic.",
            )
        )
    sections.append(
        (
            "Dev",
            [o for o in dev if _number(_batch(o.case)) < 5],
            "Rules, exemplars and thresholds were tuned against these messages, so these "
            "numbers are optimistic.",
        )
    )
    return sections


def _first_runs() -> list[str]:
    """Each holdout batch's first run, recorded before any fix it prompted."""
    if not FIRST_RUNS.exists():
        return []
    runs = json.loads(FIRST_RUNS.read_text(encoding="utf-8"))
    lines = [
        "## Holdout first runs: the honest estimate",
        "",
        "Each holdout batch was evaluated once before any change it could inspire; those "
        "first runs are recorded in `tests/safety/holdout_first_runs.json` (story in "
        "`tests/safety/README.md`). Rules and exemplars were then improved in general ways, "
        "so later runs of the same batch are no longer blind. Expect new messages to do about "
        "as well as the later batches' first runs, not as well as the summary below.",
        "",
        "| batch | messages | imminent recall | elevated-or-higher recall | none flagged imminent "
        "| none flagged at all | written |",
        "|---|---|---|---|---|---|---|",
    ]
    for run in runs:
        lines.append(
            f"| {run['batch']} | {run['messages']} | {run['imminent_recall']} | "
            f"{run['elevated_or_higher_recall']} | {run['none_flagged_imminent']} | "
            f"{run['none_flagged_at_all']} | {run['note']} |"
        )
    return [*lines, ""]


def render(outcomes: Sequence[Outcome], data: Path) -> str:
    dev = [o for o in outcomes if o.case.split == "dev"]
    holdout = [o for o in outcomes if o.case.split == "holdout"]
    sections = groups(outcomes)
    try:
        shown = data.resolve().relative_to(ROOT)
    except ValueError:
        shown = data
    lines = [
        "# Safety screen report",
        "",
        "Generated by `python -m triage.eval_safety` (`make eval`); do not edit by hand.",
        f"Labelled set: `{shown}`, {len(outcomes)} messages "
        f"({len(dev)} dev, {len(holdout)} holdout). "
        "The screen ran text-only (patterns and MiniLM semantic layer, no Rasa intent), "
        "as it must when Rasa is down.",
        "",
        "Levels: *imminent* means happening now or about to (route 911, or 988 for self-harm); "
        "*elevated* means a risk that needs the safety question and a help line; "
        "*none* is everything else. See docs/safety-screen.md for the labelling guide.",
        "",
        *_first_runs(),
        "## Summary of this run",
        "",
        "Every holdout batch below has been looked at and has prompted general fixes, so "
        "these numbers are optimistic; the first-run table above is the estimate to quote.",
        "",
        "| set | messages | imminent recall (target 100%) | elevated-or-higher recall "
        "(target >= 95%) | none flagged imminent (target <= 3%) | none flagged at all |",
        "|---|---|---|---|---|---|",
    ]
    for name, group, _ in sections:
        values = [value for _, value, _ in targets(group)]
        none = [o for o in group if o.case.level == "none"]
        flagged = sum(o.predicted_rank >= 1 for o in none)
        lines.append(
            f"| {name} | {len(group)} | {values[0]} | {values[1]} | {values[2]} | "
            f"{_ratio(flagged, len(none))} |"
        )
    lines.append("")
    for name, group, note in sections:
        lines += section(name, group, note)
    return "\n".join(lines).rstrip() + "\n"


def evaluate(cases: Sequence[Case]) -> list[Outcome]:
    # Every layer loaded first: the learned layers otherwise load in the
    # background and the first messages would be screened without them.
    warm_up()
    return [Outcome(case, screen_text(case.text)) for case in cases]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Evaluate the risk screen.")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    args = parser.parse_args(argv)
    cases = load_cases(args.data)
    if args.data == DEFAULT_DATA:
        # Blind batches: written by someone who never saw the screen's rules or data.
        for blind in sorted(DEFAULT_DATA.parent.glob("blind_batch*.jsonl")):
            cases += load_cases(blind)
    outcomes = evaluate(cases)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(render(outcomes, args.data), encoding="utf-8")
    failed = False
    for name, group, _ in groups(outcomes):
        for label, value, met in targets(group):
            failed |= not met
            print(f"{name:18} {label:34} {value:18} {'ok' if met else 'MISSED'}")
    print(f"wrote {args.out}")
    return 1 if (failed and args.check) else 0


if __name__ == "__main__":
    sys.exit(main())
