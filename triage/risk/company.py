"""Someone expected arriving: a friend, a ride, the plumber, the police.

In a conversation residents announce arrivals all the time: "ok she's
outside, me voy", "the plumber is here now", "ya llegaron los policías". The
learned layers, trained mostly on single messages, read a short "he's here"
as someone dangerous at the door (blind conversations 1-4: fourteen of the
twenty-seven ordinary messages read as imminent were arrivals like these).
The words around the arrival tell the two apart:

- a helper or a friend is the one arriving ("mi amiga ya está afuera",
  "EMS just got here");
- an arrival the resident answers with logistics ("nvm he's here now
  sorry", "she's picking me up", "ahorita le escribo después"), or, in a
  message of a few words, with thanks.

The message must be short and must not name someone feared ("my ex", "el
tipo"), a danger, a call for help or help not here yet ("FDNY not here yet"):
the learned layers' reading of such a message stands. A message with a risk
the rules read is never set aside here (the caller checks that).
"""

from __future__ import annotations

import re
from typing import Final

from triage.risk.normalize import normalize
from triage.risk.over import RESPONDERS

#: Someone expected; "super" only with "the", so "the super" not "super scared".
_HELPER: Final = (
    r"(?:friend|friends|bestie|amig[oa]s?|ride|uber|lyft|taxi|cab|car service|plumber|plomero|"
    r"the super|el super|handyman|exterminator|technician|tecnico|mediator|mediador[a]?|"
    r"social worker|trabajador[a]? social|caseworker|case worker|outreach(?: team| worker)?|"
    rf"{RESPONDERS}|shelter (?:van|people|staff)|"
    r"doctora?|nurse|enfermer[oa]|interpreter|interprete|"
    r"counselor|consejer[oa])"
)
_HERE: Final = (
    r"(?:here|outside|downstairs|at the door|afuera|aqui|aca|abajo|en la puerta|"
    r"esperando(?:me)?|waiting)"
)
#: The helper arriving, as the subject of the arrival: "the plumber is here",
#: "mi amiga ya está afuera", "ya llegaron los policías", "EMS just got here".
_HELPER_ARRIVED: Final = re.compile(
    rf"\b{_HELPER}(?: \w+){{0,2}} (?:is|'s|are|'re|just|ya|esta|estan|got|came|showed up|"
    rf"pulled up|arrived|llego|llegaron|vino|vinieron)\b(?: \w+){{0,2}}?(?: {_HERE}\b|"
    r"(?<=got) here\b|(?<=showed up)|(?<=pulled up)|(?<=arrived)|(?<=llego)|(?<=llegaron)|"
    r"(?<=vino)|(?<=vinieron))|"
    # "ya llego el super" ("el super" is a helper whole), "ya llegaron los de la ambulancia",
    # "llegaron los de EMS"
    rf"\b(?:ya )?(?:llego|llegaron|vino|vinieron|esta aqui|estan aqui) (?:(?:el|la|los|las|mi|mis) "
    rf"(?:(?:\w+ )?(?:de|del|de la) )?)?{_HELPER}\b|"
    # brought by one: "ella está afuera ya, la trajo una amiga", "my friend drove her over"
    r"\b(?:la|lo|me|nos|los|las) (?:trajo|trajeron|dejo|dejaron) "
    rf"(?:una |un |mi |mis |su |el |la )?{_HELPER}\b|"
    rf"\b{_HELPER} (?:brought|dropped off|drove) (?:her|him|me|us|them)\b"
)
#: Someone arriving, told with what the resident does next: "nvm he's here now sorry",
#: "she's outside, me voy", "ya está aquí, ahorita le escribo después".
_ARRIVED: Final = re.compile(
    r"\b(?:(?:he|she|they|(?:my|mi) \w+)(?:'s| is| are|'re| esta| ya esta) (?:\w+ )?(?:here|"
    r"outside|downstairs|afuera|aqui|abajo)|"
    r"(?:ya )?(?:esta|estan) (?:aqui|afuera|abajo)|ya llego|ya llegaron|just got here|"
    r"(?:\w+ )?just (?:showed|pulled) up|(?:just )?(?:walked|came) (?:back )?in|"
    r"acaba de (?:entrar|llegar))\b"
)
_LOGISTICS: Final = re.compile(
    r"\b(?:nvm|never ?mind|picking (?:me|us) up|pick (?:me|us) up|waiting for (?:me|us)|"
    r"(?:me|nos) (?:va|viene|vienen|van) a (?:buscar|recoger)|esperandome|esperandonos|"
    r"ttyl|text (?:you |u )?(?:back )?later|(?:le|te|les) (?:escribo|aviso) (?:despues|luego|"
    r"mas tarde)|(?:ahorita|despues|luego|mas tarde) (?:le|te|les) (?:escribo|aviso)|"
    r"tengo que irme|gotta go|got to go|"
    r"me voy(?= *(?:$|[.,!]))|(?:heading|going) (?:out|up|upstairs|down|downstairs)|"
    # the worry answered: "her nephew just showed up, says shes at her daughters"
    # all is well, or off they go: "he pulled up, todo bien gracias", "hes getting in now"
    r"todo bien|all good|(?:he'?s|hes|she'?s|shes) getting in|we'?re ready|"
    r"(?:says|said|dice que) (?:she|he|they)(?:'s| is|s| are|'re)? (?:ok|okay|fine|safe|at "
    r"(?:her|his|their) \w+)|(?:he|she) says (?:thank|thanks|hi)|"
    # the one who came takes over the talking: "él le explica mejor", "they're talking to him"
    r"(?:le|te|les) (?:explica|va a explicar|explico)|(?:he|she)'?ll explain|"
    r"(?:they'?re|theyre|estan) (?:talking|hablando) (?:to|with|con) (?:him|her|el|ella)|"
    r"grabbing (?:food|lunch|dinner|coffee|a bite)|"
    r"(?:esperando|waiting for) (?:el|un|su|al|the|an|his|her|my) (?:uber|lyft|taxi|cab|ride|"
    r"carro|car|bus|tren|train))\b"
)
#: Waiting for the resident: a ride's logistics, unless someone is feared ("está afuera
#: esperándome" after a husband's blows).
_WAITING_FOR_ME: Final = re.compile(r"\b(?:waiting for (?:me|us)|esperandome|esperandonos)\b")
#: ... or a bare thanks, in a message this short: "ya llegaron, gracias!!"
_THANKS: Final = re.compile(r"\b(?:gracias|thanks|thank you|thx|ty)\b")
_THANKS_MAX_WORDS: Final = 6
#: What no expected arrival comes with: someone feared, a call for help, help not here yet.
_NOT_COMPANY: Final = re.compile(
    r"\b(?:ex|abuser|stalker|the guy|that guy|that man|this guy|el tipo|ese tipo|ese hombre|"
    r"husband|boyfriend|esposo|marido|novio|dealer|again|otra vez|de nuevo|drunk|borracho|"
    r"high|drogado|angry|enojado|mad|furious|screaming|gritando|yelling|banging|golpeando|"
    r"fight|pelea|gun|pistola|knife|cuchillo|fire|fuego|help|ayuda|auxilio|"
    r"miedo|scared|afraid|terrified|asustad[oa]|nervous|nerviosa?|worried|preocupad[oa]|"
    r"(?:send|manden|mande|envien) (?:help|someone|somebody|police|cops|an? ambulance|ems|"
    r"a alguien|ayuda|la policia|una ambulancia)|"
    r"hurry|apurense|please|por favor|not|yet|todavia|aun|no|emergency|emergencia|still|sigue|"
    r"but|pero|"
    # come with others: "nvm hes outside with 2 other guys" after a debt collector's threat
    r"(?:\d+|two|three|four|dos|tres|cuatro|some|a few|unos|otros) (?:other |more |mas )?(?:guys|"
    r"men|dudes|tipos|hombres|manes))\b"
)
#: Announcements are short; a longer message tells more than who arrived.
_MAX_WORDS: Final = 20


def without_helper_arriving(normal: str) -> str:
    """``normal`` with a helper's own arrival blanked out ("ya llego el super a verla, pero
    igual queremos ..."), so what is left can be read for anyone else arriving."""
    return _HELPER_ARRIVED.sub(lambda found: " " * len(found.group(0)), normal)


def expected_company(text: str, someone_feared: bool = False) -> bool:
    """The message announces someone expected: a helper or friend arriving,
    or an arrival answered with logistics. ``text`` may be raw or normalised.
    When ``someone_feared`` (the conversation told of a threat), someone waiting
    for the resident is no ride unless a helper or friend is named."""
    normal = normalize(text)
    if len(normal.split()) > _MAX_WORDS or _NOT_COMPANY.search(normal):
        return False
    if _HELPER_ARRIVED.search(normal):
        return True
    if not _ARRIVED.search(normal):
        return False
    short = len(normal.split()) <= _THANKS_MAX_WORDS
    logistics = any(
        not (someone_feared and _WAITING_FOR_ME.fullmatch(found.group(0)))
        for found in _LOGISTICS.finditer(normal)
    )
    return bool(logistics or (short and _THANKS.search(normal)))


#: Family the resident waits for; a feared relative is named with _NOT_COMPANY's words.
_KIN: Final = (
    r"(?:cousin|mom|mother|dad|sister|aunt|auntie|grandma|abuela|prim[oa]|tia|mama|papa|"
    r"herman[oa])"
)


def _coming(who: str) -> re.Pattern[str]:
    """Someone of ``who`` on the way: "estoy esperando al super", "cousin's coming to get me",
    "me dijeron que mandaban a alguien de ACC", "super said hes coming up with the key"."""
    return re.compile(
        rf"\b(?:esperando|waiting (?:for|on)) (?:a |al |a la |a mi |the |my |for )?{who}|"
        # "my sister is picking me up", "mi tía me viene a buscar"
        rf"\b(?:my |mi )?{who}(?:'s| is| are|'re)? (?:gonna |going to )?"
        r"(?:picking|pick) (?:me|us) up\b|"
        rf"\b(?:my |mi )?{who} (?:me|nos) (?:viene|vienen|va|van) a (?:buscar|recoger)\b|"
        r"\b(?:esperando|waiting (?:for|on)) (?:al|the) super\b|"
        r"\b(?:the |el )?super (?:said|says|dice|dijo) (?:que )?(?:he|she|he'?s|she'?s|viene|"
        r"va a)\b|"
        rf"\b(?:my |mi )?{who}(?:'s| is| are|'re)? (?:\w+ ){{0,3}}?(?:coming|on (?:his|"
        r"her|their|the|its) way|viene|vienen|va a venir|van a venir|en camino)\b|"
        # "ya llame al super he's coming up now"
        r"\b(?:llame|called|texted|le escribi) (?:al|a la|the|el|my|mi) (?:super|plomero|plumber|"
        r"handyman|tecnico|landlord|casero|dueno)\b[^.!?]{0,20}\b(?:he'?s|she'?s|hes|shes|viene|"
        r"esta) (?:\w+ )?(?:coming|on (?:his|her) way|subiendo|en camino)\b|"
        r"\b(?:mandan|mandaban|mandaron|van a mandar|iban a mandar|(?:are |were |is )?sending|"
        r"send|will send|would send)(?: a)? (?:alguien|someone|somebody|a worker|un trabajador)\b"
    )


#: Helpers, friends or family on the way; after domestic violence, family may be who is
#: feared ("mi hermano viene"), so only helpers and friends count (_HELPER_COMING).
_COMING: Final = _coming(rf"(?:{_HELPER}|{_KIN})")
_HELPER_COMING: Final = _coming(_HELPER)


def _announces(normal: str, family: bool) -> bool:
    if len(normal.split()) > _MAX_WORDS or _NOT_COMPANY.search(normal):
        return False
    return bool((_COMING if family else _HELPER_COMING).search(normal))


def announces_someone_coming(text: str) -> bool:
    """The message says a helper, a friend or family is on the way or awaited, so the
    next "ya llegó" is them. Never when it names someone feared or a danger."""
    return _announces(normalize(text), family=True)


_SHE: Final = re.compile(
    r"\b(?:she|she'?s|shes|sister|mom|mother|aunt|auntie|grandma|abuela|prima|tia|mama|hermana|"
    r"amiga|nurse|enfermera)\b"
)
_HE: Final = re.compile(
    r"\b(?:he|he'?s|hes|dad|father|uncle|grandpa|abuelo|primo|tio|papa|hermano|amigo|"
    r"the super|el super|plumber)\b"
)


def who_is_coming(text: str, family: bool = True) -> str | None:
    """Who the message says is on the way: "she", "he", "any" (either, or not said), or
    None when it announces no one expected; family counts only when ``family``."""
    normal = normalize(text)
    if not _announces(normal, family):
        return None
    she, he = bool(_SHE.search(normal)), bool(_HE.search(normal))
    return "she" if she and not he else "he" if he and not she else "any"


#: The pronoun an English arrival names: "ok she's here", "he just pulled up".
_ARRIVING_SHE: Final = re.compile(r"\b(?:she|she'?s|shes)\b")
_ARRIVING_HE: Final = re.compile(r"\b(?:he|he'?s|hes)\b")


#: Who is expected after a call to 911 told: the help it sends.
EXPECTING_HELP: Final = "help"

#: Help comes as several: "they're here", "ya llegaron" (not "he's here", "ya llegó").
_ARRIVING_THEY: Final = re.compile(r"\b(?:they|they'?re|theyre|llegaron|vinieron|estan)\b")


def bare_arrival(text: str, expected: str = "any") -> bool:
    """A short arrival with nothing feared in it, of the one ``expected`` ("she", "he",
    "any", or "help" after a call to 911): "ya llegó 👍", "shes outside now, bye". "he's
    here" after a sister was announced is someone else, and after a call to 911 too."""
    normal = normalize(text)
    short = len(normal.split()) <= _THANKS_MAX_WORDS
    if not short or _NOT_COMPANY.search(normal) or not _ARRIVED.search(normal):
        return False
    if expected == EXPECTING_HELP:
        one = _ARRIVING_HE.search(normal) or _ARRIVING_SHE.search(normal)
        return bool(_ARRIVING_THEY.search(normal)) and not one
    other = _ARRIVING_HE if expected == "she" else _ARRIVING_SHE if expected == "he" else None
    return other is None or not other.search(normal)
