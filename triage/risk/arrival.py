"""The person the resident fears, arriving.

After a threat, a violent partner or a weapon was reported, "he's outside my
door", "ya llegó" or "la fue a buscar" is that threat with the person
present: imminent. Without that history the same words are ordinary ("the
plumber is here"); with someone expected or help arriving, they are too.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Final

from triage.risk.company import expected_company, without_helper_arriving
from triage.risk.conversation_reading import conversation_result, language_of
from triage.risk.normalize import normalize
from triage.risk.over import OVER, help_took_over
from triage.risk.result import RiskResult

#: Kinds where the person reported is a danger in person.
ARRIVAL_KINDS: Final = frozenset({"domestic_violence", "threat", "violence", "weapon"})

_ARRIVED_EN: Final = re.compile(
    r"\b(?:he|she|they|my ex|him|her ex|the guy|that guy|hes|shes|theyre)(?:'s| is| are|'re)? "
    r"(?:just |now |all )?(?:back|here|outside|downstairs|upstairs|at (?:my|the|our) (?:door|"
    r"window|building|job|work|car|entrance|front door|gate)|in the "
    r"(?:lobby|hallway|hall|building|stairwell)|banging|knocking|kicking the door|trying to get in|"
    r"coming up|came back|showed up|pulled up|on (?:his|her|their) way|"
    r"(?:coming|heading) (?:to|for|toward|towards) (?:my|our|the) (?:room|bedroom|door)|"
    # "hes coming right at us", "he's heading back this way"
    r"(?:coming|heading|walking|running) (?:back )?(?:right |straight |directly )?(?:at|for|"
    r"toward|towards) (?:us|me)\b|(?:coming|heading|walking) (?:back )?(?:this|our|my) way|"
    r"still (?:here|there|"
    r"outside|out there|at the door|banging|kicking|knocking|yelling|trying)|"
    # the weapon told of before, drawn now: "hes got it out now"
    r"(?:got|pulled|took|whipped|has|have) (?:it|them|the \w+|his \w+|her \w+) out|"
    # "he just grabbed it and went out to the garage"
    r"(?:grabbed|grabbing|picked up|took) (?:it|the gun|the pistol|the rifle|the knife|his gun|"
    r"his pistol|his rifle|his knife)\b|"
    # fetching it: "he just went to the closet to get it"
    r"(?:went|gone|going|ran|goes) (?:\w+ ){0,4}to (?:get|grab) (?:it|the gun|the pistol|the "
    r"rifle|the knife|his gun|his pistol|his rifle|his knife)\b|"
    # "he's got it now" after a knife told of; "ok he just picked one up" after a threat to cut
    r"(?:got|has|have) (?:it|one|the \w+|his \w+|her \w+) (?:now|right now|in (?:his|her|their) "
    r"hands?)\b|(?:picked|picking) (?:it|one|a knife|a bat|a pipe|a bottle) up\b|"
    r"(?:grabbed|grabbing) (?:one|a knife|a bat|a pipe|a bottle|a hammer|a machete)\b|"
    r"(?:pulled|pulling|took|taking|got|getting) (?:out )?(?:a|his|her) (?:bat|knife|pipe|machete|"
    r"hammer|crowbar)\b|"
    r"(?:holding|waving|pointing) it|just (?:came|got) (?:in|home|back|here)|just arrived|"
    # those looking for someone have him: "they found him" after men out to beat him
    r"(?:found|caught up (?:with|to)) (?:him|her|me|us|them)|"
    r"(?:just )?walked (?:in|into|up)\b|"
    r"came (?:in|home) (?:wasted|drunk|high|messed up))\b|"
    # a hand kept where a weapon would be: "his hand has been in his jacket the whole time"
    r"\b(?:his|her|their) hands? (?:has been |have been |is |are |stays |keeps? )?(?:\w+ )?"
    r"(?:in|inside|under) (?:his|her|their) (?:jacket|coat|hoodie|pocket|waistband|shirt)\b|"
    r"\bi (?:can )?hear (?:his|her|their) keys\b|"
    # heard coming: "i hear him on the stairs"
    r"\bi (?:can )?hear (?:him|her|them) (?:on the (?:stairs|steps|landing)|in the (?:hall|"
    r"hallway|stairwell|lobby)|at the door|outside (?:the|my) door|coming (?:up|in|down)|"
    r"downstairs)\b|"
    # the resident at the door of the one they are angry at: "i'm parked outside their building"
    r"\b(?:i'?m|im|i am) (?:\w+ )?(?:outside|in front of|across from|across the street from) "
    r"(?:their|his|her) (?:building|house|apartment|apt|place|job|door|work)\b|"
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
    # down the stairs toward the resident: "ya viene bajando"
    r"(?:viene|vienen|esta|estan) bajando|estan abajo|(?:son )?los mismos(?=\W*$|\s*[.,!])|"
    # "tocando todos los timbres preguntando por él"
    r"tocando (?:todos )?los timbres|tocando el timbre(?: sin parar)?|"
    # texting forms of "está": "ta aqui abajo"
    r"(?:ta|tan) (?:aqui|aca|afuera|abajo|en la puerta)|"
    # "viene para mi cuarto"
    r"(?:viene|vienen|va|van) (?:para|pa|hacia|a) (?:mi|el|la|nuestro|nuestra) (?:cuarto|"
    r"habitacion|puerta|apartamento|apto|bano)|"
    # "está volviendo, viene directo hacia nosotros"
    r"(?:esta|estan) (?:volviendo|regresando)|(?:viene|vienen) (?:directo |derecho |corriendo )?"
    r"(?:hacia|pa|para) (?:nosotros|nosotras|mi)\b|"
    r"acaban? de (?:llegar|entrar|aparecer)|"
    # "vino con la mano metida en la chaqueta"
    r"(?:con )?la mano (?:metida )?(?:en|dentro de) (?:la|el|su) (?:chaqueta|bolsillo|cintura|"
    r"abrigo|sudadera|chamarra)|"
    # keys at the door: "ya oigo sus llaves en la cerradura"
    r"(?:oigo|escucho|se oyen|se escuchan) (?:sus|las) llaves|"
    # "viene pal cuarto con esa cara"
    r"(?:viene|vienen|va|van) (?:pal|pa'l|pa el) (?:cuarto|bano|apartamento|apto)|"
    # "me vio y viene pa donde mi"; "la oigo en la escalera"
    r"(?:viene|vienen|va|van) (?:pa|para|hacia) donde (?:mi|yo|nosotros|estoy|estamos)|"
    r"(?:lo|la|los) (?:oigo|escucho) (?:en la escalera|en el pasillo|subiendo|bajando|en la "
    r"puerta|afuera de la puerta)|"
    # the resident at the door of the one they are angry at: "estoy parado enfrente de su
    # edificio"
    r"(?:estoy|toy) (?:\w+ )?(?:enfrente|afuera|frente|al frente|en frente|abajo) (?:de|a) su "
    r"(?:edificio|casa|trabajo|apartamento|apto|puerta|building)|"
    # those looking for someone have him: "ya lo encontraron" after men out to beat him
    r"(?:lo|la|los|las|me|nos) (?:encontraron|encontro|alcanzaron|alcanzo)|"
    # "ya bajó y viene bravo"
    r"ya (?:bajo|subio|entro)|viene (?:bravo|enojado|furioso|borracho|drogado)|"
    # "se subió al bus", "está sentado atrás de mí", "ese es su carro, el gris"
    r"se subio (?:al|a el) (?:bus|tren|vagon|carro)|(?:esta|estan) sentad[oa]s? (?:atras|detras|"
    r"al lado) (?:de mi|mio)|(?:ese|este|ahi) (?:es|esta) su (?:carro|camioneta|troca)|"
    r"(?:sigue|siguen|todavia esta|todavia estan) (?:ahi|alli|aqui|aca|afuera|en la puerta|"
    r"pateando|golpeando|tocando|gritando)|"
    # "la sacó", "la tiene en la mano", "es él. lo veo por el ojito, vino con otros dos"
    # (not the child pulled out of the water: "ya lo sacaron y esta tosiendo")
    r"(?:la|lo|las|los) (?:saco|sacaron|esta sacando)(?![^.!?]{0,30}\b(?:tosiendo|respirando|"
    r"llorando|bien|del agua|de la piscina|de ahi)\b)|(?:la|lo) (?:tiene|tienen|trae|traen) en la "
    r"mano|"
    # the gun told of, fetched or held now: "la fue a buscar", "ya la tiene"
    r"(?:la|lo) (?:fue|fueron) a (?:buscar|sacar|agarrar)|fue a (?:buscarla|buscarlo|sacarla)|"
    # a weapon taken up in the fight told of: "el vecino saco un bate de su carro"
    r"(?:saco|sacaron|agarro|agarraron|cogio|esta sacando) (?:un|una|el|la|su) (?:bate|palo|tubo|"
    r"machete|cuchillo|navaja|fierro|martillo|pistola|arma)\b|"
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
    r"if|in case|por si|when|cuando|cada vez|every ?time|whenever|"
    # asleep beside the resident: "él está aquí al lado dormido, no sabe que les escribo" (not
    # "he was sleeping, now he's up")
    r"(?:esta|is|'s|hes|shes) (?:\w+ ){0,3}(?:dormid[oa]|asleep|sleeping|durmiendo)|"
    r"no (?:ha|han|esta|estan|llego|llegaron|vino|viene|volvio|"
    r"regreso)|si (?:vuelve|viene|llega|regresa|aparece|vuelven|vienen|llegan))\b"
)


#: Who they are, not when they came: "los mismos de anoche", "the same guys from last night".
_SAME_ONES_AS_BEFORE: Final = re.compile(
    r"\b(?:(?:el|la|los|las) mism[oa]s?|the same (?:\w+ )?(?:guys?|men|man|dudes?|ones?|people)) "
    r"(?:de|del|que|from|as) (?:anoche|ayer|last night|yesterday|the other (?:day|night))\b"
)
#: Hiding from someone: "estoy debajo de la cama con las luces apagadas".
_HIDING_EN: Final = re.compile(
    r"\b(?:hiding|hid|i'?m under the bed|we'?re under the bed|locked (?:myself|ourselves|us) in|"
    r"(?:lights|phone) (?:are |is )?(?:off|on silent)|being (?:really )?quiet|"
    r"pretending (?:i'?m|we'?re|to be) (?:not home|asleep)|"
    # taking cover: "im behind a tree with the dog", "we're on the floor"
    r"(?:i'?m|im|i am|we'?re|were|we are) (?:\w+ )?(?:behind|under|underneath) (?:a|the|some|"
    r"this|that) \w+|(?:ducking|ducked|crouching|crouched|taking cover|took cover)|"
    r"(?:i'?m|im|we'?re|were) (?:laying |lying )?(?:on the (?:floor|ground))(?=\W*$|\s*[.,!])|"
    r"hit the (?:floor|ground|deck))\b"
)
_HIDING_ES: Final = re.compile(
    r"\b(?:escondid[oa]s?|me escondi|nos escondimos|debajo de la cama|bajo la cama|"
    r"(?:me|nos) encerr\w+|con las luces apagadas|sin hacer ruido|en silencio|"
    # "los nenes estan conmigo encerrados en el cuarto"
    r"(?:conmigo|estamos|estoy) (?:\w+ )?encerrad[oa]s?|"
    r"(?:estoy|estamos) (?:\w+ )?(?:detras de|debajo de|atras de) (?:un|una|el|la) \w+|"
    r"(?:me|nos) (?:tire|tiramos) al (?:piso|suelo)|agachad[oa]s?)\b"
)


#: Hiding told of another time: "I hid in the closet last night", "cuando viene me escondo".
_ANOTHER_TIME: Final = re.compile(
    r"\b(?:yesterday|last (?:night|week|time)|ayer|anoche|when|cuando|if|used to|solia|always|"
    r"siempre|la otra vez|the other (?:day|night))\b"
)


#: The one feared held back by others, already here: "my father in law is holding him back".
_HELD_BACK: Final = re.compile(
    r"\b(?:holding|held|hold|holds|pulling|pulled|keeping|kept) (?:him|her|them) back\b|"
    r"\b(?:lo|la|los) (?:estan|esta|tienen|tiene) (?:aguantando|agarrando|sujetando)\b"
)


def _arrived(text: str) -> str | None:
    """The language of a report that the feared person is here now (or that the
    resident is hiding from them), or None."""
    normal = _HELD_BACK.sub(" ", normalize(text))
    if (
        not normal
        or OVER.search(normal)
        or expected_company(normal, someone_feared=True)
        or help_took_over(normal)
    ):
        # "ya llegaron los policías", "my friend is picking me up, she's outside",
        # "they're here, se lo llevaron afuera"
        return None
    hiding = language_of(normal, _HIDING_ES, _HIDING_EN)
    if hiding and not _ANOTHER_TIME.search(normal):
        return hiding
    if _NOT_ARRIVED.search(_SAME_ONES_AS_BEFORE.sub(" ", normal)):
        return None
    # the super or the police arriving is not the one feared; anyone else told beside them is
    return language_of(without_helper_arriving(normal), _ARRIVED_ES, _ARRIVED_EN)


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
    return conversation_result(
        kind,
        language,
        "arrived_after_threat",
        f"the person behind an earlier {kind} risk is here now",
    )
