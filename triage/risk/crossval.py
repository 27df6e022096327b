"""Measure the learned layers honestly: k-fold cross-validation on the dev split.

    python -m triage.risk.crossval [--folds 5] [--holdout] [--sweep] [--batches]

Training on dev and testing on it would lie, so the dev split of
``tests/safety/messages.jsonl`` is cut into stratified folds (fixed seed); each
fold is screened by layers trained on everything else (the layer's own
training file, the bot's NLU examples and the other dev folds). Any training
example whose normalised text equals a test message is left out of that fold.

Reported per fold-union, for the rules and exemplars alone (patterns +
semantic), each learned layer alone (after the patterns' context vetoes), both
learned layers, and the whole screen: imminent recall, elevated-or-higher
recall, none flagged imminent and none flagged at all, in English and Spanish.
The rules and exemplars were tuned on dev, so their dev numbers are flattering;
the learned layers' are not.

``--batches`` measures instead by leaving out one blind batch at a time (the
dev batches 5 and up, each written by a different person): the layers train
on everything else and screen the batch left out, which is how well they read
a new writer's words. The rules were tuned on every one of these batches, so
only the learned layers' rows are honest there.

``--holdout`` also screens holdout batches 1-4 of the same file with layers
trained on all the training data (never on holdout): those numbers are for
the layers alone, the whole screen's are in ``make eval``. ``--sweep`` prints
what other probability thresholds would have given. Blind batches
(``blind_batch*.jsonl``) are never read here.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from triage.risk import learned, screen_text
from triage.risk.combine import corroborate, decide, filter_learned
from triage.risk.learned import Example
from triage.risk.normalize import normalize
from triage.risk.patterns import scan
from triage.risk.semantic import chunk

SEED = 20261124
VIEWS = ("rules+semantic", "embedding", "charngram", "learned", "screen")


@dataclass
class Outcome:
    example: Example
    language: str
    levels: dict[str, str]  # view -> level
    raw: dict[str, list[tuple[float, float, str | None, str | None]]]


def folds(examples: Sequence[Example], k: int) -> list[list[Example]]:
    """Stratified by level, deterministic."""
    out: list[list[Example]] = [[] for _ in range(k)]
    groups: dict[str, list[Example]] = defaultdict(list)
    for e in examples:
        groups[e.level].append(e)
    rng = random.Random(SEED)
    offset = 0
    for level in sorted(groups):
        members = sorted(groups[level], key=lambda e: e.text)
        rng.shuffle(members)
        for i, e in enumerate(members):
            out[(i + offset) % k].append(e)
        offset += len(members)
    return out


def _learned_alone(text: str, models: learned.Models) -> dict[str, str]:
    """Each learned layer's level on its own, read in the patterns' context,
    on every message (the screen skips them once a rule says imminent)."""
    from triage.risk import semantic

    normalized = normalize(text)
    chunks = chunk(normalized)
    vectors = semantic.chunk_vectors(chunks) if chunks else None
    hits = filter_learned(
        learned.score(normalized, chunks, vectors, models), scan(normalized), normalized
    )
    hits = corroborate([h for h in hits if h.label != "none"], [])
    signals = [h.to_signal() for h in hits]
    emb = [s for s in signals if s.get("layer") == "embedding"]
    chars = [s for s in signals if s.get("layer") == "charngram"]
    return {
        "embedding": decide(emb)[0],
        "charngram": decide(chars)[0],
        "learned": decide(emb + chars)[0],
    }


def _views(
    text: str, signals: list[dict[str, object]], level: str, models: learned.Models
) -> dict[str, str]:
    base = [s for s in signals if s.get("layer") in ("pattern", "semantic")]
    return {"rules+semantic": decide(base)[0], **_learned_alone(text, models), "screen": level}


def _raw(
    text: str, models: learned.Models
) -> dict[str, list[tuple[float, float, str | None, str | None]]]:
    """Per layer and window: P(imminent), P(elevated+), and the context veto
    or cap the patterns would apply (for threshold sweeps)."""
    from triage.risk import semantic

    normalized = normalize(text)
    hits = scan(normalized)
    chunks = chunk(normalized)
    pieces = learned.windows(normalized, chunks)
    if not pieces:
        return {}
    vectors = semantic.chunk_vectors(chunks)
    out: dict[str, list[tuple[float, float, str | None, str | None]]] = {}
    emb = np.stack([learned.message_vector(vectors[w.first : w.last + 1]) for w in pieces])
    for layer, feats in (
        (models.embedding, emb),
        (models.charngram, models.charngram.char_features([w.text for w in pieces])),
    ):
        rows = []
        for reading in layer.read(feats):
            w = pieces[reading.window]
            probe = learned.LearnedHit(
                layer.name, "imminent", "imminent", 1.0, reading.kind, 1.0, w.start, w.end, w.text
            )
            gated = filter_learned([probe], hits, normalized)[0]
            veto = gated.context if gated.level == "none" else None
            cap = gated.context if gated.level == "elevated" else None
            rows.append((reading.p_imminent, reading.p_elevated_or_higher, veto, cap))
        out[layer.name] = rows
    return out


def run(test: Sequence[Example], models: learned.Models, *, raw: bool = False) -> list[Outcome]:
    from triage.risk.language import detect_language

    learned.use_models(models)
    outcomes = []
    for e in test:
        result = screen_text(e.text)
        outcomes.append(
            Outcome(
                e,
                detect_language(e.text),
                _views(e.text, result.signals, result.level, models),
                _raw(e.text, models) if raw else {},
            )
        )
    learned.use_models(None)
    return outcomes


def _ratio(num: int, den: int) -> str:
    return f"{num}/{den} ({100 * num / den:.1f}%)" if den else "n/a"


def table(outcomes: Sequence[Outcome], title: str) -> str:
    lines = [
        f"### {title}",
        "",
        "| view | language | imminent recall | elevated-or-higher recall "
        "| none flagged imminent | none flagged at all |",
        "|---|---|---|---|---|---|",
    ]
    for view in VIEWS:
        for lang in ("all", "en", "es"):
            rows = [o for o in outcomes if lang == "all" or o.language == lang]
            imm = [o for o in rows if o.example.level == "imminent"]
            risky = [o for o in rows if o.example.level != "none"]
            none = [o for o in rows if o.example.level == "none"]
            lines.append(
                f"| {view} | {lang} "
                f"| {_ratio(sum(o.levels[view] == 'imminent' for o in imm), len(imm))} "
                f"| {_ratio(sum(o.levels[view] != 'none' for o in risky), len(risky))} "
                f"| {_ratio(sum(o.levels[view] == 'imminent' for o in none), len(none))} "
                f"| {_ratio(sum(o.levels[view] != 'none' for o in none), len(none))} |"
            )
    return "\n".join(lines)


def sweep(outcomes: Sequence[Outcome]) -> str:
    """Recall and false alarms of each layer alone at other thresholds."""
    lines = ["layer   t_elev t_imm | imm recall | elev+ recall | none->imm | none->any"]
    for o in outcomes:
        if "embedding" in o.raw and "charngram" in o.raw:
            o.raw["mean"] = [
                ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2, a[2] or b[2], a[3] or b[3])
                for a, b in zip(o.raw["embedding"], o.raw["charngram"], strict=True)
            ]
    for layer in (*learned.LAYERS, "mean"):
        for t_elev in (0.5, 0.6, 0.7, 0.8):
            for t_imm in (0.5, 0.6, 0.7, 0.8, 0.9):
                levels = []
                for o in outcomes:
                    level = 0
                    for p_imm, p_risk, veto, cap in o.raw.get(layer, []):
                        if veto:
                            continue
                        if p_imm >= t_imm:
                            level = max(level, 1 if cap else 2)
                        elif p_risk >= t_elev:
                            level = max(level, 1)
                    levels.append(level)
                imm = [
                    lv
                    for o, lv in zip(outcomes, levels, strict=True)
                    if o.example.level == "imminent"
                ]
                risky = [
                    lv for o, lv in zip(outcomes, levels, strict=True) if o.example.level != "none"
                ]
                none = [
                    lv for o, lv in zip(outcomes, levels, strict=True) if o.example.level == "none"
                ]
                lines.append(
                    f"{layer:9} {t_elev:.2f} {t_imm:.2f}"
                    f" | {sum(lv == 2 for lv in imm):3}/{len(imm)}"
                    f" | {sum(lv >= 1 for lv in risky):3}/{len(risky)}"
                    f" | {sum(lv == 2 for lv in none):3}/{len(none)}"
                    f" | {sum(lv >= 1 for lv in none):3}/{len(none)}"
                )
    return "\n".join(lines)


def crossvalidate(k: int, *, raw: bool = False) -> list[Outcome]:
    dev = learned.dev_examples()
    dev_keys = {normalize(e.text) for e in dev}
    base = [e for e in learned.training_examples(dev=[]) if normalize(e.text) not in dev_keys]
    vectors = learned.embed_messages([e.text for e in base + dev])
    where = {id(e): i for i, e in enumerate(base + dev)}
    outcomes: list[Outcome] = []
    for i, test in enumerate(folds(dev, k)):
        test_ids = {id(e) for e in test}
        train = base + [e for e in dev if id(e) not in test_ids]
        matrix = vectors[[where[id(e)] for e in train]]
        models = learned.Models(
            learned.fit_embedding(matrix, train), learned.fit_charngram(train), f"fold{i}"
        )
        outcomes += run(test, models, raw=raw)
        print(f"fold {i + 1}/{k} done", file=sys.stderr)
    return outcomes


def blind_batches() -> dict[str, list[Example]]:
    """The blind batches that became dev (tag ``batchN``, N >= 5), by tag."""
    out: dict[str, list[Example]] = defaultdict(list)
    for path in learned.safety_files():
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            tag = next((t for t in row.get("tags", ()) if t.startswith("batch")), "")
            if row.get("split") == "dev" and tag[5:].isdigit() and int(tag[5:]) >= 5:
                out[tag].append(Example(row["text"], row["level"], row.get("kind"), "dev"))
    return dict(sorted(out.items(), key=lambda item: int(item[0][5:])))


def leave_one_batch_out(*, raw: bool = False) -> list[Outcome]:
    dev = learned.dev_examples()
    dev_keys = {normalize(e.text) for e in dev}
    base = [e for e in learned.training_examples(dev=[]) if normalize(e.text) not in dev_keys]
    vectors = learned.embed_messages([e.text for e in base + dev])
    outcomes: list[Outcome] = []
    for tag, test in blind_batches().items():
        left_out = {normalize(e.text) for e in test}
        rows = [i for i, e in enumerate(base + dev) if normalize(e.text) not in left_out]
        train = [(base + dev)[i] for i in rows]
        models = learned.Models(
            learned.fit_embedding(vectors[rows], train), learned.fit_charngram(train), tag
        )
        outcomes += run(test, models, raw=raw)
        print(f"{tag} done", file=sys.stderr)
    return outcomes


def holdout_examples() -> list[Example]:
    """Holdout batches 1-4 of the labelled set (never a blind batch)."""
    rows = [
        json.loads(line)
        for line in learned.SAFETY_SET.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return [
        Example(r["text"], r["level"], r.get("kind"), "holdout")
        for r in rows
        if r["split"] == "holdout" and "batch5" not in r.get("tags", ())
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--holdout", action="store_true")
    parser.add_argument("--sweep", action="store_true")
    parser.add_argument("--batches", action="store_true", help="leave one blind batch out")
    args = parser.parse_args(argv)
    if args.batches:
        outcomes = leave_one_batch_out(raw=args.sweep)
        title = f"Blind batches, leave one batch out ({len(outcomes)} messages)"
    else:
        outcomes = crossvalidate(args.folds, raw=args.sweep)
        title = f"Dev, {args.folds}-fold cross-validation ({len(outcomes)} messages)"
    print(table(outcomes, title))
    if args.sweep:
        print(sweep(outcomes))
    if args.holdout:
        # No sweep here: thresholds are chosen on dev only.
        held = run(holdout_examples(), learned.build())
        print()
        print(table(held, f"Holdout batches 1-4 ({len(held)} messages), layers trained on all"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
