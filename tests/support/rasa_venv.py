"""Run a Python snippet inside .venv-rasa (where Rasa lives, without torch), with the
MiniLM weights found as the Rasa processes find them, and read back its JSON."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

from scripts.services import minilm_model_dir

ROOT = Path(__file__).resolve().parents[2]
RASA_PYTHON = ROOT / ".venv-rasa" / "bin" / "python"


def run_in_rasa_venv(script: str, argument: Any) -> Any:
    """Run ``script`` with ``json.dumps(argument)`` as argv[1]; return the JSON on
    its last line of output."""
    model_dir = minilm_model_dir()
    assert model_dir is not None
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MINILM_MODEL_DIR": str(model_dir)}
    env.update(TF_CPP_MIN_LOG_LEVEL="2", PYTHONWARNINGS="ignore")
    result = subprocess.run(
        [str(RASA_PYTHON), "-c", script, json.dumps(argument)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])
