"""Context around a pattern match: negation, figurative idioms, the past,
habits, hypotheticals, humour and markers of the present.

Each check reads the sentence (or, for negation, the clause) that holds the
match, never the whole message: "no one is hurt. he has a gun" must keep the
gun. The word lists are English and Spanish together, since residents mix them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Final

_SENTENCE_END: Final = re.compile(r"[.!?;\n]+|\s-\s")
_CLAUSE_END: Final = re.compile(
    r"[.!?;,:\n]+|\s-\s|\b(?:but|and|though|although|because|cause|so|then|pero|y|aunque|porque|"
    r"pues)\b"
)
_TOKEN: Final = re.compile(r"[\w']+")

_NEGATORS: Final = frozenset(
    [
        "no",
        "not",
        "never",
        "nobody",
        "nobody's",
        "nobodys",
        "noones",
        "noone's",
        "nothing's",
        "none",
        "nothing",
        "neither",
        "nor",
        "without",
        "noone",
        "nadie",
        "nunca",
        "ni",
        "sin",
        "tampoco",
        "nada",
        "ningun",
        "ninguna",
        "ninguno",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "don't",
        "doesn't",
        "didn't",
        "won't",
        "can't",
        "cannot",
        "hasn't",
        "haven't",
        "hadn't",
        "ain't",
        "shouldn't",
        "wouldn't",
        "couldn't",
    ]
)
# "No one" and "no hay" are two tokens; both start with a negator, so the set covers them.

_UNCERTAIN: Final = re.compile(
    r"\b(?:(?:don't|do not|doesn't|not) (?:know|sure|think)(?: if| whether)?|maybe|might|may|"
    r"possibly|"
    r"could be|i think|lowkey|low key|kinda|kind of|sort of|no se si|no estoy segur[oa]|tal vez|"
    r"quizas|creo que)\b"
)

_PAST: Final = re.compile(
    # every alternative starts at a word: "as a kid" is not inside "has a kid"
    r"(?<!\w)(?:"
    r"\b(?:(?:\d+|a few|few|a couple(?: of)?|many|several|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|some) )?(?:years?|yrs?|summers?|"
    r"winters?) (?:ago|back)\b|"
    r"a year ago|in the (?:19|20)\d0s|in my (?:teens|twenties|thirties|forties|fifties|\d0s)|"
    r"when i was (?:using|drinking|on (?:drugs|the street))|"
    r"last (?:summer|winter|spring|fall|christmas|halloween|"
    r"thanksgiving|new year'?s?|4th of july|fourth of july|july 4th)|"
    r"back in (?:like |around |about )?(?:19|20)\d\d|"
    r"back in (?:high school|middle school|junior high|college|the day)|"
    r"as (?:a|an) (?:baby|infant|toddler|little kid|little girl|little boy)|"
    r"last year|"
    r"(?:a )?long time ago|(?<!\bnot )long ago|years back|back in (?:19|20)\d\d|"
    r"in (?:19|20)\d\d|(?:during|since|after) the (?:19|20)\d\d\b|as a (?:kid|child|"
    r"teen|teenager)|"
    r"when i was (?:a kid|a child|young|little|younger|a teen|in (?:school|high school|college)|"
    r"\d{1,2}\b|in my (?:teens|twenties|thirties|\d0s))|(?:back )?at (?:age )?\d{1,2} i\b"
    # ... not the age the resident is now: "at 84 I'd rather not wake up tomorrow"
    r"(?!'d|'m|'ll| am\b| would\b| want| feel| just| still| can'?t| don'?t| need)|"
    r"cuando (?:yo )?tenia \d{1,2}\b|"
    r"cuando (?:yo )?viv(?:ia|iamos) en|(?:back )?when (?:i|we) (?:lived|were living|was living) "
    r"in|when (?:he|she|they) (?:was|were) (?:young|little|a kid|a child|a baby|a teen|"
    r"a teenager|in (?:school|high school|college))|"
    r"(?:\d+|a few|few|many|several|two|three|four|five|six|a couple(?: of)?) months ago|used to|"
    r"in the past|"
    # a school year: "in 8th grade i went through a really dark time"
    # (the resident's own, not a child's grade now: "kid in 3rd grade ... always has bruises")
    r"in (?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|eleventh|twelfth) grade,? (?:i|we)\b|en (?:\d+|primero|segundo|tercero|cuarto|"
    r"quinto|sexto) (?:grado|de (?:primaria|secundaria|prepa)),? (?:yo )?(?:tenia|pensaba|"
    r"queria|me cortaba)\b|"
    # "antes tenía pensamientos suicidas": "antes" with the imperfect
    r"antes (?:yo )?(?:tenia|pensaba|queria|me cortaba|tomaba|usaba|bebia)\b|"
    # not a duration with the present: "vive solo hace años", "vive aqui hace años"
    r"(?<!desde )(?<!solo )(?<!sola )(?<!aqui )(?<!aca )(?<!ahi )(?<!alli )(?<!vive )(?<!vivo )"
    r"hace (?:como |unos |mas de |casi )?(?:\d+ |unos |muchos |varios |dos |tres |"
    r"cuatro |cinco |"
    r"seis |siete |ocho |nueve |diez |once |doce |quince |veinte |treinta |cuarenta |un )?(?:anos|"
    r"ano|"
    r"mucho tiempo|tiempo|meses)(?! que)|en los (?:anos )?(?:\d0|[5-9]0s?)|in the (?:[5-9]0s|\d0s)|"
    r"el ano pasado|en (?:el )?(?:ano )?(?:19|20)\d\d\b|"
    # a year in two digits: "en el 98 le dieron un tiro", "back in '98"
    r"en el '?[6-9]\d\b(?! (?:de la|del|piso|floor|calle|street|st|th|ave?|avenida|bus|tren))|"
    r"(?:back )?in '(?:[0-1]\d|2[0-3]|[3-9]\d)\b|"
    r"(?:from|del?) (?:(?:the )?year )?(?:19|20)\d\d\b(?! (?:to|until|till|through|hasta|a) "
    r"(?:now|today|the present|hoy|ahora))|"
    r"(?:el|la) (?:verano|invierno|otono|primavera|navidad) pasad[oa]|back then|"
    # sober since: "llevo 8 años limpio desde que casi me muero de una sobredosis"
    r"(?:llevo|tengo|lleva|tiene) (?:\w+ ){0,2}(?:anos|ano|meses) (?:limpi[oa]|sobri[oa]|sin "
    r"(?:usar|consumir|tomar|drogas))|"
    # ... not the clean time a relapse ended: "relapsed after 8 months clean"
    r"(?<!after )(?<!for )(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many) "
    r"(?:years?|months?) (?:clean|sober)|"
    # a time named before: "twelve years ago ... I overdosed three times that year"
    r"that year|those years|ese ano|esos anos|en ese entonces|en esa epoca|"
    r"(?:that|this|it) (?:was|happened) (?:in |back in )?(?:19|20)\d\d\b|"
    r"(?:back in|in|en) (?:early |late |principios de |finales de )?(?:january|february|march|"
    r"april|may|june|july|august|september|october|november|december|enero|febrero|marzo|abril|mayo|junio|"
    r"julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)(?: of| del?)? (?:19|20)\d\d\b|"
    r"cuando (?:yo )?(?:era|eran|tenia) (?:nino|nina|joven|chic[oa]|adolescente|bebe|chiquit[oa]|"
    r"pequen[oa]|nen[ea])|when (?:he|she|they|my \w+) (?:was|were) (?:a baby|babies|a toddler|"
    r"little|a little kid|a kid|younger|small|an infant)|de (?:nin[oa]|joven|chamac[oa]|"
    r"adolescente|pequen[oa])\b"
    r")"
)
_STILL: Final = re.compile(
    # "married again" is a new life, not the danger back
    r"\b(?:(?<!married )(?<!casad[oa] )(?:again|otra vez|de nuevo)|still|these days|lately|"
    r"todavia|(?:is|are|came|come|coming) "
    r"back|ha vuelto|han vuelto|he vuelto a|volvi a|volvio|volvieron|(?:estan|esta) volviendo|"
    r"me vuelven|(?:me )?(?:han|ha) regresado|"
    # "lleva tres días sin dormir metiéndose de todo": it has gone on for days
    r"llevan? (?:\w+ ){0,2}(?:dias|semanas|noches)|(?:for|in) the (?:last|past) (?:\w+ )?(?:days|"
    r"weeks|nights)|"
    # "he used to beat me and he keeps showing up": what keeps happening is now
    r"keeps? (?:on )?(?:showing up|coming (?:back|around|by|over)|calling|texting|messaging|"
    r"following|waiting|hanging around|threatening|harassing|stalking|sending)|"
    r"sigue (?:apareciendo|viniendo|llamando|escribiendo|mandando|siguiendo|esperando|amenazando|"
    r"acosando|buscando)|"
    r"now (?:he|she|they) (?:texts|calls|messages|shows up|comes by|follows|waits)|(?:texts|calls|"
    r"messages|dms) me every day|"
    # a present tense with "hace años" is "for years", not "years ago": "usa heroína hace años"
    r"(?:usa|usan|consume|consumen|toma|toman|bebe|fuma|se inyecta|se droga|se mete|inhala|"
    r"pega|golpea|maltrata|amenaza|controla)\b[^.!?]{0,30}\bhace (?:\w+ )?anos)\b"
)
_RECENT_PAST: Final = re.compile(
    # "since last night", "desde anoche": it started then and has not stopped
    r"(?<!since )(?<!desde )\b(?:last (?:night|week|weekend|month|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)|"
    r"yesterday|the other day|(?:a few|few|two|three|four|five|couple of|couple|\d+) (?:days|weeks|"
    r"nights) ago|"
    r"earlier (?:today|this week)|this past (?:week|weekend)|over the weekend|"
    r"(?:on|last|this past) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(?:was|happened|fue|paso) (?:on |el )?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo)|"
    r"(?:el|este|el pasado) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) pasado|"
    # a month named after what happened: "since his girlfriend overdosed in March"
    r"(?<=ed )(?:back )?in (?:january|february|march|april|june|july|august|september|october|"
    r"november|december)(?! \d)|"
    r"anoche|ayer|la semana pasada|el mes pasado|el otro dia|hace (?:unos |dos |tres )?(?:dias|"
    r"semanas))\b"
)
_HABITUAL: Final = re.compile(
    r"\b(?:every (?:day|night|weekend|week|time|morning|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"(?: night)?|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b)|all the time|"
    # not what someone was to the writer: "you were always the good one"
    # nor a farewell: "this is it, love you always"
    r"(?<!love you )(?<!love u )always(?! the\b| been\b| (?:a|my|so) (?:good|great|kind|sweet)\b)|"
    r"constantly|usually|"
    r"(?<!every so )often|"
    r"sometimes|whenever|when (?:he|she|they)(?:'s| is| are|'re| gets?)? (?:drinks?|drunk|high|"
    r"mad|angry|jealous|upset|pissed)|"
    r"every \w+ this month|almost every|\d+ (?:nights|days|weeks|times) (?:now|in a row|"
    r"straight)|this is the (?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))(?: one| time| note|"
    r" letter)?|keeps? following|keeps? (?:getting|being) \w+|"
    # "the kids in 6F keep going up on the roof at nite"
    r"keeps? (?:going|climbing|sneaking|running|wandering) (?:up |out )?(?:on|onto|into|to) "
    r"(?:the|a|that|his|her|their)\b|"
    r"(?:started|starts|start) "
    r"(?:carrying|keeping|bringing)|carr(?:y|ies|ying) (?:a |his |her |the )?\w+ everywhere|"
    r"(?:twice|two times|three times|\d+ times|a few times|"
    r"several times|a couple (?:of )?times) (?:this|last|a|per|in the|in a) (?:week|month|year)|"
    r"(?:dos|tres|varias|\d+) veces (?:este|esta|el|la|al|por) (?:mes|semana|ano)|"
    # "ya se ha atragantado varias veces con el pan"
    r"(?:se )?(?:ha|han) \w+ (?:varias|muchas|dos|tres|\d+) veces|"
    r"(?:has|have) \w+ (?:several|many|a few|a couple of|two|three|\d+) times|"
    # "ya van tres noches"
    r"ya van (?:dos|tres|cuatro|cinco|varias|\d+) (?:noches|dias|veces|semanas)|"
    r"(?:has|have|'s|'ve) been (?:carrying|keeping|hiding|"
    r"bringing|"
    r"selling|using|taking|hitting|beating|abusing|cutting|threatening|drinking|fighting|choking|"
    r"strangling|slapping|punching|kicking|shoving|pushing)|"
    r"todos los (?:dias|fines de semana|lunes|martes|miercoles|jueves|viernes|sabados|domingos)|"
    r"cada (?:dia|noche|vez|viernes|sabado|fin de semana)|(?<!para )(?<!por )(?<!\bde )siempre|"
    # what a smell or a sound does to the resident: "cuando huelo humo me da ansiedad"
    r"cuando (?:huelo|oigo|veo|escucho|siento)|when(?:ever)? i (?:smell|hear|see)|"
    r"a veces|(?:anda|andan) con(?![^.!?]{0,50}(?:amenazando|persiguiendo|corriendo detras|"
    r"tirando|atacando))|cuando (?:toma|bebe|se enoja|esta borracho))\b"
)
_HYPOTHETICAL: Final = re.compile(
    # "if" after a verb of not knowing is an indirect question about now ("not
    # sure if she's breathing", "no se si respira"), not a hypothetical
    r"(?<!sure )(?<!know )(?<!tell )(?<!see )(?<!check )(?<!se )(?<!sabe )(?<!sorry )(?<!sry )"
    r"(?<!perdon )(?<!disculpa )(?<!disculpe )"
    r"\b(?:if|what if|in case|whether|what (?:should|do|can|would) (?:i|we|you) do if|how (?:do|"
    r"can|to|should) "
    r"(?:i|you|we)? ?(?:help|tell|know|recognize|use|spot|handle)|si|en caso de|que hago si|"
    r"que hacer si)\b"
)
_WORRY_FUTURE: Final = re.compile(
    r"\b(?:scared|afraid|worried|worry|fear|terrified|nervous)(?: that)? (?:he|she|they|someone|"
    r"somebody|i|it|"
    r"my \w+)?\s*(?:'ll|will|might|may|could|would|(?:is|are|'s|'re) (?:going to|gonna)|gonna|"
    r"going to)\b|"
    r"\b(?:miedo|preocupa\w*|temo) (?:de )?que\b|"
    # "temo una sobredosis", "scared of another overdose": the fear, not the event
    r"\b(?:temo|temiendo|miedo (?:a|de)|afraid of|scared of|worried about|fear of|fear) "
    r"(?:una?|otra|another|an?|la)\s*$|"
    # a vague future is not now either ("one day I'm gonna ...")
    r"\b(?:one day|someday|some day|algun dia)\b|"
    # "tengo miedo de encontrarlo un día overdosed"
    r"\b(?:miedo|temo|preocupa\w*) (?:de|a) (?:\w+ ){0,2}un dia\b|"
    # "I'm scared that one morning I'll open his door and he won't wake up"
    r"\bone (?:of these )?(?:mornings?|nights?|days?) (?:i|he|she|they|we|you)(?:'ll| will| "
    r"might| won'?t)\b|"
    r"\b(?:keep|kept) thinking (?:that )?(?:he|she|they|someone|my \w+)(?:'s|'ll| is| are| will)? "
    r"?(?:going to|gonna|might|could|will)\b"
)
_HUMOR: Final = re.compile(r"\b(?:lol+|lmao+|lmfao|rofl|haha\w*|hehe\w*|jaja\w*|jeje\w*|xd)\b")
_DEATH_WORDS: Final = re.compile(r"kill|die|dying|dead|death|murder|matar|mata\b|matan\b|muer")
_MEDIA: Final = re.compile(
    r"\b(?:filmando|grabando) (?:una |un )?(?:\w+ )?(?:pelicula|serie|novela|escena|video|"
    r"comercial)\b|"
    r"\b(?:filming|shooting) (?:a |an |the )?(?:\w+ )?(?:movie|film|scene|tv show|show|series|"
    r"episode|video|commercial)\b|"
    r"\b(?:fake|prop|movie|blank|pretend|recorded) (?:gun ?shots|gunfire|shots|explosions|"
    r"shootouts?|balazos|tiros|disparos)\b|"
    r"\b(?:movie|film) set\b|['\"]?shootout['\"]? scene|"
    r"\b(?:song|track|album|movie|show|book|game|mixtape) (?:called|named|titled)\b|"
    # a prank filmed for the internet: "got 'knocked out' in a staged youtube prank"
    r"\b(?:staged|fake|scripted|pretend)(?: \w+)? (?:prank|skit|stunt|fight|video)s?\b|"
    r"\b(?:youtube|tiktok|instagram|ig) (?:prank|skit|stunt)s?\b|"
    r"\b(?:saw|seen|heard|read|watched) (?:it |this |that )?(?:on|in) (?:ny1|news ?12|pix ?11|"
    r"abc ?7|nbc|cbs|fox ?5|univision|telemundo|the (?:post|daily news|times|citizen app)|citizen|"
    r"twitter|facebook|instagram|nextdoor)\b|"
    r"\b(?:on|in) (?:the |a |that |my |his |her |their |our )?(?:tv|news|movie|film|show|series|"
    r"video game|game|video|book|"
    r"podcast|"
    r"documentary|netflix|youtube|tiktok)\b|"
    r"\b(?:en la|en las|en una) (?:noticias|tele|pelicula|serie|novela|telenovela)\b|"
    # a story told by the news: "the news recap tonight showed that bomb threat"
    r"\b(?:news|tv|noticias?|noticiero) (?:recap|report|story|stories|segment|clip|piece|"
    r"article|reportaje|nota)s?\b|"
    # "the villain in the new Batman movie leaves threatening notes"
    r"\b(?:in|on) the (?:new|latest|last|old|first|recent) (?:\w+ )?(?:movie|film|show|series|"
    r"episode|season|book|novel|game)\b|"
    r"\ben el (?:noticiero|canal)\b|"
    # "lo vi en el programa de anoche", not "el narcan que me dieron en el programa"
    r"\b(?:vi|vimos|visto|salio|sale|pasaron|pasan|mostraron|dijeron|dicen) (?:\w+ ){0,3}?en el "
    r"programa\b|"
    # "I'm writing a short story where a woman plans to escape her abusive husband"
    r"\b(?:writing|wrote|write|escribiendo|escribo|escribi) (?:a |an |my |una? |mi )?(?:short "
    r"story|novel|script|screenplay|play|poem|cuento|novela|guion|obra de teatro|poema)\b"
)

#: A show being watched or a game being played colours the whole sentence, not
#: only its clause ("watching Law & Order and they found a body").
_WATCHING: Final = re.compile(
    r"\b(?:watching|watched|binging|binged|bingeing|viendo) (?:\w+ ){0,2}(?:law (?:and|&) order|"
    r"svu|csi|criminal minds|dateline|48 hours|true crime|cops|the first 48|narcos|the wire|"
    r"a documentary|a movie|a show|a series|a novela|una novela|la novela|una pelicula)\b|"
    # "vimos una serie donde hay una balacera en una discoteca"
    r"\b(?:pelicula|serie|novela|show|movie|episodio|capitulo|episode|film|video)\b (?:\w+ )?"
    r"(?:donde|en (?:la|el) que|where|in which) (?:\w+ )?(?:hay|habia|sale|salen|there'?s|there is|"
    r"there was|they|a \w+)\b|"
    # "ve películas de balaceras a todo volumen"
    r"\b(?:peliculas?|series|novelas?|movies?|shows?|films?|videos) (?:de|about|with|con|full of) "
    r"(?:\w+ ){0,2}(?:balaceras|tiros|balazos|disparos|accion|guerra|terror|narcos|shootings?|"
    r"shootouts?|gunfights?|gangsters?|war|murders?|action|horror)\b|"
    r"\b(?:pelicula|serie|novela|show|movie|film|documentary|documental)\b[^.!?]{0,50}(?:tenia|"
    r"tiene|tuvo|had|has|with|con|full of|llena de) (?:\w+ ){0,3}(?:tiros|balazos|disparos|muertos|"
    r"shootings?|shootouts?|gunfire|explosions|murders?)|"
    r"\b(?:watched|watching|saw|seen|heard|read|vimos|vi|escuche|lei) (?:\w+ )?(?:the |on the |en "
    r"las |las )?(?:news|noticias|noticiero) (?:about|of|on|de|sobre)\b|"
    r"\bpeliculas? de (?:tiros|balazos|accion|guerra|terror|miedo|vaqueros|narcos)\b|"
    # "estoy leyendo una novela sobre una mujer maltratada"
    r"\b(?:leyendo|viendo|lei|vi|reading|read|watching|watched) (?:una|un|la|el|a|the|this|"
    r"esta|este) (?:novela|libro|serie|pelicula|documental|book|novel|movie|show|series|"
    r"documentary) (?:sobre|de|acerca de|about)\b|"
    # a fight watched: "esa pelea de Canelo estuvo brutal, le partió la cara al otro"
    r"\b(?:la |esa |the |that )?(?:pelea|fight|match) (?:de |del |of )?(?:canelo|boxeo|box|ufc|"
    r"mma|la ufc|tyson|paul|boxing)\b|\b(?:canelo|ufc|boxing|mma) (?:fight|match|pelea)\b|"
    r"\b(?:serie|novela|telenovela|pelicula|show) (?:de \w+ )?que (?:estoy|estamos|estaba|"
    r"estabamos|esta|estan) viendo\b|"
    # (not "at the little league game just started throwing punches")
    r"\b(?:video ?game|videogame|game|movie|show|fortnite|call of duty|gta)(?:(?:'s| is| are)? "
    r"(?:all|full of|nothing but)|(?:'s| is| are) just) "
)

_PRESENT: Final = re.compile(
    r"\b(?:right now|as we speak|at the moment|currently|this minute|just now|hurry|please come|"
    r"come quick(?:ly)?|asap|send (?:help|someone|somebody|police|the cops|an ambulance|ems)|"
    r"send help|"
    # ... not a request: "can someone help me with an order of protection"
    r"send someone|help (?:me|us)(?! (?:with|find|get|figure|fill|file|apply|understand|"
    r"out with|to (?:find|get|file|apply|understand)))|call 911|"
    r"(?:i'm|im|i am|he's|hes|she's|shes|they're|theyre) outside (?:my|your|ur|our) (?:door|"
    r"apartment|apt|building|window|house|job|work|school)|outside my (?:door|apartment|building|"
    r"window)|"
    r"(?:is|'s|are|'re|standing|waiting|banging|knocking|pounding) at (?:my|the) door|"
    r"banging on (?:my|the) door|on (?:his|her|their) way|"
    # ... not a habit: "the guy keeps coming back to eat there"
    r"(?<!keeps )(?<!keep )(?<!kept )coming (?:over|here|back)|"
    r"(?<!keeps )(?<!keep )(?<!been )(?<!kept )following me|ahora mismo|ahorita|en este momento|"
    r"ahora|ya mismo|on the way|omw|otw|(?:\d+|five|ten|two|three) (?:min|mins|minutes) away|"
    # going on for hours, and not over: "llorando desde hace cinco horas"
    r"desde hace (?:\w+ ){0,2}(?:horas?|minutos?)|(?:for|por) (?:\w+ ){0,2}(?:hours|horas) "
    r"(?:now|straight|nonstop|non-stop|sin parar)|"
    # what happens within the hour is now
    r"in (?:an|a|one|half an|\d+|few|a few) (?:hour|minutes?|mins?)|en (?:una|media|\w+) "
    r"(?:hora|minutos?)|en (?:pocos )?minutos|need help now|"
    r"(?:esta|estan|parado|parada) en (?:mi|la) puerta|afuera de mi|viene para aca|ayuda|"
    r"ayudenme|(?:is|'s|are|'re) still (?:here|in the|inside|outside|at)|"
    r"(?:hes|shes|theyre) still (?:here|in the|inside|outside|at)|"
    r"(?:i'm|im|i am|we're|were|we are) hiding|blocking (?:the|my|our) (?:\w+ )?door|"
    r"(?:won't|wont|will not) let (?:me|us) (?:out|leave|go)|"
    # a door nobody opens while it happens: "smoke coming out ... nobody answering"
    r"(?:nobody|no one|noone|nadie) (?:is )?(?:answering|opening|responding|contesta|abre|"
    r"responde)(?! (?:for|since|in|en|desde|hace))|"
    r"just (?:walked|came|ran|stormed|burst|barged|showed|pulled|rolled) (?:back )?(?:in|into|up|"
    r"over)|"
    r", still (?:here|in the|inside|outside|there)|(?:is|'s) back at "
    r"(?:the|my)|todavia (?:esta|sigue|"
    r"estan) (?:aqui|en|adentro|afuera)|sigue (?:aqui|en el|en la|adentro))\b"
)
_PRESENT_SELF_HARM: Final = re.compile(
    # "fr" / "for real" only insist ("kms fr"); they say nothing about when
    r"\b(?:now|tonight|today|ready|"
    # ... a plan denied is none: "no tengo ningún plan"
    r"(?<!no )(?<!ningun )(?<!any )plan|planned|goodbye|right now|esta noche|hoy|"
    r"ahora)\b"
)
_PRESENT_THREAT: Final = re.compile(
    # "coming" alone is also "coming home from work": only coming towards the resident counts
    r"\b(?:(?:ya )?(?:viene|vienen|va|van|vamos) en camino|ya (?:vienen|llegan|estan llegando)|"
    r"outside|here|tonight|coming (?:over|here|back|up|in|for (?:me|us)|after (?:me|us)|to "
    r"(?:get|find|hurt|kill) (?:me|us))|on (?:his|her|their) way|esta noche|afuera|viene|aqui|"
    r"(?:ya )?(?:lo|la|los|las) (?:veo|estoy viendo|vi) (?:en|afuera|abajo|por|frente)|"
    r"(?:ya )?(?:lo|la|los|las) (?:veo|estoy viendo) (?:viniendo|venir|llegando|acercandose)|"
    r"i (?:can )?see (?:him|her|them) coming|"
    r"(?:para|hacia|pa|pa') ?(?:aca|aqui|ca)\b|(?:coming|headed|heading|walking|running) (?:this|"
    r"our) way|(?:esta|estan|viene|vienen|va|van) subiendo|coming up the stairs|"
    r"i (?:can )?see (?:him|her|them) (?:outside|on the|at the|in the|across|by the|down)|"
    r"(?:is|are|'s|'re) waiting (?:by|at|outside|for (?:me|us))|"
    # at the door now: "is at the front door of the building screaming", "in front my door
    # ... still there knocking"
    r"(?:is|are|'s|'re|esta|estan) (?:\w+ )?(?:at|in|in front(?: of)?|outside|en|frente a) "
    r"(?:the |my |our |mi |la )?(?:front |back )?(?:door|gate|entrance|lobby|puerta|entrada)|"
    r"(?:still|right) (?:there|here|outside)(?: \w+ing)?|(?:knocking|banging|pounding) (?:on|at)?|"
    r"(?:tocando|golpeando|pateando) (?:la )?puerta|"
    # following someone now: "hay un tipo siguiendo a una muchacha desde el tren"
    r"(?:esta |estan |anda |andan )?siguiendo(?:me|nos|la|lo)? (?:a (?:una|un|la|el|mi) \w+ )?"
    r"(?:desde|por|hasta)|(?:is|are|'s|'re) following (?:a|this|that|the|some) (?:\w+ )?(?:girl|"
    r"woman|lady|kid|boy|man|guy|teen))\b"
)

# Partner and parent words: violence among them is domestic violence.
_RELATION: Final = re.compile(
    r"\b(?:husband|wife|boyfriend|girlfriend|partner|ex(?![- ]?(?:manager|boss|coworker|co-worker|"
    r"employee|employer|roommate|landlord|tenant|super|friend|neighbor|con|cop|officer|member|"
    # "mi ex amiga", "mi ex jefe": not a partner
    r"amig[oa]|jefe|jefa|companer[oa]|compa|vecin[oa]|casero|bestie|bff))|"
    r"ex-?(?:husband|wife|boyfriend|girlfriend)|"
    r"spouse|"
    r"fiance|fiancee|baby'?s? (?:father|daddy|mother|mama)|my (?:mom|mother|dad|father|stepdad|"
    r"stepfather|"
    r"son|daughter)|his (?:wife|girlfriend|father|mother)|her (?:husband|boyfriend|mother|father)|"
    r"esposo|esposa|marido|pareja|novio|novia|exnovio|exnovia|su mujer|mi (?:mama|papa|madre|padre|"
    r"hijo|hija|nieto|nieta|hermano|hermana|abuelo|abuela|tio|tia|primo|prima|padrastro)|"
    r"my (?:grandson|granddaughter|grandmother|grandfather|grandma|grandpa|brother|sister|"
    r"stepson|stepdaughter|uncle|aunt|cousin|adult son|adult daughter))\b"
)
# "Beating his wife", "her boyfriend hits her": the actor's own partner or family.
_PARTNER_OF_ACTOR: Final = re.compile(
    r"\b(?:his (?:wife|girlfriend|partner|ex(?!-)|fiancee|mother|mom|father|dad)|her (?:husband|"
    r"boyfriend|partner|"
    r"ex(?!-)|fiance|mother|mom|father|dad)|su (?:esposa|esposo|mujer|marido|pareja|novia|novio))\b"
)
# Someone outside the family as the actor.
_OUTSIDER_WORDS: Final = (
    r"(?:neighbou?r|stranger|guy|man|men|someone|somebody|kid|kids|teens?|coworker|landlord|"
    r"super|classmates?|boss|roommate|dude|vecin[oa]|senor|tipo|hombre|gangs?|pandiller[oa]s?|"
    r"mareros?|ladron(?:es)?|thie(?:f|ves)|robbers?|desconocid[oa]s?)"
)
_OUTSIDER: Final = re.compile(rf"\b{_OUTSIDER_WORDS}\b")
#: ... or after the match, as the actor of a passive: "my dad got slapped by the neighbor"
_BY_OUTSIDER: Final = re.compile(
    rf"\b(?:by|por) (?:the|a|an|some|this|that|our|el|la|un|una|unos|unas|los|las) (?:\w+ )?"
    rf"{_OUTSIDER_WORDS}\b"
)
_AGAINST_RESIDENT: Final = re.compile(r"\b(?:me|us|nos)\b")
# Children as the ones at risk: violence against them is a child-safety matter.
_CHILD: Final = re.compile(
    r"\b(?:toddlers?|bab(?:y|ies)|infants?|kids?|child(?:ren)?|little (?:boy|girl|brother|sister|"
    r"one)|"
    r"(?:his|her|their) (?:son|daughter|stepson|stepdaughter)|niece|nephew|\d+ ?(?:year|"
    r"yr)[- ]olds?|"
    r"ninos?|ninas?|bebes?|nenes?|su hij[oa]|sobrin[oa]|criaturas?|morrit[oa]s?|chamac[oa]s?|"
    r"chamaquit[oa]s?|cipot\w*|patojit[oa]s?|escuincl\w*|chavit[oa]s?)\b"
)
_DRUGS: Final = re.compile(
    # a prescription named is no drug use: "his heart pills", "pastillas de la presion"
    r"\b(?:(?<!heart )(?<!pressure )drugs?|"
    r"(?<!heart )(?<!pressure )pills|"
    r"heroin|fentanyl|fent|dope|needle|syringe|shot up|shooting up|snorted|"
    r"high on|xanax|"
    r"percs?|oxy(?!gen)\w*|narcan|overdos\w+|opioids?|meth|crack|coke|cocaine|k2|tranq|using|drogas|"
    r"pastillas(?! (?:del|para el) corazon| de la presion| para la presion)|"
    r"heroina|fentanilo|jeringa|sobredosis|se inyect\w+|inyectandose|se (?:metio|fumo) algo|"
    r"(?:injected|smoked|snorted|took) something|baggies?|bent spoon|(?:tin |burnt |burned )?foil|"
    r"needles|syringes|bolsita|cuchara doblada|papel de aluminio)\b"
)


# "Nobody is hurt", "he's not dangerous": a sentence that denies the danger.
# MiniLM reads these as their opposite, so they silence the semantic layer.
_DENIAL: Final = re.compile(
    r"\b(?:no one|nobody|noone|nadie|not|no|isn't|wasn't|aren't|never|nothing|ningun\w*)(?:'s)? "
    r"(?:\w+ ){0,2}(?:hurt|injured|harmed|herid[oa]s?|lastimad[oa]s?|in danger|en peligro|"
    r"dangerous|"
    r"peligros[oa]|violent|violent[oa]|armed|armad[oa]|weapons?|armas?|guns?|pistolas?|fire|fuego|"
    r"suicidal|suicida)\b(?!,? (?:i|we) (?:don'?t|do not) think)"
    # "nobody is in danger except me": the one exception is the resident
    r"(?!,? (?:except|excepto|menos|other than|but|aside from|apart from|salvo|more than) "
    r"(?:me|myself|yo|mi|for me))|"
    # trouble only as a state ("nobody is in trouble"), not a wish ("no quiero meterme en
    # problemas")
    r"\b(?:no one|nobody|noone|nadie|not|no)(?:'s| is| esta| estan)? (?:in trouble|en problemas)\b|"
    r"\b(?:no one|nobody|noone|nadie) (?:\w+ )?(?:touched|hit|laid a hand on|"
    r"put (?:their |his |her )?hands on|le (?:pego|toco)(?: a)?) "
    r"(?:anyone|anybody|nobody|each other|nadie)\b|"
    # reassurance about the signs that would make it an emergency
    r"\b(?:breathing|awake|talking|conscious|responsive) (?:fine|normally|normal|ok|okay)\b|"
    r"\b(?:no hay nadie|nobody(?:'s| is)?|no one(?:'s| is)?) (?:adentro|dentro|inside)\b"
    r"(?=\s*(?:[.,;!?]|$|ni\b|nor\b|and\b|y\b))|"
    r"\brespira(?:ndo)? (?:bien|normal)\b(?! (?:lento|despacio|raro|poco|poquito|feo))"
)


def denies_danger(sentence: str) -> bool:
    """The sentence says no one is hurt or in danger."""
    return bool(_DENIAL.search(sentence))


#: What comes after a denial and turns from it: "he doesn't have a gun, i checked,
#: but he's kicking the bathroom door"; "nadie tiene cuchillo, pero hay un grupo ...".
_TURN: Final = re.compile(
    r"\b(?:but|pero|however|sin embargo|wait,? (?:no|actually)|actually|en realidad|"
    r"espera,? no)\b\W+(?:\w+\W+){2}"
)


def turns_after(piece: str, at: int) -> bool:
    """After ``at`` the piece turns from what came before to something else, at least
    three words long: what was denied before the turn is not what follows it."""
    return bool(_TURN.search(piece, at))


#: The words of a denial that name one kind of danger.
_DENIED_KIND: Final = {
    "weapon": re.compile(r"\b(?:armed|armad[oa]|weapons?|armas?|guns?|pistolas?)\b"),
    "fire": re.compile(r"\b(?:fire|fuego)\b"),
    "self_harm": re.compile(r"\b(?:suicidal|suicida)\b"),
}


def denial_stands(piece: str, kind: str) -> bool:
    """The piece denies a danger and does not turn, after its last denial, to another
    happening now ("nobody's hurt ahorita but last night hubo una pelea" still
    denies)."""
    found = list(_DENIAL.finditer(piece))
    if not found:
        return False
    if _DENIED_KIND.get(kind) and _DENIED_KIND[kind].search(found[-1].group(0)):
        # the denial names this very kind: "he doesn't have a gun but he's yelling"
        return True
    turn = _TURN.search(piece, found[-1].end())
    if turn is None:
        return True
    after = piece[turn.start() :]
    return not (is_present(after, kind, strict=True) or _NOW_VERB.search(after))


#: A denial that holds only for now: "they're not in danger right this second, but
#: this has been going on for weeks".
_ONLY_NOW: Final = re.compile(
    r"^\W*(?:\w+\W+){0,2}?(?:right (?:this|now)|at the moment|(?:right )?this (?:second|minute)|"
    r"for now|yet|ahorita|ahora mismo|por ahora|en este momento|todavia)\b"
)


def denies_only_now(piece: str) -> bool:
    """Every denial in ``piece`` is of this moment only, which plays the danger down
    rather than denying it."""
    found = list(_DENIAL.finditer(piece))
    return bool(found) and all(_ONLY_NOW.search(piece[m.end() :]) for m in found)


# "not an emergency i think but my dad drank degreaser": residents play danger
# down, often to apologise for writing; a crisis line asks, it does not stand down.
_MINIMISED: Final = re.compile(
    r"\b(?:not|no|isn't|wasn't|no es|nothing|nada|ningun\w*) (?:\w+ ){0,2}(?:emergency|"
    r"emergencia|serious|grave|urgent|urgente)\b|"
    # "ahorita no está pasando nada": not now, which is not "nothing ever"
    r"\b(?:no (?:esta|estan) pasando nada|nothing(?:'s| is) (?:happening|going on))\b"
)


_WHAT_IF: Final = re.compile(
    r"\W*(?:what (?:do|should|can|would) (?:i|we) do (?:if|when)|how (?:do|can|should) (?:i|we)|"
    r"in case|just in case|que (?:hago|hacemos|debo hacer|debemos hacer|se hace) (?:si|cuando)|"
    r"como (?:puedo|podemos|se)|en caso de|por si acaso)\b"
)


def minimises(piece: str) -> bool:
    """The text plays the danger down ("not an emergency"), which caps and never
    vetoes; "nada grave. Pero ahorita se escucha golpes" plays down only what
    came before the "pero"."""
    found = list(_MINIMISED.finditer(piece))
    if not found:
        return False
    contrast = _CONTRAST.search(piece, found[-1].end()) or _TURN.search(piece, found[-1].end())
    # "... but what do I do if someone overdoses here?": the "but" turns to a question
    return contrast is None or bool(_WHAT_IF.match(piece, contrast.end()))


# "he's ok right now but getting slower on the stairs": the person is fine at
# the moment, which is not an emergency ("if she's ok" and "no está bien" are not this).
_REASSURED: Final = re.compile(
    # "no he's ok rn" answers a question; "no está bien" says the opposite
    r"(?<!\bif )(?<!\bwhether )(?<!\bsi )(?<!\bsays )(?<!\bsaid )(?<!\bclaims )"
    r"(?<!\bque )\b(?:(?:he|she|they|mom|dad|everyone|everybody|the baby|the kids?)(?:'s| is| are|"
    r"'re) (?:(?:home|back|back home|doing) (?:and )?)?(?:totally |completely |perfectly |fully )?"
    r"(?:recovered|ok|okay|fine|"
    r"alright|all right|stable|safe|alive)|(?<!\bno )(?:esta|estan|"
    r"sigue|siguen) (?:bien|estables?|viv[oa]s?)|ya (?:esta )?estables?|si respira|"
    r"(?:esta )?respirando (?:bien|normal)|(?:is )?breathing (?:fine|normal|normally|ok)|"
    # "sí ella está consciente, habla normal", "no tiene fiebre, shes eating ok"
    r"(?<!\bno )(?:esta|is|he'?s|she'?s) (?:awake and )?(?:consciente|conscious|alert)|"
    r"(?<!\bno )habla normal|(?:talking|eating|drinking) (?:ok|okay|fine|normal|normally)|"
    # a small cut seen to: "ya paro de sangrar y le pusimos curita"
    r"(?<!\bno )(?:ya )?(?:paro|dejo) de sangrar|(?<!n't )(?<!not )stopped bleeding)"
    r"(?: (?:right now|for now|now|por ahora|ahorita))?\b"
)


# What a real fire brings with it, which no praise does: "the food cart is ON
# FIRE and the propane tank is right there".
_FIRE_EVIDENCE: Final = re.compile(
    r"\b(?:propane|gas tank|tanque de gas|extinguisher|extintor|get (?:away|out)|"
    r"se aleja\w*|evacuat\w*|fdny|bomberos|firefighters)\b"
)


def has_fire_evidence(sentence: str) -> bool:
    return bool(_FIRE_EVIDENCE.search(sentence))


def reassures(piece: str) -> bool:
    """The text says the person is fine now."""
    return bool(_REASSURED.search(piece))


@dataclass(frozen=True)
class Idiom:
    """A figurative or topical phrase whose words look like a risk but are not."""

    pattern: re.Pattern[str]
    reason: str  # "figurative" or "topic"
    #: Where set, the phrase is an idiom only if this source of the sound or
    #: the scare is named within ``SOURCE_REACH`` characters before it.
    source: re.Pattern[str] | None = None


#: How far back (characters) an idiom's ``source`` is looked for.
SOURCE_REACH: Final = 300


#: What can really be overdosed on: drugs, medicines, alcohol, and the words
#: that point at them ("his", "something", "algo").
_SUBSTANCE_AHEAD: Final = (
    r"(?:drugs?|pills?|heroin|fent\w*|opioids?|opiates?|meth\w*|crack|coke|cocaine|xanax|percs?|"
    r"oxy\w*|k2|tranq|alcohol|booze|liquor|insulin|meds|medication|medicine|painkillers?|"
    r"sleeping|tylenol|advil|benadryl|\w+(?:pam|done|codone|pine|phine|zepam)|his|her|their|my|"
    r"the|some|something|somethin|whatever|what|a|an|too|drogas?|pastillas|heroina|fentanilo|"
    r"medicinas?|medicamentos?|insulina|alcohol|licor|su|sus|mi|mis|la|las|el|los|algo|lo|una?|"
    r"cocaina|crack|perco\w*|calmantes|somniferos)\b"
)


def _idioms(reason: str, *regexes: str) -> tuple[Idiom, ...]:
    return tuple(Idiom(re.compile(rf"(?<!\w)(?:{r})(?!\w)"), reason) for r in regexes)


_PET = (
    r"dogs?|cats?|pupp(?:y|ies)|kittens?|pets?|chihuahuas?|pit ?bulls?|perr[oa]s?|perrit[oa]s?|"
    r"gat[oa]s?|gatit[oa]s?|mascotas?|cachorr[oa]s?|parrots?|hamsters?|rabbits?|conejos?"
)

_NON_PERSON = (
    r"noise|music|heat|cold|rent|fees?|bills?|job|work|landlord|commute|traffic|wait|line|dog|tv|"
    r"bass|"
    r"construction|smell|drilling|stairs|pain|back|feet|head|knees?|stress|anxiety|snoring|it|this|"
    r"that|"
    r"party|parties|building|super|management|boss|school|homework|prices?|thing|situation|"
    r"paperwork|"
    r"process|humidity|mold|roaches|waiting|elevator|neighbor's \w+|upstairs|club|bar|speakers?|"
    r"karaoke|reggaeton|barking|stench|leak|taxes|tuition|jackhammers?|blowers?|trains?|subway|"
    r"screaming|yelling|shouting|crying|arguing|gritadera|gritos|fireworks|firecrackers|"
    r"cohetes|petardos|"
    r"class|classes|chem|chemistry|math|exams?|finals|midterms|"
    r"traffic|bus|shift|allergies|"
    # grief and its absences: "the quiet in the nursery is killing me"
    r"quiet|silence|grief|guilt|loneliness|emptiness|memories"
)

_UNSOURCED_IDIOMS: Final[tuple[Idiom, ...]] = _idioms(
    "figurative",
    # the writer says it is a way of talking: "puso 'la voy a matar' pero es un decir"
    # (anchored at the sentence's start, so a search does not rescan the sentence from each
    # character)
    r"(?:^|(?<=[.!?]))[^.!?]*\b(?:es (?:un decir|una forma de hablar|un dicho|una expresion)|"
    r"asi habla (?:ella|el)|"
    r"(?:it'?s|its) (?:just )?(?:a figure of speech|an expression|how (?:she|he) talks))\b[^.!?]*",
    # building work heard as shots: "esta remodelando y se oye como disparos toda la tarde"
    r"(?:remodel\w*|renovat\w*|construccion|construction|obra|taladr\w*|drill\w*|martill\w*|"
    r"hammer\w*|demoli\w*)[^.!?]{0,60}(?:como|like) (?:disparos|tiros|balazos|gunshots|shots)",
    r"(?:se oye|suena|sounds?) (?:como|like) (?:disparos|tiros|balazos|gunshots|shots)[^.!?]{0,40}"
    r"(?:remodel\w*|renovat\w*|construccion|construction|obra|taladr\w*|drill\w*|martill\w*|"
    r"hammer\w*|demoli\w*)",
    # a smell explained: "olor fuerte en el pasillo pero es la pintura"
    r"(?:olor|smell)[^.!?]{0,40}(?:pero |but )?(?:es|it'?s|its) (?:just |solo )?(?:la |the )?"
    r"(?:pintura|paint|barniz|varnish|thinner)",
    # faith's figures: "el rosario es mi arma contra el maligno", "fuego en el alma por Cristo",
    # "burning bush was the theme at VBS"
    r"(?:rosario|oracion|oraciones|fe|biblia|prayer|prayers|faith|bible|rosary|la palabra|"
    r"the word|dios|god|jesus|cristo|christ)(?: \w+){0,2} (?:es|son|is|are) (?:mi|nuestra|"
    r"nuestras|mis|my|our|la|the) (?:unica |only |best |mejor |greatest )?(?:arma|armas|"
    r"weapons?|escudo|shield)",
    r"(?:fuego|fire) (?:en|in) (?:el|mi|my|his|her|our|the) (?:alma|corazon|espiritu|soul|heart|"
    r"spirit|belly|bones)|burning bush|zarza ardiente|(?:paper|felt|cardboard|tissue paper|"
    r"construction paper|papel) (?:flames|fire|llamas)",
    # a diss track: "straight shots fired at every other rapper"
    r"shots? fired at (?:every|all(?: the)?|the other|other|his|her|their)(?: other)? (?:rappers?|"
    r"artists?|"
    r"singers?|haters?|exes|critics|labels?|rivals?)",
    # (not across a new clause: "I hear noise in the living room and a man is killing me")
    rf"(?:{_NON_PERSON})(?:(?! and | but | y | pero )[^.!?,]){{0,40}}(?:is|are|'s|'re|keeps?) "
    r"['\"]?(?:\w+ )?killing (?:me|us|"
    r"her|him|them)",
    r"(?:se )?me va a explotar la cabeza|my head (?:is going to|is gonna|'s gonna|will|might|"
    r"could) (?:explode|blow up)",
    # a sound likened to a blow: "the radiator bangs like someone's hitting it with a hammer"
    r"like (?:someone|somebody|a giant)(?:'s| is)? (?:hitting|banging|hammering|beating|smashing|"
    r"kicking) (?:it|them|on it|on them|the pipes?|the radiators?)(?: with (?:a|an) \w+)?",
    # a machine or a leak, with nobody between it and the verb: "the new neighbors nail gun
    # is KILLING me", "the pipe under my sink is killing me"
    r"(?:nail ?guns?|drills?|pipes?|sink|drip|dripping|faucet|radiator|power tools?|leaf "
    r"blowers?)(?: (?!he\b|she\b|they\b|him\b|her\b)\w+){0,3} (?:is|are|'s|'re|keeps?) (?:\w+ )?"
    r"killing (?:me|us)",
    # a team beaten: "the bullpen got shelled tonight", "we got murdered in the finals"
    r"(?:bullpen|pitcher|pitching|starter|defense|offense|team|squad|yankees|mets|knicks|nets|"
    r"giants|jets|rangers|islanders|liberty|we|they) (?:got|get|gets|getting) (?:shelled|crushed|"
    r"destroyed|murdered|killed|slaughtered|blown out|smoked|bombed|lit up)",
    # prices and numbers that "shot up": "los precios se dispararon"
    r"(?:precios?|renta|alquiler|costos?|cuentas?|facturas?|gastos|ventas|casos|numeros|"
    r"temperaturas?|la luz|el gas|la presion|el azucar|prices?|rents?|costs?|bills?|numbers)"
    r"[^.!?]{0,20}(?:se )?(?:dispar\w+|shot up|skyrocketed)",
    # a vehicle that sped by: "sanitation truck just shot past our building AGAIN"
    r"(?:truck|car|bus|bike|cab|taxi|van|train|ambulance|motorcycle|scooter|garbage truck)"
    r"(?: \w+){0,2} (?:just )?shot (?:past|by|down|through|around)\b",
    # a science-fair volcano or a soda "exploded"
    r"(?:volcano|volcan|soda|mentos|coke|pen|ketchup|group chat|notifications?|inbox|mind|head|"
    r"popcorn|egg)(?: \w+){0,2} (?:exploded|explodes|explot\w+|blew up)",
    # machines heard as gunfire: "the nail gun next door goes off like gunfire all day"
    r"(?:nail gun|construction|drill\w*|jackhammers?|hammer\w*|fireworks?|car|truck|door|music|"
    r"radiators?|radiador(?:es)?|heaters?|boilers?|steam|calefaccion|caldera|tuberias|"
    r"bass|dumpsters?|garbage truck|trash truck|motorcycles?|exhaust|pipes?|fuegos artificiales|"
    r"cohetes|petardos|pistola de aire|compresor|clavadora)[^.!?]{0,60}(?:like|como) (?:gun ?fire|"
    r"gun ?shots?|shots|a gunshot|a shootout|disparos|balazos|tiros)|"
    r"(?:parece|parecen|suena|suenan) (?:que (?:estan|esta) )?disparando[^.!?]{0,50}(?:pistola de "
    r"aire|compresor|clavadora|cohetes|fuegos artificiales|petardos|herramientas?)",
    # venting taken back at once: "i'm gonna strangle him jk", "voy a matarlo jaja"
    r"(?:going to|gonna|will|'ll|voy a|lo voy a|la voy a) (?:kill|murder|strangle|choke|punch|"
    r"slap|smack|matar|ahorcar|ahorcarlo|ahorcarla|matarlo|matarla)(?: (?:him|her|them|my \w+|"
    r"this \w+|that \w+|a \w+|el|la|a mi \w+))?[^.!?\w]{0,6}(?:\W+\w+){0,2}?\W*(?:jk|j/k|"
    # ("me voy a matar. no es broma" says the opposite)
    r"just kidding|(?<!not )kidding|lol+|lmao+|haha\w*|jaja\w*|(?<!no )es broma|de broma)",
    # pests are killed, people are not: "va a matar las cucarachas", "kill the roaches"
    r"(?:matar|mata|matando|matamos|matan|kill|killing|kills|killed) (?:all |todas |todos )?"
    r"(?:the |those |these |las |los |esas |esos |unas |unos )?(?:\w+ )?"
    r"(?:cucarachas|ratas|ratones|chinches|moscas|mosquitos|hormigas|bichos|plagas?|pulgas|termitas|roaches|cockroaches|rats|"
    r"mice|bed ?bugs|bugs|flies|ants|fleas|termites|pests|mosquitoes|weeds|germs|bacteria)",
    r"killing (?:me|us) (?:with|con) (?:these|the|this|his|her|their|all|that|those|la|el|los|las|"
    r"su|sus)",
    r"killing (?:my|the|our) (?:sleep|vibe|ears|head|back|mood|brain|nerves|peace|patience|buzz|"
    r"battery|phone|"
    r"plants?|grass|lawn|wallet|budget|credit|feet|knees|neck)",
    r"dy(?:e|ing|ed) (?:her|his|my|their|our|the) (?:hair|clothes|shirt|eggs|beard|jeans)",
    r"kill(?:ing|ed|s)? it|kill(?:ing|ed|s)? the (?:lights?|power|music|engine|vibe|mood|noise|"
    r"game|time|water|"
    r"heat|gas)|kill time|(?:could|would|'d) kill for|to kill for|dressed to kill|killer (?:deal|"
    r"song|view|"
    r"workout|price|app|beat|look)",
    r"(?:mom|mother|mama|mommy|dad|father|papa|daddy|parents|boss|teacher|coach|grandma|grandpa|"
    r"abuela|"
    r"tia|aunt|sister|brother)(?: is| are)?(?: going to| will|'ll| would|'d|"
    r" is going to) (?:literally )?kill "
    r"(?:me|us)",
    r"(?:i'm|i am|we're|we are|i'm so|i'm literally) (?:so |literally |actually )?dead(?! (?:body|"
    r"serious|when|if|once|as soon as|the (?:moment|minute|second|day))\b)",
    # laughter: "i'm deceased 💀", "estoy muerta 😂" (the emoji reads "lol")
    r"(?:i'm|im|i am|we're|we are) (?:so |literally |actually )?deceased|"
    r"(?:estoy|toy|estamos) (?:muert[oa]s?|muriendome)(?= (?:lol|jaja\w*|haha\w*|lmao|xd)\b)",
    # children at play in the street, a neighbourhood matter ("como pido una calle de juego")
    r"(?:kids|children|teens|boys|girls|muchachos|chamacos|ninos|ninas|pelados|jovenes|chamaquitos)"
    r"[^.!?]{0,40}(?:shoot\w* hoops|play\w* (?:ball|basketball|soccer|football|stickball|catch|"
    r"tag)|jueg\w* (?:a la |al )?(?:pelota|futbol|basket|beisbol|bola))[^.!?]{0,30}(?:in the "
    r"street|en la calle)",
    # objects hit by a ball or a player: "le pegan a los carros"
    r"(?:le |les )?(?:pegan|pega|pegando|hitting|hits|hit) (?:a )?(?:los |las |the |my |our |"
    r"parked |mi |nuestro )?(?:carros?|autos?|coches?|cars?)",
    # repairs: "how do i bleed the radiator", "cut the power to fix the outlet"
    r"bleed(?:ing|s)? (?:the |my |our |a |all the )?(?:radiators?|brakes?|pipes?|lines?|valves?)|"
    r"purg\w+ (?:el |los )?radiador(?:es)?|"
    r"cut(?:ting|s)? (?:the |off the )?(?:power|electricity|breakers?|circuits?|water|gas) "
    r"(?:to|at|in|off|for)\b",
    # a business booming: "el bike shop está que explota de clientes"
    r"(?:esta|estan) que explota\w* (?:de|con)",
    # a photographer's shoot: "'gonna shoot him tomorrow' ... it was a headshot client"
    r"shoot(?:ing)? (?:him|her|them|you|a \w+)\b(?=[^\n]*\b(?:photographer|photo ?shoot|"
    r"headshots?|camera|fotograf\w*|sesion de fotos|videographer))",
    r"dead (?:tired|serious|end|quiet|silent|battery|phone|zone|of night|of winter|now)|deadline",
    r"(?:phone|battery|laptop|car|plants?|tv|computer|wifi|internet|block|street|bar|party|town|"
    r"flowers?|"
    r"trees?|grass|charger|fridge|radiator|boiler|boiler's|bulb|lights?|app)(?: next door)? (?:is|"
    r"'s|was|went|are|"
    r"keeps?|were)? ?(?:\w+ )?(?:dying|died|dead)",
    r"dying (?:to|for|of (?:laughter|laughing|boredom|embarrassment|cringe|heat|thirst|hunger))|"
    r"dying laughing|died laughing|(?:nearly|almost) died (?:laughing|of)|literally dying (?:lol|"
    r"haha|of)|"
    r"i'm dying (?:lol|haha|here lol)|to die for|(?:would|'d|could) die for|die (?:of|"
    r"from) (?:embarrassment|"
    r"boredom|laughter|laughing|cringe)|(?:bored|scared|worried|sick|freezing) to death|"
    r"(?:the )?death of me|over my dead body|sick (?:of|and tired)|"
    r"(?:you're|you are|ur|your|he's|she's|they're) dead to (?:me|us|her|him|them)|"
    r"(?:i|we) could (?:strangle|kill|murder|choke|wring) (?:the|my|him|her|them|this|that|his|"
    r"whoever)|"
    r"(?:cuts?|cutting|sharp|cold) like a knife|como (?:un )?cuchillo|"
    r"fireworks?[^.!?]{0,30}(?:sound|sounds|sounded) like (?:gun ?shots|shots|gunfire|a shootout)|"
    r"hit (?:me|him|her|us)\W{0,4}with a (?:pillow|snowball|water balloon|nerf \w+|sock)|"
    r"stomp\w* (?:around )?like (?:an? )?(?:elephants?|horses?|a herd|giants?)|"
    r"suicide (?:mission|run|squeeze|doors?|drills?|sprints?)|mision suicida|"
    r"fire drills?|simulacros? de (?:incendio|evacuacion)|"
    # a test announced by the building: "there's gonna be a fire alarm test tomorrow at 10"
    r"(?:fire |smoke |co )?alarm tests?|(?:testing|test) (?:the |our )?(?:fire |smoke )?alarms?|"
    r"prueba de (?:la |las )?alarmas?(?: de incendio)?|"
    r"so (?:loud|bad|hot|cold|boring|long|slow|annoying|spicy) (?:that )?it(?:'s| is| was) "
    r"killing me|"
    r"(?:dogs?|cats?|perros?|gatos?)(?: \w+){0,2} (?:got |get |were |was |se )?(?:into |in |"
    r"metieron en |metio en )?(?:a |una )?(?:fight|pelea)\b(?: (?:at|in|en) (?:the|la|el))?|"
    r"(?:me|nos) (?:tiene|tienen|tuvo|dejo|dejaron) al borde de un infarto|"
    r"(?:es|son) (?:una|un) bomba (?:en la cocina|cocinando|bailando|en la pista|en la cancha)|"
    r"(?:serie|pelicula|show|novela|documental|episodio|movie|series)(?: \w+){0,3} (?:de |about "
    r")?(?:la|una|el|a|the) bomba?\b(?: en (?:el|la|un|una|mi) \w+)?|"
    r"(?:just )?kill me now,? (?:the|this|my|ugh|lol|smh)\b|"
    r"(?:blowers?|drilling|construction|jackhammers?|trains?|bass|heat|cold|line|wait|commute|rent|"
    r"prices|job|work|shift|back|knees|feet|allergies|humidity|subway|traffic|bus|lent|fast|"
    r"fasting|ramadan|diet|sun|holidays?|holiday season|christmas|thanksgiving|cooking|"
    r"dinners?|shopping|guests|in-?laws|hosting|"
    # things that wear a resident down: "these spam calls are killing me, like 20 a day", "the
    # dryers in our laundry room are killing me"
    r"calls|robocalls|spam|texts|emails|notifications|bills|fees|dryers?|washers?|machines?|"
    r"laundry|stairs|roaches|bedbugs|bugs|mosquito(?:e)?s|mice|rats) "
    r"(?:(?!and |but |y |pero )\w+ ){0,6}"
    # the copula is often left out: "the heat killing me today boy"
    r"(?:(?:are|is|'re|'s) )?killing me|"
    # a chore as the trigger: "i'm gonna strangle my roommate if he leaves dishes in the sink"
    r"(?:gonna|going to|i'?ll|i will|i could) (?:strangle|kill|murder|choke|wring) (?:my |his |her "
    r"|the )?\w+(?: \w+)? if (?:he|she|they|you) (?:\w+ ){0,2}(?:leaves?|eats?|takes?|uses?|"
    r"touches?|forgets?|plays?|borrows?|drinks?|finishes?|steals?)",
    # company, not danger: "my aunt is here with me now"
    r"(?:my|mi) (?:aunt|uncle|mom|mother|dad|father|sister|brother|friend|neighbou?r|cousin|"
    r"grandma|grandpa|tia|tio|mama|papa|hermana|hermano|amiga|amigo|vecina|vecino|abuela|"
    r"abuelo) (?:is|'s|esta) (?:here )?(?:with me|conmigo)",
    # props: "a dummy on the stoop with a rubber knife", "fake blood"
    r"fake blood(?: \w+)?|"
    r"(?:rubber|fake|toy|plastic|foam|prop|cardboard|halloween) (?:\w+ )?(?:knife|knives|guns?|"
    r"swords?|blood|body|bodies|corpse|skeleton|axe|machete)",
    # "it's killing me", "its killing me": a thing, not a person
    r"(?:it|its|it's|this|that)(?: is|'s)? (?:\w+ )?killing me|"
    r"(?:cat|dog|kitten|puppy|pigeons?|squirrels?|bird|seagulls?) (?:has been |have been |is |are "
    r"|keeps |keep )?stalking|"
    # a pet at play: "my cat is attacking my feet rn"
    r"(?:cat|dog|kitten|puppy|gato|gatito|perro|perrito) (?:is |keeps |sigue )?(?:attacking|"
    r"biting|scratching|atacando|mordiendo) (?:my|our|mis|los) (?:feet|toes|ankles|hands|"
    r"shoelaces|plants|couch|pies|dedos|manos|plantas)|"
    r"(?:estas|esta|estan) muert[oa]s? para (?:mi|nosotros)|"
    r"(?:beat|beating|beats|whooped|smoked|crushed|destroyed) (?:him|her|them|us|me|you) (?:at|in) "
    r"(?:dominoes|domino|chess|cards|checkers|pool|spades|bingo|trivia|basketball|ball|a game|the "
    r"game|\w+ (?:game|match|tournament))|"
    r"burn(?:ed|t|ing) (?:the |my |our |his |her )?(?:rice|toast|food|dinner|popcorn|bacon|eggs|"
    r"pan|pot|arroz|comida|habichuelas|pernil)|"
    r"(?:cuchillo|knife|knives)[^.!?]{0,30}(?:no corta|won't cut|doesn't cut|is dull|are dull|"
    r"sharpen|se afila|afilar)|(?:sharpen|afilar|afila) (?:el |my |the |a |los )?(?:cuchillos?|"
    r"knife|knives)|(?:knife|knives|cuchillos?) ?(?:sharpen\w*|afilad\w*)|afiladores?|"
    # venting: "i'm gonna murder the guy upstairs if he drops one more dumbbell"
    r"(?:i'm|im|i am|i'll|ill|i will|i swear i'll|swear i'm|swear im)(?: gonna| going to)? (?:kill|"
    r"murder|strangle|choke) (?:him|her|them|the \w+(?: \w+)?|my \w+|this \w+) if (?:he|she|they|"
    r"it) (?:\w+ ){0,4}?(?:one more|again|another|once more)|"
    # "she's going to murder me when she finds out I forgot": trouble, not a threat
    r"(?:going to|gonna|will|'ll|is gonna) (?:kill|murder) me (?:when|if|once) (?:she|he|they|"
    r"my \w+|mom|dad) (?:finds? out|sees?|hears?|gets? home|notices?)",
    # rejected, not wounded: "got shot down by the housing lottery again"
    r"(?:got|get|gets|getting|was|been) shot\W{0,4}down|shot (?:me|us|him|her|it|them) down|"
    r"shot (?:me|us|him|her|them) (?:a|an|un|una) (?:dirty |mean |nasty |quick |funny |weird )?"
    r"(?:text|texto|mensaje|message|look|"
    r"glance|dm|email|smile|call|line|note|pic|photo)|shoot (?:me|us) (?:a|an) (?:text|message|"
    r"email|dm|line)|"
    r"shoot(?:s|ing)? (?:my|his|her|their|your|our) shot|photo ?shoot|"
    r"(?:flu|covid|booster|vaccine|b12|allergy|insulin) shots?|shots? of \w+|"
    r"shoot(?:s|ing)? hoops|"
    r"(?:give|gave|giving|take|took|taking) (?:it |him |her )?a shot(?! at)|big shot|long shot|"
    r"shooting (?:a |the )?(?:movie|film|video|scene|commercial|music video|photos?|pictures|hoops|"
    r"the breeze|"
    r"pool)|shoot(?:ing)? hoops|(?:movie|film|video|photo|tv) (?:shoot|shooting)|shooting of (?:a|"
    r"the) "
    r"(?:movie|film|video|show|commercial)|shooting star|"
    r"sling ?shot|"
    r"head ?shot",
    r"stab(?:bed|bing)? (?:me|us|him|her|them) in the back|back ?stab\w*",
    # slow to go: "he did NOT want to leave, dragging his feet"
    r"drag(?:s|ged|ging)? (?:his|her|their|my|your|our) feet",
    # a good cook: "my kid's mom is fire in the kitchen but terrible at showing up on time"
    r"(?:mom|mother|dad|father|wife|husband|girl|girlfriend|boyfriend|grandma|abuela|tia|aunt|"
    r"she|he|cook|chef)(?:'s| is| was) (?:straight |pure |so |literally |really )?fire in the "
    r"kitchen(?! (?:right now|now|rn|again))",
    r"(?:is|was|'s|are) (?:pure |absolute |straight |just )?murder(?! (?:of|in|on|at))",
    r"punching bags?|punch(?:ed|ing)? (?:in|out) (?:at|for|early|late|on time)|punch(?:ed|"
    r"ing)? the clock|"
    r"(?:heart|panic|asthma) attack (?:lol|haha)|attack(?:ed|ing)? (?:the|this|my|our) (?:problem|"
    r"mess|pile|work|homework|laundry)",
    # what a toy gun does, before the toy alone: "got those giant water guns and keep
    # shooting at ppls windows"
    r"(?:water|squirt|nerf|toy|airsoft|paintball|gel ?blaster|orbeez|bb|super ?soaker) "
    r"(?:guns?|pistols?|rifles?|blasters?)[^.!?]{0,80}(?:shooting|shoot|shoots|firing|spraying)"
    r"(?: (?:at|up) (?:\w+ ){0,2}\w+)?|"
    r"(?:water|nail|glue|toy|nerf|squirt|heat|staple|spray|caulk(?:ing)?|paint|paintball|massage|"
    r"airsoft|gel ?blaster|orbeez|"
    r"bubble|radar|speed|soldering|grease|tattoo|piercing|hot glue|foam|ticket|price|label|"
    r"tagging|needle|microchip(?:ping)?|chip|rivet) guns?|butter knife|"
    r"cuchillos? (?:de|pa|para) (?:mantequilla|untar)|"
    r"(?:camping|propane|butane|gas|stove|electric|portable|induction|single|double) burners?|"
    r"(?:airsoft|paintball|nerf|toy|water|gel ?blaster|orbeez) (?:rifles?|pistols?|markers?|"
    r"blasters?)|(?:wooden|wood|foam|toy|plastic|practice|bamboo|rubber) (?:swords?|knives|knife|"
    r"daggers?|machetes?)|bokkens?|shinais?|"
    # what a toy gun does (the toy itself is an idiom below): "pistolas de agua ... se pasan
    # la tarde disparando"
    r"(?:pistolas?|rifles?|armas?) de (?:agua|juguete|bolitas|hidrogel|pintura|paintball|"
    r"silicon|calor)[^.!?]{0,120}(?:disparando|disparan|dispara|tirando)|"
    # toys mistaken for weapons: "alguien podría confundir esas pistolas con armas de verdad"
    r"confund\w+ (?:\w+ ){0,3}con (?:armas|pistolas)(?: de verdad| reales)?|(?:mistake|mistaken|"
    r"confuse|confused) (?:\w+ ){0,3}for (?:real )?(?:guns?|weapons?)",
    r"hit (?:me|us) up|hit (?:up|it off)|hit(?:ting)? the (?:road|gym|books|hay|jackpot|bar|club|"
    r"sack|spot|"
    r"store|shops|snooze|lottery)|(?:hit|hits) different",
    r"beat (?:me to it|the (?:traffic|rush|eviction|system|odds|case|heat|deadline)|it)|beats me|"
    r"(?:i'm|i am|so|really) beat\b",
    r"fight(?:ing)? (?:the|this|my|an|our|his|her) (?:eviction|landlord|case|ticket|rent|increase|"
    r"system|"
    r"charges|cold|flu|city|building|co-?op|board|lease|decision)|fighting over (?:the|a|who|what|"
    r"it)|"
    r"(?:pillow|food|snowball|water ?balloon|water ?gun|water|nerf(?: gun)?|squirt ?gun|paintball|"
    r"dance|rap|pie|mud|shaving cream|silly string) fights?(?: (?:(?:at|in|on|outside|with) "
    r"(?:the|a|our|my)|outside|out front|out back))?|fight(?:ing)? for (?:my|our|the|"
    r"his|her) (?!life|lives)",
    r"(?:got|get|getting|been|was|were|be|am) fired|fire (?:the|my|our|his|her) (?:landlord|super|"
    r"manager|"
    r"management|lawyer|broker)|fired up|(?:is|was|'s|are|were|'re) (?:straight |pure |so |"
    r"literally )?fire(?! (?:in|on|"
    r"at|next|upstairs|downstairs))|playing with fire|under fire|fire (?:department|station|drill|"
    r"inspector|"
    r"inspection|marshal|safety|code|hydrant|truck|extinguisher|sale)|spitting fire|"
    # "those weren't fireworks" is gunfire told by what it was not
    r"(?<!weren't )(?<!wasn't )(?<!not )(?<!aren't )(?<!no )(?<!ain't )fireworks?"
    # ... and so is "thought it was fireworks but theres shells all over the sidewalk"
    r"(?![^.!?]{0,30}\b(?:but|pero)\b[^.!?]{0,40}\b(?:shells|casings|casquillos|bullet|balas?|"
    r"blood|sangre|someone (?:got )?(?:shot|hit)))",
    r"bomb(?:ed)? (?:a|my|the|his|her|that) (?:test|exam|interview|audition|quiz|presentation|"
    r"class)|"
    r"bombed (?:it|the test)|da bomb|the bomb(?: lol| haha|\.|!|$)|bath bombs?|photo ?bomb\w*|"
    r"f[- ]?bombs?|"
    r"bombing (?:my|the) (?:test|exam)",
    r"(?:sugar|candy|caffeine|coffee|chocolate|carb|pizza|cuteness|meme) overdose|"
    # food "overdosed on": "think i OD'd on the church ladies coffee cake"
    # ... in Spanglish too: "lol i overdosed en cold brew hoy"
    r"overdos(?:e|ed|ing) (?:on|en) (?:the |my |a |some |all the |his |her |el |la )?(?:\w+ ){0,3}"
    r"(?:cakes?|"
    r"cookies|pie|pizza|candy|sugar|chocolate|carbs|coffee|donuts|pastries|tamales|pasteles|"
    r"samples|empanadas|tacos|wings|buffet|desserts?|snacks|arepas|pupusas|churros|cold brew|"
    r"espresso|lattes?|cafecito|energy drinks?|red bull|"
    r"dulces|food|comida|netflix|sales?|shopping|deals|discounts|black friday|cyber monday|"
    r"amazon|episodes?|shows?|tiktok|anime|video ?games|games|overtime|homework|studying)\b|"
    # knowing the sound: "I know what gunfire sounds like, and that was fireworks"
    r"(?:know|knows|remember|learned) what (?:gun ?fire|gun ?shots?|shots|disparos|balazos) "
    r"sound(?:s|ed)? like|"
    # fired: "they gave me the axe after 15 years"
    r"(?:gave|give|gives|giving|got|get|gets|getting|given) (?:me |him |her |them |us )?the axe|"
    # An overdose "on" or "of" anything that is not a drug is a figure of speech
    # ("overdosed on netflix", "sobredosis de Fortnite").
    rf"(?:overdos(?:e|ed|ing)(?: (?:me|us|him|her|them))? (?:on|of)|sobredosis de) "
    rf"(?!{_SUBSTANCE_AHEAD})\w+",
    rf"overdos(?:e|ed|ing) on (?:my |his |her |the )?[\w']+'s (?!{_SUBSTANCE_AHEAD})\w+",
    r"(?:telenovela|novela|netflix|tv|anime|k-?drama|drama|coffee|caffeine|cafe|sugar|azucar|"
    r"candy|chocolate|carbs?|pizza|cuteness|shopping|gym|homework|tarea|series|reality tv|"
    r"reggaeton|salsa|bachata|tiktok|gaming|holiday) overdose",
    # "tomé tanto café que casi me da una sobredosis jaja"
    r"(?:tanto|tanta|tantos|tantas|demasiad[oa]s?|so much|too much|so many|too many) (?:cafe|"
    r"coffee|caffeine|cafeina|azucar|sugar|dulces?|candy|chocolate|pastel|cake|energy drinks?|"
    r"red ?bulls?|monsters?|netflix|series|novelas?|tiktok|anime|pizza|comida|food)"
    r"[^.!?]{0,40}(?:sobredosis|overdos\w+|od'?d)",
    r"(?:gave|give|giving|almost gave|nearly gave) (?:me|us|him|her) a heart attack|"
    r"(?:almost|nearly) (?:had|have|having) a heart attack|heart attack (?:lol|haha)",
    r"choked up|choke up|choking up|choked on (?:the|my) (?:exam|test|words|interview)",
    r"(?:ears?|eyes|head) (?:hurt|hurts|hurting)(?: from| because)",
    r"(?:ruido|musica|calor|frio|dolor|trabajo|renta|casero|dueno|espalda|cabeza|trafico|pies|esto|"
    r"fila|cola|espera|tren|metro|guagua|clinica|oficina|papeleo|invierno|verano|mudanza|obra|"
    r"eso|perro|jefe|jefa|horas|horas extra|clases|tarea|deudas|suegra|escuela|"
    r"construccion|olor|estres|ansiedad|tos|bulla|escandalo|fiesta|humedad|escaleras|"
    r"cucarachas|ratas|ratones|chinches|rodillas|piernas|subida|calor|deudas|biles|cuentas|"
    # the cost of living: "esta ciudad me está matando, todo cuesta un ojo de la cara"
    r"ciudad|precios|alquiler|inflacion)"
    # (not across a new clause: "oigo ruido en la sala y un hombre me está matando")
    r"\b(?:(?! y | pero )[^.!?,]){0,25}(?:me|nos|la|lo|las|los) "
    r"(?:esta |estan )?mat(?:a|an|ando)",
    r"(?:ruido|musica|bulla|reguet\w*|reggaeton|bocinas?|bar|bodega|club|discoteca|fiesta|"
    r"construccion|obra|olor|peste)\b(?:(?! y | pero )[^.!?,]){0,40}(?:esta|estan) matando a "
    r"(?:todo|todos|toda|"
    r"todas|medio)",
    r"(?:me muero|morirme|me quiero morir|quiero morirme|me mori|me moria) (?:de (?:la )?(?:risa|"
    r"ganas|hambre|sueno|frio|calor|verguenza|pena|aburrimiento|miedo|envidia|nervios)|por)|"
    r"me mata de (?:risa|verguenza)|muert[oa] de (?:risa|hambre|sueno|cansancio|frio|calor)",
    r"(?:esta|estaba|estuvo) que arde|(?<!que )(?:fue|fueron|estuvo|"
    r"estuvieron) (?:la|una) bomba(?: en (?:la|el|los|las) \w+)?|"
    r"(?:casi )?me (?:da|dio|iba a dar|va a dar) (?:un )?(?:infarto|ataque(?: al corazon)?|"
    r"patatus|soponcio)(?= (?:cuando|con|de|al|por|viendo)| jaja)",
    r"(?:telefono|celular|bateria|cel|planta|plantas|computadora|"
    r"laptop)[^.!?]{0,20}(?:se )?(?:esta )?"
    r"(?:muriendo|murio|muert[oa])|"
    r"se (?:me |le )?(?:murio|muere|esta muriendo) (?:mi |el |la |su )?"
    r"(?:telefono|celular|cel|bateria|computadora|laptop|carro|tele|nevera|plantas?)",
    # ("robarle el dinero a mi mamá me mata": the mother is the object, not the figure)
    r"(?<!\ba )(?:mi )?(?:mama|madre|papa|padre|jefe|jefa|maestra|maestro|profe|abuela) me va a "
    r"matar",
    r"(?<!\ba )(?<!\ba mi )(?:mi )?(?:mama|madre|mami|papa|padre|papi|jefe|jefa|maestra|maestro|"
    r"profe|abuela|abuelo|tia|suegra)[^.!?]{0,40}\bme mata\b",
    # smells that "choke" someone: "the cooking smells are choking me out"
    r"(?:smells?|stench|odou?rs?|perfume|cologne|pollen|dust|weed smell)[^.!?]{0,40}(?:is|are|'s|"
    r"'re|keeps?) (?:\w+ )?(?:choking|suffocating) (?:me|us)",
    r"(?:es|esta|estaba|estuvo|fue|son|estan|ta|tan|was|is|'s) (?:en |bien |puro |pura |straight )?"
    r"fuego|fuegos artificiales|me despidieron",
    r"(?:estoy|esta|estan|anda|andan) que (?:exploto|explota|explotan|reviento|revienta|me muero|"
    r"me subo por las paredes|se sube por las paredes|echa humo|echa chispas)|(?:exploto|exploté|"
    r"reviento) de (?:coraje|rabia|ira|risa|celos)|(?:cayo|caer) como (?:una )?bomba|"
    r"se (?:le|me|nos|les) (?:disparo|dispara|subio|sube) (?:el|la) (?:azucar|presion|"
    r"colesterol|renta|precio|fiebre|glucosa)",
    r"(?:is |are |was |it's |its )?kill(?:s|ing|ed)? (?:my|our|the|his|her|their) (?:business|"
    r"sales|store|shop|vibe|mood|budget|wallet|credit|battery|back|feet|knees|ears|sleep|"
    r"plants?|grass|lawn|profits?|customers)",
    r"(?:pistol(?:a|ita|as)|armas?) (?:falsas?|de utileria|de mentira)|(?:fake|prop|toy) guns?|"
    r"(?:pistol(?:a|ita|as)|armas?|rifles?) de (?:agua|juguete|clavos|pintura|silicona|aire|"
    r"balines|bolitas|paintball)",
    # fuming with rage: "está que echa fuego del coraje"
    r"(?:echa|echando|echaba|botando|bota) fuego (?:del?|por el|por la) (?:coraje|rabia|ira|"
    r"enojo|furia|colera)",
    # someone fuming: "mi jefe está echando humo porque llegué tarde", "está que echa humo"
    r"(?:jef[ea]|mama|madre|papa|padre|mami|papi|abuel[oa]|espos[oa]|maestr[oa]|novi[oa]|ti[oa]|"
    r"herman[oa]|supervisor[a]?|duen[oa]|caser[oa]|vecin[oa]|suegr[oa]|profe\w*|senor[a]?|"
    r"manager|boss)(?: \w+){0,2} (?:esta|estaba|anda|andaba|quedo|sigue|se puso)(?: que)? "
    r"ech(?:a|ando|aba|o) humo|que echa(?:ba)? humo",
    # a phone's battery: "phone on 2% and dying"
    r"(?:phone|battery|cel|celular|telefono|laptop)[^.!?]{0,20}(?:dying|died|dead|muriendo|"
    r"murio|muerto)",
    # a machine that stopped: "the intercom in my building is dead"
    r"(?:intercom|buzzer|doorbell|timbre|intercomunicador|wifi|wi-fi|internet|router|remote|"
    r"fridge|refrigerator|nevera|elevator|ascensor|radiator|boiler|heater|outlet|car|engine|"
    r"lights?|bulbs?|tv|tele)\b[^.!?]{0,20}\b(?:is|are|went|'s|esta|estan) (?:\w+ )?"
    r"(?:dead|muert[oa]s?)",
    # tired, not unconscious: "knocked out cold after shoveling all day"
    r"(?:knocked|passed|crashed) out (?:cold )?(?:after|from) (?:a |my |the )?(?:long |double )?"
    r"(?:shovel+ing|working|work|cleaning|moving|studying|shift|day|week|gym|workout|practice|"
    r"\w+ing all day)",
    # a long party, not a kidnapping: "holding me hostage at her cousin's baby shower"
    r"hold(?:s|ing)? (?:me|us) hostage (?:at|in) (?:a|an|the|her|his|my|our|their|this) "
    r"(?:[\w']+ ){0,3}(?:party|shower|wedding|dinner|meeting|church|class|event|mall|store|"
    r"brunch|game|quince\w*|fiesta|reunion)",
    # a holiday nap: "passed out on the couch after dinner like every year lol food coma"
    r"(?:passed|knocked|crashed) out [^.!?]{0,60}(?:food coma|like every (?:year|thanksgiving|"
    r"christmas|holiday|sunday))",
    # luck, not a stroke; a full stomach, not a blocked airway
    r"stroke of (?:luck|genius|midnight|brilliance)|(?:so full|stuffed|ate so much|laughing so "
    r"hard|laughed so hard)[^.!?]{0,40}(?:can't|couldn't|cannot) breathe|"
    r"(?:el|la|este|esta) (?:calor|frio|ruido|humedad|trabajo|renta) (?:\w+ ){0,3}(?:lo|la|me|nos|"
    r"los|las|te) (?:va a matar|esta matando|mata)\b",
    # the subject after the verb: "dice que 'la va a matar el ruido' de la construcción"
    r"(?:lo|la|me|nos|los|las|te) (?:va a matar|van a matar|esta matando|mata)['\"]? (?:el|la|"
    r"este|esta|ese|esa|tanto) (?:calor|frio|ruido|humedad|trabajo|renta|construccion|obra|bulla|"
    r"musica|estres|olor|dolor|escandalo)\b",
    # praise: "ese rapero estaba matando con sus rimas"
    r"\b(?:esta|estaba|estan|estaban|estuvo) matando(?:la)? (?:con (?:sus|las|los|esa|ese|el|la|"
    r"su) (?:rimas|barras|voz|baile|pasos|musica|canciones|cancion|outfit|look|flow|beat|tambores)|"
    r"en (?:el|la) (?:escenario|pista|tarima))",
    # Puerto Rican bomba, the music and dance: "el evento de bomba en el parque"
    r"(?:evento|baile|musica|tambores|clases?|grupo|toque|fiesta|festival|bailar|tocar|taller) de "
    r"bomba\b(?: en (?:el|la|los|las|un|una) \w+)?|bomba y plena|bomba (?:puertorriquena|boricua)|"
    r"(?:bailar|tocar|bailando|tocando) bomba",
    # a fright, not a blow: "mi hijo me pegó un susto"
    r"\bpeg(?:o|aron|ar|a|an|ue|aste) (?:un |tremendo |tremenda |el |una )?(?:tremendo |gran )?"
    r"(?:susto|sustazo|sustico|grito|gritos|brinco|salto|pasada|vuelta|mirada|ojo)",
    # too much of something: "his teacher is killing him with homework"
    r"kill(?:ing|s)? (?:me|him|her|us|them) with (?:the |all (?:the|this|that) |so much )?"
    r"(?:homework|work|chores|questions|kindness|paperwork|emails|texts|calls|rules|tests|"
    r"assignments|practice|drills|noise|music|kindness|love|jokes)",
    # ... in Spanish: "mi ex me está matando con los mensajes jajaja"
    r"\bmat(?:ando|a|an) con (?:los |las |sus |tantos |tantas |esos |esas |el |la )?(?:mensajes|"
    r"textos|llamadas|preguntas|quejas|chistes|tareas|audios|notas de voz|reclamos|"
    r"indirectas)\b",
    # a salute at a funeral: "en el funeral le hicieron la salva de disparos"
    r"\b(?:salva|salvas|saludo) de (?:disparos|canonazos|honor|fusiles|rifles)\b|"
    r"\b(?:(?:21|twenty[- ]one)[- ])?(?:gun|rifle) salute\b|\bhonor guard (?:fired|shot)\b",
    # the music all night "killing" the resident, said with a weary face or a laugh: "bailan
    # bachata hasta las 3 de la mañana, me estan matando 😩", "mi vecino es baterista y practica
    # a las 2am, me está matando 😩" (the face or laugh required: "hay
    # fiesta arriba y un tipo me está matando" is read as it says)
    r"(?:musica|bachata|reggaeton|reguet\w*|salsa|merengue|dembow|ruido|bulla|fiesta|party|"
    r"bocinas|tambores|drums|bailan|bailando|bateria|baterista|dj|banda|band|ensaya\w*|ensayo|"
    r"practica|practicando|trompeta|guitarra|piano)\b[^.!?]{0,80}\b(?:me|nos) (?:esta|estan) "
    r"matando"
    r"\W*(?:😩|😫|🙄|😤|🥱|😭|😂|🤣|💀|jaja\w*|lol\b)",
    # a sound likened to gunfire: "practica drums y parece un shootout lol"
    r"(?:drums?|tambores|bateria|bass|bajo|bocinas|speakers?|music|musica|hammer\w*|martill\w*|"
    r"construction|construccion|obra)\b[^.!?]{0,40}\b(?:parece|suena como|sounds like|like) "
    r"(?:un|una|a) (?:shootout|balacera|tiroteo|gunfight|war zone|guerra)\b",
    # a condition and its absence, not a seizure now: "seizure-free for 15 years"
    r"seizure[- ]free|free of seizures|no seizures (?:in|for|since)|sin (?:convulsiones|ataques) "
    r"(?:desde|hace|en)|seizure disorders?|trastorno convulsivo",
    # a relative's words wearing the resident down, with a laugh: "mi cuñada me tiene loca con
    # sus comentarios, me está matando poco a poco jaja"
    r"(?:comentarios|indirectas|chismes|preguntas|quejas|dramas?)\b[^.!?]{0,40}\b(?:me|nos) "
    r"(?:esta|estan) matando|(?:me|nos) (?:esta|estan) matando poco a poco\W*(?:jaja\w*|lol\b|"
    r"😂|🤣|😩|🙄|😅)",
    # feelings, not blows: "la telenovela la está matando de los nervios"
    r"\bmat(?:ando|ar|a|an|o|aron|aste) (?:de|del) (?:los |la |el )?(?:nervios|risa|susto|"
    r"aburrimiento|cansancio|curiosidad|preocupacion|estres|celos|envidia|pena|verguenza)\b",
    # a church revival "on fire" with the spirit
    r"(?:revival|holy spirit|holy ghost|espiritu santo|avivamiento|worship|alabanza|culto)"
    r"[^.!?]{0,50}(?:on fire|"
    r"en fuego|fire|fuego)",
    # praise: "his freestyle was straight flames", "el food truck está on fire, line around the
    # block"
    r"(?:freestyle|verse|set|show|performance|song|album|track|beat|bars|outfit|fit|food|dish|"
    r"pizza|tacos|food truck|truck|business|sales|game|concert|mixtape|cancion|comida|negocio|"
    r"ventas|cypher|sale|ofertas?|deals?|descuentos?|"
    # a winning streak: "my bets been on fire this week", "mis picks están on fire"
    r"bets|picks|parlays|streak|racha|luck|suerte|stocks|crypto|portfolio)"
    # (not across a new clause: "this song is fire and my kitchen is on fire")
    r"(?:(?!\b(?:but|pero|also|tambien|aunque|and|y)\b)[^.!?]){0,40}\b(?:was|is|are|were|'s|"
    r"been|"
    r"esta|estuvo|es|estan)(?: \w+)? "
    r"(?:straight |pure |literally |bien |super )?(?:flames|fire|on fire|fuego|en fuego|lit)"
    r"(?! (?:in|on the|at|next|coming|everywhere|spreading))",
    # loud: "my ears are bleeding"
    r"(?:my|mis|our|nuestros) (?:ears|oidos) (?:are |estan |me estan |r )?(?:literally |lowkey |"
    r"actually |ya )?(?:bleeding|sangrando)",
    # a plan or an offer rejected: "shot down every single dinner option"
    r"shot down (?:(?:every|all|each|any|my|our|his|her|their|the) )+(?:single )?(?:\w+ )?"
    r"(?:ideas?|options?|plans?|suggestions?|proposals?|offers?|requests?|choices?|pitch)",
    r"overdose de (?!drogas?|pastillas|fentanilo|heroina|medic\w*|alcohol|pildoras)\w+",
    # soul-crushing, not a blow: "this job is slowly killing my soul"
    r"(?:is|are|'s|'re|was|been) (?:\w+ ){0,2}killing (?:my|our|the|his|her) (?:soul|spirit|vibe|"
    r"mood|buzz|joy|motivation|brain cells|will to (?:work|study|go on with this job))",
    # a party or a song "prendío": "ese dembow está encendío 🔥"
    r"(?:dembow|reggaeton|perreo|bachata|salsa|merengue|tema|cancion|rola|rolon|musica|fiesta|"
    r"party|jangueo|bembe|discoteca|coro|ambiente|dj)(?: \w+){0,3} (?:esta|estaba|estuvo|ta|es) "
    r"(?:bien |super |to |todo )?(?:encendi(?:d)?[oa]|prendi(?:d)?[oa])",
    # a body's burning: "my heartburn is ON FIRE at 38 weeks", "la acidez me está quemando"
    r"(?:heartburn|acid reflux|reflux|acidez|agruras|calves|thighs|quads|abs|muscles|"
    r"hamstrings)(?: \w+){0,2} (?:is|are|'s|'re|esta|estan|was|were) (?:literally |so |bien )?"
    r"(?:on fire|en llamas|burning|ardiendo|quemandome)",
    # an illness fought: "mi hijo está en guerra contra el cáncer y la está ganando"
    r"(?:en guerra|peleando|luchando|en (?:una )?batalla|at war|battling|fighting|fight|"
    r"war|battle) (?:contra|con|against|with) (?:el |la |su |his |her |my |the )?(?:cancer|"
    r"leucemia|leukemia|tumor|tumour|covid|diabetes|lupus)",
    # a quarrel over money or plans: "estan peleando x quien paga la boda"
    r"(?:peleando|discutiendo|fighting|arguing) (?:x|por|over|about) (?:quien|who|el dinero|la "
    r"plata|los chavos|dinero|money|the money|the bill|la cuenta|la renta|the rent|la boda|the "
    r"wedding|la herencia|the will|la fiesta|the party)\b",
    # a fright: "casi me da un infarto", "me mataste del susto"
    r"(?:casi )?me (?:da|dio|va a dar|dan|daba) (?:un )?(?:infarto|patatus|soponcio|ataque al "
    r"corazon)|me (?:matas|mataste|mato|matan) del susto|casi me muero del susto|"
    # ... the noise as the killer: "me va a matar de un infarto jaja"
    r"me (?:va|vas|van|iba|ibas) a (?:matar|dar) de (?:un )?(?:infarto|susto|coraje|rabia|"
    r"disgusto|patatus)|"
    # a pain that feels like a shot: "it feels like someone is shooting into my skull"
    r"(?:feels|felt|feeling) like (?:someone|somebody|they|he|she|a \w+) (?:is|was|were|'s|are) "
    r"(?:shooting|stabbing|drilling|hammering|punching)|"
    # a device that died: "my 2014 laptop is officially unresponsive"
    r"(?:laptop|phone|computer|tablet|printer|tv|router|xbox|ps5|playstation|celular|computadora|"
    r"ipad|iphone|modem|fridge|car) (?:is|'s|went|esta|quedo) (?:officially |completely |totally |"
    r"literally |now )?(?:unresponsive|not breathing|flatlined|dead)|"
    # a baby kicking in the womb: "the baby kicks sooo hard, she's a little fighter already"
    r"(?:baby|bebe|babies|twins|gemel[oa]s) (?:(?:is|was|keeps|has been|so|really|always|just|"
    r"esta|no para de) )?(?:kicks?|kicking|patea|pateando|me da pataditas|da pataditas)|"
    r"pataditas|"
    r"(?:a |una? )?(?:little|tiny|lil) (?:fighter|warrior|boxer)|(?:luchador|guerrer[oa]|"
    r"boxeador)(?:a|cit[oa])? (?:chiquit[oa]|pequen[oa])",
    # spicy food: "overdosed me on hot sauce, mi boca está en llamas"
    r"(?:boca|lengua|garganta|mouth|tongue)(?: \w+){0,2} (?:esta|is|'s|was|estaba|is literally) "
    r"(?:en llamas|on fire|ardiendo|burning)(?=[^.!?]{0,60}(?:picante|chile|aji|hot sauce|spicy|"
    r"pepper|jalapeno|habanero|wings|salsa))|"
    r"(?:picante|chile|aji|hot sauce|spicy|pepper|jalapeno|habanero|wings|salsa)[^.!?]{0,80}"
    r"(?:boca|lengua|garganta|mouth|tongue)(?: \w+){0,2} (?:esta|is|'s|was|estaba|is literally) "
    r"(?:en llamas|on fire|ardiendo|burning)",
    # things, not people, "matándome": "esta novela me está matando", "this commute me está
    # matando"
    r"(?:novela|serie|show|trafico|tapon|calor|frio|renta|alquiler|trabajo|turno|viaje|tarea|"
    r"clase|escuela|examen(?:es)?|dolor|espalda|pies|cabeza|rodillas?|ruido|musica|reggaeton|"
    r"fila|linea|espera|cola|precios?|cuentas|factura|humedad|alergias?|estres|ansiedad|tren|"
    r"bachata|salsa|merengue|dembow|bolero|tema|rola|disco|album|goteras?|moho|plaga|"
    rf"guagua|subway|metro|commute|cancion|capitulo|final|{_NON_PERSON})"
    r"(?: (?!y\b|pero\b|and\b)\w+){0,8}? (?:me|nos|lo|la|los|las) (?:esta|estan|tiene|tienen) "
    r"(?:matando|muert[oa]s?)"
    r"(?! a (?:golpes|punaladas|palos|tiros|cuchilladas))|"
    r"(?:impuestos|deudas|gastos|cuentas|renta|alquiler|precios?|ventas) (?:\w+ ){0,2}?(?:lo|la|"
    r"los|las) (?:esta|estan|tienen|tiene) (?:matando|muert[oa]s?)|"
    # a floor climbed: "tengo asma y el quinto piso me está matando" ("el del quinto piso" is
    # a person)
    r"(?<!del )(?<!de )(?:el|la|las|estas|esas) (?:\w+ )?(?:piso|escaleras|subida) (?:me|nos) "
    r"(?:esta|estan) matando|"
    r"(?:receta|mole|cocina|comida|tarea|trabajo|calor|frio|renta|examen|dolor|trafico|turno|"
    r"commute|dieta|gym|gimnasio) (?:\w+ ){0,3}?(?:me|nos) (?:va|van) a matar|"
    # in Spanglish: "la música del party está killing me"
    r"(?:musica|ruido|party|fiesta|bulla|calor|frio|trabajo|renta) (?:\w+ ){0,3}?(?:esta|estan) "
    r"killing (?:me|us)",
    # criticism: "took a shot at my cooking"; charts: "burning up the charts"
    r"(?:took|take|takes|taking) (?:a )?(?:shot|shots|jab|dig|swipe)s? at (?:my|his|her|their|"
    r"our|your) (?:cooking|food|outfit|hair|singing|work|team|taste|driving|dancing|game|"
    r"english|spanish|car|job|idea|ideas|posts?|story)|"
    # tried: "took a shot at breastfeeding in public"
    r"(?:took|take|takes|taking|give|gave|giving) (?:it )?a shot at "
    r"(?!(?:every|any|some|no)thing\b)\w+ing",
    r"burn(?:ing|ed|s)? up the (?:charts|dance ?floor|court|track|stage|field|league)",
    r"(?:bullpen|team|defense|offense|lineup|roster|season|league|squad) (?:is|'s) (?:a|an) "
    r"(?:ticking )?(?:time )?bomb(?: waiting to go off)?|threatening to (?:blow|lose|choke|"
    r"waste|ruin) (?:another|the|a|this|our) (?:lead|game|season|series|match)",
    # a boss "quiere matar" with overtime: "me quiere matar con tantas horas extra"
    r"(?:me|nos) (?:quiere|quieren|va|van) (?:a )?matar con (?:tant[oa]s?|el|la|los|las|su|sus|"
    r"est[oa]s?|es[oa]s?|tanto|mucho|mucha|muchos|muchas)",
    # a game: "my guy just got beaten to death in this game"
    r"(?:got|get|gets|getting|was|been) (?:\w+ ){0,5}(?:in|on) (?:this|the|my|his|her|that) "
    r"(?:game|video ?game|match|level|round|map)",
    # tired: "my feet are dead after 12 hours in boots"
    r"my (?:feet|legs) (?:are|r|'re) (?:so |literally |just |completely )?dead|"
    r"(?:mis )?(?:pies|piernas) (?:estan|tengo) (?:muert[oa]s|molid[oa]s)",
    # a team beaten by a score: "the Knicks getting beat up by 30"
    # balloons and phones: "we're gonna blow up the balloons at 5"
    r"blow(?:ing|s|n)? up (?:the |some |a few |all the |\d+ |those |these )?balloons|"
    r"blow(?:ing|s|n)? up (?:my|his|her|your|our|the group) (?:phone|chat|dms|inbox|notifications)|"
    r"blew up (?:on|all over) (?:tiktok|twitter|instagram|social media|the internet|youtube)|"
    # a kitchen's call: "the chef is always yelling 'fire table 6!'"
    r"fire (?:table|tables|order|orders|ticket) ?(?:#|number )?\d*|"
    r"(?:beat|beaten|beat up|blown out|crushed|destroyed|killed|murdered|smoked|bodied) by \d+"
    r"(?: points| runs| goals)?",
    # hyperbole with its trigger: "if I hear one more reggaeton song I'm gonna jump out the window"
    r"if (?:i|we) (?:have to )?(?:hear|see|get|listen to|sit through|deal with|read) (?:one more|"
    r"another)[^.!?]{0,80}(?:i'm|im|i am|i'll|ill|gonna|going to|i will) (?:gonna |going to )?"
    r"(?:jump|throw myself|kill myself|lose it|scream)(?: \w+){0,4}|"
    r"si (?:oigo|escucho|veo) (?:una|un) \w+ mas[^.!?]{0,80}(?:me voy a|voy a) (?:tirar|matar)\w*"
    r"(?: \w+){0,4}",
) + _idioms(
    "topic",
    # a sermon or a class about it: "el sermón de hoy sobre el suicidio de Judas"
    r"(?:sermon|homilia|predica|misa|bible study|estudio biblico|catequesis|sunday school|"
    r"escuela dominical|devotional|devocional|khutbah|jutba|dharma talk)(?: \w+){0,4} (?:sobre|"
    r"about|acerca de|on) (?:el |la |los |las |the |a |an )?(?:\w+ )?(?:suicid\w*|violen\w*|"
    r"muerte|death|dying|overdos\w*|sobredosis|abus\w*|abuso|murder|asesinato|guns?|armas|"
    r"killing|matar|kill)",
    # "hay que matar el orgullo": a vice killed in a homily
    r"(?:matar|mata|matamos|maten|kill|killing|kills) (?:el|al|la|los|las|nuestro|nuestra|"
    r"nuestros|tu|su|sus|mi|your|the|our|my|his|her|their) (?:propio |propia |own )?(?:orgullo|"
    r"ego|pecado|pecados|rencor|odio|envidia|egoismo|hambre|antojo|aburrimiento|pride|sin|sins|"
    r"grudge|hatred|envy|selfishness|boredom|craving|cravings|vibe|mood|buzz)\b",
    r"(?:llevar(?:me|nos|te)?|demandar(?:me|nos)?) a (?:la )?corte|take (?:me|us) to court|"
    r"amenaz\w* con (?:no volver a (?:hablar|venir|visitar)\w*|(?:no )?(?:hablarme|irse de la "
    r"casa|dejarme sin)|"
    # ("echarme un mal" is a curse, not an eviction)
    r"(?:el |la |un |una )?(?:desalojo|eviction|evict\w*|subir|desalojar\w*|llamar|"
    r"echar\w*(?! (?:un |una )?(?:mal|brujeria|maleficio|trabajo|bilongo|salacion))|"
    r"sacar\w*|demandar\w*|cobrar\w*|cortar(?:me|nos|le|les)?|quejar\w*|acusar\w*|"
    r"quitar(?:me|nos)? (?:el|la) (?:agua|luz|gas|calefaccion)|reportar\w*|multar\w*))\b"
    # ... not a threat that keeps someone from help: "me amenaza con echarme de la casa si
    # llamo al médico"
    r"(?!(?: de (?:la|mi|su|esta) casa)? si (?:llamo|denuncio|hablo|le digo|cuento|busco|voy|me "
    r"voy|pido))(?![^.!?]{0,60}(?:quitarme|llevarse) (?:a )?(?:los|las|mis) (?:ninos|hijos|hijas|"
    r"nenes|bebes))",
    # kept on hand: "i have narcan from the union training", "tengo narcan en la casa por si acaso"
    r"(?:i|we) (?:have|got|keep|carry) (?:a |some |the )?(?:narcan|naloxone)(?: \w+)? (?:from|at "
    r"home|in (?:my|the|our) \w+|just in case|since|for emergencies)"
    # ... not "i have narcan in my bag doing it now"
    r"(?![^.!?]{0,30}\b(?:doing it|giving|using it|now|rn|right now|ahora|se lo|spray|do i|give it|"
    r"use it|how do))|"
    r"(?:narcan|naloxone|naloxona) (?:trainings?|kits?|class|classes|workshops?|courses?|"
    r"programs?|gratis)|(?:(?:where|somewhere|how) (?:can|do|could) (?:i|we)|(?:where|somewhere) "
    r"(?:i|we) (?:can|could)) (?:get|find|buy|pick up)"
    r" (?:free )?(?:narcan|naloxone) for (?:my|our|the) (?:building|bodega|store|school|"
    r"office|church|job|tenants|staff)|"
    r"(?:entrenamiento|capacitacion|curso|clase|taller|kits?) de (?:narcan|naloxona)|"
    # "dónde puedo conseguir narcan pa tener en el local?"
    r"(?:donde|como) (?:puedo|podemos|se puede) (?:conseguir|comprar|encontrar|sacar) "
    r"(?:narcan|naloxona)[^.!?]{0,20}(?:para|pa) (?:tener|el|la|mi|nuestro|nuestra)|"
    r"(?:aprender a usar|learn(?:ing)? (?:how )?to use) (?:el |la )?(?:narcan|naloxona|naloxone)",
    # asked of the office: "do y'all give out narcan?", "do yall have narcan?", "ustedes reparten
    # narcan?"
    r"(?:do|does|can|could) (?:you|y'?all|yall|u|ya'?ll|you guys|the office|your office|this "
    r"office) (?:give out|hand out|offer|provide|distribute|give away|have|carry|sell|stock) "
    r"(?:free )?(?:narcan|"
    r"naloxone)|(?:ustedes|uds|la oficina) (?:reparten|regalan|dan|ofrecen) (?:el |la )?"
    r"(?:narcan|naloxona)(?: gratis)?\b",
    # the gas shut off for work, with notice: "Con Ed is shutting off the gas tomorrow 9-3"
    r"(?:shut(?:ting)?|turn(?:ing)?|cut(?:ting)?) (?:off|down) (?:the |our |all )?gas(?: service|"
    r" supply)?(?= (?:tomorrow|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"for|from|until|between|\d))|gas (?:shut ?-?offs?|outage|service) (?:tomorrow|notice|for|"
    r"from|until)|(?:corte|cortan|cortar|cierran|cerrar|quitan|quitar) (?:el |del )?gas (?:manana|"
    r"por|para|desde|hasta|el \w+)",
    # a detector put in: "the carbon monoxide detector is finally installed"
    r"(?:carbon monoxide|co|smoke|gas)(?: and (?:carbon monoxide|co|smoke))? (?:detectors?|"
    r"alarms?) (?:is |are |was |were |got |have been |has been )?(?:finally |now |all |just )*"
    r"(?:installed|put in|replaced)|(?:detectors?|alarms?) (?:all )?(?:work|works|working) "
    r"(?:fine|great|perfectly)",
    # classes and drills about emergencies: "in nursing class we practiced overdose reversal"
    r"(?:class|classes|course|training|drill|workshop|lesson|certification|seminar|simulation|"
    r"cursos?|clases?|taller(?:es)?|entrenamientos?|simulacros?|capacitacion(?:es)?)\b"
    # ... unless someone in the class collapses: "una señora de mi clase se desmayó y casi no
    # respira" is the emergency, not its topic
    r"(?:(?!\w*desmay|collaps|passed out|faint|se cayo|fell|seiz|convuls)[^.!?]){0,60}?"
    r"(?:overdos\w+|"
    r"gunshot wounds?|not breathing|bleeding|cpr|narcan|naloxone|stab wounds?|burns?|choking|"
    r"seizures?|sobredosis|no respira|sangrado|heridas? de bala)|"
    r"learn(?:ing|ed|s)? (?:about|how to (?:treat|respond to|handle|use|give|stop|reverse))"
    r"[^.!?]{0,40}?(?:overdos\w+|gunshot wounds?|bleeding|stab wounds?|seizures?|choking|burns?)",
    # sports talk
    r"(?:bullpen|team|offense|defense|pitching|pitcher|lineup|bats|shooter|squad|knicks|yankees|"
    r"mets|nets|giants|jets|rangers|liberty|dj|crowd|band) (?:is |are |was |were |'s )?(?:on "
    r"fire|killing it)|(?:ump|umps|umpire|ref|refs|referee|referees) (?:was |were |is |are )?"
    r"(?:robbing|robbed|killing) us|got (?:smoked|crushed|destroyed|killed|murdered|robbed) "
    r"\d+-\d+",
    # "fighting an eviction" in Spanish; arguing at the top of one's voice
    r"pelea\w* (?:el|un|la|nuestro|mi|contra el|contra la) (?:desalojo|caso|juicio|demanda|"
    r"aumento|renta)|pele\w+ a gritos|pele\w+ (?:por (?:telefono|whatsapp|mensajes?|texto|la "
    r"herencia|dinero|plata|la casa|la tele|la tablet|el control)|en el grupo)",
    # being evicted is a housing matter, not a threat ("nos estan sacando del apartamento")
    r"(?:nos|me|la|lo|los|las) (?:estan|esta|van a|quieren|quiere) (?:sacando|sacar|echando|"
    r"echar|desalojando|desalojar) (?:del|de la|de mi|de nuestro|de nuestra) (?:apartamento|"
    r"apartamiento|apto|edificio|cuarto|casa|vivienda)|"
    r"(?:kicking|putting|throwing) (?:us|me|them|her|him) out of (?:the|my|our|their|his|her) "
    r"(?:apartment|apt|place|house|building|room)|(?:getting|being) evicted|(?:be|get|getting|"
    r"being) kicked out|building is being sold|(?:nos|me) van a (?:sacar|desalojar|echar)"
    r"(?! a (?:golpes|patadas|punos|punetazos|tiros|la fuerza|empujones|palos))",
    # getting rid of old medicine: "are there drop boxes for old pills?"
    r"drop ?(?:boxes|box|off)(?: \w+){0,2} for (?:old |expired |unused |leftover )?(?:pills|meds|"
    r"medications?|medicines?|prescriptions?)|(?:clean|cleaning|cleaned) out (?:the|my|our) "
    r"medicine (?:cabinet|cabinets|drawer)|"
    r"(?:tirar|botar|desechar) (?:las |los )?(?:medicinas|medicamentos|pastillas)(?: \w+)? "
    r"(?:vencid[oa]s|viej[oa]s)|dispose of (?:old |expired |unused )?(?:meds|medications?|"
    r"medicine|pills)|drug take-?back",
    r"threat(?:en|ens|ened|ening) (?:me |us )?(?:to |with )(?:call|report|evict|eviction|raise|tow|"
    r"sue|fine|"
    r"kick|take|cut off|shut off|withhold|complain|write|ticket|subir|desalojar|llamar)\w*|"
    r"threat(?:en|ens|ened|ening) (?:me |us )?to cut (?:my|our|his|her|their|your|the) (?:hours|"
    r"pay|shifts?|salary|wages|benefits|checks?|overtime)",
    # locking a gun away: "a gun lock for my dad's hunting rifle" (before "gun lock" alone,
    # so that the idiom covers the gun)
    r"(?:gun|trigger|cable) locks? (?:for|on) (?:my|his|her|the|our|a|their) (?:\w+'?s )?"
    r"(?:\w+ )?(?:rifle|gun|pistol|shotgun|firearm|revolver)s?|"
    r"(?:gun|knife)[- ](?:violence|safety|control|prevention|laws?|buyback|locks?|safes?|license|"
    r"permit|storage)|"
    # violence-prevention work: "un programa contra la violencia armada, like Cure Violence"
    r"(?:programas?|program|grupos?|organizacion) (?:contra|de prevencion de|para prevenir) "
    r"(?:la )?violencia(?: armada| con armas)?|cure violence|violence interrupt\w+|"
    r"interruptores? de (?:la )?violencia|anti-?violence (?:program|group|work|organization)|"
    r"workplace violence (?:will not be tolerated|policy|policies|training|prevention|sign|"
    r"posters?)|"
    # lights of a holiday, asked about: "the diwali diyas on our windowsills, is that allowed"
    r"(?:diyas?|candles?|velas?|menorah|kinara|luminarias?)[^.!?]{0,60}(?:allowed|permitid\w+|"
    r"fire hazard|safe)|"
    # a quarrel online: "la gente se está atacando en el grupo de Facebook"
    r"(?:grupo|group|facebook|chat|comments?|comentarios|twitter|instagram|online|en linea)"
    r"[^.!?]{0,60}(?:se (?:esta|estan) atacando|se atacan|attacking each other)|"
    # smoke with a harmless source: "the smoke is from the bbq on the roof"
    r"(?:smoke|humo) (?:is |was |'s |es |era )?(?:just |only |solo )?(?:from|coming from|de|del|"
    r"viene de) (?:the |a |my |our |his |her |their |someone's |la |el |una |un )?(?:[\w']+ )?"
    r"(?:bbq|barbecue|barbeque|grill|parrilla|asado|hookah|cigars?|cigarettes?|incense|"
    r"incienso|fireplace|chimenea|candles?|velas?)|"
    r"(?:smoke|humo)[^.!?]{0,50}(?:is|was|'s|es|era) (?:just |only |solo )?(?:incense|incienso|"
    r"sahumerio|copal|sage|smudging|from (?:the )?(?:grill|bbq|barbecue))|"
    r"hunting license|"
    r"suicide (?:prevention|awareness|hotline|lifeline)|overdose prevention(?: center| site)?|"
    r"(?:international )?overdose awareness(?: day| month| week| vigil)?|dia (?:internacional )?"
    r"de (?:concientizacion|conciencia|concienciacion) sobre (?:la )?sobredosis|"
    r"suicide (?:rates?|statistics|stats|research)|(?:tasas?|estadisticas) de suicidio|"
    r"(?:recogni[sz]e|recogni[sz]ing|spot|spotting|identify|identifying|prevent|preventing|"
    r"reconocer|identificar|detectar|prevenir) (?:the |el |los |la |las )?(?:signs of |senales "
    r"de(?:l)? )?(?:child |elder |infantil )?(?:abuse|neglect|abuso|maltrato|negligencia)|"
    r"(?:capacitacion|entrenamiento|taller|curso|charla|training|workshop) (?:\w+ ){0,3}(?:abuso|"
    r"maltrato|violencia domestica|abuse|domestic violence)|"
    r"(?:prevencion|prevenir|prevencion del|concientizacion sobre el) (?:del )?suicidio|"
    r"(?:heavy|punching|speed) bag|mma|jiu[- ]?jitsu|martial arts|kickboxing|"
    # a pharmacy's delivery, not a delivery worker: "mi compañero del delivery se mete pastillas"
    r"(?:farmacia|pharmacy|entrega a domicilio|delivery (?:de|of|from|for|service|app)|surtir|"
    # (not across a danger told between: "the pharmacy on my corner, every night theres
    # fights outside over pills")
    r"refill)(?:(?!\b(?:fights?|fighting|peleas?|pelean|shoot\w*|stabb\w*|robb\w*|tiros|"
    r"balacera|disparos)\b)[^.!?]){0,90}(?:pastillas|"
    r"medicinas|medicamentos|pills|meds|prescriptions?)|"
    r"(?:clases? de |gimnasio de |torneo de |equipo de )?boxeo|boxing (?:gym|class|classes|match|"
    r"lessons?|tournament|team|program)|"
    r"(?:domestic violence|abuse) (?:awareness|training|class|program|prevention)|self[- ]defense",
    # a cook's knives: "my knife roll in my backpack, my own chef's knives"
    r"knife (?:roll|bag|kit|set|block|case|skills|sharpening)|chef'?s knives?|"
    r"(?<!esconde )(?<!escondio )(?<!guarda )cuchillos de "
    r"(?:cocina|chef)|afilar cuchillos|"
    r"shotgun (?:wedding|seat)|ride shotgun|call(?:ed)? shotgun|boda (?:a|de) escopeta|"
    # a cook's cut: "cut myself chopping onions, tiny nick"
    r"cut (?:myself|my (?:finger|thumb|hand))(?: \w+){0,2} (?:chopping|cutting|slicing|dicing|"
    r"peeling|shaving|cooking|opening|carving|on (?:a|the) (?:can|mandoline|grater|box cutter))|"
    r"me corte (?:el dedo |la mano )?(?:picando|cortando|pelando|cocinando|rebanando|abriendo|"
    r"con (?:el|un) (?:abrelatas|rallador))|"
    # an animal's trouble, not a person's: "mis dos perros se pelean por el mismo juguete",
    # "mi gata tuvo una convulsión", "my cat threatens me with her eyes"
    rf"(?:{_PET}) (?:(?:keep|always|are|still|just|siempre|se) )?(?:se )?(?:pelean|fight|"
    r"fighting|peleando)|"
    rf"(?:{_PET}) (?:\w+ ){{0,2}}(?:tuvo|tiene|is having|had|has|esta teniendo|le dio|got) "
    r"(?:a |an |una |un )?(?:seizures?|convulsion(?:es)?)|"
    rf"(?:{_PET}) (?:\w+ ){{0,2}}(?:wants to die|quiere morir(?:se)?|se quiere morir|threatens|"
    r"amenaza)|"
    # games named, and shooting games: "mi hermano me mató en minecraft", "videojuegos de tiros"
    r"(?:en|in|jugando|playing|juega|plays|play|juegan) (?:minecraft|fortnite|gta|call of duty|"
    r"roblox|among us|valorant|cod|halo|apex)|(?:videojuegos?|video ?games?|juegos?) de (?:tiros|"
    r"balazos|disparos|guerra|pistolas)|"
    # a rehearsal heard through the wall: "the screaming from 5A is a theater rehearsal"
    r"(?:theater|theatre|drama|acting|choir|band|teatro|coro) (?:rehearsal|practice|class)|"
    r"ensayo de (?:teatro|la obra|baile|canto)",
    # first aid taught: "do they teach the thing for choking?"
    r"(?:teach|teaches|teaching|learn|learning|class|training)(?: \w+){0,4} (?:for )?choking|"
    # gun violence as a subject: "madres que han perdido hijos por la violencia con armas de
    # fuego"; first aid as a subject: "the choking maneuver for babies"
    r"violencia (?:con armas(?: de fuego)?|armada)|(?:choking|atragantamiento) (?:maneuver|"
    r"first aid|rescue|class|training|response)|maniobra de heimlich|heimlich(?: maneuver)?|"
    # overdoses as news, or denied: "how overdoses are everywhere now", "nobody here has had
    # an overdose situation"
    r"overdoses (?:are|have been) (?:everywhere|up|rising|going up|so common|on the rise)|"
    r"(?:las )?sobredosis (?:estan|son) (?:en todas partes|subiendo|aumentando)|"
    r"(?:nobody|no one|nadie)(?: \w+){0,3} (?:has had|had|ha tenido|tuvo) (?:an? |una? )?"
    r"(?:overdose|sobredosis)(?: situation| emergency| emergencia)?|"
    # a dose asked about, not taken: "how much tylenol can I take while breastfeeding?"
    r"how (?:much|many)(?: \w+){0,3} (?:can|should|could|do) (?:i|we|you|she|he|my \w+) "
    r"(?:take|give|have)(?![^.!?]{0,60}(?:die|dead|kill|end it|never wake|wake up|for good|"
    r"enough|lethal|overdose|od|morir|matar))|"
    r"cuant[oa]s?(?: \w+){0,3} (?:puedo|puede|se puede|le puedo|debo|debe) (?:tomar|dar(?:le)?)"
    r"(?![^.!?]{0,60}(?:morir|matar|muerta?|despertar|sobredosis|suficiente))",
    # a parent's anger over a mishap: "my mom's gonna kill me, I left the window open"
    # (partners are left out: "my husband is going to kill me" is a threat)
    r"(?:mom|mother|mama|mami|dad|father|papa|papi|grandma|grandpa|abuela|boss|teacher|coach|"
    r"sister|brother|aunt|tia)(?:'s|s| is| will)? (?:going to|gonna|gon|will|'ll) kill (?:me|us)"
    r"(?=[,.!]?\s*(?:(?:i|we) (?:left|broke|forgot|lost|spilled|ate|missed|used|dented|"
    r"scratched|ruined|burned|burnt|failed|dropped|stained|flooded|shrunk|crashed)|if (?:she|he) "
    r"(?:finds out|sees|hears)|(?:lol|lmao|haha|jaja|😭|😂|🤣)))",
    # plants die: "my houseplants are dying because of the broken window"
    r"(?:house ?plants?|plants|flowers|orchids|succulents|tomatoes|garden|lawn|grass|herbs|"
    r"basil|ferns?|cactus|cactuses|cacti|plantas|matas|flores) (?:are|is|were|was|keep|se "
    r"(?:estan|esta))? ?(?:all )?(?:dying|dead|muriendo|murieron|secando)",
    # killed with a thing that is not a weapon: "her landlord is trying to kill her with
    # this rent increase"
    r"(?:trying to |gonna |going to |wants? to )?kill(?:ing|s)? (?:me|her|him|us|them|"
    r"everyone|everybody) with (?:this|the|that|these|those|his|her|their|all (?:this|the|"
    r"these|those)) (?:\w+ )?(?:rent|increases?|fees?|bills?|noise|music|paperwork|homework|"
    r"work|questions|prices?|kindness|love|jokes?|smells?|cooking|rules|inspections?|"
    r"hikes?|overtime|taxes|forms|cuteness)",
    # a fight that is not a fight: "fighting for his life against his eviction"
    r"fighting for (?:his|her|my|their|our) li(?:fe|ves) (?:against|with|in|at|over) (?:\w+ )?"
    r"(?:\w+ )?(?:eviction|landlord|court|case|housing|insurance|paperwork|bureaucracy|system|"
    r"deportation|city|bills|rent|job|boss|homework|exams?|management|agency)",
    # a look or a message "shot" at someone: "the clerk just shot me the dirtiest look"
    r"shot (?:me|him|her|us|them) (?:a|an|the|this|that|one)(?: \w+){0,2} (?:looks?|glances?|"
    r"stares?|smiles?|texts?|messages?|dms?|emails?|winks?|side ?eye)",
    # anger, not a blast: "she keeps parking her stroller in front of my door and i just exploded"
    r"(?:i|he|she|my \w+)(?: just| totally| kinda| basically| finally)? (?:exploded|blew up)"
    r"(?= (?:on|at) (?:him|her|them|me|us|my|the)\b|\W*$|\s*[.,!]| with (?:anger|rage))",
    # a needle, not a gun: "the nurse shot me with the flu vaccine"
    r"shot (?:me|him|her|us|them|my \w+) (?:up )?with (?:the |a |an |my |his |her |two |both )?"
    r"(?:\w+ )?(?:vaccines?|boosters?|flu|covid|insulin|b12|tetanus|antibiotics?|vacunas?|"
    r"novocaine|steroids?|cortisone|epidural)",
)


def _sourced_idioms(source: str, *regexes: str) -> tuple[Idiom, ...]:
    """Figures of speech that count only after their ``source`` (``Idiom.source``)."""
    found = re.compile(rf"\b(?:{source})\b")
    return tuple(replace(idiom, source=found) for idiom in _idioms("figurative", *regexes))


#: Words that only contain a danger word: they keep the rules off it, but unlike a
#: figure of speech they say nothing of the rest of the message ("screenshot from my
#: ex: 'you'll never see Mia again, we're already on the highway'").
_WORD_IDIOMS: Final[tuple[Idiom, ...]] = _idioms(
    "word", r"(?:mug|screen|snap) ?shots?|shot ?glass(?:es)?|punch ?lines?|fruit punch"
)

IDIOMS: Final[tuple[Idiom, ...]] = (
    _UNSOURCED_IDIOMS
    + _WORD_IDIOMS
    # Machines heard as gunfire, or mistaken for it, later in the message: "nail guns ...
    # pop pop pop. Some days it honestly sounds like a shootout ... a new neighbor actually
    # thought it was gunfire". The comparison alone is the idiom; its source comes first.
    + _sourced_idioms(
        r"nail ?guns?|jackhammers?|construction|renovation|renovating|drilling|hammering|"
        r"power tools?|fireworks?|firecrackers?|backfir\w*|cohetes|petardos|pistolas de clavos",
        r"sounds? like (?:a |an )?(?:shootout|gunfight|war ?zone|gunfire|gun ?shots|shots)|"
        r"(?:thought|thinking|think|penso|pensaba|creyo|creia|creyeron|pensaron) (?:it|they|that|"
        r"those|que)? ?(?:was|were|fue|era|eran|fueron) (?:gunfire|gun ?shots|shots|a shooting|"
        r"a shootout|disparos|balazos|tiros|una balacera)|pop pop(?: pop)*|bang bang(?: bang)*",
    )
    # "I OD'd on Netflix this weekend, like fully overdosed": the figure said twice
    + _sourced_idioms(
        r"netflix|tv|shows?|series|seasons?|episodes?|shopping|sales|candy|sugar|coffee|cake|"
        r"anime|tiktok|gaming|video ?games|novelas?",
        r"(?:fully|totally|completely|literally|seriously|officially) (?:overdosed|od'?d)",
    )
    # a fan at the television: "every game you hear 'YOU'RE KILLING ME!' through the wall"
    + _sourced_idioms(
        r"mets|yankees|knicks|nets|giants|jets|rangers|islanders|liberty|game|games|inning|"
        r"pitcher|umpire|ump|refs?|referee|playoffs|season|partido|juego",
        r"(?:you'?re|you are|they'?re|they are) killing me",
    )
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def sentence_span(text: str, start: int, end: int) -> Span:
    """The sentence around ``[start, end)``."""
    left = 0
    for boundary in _SENTENCE_END.finditer(text, 0, start):
        left = boundary.end()
    after = _SENTENCE_END.search(text, end)
    return Span(left, after.start() if after else len(text))


def clause_before(text: str, start: int) -> str:
    """The words of the clause that come before ``start``."""
    left = 0
    for m in _CLAUSE_END.finditer(text, 0, start):
        left = m.end()
    return text[left:start]


def clause_around(text: str, start: int, end: int) -> str:
    """The clause that holds ``[start, end)``."""
    after = _CLAUSE_END.search(text, end)
    return clause_before(text, start) + text[start : after.start() if after else len(text)]


def idiom_spans(text: str) -> list[tuple[Span, str]]:
    """Every figurative or topical idiom in the text, with its reason."""
    return list(_idiom_spans(text))


# The patterns and then the filters of the learned and semantic layers ask for the
# same message's idioms: over half a millisecond each time.
@functools.lru_cache(maxsize=256)
def _idiom_spans(text: str) -> tuple[tuple[Span, str], ...]:
    spans: list[tuple[Span, str]] = []
    for idiom in IDIOMS:
        for m in idiom.pattern.finditer(text):
            if m.end() <= m.start():
                continue
            reach = max(m.start() - SOURCE_REACH, 0)
            if idiom.source and not idiom.source.search(text, reach, m.start()):
                continue
            spans.append((Span(m.start(), m.end()), idiom.reason))
    return tuple(spans)


def covered_by(spans: Sequence[tuple[Span, str]], start: int, end: int) -> str | None:
    """The reason of an idiom that covers at least half of the match, if any."""
    length = max(end - start, 1)
    for span, reason in spans:
        overlap = min(end, span.end) - max(start, span.start)
        if overlap <= 0:
            continue
        # Most or the last word of the match: "my sister is dying" inside
        # "dying her hair" is the idiom's, even though the idiom is shorter.
        if overlap * 2 >= length or span.start < end <= span.end:
            return reason
    return None


#: "no she's not moving", "no the baby is still in the car": a "no" that opens
#: the clause and is followed by its subject answers a question; it negates nothing.
_ANSWER_NO: Final = frozenset({"no", "nope", "nah", "noo"})
_SUBJECT_AFTER_NO: Final = frozenset(
    {
        *("she", "he", "they", "it", "i", "we", "you", "she's", "he's", "they're", "it's", "i'm"),
        *("we're", "you're", "the", "my", "his", "her", "our", "their", "your", "there"),
        *("there's", "that", "this", "el", "ella", "ellos", "ellas", "mi", "mis", "su", "sus"),
        *("nuestro", "nuestra"),
    }
)
#: What follows "but" is the exception to the habit or the past before it
#: ("I do rounds every 2 hours, usually nothing, but the guy on 5 is grey").
_CONTRAST: Final = re.compile(
    r"\b(?:but|pero|however|sin embargo|except|excepto|this time|esta vez)\b"
)
# "he beat me years ago and right now he is outside with a gun": the story moves
# to another time, and what follows is read from there.
_TIME_SHIFT: Final = re.compile(
    r"\b(?:and|y) (?:(?:right )?now|tonight|today|this (?:morning|afternoon|evening|week)|"
    r"yesterday|last night|ahora(?: mismo)?|ahorita|hoy|esta (?:noche|manana|tarde|semana)|ayer|"
    r"anoche)\b|"
    # "se cayo de un andamio el año pasado ..., ahora dice que ya no quiere vivir"; not the
    # resident's own now ("hace 8 años, ahora quiero ayudar"); the match may begin at "dice"
    r",\s*(?:(?:right )?now|ahora(?: mismo)?|ahorita)(?=\s*$|\s+(?:(?:he|she|they|el|ella|"
    r"ellos) )?(?:dice|dicen|says|say|keeps saying|esta|estan|is|are)\b)"
)


#: "si voy al concierto sin él me va a partir la cara": "sin" and "without"
#: negate their own object, not the threat after it
_WITHOUT_SOMEONE: Final = re.compile(
    r"\b(?:sin|without) (?:el|ella|ellos|ellas|mi|ti|nosotros|him|her|them|me|us|you|permiso|"
    r"permission|avisar\w*|telling \w+|asking)\b"
)


#: What someone says begins its own clause: "mensajes de un número que no conozco
#: diciendo que me van a matar". A negated saying stays negated: "he didn't say".
_SAYING: Final = re.compile(
    r"\b(?:diciendo|dice|dicen|dijo|dijeron|decia|decian|say|saying|says|said|tell|tells|told|"
    r"text|texted|write|wrote|escribio|escribieron)(?: (?:me|us|her|him|them))?(?: que| that)?\b"
)


#: A match that opens with its own subject and verb starts a clause: a negator before
#: it is another clause's ("if he comes back and I'm not home he'll kill me"), unless a
#: belief holds it ("I don't think he'll hurt me").
_OWN_SUBJECT: Final = re.compile(r"(?:he|she|they)(?:'ll|'s|'re| will| is| are)\b")
_NEGATED_BELIEF: Final = re.compile(
    r"\b(?:think|believe|sure|know|expect|say|said|mean|seem|way|like|creo|pienso|parece)\b"
)


def is_negated(before: str, match: str = "") -> bool:
    """A negator among the last four words of the clause before the match; the
    "no" of a demand ("si no vuelvo con él me va a matar") negates nothing."""
    if _OWN_SUBJECT.match(match) and not _NEGATED_BELIEF.search(before):
        return False
    saying = [m for m in _SAYING.finditer(before)]
    if saying:
        words_before = _TOKEN.findall(before[: saying[-1].start()])
        if words_before and (words_before[-1] in _NEGATORS or words_before[-1].endswith("n't")):
            return True
        before = before[saying[-1].end() :]
    before = _WITHOUT_SOMEONE.sub(" ", _DISMAY.sub(" ", before))
    words = _TOKEN.findall(_STRANGER.sub(" ", _COERCIVE_IF.sub(" ", before)))
    if len(words) >= 2 and words[0] in _ANSWER_NO and words[1] in _SUBJECT_AFTER_NO:
        words = words[1:]
    # "never" reaches further: "I have never seen him with any weapon"
    return any(w in _NEGATORS or w.endswith("n't") for w in words[-4:]) or "never" in words[-7:]


#: Dismay, not a denial: "ay no ahora sale humo por debajo de su puerta", "oh no he's back".
_DISMAY: Final = re.compile(
    r"\b(?:ay|oh|o|ay dios|dios mio|omg|oh my god) no+\b(?!\s*(?:hay|es|esta|"
    r"tiene|is|has|isn'?t))|"
    # Mexican and Caribbean exclamations: "no manches está saliendo humo"
    r"\bno (?:manches|mames|inventes|jodas)\b"
)


#: A bystander unsure of what they see ("I think he's having a heart attack",
#: "not sure if she's breathing") is describing an emergency: for these kinds
#: no hedge lowers the level.
_HEDGE_PROOF_KINDS: Final = frozenset({"medical", "overdose", "fire"})
#: "I think" / "creo que" is how people report what they see or feel ("I think
#: someone is breaking in", "I think I want to kill myself"): it lowers nothing.
_BELIEF: Final = re.compile(r"\b(?:i think|creo que)\b")


# "a man I do not know just grabbed a little girl": a stranger, not a hedge
_STRANGER: Final = re.compile(
    r"\b(?:man|woman|guy|person|lady|someone|somebody|people|kid|boy|girl|men|women|dude|car|"
    r"van|truck) (?:that |who )?(?:(?:i|we) (?:do not|don't|dont|didn't|did not) (?:know|"
    # "a man I've never seen just grabbed a little girl"
    r"recognize)|(?:i|we)(?:'ve| have|'d| had)? never (?:seen|met)(?: before)?)\b|"
    # "un hombre que nunca había visto", "un tipo que no conozco"
    r"\b(?:hombre|mujer|senor|senora|tipo|vato|chavo|persona|alguien|muchacho|muchacha|carro|"
    r"camioneta|van) (?:que )?(?:no|nunca) (?:conozco|conocemos|reconozco|(?:habia|he|habiamos|"
    r"hemos) visto)\b"
)


#: A thing taken for a danger: "my neighbour thought the garbage truck was a [fight]".
_MISTAKEN_FOR: Final = re.compile(
    r"\b(?:thought|think|thinks|penso|pensaba|creyo|creia) (?:that |it |this |the |el |la |que )?"
    r"(?:\w+ ){0,3}(?:was|were|fue|era|eran) (?:a |an |un |una )?$"
)


def is_uncertain(before: str, kind: str | None = None) -> bool:
    """A hedge in the clause before a match that lowers it to elevated."""
    if _MISTAKEN_FOR.search(before):
        return True
    if kind in _HEDGE_PROOF_KINDS:
        return False
    before = _STRANGER.sub(" ", before)
    return any(not _BELIEF.fullmatch(m.group(0)) for m in _UNCERTAIN.finditer(before))


#: "If I don't come down, he'll come up": a demand with a threat, not a hypothetical.
_COERCIVE_IF: Final = re.compile(
    r"\b(?:if (?:i|you|we|he|she|they) (?:don't|dont|do not|won't|wont|doesn't|doesnt|does not)|"
    r"si no)\b"
)


#: "si," / "si." answers yes (the accent is gone after normalising); "si" + words is "if".
_YES_SI: Final = re.compile(r"\bsi\s*[,.!:;]")


_WHAT_TO_DO: Final = re.compile(
    r"\b(?:what (?:should|do|can|would) (?:i|we) do|que (?:hago|hacemos|debo hacer)) (?:if|si)\b|"
    # "if my dad is hitting my mom right now ... do i call 911 or the dv hotline"
    r"\b(?:if|si)\b[^.!?]{0,120}\b(?:(?:do|should|can) (?:i|we) call|(?:llamo|llamamos|debo "
    r"llamar|tengo que llamar) a)"
)


def asks_what_to_do(sentence_before: str) -> bool:
    """ "What do I do if ...": a question that may be about right now."""
    return bool(_WHAT_TO_DO.search(sentence_before))


#: "sorry if this is dumb but ...": an apology, not a condition.
_APOLOGY_IF: Final = re.compile(r"\b(?:sorry|sry|perdon|disculpa|disculpe) (?:if|si)\b")


def is_hypothetical(sentence_before: str, last: int | None = 8) -> bool:
    """An "if" among the ``last`` words (all of them when None), after the last "but":
    "my mom will kill me if I'm late but my stepdad is beating her right now" is
    not a condition."""
    contrasts = [m.end() for m in _CONTRAST.finditer(sentence_before)]
    if contrasts:
        sentence_before = sentence_before[contrasts[-1] :]
    sentence_before = _APOLOGY_IF.sub(" ", _YES_SI.sub(" ", sentence_before))
    tokens = _TOKEN.findall(sentence_before)
    words = " ".join(tokens if last is None else tokens[-last:])
    return bool(_HYPOTHETICAL.search(_COERCIVE_IF.sub(" ", words)))


#: A loss the resident sets as the condition of ending their life: "si me quitan mis cosas me
#: quiero matar", "if they evict me i'll kill myself". A conditional suicidal statement is an
#: intent named (the guide errs upward), not a question about what one would do.
_IF_LOSS: Final = re.compile(
    r"(?<!what )(?<!que tal )(?<!que pasa )\b(?:if|si) (?:(?:they|he|she|you|u|my \w+|the \w+)"
    r"(?: \w+)? (?:\w+ )?(?:me|my)\b|(?:me|nos) (?!pregunt\w*|dicen\b|dice\b)\w+|i (?:lose|"
    r"get (?:evicted|deported|fired|kicked out)))"
)


#: ... unless the "if" is about someone else or some day: "if someone ever wanted to ..."
_IF_SOMEONE_OR_EVER: Final = re.compile(
    r"\b(?:ever|alguna vez|hypothetically|hipoteticamente|someone|somebody|alguien|a friend|"
    r"un amigo|una amiga)\b"
)


def is_condition_on_own_life(sentence_before: str) -> bool:
    """The "if" before a suicidal intent is a loss the resident fears, not a hypothetical."""
    return bool(_IF_LOSS.search(sentence_before)) and not _IF_SOMEONE_OR_EVER.search(
        sentence_before
    )


_CONDITIONAL_AFTER: Final = re.compile(r"^\W*(?:if|unless|si|a menos que)\b")


def is_conditional_after(sentence_after: str) -> bool:
    """The match is followed by a condition: "he'll hurt me if I leave"."""
    return bool(_CONDITIONAL_AFTER.search(sentence_after))


def is_distant_past(sentence: str) -> bool:
    return bool(_PAST.search(sentence))


# Years back, for a whole window the models read: "hace 15 años", "back in 2009".
_YEARS_AGO: Final = re.compile(
    r"\b(?:(?:\d+|a few|few|many|several|some|two|three|four|five|six|seven|eight|nine|ten|"
    r"fifteen|twenty) (?:years?|yrs?) (?:ago|back)|(?:years|yrs) (?:ago|back)|"
    r"(?<!\bnot )(?:a )?long (?:time )?ago|(?:back )?in (?P<year>(?:19|20)\d\d)|"
    r"(?<!solo )(?<!sola )(?<!aqui )(?<!aca )(?<!vive )(?<!vivo )"
    r"hace (?:mas de |casi |como |unos |ya )?(?:\d+ |muchos |varios |unos |dos |tres |cuatro |"
    r"cinco |seis |siete |ocho |nueve |diez |doce |quince |veinte |treinta |cuarenta |cincuenta )?"
    r"anos(?! que)|"
    # a childhood told by an adult: "cuando yo era niño", "when I was a kid"
    r"cuando (?:yo )?(?:era|eramos) (?:nin[oa]s?|chic[oa]s?|pequen[oa]s?|chiquit[oa]s?)|when (?:i "
    r"was|we were) (?:a kid|kids|a child|children|little))\b"
)
# What brings a told past into now: "esta semana volví a sentir las ganas".
_BACK_NOW: Final = re.compile(
    r"\b(?:this week|tonight|right now|esta semana|esta noche|ahorita|ahora mismo|volv\w+|"
    r"vuelto|vuelven|came back|coming back|started again|otra bes|keeps? \w+ing|sigue \w+ndo|"
    r"(?:vienen|viniendo|biniendo|bienen) las ganas)\b"
)


def _years_ago(piece: str) -> bool:
    """A marker of years ago; a year counts from two years back ("in 2009", not
    "in" this year or the last)."""
    for found in _YEARS_AGO.finditer(piece):
        year = found.group("year")
        if year is None or int(year) <= date.today().year - 2:
            return True
    return False


def is_long_past(piece: str, kind: str) -> bool:
    """The whole piece tells of years ago and nothing in it is happening now."""
    return bool(
        _years_ago(piece)
        and not is_present(piece, kind)
        and not is_ongoing(piece)
        and not _BACK_NOW.search(piece)
    )


# The sentence after a story that dates it: "... to hurt whoever's working. that was sunday"
_DATED_AFTER: Final = re.compile(
    r"^\W*(?:(?:that|this|it|all that) (?:was|happened)|(?:eso|esto|todo eso) (?:fue|paso))"
    r"(?: on| el)? [^.!?]{0,30}|"
    # "I overdosed three times that year"
    r"^\W*(?:\w+ ){0,3}(?:that year|those years|ese ano|esos anos|back then|en ese entonces|en "
    r"esa epoca)\b"
)


def dated_after(after: str) -> str:
    """The sentence right after a match when it only says when that was, else ""."""
    found = _DATED_AFTER.match(after)
    return found.group(0) if found else ""


def is_ongoing(sentence: str) -> bool:
    return bool(_STILL.search(sentence))


#: What was done long ago and never undone: "took out the smoke detectors 3 months
#: ago and never put them back" is a hazard now.
_NEVER_UNDONE: Final = re.compile(
    r"\b(?:never (?:put|gave|brought) (?:them|it) back|never (?:replaced|reinstalled|fixed|"
    r"repaired|removed|unlocked|took (?:them|it) (?:off|down|out))|still (?:hasn'?t|haven'?t|"
    r"isn'?t|aren'?t|not|missing|broken|locked|padlocked|there)|nunca (?:los|las|lo|la) "
    r"(?:volvio a poner|puso de nuevo|repuso|arreglo|quito)|todavia (?:no|sigue|siguen|esta|estan)|"
    # asked to fix it back then, so not fixed since: "le pedi al landlord hace meses"
    r"(?:le |les )?(?:pedi|pedimos|he pedido|hemos pedido|asked|told|begged|called) (?:al |a la |"
    r"a los |the |my |our )?(?:landlord|super|dueno|duena|casero|casera|management|manager|city|"
    r"311|hpd))"
)


def never_undone(after: str) -> bool:
    """What follows a dated act says it has not been undone since."""
    return bool(_NEVER_UNDONE.search(after))


def is_recent_past(sentence: str) -> bool:
    return bool(_RECENT_PAST.search(sentence))


#: Where a clause may begin, and who may be its subject.
_CLAUSE_BOUNDARY: Final = r"(?:,|;|\band\b|\bbut\b|\by\b|\bpero\b)\s+"
_SUBJECT: Final = r"(?:he|she|they|i|we|el|ella|ellos|ellas|yo|(?:my|his|her|their|mi|su) \w+)"
#: A new clause in the present, with its own subject: "he used to beat me and he is
#: outside my door with a gun". What it tells is not dated by the clause before it.
_PRESENT_CLAUSE: Final = re.compile(
    rf"{_CLAUSE_BOUNDARY}{_SUBJECT}(?:'s|'re|'m| is| are| am| keeps?| has| have| esta| estan|"
    r" estoy| sigue| siguen| tiene| tienen)\s"
)
#: Where the match's clause ends, after it: a new subject or a time of its own ("he's outside
#: with a gun and he used to beat me", "... is coming to kill me and years ago he stabbed me").
_NEXT_CLAUSE: Final = re.compile(
    rf"{_CLAUSE_BOUNDARY}(?:{_SUBJECT}\b|"
    # Spanish drops the subject: "echa chispas, ya hubo un incendio ... hace años"
    r"ya\b(?! (?:no|hace|fue|paso|han pasado|tiene|van|esta bien|estan bien|todo))|"
    # another time with its own subject ("and years ago he stabbed me"), not a date for
    # this one ("I was suicidal in college, years ago"; "but that was 15 years ago")
    r"(?:(?:\w+ )?(?:years|months) ago|a (?:year|long time) ago|last year|in (?:19|20)\d\d),? "
    r"(?:he|she|they|i|we|my \w+)\b|(?:hace (?:\w+ )?(?:anos|meses)|el ano pasado),? (?:me|le|lo|"
    r"la|nos|les|el|ella|mi \w+)\b|"
    r"(?:it|this|that) (?:has )?happened (?:to (?:me|us) )?before\b|"
    # a now of its own: "he stabbed me years ago, right now I'm ok"
    r"(?:(?:right )?now|today|tonight|ahora(?: mismo)?|ahorita|hoy|esta noche)\b)"
)


#: A new clause's subject right before the match: "... years ago and i [have the pills]".
_SUBJECT_AT_END: Final = re.compile(rf"{_CLAUSE_BOUNDARY}{_SUBJECT}?\s*$")


def after_contrast(sentence_before: str) -> str:
    """The part of the sentence before a match that follows its last "but",
    or its last move to another time ("... years ago and tonight ...")."""
    starts = [m.start() for m in _CONTRAST.finditer(sentence_before)]
    starts += [m.start() for m in _TIME_SHIFT.finditer(sentence_before)]
    starts.sort()
    return sentence_before[starts[-1] :] if starts else sentence_before


def own_clause_before(sentence_before: str, match: str) -> str:
    """As ``after_contrast``, and also from the last new clause in the present
    ("... years ago, and he's outside ...", or "... years ago and i" before a
    match in the present: "have the pills"): what dates the match's own clause."""
    starts = [m.start() for m in _CONTRAST.finditer(sentence_before)]
    starts += [m.start() for m in _TIME_SHIFT.finditer(sentence_before)]
    starts += [m.start() for m in _PRESENT_CLAUSE.finditer(sentence_before)]
    if _PRESENT_TENSE.match(match):
        starts += [m.start() for m in _SUBJECT_AT_END.finditer(sentence_before)]
    starts.sort()
    return sentence_before[starts[-1] :] if starts else sentence_before


#: Where a clause begins or ends, for ``now_beside``.
_CLAUSE_EDGE: Final = re.compile(r"[.!?;,]|\b(?:and|but|y|pero|so)\b")
#: Someone else doing something now: "my ex is banging on my door", "está golpeando
#: la puerta" (not the resident's own "I'm finishing a memoir").
_NOW_VERB: Final = re.compile(
    r"\b(?:he|she|they|someone|somebody|(?:my|his|her|their|the) \w+)(?: is| are|'s|'re)"
    r"(?: \w+)? \w+ing\b|\b(?:esta|estan) \w+(?:ando|iendo)\b|"
    r"\b(?:he|she|they|someone|somebody|(?:my|his|her|their|the) \w+) keeps? \w+ing\b|"
    r"\bsigue \w+(?:ando|iendo)\b"
)
_BARE_NOW: Final = re.compile(r"(?<!right )\bnow\b|\bahora\b(?! mismo)")


def now_beside(piece: str, start: int, end: int, kind: str) -> bool:
    """Outside the clause of ``[start, end)``, the piece tells of something
    happening now: "my ex is banging on my door trying to get in and he used
    to beat me" is not a story of the past, though "used to" dates its clause."""
    edges = [m for m in _CLAUSE_EDGE.finditer(piece)]
    lo = max((m.end() for m in edges if m.end() <= start), default=0)
    hi = min((m.start() for m in edges if m.start() >= end), default=len(piece))
    outside = f"{piece[:lo]} {piece[hi:]}"
    if _WELL_NOW.search(outside):
        return False
    # a bare "now" is the resident's own now ("ahora tengo 50 y quiero ayudar")
    outside = _BARE_NOW.sub(" ", outside)
    return is_present(outside, kind, strict=True) or bool(_NOW_VERB.search(outside))


_PRESENT_TENSE: Final = re.compile(
    r"\b(?:is|are|'s|'re|am|'m|has|have|esta|estan|estoy|tiene|tienen)\b"
)
#: "right now we are fine", "ahora estamos bien", "nobody is using right now": a now that
#: says all is well.
_WELL_NOW: Final = re.compile(
    r"\b(?:fine|ok|okay|safe|better|good|great|well|healthy|recovered|alright|bien|tranquil[oa]s?|"
    r"stable|estable|"
    r"a salvo|mejor|san[oa]s?|recuperad[oa]s?|sober|clean|limpi[oa]s?|nobody(?:'s| is)|no one"
    r"(?:'s| is)|nadie (?:esta|anda))\b"
)


_NOW_TIME: Final = re.compile(
    r"\b(?:right now|rn|now|ahora(?: mismo)?|ahorita|en este momento|as we speak|at the moment|"
    r"currently|this (?:minute|second))\b"
)


def is_now_before_its_past(match_and_after: str) -> bool:
    """A marker of now between the match and the past told after it: "oigo tiros
    ahora mismo en la calle, igualito que hace dos años cuando mataron ..."."""
    found = _PAST.search(match_and_after)
    if found is None:
        return False
    # a time, not a place: "following me last year" is not now
    return bool(_NOW_TIME.search(match_and_after[: found.start()]))


def is_here_now_after_past(when: str, kind: str) -> bool:
    """After its marker of the past, the clause tells of now, in the present
    tense: "the guy who shot my brother years ago is outside my building with
    a gun" (not "years ago someone was shot right outside my building")."""
    found = list(_PAST.finditer(when))
    if not found:
        return False
    tail = when[found[-1].end() :]
    # "hubo un incendio ... pero ya todo está arreglado": the "but" closes the danger
    contrast = _CONTRAST.search(tail)
    tail = tail[: contrast.start()] if contrast else tail
    return (
        bool(_PRESENT_TENSE.search(tail))
        and is_present(tail, kind, strict=True)
        and not _WELL_NOW.search(tail)
    )


def own_clause_after(after: str) -> str:
    """The rest of the match's clause: the sentence after it, up to a new
    subject or a time of its own."""
    found = _NEXT_CLAUSE.search(after)
    return after[: found.start()] if found else after


#: "he's not responding, he's been using alone since mom died": the habit behind
#: a medical emergency or an overdose, not a habit of the emergency itself
_DRUG_HABIT: Final = re.compile(
    r"\b(?:has|have|'s|'ve) been (?:using|drinking|getting high|shooting up)\b"
)


_OWN_FUTURE: Final = re.compile(
    r"(?:i'?ll|i will|i'?m (?:going to|gonna)|im gonna|imma|(?:lo |me )?voy a|lo vuelvo a|"
    r"vuelvo a)\b"
)
#: "I told my therapist last week I'll kill myself": an announcement reported, not made now
_REPORTED: Final = re.compile(
    r"\b(?:said|told \w+|texted \w+|wrote|dije|le dije|les dije|escribi)(?: that| que)?\s*$"
)


def announces_own_attempt(sentence_before: str, match: str) -> bool:
    """The resident's own next attempt, said in this message."""
    return bool(_OWN_FUTURE.match(match)) and not _REPORTED.search(sentence_before)


#: A habit that describes someone, in a relative clause the match is not in: "found
#: the neighbor who always blasts music slumped ... barely breathing", "el vecino
#: que siempre pone música". An article or possessive before the noun keeps out
#: the "que" of reported speech ("dice que siempre le pega").
_DESCRIBED_HABIT: Final = re.compile(
    r"\b(?:the|a|an|my|his|her|our|their|that|this|el|la|los|las|un|una|mi|su|sus|ese|esa|"
    r"este|esta) \w+ (?:who|que|quien|quienes) (?:always|usually|often|sometimes|constantly|"
    r"siempre|a veces|casi siempre|normalmente|seguido) \w+(?: (?!and\b|y\b)\w+){0,3}"
)


def is_habitual(sentence: str, kind: str | None = None) -> bool:
    if kind in ("medical", "overdose"):
        sentence = _DRUG_HABIT.sub(" ", sentence)
    return bool(_HABITUAL.search(sentence))


#: A blow told in the progressive is happening; "every time" after it repeats it within
#: the scene: "le está dando cachetadas a su novia y la empuja cada vez que intenta bajarse"
_PROGRESSIVE: Final = re.compile(
    r"\b(?:esta|estan|sigue|siguen|is|are|'s|'re) (?:\w+ )?\w+(?:ando|iendo|ing)\b"
)
_EACH_TIME: Final = re.compile(r"\b(?:cada vez que|every time|each time)\b")
#: ... in the same stretch of the scene: "every time I try to report it", two sentences
#: on, is another habit.
_EACH_TIME_REACH: Final = 60


def habit_reading(when: str, match_at: int, match_end: int) -> str:
    """``when`` as a habit is read in it: without the relative clauses before the
    match that tell someone's habit, and without an "every time" after a match in
    the progressive."""
    before = _DESCRIBED_HABIT.sub(" ", when[:match_at]) if match_at > 0 else ""
    match, after = when[match_at:match_end], when[match_end:]
    if _PROGRESSIVE.search(match):
        # a habit in a clause of its own after it is that clause's: "CO alarm is going off
        # and my whole family feels dizzy, we've been using the oven for heat all week"
        after = own_clause_after(after)
        near = after[:_EACH_TIME_REACH]
        after = _EACH_TIME.sub(" ", near) + after[_EACH_TIME_REACH:]
    return before + match + after


def is_worry_about_future(sentence_before: str) -> bool:
    return bool(_WORRY_FUTURE.search(sentence_before))


_RESIDENT_ARMED: Final = re.compile(
    r"\b(?:i|i'm|i am|we|we're|i've|yo|tengo|llevo)(?: \w+){0,2} ?$"
)


#: A weapon kept somewhere, not in a hand: "tiene una pistola en su cuarto".
_KEPT_AT: Final = re.compile(
    r"^\W*(?:\w+ ){0,2}?(?:in|en|under|debajo de|inside|dentro de|at|on top of|encima de) "
    r"(?:his|her|their|the|a|su|sus|el|la|un|una) (?:\w+ )?(?:room|bedroom|closet|drawer|dresser|"
    r"nightstand|safe|trunk|glove ?box|apartment|apt|house|bed|mattress|attic|basement|cuarto|"
    r"habitacion|gaveta|cajon|baul|carro|casa|apartamento|cama|colchon|mesita|sotano)s?\b"
    # a home, not a shop: "en la casa de empeño"
    r"(?! de (?:empeno|cambio|apuestas|huespedes))|"
    r"^\W*(?:at home|en (?:la )?casa)\b(?! de (?:empeno|cambio|apuestas|huespedes))"
)
#: What a weapon kept somewhere does not do: "con un cuchillo en la casa de empeño
#: amenazando al dueño".
_WIELDED: Final = re.compile(
    r"\b(?:amenaz\w+|apunt\w+|atac\w+|persigu\w+|threaten\w*|point\w*|wav\w+|swing\w*|"
    r"chas\w+|attack\w*|aim\w*|shoot\w*|disparand\w*|blandiendo|brandish\w*)\b"
)
#: A weapon in a picture: "posted a pic with a pistol in his waistband".
_IN_A_PICTURE: Final = re.compile(
    r"\b(?:pic|pics|picture|photo|foto|video|selfie|story|post|reel|tiktok)s? (?:of (?:him|her|"
    r"them|himself|herself) )?(?:(?:with|holding|showing|con|sosteniendo|mostrando)\W*)?$"
)


#: A threat that a note, a letter or a wall "says": made, not made by someone here.
_WRITTEN: Final = re.compile(
    r"\b(?:note|notes|letter|letters|sign|graffiti|wall|nota|notas|carta|cartas|papel|papelito|"
    r"letrero|pared|grafiti)\b"
)


def written_from(sentence_before: str) -> int | None:
    """Where the last note, letter or wall the threat is read from is named."""
    found = list(_WRITTEN.finditer(sentence_before))
    return found[-1].start() if found else None


def is_weapon_elsewhere(sentence_before: str, after: str) -> bool:
    """The weapon is kept somewhere or seen in a picture, not held now: a weapon
    owned (elevated), unless the sentence says it is here now."""
    if _IN_A_PICTURE.search(sentence_before):
        # what the picture shows is not here now: "posted a pic holding a pistol and wrote he
        # gonna shoot up the lunchroom"
        return True
    return not _WIELDED.search(after) and bool(_KEPT_AT.search(after))


def is_resident_armed(sentence_before: str) -> bool:
    """The sentence's subject, just before the weapon words, is the resident."""
    return bool(_RESIDENT_ARMED.search(sentence_before))


# A slip corrected: "there's a fire, sorry, autocorrect, I meant a FLIER".
_CORRECTION: Final = (
    r"autocorrect\w*|autocorrector|i meant|meant to (?:say|type|write)|quise decir|queria decir|"
    r"me equivoque|sorry for the (?:panic|scare)|perdon por el susto"
)
_CORRECTED: Final = re.compile(rf"\b(?:{_CORRECTION})\b")
#: Taken back later in the message: "... it was just burnt rice", "false alarm",
#: "pero era que sus amigas ...". Only "just"/"only" retract: "turns out it was
#: a gun" confirms.
_RETRACTED: Final = re.compile(
    # a toy named after the denial: "he doesn't, it is a plastic water gun"
    r"\b(?:it'?s|its|it is|it was|es|era) (?:just |only |solo )?(?:a |an |una? )?(?:plastic|toy|"
    r"water|nerf|fake|bb|cap) (?:\w+ )?(?:gun|pistol|knife|rifle)s?\b|"
    r"\b(?:false alarm|falsa alarma|turns? out (?:it was|they were|it's|that was|it were)? ?"
    r"(?:just|only)|it was (?:just|only) (?!now\b|a (?:minute|second|moment))|(?:pero|y) "
    r"(?:era|eran|fue) (?:que|solo|nada mas|una broma|mentira|un chiste)|resulta que (?:era|eran|"
    r"fue) (?:solo|nada mas)|resulta que (?:estaban|estaba) (?:jugando|bromeando|de broma|"
    r"vacilando)|turns? out (?:they|he|she) (?:were|was) (?:just )?(?:playing|joking|messing "
    r"around|pranking)|no era (?:nada|real|de verdad)|no mentira|jk|j/k|just kidding|"
    # what it really was: "was just a guy napping", "era mi perrito"
    r"(?:it'?s|its|it is|it was) (?:literally|actually|really) (?:just )?(?:a|an|my|his|her) \w+|"
    r"(?:y |pero )?(?:es|eso es) (?:pura )?mentira|no es (?:verdad|cierto)|"
    r"(?:that'?s|that is|it'?s) (?:a lie|not true)|"
    # a screen: "puso que 'hay un incendio' pero era un video de tiktok"
    r"(?:pero|but|y|and) (?:era|fue|it was|it's|its) (?:solo |just |only )?(?:un|una|a) (?:video|"
    r"pelicula|serie|movie|show|tiktok|reel|clip|game|juego)\b|"
    # what a weapon turned out to be: "thought I saw a gun but it was a metal detector"
    r"(?:but|pero) (?:it|that|it's|its) (?:was|were|turned out to be|era|fue) (?:actually |just |"
    r"only |really |solo )?(?:a|an|his|her|their|un|una|su) (?:\w+ )?(?:detector|umbrella|phone|"
    r"camera|cane|stick|toy|tripod|drill|broom|selfie stick|water gun|flashlight|walkie|radio|"
    r"vape|guitar|costume|mannequin|dummy|statue|decoration|prop|paraguas|telefono|celular|"
    r"camara|baston|palo|juguete|escoba|linterna|pistola de agua)\b|"
    # the rumour denied at once: "people swear the guard has a gun but nah he doesnt"
    r"\b(?:but|pero) (?:nah|no|nope|nahh)\W+(?:he|she|they|el|ella) (?:doesn'?t|dont|don'?t|does "
    r"not|do not|ain'?t|no (?:tiene|la tiene|lo tiene|trae))\b|"
    # words, not blows: "a huge fight ... just yelling, both drove off"
    r"(?<!not )(?<!no )(?:just|only) (?:yelling|screaming|shouting|arguing|words|talk)\b|"
    # "the guy I thought was passed out ... was just sleeping"
    r"(?:was|were|is|are) (?:just|only) (?:sleeping|asleep|napping|resting|drunk and sleeping)\b|"
    r"(?:estaba|estaban|esta) (?:solo|nada mas|nomas) (?:durmiendo|dormid[oa]|descansando)\b|"
    r"(?<!no )solo (?:gritos|gritaban|"
    r"gritando|palabras|discutian|discutiendo)|"
    r"(?:was|were) (?:just|only) (?:a|an|my|our|the|some) (?:\w+ )?(?:guy|man|woman|lady|dog|cat|"
    r"kid|movie|prank|drill|test|toy|costume|prop|video|game|dream|nightmare|joke|shoot)|"
    r"(?:it|they|that|those|it'?s) (?:was|were|eran|era|fue|fueron) (?:just |only |solo |nomas )?"
    r"(?:\w+ ){0,5}?(?:backfir\w*|fireworks?|firecrackers?|cohetes|petardos|fuegos artificiales|"
    r"chispitas|a (?:movie|tv) (?:shoot|set))|"
    r"(?<!\bse )(?:eran|era|fue|fueron) (?:solo |nomas |nada mas )?(?:\w+ ){0,5}?(?:cohetes|"
    r"petardos|fuegos artificiales|chispitas)|"
    r"(?:era|eran|fue) (?:solo |nada mas )?(?:mi|un|una|el|la|nuestro|nuestra) (?:\w+ )?(?:perr\w*|"
    r"gat\w*|mascota|muneco|juguete|pelicula|broma|simulacro|sueno|pesadilla)|"
    rf"{_CORRECTION})\b"
)
#: A retraction about another time retracts nothing now: "last time it was a
#: false alarm but this time the smoke is black".
_OTHER_TIME: Final = re.compile(
    r"\b(?:last time|the other (?:day|time|night)|before|la (?:otra|ultima) vez|la vez pasada|"
    r"antes)\W+(?:\w+\W+){0,3}$"
)
#: How far after a danger a retraction may stand (about a sentence or two).
RETRACTION_REACH: Final = 160
#: "Not true" said of what others claim takes nothing back: "everyone keeps saying
#: it gets better pero no es cierto".
_DENIAL_OF_CLAIM: Final = re.compile(
    r"(?:no es (?:verdad|cierto)|(?:that'?s|that is|it'?s) (?:a lie|not true)|mentira)$"
)
_OTHERS_CLAIM: Final = re.compile(
    r"\b(?:say|says|saying|said|tell|tells|telling|told|promise\w*|dicen|dice|diciendo|dijo|"
    r"dijeron|prometen|promete|prometieron)\b(?:\W+\w+){0,8}\W*$"
)
#: A near miss is not an emergency now: "my kid almost set the kitchen on fire".
#: Only a verb in the past after "almost": "almost not breathing" is an emergency.
_NEAR_MISS: Final = re.compile(
    r"\b(?:almost|nearly|casi|por poco(?: se)?) (?:\w+ed|set|burnt|fell|got|hit|caught|shot|ran|"
    r"lost|broke|took|threw|drowned|choked|cayo|quemo|incendio|mato|ahogo|prendio|tumbo)\b"
)
#: A feeling something caused, not an intent: "that boss fight made me want to jump off a
#: bridge".
_CAUSED_FEELING: Final = re.compile(r"\b(?:made|makes|make|making|me dio|me dan|me da) (?:me )?$")


def is_corrected(piece: str) -> bool:
    """The writer corrects a slip somewhere in ``piece`` ("I meant ...")."""
    return bool(_CORRECTED.search(piece))


def is_retracted(after: str) -> bool:
    """What follows the match, within a sentence or two, says it was not real
    after all, and is not about another time."""
    after = after[:RETRACTION_REACH]
    return any(
        not _OTHER_TIME.search(after[: m.start()])
        and not _SERIOUS.search(after[m.end() :])
        and not (_DENIAL_OF_CLAIM.search(m.group()) and _OTHERS_CLAIM.search(after[: m.start()]))
        for m in _RETRACTED.finditer(after)
    )


#: The danger handled, told after it: "con ed came and fixed the leak, all good",
#: "EMS checked him, he's ok now", "ya lo arreglaron".
_RESOLVED: Final = re.compile(
    r"\b(?:(?:fixed|repaired|sealed|capped) (?:the |a )?(?:leak|gas|line|pipe|stove|heater)|"
    r"(?:con ?ed|the super|fdny|firefighters|fire department|ems|paramedics|the ambulance|"
    r"bomberos|they|he|she)(?: \w+){0,3} (?:fixed it|put (?:it|the fire) out|checked everything|"
    r"cleared (?:it|the building)|said (?:it'?s|its|it is|everything(?:'s| is)) (?:safe|fine|ok))|"
    r"(?:the )?fire(?:'s| is) (?:out|put out)|"
    r"all (?:good|clear)(?: now)?|(?:said|says) (?:it'?s|its|it is|everything(?:'s| is)) "
    r"(?:safe|fine|ok|okay)|(?:she|he|they)(?:'s| is| are|'re) (?:ok|okay|fine|alright) now|"
    r"ya (?:todo )?(?:esta )?bien|todo (?:esta )?bien ya|ya se (?:resolvio|arreglo|soluciono)|"
    r"ya (?:lo|la) (?:arreglaron|apagaron|apagamos)|took care of (?:her|him|them|it)|"
    r"sitting up and talking|y todo (?:esta )?bien|"
    # seen by the medics already: "pero ya la vieron los paramédicos ... y está bien"
    r"(?:ya )?(?:la|lo|los|las) (?:vieron|revisaron|atendieron|chequearon|checaron) (?:los |las "
    r"|el |la )?(?:paramedicos|medicos|doctores|ems|enfermer[oa]s?)|(?:paramedics|ems|emts|"
    r"medics|the doctors?) (?:already )?(?:checked|saw|looked at|cleared) (?:her|him|them)|"
    # "thought about ending it, but thats long behind me"
    r"(?:that'?s|thats|its|it'?s|all that'?s) (?:all |long |way |well )?behind me|"
    r"(?:ya )?(?:quedo|esta) atras|ya lo supere)\b"
)


# Someone with authority checked and said it is safe: "con ed came and checked,
# all clear", "Con Edison vino a revisar, todo bien".
_CLEARED: Final = re.compile(
    r"\b(?:checked|inspected|looked at|came out|revis\w*|fixed (?:it|the \w+)|repaired|"
    r"arregl\w*)[^.!?]{0,60}?\b(?:all clear|(?:said|says|dijeron|dijo) (?:que )?(?:it'?s |its "
    r"|it is |everything(?:'s| is) |todo (?:esta )?|esta )?(?:safe|segur[oa]|fine|ok|okay|"
    r"bien)|todo (?:esta )?(?:bien|segur[oa])|the smell(?:'s| is) gone|ya no huele)\b(?!\s*\?)|"
    # the utility itself fixed it: "con ed fixed it the same day"
    r"\b(?:con ?ed|con edison|national grid|the gas company|la compania(?: de gas)?)[^.!?]{0,30}"
    r"(?:fixed|repaired|arreglo|arreglaron|cambiaron|replaced)\b|"
    # "false alarm on the gas smell I texted about earlier"
    r"\b(?:false alarm|falsa alarma)\b(?![^.!?]{0,40}\b(?:but|pero|this time|esta vez|now|ahora)\b)"
)


#: A detector asking for a battery, not sounding an alarm: "pita una vez cada minuto y en la
#: pantallita dice LB", "the smoke detector keeps chirping, low battery".
_LOW_BATTERY: Final = re.compile(
    r"\b(?:low batter(?:y|ies)|bateria baja|pila baja|(?:dice|says|shows|reads|muestra) "
    r"['\"]?(?:lb|lo batt?|low batt?)\b|(?:chirp\w*|pita|pitando|beeps?|beeping) (?:once|una vez) "
    r"(?:every|a|cada)|una vez cada (?:minuto|rato))"
)

#: The chirp denied or doubted just before: "it doesn't sound like the low battery chirp".
_DOUBTED: Final = re.compile(
    r"\b(?:not|isn'?t|doesn'?t|don'?t|no|ni|thought|pense|crei|like|como)\b[^.!?]{0,25}$"
)


def is_cleared(text: str, kind: str) -> bool:
    """The text says the danger was checked and declared safe, or that the alarm is a
    detector's low-battery chirp, and nothing after that says it is back."""
    battery = [m for m in _LOW_BATTERY.finditer(text) if not _DOUBTED.search(text[: m.start()])]
    found = sorted([*_CLEARED.finditer(text), *battery], key=lambda m: m.end())
    if not found:
        return False
    after = text[found[-1].end() :]
    return not (is_present(after, kind) or _STILL.search(after) or _SERIOUS.search(after))


def is_resolved(text: str, kind: str, reach: int | None = RETRACTION_REACH) -> bool:
    """Within ``reach`` of its start, the text says the danger was handled, and
    nothing after the last word of it says it is back or happening now
    ("... all good, but now he's not breathing")."""
    found = list(_RESOLVED.finditer(text if reach is None else text[:reach]))
    if not found:
        return False
    last = found[-1]
    after = text[last.end() :]
    return not (is_present(after, kind) or _STILL.search(after) or _SERIOUS.search(after))


#: "almost" (or one word after it) at the very end of what precedes a match.
_ALMOST_AT_END: Final = re.compile(r"\b(?:almost|nearly|casi|por poco(?: se)?)\W+(?:\w+\W+)?$")


def is_near_miss(sentence_before: str, match: str) -> bool:
    """ "almost" right before the match, and a verb in the past after it."""
    tail = _ALMOST_AT_END.search(sentence_before)
    if tail is None:
        return False
    return bool(_NEAR_MISS.match(sentence_before[tail.start() :] + match))


def is_caused_feeling(sentence_before: str) -> bool:
    return bool(_CAUSED_FEELING.search(sentence_before))


#: The joke taken back: "lol jk but actually no i do", "ya no me estoy riendo".
_SERIOUS: Final = re.compile(
    r"\b(?:but (?:actually|for real|seriously|fr)|not (?:joking|kidding)|no (?:joke|cap)|"
    r"i'?m (?:serious|not laughing)|for real tho|deadass|pero en serio|no es (?:broma|chiste)|"
    r"no estoy (?:jugando|bromeando)|ya no me (?:estoy riendo|rio)|en serio|"
    r"(?:ok|okay|but|now|no|pero) for real|no se por que me rio|"
    r"i don'?t know why i'?m laughing)\b|"
    # a joke in scare quotes is not one: "'jokingly' says he'd kill me if I cheated"
    r"['\"](?:jokingly|joking|kidding|just kidding|playing|de broma|bromeando|jugando)['\"]"
)


def is_humorous(sentence: str) -> bool:
    return bool(_HUMOR.search(sentence)) and not _SERIOUS.search(sentence)


#: A serious question is earnest about the question, not the joke before it.
_SERIOUS_QUESTION: Final = re.compile(
    r"\b(?:pregunta en serio|en serio,? (?:una )?pregunta|serious question|seriously,? (?:a )?"
    r"question)\b"
)


def said_in_earnest(text: str) -> bool:
    return bool(_SERIOUS.search(_SERIOUS_QUESTION.sub(" ", text)))


#: Play that pretends: "mi hijo está jugando a que es bombero y grita fuego".
_PRETEND: Final = re.compile(
    r"\b(?:jugando a|juegan a|juega a|playing (?:pretend|cops|house|firefighter|fireman|doctor|"
    r"war|tag)|pretend\w*|de mentiritas?|de juego)\b"
)


def laughs_beside_now(piece: str, kind: str) -> bool:
    """Outside the clauses that laugh, the piece tells of something happening now: "Qué
    tonto jaja mi esposo se tomó por error cloro ..., ahora está vomitando". Nervous
    laughter comes with real emergencies; it caps a reading only when nothing is
    happening."""
    if _PRETEND.search(piece):
        return False
    edges = [m.start() for m in _CLAUSE_EDGE.finditer(piece)] + [len(piece)]
    rest, lo = [], 0
    for hi in edges:
        clause = piece[lo:hi]
        if not _HUMOR.search(clause):
            rest.append(clause)
        lo = hi
    outside = " ".join(rest)
    return is_present(outside, kind) or bool(_NOW_VERB.search(outside))


def mentions_death(match: str) -> bool:
    return bool(_DEATH_WORDS.search(match))


_PERFORMANCE: Final = re.compile(
    r"\b(?:songs?|lyrics?|chorus|singing|sings|sang|belting|karaoke|rapping|raps|verse|band|"
    r"album|playlist|cancion(?:es)?|letra|cantando|canta|coro|disco|"
    # games and teams: "yelling 'I'M CHOKING' at his Roblox game"
    r"video ?games?|gaming|roblox|fortnite|minecraft|xbox|playstation|ps[45]|nintendo|"
    r"yankees|mets|knicks|nets|giants|jets|rangers|liberty|dodgers|red sox|pierden|perdieron|"
    r"ganan|el juego|the game|his game|her game)\b"
)
_OPENING_QUOTE: Final = re.compile(r"(?:^|[\s(\[:—-])['\"“‘«]")
_CLOSING_QUOTE: Final = re.compile(r"['\"”’»](?=$|[\s).,!?;:—-])")


def is_quoted_performance(text: str, start: int, end: int) -> bool:
    """The match is inside quotation marks in a message about a song, a game
    or a team ("the chorus is 'i wanna die' on loop", "yelling 'I'M CHOKING'
    at his Roblox game"): someone else's words, sung or played."""
    if not _PERFORMANCE.search(text):
        return False
    span = sentence_span(text, start, end)
    opening = list(_OPENING_QUOTE.finditer(text, max(span.start - 1, 0), start))
    closing = _CLOSING_QUOTE.search(text, end, min(span.end + 1, len(text)))
    return bool(opening) and closing is not None


#: Most words a scare quote holds: "me 'secuestró' el fin de semana", "'ran away'".
_SCARE_QUOTE_WORDS: Final = 3


def is_scare_quoted(text: str, start: int, end: int) -> bool:
    """The match is a word or two in quotation marks of its own, the way a
    joke marks a word it does not mean."""
    span = sentence_span(text, start, end)
    openings = list(_OPENING_QUOTE.finditer(text, span.start, start + 1))
    closing = _CLOSING_QUOTE.search(text, end, min(span.end + 1, len(text)))
    if not openings or closing is None:
        return False
    quoted = text[openings[-1].end() : closing.start()]
    return len(_TOKEN.findall(quoted)) <= _SCARE_QUOTE_WORDS


def is_media(sentence: str) -> bool:
    return bool(_MEDIA.search(sentence))


#: A death told: "my son died in november. overdose. he was 24".
_DEATH_TOLD: Final = re.compile(
    r"\b(?:died|passed away|passed on|murio|se murio|fallecio|perdimos a|lost (?:him|her|them|"
    r"my \w+|our \w+|his \w+) to|funeral|velorio|entierro|burial|rip|descanse en paz|(?:his|her|"
    r"their|su) (?:death|muerte))\b"
)
#: The bare name of the cause, not "overdosing" or "se está sobredosis...".
_CAUSE_OF_DEATH: Final = re.compile(r"(?:an? |una )?(?:overdose|sobredosis|od)")


def is_cause_of_death(match: str, before_and_sentence: str, clause: str, kind: str) -> bool:
    """An overdose named as how someone died, in its sentence or the one before, with
    nothing in its clause happening now ("lost my brother to an overdose in march";
    "nobody is using right now, my cousin died of an overdose 6 years ago")."""
    return bool(
        _CAUSE_OF_DEATH.fullmatch(match)
        and _DEATH_TOLD.search(before_and_sentence)
        and not is_present(clause, kind)
    )


#: A real scene told beside the show: "estaba viendo la novela y afuera en la calle le
#: están pegando a un señor".
_OUTSIDE_THE_SHOW: Final = re.compile(
    r"\b(?:afuera|outside|en la calle|in the street|(?:out|through|por) (?:the |my |la )?"
    r"(?:window|ventana)|(?:in|en) (?:the|el) (?:hallway|pasillo)|next door|al lado|downstairs|"
    r"upstairs|en la esquina|on the corner)\b"
)


#: What a show named in the sentence before had in it: "Título: Queja sobre la película
#: del salón comunitario. Tenía mucha violencia y balazos".
_SHOW_NAMED: Final = re.compile(
    r"\b(?:pelicula|peli|serie|novela|show|movie|film|episodio|episode|video ?game|videojuego|"
    r"cartoon|caricatura|documental|documentary)s?\b"
)
_SHOW_CONTENT: Final = re.compile(
    r"^\W*(?:(?:it|that one|the \w+|la \w+|el \w+) )?(?:tenia|tiene|tuvo|had|has|was|is|estaba|"
    r"esta|it's|it was) (?:way )?(?:mucha|mucho|muchas|muchos|demasiad[oa]s?|tanta|tanto|tantas|"
    r"tantos|so much|too much|a lot of|lots of|so many|too many|full of|llen[oa] de|pur[oa]s?)\b"
)


def continues_a_show(text_before: str, sentence: str) -> bool:
    """The sentence tells what a show named just before had in it."""
    previous = _SENTENCE_END.split(text_before.rstrip(" .!?\n"))[-1]
    return bool(_SHOW_CONTENT.search(sentence) and _SHOW_NAMED.search(previous))


def is_watching_a_show(sentence: str, sentence_before: str | None = None) -> bool:
    """A show or a video watched colours the sentence, unless the danger (after
    ``sentence_before``) is placed outside it, in the street or next door."""
    found = _WATCHING.search(sentence)
    if found is None:
        return False
    if sentence_before is not None and found.end() <= len(sentence_before):
        return not _OUTSIDE_THE_SHOW.search(sentence_before, found.end())
    return True


#: A game being played: the shots and deaths in it are the game's.
_PLAYING: Final = re.compile(
    r"\b(?:playing|jugando|juega|plays) (?:\w+ ){0,3}(?:call of duty|fortnite|gta|valorant|"
    r"halo|videojuegos?|video ?games?|xbox|playstation|la play|tekken|street fighter|"
    r"mortal kombat|smash(?: bros)?|madden|2k|fifa|mario kart|minecraft|roblox|apex|"
    r"overwatch)\b|"
    # "up till 4am shooting ppl on call of duty" (not "some guy in fortnite says he knows where
    # i live": the game is where he was met)
    r"\b(?:shoot\w*|kill\w*|matando|disparando)\b[^.!?]{0,20}\b(?:on|in|en) (?:call of duty|cod|"
    r"fortnite|warzone|valorant|halo|apex|overwatch)\b"
)
#: What happens to the player's own body is real ("playing fortnite and he
#: fell off his chair shaking all over").
_BODILY_KINDS: Final = frozenset({"medical", "overdose"})


def is_playing_a_game(sentence: str, kind: str) -> bool:
    return kind not in _BODILY_KINDS and bool(_PLAYING.search(sentence))


#: "He's not here now": the absence, not a marker of now.
_ABSENT: Final = re.compile(
    r"\b(?:(?:he|she|they)(?:'s|'re| is| are)? not|(?:he|she|they) (?:isn't|aren't)|no (?:esta|"
    r"estan)) (?:here|there|outside|around|home|aqui|afuera)(?: (?:now|right now|ahora))?"
    r"\b|"
    # a "now" that turns to the resident's question: "ahora quiero saber si me descuentan la renta"
    r"\b(?:(?:and |so )?now (?:i|we) (?:want|need|would like|wanna) to (?:know|ask)|"
    # a fear or a word that follows, not the danger's now: "y ahora mis hijos tienen miedo",
    # "y ahora dice que va a regalar a mis perros"
    # ("right now and I'm scared" keeps its now)
    r"(?<!right )(?<!mismo )(?:y |and )?(?:ahora|now),? (?:mis \w+ |mi \w+ |my \w+ |los \w+ |"
    r"the \w+ |el \w+ |la \w+ |el |ella |ellos |ellas |he |she |they )?(?:tiene|tienen|tengo|"
    r"tenemos) miedo|"
    r"(?<!right )(?:and )?now,? (?:my \w+ |the \w+ )?(?:is|are|am|i'?m|he'?s|she'?s|they'?re|"
    r"we'?re) (?:so )?(?:scared|afraid|terrified)|"
    r"(?:y )?ahora (?:el |ella |ellos |mi \w+ )?dice que|(?:and )?now (?:he|she|they) (?:says|"
    r"say|is saying|are saying)|"
    # a "now" that says nothing is happening: "pregunto para saber, ahorita no está pasando nada"
    r"(?:ahorita|ahora|ahora mismo|right now|now),? no (?:esta|estan) pasando nada|"
    r"(?:right )?now,? nothing(?:'s| is) (?:happening|going on)|nothing(?:'s| is) (?:happening|"
    r"going on) (?:right )?now|no (?:esta|estan) pasando nada (?:ahorita|ahora)|"
    # who the resident is now: "ahora soy maestra y quiero una capacitación"
    r"(?:now|ahora) (?:i'?m|i am|soy) (?:a |an |una? )?(?:teacher|nurse|social worker|counselor|"
    r"volunteer|mom|mother|dad|father|grandma|grandmother|grandpa|student|maestr[oa]|"
    r"enfermer[oa]|trabajador[a]? social|consejer[oa]|voluntari[oa]|mama|madre|papa|padre|"
    r"abuel[oa]|estudiante|profesor[a]?)\b|"
    r"now my question|"
    r"ahora (?:quiero|queremos|necesito|necesitamos|quisiera) (?:saber|preguntar)|ahora mi "
    r"pregunta|"
    # ... or to what the resident is doing about it: "ahora busco terapia para mí"
    r"(?:and |so |y )?(?:now|ahora) (?:i'?m|i am|we'?re|estoy|estamos)? ?(?:looking for|busco|"
    r"buscamos|buscando) (?:a |an |una? )?(?:therapy|therapist|counseling|counselor|support "
    r"group|terapia|terapeuta|consejeria|grupo de apoyo|ayuda para))\b"
)


#: A person who does not respond is a state of now, whatever else the sentence
#: dates: "se desmayó, no hay calefacción hace días y no me responde".
_PRESENT_UNRESPONSIVE: Final = re.compile(
    r"\b(?:no (?:me |nos |le )?(?:responde|reacciona|despierta|contesta cuando)|no (?:esta )?"
    r"respira(?:ndo)?|apenas (?:respira|respirando)|(?:barely|hardly) breathing|"
    r"(?:(?:is|'s) )?not (?:responding|breathing|waking up)|isn't (?:responding|"
    r"breathing|waking up)|won't wake(?: up)?|can't wake (?:him|her|them))\b"
    # ... not a phone left unanswered: "not responding to my texts", "no me responde el teléfono"
    r"(?! (?:to (?:my |her |his |our |any )?(?:texts?|calls?|messages?|emails?|phone|dms?)|"
    r"(?:el|los|las|mis) (?:telefono|celular|cel|mensajes|llamadas|textos)|bien|a los "
    r"mensajes))"
)


def is_present(sentence: str, kind: str, *, strict: bool = False) -> bool:
    """A marker that what the sentence describes is happening now. ``strict``
    leaves out the weak markers of a kind ("viene", "tonight"), which a habit
    outweighs: "viene todos los días a vigilarme" is a pattern, not an arrival."""
    sentence = _ABSENT.sub(" ", sentence)
    if _PRESENT.search(sentence):
        return True
    if strict:
        return False
    if kind == "self_harm":
        return bool(_PRESENT_SELF_HARM.search(sentence))
    if kind in ("threat", "domestic_violence"):
        return bool(_PRESENT_THREAT.search(sentence))
    if kind in ("medical", "overdose"):
        return bool(_PRESENT_UNRESPONSIVE.search(sentence))
    return False


def _is_domestic(sentence: str, sentence_before: str) -> bool:
    if _PARTNER_OF_ACTOR.search(sentence):
        return True
    # "my husband hit me" is domestic; "my neighbor punched my husband" is not.
    return (
        bool(_RELATION.search(sentence))
        and not _OUTSIDER.search(sentence_before)
        and not _BY_OUTSIDER.search(sentence)
    )


def relation_kind(
    kind: str, sentence: str, text: str, sentence_before: str = "", match: str = ""
) -> str:
    """Re-read the kind with who is involved: violence between partners or
    parents is domestic violence, against a child is child safety, and a
    medical emergency around drugs is an overdose."""
    against_resident = bool(_AGAINST_RESIDENT.search(match))
    if kind == "violence" and not against_resident and _CHILD.search(sentence):
        return "child_safety"
    if kind in ("violence", "threat") and (
        # the actor may be the match itself: "unos pandilleros le cobran renta a mi tío"
        _is_domestic(sentence, sentence_before + match)
        # the relative named in an earlier sentence ("my grandson ... he pushed me")
        or (against_resident and _RELATION.search(text) and not _OUTSIDER.search(text))
    ):
        return "domestic_violence"
    if kind == "violence" and _CHILD.search(sentence):
        return "child_safety"
    if kind == "medical" and _DRUGS.search(text):
        return "overdose"
    return kind
