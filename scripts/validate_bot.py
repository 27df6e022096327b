"""`rasa data validate`, strict, minus one warning Rasa gets wrong.

Rasa 3.6 reports a response as "not used in any story or rule" when only a
custom action (``dispatcher.utter_message(response=...)``) or a form's
``utter_ask_<slot>`` uses it. This runs the validator, drops exactly those
warnings for responses that really are used that way, and fails on anything else.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
UNUSED = re.compile(r"The utterance '(?P<name>\w+)' is not used in any story or rule")
WARNING = re.compile(r"UserWarning: (?P<text>.*)")


#: Responses Rasa's own default actions utter (action_default_fallback).
RASA_DEFAULT_RESPONSES = {"utter_default"}


def responses_used_outside_stories() -> set[str]:
    used = set(RASA_DEFAULT_RESPONSES)
    for path in (ROOT / "bot" / "actions").glob("*.py"):
        used |= set(re.findall(r'response="(utter_\w+)"', path.read_text()))
    domain = yaml.safe_load((ROOT / "bot" / "domain.yml").read_text())
    for form in (domain.get("forms") or {}).values():
        used |= {f"utter_ask_{slot}" for slot in form.get("required_slots", [])}
    return used


def main() -> int:
    command = [
        sys.executable, str(ROOT / "scripts" / "services.py"), "rasa-cli", "data", "validate",
        "--domain", "bot/domain.yml", "--data", "bot/data", "--config", "config.yml",
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    output = result.stdout + result.stderr
    allowed = responses_used_outside_stories()
    problems = []
    for line in output.splitlines():
        warning = WARNING.search(line)
        if not warning:
            continue
        unused = UNUSED.search(warning["text"])
        if unused and unused["name"] in allowed:
            continue
        problems.append(warning["text"])
    if result.returncode != 0 or problems:
        print("rasa data validate found problems:")
        for problem in problems:
            print(f"  - {problem}")
        if result.returncode != 0 and not problems:
            print(output[-3000:])
        return 1
    print(f"rasa data validate: clean ({len(allowed)} responses used by actions or forms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
