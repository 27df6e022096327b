"""Start the project's real services for tests, and always stop them.

Each service runs in its own process group, so stopping it also stops anything
it started; nothing is left behind when a test run ends or fails.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
PYTHON = ROOT / ".venv" / "bin" / "python"
SERVICES = ROOT / "scripts" / "services.py"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Service:
    """One child process with its output in a log file (read on failure)."""

    def __init__(self, name: str, args: list[str], env: dict[str, str], log_dir: Path) -> None:
        self.name = name
        self.args = args
        self.env = env
        self.log_path = log_dir / f"{name}.log"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> Service:
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            self.args,
            env=self.env,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        return self

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 15.0) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, sig)
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(5)

    def log_tail(self, lines: int = 40) -> str:
        if not self.log_path.exists():
            return ""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def wait_until(self, ready: Callable[[], bool], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited early:\n{self.log_tail()}")
            if ready():
                return
            time.sleep(0.25)
        raise RuntimeError(f"{self.name} not ready after {timeout:.0f} s:\n{self.log_tail()}")


def http_ok(url: str, **params: str) -> Callable[[], bool]:
    def check() -> bool:
        try:
            return httpx.get(url, params=params, timeout=1.0).status_code == 200
        except httpx.HTTPError:
            return False

    return check


def tcp_open(port: int) -> Callable[[], bool]:
    def check() -> bool:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return True
        except OSError:
            return False

    return check


@contextlib.contextmanager
def redis_server(data_dir: Path) -> Iterator[str]:
    """A private redis-server on a free port; yields its URL."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise RuntimeError("redis-server is not installed: apt-get install redis-server")
    port = free_port()
    data_dir.mkdir(parents=True, exist_ok=True)
    service = Service(
        "redis",
        [binary, "--bind", "127.0.0.1", "--port", str(port), "--dir", str(data_dir),
         "--save", "", "--appendonly", "no", "--protected-mode", "yes"],
        dict(os.environ),
        data_dir,
    ).start()  # fmt: skip
    try:
        service.wait_until(tcp_open(port), timeout=10)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        service.stop()
