"""The resident's answer to the safety question, read as an answer.

After an elevated screen the reply asks "Are you or anyone else in danger
right now?". Alone, "yes" or "si, sigue aqui" holds no risk word, so the text
screen says none; as the answer to that question it says someone is in danger
now. The gateway calls :func:`answer_to_safety_question` on the next message
after it asked, and takes the more urgent of the two readings.

A clinical lead would rather call back a resident who meant "yes, kind of"
than leave one who meant "yes" with a safety question already answered, so
hedged agreement ("i think so", "creo que si") counts as yes. "No", "I'm ok
now" and anything that does not begin as an answer leave the text screen's
reading alone.
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


def _answers_yes(text: str) -> str | None:
    """The language of a yes ("en" or "es"), or None when the text is no yes."""
    normal = normalize(text)
    if not normal or denies_danger(normal) or reassures(normal) or _OVER.search(normal):
        return None
    if _YES_ES.search(normal):
        return "es"
    if _YES_EN.search(normal):
        return "en"
    return None


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
    kind = asked_kind or "violence"
    signal: dict[str, object] = {
        "layer": "conversation",
        "id": "yes_to_safety_question",
        "level": "imminent",
        "kind": kind,
        "why": "answered yes to 'Are you or anyone else in danger right now?'",
    }
    return RiskResult(
        level="imminent",
        kind=kind,
        route=route_for("imminent", kind),
        signals=[signal],
        language=language,
    )


def with_answer(result: RiskResult, text: str, asked_kind: str | None) -> RiskResult:
    """``result``, or the imminent reading of ``text`` as a yes when that is more urgent."""
    if result.level == "imminent":
        return result
    answer = answer_to_safety_question(text, asked_kind)
    if answer is None:
        return result
    return RiskResult(
        level=answer.level,
        kind=answer.kind,
        route=answer.route,
        signals=answer.signals + list(result.signals),
        language=answer.language,
    )
