"""`make eval-nlu`: the newest model on the held-out NLU split -> docs/nlu-report.md.

The held-out examples (tests/nlu/holdout/) are never used for training. They
come in batches: batch 1 (situations_a.yml, situations_b.yml, risk.yml) was
written with the training data by the same engineers and its misses have been
read; batches 2 and 3 (batch2.yml, batch3.yml) were each written blind, from the
category definitions alone, by someone who never saw the training data (batch
2's results have since been read). The report gives, for all
of it and for each batch, per-intent precision, recall and F1 and the
macro-F1 over the situation-category intents (the quality target), then the
confusion matrix over the category intents and every miss.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from triage.categories import CATEGORY_INTENTS

ROOT = Path(__file__).resolve().parent.parent
HOLDOUT = ROOT / "tests" / "nlu" / "holdout"
OUT = ROOT / "var" / "nlu-eval"
REPORT = ROOT / "docs" / "nlu-report.md"
TARGET = 0.90


def _fallback_threshold() -> float:
    """config.yml's FallbackClassifier threshold: under it the bot asks to
    rephrase. `rasa test nlu` scores the intent beneath a fallback, so the
    report counts those messages apart."""
    config = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))
    for component in config.get("pipeline") or []:
        if component.get("name") == "FallbackClassifier":
            return float(component.get("threshold", 0.3))
    return 0.0


FALLBACK_THRESHOLD = _fallback_threshold()
#: Which file belongs to which batch; any other file counts as batch 1.
BATCHES = {"batch2.yml": "batch 2 (blind, seen)", "batch3.yml": "batch 3 (blind)"}


@dataclass(frozen=True)
class Prediction:
    text: str
    intent: str
    predicted: str
    confidence: float
    batch: str


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    support: int


def run_rasa_test() -> None:
    subprocess.run(
        [
            sys.executable, str(ROOT / "scripts" / "services.py"), "rasa-cli", "test", "nlu",
            "--nlu", str(HOLDOUT.relative_to(ROOT)), "--model", "models", "--out", str(OUT),
            "--no-plot", "--successes",
        ],
        check=True, cwd=ROOT, stdout=subprocess.DEVNULL,
    )  # fmt: skip


def batch_of_texts() -> dict[str, str]:
    """Each held-out text (as Rasa reports it: entity markup stripped) -> its batch."""
    out: dict[str, str] = {}
    for path in sorted(HOLDOUT.glob("*.yml")):
        batch = BATCHES.get(path.name, "batch 1")
        for item in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu") or []:
            for line in str(item.get("examples", "")).splitlines():
                if line.strip().startswith("- "):
                    out[_plain(line.strip()[2:])] = batch
    return out


def _plain(text: str) -> str:
    text = re.sub(r"\[([^\]]+)\]\{[^}]*\}", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    return " ".join(text.split())


def load_predictions() -> list[Prediction]:
    batches = batch_of_texts()
    rows = []
    for name in ("intent_successes.json", "intent_errors.json"):
        path = OUT / name
        if path.exists():
            rows += json.loads(path.read_text(encoding="utf-8"))
    return [
        Prediction(
            r["text"],
            r["intent"],
            r["intent_prediction"]["name"],
            float(r["intent_prediction"]["confidence"]),
            batches.get(" ".join(r["text"].split()), "batch 1"),
        )
        for r in rows
    ]


def scores(predictions: Sequence[Prediction]) -> dict[str, Scores]:
    intents = sorted({p.intent for p in predictions})
    out = {}
    for intent in intents:
        tp = sum(p.intent == intent and p.predicted == intent for p in predictions)
        predicted = sum(p.predicted == intent for p in predictions)
        support = sum(p.intent == intent for p in predictions)
        precision = tp / predicted if predicted else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[intent] = Scores(precision, recall, f1, support)
    return out


def macro_f1(table: dict[str, Scores], intents: Sequence[str]) -> float:
    present = [i for i in intents if i in table]
    return sum(table[i].f1 for i in present) / max(len(present), 1)


def _verdict(macro: float) -> str:
    return "met" if macro >= TARGET else "NOT met"


def _unsure(predictions: Sequence[Prediction]) -> str:
    low = [p for p in predictions if p.confidence < FALLBACK_THRESHOLD]
    right = sum(p.predicted == p.intent for p in low)
    return (
        f"Under the fallback threshold ({FALLBACK_THRESHOLD}), where the bot would ask to "
        f"rephrase: {len(low)} of {len(predictions)} ({right} of them with the right intent "
        "on top)."
    )


def section(title: str, predictions: Sequence[Prediction]) -> tuple[list[str], float]:
    table = scores(predictions)
    categories = [i for i in table if i in CATEGORY_INTENTS]
    macro = macro_f1(table, categories)
    lines = [
        f"## {title}",
        "",
        f"{len(predictions)} examples. **Macro-F1 over the {len(categories)} situation-category "
        f"intents: {macro:.3f}** (target {TARGET:.2f}: {_verdict(macro)}). Macro-F1 over all "
        f"{len(table)} intents: {macro_f1(table, list(table)):.3f}. {_unsure(predictions)}",
        "",
        "| intent | precision | recall | F1 | examples |",
        "|---|---|---|---|---|",
    ]
    for intent, s in table.items():
        mark = " (category)" if intent in categories else ""
        lines.append(
            f"| `{intent}`{mark} | {s.precision:.2f} | {s.recall:.2f} | {s.f1:.2f} | {s.support} |"
        )
    return [*lines, ""], macro


def confusion_matrix(predictions: Sequence[Prediction]) -> list[str]:
    """Rows: true category intent; columns: predicted (other intents pooled)."""
    cats = sorted({p.intent for p in predictions if p.intent in CATEGORY_INTENTS})
    short = {c: c.removeprefix("report_") for c in cats}
    counts = Counter(
        (p.intent, p.predicted if p.predicted in cats else "other")
        for p in predictions
        if p.intent in cats
    )
    cols = [*cats, "other"]
    lines = [
        "## Confusion matrix (situation-category intents, all batches)",
        "",
        "Rows are the true intent, columns the prediction; `other` pools every other intent "
        "(risk, conversation, fallback).",
        "",
        "| true \\ predicted | " + " | ".join(short.get(c, c) for c in cols) + " |",
        "|---|" + "---|" * len(cols),
    ]
    for row in cats:
        cells = [str(counts[(row, col)] or "·") for col in cols]
        lines.append(f"| {short[row]} | " + " | ".join(cells) + " |")
    return [*lines, ""]


def misses(predictions: Sequence[Prediction]) -> list[str]:
    lines = [
        "## Every miss",
        "",
        "| batch | true | predicted | confidence | text |",
        "|---|---|---|---|---|",
    ]
    wrong = sorted(
        (p for p in predictions if p.intent != p.predicted), key=lambda p: (p.batch, p.intent)
    )
    for p in wrong:
        text = p.text.replace("|", "/")
        lines.append(
            f"| {p.batch} | `{p.intent}` | `{p.predicted}` | {p.confidence:.2f} | {text} |"
        )
    return lines


def newest_model() -> str:
    models = sorted((ROOT / "models").glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    return models[-1].name if models else "(none)"


def render(predictions: Sequence[Prediction]) -> tuple[str, float]:
    overall, macro = section("All held-out batches", predictions)
    by_batch = []
    for batch in sorted({p.batch for p in predictions}):
        lines, _ = section(f"Held-out {batch}", [p for p in predictions if p.batch == batch])
        by_batch += lines
    head = [
        "# NLU report: held-out split",
        "",
        f"Generated by `make eval-nlu` on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC with model "
        f"`{newest_model()}`, on `tests/nlu/holdout/` (never used for training).",
        "",
        "Batch 1 (`situations_a.yml`, `situations_b.yml`, `risk.yml`) was written with the "
        "training data and its misses have been read while the data grew; batches 2 and 3 "
        "(`batch2.yml`, `batch3.yml`) were written blind from the category definitions "
        "alone; batch 2's results were read on 2026-11-30, so batch 3 is the honest "
        "estimate. First runs are logged in `docs/nlu-report-log.md`.",
        "",
    ]
    body = [*overall, *by_batch, *confusion_matrix(predictions), *misses(predictions)]
    return "\n".join(head + body) + "\n", macro


def main() -> int:
    run_rasa_test()
    predictions = load_predictions()
    text, macro = render(predictions)
    REPORT.write_text(text, encoding="utf-8")
    for batch in sorted({p.batch for p in predictions}):
        group = [p for p in predictions if p.batch == batch]
        table = scores(group)
        m = macro_f1(table, [i for i in table if i in CATEGORY_INTENTS])
        print(f"{batch}: macro-F1 over category intents {m:.3f} ({len(group)} examples)")
    print(f"all: macro-F1 over category intents {macro:.3f} (target {TARGET}); wrote {REPORT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
