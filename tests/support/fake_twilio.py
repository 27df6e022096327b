"""A small fake of Twilio's Messages endpoint on loopback, for the real ``twilio``
client to talk to (the machine cannot reach Twilio's cloud).

It checks HTTP basic auth like Twilio does, records every message it accepts,
and can be told to fail the next requests with a 5xx.
"""

from __future__ import annotations

import base64
import json
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

_PATH = re.compile(r"^/2010-04-01/Accounts/(?P<account>AC\w+)/Messages\.json$")


@dataclass
class FakeTwilio:
    account_sid: str
    auth_token: str
    messages: list[dict[str, Any]] = field(default_factory=list)
    fail_next: int = 0
    delay_seconds: float = 0.0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _server: ThreadingHTTPServer | None = None

    @property
    def base_url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def bodies_to(self, number: str) -> list[str]:
        with self._lock:
            return [m["Body"] for m in self.messages if m["To"] == number]

    def wait_for(self, number: str, count: int, timeout: float = 30.0) -> list[str]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            bodies = self.bodies_to(number)
            if len(bodies) >= count:
                return bodies
            time.sleep(0.1)
        return self.bodies_to(number)

    def start(self) -> FakeTwilio:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # quiet
                pass

            def do_POST(self) -> None:
                match = _PATH.match(self.path)
                expected = base64.b64encode(
                    f"{fake.account_sid}:{fake.auth_token}".encode()
                ).decode()
                if self.headers.get("Authorization") != f"Basic {expected}":
                    return self._json(
                        401, {"code": 20003, "message": "Authenticate", "status": 401}
                    )
                if not match or match["account"] != fake.account_sid:
                    return self._json(404, {"code": 20404, "message": "Not found", "status": 404})
                length = int(self.headers.get("Content-Length") or 0)
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
                if fake.delay_seconds:
                    time.sleep(fake.delay_seconds)
                with fake._lock:
                    if fake.fail_next > 0:
                        fake.fail_next -= 1
                        return self._json(
                            503, {"code": 20500, "message": "Unavailable", "status": 503}
                        )
                    sid = f"SM{len(fake.messages):032d}"
                    fake.messages.append({**form, "sid": sid})
                self._json(201, {"sid": sid, "status": "queued", "to": form.get("To"),
                                 "from": form.get("From"), "body": form.get("Body"),
                                 "account_sid": fake.account_sid})  # fmt: skip

            def _json(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
