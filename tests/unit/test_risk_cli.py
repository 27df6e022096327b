"""`python -m triage.risk --jsonl FILE`: one JSON result per input line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_jsonl_prints_one_result_per_line(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        "\n".join(
            [
                json.dumps({"text": "he has a gun", "id": 7}),
                json.dumps("this noise is killing me"),
                json.dumps(
                    {"text": "please help", "intent": "risk_fire", "intent_confidence": 0.9}
                ),
                "not json at all, I want to die",
                json.dumps({"no_text": True}),
                "",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "triage.risk", "--jsonl", str(source)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(rows) == 6
    assert rows[0]["id"] == 7
    assert (rows[0]["level"], rows[0]["kind"], rows[0]["route"]) == ("imminent", "weapon", "911")
    assert rows[1]["level"] == "none"
    assert (rows[2]["level"], rows[2]["kind"]) == ("imminent", "fire")
    assert (rows[3]["level"], rows[3]["route"]) == ("elevated", "988")
    assert rows[4]["level"] == "none"
    assert rows[5]["level"] == "none"
