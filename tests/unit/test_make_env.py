"""`make run` creates .env once, with fresh secrets, and never overwrites it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def make_env(tmp_path: Path) -> str:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_env.py"), str(ROOT / ".env.example"),
         str(tmp_path / ".env")],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return result.stdout


def values(path: Path) -> dict[str, str]:
    lines = [line for line in path.read_text().splitlines() if "=" in line and line[0] != "#"]
    return dict(line.split("=", 1) for line in lines)


def test_env_gets_every_documented_setting_and_random_secrets(tmp_path: Path) -> None:
    make_env(tmp_path)
    env = values(tmp_path / ".env")
    example = values(ROOT / ".env.example")
    assert set(env) == set(example)
    for name in ("API_TOKEN", "RASA_TOKEN", "SECRET_KEY", "PSEUDONYM_KEY", "ENCRYPTION_KEY",
                 "TWILIO_AUTH_TOKEN"):  # fmt: skip
        assert len(env[name]) >= 40 and "generated" not in env[name]
    assert env["PUBLIC_BASE_URL"] == "http://127.0.0.1:8000"
    assert (tmp_path / ".env").stat().st_mode & 0o077 == 0  # readable by the owner only


def test_a_second_run_keeps_existing_values_and_adds_new_settings(tmp_path: Path) -> None:
    make_env(tmp_path)
    first = values(tmp_path / ".env")
    text = (tmp_path / ".env").read_text().replace(f"RASA_TOKEN={first['RASA_TOKEN']}\n", "")
    (tmp_path / ".env").write_text(text)

    output = make_env(tmp_path)

    second = values(tmp_path / ".env")
    assert "RASA_TOKEN" in output
    assert second["API_TOKEN"] == first["API_TOKEN"]
    assert second["RASA_TOKEN"] and second["RASA_TOKEN"] != first["RASA_TOKEN"]
