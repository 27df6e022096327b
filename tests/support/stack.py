"""The whole help line started for end-to-end tests: Redis, Rasa (with the newest
trained model), the action server and the gateway, each on a free port."""

from __future__ import annotations

import base64
import os
import secrets
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .processes import PYTHON, ROOT, SERVICES, Service, free_port, http_ok, redis_server


@dataclass
class Stack:
    env: dict[str, str]
    log_dir: Path
    services: dict[str, Service] = field(default_factory=dict)
    twilio: Any = None  # the FakeTwilio outbound SMS go to

    @property
    def gateway_url(self) -> str:
        return f"http://127.0.0.1:{self.env['PORT']}"

    @property
    def redis_url(self) -> str:
        return self.env["REDIS_URL"]

    def start(self, name: str, timeout: float = 180.0) -> Service:
        service = Service(name, [str(PYTHON), str(SERVICES), name], self.env, self.log_dir).start()
        self.services[name] = service
        ready = {
            "rasa": http_ok(f"{self.env['RASA_URL']}/status", token=self.env["RASA_TOKEN"]),
            "actions": http_ok(f"{self.env['ACTION_SERVER_URL']}/health"),
            "gateway": http_ok(f"{self.gateway_url}/healthz"),
            "sms-worker": lambda: "sms worker" in service.log_tail(),
        }[name]
        service.wait_until(ready, timeout)
        return service

    def stop(self, name: str) -> None:
        self.services[name].stop()


def stack_env(redis_url: str, twilio_url: str = "") -> dict[str, str]:
    rasa_port, actions_port, gateway_port = free_port(), free_port(), free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RASA_", "REDIS_"))}
    env.update(
        ENV_FILE="/nonexistent/.env",  # hermetic: nothing from a developer's .env
        ENVIRONMENT="development",
        HOST="127.0.0.1",
        PORT=str(gateway_port),
        PUBLIC_BASE_URL=f"http://127.0.0.1:{gateway_port}",
        REDIS_URL=redis_url,
        RASA_URL=f"http://127.0.0.1:{rasa_port}",
        ACTION_SERVER_URL=f"http://127.0.0.1:{actions_port}",
        RASA_TOKEN=secrets.token_urlsafe(16),
        API_TOKEN=secrets.token_urlsafe(16),
        SECRET_KEY=secrets.token_urlsafe(16),
        PSEUDONYM_KEY=secrets.token_urlsafe(16),
        ENCRYPTION_KEY=base64.urlsafe_b64encode(secrets.token_bytes(32)).decode(),
        TWILIO_AUTH_TOKEN=secrets.token_urlsafe(16),
        TWILIO_ACCOUNT_SID="AC" + secrets.token_hex(16),
        TWILIO_FROM_NUMBER="+15555550100",
        TWILIO_API_BASE_URL=twilio_url,
        SMS_WORKER_NAME="e2e-worker",
        RETENTION_DAYS="1",
        RASA_TIMEOUT_SECONDS="10",
        RASA_TELEMETRY_ENABLED="false",
        HF_HUB_OFFLINE="1",
    )
    return env


@contextmanager
def running_stack(twilio_url: str = "") -> Iterator[Stack]:
    if not any((ROOT / "models").glob("*.tar.gz")):
        raise RuntimeError("no trained model in models/: run `make train` first")
    with ExitStack() as cleanup:
        log_dir = Path(cleanup.enter_context(tempfile.TemporaryDirectory(prefix="e2e-")))
        redis_url = cleanup.enter_context(redis_server(log_dir / "redis"))
        stack = Stack(env=stack_env(redis_url, twilio_url), log_dir=log_dir)
        try:
            # Rasa takes longest to start (TensorFlow); the others start meanwhile.
            stack.services["rasa"] = Service(
                "rasa", [str(PYTHON), str(SERVICES), "rasa"], stack.env, log_dir
            ).start()
            stack.start("actions")
            stack.start("gateway")
            stack.start("sms-worker")
            stack.services["rasa"].wait_until(
                http_ok(f"{stack.env['RASA_URL']}/status", token=stack.env["RASA_TOKEN"]),
                timeout=240,
            )
            yield stack
        finally:
            for service in reversed(list(stack.services.values())):
                service.stop()
