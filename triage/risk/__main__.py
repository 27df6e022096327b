"""``python -m triage.risk --jsonl FILE``: screen one message per line.

Each input line is a JSON object with "text" (and optionally "intent",
"intent_confidence" and "id", which is echoed back) or a bare JSON string; a
line that is not JSON is screened as plain text. Each output line is the
result's ``to_dict()``. ``-`` reads standard input.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import TextIO

from triage.risk.screening import screen


def _parse(line: str) -> tuple[str, str | None, float | None, object]:
    try:
        value = json.loads(line)
    except json.JSONDecodeError:
        return line, None, None, None
    if isinstance(value, str):
        return value, None, None, None
    if isinstance(value, dict):
        text = value.get("text")
        intent = value.get("intent")
        confidence = value.get("intent_confidence")
        return (
            text if isinstance(text, str) else "",
            intent if isinstance(intent, str) else None,
            float(confidence) if isinstance(confidence, int | float) else None,
            value.get("id"),
        )
    return "", None, None, None


def screen_lines(lines: TextIO) -> Iterator[dict[str, object]]:
    """One result per input line."""
    for raw in lines:
        line = raw.rstrip("\r\n")
        text, intent, confidence, ident = _parse(line)
        result = screen(text, intent=intent, intent_confidence=confidence).to_dict()
        if ident is not None:
            result = {"id": ident, **result}
        yield result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m triage.risk", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--jsonl", required=True, metavar="FILE", help="input file, or - for stdin")
    args = parser.parse_args(argv)
    if args.jsonl == "-":
        stream = sys.stdin
        for result in screen_lines(stream):
            print(json.dumps(result, ensure_ascii=False), flush=True)
        return 0
    with open(args.jsonl, encoding="utf-8") as handle:
        for result in screen_lines(handle):
            print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
