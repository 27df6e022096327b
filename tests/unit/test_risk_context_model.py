"""The conversation model (``triage.risk.context_model``): what it reads after a risk,
what it must leave to the rules or alone, and what it is trained on.

The conversations below were written for these tests, after the model was trained,
and are in none of the conversation batches.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from triage.risk import context_model, screen_text, warm_up
from triage.risk.followup import ConversationMemory
from triage.risk.result import RiskResult


@pytest.fixture(autouse=True, scope="module")
def _fitted_model() -> None:
    """The gateway loads every layer at start-up; tests do it here."""
    warm_up()


def _read(*texts: str) -> list[RiskResult]:
    memory, results = ConversationMemory(), []
    for text in texts:
        result = memory.read(screen_text(text), text)
        memory = memory.after(result, text)
        results.append(result)
    return results


def _by_model(result: RiskResult) -> bool:
    return any(s.get("id") == "context_model" for s in result.signals)


def test_the_danger_told_before_coming_back_in_new_words_is_imminent() -> None:
    opener, now = _read(
        "my uber driver keeps asking where i live and if im alone, its weird",
        "he missed my exit on purpose and locked the doors",
    )
    assert opener.level == "elevated"
    assert now.level == "imminent" and now.route == "911"
    assert _by_model(now)
    assert now.kind == opener.kind  # the danger told before is the one here now


@pytest.mark.parametrize(
    "follow_up",
    [
        "el tecnico ya esta aqui subiendo",  # someone expected
        "ella me viene a buscar ahorita pa irnos",
        "anoche me tiro un plato y me grito toda la noche",  # told, not happening
        "every night he comes home drunk and yells at us",
        "no, he left for work an hour ago",  # an answer of no
        "ok thank you, can someone call me tomorrow",
        "he just got home",  # a few words: the rules' to read
    ],
)
def test_what_the_model_leaves_alone(follow_up: str) -> None:
    _, result = _read("my husband pushed me against the wall on sunday", follow_up)
    assert not _by_model(result)


def test_it_reads_nothing_before_a_risk_or_right_after_an_emergency() -> None:
    (first,) = _read("he missed my exit on purpose and locked the doors")
    assert not _by_model(first)
    *_, after = _read(
        "mi esposo tiene un cuchillo y me esta amenazando ahora mismo",
        "ya me encerre en el baño con los niños y el sigue gritando afuera",
    )
    assert not _by_model(after)


def test_without_the_model_loaded_the_conversation_is_read_by_the_rules_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(context_model, "_model", None)
    _, now = _read(
        "my uber driver keeps asking where i live and if im alone, its weird",
        "he missed my exit on purpose and locked the doors",
    )
    assert not _by_model(now)


def _conversation(turns: list[tuple[str, str, str | None]]) -> str:
    return json.dumps(
        {"id": "x", "turns": [{"text": t, "level": lv, "kind": k} for t, lv, k in turns]}
    )


def test_it_trains_on_messages_after_a_risk_and_never_on_later_batches(tmp_path: Path) -> None:
    turns = [
        ("hola, tengo una pregunta", "none", None),
        ("mi ex me amenazo ayer", "elevated", "threat"),
        ("ya llego, esta en la puerta", "imminent", "threat"),
        ("la policia ya esta aqui", "none", None),
    ]
    (tmp_path / "blind_conv3.jsonl").write_text(_conversation(turns) + "\n", encoding="utf-8")
    (tmp_path / "blind_conv99.jsonl").write_text(_conversation(turns) + "\n", encoding="utf-8")
    found = context_model.examples(tmp_path, last_batch=44)
    # the first message has no risk before it; the last follows an emergency
    assert [(e.text, e.imminent, e.batch) for e in found] == [
        ("ya llego, esta en la puerta", True, 3)
    ]
    assert found[0].memory.tokens() == {"last=elevated", "high=elevated", "kind=threat", "asked"}


def test_a_malformed_conversation_file_is_named_and_left_out(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    turns = [("mi ex me amenazo ayer", "elevated", "threat"), ("ya llego", "imminent", "threat")]
    (tmp_path / "blind_conv1.jsonl").write_text(_conversation(turns) + "\n", encoding="utf-8")
    (tmp_path / "blind_conv2.jsonl").write_text('{"id": "y", "turns": [\n', encoding="utf-8")
    found = context_model.examples(tmp_path)
    assert [e.text for e in found] == ["ya llego"]
    assert "blind_conv2.jsonl:1" in caplog.text
