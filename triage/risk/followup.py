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
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Final

from triage.categories import risk_level_rank
from triage.risk.company import bare_arrival, expected_company, who_is_coming
from triage.risk.context import denies_danger, reassures
from triage.risk.normalize import normalize
from triage.risk.result import RiskResult, route_for

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
#: Out of it: "we're out, on the sidewalk", "ya estamos en la calle", "estamos a salvo".
_OUT_OF_IT: Final = (
    r"we'?re (?:all )?out|we got out|(?:ya )?(?:estamos|salimos) (?:en la calle|afuera|fuera)|"
    r"ya salimos|(?:estoy|estamos) a salvo|everyone'?s out|everybody'?s out|"
    r"me pude (?:salir|escapar)|i got away|"
    # "we out, on the sidewalk"
    r"we (?:all )?out(?=\W*$|\s*[,.!]| on the| in the| of the (?:building|apartment|house))"
)
# "yeah he left", "si pero ya estoy bien": the answer says the danger is over.
_OVER: Final = re.compile(
    r"\b(?:left|gone|went away|took off|calmed down|i'?m (?:safe|ok|okay|fine)|"
    r"we'?re (?:safe|ok|okay|fine)|se fue|se fueron|se marcho|se calmo|"
    # "manager took it from him and kicked him out, we good"
    r"we(?:'re| are)? (?:all )?good(?=\W*$|\s*[.,!])|"
    r"(?:estoy|estamos) (?:bien|a salvo|segur[oa]s?)|"
    rf"{_OUT_OF_IT}|"
    # "no no im not gonna do anything, just exhausted"
    r"(?:i'?m )?not (?:gonna|going to) do anything|i won'?t do anything|no voy a hacer nada)\b"
)


#: A yes that asks for a call back later answers another question.
_CALLBACK: Final = re.compile(
    r"\bque (?:me|nos|alguien me|alguien nos) (?:llame|llamen|contacte|contacten|hable|hablen)\b|"
    r"\bque hablen con\b|\b(?:call|contact|text) me (?:back|tomorrow|later|after)\b|"
    r"\bhave (?:someone|somebody) (?:call|contact|text) me\b|\b(?:manana|tomorrow)\b"
)


def _language_of(normal: str, spanish: re.Pattern[str], english: re.Pattern[str]) -> str | None:
    """ "es" or "en" for the pattern that matches the normalised text, else None."""
    if spanish.search(normal):
        return "es"
    if english.search(normal):
        return "en"
    return None


def _conversation_result(
    kind: str, language: str, signal_id: str, why: str, level: str = "imminent"
) -> RiskResult:
    signal: dict[str, object] = {
        "layer": "conversation",
        "id": signal_id,
        "level": level,
        "kind": kind,
        "why": why,
    }
    return RiskResult(
        level=level,  # type: ignore[arg-type]
        kind=kind,
        route=route_for(level, kind),
        signals=[signal],
        language=language,
    )


#: The danger the last reply was about, ended by the resident: "la agarré!! she's inside",
#: "we got out", "ya estamos a salvo" (not "los amigos se fueron": others leaving end nothing).
_SAID_OVER: Final = re.compile(
    r"\b(?:(?:i|we) (?:got|grabbed|caught) (?:her|him)(?! out)|(?:la|lo) agarre|ya (?:la|lo) tengo|"
    r"(?:she'?s|he'?s|shes|hes) (?:back )?inside|we'?re safe|(?:i'?m|im) safe|"
    # leaving, right after the reply: "estamos saliendo to the street ya"
    r"(?:we'?re|we are|estamos) (?:saliendo|getting out|heading out)|"
    # "he came down. hes sitting with us"; "got her, she got him out and hes drinking water"
    r"^\W*(?:ok\W+)?got (?:her|him)(?=\W*$|\s*[.,!])|(?:he|she|they|someone) got (?:him|her|"
    r"the (?:baby|kid|child|boy|girl)) out(?=\W*$|\s*[.,!]|\s+and (?:he|she|they)(?:'s| is| are|"
    r"'re)? (?:ok|okay|fine|safe|breathing|drinking|awake|talking|crying)\b)|"
    rf"{_OUT_OF_IT}|(?:he|she|they|hes|shes|theyre)(?:'s| is| has| have| are)? "
    r"(?:took off|left|ran off|gone|went away)|ya se fue|"
    # pulled out and breathing: "ya lo sacaron, está respirando"
    r"(?:ya )?(?:lo|la) (?:sacaron|sacamos|saque)|(?:he|she)(?:'s| is) breathing(?=\W*$|\W*[.,!])|"
    r"(?<!no )(?<!apenas )(?:ya )?(?:esta )?respira(?:ndo)?(?=\W*$|\W*[.,!]))\b"
)
#: The one in danger now with the resident: "he came down. hes sitting with us". Not after
#: a threat or violence, where "he's sitting with me" may be the one feared.
_WITH_US: Final = re.compile(
    r"\b(?:he|she|they)(?:'s| is| are|'re)? (?:sitting|staying) (?:here )?with (?:us|me)\b"
)
#: A yes that asks for what the intake offers answers the offer.
_WANTS_SERVICE: Final = re.compile(
    r"\b(?:i want|i'?d like|i need|can i (?:get|have)|quiero|quisiera|me gustaria|necesito)\b"
    r"[^.!?]{0,20}\b(?:mediators?|mediation|mediador\w*|mediacion|info|information|informacion|"
    r"resources?|recursos?|appointment|cita|referral)\b"
)


def _answers_yes(text: str) -> str | None:
    """The language of a yes ("en" or "es"), or None when the text is no yes."""
    normal = normalize(text)
    if not normal or denies_danger(normal) or reassures(normal) or _OVER.search(normal):
        return None
    if _help_took_over(normal):
        return None
    if expected_company(normal) or _CALLBACK.search(normal) or _WANTS_SERVICE.search(normal):
        # "ok he's here now, i'll text back later": the plumber, not a yes;
        # "si, que me llamen mañana": a yes to a call back, not to a danger now;
        # "yes i want a mediator": a yes to the intake's offer
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
    r"coming up|came back|showed up|pulled up|on (?:his|her|their) way|still (?:here|there|"
    r"outside|out there|at the door|banging|kicking|knocking|yelling|trying)|"
    # the weapon told of before, drawn now: "hes got it out now"
    r"(?:got|pulled|took|whipped|has|have) (?:it|them|the \w+|his \w+|her \w+) out|"
    # "he just grabbed it and went out to the garage"
    r"(?:grabbed|grabbing|picked up|took) (?:it|the gun|the pistol|the rifle|the knife|his gun|"
    r"his pistol|his rifle|his knife)\b|"
    # "he's got it now" after a knife told of; "ok he just picked one up" after a threat to cut
    r"(?:got|has|have) (?:it|one|the \w+|his \w+|her \w+) (?:now|right now|in (?:his|her|their) "
    r"hands?)\b|(?:picked|picking) (?:it|one|a knife|a bat|a pipe|a bottle) up\b|"
    r"(?:grabbed|grabbing) (?:one|a knife|a bat|a pipe|a bottle|a hammer|a machete)\b|"
    r"(?:holding|waving|pointing) it|just (?:came|got) (?:in|home|back|here)|just arrived|"
    r"came (?:in|home) (?:wasted|drunk|high|messed up))\b|"
    # "his truck just pulled up"
    r"\b(?:his|her|their|(?:my|his|her|the) \w+?'?s|that same|the same|same|that|this) (?:\w+ )?"
    r"(?:car|truck|van|ride|bike|bmw|suv|jeep|honda|benz|charger) (?:just )?(?:is )?(?:pulled up|"
    r"parked|is (?:here|outside|downstairs|out front|in front|across the street))\b|"
    # "they just parked across the street w the lights off", "theyre getting out"
    r"\b(?:he|she|they)(?:'s| is| are|'re)? (?:just )?(?:parked (?:across|outside|out front|in "
    r"front|downstairs|on the corner|right)|(?:getting|jumping) out(?=\W*$|\s*[.,!]| now\b| of "
    r"(?:the|a|his|her|their) (?:car|truck|van|suv)\b))|"
    # taken into a room and locked in: "he took her in his room and locked the door"
    r"\btook (?:her|him) (?:in|into) (?:his|the|a|her) (?:room|bathroom)[^.!?]{0,30}\block\w*|"
    # on the bus with the resident: "he got on the bus", "he's sitting right behind me"
    r"\b(?:he|she|they)(?:'s| is| are|'re)? (?:got on|getting on) (?:the|my) (?:bus|train|car)\b|"
    r"\b(?:he|she|they)(?:'s| is| are|'re) (?:sitting|standing) (?:right )?(?:behind|next to) me\b|"
    # "that's him at the door", "i can see him through the peephole"
    r"\b(?:that'?s|thats|it'?s|its) (?:him|her|them)(?= *(?:$|[.,!]| at| outside| in the))|"
    r"\bi (?:can )?see (?:him|her|them) (?:through|at|outside|in the|from)\b"
)
_ARRIVED_ES: Final = re.compile(
    r"\b(?:ya )?(?:llego|llegaron|volvio|volvieron|regreso|regresaron|esta aqui|estan aqui|esta "
    r"afuera|estan afuera|esta abajo|esta en la puerta|esta tocando|esta golpeando la puerta|"
    r"quiere entrar|(?:viene|vienen) (?:para|pa) ?(?:'?aca|'?ca|aqui)|viene subiendo|se aparecio|"
    r"acaban? de (?:llegar|entrar|aparecer)|"
    # "ya bajó y viene bravo"
    r"ya (?:bajo|subio|entro)|viene (?:bravo|enojado|furioso|borracho|drogado)|"
    # "se subió al bus", "está sentado atrás de mí", "ese es su carro, el gris"
    r"se subio (?:al|a el) (?:bus|tren|vagon|carro)|(?:esta|estan) sentad[oa]s? (?:atras|detras|"
    r"al lado) (?:de mi|mio)|(?:ese|este|ahi) (?:es|esta) su (?:carro|camioneta|troca)|"
    r"(?:sigue|siguen|todavia esta|todavia estan) (?:ahi|alli|aqui|aca|afuera|en la puerta|"
    r"pateando|golpeando|tocando|gritando)|"
    # "la sacó", "la tiene en la mano", "es él. lo veo por el ojito, vino con otros dos"
    r"(?:la|lo|las|los) (?:saco|sacaron|esta sacando)|(?:la|lo) (?:tiene|tienen|trae|traen) en la "
    r"mano|"
    # the gun told of, fetched or held now: "la fue a buscar", "ya la tiene"
    r"(?:la|lo) (?:fue|fueron) a (?:buscar|sacar|agarrar)|fue a (?:buscarla|buscarlo|sacarla)|"
    r"ya (?:la|lo) (?:tiene|tienen)\b(?! que| (?:la|el) (?:policia|seguridad|guardia|super))|"
    # "creo q ese es el, el del carro negro parado abajo" (not "ese es el problema")
    r"(?:ese|este) es el(?=\W*$|\s*[,.!]| del\b| de la\b| que (?:me|nos|te)\b)|"
    r"(?:carro|camioneta|troca|van|guagua)\b[^.!?]{0,25}\b(?:parad[oa]|"
    r"estacionad[oa]) (?:abajo|afuera|enfrente|al frente|en frente)|"
    r"(?:lo|la|los) (?:veo|estoy viendo) (?:por|en|desde|afuera|abajo|alli|ahi)|vino con|"
    r"vinieron|"
    # "se la llevó pal cuarto y cerró la puerta con seguro"
    r"se (?:la|lo) llevo (?:pal|para el|al|a su|pa su) (?:cuarto|bano)[^.!?]{0,30}"
    r"(?:seguro|llave|cerro)|"
    r"(?:^|[.!?] )es (?:el|ella)(?= *(?:$|[.,!])))\b"
)
# "he's not here", "no ha vuelto", "he came back for his stuff yesterday"; "no, está aquí
# conmigo" is the person the resident protects
_NOT_ARRIVED: Final = re.compile(
    r"\b(?:conmigo|with me|with us|con nosotr[oa]s|"
    r"not|isn't|hasn't|never|nunca|todavia no|aun no|yesterday|last night|ayer|anoche|"
    r"if|in case|por si|when|cuando|no (?:ha|han|esta|estan|llego|llegaron|vino|viene|volvio|"
    r"regreso)|si (?:vuelve|viene|llega|regresa|aparece|vuelven|vienen|llegan))\b"
)


#: Hiding from someone: "estoy debajo de la cama con las luces apagadas".
_HIDING_EN: Final = re.compile(
    r"\b(?:hiding|hid|i'?m under the bed|we'?re under the bed|locked (?:myself|ourselves|us) in|"
    r"(?:lights|phone) (?:are |is )?(?:off|on silent)|being (?:really )?quiet|"
    r"pretending (?:i'?m|we'?re|to be) (?:not home|asleep))\b"
)
_HIDING_ES: Final = re.compile(
    r"\b(?:escondid[oa]s?|me escondi|nos escondimos|debajo de la cama|bajo la cama|"
    r"(?:me|nos) encerr\w+|con las luces apagadas|sin hacer ruido|en silencio)\b"
)


#: Hiding told of another time: "I hid in the closet last night", "cuando viene me escondo".
_ANOTHER_TIME: Final = re.compile(
    r"\b(?:yesterday|last (?:night|week|time)|ayer|anoche|when|cuando|if|used to|solia|always|"
    r"siempre|la otra vez|the other (?:day|night))\b"
)


def _arrived(text: str) -> str | None:
    """The language of a report that the feared person is here now (or that the
    resident is hiding from them), or None."""
    normal = normalize(text)
    if (
        not normal
        or _OVER.search(normal)
        or expected_company(normal, someone_feared=True)
        or _help_took_over(normal)
    ):
        # "ya llegaron los policías", "my friend is picking me up, she's outside",
        # "they're here, se lo llevaron afuera"
        return None
    hiding = _language_of(normal, _HIDING_ES, _HIDING_EN)
    if hiding and not _ANOTHER_TIME.search(normal):
        return hiding
    if _NOT_ARRIVED.search(normal):
        return None
    return _language_of(normal, _ARRIVED_ES, _ARRIVED_EN)


def arrival_after_threat(text: str, earlier_kinds: Collection[str]) -> RiskResult | None:
    """An imminent result when ``text`` says the person behind one of the
    conversation's earlier risks is here now, or that the resident is hiding
    from them; None otherwise."""
    kind = next((k for k in earlier_kinds if k in ARRIVAL_KINDS), None)
    if kind is None:
        return None
    language = _arrived(text)
    if language is None:
        return None
    return _conversation_result(
        kind,
        language,
        "arrived_after_threat",
        f"the person behind an earlier {kind} risk is here now",
    )


#: What a resident who spoke of ending their life may say next, done or under way:
#: "ya lo hice", "me tomé las de él. todas", "ya escribí las cartas para mis hermanitos".
_ACT_EN: Final = re.compile(
    r"\b(?:i (?:already |just )?(?:did it|done it|took (?:them|it|all|the whole|every)|"
    r"swallowed|cut (?:myself|again|deep)|wrote (?:the |my |a |some )?(?:letters?|notes?))|"
    r"(?:took|swallowed) (?:all|the whole|every)|(?:the |my )?(?:letters?|notes?) (?:are|is) "
    r"(?:on|in|under)|just wanted (?:someone|somebody|you|u) to know|said (?:my )?goodbyes?|"
    # "he just said bye chat and ended the stream"
    r"this is goodbye|said (?:bye|goodbye)\b|"
    # the means made ready: "i bought rope today", "the bottle's empty"
    r"bought (?:a |some |the )?(?:rope|pills|gun|razors?|blades?)|got (?:a |the )?rope|"
    r"(?:pill )?bottle(?:'s| is) empty|counted (?:them|the pills|my pills)|"
    # "the pill bottle they gave him at discharge is empty on the counter"
    r"(?:pill |med |medicine )?bottle\b[^.!?]{0,50}?\b(?:(?:is|'s|was) (?:now |already |all |"
    r"completely )?)?empty|"
    r"(?:i have|i got|got) (?:all )?(?:the |my |his |her )?(?:\w+'?s )?(?:\w+ )?pills (?:here|"
    r"right here|with me|next to me|in my hand|on the table|lined up)|"
    # the thought of the means: "im on the 6th floor. been thinking ... how easy it would be"
    r"how easy it(?: would|'?d) be|"
    r"saving (?:up )?(?:my |his |her )?(?:meds|pills|medication)|(?:it'?s|its|that'?s) enough\W*$|"
    r"^\W*(?:tonight|today|right now)\W*$|"
    # a farewell passed on: "he just dmed me '... bye' and turned his location off"
    r"(?:texted|dmed|dm'd|messaged|sent) me[^.!?]{0,60}\b(?:bye|goodbye)\b|"
    r"turned (?:his|her|their|my) location off|"
    # where, or the means on them: "im on the roof of my building", "i got my moms old pills in
    # the glovebox", "gonna finish this drink and go", "getting real sleepy"
    r"i'?m (?:on|at) (?:the|a) (?:roof|rooftop|ledge|bridge|edge|tracks|platform edge)|"
    r"(?:i have|i got|got) (?:my |his |her |the )?(?:\w+'?s )?(?:old )?(?:pills|meds|gun|knife|"
    r"rope) (?:in|on) (?:the|my) (?:glovebox|glove box|car|jacket|pocket|bag|backpack|hand|lap)|"
    r"finish (?:this|my) (?:drink|bottle|beer) and go|getting (?:real |really |so |very )?"
    r"(?:sleepy|drowsy)|"
    # the means looked at, with the thought: "i keep staring at the gas stove thinking about it"
    r"(?:staring|looking|sitting) (?:at|with|next to|by) (?:the |my |his |her |these |those |a )?"
    r"(?:\w+ )?(?:stove|oven|pills|meds|knife|knives|rope|gun|razor|blades?|bridge|ledge|window|"
    r"tracks|bottle)\b[^.!?]{0,30}\bthinking)\b"
)
_ACT_ES: Final = re.compile(
    r"\b(?:ya lo hice|lo acabo de hacer|me (?:las |los )?(?:tome|trague) (?:todas?|todos?|las de|"
    r"los de|toda|todo)|(?<!a )todas\W*$|escribi (?:las |unas |mis |una )?(?:cartas?|notas?)|"
    r"(?:las |mis )?cartas (?:ya )?estan|solo queria que alguien (?:lo )?supiera|ya me despedi|"
    r"ya esta hecho|me tome (?:unas|varias|algunas|un monton|muchas)\b|"
    # "compré una soga", "tengo todas las pastillas ... aquí en la mesa, ya las conté"
    r"compre (?:una |la )?(?:soga|cuerda|pastillas)|(?:ya )?las conte\b|"
    r"(?:el )?frasco (?:esta |ya esta )?vacio|frasco\b[^.!?]{0,50}?\b(?:(?:esta|quedo) (?:ya )?)?"
    r"vacio|(?:tengo|tiene) (?:todas )?las pastillas"
    r"[^.!?]{0,40}(?:aqui|en la mano|en la mesa)|"
    # "tengo aqui en la mano las pastillas q me dieron pa la espalda", "lo facil que seria"
    r"tengo (?:aqui )?(?:en la mano|aqui|conmigo) (?:las|unas|mis|todas las) (?:pastillas|"
    r"pildoras|medicinas)|lo facil que (?:seria|es)|que facil seria|me mando[^.!?]{0,40}despedida|"
    r"apago (?:su )?ubicacion|guardando (?:mis |las )?(?:pastillas|medicinas)|ya (?:son|tengo) "
    r"suficientes|^\W*(?:esta noche|hoy|ahorita)\W*$|"
    r"estoy en (?:el|la) (?:techo|azotea|puente|orilla del anden|orilla)|tengo (?:las )?pastillas "
    r"(?:de (?:mi |su )?\w+ )?(?:en|aqui en) (?:el|la|mi) (?:guantera|carro|bolsillo|chaqueta|"
    r"bolsa|mano)|"
    r"mirando (?:la|el|las|los|mis|sus) (?:\w+ )?(?:estufa|horno|pastillas|cuchillos?|soga|"
    r"pistola|navaja|puente|ventana|vias)\b[^.!?]{0,30}\bpensando)"
)
#: A denial inside the act's own clause: "no lo hice", "i didn't take them".
_ACT_DENIED: Final = re.compile(
    r"\b(?:no|not|didn'?t|didnt|haven'?t|havent|never|nunca|won'?t|wont|todavia no|aun no)\b"
    r"[^.,;!?]*$"
)


def act_after_ideation(text: str, earlier_kinds: Collection[str]) -> RiskResult | None:
    """An imminent self-harm result when, after suicidal words earlier in the
    conversation, ``text`` says the act is done or under way."""
    if not {"self_harm", "overdose"} & set(earlier_kinds):
        # the learned layers name suicidal words "overdose" at times
        return None
    normal = normalize(text)
    for language, pattern in (("es", _ACT_ES), ("en", _ACT_EN)):
        for m in pattern.finditer(normal):
            clause = re.split(r"\b(?:but|pero)\b", normal[: m.start()])[-1]
            if not _ACT_DENIED.search(clause):
                return _conversation_result(
                    "self_harm",
                    language,
                    "act_after_ideation",
                    "after suicidal words earlier, says the act is done or under way",
                )
    return None


#: A no to the safety question: "no not rn hes in his room", "ahorita esta dormido".
_NO_EN: Final = re.compile(
    _OPENER + r"(?:no+(?=\W*$|\s*[.,!;:]|\s+(?:he|she|they|i|im|i'm|we|it|its|it's|not|nobody|"
    r"no one|nothing|one|nah|thanks|thank|right|rn|now|ahorita|ahora|no)\b)|nah+|nope|"
    r"not (?:right )?now|"
    r"not rn|nothing(?:'s| is)? happening (?:right now|rn|now)|"
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
    _OPENER + r"(?:no+(?=\W*$|\s*[.,!;:]|\s+(?:ahorita|ahora|por ahora|creo|gracias|todo|"
    r"estamos|estoy|nadie|no)\b)|(?:ahora mismo|ahorita|ahora) no\b|nel|"
    r"por ahora no|todavia no|no creo|creo que no|"
    r"no (?:esta|estan) (?:aqui|aca|en (?:la )?casa)(?: ahorita| ahora| todavia)?\W*$|"
    r"(?:(?:ahorita|ahora) )?(?:esta|estan) (?:dormid[oa]s?|durmiendo|tranquil[oa]s?|"
    r"en su cuarto|en el trabajo|trabajando))\b"
)
#: ... unless the answer goes on to something else: "no. pero ya escribí las cartas".
_GOES_ON: Final = re.compile(
    r"\b(?:but|pero|aunque|though|except|sino|still|todavia|sigue|siguen)\b"
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
    if not normal or _GOES_ON.search(normal) or _NOT_OK.search(normal):
        return False
    return bool(_NO_EN.search(normal) or _NO_ES.search(normal))


#: A no this short is all answer; a longer one may go on to tell something new
#: ("no he's calm right now. ... some nights i wish i just wouldn't wake up").
_SHORT_ANSWER_WORDS: Final = 16


def _after_no(result: RiskResult, text: str) -> RiskResult:
    """``result`` with the models' reading held down after a no to the safety
    question: the models, trained on single messages, over-read "he's in his
    room" or "ahorita no creo" as a danger now (blind conversations 1-4). A
    short answer is read by the rules alone; in a longer one the models may
    still say elevated, never imminent."""
    ceiling = "none" if len(text.split()) <= _SHORT_ANSWER_WORDS else "elevated"
    why = "answered no to 'Are you or anyone else in danger right now?'"
    return _models_held(result, ceiling, "no_to_safety_question", why)


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
    note: dict[str, object] = {
        "layer": "conversation",
        "id": signal_id,
        "level": level,
        "kind": kind,
        "why": why,
    }
    return RiskResult(
        level=level,  # type: ignore[arg-type]
        kind=kind,
        route=route_for(level, kind),
        signals=[note, *kept, *held],
        language=result.language,
    )


def _continues(result: RiskResult) -> RiskResult:
    """An elevated reading right after an imminent one is the same emergency going
    on ("tengo narcan, se lo pongo??", "she's talking really slow"): the resident
    is told to call again rather than asked whether they are in danger."""
    note: dict[str, object] = {
        "layer": "conversation",
        "id": "emergency_continues",
        "level": "imminent",
        "kind": result.kind,
        "why": "a risk told right after an emergency, with nothing saying it is over",
    }
    return RiskResult(
        level="imminent",
        kind=result.kind,
        route=route_for("imminent", result.kind),
        signals=[note, *result.signals],
        language=result.language,
    )


#: The resident doing what the reply said: "ok voy a textear al 988", "mi esposo ya llamó al 911",
#: and right after the reply, without the number: "ok ya estoy llamando", "si voy a llamar".
_CALLING: Final = re.compile(
    r"\b(?:call\w*|text\w*|dial\w*|llam\w*|textear|texte\w*|marc\w*)\b[^.!?]{0,20}\b(?:911|988)\b|"
    r"^\W*(?:(?:ok|okay|si|yes|ya|bueno)\W+)*(?:(?:i'?m |estoy |voy a |i'?ll |gonna )?(?:calling|"
    r"llamando|llamar|call(?: them| now)?|textear|texting|marcando|dialing)|ya (?:llame|llamamos)|"
    r"called)\b|\b(?:911|988) (?:said|says|dijo|dice|is sending|esta mandando|va a mandar)\b|"
    # on the line already: "ok she's on w 911 now, gracias", "hablando con el 911"
    r"\b(?:on|en) (?:the phone |the line |el telefono |la linea )?(?:w|with|con)(?: el)? "
    r"(?:911|988)\b|"
    r"\b(?:hablando|talking) (?:con|with|to) (?:el )?(?:911|988)\b|"
    # "ok 911 on the phone now", "i called they said help is coming"
    r"\b(?:911|988) (?:is )?on the (?:phone|line)\b|^\W*(?:(?:ok|okay|yes|ya)\W+)?i (?:just )?"
    r"called\b|\bhelp is (?:coming|on (?:the|its|it'?s) way)\b|"
    # "ok they're sending an ambulance", "ambulance is coming", "FD on the way", "voy a marcar"
    r"\b(?:they'?re|theyre|they are|911 is|ya) (?:sending|mandando|van a mandar) (?:an? |una |la "
    r"|el )?(?:ambulance|ambulancia|help|ayuda|someone|alguien|police|policia|cops|fdny|fd|"
    r"bomberos)\b|\b(?:the )?(?:ambulance|ems|police|cops|fd|fdny|bomberos|ambulancia|la "
    r"policia)(?: is| are|'s)? (?:coming|on (?:the|its|their) way|en camino|viene|vienen)\b|"
    r"^\W*(?:(?:ok|okay|si|ya|bueno)\W+)*voy a (?:marcar|llamarlos|llamarles|textearles)\b"
)
#: After the call, someone else doing something now: "911 is on the phone w me, a guy from the
#: laundromat is trying the doors" (not "calling 911, we're going downstairs").
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
#: Help has come and taken over: "EMS took him. thank you", "security ya los separó".
_HELP_TOOK_OVER: Final = re.compile(
    r"\b(?:ems|emts?|paramedics?|paramedicos?|ambulance|ambulancia|police|cops|policias?|nypd|"
    r"officers?|oficiales|agentes|"
    r"patrulla|patrol car|squad car|security|seguridad|guard|guardia|nurse|enfermer[oa]|teacher|"
    r"maestra|maestro|bomberos|firefighters|fd|fdny)\b[^.!?]{0,40}\b(?:here|aqui|took|se (?:lo|la|"
    r"los) llevaron|separ\w+|pulled up|pulling up|downstairs|outside|abajo|afuera|came up|got on|"
    r"just "
    r"came|arrived|llego|llegaron|llegando|walking me|me dejo entrar|is with|esta con|got him|"
    r"got her|(?:has|have) (?:him|her|them)|(?:lo|la|los|las) tienen?)\b|"
    r"\bse (?:lo|la|los) llevaron\b|\bya esta respirando\b|\bis breathing again\b"
)


def _help_took_over(normal: str) -> bool:
    """Help has come and taken over, and nothing after says the danger goes on
    ("the cops are downstairs but he's still kicking the door")."""
    found = _HELP_TOOK_OVER.search(normal)
    return found is not None and not _GOES_ON.search(normal[found.end() :])


def _over(text: str) -> bool:
    """The message says the emergency is over, or answers with a no, or the resident
    is calling the number the reply gave."""
    normal = normalize(text)
    return bool(
        _OVER.search(normal)
        or reassures(normal)
        or denies_danger(normal)
        or answers_no(normal)
        or _CALLING.search(normal)
        or _help_took_over(normal)
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
    """
    kinds = {*earlier_kinds, *([earlier_kind] if earlier_kind else [])}
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
    if asked_kind and result.level == "none" and _NOT_OK.search(normalize(text)):
        # "no im not ok" to the safety question: not an emergency said, but no all-clear
        why = "answered the safety question saying they are not ok"
        return _joined(
            _conversation_result(asked_kind, result.language, "not_ok", why, "elevated"), result
        )
    if asked_kind and result.level != "none" and answers_no(text):
        if earlier is not None:
            # "no one else is here. i got my moms old pills in the glovebox": the no answers
            # for others; the means told after suicidal words still stand
            return _joined(earlier, result)
        result = _after_no(result, text)
    normal = normalize(text)
    calling = _CALLING.search(normal)
    # the end may come a message after the address: "se calló todo, i think he left"
    had_emergency = "imminent" in (last_level, highest_level)
    if (
        had_emergency
        and result.level != "none"
        and calling
        and not _SOMEONE_DOING.search(normal, calling.end())
    ):
        # "ok voy a llamar al 988" right after the 988 reply: doing what it said
        why = "says they are calling the number the last reply gave"
        return _models_held(result, "none", "calling_as_told", why)
    if had_emergency and result.level != "none" and _help_took_over(normal):
        # "EMS took him. thank you": the emergency is in the hands it was sent to
        why = "says the help the last reply sent for has come and taken over"
        return _models_held(result, "elevated", "help_took_over", why)
    with_us = _WITH_US.search(normal) and not kinds & ARRIVAL_KINDS
    if (
        had_emergency
        and result.level != "none"
        and (_SAID_OVER.search(normal) or with_us)
        and not (_GOING_ON.search(normal) or _SMELL_GROWING.search(normal))
    ):
        # "la agarré!! she's inside", "we got out": the models' reading of it is no new emergency
        why = "says the emergency the last reply was about is over"
        return _models_held(result, "elevated", "said_over", why)
    if last_level == "imminent" and result.level == "elevated" and not _over(text):
        return _continues(result)
    if (
        last_level == "imminent"
        and result.level == "none"
        and _GOING_ON.search(normal)
        and not _over(text)
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
    down_after = "overdose" if "overdose" in kinds else "medical" if "medical" in kinds else None
    if result.level != "imminent" and down_after and _FOUND_DOWN.search(normal):
        # "i just shook him n nothin" after drug use
        return _joined(_found_down(down_after, result.language), result)
    if result.level != "imminent" and down_after and _WORSE_NOW.search(normal) and not _over(text):
        # "ahora esta confundido, sudando" after days without insulin
        why = f"after an earlier {down_after} worry, signs it is getting worse now"
        reading = _conversation_result(down_after, result.language, "worse_now", why)
        return _joined(reading, result)
    if result.level != "imminent" and "overdose" in kinds and _SILENT_AFTER_USE.search(normal):
        return _joined(_silent_after_use(result.language), result)
    worry = _welfare_worry(earlier_kind, kinds)
    if (
        result.level == "none"
        and last_level == "elevated"
        and worry
        and _NO_ANSWER.search(normal)
        and not (_OVER.search(normal) or reassures(normal))
    ):
        # "no se, toco y no abre pero se oye la tele": the worry stands
        return _joined(_still_no_answer(worry, result.language), result)
    smell = _SMELL_GROWING.search(normalize(text))
    if result.level != "imminent" and "fire" in kinds and smell and not _over(text):
        return _joined(_smell_growing(result), result)
    caught = _CAUGHT.search(normal) and not _over(text)
    if result.level != "imminent" and "fire" in kinds and caught:
        # "ok it caught" after a fryer that keeps sparking
        why = "after a fire hazard, it has caught fire"
        return _joined(_conversation_result("fire", result.language, "caught_fire", why), result)
    if result.level != "imminent" and "child_safety" in kinds and _HOT_CAR.search(normal):
        # "YES its like 95 out and the windows are all up" after a child alone in a car
        why = "after a child left in a car, the heat or the closed windows"
        return _joined(
            _conversation_result("child_safety", result.language, "hot_car", why), result
        )
    if result.level == "none" and "self_harm" in kinds and _CANT_STOP.search(normal):
        # "no, ahora mismo toy bien ... pero no se como parar" after cutting again
        why = "after self-harm told earlier, says they cannot stop"
        return _joined(
            _conversation_result("self_harm", result.language, "cant_stop", why, "elevated"),
            result,
        )
    return result


#: After a fire hazard: "ok it caught", "se prendió", "agarró fuego".
_CAUGHT: Final = re.compile(
    r"\b(?:it|that|the \w+|everything)(?:'s| has| just)? (?:just )?caught(?: (?:on )?fire)?"
    r"(?=\W*$|\s*[.,!]| (?:fire|on fire)\b)|\b(?:it|that|the \w+) (?:just )?went (?:whoosh|"
    r"boom|poof|up in flames)\b|\b(?<!no )(?:ya )?se (?:prendio|prendieron|"
    r"incendio|encendio)(?! la luz| las luces| el (?:carro|motor))\b|\b(?<!no )(?:cogio|agarro|"
    r"cojio) (?:fuego|candela)\b|\b(?<!no )there(?:'s| are| is) flames\b|\b(?<!no )hay "
    r"(?:llamas|fuego)\b"
)
#: After a child left in a car: the heat or the closed windows.
_HOT_CAR: Final = re.compile(
    r"\b(?:windows?|ventanas?)\b[^.!?]{0,15}\b(?:up|closed|shut|cerradas?|arriba|subidas?)\b|"
    r"\b(?:9\d|1[01]\d) ?(?:out|outside|degrees|grados|afuera|f)\b|\b(?:hace|esta haciendo) "
    r"(?:un )?(?:calor|caloron)\b|\b(?:it'?s|its) (?:so |really |super )?(?:hot|burning)\b"
)
#: After self-harm told earlier: "no se como parar", "i can't stop".
_CANT_STOP: Final = re.compile(
    r"\b(?:no (?:se|puedo) (?:como )?parar(?:lo|me)?|no puedo dejar de (?:cortarme|hacerlo)|"
    r"(?:can'?t|cannot|don'?t know how to) stop(?: (?:cutting|doing it|hurting myself))?)"
    r"(?=\W*$|\s*[.,!]| (?:cutting|doing|hurting)\b)"
)


#: Right after an emergency, a message the text screen reads as none that tells
#: it going on or getting worse, or only where it is.
_GOING_ON: Final = re.compile(
    r"\b(?:no (?:me )?(?:responde|contesta|despierta|respira)|ya casi no|not (?:responding|"
    r"answering|waking|breathing)|won'?t (?:answer|wake|respond)|getting worse|worse now|"
    r"(?:se )?(?:puso|esta) peor|filling up|se esta llenando|llorando|crying|screaming|gritando|"
    r"sono la alarma|(?:the )?alarm(?:'s| is)? going off|evacuat\w*|bajando por la escalera|"
    # breathing, but badly: "respira pero bien despacito"
    r"respira pero (?:bien |muy |super )?(?:despac\w+|raro|poquito|lento)|apenas respira|"
    r"breathing (?:but )?(?:really |very |super )?(?:slow\w*|weird|funny|shallow|strange)|"
    r"barely breathing|"
    # the danger reaching the person: "los perros van hacia él", "they're going for him"
    r"(?:van|va|vienen|viene|corren|corre) (?:hacia|pa|para|encima de) (?:el|ella|ellos|ellas)"
    r"(?=\s*$|\s*[.,!?;]|\s+y\b)|"
    r"(?:going|coming|running|charging|heading) (?:for|at|after|toward|towards) (?:him|her|them|"
    r"the (?:kid|boy|girl|baby|child)))\b|"
    r"^\W*(?:\d+ ?(?:st|nd|rd|th|to|vo|ro|do|mo|er)? ?(?:floor|fl|piso)|(?:piso|floor|apt|"
    r"apartamento) \w+)\W*$"
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
    r"again)\b"
)
#: Started again, of what was told: "ya empezaron otra vez en la escalera" after a fight;
#: not the music or a leak starting again.
_STARTED_AGAIN: Final = re.compile(
    r"\b(?:(?:ya )?empez\w+ otra vez|(?:ya )?empez\w+ de nuevo|volvi\w+ a empezar|"
    r"(?:started|starting) (?:up |it )?again|(?:at it|going at it) again|same thing (?:again|"
    r"right (?:now|outside|here)|happening))\b|^\W*(?:otra vez|again|de nuevo)\s*!+|"
    # all the message, after what was told: "ya empezaron 😩"
    r"^\W*(?:ya )?(?:empezaron|comenzaron|empezo|comenzo)\W*$|"
    r"^\W*(?:(?:they|it)(?:'s| has| have)? )?(?:just )?started\W*$"
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
    r"reacciona|se mueve|despierta))"
)


#: After a health worry, signs it is getting worse now: "ahora esta confundido, sudando",
#: "she stopped talking to us and she's all sweaty", "la escucho quejandose adentro pero no abre".
_WORSE_NOW: Final = re.compile(
    r"\b(?:stopped (?:talking|responding|making sense|answering)|(?:is|she'?s|he'?s|shes|hes|"
    r"esta|ta) (?:all |bien |muy |super |so |really )?(?:confused|confundid[oa]|sweaty|sudad[oa]|"
    r"sudando|slurring)(?! (?:about|by|with|over|on|de|con|sobre|por)\b)|no entiende (?:lo que|"
    r"lo q|nada)|dejo de (?:hablar|responder|contestar)|"
    r"(?:la|lo) (?:escucho|oigo) (?:quejando\w*|gimiendo|pidiendo ayuda)|"
    r"(?:i )?(?:can )?hear (?:her|him) (?:moaning|groaning|calling for help|crying for help))\b"
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


def _silent_after_use(language: str | None) -> RiskResult:
    why = "after drug use, a long silence behind a door, or all of it taken at once"
    return _conversation_result("overdose", language or "en", "silent_after_use", why)


#: After a worry about someone's health or life, they still do not answer.
_NO_ANSWER: Final = re.compile(
    r"\b(?:no (?:me |nos |le )?(?:quiere )?(?:abre|abren|abrir|contesta|contestan|contestar|"
    r"responde|responden)|"
    r"(?:doesn'?t|does not|won'?t|wont|isn'?t|not|didn'?t) (?:answer\w*|open\w*|pick\w* up|"
    r"respond\w*)|no answer|(?:nobody|no one) (?:answer\w*|opens?)|"
    r"nadie (?:abre|contesta|responde))\b"
)
_WELFARE_KINDS: Final = ("medical", "overdose", "self_harm")


def _welfare_worry(earlier_kind: str | None, kinds: Collection[str]) -> str | None:
    if earlier_kind in _WELFARE_KINDS:
        return earlier_kind
    return next((k for k in _WELFARE_KINDS if k in kinds), None)


def _still_no_answer(kind: str, language: str | None) -> RiskResult:
    why = "after a worry about someone's health or life, they still do not answer"
    return _conversation_result(kind, language or "en", "still_no_answer", why, "elevated")


def _going_on(kind: str | None, language: str) -> RiskResult:
    why = "right after an emergency, tells it going on or where it is"
    return _conversation_result(kind or "violence", language, "emergency_continues", why)


def _again_now(kind: str, language: str) -> RiskResult:
    why = "what an earlier message told, happening again now"
    return _conversation_result(kind, language, "again_now", why)


def _found_down(kind: str, language: str) -> RiskResult:
    why = f"after an earlier {kind} risk, the person found down or not responding to a shake"
    return _conversation_result(kind, language, "found_down", why)


#: After a gas or fire risk, the smell growing: "espera huele fuertísimo ahora".
_SMELL_GROWING: Final = re.compile(
    r"\b(?:huele|smells?|smelling|olor|the smell|el olor)\b[^.!?]{0,30}\b(?:fuert\w*|strong\w*|"
    r"worse|peor|everywhere|por todos lados|bad now|horrible)\b|"
    # ... or reaching the resident: "its coming under their door now, grey, i can taste it"
    r"\b(?:coming|getting|seeping|creeping) (?:in )?under (?:the|my|our|their|his|her) door|"
    r"\bi can taste (?:it|the smoke)|\b(?:entra|se mete|sale) por debajo de la puerta\b|"
    # ... or the detector sounding: "the new one is beeping nonstop and my son says his head hurts"
    r"\b(?:beeping|going off|sounding|sonando|pitando|suena|pita) (?:nonstop|non-stop|sin parar|"
    r"and won'?t stop|y no para)\b|"
    # ... or the alarm going off: "the alarm is going off now" after a grill in the hallway
    r"\b(?:the |smoke |fire |co )?alarms? (?:is |are |'s )?(?:going off|sounding)\b|"
    r"\b(?:la )?alarma (?:esta |estan )?sonando\b|\bsono la alarma\b|"
    # "ahorita se oye la alarma de su apartamento", "i can hear her smoke alarm"
    r"\bse (?:oye|escucha) (?:la |una |el )?alarma\b|\bi (?:can )?hear (?:the|her|his|their|a) "
    r"(?:smoke |fire |co )?(?:alarm|detector)\b"
)


def _smell_growing(result: RiskResult) -> RiskResult:
    return _conversation_result(
        "fire",
        result.language or "en",
        "smell_after_gas_or_fire",
        "after a gas or fire risk, the smell is growing",
    )


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
    #: Who the last message said was on the way, "she", "he" or "any" (next message only).
    expecting: str = ""

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
        )

    def after(self, risk: RiskResult, text: str = "") -> ConversationMemory:
        """The memory once the message ``text``, read as ``risk``, has been answered."""
        higher = risk_level_rank(risk.level) > risk_level_rank(self.highest_level)
        flagged = risk.level != "none" and risk.kind
        return ConversationMemory(
            asked_kind=question_asked_about(risk),
            highest_level=risk.level if higher else self.highest_level,
            highest_kind=(risk.kind or None) if higher else self.highest_kind,
            kinds=self.kinds | {risk.kind} if flagged and risk.kind else self.kinds,
            last_level=risk.level,
            expecting=(
                who_is_coming(text, family="domestic_violence" not in self.kinds) or ""
                if risk.level == "none"
                else ""
            ),
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
        }


#: Where each part of the memory lives in a conversation's stored fields.
FIELDS: Final[dict[str, str]] = {
    "asked_kind": "safety_question",
    "highest_level": "risk_level",
    "highest_kind": "risk_kind",
    "kinds": "risk_kinds",
    "last_level": "last_risk_level",
    "expecting": "expecting_company",
}
