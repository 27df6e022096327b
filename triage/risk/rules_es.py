"""Spanish risk rules, read against normalised text: lower case and without
accents or tildes ("está" is "esta", "niño" is "nino", "daño" is "dano"),
since many residents text without them. Ids match the English ones in kind.
"""

from __future__ import annotations

from typing import Final

from triage.risk.rules import Rule, rule

_ARMA = (
    r"(?:pistolas?|armas?|revolver|rifles?|escopetas?|cuchillos?|navajas?|machetes?|cuchillas?|"
    r"fierro)"
)
_ESTAR = r"(?:esta|estan|estaba|estaban|sigue|siguen)"
_NINO = (
    r"(?:ninos?|ninas?|bebes?|nenes?|nenas?|chiquitos?|chiquitas?|criaturas?|hij[oa]s?|"
    # regional: Mexico, Guatemala, Honduras, El Salvador ("un morrito de como 4 años")
    r"sobrin[oa]s?|morrit[oa]s?|chamac[oa]s?|chamaquit[oa]s?|cipot\w*|patojit[oa]s?|"
    r"escuincl\w*|chavit[oa]s?|chiquill[oa]s?)"
)
#: "la calefacción está rota desde el viernes"
_HEAT_BROKEN = (
    r"(?:calefaccion|calentador|boiler|heat) (?:\w+ )?(?:esta |sigue )?(?:rot[oa]|danad[oa]|"
    r"apagad[oa]|no (?:sirve|funciona|prende|calienta))"
)
_DANAR = (
    r"(?:matar(?:me|nos|te|lo|la)?|apunalar(?:me|nos)?|disparar(?:me|nos)?|pegar(?:me|nos)?|"
    r"golpear(?:me|nos)?|hacer(?:me|nos)? dano|dar(?:me|nos)? un tiro|quemar|"
    # a blade to the face or throat ("va a cortar el agua" is the landlord's)
    r"(?:cortar|rajar)(?:me|nos|te|le)? (?:la cara|el cuello|la garganta)|"
    r"filerear(?:me|nos)?|navajear(?:me|nos)?|"
    # regional: "partirle la madre" (MX), "romperle la cara", "caerle a golpes"
    r"partir(?:me|nos|te|le|les)? (?:la madre|la cara|el alma|la boca|las piernas|los huesos)|"
    r"romper(?:me|nos|te|le)? (?:la cara|la boca|la cabeza)|madrear(?:me|nos)?|"
    r"caer(?:me|nos|le)? a (?:golpes|palos|tiros)|acabar con (?:nosotros|ellos|el|ella|todos|"
    r"migo|tigo)|"
    # "gritando que va a rajar al primero que abra la puerta"
    r"rajar(?:me|nos|te|lo|la|los)? (?:al|a la|a los|a quien|a cualquiera|a todos)|"
    r"(?:sacar|echar)(?:me|nos|te|lo|la)? a (?:golpes|patadas|punos|punetazos|tiros|palos|"
    r"empujones)|"
    # "le va a meter unos tiros a mi hermano"
    r"meter(?:me|nos|te|le|les)? (?:unos |un par de |dos |tres )?(?:tiros|balazos|plomo))"
)

RULES: Final[tuple[Rule, ...]] = (
    # --- arma -----------------------------------------------------------------
    rule(
        "weapon.present",
        "weapon",
        "imminent",
        r"(?:tiene|tienen|trae|traen|lleva|llevan|con|saco|sacaron|apuntando|apunta|apunto|"
        r"amenazando con|agarro|agarrando|sacando|ensenando|mostrando) (?:un |una |el |la |su |"
        rf"sus )?{_ARMA}",
    ),
    rule(
        "weapon.shots_fired",
        "weapon",
        "imminent",
        r"(?:disparando|disparos|balacera|tiroteo|dispararon|le disparo|le dispararon|balazos|"
        # not the shots a threat promises: "le va a meter unos tiros"
        r"(?<!meter unos )(?<!meterle unos )(?<!meter dos )(?<!meterle dos )tiros|"
        r"le dieron un tiro|baleado|balearon|no (?:eran|era|son|fueron) (?:fuegos artificiales|"
        r"cohetes|petardos|fuegos))",
    ),
    rule(
        "weapon.stabbing",
        "weapon",
        "imminent",
        r"(?:apunal\w+|acuchill\w+|punaladas?|navajazos?|machetazos?|balea\w*|balace\w*)",
    ),
    rule(
        "weapon.owns",
        "weapon",
        "elevated",
        r"(?:guarda|guardan|compro|esconde|escondio|encontre|vende|carga|anda con) (?:un |una |"
        rf"el |la |su )?{_ARMA}",
        upgradable=True,
    ),
    rule("weapon.mention", "weapon", "elevated", _ARMA),
    rule(
        "weapon.going_at",
        "weapon",
        "imminent",
        # a weapon picked up and taken to someone: "uno agarró un bate y va pa encima del otro"
        r"(?:agarro|saco|cogio|tiene) (?:un|una|el|la) (?:bate|palo|tubo|machete|cuchillo|fierro|"
        r"botella|piedra)[^.!?]{0,25}(?:va (?:pa|para) (?:encima|arriba)|se le (?:fue|va) encima|"
        r"le va a dar|va (?:tras|detras) de)",
    ),
    rule(
        "weapon.going_with",
        "weapon",
        "elevated",
        # someone setting off with a weapon to find someone: "dice que va pa allá ahorita con un
        # bate de béisbol" (imminent with a marker of the present, or once gone: "se fue pa allá
        # con un cuchillo")
        r"(?:va|van|iba|iban|se fue|se fueron|salio|salieron|viene|vienen) (?:pa|para|pa'|hacia) "
        r"(?:alla|alli|aca|donde|casa|la casa|su casa|el bloque|la esquina)\b[^.!?]{0,30}"
        r"\bcon (?:un|una|el|la|su) (?:bate|palo|tubo|machete|cuchillo|navaja|fierro|pistola|"
        r"arma|cuchilla)",
        upgradable=True,
    ),
    rule(
        "weapon.gone_with",
        "weapon",
        "imminent",
        r"(?:se fue|se fueron|salio|salieron|ya va|ya van) (?:pa|para|pa'|hacia) "
        r"(?:alla|alli|donde|casa|la casa|su casa|el bloque|la esquina)\b[^.!?]{0,30}"
        r"\bcon (?:un|una|el|la|su) (?:bate|palo|tubo|machete|cuchillo|navaja|fierro|pistola|"
        r"arma|cuchilla)",
    ),
    # --- violencia ------------------------------------------------------------
    rule(
        "violence.tied_up",
        "violence",
        "imminent",
        # held tied up: "lo tienen amarrao en el sótano desde la tarde"
        r"(?:lo|la|los|las) (?:tienen|tiene) (?:amarrad[oa]s?|amarra[oa]s?|atad[oa]s?)",
    ),
    rule(
        "violence.pinned",
        "violence",
        "imminent",
        # held down in a beating: "lo tienen en el piso frente a la lavandería" (not a storey,
        # "la tienen en el piso 4", nor the police holding someone, "la policía lo tiene")
        r"(?<!policia )(?<!policias )(?<!guardia )(?<!seguridad )(?:lo|la|los|las) "
        r"(?:tienen|tiene) (?:tirad[oa]s? |agarrad[oa]s? )?en el (?:piso|suelo)"
        r"(?!\s*\d)(?! (?:de|del) (?:hospital|arriba|abajo))",
    ),
    rule(
        "violence.outnumbered",
        "violence",
        "imminent",
        # many on one, told in the present: "ya empezaron y son como 6 contra uno"
        r"(?:son|estan|van) (?:como )?(?:\d+|dos|tres|cuatro|cinco|seis|siete|varios) contra "
        r"(?:uno|1|el|ella|un (?:muchacho|chamaco|senor|nene))",
    ),
    rule(
        "violence.assault_now",
        "violence",
        "imminent",
        # "sigue ahí pateando la reja"
        rf"(?:me |le |les |nos |lo |la |los |las |se )?{_ESTAR} (?:ahi |alli |afuera |aqui )?"
        r"(?:pegando|golpeando|dando una paliza|"
        r"dando golpes|atacando|ahorcando|asfixiando|pateando|matando|agrediendo|apunalando)|"
        # "me está empujando contra la pared", "la está jaloneando"
        rf"(?:me |le |les |nos |lo |la |los |las )?{_ESTAR} (?:empujando (?:contra|al|a la|por|"
        r"hacia)|jaloneando|zarandeando|arrastrando|cacheteando|mordiendo)|"
        # "le está dando cachetadas a su novia"
        rf"(?:me |le |les |nos )?{_ESTAR} dando(?:le|les|me)? (?:de )?(?:cachetadas|bofetadas|"
        r"cachetazos|punetazos|punos|patadas|trompadas|galletas|correazos|golpes)|"
        # "le acaba de dar un puño al encargado", "sigue encima de él dándole"
        r"(?:acaba|acaban) de (?:dar(?:le|les|me)?|pegar(?:le|les|me)?|meter(?:le|les|me)?) "
        r"(?:un |una )?(?:puno|punetazo|golpe|trompada|cachetada|bofetada|patada|cabezazo|"
        r"botellazo|silletazo)|"
        # "acaban de golpear a mi compañero ... y los tipos siguen ahí dándole"
        r"(?:acaba|acaban) de (?:golpear|apunalar|atacar|asaltar|patear|agredir|apalear|"
        r"cortar|machetear) a|(?:sigue|siguen) (?:ahi |alli |aqui )?(?:dandole|pegandole|"
        r"golpeandol[oa]|pateandol[oa])|"
        r"(?:sigue|siguen|esta|estan) encima de (?:el|ella|ellos|el \w+|la \w+|un \w+|una \w+) "
        r"(?:dandole|pegandole|golpeandol[oa]|pateandol[oa]|ahorcandol[oa])",
    ),
    rule(
        "violence.fight_now",
        "violence",
        "imminent",
        rf"(?:se )?{_ESTAR} (?:peleando|agarrando a golpes|dando de golpes)|(?:una )?paliza|"
        r"pelea (?:ahora|afuera)",
        upgradable=True,
    ),
    rule(
        # blows heard with a cry for help: "se oyen golpes y una mujer gritando auxilio"
        "violence.heard_now",
        "violence",
        "imminent",
        r"(?:se oyen|se escuchan|se oye|se escucha|oigo|escucho|oimos|escuchamos)[^.!?]{0,40}"
        r"(?:golpes|golpiza|cosas rompiendose)[^.!?]{0,60}(?:grit\w+ (?:auxilio|socorro|ayuda)|"
        r"pidiendo (?:auxilio|ayuda|socorro)|auxilio|socorro|llorando)",
    ),
    rule(
        "violence.trying_to_kill",
        "violence",
        "imminent",
        r"(?:quiere|quieren|trata de|tratando de|intentando) (?:matar(?:me|nos|la|lo)?|ahorcar\w*)",
    ),
    rule(
        "violence.assaulted",
        "violence",
        "elevated",
        # something thrown at someone: "mi roommate me tiró una silla el sábado"
        r"(?:me|le|nos|les) (?:tiro|tiraron|lanzo|lanzaron|avento|aventaron|arrojo|arrojaron) "
        r"(?:una |un |la |el |unos |unas )?(?:silla|plato|platos|botella|vaso|zapato|piedra|"
        r"cuchillo|sarten|cosas|mesa|control|telefono|celular|lampara|olla)|"
        r"(?:me|le|nos|la|lo) (?:pego|pega|pegan|golpeo|golpea|golpean|empujo|empuja|ataco|agredio|"
        r"pateo|cacheteo|ahorco|asalto|asaltaron|pegaron|golpearon|tumbo|tumbaron|empujan|"
        r"esta empujando|estan empujando)|"
        # "le dio un empujón ... y lo tiró al piso", "le partieron la boca", "ya me ha tirado cosas"
        r"(?:me|le|nos|les|te) (?:dio|dieron|da|dan|ha dado|han dado) (?:un |una )?(?:empujon|"
        r"punetazo|puno|golpe|cachetada|bofetada|trompada|galleta|patada)"
        # ... to a person, not a thing: "le dio una patada al trofeo de la emoción"
        r"(?! (?:al|a la|a los|a las) (?:trofeo|balon|pelota|puerta|mesa|pared|saco|piso|carro|"
        r"silla|caja|maquina|tele|tv|mueble|refri|nevera))|"
        r"(?:me|le|te|les) (?:partieron|partio|rompieron|rompio) (?:la boca|la cara|la nariz|la "
        r"cabeza|el labio|la jeta)|"
        r"(?:me|le|nos) (?:ha tirado|han tirado|tira|tiran|tiro|tiraron|lanzo|lanza|ha lanzado) "
        r"(?:cosas|objetos|platos|vasos|zapatos|sillas|botellas)",
        upgradable=True,
    ),
    rule(
        # rage at things, elevated even now (a blow at a person is another rule): "esta como
        # loco, rompió el celular contra la pared"
        "violence.things_thrown",
        "violence",
        "elevated",
        r"(?:rompio|rompe|estrello|estrella|tiro|tira|lanzo|lanza|avento|revento) "
        r"(?:el|la|los|las|un|una|su|sus|mi|mis) (?:\w+ ){0,2}contra (?:la|el) (?:pared|piso|suelo|"
        r"puerta|espejo|ventana)|(?:esta|anda|estaba) (?:rompiendo|tirando|aventando) (?:todo|"
        r"cosas|las cosas|los platos)",
    ),
    rule(
        "threat.coming_to_kill",
        "threat",
        "imminent",
        # someone on the way up or down to hurt the resident ("sube el a matarme")
        r"(?:sube|subir|baja|bajar|viene|vienen|va a subir|va a venir|van a subir|van a venir)"
        r"(?: (?:el|ella|ellos))? (?:a|para) (?:matarme|pegarme|golpearme|matarnos|picarme|"
        r"romperme|darme)|"
        # coming back to kill: "va a volver con sus amigos a matarnos a todos"
        r"(?:va|van) a (?:volver|regresar)(?: con [^.!?]{0,30}?)? (?:a|para) (?:matar(?:nos|me|los|"
        r"las|te)?|balear(?:nos|me|los)?|dispararnos|pegarnos)",
    ),
    rule(
        "violence.fights_recurring",
        "violence",
        "elevated",
        r"peleas|pelean|se pelean|se (?:caen|agarran|dan|entran|fueron) a (?:golpes|punos|"
        r"trompadas|"
        r"pinas|tiros|botellazos)|(?:cara|nariz|cabeza) (?:rota|partida)",
    ),
    rule(
        "self_harm.lethal_dose",
        "self_harm",
        "imminent",
        # asking how much it takes, with the pills bought: errs upward
        r"(?:cuantas|cuantos) (?:pastillas|pildoras|tabletas|frascos)[^.!?]{0,40}(?:para no "
        r"despertar|para (?:morir|morirme|matarme|no despertarme)|para dormir para siempre|es "
        r"mortal|son mortales|matan)",
    ),
    rule(
        "violence.in_danger",
        "violence",
        "elevated",
        r"(?:estoy|estamos|esta|estan) en peligro|no me siento segur[oa]|"
        r"(?:tengo )?miedo (?:por mi vida|de que alguien salga herido)",
        upgradable=True,
    ),
    # --- amenaza --------------------------------------------------------------
    rule(
        "threat.coming_to_harm",
        "threat",
        "imminent",
        rf"(?:viene|vienen|va a venir|esta afuera|esta en mi puerta)(?: para| a)? {_DANAR}|"
        # on the way, "with his people", to hurt ("ya viene para aca con su gente a ...")
        rf"(?:viene|vienen|ya viene|ya vienen)(?: para aca| para aqui| para aca)?"
        rf"[^.!?]{{0,40}}? a {_DANAR}",
    ),
    rule(
        "threat.coming_up",
        "threat",
        "imminent",
        # "viene subiendo las escaleras diciendo que ahora sí nos va a enseñar"
        r"(?:viene|vienen|va|van|esta|estan) (?:subiendo|bajando|entrando|tocando|golpeando)"
        r"(?: \w+){0,3} (?:diciendo|gritando) que",
        requires=r"(?:(?:nos|me|te|les?) (?:va|van) a (?:ensenar|dar|pegar|matar|partir|romper|"
        r"joder|arreglar|quemar)|me la paga|nos la paga|ahora si|se van a morir|amenaz\w*)",
    ),
    rule(
        "threat.ultimatum_below",
        "threat",
        "imminent",
        # downstairs now, promising to come up: "está abajo con dos tipos diciendo que si no
        # bajamos con el dinero van a subir a buscarnos"
        r"(?:va|van) a (?:subir|entrar|venir|bajar) a (?:buscar(?:me|nos|te|lo|la)|sacar(?:me|nos)|"
        r"cobrar(?:me|nos)?)",
        requires=r"(?:esta|estan) (?:abajo|afuera|en la puerta|en el lobby|en la entrada|en la "
        r"esquina|frente al? edificio)",
    ),
    rule(
        "threat.waiting_now",
        "threat",
        "imminent",
        # someone who harasses or threatens the resident, waiting for them now
        r"(?:esta|estan) (?:abajo|afuera|en la esquina|en el lobby|en la entrada|en la puerta)"
        r"[^.!?]{0,40}esperandome",
        requires=r"(?:me la paga|me las paga|acosa|amenaz|matar|pegar|me va a|cuidado|miedo)",
    ),
    rule(
        "threat.on_the_way",
        "threat",
        "imminent",
        # on the way, with death promised: "voy en camino pa tu casa, se van a morir hoy"
        r"(?:voy|vamos|va|van|viene|vienen|estoy|esta|estamos) (?:en camino|pa(?:ra)? (?:tu|su) "
        r"casa|pa(?:ra)? alla)[^.!?]{0,60}(?:se (?:van|va) a morir|(?:te|los|las|lo|la) (?:voy|"
        r"vamos)"
        r" a matar|(?:te|los|las) mato|(?:estas|estan) muert[oa]s?)|"
        r"(?:se (?:van|va) a morir|(?:te|los|las|lo|la) (?:voy|vamos) a matar|(?:estas|estan) "
        r"muert[oa]s?)[^.!?]{0,60}(?:voy|vamos|va|van|viene|vienen) (?:en camino|pa(?:ra)? (?:tu|"
        r"su) "
        r"casa|pa(?:ra)? alla)",
    ),
    rule(
        "threat.says_now",
        "threat",
        "imminent",
        r"(?:dice|dicen|esta diciendo|estan diciendo|grita|gritan|gritando|amenaza|amenazan|"
        r"amenazando|me escribe|me escribio)[^.!?;]{0,40}"
        # (not "nadie se va a pegar")
        r"(?:me va a|nos va a|me van a|nos van a|(?<!nadie se )(?<!nadie )(?<!no se )va a|van a|"
        rf"que va a|(?<!nadie se va )(?<!nadie va )(?<!no se va )a) {_DANAR}|"
        r"(?:dice|grita|amenaza)[^.!?;]{0,50}(?:me|nos) (?:mata|rompe (?:todo|la cara|la boca|"
        r"la cabeza|los huesos)|parte la cara|apunala|dispara|pega un tiro)\b",
    ),
    rule(
        "threat.bomb",
        "threat",
        "imminent",
        r"(?:hay|puso|pusieron|dejo) una bomba|bomba en (?:el|la|mi|nuestro|nuestra)|"
        # "dice q trae una bomba pa volar el edificio"
        r"(?:trae|tiene|lleva|traigo|traen|va a poner|van a poner) una bomba|bomba (?:pa|para) "
        r"(?:volar|explotar)|"
        r"(?:grito|dijo|dice|gritando) que (?:es|hay|tiene) una bomba|(?:mochila|paquete|maleta|"
        r"caja)[^.!?]{0,60}(?:es una|con una|tiene una) bomba|"
        r"(?:mochila|paquete|maleta|caja|bolsa|aparato)[^.!?]{0,60}cables? (?:saliendo|colgando|"
        r"afuera|que (?:salen|sale|cuelgan))|"
        r"amenaza de bomba|(?:papel|nota|letrero|cartel|escrito)[^.!?]{0,20} (?:que )?dice "
        r"(?:que es una |que hay una )?bomba",
    ),
    rule(
        "threat.bomb",
        "threat",
        "imminent",
        # a bag with wires someone left: "dejó una mochila con cables y una nota que dice 'boom'"
        r"(?:mochila|paquete|maleta|caja|bolsa)(?: \w+)? con cables",
        requires=r"(?:boom|kaboom|bomba|explot\w*|nota|sospechos\w*|abandonad\w*|alguien (?:dejo|"
        r"puso)|dejaron|nadie sabe)",
    ),
    rule(
        "threat.burn_down",
        "threat",
        "imminent",
        r"(?:va a|van a|amenaza con) (?:quemar|incendiar|prender fuego a) (?:el|la|mi|nuestro|"
        r"nuestra) "
        r"(?:edificio|casa|apartamento|carro)",
    ),
    rule(
        # a threat with a condition: "que si no se las doy se va a poner feo"
        "threat.conditional",
        "threat",
        "elevated",
        r"si no [^.!?]{0,60}(?:se va a poner|se pone|va a ponerse|se van a poner) (?:feo|fea|"
        r"malo|mala|peor|caliente|color de hormiga)",
    ),
    rule(
        # "se fue gritando que va a volver con sus primos a buscar al niño": coming back for a
        # child or a person, told as a threat
        "threat.coming_back_for",
        "threat",
        "elevated",
        r"(?:va|van|iba|iban) a (?:volver|regresar|venir)[^.!?]{0,40}(?:a buscar|por|para "
        r"llevarse|a llevarse|a sacar) (?:al|a la|a los|a las|a mi|a su|el|la|los|las) "
        r"(?:nin[oa]s?|nen[ea]s?|hij[oa]s?|bebes?|chamac[oa]s?|muchach[oa]s?)|"
        # "dijo que va a venir con sus hermanos a llevarsela a la fuerza"
        r"(?:va|van|iba|iban) a (?:volver|regresar|venir)[^.!?]{0,60}\ba la fuerza",
    ),
    rule(
        # "dijo que le va a prender fuego al restaurante de abajo": a threat made
        "threat.arson",
        "threat",
        "elevated",
        r"(?:va|van|iba|iban) a (?:quemar|incendiar|(?:prender|pegar|meter)(?:le)? fuego a)l? "
        r"(?:(?:el|la|los|las|mi|su|nuestr[oa]) )?(?:edificio|casa|apartamento|carro|restaurante|"
        r"negocio|tienda|bodega|local|lugar|todo)",
        upgradable=True,
    ),
    rule(
        "threat.intends_harm",
        "threat",
        "elevated",
        r"(?:me|nos|te) (?:va|van|iba|iban) a (?:matar|apunalar|disparar|pegar|golpear|hacer dano|"
        r"quemar)|"
        r"(?:me|nos|te|le) (?:va|van|iba|iban) a (?:romper|partir|quebrar) (?:las piernas|"
        r"los huesos|"
        r"la cara|la boca|la cabeza|el cuello|la madre)|"
        r"(?:me|nos|te) (?:va|van) a buscar (?:para|pa) "
        r"(?:pelear|arreglar|darme|pegarme|ajustar|matar|romper|partir)|"
        r"(?:volver|volvia|vuelve|volvera|regresa|regresaba|regresar|venia|viene)[^.!?]{0,30} a "
        rf"(?:(?:darnos|darme|darles|darle|dar) una leccion|{_DANAR})|"
        rf"(?:va|van) a {_DANAR}",
        upgradable=True,
    ),
    rule(
        "threat.threatened",
        "threat",
        "elevated",
        r"me (?:amenaza|amenazo|amenazan|amenazaron)|"
        rf"(?:me|nos|le) amenaz\w+ (?:con|de) {_DANAR}|amenazas (?:de muerte|contra)|"
        # "el vecino amenazó con matar a mi abuela"
        r"amenaz\w+ con (?:matar|apunalar|pegar|golpear|quemar|disparar)(?:le|la|lo|los|las)? a|"
        r"(?:notas|mensajes|cartas|llamadas) amenazantes|me (?:sigue|persigue|acosa|vigila)|"
        r"me (?:esta|estan|anda|andan) (?:acosando|vigilando|persiguiendo|espiando)|"
        r"a (?:vigilarme|espiarme|acosarme|perseguirme|seguirme)|"
        r"sabe donde vivo|"
        # no way out promised: "que viene esta noche a buscarme y que no me voy a escapar"
        r"no (?:me|te|nos) (?:voy|vas|va|vamos) a (?:poder )?escapar|de esta no (?:te|me) "
        r"(?:escapas|salvas)|"
        # a caller who says they hold a child, with a threat: "me llamaron diciendo q tienen a mi
        # hija y q si cuelgo le hacen algo" (a scam most times; the child is checked on)
        rf"(?:dicen|dijeron|diciendo|dice|dijo) (?:que|q) tienen a (?:mi|tu|su) (?:{_NINO}|"
        r"espos[oa]|mama|papa|herman[oa])|(?:le|les) (?:van a )?(?:hacen|hacer) algo\b|"
        # what the sender knows of the resident: "sabemos dónde trabaja tu mujer"
        r"(?<!no )(?:ya )?(?:se|sabemos|sabe|saben) (?:donde|a que hora) (?:vives|trabajas|"
        r"duermes|sales|(?:vive|trabaja|estudia|estudian|viven|duerme|sale|salen) (?:tu|tus) \w+)|"
        r"(?:va|van|vamos|voy) a envenenar|amenaz\w+ con envenenar|"
        # extortion by a gang, whose "renta" is not the rent: "los mareros me mandaron un audio
        # diciendo que si no pago la renta me van a matar"
        r"(?:mareros?|pandiller[oa]s?|la mara|la pandilla|la clica)(?=[^.!?]{0,120}\b(?:renta|"
        r"cuota|extorsion\w*|cobr\w+|pag\w+)\b)|(?:me|nos|les?) (?:estan )?extorsion\w+",
        upgradable=True,
    ),
    # --- medica ---------------------------------------------------------------
    rule(
        "medical.not_breathing",
        "medical",
        "imminent",
        r"no (?:respira|esta respirando|puede respirar|puedo respirar)|(?:casi )?no respira|"
        # "está respirando bien poquito"
        r"apenas (?:respira|esta respirando)|(?:esta )?respirando (?:bien |muy |super )?poquito|"
        r"respira (?:bien |muy |super )?poquito|"
        r"le falta el aire|no (?:se|sabemos|estoy segur[oa]) si (?:todavia |aun |sigue )?"
        r"(?:respira|esta respirando|tiene pulso)",
    ),
    rule(
        "medical.trapped",
        "medical",
        "imminent",
        # "hay un trabajador enterrado hasta el pecho", "quedo atrapado debajo del andamio"
        r"(?:enterrad[oa]|atrapad[oa]|sepultad[oa]|aplastad[oa]) (?:hasta (?:el|la|las|los) "
        r"(?:pecho|cintura|cuello|rodillas)|(?:bajo|debajo|abajo) (?:de )?(?:la|el|los|las|del) "
        r"(?:tierra|escombros|andamio|pared|techo|carro|concreto|lodo)|"
        r"en (?:la|el) (?:tierra|zanja|escombros|hueco|pozo))",
    ),
    rule(
        "medical.unresponsive",
        "medical",
        "imminent",
        r"no (?:despierta|reacciona|responde|se mueve|se despierta|esta consciente)|inconsciente|"
        r"se desmayo|"
        r"no (?:nos |me |le )?(?:responde|reacciona|contesta) (?:ni )?(?:cuando|aunque|si) (?:le )?"
        r"(?:gritamos|llamamos|hablamos|sacudimos|movemos|grito|llamo|hablo|sacudo|muevo)|"
        r"desmayad[oa]|"
        r"perdio el conocimiento|se (?:cayo|desplomo) y no|no (?:abre|puede abrir) los ojos|"
        r"respira (?:bien |muy )?(?:lento|despacio|raro|poquito)|(?:esta )?tirad[oa] en el "
        r"(?:piso|suelo) y no",
    ),
    rule(
        "medical.unresponsive",
        "medical",
        "imminent",
        # on the floor and silent: "está en el piso del baño, tiene los ojos abiertos pero no
        # me contesta nada"
        r"(?:esta|sigue|se quedo) (?:tirad[oa] |acostad[oa] )?en el (?:piso|suelo)[^.!?]{0,60}"
        r"no (?:me |nos |le )?(?:contesta|responde|reacciona|habla|se mueve)",
    ),
    rule(
        "medical.acute",
        "medical",
        "imminent",
        r"convuls\w+|(?:un |una )?(?:ataque (?:al corazon|cardiaco|de epilepsia)|infarto|"
        r"derrame cerebral|"
        r"convulsion)|dolor (?:en el|de) pecho|se (?:esta )?ahogando|atragantad[oa]|(?:esta|"
        r"se puso) (?:morad[oa]|azul)|se (?:esta )?poniendo (?:morad[oa]|azul|gris)|"
        # ("morao", as Puerto Ricans and Dominicans write it)
        r"(?:labios|cara|unas) (?:morad[oa]s?|mora[oa]s?|azules)|"
        # a stroke told by its signs: the face drooping, an arm that will not move, speech gone
        r"(?:boca|cara) (?:torcida|torcia|caida|chueca|ladeada)|se le (?:cayo|torcio) (?:la boca|"
        r"la cara|un lado)|habla (?:enredado|arrastrado|arrastrando las palabras)|"
        r"no (?:me |nos |le )?(?:puede|podia) hablar (?:bien )?(?:y|ni)|"
        r"(?:brazo|pierna|mano)(?: \w+)? no (?:lo|la|se lo|se la) (?:mueve|puede mover)|"
        # chest pain reaching the arm or jaw: "ahora me sube a la mandibula"
        r"(?:sube|baja|pasa|corre|va|irradia|subiendo|bajando|pasando|corriendo) (?:a|al|hasta|"
        r"hacia|por) (?:el |la |mi )?(?:brazo izquierdo|hombro izquierdo|mandibula|quijada)",
    ),
    rule(
        "medical.bleeding",
        "medical",
        "imminent",
        r"sangrando (?:mucho|bastante|demasiado)|mucha sangre|sangra (?:mucho|bastante|demasiado|"
        r"sin parar)|no (?:para|deja) de sangrar|(?:la )?sangre no (?:para|se detiene|se para)|"
        r"(?:herid[oa]s?|"
        r"lastimad[oa]s?) (?:de gravedad|grave)|"
        r"(?:gravemente|muy) (?:herid[oa]|lastimad[oa])|(?:esta|estan) sangrando|"
        r"no (?:para|deja|paro) de (?:sangrar|salir(?:le)? sangre|echar sangre|botar sangre)|"
        r"no (?:se )?(?:puedo|puede|podemos) (?:parar|detener) "
        r"(?:la sangre|el sangrado)",
        context=False,
    ),
    rule(
        "medical.poisoning",
        "medical",
        "imminent",
        r"(?:se )?(?:tomo|bebio|trago|comio|tomaron|bebieron|se echo a la boca) (?:un poco de |"
        r"algo de |un trago de |un vaso de |el |la |los |las )?(?:cloro|lejia|desengrasante|veneno|"
        r"detergente|suavizante|raticida|thinner|tiner|gasolina|amoniaco|limpiador|destapacanos|"
        r"insecticida|pastillas? de (?:jabon|detergente)|pilas?|baterias?)",
    ),
    rule(
        "medical.cannot_get_up",
        "medical",
        "imminent",
        r"no (?:se )?(?:puede|pudo|podia) (?:levantar(?:se)?|mover(?:se)?|parar(?:se)?)|"
        r"no (?:lo|la|los) (?:puedo|podemos) (?:levantar|despertar)",
    ),
    rule(
        "medical.open_fracture",
        "medical",
        "imminent",
        r"(?:se le ve|se ve|le sale) (?:el )?hueso|"
        r"hueso (?:salido|afuera|por fuera)|(?:pierna|brazo|tobillo|muneca|rodilla) (?:doblad[oa]|"
        r"torcid[oa]) (?:al reves|para el otro lado|hacia atras)",
    ),
    rule(
        "medical.snoring",
        "medical",
        "imminent",
        r"(?:roncando|ronca|ronquidos?) (?:bien |muy |super )?(?:fuerte|raro|feo|extrano)",
        requires=r"(?:pastillas|drogas?|no (?:abre|despierta|contesta|responde|se mueve)|azul|"
        r"morad[oa]|fentanilo|heroina|se inyecto)",
    ),
    rule(
        "medical.welfare",
        "medical",
        "elevated",
        r"no (?:abre|contesta|ha abierto|ha salido|la he visto|lo he visto)[^.!?]{0,40}(?:dias|"
        r"semana|semanas)|"
        # meals or mail not picked up: "no ha recogido su comida en 4 días"
        r"no ha (?:recogido|buscado|sacado|venido a buscar|venido por) [^.!?]{0,30}(?:en|hace|"
        r"desde hace) (?:\w+ )?(?:dias|semana|semanas)|"
        # "no abre la puerta desde el jueves"
        r"no (?:abre|contesta|ha abierto|ha salido|responde)(?: la puerta| el telefono)? desde "
        r"(?:el )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|antier|anteayer)|"
        # not seen since a named day: "nadie ha visto a la señora del 5B desde el sábado"
        r"(?:nadie (?:la |lo )?ha visto|no (?:la|lo) (?:he|hemos|han) visto)[^.!?]{0,30} desde "
        r"(?:el )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|ayer|antier|hace)|"
        # no word since a named day: "no sé nada de mi hermano desde el lunes"
        r"no (?:se|sabemos|hemos sabido|he sabido) nada de (?:mi|su|nuestr[oa]|la|el) \w+"
        r"[^.!?]{0,30} desde (?:el )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|"
        r"antier|hace)",
    ),
    rule(
        "medical.exposure",
        "medical",
        "elevated",
        # frail people without heat, or out in the cold or the heat
        r"(?:anciano|anciana|viejit[oa]|mayor|silla de ruedas|vive sol[oa]|enferm[oa]|bebe|"
        r"desamparad[oa]|en la calle|(?:[6-9]\d|1\d\d) anos|durmiendo (?:afuera|en (?:la|el) "
        r"(?:calle|parada|banca|acera|estacion|parque|banco|tren)))[^.!?]{0,80}(?:sin calefaccion|"
        rf"no (?:tiene|hay) calefaccion|{_HEAT_BROKEN}|se quedo sin calefaccion|sin abrigo|"
        r"congelando|"
        r"frio horrible|mucho frio|bajo cero|sin aire|temblando|(?:con )?este frio|sin comida|sin "
        r"comer|sin (?:sus )?medicinas?|sin (?:chamarra|"
        r"chaqueta|abrigo)|no trae (?:ni )?(?:chamarra|chaqueta|abrigo))|"
        # heat at work: "100 grados sin agua, un compañero ya se mareó dos veces"
        # (a faint is the unresponsive rule's, which reads when it happened)
        r"(?:\d{2,3} grados|calor|golpe de calor|al sol)[^.!?]{0,80}(?:sin agua|se (?:mareo|"
        r"esta mareando)|mareos?|mareando|no (?:nos )?dan agua)|"
        rf"(?:sin calefaccion|no (?:tiene|hay) calefaccion|{_HEAT_BROKEN}|congelando|bajo cero)"
        r"[^.!?]{0,80}"
        r"(?:anciano|anciana|viejit[oa]|silla de ruedas|vive sol[oa]|enferm[oa]|bebe)",
    ),
    rule(
        "medical.unwell",
        "medical",
        "elevated",
        r"confundid[oa]|desorientad[oa]|se pierde|se perdio|"
        # dementia with a danger beside it, not the word alone
        r"(?:demencia|alzheimer)[^.!?]{0,80}(?:se (?:sale|salio|va|fue|escapa|escapo|cae|cayo)|"
        r"sol[oa]\b|estufa|gas|no (?:quiere )?come|agresiv\w*|violent\w*|(?:me|le|nos) pega|"
        r"no (?:puedo|podemos) (?:cuidarl[oa]|con)|nadie|cuchillos?|pistola|armas?)|"
        r"no (?:esta )?comiendo|"
        r"(?:muy |bien )?debil|fiebre (?:alta|de)|se ve (?:muy )?(?:mal|enferm[oa])|"
        # a chest that hurts or tightens ("dolor de pecho" is imminent)
        r"(?:me|le) (?:duele|aprieta|arde) (?:mucho |bastante |un poco )?el pecho|pecho apretado|"
        r"(?:presion|opresion) en el pecho",
    ),
    rule(
        "medical.someone_hurt",
        "medical",
        "elevated",
        r"(?:esta|estan) (?:herid[oa]s?|lastimad[oa]s?)|(?:muy )?enferm[oa] y",
        upgradable=True,
    ),
    # --- sobredosis -----------------------------------------------------------
    rule(
        "overdose.now",
        "overdose",
        "imminent",
        r"sobredosis|necesito narcan|narcan (?:ya|ahora)|"
        # "tengo narcan del programa, se lo pongo??": giving it now
        r"(?:le|se lo|se la) (?:pongo|doy|echo|aplico|puse|di|eche|aplique|estoy poniendo|estoy "
        r"dando) (?:el |la )?(?:narcan|naloxona)|"
        r"(?:narcan|naloxona)[^.!?]{0,40}(?:se lo|se la|le) (?:pongo|doy|echo|aplico|puse|di)\b",
    ),
    rule(
        "overdose.took_too_many",
        "overdose",
        "imminent",
        r"(?:se )?tom(?:o|aron|e) (?:de (?:una|un) (?:vez|golpe|jalon|tiron) |de golpe )?"
        r"(?:muchas|todas (?:las|sus|mis)|un frasco (?:de|entero)|"
        r"un monton de|demasiadas) "
        r"(?:pastillas|medicinas|pildoras)|"
        # a week's pills at once: "se tomó las pastillas de toda la semana del pastillero"
        r"(?:se )?(?:tomo|trago|comio|tomaron|tragaron) (?:\w+ ){0,2}(?:pastillas|pildoras|"
        r"medicinas) de (?:toda )?la semana|(?:se )?(?:tomo|trago|comio|vacio) (?:todo )?el "
        r"pastillero|"
        # a count: "se tomó como 20 tylenol"
        r"(?:se )?tom(?:o|aron|e) (?:como |unas? |mas de )?(?:\d{2,}|veinte|treinta|cuarenta|"
        r"cincuenta|no se cuantas|quien sabe cuantas) (?:pastillas|pildoras|tylenol|advil|"
        r"aspirinas?|xanax|percocets?|"
        r"ibuprofenos?|clonazepam|medicinas)",
    ),
    rule(
        "overdose.using",
        "overdose",
        "elevated",
        r"(?:usando|consumiendo|se inyecta|inyectandose|metiendose|se (?:esta |anda )?metiendo|"
        r"se (?:mete|meten)|(?:se )?(?:esta|estan|anda|andan) inyectando(?:se)?) "
        r"(?:fentanilo|heroina|drogas|perico|coca|cristal|tusi|piedra|meth|"
        r"pastillas|crack|cocaina|de todo|percs?|percos?|percocets?|xanax|oxys?|pills)|"
        r"reca(?:yo|ida|i|yendo)\b|volvi\w* a recaer|otra vez (?:con las drogas|usando)|"
        r"volvi\w* a (?:consumir|usar|drogarse|inyectarse|meterse)",
    ),
    rule(
        "overdose.child_ingested",
        "overdose",
        "imminent",
        # a child into an adult's drugs: "mi hija de 3 años se comió unas de mis pastillas"
        rf"(?:{_NINO}|niet[oa]s?)[^.!?]{{0,40}}?(?:se (?:tomo|comio|trago|bebio)|se (?:metio|echo) "
        r"a la boca) "
        r"(?:unas? |algunas? |varias |dos |tres |un poco |un pedazo )?(?:de )?(?:mis|sus|las|la|el|"
        r"mi|su|los) (?:\w+ )?(?:pastillas|metadona|medicinas|medicamentos|pildoras|gomitas|"
        r"suboxone|pastilla|fentanilo|droga|drogas)",
    ),
    rule(
        # "my nephew 4 años got into mi abuela's pastillas de la presion, no se cuantas se comio"
        "overdose.child_ingested_unknown",
        "overdose",
        "imminent",
        r"(?:no se|quien sabe|no sabemos) cuant[oa]s (?:se )?(?:comio|tomo|trago|bebio)|"
        r"(?:got into|se metio en|agarro) (?:\w+ )?(?:\w+'s )?(?:pastillas|pills|medicinas|meds|"
        r"pildoras)",
        requires=rf"{_NINO}|nephew|niece|toddler|kid|baby|(?:my|his|her) (?:son|daughter)|"
        r"\d+ (?:anos|anitos)",
    ),
    # --- autolesion -----------------------------------------------------------
    rule(
        "self_harm.intent",
        "self_harm",
        "imminent",
        r"me voy a (?:matar|suicidar|quitar la vida)|voy a (?:matarme|suicidarme|quitarme la vida)|"
        r"(?:quiero|necesito) (?:matarme|suicidarme|quitarme la vida)|"
        r"me quiero (?:matar|suicidar|quitar la vida)|"
        r"(?:me las voy a tomar|las voy a tomar) todas|tengo las pastillas",
    ),
    rule(
        "self_harm.jump",
        "self_harm",
        "imminent",
        r"(?:voy a|me voy a|quiero) (?:saltar|tirarme|aventarme|lanzarme)|"
        # someone else about to jump: "dice que va a saltar", "se quiere tirar"
        r"(?:va a|se va a|quiere|se quiere|amenaza con) (?:saltar|tirar(?:se)?|aventar(?:se)?|"
        r"lanzar(?:se)?)\b|"
        # the present for the near future: "esta noche me tiro al río"
        r"me (?:tiro|aviento|lanzo) (?:al|del|de la|desde|a las)",
        requires=r"(?:techo|puente|edificio|ventana|azotea|vias|tren|metro|balcon|piso|rio|mar)",
    ),
    rule(
        "threat.coming_for_children",
        "threat",
        "elevated",
        # "le mandó un audio diciendo q viene por los niños" (imminent with a marker of now)
        r"(?:viene|vienen|va a venir|van a venir|vendra) (?:por|a buscar a|a llevarse a|a "
        r"quitarle a|a quitarme a) (?:los|las|mis|sus|tus) (?:ninos|ninas|hijos|hijas|nenes|nenas|"
        r"bebes|muchachos|chamacos)",
        upgradable=True,
    ),
    rule(
        "threat.breaking_in",
        "threat",
        "imminent",
        r"(?:esta|estan|ta|tan) (?:tratando|intentando) de (?:entrar|meterse|romper la (?:puerta|"
        r"cadena|cerradura)|tumbar la puerta|forzar la (?:puerta|cerradura))|"
        # "mi ex acaba de entrar por la ventana"
        r"(?:acaba|acaban) de (?:entrar|meterse|colarse) (?:a la fuerza )?(?:por la (?:ventana|"
        r"puerta|escalera|terraza)|a (?:mi|la|nuestra) (?:casa|apartamento|cuarto))|"
        # not the help breaking in to save someone: "un policia rompio la ventana"
        r"(?<!policia )(?<!policias )(?<!bombero )(?<!bomberos )(?<!guardia )(?<!seguridad )"
        r"(?:ya )?(?:rompio|rompieron|esta rompiendo|estan rompiendo|tumbo|tumbaron|esta tumbando) "
        r"(?:el vidrio|la ventana|la puerta|la cerradura)"
        # a car's window is a car broken into, not a home: "le rompieron el vidrio del carro"
        r"(?! del (?:carro|auto|coche|camion|troca|guagua|van|taxi))"
        # a ball through the window is an accident: "mi nena rompio la ventana con una pelota"
        r"(?![^.!?]{0,40}\b(?:pelota|balon|bola|jugando|sin querer)\b)",
    ),
    rule(
        "self_harm.means_bought",
        "self_harm",
        "imminent",
        r"(?:compre|consegui|tengo|guardo) (?:una |la )?(?:soga|cuerda|pistola)|"
        r"(?:la|una|esta) (?:soga|cuerda|pistola) que (?:compre|consegui)",
        requires=r"(?:estoy mal|no aguanto|ya no (?:quiero|puedo)|despedir\w*|matarme|morir\w*|"
        r"no puedo mas|se fue|perdi|para (?:mi|hacerlo)|esta noche|en el closet|ya (?:lo )?decidi|"
        r"hoy es el dia)",
    ),
    rule(
        "self_harm.on_the_edge",
        "self_harm",
        "imminent",
        # "estoy parada en las vías del tren ... Virgencita perdóname"
        r"(?:estoy|stoy|ya estoy) (?:parad[oa] |sentad[oa] |acostad[oa] |de pie )?(?:en|sobre) "
        r"(?:las vias|los rieles|el borde del (?:anden|puente|techo|edificio)|la orilla del "
        r"(?:anden|puente|techo)|la baranda del puente|el barandal del puente)",
        requires=r"(?:perdon\w*|adios|ya no|no aguanto|no puedo mas|me voy|dios|virgen\w*|"
        r"cuiden|los quiero|despid\w*|morir|matar|se acabo|quiero terminar)",
    ),
    rule(
        "self_harm.tracks",
        "self_harm",
        "imminent",
        # "me voy a bajar a las vías cuando pase el expreso"
        r"(?:voy a|me voy a) (?:bajar|meter|acostar|parar|echar|tirar|lanzar|aventar)(?:me)? "
        r"(?:a|en|frente a|delante de|enfrente de) (?:las vias|los rieles|el tren|el metro|el "
        r"expreso)",
        requires=r"(?:cuando (?:pase|venga|llegue)|decidi|hacerlo|matar|morir|despedi\w*|"
        r"no le digan|no aguanto|ya no (?:quiero|puedo))",
    ),
    rule(
        "self_harm.decided",
        "self_harm",
        "imminent",
        # a decision with the means or the place: "ya decidí, hoy es el día" in the car with a rope
        r"ya (?:lo )?(?:decidi|tengo decidido|esta decidido)(?: hacerlo)?",
        requires=r"(?:soga|cuerda|pastillas|vias|puente|azotea|matarme|morir|quitarme la vida|"
        r"suicid\w*|despedida|no le digan|acabar con todo)",
    ),
    rule(
        "self_harm.method_thoughts",
        "self_harm",
        "elevated",
        # a method in mind, not yet intent; a marker of now makes it imminent
        r"(?:pienso|pensando|pense|penso) en (?:saltar|tirarme|aventarme|lanzarme)|"
        r"(?:thinking|think|thought) (?:about|of) (?:jumping|throwing myself)",
        requires=r"(?:techo|puente|edificio|ventana|azotea|vias|tren|metro|balcon|piso)",
    ),
    rule(
        "self_harm.urge_back",
        "self_harm",
        "elevated",
        # self-harm history felt again: "antes me cortaba ... me están volviendo esas ganas"
        r"(?:me )?(?:estan volviendo|volvieron|vuelven|regresaron|estan regresando|regresan|"
        r"han vuelto|han regresado) "
        r"(?:las |esas |estas )?ganas(?: de (?:cortarme|hacerme dano|lastimarme|hacerlo))?|"
        r"me (?:dieron|dan|vinieron|entraron) (?:las |esas )?ganas(?: de \w+)? (?:otra vez|de "
        r"nuevo)|"
        # told of someone else: "las ganas de hacerse daño volvieron"
        r"(?:las |esas )?ganas de (?:cortarse|hacerse dano|lastimarse) (?:volvieron|regresaron|"
        r"han vuelto|han regresado|estan volviendo|le volvieron)",
        requires=r"(?:cortaba|cortarme|hacerme dano|lastimaba|lastimarme|autolesion\w*|me "
        r"hacia dano|cortarse|hacerse dano|lastimarse)",
        context=False,
    ),
    rule(
        # an attempt told long past, and the same feeling now: "hace 10 años intenté quitarme
        # la vida ... estoy sintiendo lo mismo otra vez"
        "self_harm.feeling_back",
        "self_harm",
        "elevated",
        r"(?:sintiendo(?:me)?|siento|senti|me siento|se siente|sentia) (?:lo mismo|igual|asi|como "
        r"antes|como aquella vez) (?:otra vez|de nuevo|nuevamente)|(?:volvi|volvio|vuelvo|vuelve|"
        r"he vuelto|ha vuelto) a sentir(?:me|se)? (?:lo mismo|igual|asi|como antes)",
        requires=r"(?:intente|intento|quitarme la vida|quitarse la vida|matarme|matarse|"
        r"suicid\w*|cortarme|cortarse|me queria morir|se queria morir|sobredosis)",
        context=False,
    ),
    rule(
        "self_harm.thoughts_back",
        "self_harm",
        "elevated",
        # the thoughts told again, as after a hospital stay: "otra vez los mismos pensamientos
        # de antes"
        r"(?:los )?mismos pensamientos (?:de antes|que tenia|que tuve|de la otra vez)|"
        r"(?:me )?(?:volvieron|regresaron|estan volviendo|han vuelto) (?:los |esos |mis )?"
        r"(?:malos |feos |oscuros )?pensamientos",
    ),
    rule(
        "self_harm.attempt_again",
        "self_harm",
        "imminent",
        # a failed attempt and the next one announced: "lo voy a volver a intentar"
        r"(?:lo )?(?:voy a volver a intentar|vuelvo a intentar(?:lo)?|lo (?:intento|intentare|"
        r"voy a intentar) (?:otra vez|de nuevo))",
        requires=r"(?:intente|cinturon|soga|cuerda|ahorc|matarme|cortarme|saltar|tirarme|morir)",
    ),
    rule(
        "self_harm.farewell_told",
        "self_harm",
        "imminent",
        # someone else saying goodbye with a sign of suicide: "me dijo que se despide"
        r"(?:se despide|se despidio|se esta despidiendo|despidiendose|se quiere despedir)",
        requires=r"(?:azotea|techo|puente|ventana|vias|no quiere vivir|matar|morir|suicid|"
        r"pastillas|"
        r"soga|no aguanta|ya no puede)",
    ),
    rule(
        "self_harm.goodbye_received",
        "self_harm",
        "imminent",
        # someone else's goodbye: "me acaba de mandar un mensaje de despedida"
        r"(?:me|nos|le) (?:mando|envio|escribio|dejo|acaba de mandar|acaba de enviar) (?:un |una )?"
        r"(?:mensaje|texto|carta|nota|audio|video) de despedida",
        # ... and not a neighbour's farewell before a move
        requires=r"(?:saltar|tirar|matar|morir|suicid|pastillas|puente|techo|no contesta|no "
        r"responde|"
        r"deprimid|depresion|la vida|soga|no aguanta|ya no puede|perdon|lo siento|no me contesta)",
    ),
    rule(
        "self_harm.goodbye",
        "self_harm",
        "imminent",
        r"(?:esta es )?mi despedida|adios (?:a todos|para siempre)|"
        r"diganle a [^.!?]{0,30}que (?:los|las|la|lo) quiero|"
        r"escribi (?:mi|una) carta|(?:decirle|decirte|decirles) adios (?:a \w+ )?antes|"
        r"ya no (?:voy a )?(?:estar|estare) (?:aqui )?(?:manana|para manana)|"
        r"me voy (?:a ir )?de este mundo|(?:dejar|dejo) este mundo|"
        r"(?:hoy|esta noche) es (?:el dia|la noche) que me (?:voy|mato|despido)",
    ),
    rule(
        "self_harm.farewell",
        "self_harm",
        "imminent",
        # "Me despido. Gracias a los que intentaron ayudarme. Ya tengo todo listo para esta noche."
        r"me despido",
        requires=r"(?:intentaron ayudarme|trataron de ayudarme|gracias por (?:todo|intentar)|"
        r"perdon(?:enme)?|los quiero|ya no (?:puedo|aguanto)|todo (?:listo|preparado)|"
        r"para siempre|me voy a (?:matar|quitar la vida)|no (?:me )?busquen)",
    ),
    rule(
        "self_harm.not_their_fault",
        "self_harm",
        "imminent",
        # a note's last words: "díganle a mi hermana que no fue su culpa"
        r"(?:diganle|dile|digale|digan|decirle|diles|diganles) a (?:mi|mis) (?:\w+ )?\w+ que no "
        r"(?:fue|es) (?:su|tu) culpa",
        requires=r"(?:adios|me despido|perdon\w*|los quiero|la quiero|lo quiero|gracias|ya no|"
        r"ultim[oa]|esta noche|no aguanto|no puedo mas)",
    ),
    rule(
        "self_harm.means_ready",
        "self_harm",
        "imminent",
        r"tengo (?:la|una|el|un) (?:soga|cuerda|pistola|navaja|cuchilla|veneno|frasco de pastillas)"
        r" (?:lista|listo|ready|preparad[ao]|amarrad[ao]|colgad[ao]|aqui|conmigo|en (?:el|la|mi) "
        r"\w+)|(?:la )?(?:soga|cuerda) (?:ya )?(?:esta )?(?:amarrada|colgada|lista)",
    ),
    rule(
        "self_harm.acting_now",
        "self_harm",
        "imminent",
        # the present progressive: it is happening ("me estoy cortando ahorita")
        r"me (?:estoy|stoy) (?:cortando|haciendo dano|ahorcando|tomando (?:todas )?las pastillas)|"
        r"(?:ya )?me tome (?:todas )?las pastillas|me tome (?:un|el) (?:bote|frasco) (?:entero|"
        r"completo)",
    ),
    rule(
        "self_harm.ideation",
        "self_harm",
        "elevated",
        r"(?:no )?(?:le )?(?:tiene|veo|encuentro|tengo) (?:ningun )?sentido (?:a )?(?:vivir|"
        r"la vida|seguir)|"
        r"(?:dice|dijo) que (?:ya )?no quiere (?:estar aqui|seguir|despertar|existir|vivir)"
        r"(?=\s*$|\s*[.,;!?])|"
        r"quiero morir(?:me)?|me quiero morir|(?:ya )?no quiero vivir|no quiero (?:seguir|"
        r"estar aqui|despertar(?:me)?|amanecer)|ojala no (?:despierte|despertar|amanezca)|"
        # "ojalá no existiera" (bulleted, on its own)
        r"ojala (?:yo )?no (?:existiera|existir|hubiera nacido)|no quiero existir|"
        r"quisiera no despertar|(?:le )?(?:pido|ruego|rezo) a dios (?:que )?no (?:me )?despert\w*|"
        r"(?:estarian|estaria|estan) mejor sin mi|mejor sin mi|"
        r"dice que (?:estariamos|estarian|estaria|estarias) (?:todos )?mejor sin (?:el|ella)|"
        r"(?:pienso|pense|pensaba|pensando|penso|pensado) en "
        r"(?:quitarme la vida|matarme|suicidarme|morir)|prefiero (?:estar muert[oa]|morirme)|"
        r"(?:soy|me siento) una carga|no vale la pena vivir|no aguanto mas|quiero desaparecer|"
        # wishing, in the conditional: "hay días que quisiera desaparecer", "mejor me muero y ya"
        r"quisiera (?:desaparecer|morirme|no existir|estar muert[oa])|mejor me muero\b(?! de\b)|"
        # "mejor estaria muerta", "estaria mejor muerto" (not "mejor muerto de risa")
        r"(?:mejor (?:yo )?estaria|estaria (?:yo )?mejor|mejor estar) muert[oa]\b(?! de\b)|"
        # "ya ni sé para qué sigo aquí, nadie me extrañaría"
        r"nadie me (?:extranaria|va a extranar|echaria de menos)|"
        # "pa q sigo si ya lo perdi todo"; "no sé para qué sigo" is no negation of it
        r"(?:no se (?:ni )?)?(?:para|pa) (?:que|q) sigo(?: (?:aqui|viv\w+)|(?=\s*$|\s*[.,;!?]|"
        r"\s+(?:si|en este mundo)\b))|"
        r"(?:estoy|siento que estoy) de mas en (?:este mundo|esta vida)|sobro en este mundo|"
        r"para que seguir(?: viviendo)?\b|"
        r"me da (?:igual|lo mismo) (?:si )?(?:me muero|morirme|vivir o morir|"
        r"si vivo o (?:si )?muero)|"
        r"(?:me corto|cortarme|hacerme dano)|suicid\w+|"
        # told of someone else, with where: "se corta los brazos" (not "se corta el pelo")
        r"se (?:corta|ha estado cortando) (?:los brazos|las munecas|"
        r"las piernas|los muslos|el brazo|la muneca|la piel)|se autolesiona\w*",
        upgradable=True,
    ),
    # --- violencia domestica --------------------------------------------------
    rule(
        "domestic_violence.abuse",
        "domestic_violence",
        "elevated",
        r"maltrat\w+|abus\w+|violencia domestica|orden de proteccion",
        upgradable=True,
    ),
    rule(
        # "mi esposo toma mucho y se pone agresivo con todos en la casa"
        "domestic_violence.turns_violent",
        "domestic_violence",
        "elevated",
        r"se (?:pone|ponia|puso|vuelve|volvia) (?:muy |bien |super |re |todo )?(?:agresiv[oa]|"
        r"violent[oa]|loc[oa] y (?:nos|me) (?:pega|grita|amenaza))",
        # a partner or a relative: a roommate who "se pone agresivo" is not domestic violence
        requires=r"(?:esposo|marido|pareja|novio|novia|esposa|mujer|hijo|hija|papa|padre|mama|"
        r"madre|padrastro|yerno|cunado|hermano|suegro)",
        upgradable=True,
    ),
    rule(
        # fled from abuse, in a shelter or with family now: "me vine pa acá porque mi ex me
        # daba golpes" (a survivor's risk does not end with the move)
        "domestic_violence.fled",
        "domestic_violence",
        "elevated",
        r"(?:me vine|me fui|me sali|hui|me escape|left|fled|got away|ran away|escaped)[^.!?]{0,50}"
        r"(?:porque|because|cause|cuz|por) (?:mi |my )?(?:ex|esposo|marido|pareja|novio|husband|"
        r"boyfriend|partner)\b[^.!?]{0,25}(?:me )?(?:pegaba|golpeaba|daba golpes|maltrataba|"
        r"abusaba|hit|beat|abused|hurt)",
        context=False,
    ),
    rule(
        # hiding from someone in the home: "me escondí en el closet con los nenes"
        "violence.hiding_from",
        "violence",
        "imminent",
        r"(?<!a las )(?<!a la )(?:me (?:escondi|estoy escondiendo)|nos (?:escondimos|estamos "
        r"escondiendo)|(?:estoy|estamos) escondid[oa]s?)\b(?! (?:los|las|el|la) (?:regalos?|"
        r"dulces?|llaves?))",
        requires=r"(?:el|ella|ellos|grita\w*|golpe\w*|patea\w*|afuera|arma|pistola|cuchillo|"
        r"borrach\w+|miedo|entrar|puerta|baño|bano|closet|cuarto|cama|"
        # "estoy escondida en la farmacia, mi esposo me pegó y me vino siguiendo"
        r"(?:me|nos) (?:pego|pega|pegaba)|sigu\w+|persigu\w+|esposo|marido|novio)",
    ),
    rule(
        # an older parent afraid of the son who shouts and throws things at them
        "domestic_violence.fear_of_family",
        "domestic_violence",
        "elevated",
        r"(?:le|les) tengo miedo|(?:me|le) (?:tiro|tira|avento|lanzo|tiraron) (?:el|un|los|"
        r"la|una|las) (?:plato|platos|vaso|comida|silla|zapato|control)\w*|"
        r"i'?m (?:scared|afraid|terrified) of (?:him|her|my (?:son|daughter|grandson|"
        r"granddaughter))",
        requires=r"(?:hijo|hija|nieto|nieta|esposo|marido|pareja|novio|yerno|nuera|son|daughter|"
        r"grandson|granddaughter|husband|wife|boyfriend|son-in-law)",
    ),
    rule(
        "domestic_violence.control",
        "domestic_violence",
        "elevated",
        r"me (?:revisa|checa|controla|vigila) (?:el|mi) (?:telefono|celular|cel)|me controla|"
        r"no me deja (?:ver|salir|ir|hablar|trabajar|llamar)|(?:tengo )?miedo (?:de|a) (?:mi|su) "
        r"(?:esposo|esposa|pareja|novio|novia|marido|ex)|me (?:encerro|encierra)|si lo dejo|"
        r"si la dejo|moretones|"
        # "el marido se lo quitó" (the phone, named before)
        r"(?:marido|esposo|novio|pareja|ex) (?:se lo|se la|le) (?:quito|quita|rompio|escondio|"
        r"esconde)(?= *(?:$|[.,!]| el (?:celular|telefono|cel|pasaporte)))|"
        # taking away what lets the resident call, hear or move: "me quita los audífonos para
        # que no pueda oír ni llamar a nadie"
        # keys and phone both taken: "me quitó las llaves y el celular"
        r"me (?:quita|quito|esconde|escondio) (?:las llaves|el celular|el telefono|el cel|el "
        r"pasaporte|los documentos|los papeles) y (?:las llaves|el celular|el telefono|el cel|el "
        r"pasaporte|los documentos|los papeles)|"
        r"me (?:quita|quito|esconde|escondio|rompe|rompio|tira|tiro) (?:el|la|los|las|mi|mis) "
        r"(?:telefono|celular|cel|audifonos|aparatos?|llaves|documentos|papeles|pasaporte|dinero|"
        r"silla|baston|lentes|medicinas|medicamentos)[^.!?]{0,30}para que no (?:pueda|pudiera)|"
        # "me amenazó con ... quitarme a los niños si llamo a alguien"
        r"quitarme (?:a )?(?:los|mis) (?:ninos|hijos|nenes|hijas|bebes)[^.!?]{0,30}si (?:llamo|"
        r"hablo|digo|me voy|lo dejo|la dejo|pido ayuda)",
        upgradable=True,
    ),
    rule(
        "domestic_violence.held",
        "domestic_violence",
        "imminent",
        # held in a room: "no me deja salir del cuarto", "me tiene encerrada en el baño"
        r"(?:no me (?:deja|dejan|quiere dejar) salir|me (?:tiene|tienen) encerrad[oa]|"
        r"me encerr\w+) (?:del?|en) (?:el |la |mi |este |esta )?"
        r"(?:cuarto|bano|closet|habitacion|sotano|carro)|"
        # locked in, wherever: being held is the emergency, not the room
        r"me (?:tiene|tienen) encerrad[oa]|"
        # held by the throat: "me tiene agarrada del cuello"
        r"me (?:tiene|tienen|esta) (?:agarrad[oa] |apretando |agarrando )?"
        r"(?:del|por el|el) cuello|me esta ahorcando",
    ),
    rule(
        "domestic_violence.held_keys",
        "domestic_violence",
        "imminent",
        # kept in, with the keys or the phone taken: held now, not a habit of control
        r"no me (?:deja|dejan|quiere dejar|quieren dejar) salir|won'?t let me (?:leave|out|go out)|"
        # "dice q de aquí no salgo, he took my keys"
        r"de aqui no (?:salgo|sales|sale|me voy)|(?:says|said) i'?m not (?:leaving|going anywhere)",
        requires=r"(?:me (?:quito|quitaron|escondio|escondieron) (?:las llaves|la llave|"
        r"el telefono|"
        r"el celular|mi telefono|mi celular)|(?:took|hid|taken|has) my (?:keys|phone|cell))",
    ),
    # --- ninos ----------------------------------------------------------------
    rule(
        "child_safety.taken",
        "child_safety",
        "imminent",
        # a parent taking a child away against the other's will ("se acaba de llevar a mi hija")
        rf"se (?:acaba de |acaban de )?(?:llevo|llevaron|lleva|llevan|llevar|robo|robaron|robar) a "
        rf"(?:mi|mis|su|"
        rf"sus|la|el|los|las|nuestr[oa]s?) {_NINO}",
        requires=r"(?:sin permiso|no (?:la|lo|los|las) (?:voy|vas|vamos) a volver a ver|aeropuerto|"
        r"no (?:me )?(?:la|lo|los) (?:devuelve|quiere devolver|trae)|se (?:la|lo) llevo|del pais|"
        r"frontera|a la fuerza|"
        # a stranger: "un hombre la cargó y se fue corriendo"
        r"un (?:hombre|senor|tipo|desconocido)|una (?:mujer|senora|desconocida)|alguien|"
        r"corriendo|(?:la|lo) (?:cargo|agarro|subio|metio))",
    ),
    rule(
        "child_safety.with_intruders",
        "child_safety",
        "imminent",
        # "unos ladrones entraron ... y la niña de 6 años está sola adentro con ellos"
        rf"{_NINO}[^.!?]{{0,60}}(?:adentro|dentro|encerrad[oa]s?|sol[oa]s?) con (?:ellos|los "
        r"ladrones|el ladron|ese hombre|esos hombres|el intruso)",
        requires=r"(?:ladron\w*|entraron|se metieron|intruso|robando|asaltando|robo)",
    ),
    rule(
        "child_safety.never_see_again",
        "child_safety",
        "imminent",
        # "nunca vas a volver a ver a Mía, ya vamos por la autopista"
        r"(?:nunca|jamas) (?:mas )?(?:vas|va|van) a (?:volver a )?ver a (?!mi\b)(?:\w+|(?:tu|tus|"
        r"los|las|nuestr[oa]s?) \w+)|no (?:la|lo|los|las) (?:vas|va|van) a (?:volver a )?ver "
        r"(?:nunca|jamas|mas)",
        requires=r"(?:autopista|carretera|ya (?:nos )?(?:fuimos|vamos|estamos|salimos)|en el carro|"
        r"aeropuerto|avion|custodia|se (?:la|lo|los|las) (?:llevo|llevaron)|del pais|frontera|"
        r"terminal|guagua)",
    ),
    rule(
        "child_safety.in_the_street",
        "child_safety",
        "imminent",
        # the child named a sentence earlier: "mi sobrino de 4 años salió solo ... está en medio
        # de la avenida"
        r"(?:esta|estan|anda|andan|sigue) (?:\w+ )?(?:en|por) (?:el )?medio de (?:la |el )?"
        r"(?:calle|avenida|carretera|autopista|via)",
        requires=rf"(?:{_NINO}|\d+ anos|chiquit\w+)",
    ),
    rule(
        "child_safety.danger_place",
        "child_safety",
        "imminent",
        # (a window broken with a ball is no child at the window: "mi hijo rompio sin querer la
        # ventana del vecino con la pelota")
        rf"{_NINO}\b[^.!?]{{0,50}}(?:escalera de incendios|(?<!rompio la )(?<!querer la )"
        # ("arriba de mi techo" is the ceiling; "estamos en la calle" is out with the child)
        r"(?<!rompieron la )(?<!rompio una )ventana|balcon|(?<!mi )techo|azotea|"
        r"(?<!estamos )en la calle|"
        r"carretera|(?:por |en )?(?:el )?medio (?:de (?:la |el )?|del )\w+|"
        r"cruzando (?:la|el) (?:calle|avenida|\w+) sol(?:it)?[oa]|entre los carros|"
        r"(?:por|del) (?:el )?lado de los carros|"
        # "se salió corriendo a la calle, hay mucho tráfico"
        r"(?:se (?:salio|fue|metio|escapo)|salio|corrio|se solto)(?: corriendo)? (?:a|hacia|para) "
        r"(?:la|el|media) (?:calle|avenida|carretera|autopista)|"
        r"(?:caminando|corriendo|andando) sol(?:it)?[oa] (?:por|en) (?:la|el) (?:autopista|"
        r"expressway|highway|cross bronx|bqe|fdr|major deegan|carretera)|"
        r"encerrad[oa] en (?:un|el) (?:carro|auto|coche)|vias del tren|"
        # a pool only alone or deep ("los niños en la piscina pública todo el día" is summer)
        r"piscina(?=[^.!?]{0,30}(?:sol[oa]s?\b|sin (?:nadie|supervision|un adulto)|hond[oa]|se "
        r"(?:esta|estan) ahogando))|sol(?:it)?[oa]s? (?:en|cerca de) (?:la )?piscina)",
    ),
    rule(
        "child_safety.abduction",
        "child_safety",
        "imminent",
        r"(?:llevando|llevarse|se llevo|se lleva|agarrando|agarro|jalando|jalo|robando|se robaron|"
        r"metiendo|metio) "
        # a kidnapping scam is a call, not a child taken: "casi cae en la estafa del secuestro
        # virtual"
        rf"(?:a )?(?:un |una |la |el |mi |su )?{_NINO}|(?<!estafa del )(?<!estafa de )"
        r"secuestr\w+(?! virtual| (?:falso|telefonico|por telefono))",
    ),
    rule(
        "child_safety.harm_now",
        "child_safety",
        "imminent",
        rf"{_ESTAR} (?:pegando|golpeando|lastimando|maltratando) (?:a )?(?:su|sus|mi|mis|el|la|un|"
        rf"una) {_NINO}",
    ),
    rule(
        # poison left within a child's reach: "el exterminador dejo unos bloques verdes de
        # veneno under the crib"; a child found with it in the mouth is read in the conversation
        "child_safety.poison_in_reach",
        "child_safety",
        "elevated",
        r"(?:veneno|raticida|mata ?ratas|matarratas|cebos?|trampas? de veneno|insecticida|"
        r"pesticida|bolitas azules)\b"
        # (a question before it is used: "¿eso es seguro para los nenes?")
        r"(?![^\n]{0,120}(?:\bes seguro\b|\bseguro para\b|\bis (?:it|that|this) safe\b|"
        r"\bsafe for\b))",
        requires=rf"(?:{_NINO}|cuna|crib|\d+ anos|toddler|baby|kids?)",
    ),
    rule(
        "child_safety.touching",
        "child_safety",
        "elevated",
        r"(?:la|lo|los|las|le) toca (?:de (?:una )?(?:manera|forma) (?:rara|extrana|inapropiada)|"
        r"raro|donde no (?:debe|deberia)|sus partes)|tocamientos|juegos? secretos?|"
        r"(?:le|les) (?:dice|dijo|hace prometer) que no (?:le )?(?:diga|cuente)\w*",
    ),
    rule(
        "child_safety.danger_place",
        "child_safety",
        "imminent",
        # "dejó el hueco del ascensor abierto y hay niños jugando ahí ahora mismo"
        r"(?:hueco|pozo|foso) del ascensor[^.!?]{0,60}"
        rf"{_NINO}|{_NINO}[^.!?]{{0,60}}(?:hueco|pozo|foso) del ascensor",
        requires=r"(?:ahora|ahorita|en este momento|jugando|casi se cae|se va a caer|abierto)",
    ),
    rule(
        "child_safety.hot_car",
        "child_safety",
        "imminent",
        # "hay un bebé solo en un carro ... las ventanas cerradas y hace un calor horrible"
        rf"{_NINO}[^.!?]{{0,30}}(?:sol[oa]s? )?(?:en|dentro de) (?:un |el |la |una |ese |esa )?"
        r"(?:carro|"
        r"auto|coche|camioneta|van|guagua)",
        requires=r"(?:calor|ventanas? (?:cerradas|arriba|subidas)|al sol|encerrad\w+|no aparece|"
        r"llorando|sudando|caliente|nadie)",
    ),
    rule(
        "child_safety.tracks",
        "child_safety",
        "imminent",
        # "un niño de como 10 años se cayó a la vía del tren ... ya se oye el tren"
        rf"{_NINO}[^.!?]{{0,60}}(?:(?:se cayo|cayo|se bajo|bajo|esta|anda|se metio) (?:a|en) "
        r"(?:la|las) vias?|vias? del (?:tren|metro)|(?:borde|orilla) del anden|a punto de "
        r"caerse a las vias)",
    ),
    rule(
        "child_safety.shaken_now",
        "child_safety",
        "imminent",
        # "está sacudiendo al bebé porque no deja de llorar"
        # ... or seen doing it: "lo acabo de ver sacudiendo al bebé muy fuerte"
        rf"(?:{_ESTAR}|(?:ver|vi|veo|vimos)(?: \w+){{0,3}}?) (?:sacudiendo|zarandeando|"
        r"estrujando|tirando) (?:fuerte )?(?:a )?(?:al|la|el|"
        rf"su|sus|mi|los|las|un|una) {_NINO}",
    ),
    rule(
        "child_safety.unwatched",
        "child_safety",
        "elevated",
        # "juegan en the construction site after school, no fence ... and nadie los cuida"
        r"nadie (?:los|las|lo|la) (?:cuida|vigila|supervisa|esta cuidando|esta vigilando)|"
        r"(?:nobody|no one|no adult)(?:'s| is)? (?:watching|supervising|looking after) (?:them|"
        r"him|her|the kids)",
        requires=rf"(?:{_NINO}|kids?|children|toddlers?|\d+ anos)",
    ),
    rule(
        "child_safety.neglect",
        "child_safety",
        "elevated",
        # ("le corté el pelo al bebé yo sola": the resident did it alone)
        # ("el chiquito no quiere dormir solo": what the child wants, not neglect)
        rf"{_NINO}[^.!?,]{{0,20}}? (?:se quedan|estan|esta|quedan)? ?(?<!\byo )(?<!dormir )"
        r"(?<!\bir )(?<!jugar )(?<!caminar )(?<!comer )sol[oa]s?"
        r"(?! (?:quer\w+|quiero|quiere|quieren|pregunt\w+|para|una?|es|eso|por|necesit\w+|tengo|"
        r"tiene))|"
        # further from the child only with the verb: "los niños de la vecina de arriba se
        # quedan solos" ("mi hija, she said it was fun, solo pregunta" is "only")
        rf"{_NINO}[^.!?,]{{0,40}}? (?:se quedan|se queda|estan|esta|quedan|queda|pasan|pasa) "
        r"sol[oa]s?|(?:deja|"
        r"dejan) (?:a )?(?:su|sus|los|las) "
        rf"{_NINO} sol[oa]s?|{_NINO}[^.!?]{{0,40}}(?:tener|tienen|pasan) hambre|"
        # put out of the home: "saca a su bebé de 2 años al pasillo ... por horas"
        r"(?:saca|sacan|sacaba|pone|ponen|deja|dejan|encierra|encierran) (?:a )?(?:su|sus|los|las|"
        rf"el|la) {_NINO}(?: de \d+ (?:anos|meses))? (?:al|en el|a la|en la|afuera en el) "
        r"(?:pasillo|calle|balcon|escalera|azotea|techo)|"
        # children barefoot in winter: "andan sin zapatos en pleno invierno"
        rf"{_NINO}[^.!?]{{0,60}}(?:sin zapatos|descalz[oa]s|sin abrigo|sin chaqueta|sin "
        r"chamarra)[^.!?]{0,40}(?:invierno|frio|nieve)|"
        r"no (?:me|le|les) importa si (?:tienen|tiene|pasan|pasa) hambre|"
        rf"(?:{_NINO}|kids)[^.!?]{{0,40}}sin (?:comida|comer|nada que comer)|"
        # "los niños siempre andan sucios y con hambre, tocan las puertas pidiendo comida"
        rf"{_NINO}[^.!?]{{0,40}}(?:andan|estan|viven|pasan|siempre) (?:\w+ ){{0,3}}con hambre|"
        rf"{_NINO}[^.!?]{{0,80}}pidiendo (?:comida|de comer)|"
        rf"{_NINO}[^.!?]{{0,40}}no (?:tienen|tiene|hay) (?:nada de |nada que |que )?"
        r"(?:comida|comer)|"
        r"(?:(?:los|las|a los|a las) (?:deja|dejan|tiene|tienen)|(?:deja|dejan|tiene|tienen) a "
        rf"(?:sus|los|las|su) (?:\w+ )?{_NINO}) encerrad[oa]s[^.!?]{{0,60}}(?:sin "
        r"comida|sin comer|without food|todo el dia|llorando)|"
        rf"{_NINO}[^.!?]{{0,40}}(?:casi no comen|casi no come|no les dan de comer|no le dan de "
        r"comer)|(?:deja|dejan) (?:a )?(?:su|sus|el|la|los) (?:\w+ )?(?:bebe|bebes|nin[oa]s?|"
        r"hij[oa]s?) llorando (?:horas|por horas|todo el dia|toda la noche)",
    ),
    # --- fuego ----------------------------------------------------------------
    rule(
        "fire.burning",
        "fire",
        "imminent",
        r"se (?:esta )?quemando|(?:hay|esta en|en) (?:un )?(?:fuego|incendio|llamas)|"
        # Caribbean "candela": "hay candela en el sótano", "cogió candela"
        r"hay candela|(?:cogio|cogiendo|agarro|agarrando|coge|cogiendo) candela|"
        r"candela en (?:el|la|los|las|mi|su|un|una) \w+|"
        # a cry for help: "FUEGO, AYUDEN!!"
        r"(?:^|(?<=[.!?¡]) ?)fuego ?[!,.]|fuego,? (?:ayud\w+|auxilio|socorro)|(?:ayuda|auxilio|"
        r"socorro),? (?:hay )?(?:fuego|incendio)|"
        r"se prendio fuego|"
        r"prendieron fuego|(?:hay )?fuego en|explot\w+|"
        r"(?<!alarma de )(?<!simulacro de )incendio en|"
        r"se (?:prendio|prendieron|incendio|encendio) (?:el|la|los|las) (?:aceite|sarten|cocina|"
        r"estufa|cortinas?|sofa|colchon|cama|basura|arbol)|(?:las )?llamas (?:ya )?(?:llegaron|"
        r"llegan|estan llegando|suben|subiendo|alcanzaron)|no se (?:apaga|puede apagar)|"
        # flames seen: "ahora salen llamas del 3C!!"
        r"(?:salen|sale|saliendo|se ven|veo|vemos|echando|echa|hay) (?:unas |las )?llamas",
    ),
    rule(
        "fire.smoke",
        "fire",
        "imminent",
        r"(?:hay|sale|saliendo|entra|esta saliendo|esta entrando) (?:mucho |bastante |"
        r"un monton de )?hum(?:o|ito)|"
        r"humo (?:saliendo|negro|por todos lados|en el pasillo)|"
        r"(?:oliendo|huelo|olemos|siento|sentimos) (?:un )?(?:olor (?:a |de )?)?(?:mucho |bien |"
        r"muy )?(?:fuerte )?(?:humo|gas|quemado)|atrapad[oa]s|no (?:podemos|puedo|"
        r"pueden) salir|"
        r"huele (?:mucho |muy fuerte |muchisimo |bien fuerte |demasiado |fuertisimo |horrible "
        r"|super fuerte )?(?:como )?a (?:gas|humo|"
        r"quemado|(?:cables?|plastico|goma) quemad[oa]s?|huevos? podridos?)|"
        r"olor (?:(?:muy |bien |super |bastante )?fuerte )?a (?:gas|humo(?! viejo)|"
        r"quemado(?! viejo)|huevos? podridos?|"
        r"(?:cables?|plastico|goma) quemad[oa]s?)|fuga de gas|"
        r"(?:echando|echa|bota|botando|saca|sacando|soltando) (?:\w+ )?(?:humo|humito)|"
        # the carbon monoxide alarm sounding, in either order
        r"(?:alarma|detector|alarma del detector) de(?:l)? (?:monoxido|co)\b[^.!?]{0,60}"
        r"(?:suena|sonando|pita|pitando|chilla|esta sonando|no para de sonar|se activo|se prendio|"
        # given a battery, it sounds: "le puse una y empezó a sonar"
        r"empezo a (?:sonar|pitar|chillar)|"
        r"beeping|going off|sounding|screaming)|"
        r"(?:suena|sonando|pita|pitando|esta sonando|no para de sonar) (?:la |el )?(?:alarma|"
        r"detector) de(?:l)? (?:monoxido|co)\b|"
        # a talking detector: "se oye una voz q dice carbon monoxide"
        r"(?:voz|alarma|detector|aparato)[^.!?]{0,20}(?:dice|diciendo|grita|gritando) (?:q |que )?"
        r"['\"]?(?:warning,? |cuidado,? )?(?:carbon monoxide|monoxido)|"
        # a gas line struck: "rompieron la tubería del gas con el taladro"
        r"(?:rompio|rompieron|pego|pegaron|perforo|perforaron|corto|cortaron|revento|reventaron|"
        r"le dio|le dieron) (?:a |con )?(?:la |una |el |un )?(?:linea|tuberia|tubo|cano|manguera) "
        r"(?:del? )?gas|(?:linea|tuberia|tubo|cano) (?:del? )?gas[^.!?]{0,30}(?:silbando|chiflando|"
        r"soplando)",
    ),
    rule(
        "fire.stored_hazard",
        "fire",
        "elevated",
        # fireworks stored indoors, cords run through the stairs: "guardan los fuegos
        # artificiales en el basement", "extension cords por toda la escalera"
        r"(?:guarda|guardan|almacena|almacenan|esconde|esconden|store|stores|stored|keep|keeps|"
        r"stash|stashes)[^.!?]{0,30}(?:fuegos artificiales|fireworks|cohetes|petardos|polvora)"
        r"[^.!?]{0,20}(?:en el|en la|en su|in the|in their|in his|in her|in our) (?:basement|"
        r"sotano|apartamento|apartment|closet|stairwell|escalera|pasillo|hallway|cuarto|room|"
        r"garage|boiler room)|"
        r"(?:extension cords?|extensiones|cables)[^.!?]{0,20}(?:por toda la|por la|across the|"
        r"through the|up the|down the|on the) (?:escalera|stairs|stairwell|hallway|pasillo|fire "
        r"escape|salida)",
    ),
    rule(
        "fire.hazard",
        "fire",
        "elevated",
        # smoke detectors only as a hazard: missing, removed or dead ("donde consigo
        # detectores de humo" is a question, not a hazard)
        r"(?:no hay|sin|no (?:tiene|tienen|tenemos|tengo)|quit\w+|falt\w+|arranc\w+|desconect\w+)"
        r"[^.!?]{0,30}detector(?:es)? de humo|detector(?:es)? de humo[^.!?]{0,30}(?:no "
        r"(?:funciona|funcionan|sirve|sirven)|sin (?:pilas|baterias?)|quitad\w+|desconectad\w+)|"
        r"(?:saca|echa|salen|sacan) chispas|chispas|"
        # "mi vecino deja el gas abierto", "dejan la estufa prendida sin nadie"
        r"(?:deja|dejan|dejo|dejaron) (?:el gas|la llave del gas|las hornillas|la hornilla) "
        r"(?:abiert[oa]s?|prendid[oa]s?)|"
        # in Spanglish too: "the fire escape está bloqueado con los muebles del vecino"
        r"(?:(?:salida|escalera|escape) de incendios|fire escapes?|fire exits?|emergency exits?)"
        r"[^.!?]{0,25}"
        r"(?:bloquead[ao]|tapad[ao]|"
        r"obstruid[ao]|llen[ao] de (?:cosas|muebles|basura|cajas))|"
        # fires lit inside: "prenden velas y fogatas adentro every night"
        r"(?:prenden|hacen|encienden|prende|hace|enciende) (?:\w+ ){0,3}(?:fogatas?|hogueras?|"
        r"fogones|fuego)(?: \w+)? (?:adentro|dentro|en (?:el|la) (?:casa|edificio|pasillo|cuarto|"
        r"sotano|apartamento|escalera))|"
        r"(?:ventana|salida|puerta)[^.!?]{0,40}(?:bloquead[ao]|tapad[ao]) con "
        r"(?:rejas|candado|cadena)|rejas con candado|"
        # "la unica salida ta tapada con las sillas"
        r"(?:la )?unica (?:salida|puerta)[^.!?]{0,25}(?:bloquead|tapad|obstruid)\w*|"
        r"cables (?:pelados|expuestos)|"
        # a gas appliance put in by someone unlicensed: "instaló la estufa de gas él mismo sin
        # plomero"
        r"(?:instal\w+|conect\w+|puso|pusieron|monto|montaron) (?:\w+ ){0,5}?(?:estufa|horno|"
        r"calentador|boiler|secadora|linea de gas|tuberia de gas)\b[^.!?]{0,40}sin (?:un |ningun )?"
        r"(?:plomero|licencia|permiso|inspeccion|inspector|tecnico)|"
        # a flat filled to the ceiling, or a hazard named: "dijo 'eso es un peligro de incendio'"
        r"(?:lleno|llena|llenos|llenas|repleto|repleta) de (?:basura|cosas|cajas|periodicos|"
        r"cachivaches|trastes|bolsas)[^.!?]{0,30}hasta el techo|"
        r"(?:dijo|dice|es|eso es|son) (?:un |una )?(?:gran |tremendo |verdadero )?(?:peligro|"
        r"riesgo) de incendio|"
        # hoarding that blocks the way out
        r"(?:basura|cosas|cachivaches|reguero) acumulad[oa]s?[^.!?]{0,80}(?:puerta|salida|escalera|"
        r"pasillo)|(?:puerta|salida) de emergencia[^.!?]{0,30}(?:bloquead\w+|tapad\w+|no (?:se )?"
        r"(?:puede|abre))|no se puede abrir la (?:puerta|salida) de emergencia|acumulador\w*|"
        r"acumula(?:n|ndo)? (?:tant[oa]s? |much[oa]s? )?(?:basura|cosas|periodicos|cajas|"
        r"cachivaches|trastes)[^.!?]{0,60}"
        r"(?:techo|peligr\w+|incendio|fuego|salida|pasillo|puerta|no se puede)|"
        r"(?:tapa|tapan|bloquea|bloquean|obstruye|obstruyen|tapando|bloqueando) (?:\w+ ){0,2}"
        r"(?:la )?(?:puerta|salida|escalera) de (?:emergencia|incendios)",
        upgradable=True,
    ),
    rule(
        "fire.unsafe_heat",
        "fire",
        "elevated",
        # heating with the gas oven, or burning charcoal indoors: carbon monoxide
        r"(?:horno|estufa|hornillas?|hornallas?)(?: de gas)?(?: \w+){0,2} (?:para calentar(?:se|"
        r"nos)\b|"
        r"para calentar (?:la casa|el apartamento|el cuarto|la sala|a los ninos)|"
        r"para (?:dar|tener|quitar el) (?:calor|frio)|(?:abiert|prendid|encendid)[oa]s? (?:toda la "
        r"noche|todo el dia|para calentar(?:se|nos)))|"
        r"(?:calientan|calentamos|calienta|calentarse|calentar|calentando) (?:\w+ ){0,3}con (?:el|"
        r"la|"
        r"las) (?:horno|estufa|hornillas)|"
        r"(?:carbon|anafre|brasero|parrilla|generador|planta electrica)[^.!?]{0,30}(?:adentro|"
        r"dentro "
        r"de(?:l| la) (?:casa|apartamento|cuarto))",
    ),
)
