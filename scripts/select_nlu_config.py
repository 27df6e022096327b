"""Compare NLU pipelines on a validation split of the training data (never tests/nlu/).

    python scripts/select_nlu_config.py split                 # -> var/nlu-select/split/
    python scripts/select_nlu_config.py run NAME CONFIG.yml   # train on 80 %, test on 20 %
    python scripts/select_nlu_config.py report                # macro-F1 of every run

`split` puts, for every intent, a deterministic 20 % of bot/data/nlu/*.yml examples
(those with the smallest SHA-1 of their text, so adding examples moves few others)
in ``valid/`` and the rest, with the lookup tables and regexes, in ``train/``.
`run` trains an NLU model on ``train/`` with Rasa (``--out var/nlu-select/NAME``,
its own Rasa cache, nothing in models/ or .rasa/), runs ``rasa test nlu`` on
``valid/`` and prints the macro-F1 over the 16 situation-category intents, the
quality target of docs/nlu-report.md. One run at a time: it uses both cores.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from triage.categories import CATEGORY_INTENTS  # noqa: E402

NLU_DIR = ROOT / "bot" / "data" / "nlu"
OUT = ROOT / "var" / "nlu-select"
SPLIT = OUT / "split"
VALID_SHARE = 0.2


def _key(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def _write(path: Path, blocks: list[tuple[str, list[str]]], others: list[dict]) -> None:
    lines = ['version: "3.1"', "nlu:"]
    for intent, examples in blocks:
        lines += [f"- intent: {intent}", "  examples: |"]
        lines += [f"    - {example}" for example in examples]
    text = "\n".join(lines) + "\n"
    if others:
        text += yaml.safe_dump(others, allow_unicode=True, sort_keys=False)
    path.write_text(text)


def split() -> None:
    sources = sorted(NLU_DIR.glob("*.yml"))
    parsed = {path: yaml.safe_load(path.read_text())["nlu"] for path in sources}
    by_intent: dict[str, list[str]] = {}
    for items in parsed.values():
        for item in items:
            if "intent" in item:
                examples = [
                    line.strip()[2:]
                    for line in item["examples"].splitlines()
                    if line.strip().startswith("- ")
                ]
                by_intent.setdefault(item["intent"], []).extend(examples)
    valid: set[tuple[str, str]] = set()
    for intent, examples in by_intent.items():
        ranked = sorted(set(examples), key=_key)
        valid |= {(intent, e) for e in ranked[: round(len(ranked) * VALID_SHARE)]}
    for part in ("train", "valid"):
        (SPLIT / part).mkdir(parents=True, exist_ok=True)
        for old in (SPLIT / part).glob("*.yml"):
            old.unlink()
    counts = {"train": 0, "valid": 0}
    for path, items in parsed.items():
        train_blocks, valid_blocks, others = [], [], []
        for item in items:
            if "intent" not in item:
                others.append(item)
                continue
            examples = [
                line.strip()[2:]
                for line in item["examples"].splitlines()
                if line.strip().startswith("- ")
            ]
            held = [e for e in examples if (item["intent"], e) in valid]
            kept = [e for e in examples if (item["intent"], e) not in valid]
            if kept:
                train_blocks.append((item["intent"], kept))
            if held:
                valid_blocks.append((item["intent"], held))
            counts["train"] += len(kept)
            counts["valid"] += len(held)
        _write(SPLIT / "train" / path.name, train_blocks, others)
        if valid_blocks:
            _write(SPLIT / "valid" / path.name, valid_blocks, [])
    manifest = {p.name: hashlib.sha1(p.read_bytes()).hexdigest() for p in sources}
    (SPLIT / "sources.json").write_text(json.dumps(manifest, indent=2) + "\n")
    print(f"split: {counts['train']} training, {counts['valid']} validation examples")
    print(f"from {', '.join(p.name for p in sources)} -> {SPLIT.relative_to(ROOT)}/")


def _rasa(args: list[str], log: Path, env: dict[str, str]) -> None:
    command = [sys.executable, str(ROOT / "scripts" / "services.py"), "rasa-cli", *args]
    with log.open("a") as handle:
        subprocess.run(command, check=True, cwd=ROOT, stdout=handle, stderr=handle, env=env)


def macro_f1(report_path: Path) -> tuple[float, dict[str, float]]:
    report = json.loads(report_path.read_text())
    scores = {i: report[i]["f1-score"] for i in sorted(CATEGORY_INTENTS) if i in report}
    return sum(scores.values()) / max(len(scores), 1), scores


def run(name: str, config: Path) -> None:
    if not (SPLIT / "train").is_dir():
        sys.exit("run `split` first")
    out = OUT / name
    out.mkdir(parents=True, exist_ok=True)
    log = out / "rasa.log"
    log.write_text("")
    # A cache of its own: variants do not fill, or read from, the project's .rasa/.
    env = {**os.environ, "RASA_CACHE_DIRECTORY": str(OUT / "rasa-cache")}
    started = time.monotonic()
    _rasa(
        ["train", "nlu", "--config", str(config), "--nlu", str(SPLIT / "train"),
         "--out", str(out / "model"), "--fixed-model-name", "nlu"],
        log, env,
    )  # fmt: skip
    trained = time.monotonic() - started
    _rasa(
        ["test", "nlu", "--nlu", str(SPLIT / "valid"), "--model", str(out / "model" / "nlu.tar.gz"),
         "--out", str(out / "results"), "--no-plot"],
        log, env,
    )  # fmt: skip
    macro, scores = macro_f1(out / "results" / "intent_report.json")
    summary = {
        "name": name,
        "config": str(config),
        "macro_f1_categories": round(macro, 4),
        "train_seconds": round(trained),
        "per_intent_f1": {k: round(v, 3) for k, v in scores.items()},
        "split": json.loads((SPLIT / "sources.json").read_text()),
    }
    (out / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")
    print(f"{name}: category macro-F1 {macro:.4f} ({len(scores)} intents), train {trained:.0f} s")


def report() -> None:
    for path in sorted(OUT.glob("*/summary.json")):
        summary = json.loads(path.read_text())
        print(
            f"{summary['name']:<28} {summary['macro_f1_categories']:.4f}  "
            f"train {summary['train_seconds']} s  ({summary['config']})"
        )


def main(argv: list[str]) -> None:
    if argv[:1] == ["split"]:
        split()
    elif argv[:1] == ["run"] and len(argv) == 3:
        run(argv[1], Path(argv[2]).resolve())
    elif argv[:1] == ["report"]:
        report()
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
