"""A message only about the texting itself: "sorry texts coming out of order on the L",
"voy caminando, luego paso la dirección", "se me va la señal".

Residents text on the move, and say so: the signal drops, messages arrive out of order,
the address will come later. The learned layers, trained on whole sentences about
people, sometimes read such a message as an emergency (blind conversations 100-32 and
100-39: a 911 reply to "sorry texts coming out of order"). It holds no risk of its own,
so the models' reading of it is set aside, as for a message that only gives a place
(``place_only``); the rules' reading never is, and what the conversation told before
still stands.

A message counts only when nothing is left once the talk about texting and a few
filler words are taken out: "sorry signal dropped. a pic of razor blades on her bed"
keeps its risk.
"""

from __future__ import annotations

import re
from typing import Final

from triage.risk.normalize import normalize

_MAX_WORDS: Final = 14

_ABOUT_TEXTING: Final = re.compile(
    r"\b(?:"
    # the messages themselves: "texts coming out of order", "msgs sent twice"
    r"(?:my |the |mis |los )?(?:texts?|msgs?|messages?|mensajes?|txts?)(?: are| r| keep| se"
    r" estan| estan| se)? (?:coming|arriving|going|getting sent|sending|sent|llegando|llegan|"
    r"mandando|enviando)(?: out)?(?: (?:of order|out of order|late|twice|double|desordenad[oa]s|"
    r"tarde|dos veces|al reves))+|"
    r"(?:out of order|desordenad[oa]s|sent twice|dos veces)|"
    # the signal: "signal keeps dropping", "se me va la señal", "no tengo señal"
    r"(?:the |my |la |mi )?(?:signal|senal|service|reception|internet|wifi|data)(?: is| keeps| "
    r"kept| esta| se)? (?:dropping|dropped|cutting out|cut out|in n out|in and out|going in and "
    r"out|bad|weak|spotty|fallando|mala|cortando|va y viene|se va|se fue|se corta)|"
    r"(?:se me|me) (?:va|fue|corta|corto|cae|cayo) (?:la senal|el internet|la llamada|todo)|"
    r"(?:no|bad|weak|sin|poca|mala) (?:signal|senal|service|reception|internet)|"
    # the battery: "phone on 3%", "se me va a morir el cel"
    r"(?:phone|cel|celular|telefono|battery|bateria)(?: is| esta)? (?:on|at|en|a) \d+ ?%|"
    r"\d+ ?%(?: battery| bateria)?|"
    # typing: "sorry 4 typos", "voice to text", "escribo rapido"
    r"(?:sorry |perdon )?(?:4|for|por|x) (?:the )?(?:typos?|errores)|typos?|autocorrect|voice to "
    r"text|talk to text|sent from (?:my )?(?:bike|phone|iphone)|(?:escribo|texting|typing) "
    r"(?:rapido|fast|quick|con una mano|one handed|on my bike)|"
    # the address to come: "luego paso la dirección", "ill send the address later"
    r"(?:luego|despues|ahorita|mas tarde|later|in a sec|in a min) (?:te |le |les )?(?:paso|mando|"
    r"doy|envio|escribo)(?: la| mi)? (?:direccion|address)|(?:i'?ll|ill|will) (?:send|text|give) "
    r"(?:you |u )?(?:the |my )?(?:address|location)(?: later| in a (?:sec|min))?|"
    # where the resident is texting from, on the way: "voy caminando", "on the L", "in a cab"
    r"(?:voy|estoy|ando|i'?m|im|i am)(?: \w+)? (?:caminando|walking|biking|riding|en (?:el|la|un|"
    r"una) (?:tren|train|bus|metro|guagua|taxi|uber|bici|bicicleta)|on (?:the|a|my) (?:\w+ )?"
    r"(?:train|bus|subway|bike)|in (?:a|an|the) (?:cab|uber|lyft|taxi|car))"
    r"|(?:coming|going|heading|walking) home|on my way|de camino|(?:voy )?pa(?:ra)? (?:la )?casa"
    r")(?!\w)"
)
#: What may be left around the talk about texting: apologies, fillers, a train's letter.
_FILLER: Final = frozenset(
    {
        "sorry",
        "sry",
        "perdon",
        "perdona",
        "disculpa",
        "disculpen",
        "ok",
        "okay",
        "lol",
        "so",
        "and",
        "y",
        "pero",
        "but",
        "the",
        "el",
        "la",
        "los",
        "las",
        "on",
        "en",
        "in",
        "a",
        "an",
        "my",
        "mi",
        "im",
        "i'm",
        "i",
        "estoy",
        "voy",
        "again",
        "otra",
        "vez",
        "now",
        "rn",
        "ahora",
        "ahorita",
        "ya",
        "still",
        "todavia",
        "btw",
        "bc",
        "cuz",
        "porque",
        "keeps",
        "sigue",
        "4",
        "for",
        "x",
        "de",
        "del",
        "to",
        "train",
        "tren",
        "line",
        "linea",
        "here",
        "aqui",
        "texts",
        "text",
        "msgs",
        "msg",
        "messages",
        "mensajes",
    }
)
_LINE: Final = re.compile(r"^(?:[a-z]|\d{1,3}|[a-z]\d{1,3}|[a-z]{1,3}\d{1,3})$")
_TOKEN: Final = re.compile(r"[a-z0-9%']+")


def only_about_texting(text: str) -> bool:
    """Whether ``text`` only talks about the texting (signal, order, battery, typing, the
    address to come). ``text`` may be raw or normalised."""
    normal = normalize(text)
    if not normal.strip() or len(normal.split()) > _MAX_WORDS:
        return False
    rest, found = _ABOUT_TEXTING.subn(" ", normal)
    if not found:
        return False
    return all(t in _FILLER or _LINE.match(t) for t in _TOKEN.findall(rest))
