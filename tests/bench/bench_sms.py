"""SMS benchmark: how fast the webhook acknowledges Twilio, and how long a
resident waits for the answer.

    python tests/bench/bench_sms.py [--rate 50] [--seconds 20] [--e2e 40]

Starts the whole stack (private Redis, Rasa with the newest model, action
server, gateway, SMS worker, a loopback fake of Twilio's Messages API), then:

1. sends signed webhook requests at a steady rate from distinct numbers and
   records each acknowledgement time (target: p99 < 50 ms at 50 requests/s);
2. sends messages one at a time and records the time from the webhook request
   to the reply reaching the Twilio fake (inbound to outbound).

Writes its section of docs/benchmarks.md. Only loopback addresses are used.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from datetime import date
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.common import cpu_model, summary, write_section  # noqa: E402
from tests.support.fake_twilio import FakeTwilio  # noqa: E402
from tests.support.stack import Stack, running_stack  # noqa: E402
from tests.support.twilio_signing import signature, sms_form  # noqa: E402

HEADING = "## SMS webhook and round trip (`gateway/routes/sms.py`, `gateway/sms/`)"


def signed_request(stack: Stack, number: str, body: str) -> tuple[dict[str, str], dict[str, str]]:
    form = sms_form(number, body)
    url = f"{stack.env['PUBLIC_BASE_URL']}/sms/twilio"
    return form, {"X-Twilio-Signature": signature(stack.env["TWILIO_AUTH_TOKEN"], url, form)}


async def acknowledgements(stack: Stack, rate: float, seconds: float) -> list[float]:
    """Milliseconds per webhook answer, requests sent at ``rate`` per second."""
    total = int(rate * seconds)
    requests = [signed_request(stack, f"+1917{i:07d}", "hi") for i in range(total)]
    samples: list[float] = []

    async with httpx.AsyncClient(base_url=stack.gateway_url, timeout=10) as client:

        async def one(form: dict[str, str], headers: dict[str, str]) -> None:
            start = time.perf_counter()
            response = await client.post("/sms/twilio", data=form, headers=headers)
            samples.append((time.perf_counter() - start) * 1000)
            response.raise_for_status()

        tasks = []
        begin = time.perf_counter()
        for index, (form, headers) in enumerate(requests):
            delay = begin + index / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one(form, headers)))
        await asyncio.gather(*tasks)
    return samples


def round_trips(stack: Stack, twilio: FakeTwilio, count: int) -> list[float]:
    """Milliseconds from the webhook request to the reply at the Twilio fake."""
    samples = []
    for i in range(count):
        number = f"+1646{i:07d}"
        form, headers = signed_request(stack, number, "my neighbor plays loud music every night")
        start = time.perf_counter()
        httpx.post(f"{stack.gateway_url}/sms/twilio", data=form, headers=headers, timeout=10)
        if twilio.wait_for(number, 1, timeout=30):
            samples.append((time.perf_counter() - start) * 1000)
    return samples


def drain(stack: Stack, twilio: FakeTwilio, expected: int, timeout: float = 600) -> None:
    """Wait until the worker has answered the load (so it doesn't skew the round trips)."""
    deadline = time.monotonic() + timeout
    while len(twilio.messages) < expected and time.monotonic() < deadline:
        time.sleep(1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rate", type=float, default=50)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--e2e", type=int, default=40)
    parser.add_argument("--report", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args()

    twilio = FakeTwilio(account_sid="", auth_token="").start()
    try:
        with running_stack(twilio.base_url) as stack:
            twilio.account_sid = stack.env["TWILIO_ACCOUNT_SID"]
            twilio.auth_token = stack.env["TWILIO_AUTH_TOKEN"]
            acks = asyncio.run(acknowledgements(stack, args.rate, args.seconds))
            load_start = time.monotonic()
            drain(stack, twilio, len(acks))
            drained_in = time.monotonic() - load_start
            trips = round_trips(stack, twilio, args.e2e)
    finally:
        twilio.stop()

    section = "\n".join(
        [
            HEADING,
            "",
            f"Run {date.today()} with `python tests/bench/bench_sms.py` "
            f"({len(acks)} webhook requests at {args.rate:g}/s, then {len(trips)} round trips "
            "one at a time).",
            "",
            f"- Machine: {cpu_model()}, {os.cpu_count()} cores; everything on loopback, Rasa "
            "with the newest model, one gateway process, one SMS worker",
            "",
            "Milliseconds:",
            "",
            "| what | n | p50 | p95 | p99 | max | mean |",
            "|---|---|---|---|---|---|---|",
            summary("webhook acknowledgement (signature, claim, queue, TwiML)", acks),
            summary("inbound to outbound (webhook to reply at the Twilio fake)", trips),
            "",
            f"The worker (bot turn and risk screen for each message) had answered all "
            f"{len(acks)} messages {drained_in:.0f} s after the last request.",
            "",
            "Target (issue 6): acknowledgement p99 < 50 ms at 50 requests/s on 2 cores.",
            "",
        ]
    )
    write_section(args.report, HEADING, section)
    print(section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
