"""Create or complete .env from .env.example, filling secrets with fresh random values.

Idempotent: an existing .env keeps every value it has; settings that appear in
.env.example but not yet in .env are appended (so an upgrade that adds a
setting does not need a hand edit). Standard library only: it runs before any
virtual environment exists.
"""

from __future__ import annotations

import base64
import secrets
import sys
from pathlib import Path

GENERATED = "<generated>"
GENERATED_FERNET = "<generated:fernet>"


def fresh_value(placeholder: str) -> str:
    if placeholder == GENERATED_FERNET:
        return base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()
    return secrets.token_urlsafe(32)


def parse_keys(text: str) -> set[str]:
    keys = set()
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            keys.add(line.split("=", 1)[0].strip())
    return keys


def render(example: str, skip: set[str]) -> list[str]:
    """Lines of the example whose key is not in ``skip``, secrets filled in."""
    out: list[str] = []
    for line in example.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#") and "=" in stripped:
            key, value = stripped.split("=", 1)
            if key in skip:
                continue
            if value.startswith("<generated"):
                line = f"{key}={fresh_value(value)}"
        out.append(line)
    return out


def main(example_path: str = ".env.example", env_path: str = ".env") -> int:
    example = Path(example_path).read_text()
    env = Path(env_path)
    if not env.exists():
        env.write_text("\n".join(render(example, set())) + "\n")
        env.chmod(0o600)
        print(f"created {env_path} with fresh secrets")
        return 0
    have = parse_keys(env.read_text())
    missing = parse_keys(example) - have
    if missing:
        added = [
            line
            for line in render(example, have)
            if "=" in line and not line.lstrip().startswith("#")
        ]
        with env.open("a") as f:
            f.write("\n# added from .env.example\n" + "\n".join(added) + "\n")
        print(f"added to {env_path}: {', '.join(sorted(missing))}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
