"""What a conversation remembers between messages, and the conversation eval's file checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from triage.eval_conversations import (
    ConversationFileError,
    Reading,
    load_conversations,
    on_time,
)
from triage.risk.followup import ConversationMemory
from triage.risk.result import RiskResult, route_for


def _risk(level: str, kind: str | None = None) -> RiskResult:
    return RiskResult(level=level, kind=kind, route=route_for(level, kind), signals=[])  # type: ignore[arg-type]


def test_the_safety_question_is_remembered_for_the_next_message_only() -> None:
    asked = ConversationMemory().after(_risk("elevated", "self_harm"))
    assert asked.asked_kind == "self_harm"
    assert asked.read(_risk("none"), "si").route == "988"
    answered = asked.after(_risk("imminent", "self_harm"))
    assert answered.asked_kind is None
    # right after the emergency a bare yes confirms it (followup._GOING_ON); a message later
    # it answers nothing
    later = answered.after(_risk("none"), "ok")
    assert later.read(_risk("none"), "yes").level == "none"


def test_the_highest_risk_keeps_its_first_kind_and_lets_an_arrival_through() -> None:
    memory = ConversationMemory().after(_risk("elevated", "threat"))
    memory = memory.after(_risk("elevated", "medical")).after(_risk("none"))
    assert (memory.highest_level, memory.highest_kind) == ("elevated", "threat")
    reading = memory.read(_risk("none"), "ya llegó, está en la puerta")
    assert (reading.level, reading.kind) == ("imminent", "threat")


def test_without_an_earlier_threat_an_arrival_is_ordinary() -> None:
    memory = ConversationMemory().after(_risk("none"))
    assert memory.read(_risk("none"), "he's here now").level == "none"


def _write(tmp_path: Path, *lines: object) -> Path:
    path = tmp_path / "conv.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("conversation", "says"),
    [
        ({"id": "a", "turns": []}, "'turns' must be a non-empty list"),
        ({"id": "a", "turns": [{"text": "hi", "level": "urgent"}]}, "turn 1: 'level'"),
        ({"id": "a", "turns": [{"text": " ", "level": "none"}]}, "'text' must be"),
        ({"id": "a", "turns": [{"text": "x", "level": "none", "kind": "fire"}]}, "null"),
        ({"id": "a", "turns": [{"text": "x", "level": "imminent", "kind": "fuego"}]}, "'kind'"),
    ],
)
def test_a_malformed_conversation_names_its_line_and_turn(
    tmp_path: Path, conversation: dict[str, object], says: str
) -> None:
    with pytest.raises(ConversationFileError, match=r"conv\.jsonl:1") as raised:
        load_conversations(_write(tmp_path, conversation))
    assert says in str(raised.value)


def test_a_repeated_id_and_broken_json_are_named(tmp_path: Path) -> None:
    turn = {"text": "hi", "level": "none", "kind": None}
    with pytest.raises(ConversationFileError, match=r"conv\.jsonl:2: id 'a' is used twice"):
        load_conversations(
            _write(tmp_path, {"id": "a", "turns": [turn]}, {"id": "a", "turns": [turn]})
        )
    path = tmp_path / "broken.jsonl"
    path.write_text('{"id": "a", "turns": [\n', encoding="utf-8")
    with pytest.raises(ConversationFileError, match=r"broken\.jsonl:1: not valid JSON"):
        load_conversations(path)


def test_a_danger_caught_a_message_late_is_not_on_time(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        {
            "id": "late",
            "turns": [
                {"text": "my ex said he'd kill me", "level": "elevated", "kind": "threat"},
                {"text": "he's here", "level": "imminent", "kind": "threat"},
                {"text": "he's kicking the door", "level": "imminent", "kind": "threat"},
            ],
        },
    )
    (conversation,) = load_conversations(path)
    late = Reading(conversation, (_risk("elevated", "threat"), _risk("none"), _risk("imminent")))
    early = Reading(conversation, (_risk("imminent"), _risk("imminent"), _risk("imminent")))
    assert on_time([late], "imminent") == (0, 1)
    assert on_time([late], "elevated") == (1, 1)
    assert on_time([late, early], "imminent") == (1, 2)


def test_the_memory_survives_the_gateways_stored_fields() -> None:
    memory = (
        ConversationMemory().after(_risk("elevated", "threat")).after(_risk("imminent", "weapon"))
    )
    fields = memory.to_fields()
    assert fields["risk_kinds"] == "threat,weapon"
    assert ConversationMemory.from_fields(fields) == memory
    assert ConversationMemory.from_fields({}) == ConversationMemory()


def test_someone_announced_as_coming_makes_the_next_bare_arrival_theirs() -> None:
    memory = ConversationMemory().after(_risk("elevated", "threat"))
    waiting = memory.after(_risk("none"), "waiting on the super, he said 10 min")
    assert waiting.expecting
    assert waiting.read(_risk("none"), "ok he's here").level == "none"
    assert ConversationMemory.from_fields(waiting.to_fields()) == waiting
    # for the next message only, and never for someone feared
    later = waiting.after(_risk("none"), "ok he's here")
    assert later.read(_risk("none"), "he's here now").level == "imminent"
    feared = memory.after(_risk("none"), "my ex is coming over tonight")
    assert not feared.expecting
    assert feared.read(_risk("none"), "he's here").level == "imminent"


def test_an_arrival_that_tells_a_danger_is_read_even_when_someone_was_expected() -> None:
    memory = ConversationMemory().after(_risk("elevated", "threat"))
    waiting = memory.after(_risk("none"), "mi prima viene en camino")
    reading = waiting.read(_risk("none"), "ya llegó el tipo y está gritando")
    assert reading.level == "imminent"


def test_an_arrival_named_otherwise_than_the_one_announced_is_someone_else() -> None:
    memory = ConversationMemory().after(_risk("elevated", "threat"))
    waiting = memory.after(_risk("none"), "my mom is coming to pick me up")
    assert waiting.expecting == "she"
    assert waiting.read(_risk("none"), "ok she's here").level == "none"
    assert waiting.read(_risk("none"), "omg he's here").level == "imminent"
    assert waiting.read(_risk("none"), "ya llegó").level == "none"


def test_after_domestic_violence_family_on_the_way_may_be_who_is_feared() -> None:
    memory = ConversationMemory().after(_risk("elevated", "domestic_violence"))
    brother = memory.after(_risk("none"), "mi hermano viene para acá")
    assert not brother.expecting
    assert brother.read(_risk("none"), "ya llegó").level == "imminent"
    friend = memory.after(_risk("none"), "mi amiga viene para acá")
    assert friend.expecting == "she"


def test_after_a_call_to_911_the_next_they_are_here_is_the_help_but_he_is_here_is_not() -> None:
    memory = ConversationMemory().after(_risk("imminent", "weapon"))
    called = memory.after(_risk("none"), "ok ya marqué al 911")
    assert called.expecting == "help"
    assert ConversationMemory.from_fields(called.to_fields()) == called
    assert called.read(_risk("none"), "ya llegaron").level == "none"
    assert called.read(_risk("none"), "theyre outside now").level == "none"
    # one person arriving may be the one feared, not the police
    assert called.read(_risk("none"), "hes outside now").level == "imminent"
    # without an emergency before, a call told expects no one
    quiet = ConversationMemory().after(_risk("none"), "i called 911 yesterday about the noise")
    assert quiet.expecting == ""


def test_a_place_leaves_the_safety_question_open_for_a_no_only() -> None:
    asked = ConversationMemory().after(_risk("elevated", "threat"))
    placed = asked.after(_risk("none"), "Flatbush, near Church Ave")
    assert placed.unanswered_kind == "threat" and placed.asked_kind is None
    assert ConversationMemory.from_fields(placed.to_fields()) == placed
    guess = RiskResult(
        level="imminent",
        kind="threat",
        route="911",
        signals=[{"layer": "embedding", "kind": "threat", "level": "imminent"}],
    )
    assert placed.read(guess, "nah we good for now, just shaken up").level == "none"
    # a yes after a place may answer the intake's next question: not read as the danger
    assert placed.read(_risk("none"), "yes").level == "none"
    # for the next message only
    later = placed.after(_risk("none"), "nah we good for now")
    assert later.unanswered_kind is None
