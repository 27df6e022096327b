"""`make run` brings the whole stack to ready, and Ctrl-C leaves nothing behind."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from tests.support.processes import ROOT, free_port
from tests.support.stack import stack_env

pytestmark = pytest.mark.e2e


def children_of(pid: int) -> dict[int, int]:
    """pid -> parent pid for every process on the machine."""
    table = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            # the command name may hold spaces: fields start after the last ')'
            table[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    return table


def descendants(root: int) -> set[int]:
    table = children_of(root)
    found, frontier = set(), {root}
    while frontier:
        frontier = {pid for pid, parent in table.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_make_run_starts_everything_and_ctrl_c_stops_it_all(tmp_path: Path) -> None:
    redis_port = free_port()
    env = stack_env(f"redis://127.0.0.1:{redis_port}/0")
    env_file = tmp_path / "test.env"
    env_file.write_text("".join(f"{k}={env[k]}\n" for k in (
        "ENVIRONMENT", "HOST", "PORT", "PUBLIC_BASE_URL", "REDIS_URL", "RASA_URL",
        "ACTION_SERVER_URL", "RASA_TOKEN", "API_TOKEN", "SECRET_KEY", "PSEUDONYM_KEY",
        "ENCRYPTION_KEY", "TWILIO_AUTH_TOKEN", "RETENTION_DAYS")))  # fmt: skip
    run_env = {**env, "ENV_FILE": str(env_file), "REDIS_DATA_DIR": str(tmp_path / "redis")}
    log = (tmp_path / "make-run.log").open("wb")
    # A terminal's Ctrl-C signals the whole foreground process group: make and honcho.
    make = subprocess.Popen(
        ["make", "run", f"ENV_FILE={env_file}"],
        cwd=ROOT, env=run_env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    started: set[int] = set()
    try:
        deadline = time.monotonic() + 420
        ready = None
        while time.monotonic() < deadline and make.poll() is None:
            started |= descendants(make.pid)
            try:
                ready = httpx.get(f"http://127.0.0.1:{env['PORT']}/readyz", timeout=2)
                if ready.status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(1)
        output = (tmp_path / "make-run.log").read_text(errors="replace")
        assert ready is not None and ready.status_code == 200, output[-3000:]
        assert f"http://127.0.0.1:{env['PORT']}/" in output  # the URLs are printed
        assert (tmp_path / "redis").is_dir()  # it started its own Redis there
        started |= descendants(make.pid)
        assert len(started) >= 5  # honcho, gateway, redis-server, rasa, action server
    finally:
        os.killpg(make.pid, signal.SIGINT)
        try:
            make.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(make.pid, signal.SIGKILL)
            raise
    time.sleep(1)
    left = sorted(pid for pid in started if alive(pid))
    assert left == [], f"processes left behind: {left}"
    with pytest.raises(httpx.HTTPError):
        httpx.get(f"http://127.0.0.1:{env['PORT']}/healthz", timeout=2)
