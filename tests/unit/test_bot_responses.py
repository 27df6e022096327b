"""Every bot message fits in two SMS segments and reads on SMS and on the web."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.actions.situation import CATEGORY_LABELS
from triage import gsm7

DOMAIN = yaml.safe_load((Path(__file__).resolve().parents[2] / "bot" / "domain.yml").read_text())
LONGEST_LABEL = max(CATEGORY_LABELS.values(), key=len)
RESPONSES = [
    (name, variant["text"])
    for name, variants in DOMAIN["responses"].items()
    for variant in variants
    if "text" in variant
]


@pytest.mark.parametrize(("name", "text"), RESPONSES, ids=[name for name, _ in RESPONSES])
def test_each_response_fits_in_320_characters_of_plain_sms(name: str, text: str) -> None:
    filled = text.replace("{category_label}", LONGEST_LABEL)
    assert len(filled) <= 320, f"{name} is {len(filled)} characters"
    assert gsm7.to_safe(filled) == filled, f"{name} has characters SMS would mangle"


@pytest.mark.parametrize(("name", "variants"), list(DOMAIN["responses"].items()))
def test_buttons_are_never_the_only_way_to_answer(name: str, variants: list[dict]) -> None:
    for variant in variants:
        text = variant.get("text", "").lower()
        for button in variant.get("buttons") or []:
            title = button["title"].lower()
            yes_no = title.split(",")[0] in ("yes", "no", "yes, please", "no, thanks")
            # Typing works as well as tapping: the text asks a yes/no question or
            # names the choice itself.
            assert (yes_no and "?" in text) or title in text, f"{name}: {button['title']}"
