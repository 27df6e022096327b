"""Benchmark resource matching: latency per query once the model is loaded.

Run from the repository root::

    python tests/bench/bench_matching.py [--queries 2000] [--cores 2] [--no-write] [--check]

Queries are the resident descriptions of ``tests/eval/matching_cases.yml``,
cycled. Each query is one ``Matcher.match`` call (embed the resident's words,
filter, rank, hours) and, separately, match plus SMS/web formatting. Start-up
costs (model load, directory embeddings cold and from the disk cache) are
reported apart. Results go to ``docs/benchmarks.md`` under their own heading,
replacing the previous run of this script and leaving other sections alone.

This is a script, not a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date, datetime
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.common import cpu_model, percentile, pin_cores, summary, timed, write_section  # noqa: E402

HEADING = "## Resource matching (`triage.matching`)"
TARGET_P95_MS = 30.0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--warmup", type=int, default=50)
    parser.add_argument("--cores", type=int, default=2, help="pin to this many cores (Linux)")
    parser.add_argument("--report", type=Path, default=ROOT / "docs" / "benchmarks.md")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--check", action="store_true", help=f"exit 1 if p95 >= {TARGET_P95_MS} ms")
    args = parser.parse_args(argv)

    cores = pin_cores(args.cores)

    # Imported after pinning so that torch sizes its pools for the pinned cores.
    import sentence_transformers
    import torch

    from triage import embedding
    from triage.directory import load_directory
    from triage.eval_matching import load_cases
    from triage.formatting import resources_metadata, sms_referral, web_referral
    from triage.matching import Matcher
    from triage.matching.index import clear_memory_cache

    start = time.perf_counter()
    directory = load_directory()
    load_ms = (time.perf_counter() - start) * 1000
    model_ms = timed(embedding.get_model)

    with tempfile.TemporaryDirectory() as cache:
        clear_memory_cache()
        cold_ms = timed(lambda: Matcher(directory, cache_dir=cache).index)
        clear_memory_cache()
        warm_ms = timed(lambda: Matcher(directory, cache_dir=cache).index)
    matcher = Matcher(directory, cache_dir=None)
    _ = matcher.index

    cases = load_cases()
    queries = [(c.category, c.text, c.borough, c.when) for c in cases]
    for i in range(args.warmup):
        matcher.match(*queries[i % len(queries)])

    def match_only(query: tuple[str, str, str | None, datetime]) -> None:
        matcher.match(*query)

    def match_and_format(query: tuple[str, str, str | None, datetime]) -> None:
        result = matcher.match(*query)
        sms_referral(result)
        web_referral(result)
        resources_metadata(result)

    match_ms: list[float] = []
    full_ms: list[float] = []
    for i in range(args.queries):
        query = queries[i % len(queries)]
        match_ms.append(timed(partial(match_only, query)))
        full_ms.append(timed(partial(match_and_format, query)))

    # Other processes on the same cores (a Rasa training, the gateway) inflate the
    # tail; the load average says how quiet the machine was.
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    p95 = percentile(match_ms, 95)
    verdict = "meets" if p95 < TARGET_P95_MS else "MISSES"
    section = "\n".join(
        [
            HEADING,
            "",
            (
                f"Run {date.today().isoformat()} with `python tests/bench/bench_matching.py` "
                f"({args.queries} queries cycled over the {len(queries)} eval descriptions, "
                f"{args.warmup} warm-up)."
            ),
            "",
            (
                f"- Machine: {cpu_model()}, {cores} cores used "
                f"(pinned), torch threads {torch.get_num_threads()}, "
                f"load average {load:.2f} at the end of the run"
            ),
            (
                f"- Python {platform.python_version()}, torch {torch.__version__}, "
                f"sentence-transformers {sentence_transformers.__version__}, "
                f"model {embedding.MODEL_NAME}"
            ),
            (
                f"- Directory: {len(directory.services)} services, "
                f"{len(matcher.index.texts)} embedded texts, content {directory.content_hash[:12]}"
            ),
            "",
            "Per query, after start-up (milliseconds):",
            "",
            "| what | n | p50 | p95 | p99 | max | mean |",
            "|---|---|---|---|---|---|---|",
            summary("`match()`", match_ms),
            summary("`match()` + SMS, web and metadata formatting", full_ms),
            "",
            "Start-up, once per process (milliseconds):",
            "",
            f"- load and validate the directory: {load_ms:.0f}",
            f"- load the model: {model_ms:.0f}",
            f"- embed the directory (no cache): {cold_ms:.0f}",
            f"- read directory embeddings from `var/cache/`: {warm_ms:.0f}",
            "",
            (
                f"Target (issue 4): p95 < {TARGET_P95_MS:.0f} ms per query on 2 cores; "
                f"this run {verdict} it (p95 {p95:.1f} ms)."
            ),
            "",
        ]
    )
    print(section)
    if not args.no_write:
        write_section(args.report, HEADING, section)
        print(f"written to {args.report}")
    return 1 if args.check and p95 >= TARGET_P95_MS else 0


if __name__ == "__main__":
    sys.exit(main())
