"""Two messages the screen can only read in the light of the conversation.

1. The resident's answer to the safety question. After an elevated screen
   the reply asks "Are you or anyone else in danger right now?". Alone, "yes"
   or "si, sigue aqui" holds no risk word, so the text screen says none; as
   the answer to that question it says someone is in danger now. A clinical
   lead would rather call back a resident who meant "yes, kind of" than leave
   one who meant "yes", so hedged agreement ("i think so", "creo que si")
   counts as yes. "No", "I'm ok now" and anything that does not begin as an
   answer are left alone.
2. The person the resident fears, arriving. After a threat, a violent
   partner or a weapon was reported, "he's outside my door" or "ya llegó"
   is that threat with the person present: imminent. Without that history
   the same words are ordinary ("the plumber is here").

The gateway calls :func:`read_in_conversation` with what the conversation
holds (the kind the question was asked about, the kind of its highest risk)
and takes the more urgent of the readings.
"""

from __future__ import annotations

import re
from typing import Final

from triage.risk.context import denies_danger, reassures
from triage.risk.normalize import normalize
from triage.risk.result import RiskResult, route_for

# Where the answer starts; a reply may open with "ok" or "well".
_OPENER: Final = r"^\W*(?:(?:ok|okay|well|bueno|pues|oh|omg|dios|please|por favor)\W+)?"
# A bare cry for help, not "help me find a shelter".
_ALONE_EN: Final = r"(?=\W*(?:$|please|pls|plz|now|hurry|asap)\b|\W*$)"
_ALONE_ES: Final = r"(?=\W*(?:$|por favor|porfa|ya|rapido|ahora)\b|\W*$)"

_YES_EN: Final = re.compile(
    _OPENER + r"(?:(?:yes+|yeah+|yea|yep|yup|yass+|i think so|think so)\b(?!\W*(?:no|not|nah)\b)|"
    r"y\W*$|"
    r"(?:he|she|they)(?:'s| is| are|'re) (?:still )?(?:here|outside|inside|at the door|"
    r"in the (?:house|apartment|building|hallway))\b|still here\b|"
    r"(?:help(?: me| us)?|hurry|come (?:fast|quick|now))" + _ALONE_EN + ")"
)
# "si" is also "if" ("si vuelve lo llamo"): it counts alone or before what an answer says next.
_YES_ES: Final = re.compile(
    _OPENER + r"(?:si+(?=\s*(?:$|[.,!?;:]|(?:esta|estoy|estamos|estan|sigue|siguen|por favor|"
    r"porfa|ayuda|ahora|ahorita|todavia|aun|claro|tengo miedo|hay peligro)\b))|"
    r"claro que si\b|creo que si\b|eso creo\b|estoy en peligro\b|estamos en peligro\b|"
    r"(?:sigue|siguen|esta|estan|todavia esta|todavia estan|ya llego|ya llegaron) "
    r"(?:aqui|aca|afuera|adentro|en la puerta|en la casa|en el edificio)\b|todavia sigue\b|"
    r"(?:ayuda(?:me|nos)?|auxilio|socorro|apurense)" + _ALONE_ES + ")"
)
# "yeah he left", "si pero ya estoy bien": the answer says the danger is over.
_OVER: Final = re.compile(
    r"\b(?:left|gone|went away|took off|calmed down|i'?m (?:safe|ok|okay|fine)|"
    r"we'?re (?:safe|ok|okay|fine)|se fue|se fueron|se marcho|se calmo|"
    r"(?:estoy|estamos) (?:bien|a salvo|segur[oa]s?))\b"
)


def _language_of(normal: str, spanish: re.Pattern[str], english: re.Pattern[str]) -> str | None:
    """ "es" or "en" for the pattern that matches the normalised text, else None."""
    if spanish.search(normal):
        return "es"
    if english.search(normal):
        return "en"
    return None


def _conversation_result(kind: str, language: str, signal_id: str, why: str) -> RiskResult:
    signal: dict[str, object] = {
        "layer": "conversation",
        "id": signal_id,
        "level": "imminent",
        "kind": kind,
        "why": why,
    }
    return RiskResult(
        level="imminent",
        kind=kind,
        route=route_for("imminent", kind),
        signals=[signal],
        language=language,
    )


def _answers_yes(text: str) -> str | None:
    """The language of a yes ("en" or "es"), or None when the text is no yes."""
    normal = normalize(text)
    if not normal or denies_danger(normal) or reassures(normal) or _OVER.search(normal):
        return None
    return _language_of(normal, _YES_ES, _YES_EN)


def answer_to_safety_question(text: str, asked_kind: str | None) -> RiskResult | None:
    """An imminent result when ``text`` answers yes to the safety question.

    ``asked_kind`` is the kind of the risk that prompted the question (the
    conversation's); the answer carries it, so a "yes" after suicidal words
    routes to 988 and a "yes" after a threat to 911. None when the text is
    not a yes.
    """
    language = _answers_yes(text)
    if language is None:
        return None
    return _conversation_result(
        asked_kind or "violence",
        language,
        "yes_to_safety_question",
        "answered yes to 'Are you or anyone else in danger right now?'",
    )


#: Kinds where the person reported is a danger in person.
ARRIVAL_KINDS: Final = frozenset({"domestic_violence", "threat", "violence", "weapon"})

_ARRIVED_EN: Final = re.compile(
    r"\b(?:he|she|they|my ex|him|her ex|the guy|that guy)(?:'s| is| are|'re)? (?:just )?"
    r"(?:back|here|outside|downstairs|upstairs|at (?:my|the|our) (?:door|window|building|job|"
    r"work|car)|in the "
    r"(?:lobby|hallway|hall|building|stairwell)|banging|knocking|kicking the door|trying to get in|"
    r"coming up|came back|showed up|pulled up|on (?:his|her|their) way)\b"
)
_ARRIVED_ES: Final = re.compile(
    r"\b(?:ya )?(?:llego|llegaron|volvio|volvieron|regreso|regresaron|esta aqui|estan aqui|esta "
    r"afuera|estan afuera|esta abajo|esta en la puerta|esta tocando|esta golpeando la puerta|"
    r"quiere entrar|viene para aca|viene subiendo|se aparecio)\b"
)
# "he's not here", "no ha vuelto", "he came back for his stuff yesterday"
_NOT_ARRIVED: Final = re.compile(
    r"\b(?:not|isn't|hasn't|never|nunca|todavia no|aun no|yesterday|last night|ayer|anoche|"
    r"if|in case|por si|when|cuando|no (?:ha|han|esta|estan|llego|llegaron|vino|viene|volvio|"
    r"regreso)|si (?:vuelve|viene|llega|regresa|aparece|vuelven|vienen|llegan))\b"
)


def _arrived(text: str) -> str | None:
    """The language of a report that the feared person is here now, or None."""
    normal = normalize(text)
    if not normal or _NOT_ARRIVED.search(normal) or _OVER.search(normal):
        return None
    return _language_of(normal, _ARRIVED_ES, _ARRIVED_EN)


def arrival_after_threat(text: str, earlier_kind: str | None) -> RiskResult | None:
    """An imminent result when ``text`` says the person behind the
    conversation's earlier threat is here now; None otherwise."""
    if earlier_kind not in ARRIVAL_KINDS:
        return None
    language = _arrived(text)
    if language is None:
        return None
    return _conversation_result(
        earlier_kind,
        language,
        "arrived_after_threat",
        f"the person behind an earlier {earlier_kind} risk is here now",
    )


def read_in_conversation(
    result: RiskResult,
    text: str,
    *,
    asked_kind: str | None = None,
    earlier_kind: str | None = None,
) -> RiskResult:
    """``result``, or the imminent reading of ``text`` in its conversation when
    that is more urgent: a yes to the safety question asked about
    ``asked_kind``, or an arrival after an earlier risk of ``earlier_kind``."""
    if result.level == "imminent":
        return result
    reading = None
    if asked_kind:
        reading = answer_to_safety_question(text, asked_kind)
    if reading is None:
        reading = arrival_after_threat(text, earlier_kind)
    if reading is None:
        return result
    return RiskResult(
        level=reading.level,
        kind=reading.kind,
        route=reading.route,
        signals=reading.signals + list(result.signals),
        language=reading.language,
    )
