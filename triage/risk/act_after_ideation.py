"""After suicidal words, the act told done or under way.

"ya lo hice", "me tomé las de él. todas", "i have my moms sleeping pills here
with me", "the pill bottle ... is empty": on their own these may read as
ordinary; after the resident or someone they write about spoke of ending
their life, they are the emergency (988, and 911 for the pills).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Final

from triage.risk.conversation_reading import conversation_result
from triage.risk.normalize import normalize
from triage.risk.result import RiskResult

#: What a resident who spoke of ending their life may say next, done or under way:
#: "ya lo hice", "me tomé las de él. todas", "ya escribí las cartas para mis hermanitos".
_ACT_EN: Final = re.compile(
    r"\b(?:i (?:already |just )?(?:did it|done it|took (?:them|it|all|the whole|every)|"
    r"swallowed|cut (?:myself|again|deep)|wrote (?:the |my |a |some )?(?:letters?|notes?))|"
    r"(?:took|swallowed) (?:all|the whole|every)|"
    # a count: "i took like 20"
    r"i (?:just |already )?(?:took|swallowed|ate) (?:like |about |around |maybe |almost )?\d+|"
    # "she took them. all of them"
    r"(?:she|he|they)(?: just| already)? (?:took|swallowed) (?:them|it)\W+(?:all|every)\b|"
    r"(?:the |my )?(?:letters?|notes?) (?:are|is) "
    r"(?:on|in|under)|just wanted (?:someone|somebody|you|u) to know|said (?:my )?goodbyes?|"
    # "he just said bye chat and ended the stream"
    r"this is goodbye|said (?:bye|goodbye)\b|"
    # the means made ready: "i bought rope today", "the bottle's empty"
    r"bought (?:a |some |the )?(?:rope|pills|gun|razors?|blades?)|got (?:a |the )?rope|"
    r"(?:pill )?bottle(?:'s| is) empty|counted (?:them|the pills|my pills)|"
    # out of the blister pack: "i already pushed them all out onto the desk"
    r"(?:pushed|popped|punched|pressed) (?:them|the (?:pills|tablets)|all (?:the|my) "
    r"(?:pills|tablets))(?: all)? out\b|"
    # "the pill bottle they gave him at discharge is empty on the counter"
    r"(?:pill |med |medicine )?bottle\b[^.!?]{0,50}?\b(?:(?:is|'s|was) (?:now |already |all |"
    r"completely )?)?empty|"
    r"(?:i have|i got|got) (?:all )?(?:the |my |his |her )?(?:\w+'?s )?(?:\w+ )?pills (?:here|"
    r"right here|with me|next to me|in my hand|on the table|lined up)|"
    # the thought of the means: "im on the 6th floor. been thinking ... how easy it would be"
    r"how easy it(?: would|'?d) be|"
    r"saving (?:up )?(?:my |his |her )?(?:meds|pills|medication)|(?:it'?s|its|that'?s) enough\W*$|"
    r"^\W*(?:tonight|today|right now)\W*$|"
    # "its fine. ive made up my mind, tonight"
    r"(?:i'?ve|ive|i have) made up my mind|my mind is made up|(?:i'?ve|ive|i have|i) already "
    r"decided|"
    # the words taken back, then meant: "wait nvm lol. no i do mean it"
    # (the "no" before is part of it, not a denial)
    r"(?:no\W+)?i (?:do |really |really do |fr )?mean it\b|(?:no\W+)?(?:i'?m|im) (?:not joking|"
    r"dead serious)|"
    # a farewell passed on: "he just dmed me '... bye' and turned his location off"
    r"(?:texted|dmed|dm'd|messaged|sent) me[^.!?]{0,60}\b(?:bye|goodbye)\b|"
    # "she just sent me a text that says 'im sorry mom, i love you'"
    r"(?:texted|dmed|dm'd|messaged|sent) me[^.!?]{0,40}\b(?:says?|saying)\b[^.!?]{0,15}"
    r"\b(?:i'?m|im) sorry\b|"
    # the resident's own: "thank you for everything. goodbye"
    r"(?:thanks|thank you) for everything\W+(?:bye|goodbye)\b|"
    # "i think this will be my last message. thank you for listening to me"
    r"(?:this|it)(?:'ll| will| is going to| is gonna|'s gonna) be my last (?:message|text)|"
    r"turned (?:his|her|their|my) location off|"
    # the things that keep them here given away, and out of reach: "gave away her cat", "phone
    # is off"
    r"gave (?:away )?(?:his|her|their|my) (?:dog|cat|pet|bird)(?: away)?|(?:his|her|their) phone "
    r"(?:is |'s )?(?:off|dead|going straight to voicemail)|turned (?:his|her|their) phone off|"
    # where, or the means on them: "im on the roof of my building", "i got my moms old pills in
    # the glovebox", "gonna finish this drink and go", "getting real sleepy"
    r"i'?m (?:just |up |out |sitting |standing |hanging out )*(?:on|at|up on|out on) (?:the|a) "
    r"(?:roof|rooftop|ledge|bridge|edge|tracks|platform edge)|"
    # someone else, told: "she's on the roof", "posted a pic from the roof of his building"
    r"(?:(?:she|he)(?:'s| is)|shes|hes|went up|posted[^.!?]{0,30}\bfrom) (?:on |to )?(?:the|a|his|"
    r"her) (?:roof|rooftop|ledge|bridge)\b|"
    r"(?:i have|i got|got) (?:my |his |her |the )?(?:\w+'?s )?(?:old )?(?:pills|meds|gun|knife|"
    r"rope) (?:in|on) (?:the|my) (?:glovebox|glove box|car|jacket|pocket|bag|backpack|hand|lap)|"
    r"finish (?:this|my) (?:drink|bottle|beer) and go|getting (?:real |really |rlly |rly |so "
    r"|very )?"
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
    # a count: "ya me tome como 20"
    r"me (?:tome|trague) (?:como |unas |mas de |casi )?\d+|"
    # the pills told of, taken: "ya me las tome", "se las tomo. todas. esta bien mareada"
    r"ya me (?:las|los) (?:tome|trague)\b|(?:ya )?se (?:las|los) (?:tomo|trago)\b(?:\W+todas?\b)?|"
    # "compré una soga", "tengo todas las pastillas ... aquí en la mesa, ya las conté"
    r"compre (?:una |la )?(?:soga|cuerda|pastillas)|(?:ya )?las conte\b|"
    # "ya saqué todas las pastillas del paquete"
    r"(?:ya )?(?:saque|sacamos) (?:todas )?las (?:pastillas|pildoras)|"
    r"ya (?:las|los) saque (?:todas|todos)|"
    r"(?:el )?frasco (?:esta |ya esta )?vacio|frasco\b[^.!?]{0,50}?\b(?:(?:esta|quedo) (?:ya )?)?"
    r"vacio|(?:tengo|tiene) (?:todas )?las pastillas"
    r"[^.!?]{0,40}(?:aqui|en la mano|en la mesa)|"
    # "tengo aqui en la mano las pastillas q me dieron pa la espalda", "lo facil que seria"
    r"tengo (?:aqui )?(?:en la mano|aqui|conmigo) (?:las|unas|mis|todas las) (?:pastillas|"
    r"pildoras|medicinas)|lo facil que (?:seria|es)|que facil seria|me mando[^.!?]{0,40}despedida|"
    # "acaba de mandarme un mensaje que dice perdoname hija, cuida a los niños"
    r"(?:mandarme|me mando|me escribio|me texteo)[^.!?]{0,40}\bque dice\b[^.!?]{0,15}"
    r"\b(?:perdoname|perdon|lo siento|cuida (?:a|de))\b|"
    # the resident's own: "gracias por todo, adios"; "ya tome la decision. es esta noche"
    r"gracias por todo\W+adios\b|(?:este|esto|esta) (?:va a ser|sera|es) mi ultimo mensaje|"
    r"(?<!no )lo digo (?:en serio|de verdad)|no (?:es|era) (?:ninguna )?"
    r"broma|no estoy (?:bromeando|jugando)|ya (?:tome|hice) la decision(?=\W*$|\s*[.,!])|"
    r"apago (?:su )?ubicacion|"
    # "le regalo el perro y ahora tiene el cel apagado"
    r"regalo (?:el|su|a su|al) (?:perro|perrito|gato|gatito|mascota|pajaro)|(?:tiene|tenia) el "
    r"(?:cel|celular|telefono) apagado|(?:el |su )?(?:cel|celular|telefono) (?:esta )?apagado|"
    r"guardando (?:mis |las )?(?:pastillas|medicinas)|ya (?:son|tengo) "
    r"suficientes|^\W*(?:esta noche|hoy|ahorita)\W*$|"
    r"estoy en (?:el|la) (?:techo|azotea|puente|orilla del anden|orilla)|"
    # someone else, told: "ya subio al techo", "subir una foto desde el techo de su edificio"
    r"(?:(?:ya )?(?:se )?subio|esta) (?:al|a la|en el|en la) (?:techo|azotea|puente)|"
    r"foto desde (?:el|la) (?:techo|azotea|puente)|tengo (?:las )?pastillas "
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


#: The act told is pills or drugs taken: an overdose, and the reply says 911 (the guide:
#: an overdose from a self-harm attempt routes to 911).
_SWALLOWED: Final = re.compile(
    r"\b(?:took|taken|swallowed|ate|tome|trague|tomo|trago|tomado|tragado)\b"
    # (not a decision taken: "ya tome la decision. es esta noche")
    r"(?! (?:la|una|the|a|my) (?:decision|decisión))"
)


def act_after_ideation(text: str, earlier_kinds: Collection[str]) -> RiskResult | None:
    """An imminent result when, after suicidal words earlier in the conversation,
    ``text`` says the act is done or under way: self-harm, or an overdose where what
    was taken is told."""
    if not {"self_harm", "overdose"} & set(earlier_kinds):
        # the learned layers name suicidal words "overdose" at times
        return None
    normal = normalize(text)
    for language, pattern in (("es", _ACT_ES), ("en", _ACT_EN)):
        for m in pattern.finditer(normal):
            clause = re.split(r"\b(?:but|pero)\b", normal[: m.start()])[-1]
            if not _ACT_DENIED.search(clause):
                return conversation_result(
                    "overdose" if _SWALLOWED.search(m.group()) else "self_harm",
                    language,
                    "act_after_ideation",
                    "after suicidal words earlier, says the act is done or under way",
                )
    return None
