"""Words that say a danger is over, or in the hands of the help that came.

Read by every part of the conversation reading: a yes that says "yeah he
left" is no yes, an arrival of "the cops are here" is not the one feared,
and an emergency that ended is no new one.
"""

from __future__ import annotations

import re
from typing import Final

#: Out of it: "we're out, on the sidewalk", "ya estamos en la calle", "estamos a salvo".
OUT_OF_IT: Final = (
    r"we'?re (?:all )?out|we got out|(?:ya )?(?:estamos|salimos) (?:en la calle|afuera|fuera)|"
    r"ya salimos|(?:estoy|estamos) a salvo|everyone'?s out|everybody'?s out|"
    # "everyone out, trucks coming"
    r"^\W*(?:everyone|everybody|todos|todo el mundo) (?:is |are )?(?:out|afuera|fuera)\b|"
    r"me pude (?:salir|escapar)|i got away|"
    # "we out, on the sidewalk"
    r"we (?:all )?out(?=\W*$|\s*[,.!]| on the| in the| of the (?:building|apartment|house))"
)
#: "yeah he left", "si pero ya estoy bien": the message says the danger is over.
OVER: Final = re.compile(
    # (not what was left somewhere: "she left her epipen in her other bag")
    r"\b(?:left(?! (?:it|them|her|his|my|their|our|your)\b)|went away|took off|calmed down|"
    # (not a body's state: "hes gone all limp", "she's gone pale")
    r"gone(?! (?:all |really |so |completely |kinda )?(?:limp|floppy|pale|blue|grey|gray|white|"
    r"cold|stiff|unconscious|unresponsive)\b)|"
    r"i'?m (?:safe|ok|okay|fine)|"
    r"we'?re (?:safe|ok|okay|fine)|se fue|se fueron|se marcho|se calmo|"
    # "manager took it from him and kicked him out, we good"
    r"we(?:'re| are)? (?:all )?good(?=\W*$|\s*[.,!])|"
    # "he said he ok, solo el brazo"
    r"(?:he|she|they) (?:said|says) (?:(?:he|she|they)(?:'s| is| are|'re)?|hes|shes|theyre) "
    r"(?:ok|okay|fine|good|alright)\b(?![^.!?]*\b(?:but|pero|aunque|though)\b)|"
    # "shes home now and says she feels fine"
    r"(?:says|said) (?:she|he|they) (?:feels|feel|felt|is feeling|'s feeling) (?:fine|ok|okay|"
    r"better|good)\b(?![^.!?]*\b(?:but|pero|aunque|though)\b)|"
    r"(?:estoy|estamos) (?:bien|a salvo|segur[oa]s?)|"
    rf"{OUT_OF_IT}|"
    # brought down from the height: "el super los bajo", "they got him down off the ledge"
    r"(?:lo|la|los|las) (?:bajo|bajaron)(?! (?:a|de|con) (?:golpes|patadas|la escalera))|"
    r"got (?:him|her|them) (?:down|off the (?:roof|ledge|edge))|"
    # put out by someone in charge: "mi jefe lo sacó y llamó a la policia", "the bouncer threw
    # him out" (only with who did it: "lo sacó" alone is a weapon drawn)
    r"(?:security|guards?|bouncers?|manager|boss|owner|staff|super|driver|conductor|seguridad|"
    r"guardias?|jef[ea]|gerente|encargad[oa]|duen[oa]|chofer)\b[^.!?]{0,20}?\b(?:(?:kicked|threw|"
    r"walked|escorted|put|got|took) (?:him|her|them) out\b(?! (?:the|a|of the|of a) window)|"
    r"(?:lo|la|los|las) (?:saco|sacaron|boto|botaron|echo|echaron)\b)"
    # ... now, not told of before the one put out came back: "the super kicked him out last
    # month and now he's back"
    r"(?![^.!?]{0,40}\b(?:last|yesterday|ago|before|now|back|ayer|anoche|pasad[oa]|hace|antes|"
    r"ahora|volvio|regreso)\b)|"
    # taken away under arrest, now: "they brought the grandson down in cuffs", "se lo llevaron
    # esposado" (not an arrest told of: "he was arrested last year, now he's at my door")
    r"(?:took|taking|walked|walking|brought|bringing|led|leading|have|got) (?:him|her|them|the "
    r"\w+)(?: \w+){0,2} in (?:hand)?cuffs|(?:lo|la|los|las) (?:llevaron|sacaron|bajaron|tienen) "
    r"esposad[oa]s?|(?:they|cops|police|the police|the cops) (?:just )?arrested (?:him|her|them)|"
    r"ya (?:lo|la|los|las) arrestaron|"
    # "no no im not gonna do anything, just exhausted"
    r"(?:i'?m )?not (?:gonna|going to) do anything|i won'?t do anything|no voy a hacer nada)\b"
)
#: Words that turn from what came before: "no. pero ya escribí las cartas", "the cops are
#: downstairs but he's still kicking the door".
GOES_ON: Final = re.compile(
    r"\b(?:but|pero|aunque|though|except|sino|still|todavia|sigue|siguen)\b"
    # (not the end told: "kids are shaken but ok", "asustados pero bien")
    r"(?! (?:(?:they'?re|we'?re|i'?m|he'?s|she'?s|everyone'?s|all|esta|estan|estamos|todos|todas)"
    r" )?(?:ok|okay|fine|safe|alright|unhurt|bien|a salvo)(?=\W*$|\s*[.,!]))"
)


#: The help a call to 911 sends, by name: read here for help that took over, and in
#: ``company`` for help that arrived ("ya llegaron las patrullas", "EMS just got here").
RESPONDERS: Final = (
    r"(?:ems|emts?|paramedics?|paramedicos?|ambulances?|ambulancias?|police|cops|policias?|nypd|"
    r"officers?|patrullas?|bomberos|firefighters|firem[ae]n|fire (?:department|dept)|fdny)"
)

#: Help has come and taken over: "EMS took him. thank you", "security ya los separó".
_HELP_TOOK_OVER: Final = re.compile(
    rf"\b(?:{RESPONDERS}|911|oficiales|agentes|patrol car|squad car|security|seguridad|guard|"
    r"guardia|nurse|enfermer[oa]|teacher|maestra|maestro|fd|fire ?trucks?|fire engines?|"
    r"camion(?:es)? "
    r"de bomberos)\b[^.!?]{0,40}\b(?:here|aqui|took|se (?:lo|la|"
    r"los) llevaron|separ\w+|pulled up|pulling up|downstairs|outside|abajo|afuera|came up|got on|"
    # onto the train the resident is on: "train stopped at 96, cops are getting on now"
    r"(?:are |is |'re )?getting on|boarding|se subi(?:o|eron)|"
    # "The firemen came comma everybody on my floor is outside" (dictated punctuation)
    r"(?:just )?came(?! back| for| after| at| to)|arrived|llego|llegaron|llegando|walking me|"
    r"me dejo entrar|me dejo quedarme|(?:let|lets) me (?:stay|wait)|is with|esta con|got him|"
    r"got her|(?:has|have) (?:him|her|them)|(?:lo|la|los|las) tienen?|"
    # "ems just got there they're taking her to columbia", "el policia esta hablando con el papa"
    r"(?:just )?got there|(?:is|are|'s|'re) taking (?:him|her|them)|(?:esta|estan) (?:hablando|"
    r"platicando) con|(?:(?:is|are|'s|'re) )?talking (?:to|with)|pulled (?:him|her|them) out|"
    r"(?:just )?walked in|(?:just )?came in|broke (?:it|them) up|(?:is |are )?checking (?:on )?"
    r"(?:him|her|them|mr|mrs|ms|the)\b|"
    # "ambulance is there now thank you"
    r"(?:is|are|'s|'re) there(?: now| already)?(?=\W*$|\s*[.,!]| now| thank| with)|"
    # the copula dropped, never asked: "con la gas company y fire dept there"
    r"there(?=\s*$|\s*[.,!]| now| thank))\b|"
    # what they do, said of them: "the cops broke the chain", "EMS is giving him oxygen" (not
    # "police are coming, he broke the door", "cops on the way, i'm giving him cpr")
    rf"\b{RESPONDERS} (?:just |finally )?(?:broke (?:down |open )?(?:the|his|her|their) (?:door|"
    r"chain|lock)|walked (?:him|her|them) (?:out|down|downstairs|outside|away)|(?:are |is )?"
    r"giving (?:him|her|them) (?:narcan|naloxone|oxygen|cpr|compressions))\b|"
    r"\bse (?:lo|la|los) llevaron\b|\bya esta respirando\b|\bis breathing again\b|"
    # verb first: "ya vinieron, ya esta la ambulancia y todo", "ya llegaron las patrullas",
    # "llegaron los de EMS"
    r"\b(?:ya (?:esta|estan|llego|llegaron|vino|vinieron)|(?<!no )(?:llego|llegaron|vino|"
    rf"vinieron)) (?:aqui )?(?:la |el |los |las |unas? )?(?:de (?:la |el )?)?{RESPONDERS}\b"
)


def help_took_over(normal: str) -> bool:
    """Help has come and taken over, and nothing after says the danger goes on
    ("the cops are downstairs but he's still kicking the door")."""
    found = _HELP_TOOK_OVER.search(normal)
    return found is not None and not GOES_ON.search(normal[found.end() :])
