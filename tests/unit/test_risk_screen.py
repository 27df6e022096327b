"""The risk screen on residents' messages: level, kind and route.

These load MiniLM once per test process (a few seconds); they assert what a
resident's message gets, not how the layers get there.
"""

from __future__ import annotations

import json
import string

import pytest

from triage.categories import RISK_KINDS
from triage.risk import RiskResult, screen, screen_text, warm_up
from triage.risk.normalize import normalize


@pytest.fixture(scope="module", autouse=True)
def _every_layer_loaded() -> None:
    """The whole screen, as the gateway runs it after start-up (the learned
    layers otherwise load in the background and miss the first messages)."""
    warm_up()


def _assert_well_formed(result: RiskResult) -> None:
    assert result.level in ("none", "elevated", "imminent")
    assert result.kind is None or result.kind in RISK_KINDS
    assert (result.kind is None) == (result.level == "none")
    assert result.route in ("911", "988", None)
    json.dumps(result.to_dict())  # serialisable for reply metadata


@pytest.mark.parametrize(
    ("text", "kind", "route"),
    [
        ("he has a gun", "weapon", "911"),
        ("HE HAS A GUN", "weapon", "911"),
        ("hе hаs а gun", "weapon", "911"),  # homoglyphs
        ("there's a man with a knife in the lobby", "weapon", "911"),
        ("shots fired outside my building", "weapon", "911"),
        ("my grandma collapsed and isn't breathing", "medical", "911"),
        ("I think my friend is overdosing, his lips are blue", "overdose", "911"),
        ("my boyfriend is hitting me right now", "domestic_violence", "911"),
        ("the building is on fire", "fire", "911"),
        ("I smell gas really strong in the hallway", "fire", "911"),
        ("a toddler is alone on the fire escape", "child_safety", "911"),
        ("he's outside my door saying he's going to stab me", "threat", "911"),
        ("two guys are beating a man in front of the bodega", "violence", "911"),
        ("I'm going to kill myself tonight", "self_harm", "988"),
        ("i'm going to k1ll mys3lf", "self_harm", "988"),
        ("i'm gonna unalive myself tonight", "self_harm", "988"),
        ("tiene una pistola", "weapon", "911"),
        ("mi esposo me está golpeando ahora mismo", "domestic_violence", "911"),
        ("me voy a matar esta noche", "self_harm", "988"),
        ("my neighbor tiene una pistola y está gritando", "weapon", "911"),
    ],
)
def test_emergencies_are_imminent_with_their_route(text: str, kind: str, route: str) -> None:
    result = screen(text)
    assert result.level == "imminent"
    assert result.kind == kind
    assert result.route == route


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("everyone would be better off without me", "self_harm"),
        ("I want to die", "self_harm"),
        ("kms", "self_harm"),
        ("quiero morirme", "self_harm"),
        ("my partner hits me when he drinks", "domestic_violence"),
        ("my neighbor threatened to hurt me if I complain again", "threat"),
        ("the kids next door are left alone all the time and seem hungry", "child_safety"),
        ("the landlord took down all the smoke detectors", "fire"),
        ("my son is using fentanyl again and I'm scared he'll overdose", "overdose"),
        ("I heard gunshots last night near the projects", "weapon"),
    ],
)
def test_risks_that_are_not_emergencies_are_elevated(text: str, kind: str) -> None:
    result = screen(text)
    assert result.level == "elevated"
    assert result.kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "this noise is killing me",
        "my phone is dying, can you text me the number",
        "he shot me a text saying he'd be late",
        "I'm dead 😂",
        "lol i'm dead 💀",
        "she's killing it at her new job",
        "this song is fire 🔥",
        "I got fired and need help with rent",
        "my mom will kill me if I'm late again haha",
        "my landlord stabbed me in the back by selling the building",
        "este ruido me está matando",
        "me muero de risa",
        "the kids have water guns and soak everyone",
    ],
)
def test_figurative_speech_is_not_a_risk(text: str) -> None:
    assert screen(text).level == "none"


@pytest.mark.parametrize(
    "text",
    [
        "he doesn't have a gun, he's just loud",
        "no one is hurt, they're just really loud",
        "nobody overdosed, they just smoke weed on the stairs",
        "there's no fire, the alarm keeps going off for no reason",
        "nadie está herido, solo están gritando",
        "no tiene pistola, solo es ruidoso",
    ],
)
def test_negated_danger_is_not_a_risk(text: str) -> None:
    result = screen(text)
    assert result.level == "none"
    assert any(s.get("context") == "negated" for s in result.signals) or not result.signals


def test_negation_does_not_reach_the_next_clause() -> None:
    assert screen("he doesn't have a gun but he has a knife").level == "imminent"
    assert screen("no one is hurt yet. he has a gun").level == "imminent"


@pytest.mark.parametrize(
    "text",
    [
        "there was a fight on my block years ago but it's been quiet since",
        "I was suicidal years ago but I'm doing much better, I just need help with my landlord",
        "hace años hubo un incendio aquí pero ahora todo está bien",
    ],
)
def test_the_distant_past_is_not_a_risk(text: str) -> None:
    assert screen(text).level == "none"


def test_the_recent_past_is_elevated_not_imminent() -> None:
    result = screen("someone attacked me on my way home last week")
    assert result.level == "elevated"


def test_a_past_attempt_felt_again_stays_elevated() -> None:
    result = screen("I tried to kill myself last year and I'm feeling that way again")
    assert result.level == "elevated"
    assert result.kind == "self_harm"
    assert result.route == "988"


@pytest.mark.parametrize(
    "text",
    [
        "my upstairs neighbor plays loud music every night until 3am",
        "my landlord won't fix the heat",
        "my landlord threatened to raise my rent",
        "there's a man sleeping in the vestibule, can someone help him",
        "is this a bot",
        "hola, necesito ayuda",
        "where can I get narcan training in queens",
    ],
)
def test_ordinary_messages_are_not_risks(text: str) -> None:
    result = screen(text)
    assert result.level == "none"
    assert result.route is None


@pytest.mark.parametrize(
    "text", ["", "   ", "\n\n", "👍", "🙏🙏🙏", "???", "...", "\x00", "a" * 5000]
)
def test_odd_input_gets_a_screen_not_an_exception(text: str) -> None:
    result = screen(text)
    _assert_well_formed(result)
    assert result.level == "none"


def test_non_string_input_is_screened_as_text() -> None:
    result = screen_text(None)  # type: ignore[arg-type]
    assert result.level == "none"


def test_a_long_paragraph_is_read_to_the_end() -> None:
    filler = (
        "The music upstairs goes on every night and the super never answers my calls "
        "about it, so I keep writing to the management company. "
    )
    text = filler * 16 + "Right now he is in the hallway and he has a gun."
    assert len(text) > 2000
    result = screen(text)
    assert result.level == "imminent"
    assert result.kind == "weapon"


def test_a_long_paragraph_with_a_buried_paraphrase_is_caught() -> None:
    filler = "The heat has been off for a week and the landlord keeps ignoring us. "
    text = filler * 15 + "Honestly everyone would be better off without me. " + filler * 10
    result = screen(text)
    assert result.level in ("elevated", "imminent")
    assert result.kind == "self_harm"


def test_a_long_ordinary_paragraph_is_not_a_risk() -> None:
    text = (
        "My landlord has not fixed the leak in my bathroom for two months and there is "
        "mold on the ceiling. The super says it is not his job. "
    ) * 17
    assert len(text) > 2000
    assert screen(text).level == "none"


def test_mixed_english_and_spanish() -> None:
    assert screen("help por favor mi esposo me está pegando").level == "imminent"
    assert screen("the music is so loud, no puedo dormir").level == "none"


def test_all_printable_characters_do_not_break_the_screen() -> None:
    _assert_well_formed(screen(string.printable * 10))


def test_signals_explain_the_result() -> None:
    result = screen("he has a gun")
    pattern = next(s for s in result.signals if s["layer"] == "pattern")
    assert pattern["id"] == "weapon.present"
    assert pattern["match"] == "has a gun"
    assert pattern["level"] == "imminent"


def test_semantic_signals_name_their_exemplar_and_score() -> None:
    result = screen("everyone would be better off without me")
    semantic = [s for s in result.signals if s["layer"] == "semantic"]
    assert semantic
    assert isinstance(semantic[0]["exemplar"], str)
    assert 0.0 < float(str(semantic[0]["score"])) <= 1.0
    assert semantic[0]["kind"] == "self_harm"


def test_a_paraphrase_no_rule_lists_is_caught_by_the_semantic_layer() -> None:
    result = screen("my family would honestly be happier if I wasn't around anymore")
    assert result.level in ("elevated", "imminent")
    assert result.kind == "self_harm"
    assert any(s["layer"] == "semantic" for s in result.signals)


def test_the_screen_is_deterministic() -> None:
    text = "my friend took a bunch of pills and won't wake up"
    first = screen(text).to_dict()
    assert all(screen(text).to_dict() == first for _ in range(3))


def test_to_dict_has_the_reply_metadata_fields() -> None:
    data = screen("I want to die").to_dict()
    assert {"level", "route", "kind", "signals"} <= set(data)
    assert data["route"] == "988"
    assert data["language"] == "en"


def test_language_is_reported() -> None:
    assert screen("mi vecino pone la música muy alta").language == "es"
    assert screen("my neighbor plays loud music").language == "en"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("some lady is getting punched in the face outside, come quick", "imminent"),
        ("I punched in late at work today", "none"),
        ("he is fighting for his life after the crash", "imminent"),
        ("we're fighting for our apartment in housing court", "none"),
        ("he took a shot at me", "imminent"),
        ("I took a shot of tequila", "none"),
    ],
)
def test_idioms_do_not_swallow_the_literal_phrase(text: str, level: str) -> None:
    assert screen(text).level == level


def test_without_the_model_the_patterns_still_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    from triage.risk import screening as screen_module
    from triage.risk import semantic

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("model missing")

    monkeypatch.setattr(semantic, "score", broken)
    monkeypatch.setattr(screen_module, "_semantic_down_until", 0.0)
    result = screen_text("he has a gun")
    assert (result.level, result.route) == ("imminent", "911")
    result = screen_text("I want to die")
    assert (result.level, result.route) == ("elevated", "988")
    assert {"layer": "semantic", "error": "unavailable"} in result.signals
    monkeypatch.setattr(screen_module, "_semantic_down_until", 0.0)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my uncle says a weight is pressing on his chest, left arm went numb", "medical"),
        ("creo que a mi papa le esta dando un infarto", "medical"),
        ("not sure if she's breathing, her lips look gray", "medical"),
        ("the couch caught, its spreading to the curtains", "fire"),
        ("me estoy cortando y no para de sangrar", "medical"),  # bleeding routes to 911
        ("tengo la soga lista, esta noche lo hago", "self_harm"),
        ("bang bang bang right now on my block, everybody ducking", "weapon"),
        ("he just broke a bottle over the other guy's head in front of the deli", "violence"),
        ("the guy i reported at work is in my lobby saying hes coming up to settle this", "threat"),
    ],
)
def test_emergencies_told_by_signs_or_hedged_are_imminent(text: str, kind: str) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "mi sobrino tiene una pistola de agua y moja a los vecinos, como lo controlo",
        "casi me da un infarto con el recibo del gas jaja, hay ayuda para pagarlo?",
        "de joven me apuñalaron en una pelea, hoy quiero ser mentor de muchachos",
        "nos estan sacando del apartamento el mes que viene, donde hay un shelter",
        "my son wants to join the boxing gym at the rec center, any scholarships?",
    ],
)
def test_toys_idioms_the_past_and_evictions_are_not_emergencies(text: str) -> None:
    assert screen(text).level != "imminent"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("kids at school keep posting they will shoot up the school friday", "threat"),
        ("mi vecina es anciana, vive sola y no tiene calefaccion hace una semana", "medical"),
    ],
)
def test_warning_signs_are_elevated(text: str, kind: str) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("elevated", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "ese reggaeton que pusieron anoche estaba en fuego, pero el vecino se quejo",
        "the pharmacy chain that opened next door is killing my sales",
        "estoy que exploto de coraje con mi jefe pero estoy bien, solo quiero reclamar",
        "a mi papa se le subio la presion el mes pasado, ya esta controlado",
        "hace como 20 anos tuve una sobredosis, hoy llevo limpio y quiero ser voluntario",
        "no one's fighting, i just want quieter evenings",
        "I have never once seen him carrying any kind of weapon, he is only loud",
    ],
)
def test_figures_of_speech_negations_and_the_past_are_not_imminent(text: str) -> None:
    assert screen(text).level != "imminent"


def test_someone_barricaded_from_a_relative_at_home_is_imminent() -> None:
    result = screen(
        "my son shoved me into the wall tonight and he is still yelling in the living room, "
        "i put a chair against my bedroom door"
    )
    assert result.level == "imminent"
    assert result.route == "911"


def test_a_barely_breathing_person_is_imminent_even_with_every_so_often() -> None:
    result = screen("hes grey and barely breathing, one breath every so often, needle by him")
    assert (result.level, result.kind) == ("imminent", "overdose")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("up on the bridge rn. been thinking about just letting go", "self_harm"),
        ("la cuerda ya esta colgada en el baño, solo quiero decirles adios antes", "self_harm"),
        (
            "gave away my clothes and my cat, i won't be here tomorrow, thanks for everything",
            "self_harm",
        ),
        (
            "my roommate is on the bathroom floor, there's a spoon next to him and he won't answer",
            None,
        ),
        ("se prendieron las cortinas y las llamas estan subiendo", "fire"),
        ("my sisters ex just took her son from school without permission and drove off", None),
        ("the man who keeps following me texted im outside your building come out", "threat"),
        ("a teen just struck a cashier in the face and hes still in the store yelling", "violence"),
    ],
)
def test_batch8_kinds_of_wording_are_imminent(text: str, kind: str | None) -> None:
    result = screen(text)
    assert result.level == "imminent", result.signals
    assert kind is None or result.kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "my grandfather is 79, on oxygen, and the boiler has been down since friday",
        "i used to self harm in high school and lately the urge to cut is back",
    ],
)
def test_cold_old_people_and_returning_urges_are_elevated(text: str) -> None:
    assert screen(text).level == "elevated"


@pytest.mark.parametrize(
    "text",
    [
        "the heat is off again and my apartment is freezing, can you help with the landlord",
        "mi jefa me esta matando con las horas extra, que derechos tengo",
        "candy overdose after halloween lol, send help 😂",
    ],
)
def test_ordinary_complaints_and_jokes_are_not_emergencies(text: str) -> None:
    assert screen(text).level != "imminent"


@pytest.mark.parametrize(
    "text",
    [
        "i cut way deeper than i wanted and i can't make it stop bleeding",
        "mi hijo me empujó contra la pared y todavía está en la casa gritando",
        "el tipo está abajo diciendo que si no bajo, sube a pegarme",
    ],
)
def test_batch9_kinds_of_wording_are_imminent(text: str) -> None:
    assert screen(text).level == "imminent", screen(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "esta semana tuve sobredosis de tarea, mañana llamo",
        "el mofongo que hicieron estaba que arde",
        "las empanadas fueron la bomba en la fiesta del bloque",
    ],
)
def test_batch9_figures_of_speech_and_toys_are_not_imminent(text: str) -> None:
    assert screen(text).level != "imminent"


def test_a_veiled_threat_note_is_elevated() -> None:
    result = screen("found a note on my door: we know where you live, keep your mouth shut")
    assert (result.level, result.kind) == ("elevated", "threat")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # means ready, buried mid-complaint in one run-on sentence
        (
            "the radiator bangs all night and the super never comes and honestly the noose is "
            "all set up in the basement so it won't matter after tonight, but please fix the heat",
            "self_harm",
        ),
        ("a toddler just wandered into the avenue alone, cars are swerving", "child_safety"),
        ("the guy we banned is back at the counter saying he will stab the cashier", "threat"),
        (
            "the man fired yesterday is in the lobby saying he'll shoot everyone, still there",
            "threat",
        ),
    ],
)
def test_emergencies_in_long_or_indirect_wording_are_imminent(text: str, kind: str) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("kms fr, no one would care", "self_harm"),  # "fr" insists; it does not say when
        ("my husband is using again and I'm scared he's gonna OD alone", "overdose"),
        ("my cousin got mugged three times this year walking home from the train", "violence"),
    ],
)
def test_fear_insistence_and_repeats_stay_elevated(text: str, kind: str) -> None:
    result = screen(text)
    assert result.level == "elevated", result.signals


@pytest.mark.parametrize(
    "text",
    [
        "my daughter has a sobredosis de Roblox jaja, any camps this summer?",
        "I overdosed on true crime podcasts this weekend, anyway the hallway light is out",
        "When I was 17 I tried to end my life. Now I'm 40 and I'd like to volunteer",
        "cuando tenia 16 anos me quise matar, ahora estoy bien y quiero ayudar a otros",
        "my roommate is gonna kill me when he sees I broke his mug lol",
        "going to shoot my shot with the cute barista, wish me luck",
        "mis hijos se pelean a gritos por la tablet, algun consejo?",
        "estamos peleando el aumento de renta con la asociacion de inquilinos",
        "someone threatened me at a bus stop like 10 yrs ago, can you fix the lighting there",
    ],
)
def test_figures_of_speech_questions_and_the_past_are_not_risks(text: str) -> None:
    assert screen(text).level == "none", screen(text).signals


def test_rule_word_boundaries_hold_for_every_alternative() -> None:
    # "he shooting" inside "the shooting": a rule's boundaries must bind all of it
    result = screen("is there a community meeting about the shooting safety program next month")
    assert not any(s.get("match") == "he shooting" for s in result.signals), result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("sí, le sale mucha sangre de la pierna y está pálido", "medical"),  # "sí," is yes
        ("a man just dragged a 3rd grader into a black car outside PS 20", "child_safety"),
        ("toddler in a diaper running down the middle of Fulton, nobody with her", "child_safety"),
        ("i'm gonna swallow all my mom's sleeping pills tonight", "self_harm"),
        ("ya vienen para acá con sus primos a romperme la cara, están a dos cuadras", "threat"),
    ],
)
def test_answers_school_staff_and_regional_wording_are_imminent(text: str, kind: str) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "my student says her uncle comes into her room at night and it's their secret",
            "child_safety",
        ),
        ("the fire escape door on 3 is chained closed again", "fire"),
        ("apartment 2C is packed to the ceiling with boxes and old magazines", "fire"),
        (
            "my brother keeps using and i keep thinking he's gonna od one of these nights",
            "overdose",
        ),
    ],
)
def test_warning_signs_told_indirectly_are_elevated(text: str, kind: str) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("elevated", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "my neighbor keeps singing 'i can't breathe without you' at 2am, can someone talk to him",
        "the mets bullpen is on fire this week, any watch parties at the rec center?",
        "the refs were robbing us all game lol, is the gym open saturday",
        "i swear i'm gonna strangle my roommate if he leaves dishes in the sink one more time",
        "the garbage on our block hasn't been picked up in two weeks",
        "el casero me amenaza con el desalojo si no pago, que derechos tengo",
        "my first husband was violent but that was back in like 1998, i'm asking about classes",
    ],
)
def test_lyrics_sports_venting_and_chores_are_not_emergencies(text: str) -> None:
    assert screen(text).level != "imminent", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "una nena de 3 años caminando por el medio de la Jerome sola, los carros frenando",
            "child_safety",
        ),
        ("grey haze seeping out from under the door of 5A and a smell like burning wires", "fire"),
        ("the plug-in thing that says CO won't stop beeping and my mom is dizzy", "fire"),
        (
            "im sitting outside my old landlord's building rn thinking about making him pay "
            "for what he did",
            "threat",
        ),
    ],
)
def test_danger_told_by_senses_or_by_the_resident_is_imminent(text: str, kind: str) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        # one denied clause does not deny the rest of the message
        "he has never hit me, but he punches the door right next to my head when he's angry",
        "i busted a guy's jaw at a party last month and i feel like im gonna snap on someone again",
    ],
)
def test_a_denied_clause_or_the_residents_own_violence_stays_elevated(text: str) -> None:
    assert screen(text).level == "elevated", screen(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "every saturday night the guys outside the club end up throwing punches, can you help",
        "tuve un infarto hace once años, ya estoy bien, pero el ruido de la obra no me deja dormir",
        "my cousin said 'you're dead to me' over a group chat thing lol, do you do mediation",
        "we beat them at spades at the senior center and now they say they're coming for us haha",
        "burned the popcorn and the smoke alarm went off, windows open now, how to stop the chirp",
        "el cuchillo de la cocina no corta nada, alguien sabe donde lo afilan en el barrio?",
    ],
)
def test_habits_old_illness_family_drama_games_and_cooking_are_not_emergencies(text: str) -> None:
    assert screen(text).level != "imminent", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a question about what is happening now
        (
            "what do i do if a man pulled a knife in the lobby and hes still there? im hiding",
            "weapon",
        ),
        (
            "what should i do if my boyfriend has a bat and is blocking the door",
            "domestic_violence",
        ),
        # a goodbye told as arrangements
        (
            "can someone adopt my dog Rocky? i wont be around after friday and i have what i need",
            "self_harm",
        ),
        ("how many sleeping pills does it take to never wake up", "self_harm"),
        ("cuantas pastillas hacen falta para no despertar, ya las tengo", "self_harm"),
        ("mi ex se acaba de llevar a mi hijo sin permiso y va para el aeropuerto", "child_safety"),
        ("a little boy just ran toward the highway ramp by himself", "child_safety"),
        ("FUEGO!! AYUDA", "fire"),
    ],
)
def test_questions_arrangements_and_cries_are_imminent(text: str, kind: str) -> None:
    result = screen(text)
    assert result.level == "imminent", result.signals
    # the kind may be read as the weapon rather than the relationship; the route is what counts
    assert result.route == ("988" if kind == "self_harm" else "911"), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "delivery guys keep getting robbed on our block, my neighbor got hit with a bottle monday",
        "my brother started carrying a knife since he got jumped, it scares me",
    ],
)
def test_repeats_and_new_habits_are_elevated(text: str) -> None:
    assert screen(text).level == "elevated", screen(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "my daughter keeps screaming 'HELP IM DROWNING' at her minecraft game lmao",
        "the stray cat has been stalking me for food every morning",
        "i could strangle the management company, 3 weeks no gas",
        "where can we get narcan for our building? the tenant association wants some on hand",
    ],
)
def test_games_pets_venting_and_supplies_are_not_emergencies(text: str) -> None:
    assert screen(text).level != "imminent", screen(text).signals


@pytest.mark.parametrize(
    ("text", "route"),
    [
        ("el muchacho se está poniendo azul en el baño y no encontramos el narcan", "911"),
        ("we can't find the narcan and he's gray and snoring weird", "911"),
        (
            "been up on the roof at the edge for a while now, didnt want to go without telling "
            "someone",
            "988",
        ),
        # a gun at hand: the weapon's 911 comes first (combine.KIND_PRIORITY)
        ("got a gun this morning. not for protection. wanted someone to know before", "911"),
        ("he just texted 'im outside ur bldg, come down or i come up'", "911"),
        ("un señor gritó que es una bomba y dejó una mochila en la entrada del metro", "911"),
        (
            "my ex's brother is coming tonight with his friends to teach me a lesson, "
            "he texted omw",
            "911",
        ),
        ("my neighbor's boy, he is 5, is out on the fire escape ledge alone", "911"),
    ],
)
def test_batch_fourteen_kinds_of_emergency_are_imminent(text: str, route: str) -> None:
    result = screen(text)
    assert (result.level, result.route) == ("imminent", route), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "the man who sleeps by the church has a swollen purple foot and won't go to the ER",
        "someone in our group chat keeps saying he'll 'end her' if she doesn't drop the complaint",
        "los de la esquina se caen a golpes todos los sábados y uno salió con la nariz rota",
    ],
)
def test_untreated_wounds_veiled_threats_and_weekly_brawls_are_elevated(text: str) -> None:
    assert screen(text).level == "elevated", screen(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "the wind on the bridge cuts like a knife, can we get a bus shelter",
        "the jackhammers outside are killing me slowly, what are the legal hours",
        "kill me now, the G train is down again",
        "our co-op board left a note about my bike in the hall, can they do that",
        "la espera en la oficina de beneficios me está matando, hay citas en línea?",
        "my neighbor works out with a heavy bag at 6am and the floor shakes",
        "la farmacia ya no hace entrega y mi papá necesita sus pastillas del corazón",
        "my roommate buys pills online and on the news they say they're laced, how to talk to him",
    ],
)
def test_similes_venting_notes_and_errands_are_not_emergencies(text: str) -> None:
    assert screen(text).level != "imminent", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "prob nothing but the CO detector upstairs has been doing 4 beeps for 10 min "
            "and my husband feels sick",
            "fire",
        ),
        ("a guy from my old job just texted he's on his way over to 'finish this'", "threat"),
    ],
)
def test_batch_fifteen_kinds_of_emergency_are_imminent(text: str, kind: str) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "where can i get narcan near me? my brother is using again",  # a question, not a cry
        "a man keeps following me home from the train, 3 nights now, he's not here now",
        "someone keeps leaving notes under my door, this is the third one",
        "my client is bedbound and nobody is scheduled to see her after tomorrow",
    ],
)
def test_questions_patterns_and_care_gaps_are_elevated(text: str) -> None:
    assert screen(text).level == "elevated", screen(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "they're filming a movie on my block with a shootout scene and fake guns, so loud",
        "my nephew made a song called Overdose and blasts it at 2am",
        "the livery cabs on Nostrand are a suicide mission, can we get a crossing guard",
        "got a letter that our building is being sold, are we going to be kicked out?",
        "donde puedo tirar las medicinas vencidas de mi abuela?",
    ],
)
def test_film_sets_titles_idioms_and_errands_are_not_emergencies(text: str) -> None:
    assert screen(text).level != "imminent", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("mi tío se inyectó algo, está tirado en el piso y respira bien lento", "overdose"),
        ("FIRE laundry room 2nd fl", "fire"),
        ("there's a box by the school gate with a note saying it will go off at 3", "threat"),
    ],
)
def test_batch_sixteen_kinds_of_emergency_are_imminent(text: str, kind: str) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "last 4th of july the fireworks sounded like gunshots, can we get a warning this year",
        "me amenazaron con cortarme el gas si no pago, hay ayuda?",
        "my sister hit me with a pillow lol, anyway when is the tenant meeting",
        "the guy upstairs stomps around like an elephant at 5am",
    ],
)
def test_fireworks_bills_pillows_and_stomping_are_not_emergencies(text: str) -> None:
    assert screen(text).level != "imminent", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("BRAWL IN THE LOBBY RN", "violence"),
        ("scuffle outside building 3 right now, 2 guys on one", "violence"),
        ("mi esposo tiene la cara torcida de un lado y no puede mover el brazo", "medical"),
        ("a mi tía se le cayó la boca de un lado y habla enredado", "medical"),
        ("the guy who's been stalking my sister is downstairs right now asking for her", "threat"),
        ("the guy from 3B is banging on my door right now yelling he knows I'm alone", "threat"),
    ],
)
def test_batch_seventeen_kinds_of_emergency_are_imminent(text: str, kind: str) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


def test_not_wanting_to_wake_up_is_passive_ideation_in_spanish_too() -> None:
    result = screen("a veces ojalá no amanezca, estoy cansada de todo")
    assert (result.level, result.kind) == ("elevated", "self_harm"), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "the reggaeton from the bar across the street is killing me every weekend",
        "el super dice que va a matar las ratas del sótano con trampas",
        "the water balloon fight at the cookout got everyone soaked lol",
        "en la telenovela secuestraron a la hija del patrón, qué drama. hay clases de inglés?",
        "a crew is filming a crime show outside with fake gunshots, do they have a permit?",
    ],
)
def test_nuisances_pests_toy_fights_soaps_and_film_shoots_are_not_emergencies(text: str) -> None:
    assert screen(text).level == "none", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # "no" answering the bot's question negates nothing
        ("no he's not breathing right", "medical"),
        ("nope the toddler is still in the hot car", "child_safety"),
        (
            "the guy in the hallway has a grey face and is making a gurgling noise, not waking",
            "medical",
        ),
        ("found him on the floor, face is ashen, there's foil and a baggie by him", "overdose"),
        ("my uncle has his hands around my aunt's throat right now", "domestic_violence"),
        ("el tomacorriente de la sala está echando humo y huele a plástico quemado", "fire"),
        ("tonight's the night. deleted my socials and gave my dog to my cousin", "self_harm"),
        ("got what I need in my pocket and I'm on the Queensboro Bridge now", "self_harm"),
    ],
)
def test_batch_nineteen_and_twenty_kinds_of_emergency_are_imminent(text: str, kind: str) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


def test_the_exception_to_a_habit_is_read_as_now() -> None:
    text = "I check the lobby every night, usually quiet, but a man is unconscious by the mailboxes"
    assert screen(text).level == "imminent", screen(text).signals


def test_gangs_of_jumpers_and_hoarded_exits_are_risks() -> None:
    # MiniLM reads the first as an assault now; the rules alone say elevated
    jumpers = (
        "those kids jump people by the PATH entrance, my friend got his nose broken last month"
    )
    assert screen(jumpers).level != "none", screen(jumpers).signals
    hoard = "el señor del 2B acumula tanta basura que la salida de emergencia está bloqueada"
    assert screen(hoard).level == "elevated", screen(hoard).signals


@pytest.mark.parametrize(
    "text",
    [
        "la bocina de la barbería está matando a todo el edificio, desde las 8am",
        "me robaron la cartera en 2003 en esa estación, ahora está bien, ¿arreglan la luz?",
        "the leaf blowers on my block since 7am are seriously killing me",
        "got shot down for the apartment again, any other programs?",
        "my kid is on a full anime overdose this break lol, any winter camps?",
        "se me murió el teléfono, ahora le mando la foto del carro bloqueando el garaje",
        "tonight's the night of the tenant meeting, is it still at 7?",
        "nobody's hurt but the storm knocked a tree limb onto our fence, who removes it?",
    ],
)
def test_nuisances_rejections_old_years_and_dead_phones_are_not_emergencies(text: str) -> None:
    assert screen(text).level == "none", screen(text).signals


# ---------------------------------------------------------------- the learned layers' dissent


def test_both_learned_layers_can_overrule_a_rule_on_an_ordinary_message(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from triage.risk import learned

    text = "the new bakery on Tremont is on fire with customers today, the line blocks the sidewalk"
    monkeypatch.setattr(learned, "peaks", lambda *a: {"embedding": 0.5, "charngram": 0.04})
    assert screen(text).level == "imminent"  # the rule misreads "is on fire"; one layer agrees
    monkeypatch.setattr(learned, "peaks", lambda *a: {"embedding": 0.02, "charngram": 0.04})
    result = screen(text)
    capped = [s for s in result.signals if s.get("context") == "dissent"]
    assert result.level == "elevated", result.signals  # a safety question, not 911
    assert capped and capped[0]["learned_peak"] == 0.04


@pytest.mark.parametrize(
    "text",
    [
        "he has a gun",  # too short for the learned layers to overrule
        "The music upstairs goes on every night and the super never answers my calls, so I keep "
        "writing to management. The bins are never emptied either. Right now he is in the "
        "hallway and he has a gun.",
    ],
)
def test_a_rule_found_emergency_stands_when_the_layers_agree_or_cannot_judge(text: str) -> None:
    result = screen(text)
    assert result.level == "imminent", result.signals
    assert not any(s.get("context") == "dissent" for s in result.signals)


def test_without_the_model_a_rule_found_emergency_is_not_overruled(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from triage.risk import semantic

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("model missing")

    text = "the new bakery on Tremont is on fire with customers today, the line blocks the sidewalk"
    monkeypatch.setattr(semantic, "chunk_vectors", broken)
    assert screen_text(text).level == "imminent"  # the rule alone decides: err upward


def test_dissent_needs_both_layers_and_only_caps_rule_readings() -> None:
    from triage.risk.combine import dissent

    rule = {"layer": "pattern", "id": "fire.burning", "kind": "fire", "level": "imminent"}
    both_low = {"embedding": 0.03, "charngram": 0.05}
    assert dissent([rule], both_low, 12)[0]["level"] == "elevated"
    assert dissent([rule], {"charngram": 0.05}, 12)[0]["level"] == "imminent"
    assert dissent([rule], {"embedding": 0.03, "charngram": 0.2}, 12)[0]["level"] == "imminent"
    assert dissent([rule], both_low, 3)[0]["level"] == "imminent"
    exemplar = {"layer": "semantic", "kind": "fire", "level": "imminent", "score": 0.8}
    assert [s["level"] for s in dissent([rule, exemplar], both_low, 12)] == [
        "imminent",
        "imminent",
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("heard 4 pops on Linden and people running, someone is down", "weapon"),
        ("my neighbor is slamming his girlfriend into the door right now", "domestic_violence"),
        ("mi esposo me tiene encerrada en el baño y no me deja salir", "domestic_violence"),
        ("LAUNDRY ROOM ON FIRE bldg 4", "fire"),
        ("the man from the store texted he's coming over now and I'll be sorry", "threat"),
        ("el prestamista está abajo y dice que si no bajo me rompe la cara", "threat"),
        ("g00dbye every1, i w0nt b h3re 2moro", "self_harm"),
    ],
)
def test_batch_twenty_one_and_twenty_two_kinds_of_emergency_are_imminent(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "la verdad me da igual si me muero, ya nada tiene sentido",
        "the babysitter leaves them locked in all day sin comida, you can hear them crying",
        "somebody keeps lighting the dumpsters behind the school, twice this week",
        "a guy follows me from the bus stop to my building most nights",
    ],
)
def test_passive_ideation_neglect_arson_and_following_are_elevated(text: str) -> None:
    assert screen(text).level == "elevated", screen(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "binged Law & Order all weekend and they found a body in every episode lol. parking?",
        "the Mets bullpen got shelled again, also the trash on 126th hasn't been picked up",
        "tuvimos un incendio en junio del 2019, todos bien gracias a Dios. hay clases de inglés?",
        "lol mi mamá dice que si no llego temprano me mata 😂 where's the flu shot clinic",
        "the perfume from the store downstairs is choking me lol, who handles that",
        "his video game is all shootouts and gunfire at 3am, can you mediate?",
        "the empanadas at the truck are fire lol, anyway when is the tenant meeting",
        "in my nursing class we practiced overdose reversal on dummies, do you take volunteers?",
        "my brother keeps using my charger, i swear im gonna strangle him jk, can you mediate",
        "my cousin is learning how to treat gunshot wounds in her EMT course, any internships?",
    ],
)
def test_shows_sports_old_fires_family_jokes_and_games_are_not_emergencies(text: str) -> None:
    assert screen(text).level == "none", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("about to walk in front of the bus on Fordham Rd, bye", "self_harm"),
        ("the whole basement smells really strong like rotten eggs right now", "fire"),
        ("huele a huevo podrido en todo el pasillo, fuertísimo", "fire"),
    ],
)
def test_batch_twenty_three_kinds_of_emergency_are_imminent(text: str, kind: str) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "mi sobrino juega Fortnite disparando hasta las 3am y no deja dormir",
        "la novela que estamos viendo tiene balazos todo el tiempo jaja, pregunta: hay bingo?",
        "the jackhammer across the street sounds like gunshots every morning, who permits that",
    ],
)
def test_games_shows_being_watched_and_machines_are_not_gunfire(text: str) -> None:
    assert screen(text).level == "none", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("two guys at the car wash going at it with bats, one's face is all blood", "violence"),
        ("lined up all my pills on the nightstand with a bottle of vodka, i'm done", "self_harm"),
        ("el casero vino con tres tipos, dicen que me van a sacar a golpes ahorita", "threat"),
    ],
)
def test_batch_twenty_six_kinds_of_emergency_are_imminent(text: str, kind: str) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "el novio de la vecina toca a la nena de una forma extraña, ella le tiene miedo",
        "my neighbor's boyfriend plays secret games with her 7 year old and makes her promise",
        "four fights this month at the basketball court on Dean St",
    ],
)
def test_touching_secrets_and_repeated_fights_are_elevated(text: str) -> None:
    assert screen(text).level == "elevated", screen(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "las rentas se dispararon otra vez, hay ayuda para pagar?",
        "the movie at the library had a lot of gunfire for a kids' night, who picks them?",
        "we saw the news about the stabbing on the A train, do you offer safety workshops?",
        "my daughter's soda and mentos experiment exploded all over the hallway lol",
        "nos van a sacar del apartamento en enero, hay abogados gratis?",
    ],
)
def test_prices_films_news_experiments_and_evictions_are_not_emergencies(text: str) -> None:
    assert screen(text).level != "imminent", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my son's leg is bent the wrong way and the bone is through the skin", "medical"),
        ("mi papá se cayó, tiene la pierna torcida y se le ve el hueso", "medical"),
        ("mi hermano tomó unas pastillas y está roncando muy raro, no despierta", "overdose"),
        ("the detector is chirping and the screen says CO 250", "fire"),
        ("there's a cooler by the bus stop with wires sticking out of it", "threat"),
        ("a note on the door says everybody on this floor dies tonight", "threat"),
        ("ya dejé todo arreglado, esta noche es la noche que me voy", "self_harm"),
        (
            "I've got my dad's bottle of pills with me and I'm doing it when everyone's asleep",
            "self_harm",
        ),
        ("my ex-manager says he's 10 min away and he'll make everybody pay", "threat"),
    ],
)
def test_batch_twenty_seven_and_eight_kinds_of_emergency_are_imminent(text: str, kind: str) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


def test_feeling_in_the_way_of_the_world_is_passive_ideation() -> None:
    result = screen("desde que me quedé sola siento que estoy de más en este mundo")
    assert (result.level, result.kind) == ("elevated", "self_harm"), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "the guy who got fired last month keeps posting memes, can you mediate a work dispute?",
        "i OD'd on my abuela's flan at christmas lol, do you have nutrition classes",
        "mis hijos ven películas de balazos hasta tarde y los vecinos se quejan",
        "los petardos del bloque suenan como disparos toda la noche, nadie está herido",
        "got shot... down again at the housing lottery lol",
        "the kids upstairs are killing me con la música, can someone mediate",
        "my son says calculus is 'literally killing him' lol, any tutoring?",
        "in my game my character got stabbed twice and respawned, are there esports clubs?",
        "the new fare hike is gonna make everybody pay more, is there a reduced fare program?",
    ],
)
def test_relatives_food_genres_fireworks_and_games_are_not_emergencies(text: str) -> None:
    assert screen(text).level == "none", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my uncle swallowed all his pills and he's not responding when we shout", "overdose"),
        ("la vecina se tomó de golpe todas sus pastillas y ya no contesta", "overdose"),
        ("my brother is on the floor and not answering when i shake him", "medical"),
        ("no responde ni cuando le gritamos, está tirado en la sala", "medical"),
        ("the toaster is literally on fire and the smoke is black", "fire"),
        ("smoke is pouring out of the apartment under mine", "fire"),
        ("that wasn't fireworks, everyone ran and a man fell and isn't getting up", "weapon"),
        ("no eran cohetes, eran tiros, hay gente corriendo", "weapon"),
        ("the guy they kicked out last week just walked back in with a knife in hand", "weapon"),
        ("sí, todavía tiene el cuchillo, está en la cocina", "weapon"),
        ("mi esposo me tiene encerrada desde ayer y no me deja salir", "domestic_violence"),
        ("el que botamos dijo que venía a darnos una lección y ya lo veo afuera", "threat"),
        ("i'm on the bridge and i don't want to be alive anymore", "self_harm"),
        ("estoy en la azotea y ya no quiero seguir", "self_harm"),
        ("she wrote 'signing off for good, love you all' and now her phone is off", "self_harm"),
    ],
)
def test_batch_twenty_nine_to_thirty_four_kinds_of_emergency_are_imminent(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "my kid almost burned the house down making toast 😂 anyway, summer camp forms?",
        "thought i heard a gunshot but it was just a car backfiring, who handles noise?",
        "el niño en la ventana está bien, su mamá estaba al lado, falsa alarma",
        "that exam made me want to jump off a bridge lol, are there tutoring programs?",
    ],
)
def test_near_misses_retractions_and_caused_feelings_are_not_imminent(text: str) -> None:
    assert screen(text).level != "imminent", screen(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "mi suegra está que echa humo porque no fuimos a la cena",
        "laptop at 1% and dying, can you text me the address of the clinic",
        "her set at the open mic was straight flames, is there funding for youth arts?",
        "the kids have been screaming all day, my ears are bleeding lol, any mediation?",
        "my wife shot down all my vacation ideas, anyway do you have family counseling?",
        "un overdose de novelas este fin de semana jaja",
        "este tráfico me está matando, ¿hay descuentos en el ferry?",
        "my feet are dead after a double shift, is there a free clinic for foot pain?",
        "the Nets got blown out by 25 last night lol",
        "if I hear one more car alarm I'm gonna throw myself out the window, who handles noise?",
        "the l1ne at the cl1n1c is k1ll1ng me, 3 hours",
    ],
)
def test_fuming_dead_batteries_praise_and_hyperbole_are_not_emergencies(text: str) -> None:
    assert screen(text).level == "none", screen(text).signals


def test_a_yes_with_an_accent_is_not_an_if() -> None:
    assert normalize("Sí todavía está aquí").startswith("si, todavia")
    assert normalize("si todavía está aquí").startswith("si todavia")


@pytest.mark.parametrize(
    "text",
    [
        "mi ex viene todos los días al trabajo a vigilarme",
        "somebody spray painted 'you're next' on our door last night",
        "no lo hemos visto desde el jueves y su correo se acumula",
    ],
)
def test_watching_written_warnings_and_not_seen_since_are_elevated(text: str) -> None:
    assert screen(text).level == "elevated", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("she's almost not breathing, can someone come", "medical"),
        ("smoke in the hall again. last time it was a false alarm but now it's black", "fire"),
    ],
)
def test_almost_not_breathing_and_an_old_false_alarm_stay_imminent(text: str, kind: str) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("lol idk if this matters but shots just went off by the school", "weapon"),
        ("jaja no es broma, my grandpa fell and he's shaking all over", "medical"),
        ("i want to die lol jk... no actually i'm serious, i'm on the roof", "self_harm"),
        (
            "sry if this is dumb but my stepdad is throwing my mom against the wall",
            "domestic_violence",
        ),
        ("he's outside trying to pry the window open to get in", "violence"),
        ("dijo que volvía a acabar con nosotros y ya viene para acá", "threat"),
    ],
)
def test_emergencies_told_with_a_laugh_or_an_apology_are_imminent(text: str, kind: str) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "my aunt took a shot at my cooking again at thanksgiving",
        "that rapper is burning up the charts this month",
        "the Yankees are threatening to blow another lead, this bullpen is a ticking bomb",
        "mi suegra me quiere matar con tanta comida jaja",
        "my character got stabbed like 10 times in this game lol",
        "this homework me está matando",
    ],
)
def test_criticism_charts_bullpens_and_games_are_not_emergencies(text: str) -> None:
    assert screen(text).level == "none", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("im about to step into oncoming traffic, goodbye", "self_harm"),
        ("está pitando el detector de monóxido y mi hija está mareada", "fire"),
        ("el detector de co no para de sonar en el cuarto", "fire"),
        ("hay un letrero pegado en el paquete que dice bomba", "threat"),
        ("el cobrador ya viene con dos tipos a romperle los huesos a mi papá", "threat"),
        ("un nene solito corriendo por la autopista Major Deegan", "child_safety"),
        ("la niña está cruzando la avenida sola y vienen carros", "child_safety"),
    ],
)
def test_traffic_co_alarms_notes_and_loan_sharks_are_imminent(text: str, kind: str) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "the fire drill at my job took forever today",
        "mañana hay simulacro de incendio en el edificio, ¿tengo que bajar?",
        "the bass from next door was so loud it was killing me",
        "ese merengue nuevo me está matando, lo pongo todo el día",
        "la final de la Champions me tuvo al borde de un infarto",
        "mi tía es una bomba bailando, la reina de la fiesta",
        "vi una película de una bomba en un avión y no pude dormir",
        "our cats got into a fight in the hallway, both fine, just fur everywhere",
    ],
)
def test_drills_loud_music_suspense_and_pet_fights_are_not_emergencies(text: str) -> None:
    assert screen(text).level == "none", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ok thanks anyway, it doesnt matter now, im up on the bridge and im done", "self_harm"),
        ("ya no puedo más. mañana temprano me tiro del puente", "self_harm"),
        ("this beat is fire lol but also the stove is actually on fire, the pan caught", "fire"),
        ("estamos oliendo mucho humo en la escalera y no sabemos de dónde viene", "fire"),
        ("the baby next door is dangling out the ventana!!", "child_safety"),
        ("he took like 30 advil an hour ago and now he's throwing up", "overdose"),
        ("se tomó unas 25 pastillas de su mamá y está muy dormida", "overdose"),
        ("found my uncle slumped in the bathroom and he won't respond", "medical"),
    ],
)
def test_rooftop_goodbyes_smoke_in_spanish_and_counted_pills_are_imminent(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my abuela missed her dialysis twice because the elevator is out", "medical"),
        ("mi tío no ha podido ir a la quimio porque nadie lo lleva", "medical"),
        ("my son says he'd rather be dead than go back to that school", "self_harm"),
        ("estoy preocupada que mi hermano esté usando algo con fentanilo", "overdose"),
        ("no one was hurt but there's still blood on the stairs from last night", "violence"),
        ("her husband controls all of her money and hides her passport", "domestic_violence"),
    ],
)
def test_missed_dialysis_reported_ideation_and_fentanyl_fears_are_elevated(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("elevated", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "the buzzer in our building is dead, can't let my deliveries in",
        "completely knocked out after my double shift, sorry for the late reply",
        "the worship night is gonna set this whole neighborhood on fire 🙏 can we use the park",
        "el invierno pasado hubo un incendio en el 5to piso, quiero saber si hay inspecciones",
        "she had a heart attack back then but she's been healthy for years",
        "the smoke is just from my neighbor's grill, is that allowed on a fire escape?",
        "they argued and slammed a door but nobody touched anybody, just loud",
        "my landlord shot me a text saying the boiler is fixed",
        "shooting my shot: do you have any openings for outreach workers?",
        "¿hay cursos de cómo usar narcan en el centro comunitario?",
        "mi hermana me 'secuestró' para ir de compras todo el día jaja",
        "hace años pensé en quitarme la vida pero ahora estoy bien y quiero ayudar a otros",
    ],
)
def test_dead_buzzers_revivals_and_scare_quotes_are_not_risks(text: str) -> None:
    assert screen(text).level == "none", screen(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "we smelled gas yesterday, con ed came and fixed the line, all good now",
        "the gas smell in 3C was a loose stove pipe, the super fixed it and said it's safe",
        "mi vecino se desmayó pero ya vinieron los paramédicos y ya está bien",
    ],
)
def test_a_danger_already_handled_is_not_an_emergency(text: str) -> None:
    # At most elevated: the resident is asked whether anyone is in danger now.
    assert screen(text).level != "imminent", screen(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "con ed fixed the leak last week, all good, but now the hallway smells like gas again",
        "EMS came and said he's fine, but now he's not breathing right now",
    ],
)
def test_a_danger_back_after_it_was_handled_is_imminent(text: str) -> None:
    assert screen(text).level == "imminent", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("the door handle is hot and theres a haze in the hall", "fire"),
        ("la puerta está caliente y sale humito por abajo", "fire"),
        ("the hallway is hazy and my eyes are burning", "fire"),
        ("the hallway smells like gas and it's getting stronger", "fire"),
        ("her lips are grayish and she's barely breathing", "medical"),
    ],
)
def test_the_signs_of_a_fire_or_of_failing_breath_are_imminent(text: str, kind: str) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "the walls are hot, the radiator is on full blast all night",
        "the kids are barely awake lol it's 6am",
    ],
)
def test_hot_radiators_and_sleepy_kids_are_not_emergencies(text: str) -> None:
    assert screen(text).level == "none", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("i got a rope after work today. i've decided, nobody's home tonight", "self_harm"),
        ("im on the bridge rn, so tired of it all, no one will even notice", "self_harm"),
        ("el que me acosa desde hace semanas está abajo ahorita esperándome", "threat"),
        ("he's on his way here to 'settle things' and he knows where we live", "threat"),
        ("está golpeando la puerta ahora mismo, dice que me va a romper los huesos", "threat"),
    ],
)
def test_ropes_bought_bridges_stalkers_waiting_and_threats_at_the_door_are_imminent(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my ex texts me that if i don't come back he'll kill me", "domestic_violence"),
        ("somebody posted 'dont come to school tomorrow' in the class chat", "threat"),
        ("dice en instagram que me va a buscar pa pelear cuando salga del trabajo", "threat"),
        (
            "mi hermano lleva cuatro días metiéndose de todo y ya tuvo una sobredosis en 2022",
            "overdose",
        ),
        (
            "encontramos jeringas en el parque otra vez, me da miedo que alguien se muera ahí",
            "overdose",
        ),
    ],
)
def test_demands_school_warnings_and_ongoing_use_after_an_overdose_are_elevated(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("elevated", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "mi hija tuvo convulsiones cuando era bebé, ahora está sana",
        "he had seizures when he was a toddler but he's 12 now and totally fine",
    ],
)
def test_seizures_in_early_childhood_are_the_past(text: str) -> None:
    assert screen(text).level == "none", screen(text).signals


@pytest.mark.parametrize(
    "text",
    [
        # the character layer reads these two as elevated (a safety question, not 911)
        "mi mamá me va a buscar a la escuela hoy",
        "todavía queda olor a humo viejo en el pasillo desde el incendio del año pasado",
    ],
)
def test_a_ride_home_and_stale_smoke_are_not_emergencies(text: str) -> None:
    assert screen(text).level != "imminent", screen(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "the baby in 4F has been screaming for 3 hours and nobody answers the door",
        "la bebé de arriba está llorando desde hace cuatro horas y nadie abre, la dejaron sola",
    ],
)
def test_a_baby_crying_for_hours_behind_a_door_nobody_opens_is_imminent(text: str) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", "child_safety"), result.signals


def test_a_baby_crying_at_night_with_parents_at_work_is_not_an_emergency() -> None:
    text = "el bebé del vecino llora todas las noches por horas, los papás trabajan de noche"
    assert screen(text).level == "none", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "mi ex está tratando de entrar por la puerta de atrás, estoy sola con los niños",
            "domestic_violence",
        ),
        ("mi esposo me tiene agarrada del cuello, ayuda", "domestic_violence"),
        ("no encuentro a mi hijo de 5 años en la piscina, hace 10 minutos estaba", "child_safety"),
        ("la niña de la vecina está parada en medio de la avenida sola", "child_safety"),
        ("my brother was playing call of duty and now he's on the floor seizing", "medical"),
        ("they said i'm not leaving this block alive and they're waiting outside", "threat"),
        ("hoy compre una pistola, ya no puedo mas con esta vida", "self_harm"),
        ("sale umo negro del sotano y huele a kemado", "fire"),
    ],
)
def test_break_ins_holds_lost_children_and_phonetic_spanish_are_imminent(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("el super guarda cajas de cohetes en el sótano al lado de la caldera", "fire"),
        ("my sister's 5 year old walks to the bodega by herself at night", "child_safety"),
        ("mi prima volvió a consumir después de la boda", "overdose"),
        ("ya no kiero bivir", "self_harm"),
        ("le pido a dios que no me despierte mañana", "self_harm"),
    ],
)
def test_stored_fireworks_unsupervised_kids_relapse_and_wishes_not_to_wake_are_elevated(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("elevated", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "what a stroke of genius, the super finally fixed the boiler",
        "ate so much at the quince i couldn't breathe lol",
        "are menorah candles allowed in the lobby? just asking",
        "la gente en el chat del edificio se está atacando por la basura, solo palabras",
        "el ruido de la obra me va a matar, empiezan a las 6",
        "my boss held us hostage at the holiday party till midnight",
    ],
)
def test_luck_full_stomachs_holiday_lights_and_online_quarrels_are_not_emergencies(
    text: str,
) -> None:
    assert screen(text).level == "none", screen(text).signals


def test_a_child_lost_and_found_again_is_not_an_emergency() -> None:
    text = "perdí a mi hija 5 minutos en la playa pero la encontramos con el salvavidas"
    assert screen(text).level != "imminent", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("huele un olor bien fuerte a gas en el pasillo del tercer piso", "fire"),
        ("mi hermano se cortó con la sierra y no para de salirle sangre", "medical"),
        (
            "my cousin sliced his palm on a broken bottle and already soaked "
            "through three towels with blood",
            "medical",
        ),
        (
            "no es emergencia creo pero mi abuela se tomó un poco de cloro pensando que era agua",
            "medical",
        ),
        (
            "probably nothing but my toddler drank some of the oven cleaner, he keeps coughing",
            "medical",
        ),
        (
            "el vecino está borracho y se llevó el carro con los niños atrás, va para la autopista",
            "child_safety",
        ),
        (
            "my uncle is wasted and driving around the block with the kids in the back right now",
            "child_safety",
        ),
    ],
)
def test_gas_in_spanish_blood_soaking_towels_poisoning_and_drunk_drivers_with_kids_are_imminent(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("en el restaurante bloquean la salida de emergencia con cajas de aceite", "fire"),
        (
            "the delivery guy keeps hanging around the school and asked for my niece's instagram",
            "child_safety",
        ),
        (
            "hay chamacos de 13 trabajando en la fábrica de noche y no van a la escuela",
            "child_safety",
        ),
        ("found a note that says YOU'RE NEXT taped to my mailbox again", "threat"),
        (
            "the guy we kicked out said he'd come back with his cousins to jump "
            "whoever's at the register. that was friday",
            "threat",
        ),
        (
            "sorry to bother, nothing urgent, but my neighbor punched my son in "
            "the lobby two days ago and we're scared",
            "violence",
        ),
    ],
)
def test_blocked_exits_a_childs_number_child_labour_notes_and_played_down_assaults_are_elevated(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("elevated", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "con ed came by, checked the meter, all clear. who pays for the hotel we booked?",
        "el super arregló la fuga de la estufa y los de Con Edison revisaron, todo está seguro",
        "the steam pipes clank all night, sounds like gunshots lol, who fixes that",
        "estas escaleras me están matando desde que se dañó el ascensor",
        "las chinches la están matando a mi abuela, necesitamos fumigación",
        "estoy muerta 😂 mi vecino se puso el disfraz de pollo otra vez",
        "I'm deceased 💀 the super wore crocs to fix the boiler",
        "the kids keep playing stickball in the street, can we get a play street permit",
        "mi jefe amenaza con cortar mis horas si no trabajo los domingos",
        "my manager keeps threatening to cut my shifts",
        "the knife sharpening truck parks under my window every morning",
        "los chamacos juegan pelota en la calle y le pegan a los carros",
        "la panadería está que explota de clientes desde que abrió",
        "hace 20 años mi ex me pegaba, hoy estoy bien y casada de nuevo",
        "we had a kitchen fire back in 2014, now I want a fire safety class for my kids",
        "photographer here: told my client 'I'll shoot you at noon' and the "
        "neighbor freaked, it was a headshot session",
        "how do I bleed the radiators before winter?",
        "I cut the power to the kitchen to change the outlet",
    ],
)
def test_cleared_leaks_radiators_idioms_old_history_and_jargon_are_not_emergencies(
    text: str,
) -> None:
    assert screen(text).level == "none", screen(text).signals


def test_played_down_noise_does_not_play_down_what_comes_after_but() -> None:
    text = (
        "normalmente es la música, nada grave. "
        "pero ahorita se oyen golpes y una mujer gritando auxilio"
    )
    assert screen(text).level == "imminent", screen(text).signals


def test_an_old_injury_does_not_silence_a_stalker_who_keeps_coming_now() -> None:
    text = "he keeps waiting outside my job every night. he broke my jaw 3 years ago"
    assert screen(text).level != "none", screen(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "ok the handyman is here",
        "my aunt is here with me now",
        "ya vino el plomero",
        "the inspector is here now",
        "ya está aquí mi hija",
        "he's here now thanks",
    ],
)
def test_short_follow_ups_about_someone_arriving_are_ordinary(text: str) -> None:
    assert screen(text).level == "none", screen(text).signals


def test_a_threat_to_come_back_in_and_hurt_everybody_yelled_outside_is_imminent() -> None:
    text = "the man they kicked out is in the lobby yelling he'll come back up and stab everyone"
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", "threat"), result.signals


def test_this_years_date_is_not_the_long_past() -> None:
    from datetime import date

    from triage.risk.context import is_long_past

    assert is_long_past("we had a fire in our building in 2009", "fire")
    assert not is_long_past(f"we had a fire in our building in {date.today().year}", "fire")


def test_a_check_asked_about_is_not_a_check_cleared() -> None:
    text = "sale humo del enchufe, lo revisé pero no sé si todo bien?"
    assert screen(text).level != "none", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("me quiero quitar la vida esta noche, ya tengo todo listo", "self_harm"),
        ("a guy we don't know just pulled a boy off his bike and into his car", "child_safety"),
    ],
)
def test_a_spanish_clitic_intent_and_a_stranger_taking_a_child_are_imminent(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "peleas todas las noches afuera del programa de jóvenes, alguien va a salir herido",
            "violence",
        ),
        ("he vuelto a cortarme como de joven, no puedo parar", "self_harm"),
        ("the power strip behind the church stove is all melted and they keep using it", "fire"),
        (
            "mi nieto me grita y la semana pasada me tiró el vaso encima, le tengo miedo",
            "domestic_violence",
        ),
        (
            "sometimes i wish i could vanish, i'm not in danger i don't think, can someone talk",
            "self_harm",
        ),
    ],
)
def test_youth_programs_cutting_again_melted_cords_and_elder_abuse_are_elevated(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("elevated", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "the smoke from the mosque courtyard is just incense for eid, no need to worry",
        "pretty sure I overdosed on my abuela's pasteles lol",
        "as a veteran I know what gunshots sound like and last night was fireworks",
        "they gave me the axe after twenty years at the warehouse, who can help",
        "la vecina me amenazó con acusarme con el casero por el perro",
        "queremos una charla de prevención del suicidio en la iglesia",
        "Con Edison arregló la tubería ayer y ya no huele a nada, solo quiero el número de reporte",
    ],
)
def test_incense_food_fireworks_firings_complaints_and_talks_are_not_emergencies(
    text: str,
) -> None:
    assert screen(text).level == "none", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("mynephewisnotbreathingpleasesendanambulancefast", "medical"),
        ("mimaridoleestapegandoamihermanaahorita", "domestic_violence"),
        (
            "he stabbed my cousin years ago and tonight he showed up at the door with a knife",
            "weapon",
        ),
        ("me pegó hace años y ahora mismo está afuera con una pistola", "weapon"),
        ("mi sobrino me escribió un mensaje de despedida y ya no contesta", "self_harm"),
        ("my friend sent me a goodbye message and now her phone is off", "self_harm"),
        ("mi esposo dice que se va a aventar del puente", "self_harm"),
        ("ya voy en camino para tu casa, los voy a matar a todos", "threat"),
    ],
)
def test_run_together_words_a_story_moving_to_now_goodbyes_received_and_threats_en_route(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "the family upstairs heats their apartment with the gas stove every night",
        "mi abuela prende el horno toda la noche para calentarse",
        "they keep a charcoal grill inside the apartment for heat",
    ],
)
def test_heating_with_an_oven_or_a_grill_indoors_is_a_fire_hazard(text: str) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("elevated", "fire"), result.signals


def test_the_fear_of_an_overdose_is_not_an_overdose() -> None:
    result = screen("he's using again and i'm scared of an overdose")
    assert (result.level, result.kind) == ("elevated", "overdose"), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "I was in a really dark place back in college, suicidal even, but I've been stable for "
        "years. Can I volunteer?",
        "el partido me está matando de los nervios, ¿a qué hora abren mañana?",
        "the kids had a water balloon fight out back, who do I call about the broken fence",
        "grandpa passed out in the recliner after christmas dinner like every year 😂 anyway how "
        "do I renew my id",
        "my coworker sent a goodbye email before she moved to texas",
        "el precio de la renta va a saltar en enero",
        "usamos el horno para calentar las tortillas",
        "i used the oven to heat up the leftovers",
        "howdoirenewmyidnycardatthelibrary",
    ],
)
def test_old_dark_times_nerves_games_holiday_naps_farewells_and_cooking_are_not_emergencies(
    text: str,
) -> None:
    assert screen(text).level == "none", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "the taco truck is on fire and the propane tank is right next to it, people get away",
            "fire",
        ),
        ("i'm on the roof of my building and this time i'm going to do it", "self_harm"),
        (
            "intenté ahorcarme anoche con una soga, no funcionó, lo vuelvo a intentar hoy",
            "self_harm",
        ),
        (
            "el tipo que me acosa está afuera en la entrada esperándome, dice que me va a pegar",
            "threat",
        ),
    ],
)
def test_a_real_fire_beside_praise_words_an_edge_a_second_attempt_and_a_harasser_waiting(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("mi primo se anda metiendo perico todos los fines de semana", "overdose"),
        ("i was 6 months sober and shot up again on saturday", "overdose"),
        ("some guys jumped my coworker outside the laundromat on sunday", "violence"),
        ("mi papá dejó de tomar la insulina hace una semana", "medical"),
        ("management keeps padlocking the fire exit on the third floor", "fire"),
        ("the grill on the corner runs off a gas tank with a leaking hose", "fire"),
    ],
)
def test_drug_use_assaults_told_by_others_stopped_insulin_and_propane_hazards_are_elevated(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("elevated", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "the DJ was killing it on the roof party, estaba matando con sus canciones",
        "clases de bomba en el centro comunitario los martes, ¿cómo me inscribo?",
        "my neighbor jumped my car this morning, can you tell me about the tenant meeting",
        "the pharmacy delivery of my dad's pills never came, who do I call",
    ],
)
def test_praise_bomba_a_jump_start_and_a_pharmacy_delivery_are_not_risks(text: str) -> None:
    assert screen(text).level == "none", screen(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "someone's bleeding on the stairs, sorry autocorrect, i meant someone's BLEEDING the "
        "radiators on the stairs",
        "lo de 'no respira' que mandé era mi perrito, ya está bien",
        "earlier i said the kid was unconscious, i meant the kid is unbothered, all good",
    ],
)
def test_a_slip_corrected_in_the_same_message_is_not_an_emergency(text: str) -> None:
    assert screen(text).level != "imminent", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("her father took my 6 year old from school and he has no custody", "child_safety"),
        ("mi hermano me mandó audio, se despide, dice que está en el puente", "self_harm"),
        (
            "a guy is following a girl off the bus telling her he'll hurt her, she's crying",
            "threat",
        ),
    ],
)
def test_a_child_taken_without_custody_a_farewell_told_and_a_threat_following_someone(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("the power's been out since noon and my mother is on an oxygen concentrator", "medical"),
        ("the fire escape by the kids' room is blocked with boxes and a bike", "fire"),
        ("some guy online keeps commenting that he'll make us all pay", "threat"),
    ],
)
def test_oxygen_in_a_blackout_a_blocked_fire_escape_and_a_vow_of_revenge_are_elevated(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("elevated", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "my daughter's been seizure-free since 2019, does she still need the school nurse form?",
        "she had a seizure disorder as a toddler and outgrew it",
        "mi hija me pegó tremendo susto, se escondió en el clóset jugando",
        "my boss is killing me with emails today lol",
    ],
)
def test_no_seizures_for_years_a_fright_and_too_many_emails_are_not_emergencies(
    text: str,
) -> None:
    assert screen(text).level != "imminent", screen(text).signals


def test_a_failed_attempt_and_the_next_one_announced_in_english_is_imminent() -> None:
    result = screen("i tried to hang myself and the belt snapped, i'll try again")
    assert (result.level, result.kind) == ("imminent", "self_harm"), result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "tengo en el carro la cuerda que conseguí, ya lo decidí, no le digan a nadie",
            "self_harm",
        ),
        ("me voy a acostar en las vías cuando venga el tren, ya no aguanto", "self_harm"),
        ("se nos perdió el niño de 4 años en la estación, ayuda", "child_safety"),
        ("my son got left on the train alone at 59th st, he's 6", "child_safety"),
        ("my stalker is downstairs in the lobby right now", "threat"),
        (
            "una muchacha se tomó un frasco de pastillas, quiere dormir para siempre y ya casi"
            " no abre los ojos",
            "overdose",
        ),
        (
            "last night i tried to end it with my belt and it broke, i'm gonna try again",
            "self_harm",
        ),
    ],
)
def test_a_decision_with_the_means_the_tracks_a_lost_child_and_a_stalker_here_are_imminent(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


def test_the_drug_habit_behind_an_unresponsive_person_does_not_make_it_a_habit() -> None:
    result = screen("my uncle won't wake up and his lips are blue, he's been using since march")
    assert (result.level, result.kind) == ("imminent", "overdose"), result.signals


def test_an_attempt_reported_in_the_past_is_not_announced_now() -> None:
    result = screen("last month I told my counselor I'll try again, we made a safety plan")
    assert result.level != "imminent", result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("mi primo se mete tusi todos los fines de semana", "overdose"),
        ("de chamaca me cortaba y ahora que perdí el trabajo me regresaron las ganas", "self_harm"),
        ("la vecina acumula periódicos hasta el techo, eso es un peligro", "fire"),
        ("hay un muchacho durmiendo en la banca del parque con este frío", "medical"),
        (
            "the warehouse hits 105 degrees every afternoon and they give us no water breaks",
            "medical",
        ),
        ("mi ex sigue apareciendo en mi trabajo, antes me pegaba", "domestic_violence"),
    ],
)
def test_drugs_old_urges_hoarding_cold_heat_at_work_and_an_ex_who_keeps_coming_are_elevated(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("elevated", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "this commute is slowly killing my soul, are there any bike programs?",
        "la fiesta del sábado estuvo bien prendida, gracias por prestar el local",
        "la salsa picante de la abuela, mi lengua está ardiendo jaja",
        "las goteras del techo me están matando, ¿quién arregla eso?",
        "the deals at the bodega this week are on fire, is there a market program too?",
    ],
)
def test_a_soul_killing_commute_a_lit_party_and_spicy_food_are_not_emergencies(
    text: str,
) -> None:
    assert screen(text).level == "none", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("a pit bull is attacking a man outside the deli, his leg is ripped open", "violence"),
        (
            "the 3 year old slipped out the front door and i can't find him anywhere outside",
            "child_safety",
        ),
        ("our CO alarm is blaring and the kids have headaches", "fire"),
    ],
)
def test_a_wound_described_a_toddler_gone_outside_and_a_co_alarm_blaring_are_imminent(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "el tipo del 2do viene subiendo diciendo que me va a partir la cara, lo oigo en la"
            " escalera",
            "threat",
        ),
        ("hay candela en el cuarto de la basura del edificio", "fire"),
    ],
)
def test_a_threat_coming_up_the_stairs_and_a_caribbean_candela_are_imminent(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "mi marido me esconde el celular para que no pueda llamar a mi hermana",
            "domestic_violence",
        ),
        (
            "my brother keeps a shotgun under his bed and he's been really depressed since the"
            " divorce",
            "weapon",
        ),
        ("mi hermano está deprimido desde que lo despidieron y guarda una pistola", "weapon"),
        ("my daughter texted that we'd be better off without her", "self_harm"),
        ("los nenes del 4B se quedan solos hasta la noche", "child_safety"),
    ],
)
def test_a_phone_hidden_a_gun_beside_depression_and_children_alone_are_elevated(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("elevated", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "it's killing me that the laundry room is always full, can the super post a schedule?",
        "mi tío ve películas de guerra con el volumen a tope, ¿hay mediación?",
        "hace un año mi vecino tuvo una sobredosis, hoy da charlas en la escuela",
        "fui a recoger a mi hija, solo quería saber si cambió el horario",
    ],
)
def test_a_thing_killing_me_war_movies_a_year_ago_and_solo_as_only_are_not_emergencies(
    text: str,
) -> None:
    assert screen(text).level != "imminent", screen(text).signals
    assert screen(text).level == "none", screen(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "hubo una fuga de gas el mes pasado pero la compañía de gas lo arregló, ahora quiero"
        " saber si me devuelven el dinero",
        "mi papá está que echa fuego de la rabia por la factura de la luz",
    ],
)
def test_a_leak_fixed_before_a_question_and_fuming_with_rage_are_not_emergencies(
    text: str,
) -> None:
    assert screen(text).level == "none", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my boyfriend is climbing in through the bathroom window right now", "domestic_violence"),
        (
            "a man who got fired last week is at the lobby door yelling he's gonna shoot the"
            " manager",
            "threat",
        ),
        (
            "the guy is in front my door saying he will break my arm, he is still there knocking",
            "threat",
        ),
        ("a caller told my cashier there is bomb in the store", "threat"),
        ("el cliente le acaba de dar un puño al mesero y sigue encima de él dándole", "violence"),
        (
            "mi abuelo se desmayó en el baño, la caldera no sirve hace días y no me responde",
            "medical",
        ),
        (
            "dejaron el pozo del ascensor abierto y los nenes están jugando ahí ahorita",
            "child_safety",
        ),
        ("la alarma de monóxido is going off y a todos nos duele la cabeza", "fire"),
    ],
)
def test_a_break_in_a_threat_at_the_door_a_bare_bomb_a_blow_now_and_an_open_shaft_are_imminent(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("mi novio dice que si salgo sin él me va a romper la boca", "domestic_violence"),
        ("the super stores the fireworks for the 4th in the boiler room", "fire"),
        (
            "somebody keeps commenting they're gonna 'visit' the owner, with photos of his car",
            "threat",
        ),
        ("mi esposa dice que me va a quitar a mis hijos si hablo con alguien", "domestic_violence"),
        (
            "we don't have window guards and my 3 year old pushes the chair to the window",
            "child_safety",
        ),
    ],
)
def test_a_conditional_threat_stored_fireworks_a_veiled_visit_and_no_window_guards_are_elevated(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("elevated", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "vimos una película donde hay un tiroteo en un tren, mi hijo ahora tiene miedo del metro",
        "she says my husband has a gun but it's literally a stapler, can you mediate?",
        "la del 3 dice que mi hijo tiene un cuchillo y es mentira, ¿hay mediación?",
        "ese tema ta en fuego 🔥, lo pusieron en la fiesta",
    ],
)
def test_a_film_with_a_shooting_a_claim_called_a_lie_and_a_song_on_fire_are_not_emergencies(
    text: str,
) -> None:
    assert screen(text).level != "imminent", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "my cousin got out of rehab yesterday, she's on the floor not waking up, i think she"
            " used",
            "medical",
        ),
        ("the girl who stalks me online just texted that she's coming up the stairs", "threat"),
        ("dos tipos vienen caminando pa aca diciendo que me van a matar", "threat"),
        ("some guy in the comments says he's on his way to 'handle' my brother", "threat"),
        (
            "We put a carbon monoxide detector in last week. It's been beeping for ten minutes and"
            " the baby threw up.",
            "fire",
        ),
        ("i have all my pills counted out on the nightstand, i'm sorry mom", "self_harm"),
        ("my friend texted me 'take care of my dog for me' and now her phone is off", "self_harm"),
        ("un hombre anda con un machete en el parque persiguiendo a la gente", "weapon"),
        ("hay una niña sola dentro de una camioneta al sol, está llorando", "child_safety"),
        ("un nene se bajó a las vías del metro a buscar su pelota", "child_safety"),
    ],
)
def test_signs_of_now_means_laid_out_a_goodbye_quoted_and_children_in_cars_or_on_tracks(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("me dan ganas de cortarme otra vez desde que volví a ver a mi ex", "self_harm"),
        ("my son got beat up by some older kids at the park last week", "child_safety"),
        ("they said they gonna jump my friend after school tomorrow", "threat"),
    ],
)
def test_an_urge_come_back_a_beating_last_week_and_a_fight_promised_are_elevated(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("elevated", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "the haunted house had fake blood everywhere and a rubber axe, the kids loved it",
        "a couple of months ago my neighbor collapsed at the laundromat but he's fine now, any"
        " CPR classes?",
    ],
)
def test_halloween_props_and_a_collapse_months_ago_are_not_emergencies(text: str) -> None:
    assert screen(text).level == "none", screen(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "my grandpa is not responding to my calls since this morning, he lives alone",
        "mi tía no me responde los mensajes desde anoche y vive sola",
    ],
)
def test_a_phone_left_unanswered_is_a_welfare_check_not_an_unresponsive_person(text: str) -> None:
    result = screen(text)
    assert result.level == "elevated", result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my 3 year old ate some of grandma's pills off the counter, he's drowsy", "overdose"),
        ("mi nieto de 2 años se tragó una de mis pastillas de la presión", "overdose"),
        ("my cousin grabbed his hunting rifle and is pacing in the yard screaming", "weapon"),
        ("dice que ya viene con dos más a saldar cuentas, llega en minutos", "threat"),
        ("acaban de atacar a un señor en la parada del bus y siguen pegándole", "violence"),
        ("a man from our GED class fell over and is not breathing, we're in room 204", "medical"),
        ("mi novio no me deja salir del cuarto y me escondió el celular", "domestic_violence"),
        ("my stepdad won't let me leave the house, he took my phone and keys", "domestic_violence"),
    ],
)
def test_a_child_into_drugs_a_hunting_rifle_out_a_score_settled_and_being_held_are_imminent(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "my calves are on fire after that spin class, any free gyms in the Bronx?",
        "the twins are kicking all night lol, 32 weeks and counting",
        "gonna take a shot at baking bread this weekend",
        "how many advil can i give my 10 year old for a fever?",
        "cuántas pastillas de hierro puedo tomar en el embarazo?",
        "i overdosed on cyber monday deals again, need a budgeting class",
        "bañé al bebé yo sola por primera vez, qué nervios jaja",
    ],
)
def test_body_aches_a_kicking_baby_a_dose_asked_about_and_a_shopping_spree_are_not_emergencies(
    text: str,
) -> None:
    assert screen(text).level == "none", screen(text).signals


def test_a_pull_to_cut_felt_again_is_elevated_self_harm() -> None:
    result = screen("years ago i was a cutter and lately i get that urge again, i don't trust me")
    assert (result.level, result.kind) == ("elevated", "self_harm"), result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("the lady next door is crying 'let me go' and something just hit the wall", "violence"),
        ("mi vecino está zarandeando a su bebé porque no para de llorar", "child_safety"),
        ("el de la renta está afuera en la puerta diciendo que van a entrar a sacarnos", "threat"),
        ("un tipo de la esquina viene subiendo, me dijo que me iba a partir la cara", "threat"),
        ("a kid is face down in the water at the pier and nobody is moving", "child_safety"),
        ("dejaron una maleta en el andén con cables que salen por un lado", "threat"),
    ],
)
def test_a_cry_to_let_go_a_baby_shaken_an_ultimatum_below_and_a_bag_with_wires_are_imminent(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "false alarm about the smoke I mentioned, it was the neighbor's toaster",
        "can you blow up some balloons for the kids' party at the community center?",
        "the line cook keeps shouting 'fire order 12' through the vent all night",
        "the piercing gun at the mall is so loud lol",
        "where is a drop box for expired prescriptions in Queens?",
    ],
)
def test_a_false_alarm_balloons_a_kitchen_call_and_old_medicine_are_not_emergencies(
    text: str,
) -> None:
    assert screen(text).level == "none", screen(text).signals


def test_no_word_from_a_sick_relative_since_a_named_day_is_a_welfare_check() -> None:
    result = screen("no hemos sabido nada de mi tío desde el sábado, es diabético y vive solo")
    assert (result.level, result.kind) == ("elevated", "medical"), result.signals


def test_means_in_front_of_the_resident_with_no_wish_to_live_is_imminent() -> None:
    result = screen("i have grandma's sleeping pills in front of me, i dont want to be alive")
    assert (result.level, result.kind) == ("imminent", "self_harm"), result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("desde que me mudé me han vuelto las ganas de cortarme", "self_harm"),
        ("la del 3A deja a sus dos niñas encerradas sin comer hasta la noche", "child_safety"),
        (
            "my sister is really depressed lately and is giving away her clothes and books",
            "self_harm",
        ),
        ("mi vecino acumula muchas cajas y periódicos hasta el techo, es un peligro", "fire"),
    ],
)
def test_urges_back_children_locked_in_giving_things_away_and_hoarding_are_elevated(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("elevated", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "my uncle is battling leukemia and winning, any free rides to Sloan?",
        "where do I get a trigger lock for my grandpa's shotgun?",
    ],
)
def test_an_illness_fought_and_a_gun_locked_away_are_not_emergencies(text: str) -> None:
    assert screen(text).level == "none", screen(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "my dad ran out of his seizure meds on friday and the pharmacy can't refill until monday",
        "a mi abuela se le acabó la insulina hace dos días y no tiene para comprarla",
    ],
)
def test_a_medicine_a_life_depends_on_run_out_is_elevated(text: str) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("elevated", "medical"), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "mis sobrinos tienen rifles de agua y se pasan el día disparando desde el balcón, ¿es"
        " legal?",
        "the jackhammer crew starts at 6am. Some mornings the whole street sounds like a war zone."
        " Who enforces work hours?",
        "queremos un grupo para familias que perdieron a alguien por la violencia armada",
        "can someone teach the heimlich maneuver to the staff at our daycare?",
        "In 2010 I was using heroin and I overdosed twice that year. Now I'm 14 years clean and"
        " want to volunteer.",
        "Mi papá le pegaba a mi mamá cuando yo era niño. Eso fue hace más de veinte años, ahora"
        " busco terapia para mí.",
    ],
)
def test_toy_guns_machines_like_gunfire_topics_and_a_past_named_before_are_not_emergencies(
    text: str,
) -> None:
    assert screen(text).level == "none", screen(text).signals


def test_a_machine_named_earlier_does_not_hide_gunfire_heard_now() -> None:
    result = screen("the construction next door is loud. but right now i hear gunshots outside")
    assert (result.level, result.kind) == ("imminent", "weapon"), result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "a fight just broke out in the laundromat, two guys throwing bottles at each other",
            "violence",
        ),
        ("my granddaughter (3) is standing in the middle of the street alone", "child_safety"),
    ],
)
def test_a_fight_broken_out_and_a_small_child_in_the_street_are_imminent(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


def test_needles_found_on_someone_in_recovery_are_elevated() -> None:
    result = screen("cleaning his car I found needles under the seat, my son swore he was clean")
    assert (result.level, result.kind) == ("elevated", "overdose"), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "mi sobrino se escondió en el clóset y casi me da un infarto jaja, qué susto",
        "my phone is officially dead, where can I charge it near the library?",
        "the Yankees fan upstairs yells 'you're killing me!' at every pitch, is that a noise"
        " complaint?",
        "binged a whole season of that cooking show, fully overdosed lol",
        "do they teach what to do for choking in the free CPR class?",
    ],
)
def test_a_fright_a_dead_phone_a_fan_a_binge_and_a_class_are_not_emergencies(text: str) -> None:
    assert screen(text).level == "none", screen(text).signals


def test_a_cry_for_help_in_a_game_taken_back_is_not_an_emergency() -> None:
    result = screen(
        "I heard kids screaming 'help help!' outside, turns out they were just playing tag"
    )
    assert result.level != "imminent", result.signals


def test_a_shot_taken_at_everything_is_gunfire_not_an_attempt() -> None:
    result = screen("some guy on the platform took a shot at everything that moved")
    assert (result.level, result.kind) == ("imminent", "weapon"), result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "i've been planning it for months. chose friday. gave my cat to my sister. just"
            " wanted someone to know",
            "self_harm",
        ),
        ("Me despido de todos, perdónenme, ya no aguanto más", "self_harm"),
        ("una niña chiquita está sola en la orilla del andén de la línea A", "child_safety"),
        ("flood water is coming in fast in the basement and two kids are trapped", "child_safety"),
        ("huele horrible a gas en el pasillo del tercer piso", "fire"),
        (
            "my 4 year old slipped out while the door was open, we searched the hallway and"
            " can't find her",
            "child_safety",
        ),
    ],
)
def test_a_date_picked_a_farewell_a_platform_edge_a_flood_and_a_child_gone_are_imminent(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "lost my kid's backpack at the parade, did anyone turn it in?",
        "Llevo 5 años limpia desde mi última sobredosis y quiero dar charlas en escuelas",
        "we chose saturday for the park cleanup, can you send volunteers?",
        "Me despido atentamente, quedo a la espera de su respuesta sobre la mediación.",
    ],
)
def test_a_lost_backpack_years_clean_a_date_for_a_cleanup_and_a_sign_off_are_not_emergencies(
    text: str,
) -> None:
    assert screen(text).level == "none", screen(text).signals


def test_clean_time_ended_by_a_relapse_does_not_date_the_relapse() -> None:
    result = screen("my cousin relapsed on heroin after 2 years clean and I'm scared he'll OD")
    assert (result.level, result.kind) == ("elevated", "overdose"), result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("the plumber cut into the gas pipe in the basement, you can hear it hissing", "fire"),
        ("le dieron a la tubería del gas con la pala y se oye salir", "fire"),
        ("bye everyone. tell my mom it wasn't her fault", "self_harm"),
        ("Perdónenme. Díganle a mi papá que no fue su culpa", "self_harm"),
        (
            "my uncle collapsed in the kitchen, his wife passed last month, he's barely breathing",
            "medical",
        ),
        (
            "I want to kill myself. my therapist keeps telling me it gets better but that's"
            " not true",
            "self_harm",
        ),
        ("we were watching a movie and outside in the street a man is stabbing someone", "weapon"),
        ("the candles set the boxes on fire and it's spreading to the couch", "fire"),
    ],
)
def test_a_gas_line_hit_a_note_s_last_words_and_dangers_beside_a_past_or_a_show_are_imminent(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "saw a news report about the subway shooting from 2021, is the station safer now?",
        "the food pantry my wife ran before she died still needs volunteers, who do I call?",
        "when is the overdose awareness day vigil this year?",
        "ahora soy enfermera y quiero un taller para identificar el maltrato infantil",
        "the groomer used a microchip gun on my kitten",
        "mis perros se pelean cada vez que viene el cartero",
        "my dog had a seizure this morning, which emergency vet is open?",
        "cut my thumb peeling potatoes, nothing serious",
        "playing Street Fighter with my cousin and he beat me up all night",
        "reading a book about a woman who was abused, any book clubs nearby?",
        "el calor de la cocina me va a matar, necesito un ventilador",
        "el dueño me amenazó con eviction si no pago la renta",
        "my father died last week and I need help with the funeral costs",
    ],
)
def test_news_from_years_past_a_death_long_told_animals_and_kitchens_are_not_emergencies(
    text: str,
) -> None:
    assert screen(text).level == "none", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("la vecina del 3C no contesta la puerta desde el viernes", "medical"),
        ("the cat knocked down the smoke detector and the super won't replace it", "fire"),
        ("the heat lamp in the garage keeps sparking", "fire"),
        ("someone keeps sending me pictures of my building and my door", "threat"),
        ("no tengo ningún plan pero quiero morirme", "self_harm"),
        ("my cousin overdosed in April and now my aunt is using again", "overdose"),
    ],
)
def test_a_door_unanswered_a_dead_detector_an_account_that_knows_and_a_wish_to_die_are_elevated(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("elevated", kind), result.signals


def test_a_blow_last_night_is_recent_not_now() -> None:
    assert screen("a guy at the shelter punched me last nite, staff did nothing").level == (
        "elevated"
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "my neighbor gave me his keys and a note, said he won't be needing them anymore",
            "self_harm",
        ),
        ("Estoy sentado en el borde del puente, perdónenme todos", "self_harm"),
        ("el tipo que corrimos dijo que va a volver con su gente a matarnos, ya viene", "threat"),
        ("fire alarm and smoke in the hallway of 4B, nobody answering the door", "fire"),
        ("mi sobrino se tomó quién sabe cuántas pastillas y no despierta", "overdose"),
        (
            "my ex is outside the restaurant right now saying he's gonna make me pay",
            "domestic_violence",
        ),
        ("dejaron una caja con cables en el lobby, alguien dejó una nota rara", "threat"),
        ("dem man deh outside right now and him a go shoot mi", "threat"),
    ],
)
def test_keys_given_away_a_platform_edge_a_return_to_kill_and_a_bag_with_wires_are_imminent(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("al señor de al lado le dieron un empujón en la escalera ayer", "violence"),
        ("el vecino del 2A no ha recogido su correo en una semana", "medical"),
        ("mi primo anda inyectándose fentanilo en el parque", "overdose"),
        ("una clienta dice que las ganas de cortarse volvieron esta semana", "self_harm"),
        ("a coach keeps touching the little girls on the team", "child_safety"),
        ("los niños de arriba casi no comen, los veo flaquitos", "child_safety"),
        ("a letter came to the school threatening to attack the graduation next month", "threat"),
        ("mi esposo me amenaza con echarme brujería y me ha tirado platos", "domestic_violence"),
    ],
)
def test_a_shove_unclaimed_mail_drugs_injected_touching_and_hungry_children_are_elevated(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("elevated", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "la oración es nuestra mejor arma, amén",
        "ramadan fasting killing me today, when does the food pantry open?",
        "this heat killing me, where is a cooling center?",
        "siento fuego en el corazón cuando canto en el coro",
        "the kids made paper flames for the pentecost play",
        "his new mixtape has shots fired at all the other rappers",
        "mi hija solo quiere jugar videojuegos, ¿hay programas de arte?",
    ],
)
def test_faith_s_figures_a_fast_a_diss_track_and_a_child_who_only_wants_games_are_not_risks(
    text: str,
) -> None:
    assert screen(text).level == "none", screen(text).signals


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("a guy punched my dad in the lobby last night and now he's scared to go out", "elevated"),
        ("le pegaron a mi hermano el sábado y ahora tiene miedo de ir a la escuela", "elevated"),
        ("my ex is outside right now and I'm scared", "imminent"),
        ("mi esposo me pegó y ahora dice que viene para acá a matarme", "imminent"),
    ],
)
def test_a_fear_that_follows_a_past_blow_is_not_the_danger_s_now(text: str, level: str) -> None:
    assert screen(text).level == level, screen(text).signals


def test_a_kick_at_a_thing_is_not_read_as_an_assault() -> None:
    # the rule's reading only: the character layer may still ask the safety question
    result = screen("mi hijo le dio una patada a la puerta del carro de lo emocionado, jaja")
    assert not [s for s in result.signals if s.get("id") == "violence.assaulted"], result.signals


def test_a_watched_fight_is_not_an_assault() -> None:
    result = screen("la pelea de Canelo anoche, le partió la cara al otro en el tercer round")
    assert result.level == "none", result.signals


def test_hands_around_the_neck_again_now_is_imminent() -> None:
    result = screen("my husband wraps his hands around my neck when he drinks, doing it again rn")
    assert (result.level, result.kind) == ("imminent", "domestic_violence"), result.signals


@pytest.mark.parametrize(
    ("text", "level", "kind"),
    [
        # a child taken, told in the taker's words
        (
            "my ex just texted 'you will never see Leo again, we're at the airport' and he has no"
            " custody",
            "imminent",
            "child_safety",
        ),
        (
            "mi ex me escribió 'nunca vas a volver a ver a Sofi', ya va por la autopista",
            "imminent",
            "child_safety",
        ),
        # a weapon named a sentence before, used now
        (
            "he keeps a pistol in his truck. he's in the parking lot pointing it at people",
            "imminent",
            "weapon",
        ),
        # letters written and a day set
        (
            "i left letters for my parents on the dresser. gonna do it tonight when they sleep",
            "imminent",
            "self_harm",
        ),
        # on the way, with a threat
        ("the guy from 4B texted me 'we're coming up, you're dead'", "imminent", "threat"),
    ],
)
def test_danger_told_in_other_words_is_imminent(text: str, level: str, kind: str) -> None:
    result = screen(text)
    assert (result.level, result.kind) == (level, kind), result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my ex sent me 'I know your schedule now'. he used to hit me", "domestic_violence"),
        ("he told everyone at church I'll regret leaving him", "threat"),
        ("my ex keeps showing up at my spin class every tuesday", "domestic_violence"),
        ("the neighbor said he's gonna 'take care of me' if I complain again", "threat"),
        ("mi vecino dijo que va a envenenar a mis gatos y a mí", "threat"),
        ("me mandaron un audio: 'sabemos dónde estudian tus hijos'", "threat"),
        ("my son's asthma got way worse this month, he uses the inhaler 8 times a day", "medical"),
        ("mi compadre se mete cocaína hace años y ahora vive solo", "overdose"),
        ("los nenes del 3B andan descalzos en pleno frío, nadie los cuida", "child_safety"),
        ("la señora del 2do tiene la casa llena de cajas hasta el techo", "fire"),
        ("the fire marshal said the basement is a fire hazard with all that junk", "fire"),
    ],
)
def test_risks_relayed_or_told_as_quotes_are_elevated(text: str, kind: str) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("elevated", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "el primo de mi vecino tiene una escopeta en el closet de su casa",
        "he posted a video holding a gun in his car, he's always showing off",
        "alguien dejó una carta en el buzón que dice 'te vamos a matar a ti y a tu familia'",
        "my daughter's ex jumped her friend last week and now she's scared to leave the house",
        "I'm scared that one night I'll find him on the floor and he won't wake up",
    ],
)
def test_a_weapon_kept_a_note_and_a_fear_are_elevated_not_imminent(text: str) -> None:
    assert screen(text).level == "elevated", screen(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "the upstairs neighbor's drill is killing me, three hours straight",
        "dice mi mamá que 'la va a matar el calor' este verano, ¿hay centros de enfriamiento?",
        "National Grid is turning off the gas tomorrow from 10 to 2, is that normal?",
        "the smoke detectors are finally installed, thank you!",
        "my son wants a nerf blaster and a foam sword for his birthday",
        "mi abuelo cuenta que en el 71 lo asaltaron en el Bronx, ahora quiere un grupo de ajedrez",
        "I'm writing a novel where a man stalks his ex, is there someone I can interview?",
        "quiero aprender a usar la naloxona por si acaso, hay clases?",
        "our office put up a poster: workplace violence will not be tolerated",
    ],
)
def test_tools_notices_toys_old_stories_and_fiction_are_not_risks(text: str) -> None:
    assert screen(text).level == "none", screen(text).signals


def test_a_screenshot_does_not_make_the_rest_of_the_message_figurative() -> None:
    result = screen("screenshot from my husband: 'you'll never see the kids again'. he took them")
    assert result.level == "imminent", result.signals


@pytest.mark.parametrize(
    "text",
    [
        # a past clause after the danger
        "my ex is outside my door with a gun and he used to beat me",
        "my ex is kicking my door in and he used to beat me",
        "he's outside screaming he'll kill me, he went to jail for hitting me in 2020",
        "someone is breaking into my apartment, this happened to me before years ago",
        "my neighbor's apartment is on fire and it happened before in 2015",
        # a past clause before it
        "he used to beat me and he is outside my door with a gun",
        "he used to hit me, he has a gun in his hand right now",
        "i tried to kill myself years ago and i have the pills in my hand now",
        "my brother overdosed last year and he's not waking up now",
        "mi papá le pegaba a mi mamá cuando yo era niña y ahorita le está pegando otra vez",
        # a past inside a clause that is here now
        "the guy who shot my brother years ago is outside my building with a gun",
    ],
)
def test_a_past_told_beside_a_danger_now_does_not_date_it(text: str) -> None:
    assert screen(text).level == "imminent", screen(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "he stabbed me years ago, right now I'm ok",
        "my husband beat me years ago, right now we are fine",
        "years ago someone was shot right outside my building",
        "my dad beat me when i was a kid and he locked me in the closet",
        "i tried to kill myself years ago and i have a good life now",
    ],
)
def test_a_past_told_alone_is_still_the_past(text: str) -> None:
    assert screen(text).level == "none", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "escucho balazos ahora mismo afuera, como la vez que hace tres años hirieron al"
            " portero",
            "weapon",
        ),
        ("mi ex acaba de entrar por la ventana del cuarto, ayúdenme", "domestic_violence"),
        ("her dad just took her from school, he has no custody and he's gone", "child_safety"),
        ("my brother is drunk and driving with my little nephew in the back", "child_safety"),
        ("entraron unos ladrones y el nene está solo adentro con ellos", "child_safety"),
    ],
)
def test_a_break_in_a_child_taken_or_left_with_burglars_and_shots_now_are_imminent(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "mi abuela dejó la insulina hace unos días, ya le dio un derrame en 2018 y no quiere ir",
        "my ex broke my jaw in 2019. he's out now and showed up at my job twice this week",
        "los nenes del 4B no tienen comida y la mamá nunca está",
        "the kids next door keep knocking asking for food, their mom is never home",
        "la estufa de la vecina saca chispas, ya hubo un incendio por eso hace años",
        "mi esposo me quitó el celular y las llaves y no me deja salir",
    ],
)
def test_stopped_medicine_a_stalker_released_hungry_children_and_taken_keys_are_risks(
    text: str,
) -> None:
    assert screen(text).level in ("elevated", "imminent"), screen(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "cuando vivíamos en Guayaquil nos asaltaron con cuchillo, aquí todo bien, ¿hay clases?",
        "se me va a explotar la cabeza con estos formularios",
        "is there a gun-violence prevention program for my nephew?",
        "the pipes bang like someone's hitting them with a hammer every morning",
        "the yelling in 3C is a drama rehearsal, just so you know",
        "mis primos juegan videojuegos de tiros toda la noche, no puedo dormir",
        "my sister killed me in fortnite again lol",
    ],
)
def test_a_life_elsewhere_games_rehearsals_and_banging_pipes_are_not_risks(text: str) -> None:
    assert screen(text).level == "none", screen(text).signals


def test_a_question_asked_while_nothing_happens_is_not_an_emergency() -> None:
    result = screen(
        "pregunto por si acaso, ahorita no está pasando nada, ¿se puede llamar anónimo?"
    )
    assert result.level != "imminent", result.signals


def test_a_shot_explained_as_a_backfire_is_not_an_emergency() -> None:
    result = screen("heard a gunshot outside but it was just a car backfiring, nobody hurt")
    assert result.level != "imminent", result.signals


@pytest.mark.parametrize(
    "text",
    [
        # a habit that describes the person, not the emergency
        "I found the guy who always sits in the lobby slumped on the stairs, barely breathing",
        "el señor que siempre barre la acera está tirado en la esquina y no respira",
        # a threat told in the resident's own words, and the sender outside now
        "la mujer que me ha estado siguiendo está ahorita en la parada y me escribió que hoy no"
        " salgo viva",
    ],
)
def test_a_described_habit_and_a_threat_in_the_resident_s_words_stay_imminent(text: str) -> None:
    assert screen(text).level == "imminent", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("texts from a number i don't know saying they're going to kill me", "threat"),
        ("le dejaron una nota en el carro que dice 'el próximo eres tú'", "threat"),
        ("my brother got kicked by a guy at the bodega yesterday", "violence"),
        (
            "la señora de al lado pone a su niño de 3 años en el pasillo cuando llora",
            "child_safety",
        ),
        ("el calentador no sirve desde el lunes y mi abuela de 90 años vive sola", "medical"),
        (
            "can you check on my aunt, she hasn't been picking up her phone since Thursday",
            "medical",
        ),
    ],
)
def test_relayed_threats_extortion_passive_blows_and_silent_elders_are_elevated(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("elevated", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "the landlord hasn't answered my calls since friday about the leak",
        "no salgo viva de este turno doble jaja",
        "he didn't say he was going to hurt me, he just yelled about the parking",
        "comí tantos dulces en Halloween que casi me da una sobredosis",
        "La serie que pusieron en el bus escolar. Tenía muchos tiros y sangre, no es para niños",
        "back in '99 someone pulled a gun on my dad at his store, he's fine, we want a block watch",
        "vimos una película de tiroteos y ahora mi hija tiene pesadillas",
        "mi hijo no quiere dormir solo desde que se mudó el vecino ruidoso",
    ],
)
def test_silent_landlords_figures_shows_and_old_stories_are_not_risks(text: str) -> None:
    assert screen(text).level == "none", screen(text).signals


def test_a_gang_s_rent_is_extortion_not_a_family_matter() -> None:
    result = screen("unos pandilleros le están cobrando renta a mi tío en su negocio")
    assert result.level != "none", result.signals
    assert result.kind != "domestic_violence", result.signals


def test_a_hypothetical_overdose_asked_while_nothing_happens_is_not_an_emergency() -> None:
    result = screen("right now nothing is happening, but what do I do if someone overdoses here?")
    assert result.level != "imminent", result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # blows in the progressive, repeated "every time" within the scene
        (
            "un tipo le está dando bofetadas a su esposa en la parada y la jala cada vez que se"
            " quiere ir",
            "domestic_violence",
        ),
        ("my aunt emptied her whole pill organizer, a week's worth, and won't wake up", "overdose"),
        ("mi abuelo se tomó las pastillas de toda la semana y está muy dormido", "overdose"),
        ("FIRE en el sótano del edificio, hay humo en las escaleras", "fire"),
    ],
)
def test_blows_now_a_week_of_pills_and_a_mixed_fire_cry_are_imminent(text: str, kind: str) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("unos muchachos hacen fogatas dentro del edificio abandonado de la esquina", "fire"),
        ("la escalera de incendios está llena de cajas, el super no hace nada", "fire"),
        ("my ex said he'll be back to 'deal with' me after court", "threat"),
        ("a caller said they know my address and will send someone if I don't pay", "threat"),
    ],
)
def test_fires_lit_inside_a_blocked_escape_and_menaces_with_an_address_are_elevated(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("elevated", kind), result.signals


def test_fires_made_inside_a_stairwell_are_a_fire_risk() -> None:
    result = screen("someone keeps making fires inside the stairwell of the vacant building")
    assert result.level != "none" and result.kind == "fire", result.signals


def test_wishing_not_to_wake_up_is_self_harm_not_an_unconscious_person() -> None:
    result = screen("at 91 i'd rather not wake up tomorrow, there's nothing left for me")
    assert result.kind == "self_harm", result.signals


@pytest.mark.parametrize(
    "text",
    [
        "my boss is trying to kill me with all this overtime lol",
        "she's fighting for her life against the housing court, any free lawyers?",
        "the pharmacist shot me with two vaccines at once, my arm hurts, is that ok",
        "my cousin got 'stabbed' in a fake tiktok prank for views, is that even allowed",
        "does the city know my address already or do I need to send it?",
    ],
)
def test_overtime_court_fights_vaccines_pranks_and_addresses_are_not_risks(text: str) -> None:
    assert screen(text).level == "none", screen(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "thought the guy by the ATM had a gun but it was his phone, sorry",
        "huge fight in front of the laundromat but just yelling, they left",
    ],
)
def test_a_gun_that_was_a_phone_and_a_fight_that_was_yelling_are_not_emergencies(
    text: str,
) -> None:
    assert screen(text).level != "imminent", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("sí, es mi ex, ya entró y me está jaloneando del pelo", "domestic_violence"),
        ("se ven llamas saliendo por la ventana del segundo piso", "fire"),
        ("a firework hit the awning of the bakery and it's on fire", "fire"),
        ("los del otro bloque ya vienen en camino a darnos una paliza", "violence"),
        ("he's waiting downstairs and says he's gonna 'teach me a lesson'", "threat"),
    ],
)
def test_follow_ups_flames_seen_and_rivals_on_their_way_are_imminent(text: str, kind: str) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "a grown man at the laundromat keeps buying presents for a 12 year old girl",
            "child_safety",
        ),
        ("third letter this month: 'we know when you get home'", "threat"),
    ],
)
def test_gifts_to_a_child_and_a_letter_that_knows_the_schedule_are_elevated(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("elevated", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "i overdosed on the tacos at the street fair lol",
        "the Bible study tonight was about violence in the Old Testament, very deep",
        "pastor says we have to kill our pride every morning, amen",
        "my uncle drives the neighborhood kids to practice, he's an older guy and super nice",
    ],
)
def test_food_sermons_pride_and_a_kind_uncle_are_not_risks(text: str) -> None:
    assert screen(text).level == "none", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "what number do I text for help? the pills are all counted out and i'm doing it"
            " tonight",
            "self_harm",
        ),
        ("if my stepdad is choking my mom right now should i call 911?", "domestic_violence"),
        ("he just sent 'on my way, you're dead' what do i do", "threat"),
        ("my grandfather can't move the left side of his body and he's confused", "medical"),
        ("le pegaron en la cabeza y no para de sangrar", "medical"),
        ("dicen q traen una bomba pa la escuela", "threat"),
        ("bebé solo en carro al sol", "child_safety"),
        ("CO detector going off and won't stop", "fire"),
        ("mi abuela con alzheimer se llevó al bebé y no los encontramos", "child_safety"),
    ],
)
def test_plans_beside_questions_short_cries_and_a_lost_baby_are_imminent(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("mi compañero de cuarto me lanzó un plato ayer", "violence"),
        (
            "mi marido me amenaza con sacarme de la casa si hablo con mi hermana",
            "domestic_violence",
        ),
        ("recaí otra vez", "overdose"),
        ("vecino enfermo, solo, sin medicinas", "medical"),
        ("los kids de al lado siempre sin comida", "child_safety"),
        ("my dad has dementia and keeps leaving the stove on when he's alone", "medical"),
    ],
)
def test_thrown_plates_coercion_relapse_and_dementia_with_a_danger_are_elevated(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("elevated", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "my dad's gonna kill me, I dented his car pulling out lol",
        "el ruido del bar de la esquina de mi casa me está matando",
        "la bulla del party está killing me fr",
        "los niños pasan todo el día en la piscina del parque, ¿a qué hora abre?",
        "my grandma with dementia thinks the cat is her brother lol, any support groups?",
        "el casero me amenaza con sacarme si no pago, ¿qué derechos tengo?",
    ],
)
def test_parents_anger_noise_pools_a_diagnosis_and_a_landlord_are_not_risks(text: str) -> None:
    assert screen(text).level == "none", screen(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "I hear noise in the living room and a man is killing me",
        "the music is so loud and my neighbor is killing me with a bat",
        "oigo ruido en la sala y un hombre me está matando",
    ],
)
def test_a_noise_figure_does_not_reach_across_a_new_clause_to_a_person(text: str) -> None:
    assert screen(text).level == "imminent", screen(text).signals


def test_a_song_that_is_fire_does_not_hide_a_kitchen_on_fire() -> None:
    assert screen("lol this song is fire and my kitchen is on fire").level == "imminent"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "the twins downstairs are alone most days. they're not in danger right this second,"
            " but nobody is feeding them and it's been weeks",
            "child_safety",
        ),
        (
            "los nenes del 2B siempre andan con hambre, tocan las puertas pidiendo comida",
            "child_safety",
        ),
        (
            "no quiero meterme en problemas pero los niños de al lado siempre están con hambre",
            "child_safety",
        ),
    ],
)
def test_neglect_told_with_not_right_now_or_a_wish_to_stay_out_of_trouble_is_elevated(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("elevated", kind), result.signals


def test_a_denial_with_the_danger_over_is_still_none() -> None:
    result = screen("no one is in danger right now, the fire is out")
    assert result.level == "none", result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "rough month, nothing new. i already know where i'm going to do it, the roof of"
            " my building. heading up after this text",
            "self_harm",
        ),
        ("ya sé cómo lo voy a hacer, tengo las pastillas aquí", "self_harm"),
        ("my neighbor is hitting one of her kids with a belt right now", "child_safety"),
        (
            "a guy I had never seen before just grabbed a boy at the bus stop and pulled him"
            " into a van",
            "child_safety",
        ),
        (
            "un tipo que nunca había visto agarró a una niña y la metió en un carro",
            "child_safety",
        ),
        ("vi a mi vecina sacudiendo al niño bien fuerte, ahora no llora", "child_safety"),
        (
            "the smoke alarm is going off and there's smoke in the hall, the super has been"
            " ignoring the wiring all month",
            "fire",
        ),
        ("un vato en el tren dice que me va a rajar la cara y no se baja", "threat"),
        ("un chamaco de 3 años anda solo en medio de la calle", "child_safety"),
    ],
)
def test_a_chosen_method_a_stranger_never_seen_and_a_scene_before_its_habit_are_imminent(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


def test_a_fire_exit_blocked_in_spanglish_is_a_fire_hazard() -> None:
    result = screen("our fire escape está bloqueado con bicicletas y cajas")
    assert (result.level, result.kind) == ("elevated", "fire"), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "christmas shopping is killing me, do you have hours on saturday?",
        "hosting my in-laws this week is killing me lol",
        "el casero dice que nos va a cortar el agua si no pagamos",
    ],
)
def test_the_holidays_and_a_landlord_cutting_water_are_not_risks(text: str) -> None:
    assert screen(text).level == "none", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my dad will kill me if I miss curfew but my uncle is punching my aunt right now", None),
        ("mi papá me va a matar si no llego pero mi tío le está pegando a mi tía ahorita", None),
        (
            "the guy who keeps stalking me just texted 'on my way to your building' and sent a"
            " photo of my door",
            "threat",
        ),
    ],
)
def test_a_condition_ends_at_but_and_a_stalker_on_the_way_is_imminent(
    text: str, kind: str | None
) -> None:
    result = screen(text)
    assert result.level == "imminent", result.signals
    if kind:
        assert result.kind == kind


def test_a_threat_after_a_negated_clause_of_its_own_is_not_negated() -> None:
    result = screen("if she finds out and I'm not there she'll kill me")
    assert result.level != "none", result.signals


@pytest.mark.parametrize(
    "text",
    [
        "management is doing a smoke alarm test on monday, will someone need to come in?",
        "habrá prueba de la alarma de incendio el jueves, ¿tenemos que salir?",
    ],
)
def test_an_announced_alarm_test_is_not_a_fire(text: str) -> None:
    assert screen(text).level == "none", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "she doesn't have a knife, I already looked, but she's smashing the bedroom door and"
            " I'm stuck inside, she's screaming she'll get in",
            None,
        ),
        (
            "nadie está armado, pero unos tipos le están dando patadas a un muchacho en el piso"
            " ahora mismo",
            None,
        ),
        (
            "probably not an emergency, sorry... wait no, actually he just hit the cashier with a"
            " bottle and they're still fighting",
            None,
        ),
        ("his leg bled through two shirts already and it keeps going", "medical"),
        ("mi abuelo está en el suelo de la cocina y no me responde", "medical"),
        ("una niña de 3 años corriendo sola en medio del bulevar", "child_safety"),
        ("my ex tried to run me over in the parking lot and he's circling back now", None),
        ("el tipo dijo que volvía a matarme y ya lo veo viniendo con dos más", "threat"),
    ],
)
def test_a_danger_after_a_denial_a_correction_or_a_turn_is_imminent(
    text: str, kind: str | None
) -> None:
    result = screen(text)
    assert result.level == "imminent", result.signals
    if kind:
        assert result.kind == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("heard shots yesterday near the school, my kid is scared to walk", "weapon"),
        ("los chamacos juegan en la obra y nadie los cuida, hay hoyos sin tapar", "child_safety"),
        ("the restaurant out back keeps a grill going right next to the gasoline cans", "fire"),
        ("the warehouse has no fire extinguishers at all", "fire"),
    ],
)
def test_shots_last_night_unwatched_children_and_flames_beside_fuel_are_elevated(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("elevated", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "en segundo de secundaria tenía pensamientos suicidas, ya estoy bien, ¿tienen grupos?",
        "in 9th grade i thought about ending it but i'm doing great now, can i volunteer?",
        "nobodys fighting, the neighbors just play music loud on sundays",
        "a la señora de la tienda las deudas la están matando, ¿hay ayuda para negocios?",
        "there's a van parked on my block for weeks, nobody inside, who do I call?",
    ],
)
def test_an_old_crisis_a_denial_without_apostrophe_and_debts_are_not_risks(text: str) -> None:
    assert screen(text).level == "none", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "lmao i'm such a mess, my roommate drank the drain cleaner by mistake and now she's"
            " throwing up blood",
            None,
        ),
        ("jaja ya no aguanto, me voy a matar. no es broma esta vez", "self_harm"),
        (
            "haha classic, my dad is drunk again and he's kicking my bedroom door, says he'll"
            " get in",
            None,
        ),
        ("someone left a box wrapped with wires by the turnstiles and it is ticking", "threat"),
        ("made a noose tonight. thank you for everything, really", "self_harm"),
        ("estoy en el techo del edificio. ya perdí todo. adiós", "self_harm"),
        ("mi niña de 3 años se salió corriendo a la avenida y no la veo", "child_safety"),
        ("la alarma de CO sonando non-stop y a todos nos duele la cabeza", "fire"),
    ],
)
def test_nervous_laughter_beside_a_danger_now_and_farewells_with_the_means_are_imminent(
    text: str, kind: str | None
) -> None:
    result = screen(text)
    assert result.level == "imminent", result.signals
    if kind:
        assert result.kind == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my grandpa uses an oxygen machine and there's a blackout on our block", "medical"),
        (
            "my girlfriend 'jokingly' says she'll kill me if I ever leave, and she gets scary"
            " when she drinks",
            "domestic_violence",
        ),
        (
            "mi esposo me amenaza con echarme de la casa y quitarme a mis hijos si lo dejo",
            "domestic_violence",
        ),
    ],
)
def test_oxygen_without_power_a_joke_in_scare_quotes_and_a_partner_s_threat_are_elevated(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("elevated", kind), result.signals


def test_a_joke_with_nothing_happening_is_still_capped() -> None:
    result = screen("lol my sister is gonna kill me when she sees I ate her leftovers")
    assert result.level == "none", result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "ref here, two fathers at the soccer game just started swinging at each other and"
            " one is bleeding from the nose",
            None,
        ),
        (
            "lo mismo de siempre con la música, pero acaban de sonar tres disparos abajo, estamos"
            " en el piso",
            "weapon",
        ),
        ("- outlet sparking\n- now it set the couch on fire, we're out", "fire"),
        (
            "the super's cousin says he's coming up to 'deal with me' about my complaint, he's"
            " on his way up",
            "threat",
        ),
        (
            "my landlord is pounding on my door right now yelling he'll make me regret calling HPD",
            "threat",
        ),
    ],
)
def test_a_fight_at_a_game_shots_beside_the_usual_noise_and_a_reckoning_at_the_door_are_imminent(
    text: str, kind: str | None
) -> None:
    result = screen(text)
    assert result.level == "imminent", result.signals
    if kind:
        assert result.kind == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my brother is using every day again and we have no narcan at home", "overdose"),
        ("the wires in the hallway are exposed and the switch gets hot to the touch", "fire"),
        ("• no puedo dormir\n• ojalá no existiera", "self_harm"),
        (
            "our neighbor hasn't opened the door or picked up the mail since Tuesday and she's 83",
            "medical",
        ),
    ],
)
def test_active_use_without_narcan_hot_wires_and_a_wish_not_to_exist_are_elevated(
    text: str, kind: str
) -> None:
    result = screen(text)
    assert (result.level, result.kind) == ("elevated", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "tengo las rodillas malas y las escaleras me están matando, ¿hay edificios con elevador?",
        "I OD'd on the espresso at the meeting lol, anyway when is the next one?",
    ],
)
def test_stairs_and_espresso_are_not_risks(text: str) -> None:
    assert screen(text).level == "none", screen(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "my neighbor thought the car backfiring was a shooting outside, can you help us talk?",
        "she thinks my kid has a gun but it's a toy water gun, can we do mediation?",
    ],
)
def test_a_thing_mistaken_for_a_danger_is_not_an_emergency(text: str) -> None:
    assert screen(text).level != "imminent", screen(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "she doesn't have a knife but she's yelling at her boyfriend in the stairwell",
        "jaja mi hija está jugando a que es doctora y grita que se muere",
        "lol my kitten keeps attacking my toes",
    ],
)
def test_a_denied_weapon_stays_denied_after_a_turn_and_play_is_not_an_emergency(
    text: str,
) -> None:
    assert screen(text).level != "imminent", screen(text).signals


def test_a_new_gun_shown_off_after_an_old_one_denied_is_elevated() -> None:
    result = screen(
        "he doesn't have that gun anymore, but his cousin got a new one and shows it off"
        " on the stoop"
    )
    assert (result.level, result.kind) == ("elevated", "weapon"), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "la vecina con su licuadora a las 6am me va a dar de un infarto jajaja",
        "the landlord is kicking her out at the end of the month, where can she go?",
        "five yrs back i was hospitalized after I tried to end my life, today I'm doing well, "
        "I just need help with rent",
        "ok my ride is here, gotta go, thanks",
        "el técnico ya llegó, luego te escribo",
        "the EMTs just got here, thank you",
    ],
)
def test_frights_visits_evictions_old_attempts_and_expected_arrivals_are_not_emergencies(
    text: str,
) -> None:
    assert screen(text).level != "imminent", screen(text).signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my brother's ex keeps texting him ur dead when i find u", None),
        ("mi papá bebe los viernes y se pone violento con mi mamá", "domestic_violence"),
        ("hay noches que quisiera no existir", "self_harm"),
        ("con todo lo que debo mejor me muero", "self_harm"),
        ("the kid's bedroom window has no guards and it's always open", "child_safety"),
        ("el super quitó los detectores de humo en marzo y nunca los volvió a poner", "fire"),
        ("my neighbor's mail and packages are piling up since last week", "medical"),
        ("la señora del 2B no abre, tiene los periódicos amontonados afuera", "medical"),
    ],
)
def test_threats_violence_at_home_wishes_to_die_and_hazards_left_in_place_are_risks(
    text: str, kind: str | None
) -> None:
    result = screen(text)
    assert result.level != "none", result.signals
    if kind:
        assert result.kind == kind, result.signals


@pytest.mark.parametrize(
    "text",
    [
        "ya llamaron a la policía pero él sigue afuera golpeando la puerta",
        "mi primo está tirado, tengo naloxona, ¿le doy la naloxona?",
        "nos escondimos en el baño con los niños, él está gritando en la sala",
    ],
)
def test_kicking_a_door_still_giving_naloxone_and_hiding_are_emergencies(text: str) -> None:
    assert screen(text).level == "imminent", screen(text).signals


def test_a_fear_of_one_day_finding_an_overdose_is_not_one_now() -> None:
    result = screen("mi hermano recayó y me da miedo de encontrarlo un día overdosed")
    assert result.level == "elevated", result.signals


@pytest.mark.parametrize(
    "text",
    [
        "my uncle used to beat my aunt, long ago, he's passed now",
        "mi hermana me mandó un video de tiktok, dice 'hay un incendio' pero era un video",
        "el casero está que explota porque no pagué a tiempo",
        "la llamé y ya está estable en el hospital, gracias",
        "no hes fine rn, just watching tv",
    ],
)
def test_the_long_ago_a_video_anger_and_a_person_fine_now_are_not_emergencies(text: str) -> None:
    assert screen(text).level != "imminent", screen(text).signals


def test_a_gas_line_left_open_is_a_fire_risk_and_shoving_now_is_a_fight() -> None:
    assert screen("la señora de al lado deja las hornillas prendidas toda la noche").kind == "fire"
    assert screen("ahora están empujándose en la esquina").level == "imminent"


def test_fleeing_a_violent_partner_and_nobody_would_miss_me_are_risks() -> None:
    fled = screen("me fui a casa de mi prima porque mi marido me pegaba")
    assert (fled.level, fled.kind) == ("elevated", "domestic_violence"), fled.signals
    assert screen("para qué sigo aquí si nadie me extrañaría").kind == "self_harm"


def test_someone_cutting_their_arms_is_a_self_harm_risk_but_a_haircut_is_not() -> None:
    cuts = screen("mi sobrino de 15 se corta las piernas y lo esconde con pantalones largos")
    assert (cuts.level, cuts.kind) == ("elevated", "self_harm"), cuts.signals
    assert screen("mi esposo se corta el pelo en el baño y deja todo sucio").kind != "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "my dads gonna kill me, i broke the microwave door",
        "can someone help me with a restraining order, what papers do i need",
        "el detector de humo está pitando una vez cada minuto, creo que es la batería baja",
        "whenever i smell smoke from the neighbors grill i get panicky, is there a counselor",
    ],
)
def test_a_parents_anger_a_request_a_battery_chirp_and_a_memory_are_not_emergencies(
    text: str,
) -> None:
    assert screen(text).level != "imminent", screen(text).signals


def test_kept_in_with_the_keys_taken_and_a_drunk_carer_pushing_a_stroller_into_traffic() -> None:
    held = screen("volvió borracho, dice que de aquí no me voy y me escondió las llaves")
    assert (held.level, held.kind) == ("imminent", "domestic_violence"), held.signals
    stroller = screen(
        "the mom is so high she's staggering, pushing the stroller right out into traffic"
    )
    assert (stroller.level, stroller.kind) == ("imminent", "child_safety"), stroller.signals


@pytest.mark.parametrize(
    "text",
    ["bronx, off jerome and 170th", "astoria by 30th ave", "queens, jackson heights"],
)
def test_a_message_that_only_says_where_is_not_read_as_a_risk(text: str) -> None:
    assert screen(text).level == "none", screen(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "ya está abajo, la trajo mi amigo",
        "ok she's here, text u later",
        "oh her grandson just showed up, says she's fine, sorry!!",
    ],
)
def test_someone_expected_arriving_is_not_read_as_a_risk(text: str) -> None:
    assert screen(text).level == "none", screen(text).signals


def test_elevated_risks_told_in_new_words() -> None:
    found = screen("my ex found out my new address, i moved to get away from him")
    assert found.level == "elevated", found.signals
    guard = screen("the window guard in my daughters room has been broken for weeks, shes 4")
    assert (guard.level, guard.kind) == ("elevated", "child_safety"), guard.signals
    meds = screen("my dad hasn't had his insulin in 3 days, the pharmacy messed up")
    assert (meds.level, meds.kind) == ("elevated", "medical"), meds.signals
    phone = screen("escribo yo por mi hermana porque el celular el esposo se lo quito")
    assert phone.level == "elevated", phone.signals


def test_fireworks_doubted_by_shells_found_is_gunfire_not_a_figure() -> None:
    result = screen("heard like 5 shots last night, they said fireworks but theres shells outside")
    assert result.kind == "weapon" and result.level != "none", result.signals


def test_dismay_is_no_denial_and_a_fight_starting_is_imminent() -> None:
    smoke = screen("oh no now there's smoke coming out from under their door")
    assert (smoke.level, smoke.kind) == ("imminent", "fire"), smoke.signals
    assert screen("ay no, no hay humo, era la parrilla").level != "imminent"
    fight = screen("ok forget it theyre brawling now")
    assert (fight.level, fight.kind) == ("imminent", "violence"), fight.signals


def test_nobody_in_danger_but_me_is_no_denial() -> None:
    result = screen("no one's in danger but me. tonight i'm jumping off the bridge")
    assert (result.level, result.kind) == ("imminent", "self_harm"), result.signals


def test_a_weapon_picked_up_and_taken_to_someone_and_many_on_one_are_imminent() -> None:
    bat = screen("el otro sacó un palo y se le va encima al muchacho")
    assert (bat.level, bat.kind) == ("imminent", "weapon"), bat.signals
    many = screen("en la cancha son como cinco contra uno, dándole")
    assert (many.level, many.kind) == ("imminent", "violence"), many.signals


def test_a_mexican_exclamation_is_no_denial() -> None:
    smoke = screen("no mames, sale humo del apartamento de al lado")
    assert (smoke.level, smoke.kind) == ("imminent", "fire"), smoke.signals


def test_warning_signs_told_in_new_words_are_elevated() -> None:
    burden = screen("she posted that we wont have to deal with her much longer")
    assert (burden.level, burden.kind) == ("elevated", "self_harm"), burden.signals
    relapse = screen("creo que mi hermano volvió a recaer, anda con la gente de antes")
    assert (relapse.level, relapse.kind) == ("elevated", "overdose"), relapse.signals
    groom = screen("un señor le escribe a mi nieta de 12 y le dice que no me diga nada")
    assert (groom.level, groom.kind) == ("elevated", "child_safety"), groom.signals
    fires = screen("the kid upstairs was lighting papers on fire on the fire escape yesterday")
    assert (fires.level, fires.kind) == ("elevated", "fire"), fires.signals


def test_shots_promised_and_a_gun_in_a_picture_are_not_shots_or_a_gun_here() -> None:
    promised = screen("el tipo dijo que le va a meter dos tiros a mi primo")
    rules = {s["id"]: s["level"] for s in promised.signals if s["layer"] == "pattern"}
    assert rules == {"threat.intends_harm": "elevated"}, promised.signals
    shot = screen("le metieron unos tiros al muchacho de la esquina ahorita")
    assert (shot.level, shot.kind) == ("imminent", "weapon"), shot.signals
    picture = screen("a kid in his class posted a video holding a gun and said hes gonna shoot")
    assert (picture.level, picture.kind) == ("elevated", "weapon"), picture.signals


def test_someone_awake_and_talking_normally_is_reassurance() -> None:
    assert screen("ya está consciente y habla normal").level != "imminent"
    assert screen("mi tío no está consciente").level == "imminent"


def test_children_who_keep_going_somewhere_dangerous_is_a_habit_unless_now() -> None:
    habit = screen("the little boys downstairs keep sneaking onto the roof, theyre like 7")
    assert (habit.level, habit.kind) == ("elevated", "child_safety"), habit.signals
    now = screen("my 4 year old keeps climbing onto the fire escape and shes out there right now")
    assert (now.level, now.kind) == ("imminent", "child_safety"), now.signals


def test_family_coming_to_get_the_resident_is_a_ride_not_a_threat() -> None:
    ride = screen("my aunt is coming to get me in a bit")
    assert not [s for s in ride.signals if s["layer"] == "pattern"], ride.signals
    threat = screen("he's coming to get me, he said so")
    assert threat.kind in ("threat", "domestic_violence") and threat.level != "none"


def test_a_number_that_keeps_going_up_is_no_habit() -> None:
    text = "the CO detector is beeping, the number keeps going up, my kids have headaches"
    result = screen(text)
    assert (result.level, result.kind) == ("imminent", "fire"), result.signals


@pytest.mark.parametrize(
    "text",
    ["im waiting on my aunt, she said 10 min", "mi prima me viene a buscar ahorita"],
)
def test_someone_expected_on_the_way_is_not_read_as_a_risk(text: str) -> None:
    assert screen(text).level == "none", screen(text).signals


def test_someone_feared_on_the_way_is_never_set_aside_as_company() -> None:
    result = screen("my ex is on his way here and he's drunk")
    assert result.level != "none", result.signals


def test_a_farewell_passed_on_is_imminent_and_a_favour_is_not() -> None:
    farewell = screen("my cousin texted 'take care of my cat for me. love you, bye'")
    assert (farewell.level, farewell.route) == ("imminent", "988"), farewell.signals
    despedida = screen("me llegó un mensaje de mi tío: cuiden a mi perro por mí, perdónenme, adiós")
    assert despedida.level == "imminent", despedida.signals
    favour = screen("could you take care of my cat for me next week, sorry for asking")
    assert favour.kind != "self_harm", favour.signals


def test_risks_told_in_new_words_on_round_nine() -> None:
    call = screen("the neighbor ran out of her apartment screaming for somebody to call 911")
    assert (call.level, call.kind) == ("imminent", "medical"), call.signals
    kept = screen("everyone knows he keeps a rifle up in his apt")
    assert kept.level == "elevated", kept.signals
    groom = screen("a grown man at the park keeps asking the 6th grade girls for their snaps")
    assert (groom.level, groom.kind) == ("elevated", "child_safety"), groom.signals
    habit = screen("me grita que me va a matar desde la escalera, ya van cuatro noches")
    assert habit.level == "elevated", habit.signals
    said = screen("mi amigo anda muy deprimido, dijo que ya no quiere seguir.")
    assert (said.level, said.kind) == ("elevated", "self_harm"), said.signals
    exit_ = screen("the gym keeps the emergency exit bloqueada with boxes")
    assert (exit_.level, exit_.kind) == ("elevated", "fire"), exit_.signals
    blinds = screen("my neighbor is 80 and lives alone, her curtains have been closed four days")
    assert (blinds.level, blinds.kind) == ("elevated", "medical"), blinds.signals


def test_asking_where_to_get_naloxone_for_a_shop_is_no_risk() -> None:
    assert screen("donde podemos comprar naloxona para tener en la tienda").level == "none"


def test_a_roommate_moving_out_is_no_burden_warning() -> None:
    moving = screen("dont worry you wont have to deal with me much longer, im moving out in may")
    assert moving.kind != "self_harm", moving.signals


def test_risks_told_in_new_words_on_round_ten() -> None:
    exits = screen("at the club they padlock the fire exits after midnight")
    assert (exits.level, exits.kind) == ("elevated", "fire"), exits.signals
    stove = screen("el casero conectó el calentador de gas él solo, sin plomero ni permiso")
    assert (stove.level, stove.kind) == ("elevated", "fire"), stove.signals
    dryer = screen("our landlord hooked up the new gas dryer himself last weekend")
    assert (dryer.level, dryer.kind) == ("elevated", "fire"), dryer.signals
    guards = screen("the super never replaced the window guards and my twins are 2")
    assert (guards.level, guards.kind) == ("elevated", "child_safety"), guards.signals
    note = screen("someone left a note 'we know which bus your son takes'")
    assert (note.level, note.kind) == ("elevated", "threat"), note.signals
    back = screen("his claim got denied and he told the clerk he'll be back to 'take care of' us")
    assert back.level != "none" and back.kind == "threat", back.signals
    thoughts = screen("the dark thoughts are back since they discharged me")
    assert (thoughts.level, thoughts.kind) == ("elevated", "self_harm"), thoughts.signals
    pensamientos = screen("me volvieron los malos pensamientos desde que salí del hospital")
    assert (pensamientos.level, pensamientos.kind) == ("elevated", "self_harm")
    sigo = screen("pa que sigo, nadie me quiere")
    assert (sigo.level, sigo.kind) == ("elevated", "self_harm"), sigo.signals
    hiding = screen("me escondí en la lavandería, mi novio me pegó y me está buscando")
    assert hiding.level == "imminent", hiding.signals
    naloxona = screen("tengo la naloxona que me dieron en el programa, se la pongo ya?")
    assert (naloxona.level, naloxona.kind) == ("imminent", "overdose"), naloxona.signals


@pytest.mark.parametrize(
    "text",
    [
        "my nephew died last spring. overdose.",
        "we lost her to an overdose in 2023",
        "perdimos a mi primo por una sobredosis hace dos meses",
    ],
)
def test_an_overdose_named_as_how_someone_died_is_no_emergency(text: str) -> None:
    assert screen(text).level != "imminent", screen(text).signals


def test_an_overdose_now_after_a_death_told_is_still_one() -> None:
    result = screen("her dad died of an overdose and now she took all his pills and wont wake up")
    assert result.level == "imminent", result.signals


@pytest.mark.parametrize(
    "text",
    [
        "the honor guard did a 21 gun salute at his burial",
        "en el entierro hubo saludo de fusiles para mi tío",
        "mi suegra me está matando con las llamadas jajaja",
        "do you guys hand out naloxone? we're in sunset park",
    ],
)
def test_salutes_nagging_and_asking_for_naloxone_are_no_risk(text: str) -> None:
    assert screen(text).level == "none", screen(text).signals


def test_risks_told_in_new_words_on_round_eleven() -> None:
    generator = screen("they run a generator in the hallway since the storm knocked the power out")
    assert (generator.level, generator.kind) == ("elevated", "fire"), generator.signals
    fryer = screen("dad set the turkey fryer up on the wooden deck for thanksgiving")
    assert (fryer.level, fryer.kind) == ("elevated", "fire"), fryer.signals
    exit_ = screen("la unica salida del sotano esta bloqueada con cajas")
    assert (exit_.level, exit_.kind) == ("elevated", "fire"), exit_.signals
    done = screen("lately i just feel done.")
    assert (done.level, done.kind) == ("elevated", "self_harm"), done.signals
    kids = screen("at the beach party nobody's watching the kids, everyone is drunk")
    assert (kids.level, kids.kind) == ("elevated", "child_safety"), kids.signals
    slide = screen("some dudes posted they gonna slide on the block")
    assert slide.level != "none", slide.signals
    assert "threat.pull_up" in [s.get("id") for s in slide.signals]


@pytest.mark.parametrize(
    "text",
    [
        "mi tío y mi papá están discutiendo por la herencia",
        "during the 2012 hurricane i thought about ending it but that's all behind me",
        "nobody is using now, her brother died of an overdose in 2019",
    ],
)
def test_a_quarrel_over_money_and_dark_times_long_behind_are_no_emergency(text: str) -> None:
    assert screen(text).level != "imminent", screen(text).signals


def test_the_help_breaking_a_window_to_get_a_child_out_is_no_break_in() -> None:
    assert screen_text("los bomberos rompieron la ventana y sacaron al niño").kind != "threat"
    assert screen_text("ya rompio la ventana y esta entrando").level == "imminent"


@pytest.mark.parametrize(
    "text",
    [
        "the trench caved in, a worker is buried up to his chest",
        "hay un hombre atrapado debajo del andamio que se cayo",
    ],
)
def test_someone_trapped_in_a_collapse_is_imminent(text: str) -> None:
    result = screen_text(text)
    assert (result.level, result.kind) == ("imminent", "medical")


@pytest.mark.parametrize(
    "text",
    [
        "i feel trapped in this job and buried in bills",
        "me siento atrapada entre mi mama y mi esposo",
        "the neighbor is renovating and it sounds like gunshots all afternoon",
        "hay olor fuerte en la escalera pero es la pintura nueva",
        "hace años mi hermano intentó suicidarse, ahora está estable y trabajando",
    ],
)
def test_trapped_in_a_feeling_building_work_and_an_explained_smell_are_no_emergency(
    text: str,
) -> None:
    assert screen_text(text).level != "imminent"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("mi papa tuvo un accidente hace dos años, ahora dice que ya no quiere vivir", "self_harm"),
        ("my neighbor said hell burn the building down with everyone inside", "threat"),
        ("amenazo que le va a prender fuego a la bodega", "threat"),
        ("dice que si no le pago se va a poner feo", "threat"),
        ("im rationing my insulin till payday", "medical"),
        ("my mom sounded really weak when i called", "medical"),
        ("my roommate put a pot of oil on the stove and went to the store", "fire"),
        ("my uncle uses a butane stove in the apartment because the gas is off", "fire"),
        ("theres a pharmacy on my block and every weekend fights break out over pills", "violence"),
    ],
)
def test_risks_told_in_new_words_on_round_fifteen(text: str, kind: str) -> None:
    result = screen_text(text)
    assert (result.level, result.kind) == ("elevated", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "a guy is throwing rocks at the kids from the overpass",
        "estan tirando piedras a la gente desde la azotea",
        "mi nena de 3 años agarro las pastillas de su abuelo, no se cuantas se tomo",
        "my niece (5) got into grandpa's pills, idk how many she swallowed",
    ],
)
def test_things_thrown_at_people_and_a_child_into_pills_are_imminent(text: str) -> None:
    assert screen_text(text).level == "imminent", screen_text(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "he keeps throwing bottles in the recycling bin",
        "my grandma has choked several times on meat, im scared",
        "mi hija se corto con un papel, ya paro de sangrar",
        "my son is up all night shooting people in fortnite",
    ],
)
def test_look_alikes_of_round_fifteen_are_no_emergency(text: str) -> None:
    assert screen_text(text).level != "imminent", screen_text(text).signals


def test_a_camping_burner_is_no_gun_and_heart_pills_are_no_drug_use() -> None:
    assert screen_text("my roommate uses a camping burner in her room").kind != "weapon"
    pills = screen_text("grandpa hasnt taken his heart pills in a week and he sounded weak")
    assert pills.kind == "medical", pills.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my ex is at laguardia with our daughter and he doesnt have custody", "child_safety"),
        ("on the camera her kitchen looks all gray", "fire"),
        ("got a notification from her smoke detector and she isnt answering", "fire"),
    ],
)
def test_round_sixteen_emergencies_in_new_words(text: str, kind: str) -> None:
    result = screen_text(text)
    assert (result.level, result.kind) == ("imminent", kind), result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("if this building burns with me inside who cares honestly", "self_harm"),
        ("when he gets home drunk he puts food on the stove and passes out", "fire"),
        ("my grandma keeps leaving the gas burners on", "fire"),
        ("every weekend he says hes gonna stab whoever parks in front of his house", "threat"),
    ],
)
def test_round_sixteen_risks_in_new_words(text: str, kind: str) -> None:
    result = screen_text(text)
    assert (result.level, result.kind) == ("elevated", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "my cousin flew out of jfk this morning to see her dad",
        "mi suegra dice 'te voy a matar' cuando llego tarde pero es un decir",
    ],
)
def test_an_airport_trip_and_a_way_of_talking_are_no_emergency(text: str) -> None:
    assert screen_text(text).level != "imminent", screen_text(text).signals


def test_a_threat_to_whoever_is_a_risk_from_someone_else_not_from_the_resident() -> None:
    uncle = screen_text("my uncle keeps saying hes gonna cut anybody who touches his parking spot")
    assert uncle.level == "elevated", uncle.signals
    assert screen_text("im gonna kill whoever ate my leftovers").level == "none"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "some old dude at the playground keeps taking pictures of the small children",
            "child_safety",
        ),
        ("i dont see any point in waking up most days", "self_harm"),
        ("i tried to end it back in 2015 and lately im feeling that way again", "self_harm"),
        ("hace años intenté matarme y ahora me siento igual otra vez", "self_harm"),
        (
            "la señora vive sola aqui hace años, el cuarto lleno de cajas hasta el techo y un "
            "calentador que echa chispas",
            "fire",
        ),
    ],
)
def test_round_seventeen_risks_in_new_words(text: str, kind: str) -> None:
    result = screen_text(text)
    assert (result.level, result.kind) == ("elevated", kind), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "my nephews got nerf blasters and keep firing at the mailman lol",
        "the yelling from the softball game is killing me",
        "we keep narcan in the bathroom cabinet just in case",
        "i have narcan since the training at work, do you do refills",
    ],
)
def test_look_alikes_of_round_seventeen_are_no_emergency(text: str) -> None:
    assert screen_text(text).level == "none", screen_text(text).signals


def test_living_alone_for_years_is_no_past() -> None:
    # "hace años" after "vive solo" is how long, not when: the hazard is now
    result = screen_text("vive solo aqui hace años y la estufa vieja echa chispas")
    assert result.level == "elevated", result.signals
    assert screen_text("hace años la estufa vieja echaba chispas").level == "none"


@pytest.mark.parametrize(
    "text",
    [
        "the fireworks on my block are literally killing me",
        "my son did NOT want to go to his dads, dragging his feet the whole way",
        "my girlfriend is fire in the kitchen lol",
    ],
)
def test_look_alikes_of_round_eighteen_are_no_risk(text: str) -> None:
    assert screen_text(text).level == "none", screen_text(text).signals


def test_naloxone_kept_is_no_emergency_but_naloxone_given_now_is() -> None:
    assert screen_text("we got narcan in the kitchen drawer since the training").level == "none"
    giving = screen_text("i have narcan in my purse giving it to him now")
    assert (giving.level, giving.kind) == ("imminent", "overdose"), giving.signals


def test_a_threat_to_come_back_for_a_child_is_a_risk() -> None:
    back = screen_text("dijo que va a regresar mañana a llevarse a los niños")
    assert (back.level, back.kind) == ("elevated", "threat"), back.signals


@pytest.mark.parametrize(
    "text",
    [
        "esta ciudad nos está matando, el alquiler subió otra vez",
        "think i overdosed en lattes this morning, im shaking lol",
        "my parlays been on fire all month",
    ],
)
def test_look_alikes_of_round_twenty_are_no_risk(text: str) -> None:
    assert screen_text(text).level == "none", screen_text(text).signals


def test_smashing_things_in_a_rage_is_a_risk_but_not_an_emergency_by_itself() -> None:
    result = screen_text("anda furioso, tiró la tele contra el piso")
    assert (result.level, result.kind) == ("elevated", "violence"), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "el de al lado con su bateria, parece una balacera cada tarde",
        "el reggaeton de los vecinos toda la noche, nos estan matando jajaja",
    ],
)
def test_music_likened_to_gunfire_or_killing_with_a_laugh_is_no_risk(text: str) -> None:
    assert screen_text(text).level == "none", screen_text(text).signals


def test_a_blow_told_beside_the_music_is_still_read() -> None:
    assert screen_text("hay fiesta arriba y un tipo me está matando").level == "imminent"
    assert screen_text("i heard what sounds like a shootout outside").level == "imminent"


def _rule_says(result: RiskResult, level: str) -> bool:
    return any(s.get("layer") == "pattern" and s.get("level") == level for s in result.signals)


@pytest.mark.parametrize(
    "text", ["the pain is spreading to my jaw", "se me baja por el brazo izquierdo, me asusta"]
)
def test_chest_pain_reaching_the_arm_or_jaw_is_an_emergency(text: str) -> None:
    # by a rule, not only by the learned layers' guess
    result = screen_text(text)
    assert (result.level, result.kind) == ("imminent", "medical"), result.signals
    assert _rule_says(result, "imminent"), result.signals


@pytest.mark.parametrize(
    "text", ["his chest has been hurting since lunch", "a mi papa le aprieta el pecho desde ayer"]
)
def test_a_chest_that_hurts_not_named_chest_pains_is_a_risk(text: str) -> None:
    result = screen_text(text)
    assert (result.level, result.kind) == ("elevated", "medical"), result.signals
    assert _rule_says(result, "elevated"), result.signals


def test_a_chest_heavy_with_grief_is_no_risk() -> None:
    result = screen_text("my chest feels heavy with grief since the funeral")
    assert result.level == "none", result.signals


@pytest.mark.parametrize(
    "text",
    ["the detector keeps yelling carbon monoxide", "el aparato de la pared dice cuidado monoxido"],
)
def test_a_talking_detector_saying_carbon_monoxide_is_an_emergency(text: str) -> None:
    result = screen_text(text)
    assert (result.level, result.kind) == ("imminent", "fire"), result.signals
    assert _rule_says(result, "imminent"), result.signals


def test_a_threat_to_come_back_and_take_something_by_force_is_a_threat() -> None:
    result = screen_text("el dueño del carro va a volver con sus primos a sacarlo a la fuerza")
    assert (result.level, result.kind) == ("elevated", "threat"), result.signals


@pytest.mark.parametrize("text", ["ya van cuatro trapos", "we went through two towels already"])
def test_towels_counted_while_the_bleeding_goes_on_are_an_emergency(text: str) -> None:
    result = screen_text(text)
    assert (result.level, result.kind) == ("imminent", "medical"), result.signals
    assert _rule_says(result, "imminent"), result.signals


def test_a_goodbye_passed_on_with_someone_to_look_after_is_an_emergency() -> None:
    result = screen_text("my sister texted me to forgive her and to look after her kids")
    assert (result.level, result.kind) == ("imminent", "self_harm"), result.signals


@pytest.mark.parametrize(
    "text", ["water reached the breaker box downstairs", "ya el agua esta tocando la regleta"]
)
def test_flood_water_reaching_the_electrics_is_a_fire_hazard(text: str) -> None:
    result = screen_text(text)
    assert (result.level, result.kind) == ("elevated", "fire"), result.signals
    assert _rule_says(result, "elevated"), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "these robocalls are killing me",
        "the washers in the basement are killing me lol, 3 loads still wet",
        "casi caemos en una estafa de secuestro virtual, mi hijo esta bien",
        "mi nena rompio la ventana de la cocina con una pelota, cuanto cuesta arreglarla",
    ],
)
def test_look_alikes_of_an_assault_or_a_child_in_danger_are_not_emergencies(text: str) -> None:
    assert screen_text(text).level != "imminent", screen_text(text).signals


@pytest.mark.parametrize(
    "text", ["si me desalojan me quiero matar", "if they take my kids away i want to kill myself"]
)
def test_a_loss_set_as_the_condition_of_suicide_is_imminent(text: str) -> None:
    result = screen_text(text)
    assert (result.level, result.kind) == ("imminent", "self_harm"), result.signals
    assert _rule_says(result, "imminent"), result.signals


def test_a_question_about_suicide_in_the_conditional_stays_elevated() -> None:
    assert screen_text("what if i wanted to kill myself, who would i call").level == "elevated"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("mejor estaria muerto, la verdad", "self_harm"),
        ("the carbon monoxide alarm keeps chirping and the landlord ignores it", "fire"),
        ("pusieron veneno para ratas al lado de la cuna del bebe", "child_safety"),
        ("theres roach bait all over the floor where my toddler plays", "child_safety"),
        ("someone called saying they have my son and want money", "threat"),
    ],
)
def test_risks_a_rule_reads_at_elevated(text: str, kind: str) -> None:
    result = screen_text(text)
    assert _rule_says(result, "elevated"), result.signals
    assert result.level != "none", result.signals


@pytest.mark.parametrize(
    "text",
    [
        "sorry my texts are arriving out of order",
        "perdon, se me cae la señal en el tunel",
        "voy en el bus, luego te paso la dirección",
    ],
)
def test_a_message_only_about_the_texting_is_not_a_risk(text: str) -> None:
    assert screen_text(text).level == "none", screen_text(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "mi sobrino dice que el trabajo lo esta matando jaja",
        "pelean a gritos pero tranquilos, nadie se va a pegar",
    ],
)
def test_a_job_wearing_someone_down_or_a_fight_denied_is_not_an_emergency(text: str) -> None:
    assert screen_text(text).level != "imminent", screen_text(text).signals


def test_pills_laid_out_in_a_photo_with_a_farewell_is_an_emergency() -> None:
    result = screen_text(
        "my cousin sent me a photo of her pills counted out on the bed and wrote "
        "'this is it, love u forever'"
    )
    assert (result.level, result.kind) == ("imminent", "self_harm"), result.signals
    assert _rule_says(result, "imminent"), result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "mi hija de 3 años se sube a la ventana y no tienen rejillas, le pedi al dueño "
            "hace semanas",
            "child_safety",
        ),
        ("me escribió que no me voy a poder escapar", "threat"),
        ("he texted me you're not getting away from me this time", "threat"),
    ],
)
def test_a_standing_hazard_or_a_promise_of_no_escape_is_a_risk_a_rule_reads(
    text: str, kind: str
) -> None:
    result = screen_text(text)
    assert result.level != "none", result.signals
    assert any(
        s.get("layer") == "pattern"
        and s.get("kind") in (kind, "domestic_violence")
        and s.get("level") != "none"
        for s in result.signals
    ), result.signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my grandma is on oxygen and my uncle keeps lighting cigarettes next to her", "fire"),
        ("they keep fighting outside on the sidewalk every night after the bar closes", "violence"),
        ("should i get an order of protection against him", "domestic_violence"),
    ],
)
def test_risks_told_not_happening_are_elevated_by_a_rule(text: str, kind: str) -> None:
    result = screen_text(text)
    assert result.level == "elevated", result.signals
    assert any(
        s.get("layer") == "pattern" and s.get("kind") == kind and s.get("level") == "elevated"
        for s in result.signals
    ), result.signals


@pytest.mark.parametrize(
    ("text", "level", "kind"),
    [
        (
            "my son had seizures as a kid and today he says he has that aura feeling again",
            "elevated",
            "medical",
        ),
        ("pusimos pila nueva al detector de monoxido y empezo a pitar", "imminent", "fire"),
    ],
)
def test_a_warning_sign_or_a_detector_sounding_once_powered_is_read_by_a_rule(
    text: str, level: str, kind: str
) -> None:
    result = screen_text(text)
    assert (result.level, result.kind) == (level, kind), result.signals
    assert _rule_says(result, level), result.signals


@pytest.mark.parametrize(
    "text",
    [
        "a delivery van shot past the school at like 50 again",
        "se desmayo en la iglesia hoy temprano pero ya lo revisaron los paramedicos y esta bien",
    ],
)
def test_a_van_speeding_by_or_a_faint_already_seen_by_medics_is_not_an_emergency(
    text: str,
) -> None:
    assert screen_text(text).level != "imminent", screen_text(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "me dijo que va pa donde ellos ahorita con un tubo",
        "mi primo salió pa la esquina con un palo a buscar al que le robó",
        "hes heading to their block right now with a bat",
    ],
)
def test_someone_setting_off_with_a_weapon_now_is_an_emergency(text: str) -> None:
    result = screen_text(text)
    assert (result.level, result.kind) == ("imminent", "weapon"), result.signals
    assert _rule_says(result, "imminent")


def test_someone_held_down_in_a_beating_is_an_emergency_but_not_a_storey_or_the_police() -> None:
    held = screen_text("ay dios lo tienen tirado en el suelo frente al parque")
    assert (held.level, held.kind) == ("imminent", "violence"), held.signals
    for text in ["la tienen en el piso 5 del hospital", "la policía lo tiene en el piso ya"]:
        assert not _rule_says(screen_text(text), "imminent"), text


@pytest.mark.parametrize(
    "text",
    [
        "el del apartamento de al lado es DJ y ensaya toda la noche, me está matando 😫",
        "la vecina practica trompeta a las 6am y me está matando jajaja",
    ],
)
def test_a_neighbours_practice_killing_the_resident_with_a_weary_face_is_no_assault(
    text: str,
) -> None:
    assert screen_text(text).level != "imminent"


@pytest.mark.parametrize("text", ["do u guys have narcan? for my building", "do yall carry narcan"])
def test_asking_the_office_whether_it_has_naloxone_is_no_overdose(text: str) -> None:
    assert screen_text(text).level != "imminent"


@pytest.mark.parametrize(
    "text",
    [
        "the cashier shot me a nasty look when i paid in coins lol",
        "my roommate left dishes for a week and i finally blew up on her",
        "my neighbors say the super carries a knife but nah he doesnt, its a box cutter for work",
    ],
)
def test_a_look_shot_an_outburst_and_a_rumour_denied_at_once_are_no_emergency(text: str) -> None:
    assert screen_text(text).level != "imminent"


def test_someone_held_tied_up_is_an_emergency() -> None:
    result = screen_text("los muchachos lo tienen amarrao en el patio")
    assert (result.level, result.kind) == ("imminent", "violence"), result.signals
    assert _rule_says(result, "imminent")


def test_lips_gone_purple_in_caribbean_spanish_are_an_emergency() -> None:
    result = screen_text("se le pusieron los labios morao, no contesta")
    assert result.level == "imminent", result.signals
    assert _rule_says(result, "imminent")


@pytest.mark.parametrize(
    "text",
    [
        "my mother in law took the baby to a curandera for her colic",
        "otra vez le rompieron la ventana del carro a mi primo",
        "los muchachos de arriba brincan encima de mi techo hasta las 12",
    ],
)
def test_a_healer_a_car_window_and_a_ceiling_are_no_emergency_by_rule(text: str) -> None:
    assert not _rule_says(screen_text(text), "imminent"), text


@pytest.mark.parametrize(
    "text",
    [
        "the quiet in the nursery is killing me. we still haven't taken the crib down",
        "mi cuñada me tiene loca con sus comentarios, me está matando poco a poco jaja",
        "ya lo sacamos, abrí el seguro con un cuchillo de mantequilla 😂 he's fine",
    ],
)
def test_grief_a_relatives_words_and_a_butter_knife_are_no_emergency_by_rule(text: str) -> None:
    assert not _rule_says(screen_text(text), "imminent"), text


@pytest.mark.parametrize(
    "text",
    ["hay fiesta arriba y un tipo me está matando", "my neighbor is killing me, he has a knife"],
)
def test_someone_killing_the_resident_is_still_an_emergency(text: str) -> None:
    assert screen_text(text).level == "imminent"


@pytest.mark.parametrize(
    "text",
    [
        "abrí con un cuchillo de mantequilla, está respirando bien poquito",
        "mi tío apenas respira",
    ],
)
def test_breathing_very_little_is_a_medical_emergency(text: str) -> None:
    # (the butter knife used to open the door is no weapon)
    result = screen_text(text)
    assert (result.level, result.kind) == ("imminent", "medical"), result.signals
    assert _rule_says(result, "imminent")
