"""A message read in the light of the conversation before it.

The text screen reads each message alone; here the reading of one message is
moved by what the conversation holds (:class:`ConversationMemory`). Its parts:

1. The resident's answer to the safety question (here). After an elevated screen
   the reply asks "Are you or anyone else in danger right now?". Alone, "yes"
   or "si, sigue aqui" holds no risk word, so the text screen says none; as
   the answer to that question it says someone is in danger now. A clinical
   lead would rather call back a resident who meant "yes, kind of" than leave
   one who meant "yes", so hedged agreement ("i think so", "creo que si")
   counts as yes. "No", "I'm ok now" and anything that does not begin as an
   answer are left alone.
2. The person the resident fears, arriving (``arrival.py``): after a threat,
   "ya llegó" is that threat here now.
3. After suicidal words, the act done or under way (``act_after_ideation.py``).
4. Right after an emergency: the emergency going on, or over, or a call made
   (here; the words of an end are in ``over.py``); after an earlier risk, the
   same danger again or getting worse (here).

The gateway calls :func:`read_in_conversation` with what the conversation
holds (the kind the question was asked about, the kind of its highest risk)
and takes the more urgent of the readings.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from typing import Final

from triage.categories import risk_level_rank
from triage.risk.act_after_ideation import act_after_ideation
from triage.risk.arrival import ARRIVAL_KINDS, arrival_after_threat
from triage.risk.company import (
    EXPECTING_HELP,
    announces_someone_coming,
    bare_arrival,
    expected_company,
    who_is_coming,
)
from triage.risk.context import denies_danger, is_habitual, is_recent_past, reassures
from triage.risk.context_model import THRESHOLD as MODEL_THRESHOLD
from triage.risk.context_model import Memory, p_imminent, reads
from triage.risk.conversation_reading import conversation_result, language_of
from triage.risk.normalize import normalize
from triage.risk.over import GOES_ON, OUT_OF_IT, OVER, help_took_over
from triage.risk.place_only import only_a_place
from triage.risk.result import RiskResult

__all__ = [
    "ARRIVAL_KINDS",
    "FIELDS",
    "ConversationMemory",
    "act_after_ideation",
    "answer_to_safety_question",
    "answers_no",
    "arrival_after_threat",
    "question_asked_about",
    "read_in_conversation",
]

# Where the answer starts; a reply may open with "ok" or "well".
_OPENER: Final = (
    r"^\W*(?:(?:ok|okay|well|bueno|pues|oh|omg|dios|please|por favor|i don'?t know|no se|um+|uh+|"
    r"hmm+)\W+)?"
)
# A bare cry for help, not "help me find a shelter".
_ALONE_EN: Final = r"(?=\W*(?:$|please|pls|plz|now|hurry|asap)\b|\W*$)"
_ALONE_ES: Final = r"(?=\W*(?:$|por favor|porfa|ya|rapido|ahora)\b|\W*$)"

_YES_EN: Final = re.compile(
    _OPENER + r"(?:(?:yes+|yeah+|yea|yep|yup|yass+|i think so|think so)\b(?!\W*(?:no|not|nah)\b)|"
    # "no i'm not safe": the no is to "are you ok", the answer is yes
    r"(?:no\W+)?(?:i'?m|i am|we'?re|we are) (?:not safe|unsafe|in danger)\b|"
    r"y\W*$|"
    r"(?:he|she|they)(?:'s| is| are|'re) (?:still )?(?:here|outside|inside|at the door|"
    r"in the (?:house|apartment|building|hallway))\b|still here\b|"
    r"(?:help(?: me| us)?|hurry|come (?:fast|quick|now))" + _ALONE_EN + ")"
)
# "si" is also "if" ("si vuelve lo llamo"): it counts alone or before what an answer says next.
_YES_ES: Final = re.compile(
    _OPENER + r"(?:si+(?=\s*(?:$|[^\w\s]|(?:esta|estoy|estamos|estan|sigue|siguen|por favor|"
    r"porfa|ayuda+\w*|ahora|ahorita|todavia|aun|claro|tengo miedo|hay peligro|la verdad|"
    r"de verdad)\b))|"
    r"claro que si\b|creo que si\b|eso creo\b|estoy en peligro\b|estamos en peligro\b|"
    r"(?:no\W+)?no (?:estoy|estamos) a salvo\b|"
    r"(?:sigue|siguen|esta|estan|todavia esta|todavia estan|ya llego|ya llegaron) "
    r"(?:aqui|aca|afuera|adentro|en la puerta|en la casa|en el edificio)\b|todavia sigue\b|"
    r"(?:ayuda(?:me|nos)?|auxilio|socorro|apurense)" + _ALONE_ES + ")"
)
#: A yes that asks for a call back later answers another question.
_CALLBACK: Final = re.compile(
    r"\bque (?:me|nos|alguien me|alguien nos) (?:llame|llamen|contacte|contacten|hable|hablen)\b|"
    r"\bque hablen con\b|\b(?:call|contact|text) me (?:back|tomorrow|later|after)\b|"
    r"\bhave (?:someone|somebody) (?:call|contact|text) me\b|\b(?:manana|tomorrow)\b|"
    # "yeah a callback would help", "si, a callback estaria bien"
    r"\bcall ?backs?\b|\bque me devuelvan la llamada\b"
)


#: The danger the last reply was about, ended by the resident: "la agarré!! she's inside",
#: "we got out", "ya estamos a salvo" (not "los amigos se fueron": others leaving end nothing).
_SAID_OVER: Final = re.compile(
    r"\b(?:(?:i|we) (?:got|grabbed|caught) (?:her|him)(?! out)|(?:la|lo) agarre|ya (?:la|lo) tengo|"
    r"(?:she'?s|he'?s|shes|hes) (?:back )?inside|we'?re safe|(?:i'?m|im) safe|"
    # leaving, right after the reply: "estamos saliendo to the street ya"
    r"(?:we'?re|we are|estamos) (?:saliendo|getting out|heading out)|"
    # the act not done: "she opened it, she didnt do anything"
    r"(?:she|he|they) (?:didn'?t|didnt|did not) (?:do|try) (?:anything|it)\b|no (?:se )?hizo nada|"
    # "he came down. hes sitting with us"; "got her, she got him out and hes drinking water"
    r"^\W*(?:ok\W+)?got (?:her|him)(?=\W*$|\s*[.,!])|(?:he|she|they|someone) got (?:him|her|"
    r"the (?:baby|kid|child|boy|girl)) out(?=\W*$|\s*[.,!]|\s+and (?:he|she|they)(?:'s| is| are|"
    r"'re)? (?:ok|okay|fine|safe|breathing|drinking|awake|talking|crying)\b)|"
    # out of the building or away from the danger: "ok we're outside on the sidewalk", "im
    # across the street in my car", "ya estamos todos afuera en la acera"
    r"(?:we'?re|were|we are|i'?m|im|i am) (?:all |now |already )?(?:outside|out front|across the "
    r"street)(?=\W*$|\s*[.,!]| now\b| on the (?:sidewalk|street|stoop|corner)| in (?:my|the|our|a) "
    r"(?:car|\w+))|"
    # going out, right after the reply: "ok we're going outside"
    r"(?:we'?re|were|we are|i'?m|im|i am) (?:all )?(?:going|getting|heading) (?:outside|out of "
    r"(?:here|the (?:building|apartment|apt)))|(?:ya )?(?:nos vamos|vamos|me voy) (?:pa |para )?"
    r"(?:afuera|fuera|la calle)|(?:ya )?(?:estamos|estoy) (?:todos |todas )?(?:afuera|fuera|"
    r"en la (?:acera|calle|esquina)|al otro lado de la calle)(?=\W*$|\s*[.,!]| ya\b| en la "
    r"(?:acera|calle|esquina))|"
    # taken somewhere safe: "ok vamos a llevarla a casa de su mamá"
    r"(?:vamos a|voy a|we'?re (?:gonna|going to)|i'?m (?:gonna|going to)|gonna) (?:llevarla|"
    r"llevarlo|take (?:her|him)) (?:a (?:la )?casa|home|al hospital|to (?:the )?(?:hospital|er|"
    r"urgent care))|"
    # the means taken away: "ok i took the pills from her", "le quité el cuchillo"
    r"(?:took|hid|grabbed|put away|locked up) (?:the |her |his |their |all the |all (?:her|his) )?"
    r"(?:pills|meds|medication|knife|knives|gun|razors?|blades?)(?: away)? from (?:her|him|them)|"
    r"(?:le|les) (?:quite|quitamos|escondi|escondimos) (?:las pastillas|el cuchillo|la pistola|"
    r"los cuchillos|las navajas|el arma)|"
    rf"{OUT_OF_IT}|(?:he|she|they|hes|shes|theyre)(?:'s| is| has| have| are)? "
    # (not what was left for the resident: "i have the narcan she left me")
    r"(?:took off|left(?! (?:me|us|it|them)\b)|ran off|gone|went away|walked (?:off|away))|"
    r"ya se fue|"
    # found somewhere safe: "they found her, she's at the hospital", "baby out"
    r"(?:she'?s|he'?s|shes|hes|they'?re|theyre) (?:at|in) the (?:hospital|er|emergency room)\b|"
    r"(?:esta|estan) en el hospital|(?:the )?(?:baby|kid|child|boy|girl|bebe|nene|nena)(?:'s| is|"
    r" esta)? (?:out|afuera)(?=\W*$|\s*[,.!])|"
    # pulled out and breathing: "ya lo sacaron, está respirando"
    r"(?:ya )?(?:lo|la) (?:sacaron|sacamos|saque)|(?:he|she)(?:'s| is) breathing(?=\W*$|\W*[.,!])|"
    # left behind: "the driver stopped and hes off the bus now", "driver closed the door on him"
    r"(?:he'?s|hes|she'?s|shes|they'?re|theyre) (?:off|out of) the (?:bus|train|car|store|shop|"
    r"building)|closed the doors? (?:on|before) (?:him|her|them)|"
    # found by the resident, alone or with someone safe: "FOUND HER she was with a mom from her
    # school" (not "they found him", which after a threat is the ones looking for him)
    r"^\W*(?:(?:we|i)(?: just| finally)? )?found (?:her|him|them)(?=\W*$|\W+(?:she|he|they) "
    r"(?:was|were) with\b)|^\W*(?:ya )?(?:la|lo) (?:encontre|encontramos)(?=\W*$|\W+(?:estaba|"
    r"estaban) con\b)|"
    # the lost child back with a parent: "la mama la encontro, ya la tiene"
    r"(?:su |la |el )?(?:mama|papa|madre|padre) (?:la|lo) (?:encontro|tiene)\b|(?:his|her|the) "
    r"(?:mom|dad|mother|father|parents?) (?:found|has|got) (?:him|her)\b|"
    r"(?<!no )(?<!apenas )(?:ya )?(?:esta )?respira(?:ndo)?(?=\W*$|\W*[.,!]))\b"
)
#: Someone with the resident got the child or person out of the danger: "ok she grabbed him and
#: closed it" after a toddler at an open window. Read only where no one feared is told of, since
#: after a threat "he grabbed her" is the assault.
_RESCUED: Final = re.compile(
    r"\b(?:she|he|they|my \w+|mi \w+|the \w+)(?: just)? (?:grabbed|caught|got|pulled) (?:him|her|"
    r"them)(?: (?:back|in|down|off|away|out))?\b|\b(?:la|lo) (?:agarro|cogio|jalo)\b"
)
#: A fire hazard switched off: "he unplugged it, he just texted me", "ya lo desconecto".
_HAZARD_OFF: Final = re.compile(
    r"\b(?:unplugged|turned off|shut off|switched off|put out)\b|\b(?:turned|shut|switched) "
    r"(?:it|them|the \w+) off\b|\b(?:lo|la|los|las) (?:desconecto|desconectamos|desconecte|"
    r"apago|apagamos|apague)\b|\bya (?:lo |la )?(?:desconecto|apago)\b"
)
#: What choked them, out: "its out its out hes crying", "ya le salio gracias a dios, esta
#: tosiendo"; crying and coughing are then breath, not the emergency going on.
_AIRWAY_CLEARED: Final = re.compile(
    r"^\W*(?:(?:ok|omg|ay|oh)\W+)?(?:it'?s|its|it is) out(?!\s+(?:of|there|here)\b)|"
    r"\bya (?:se )?le salio\b(?! sangre)|\b(?:lo|la) escupio\b|\bspit it out\b|"
    r"\bcoughed it (?:up|out)\b"
)
#: The one in danger now with the resident, or someone keeping them company: "he came down.
#: hes sitting with us", "my roommate just woke up shes here w me now". Not after
#: a threat or violence, where "he's sitting with me" may be the one feared.
_WITH_US: Final = re.compile(
    r"\b(?:he|she|they)(?:'s| is| are|'re)? (?:sitting |staying |here )(?:here )?(?:with|w) "
    r"(?:us|me)\b"
)
#: A question about what the service costs: "¿eso cuesta algo?", "is it free".
_ASKS_COST: Final = re.compile(
    r"\b(?:cuesta|cuestan|cobran|cost|costs|how much|cuanto (?:es|sale)|(?:is|es) (?:it |eso )?"
    r"(?:free|gratis))\b"
)
#: A yes that asks for what the intake offers answers the offer.
_WANTS_SERVICE: Final = re.compile(
    r"\b(?:i want|i'?d like|i need|can i (?:get|have)|quiero|quisiera|me gustaria|necesito|"
    r"me interesa|i'?m interested in|interested in|interesad[oa] en)\b"
    r"[^.!?]{0,20}\b(?:mediators?|mediation|mediador\w*|mediacion|info|information|informacion|"
    r"resources?|recursos?|appointment|cita|referral)\b|"
    # the offer taken with a bare yes: "yes mediacion por favor", "si, outreach please"
    r"^\W*(?:yes|yeah|yea|si|ok|okay)\W+(?:please |por favor )?(?:(?:send|get|manden|mande|"
    r"mandar|envien) )?(?:the |a |an |una |la |el )?(?:mediators?|mediation|mediador\w*|mediacion|"
    r"outreach|info|informacion|resources|recursos|referral)\b|"
    # a welfare check asked for: "yes please send someone to check"
    r"\b(?:send|manden|mande|envien) (?:someone|somebody|alguien) (?:to|a) (?:check|ver|revisar|"
    r"chequear)\b|"
    # the line the reply named, asked for: "si, dame el número de esa línea"
    r"\b(?:dame|deme|pasame|mandame|me (?:das|da|puedes dar|puede dar|pasas|pasa)|give me|send me|"
    r"can i (?:get|have)|what'?s|whats) (?:el |la |the |that |this )?(?:numero|number|linea|line|"
    r"hotline)\b"
)


def _answers_yes(text: str) -> str | None:
    """The language of a yes ("en" or "es"), or None when the text is no yes."""
    normal = normalize(text)
    if not normal or denies_danger(normal) or reassures(normal) or OVER.search(normal):
        return None
    if help_took_over(normal):
        return None
    if expected_company(normal) or _CALLBACK.search(normal) or _WANTS_SERVICE.search(normal):
        # "ok he's here now, i'll text back later": the plumber, not a yes;
        # "si, que me llamen mañana": a yes to a call back, not to a danger now;
        # "yes i want a mediator": a yes to the intake's offer
        return None
    return language_of(normal, _YES_ES, _YES_EN)


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
    return conversation_result(
        asked_kind or "violence",
        language,
        "yes_to_safety_question",
        "answered yes to 'Are you or anyone else in danger right now?'",
    )


#: A no to the safety question: "no not rn hes in his room", "ahorita esta dormido".
_NO_EN: Final = re.compile(
    # "oh no" is alarm, not an answer: "oh no its happening again"
    _OPENER + r"(?:(?<!\boh )(?<!\bomg )no+(?=\W*$|\s*[.,!;:]|\s+(?:he|she|they|i|im|i'm|we|it|its|"
    r"it's|not|nobody|"
    r"no one|nothing|one|nah|thanks|thank|right|rn|now|ahorita|ahora|no)\b)|nah+|nope|"
    r"not (?:right )?now|not yet|"
    r"not rn|nothing(?:'s| is)? (?:happening|burning|on fire|smoking) (?:right now|rn|now)|"
    r"not (?:right )?(?:this|at the) (?:sec|second|minute|moment)|"
    r"not really|not at the moment|"
    r"i don'?t think so|dont think so|"
    # all the answer: "hes not here rn" (not "hes not here, hes outside banging on the door")
    r"(?:he|she|they)(?:'s| is| are|'re) not (?:here|home|around)(?: right now| now| today| "
    r"tonight| yet)?\W*$|(?:he|she|they)(?:'s| is| are|'re) (?:asleep|sleeping|"
    r"in (?:his|her|their) room|at work|calm(?:er)?|watching tv|(?:good|ok|okay|fine|safe)(?= "
    r"(?:now|tonight|rn|right now)\b|\W*$)|(?:with|at) (?:my|his|her|their|the) (?:mom|"
    r"grandma|grandmother|abuela|aunt|tia|sister|school|daycare)))\b"
)
# "no contesta el teléfono" is no answer: a Spanish "no" before a verb negates the verb.
_NO_ES: Final = re.compile(
    _OPENER + r"(?:(?<!\bay )(?<!\bdios )no+(?=\W*$|\s*[.,!;:]|\s+(?:ahorita|ahora|por ahora|creo|"
    r"gracias|todo|estamos|estoy|nadie|no)\b)|(?:ahora mismo|ahorita|ahora) no\b"
    # "ahora no me contesta": the no negates the verb after it ("ahorita no se" is "I don't know")
    r"(?!\s+(?:me|le|lo|la|los|las|nos|les|te|contesta\w*|responde\w*|despierta|respira|abre|"
    r"reacciona|puede|quiere|sale|para|deja|se (?!\W*$)\w))|nel|"
    r"por ahora no|todavia no|no creo|creo que no|"
    r"no (?:esta|estan) (?:aqui|aca|en (?:la )?casa)(?: ahorita| ahora| todavia)?\W*$|"
    r"(?:(?:ahorita|ahora) )?(?:esta|estan) (?:dormid[oa]s?|durmiendo|tranquil[oa]s?|"
    r"en su cuarto|en el trabajo|trabajando))\b"
)
#: The layers that read by resemblance; a no to the question sets them aside.
_LEARNED_LAYERS: Final = frozenset({"embedding", "charngram", "semantic"})


#: A no to "are you ok" is no no to the danger: "no im not ok", "no, no estoy bien" (a
#: leading "no estoy bien" may be "no, estoy bien", and "no esta bien" is "no, it's fine").
_NOT_OK: Final = re.compile(
    r"\bnot (?:safe|ok|okay|alright|all right|fine|good)\b|\bunsafe\b|"
    r"\bno (?:estoy|estamos) a salvo\b|(?<=\w )no (?:estoy|estamos) (?:nada )?bien\b"
)


def answers_no(text: str) -> bool:
    """``text`` answers no to "Are you or anyone else in danger right now?"
    and says nothing after the no that turns from it."""
    normal = normalize(text)
    if not normal or GOES_ON.search(normal) or _NOT_OK.search(normal):
        return False
    return bool(_NO_EN.search(normal) or _NO_ES.search(normal))


#: A no this short is all answer; a longer one may go on to tell something new
#: ("no he's calm right now. ... some nights i wish i just wouldn't wake up").
_SHORT_ANSWER_WORDS: Final = 16


def _after_no(result: RiskResult, text: str, *, asked: bool = True) -> RiskResult:
    """``result`` with the models' reading held down after a no to the safety
    question: the models, trained on single messages, over-read "he's in his
    room" or "ahorita no creo" as a danger now (blind conversations 1-4). A
    short answer is read by the rules alone; in a longer one the models may
    still say elevated, never imminent. A no after the 911 reply (``asked``
    false) answers no question: it says the danger is not there this minute, so
    the models may still say elevated ("no hes at work i think, im just scared
    to go out to my car")."""
    short = len(text.split()) <= _SHORT_ANSWER_WORDS
    ceiling = "none" if short and asked else "elevated"
    why = "answered no: nothing is happening right now"
    return _models_held(result, ceiling, "no_to_safety_question", why)


#: The naloxone rule's words: needed, given or asked for.
_NALOXONE: Final = re.compile(r"narcan|nalox")


def _naloxone_given_held(result: RiskResult) -> RiskResult:
    """``result`` with the naloxone rule held at elevated: once help has taken over, "EMS
    here they gave him narcan hes coughing" tells the rescue, not a new call to make
    (blind conversations 61-72, three rounds). Any other rule stands."""
    signals = [
        {**s, "level": "elevated", "context": "help_took_over"}
        if s.get("layer") == "pattern"
        and s.get("id") == "overdose.now"
        and s.get("level") == "imminent"
        and _NALOXONE.search(str(s.get("match", "")))
        else s
        for s in result.signals
    ]
    return replace(result, signals=signals)


def _models_held(result: RiskResult, ceiling: str, signal_id: str, why: str) -> RiskResult:
    """``result`` with the learned layers' readings held at ``ceiling`` (the rules'
    readings stand), and a conversation signal saying why."""
    kept, held = [], []
    for s in result.signals:
        if s.get("layer") in _LEARNED_LAYERS and s.get("level") == "imminent":
            held.append({**s, "level": ceiling, "context": signal_id})
        elif s.get("layer") in _LEARNED_LAYERS and ceiling == "none" and s.get("level") != "none":
            held.append({**s, "level": "none", "context": signal_id})
        else:
            kept.append(s)
    active = [s for s in kept + held if s.get("level") in ("elevated", "imminent")]
    top = max(active, key=lambda s: risk_level_rank(str(s.get("level"))), default=None)
    level = str(top["level"]) if top else "none"
    kind = str(top["kind"]) if top and top.get("kind") else None
    return conversation_result(kind, result.language, signal_id, why, level, [*kept, *held])


def _continues(result: RiskResult, earlier_kind: str | None) -> RiskResult:
    """An elevated reading right after an imminent one is the same emergency going
    on ("tengo narcan, se lo pongo??", "she's talking really slow"): the resident
    is told to call again rather than asked whether they are in danger. Its kind is
    the emergency's, unless a rule names another: the models' guess of a kind for
    "nose si voy a llamar a ese numero, pa q" is no reason to send a resident with
    the pills in hand to 911 instead of 988."""
    kind = result.kind
    # (pills taken after suicidal words are an overdose: 911, whoever names it)
    if earlier_kind and kind != "overdose" and not _named_by_rules(result, kind):
        kind = earlier_kind
    why = "a risk told right after an emergency, with nothing saying it is over"
    return conversation_result(
        kind, result.language, "emergency_continues", why, evidence=result.signals
    )


def _named_by_rules(result: RiskResult, kind: str | None) -> bool:
    """A rule, not only the models (learned layers and exemplars), reads a risk of ``kind``."""
    return any(
        s.get("layer") not in _LEARNED_LAYERS and s.get("kind") == kind and s.get("level") != "none"
        for s in result.signals
    )


#: The resident doing what the reply said: "ok voy a textear al 988", "mi esposo ya llamó al 911",
#: and right after the reply, without the number: "ok ya estoy llamando", "si voy a llamar".
_CALLING: Final = re.compile(
    r"\b(?:call\w*|text\w*|dial\w*|llam\w*|textear|texte\w*|marc\w*|marqu\w*|escrib\w*|chat\w*)\b"
    r"[^.!?]{0,20}\b(?:911|988)\b|"
    r"^\W*(?:(?:ok|okay|si|yes|ya|bueno)\W+)*(?:(?:i'?m |estoy |voy a |i'?ll |gonna )?(?:calling|"
    r"llamando|llamar|call(?: them| now)?|textear|texting|marcando|dialing)|ya (?:llame|llamamos)|"
    r"called)\b|\b(?:911|988) (?:said|says|dijo|dice|is sending|esta mandando|va a mandar)\b|"
    # on the line already: "ok she's on w 911 now, gracias", "hablando con el 911"
    r"\b(?:on|en) (?:the phone |the line |el telefono |la linea )?(?:w|with|con)(?: el)? "
    r"(?:911|988)\b|"
    r"\b(?:hablando|talking) (?:con|with|to) (?:el |la |the |a )?(?:911|988)\b|"
    # "ok 911 on the phone now", "i called they said help is coming"
    r"\b(?:911|988) (?:is )?on the (?:other )?(?:phone|line)\b|"
    # verb first: "ya viene la ambulancia"
    r"\b(?:ya )?(?:viene|vienen) (?:la |el |los )?(?:ambulancia|policia|bomberos|ems|"
    r"paramedicos)\b|"
    # "ok im going back down. ill text that number"
    r"\b(?:call|text|dial|llamar|textear|marcar)\w* (?:al |a )?(?:that|the|this|ese|este|el) "
    r"(?:number|numero|line|linea|hotline)\b|"
    # "911 has me on the line", "911 ya esta llamado"
    r"\b(?:911|988) (?:has|got) me on the (?:phone|line)\b|\b(?:911|988) (?:ya )?(?:esta|is|was|"
    r"fue|been) (?:llamado|called)\b|^\W*(?:(?:ok|okay|yes|ya)\W+)?i (?:just )?"
    r"called\b|\bhelp is (?:coming|on (?:the|its|it'?s) way)\b|"
    # someone else made the call: "ok somebody called", "alguien ya llamó"
    r"\b(?:somebody|someone|alguien|the (?:driver|manager|owner|super|guard)|el (?:chofer|dueno|"
    r"super|guardia)) (?:already |just |ya )?(?:called|llamo)(?=\W*$|\s*[.,!])|"
    # "ok they're sending an ambulance", "ambulance is coming", "FD on the way", "voy a marcar"
    r"\b(?:they'?re|theyre|they are|911 is|ya) (?:sending|mandando|van a mandar) (?:an? |una |la "
    r"|el )?(?:ambulance|ambulancia|help|ayuda|someone|alguien|police|policia|cops|fdny|fd|"
    r"bomberos)\b|\b(?:the )?(?:ambulance|ems|police|cops|fd|fdny|bomberos|ambulancia|la "
    r"policia)(?: is| are|'s)? (?:coming|on (?:the|its|their) way|en camino|viene|vienen)\b|"
    r"^\W*(?:(?:ok|okay|si|ya|bueno)\W+)*voy a (?:marcar|llamarlos|llamarles|textearles)\b|"
    # the call last, after what was done: "ya cerramos con llave y estoy llamando"
    r"\b(?:y|and) (?:ya )?(?:(?:i'?m|im|estoy|estamos|we'?re) )?(?:calling|llamando)"
    r"(?: (?:ahora|now|rn|ya))?\W*$"
)
#: A call refused or impossible, in the clause before the call: "no voy a llamar al 911",
#: "no puedo llamar, si viene la policia lo deportan", "i can't call 911".
_CALL_REFUSED: Final = re.compile(
    r"(?:\b(?:no|not|can'?t|cannot|cant|won'?t|wont|don'?t|dont|never|nunca|ni|nose|why would)\b"
    r"[^.!?,;]{0,25}|"
    # or only a condition: "si viene la policia lo deportan"
    r"\b(?:si|if|cuando|when) )$"
)


def _calls(normal: str) -> re.Match[str] | None:
    """The resident calling or having called, as the reply asked; not a call refused or
    impossible ("no voy a llamar al 911. estoy en mi cuarto con la puerta trancada")."""
    for found in _CALLING.finditer(normal):
        if not _CALL_REFUSED.search(normal[: found.start()]):
            return found
    return None


#: After the call, someone else doing something now: "911 is on the phone w me, a guy from the
#: laundromat is trying the doors" (not "calling 911, we're going downstairs").
#: Help on the way, told with a bare "they": "ok they're on the way" after an overdose. After a
#: threat "they" may be the ones feared, so it is read only where no one is (``ARRIVAL_KINDS``).
_THEY_ARE_COMING: Final = re.compile(
    r"\b(?:they'?re|theyre|they are|ya (?:vienen|van)|vienen) (?:already |ya )?(?:on (?:the|their) "
    r"way|en camino)\b"
)
_SOMEONE_DOING: Final = re.compile(
    r"\b(?:he|she|they|someone|somebody|(?:a|the|some|this|that) (?:guy|man|woman|dude|lady)|"
    r"el tipo|un (?:tipo|hombre|senor))\b[^.!?]{0,40}?(?:'s|'re| is| are) (?:\w+ )?"
    r"(?:trying|pulling|kicking|banging|breaking|climbing|hitting|beating|punching|choking|"
    r"grabbing|dragging|attacking|fighting|swinging|stabbing|shooting|chasing|following|pointing|"
    r"waving|pushing|coming (?:up|in|back|after|for))\b|"
    r"\b(?:el|ella|alguien|un tipo|un hombre) (?:esta|estan|sigue|siguen) (?:\w+ )?(?:tratando|"
    r"pateando|golpeando|jalando|rompiendo|subiendo|entrando|pegando|persiguiendo|apuntando|"
    r"empujando|atacando|peleando)\b"
)


#: "bien" as "very": "está bien roja y dice cosas sin sentido" is no all-clear. (Read only
#: here, in the middle of an emergency: on a single message "esta bien raro" keeps the
#: learned layers from reading an emergency where writers label a risk.)
_BIEN_AS_VERY: Final = re.compile(
    r"\bbien (?=(?:roj|mal|calient|palid|hinchad|morad|rar|fri|debil|confundid|agitad|sudad|"
    r"amarill|azul|gris)\w*)"
)


def _without(normal: str, found: re.Match[str] | None) -> str:
    """``normal`` with what ``found`` matched cut out (a stop in its place, so the words
    either side do not join into a new phrase)."""
    return normal[: found.start()] + " . " + normal[found.end() :] if found else normal


def _over(text: str) -> bool:
    """The message says the emergency is over, or answers with a no, or the resident
    is calling the number the reply gave."""
    normal = _BIEN_AS_VERY.sub("muy ", normalize(text))
    return bool(
        OVER.search(normal)
        or reassures(normal)
        or denies_danger(normal)
        or answers_no(normal)
        or _calls(normal)
        or help_took_over(normal)
    )


def read_in_conversation(
    result: RiskResult,
    text: str,
    *,
    asked_kind: str | None = None,
    earlier_kind: str | None = None,
    earlier_kinds: Collection[str] = (),
    last_level: str = "none",
    expecting: str = "",
    highest_level: str = "none",
    unanswered_kind: str | None = None,
) -> RiskResult:
    """``result`` (the text screen of ``text``) read in its conversation.

    - After the safety question about ``asked_kind``: a yes is imminent; a
      plain no sets the models' reading aside.
    - After an earlier risk of a kind in ``earlier_kinds`` (or
      ``earlier_kind``): the feared person arriving, or suicidal words
      followed by the act, is imminent.
    - Right after an imminent message (``last_level``), an elevated reading
      is the emergency going on: imminent.
    - Right after the resident said someone expected is on the way
      (``expecting``: "she", "he" or "any"), a bare "ya llegó" is them.
    - Once the conversation has had an emergency (``highest_level``), a call
      made, help arrived or the danger over is no new one.
    - After the safety question about ``unanswered_kind`` and a message that only
      gave a place, a no still answers it (a yes may answer the intake's next
      question, so it does not).
    - After a risk, a message no reading above raised may be read as an
      emergency by the conversation model (``context_model``).
    """
    kinds = {*earlier_kinds, *([earlier_kind] if earlier_kind else [])}
    normal = normalize(text)
    if expecting and bare_arrival(text, expecting):
        # "estoy esperando al super pa hablar con él" then "ya llegó"
        why = "a bare arrival right after the resident said someone expected was on the way"
        return _models_held(result, "none", "expected_arrival", why)
    if result.level != "imminent" and asked_kind:
        reading = answer_to_safety_question(text, asked_kind)
        if reading is not None:
            return _joined(reading, result)
    earlier = arrival_after_threat(text, sorted(kinds)) or act_after_ideation(text, kinds)
    if result.level != "imminent" and earlier is not None:
        return _joined(earlier, result)
    if asked_kind and result.level == "none" and _NOT_OK.search(normal):
        # "no im not ok" to the safety question: not an emergency said, but no all-clear
        why = "answered the safety question saying they are not ok"
        return _joined(
            conversation_result(asked_kind, result.language, "not_ok", why, "elevated"), result
        )
    # a no answers the 911 reply too: "no he's at work rn" right after an emergency read
    asked = (asked_kind or unanswered_kind) is not None
    if (asked or last_level == "imminent") and result.level != "none" and answers_no(text):
        if earlier is not None:
            # "no one else is here. i got my moms old pills in the glovebox": the no answers
            # for others; the means told after suicidal words still stand
            return _joined(earlier, result)
        result = _after_no(result, text, asked=asked)
    calling = _calls(normal) or (None if kinds & ARRIVAL_KINDS else _THEY_ARE_COMING.search(normal))
    # the end may come a message after the address: "se calló todo, i think he left"
    had_emergency = "imminent" in (last_level, highest_level)
    # after an emergency any call told is the one the reply asked for; after a lesser
    # risk only a bare call or one to 911/988 ("calling her and she doesn't answer" is not)
    acting_on_reply = had_emergency or (
        highest_level != "none"
        and bool(_BARE_CALL.fullmatch(normal) or _EMERGENCY_NUMBER.search(normal))
    )
    if (
        acting_on_reply
        and result.level != "none"
        and calling
        and not _SOMEONE_DOING.search(normal, calling.end())
    ):
        # "ok voy a llamar al 988" right after the 988 reply, "911 has me on the line"
        why = "says they are calling as the reply told them"
        return _models_held(_naloxone_given_held(result), "none", "calling_as_told", why)
    if had_emergency and result.level != "none" and help_took_over(normal):
        # "EMS took him. thank you": the emergency is in the hands it was sent to
        why = "says the help the last reply sent for has come and taken over"
        return _models_held(_naloxone_given_held(result), "elevated", "help_took_over", why)
    no_one_feared = not kinds & ARRIVAL_KINDS
    with_us = _WITH_US.search(normal) and no_one_feared
    rescued = _RESCUED.search(normal) and no_one_feared
    # (not the one feared, inside: "he's inside. i locked myself in the bathroom")
    said_over = (
        (_SAID_OVER.search(normal) or with_us or rescued)
        and earlier is None
        and not (_GOING_ON.search(normal) or _SMELL_GROWING.search(normal))
    )
    if had_emergency and result.level != "none" and (said_over or _AIRWAY_CLEARED.search(normal)):
        # "la agarré!! she's inside", "we got out": the models' reading of it is no new emergency
        why = "says the emergency the last reply was about is over"
        return _models_held(result, "elevated", "said_over", why)
    if (
        "fire" in kinds
        and result.level == "imminent"
        and _HAZARD_OFF.search(normal)
        and not (_GOING_ON.search(normal) or _SMELL_GROWING.search(normal))
    ):
        # "he unplugged it, he just texted me" after a heater that sparks
        why = "after a fire hazard, says it was switched off"
        return _models_held(result, "none", "hazard_off", why)
    going_on = _GOING_ON.search(normal)
    # the over is read beside what goes on: "si respira" is no all-clear in "si respira pero
    # muy lento, como roncando", nor "doesnt have" a denial in "she doesnt have her epipen"
    rest = _without(normal, going_on)
    if last_level == "imminent" and result.level == "elevated" and not _over(rest):
        return _continues(result, earlier_kind)
    refuses = "self_harm" in kinds and _REFUSES_HELP.search(normal)
    if (
        last_level == "imminent"
        and result.level == "none"
        and (going_on or refuses)
        and not _over(rest)
    ):
        # "hallway filling up", "ya casi no me responde", "4th floor"
        return _joined(
            _going_on(earlier_kind or next(iter(sorted(kinds)), None), result.language), result
        )
    # only as the message's point: "the music is loud again right now" is not the gun again
    words, not_a_danger = len(normal.split()), _NOT_A_DANGER_AGAIN.search(normal)
    again = (
        _AGAIN_NOW.search(normal)
        and (
            words <= _AGAIN_SHORT
            or _HAPPENING_AGAIN.search(normal)
            # a little longer, only when it is not the music again
            or (words <= _AGAIN_MAX_WORDS and not not_a_danger)
        )
    ) or (_STARTED_AGAIN.search(normal) and not not_a_danger)
    if result.level != "imminent" and kinds and again and not _over(text):
        # "otra vez. ahora mismo" after shots last night
        return _joined(_again_now(earlier_kind or sorted(kinds)[0], result.language), result)
    down_after = next((k for k in ("overdose", "medical", "child_safety") if k in kinds), None)
    if result.level != "imminent" and down_after and _FOUND_DOWN.search(normal):
        # "i just shook him n nothin" after drug use
        return _joined(_found_down(down_after, result.language), result)
    if result.level != "imminent" and down_after and _WORSE_NOW.search(normal) and not _over(text):
        # "ahora esta confundido, sudando" after days without insulin
        why = f"after an earlier {down_after} worry, signs it is getting worse now"
        reading = conversation_result(down_after, result.language, "worse_now", why)
        return _joined(reading, result)
    if result.level != "imminent" and "overdose" in kinds and _SILENT_AFTER_USE.search(normal):
        return _joined(_silent_after_use(result.language), result)
    worry = _welfare_worry(earlier_kind, kinds)
    if result.level != "imminent" and worry and _LOCKED_IN.search(normal) and not _over(text):
        # "ya volvio y se metio al baño y no me abre" after methadone cut off
        why = f"after an earlier {worry} worry, shut in behind a door and not answering"
        reading = conversation_result(worry, result.language, "locked_in", why)
        return _joined(reading, result)
    if (
        result.level == "none"
        and last_level == "elevated"
        and worry
        and _NO_ANSWER.search(normal)
        and not (OVER.search(normal) or reassures(normal))
    ):
        # "no se, toco y no abre pero se oye la tele": the worry stands
        return _joined(_still_no_answer(worry, result.language), result)
    after_fire = result.level != "imminent" and "fire" in kinds
    if after_fire and _SMELL_GROWING.search(normal) and not _over(text):
        return _joined(_smell_growing(result), result)
    if after_fire and _CAUGHT.search(normal) and not _over(text):
        # "ok it caught" after a fryer that keeps sparking
        why = "after a fire hazard, it has caught fire"
        return _joined(conversation_result("fire", result.language, "caught_fire", why), result)
    if (
        result.level != "imminent"
        and kinds & {"child_safety", "overdose"}
        and _ATE_SOME.search(normal)
    ):
        # "no sé, el niño ya se comió dos" after THC gummies found in the Halloween candy
        why = "after a worry about something a child could take, says some were eaten"
        return _joined(conversation_result("overdose", result.language, "ate_some", why), result)
    if result.level != "imminent" and "child_safety" in kinds and _LEFT_GOING.search(normal):
        why = "after a child left alone, water or fire left going near them"
        reading = conversation_result("child_safety", result.language, "left_going", why)
        return _joined(reading, result)
    if result.level != "imminent" and "child_safety" in kinds and _HOT_CAR.search(normal):
        # "YES its like 95 out and the windows are all up" after a child alone in a car
        why = "after a child left in a car, the heat or the closed windows"
        return _joined(conversation_result("child_safety", result.language, "hot_car", why), result)
    threatened = next(
        (k for k in ("child_safety", "domestic_violence", "threat") if k in kinds), None
    )
    if (
        result.level != "imminent"
        and threatened
        and _NOT_THERE.search(normal)
        and _NO_ANSWER.search(normal)
        and not _over(text)
    ):
        why = f"after an earlier {threatened} risk, the person is missing and does not answer"
        reading = conversation_result(threatened, result.language, "missing_after_threat", why)
        return _joined(reading, result)
    gone_after = next((k for k in ("child_safety", "self_harm", "medical") if k in kinds), None)
    into = _INTO_DANGER.search(normal) if gone_after and result.level != "imminent" else None
    # "se fue" is a danger's end elsewhere; here it is the child going into it
    if into and gone_after and not _over(_without(normal, into)):
        # "ahora se fue pa la calle solo" after a toddler by the traffic; "se tiró" after talk
        # of jumping from a pier; "i cant see him anymore" after a swimmer past the flags
        why = f"after an earlier {gone_after} worry, the person has gone into the danger"
        reading = conversation_result(gone_after, result.language, "into_danger", why)
        return _joined(reading, result)
    if result.level == "none" and "self_harm" in kinds and _CANT_STOP.search(normal):
        # "no, ahora mismo toy bien ... pero no se como parar" after cutting again
        why = "after self-harm told earlier, says they cannot stop"
        return _joined(
            conversation_result("self_harm", result.language, "cant_stop", why, "elevated"),
            result,
        )
    ending = bool(calling) or help_took_over(normal) or bool(_SAID_OVER.search(normal))
    if result.level != "imminent" and kinds and not ending:
        memory = Memory(last_level, highest_level, frozenset(kinds), asked=asked_kind is not None)
        reading = _model_reading(result, text, normal, memory, earlier_kind)
        if reading is not None:
            return _joined(reading, result)
    return result


#: The model reads only messages with something to say: "yes", "ya llegó" and
#: "ok" are the rules' to read, right after the question or an arrival told.
_MODEL_MIN_WORDS: Final = 3


def _model_reading(
    result: RiskResult, text: str, normal: str, memory: Memory, earlier_kind: str | None
) -> RiskResult | None:
    """The conversation model's reading of a message after a risk, when it
    says imminent; never for an answer of no, the end of a danger, or a few words."""
    if not reads(memory):
        return None
    if len(normal.split()) < _MODEL_MIN_WORDS or answers_no(text) or _over(text):
        return None
    if _CALLBACK.search(normal) or _WANTS_SERVICE.search(normal) or _ASKS_COST.search(normal):
        return None  # "yeah a callback would help": asking for what the intake offers
    if is_recent_past(normal) or is_habitual(normal):
        return None  # "anoche le tiro un plato", "every night": told, not happening
    feared = bool(memory.kinds & ARRIVAL_KINDS)
    if expected_company(text, someone_feared=feared) or announces_someone_coming(text):
        # "el tecnico ya esta aqui subiendo", "ella me viene a buscar ahorita"; the one
        # feared arriving is the rules' to read (``arrival_after_threat``)
        return None
    probability = p_imminent(normal, memory)
    if probability is None or probability < MODEL_THRESHOLD:
        return None
    # the danger told before is the one coming back: "lo esta haciendo otra vez"
    kind = earlier_kind or (result.kind if result.level != "none" else None)
    why = (
        "after the risk told before, the conversation model reads an emergency now "
        f"(p={probability:.2f})"
    )
    return conversation_result(
        kind or sorted(memory.kinds)[0], result.language, "context_model", why
    )


#: After a fire hazard: "ok it caught", "se prendió", "agarró fuego".
_CAUGHT: Final = re.compile(
    r"\b(?:it|that|the \w+|everything)(?:'s| has| just)? (?:just )?caught(?: (?:on )?fire)?"
    r"(?=\W*$|\s*[.,!]| (?:fire|on fire)\b)|\b(?:it|that|the \w+) (?:just )?went (?:whoosh|"
    r"boom|poof|up in flames)\b|\b(?<!no )(?:ya )?se (?:prendio|prendieron|"
    r"incendio|encendio)(?! la luz| las luces| el (?:carro|motor))\b|\b(?<!no )(?:cogio|agarro|"
    r"cojio) (?:fuego|candela)\b|\b(?<!no )there(?:'s| are| is) flames\b|\b(?<!no )hay "
    r"(?:llamas|fuego)\b|"
    # the fire reaching more: "its spreading to one of the tents now", "se está pasando a la casa"
    r"\b(?:it'?s|its|it is|the fire(?:'s| is)?|fire(?:'s| is)) (?:now )?spreading\b|"
    r"\b(?:se esta|ya se) (?:pasando|paso|regando|rego|extendiendo|extendio) (?:a|al|para|pa) \w+|"
    # the heat reaching what is beside it: "ya the bag next to the stove is like melting"
    r"\b(?:is|'s|are|'re|started|starting) (?:like |kinda |all |already )?(?:melting|smoking|"
    r"smoldering)\b|\b(?:se esta|se estan|ya se|esta|estan) (?:derritiendo|derritio|quemando|"
    r"echando humo)\b"
)
#: After pills, gummies or drugs a child could reach: some eaten ("ya se comió dos").
_ATE_SOME: Final = re.compile(
    r"\b(?:ya )?se (?:comio|tomo|trago|metio) (?:dos|tres|cuatro|cinco|unas|varias|algunas|"
    r"\d+)(?=\W*$|\s*[.,!]| antes\b| de (?:esas|esos|las|los)\b)|\b(?:ate|swallowed|took|had) "
    r"(?:two|three|four|five|some|a few|\d+)(?: of (?:them|those|these|the \w+))?(?=\W*$|\s*[.,!]|"
    r" before\b)|"
    # found with it in the mouth: "lo acabo de encontrar con eso en la boca", "la bebe tiene
    # pedacitos verdes en la boca", "she has some in her mouth"
    r"\b(?:con (?:eso|esa|esas|esos|una|un|unos|unas|algo|pedazos|pedacitos|pedacito)|tiene "
    r"(?:\w+ ){0,3}?(?:eso|algo|pedazos|pedacitos|pedacito|bolitas|pastillas|veneno)\w*(?: \w+)?) "
    r"en la boca\b|\b(?:has|had|with|got) (?:some|one|it|them|pieces|bits|a piece|pills?|that|"
    r"the \w+)(?: of (?:it|them|that|those))? in (?:her|his|their) mouth\b"
)
#: After a child left in a car: the heat or the closed windows.
_HOT_CAR: Final = re.compile(
    r"\b(?:windows?|ventanas?)\b[^.!?]{0,15}\b(?:up|closed|shut|cerradas?|arriba|subidas?)\b|"
    r"\b(?:9\d|1[01]\d) ?(?:out|outside|degrees|grados|afuera|f)\b|"
    # someone inside after all: "algo se mueve en el car seat de atras"
    r"\b(?:algo|alguien|something|someone) (?:se )?(?:mueve|moviendo|is moving|moved|moving)\b"
    r"[^.!?]{0,30}\b(?:car|carro|seat|asiento|back|atras|adentro|inside)\b|"
    r"\b(?:hace|esta haciendo) "
    r"(?:un )?(?:calor|caloron)\b|\b(?:it'?s|its) (?:so |really |super )?(?:hot|burning)\b"
)
#: After a child left alone, water or fire left going near them: "y yo había dejado la bañera
#: llenándose", "i left the stove on".
_LEFT_GOING: Final = re.compile(
    r"\b(?:(?:bath ?tub|tub|bath|banera|tina)\b[^.!?]{0,30}\b(?:running|filling|llenandose|"
    r"corriendo|abierta)|(?:left|deje|habia dejado|dejamos) (?:the |la |el )?(?:water|bath|tub|"
    r"bath ?tub|stove|oven|burner|agua|banera|tina|estufa|hornilla|horno|pluma)\b[^.!?]{0,20}"
    r"\b(?:running|on|going|corriendo|abiert[oa]|prendid[oa]|encendid[oa]|llenandose))\b"
)
#: After a worry for a child's or someone's safety, the person gone into the danger: into
#: the street or the water, jumped, or out of sight in it.
_INTO_DANGER: Final = re.compile(
    r"\bse (?:fue|salio|metio|solto|escapo|tiro|lanzo|avento)(?: corriendo| sol[oa])? (?:pa|para|"
    r"a|al|hacia) (?:la |el |media )?(?:calle|avenida|carretera|trafico|agua|rio|mar)\b|"
    r"\bse (?:tiro|lanzo|avento)(?=\W*$|\s*[.,!]| (?:al|del|de la|desde|por)\b)|"
    r"\b(?:he|she|they)(?:'s| has| have)? (?:just )?(?:jumped|dove|went under|ran (?:out )?(?:into|"
    r"onto) the (?:street|road|traffic|avenue))\b|"
    r"\b(?:(?:i )?(?:can'?t|cant|cannot|don'?t|dont) see (?:him|her|them) anymore|lost sight of "
    r"(?:him|her|them)|ya no (?:lo|la|los|las) veo|(?:lo|la|los) perdi de vista|"
    # up where the danger is: "AHORITA ESTA AHI ARRIBA!! no lo alcanzo" after a toddler who
    # climbs to unguarded windows
    r"(?:ahorita |ahora |ya )?(?:esta|estan) (?:ahi |alli |alla )?arriba(?=\W*$|\s*[.,!]| no | en "
    r"la (?:ventana|baranda|orilla))|(?:he'?s|she'?s|hes|shes|they'?re|theyre) (?:up )?(?:on|in) "
    r"the (?:window ?sill|sill|ledge|railing)|"
    # caught in it: "HE'S STUCK SE QUEDO ATORADO" after a child climbing a loose bed rail
    r"(?:he'?s|she'?s|hes|shes|he is|she is|got) (?:stuck|trapped)(?=\W*$|\s*[.,!]| (?:in|"
    r"between|under|behind|on the (?:rail|railing|bed|fence|gate)|se|en|entre)\b)|se (?:quedo|"
    r"ha quedado) (?:atorad[oa]|atrapad[oa]|trabad[oa])|(?:esta|quedo) (?:atorad[oa]|"
    r"atrapad[oa])|"
    # taken, all the message: "se la llevo!!!" after a father without custody at the fence
    r"^\W*(?:ya )?se (?:la|lo|los|las) llevo(?=\W*$)|^\W*(?:he|she|they) (?:just )?took (?:her|"
    r"him|them)(?=\W*$)|"
    # driven off with the child: "se la llevo, arranco sin silla ni nada"
    r"se (?:la|lo|los|las) llevo\b[^.!?]{0,40}\b(?:arranco|manejando|en el carro|sin silla)|"
    r"(?:drove|pulled|took) off with (?:her|him|them|the (?:kid|baby|child|girl|boy)))\b"
    r"(?![^.!?]{0,40}\b(?:found|encontr\w+|back|volvio|regreso|salio del agua))"
)
#: After self-harm told earlier: "no se como parar", "i can't stop".
_CANT_STOP: Final = re.compile(
    r"\b(?:no (?:se|puedo) (?:como )?parar(?:lo|me)?|no puedo dejar de (?:cortarme|hacerlo)|"
    r"(?:can'?t|cannot|don'?t know how to) stop(?: (?:cutting|doing it|hurting myself))?)"
    r"(?=\W*$|\s*[.,!]| (?:cutting|doing|hurting)\b)"
)


#: After a threat to someone, that person not where they should be and not answering: "no me
#: contesta el cel y la escuela dice q hoy no llego" after a call saying they hold her.
_NOT_THERE: Final = re.compile(
    r"\b(?:no (?:llego|ha llegado|fue|esta) (?:a |en )?(?:la |el )?(?:escuela|colegio|trabajo|"
    r"school|work|casa)|(?:hoy |today )?no llego\b|(?:never|didn'?t|hasn'?t|did not|has not) "
    r"(?:made it|make it|got|get|gotten|arrived|arrive|shown up|show up|come) (?:to |at )?"
    r"(?:school|work|home|class)|(?:not|isn'?t|wasn'?t) (?:at|in) (?:school|work|class))\b"
)
_EMERGENCY_NUMBER: Final = re.compile(r"\b(?:911|988)\b")
#: Only a call: "ya estoy llamando", "calling now"; not "calling her and she doesn't answer".
_BARE_CALL: Final = re.compile(
    r"\W*(?:(?:ok|okay|si|yes|ya|bueno)\W+)*(?:(?:i'?m|im|estoy|ya estoy|estamos) )?(?:calling|"
    r"llamando)(?: (?:now|ahora|ya|rn|ahorita))?\W*"
)
#: Right after an emergency, a message the text screen reads as none that tells
#: it going on or getting worse, or only where it is.
_GOING_ON: Final = re.compile(
    r"\b(?:no (?:me )?(?:responde|contesta|despierta|respira)|ya casi no|"
    # no one behind the door: "nobody answers when i bang on it"
    r"(?:nobody|no one|nadie) (?:answers|is answering|answering|opens|is opening|abre|contesta|"
    r"responde)|"
    # "i'm banging on it and nothing", "toco y toco y nada"
    r"(?:banging|knocking|pounding|banged|knocked|pounded|tocando|toco|toque|golpeando|golpee)"
    r"(?: (?:on|at|en|la|el))?(?: (?:it|the door|la puerta|el bano))?(?: (?:y|and) (?:toco|"
    r"knocking|banging))?(?: (?:again|harder|otra vez|mas fuerte))?\W+(?:(?:and|y) )?(?:still )?"
    r"(?:nothing|nothin|nada|no answer)\b|"
    # alone with it, as the whole answer: "sola"
    r"^\W*(?:(?:i'?m|im|i am|estoy|toy) )?(?:all )?(?:alone|sola|solo|solita|solito)\W*$|"
    # falling asleep after what was taken: "me estoy durmiendo"
    r"me estoy (?:durmiendo|quedando dormid[oa])|(?:i'?m|im) (?:falling asleep|passing out)|"
    # the door forced: "ta tratando de romper la cadena de la puerta"
    r"(?:trying to|tratando de|intentando) (?:break|kick|force|romper|tumbar|forzar) (?:in |down )?"
    r"(?:the |my |la |el )?(?:door|chain|lock|window|puerta|cadena|cerradura|ventana)|"
    r"not (?:responding|"
    r"answering|waking|breathing)|won'?t (?:answer|wake|respond)|getting worse|worse now|"
    # (not the child crying once safe: "pulled him down, he's crying but fine")
    r"(?:se )?(?:puso|esta) peor|filling up|se esta llenando|"
    r"(?:llorando|crying)(?! but (?:fine|ok|okay|safe)| pero (?:bien|esta bien))|screaming|"
    r"gritando|"
    # still down: "el señor sigue sin moverse", "he still isn't moving"
    r"(?:sigue|siguen|todavia|aun) sin (?:moverse|responder|reaccionar|despertar|contestar)|"
    # no one stopping it: "el guardia esta en el telefono y nadie las separa"
    r"(?:nadie|ninguno) (?:las|los|lo|la|le|les) (?:separa|para|detiene|ayuda|quita)|(?:nobody|"
    r"no one)(?:'s| is)? (?:stopping|separating|helping|breaking (?:it|them) up)|"
    # hiding within earshot: "está en el otro cuarto no puedo hablar"
    r"(?:esta|estan|he'?s|hes|she'?s|shes|they'?re|theyre|is|are) (?:in|en) (?:the other room|the "
    r"next room|el otro cuarto|la otra habitacion|el cuarto de al lado)|no puedo hablar|"
    r"can'?t talk|cannot talk|"
    # a plea standing alone at the end: "im the friend. its my son. please"
    r"(?:^|[.!?,]\s*)(?:please|pls|plz|porfa|por favor|help(?: me| us)?|ayuda(?:me|nos)?|"
    r"auxilio|hurry)(?:\W+(?:please|pls|plz|porfa|por favor|help|hurry|rapido))*(?=\W*$)|"
    r"still (?:not|isn'?t|ain'?t) (?:moving|responding|waking|answering)|still hasn'?t (?:moved|"
    r"woken|responded)|"
    # children in it with the resident: "my kids are in here with me"
    r"(?:my|our|the|mis|los|las) (?:kids|children|baby|babies|sons?|daughters?|little ones|hijos|"
    r"hijas|ninos|ninas|nenes|nenas|bebes?) (?:are|is|'re|estan|esta) (?:in here|here|aqui|aca|"
    r"adentro|in the (?:room|bathroom|closet)) (?:with me|with us|conmigo|con nosotros)|"
    r"sono la alarma|(?:the )?alarm(?:'s| is)? going off|evacuat\w*|bajando por la escalera|"
    # breathing, but badly: "respira pero bien despacito"
    r"respira pero (?:bien |muy |super )?(?:despac\w+|raro|poquito|lento)|apenas respira|"
    r"breathing (?:but )?(?:really |very |super )?(?:slow\w*|weird|funny|shallow|strange)|"
    r"barely breathing|"
    # the danger reaching the person: "los perros van hacia él", "they're going for him"
    r"(?:van|va|vienen|viene|corren|corre) (?:hacia|pa|para|encima de) (?:el|ella|ellos|ellas)"
    r"(?=\s*$|\s*[.,!?;]|\s+y\b)|"
    r"(?:going|coming|running|charging|heading) (?:for|at|after|toward|towards) (?:him|her|them|"
    r"the (?:kid|boy|girl|baby|child))|"
    # a bare yes, right after a message read as an emergency: writers label it the danger
    # confirmed (ten times in conv1-64, never otherwise), and the reply only repeats the call
    r"^\W*(?:yes+|yeah+|yea|yep|yup|si+)(?:\W+(?:i think so|i think|creo que si|creo))?(?=\W*$)|"
    # someone still in it: "my roommate is still asleep in there" after a gas or fire emergency
    r"(?:still|todavia|aun) (?:asleep|sleeping|dormid[oa]s?)(?: (?:in there|inside|adentro|alla))?"
    r"|(?:(?:is|'s|are|'re|esta|estan) (?:still|todavia|aun)|sigue|siguen) (?:in there|inside|"
    r"adentro|alla adentro)(?=\W*$|\s*[.,!])|"
    # asking what to do with it, right after the reply: "i have the narcan from the pharmacy
    # what do i do"
    # ... or how to give the rescue medicine: "i have the narcan she left me. do i just spray it"
    r"do i (?:just )?(?:spray|give|use|put|inject) (?:it|them|the \w+)|"
    r"(?:what (?:do|should|can) (?:i|we) do|que (?:hago|hacemos|debo hacer)|q hago)(?! (?:for|"
    r"about|con|para|after|despues|tomorrow|manana)\b)|"
    # what the one who came brought, or does: "uno trae un bate", "with 2 friends banging on the
    # garage door"
    # (not "he doesnt have a gun or anything lol")
    r"(?<!doesnt )(?<!doesn't )(?<!dont )(?<!don't )(?<!not )(?<!no )(?<!nunca )(?<!never )"
    r"(?:trae|traen|tiene|tienen|lleva|llevan|has|have|got|brought|carrying|with) (?:un|una|a|an) "
    r"(?:bate|bat|cuchillo|knife|pistola|gun|machete|tubo|pipe|palo|fierro|crowbar|hammer|"
    r"martillo)|(?:banging|kicking|pounding) (?:on )?(?:the|my|our|his|her) (?:\w+ )?door|"
    r"(?:golpeando|pateando) (?:la|el) (?:puerta|porton)|"
    # no way in: "we cant get it open and super isnt picking up"
    r"(?:can'?t|cant|cannot|couldn'?t) (?:get|pry|force) (?:it|the (?:door|lid|dryer|hatch)|him|"
    r"her|them) (?:open|out)|no (?:podemos|puedo|pudimos|pude) (?:abrir\w*|sacarl[oa]s?)|"
    # the fight not stopped: "el super is trying to separate them pero no puede"
    r"(?:trying to|tratando de|intentando) (?:separate|separar\w*|pull (?:them|him|her) "
    r"(?:apart|off)|break (?:it|them) up)|"
    # drowsy after what was taken: "shes awake but really sleepy"
    r"(?:really|rlly|rly|realy|very|so|super|muy|bien|real) (?:sleepy|drowsy|adormilad[oa]|"
    r"somnolient[oa])|"
    # the rescue medicine not at hand: "she doesnt have her epipen, left it in her other bag"
    r"(?:doesn'?t|dont|don'?t|does not|no) (?:have|tiene|trae|trajo|brought|bring) (?:her |his "
    r"|my |their |su |sus |el |la )?(?:epi ?pen|inhaler|inhalador|pump|bomba|insulin|insulina|"
    r"glucagon|nebulizer|nebulizador)|"
    # the train coming at someone at the platform's edge: "ahi viene el tren"
    r"(?:ahi|ya|alli|aqui) (?:viene|llega|entra) el (?:tren|metro)|(?:the )?train(?:'s| is) "
    r"(?:coming|pulling in)|here comes the train|"
    # gone with the danger: "ya arranco", then the car: "es una honda gris"
    r"ya (?:arranco|arrancaron)|(?:he|she|they) (?:just )?(?:drove|pulled) (?:off|away)|"
    r"^\W*(?:es|its|it'?s) (?:a|an|un|una) (?:\w+ )?(?:honda|toyota|nissan|ford|chevy|bmw|jeep|"
    r"carro|camioneta|car|van|suv|truck)\b|"
    # still where the danger is: "si, ahorita estan alla arriba" after children on a ledge
    r"(?:esta|estan|they'?re|theyre|he'?s|hes|she'?s|shes) (?:still |todavia )?(?:alla arriba|up "
    r"there|out there|on the (?:ledge|edge))(?=\W*$|\s*[.,!])|"
    # shots still heard: "we ran into a bodega, still hearing it"
    r"still hear(?:ing)? (?:it|them|shots|gunshots|the shots)|(?:todavia|aun) (?:se oyen|se "
    r"escuchan|oigo|escucho) (?:los )?(?:tiros|disparos|balazos)|siguen disparando|"
    # the blows going on: "me jalo el pelo y no para el carro"
    r"me (?:jalo|jala|esta jalando) (?:el|del|los) pelo|(?:pulled|pulling|grabbed|grabbing) my "
    r"hair|no (?:para|detiene|quiere parar) el carro|won'?t (?:stop|pull over) the car|"
    # what the fire may reach: "its right next to the building gas meter"
    r"(?:next to|near|close to|right by|(?:al lado|cerca) del?|junto al?) "
    r"(?:the |el |la )?(?:\w+ )?"
    r"(?:gas (?:meter|line|tank|main|pipe)|medidor(?:es)? de gas|tanque de gas|linea de gas))\b|"
    r"^\W*(?:\d+ ?(?:st|nd|rd|th|to|vo|ro|do|mo|er)? ?(?:floor|fl|piso)|(?:piso|floor|apt|"
    r"apartamento) \w+)\W*$"
)
#: Right after suicidal danger, help refused: "i dont want to call anyone".
_REFUSES_HELP: Final = re.compile(
    r"\b(?:(?:i )?(?:don'?t|dont|do not) want (?:to )?(?:call|talk to|text|see) (?:anyone|anybody|"
    r"nobody|no one|them)|(?:i'?m|im) not (?:calling|gonna call|going to call)|no (?:quiero|voy a) "
    r"(?:llamar|hablar)(?: (?:a|con))? (?:nadie|ellos)|no voy a llamar|"
    # "idk if i want to call anyone"
    r"(?:idk|i don'?t know|not sure) if i (?:want to|wanna) (?:call|talk to|text)|"
    r"no se si quiero (?:llamar|hablar)|"
    # "why would i call 988 what are they even gonna do", "nose si voy a llamar a ese numero, pa q"
    r"why would i (?:call|text)|what are they (?:even )?(?:gonna|going to) do|(?:pa|para) (?:q|que)"
    r"(?: voy a (?:llamar|textear|escribir))?(?=\W*$)|(?:nose|no se) si (?:voy a )?(?:llamar|"
    r"textear|escribir)|de que sirve (?:llamar|escribir))\b"
)
#: What was told before, happening again now: "otra vez. ahora mismo", "its happening again".
_AGAIN_NOW: Final = re.compile(
    r"\b(?:otra vez|de nuevo|again|happening again|pasando otra vez)\b[^!?]{0,40}\b(?:ahora mismo|"
    r"right now|rn|ahorita|this time|esta vez|now)\b|\b(?:ahora mismo|right now|ahorita)\b"
    r"[^!?]{0,20}\b(?:otra vez|de nuevo|again)\b"
)
_AGAIN_SHORT: Final = 6
_AGAIN_MAX_WORDS: Final = 8
_HAPPENING_AGAIN: Final = re.compile(
    r"\b(?:happening again|pasando otra vez|esta pasando otra vez|(?:lo|la|le|les) esta \w+ndo "
    r"otra vez|otra vez (?:lo|la|le|les) esta \w+ndo|(?:he|she|they)(?:'s| is| are|'re) doing it "
    r"again|"
    # the one told of, back where the danger is: "SHES OUT THERE AGAIN right now"
    r"(?:she'?s|he'?s|shes|hes|they'?re|theyre|esta|estan) (?:back )?(?:out there|up there|out on "
    r"the \w+|up on the \w+|alla (?:arriba|afuera)|afuera|arriba) (?:again|otra vez|de nuevo))\b"
)
#: Started again, of what was told: "ya empezaron otra vez en la escalera" after a fight;
#: not the music or a leak starting again.
_STARTED_AGAIN: Final = re.compile(
    r"\b(?:(?:ya )?empez\w+ otra vez|(?:ya )?empez\w+ de nuevo|volvi\w+ a empezar|"
    r"(?:started|starting) (?:up |it )?again|(?:at it|going at it) again|same thing (?:again|"
    r"right (?:now|outside|here)|happening))\b|^\W*(?:otra vez|again|de nuevo)\s*!+|"
    # all the message, after what was told: "ya empezaron 😩"
    r"^\W*(?:ya )?(?:empezaron|comenzaron|empezo|comenzo)\W*$|"
    r"^\W*(?:(?:they|it)(?:'s| has| have)? )?(?:just )?started\W*$|"
    r"^\W*(?:(?:ay|oh|omg|no|wait|ok|dios)\W+){0,3}(?:it'?s|its|they'?re|theyre) (?:starting|"
    r"beginning)(?: now)?\W*$|"
    r"^\W*ya (?:esta|estan) empezando\W*$|"
    # all the message: "its happening" after a child's seizures told, "ay dios its happening again"
    r"^\W*(?:\w+ ){0,2}(?:it'?s|its) happening(?: again| now| right now| rn)?\W*$|"
    # ... and with how long it has gone on: "its happening again and its been going like 5 min"
    r"^\W*(?:\w+ ){0,2}(?:it'?s|its) happening again\b(?=[^.!?]{0,40}\b(?:going|been|min\w*|"
    r"seconds?|secs?|longer|still|just like|same as|like (?:last time|before|the other))\b)|"
    r"^\W*(?:\w+ ){0,2}(?:ya )?esta pasando(?: otra vez| de nuevo| ahora)?\W*$"
)
_NOT_A_DANGER_AGAIN: Final = re.compile(
    r"\b(?:musica|music|noise|ruido|fiesta|party|bocina|speakers?|bass|tv|tele|drill\w*|"
    r"construction|construccion|leak\w*|gotera|agua|water|dog|perro|barking|ladrando)\b"
)
#: Found down, after a medical worry: "the super finally opened it. she's on the kitchen floor".
_FOUND_DOWN: Final = re.compile(
    # "se cayó" (not "se cayó el árbol"), "he just went down in the chapel"
    r"\bse (?:cayo|desmayo|desplomo|desvanecio)(?=\W*$|\s*[.,!]| (?:en|al|de repente|otra vez|"
    r"ahorita|ahora)\b)|"
    r"\b(?:he|she) (?:just )?(?:went down|dropped|fell)(?=\W*$|\s*[.,!]| (?:in|on|at|hard|"
    r"again|right)\b(?! love))|"
    r"\b(?:(?:he|she)(?:'s| is) (?:\w+ )?on the (?:\w+ )?floor|(?:esta|lo encontre|la encontre) "
    r"(?:tirad[oa] )?en el (?:\w+ )?(?:piso|suelo)|found (?:him|her) on the (?:\w+ )?floor)\b|"
    # no response to a shake: "i just went back n shook him. nothing. not even a groan"
    r"\b(?:shook|shake|nudged|sacudi|movi|muevo) (?:him|her|lo|la)\b\W+(?:\w+\W+){0,2}?"
    r"(?:nothing|nothin|nada|no (?:response|responde|reacciona|se mueve|despierta)|not even)|"
    # the Spanish order: "la muevo y nada"
    r"\b(?:lo|la) (?:muevo|movi|sacudo|sacudi)\b\W+(?:\w+\W+){0,2}?(?:nada|no (?:responde|"
    r"reacciona|se mueve|despierta))|"
    # "le hable y le movi el hombro y nada"
    r"\ble (?:movi|muevo|sacudi|toque) (?:el|la) (?:hombro|brazo|mano|pie|pierna|cara)\b"
    r"[^.!?]{0,20}"
    r"[.,!]?\W+(?:\w+\W+){0,2}?(?:nada|no (?:responde|reacciona|se mueve|despierta))|"
    r"\bni un (?:quejido|movimiento|sonido|gemido)\b|\bnot even a (?:groan|moan|sound|flinch)\b|"
    # still for hours: "i can see his feet thru the gap, no se han movido en horas"
    r"\bno se (?:ha|han) movido (?:en|desde hace|por) (?:\w+ )?horas\b|\b(?:hasn'?t|haven'?t|"
    r"has not|have not) moved (?:in|for) (?:\w+ )?hours\b"
)


#: After a health worry, signs it is getting worse now: "ahora esta confundido, sudando",
#: "she stopped talking to us and she's all sweaty", "la escucho quejandose adentro pero no abre".
_WORSE_NOW: Final = re.compile(
    r"\b(?:stopped (?:talking|responding|making sense|answering)|(?:is|she'?s|he'?s|shes|hes|"
    r"esta|ta) (?:all |bien |muy |super |so |really )?(?:confused|confundid[oa]|sweaty|sudad[oa]|"
    r"sudando|slurring)(?! (?:about|by|with|over|on|de|con|sobre|por)\b)|no entiende (?:lo que|"
    r"lo q|nada)|dejo de (?:hablar|responder|contestar)|"
    # a child's crying cut off: "un golpe fuerte y el bebe dejo de llorar de repente"
    r"(?:golpe|thud|bang|crash|cayo|fell)\b[^.!?]{0,60}\b(?:dejo de llorar|stopped crying|"
    r"se callo|went (?:quiet|silent))|(?:dejo de llorar|stopped crying|se callo|went (?:quiet|"
    r"silent)) (?:de repente|de golpe|all of a sudden|suddenly)|"
    r"(?:la|lo) (?:escucho|oigo) (?:\w+ )?(?:(?:like|como) )?(?:quejando\w*|gimiendo|pidiendo "
    r"ayuda|moaning|groaning)|"
    r"(?:i )?(?:can )?hear (?:her|him) (?:moaning|groaning|calling for help|crying for help)|"
    # "esta peor, ya casi no habla" after days without insulin
    r"(?:^|(?:ahora|ya|y|pero|now|and)\s+|(?:mi|su|el|la) (?:papa|mama|abuel[oa]|herman[oa]|"
    r"hij[oa]|tio|tia|esposo|esposa|vecin[oa]|amig[oa]|senor|senora) )"
    r"(?:esta|se puso|se esta poniendo) (?:mucho |bien |mas )?peor|"
    r"(?:he'?s|she'?s|hes|shes|he is|she is) getting (?:a lot |much )?worse|"
    r"ya casi no (?:habla|responde|contesta|se mueve|abre los ojos)|"
    # breathing gone wrong in sleep: "ahora esta roncando bien raro"
    r"roncando (?:bien |muy |super |medio )?(?:raro|extrano|feo|fuerte)|snoring (?:really |very |"
    r"super |kinda )?(?:weird|funny|strange|loud|loudly)|gurgling|"
    r"(?:can )?barely (?:talk|talking|move|moving|open (?:his|her) eyes)|"
    # the resident's own: "ahora veo borroso y me confundo con las letras"
    # the machine keeping them alive without power: "the backup battery just died"
    r"(?:backup|back-up|back up|spare|reserve|de respaldo|de reserva) batter(?:y|ies) (?:just |is |"
    r"has )?(?:died|dead|ran out|run out|went out|gone)|la bateria (?:de (?:respaldo|reserva) )?"
    r"(?:se )?(?:acabo|murio|descargo)(?: del (?:ventilador|concentrador|respirador|aparato))?|"
    # a child limp or drowsy after what could have been taken: "now shes really sleepy and kinda
    # floppy"
    r"(?:kinda |really |very |so |all |super |muy |bien )?(?:floppy|limp)\b(?! (?:bizkit|hair))|"
    r"(?:really|very|so|super|muy|bien) (?:sleepy|drowsy|adormilad[oa]|somnolient[oa])|"
    r"veo (?:todo )?(?:borroso|doble)|me (?:confundo|estoy confundiendo)|"
    r"(?:i'?m|im) (?:getting |so |really )?confused|(?:my )?vision (?:is |went |going )?"
    r"(?:blurry|blurred)|seeing (?:double|blurry)|sudando fri[oa]|cold sweat)\b"
)


#: After drug use, a long silence behind a door: "he went in the bathroom like 40 min ago and
#: its dead quiet, i knocked hard and nothing"; or all of it taken at once: "se echó todo lo que
#: quedaba de una vez".
_SILENT_AFTER_USE: Final = re.compile(
    r"\bse (?:echo|metio|tomo|inyecto|fumo|esnifo) (?:todo|todas|todos)\b|\b(?:took|did|used|"
    r"snorted|shot|smoked) (?:all|the rest) (?:of it|of them|at once|that was left|he had|she had)|"
    r"\b(?:bathroom|bano|room|cuarto)\b[^.!?]{0,40}\b(?:\d+|forty|thirty|an?) ?(?:min\w*|hours?|"
    r"horas?)\b[^!?]{0,60}\b(?:quiet|silent|silencio|nothing|nada|no (?:answer|contesta|responde)|"
    r"won'?t answer|doesn'?t answer)\b"
)


#: After a worry about someone's health or life, shut in and not answering: "se metio al
#: baño y no me abre", "he locked himself in the bathroom and wont answer".
_LOCKED_IN: Final = re.compile(
    r"\bse (?:encerro|metio) (?:en el|al) (?:bano|cuarto)\b[^.!?]{0,20}\bno (?:me |nos )?"
    r"(?:abre|contesta|responde)\b|\blocked (?:himself|herself|themselves) in (?:the|his|her) "
    r"(?:bathroom|room)\b[^.!?]{0,30}\b(?:won'?t|wont|not|isn'?t|doesn'?t) (?:answer|open|"
    r"respond)|"
    # the door about to be forced: "we got narcan tho should i break the door"
    r"\b(?:break|kick|bust|force) (?:down |in |open )?(?:the|his|her|their|this) door\b|"
    r"\b(?:romper|tumbar|forzar|abrir a la fuerza) la puerta\b"
)


def _silent_after_use(language: str | None) -> RiskResult:
    why = "after drug use, a long silence behind a door, or all of it taken at once"
    return conversation_result("overdose", language or "en", "silent_after_use", why)


#: They do not answer: after a worry about someone's health or life, or someone threatened
#: who is missing ("no me contesta el cel", "her phone is off").
_NO_ANSWER: Final = re.compile(
    r"\b(?:no (?:me |nos |le )?(?:quiere )?(?:abre|abren|abrir|contesta|contestan|contestar|"
    r"responde|responden|coge|agarra)|"
    r"(?:doesn'?t|does not|won'?t|wont|isn'?t|is not|not|didn'?t) (?:answer\w*|open\w*|pick\w* up|"
    r"respond\w*)|no answer|(?:nobody|no one) (?:answer\w*|opens?)|"
    r"phone (?:is )?(?:off|dead)|(?:el )?(?:cel|celular|telefono) (?:esta )?apagado|"
    # knocked and nothing: "tocamos y nada, pero se oye la tele", "toco y toco y nada"
    r"(?:toco|tocamos|toque|tocando|knock\w*|bang\w*)\b[^.!?]{0,20}\b(?:y|and) (?:nada|"
    r"nothing)|"
    r"nadie (?:abre|contesta|responde))\b"
)
_WELFARE_KINDS: Final = ("medical", "overdose", "self_harm")


def _welfare_worry(earlier_kind: str | None, kinds: Collection[str]) -> str | None:
    if earlier_kind in _WELFARE_KINDS:
        return earlier_kind
    return next((k for k in _WELFARE_KINDS if k in kinds), None)


def _still_no_answer(kind: str, language: str | None) -> RiskResult:
    why = "after a worry about someone's health or life, they still do not answer"
    return conversation_result(kind, language or "en", "still_no_answer", why, "elevated")


def _going_on(kind: str | None, language: str) -> RiskResult:
    why = "right after an emergency, tells it going on or where it is"
    return conversation_result(kind or "violence", language, "emergency_continues", why)


def _again_now(kind: str, language: str) -> RiskResult:
    why = "what an earlier message told, happening again now"
    return conversation_result(kind, language, "again_now", why)


def _found_down(kind: str, language: str) -> RiskResult:
    why = f"after an earlier {kind} risk, the person found down or not responding to a shake"
    return conversation_result(kind, language, "found_down", why)


#: After a gas or fire risk, the smell growing: "espera huele fuertísimo ahora".
_SMELL_GROWING: Final = re.compile(
    r"\b(?:huele|smells?|smelling|olor|the smell|el olor)\b[^.!?]{0,30}\b(?:fuert\w*|strong\w*|"
    r"worse|peor|everywhere|por todos lados|bad now|horrible)\b|"
    # after a fire hazard: "its getting way worse"
    r"^\W*(?:it'?s|its|it is|esta|se (?:esta )?puso) (?:getting )?(?:way |a lot |much |mucho )?"
    r"(?:worse|peor)\b|"
    # ... or reaching the resident: "its coming under their door now, grey, i can taste it"
    r"\b(?:coming|getting|seeping|creeping) (?:in )?under (?:the|my|our|their|his|her) door|"
    r"\bi can taste (?:it|the smoke)|\b(?:entra|se mete|sale) por debajo de la puerta\b|"
    # ... or the detector sounding: "the new one is beeping nonstop and my son says his head hurts"
    r"\b(?:beeping|going off|sounding|sonando|pitando|suena|pita) (?:nonstop|non-stop|sin parar|"
    r"and won'?t stop|y no para)\b|"
    # ... or the alarm going off: "the alarm is going off now" after a grill in the hallway
    r"\b(?:the |smoke |fire |co )?alarms? (?:is |are |'s )?(?:going off|sounding)\b|"
    # the detector told of before: "ok its going off for real now, the loud long beeps"
    r"^\W*(?:(?:ok|omg|wait|now)\W+)?(?:it'?s|its|it is) (?:going off|beeping|sounding)\b|"
    # ... or the people in it sick together, as carbon monoxide makes them: "me and my mom
    # both got bad headaches" (one headache alone may be the day's stress)
    r"\b(?:both|all|everyone|everybody|todos|todas|los dos|las dos|ambos|ambas|the kids|los "
    r"ninos)\b[^.!?]{0,30}\b(?:headaches?|dizzy|nause\w*|dolor(?:es)? de cabeza|mareados|"
    r"mareadas)\b|"
    r"\b(?:la )?alarma (?:esta |estan )?sonando\b|\bsono la alarma\b|"
    # "ahorita se oye la alarma de su apartamento", "i can hear her smoke alarm"
    r"\bse (?:oye|escucha) (?:la |una |el )?alarma\b|\bi (?:can )?hear (?:the|her|his|their|a) "
    r"(?:smoke |fire |co )?(?:alarm|detector)\b"
)


def _smell_growing(result: RiskResult) -> RiskResult:
    return conversation_result(
        "fire",
        result.language or "en",
        "smell_after_gas_or_fire",
        "after a gas or fire risk, the smell is growing",
    )


def _kinds_flagged(risk: RiskResult) -> frozenset[str]:
    """The message's kind, and every kind a rule read a risk of in it: a threat to come
    for the children is read as child safety first, and it is still a threat ("ya llegó"
    after it is the one who threatened, not the mother)."""
    ruled = (
        str(s["kind"])
        for s in risk.signals
        if s.get("layer") == "pattern" and s.get("kind") and s.get("level") != "none"
    )
    return frozenset({*([risk.kind] if risk.kind else []), *ruled})


def _joined(reading: RiskResult, result: RiskResult) -> RiskResult:
    return RiskResult(
        level=reading.level,
        kind=reading.kind,
        route=reading.route,
        signals=reading.signals + list(result.signals),
        language=reading.language,
    )


def question_asked_about(risk: RiskResult) -> str | None:
    """The kind the reply to ``risk`` asks the safety question about, or None
    when it asks none (only an elevated reply asks "Are you ... in danger
    right now?"; an imminent one tells the resident to call)."""
    return (risk.kind or "violence") if risk.level == "elevated" else None


@dataclass(frozen=True)
class ConversationMemory:
    """What a conversation keeps between messages for the screen.

    The gateway stores these fields with the conversation
    (:meth:`from_fields`, :meth:`to_fields`); the conversation eval keeps them
    in memory. Both move them on with :meth:`after`, so the eval reads a
    conversation exactly as the gateway does.
    """

    #: The kind the last reply asked the safety question about (next message only).
    asked_kind: str | None = None
    #: The conversation's highest risk so far; the first kind to reach it stays.
    highest_level: str = "none"
    highest_kind: str | None = None
    #: Every kind flagged so far, and the level of the last message.
    kinds: frozenset[str] = frozenset()
    last_level: str = "none"
    #: Who the last message said was on the way, "she", "he", "any", or "help" after a
    #: call to 911 told (next message only).
    expecting: str = ""
    #: The kind of a safety question the last message, only a place, left unanswered
    #: (next message only).
    unanswered_kind: str | None = None

    def read(self, result: RiskResult, text: str) -> RiskResult:
        """``result`` (the text screen of ``text``) read in this conversation."""
        return read_in_conversation(
            result,
            text,
            asked_kind=self.asked_kind,
            earlier_kind=self.highest_kind,
            earlier_kinds=self.kinds,
            last_level=self.last_level,
            expecting=self.expecting,
            highest_level=self.highest_level,
            unanswered_kind=self.unanswered_kind,
        )

    def after(self, risk: RiskResult, text: str = "") -> ConversationMemory:
        """The memory once the message ``text``, read as ``risk``, has been answered."""
        higher = risk_level_rank(risk.level) > risk_level_rank(self.highest_level)
        flagged = risk.level != "none" and risk.kind
        highest_level = risk.level if higher else self.highest_level
        quiet = risk.level == "none"
        family = "domestic_violence" not in self.kinds
        expecting = (who_is_coming(text, family=family) or "") if quiet else ""
        if quiet and not expecting and highest_level == "imminent":
            # "ok calling 911 ahora", then "they're here": the police
            expecting = EXPECTING_HELP if _calls(normalize(text)) else ""
        asked = self.asked_kind or self.unanswered_kind
        return ConversationMemory(
            asked_kind=question_asked_about(risk),
            highest_level=highest_level,
            highest_kind=(risk.kind or None) if higher else self.highest_kind,
            kinds=self.kinds | _kinds_flagged(risk) if flagged else self.kinds,
            last_level=risk.level,
            expecting=expecting,
            # "crown heights, on st johns" answers where, not the safety question
            unanswered_kind=asked if quiet and asked and only_a_place(text) else None,
        )

    @classmethod
    def from_fields(cls, fields: Mapping[str, str]) -> ConversationMemory:
        """The memory from a conversation's stored fields (see :data:`FIELDS`)."""
        kinds = fields.get(FIELDS["kinds"]) or ""
        return cls(
            asked_kind=fields.get(FIELDS["asked_kind"]) or None,
            highest_level=fields.get(FIELDS["highest_level"]) or "none",
            highest_kind=fields.get(FIELDS["highest_kind"]) or None,
            kinds=frozenset(k for k in kinds.split(",") if k),
            last_level=fields.get(FIELDS["last_level"]) or "none",
            expecting=fields.get(FIELDS["expecting"]) or "",
            unanswered_kind=fields.get(FIELDS["unanswered_kind"]) or None,
        )

    def to_fields(self) -> dict[str, str]:
        """The fields to store; the highest risk is stored where the console reads it."""
        return {
            FIELDS["asked_kind"]: self.asked_kind or "",
            FIELDS["highest_level"]: self.highest_level,
            FIELDS["highest_kind"]: self.highest_kind or "",
            FIELDS["kinds"]: ",".join(sorted(self.kinds)),
            FIELDS["last_level"]: self.last_level,
            FIELDS["expecting"]: self.expecting,
            FIELDS["unanswered_kind"]: self.unanswered_kind or "",
        }


#: Where each part of the memory lives in a conversation's stored fields.
FIELDS: Final[dict[str, str]] = {
    "asked_kind": "safety_question",
    "highest_level": "risk_level",
    "highest_kind": "risk_kind",
    "kinds": "risk_kinds",
    "last_level": "last_risk_level",
    "expecting": "expecting_company",
    "unanswered_kind": "safety_question_unanswered",
}
