"""A reply to the safety question is read as an answer to it."""

from __future__ import annotations

import pytest

from triage.risk import RiskResult, screen_text
from triage.risk.company import without_helper_arriving
from triage.risk.followup import (
    ConversationMemory,
    act_after_ideation,
    answer_to_safety_question,
    answers_no,
    arrival_after_threat,
    read_in_conversation,
)
from triage.risk.normalize import normalize
from triage.risk.over import OVER, help_took_over
from triage.risk.result import route_for


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("yes", "en"),
        ("YES PLEASE", "en"),
        ("yeah he's still here", "en"),
        ("ok yes", "en"),
        ("i think so", "en"),
        ("y", "en"),
        ("he's outside the door", "en"),
        ("help", "en"),
        ("sí", "es"),
        ("si, todavía está aquí", "es"),
        ("sii por favor", "es"),
        ("creo que sí", "es"),
        ("sigue afuera", "es"),
        ("auxilio", "es"),
    ],
)
def test_a_yes_is_imminent_and_keeps_the_kind_that_was_asked_about(
    text: str, language: str
) -> None:
    answer = answer_to_safety_question(text, "domestic_violence")
    assert answer is not None
    assert (answer.level, answer.kind, answer.route) == ("imminent", "domestic_violence", "911")
    assert answer.language == language
    assert answer.signals[0]["id"] == "yes_to_safety_question"


@pytest.mark.parametrize(
    "text",
    [
        "no",
        "no, he left",
        "yeah he left an hour ago",
        "yes im safe now",
        "si pero ya estoy bien",
        "si vuelve te escribo",
        "help me find a shelter for tonight",
        "ayuda con la renta",
        "he is gone",
        "nobody is hurt",
        "ok thanks",
        "",
        "😂",
    ],
)
def test_no_and_anything_that_is_not_a_yes_is_left_alone(text: str) -> None:
    assert answer_to_safety_question(text, "violence") is None


def test_a_yes_after_suicidal_words_routes_to_988() -> None:
    answer = answer_to_safety_question("yes", "self_harm")
    assert answer is not None and answer.route == "988"


def test_the_conversation_keeps_the_text_screen_when_it_is_already_imminent() -> None:
    screened = screen_text("yes he has a gun and he is pointing it at me")
    assert screened.level == "imminent"
    assert (
        read_in_conversation(
            screened, "yes he has a gun and he is pointing it at me", asked_kind="threat"
        )
        is screened
    )


def test_the_conversation_raises_a_plain_yes_and_keeps_the_screens_signals() -> None:
    screened = screen_text("yes")
    assert screened.level == "none"
    result = read_in_conversation(screened, "yes", asked_kind="violence")
    assert (result.level, result.route) == ("imminent", "911")
    assert result.signals[0]["layer"] == "conversation"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("he's outside my door", "en"),
        ("HE IS BACK", "en"),
        ("my ex just pulled up", "en"),
        ("he's banging on the door now", "en"),
        ("ya llegó", "es"),
        ("está afuera de la casa", "es"),
        ("esta tocando y quiere entrar", "es"),
        ("sí, ya llegó", "es"),
    ],
)
def test_the_feared_person_arriving_after_a_threat_is_imminent(text: str, language: str) -> None:
    reading = arrival_after_threat(text, {"domestic_violence"})
    assert reading is not None
    assert (reading.level, reading.kind, reading.route) == ("imminent", "domestic_violence", "911")
    assert reading.language == language


@pytest.mark.parametrize(
    "text",
    [
        "he's not here",
        "todavía no llega",
        "no ha vuelto",
        "he came back yesterday for his stuff",
        "what do i do if he comes back",
        "si vuelve te escribo",
        "he's back but he left again",
        "ok thanks",
    ],
)
def test_no_arrival_is_read_where_none_is_told(text: str) -> None:
    assert arrival_after_threat(text, {"threat"}) is None


@pytest.mark.parametrize("kind", [None, "medical", "overdose", "self_harm", "fire"])
def test_an_arrival_means_nothing_without_a_person_to_fear(kind: str | None) -> None:
    assert arrival_after_threat("he's here", {kind} if kind else set()) is None


def test_an_arrival_after_a_threat_is_read_in_the_conversation() -> None:
    result = read_in_conversation(screen_text("ya llego"), "ya llego", earlier_kind="threat")
    assert (result.level, result.kind) == ("imminent", "threat")
    assert result.signals[0]["id"] == "arrived_after_threat"


def _read(text: str, result: RiskResult | None = None, **memory: object) -> RiskResult:
    return read_in_conversation(result or screen_text(text), text, **memory)  # type: ignore[arg-type]


#: The text screen finding nothing: what the rules alone read in these follow-ups (the
#: learned layers guess a kind of their own).
_NOTHING = RiskResult(level="none", kind=None, route=None, signals=[])


def _learned_only(level: str, kind: str) -> RiskResult:
    signal = {"layer": "charngram", "label": level, "kind": kind, "level": level}
    return RiskResult(level=level, kind=kind, route=route_for(level, kind), signals=[signal])  # type: ignore[arg-type]


def _after_emergency(text: str, kind: str, result: RiskResult | None = None) -> RiskResult:
    """``text``, screened as ``result`` (by default the learned layers alone reading a risk
    of ``kind``), right after an emergency of that kind."""
    return _read(
        text,
        result or _learned_only("elevated", kind),
        last_level="imminent",
        highest_level="imminent",
        earlier_kind=kind,
        earlier_kinds=(kind,),
    )


@pytest.mark.parametrize(
    "text",
    [
        "I did it",
        "ya lo acabo de hacer",
        "ya me despedí de todos",
        "i wrote my notes, they're on the table",
    ],
)
def test_after_suicidal_words_the_act_told_is_imminent_and_routes_to_988(text: str) -> None:
    reading = act_after_ideation(text, {"self_harm"})
    assert reading is not None
    assert (reading.level, reading.route) == ("imminent", "988")


@pytest.mark.parametrize(
    "text", ["no lo hice", "i didn't do it, i'm scared", "I did it!! got the job"]
)
def test_an_act_denied_or_told_without_suicidal_words_before_is_not_read(text: str) -> None:
    kinds = {"self_harm"} if "job" not in text else {"violence"}
    assert act_after_ideation(text, kinds) is None


@pytest.mark.parametrize(
    "text",
    [
        "we're hiding in the closet",
        "estamos escondidos en el baño",
        "he's still out there",
        "sigue afuera gritando",
    ],
)
def test_hiding_or_the_person_still_there_after_a_threat_is_imminent(text: str) -> None:
    reading = arrival_after_threat(text, {"threat"})
    assert reading is not None and reading.level == "imminent"


@pytest.mark.parametrize(
    "text",
    [
        "I hid in the closet last night",
        "the police just got here",
        "ya llegó la ambulancia",
        "ok my cousin is outside to pick me up",
    ],
)
def test_hiding_another_time_and_helpers_arriving_are_not_the_feared_person(text: str) -> None:
    assert arrival_after_threat(text, {"domestic_violence"}) is None


@pytest.mark.parametrize(
    "text",
    ["nah he's asleep in the other room", "ahorita no, está trabajando", "i don't think so"],
)
def test_a_short_no_to_the_safety_question_sets_the_models_reading_aside(text: str) -> None:
    reading = _read(text, _learned_only("imminent", "weapon"), asked_kind="weapon")
    assert reading.level == "none", reading.signals


def test_a_long_no_keeps_what_the_models_read_at_elevated_at_most() -> None:
    text = (
        "no he's calm right now, he's watching the game. i'm just so tired of all of it, "
        "some days i'd rather not wake up"
    )
    reading = _read(text, _learned_only("imminent", "self_harm"), asked_kind="medical")
    assert (reading.level, reading.kind) == ("elevated", "self_harm"), reading.signals


@pytest.mark.parametrize("text", ["no contesta la puerta", "no me abre y no se oye nada"])
def test_a_spanish_no_before_a_verb_is_no_answer(text: str) -> None:
    reading = _read(text, _learned_only("imminent", "medical"), asked_kind="medical")
    assert reading.level == "imminent"


def test_an_elevated_reading_right_after_an_emergency_is_the_emergency_going_on() -> None:
    reading = _read(
        "his lips look kinda blue", _learned_only("elevated", "overdose"), last_level="imminent"
    )
    assert (reading.level, reading.route) == ("imminent", "911")


@pytest.mark.parametrize(
    "text", ["ok texting 988 now", "mi hermano ya marcó al 911", "no, he left", "we're safe now"]
)
def test_calling_the_number_or_saying_it_is_over_does_not_continue_the_emergency(
    text: str,
) -> None:
    reading = _read(text, _learned_only("elevated", "self_harm"), last_level="imminent")
    assert reading.level != "imminent"


def test_an_elevated_reading_after_an_ordinary_message_stays_elevated() -> None:
    reading = _read(
        "his lips look kinda blue", _learned_only("elevated", "overdose"), last_level="none"
    )
    assert reading.level == "elevated"


@pytest.mark.parametrize(
    "text",
    ["she just pulled it out", "ya lo sacó", "lo tiene en la mano y está gritando", "that's him"],
)
def test_the_weapon_drawn_or_the_person_seen_after_a_weapon_or_threat_is_imminent(
    text: str,
) -> None:
    reading = arrival_after_threat(text, {"weapon"})
    assert reading is not None and reading.level == "imminent"


@pytest.mark.parametrize(
    ("text", "route"),
    [
        ("i got a rope this afternoon", "988"),
        ("compré pastillas en la farmacia, ya las conté", "988"),
        ("her pill bottle is empty now", "988"),
        # what was taken is told: an overdose, and 911 (the labelling guide)
        ("me tomé varias hace rato", "911"),
    ],
)
def test_means_made_ready_after_suicidal_words_is_imminent(text: str, route: str) -> None:
    reading = act_after_ideation(text, {"self_harm"})
    assert reading is not None and reading.level == "imminent" and reading.route == route


def test_a_callback_request_is_not_a_yes_to_the_safety_question() -> None:
    assert answer_to_safety_question("sí, que me llamen mañana a las 5", "violence") is None
    assert answer_to_safety_question("yes have someone call me after work", "violence") is None


def test_no_right_now_answers_the_safety_question() -> None:
    reading = _read(
        "no right now she's at her job",
        _learned_only("imminent", "violence"),
        asked_kind="violence",
    )
    assert reading.level == "none"


def test_saying_they_are_calling_after_the_reply_is_not_a_new_emergency() -> None:
    reading = _read(
        "ok llamando al 988 ya", _learned_only("imminent", "self_harm"), last_level="imminent"
    )
    assert reading.level == "none"
    assert reading.signals[0]["id"] == "calling_as_told"


def test_out_of_the_building_after_a_fire_is_not_the_fire_going_on() -> None:
    reading = _read(
        "ya salimos todos a la calle", _learned_only("elevated", "fire"), last_level="imminent"
    )
    assert reading.level == "elevated"


def test_a_gas_smell_growing_after_a_gas_risk_is_imminent() -> None:
    reading = _read(
        "the smell is way stronger now", _learned_only("none", "fire"), earlier_kinds={"fire"}
    )
    assert (reading.level, reading.kind) == ("imminent", "fire")


@pytest.mark.parametrize(
    "text",
    [
        "ok estoy llamando",
        "calling now",
        "the paramedics have her, thank you",
        "la policía se lo llevaron",
    ],
)
def test_calling_or_help_taking_over_after_an_emergency_is_not_a_new_one(text: str) -> None:
    reading = _read(text, _learned_only("imminent", "violence"), last_level="imminent")
    assert reading.level != "imminent", reading.signals


@pytest.mark.parametrize(
    "text", ["the smoke is getting worse", "ya casi no respira", "3rd floor", "piso 6"]
)
def test_after_an_emergency_it_going_on_or_where_it_is_stays_imminent(text: str) -> None:
    reading = _read(text, _learned_only("none", "fire"), earlier_kind="fire", last_level="imminent")
    assert reading.level == "imminent"


def test_what_was_told_happening_again_now_is_imminent_only_as_the_message_point() -> None:
    kinds = {"earlier_kinds": {"weapon"}, "earlier_kind": "weapon"}
    assert _read("again. right now", _learned_only("none", "weapon"), **kinds).level == "imminent"
    loud = "the music next door is loud again right now and nobody is doing anything about it"
    assert _read(loud, _learned_only("none", "weapon"), **kinds).level == "none"


def test_found_on_the_floor_after_a_medical_worry_is_imminent() -> None:
    reading = _read(
        "we got in. he's on the bathroom floor",
        _learned_only("elevated", "medical"),
        earlier_kinds={"medical"},
    )
    assert (reading.level, reading.kind) == ("imminent", "medical")


@pytest.mark.parametrize(
    "text", ["been saving up my pills for weeks", "esta noche", "ya tengo suficientes"]
)
def test_means_saved_up_or_the_night_named_after_suicidal_words_is_imminent(text: str) -> None:
    reading = act_after_ideation(text, {"self_harm"})
    assert reading is not None and reading.level == "imminent"


def test_no_no_and_ahora_mismo_no_answer_the_safety_question() -> None:
    for text in ["no no, im just tired", "ahora mismo no hay nada prendido"]:
        reading = _read(text, _learned_only("imminent", "fire"), asked_kind="fire")
        assert reading.level == "none", text


@pytest.mark.parametrize(
    "text", ["ok he's on the phone with 911 now", "mi hija ya está hablando con el 911"]
)
def test_being_on_the_line_with_911_after_an_emergency_is_not_a_new_one(text: str) -> None:
    reading = _read(text, _learned_only("elevated", "medical"), last_level="imminent")
    assert reading.level != "imminent", reading.signals


@pytest.mark.parametrize(
    "text", ["respira pero muy despacio", "he's breathing but really shallow", "apenas respira"]
)
def test_breathing_badly_after_an_emergency_stays_imminent(text: str) -> None:
    reading = _read(
        text, _learned_only("none", "medical"), earlier_kind="medical", last_level="imminent"
    )
    assert (reading.level, reading.kind) == ("imminent", "medical")


def test_a_fight_started_again_is_imminent_but_the_music_starting_again_is_not() -> None:
    kinds = {"earlier_kinds": {"violence"}, "earlier_kind": "violence"}
    fight = "they started up again out in the hallway, you can hear everything"
    assert _read(fight, _learned_only("none", "violence"), **kinds).level == "imminent"
    music = "ya empezaron otra vez con la musica a todo volumen"
    assert _read(music, _learned_only("none", "violence"), **kinds).level == "none"


@pytest.mark.parametrize(
    "text",
    [
        "i'm ok i guess. but i'm sitting here looking at his pills and thinking",
        "no se, estoy mirando las pastillas de mi abuela y pensando",
    ],
)
def test_the_means_looked_at_with_the_thought_after_suicidal_words_is_imminent(
    text: str,
) -> None:
    reading = act_after_ideation(text, {"self_harm"})
    assert reading is not None and reading.route == "988"


@pytest.mark.parametrize(
    "text", ["now its seeping in under my door", "i can taste the smoke in here"]
)
def test_smoke_reaching_the_resident_after_a_fire_hazard_is_imminent(text: str) -> None:
    reading = _read(text, _learned_only("elevated", "self_harm"), earlier_kinds={"fire"})
    assert (reading.level, reading.kind) == ("imminent", "fire")


@pytest.mark.parametrize("text", ["knocked twice, she doesn't answer", "toqué y nadie abre"])
def test_still_no_answer_after_a_welfare_worry_keeps_it_elevated(text: str) -> None:
    reading = _read(
        text,
        _learned_only("none", "medical"),
        earlier_kind="medical",
        earlier_kinds={"medical"},
        last_level="elevated",
    )
    assert (reading.level, reading.kind) == ("elevated", "medical")
    after_noise = _read(
        text, _learned_only("none", "medical"), earlier_kinds={"violence"}, last_level="elevated"
    )
    assert after_noise.level == "none"


def test_a_yes_that_asks_for_a_mediator_answers_the_offer_not_the_safety_question() -> None:
    assert answer_to_safety_question("yes i'd like a mediator please", "violence") is None
    assert answer_to_safety_question("si, quiero información de mediación", "violence") is None


@pytest.mark.parametrize(
    "text", ["the patrol car is downstairs now", "911 says they're sending a unit", "ok marcando"]
)
def test_help_on_its_way_or_dialing_after_an_emergency_is_not_a_new_one(text: str) -> None:
    reading = _read(text, _learned_only("imminent", "violence"), last_level="imminent")
    assert reading.level != "imminent", reading.signals


def test_help_arriving_while_the_danger_goes_on_is_not_help_taking_over() -> None:
    text = "the cops are downstairs but he's still kicking my door"
    reading = _read(text, earlier_kinds={"domestic_violence"})
    assert reading.level == "imminent", reading.signals


def test_the_child_caught_after_an_emergency_is_not_a_new_one() -> None:
    reading = _read(
        "lo agarré, ya está adentro conmigo",
        _learned_only("imminent", "child_safety"),
        last_level="imminent",
    )
    assert reading.level != "imminent", reading.signals


@pytest.mark.parametrize(
    "text",
    [
        "her boyfriend's car just pulled up",
        "he just got home and he's wasted",
        "la estoy viendo abajo por la ventana",
        "se lo llevó al baño y cerró con llave",
    ],
)
def test_the_feared_person_here_in_new_words_is_imminent(text: str) -> None:
    reading = arrival_after_threat(text, {"domestic_violence"})
    assert reading is not None and reading.level == "imminent"


def test_the_person_the_resident_protects_being_here_is_no_arrival() -> None:
    assert arrival_after_threat("no, ella está aquí conmigo en mi casa", {"threat"}) is None


def test_si_la_verdad_is_a_yes() -> None:
    answer = answer_to_safety_question("si la verdad, tengo miedo", "weapon")
    assert answer is not None and answer.route == "911"


def test_after_use_a_long_silence_behind_a_door_is_imminent() -> None:
    text = "she's been in the bathroom over an hour, it's totally silent"
    reading = _read(text, _learned_only("none", "overdose"), earlier_kinds={"overdose"})
    assert (reading.level, reading.kind) == ("imminent", "overdose")
    elsewhere = _read(text, _learned_only("none", "overdose"), earlier_kinds={"violence"})
    assert elsewhere.level == "none"


def test_a_fight_that_just_started_after_one_was_told_is_imminent() -> None:
    kinds = {"earlier_kinds": {"violence"}, "earlier_kind": "violence"}
    assert _read("they started", _learned_only("none", "violence"), **kinds).level == "imminent"


def test_no_response_to_a_shake_after_a_medical_worry_is_imminent() -> None:
    reading = _read(
        "i shook her again, nothing at all",
        _learned_only("elevated", "self_harm"),
        earlier_kinds={"medical"},
    )
    assert (reading.level, reading.kind) == ("imminent", "medical")


def test_a_no_then_no_answer_after_a_welfare_worry_stays_elevated() -> None:
    reading = _read(
        "no, y no me quiere abrir la puerta",
        _learned_only("none", "medical"),
        earlier_kind="medical",
        asked_kind="medical",
        last_level="elevated",
    )
    assert reading.level == "elevated", reading.signals


def test_out_of_the_apartment_with_the_smoke_following_is_the_fire_going_on() -> None:
    reading = _read(
        "we're out on the landing, smoke is getting in under the door",
        _learned_only("imminent", "fire"),
        earlier_kinds={"fire"},
        last_level="imminent",
    )
    assert reading.level == "imminent", reading.signals


def test_a_yes_followed_by_an_emoji_is_a_yes() -> None:
    answer = answer_to_safety_question("si 😟", "threat")
    assert answer is not None and answer.level == "imminent"


@pytest.mark.parametrize(
    "text", ["acaba de llegar", "ya bajó y viene furioso", "she just got here"]
)
def test_an_arrival_in_few_words_after_a_threat_is_imminent(text: str) -> None:
    reading = arrival_after_threat(text, {"domestic_violence"})
    assert reading is not None and reading.level == "imminent"


def test_the_same_thing_again_at_the_door_after_a_threat_is_imminent() -> None:
    kinds = {"earlier_kinds": {"threat"}, "earlier_kind": "threat"}
    text = "again!! the same thing right outside my window"
    assert _read(text, _learned_only("elevated", "threat"), **kinds).level == "imminent"


def test_all_of_it_taken_at_once_after_drug_use_is_imminent() -> None:
    text = "se metió todo de una vez y se quedó tirado"
    reading = _read(text, _learned_only("elevated", "threat"), earlier_kinds={"overdose"})
    assert (reading.level, reading.kind) == ("imminent", "overdose")


@pytest.mark.parametrize("text", ["3 officers here now", "not right this minute"])
def test_help_on_the_line_officers_here_or_not_right_this_minute_continue_nothing(
    text: str,
) -> None:
    reading = _read(text, _learned_only("elevated", "medical"), last_level="imminent")
    assert reading.level != "imminent", reading.signals


def test_others_leaving_does_not_end_the_emergency() -> None:
    text = "sus amigos se fueron corriendo y ahora no habla"
    reading = _read(text, _learned_only("imminent", "medical"), last_level="imminent")
    assert reading.level == "imminent", reading.signals


@pytest.mark.parametrize(
    "text",
    [
        "im on the rooftop now",
        "i got my uncles pills in my backpack",
        "estoy en la azotea del edificio",
        "tengo las pastillas de mi mamá en la bolsa",
        "so tired, getting really drowsy",
    ],
)
def test_where_or_the_means_on_them_after_suicidal_words_is_imminent(text: str) -> None:
    reading = act_after_ideation(text, {"self_harm"})
    assert reading is not None and reading.route == "988"


@pytest.mark.parametrize(
    "text",
    [
        "se subió al tren, está en el mismo vagón",
        "he's sitting right behind me",
        "that same grey honda is parked across the street",
        "ese es su carro, el negro",
    ],
)
def test_the_feared_person_on_the_bus_or_their_car_outside_is_imminent(text: str) -> None:
    reading = arrival_after_threat(text, {"threat"})
    assert reading is not None and reading.level == "imminent"


def test_a_detector_sounding_nonstop_after_a_co_worry_is_imminent() -> None:
    text = "now its going off nonstop and we all have headaches"
    reading = _read(text, _learned_only("elevated", "medical"), earlier_kinds={"fire"})
    assert (reading.level, reading.kind) == ("imminent", "fire")


def test_a_stretched_yes_with_a_cry_for_help_is_a_yes() -> None:
    answer = answer_to_safety_question("siii ayudaaaa", "violence")
    assert answer is not None and answer.level == "imminent"


def test_a_no_for_others_does_not_hide_the_means_told_after_suicidal_words() -> None:
    text = "no nobody else is home. i got my dads old pills in my bag"
    reading = _read(
        text,
        _learned_only("imminent", "self_harm"),
        asked_kind="self_harm",
        earlier_kinds={"self_harm"},
    )
    assert (reading.level, reading.route) == ("imminent", "988"), reading.signals


def test_an_unsure_start_before_a_hedged_yes_is_a_yes() -> None:
    answer = answer_to_safety_question("idk... i think so", "self_harm")
    assert answer is not None and (answer.level, answer.route) == ("imminent", "988")


def test_a_goodbye_said_on_a_stream_after_suicidal_words_is_imminent() -> None:
    reading = act_after_ideation("she said bye to everyone and logged off", {"self_harm"})
    assert reading is not None and reading.route == "988"


@pytest.mark.parametrize("text", ["shook her twice n nothin", "la muevo y nada"])
def test_no_response_to_a_shake_after_drug_use_is_an_overdose(text: str) -> None:
    reading = _read(text, _learned_only("elevated", "self_harm"), earlier_kinds={"overdose"})
    assert (reading.level, reading.kind, reading.route) == ("imminent", "overdose", "911")


def test_the_alarm_going_off_after_a_fire_hazard_is_the_fire() -> None:
    text = "now the smoke alarm is going off"
    reading = _read(text, _learned_only("elevated", "fire"), earlier_kinds={"fire"})
    assert (reading.level, reading.kind) == ("imminent", "fire")


@pytest.mark.parametrize("text", ["los dos perros corren hacia ella", "it's charging at the kid"])
def test_the_danger_reaching_the_child_right_after_an_emergency_goes_on(text: str) -> None:
    reading = _read(
        text,
        _learned_only("none", "child_safety"),
        earlier_kinds={"child_safety"},
        earlier_kind="child_safety",
        last_level="imminent",
    )
    assert reading.level == "imminent", reading.signals


def test_going_somewhere_right_after_an_emergency_is_not_the_danger_going_on() -> None:
    reading = _read(
        "va para el parque con su tía",
        _learned_only("none", "child_safety"),
        earlier_kinds={"child_safety"},
        last_level="imminent",
    )
    assert reading.level == "none", reading.signals


@pytest.mark.parametrize(
    "text",
    [
        "omg they on the roof again rn",
        "le está pegando otra vez ahorita, lo escucho desde mi cocina",
    ],
)
def test_what_was_told_happening_again_now_is_imminent(text: str) -> None:
    kinds = {"earlier_kinds": {"child_safety"}, "earlier_kind": "child_safety"}
    reading = _read(text, _learned_only("elevated", "violence"), **kinds)
    assert reading.level == "imminent", reading.signals


def test_the_music_again_right_now_is_not_the_danger_again() -> None:
    kinds = {"earlier_kinds": {"violence"}, "earlier_kind": "violence"}
    text = "and the music is blasting again right now ugh"
    assert _read(text, _learned_only("none", "violence"), **kinds).level == "none"


@pytest.mark.parametrize(
    "text", ["911 is on the line with my sister now", "i called, they said help is on the way"]
)
def test_a_call_told_in_other_words_after_an_emergency_holds_the_models(text: str) -> None:
    reading = _read(text, _learned_only("imminent", "threat"), last_level="imminent")
    assert reading.level == "none", reading.signals


def test_pulled_out_and_breathing_after_an_emergency_is_no_new_one() -> None:
    text = "ya la sacamos del agua, respirando"
    reading = _read(text, _learned_only("imminent", "medical"), last_level="imminent")
    assert reading.level != "imminent", reading.signals


def test_a_call_then_someone_else_doing_something_now_is_not_held_as_the_call() -> None:
    text = "911 on the line w me now, some guy is pulling on our door"
    reading = _read(text, _learned_only("imminent", "threat"), last_level="imminent")
    assert reading.level == "imminent", reading.signals


def test_out_on_the_sidewalk_without_a_copula_is_out_of_it() -> None:
    text = "we all out, on the corner"
    reading = _read(text, _learned_only("imminent", "fire"), last_level="imminent")
    assert reading.level != "imminent", reading.signals


@pytest.mark.parametrize(
    "text",
    [
        "i got my grandpas heart pills here with me",
        "tengo aquí conmigo unas pastillas",
        "on the roof of my job, thinking how easy it'd be",
    ],
)
def test_the_means_with_them_or_the_thought_of_it_after_suicidal_words_is_imminent(
    text: str,
) -> None:
    reading = act_after_ideation(text, {"self_harm"})
    assert reading is not None and reading.route == "988"


@pytest.mark.parametrize("text", ["he just grabbed the rifle", "ya vienen pa aca los tres"])
def test_the_weapon_taken_or_them_on_their_way_after_a_threat_is_imminent(text: str) -> None:
    reading = arrival_after_threat(text, {"weapon", "violence"})
    assert reading is not None and reading.level == "imminent"


def test_she_is_not_home_answers_no() -> None:
    reading = _read(
        "she's not home rn",
        _learned_only("imminent", "medical"),
        asked_kind="domestic_violence",
        earlier_kinds={"domestic_violence"},
    )
    assert reading.level == "none", reading.signals


@pytest.mark.parametrize(
    "text",
    ["she's not here, she's outside kicking the door", "no está aquí, está abajo gritando"],
)
def test_not_here_followed_by_where_they_are_is_no_no(text: str) -> None:
    reading = _read(
        text,
        _learned_only("imminent", "domestic_violence"),
        asked_kind="domestic_violence",
        earlier_kinds={"domestic_violence"},
    )
    assert reading.level == "imminent", reading.signals


def test_a_short_again_now_stands_even_beside_the_tv() -> None:
    kinds = {"earlier_kinds": {"domestic_violence"}, "earlier_kind": "domestic_violence"}
    text = "otra vez ahorita, rompió la tele"
    assert _read(text, _learned_only("none", "violence"), **kinds).level == "imminent"


@pytest.mark.parametrize(
    "text",
    [
        "the medicine bottle from the pharmacy was empty on her nightstand",
        "el frasco ya quedó vacío",
    ],
)
def test_the_bottle_found_empty_after_suicidal_words_is_imminent(text: str) -> None:
    reading = act_after_ideation(text, {"self_harm"})
    assert reading is not None and reading.level == "imminent"


@pytest.mark.parametrize("text", ["she has it in her hand", "ok he's picking a bottle up"])
def test_the_weapon_taken_up_after_a_threat_is_imminent(text: str) -> None:
    reading = arrival_after_threat(text, {"weapon", "threat"})
    assert reading is not None and reading.level == "imminent"


def test_waiting_outside_for_the_resident_after_a_beating_is_the_one_feared() -> None:
    reading = arrival_after_threat("ya está afuera esperándome", {"domestic_violence"})
    assert reading is not None and reading.level == "imminent"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("omg it just caught", "fire"),
        ("se prendió el aceite", "fire"),
        ("windows rolled up and its 92 degrees", "child_safety"),
        ("se escucha una alarma en el piso de ella", "fire"),
        ("she just dropped in the kitchen", "medical"),
    ],
)
def test_the_danger_told_before_arriving_in_a_few_words_is_imminent(text: str, kind: str) -> None:
    reading = _read(text, _learned_only("none", kind), earlier_kinds={kind}, earlier_kind=kind)
    assert (reading.level, reading.kind) == ("imminent", kind), reading.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [("no, no se prendió nada, solo chispas", "fire"), ("she fell asleep", "medical")],
)
def test_the_same_words_denied_or_harmless_are_no_emergency(text: str, kind: str) -> None:
    reading = _read(text, _learned_only("none", kind), earlier_kinds={kind}, earlier_kind=kind)
    assert reading.level != "imminent", reading.signals


def test_cannot_stop_after_self_harm_keeps_the_worry() -> None:
    text = "estoy bien ahorita pero no puedo parar"
    reading = _read(text, _learned_only("none", "self_harm"), earlier_kinds={"self_harm"})
    assert (reading.level, reading.kind) == ("elevated", "self_harm"), reading.signals


def test_not_safe_is_a_yes_and_not_ok_is_no_all_clear() -> None:
    unsafe = _read("no i'm not safe", _learned_only("none", "violence"), asked_kind="threat")
    assert (unsafe.level, unsafe.kind) == ("imminent", "threat"), unsafe.signals
    not_ok = _read("nah im not ok", _learned_only("imminent", "self_harm"), asked_kind="self_harm")
    assert not_ok.level == "imminent", not_ok.signals
    plain = _read("no im not ok", _learned_only("none", "self_harm"), asked_kind="self_harm")
    assert (plain.level, plain.kind) == ("elevated", "self_harm"), plain.signals


@pytest.mark.parametrize(
    "text", ["no i'm at my cousins tonight", "nothing happening rn", "nope, nothing happening now"]
)
def test_more_ways_to_answer_no(text: str) -> None:
    assert answers_no(text)


@pytest.mark.parametrize(
    "text", ["she's sitting here with me now, thank god", "got him! the super got the kid out"]
)
def test_the_one_in_danger_back_with_the_resident_is_no_new_emergency(text: str) -> None:
    reading = _read(
        text,
        _learned_only("imminent", "medical"),
        last_level="imminent",
        earlier_kinds={"medical", "child_safety"},
    )
    assert reading.level != "imminent", reading.signals


def test_sitting_with_me_after_violence_is_not_taken_as_over() -> None:
    reading = _read(
        "he's sitting with me on the bed",
        _learned_only("imminent", "domestic_violence"),
        last_level="imminent",
        earlier_kinds={"domestic_violence"},
    )
    assert reading.level == "imminent", reading.signals


def test_we_good_after_an_emergency_ends_it() -> None:
    text = "manager got the bat away from him, we good"
    reading = _read(text, _learned_only("elevated", "violence"), last_level="imminent")
    assert reading.level != "imminent", reading.signals


@pytest.mark.parametrize(
    "text",
    [
        "ya la tiene",
        "la fue a buscar al cuarto",
        "ese es el",
        "la camioneta gris esta parada enfrente",
        "that truck is out front again",
        "they just parked outside",
        "theyre getting out",
    ],
)
def test_the_gun_fetched_or_the_car_outside_after_a_threat_is_imminent(text: str) -> None:
    reading = arrival_after_threat(text, {"weapon", "threat"})
    assert reading is not None and reading.level == "imminent"


@pytest.mark.parametrize(
    "text",
    [
        "now he's confused and sweaty",
        "i can hear her moaning in there",
        "se cayó",
        "dejó de hablar",
    ],
)
def test_signs_of_it_getting_worse_after_a_health_worry_are_imminent(text: str) -> None:
    reading = _read(text, _learned_only("elevated", "medical"), earlier_kinds={"medical"})
    assert (reading.level, reading.kind) == ("imminent", "medical"), reading.signals


def test_a_tree_that_fell_after_a_health_worry_is_no_collapse() -> None:
    text = "se cayó el árbol de la esquina"
    reading = _read(text, _learned_only("none", "medical"), earlier_kinds={"medical"})
    assert reading.level == "none", reading.signals


@pytest.mark.parametrize(
    "text", ["found her bottle of sleeping pills empty", "vi el frasco vacío en la mesa"]
)
def test_an_empty_bottle_in_any_order_after_suicidal_words_is_imminent(text: str) -> None:
    assert act_after_ideation(text, {"self_harm"}) is not None


def test_a_fire_hazard_that_went_whoosh_is_the_fire() -> None:
    reading = _read(
        "the fryer just went whoosh", _learned_only("none", "fire"), earlier_kinds={"fire"}
    )
    assert (reading.level, reading.kind) == ("imminent", "fire"), reading.signals


@pytest.mark.parametrize(
    "text",
    [
        "ok they're sending help",
        "ambulance on the way, im with her",
        "everybody's out, waiting on the corner",
        "me pude escapar, estoy con la vecina",
    ],
)
def test_help_on_its_way_or_out_of_it_after_an_emergency_is_no_new_one(text: str) -> None:
    reading = _read(text, _learned_only("imminent", "medical"), last_level="imminent")
    assert reading.level != "imminent", reading.signals


@pytest.mark.parametrize(
    "text", ["no nothing going on now", "she's fine now", "they're at their grandma's"]
)
def test_still_more_ways_to_answer_no(text: str) -> None:
    assert answers_no(text)


def test_the_danger_over_a_message_after_the_address_is_no_new_emergency() -> None:
    reading = _read(
        "it got quiet, i think he left",
        _learned_only("imminent", "self_harm"),
        highest_level="imminent",
        earlier_kinds={"domestic_violence"},
    )
    assert reading.level != "imminent", reading.signals


@pytest.mark.parametrize(
    "text",
    [
        "se puso peor, ya casi no responde",
        "hes getting worse, he can barely talk",
        "lo oigo adentro como gimiendo",
    ],
)
def test_more_signs_of_it_getting_worse_after_a_health_worry(text: str) -> None:
    reading = _read(text, _learned_only("none", "medical"), earlier_kinds={"medical"})
    assert (reading.level, reading.kind) == ("imminent", "medical"), reading.signals


def test_the_noise_getting_worse_after_a_health_worry_is_not_the_person() -> None:
    text = "the noise upstairs is getting worse every night"
    reading = _read(text, _learned_only("none", "medical"), earlier_kinds={"medical"})
    assert reading.level == "none", reading.signals


@pytest.mark.parametrize(
    "text", ["wait something is moving in the back seat", "alguien se mueve adentro del carro"]
)
def test_someone_moving_inside_after_a_child_in_a_hot_car_is_imminent(text: str) -> None:
    reading = _read(text, _learned_only("none", "child_safety"), earlier_kinds={"child_safety"})
    assert (reading.level, reading.kind) == ("imminent", "child_safety"), reading.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("now hes pulling my hair and wont pull over the car", "domestic_violence"),
        ("y esta cerca del tanque de gas del edificio", "fire"),
        ("i dont want to talk to anyone, im done", "self_harm"),
        ("no quiero hablar con nadie", "self_harm"),
    ],
)
def test_right_after_an_emergency_more_of_it_going_on(text: str, kind: str) -> None:
    reading = _read(text, _learned_only("none", kind), last_level="imminent", earlier_kinds={kind})
    assert reading.level == "imminent", reading.signals


def test_not_wanting_to_call_after_a_fight_is_not_read_as_the_fight_going_on() -> None:
    reading = _read(
        "i dont want to call anyone, hes gone",
        _learned_only("none", "violence"),
        last_level="imminent",
        earlier_kinds={"violence"},
    )
    assert reading.level == "none", reading.signals


@pytest.mark.parametrize(
    "text", ["el otro saco un bate del carro", "he just pulled a knife", "agarro un machete"]
)
def test_a_weapon_taken_up_during_the_fight_told_is_imminent(text: str) -> None:
    reading = arrival_after_threat(text, {"violence"})
    assert reading is not None and reading.level == "imminent"


@pytest.mark.parametrize(
    "text",
    ["she said shes ok, just scraped her knee", "the ambulance is there now, thank you"],
)
def test_said_ok_or_help_there_after_an_emergency_is_no_new_one(text: str) -> None:
    reading = _read(text, _learned_only("elevated", "medical"), last_level="imminent")
    assert reading.level != "imminent", reading.signals


@pytest.mark.parametrize(
    ("text", "kind", "last"),
    [
        ("something is moving in the bushes by the school", "child_safety", "elevated"),
        ("el trafico esta peor hoy, no puedo llegar", "medical", "elevated"),
    ],
)
def test_the_new_words_need_their_own_setting(text: str, kind: str, last: str) -> None:
    reading = _read(text, _learned_only("none", kind), last_level=last, earlier_kinds={kind})
    assert reading.level == "none", reading.signals


def test_said_ok_but_still_hurt_is_no_end() -> None:
    assert not OVER.search(normalize("she says shes ok but shes bleeding a lot"))


@pytest.mark.parametrize(
    "text",
    [
        "my brother just texted me saying im sorry for everything",
        "me escribio un mensaje que dice perdoname, cuida a mi perro",
        "thank you for everything. goodbye",
        "ya tome la decision",
    ],
)
def test_a_farewell_or_a_decision_after_suicidal_words_is_imminent(text: str) -> None:
    reading = act_after_ideation(text, {"self_harm"})
    assert reading is not None and reading.route == "988"


def test_a_farewell_without_suicidal_words_before_is_not_read() -> None:
    assert act_after_ideation("thank you for everything. goodbye", {"medical"}) is None


def test_no_answer_to_a_shoulder_moved_after_a_health_worry_is_imminent() -> None:
    reading = _read(
        "le toque la mano y nada, no responde",
        _learned_only("elevated", "medical"),
        earlier_kinds={"medical"},
    )
    assert (reading.level, reading.kind) == ("imminent", "medical"), reading.signals


def test_fire_trucks_arriving_after_a_fire_is_help_taking_over() -> None:
    reading = _read(
        "the fire trucks are here now", _learned_only("imminent", "fire"), last_level="imminent"
    )
    assert reading.level != "imminent", reading.signals


def test_a_decision_with_its_object_is_no_farewell() -> None:
    assert act_after_ideation("ya tome la decision de ir a terapia", {"self_harm"}) is None


@pytest.mark.parametrize("text", ["he's on the roof of his building", "ya se subio a la azotea"])
def test_someone_on_a_roof_after_suicidal_words_is_imminent(text: str) -> None:
    assert act_after_ideation(text, {"self_harm"}) is not None


def test_walked_in_after_a_threat_and_shots_still_heard_are_imminent() -> None:
    assert arrival_after_threat("he just walked in the store", {"threat"}) is not None
    reading = _read(
        "we're in the laundromat, still hearing shots",
        _learned_only("none", "weapon"),
        last_level="imminent",
        earlier_kinds={"weapon"},
    )
    assert reading.level == "imminent", reading.signals


def test_a_fire_hazard_getting_worse_is_the_fire() -> None:
    reading = _read(
        "its getting a lot worse", _learned_only("none", "fire"), earlier_kinds={"fire"}
    )
    assert (reading.level, reading.kind) == ("imminent", "fire"), reading.signals


def test_a_lost_child_back_with_a_parent_ends_it() -> None:
    reading = _read(
        "her dad found her, shes fine",
        _learned_only("elevated", "child_safety"),
        last_level="imminent",
        earlier_kinds={"child_safety"},
    )
    assert reading.level != "imminent", reading.signals


@pytest.mark.parametrize("text", ["ay no se cayo!", "she fell"])
def test_a_fall_after_a_child_at_a_height_is_imminent(text: str) -> None:
    reading = _read(text, _learned_only("none", "child_safety"), earlier_kinds={"child_safety"})
    assert reading.level == "imminent", reading.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("se encerro en el baño y no contesta", "overdose"),
        ("he locked himself in the bathroom and wont answer", "self_harm"),
        ("se metio al cuarto y no nos responde", "medical"),
        ("hes snoring really weird now", "overdose"),
    ],
)
def test_shut_in_or_strange_snoring_after_a_worry_for_their_life_is_imminent(
    text: str, kind: str
) -> None:
    reading = _read(text, _learned_only("none", kind), earlier_kinds={kind})
    assert (reading.level, reading.kind) == ("imminent", kind), reading.signals


def test_shut_in_after_a_noise_complaint_is_not_read() -> None:
    reading = _read(
        "se metio al cuarto y no me abre", _learned_only("none", "violence"), earlier_kinds={}
    )
    assert reading.level == "none", reading.signals


def test_unsure_about_calling_right_after_suicidal_danger_is_the_danger_going_on() -> None:
    reading = _read(
        "not sure if i wanna talk to anyone",
        _learned_only("none", "self_harm"),
        last_level="imminent",
        earlier_kinds={"self_harm"},
    )
    assert reading.level == "imminent", reading.signals


def test_the_child_back_out_there_is_the_danger_again() -> None:
    reading = _read(
        "she's out there again right now and nobody is watching her",
        _learned_only("elevated", "child_safety"),
        earlier_kinds={"child_safety"},
    )
    assert reading.level == "imminent", reading.signals


@pytest.mark.parametrize(
    "text",
    [
        "its out! shes crying now",
        "ya lo escupio, esta llorando",
        "locked the door and im calling",
        "everybody out, the trucks are here",
    ],
)
def test_the_end_of_a_choking_a_call_and_all_out_are_no_new_emergency(text: str) -> None:
    reading = _read(text, _learned_only("imminent", "medical"), last_level="imminent")
    assert reading.level != "imminent", reading.signals


def test_a_helper_arriving_is_not_the_one_feared_but_the_one_feared_beside_them_is() -> None:
    assert arrival_after_threat("ya llego el plomero, pero igual quiero hablar", {"threat"}) is None
    assert arrival_after_threat("ya llego el super y el tipo esta afuera", {"threat"}) is not None


@pytest.mark.parametrize("text", ["yeah theyre still up there", "si todavia estan alla arriba"])
def test_still_up_there_right_after_an_emergency_is_the_emergency_going_on(text: str) -> None:
    reading = _read(
        text,
        _learned_only("none", "child_safety"),
        last_level="imminent",
        earlier_kinds={"child_safety"},
    )
    assert reading.level == "imminent", reading.signals


def test_brought_down_from_the_height_is_the_end_of_it() -> None:
    assert OVER.search(normalize("el portero los bajo y cerro la puerta de la azotea"))
    assert OVER.search(normalize("security got him down off the ledge"))
    assert not OVER.search(normalize("lo bajaron a golpes por la escalera"))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("yep", "child_safety"),
        ("siii", "fire"),
        ("ya arrancaron con el nene", "child_safety"),
        ("its a white toyota, going up broadway", "child_safety"),
    ],
)
def test_a_yes_or_the_car_gone_right_after_an_emergency_is_it_going_on(
    text: str, kind: str
) -> None:
    reading = _read(text, _learned_only("none", kind), last_level="imminent", earlier_kinds={kind})
    assert reading.level == "imminent", reading.signals


def test_a_yes_long_after_the_emergency_is_not_read_as_it() -> None:
    reading = _read("yep", _learned_only("none", "fire"), last_level="none", earlier_kinds={"fire"})
    assert reading.level == "none", reading.signals


@pytest.mark.parametrize(
    "text", ["911 has me on the phone", "el 911 ya esta llamado", "estoy llamando ahorita"]
)
def test_a_call_told_any_way_after_a_risk_sets_the_models_aside(text: str) -> None:
    reading = _read(
        text,
        _learned_only("imminent", "self_harm"),
        last_level="elevated",
        highest_level="elevated",
        earlier_kinds={"child_safety"},
    )
    assert reading.level == "none", reading.signals


def test_calling_someone_who_does_not_answer_is_not_a_bare_call() -> None:
    reading = _read(
        "im calling her and she doesnt pick up",
        _learned_only("elevated", "self_harm"),
        last_level="elevated",
        highest_level="elevated",
        earlier_kinds={"self_harm"},
    )
    assert reading.level != "none", reading.signals


def test_a_yes_to_a_callback_is_no_yes_to_the_danger() -> None:
    assert answer_to_safety_question("yes a call back tomorrow works", "medical") is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ahorita se salió corriendo pa la avenida", "child_safety"),
        ("she ran out into the street", "child_safety"),
        ("he jumped", "self_harm"),
        ("i lost sight of her", "medical"),
        ("ya no la veo", "medical"),
    ],
)
def test_after_a_worry_for_someone_the_person_gone_into_the_danger_is_imminent(
    text: str, kind: str
) -> None:
    reading = _read(
        text, _NOTHING, earlier_kinds={kind}, highest_level="elevated", last_level="none"
    )
    assert (reading.level, reading.kind) == ("imminent", kind), reading.signals


def test_out_of_sight_after_a_fight_or_found_again_is_no_new_danger() -> None:
    after_fight = _read(
        "i cant see him anymore", earlier_kinds={"violence"}, highest_level="elevated"
    )
    assert after_fight.level != "imminent", after_fight.signals
    found = _read(
        "lost sight of her for a sec but the lifeguard found her",
        earlier_kinds={"medical"},
        highest_level="elevated",
    )
    assert found.level != "imminent", found.signals


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("theyre at the front door now", "threat"),
        ("he went upstairs to get the gun", "weapon"),
        ("she just went to the car to get it", "weapon"),
    ],
)
def test_the_feared_person_at_the_entrance_or_fetching_the_weapon_is_imminent(
    text: str, earlier: str
) -> None:
    reading = arrival_after_threat(text, [earlier])
    assert reading is not None and reading.level == "imminent"


def test_up_on_the_roof_after_suicidal_words_is_the_act_under_way() -> None:
    reading = act_after_ideation("im just sitting up on the roof for a bit", {"self_harm"})
    assert reading is not None and reading.level == "imminent"


def test_a_yes_to_the_offer_of_outreach_is_no_yes_to_the_danger() -> None:
    assert answer_to_safety_question("yes outreach please, hes on 125th", "medical") is None
    assert answer_to_safety_question("si mediacion, gracias", "violence") is None


@pytest.mark.parametrize("text", ["no she's at school rn", "not yet, hes asleep"])
def test_a_no_right_after_an_emergency_holds_the_models_below_it(text: str) -> None:
    reading = _read(
        text,
        _learned_only("imminent", "violence"),
        last_level="imminent",
        highest_level="imminent",
        earlier_kinds={"domestic_violence"},
    )
    # no question was asked, so the models may still say elevated, never imminent
    assert reading.level == "elevated", reading.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("se quedo atorado entre la baranda y el colchon", "child_safety"),
        ("shes stuck between the bed rail and the wall", "child_safety"),
    ],
)
def test_stuck_after_a_worry_for_a_child_is_imminent(text: str, kind: str) -> None:
    reading = _read(text, _NOTHING, earlier_kinds={kind}, highest_level="elevated")
    assert (reading.level, reading.kind) == ("imminent", kind), reading.signals
    at_work = _read(
        "hes stuck at work till 6", _NOTHING, earlier_kinds={kind}, highest_level="elevated"
    )
    assert at_work.level == "none", at_work.signals


@pytest.mark.parametrize(
    "text", ["sí", "the train is pulling in", "ya entra el metro", "respira pero lento, ronca raro"]
)
def test_right_after_an_emergency_a_bare_yes_the_train_or_bad_breathing_is_it_going_on(
    text: str,
) -> None:
    reading = _read(
        text, _NOTHING, last_level="imminent", highest_level="imminent", earlier_kind="self_harm"
    )
    assert reading.level == "imminent", reading.signals


def test_its_starting_after_gunfire_told_every_year_is_it_again_now() -> None:
    reading = _read("its starting", _NOTHING, earlier_kinds={"weapon"}, highest_level="elevated")
    assert (reading.level, reading.kind) == ("imminent", "weapon"), reading.signals


@pytest.mark.parametrize(
    "text",
    [
        "911 on the other line",
        "ya vienen los paramedicos",
        "paramedics just got there, they're taking him to lincoln",
        "la policia esta hablando con el",
    ],
)
def test_help_told_in_new_words_after_an_emergency_is_no_new_one(text: str) -> None:
    reading = _read(
        text,
        _learned_only("imminent", "violence"),
        last_level="imminent",
        highest_level="imminent",
        earlier_kinds={"domestic_violence"},
    )
    assert reading.level != "imminent", reading.signals


def test_naloxone_given_once_help_has_taken_over_is_the_rescue_told() -> None:
    text = "the paramedics are here, they gave her narcan and shes coughing"
    reading = _read(
        text, last_level="imminent", highest_level="imminent", earlier_kinds={"overdose"}
    )
    assert reading.level == "elevated", reading.signals
    # before help has come it is still the emergency
    alone = _read("i gave her narcan", earlier_kinds={"overdose"}, highest_level="elevated")
    assert alone.level == "imminent", alone.signals


@pytest.mark.parametrize(
    "text", ["she already ate two of them before i saw", "creo que ya se tomo unas"]
)
def test_some_eaten_after_a_worry_about_what_a_child_could_take_is_imminent(text: str) -> None:
    reading = _read(text, _NOTHING, earlier_kinds={"child_safety"}, highest_level="elevated")
    assert (reading.level, reading.kind) == ("imminent", "overdose"), reading.signals


def test_bien_as_very_is_no_all_clear_right_after_an_emergency() -> None:
    reading = _read(
        "esta bien caliente y no contesta lo que le pregunto",
        _learned_only("elevated", "medical"),
        last_level="imminent",
        highest_level="imminent",
        earlier_kind="medical",
    )
    assert reading.level == "imminent", reading.signals


@pytest.mark.parametrize("text", ["its happening", "oh no its happening again", "ya esta pasando"])
def test_its_happening_after_a_worry_told_is_it_now(text: str) -> None:
    reading = _read(text, _NOTHING, earlier_kinds={"medical"}, highest_level="elevated")
    assert (reading.level, reading.kind) == ("imminent", "medical"), reading.signals


@pytest.mark.parametrize(
    "text",
    ["he forgot his inhaler at his dads, left it on the couch", "she's so drowsy now"],
)
def test_the_rescue_medicine_missing_or_drowsiness_right_after_an_emergency_goes_on(
    text: str,
) -> None:
    reading = _read(
        text,
        _learned_only("elevated", "medical"),
        last_level="imminent",
        highest_level="imminent",
        earlier_kind="medical",
    )
    assert reading.level == "imminent", reading.signals


def test_the_feared_person_heading_for_the_room_is_imminent() -> None:
    assert arrival_after_threat("va para el cuarto de los niños", ["domestic_violence"])
    assert arrival_after_threat("hes coming to my room", ["domestic_violence"])


def test_a_mind_made_up_after_suicidal_words_is_the_act_decided() -> None:
    reading = act_after_ideation("dont worry. my mind is made up", {"self_harm"})
    assert reading is not None and reading.level == "imminent"


def test_asking_for_outreach_or_a_check_is_no_yes_to_the_danger() -> None:
    assert answer_to_safety_question("si, manden outreach por favor", "medical") is None
    assert answer_to_safety_question("yes can you send someone to check on her", "medical") is None


@pytest.mark.parametrize(
    "text", ["ya llegaron unas patrullas", "llegaron los de la ambulancia, lo están atendiendo"]
)
def test_help_arriving_told_verb_first_is_not_the_one_feared(text: str) -> None:
    reading = _read(
        text, _NOTHING, last_level="imminent", highest_level="imminent", earlier_kinds={"weapon"}
    )
    assert reading.level != "imminent", reading.signals


@pytest.mark.parametrize(
    "text",
    [
        "estan regresando, ya vienen derecho hacia mi",
        "he turned around, hes walking straight at us",
        "we're crouched behind the mailbox",
        "estamos agachados detrás de un carro",
    ],
)
def test_the_feared_coming_at_the_resident_or_the_resident_taking_cover_is_imminent(
    text: str,
) -> None:
    reading = _read(text, _NOTHING, earlier_kinds={"threat"}, highest_level="elevated")
    assert (reading.level, reading.kind) == ("imminent", "threat"), reading.signals


@pytest.mark.parametrize(
    "text",
    [
        "the lady still isnt moving",
        "la muchacha sigue sin responder",
        "both my daughters are in the closet with me",
    ],
)
def test_still_down_or_children_sheltering_with_the_resident_is_the_emergency_going_on(
    text: str,
) -> None:
    reading = _read(
        text, _NOTHING, last_level="imminent", highest_level="imminent", earlier_kind="violence"
    )
    assert reading.level == "imminent", reading.signals


def test_a_burn_barrel_by_tents_is_a_hazard_and_the_fire_spreading_is_the_emergency() -> None:
    hazard = screen_text("some guys are burning pallets in a drum right beside the tents")
    rules = {(s["id"], s["level"]) for s in hazard.signals if s["layer"] == "pattern"}
    assert ("fire.hazard", "elevated") in rules and hazard.kind == "fire", hazard.signals
    reading = _read("ay se está pasando a la otra carpa", _NOTHING, earlier_kinds={"fire"})
    assert (reading.level, reading.kind) == ("imminent", "fire"), reading.signals


def test_asking_for_the_lines_number_is_no_yes_and_writing_to_988_is_the_call_told() -> None:
    assert answer_to_safety_question("sí, pásame el número por favor", "domestic_violence") is None
    assert answer_to_safety_question("yeah whats the number for that", "threat") is None
    reading = _read(
        "ok le voy a escribir al 988 ahorita",
        _learned_only("imminent", "self_harm"),
        last_level="imminent",
        highest_level="imminent",
        earlier_kind="self_harm",
    )
    assert reading.level == "none", reading.signals


def test_a_childs_crying_cut_off_after_a_blow_is_an_emergency() -> None:
    reading = _read(
        "oí como algo se cayó y la nena se calló de repente",
        _learned_only("elevated", "violence"),
        earlier_kinds={"child_safety"},
        highest_level="elevated",
    )
    assert (reading.level, reading.kind) == ("imminent", "child_safety"), reading.signals


def test_driven_off_with_the_child_after_a_worry_is_the_child_gone_into_danger() -> None:
    for text in ("se los llevó y arrancó manejando así", "he just drove off with the baby"):
        reading = _read(text, _NOTHING, earlier_kinds={"child_safety"}, highest_level="elevated")
        assert (reading.level, reading.kind) == ("imminent", "child_safety"), reading.signals


@pytest.mark.parametrize("text", ["lol jk. actually no im not joking", "no es broma, en serio"])
def test_suicidal_words_taken_back_then_meant_are_the_intent_again(text: str) -> None:
    reading = act_after_ideation(text, {"self_harm"})
    assert reading is not None and reading.level == "imminent"
    assert act_after_ideation("no lo digo en serio, perdón", {"self_harm"}) is None


def test_someone_else_calling_or_the_feared_left_behind_is_no_new_emergency() -> None:
    for text in ("alguien ya llamó", "shes out of the store now, the guard kept her out"):
        reading = _read(
            text,
            _learned_only("imminent", "weapon"),
            last_level="imminent",
            highest_level="imminent",
            earlier_kinds={"threat"},
        )
        assert reading.level != "imminent", reading.signals


def test_company_now_with_the_resident_after_suicidal_words_is_no_new_emergency() -> None:
    reading = _read(
        "my sister just got here, shes here w me now",
        _learned_only("elevated", "self_harm"),
        last_level="imminent",
        highest_level="imminent",
        earlier_kind="self_harm",
    )
    assert reading.level != "imminent", reading.signals


@pytest.mark.parametrize(
    "text",
    ["we're all outside on the corner now", "ya estoy al otro lado de la calle", "im out front"],
)
def test_out_of_the_building_after_an_emergency_is_no_new_one(text: str) -> None:
    reading = _read(
        text,
        _learned_only("elevated", "weapon"),
        last_level="imminent",
        highest_level="imminent",
        earlier_kind="fire",
    )
    assert reading.level != "imminent", reading.signals


@pytest.mark.parametrize("text", ["knocked on 3B twice, no one is answering", "nadie abre"])
def test_no_one_answering_right_after_a_fire_is_the_emergency_going_on(text: str) -> None:
    reading = _read(
        text, _NOTHING, last_level="imminent", highest_level="imminent", earlier_kind="fire"
    )
    assert (reading.level, reading.kind) == ("imminent", "fire"), reading.signals


@pytest.mark.parametrize("text", ["i knocked a bunch and nothing", "tocamos el timbre y nada"])
def test_knocking_and_nothing_after_a_welfare_worry_keeps_the_worry(text: str) -> None:
    reading = _read(
        text, _NOTHING, last_level="elevated", highest_level="elevated", earlier_kind="medical"
    )
    assert (reading.level, reading.kind) == ("elevated", "medical"), reading.signals


@pytest.mark.parametrize(
    "text", ["todo lo veo borroso ahora", "my vision went blurry", "im so confused rn"]
)
def test_own_vision_or_mind_going_after_a_health_worry_is_an_emergency(text: str) -> None:
    reading = _read(
        text, _NOTHING, last_level="elevated", highest_level="elevated", earlier_kind="medical"
    )
    assert (reading.level, reading.kind) == ("imminent", "medical"), reading.signals


def test_the_help_a_call_sends_is_one_group_of_names() -> None:
    assert help_took_over("ya llegaron las ambulancias")
    assert help_took_over("llegaron los cops, they have him")
    assert without_helper_arriving("ya llegaron los de ems").strip() == ""


@pytest.mark.parametrize("text", ["should we kick the door in", "vamos a tumbar la puerta"])
def test_forcing_the_door_after_a_drug_worry_is_an_emergency(text: str) -> None:
    reading = _read(
        text, _NOTHING, last_level="elevated", highest_level="elevated", earlier_kind="overdose"
    )
    assert (reading.level, reading.kind) == ("imminent", "overdose"), reading.signals


@pytest.mark.parametrize("text", ["i hid the knives from him", "le escondimos las pastillas"])
def test_the_means_taken_away_after_an_emergency_is_no_new_one(text: str) -> None:
    reading = _read(
        text,
        _learned_only("imminent", "self_harm"),
        last_level="imminent",
        highest_level="imminent",
        earlier_kind="self_harm",
    )
    assert reading.level != "imminent", reading.signals


def test_someone_said_to_feel_better_now_is_over() -> None:
    assert OVER.search(normalize("he says he feels better now"))
    assert not OVER.search(normalize("he says he feels better but he still cant stand"))


def test_a_seizure_back_and_timed_after_missed_medicine_is_an_emergency() -> None:
    reading = _read(
        "omg its happening again, been like 3 minutes",
        _NOTHING,
        last_level="none",
        highest_level="elevated",
        earlier_kind="medical",
    )
    assert (reading.level, reading.kind) == ("imminent", "medical"), reading.signals


@pytest.mark.parametrize(
    "text",
    ["found him with some of it in his mouth", "el nene tiene bolitas azules en la boca"],
)
def test_a_child_found_with_poison_in_the_mouth_after_the_worry_is_an_emergency(
    text: str,
) -> None:
    reading = _read(text, _NOTHING, last_level="elevated", earlier_kind="child_safety")
    assert reading.level == "imminent", reading.signals


@pytest.mark.parametrize("text", ["omg hes gone all limp", "ahora esta muy adormilada"])
def test_a_child_gone_limp_or_drowsy_after_pills_within_reach_is_an_emergency(text: str) -> None:
    reading = _read(text, _NOTHING, last_level="none", earlier_kind="overdose")
    assert (reading.level, reading.kind) == ("imminent", "overdose"), reading.signals


@pytest.mark.parametrize(
    "text", ["the curtain by the heater is melting", "la cortina se esta derritiendo"]
)
def test_something_melting_by_a_fire_hazard_is_a_fire(text: str) -> None:
    reading = _read(text, _NOTHING, last_level="elevated", earlier_kind="fire")
    assert (reading.level, reading.kind) == ("imminent", "fire"), reading.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my grandpa is still sleeping in there", "fire"),
        ("mi hermano sigue adentro", "fire"),
        ("we can't pry the lid open", "child_safety"),
        ("no podemos abrirla", "child_safety"),
        ("the bouncer is trying to pull them apart", "violence"),
        ("yeah i think so", "violence"),
    ],
)
def test_right_after_an_emergency_someone_still_in_it_or_no_way_in_goes_on(
    text: str, kind: str
) -> None:
    reading = _read(
        text, _NOTHING, last_level="imminent", highest_level="imminent", earlier_kind=kind
    )
    assert reading.level == "imminent", reading.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("im across the street in the deli, calling now", "weapon"),
        ("ok we're getting out of the building", "fire"),
        ("ok they're on the way", "overdose"),
        ("he walked off toward the park", "weapon"),
        ("the fire department came, everyone is out", "fire"),
        ("hablando con la 988 ahorita", "self_harm"),
        ("we're gonna take him home to his mom's", "overdose"),
    ],
)
def test_away_from_the_emergency_or_help_come_is_no_new_one(text: str, kind: str) -> None:
    reading = _after_emergency(text, kind)
    assert reading.level != "imminent", reading.signals


def test_they_on_their_way_after_a_threat_may_be_the_ones_feared() -> None:
    reading = _read(
        "theyre on their way",
        _learned_only("elevated", "threat"),
        last_level="imminent",
        highest_level="imminent",
        earlier_kind="threat",
        earlier_kinds=("threat",),
    )
    assert reading.level == "imminent", reading.signals


@pytest.mark.parametrize(
    "text", ["ya me los trague", "se los tomo... todos", "he took them. every last one"]
)
def test_the_pills_taken_after_suicidal_words_is_an_emergency(text: str) -> None:
    assert act_after_ideation(text, {"self_harm"}) is not None


def test_the_one_feared_arriving_with_others_is_no_expected_company() -> None:
    reading = _read("nvm hes downstairs with 3 other dudes", _NOTHING, earlier_kinds=("threat",))
    assert reading.level == "imminent", reading.signals


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("she never made it to work and her phone is off", "imminent"),
        ("mi hijo no llego al colegio y no contesta", "imminent"),
        ("he didnt go to school today, hes home with me", "none"),
    ],
)
def test_someone_threatened_missing_and_not_answering_is_an_emergency(
    text: str, expected: str
) -> None:
    reading = _read(text, _NOTHING, last_level="none", earlier_kinds=("threat",))
    assert reading.level == expected, reading.signals


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("its beeping now and we all feel dizzy", "imminent"),
        ("i have a headache but its just stress", "none"),
    ],
)
def test_after_a_carbon_monoxide_worry_the_detector_sounding_or_all_sick_is_an_emergency(
    text: str, expected: str
) -> None:
    reading = _read(text, _NOTHING, last_level="none", earlier_kind="fire")
    assert reading.level == expected, reading.signals


@pytest.mark.parametrize(
    "text", ["ahora esta ahi arriba en la baranda", "shes up on the windowsill"]
)
def test_a_child_up_where_the_worry_was_is_an_emergency(text: str) -> None:
    reading = _read(text, _NOTHING, last_level="elevated", earlier_kind="child_safety")
    assert (reading.level, reading.kind) == ("imminent", "child_safety"), reading.signals


def test_asking_what_to_do_right_after_an_emergency_is_it_going_on() -> None:
    reading = _read(
        "i got naloxone here, what do i do",
        _NOTHING,
        last_level="imminent",
        highest_level="imminent",
        earlier_kind="overdose",
    )
    assert reading.level == "imminent", reading.signals


@pytest.mark.parametrize(
    "text",
    [
        "she gave away her cat yesterday and her phone is off",
        "regaló su gato y tiene el celular apagado",
    ],
)
def test_a_pet_given_away_and_a_phone_off_after_a_goodbye_is_an_emergency(text: str) -> None:
    assert act_after_ideation(text, {"self_harm"}) is not None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("his spare battery is dead now", "medical"),
        ("the one in front has a bat", "threat"),
        ("now theyre pounding on my front door", "threat"),
    ],
)
def test_what_makes_a_told_risk_an_emergency_now(text: str, kind: str) -> None:
    last = "imminent" if kind == "threat" else "elevated"
    reading = _read(
        text,
        _NOTHING,
        last_level=last,
        highest_level=last,
        earlier_kind=kind,
        earlier_kinds=(kind,),
    )
    assert reading.level == "imminent", reading.signals


def test_the_feared_one_coming_down_the_stairs_is_an_arrival() -> None:
    assert arrival_after_threat("ya vienen bajando los dos", ["threat"]) is not None


@pytest.mark.parametrize(
    ("text", "kind", "last"),
    [
        ("my sister grabbed her and shut the window", "child_safety", "imminent"),
        ("my son switched it off and unplugged it", "fire", "elevated"),
        ("nothing is smoking right now", "fire", "elevated"),
    ],
)
def test_the_danger_handled_is_no_emergency(text: str, kind: str, last: str) -> None:
    reading = _read(
        text,
        _learned_only("imminent", kind),
        last_level=last,
        highest_level=last,
        earlier_kind=kind,
        earlier_kinds=(kind,),
        asked_kind=kind if last == "elevated" else None,
    )
    assert reading.level != "imminent", reading.signals


def test_a_question_about_cost_is_not_left_to_the_conversation_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the model is made sure of an emergency: the guard, not its probability, must say no
    monkeypatch.setattr("triage.risk.followup.p_imminent", lambda *args, **kwargs: 0.99)
    reading = _read(
        "y eso cuanto cuesta?",
        _NOTHING,
        last_level="none",
        highest_level="elevated",
        earlier_kind="threat",
        earlier_kinds=("threat",),
    )
    assert reading.level != "imminent", reading.signals


def test_getting_sleepy_in_texting_spelling_after_pills_taken_is_an_emergency() -> None:
    reading = _read(
        "feeling rly sleepy now",
        _NOTHING,
        last_level="imminent",
        highest_level="imminent",
        earlier_kind="self_harm",
        earlier_kinds=("self_harm",),
    )
    assert reading.level == "imminent", reading.signals


def test_the_same_attackers_back_downstairs_is_an_arrival() -> None:
    assert arrival_after_threat("estan abajo, son los mismos de anoche", ["violence"]) is not None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("he came out, he didnt do anything, hes with us", "weapon"),
        ("the guard let me stay in the office until my dad comes", "threat"),
    ],
)
def test_the_act_not_done_or_a_guard_keeping_them_is_no_new_emergency(text: str, kind: str) -> None:
    reading = _after_emergency(text, kind)
    assert reading.level != "imminent", reading.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("no voy a llamar a la policia. se encerro en el baño con el cuchillo", "weapon"),
        ("i cant call 911, my papers. hes still yelling in the kitchen", "domestic_violence"),
        ("no puedo llamar, si viene la policia me deportan. sigue sin moverse", "overdose"),
    ],
)
def test_a_call_refused_or_impossible_is_no_call_and_the_emergency_goes_on(
    text: str, kind: str
) -> None:
    reading = _after_emergency(text, kind)
    assert reading.level == "imminent", reading.signals


def test_interest_in_mediation_answers_the_offer_not_the_safety_question() -> None:
    reading = _read("si, me interesa lo de mediacion", _NOTHING, asked_kind="threat")
    assert reading.level != "imminent", reading.signals


@pytest.mark.parametrize("text", ["se lo llevo!!", "she took him!!!"])
def test_a_child_taken_after_a_worry_about_the_one_who_took_them_is_an_emergency(
    text: str,
) -> None:
    reading = _read(text, _NOTHING, last_level="elevated", earlier_kind="child_safety")
    assert reading.level == "imminent", reading.signals


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tan aqui afuera, tocando el timbre", True),
        ("ya lo sacaron del agua y esta llorando", False),
    ],
)
def test_arrival_in_texting_forms_and_a_child_pulled_out_of_the_water(
    text: str, expected: bool
) -> None:
    assert (arrival_after_threat(text, ["violence"]) is not None) is expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("soy yo, no una amiga. es mi hija. por favor", "child_safety"),
        ("its me not my cousin. its my apartment. help", "domestic_violence"),
        ("él está en el otro cuarto, no puedo hablar", "domestic_violence"),
        ("hes in the next room i cant talk", "domestic_violence"),
    ],
)
def test_a_plea_or_hiding_within_earshot_right_after_an_emergency_is_it_going_on(
    text: str, kind: str
) -> None:
    reading = _after_emergency(text, kind, _NOTHING)
    assert reading.level == "imminent", reading.signals


@pytest.mark.parametrize(
    "text",
    ["EMS is here now. thanks for the help", "ya vinieron los bomberos, gracias por la ayuda"],
)
def test_thanks_for_the_help_once_help_came_is_no_plea(text: str) -> None:
    reading = _after_emergency(text, "fire", _NOTHING)
    assert reading.level != "imminent", reading.signals


@pytest.mark.parametrize(
    "text", ["ya lo encontraron esos tipos", "they found him behind the school"]
)
def test_the_ones_looking_for_someone_finding_them_is_an_emergency(text: str) -> None:
    assert arrival_after_threat(text, ["threat"]) is not None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("the bouncer threw him out and called the cops, we good", "violence"),
        ("el encargado los botó del local, gracias", "threat"),
        ("security broke them up, the other dude took off", "weapon"),
        ("pasó la compañía de gas y fire dept there", "fire"),
    ],
)
def test_someone_in_charge_putting_them_out_or_help_there_ends_the_emergency(
    text: str, kind: str
) -> None:
    reading = _after_emergency(text, kind)
    assert reading.level != "imminent", reading.signals
    assert arrival_after_threat(text, [kind]) is None


@pytest.mark.parametrize(
    "text", ["y nadie los para, el guardia solo mira", "no one is stopping him"]
)
def test_no_one_stopping_the_fight_right_after_it_is_it_going_on(text: str) -> None:
    reading = _after_emergency(text, "violence", _NOTHING)
    assert reading.level == "imminent", reading.signals


def test_the_fight_told_before_happening_again_likened_to_it_is_an_emergency() -> None:
    text = "omg its happening again, same as last week"
    reading = _read(text, _NOTHING, last_level="elevated", earlier_kind="violence")
    assert reading.level == "imminent", reading.signals


@pytest.mark.parametrize(
    "text", ["esta va a ser mi ultimo mensaje, cuídense", "this is gonna be my last text"]
)
def test_a_last_message_announced_after_suicidal_words_is_an_emergency(text: str) -> None:
    reading = _read(text, _NOTHING, last_level="elevated", earlier_kind="self_harm")
    assert (reading.level, reading.kind) == ("imminent", "self_harm"), reading.signals


@pytest.mark.parametrize(
    "text",
    [
        "i can hear her in the hallway",
        "la oigo subiendo ahorita",
        "viene pa donde estoy",
        "im sitting outside his job",
        "estoy afuera de su trabajo esperando que salga",
    ],
)
def test_the_one_feared_heard_coming_or_the_resident_at_their_door_is_an_arrival(
    text: str,
) -> None:
    assert arrival_after_threat(text, ["threat"]) is not None


@pytest.mark.parametrize(
    "text",
    [
        "cada vez que lo veo en el pasillo me pongo nerviosa",
        "every time i see her in the lobby i freeze",
    ],
)
def test_every_time_the_resident_sees_them_is_no_arrival(text: str) -> None:
    assert arrival_after_threat(text, ["threat"]) is None


@pytest.mark.parametrize(
    "text",
    ["his hand is in his hoodie pocket the whole time", "vino con la mano metida en el bolsillo"],
)
def test_a_hand_kept_where_a_weapon_would_be_after_a_threat_is_an_arrival(text: str) -> None:
    assert arrival_after_threat(text, ["threat"]) is not None


@pytest.mark.parametrize(
    "text",
    [
        "why would i text them, nobody cares",
        "no se si voy a llamar, de que sirve",
        "what are they even going to do",
    ],
)
def test_the_line_refused_right_after_suicidal_danger_is_it_going_on(text: str) -> None:
    reading = _after_emergency(text, "self_harm", _NOTHING)
    assert reading.level == "imminent", reading.signals


@pytest.mark.parametrize(
    "text",
    ["found him!! he was with his cousin at the deli", "ya lo encontramos, estaba con la vecina"],
)
def test_a_lost_one_found_with_someone_safe_ends_the_emergency(text: str) -> None:
    reading = _read(
        text,
        _learned_only("imminent", "child_safety"),
        last_level="imminent",
        highest_level="imminent",
        earlier_kind="child_safety",
        earlier_kinds=("child_safety", "weapon"),
    )
    assert reading.level != "imminent", reading.signals


def _right_after_suicidal_danger(text: str, guessed_kind: str) -> RiskResult:
    """``text``, which only the learned layers read (as a risk of ``guessed_kind``), right
    after a suicidal emergency."""
    return _after_emergency(text, "self_harm", _learned_only("elevated", guessed_kind))


def test_the_emergency_going_on_keeps_its_kind_over_the_models_guess() -> None:
    reading = _right_after_suicidal_danger("y pa que, si nadie me va a extrañar", "threat")
    assert (reading.level, reading.kind, reading.route) == ("imminent", "self_harm", "988")


def test_an_overdose_guessed_after_suicidal_danger_still_routes_to_911() -> None:
    reading = _right_after_suicidal_danger("idk maybe an hour ago", "overdose")
    assert (reading.level, reading.kind, reading.route) == ("imminent", "overdose", "911")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ya me tomé como 15", "overdose"),
        ("i took like 12 of them", "overdose"),
        ("ya tomé la decisión, es hoy", "self_harm"),
    ],
)
def test_pills_counted_after_suicidal_words_are_an_overdose_and_a_decision_is_not(
    text: str, kind: str
) -> None:
    reading = act_after_ideation(text, ["self_harm"])
    assert reading is not None and (reading.level, reading.kind) == ("imminent", kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("me estoy quedando dormida", "overdose"),
        ("solo", "self_harm"),
        ("nobody answering, i keep knocking", "child_safety"),
        ("lo estan tratando de tumbar la puerta", "domestic_violence"),
        ("i got the narcan from my bag, do i just inject it", "overdose"),
    ],
)
def test_alone_falling_asleep_or_no_answer_right_after_an_emergency_is_it_going_on(
    text: str, kind: str
) -> None:
    reading = _after_emergency(text, kind, _NOTHING)
    assert reading.level == "imminent", reading.signals


def test_a_seizure_told_before_starting_with_a_cry_is_an_emergency() -> None:
    reading = _read("oh no its starting", _NOTHING, last_level="elevated", earlier_kind="medical")
    assert (reading.level, reading.kind) == ("imminent", "medical"), reading.signals


def test_no_sound_to_a_touch_after_a_worry_is_someone_found_down() -> None:
    text = "le toqué la mano y le hablé. nada, ni un quejido"
    reading = _read(text, _NOTHING, last_level="elevated", earlier_kind="medical")
    assert reading.level == "imminent", reading.signals


@pytest.mark.parametrize(
    ("text", "arrived"),
    [
        ("ya oigo sus llaves", True),
        ("i can hear his keys in the lock", True),
        ("viene pal baño y yo aqui adentro", True),
        ("está en el sofá dormido, no sabe que escribo", False),
    ],
)
def test_keys_heard_or_coming_to_the_room_is_an_arrival_and_asleep_is_not(
    text: str, arrived: bool
) -> None:
    assert (arrival_after_threat(text, ["domestic_violence"]) is not None) is arrived


@pytest.mark.parametrize(
    "text",
    [
        "911 is here now",
        "they walked him out in handcuffs",
        "she's at the hospital now, they found her",
        "got her. pulled her off the sill, she's crying but ok",
    ],
)
def test_help_there_an_arrest_or_a_hospital_ends_the_emergency(text: str) -> None:
    reading = _after_emergency(text, "child_safety")
    assert reading.level != "imminent", reading.signals


def test_a_threat_read_under_another_kind_is_remembered_for_the_arrival() -> None:
    memory = ConversationMemory()
    for text in ["dice que viene por los nenes esta semana", "ya llegó"]:
        reading = memory.read(screen_text(text), text)
        memory = memory.after(reading, text)
    assert "threat" in memory.kinds
    assert reading.level == "imminent", reading.signals


@pytest.mark.parametrize(
    "text",
    [
        "he was arrested last year, now hes outside my door",
        "lo arrestaron en marzo y ya volvió",
        "the super kicked him out last month and now hes back in the lobby",
        "he was sleeping but now hes outside my door",
    ],
)
def test_an_arrest_or_an_end_told_of_before_is_no_end_of_an_arrival_now(text: str) -> None:
    assert arrival_after_threat(text, ["threat"]) is not None


def test_the_one_feared_inside_is_no_end_of_the_emergency() -> None:
    # the learned layers read it imminent; "he's inside" is not a child back inside here
    text = "he's inside. i locked myself in the bathroom w my phone"
    reading = _after_emergency(text, "domestic_violence", _learned_only("imminent", "violence"))
    assert reading.level == "imminent", reading.signals


def test_a_child_back_inside_still_ends_the_emergency() -> None:
    text = "got her, she's inside now"
    reading = _after_emergency(text, "child_safety", _learned_only("imminent", "child_safety"))
    assert reading.level != "imminent", reading.signals


@pytest.mark.parametrize(
    "text", ["i'm banging on it and nothing", "toco y toco y nada", "knocked again, no answer"]
)
def test_knocking_with_no_answer_right_after_an_emergency_goes_on(text: str) -> None:
    assert _after_emergency(text, "overdose", _NOTHING).level == "imminent"


@pytest.mark.parametrize(
    "text",
    ["i can see his feet thru the gap, no se han movido en horas", "she hasn't moved in hours"],
)
def test_still_for_hours_after_drug_use_is_found_down(text: str) -> None:
    reading = _read(
        text,
        _learned_only("elevated", "medical"),
        last_level="elevated",
        earlier_kind="overdose",
        earlier_kinds=("overdose",),
    )
    assert (reading.level, reading.kind) == ("imminent", "overdose"), reading.signals


@pytest.mark.parametrize(
    "text",
    [
        "y yo había dejado la bañera llenándose 😭😭",
        "and i left the stove on",
        "the tub is running",
    ],
)
def test_water_or_fire_left_going_near_a_child_alone_is_an_emergency(text: str) -> None:
    reading = _read(
        text,
        _NOTHING,
        last_level="elevated",
        earlier_kind="child_safety",
        earlier_kinds=("child_safety",),
    )
    assert (reading.level, reading.kind) == ("imminent", "child_safety"), reading.signals


def test_a_stove_left_on_with_no_child_told_of_is_not_read_so() -> None:
    reading = _read("i left the stove on lol", _NOTHING, earlier_kinds=("medical",))
    assert reading.level == "none"


@pytest.mark.parametrize(
    "text", ["i already pushed them all out onto the desk", "ya saqué todas las pastillas"]
)
def test_pills_pushed_out_of_the_pack_after_suicidal_words_are_the_act(text: str) -> None:
    reading = act_after_ideation(text, {"self_harm"})
    assert reading is not None
    assert (reading.level, reading.route) == ("imminent", "988")


@pytest.mark.parametrize(
    "text",
    ["los nenes estan conmigo encerrados en el cuarto", "estamos encerradas en el baño"],
)
def test_locked_in_a_room_with_the_children_after_a_threat_is_hiding(text: str) -> None:
    assert arrival_after_threat(text, ["domestic_violence"]) is not None


@pytest.mark.parametrize(
    "text",
    [
        "ok my father in law is holding him back and my sister in law called 911, i hear sirens",
        "los vecinos lo están aguantando abajo y ya llamaron",
    ],
)
def test_the_one_feared_held_back_by_others_is_no_new_arrival(text: str) -> None:
    assert arrival_after_threat(text, ["domestic_violence"]) is None


@pytest.mark.parametrize(
    "text",
    [
        "the police came up and walked him downstairs. kids are shaken but ok",
        "the cops broke the chain, they're giving him narcan",
    ],
)
def test_help_that_came_and_took_over_ends_the_emergency(text: str) -> None:
    assert help_took_over(normalize(text))


def test_help_that_came_while_the_danger_goes_on_is_no_end() -> None:
    assert not help_took_over(normalize("the cops are here but he's still kicking the door"))
    assert not help_took_over(normalize("police came up but he's still got the knife"))
    # what the one feared or the resident does while help is on its way
    assert not help_took_over(normalize("police are coming, he broke the door"))
    assert not help_took_over(normalize("cops on the way, i'm giving him cpr"))
