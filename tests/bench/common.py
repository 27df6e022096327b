"""What every benchmark script shares: percentiles, the machine, and writing
its own section of docs/benchmarks.md without touching the others'."""

from __future__ import annotations

import os
import platform
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    position = (len(ordered) - 1) * q / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def timed(call: Callable[[], object]) -> float:
    """Milliseconds one call takes."""
    start = time.perf_counter_ns()
    call()
    return (time.perf_counter_ns() - start) / 1e6


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def summary(label: str, samples: Sequence[float]) -> str:
    return (
        f"| {label} | {len(samples)} | {percentile(samples, 50):.1f} | "
        f"{percentile(samples, 95):.1f} | {percentile(samples, 99):.1f} | "
        f"{max(samples):.1f} | {statistics.fmean(samples):.1f} |"
    )


def write_section(path: Path, heading: str, section: str) -> None:
    """Replace this script's section of ``path`` (or append it), keep the rest."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip() == heading), None)
    if start is None:
        updated = text.rstrip("\n") + "\n\n" + section
    else:
        end = next(
            (i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines)
        )
        kept_after = "\n".join(lines[end:])
        updated = "\n".join(lines[:start]).rstrip("\n") + "\n\n" + section
        if kept_after:
            updated += "\n" + kept_after + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(updated, encoding="utf-8")


def pin_cores(count: int) -> int:
    """Run on at most ``count`` cores (Linux), as the targets assume; returns how many."""
    if count and hasattr(os, "sched_setaffinity"):
        available = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, available[:count])
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
