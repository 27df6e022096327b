"""`make test-conversations`: the conversation tests in tests/conversations/.

    .venv/bin/python scripts/test_conversations.py [--keep-going] [--no-replay]

1. Starts a private redis-server, the action server and a Rasa server, each on a
   free port, with settings of their own (nothing is read from .env).
2. Runs `rasa test core --e2e` on tests/conversations/test_*.yml through
   `scripts/services.py rasa-cli`, with --fail-on-prediction-errors: the NLU
   must find each story's intent and entities, and the policies must predict
   each action. Results go to var/conversation-tests/.
3. Replays every story in tests/conversations/*.yml against the Rasa server,
   which runs the real custom actions on the action server, and checks that the
   tracker records the same intents, actions, form events and slot values. Rasa
   3.6's `rasa test` predicts actions without running them (slot events come
   from the story, and a form that would have taken the message is assumed to
   have rejected it), so only the replay shows that the stories are what
   residents really get. It also plays the gateway's part where a story has
   `action: utter_safety_check` (see gateway_safety_question.yml).
4. Stops everything it started, also on failure or Ctrl-C, and exits non-zero
   on any prediction error or difference.

--keep-going runs `rasa test` without --fail-on-prediction-errors, so that every
failing story is written to var/conversation-tests/failed_test_stories.yml
instead of only the first. --no-replay skips step 3 (and the Rasa server).
Needs a trained model in models/ (`make train`).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
SERVICES = ROOT / "scripts" / "services.py"
STORIES = ROOT / "tests" / "conversations"
OUT = ROOT / "var" / "conversation-tests"

#: What the gateway writes into the tracker after its safety question
#: (gateway/conversations/inbound.py, InboundHandler._stop_intake, elevated risk).
GATEWAY_SAFETY_EVENTS: list[dict[str, Any]] = [
    {"event": "active_loop", "name": None},
    {"event": "slot", "name": "requested_slot", "value": None},
    {"event": "action", "name": "utter_safety_check"},
    {"event": "bot", "text": "Are you or anyone else in danger right now? If so, call 911."},
    {"event": "action", "name": "action_listen"},
]
#: Actions Rasa runs on every turn, which stories do not mention.
IMPLICIT_ACTIONS = {
    "action_listen",
    "action_session_start",
    "action_extract_slots",
    "action_unlikely_intent",
}
ENTITY_MARKUP = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\{[^}]*\})")


# ---- processes -------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Service:
    """A child process in its own process group, its output in a log file."""

    def __init__(self, name: str, args: list[str], env: dict[str, str], log_dir: Path) -> None:
        self.name = name
        self.log_path = log_dir / f"{name}.log"
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                args, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True,
            )  # fmt: skip

    def wait_until(self, ready: Callable[[], bool], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited early:\n{self.log_tail()}")
            if ready():
                return
            time.sleep(0.25)
        raise RuntimeError(f"{self.name} not ready after {timeout:.0f} s:\n{self.log_tail()}")

    def stop(self) -> None:
        if self.process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(5)

    def log_tail(self, lines: int = 40) -> str:
        text = self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
        # Progress bars (tqdm) redraw with carriage returns: keep only real lines.
        kept = [line for line in text.splitlines() if "\r" not in line and "%|" not in line]
        return "\n".join(kept[-lines:])


def redis_ready(port: int) -> Callable[[], bool]:
    def check() -> bool:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(64).startswith(b"+PONG")
        except OSError:
            return False

    return check


def http_ready(url: str, **params: str) -> Callable[[], bool]:
    def check() -> bool:
        try:
            return httpx.get(url, params=params, timeout=1.0).status_code == 200
        except httpx.HTTPError:
            return False

    return check


def newest_model() -> Path:
    models = sorted((ROOT / "models").glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    if not models:
        sys.exit("error: no trained model in models/: run `make train` first")
    return models[-1]


def hermetic_env(redis_port: int) -> dict[str, str]:
    """Settings for every child: fresh ports and secrets, nothing from .env."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RASA_", "REDIS_"))}
    env.update(
        ENV_FILE="/nonexistent/.env",
        REDIS_URL=f"redis://127.0.0.1:{redis_port}/0",
        ACTION_SERVER_URL=f"http://127.0.0.1:{free_port()}",
        RASA_URL=f"http://127.0.0.1:{free_port()}",
        RASA_TOKEN=secrets.token_urlsafe(16),
        RETENTION_DAYS="1",
        RASA_TELEMETRY_ENABLED="false",
        HF_HUB_OFFLINE="1",
        PYTHONPATH=str(ROOT),
    )
    return env


@contextlib.contextmanager
def running_services(
    log_dir: Path, model: Path, with_rasa: bool
) -> Iterator[tuple[dict[str, str], dict[str, Service]]]:
    """Redis, the action server and (for the replay) a Rasa server, as (the
    settings they share, the services by name); always stopped."""
    services: dict[str, Service] = {}
    with tempfile.TemporaryDirectory(prefix="conversation-tests-redis-") as redis_dir:
        try:
            redis_port = free_port()
            binary = shutil.which("redis-server")
            if binary is None:
                sys.exit("error: redis-server is not installed: apt-get install redis-server")
            redis = Service(
                "redis",
                [binary, "--bind", "127.0.0.1", "--port", str(redis_port), "--dir", redis_dir,
                 "--save", "", "--appendonly", "no", "--protected-mode", "yes"],
                dict(os.environ), log_dir,
            )  # fmt: skip
            services["redis"] = redis
            redis.wait_until(redis_ready(redis_port), timeout=10)
            env = hermetic_env(redis_port)
            env["RASA_MODEL"] = str(model)

            actions = Service("actions", [str(PYTHON), str(SERVICES), "actions"], env, log_dir)
            services["actions"] = actions
            if with_rasa:  # the slowest to start (TensorFlow): starts while the rest runs
                services["rasa"] = Service(
                    "rasa", [str(PYTHON), str(SERVICES), "rasa"], env, log_dir
                )
            actions.wait_until(http_ready(f"{env['ACTION_SERVER_URL']}/health"), timeout=120)
            yield env, services
        finally:
            for service in reversed(services.values()):
                service.stop()


# ---- step 2: rasa test -----------------------------------------------------


def run_rasa_test(env: dict[str, str], model: Path, fail_fast: bool, log_dir: Path) -> bool:
    command = [
        str(PYTHON), str(SERVICES), "rasa-cli", "test", "core", "--e2e",
        "--stories", str(STORIES.relative_to(ROOT)),
        "--model", str(model.relative_to(ROOT)),
        "--endpoints", "endpoints.yml",
        "--out", str(OUT.relative_to(ROOT)),
        "--no-plot",
    ]  # fmt: skip
    if fail_fast:
        command.append("--fail-on-prediction-errors")
    print("$ " + " ".join(command[2:]), flush=True)
    test = Service("rasa-test", command, env, log_dir)
    try:
        returncode = test.process.wait()
    finally:
        test.stop()
    failed = OUT / "failed_test_stories.yml"
    all_good = failed.exists() and "None of the test stories failed" in failed.read_text()
    if returncode != 0 or not all_good:
        print(f"rasa test: FAILED (exit {returncode}); log: {test.log_path}")
        print(test.log_tail(60))
        if failed.exists() and not all_good:
            print(f"failed stories: {failed}")
        return False
    print(f"rasa test: every story passed ({OUT.relative_to(ROOT)}/)")
    return True


# ---- step 3: the replay ----------------------------------------------------

Item = tuple[Any, ...]
ANY_VALUE = object()


def same(actual: Item, expected: Item) -> bool:
    if expected[0] == "slot" and len(expected) == 3 and expected[2] is ANY_VALUE:
        return actual[:2] == expected[:2]
    return actual == expected


def expected_items(steps: list[dict[str, Any]]) -> list[Item]:
    items: list[Item] = []
    for step in steps:
        if "user" in step:
            items.append(("intent", step.get("intent")))
        elif "action" in step:
            items.append(("action", step["action"]))
        elif "active_loop" in step:
            items.append(("active_loop", step["active_loop"]))
        elif "slot_was_set" in step:
            for slot in step["slot_was_set"]:
                if isinstance(slot, str):  # `- name` alone: set to any value
                    items.append(("slot", slot, ANY_VALUE))
                else:
                    items += [("slot", name, value) for name, value in slot.items()]
        else:
            raise ValueError(f"step not supported by the replay: {step}")
    return items


def actual_items(events: list[dict[str, Any]]) -> list[Item]:
    items: list[Item] = []
    for event in events:
        kind = event.get("event")
        if kind == "user":
            items.append(("intent", (event.get("parse_data") or {}).get("intent", {}).get("name")))
        elif kind == "action" and event.get("name") not in IMPLICIT_ACTIONS:
            items.append(("action", event.get("name")))
        elif kind == "active_loop":
            items.append(("active_loop", event.get("name")))
        elif kind == "slot":
            items.append(("slot", event.get("name"), event.get("value")))
    return items


def first_difference(expected: list[Item], actual: list[Item]) -> tuple[int, int] | None:
    """Every expected item must occur in order; the actual intents, actions and
    form events must all be expected (extra slot events are allowed).
    Returns the positions of the first difference, or None."""
    j = 0
    for i, item in enumerate(actual):
        if j < len(expected) and same(item, expected[j]):
            j += 1
        elif item[0] != "slot":
            return i, j
    return None if j == len(expected) else (len(actual), j)


def show(item: Item) -> str:
    if item[0] == "slot":
        value = "(any value)" if item[2] is ANY_VALUE else json.dumps(item[2])
        return f"slot_was_set {item[1]}: {value}"
    return f"{item[0]}: {item[1]}"


def replay_story(
    http: httpx.Client, env: dict[str, str], steps: list[dict[str, Any]]
) -> str | None:
    """Play the story's user turns (and the gateway's part); None when the
    tracker matches the story, else what differs."""
    rasa, token = env["RASA_URL"], env["RASA_TOKEN"]
    sender = f"conversation-test-{uuid.uuid4().hex[:12]}"
    for step in steps:
        if "user" in step:
            text = ENTITY_MARKUP.sub(r"\1", str(step["user"])).strip()
            response = http.post(
                f"{rasa}/webhooks/gateway/webhook",
                params={"token": token},
                json={"sender": sender, "message": text, "metadata": {"channel": "test"}},
            )
            if response.status_code != 200:
                return f"Rasa answered {response.status_code} to {text!r}: {response.text[:300]}"
        elif step.get("action") == "utter_safety_check":
            response = http.post(
                f"{rasa}/conversations/{sender}/tracker/events",
                params={"token": token, "include_events": "NONE"},
                json=GATEWAY_SAFETY_EVENTS,
            )
            response.raise_for_status()
    tracker = http.get(f"{rasa}/conversations/{sender}/tracker", params={"token": token})
    tracker.raise_for_status()
    expected = expected_items(steps)
    actual = actual_items(tracker.json()["events"])
    difference = first_difference(expected, actual)
    if difference is None:
        return None
    i, j = difference
    lines = [f"  the story (> marks the step not found, {j + 1} of {len(expected)}):"]
    lines += [
        f"  {'>' if k == j else ' '} {show(expected[k])}"
        for k in range(max(0, j - 3), min(len(expected), j + 3))
    ]
    lines.append("  tracker (> marks the first difference):")
    lines += [
        f"  {'>' if k == i else ' '} {show(actual[k])}"
        for k in range(max(0, i - 3), min(len(actual), i + 4))
    ]
    if i >= len(actual):
        lines.append(f"    (end of the tracker; still expected: {show(expected[j])})")
    return "\n".join(lines)


def run_replay(env: dict[str, str], rasa: Service) -> bool:
    rasa.wait_until(http_ready(f"{env['RASA_URL']}/status", token=env["RASA_TOKEN"]), timeout=300)
    failures, count, report = 0, 0, []
    with httpx.Client(timeout=60) as http:
        for path in sorted(STORIES.glob("*.yml")):
            for story in yaml.safe_load(path.read_text()).get("stories") or []:
                count += 1
                name = f"{path.name}: {story['story']}"
                problem = replay_story(http, env, story["steps"])
                report.append(f"{'FAIL' if problem else 'ok  '} {name}")
                if problem:
                    failures += 1
                    report.append(problem)
                    print(f"replay: FAIL {name}\n{problem}", flush=True)
    (OUT / "replay.txt").write_text("\n".join(report) + "\n")
    if failures:
        print(f"replay: {failures} of {count} stories differ (var/conversation-tests/replay.txt)")
        return False
    print(f"replay: all {count} stories match what the running bot does")
    return True


# ---- main ------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep-going", action="store_true", help="report every failing story")
    parser.add_argument("--no-replay", action="store_true", help="only run `rasa test`")
    args = parser.parse_args()

    # SIGTERM (e.g. from make or CI) unwinds like Ctrl-C, so everything is stopped.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    model = newest_model()
    shutil.rmtree(OUT, ignore_errors=True)
    log_dir = OUT / "logs"
    log_dir.mkdir(parents=True)
    print(f"model: {model.name}; results and logs: {OUT.relative_to(ROOT)}/", flush=True)

    started = time.monotonic()
    with running_services(log_dir, model, with_rasa=not args.no_replay) as (env, services):
        passed = run_rasa_test(env, model, not args.keep_going, log_dir)
        if "rasa" in services:
            passed = run_replay(env, services["rasa"]) and passed
    print(f"conversation tests: {'passed' if passed else 'FAILED'} "
          f"in {time.monotonic() - started:.0f} s")  # fmt: skip
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
