"""English risk rules, read against normalised text (see ``normalize``).

Ids are ``<kind>.<what>``; they appear in signals, so staff can see which rule
fired, and they are stable: the safety report and tests refer to them.
Levels follow the help line's triage guide (docs/safety-screen.md): imminent
means happening now or about to happen; elevated means a risk that needs a
safety question and a line, not an emergency dispatch.
"""

from __future__ import annotations

from typing import Final

from triage.risk.rules import Rule, rule

# Shared fragments.
_BE = r"(?:is|are|'s|'re|was|were|am|'m)"
_GUN = (
    r"(?:guns?|pistols?|rifles?|shotguns?|firearms?|handguns?|revolvers?|glocks?|weapons?|ar-?15|"
    r"ak-?47|strap|piece|burner)"
)
_BLADE = (
    r"(?:knife|knives|machetes?|blades?|box ?cutters?|razors?|swords?|axes?|hatchets?|daggers?|"
    r"screwdriver)"
)
_ARM = rf"(?:{_GUN}|{_BLADE})"
_DET = r"(?:a|an|his|her|their|the|my|two|some|this|that|one)"
_PERSON = (
    r"(?:man|men|guy|guys|woman|women|lady|kid|kids|boy|girl|person|people|dude|teen|teenager|"
    r"child|children|baby|super|neighbors?|cashiers?|drivers?|workers?|tenants?|students?|"
    r"customers?|"
    r"strangers?|cops?|officers?|residents?|passengers?|persons?)"
)
_OBJ = (
    r"(?:me|us|him|her|them|someone|somebody|people|everyone|each other|mi|wi|yuh|dem|"
    # my/his/her + a person, not a thing ("hitting my windows" is not an assault)
    r"(?:my|his|her) (?!(?:windows?|cars?|door|doors|fence|walls?|mailbox|plants|garden|trash|"
    r"bins?|building|house|ceiling|floor|bike|tires?)\b)\w+|"
    rf"their \w+|(?:a|an|the|this|that|some|two|three) (?:\w+ ){{0,2}}?{_PERSON})"
)
_HARM = r"(?:kill|murder|shoot|stab|hurt|harm|beat(?: up)?|cut|strangle|choke|jump|smash)"
_INTEND = (
    r"(?:going to|will|want to|wants to|trying to|tryin to|about to|ready to|plan to|planning to|"
    r"need to|"
    r"have to|would|(?:i|he|she|they|we|you)(?:'ll|'d)|"
    # Caribbean English: "him a go kill mi", "dem gwine shoot"
    r"a go|ago|gwine|gwan|a guh)"
)
_PILLS = (
    r"(?:antidepressants|antipsychotics|benzos|klonopin|ativan|valium|ambien|seroquel|lithium|"
    r"prozac|"
    r"zoloft|methadone|suboxone|adderall|gabapentin|tramadol|vicodin|morphine|codeine|aspirin|"
    r"ibuprofen|acetaminophen|benadryl|prescriptions?|"
    r"(?:pills|meds|medication|medicine|tablets|xanax|percs?|percocets?|oxys?|oxycodone|tylenol|"
    r"advil|sleeping pills|painkillers|opioids|insulin))"
)
_CHILD = (
    # an age in brackets after a relative: "my nephew (4)"
    r"(?:(?:son|daughter|nephew|niece|grandson|granddaughter|brother|sister|cousin|stepson|"
    r"stepdaughter) \((?:\d|1[0-2])(?=\))|"
    r"toddlers?|bab(?:y|ies)|infants?|kids?|child(?:ren)?|little (?:boy|girl|one|brother|sister|"
    r"kid)s?|small (?:kid|child)|\d+ ?(?:year|yr|month)[- ]olds?|(?:neighbou?r'?s|her|his|their|"
    r"our) (?:little )?(?:boy|girl)|(?:boy|girl), (?:he|she) is \d|(?:first|second|third|fourth|"
    r"fifth|sixth|1st|2nd|3rd|4th|5th|6th|7th|8th) graders?|kindergartners?|preschoolers?|pre-?k "
    r"(?:kid|student)s?|(?:one|some|two) of (?:our|my|the) (?:students|kids|children|\w+ graders))"
)

RULES: Final[tuple[Rule, ...]] = (
    # --- weapon ---------------------------------------------------------------
    rule(
        "weapon.present",
        "weapon",
        "imminent",
        r"(?:has|have|had|got|'s got|holding|holds|carrying|with|pulled|pulling|pulls|"
        r"pointing|points|pointed|waving|waves|brandishing|showing|flashing|grabbed|"
        r"grabbing|swinging|took out|taking out|pulled out|reaching for|came out with|"
        rf"coming at me with|came at me with|armed with)(?: out)? {_DET}?\s?(?:loaded |big |"
        rf"huge |hunting |kitchen |steak |sawed[- ]off |black |real )?{_ARM}",
    ),
    rule(
        "weapon.armed",
        "weapon",
        "imminent",
        rf"(?:he|she|they|someone|somebody|guy|man) {_BE} armed",
    ),
    rule(
        "weapon.it_now",
        "weapon",
        "imminent",
        # the weapon named a sentence before: "... his gun. he's out on the stoop with it
        # right now waving it around"
        r"(?:waving|pointing|swinging|flashing|brandishing|aiming|firing|shooting) it (?:around|"
        r"at (?:me|us|people|everyone|everybody|them|him|her|the \w+|cars|kids)|in the air|"
        r"toward|towards|in (?:my|his|her|their|our|people'?s) faces?)",
        requires=rf"{_ARM}",
    ),
    rule(
        "weapon.pointed_at",
        "weapon",
        "imminent",
        rf"{_ARM} (?:to|at|against) (?:my|his|her|their|our|the) (?:head|face|throat|neck|chest|"
        r"back)",
    ),
    rule(
        "weapon.shots_fired",
        "weapon",
        "imminent",
        r"(?:took a shot|shot|shooting|firing|fired) at (?:me|us|him|her|them|someone|somebody|"
        r"people|everyone|everybody|everything|anyone|anybody|kids|cars|cops|police|"
        r"my \w+|the (?:house|window|car|building|crowd))|"
        r"(?:firing|fired|shooting|discharging) (?:a |his |her |their |the )?(?:gun|guns|pistol|"
        r"rifle|"
        r"shotgun|weapon|shots|rounds)|"
        r"(?:those|that|it|they|these) (?:weren't|wasn't|were not|was not|ain't|are not|aren't) "
        r"(?:no )?(?:fireworks?|firecrackers?)|"
        r"shots? (?:just )?(?:went off|going off|rang out|ringing out|ring out)|"
        r"(?:shots? (?:fired|being fired)|gun ?shots?|gun ?fire|shoot ?out|opened fire|open fire|"
        r"(?:someone|somebody|they|he|she|people|guys?)(?: is| are|'s|'re)? shooting|"
        r"shooting (?:at|outside|in the|on the|right now|people|everywhere|up)|"
        r"(?:got|been|was|is|just|getting) shot|shot (?:him|her|me|someone|somebody|my \w+|"
        r"a (?:man|guy|woman|kid)))|"
        r"(?:\d+|several|a few|a bunch of|bunch of|multiple|like \d+) (?:pops|bangs|shots)"
        r"[^.!?]{0,40}(?:right outside|outside|everybody (?:running|ran|screaming)|"
        r"people (?:running|ran|screaming|ducking)|everyone (?:running|ran|ducking))",
    ),
    rule(
        "weapon.gunshot_sounds",
        "weapon",
        "elevated",
        # gunfire told by its sound ("pop pop pop just now"); upgraded by a marker of the present
        r"(?:pop|bang|boom|pow|blam)(?:[ ,!.]+(?:pop|bang|boom|pow|blam)){2,}|"
        r"(?:sounded|sounds) like (?:gun ?shots|shots|gunfire|fireworks but)",
        upgradable=True,
    ),
    rule(
        "weapon.stabbing",
        "weapon",
        "imminent",
        r"(?:(?:got|been|was|is|just|getting) stabbed|stabbing (?:people|someone|somebody|him|her|"
        r"me|each other)|"
        r"stabbed (?:him|her|me|someone|somebody|a (?:man|guy|woman|kid))|"
        r"(?:he|she|someone|somebody|they) stabbed)",
    ),
    rule(
        "weapon.owns",
        "weapon",
        "elevated",
        r"(?:keeps?|owns?|bought|buys|buying|got himself|got herself|brags? about|showed \w+|"
        r"carr(?:y|ies|ying)|hides?|hid|stash(?:es|ed)?|found|collects?|sells?|"
        rf"selling) {_DET}?\s?{_ARM}",
        upgradable=True,
    ),
    rule(
        "weapon.blunt",
        "weapon",
        "elevated",
        r"(?:with|holding|swinging|waving|carrying|has|got|grabbed) (?:a|an|his|her|their|the) "
        r"(?:baseball bat|bat|crowbar|hammer|pipe|tire iron|brick|metal bar|golf club|chain)",
        upgradable=True,
    ),
    rule("weapon.mention", "weapon", "elevated", _ARM),
    rule(
        "weapon.going_with",
        "weapon",
        "elevated",
        # someone setting off with a weapon to find someone: "says he's going over there with a
        # bat" (imminent with a marker of the present, or once gone: "he left for their block
        # with a knife")
        r"(?:going|headed|heading|coming) (?:over )?(?:there|to (?:his|her|their|the|that) "
        r"(?:place|house|apartment|apt|building|block|corner|job))\b[^.!?]{0,30}\bwith (?:a|an|"
        r"his|her|the) (?:bat|knife|gun|pistol|machete|pipe|crowbar|hammer|blade)",
        upgradable=True,
    ),
    rule(
        "weapon.gone_with",
        "weapon",
        "imminent",
        r"(?:went|left|took off|ran|gone) (?:over )?(?:there|for (?:his|her|their|the|that) "
        r"(?:place|house|apartment|apt|building|block|corner)|to (?:his|her|their|the|that) "
        r"(?:place|house|apartment|apt|building|block|corner))\b[^.!?]{0,30}\bwith (?:a|an|his|her|"
        r"the) (?:bat|knife|gun|pistol|machete|pipe|crowbar|hammer|blade)",
    ),
    # --- violence -------------------------------------------------------------
    rule(
        "violence.assault_now",
        "violence",
        "imminent",
        r"(?:beating|attacking|assaulting|punching|kicking|stomping|strangling|choking|killing|"
        # "the buddy is kicking him out friday": an eviction
        rf"hitting|slapping|dragging|jumping|mugging|robbing|hurting) (?!(?:\w+ )?out\b)"
        rf"(?:up |on )?{_OBJ}",
    ),
    rule(
        # "esta tirando botellas from his balcony at the people in the courtyard"
        "violence.throwing_at_people",
        "violence",
        "imminent",
        r"(?:is|are|'s|'re|hes|shes|theyre|esta|estan) (?:throwing|chucking|hurling|tirando|"
        r"lanzando|aventando)(?:les?)? (?:\w+ )?(?:bottles|rocks|bricks|stones|chairs|glass|"
        r"botellas|piedras|ladrillos|sillas|vasos)",
        requires=r"at (?:the )?(?:people|us|me|someone|somebody|kids|him|her|them)|a la gente|"
        r"a (?:los|las) (?:personas|ninos|nenes|que pasan)|casi le da|almost hit|hit (?:a|someone|"
        r"somebody)",
    ),
    rule(
        "violence.struck_head",
        "violence",
        "imminent",
        r"(?:smashed|broke|cracked|busted|hit|swung) (?:a |an |the )?(?:bottle|chair|glass|brick|"
        r"pipe|bat|rock|stick) (?:over|on|across|against|at) (?:his|her|their|somebody'?s|"
        r"someone'?s|the other (?:one|guy|dude|man|woman|lady)'?s?) (?:head|face)",
    ),
    rule(
        "violence.hiding_from",
        "violence",
        "imminent",
        # barricaded or hiding from someone in the home now
        r"(?:chair|dresser|couch|table) (?:is )?(?:under|against|in front of|propped against) "
        r"(?:the|my|our) (?:door|doorknob|bedroom door)|barricad\w+ (?:myself|ourselves|us|me|"
        r"the door|in)|(?:hiding|hid|locked myself|locked ourselves) (?:in|inside) (?:the|my|our) "
        r"(?:bathroom|bedroom|room|closet)[^.!?]{0,60}(?:from (?:him|her|them)|"
        r"(?:he|she|they)(?:'s| is|'re| are) (?:still )?(?:outside|banging|yelling|screaming|"
        r"shouting|trying|throwing))|hiding from (?:him|her|them|my \w+)",
    ),
    rule(
        "violence.punches",
        "violence",
        "imminent",
        r"(?:throwing|throw|threw) (?:punches|hands|fists)|swinging (?:at|on) (?:him|her|them|"
        r"people|"
        r"someone|somebody|me|us|each other|the \w+)|fist ?fighting|"
        # "nvm theyre swinging now": the fight started, told as it happens
        r"(?:they'?re|theyre|they are) (?:swinging|scrapping|brawling|squaring up)(?= *(?:$|now|rn|"
        r"[.,!]))|(?:has|got|grabbed|holding) "
        r"(?:him|her|them|me|someone|the other|the \w+) by the (?:throat|neck|hair)",
    ),
    rule(
        "violence.with_object",
        "violence",
        "imminent",
        r"(?:hit|hits|hitting|cracked|cracking|smashed|smashing|bashed|bashing|struck|striking|"
        r"beat|beating|"
        r"attacked|attacking|swinging at \w+|went after \w+)[^.!?;]{0,30}(?:with (?:a|an|"
        r"the) (?:bottle|bat|"
        r"brick|hammer|pipe|chair|crowbar|rock|stick|bar|belt|cord|lock|golf club|frying pan|pan)|"
        r"over the head)|"
        r"(?:threw|throwing|throws|thrown) (?:acid|bleach|boiling water|chemicals|hot oil) (?:at|"
        r"on|in)",
    ),
    rule(
        "violence.being_assaulted",
        "violence",
        "imminent",
        r"(?:is|are|'s|'re|getting|being) (?:jumped|beaten|beat up|attacked|assaulted|mugged|"
        r"stomped|kicked|strangled|choked|robbed|punched|slapped|raped|molested|kidnapped|smacked|"
        r"whipped)|(?:getting|being) (?:hit|hurt|stabbed|shot|dragged|pushed|shoved|bitten|abused)|"
        r"got (?:slapped|smacked|knocked|pushed|beat|beaten) (?:around|up)\b",
    ),
    rule(
        "violence.fight_now",
        "violence",
        "imminent",
        r"(?:fight|fighting|brawl|brawling|fist ?fight|gang fight)(?:ing)? "
        r"(?:outside|in the|on the|in front|right now|going on|downstairs|upstairs|in my|"
        r"on my|at the|in our|on our|with (?:bottles|bats|knives|weapons))|"
        r"(?:fight|fighting|brawl|brawling|fist ?fight|gang fight|rumble|scuffle) (?:in|at|on|"
        r"outside|by) (?:\w+ ){1,4}(?:right now|as we speak|hurry)|"
        r"(?:going at it|going at each other|duking it out|squaring up|throwing hands) (?:with|"
        r"using) (?:fists|knives|bats|bottles|a knife|a bat|pipes)|"
        # "a brawl just broke out in the waiting room, they're throwing chairs at each other"
        r"(?:fight|brawl|fist ?fight|riot|melee|gang fight|pelea|rina|bronca) (?:just |has )?"
        r"(?:broke|breaking|broken) out|se (?:acaba de armar|armo|esta armando) (?:una )?(?:pelea|"
        r"bronca|rina)|(?:throwing|tirando|tirandose) (?:\w+ ){0,2}(?:at each other|at one another|"
        r"unos a otros|entre ellos)|"
        # words turned to hands, now: "now theyre pushing each other"
        r"(?:now|ahora) (?:they'?re|theyre|they are|they started|estan) (?:pushing|shoving|"
        r"swinging at|punching|grabbing|empujandose|golpeandose|agarrandose)(?: each other| one "
        r"another)?|"
        r"(?:face|head|shirt|hands?|nose|mouth)(?: is| are| was|'s)? (?:all |covered in |full of "
        r"|dripping )(?:blood|bloody)",
    ),
    rule(
        "violence.aftermath",
        "violence",
        "elevated",
        # what a fight leaves: "there's blood still on the wall"
        r"(?:blood|sangre) (?:\w+ ){0,2}(?:on|all over|en|por) (?:the |la |el |las |los )?"
        r"(?:wall|walls|floor|stairs|steps|door|sidewalk|hallway|elevator|pared|paredes|piso|"
        r"escaleras?|puerta|acera|pasillo|ascensor)",
    ),
    rule(
        "violence.someone_will_die",
        "violence",
        "imminent",
        r"(?:someone|somebody|he|she|they|people) (?:is |are )?(?:going to|about to) get (?:killed|"
        r"hurt|shot|stabbed)",
    ),
    rule(
        "violence.trying_to_kill",
        "violence",
        "imminent",
        rf"trying to (?:kill|murder|strangle|choke) {_OBJ}",
    ),
    rule(
        "violence.just_assaulted",
        "violence",
        "imminent",
        r"just got (?:punched|hit|kicked|attacked|assaulted|jumped|beat up|beaten|slapped|choked|"
        r"strangled|"
        r"stabbed|shot|robbed|mugged)|just (?:punched|hit|kicked|attacked|assaulted|jumped|beat|"
        r"beat up|"
        r"slapped|choked|strangled|threw|pushed|shoved|stabbed|shot|struck|smacked|headbutted) "
        r"(?:me|him|her|us|them|someone|somebody|my \w+|his \w+|her \w+|one of (?:our|my|the) "
        r"\w+|(?:a|an|the|this|that) (?:\w+ )?(?:man|woman|lady|guy|kid|boy|girl|member|"
        r"customer|worker|resident|tenant|student|teacher|driver|person))",
    ),
    rule(
        "violence.break_in",
        "violence",
        "imminent",
        r"(?:trying to|tryin to|about to) (?:break|kick|bust) (?:down |in |into )?(?:my|the|"
        r"our) (?:door|window|apartment)|"
        r"(?:breaking|kicking|busting) (?:down|in) (?:my|the|our) (?:door|window)|"
        r"(?:someone|somebody) (?:is )?(?:breaking|broke) in(?:to)?|(?:trying|tryin) to (?:get|"
        r"climb|force (?:his|her|their) way) "
        r"(?:in|into|inside) (?:my|the|our) (?:apartment|house|room|place|home|building)|"
        # forcing a way in: "trying to pull the AC unit out to get in"
        r"(?:trying|tryin) to (?:pull|pry|rip|kick|force|take|push|climb)[^.!?]{0,40} to get in|"
        r"(?:someone|somebody|a (?:man|guy|stranger)) (?:is )?(?:in|inside) my (?:apartment|house|"
        r"room|home)|"
        # "my ex is breaking in por la ventana", "he's climbing in through the window"
        r"(?:is|'s|are|'re|esta|estan) (?:breaking|climbing|forcing (?:his|her|their) way) "
        r"(?:in|into|inside)\b(?! (?:the (?:game|market|business|industry)|shape))|"
        r"(?:is|'s|are|'re) (?:getting|trying to get) in (?:through|thru|por) (?:the|my|our|a|la|"
        r"el) (?:\w+ )?(?:window|door|fire escape|ventana|puerta|escalera)|"
        r"(?:se esta|se estan|esta|estan) (?:metiendo|entrando|colando) por la (?:ventana|escalera"
        r"|puerta de atras|terraza|azotea)",
    ),
    rule(
        "violence.assaulted",
        "violence",
        "elevated",
        r"(?:punched|hit|hits|kicked|kicks|attacked|attacks|assaulted|jumped|beat|beats|pushed|"
        r"pushes|"
        r"shoved|shoves|slapped|slaps|choked|chokes|strangled|threw|throws|smacked|smacks|hurt|"
        r"hurts|"
        r"grabbed|bit|pushing|shoving|knocked|knocking|throwing) (?:me|us|him|her|them|my (?:wife|"
        r"husband|son|daughter|mom|mother|dad|father|"
        r"kid|kids|friend|brother|sister|partner|girlfriend|boyfriend)|someone|somebody|"
        r"somebody up|"
        r"someone up|him up|her up|me up)",
        upgradable=True,
    ),
    rule(
        "violence.got_assaulted",
        "violence",
        "elevated",
        r"(?:got|get|gets|been|was|were) (?:jumped|beat up|beaten|attacked|assaulted|mugged|"
        r"stabbed|robbed|punched|hit|slapped|smacked|choked|shoved|headbutted|sucker ?punched|"
        r"kicked(?! (?:out|off|to the curb)))|"
        # "they jumped my roommate" (not "jumped my car", a jump-start)
        r"jumped (?:my|his|her|our|their|a|this) (?:\w+ )?(?:roommate|brother|sister|son|daughter|"
        r"friend|neighbou?r|cousin|nephew|niece|husband|wife|boyfriend|girlfriend|dad|father|mom|"
        r"mother|uncle|coworker|co-worker|kid|guy|man|woman|lady|boy|girl|worker|teen|student)s?\b",
        upgradable=True,
    ),
    rule(
        "violence.did_harm",
        "violence",
        "elevated",
        r"(?:broke|busted|cracked|split) (?:a |his |her |some |this |that )?(?:guy'?s |dude'?s |"
        r"man'?s |\w+'s )?(?:nose|jaw|ribs?|teeth|skull|lip|face)|(?:gonna|going to|about to) snap "
        r"on (?:somebody|someone|people|him|her|them|everyone)|"
        r"(?:punch\w*|hit\w*|slam\w*|doy punos a|golpe\w*) (?:a )?(?:la |the |a )?(?:wall|pared|"
        r"door|puerta)[^.!?]{0,30}(?:next to|beside|near|inches from|al lado de) (?:her|his|my|su|"
        r"mi) (?:head|face|cabeza|cara)",
    ),
    rule(
        "violence.fights_recurring",
        "violence",
        "elevated",
        r"(?:fights|fighting|brawls) (?:on|in|at|outside|every|all|break out|keep)|"
        r"(?:\d+|two|three|four|five|several) (?:fights|brawls) (?:this|last|a|in a) (?:week|month|"
        r"weekend)|"
        r"(?:keep|keeps|kept|starting|start|starts|picking) (?:starting )?fights?",
    ),
    rule(
        "violence.injury_seen",
        "violence",
        "elevated",
        r"(?:black eye|bloody nose|busted lip)|(?:jaw|nose|ribs?|skull|eye socket|arm) (?:was |got "
        r"|is |got all )?(?:broken|fractured|busted|cracked)|(?:broke|broken|fractured|busted) "
        r"(?:his|her|my|their) (?:jaw|nose|ribs?|skull|eye socket)",
    ),
    rule(
        "violence.jumping_people",
        "violence",
        "elevated",
        r"jump(?:s|ed|ing|in)? (?:people|kids|folks|someone|somebody|students|tourists|old people|"
        r"delivery (?:guys|workers))",
        upgradable=True,
    ),
    rule(
        "violence.cry_heard",
        "violence",
        "imminent",
        # a cry that only an assault draws, heard now: "she's screaming 'get off me'"
        r"(?:screaming|yelling|shouting|crying|begging)\W{0,3}(?:\w+ ){0,2}\W{0,3}(?:get off "
        r"(?:of )?me|let me go|stop hitting me|stop hurting me|"
        r"you'?re (?:hurting|choking|killing) me|(?:he|she)'?s (?:killing|choking) me|don'?t kill "
        r"me|sueltame|no me pegues|me (?:esta|estas) (?:matando|ahorcando))",
    ),
    rule(
        "violence.slamming_now",
        "violence",
        "imminent",
        r"(?:slamming|slams|throwing|throws|shoving|smashing) (?:his|her|their|my|a|the)? ?"
        r"(?:\w+ ){0,2}(?:against|into) (?:the |a )?(?:wall|floor|door|ground|table|window|car)",
    ),
    rule(
        "violence.strangling_now",
        "violence",
        "imminent",
        r"(?:has|have|had|got|with|put) (?:his|her|their|both|its) hands? (?:around|on|at) "
        r"(?:[\w']+ ){0,2}(?:neck|throat)|(?:choking|strangling) (?:her|him|me|my \w+|someone|"
        r"somebody|a (?:woman|man|girl|boy|kid|lady))(?! (?:on|out))",
    ),
    rule(
        # strangling as a habit ("puts his hands around my neck when he gets like this"):
        # the strongest warning sign of a partner's lethal violence; a marker of now
        # ("he's starting again rn") makes it imminent
        "violence.strangling_habit",
        "violence",
        "elevated",
        r"(?:puts|wraps) (?:his|her|their|both) hands? (?:around|on) (?:my|her|his) "
        r"(?:neck|throat)",
        upgradable=True,
    ),
    rule(
        "violence.things_thrown",
        "violence",
        "elevated",
        r"(?:things|stuff|glass|furniture) (?:being )?(?:thrown|breaking|smashing|smashed)|"
        r"(?:throws|throwing|threw) (?:things|stuff|objects|plates|furniture|a \w+) at",
        upgradable=True,
    ),
    rule(
        "violence.in_danger",
        "violence",
        "elevated",
        r"(?:i'm|i am|we're|we are|she's|he's|they're|she is|he is|they are|someone is|"
        r"somebody is) "
        r"(?:in danger|not safe|unsafe)|(?:don't|do not|doesn't) feel safe|scared (?:for my life|"
        r"someone will get hurt)",
        upgradable=True,
    ),
    rule(
        "violence.aggressive",
        "violence",
        "elevated",
        r"(?:got|gets|getting|is|was) (?:really )?(?:violent|physical)",
    ),
    # --- threat ---------------------------------------------------------------
    rule(
        "threat.coming_to_harm",
        "threat",
        "imminent",
        r"(?:coming|on (?:his|her|their|the) way|headed|heading|outside|at my door|downstairs|"
        r"here)"
        r"(?: over| here| back)?(?: right now)? (?:to|and (?:he|she|they)(?:'s| is| are|"
        r"'re)? going to) "
        rf"{_HARM} (?:me|us)",
    ),
    rule(
        "threat.says_now",
        "threat",
        "imminent",
        r"(?:says|saying|screaming|yelling|shouting|threatening|keeps saying|texting|texted me)"
        # "yelling he's gonna come back in and hurt everybody"
        rf"[^.!?;]{{0,30}}?(?:going to|will|'ll|to) (?:come (?:back )?(?:in |over |up |here |down "
        rf"|out )?(?:and |to ))?{_HARM} (?:me|us|my \w+|(?:the )?staff|"
        r"everyone|everybody|people|the (?:nurses?|workers?|guards?|security|teachers?|tenants?|"
        r"residents?|kids|driver|cashier|clerk|manager|super|doorman|staff))",
    ),
    rule(
        "threat.on_my_way",
        "threat",
        "imminent",
        r"(?:(?:i'?m|im|i am|we'?re|we are|were) (?:on (?:my|our) way|coming)|(?<![\w'] )on (?:my|"
        r"our) way|omw)(?: up| over| down| "
        r"there| for you| back| to your \w+)?[^.!?]{0,30}?(?:you'?re|you are|youre|ur|u r) "
        r"(?:done|dead|finished|next|a dead (?:man|woman))",
    ),
    rule(
        "threat.harasser_on_the_way",
        "threat",
        "imminent",
        # the one who harasses the resident, on the way: "guy who's been harassing me online
        # just texted 'omw to your house see u in 10' and sent a pic of my street"
        r"(?:omw|on (?:my|our|his|her) way|coming|headed|heading) (?:over )?to (?:your|ur|yo|my) "
        r"(?:house|place|apartment|apt|crib|building|job|work|door|school)|see (?:u|you|ya) in "
        r"(?:\d+|ten|five|fifteen|a (?:few|couple) (?:minutes|mins))",
        requires=r"(?:harass\w*|stalk\w*|threaten\w*|won'?t leave me alone|"
        r"blocked (?:him|her|them)|order of protection|restraining order|"
        r"(?:pic|picture|photo) of my (?:street|building|house|door|car|window)|"
        r"knows where i (?:live|work))",
    ),
    rule(
        "threat.poison",
        "threat",
        "elevated",
        r"(?:gonna|going to|will|'ll|threaten\w* to|threaten\w* (?:that )?(?:he|she|they)(?:'d| "
        r"would)) poison (?:the|our|my|your|everyone|everybody|us|me|you|them|his|her)",
        upgradable=True,
    ),
    rule(
        "threat.coming_up",
        "threat",
        "imminent",
        # someone hostile is here and on the way up ("he's outside ... coming up to settle things")
        r"(?:outside|downstairs|in the lobby|out front|at the door|in the hall(?:way)?|parked "
        r"outside)[^.!?]{0,60}(?:coming up|coming in|coming over|on (?:his|her|their) way up|"
        r"headed up) to ['\"]?(?:settle|handle|deal with|sort|finish|teach|get even|see about|"
        r"take care of|get)",
    ),
    rule(
        "threat.shoot_up",
        "threat",
        "elevated",
        r"shoot(?:ing)? up['\"’”]? (?:the |la |el |our |my \w+ |this |that )?(?:school|escuela|"
        r"party|"
        r"building|place|block|club|church|mall|store|job|office)|"
        r"(?:van a|va a|amenaz\w+ con) (?:tirotear|balear|disparar en) (?:la|el) (?:escuela|"
        r"colegio|edificio)",
        upgradable=True,
    ),
    rule(
        "threat.coming_lesson",
        "threat",
        "imminent",
        # ... or outside now and waiting: "says he's outside right now and will 'teach me a
        # lesson' when I come out"
        r"(?:outside|downstairs|in the lobby|out front|at (?:the|my) door|waiting)[^.!?]{0,60}"
        r"(?:will|gonna|going to|'ll|wants to)\s+['\"‘“]?(?:teach (?:me|us|you) a lesson|beat "
        r"(?:me|us) up|(?:hurt|kill|shoot|stab|jump|get) (?:me|us))|"
        r"(?:coming|come|on (?:his|her|their|the) way|headed|heading)[^.!?]{0,40}? to ['\"‘“]?"
        r"(?:teach (?:me|us|you) a lesson|finish (?:this|it|you|me|us|the job)|settle (?:this|it)|"
        r"(?:beat|jump|hurt|kill|shoot|stab|cut|handle) (?:me|us))",
    ),
    rule(
        "threat.device",
        "threat",
        "imminent",
        r"(?:will|gonna|going to|set to|about to) (?:go off|explode|blow up|detonate)",
        requires=r"(?:backpack|package|bag|box|suitcase|device|note|bomb|mochila|paquete|noon|"
        r"timer|minutes)",
    ),
    rule(
        "threat.posted_weapon",
        "threat",
        "imminent",
        # a gun shown online with a threat ("posted his dad's gun ... 'tomorrow yall pay'")
        r"(?:posted|posting|showed|showing|flexing) (?:a |his |her |their |the )?(?:\w+'?s )?"
        r"(?:gun|guns|pistol|weapon|glock|strap|rifle)",
        requires=r"(?:pay|die|dead|shoot|tomorrow|school|everyone|yall|y'all|you all|watch)",
    ),
    rule(
        "threat.end_someone",
        "threat",
        "elevated",
        r"(?:(?:he|she|they|i|you|we)'ll|will|gonna|going to) ['\"‘“]?end (?:her|him|you|them|me|"
        r"us)\b",
        upgradable=True,
    ),
    rule(
        "threat.at_my_place",
        "threat",
        "imminent",
        # someone who has been harassing the resident says they are outside now
        r"(?:i'm|im|i am|he's|hes|she's|he is|she is|they're) (?:outside|downstairs|at|in front of|"
        r"across from) (?:your|ur|yo|my|the) (?:job|work|building|bldg|house|apartment|apt|place|"
        r"school|door)"
        r"[^.!?]{0,80}(?:coming in|coming up|come out|come down|or (?:i'm|im|i'll|i)|waiting for)",
    ),
    rule(
        "threat.resident_outside",
        "threat",
        "imminent",
        r"(?:i'm|im|i am) (?:parked |sitting |waiting |standing |outside )?(?:outside|in front of|"
        r"across from|down the street from) (?:my |his |her |their |the )?(?:old |ex[- ]?)?"
        r"(?:\w+(?:'s)? )?(?:house|place|apartment|building|job|work|door|school)",
        requires=r"(?:make (?:him|her|them) pay|hurt (?:him|her|them)|kill (?:him|her|them)|get "
        r"(?:him|her|them) back|teach (?:him|her|them)|what (?:he|she|they) did|revenge|"
        r"walk(?:ing)? in there|end (?:him|her|this))",
    ),
    rule(
        "threat.with_weapon",
        "threat",
        "imminent",
        r"threatening (?:people|someone|somebody|us|me|everyone|him|her) with",
    ),
    rule(
        "threat.bomb",
        "threat",
        "imminent",
        r"(?:there's|there is|is|planted|put|left|have|has|got) (?:a|an) (?:bomb|explosive|"
        r"pipe bomb)|"
        r"bomb (?:in|at|inside) (?:the|our|my|this)|bomb threat|there(?:'s| is) bomb\b|"
        r"(?:backpack|bag|box|package|suitcase|device|cooler)[^.!?]{0,60}wires? "
        r"(?:coming|sticking|hanging) out|"
        # "a backpack taped up with wires under the bench ... and it's ticking"
        r"(?:backpack|bag|box|package|suitcase|cooler)[^.!?]{0,40}(?:taped|wrapped)(?: up)? with "
        r"wires|(?:backpack|bag|box|package|suitcase|device)[^.!?]{0,80}(?:it's|it is|is) "
        r"ticking|"
        r"(?:everyone|everybody|you all|y'all|all of you)(?: [\w']+){0,4} (?:dies|will die|"
        r"gonna die|going to die|is going to die)(?: today| tonight| at \d+)",
    ),
    rule(
        "threat.burn_down",
        "threat",
        "imminent",
        r"(?:going to|will|(?:he|she|they|i)'ll|threatening to|about to) (?:burn|blow up|torch|"
        r"set fire to)(?: down)? "
        r"(?:the|my|this|our|his|her) (?:building|house|apartment|place|car)",
    ),
    rule(
        # "hell burn it down with all of us in it before he lets us sell": a threat made
        "threat.arson",
        "threat",
        "elevated",
        r"(?:(?:he|she|they|i)'?ll|hell|shell|theyll|(?:he|she|they) (?:will|would|is gonna|is "
        r"going to|said (?:he|she|they)(?:'d| would))|threaten(?:ed|s|ing)? to) (?:burn|torch) "
        r"(?:it|the (?:place|house|building|store|shop|restaurant|bodega|car)|(?:our|my|his|her|"
        r"their) (?:place|house|building|store|shop|restaurant|car)) down|"
        r"threaten(?:ed|s|ing)? to set fire to",
        upgradable=True,
    ),
    rule(
        # someone else's threat to whoever crosses them: "yells hes gonna stab whoever is playing
        # music" (not the resident's own "im gonna murder whoever keeps stealing my yogurt")
        "threat.against_whoever",
        "threat",
        "elevated",
        r"(?:he'?s|hes|she'?s|shes|they'?re|theyre|he|she|they) (?:is |are )?(?:gonna|going to|"
        r"will|'ll) (?:stab|shoot|kill|hurt|beat up|cut|murder) (?:whoever|anyone|anybody)",
        upgradable=True,
    ),
    rule(
        "threat.intends_harm",
        "threat",
        "elevated",
        rf"{_INTEND} {_HARM} {_OBJ}",
        upgradable=True,
    ),
    rule(
        "threat.threatened",
        "threat",
        "elevated",
        rf"threat(?:en|ens|ened|ening) (?:to )?(?:{_HARM}|harm|break|jump|get)|"
        r"threat(?:en|ens|ened|ening) (?:me|us|my family|my kids)|"
        r"threatening (?:notes|messages|letters|texts|calls|voicemails)|death threats?|"
        # no way out promised: "you're not getting away this time"
        r"(?:you(?:'re| are)?|u r|ur) not (?:gonna |going to )?(?:get|getting) away(?: from me|"
        r" this time)?|you can'?t (?:escape|hide) from me|"
        # a caller who says they hold a child: "someone called saying they have my daughter"
        rf"(?:saying|said|says|claiming|claimed) (?:that )?(?:they|we) (?:have|got) (?:my|your|"
        r"his|her|our) (?:daughter|son|kid|child|baby|wife|husband|mom|dad|sister|brother)\b|"
        # "a letter ... threatening to attack our Easter service"
        r"threat(?:en|ens|ened|ening) to (?:attack|shoot up|bomb|burn down|blow up)|"
        r"threats? (?:to|against) (?:me|my)",
        upgradable=True,
    ),
    rule(
        "threat.veiled",
        "threat",
        "elevated",
        r"(?:i|we|they) know (?:where you (?:live|work|sleep)(?: now)?|your (?:schedule|address|"
        r"kids|routine)|when you (?:leave|get home|get off|come home|go to work|are alone|sleep|"
        r"walk)|"
        # "I know what floor your kids sleep on. pay up or leave"
        r"(?:what|which) (?:floor|room|apartment|window|school|bus|door) (?:you|your \w+) "
        r"(?:live|lives|sleep|sleeps|go|goes|take|takes|use|uses|come|comes)\b)|"
        # regret promised for leaving or reporting: "told my friends I'll regret leaving him"
        r"(?:i'?ll|ill|you'?ll|youll|she'?ll|i will|you will|she will) regret (?:the day|leaving|"
        r"dumping|reporting|snitching|testifying|calling the cops|breaking up|crossing)|"
        r"keep your mouth shut|(?:make|making) (?:everyone|everybody|you|y'?all|them|us|people|all "
        r"of (?:you|them|us))(?: \w+){0,3} (?:regret|pay)\b"
        # a price, not revenge: "the fare hike is gonna make everybody pay more"
        r"(?! (?:more|extra|less|rent|taxes|tax|fees?|fares?|double|twice|full|up|in|the|a|an|"
        r"\$|\d)\b)(?! for (?!(?:this|that|it|what|everything)\b))|"
        r"you'?(?:ll| will) (?:regret|pay for) (?:it|this)|"
        r"(?:knows|sabe|saben) (?:where (?:i|we|you) (?:live|work|sleep)|(?:our|my|your) "
        r"(?:address|school)|(?:nuestra|mi|tu) direccion|donde (?:vivo|vivimos|vives|estudio))|"
        r"(?:viene|vienen|va|van|coming|on (?:his|her|their) way)[^.!?]{0,40}(?:arreglar las "
        r"cosas|(?:ajustar|arreglar|saldar) (?:las )?cuentas|settle (?:this|things|it|the score))|"
        r"(?:hoy|esta vez) no (?:me|te|nos) (?:escapo|escapas|escapamos|salvas|salvo)|"
        r"no te vas a escapar|you can'?t hide|you won'?t get away|"
        r"(?:not|never|ain'?t) (?:leaving|getting out of|walking out of|making it out of) "
        r"(?:here|the \w+|this \w+) alive|no (?:vas a salir|sales|sale|salen) viv[oa]s?|"
        # ... told to the resident, in the resident's words: "me mandó mensaje que hoy no salgo
        # viva" (not "no salgo viva de esta semana")
        r"que (?:\w+ )?(?:de aqui )?no (?:salgo|salimos|voy a salir|vamos a salir) viv[oa]s?|"
        # the warning of a school attack, posted to a group
        r"(?:don'?t|do not|no) (?:come|go|vengan|vayan|vayas|vengas) (?:to |a )?(?:school|"
        r"la escuela)|"
        # a warning written where the resident will find it
        r"(?:wrote|written|spray ?painted|scratched|carved|left a note|note (?:saying|that says)|"
        r"notes? (?:saying|that says?|that said)|"
        r"escribieron|escribio|pintaron|(?:nota|carta|letrero|papel|mensaje) (?:que dice|que "
        r"decia|diciendo))[^.!?]{0,30}(?:you'?re next|you are next|ur next|watch your back|"
        r"you'?re dead|eres (?:el|la) proxim[oa]|(?:el|la) proxim[oa] (?:eres|seras|vas a ser) "
        r"tu|cuidate)",
        upgradable=True,
    ),
    rule(
        "threat.pull_up",
        "threat",
        "elevated",
        # a drive-by promised: "after they posted they gonna pull up on the next party we have"
        r"(?:gonna|going to|finna|bout to|about to|will|'ll) (?:slide|pull up) (?:on|at) (?:us|you|"
        r"me|him|her|them|the (?:party|crib|house|block|building|cookout|spot)|(?:our|my|his|her|"
        r"your|the) (?:next )?(?:party|crib|house|block|building|cookout|spot))",
        requires=r"(?:posted|said|threat\w*|beef|got into it|fight|fought|jumped|scared|nervous|"
        r"gun|strapped|dm'?d|messaged|texted)",
    ),
    rule(
        "threat.come_back",
        "threat",
        "elevated",
        # "he'd come back and 'take care of me'" after a dispute: a veiled threat
        r"(?:(?:come|coming) back|(?:be|'d be|'ll be|will be|would be|is gonna be|was gonna be) "
        r"back) (?:with (?:his|her|their|some|a) (?:\w+ )?(?:boys|friends|crew|"
        r"people|brothers|cousins|gang|homies|guys) )?(?:and|to) ['\"‘“]?(?:take care of|deal with|"
        r"handle|settle things with|settle up with|hurt|kill|shoot|stab|beat up|jump|mess up)"
        r"['\"’”]? "
        r"(?:me|us|you|whoever|everyone|everybody|him|her|them|the \w+)",
        requires=r"(?:refused|refuse|fight|argued|argument|yelled|yelling|angry|mad|threat\w*|"
        r"owe|snitch\w*|reported|complained|fired|kicked out|banned|denied|['\"‘“])",
        upgradable=True,
    ),
    rule(
        "threat.knows_address",
        "threat",
        "elevated",
        # what a caller or sender claims to know, with a demand or a menace beside it: "said
        # they know my address and will send someone if I don't pay"
        r"(?:know|knows|sabe|saben|sabemos) (?:my|our|mi|nuestra) (?:address|home address|"
        r"direccion)|(?:know|knows) where (?:i|we) (?:live|work|sleep)",
        requires=r"(?:send someone|sending someone|or else|if (?:i|we) don'?t|threat\w*|"
        r"scared|afraid|hurt|kill|come (?:to|for)|show up|si no|mandar a alguien|amenaz\w*|"
        r"miedo)",
    ),
    rule(
        "threat.finish",
        "threat",
        "elevated",
        r"finish (?:the job|me off|what (?:he|she|they) started)|come back (?:for|and get|"
        r"to get) (?:me|us)",
        upgradable=True,
    ),
    rule(
        "threat.break_bones",
        "threat",
        "elevated",
        r"(?:break|smash|bash|cave|kick) (?:your|my|his|her) (?:legs?|neck|face|jaw|head|arms?|"
        r"skull|"
        r"teeth)(?: in)?",
        upgradable=True,
    ),
    rule(
        # the new address found out: "me fui de la casa de mi ex ... pero él ya averiguó la
        # dirección"; a fear, not the person at the door (so no marker of now lifts it)
        "threat.address_found",
        "threat",
        "elevated",
        r"(?:found out|figured out|got|tracked down) (?:my|our|where i|where we) (?:new )?"
        r"(?:address|live)|(?:ya )?(?:averiguo|encontro|sabe|descubrio|consiguio) (?:mi|la|"
        r"nuestra) (?:nueva )?direccion|(?:ya )?sabe (?:donde|onde) (?:vivo|vivimos|estoy|me "
        r"estoy quedando)",
    ),
    rule(
        "threat.stalking",
        "threat",
        "elevated",
        r"(?:stalking|stalks|stalked) (?:me|us|my \w+|our \w+)|following me|keeps following|"
        r"follows me|followed me (?:home|to)|"
        r"(?:are|is|they're|he's|"
        r"she's) watching me|"
        r"knows where i live|knows (?:i'm|im|i am|we're|we are) (?:home|here|inside|alone)|"
        # an account that shows it knows where the resident lives: "keeps DMing me my home
        # address and pictures of my car"
        r"(?:keeps?|kept|been|started) (?:dming|dm'?ing|messaging|texting|sending|posting) (?:me )?"
        r"(?:my|pictures of my|photos of my|pics of my|videos of my) (?:home |house |work )?"
        r"(?:address|house|car|building|apartment|door|kids?|job)|"
        r"(?:you'll|youll|you will|i'll|ill|i will|she'll|he'll) be sorry(?: when)?|"
        r"(?:make|making|gonna make|going to make) (?:everybody|everyone|y'all|you all|all of you|"
        r"us all|all of us|them all|me|us) pay(?! (?:more|less|for|the|a|an|rent|taxes|fees|extra|"
        r"up|back|double|twice|\$?\d))|"
        r"next time (?:he|she|they) sees? me|(?:handle|get) me next time|"
        r"(?:showed|shows|keeps showing|has shown) up at my (?:job|work|school|house|door|building|"
        r"apartment|gym|church|kids' school)(?: \w+)? (?:twice|again|three times|\d+ times|every "
        r"day|all the time)|"
        r"(?:looking|hunting|searching|asking around) for me|after me|out to get me|"
        # not a ride: "cousin's coming to get me", "my mom is coming to get me"
        r"(?<!cousin's )(?<!cousin is )(?<!mom's )(?<!mom is )(?<!dad's )(?<!dad is )"
        r"(?<!sister's )(?<!sister is )(?<!friend's )(?<!friend is )(?<!aunt's )(?<!aunt is )"
        r"(?<!uncle's )(?<!uncle is )(?<!ride's )(?<!ride is )coming to get me|"
        # "ppl in the grp chat sayin they gonna catch me after school tmrw"
        r"(?:gonna|going to|finna|bout to|about to|will|'ll) (?:catch|jump|run up on|pull up on) "
        r"(?:me|him|her|us|my \w+)(?= (?:after school|outside|tomorrow|tmrw|tmr|later|tonight|"
        r"on the block|at (?:the )?(?:park|bus stop|store|school|party)))",
        upgradable=True,
    ),
    rule(
        # someone who keeps waiting where the resident has to be
        "threat.stalking",
        "threat",
        "elevated",
        r"(?:keeps?|kept|always|sigue) (?:waiting|showing up|hanging around|parking|standing|"
        r"esperando(?:me)?|apareciendo)(?: for me)? (?:outside|at|by|near|in front of|afuera de|"
        r"en la puerta de|enfrente de|frente a|en|por) (?:my|the|our|mi|el|la) (?:\w+ )?(?:job|"
        r"work|school|class|classes|gym|practice|church|dojo|bus stop|clase|gimnasio|iglesia|"
        r"building|door|house|apartment|place|staff exit|exit|trabajo|casa|escuela|edificio)",
        requires=r"(?:ex|stalker|guy|man|dude|he|she|him|her|exnovi[oa]|exespos[oa]|un hombre|"
        r"un tipo|un senor|una senora)",
        upgradable=True,
    ),
    rule(
        # the stalker where the resident is: "stalker is in my building rn"; a marker
        # of now makes it imminent
        "threat.stalker_near",
        "threat",
        "elevated",
        r"(?:(?:my|the|that|mi|el|la) )?(?:stalker|acosador[a]?)(?:'s| is| esta| anda)? "
        r"(?:\w+ )?(?:in|at|outside|inside|downstairs|upstairs|here|in front of|by|near|across "
        r"from|en|afuera|abajo|aqui|aca|frente a|enfrente de|cerca de)\b",
        upgradable=True,
    ),
    rule(
        "threat.veiled",
        "threat",
        "elevated",
        # "keeps posting that theyre gonna 'handle' the DJ ... with pics of his house"
        r"(?:gonna|going to|will|'ll|about to|way (?:here |over )?to|coming to) ['\"](?:handle|"
        r"deal with|take care of|visit|see)['\"] (?:him|her|them|the \w+|that \w+|this \w+)|"
        r"(?:gonna|going to|will|'ll) ['\"](?:handle|deal with|take care of|get rid of) (?:me|us|"
        r"you)['\"]|"
        r"(?:gonna|going to|will|'ll) (?:handle|deal with|take care of|pay (?:him|her|them) a "
        r"visit) (?:him|her|them|the \w+|that \w+)(?=[^.!?]{0,80}(?:pics?|photos?|pictures?) of "
        r"(?:his|her|their) (?:house|home|car|kids|building|door)|[^.!?]{0,80}where (?:he|she|"
        r"they) lives?)",
        upgradable=True,
    ),
    rule(
        "threat.told_to_die",
        "threat",
        "elevated",
        r"(?:tell|tells|telling|told) me to (?:kill myself|kill yourself|die|go die)|kill yourself",
    ),
    # --- medical --------------------------------------------------------------
    rule(
        "medical.not_breathing",
        "medical",
        "imminent",
        r"(?:not|isn't|is not|stopped|can't|cannot|can not|couldn't|won't|trouble|struggling to|"
        r"hard to|barely|"
        r"unable to|no) (?:breathing|breathe|breath)|gasping for (?:air|breath)",
    ),
    rule(
        "medical.trapped",
        "medical",
        "imminent",
        # "a worker is trapped under the rubble", "buried up to his chest in the trench"
        r"(?:trapped|buried|pinned|crushed) (?:(?:under|beneath|underneath) (?:the |a )?(?:rubble|"
        r"debris|dirt|scaffold\w*|wall|ceiling|car|concrete|beam|collapse)|up to (?:his|her|their) "
        r"(?:chest|waist|neck|knees)|in the (?:rubble|trench|debris|collapse|elevator shaft))",
    ),
    rule(
        "medical.unresponsive",
        "medical",
        "imminent",
        # ... not a wish: "i'd rather not wake up", "to sleep and not wake up"
        r"(?<!rather )(?<!to )(?<!and )(?:won't|will not|can't|cannot|couldn't|doesn't|does not|"
        r"isn't|is not|not|hard to|hardly) "
        r"(?:wake(?: up)?|waking(?: up)?|respond(?:ing)?|responsive|conscious|moving)"
        # a phone left unanswered is a welfare check, not an unresponsive person
        r"(?! to (?:my |her |his |our |their |any |the )?(?:texts?|calls?|messages?|emails?|phone|"
        r"dms?|letters?|notes?))|"
        r"barely (?:breathing|conscious|responding|responsive)|"
        r"(?:unconscious|unresponsive|passed out|collapsed|fainted|blacked out|knocked out|"
        r"lost consciousness|out cold)|(?:won't|will not|can't|isn't|not) (?:open(?:ing)?) "
        r"(?:his|her|their) eyes|eyes (?:rolled|rolling) back|"
        r"(?:breathing|breathes|snoring) (?:really |very |kind of |kinda |so |all )?(?:weird|funny|"
        r"strange|shallow|fast|slow|heavy|hard|loud|wrong|odd)|"
        # breathing told by its rhythm ("one breath every few seconds")
        r"(?:one|a|1) breathe? every (?:few|couple|\d+|ten|so)|(?:(?:on|off) the (?:floor|ground|"
        r"bathroom floor|kitchen floor)|slumped|slouched|limp|face ?down)[^.!?]{0,120}"
        r"(?:won't|isn't|not|can't) (?:answer|answering|"
        r"talk|talking|wake|move|moving)|"
        # no answer even to a shout or a shake: "kinda not answering when we yell his name"
        r"(?:not|isn't|is not|won't|doesn't|stopped|ain't) (?:answering|responding|reacting|"
        r"answer|respond|react) (?:even )?(?:when|if) (?:we|i|they|you|people) (?:yell|call|shout|"
        r"shake|say|scream|tap|pinch|poke|slap)",
    ),
    rule(
        "medical.no_answer",
        "medical",
        "imminent",
        r"(?:won't|wont|doesn't|isn't|is not|not|can't) (?:answer|answering|respond|responding|"
        r"talk|talking) (?:to )?(?:us|me|anyone|anybody)",
        # after a fall, a collapse or a fit: a friend "not answering me" on the phone is not this
        requires=r"(?:fell|floor|ground|collapsed|shaking|seizure|face first|passed out|"
        r"went down|hit (?:his|her|their) head|pills|blue|gray|grey|foaming|limp)",
    ),
    rule(
        "medical.not_getting_up",
        "medical",
        "imminent",
        r"(?:isn't|is not|not|won't|ain't|hasn't|never) (?:getting|get|gotten|got) (?:back )?up",
        # only after a fall or shots: a teenager "not getting up for school" is not this
        requires=r"(?:floor|ground|fell|fall|fallen|shot|shots|pops|collapsed|dropped|hit the|"
        r"knocked|stairs|sidewalk|pavement)",
    ),
    rule(
        "medical.acute",
        "medical",
        "imminent",
        r"fighting for (?:his|her|their|my) life|critical condition|life[- ]threatening|"
        r"(?:grabbing|clutching|holding) (?:his|her|their|my) (?:chest|heart)|(?:can't|cannot|"
        r"couldn't) "
        r"(?:talk|speak) (?:and|or)|"
        r"(?:having|has|had|is in|going into) (?:a |an )?(?:seizure|stroke|heart attack|"
        r"asthma attack|"
        r"cardiac arrest|allergic reaction|diabetic (?:shock|emergency))|"
        r"(?:shaking|twitching|jerking|convulsing) all over|"
        r"(?:seizures?|seizing|convulsing|cardiac arrest|chest pains?|anaphyla\w+|heat ?stroke|"
        r"overheating)|"
        r"(?:face|mouth) (?:is )?drooping|slurring|choking|(?:turning|turned|is|are|"
        r"looks?) (?:blue|purple|gray|grey|bluish|purplish|grayish|greyish)|"
        # a stroke told by its signs: "can't move one side of her face, she's talking raro"
        r"(?:can'?t|cannot|couldn't) (?:move|feel) (?:one|the (?:left|right)|her (?:left|right)|"
        r"his (?:left|right)) side|"
        # heart attack and stroke told by their signs, not named
        r"(?:(?:left|right) (?:arm|side)|face) (?:went|is|goes|going|got|has gone|feels) "
        r"(?:all )?(?:numb|dead|limp)|(?:something|an? \w+|(?:a )?weight) (?:is )?(?:sitting|"
        r"pressing|standing) on (?:his|her|their|my) chest|"
        # chest pain reaching the arm or jaw: "now its going down my left arm and into my jaw"
        r"(?:going|goes|spreading|spread|moving|radiating|shooting|running) (?:down|up|into|to|"
        r"through) (?:my|his|her|the) (?:left (?:arm|shoulder)|jaw)",
    ),
    rule(
        "medical.open_fracture",
        "medical",
        "imminent",
        # once read only by the character layer, whose reading moved under its threshold
        # when the rules changed: a bone through the skin needs a rule of its own
        r"bone (?:is )?(?:sticking|poking|coming) (?:out|through)|bone (?:is )?(?:out of|through) "
        r"(?:the |his |her |my |their )?skin|"
        r"(?:leg|arm|ankle|wrist|knee|elbow) (?:is )?(?:bent|twisted|facing) (?:the )?wrong way|"
        r"(?:compound|open) fracture",
    ),
    rule(
        "medical.agonal",
        "medical",
        "imminent",
        # snoring or gurgling from someone who cannot be woken: an airway closing
        r"gurgl\w+|death rattle|(?:gray|grey|ashen) (?:face|skin|lips)|(?:face|skin) (?:is |looks |"
        r"went |turned )?(?:gray|grey|ashen)",
        requires=r"(?:breath\w*|lips|blue|won't wake|can't wake|not waking|unresponsive|on the "
        r"floor|on the ground|lying|passed out|found (?:a|him|her|someone)|nodd\w+|foil|"
        r"needle|baggie|spoon|shook)",
    ),
    rule(
        "medical.bleeding",
        "medical",
        "imminent",
        r"(?:a|the) (?:car|bus|truck|train|cab|taxi|van) (?:just )?(?:hit|ran over|struck) (?:him|"
        r"her|them|someone|somebody|my \w+|(?:a|an|the) (?:\w+ )?(?:man|woman|lady|guy|kid|boy|"
        r"girl|"
        r"child|person|biker|cyclist|pedestrian|delivery \w+))|(?:run|ran) over by|"
        r"bleeding (?:a lot|badly|bad|heavily|everywhere|out|profusely|so much|from (?:his|her|the|"
        r"my|their) "
        r"(?:head|neck|chest|stomach|face|mouth|ears?|eyes|nose))|(?:won't|can't|cannot|doesn't|"
        r"isn't) stop "
        r"(?:the )?bleeding|(?:a )?lot of blood|blood everywhere|cut (?:too|really|so|very) deep|"
        r"cut deeper than|can't (?:make it|get it to) stop(?: bleeding)?|"
        r"(?:blood|bleeding) (?:is )?(?:coming |pouring |gushing |spurting )?(?:out of|"
        r"from) (?:his|her|their|my|the)|"
        r"(?:is|'s|are|'re|and) bleeding|pool of blood|(?:hurt|injured) (?:badly|bad|really bad)|"
        r"(?:badly|seriously|severely) (?:hurt|injured)|hit by a (?:car|bus|truck|train)|"
        # a wound described: "her arm is torn open pouring blood"
        r"(?:pouring|gushing|spurting|squirting|losing so much) blood|(?:arm|leg|hand|face|neck|"
        r"head|scalp|skin|stomach|belly) (?:is |was |got )?(?:torn|ripped|split|sliced|laid) open|"
        r"mauled|(?:dog|pit ?bull) (?:is |keeps )?(?:attacking|biting|mauling) (?:him|her|them|"
        r"someone|a |the |my |our )",
    ),
    rule(
        "medical.bleeding",
        "medical",
        "imminent",
        r"(?:soaked|soaking|soaked through|went through|bled through|empap\w+) (?:\w+ ){0,2}"
        r"(?:towels?|rags?|"
        r"shirts?|toallas?|trapos?|camisas?)",
        requires=r"(?:blood|bleed\w*|bled|sangr\w*|cut|cortad\w*|corto|herida|wound)",
    ),
    rule(
        "medical.bleeding",
        "medical",
        "imminent",
        # towels counted while it goes on: "ya van 3 toallas y sigue", "gone through four towels"
        r"ya van (?:\d+|dos|tres|cuatro|cinco|seis) (?:toallas|trapos|camisas)|(?:went|gone|going) "
        r"through (?:\d+|two|three|four|five|six) (?:towels|rags|shirts)",
    ),
    rule(
        "self_harm.farewell_told",
        "self_harm",
        "imminent",
        # a goodbye passed on: "me dijo q la perdonara y q le cuidara al perro", "she told me to
        # forgive her and take care of her cat"
        r"(?:perdonara|perdone|forgive (?:her|him|me))[^.!?]{0,50}(?:cuidara|cuide|take care of|"
        r"look after|feed)|(?:cuidara|cuide|take care of|look after)[^.!?]{0,50}(?:perdonara|"
        r"perdone|forgive (?:her|him|me))",
    ),
    rule(
        "medical.poisoning",
        "medical",
        "imminent",
        r"(?:swallowed|drank|ate|ingested|drinking|eating|got into) (?:some |a little |some of "
        r"(?:the |my |his |her |their )|a (?:sip|gulp|cup|bottle) of (?:the )?|the )?(?:bleach|"
        r"poison|detergent|degreaser|oven cleaner|paint thinner|thinner|ammonia|pesticide|"
        r"bug spray|roach spray|gasoline|kerosene|windshield (?:washer )?fluid|nail polish remover|"
        r"cleaning (?:stuff|products?|liquid)|chemicals|antifreeze|laundry pods?|tide pods?|"
        r"rat poison|"
        r"lighter fluid|button batter(?:y|ies)|batter(?:y|ies)|drain cleaner|lye)|(?:was|been|got|"
        r"is) poisoned",
    ),
    rule(
        "medical.fall",
        "medical",
        "imminent",
        r"(?:fell|fallen|falls)[^.!?;]{0,40}(?:can't|cannot|couldn't|won't|unable to) (?:get|"
        r"stand) up|"
        r"(?:hit|hitting|hurt) (?:his|her|their|my) head",
    ),
    rule(
        "medical.diabetic",
        "medical",
        "imminent",
        r"(?:diabetic|diabetes|blood sugar|sugar)[^.!?]{0,50}(?:shaking|confused|not making sense|"
        r"passing out|"
        r"sweating|won't wake)",
    ),
    rule(
        "medical.call_for_help",
        "medical",
        "imminent",
        # someone on the scene calling out for help: "came running right back out yelling for
        # someone to call"
        r"(?:yelling|screaming|shouting|gritando|pidiendo a gritos) (?:for (?:someone|somebody) )?"
        r"(?:to call|call|que (?:alguien )?llamen?|llamen)(?: (?:911|an ambulance|the ambulance|"
        r"una ambulancia|al 911))?\b",
    ),
    rule(
        "medical.welfare",
        "medical",
        "elevated",
        # ("since friday" is not "days": silent_since reads a named day)
        r"(?:hasn't|haven't|has not|have not|hadn't|not) (?:been )?(?:seen|heard from|answered|"
        r"opened|come out)[^.!?]{0,40}\b(?:days?|week|weeks|while)|"
        # picking up the phone, not the garbage
        r"(?:(?:he|she|they|mom|dad|grandma|grandpa) (?:hasn't|haven't|has not|have not|hadn't)|"
        r"not) "
        r"(?:picked|picking) up(?: (?:the|her|his|their|my) (?:phone|calls?))?[^.!?]{0,40}(?:days?|"
        r"week|weeks|while)|"
        r"(?:mail|packages|newspapers) (?:is |are )?piling up|"
        # "blinds been shut 5 days now", "las cortinas llevan 4 días cerradas"
        r"(?:blinds|curtains|shades) (?:have |has )?(?:been )?(?:shut|closed|down) (?:for )?"
        r"(?:\d+|two|three|four|five|six|several|a few) days|(?:cortinas|persianas) (?:llevan|"
        r"tienen) (?:\d+|dos|tres|cuatro|cinco|varios) dias cerradas|"
        # "tiene el correo acumulado y la tele prendida día y noche"
        r"(?:correo|cartas|paquetes|periodicos) (?:\w+ )?(?:acumulad[oa]s?|amontonad[oa]s?)|"
        r"there's a (?:bad |strange |"
        r"terrible )?smell coming",
    ),
    rule(
        "medical.silent_since",
        "medical",
        "elevated",
        # no answer since a named day: "not answering calls since Saturday, he's 78" (a
        # landlord silent since Monday is not a welfare check)
        r"(?:not|hasn't been|haven't been|isn't|has not been|been not) (?:answering|picking up|"
        r"responding(?: to)?|returning|opening)(?: (?:my|her|his|their|our|the|any))?(?: (?:calls?|"
        r"phone|texts?|messages?|door))? since (?:monday|tuesday|wednesday|thursday|friday|"
        r"saturday|sunday|yesterday|last (?:week|night|\w+day))|"
        r"(?:hasn't|haven't|has not|have not|nobody has|no one has) (?:been )?(?:seen|heard from|"
        r"answered|opened|come out|picked up) "
        r"(?:\w+ ){0,8}since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
        r"last (?:week|\w+day))",
        requires=r"(?:check on|welfare|[6-9]\d|1[01]\d|years old|elderly|old|lives alone|alone|"
        r"grandma|grandpa|grandmother|grandfather|mom|dad|mother|father|uncle|aunt|tio|tia|abuel[oa]|"
        r"senior|neighbou?r|vecin[oa]|sister|brother|son|daughter|friend|diabetic|sick|"
        r"heart|dementia)",
    ),
    rule(
        "medical.without_care",
        "medical",
        "elevated",
        # a frail person left without the care they depend on
        r"(?:bedbound|bed-bound|bedridden|homebound|can't walk|on oxygen|dementia)[^.!?]{0,60}"
        r"(?:nobody|no one|no ?one else|left alone|without (?:care|help|food|heat|insulin|an "
        r"aide))",
    ),
    rule(
        "medical.untreated",
        "medical",
        "elevated",
        r"(?:swollen|infected|purple|black|oozing|rotting|green|red hot) (?:\w+ )?(?:leg|legs|foot|"
        r"feet|arm|hand|wound|toe|toes|sore)|"
        r"(?:won't|wont|refuses to|will not) (?:go to|see) (?:the )?"
        r"(?:er|emergency room|hospital|doctor|clinic)",
    ),
    rule(
        "medical.unwell",
        "medical",
        "elevated",
        r"forget(?:s|ting)? (?:who (?:i am|we are)|where (?:she|he) (?:lives|is))|"
        r"left the (?:stove|oven|gas) "
        r"on|"
        r"(?:looks?|seems?|is|was|getting|gotten) (?:really |very |so |more )?(?:sick|ill|weak|"
        r"confused|"
        r"disoriented|dehydrated|frail|pale)|high fever|fever for|bad cough|(?:hurts|"
        r"hurting) a lot|"
        # dementia with a danger beside it, not the word alone ("my abuela with dementia
        # thinks I'm her sister lol")
        r"(?:dementia|alzheimer'?s)[^.!?]{0,80}(?:wander\w*|got out|gets out|walked out|left "
        r"(?:the|her|his) (?:house|apartment|building)|(?:stove|gas|oven|burner)s? (?:on|going)|"
        r"alone|by (?:him|her)self|lost|missing|not eating|won'?t eat|fell|falls|falling|"
        r"aggressive|violent|hit(?:s|ting)? (?:me|us|her|him)|can'?t (?:take care|care for|be left|"
        r"cope|handle)|(?:pills|meds|medication) (?:mixed|twice|double)|nobody|no one|knives|"
        r"knife|guns?)|"
        r"(?:wander(?:ed|s|ing) off|got out|walked out|alone|lost|fell|aggressive|violent)"
        r"[^.!?]{0,80}(?:dementia|alzheimer'?s)|"
        r"wander(?:ed|s|ing) off|fell (?:twice|again|\d+ times|several times|"
        r"a lot)|"
        r"keeps falling|forget(?:s|ting)? to eat|(?:not|isn't|hasn't been|stopped) eating|"
        # a chest that hurts or tightens, not yet named pain ("chest pains" is imminent)
        r"(?:my|his|her) chest (?:has been |is |feels |felt |was |been |keeps )?"
        r"(?:really |so |kinda |super |all )?(?:tight|heavy|hurting|hurts|aching|burning)"
        # (not a heavy heart: "my chest feels heavy pero es de tristeza, no es nada fisico")
        r"(?![^.!?]{0,30}(?:tristeza|sadness|sad\b|grief|emotional|nada fisico|not physical))|"
        r"tightness in (?:my|his|her) chest|chest (?:tightness|pressure)",
    ),
    rule(
        "medical.exposure",
        "medical",
        "elevated",
        r"(?:freezing|below zero|no (?:coat|shoes|jacket|heat)|no (?:ac|air conditioning|a/c)|"
        r"\d{2,3} degrees|heat wave)"
        r"[^.!?]{0,60}(?:old|elderly|weak|homeless|sick|baby|outside|tonight)|"
        r"(?:old|elderly|homeless|sick|baby)[^.!?]{0,60}(?:freezing|no (?:coat|shoes|jacket|heat)|"
        r"no (?:ac|air conditioning)|\d{2,3} degrees|full sun|in the sun|al sol)|"
        r"(?:full sun|in the sun|heat|al sol|calor|\d{2,3} degrees)[^.!?]{0,60}(?:barely "
        r"(?:drinks?|drinking|eats)|not drinking|looking (?:really )?rough|no toma agua|no water|"
        r"(?:got|gets|getting) dizzy|dizzy|light ?headed|no (?:water )?breaks)",
    ),
    rule(
        "medical.infection",
        "medical",
        "elevated",
        # a wound going bad on someone who will not see a doctor
        r"(?:wound|sore|gash|bite|foot|leg|toe|shin|ankle)s?\b[^.!?]{0,50}(?:smells?|infected|"
        r"getting (?:darker|worse|black|bigger)|turning (?:black|green|purple)|oozing|pus|"
        r"swollen and (?:black|red|hot))",
    ),
    rule(
        "medical.cold_at_home",
        "medical",
        "elevated",
        # an old or sick person left without heat
        r"no heat|(?:heat|heating|boiler)[^.!?]{0,30}(?:out|off|broken|not working|down)|"
        r"(?:very|so|really) cold|freezing|shivering",
        requires=r"(?:[6-9]\d years old|elderly|senior|heart condition|oxygen|wheelchair|"
        r"bedridden|newborn|infant)",
    ),
    rule(
        "medical.machine_without_power",
        "medical",
        "elevated",
        # life on a machine, and the power or the tanks running out
        r"(?:oxygen|oxigeno|concentrator|concentrador|ventilator|ventilador mecanico|respirador|"
        r"cpap|bipap|dialysis machine|maquina de dialisis|nebulizer|nebulizador)",
        requires=r"(?:no power|without power|power (?:is )?out|power outage|outage|blackout|sin "
        r"luz|"
        r"se fue la luz|apagon|no (?:hay|tenemos) luz|running (?:low|out)|se (?:esta )?acaba\w*|"
        r"batter(?:y|ies) (?:is |are )?(?:dying|low|dead)|"
        r"bateria (?:se (?:esta )?(?:acaba|muere)\w*|baja|solo dura))",
    ),
    rule(
        "medical.asthma_worse",
        "medical",
        "elevated",
        # an asthma that needs care: "way worse since the mold came back, on the pump like 6
        # times a day now"
        r"(?:asthma|asma)[^.!?]{0,40}(?:way |much |a lot |so much |mucho )?(?:worse|peor|bad "
        r"again|out of control|fuera de control)|(?:inhaler|pump|nebulizer|puffer|inhalador|"
        r"bomba|bombita|pumpita)[^.!?]{0,25}(?:\d+|six|seven|eight|nine|ten|many|so many|a lot "
        r"of|varias|muchas|seis|siete|ocho|diez) (?:times|veces)",
    ),
    rule(
        # a medicine a life depends on, stretched: "estoy racionando la insulina", "he sounded
        # real weak on the phone"
        "medical.rationing",
        "medical",
        "elevated",
        r"(?:racionando|rationing|stretching|estirando) (?:la |las |mi |mis |su |sus |my |his |"
        r"her |the )?(?:insulina|insulin|medicinas?|medicamentos?|meds|medication|medicine|"
        r"pastillas|pills|heart pills)|"
        r"(?:sounded|sounds|sounding|se oia|se oye|se escuchaba|se escucha|se le oia) (?:real |"
        r"really |very |so |super |muy |bien |medio )?(?:weak|debil|faint|confused|confundid[oa])"
        r"(?= on the phone| por telefono| when| cuando|\W*$|\s*[.,!])",
    ),
    rule(
        "medical.stopped_meds",
        "medical",
        "elevated",
        r"(?:stopped|stopping|not|isn't|won't|refuses to|refusing to) (?:taking )?(?:his|her|their|"
        r"my) "
        r"(?:insulin|meds|medication|medicine|pills)|"
        # a medicine a life depends on, run out: "my insulin ran out 3 days ago"
        r"(?:insulin|heart (?:pills|meds|medication)|blood pressure (?:pills|meds|medication)|"
        r"seizure (?:pills|meds|medication)|inhaler|oxygen|insulina|pastillas (?:del|para el) "
        r"corazon|pastillas de la presion)[^.!?]{0,15}(?:ran out|run out|is out|are out|is gone|"
        r"se (?:me |le |nos )?(?:acabo|acabaron|termino|terminaron))|"
        # "i havent had my seizure meds in 4 days"
        r"(?:haven'?t|havent|hasn'?t|hasnt|didn'?t|didnt|no (?:he|ha)) (?:had|taken|tomado) "
        r"(?:my |his |her |their |mis |sus )?(?:insulin|heart (?:pills|meds)|seizure (?:pills|meds|"
        r"medication)|blood pressure (?:pills|meds)|insulina)[^.!?]{0,10}\b(?:in|for|en|por) "
        r"(?:\d+|two|three|four|five|a few|several|dos|tres|cuatro|cinco|varios) (?:days|dias|"
        r"weeks|semanas)|"
        r"(?:ran|run|running) out of (?:my |his |her |their )?(?:insulin|heart (?:pills|meds)|"
        r"blood pressure (?:pills|meds)|seizure (?:pills|meds)|oxygen)|"
        r"se (?:me|le|nos) (?:acabo|acabaron|termino|terminaron) (?:la|las|el|su|sus) (?:insulina|"
        r"pastillas (?:del|para el) corazon|pastillas de la presion|oxigeno)|"
        r"(?:dejo|ha dejado|dejado|deja|dejando|no (?:se )?(?:quiere tomar|toma|esta tomando)) "
        r"(?:de tomar )?(?:sus|su|la|las|los|el) (?:insulina|medicamentos?|medicinas?|pastillas "
        r"(?:de|para) \w+)|"
        # treatment a life depends on, missed: "no ha podido ir a diálisis"
        r"(?:missed|missing|skipped|skipping|can't get to|couldn't get to|hasn't (?:been able to )?"
        r"(?:gone|go|get|gotten) to|no (?:ha podido|puede|pudo|pueden) ir a|no ha ido a|"
        r"(?:se )?(?:perdio|ha perdido|perdiendo) (?:su |sus |la |las )?)[^.!?]{0,20}"
        r"(?:dialysis|dialisis|chemo|quimio\w*|radiation|radiacion)",
    ),
    rule(
        "medical.dead_or_dying",
        "medical",
        "imminent",
        r"(?:he|she|they|someone|somebody|my \w+|(?:i think|i think that) (?:he|she))"
        r"(?: is|'s| are| might be| may be|"
        r" looks| seems) (?:dead|dying)|(?:found|there's|there is) a (?:dead )?body|"
        # a death told as the past is grief, not an emergency: "before he died", "he died last
        # week"
        r"(?<!before )(?<!after )(?<!since )(?<!until )(?<!till )(?<!when )(?:he|she) (?:just )?"
        r"died(?! (?:last|yesterday|in (?:19|20)\d\d|(?:a|one|two|three|four|five|six|\d+|a few|"
        r"several) (?:years?|months?|weeks?|days?) ago|(?:years|months|weeks) ago))",
    ),
    rule(
        "medical.someone_hurt",
        "medical",
        "elevated",
        rf"(?:someone|somebody|he|she|they|people) {_BE} (?:hurt|injured)",
        upgradable=True,
    ),
    # --- overdose -------------------------------------------------------------
    rule(
        "overdose.now",
        "overdose",
        "imminent",
        r"(?:overdosing|overdosed|overdose)|(?:need|needs|(?:someone|somebody|please|pls|go|"
        r"quick|quickly|hurry) get|bring|give (?:him|her|them)|"
        r"gave (?:him|her)|"
        r"giving (?:him|her)|have|has anyone got|where(?:'s| is)(?: the)?) (?:a |some )?narcan|"
        r"narcan (?:now|asap|please)|"
        r"(?:can't|cannot|can not|couldn't) find (?:the |any |a )?narcan",
    ),
    rule(
        "overdose.took_too_many",
        "overdose",
        "imminent",
        r"(?:took|swallowed|taken|ate|had|popped|downed|drank) (?:a bunch of|too many|too much|"
        r"all (?:of )?"
        r"(?:my|her|his|the|their)|a (?:whole )?bottle of|a handful of|lots of|a lot of|so many|"
        r"the whole bottle of|a whole pack of|\d+|twenty|thirty|forty|fifty|a hundred)(?: \w+)? "
        rf"(?:{_PILLS}|of (?:his|her|my|their|the) {_PILLS}|drugs|dope)|"
        # a week's pills at once, from the pill organizer
        r"(?:took|swallowed|ate|taken|downed|popped|got into) (?:the |a |his |her )?(?:whole |"
        r"entire |full )?(?:week'?s?|weeks|month'?s?) (?:worth|supply|of (?:pills|meds|medicine|"
        r"medication))|(?:took|swallowed|ate|emptied|downed) (?:the |a |his |her )?(?:whole |"
        r"entire |full )?pill (?:organizer|box|case)",
    ),
    rule(
        "overdose.signs",
        "overdose",
        "imminent",
        r"(?:needle|syringe) (?:in|still in|stuck in) (?:his|her|their) arm|foaming at the mouth|"
        r"(?:nodding|nodded) (?:out|off)[^.!?]{0,50}(?:blue|purple|won't|not breathing|can't wake)|"
        r"(?:shot up|shooting up|snorted|smoked|took|used|did|mixed)[^.!?]{0,60}(?:collapsed|"
        r"passed out|"
        r"not breathing|barely breathing|won't wake|foaming|turning blue|unresponsive|fell out)",
    ),
    rule(
        "overdose.using",
        "overdose",
        "elevated",
        r"(?:using|shooting|doing|smoking|snorting|on|buys|buying|taking|injecting|addicted to) "
        r"(?:fentanyl|fent|heroin|dope|crack|meth|opioids|oxys?|percs|k2|tranq|xylazine|coke|"
        r"cocaine|"
        r"pills (?:she|he|they) buys?|street pills|pressed pills|drugs)|"
        r"(?:relapsed|relapsing|relapse|using again|started using|back on drugs|nods (?:out|off)|"
        r"(?:used|shot up|got high|slipped) again|"
        r"nodding out|"
        r"nodding off)|"
        r"(?:used )?needles (?:everywhere|around|all over|in the)|people (?:are )?using (?:in|on|"
        r"at)|"
        r"pressed pills|(?:drinking|drunk) (?:nonstop|for days|all day and night|every day)|"
        # "encontré jeringas en el bolsillo de su pantalón"
        r"(?:found|find|finding|encontre|encontramos|encontro) (?:\w+ )?(?:jeringas|agujas|"
        r"syringes|needles|a crack pipe|crack pipes|pipas de crack|burnt foil|papel aluminio "
        r"quemado)|"
        r"fentanyl in",
    ),
    rule(
        "overdose.child_ingested",
        "overdose",
        "imminent",
        # a child into an adult's drugs: "my 2 year old got into my methadone"
        rf"{_CHILD}[^.!?]{{0,40}}?(?:got into|swallowed|ate|chewed|drank|got ahold of) (?:some of |"
        r"one of |a few of |a couple of |two of |a bunch of |a |some )?(?:my|the|our|grandma'?s|"
        r"grandpa'?s|mom'?s|dad'?s|your|someone'?s|\w+'s) (?:\w+ )?(?:methadone|suboxone|"
        r"fentanyl|edibles?|gummies|pills|meds|medication|medicine|percs?|oxys?|xanax|adderall|"
        r"weed|drugs|stash)",
    ),
    rule(
        "overdose.risk",
        "overdose",
        "elevated",
        r"(?:scared|afraid|worried|fear|miedo|preocupad[oa]|temo)[^.!?]{0,40}\b(?:overdos\w*|od|"
        r"sobredosis|fentanyl|fentanilo|fent)",
    ),
    rule(
        "overdose.fear_again",
        "overdose",
        "elevated",
        # "Ya hubo una sobredosis ahí el año pasado. Tengo miedo de que vuelva a pasar"
        r"(?:miedo|afraid|scared|worried|temo|fear)[^.!?]{0,40}(?:vuelva a pasar|pase otra vez|"
        r"pase de nuevo|happens? again|will happen again|(?:alguien|someone) (?:se muera|dies|"
        r"will die))",
        requires=r"(?:sobredosis|overdos\w*|jeringas|syringes|needles|fentanyl|fentanilo|narcan)",
    ),
    # --- self-harm ------------------------------------------------------------
    rule(
        "self_harm.intent",
        "self_harm",
        "imminent",
        r"(?:i'm|i am|i|i'll|i will)? ?(?:going to|will|'ll|about to|want to|need to|ready to|"
        r"plan to|"
        r"planning to|trying to|decided to|gonna) (?:kill|end|off|hang|shoot|hurt|stab|drown|"
        r"poison) "
        r"(?:myself|my life|it all|it tonight|my self)|(?:i'm|i am) (?:feeling |so )?suicidal|"
        r"i feel suicidal|"
        r"(?:i'm|i am|i) (?:going to|will|about to|ready to|want to) commit suicide|"
        r"i'm ready to end it|"
        r"ready to end (?:it|my life|everything)|end my life|(?:use|turn|point) (?:it|the gun|"
        r"the knife|a gun) on myself|"
        r"(?:holding|have|got) (?:a|the|my) (?:knife|blade|razor|gun) (?:to|against|"
        r"on) my (?:wrists?|throat|head|neck|chest)",
    ),
    rule(
        "self_harm.attempt_again",
        "self_harm",
        "imminent",
        # a failed attempt and the next one announced: "the rope broke, I'll try again tonight"
        r"(?:i'?ll|i will|i'?m (?:going to|gonna)) try (?:it )?again",
        requires=r"(?:tried to (?:kill|hang|end)|rope|belt|noose|kill myself|end it|overdose)",
    ),
    rule(
        "self_harm.at_the_edge",
        "self_harm",
        "imminent",
        # "im still up here on the ledge and im going to do it"
        r"(?:going to|gonna|about to|ready to|finally (?:going to|gonna)) (?:do it|let go|end it)",
        requires=r"(?:ledge|roof|rooftop|bridge|edge|tracks|platform|window|balcony)",
    ),
    rule(
        "self_harm.goodbye_received",
        "self_harm",
        "imminent",
        # someone else's goodbye: "my son just sent me a goodbye text"
        r"(?:sent|texted|left|wrote|posted|dm'?d) (?:me |us |her |him )?(?:a |an |this |his |her )?"
        r"(?:goodbye|farewell|suicide) (?:text|message|msg|note|letter|voicemail|video|post)|"
        # the goodbye quoted: "texted me 'thank you for everything, please take care of my cat'"
        r"(?:texted|sent|messaged|wrote|dm'?d|told) (?:me|us|her|him)[^.!?]{0,20}?['\"]?"
        r"(?:thank you for everything|thanks for everything|(?:please )?take care of my \w+|"
        r"sorry for everything|bye forever|i love you all)",
        # ... and not a coworker's farewell email before a move
        requires=r"(?:jump|kill|die|suicid|pills|bridge|roof|not answering|won't answer|isn't "
        r"answering|not picking up|won't pick up|depress|sorry|can't reach|no answer|phone off|"
        r"end it|gun)",
    ),
    rule(
        "self_harm.goodbye",
        "self_harm",
        "imminent",
        r"this is (?:my )?goodbye|goodbye (?:everyone|forever|world|cruel world)|(?:said|saying|"
        r"say) (?:my )?goodbyes|"
        r"(?:finally |really )?going to do it tonight|"
        r"tell (?:my|them|her|him) \w+ (?:i love (?:them|him|her|you)|i'm sorry)|(?:wrote|writing|"
        r"left) "
        r"(?:my|a|the) (?:suicide|goodbye) (?:note|letter)|won't be (?:here|around|"
        r"alive) (?:tomorrow|"
        r"much longer|anymore)|"
        r"last (?:message|text) (?:you'll|you will|i'll|i will)|"
        r"(?:logging|signing|checking|log|sign) off (?:for good|forever|permanently)[^.!?]{0,80}"
        r"(?:only (?:ones?|people|person|thing)|got me|love (?:you|y'all|u)|sorry|goodbye|bye|"
        r"miss)|"
        r"(?:i )?won't (?:be|b) (?:here|around|alive) (?:tomorrow|manana|by (?:morning|tomorrow))|"
        r"(?:giving|gave) away (?:all )?(?:my|of my) (?:stuff|things|pets?|dog|cat|clothes)"
        r"[^.!?]{0,120}(?:won't be|not be here|goodbye|bye|thanks for (?:trying|everything))",
    ),
    rule(
        "self_harm.wont_need",
        "self_harm",
        "imminent",
        # keys or a letter handed over: "said she won't be needing them anymore"
        r"(?:won'?t|will not|wont|isn'?t going to|is not going to|not gonna) (?:be )?need(?:ing)? "
        r"(?:them|it|this|these|that|those|my \w+|her \w+|his \w+) (?:anymore|any more|where "
        r"(?:i'?m|she'?s|he'?s) going)",
        requires=r"(?:keys?|letter|note|depressed|goodbye|bye|pills|gave|handed|giving|suicid\w*|"
        r"sad|hopeless|upstairs|roof|bridge)",
    ),
    rule(
        "self_harm.not_their_fault",
        "self_harm",
        "imminent",
        # a note's last words: "goodbye. ... tell my sister it wasnt her fault"
        r"tell (?:my|them|her|him) (?:\w+ )?(?:\w+ )?(?:that )?(?:it|this)(?: was not| wasn'?t|"
        r" is not| isn'?t|'s not| s not| was never) (?:her|his|their|your|anyone'?s|nobody'?s) "
        r"fault",
        requires=r"(?:goodbye|good bye|bye|farewell|sorry|love (?:you|them|her|him)|forgive|"
        r"thank you|thanks|last|anymore|no more|can'?t (?:do|take)|done|tonight|end it)",
    ),
    rule(
        "self_harm.farewell_message",
        "self_harm",
        "imminent",
        # "he just sent me 'take care of rex for me, you were always the good one. sorry brother'"
        # a farewell, not a favour for a while ("... for me this weekend")
        r"(?<!can you )(?<!could you )(?<!can u )(?<!would you )take care of (?:\w+ ){1,3}"
        r"for me(?! (?:this|next|tomorrow|tonight|while|until|till|for a|when|today))|"
        r"(?<!puedes )(?<!podrias )(?:cuida|cuidame|cuidenme|cuiden) (?:a |de )?(?:\w+ ){1,3}"
        r"por mi",
        requires=r"(?:goodbye|good bye|bye|forgive me|love you|always (?:been|was) the|"
        r"were always|sorry (?:brother|bro|sis|sister|mom|ma|dad|for everything)|perdoname|adios|"
        r"te quiero|siempre fuiste|lo siento (?:por todo|hermano|hermana|mama|papa))",
    ),
    rule(
        "self_harm.tonight",
        "self_harm",
        "imminent",
        r"tonight(?: is|'s) the night|(?:it's|it is|its) (?:gonna be |going to be )?tonight",
        # "tonight's the night of the block party" is not a plan
        requires=r"(?:end it|end things|die|kill|myself|goodbye|bye|gave (?:away|my)|giving away|"
        r"deleted|delete|sorry|won't be|no more|done|pills|bridge|note|letter|love you|forgive|"
        r"thanks for (?:nothing|everything|trying))",
    ),
    rule(
        "self_harm.settling_affairs",
        "self_harm",
        "elevated",
        r"(?:gave|giving|given|give) (?:away )?(?:all )?(?:my|of my) (?:cat|dog|pets?|stuff|things|"
        r"belongings|plants|clothes|fish|bird)(?: away| to)?|deleted (?:all )?(?:my|of my) "
        r"(?:accounts|social media|socials|instagram|facebook|profiles?|pictures)",
        # moving house gives things away too: a second sign is needed
        requires=r"(?:deleted|delete|goodbye|bye|won't need|not (?:gonna|going to) need|tonight|"
        r"sorry|thanks for (?:nothing|everything)|for good|last time|forgive|end|gone)",
        upgradable=True,
    ),
    rule(
        "self_harm.means_ready",
        "self_harm",
        "imminent",
        rf"(?:have|got|holding|with) (?:the|my|a|[\w']+'s?) (?:[\w']+ ){{0,4}}?"
        rf"(?:{_PILLS}|rope|noose|gun|knife|razor|blade|bottle)s? "
        r"(?:in my hand|ready|right here|next to me|with me|in front of me|on my lap)|"
        r"(?:rope|noose) (?:is |'s )?(?:already |all |now |just )?"
        r"(?:ready|tied|up|set up|hung|hanging)|"
        r"i've got the rope|(?:the|my) (?:pills|rope|gun) (?:ready|in my hand)|"
        r"(?:rope|noose|soga) (?:is )?(?:ready|tied|lista)",
        requires=r"(?:kill|die|end|take them|take it|myself|goodbye|tonight|anymore|kms|all|"
        r"(?:don'?t|do not|dont) want to (?:be here|live|be alive|exist|wake up)|"
        r"doing it|do it|when (?:they|everyone|everybody|my \w+) (?:leaves?|goes?|are gone|"
        r"is gone))",
    ),
    rule(
        "self_harm.means_ready",
        "self_harm",
        "imminent",
        # the means set up, with a farewell: "tied a rope in my closet. just wanted to say
        # thanks for trying to help me"
        r"(?:tied|tying|hung|hanging|set up|made|put up) (?:a |the |my )?(?:rope|noose)|"
        r"(?:amarre|colgue|prepare|puse) (?:una |la )?(?:soga|cuerda)",
        requires=r"(?:thanks|thank you|goodbye|bye|for trying|love you|sorry|forgive|gracias|"
        r"adios|perdon|los quiero|te quiero|kill|die|end it|myself|tonight|matarme|morir)",
    ),
    rule(
        "self_harm.at_edge",
        "self_harm",
        "imminent",
        r"(?:on|at|standing on|up on|on top of) (?:the|a|this) (?:\w+ ){0,2}?"
        r"(?:bridge|roof|rooftop|ledge|edge|tracks|platform edge)",
        requires=r"(?:jump|can't do this|end it|goodbye|kill|die|anymore|myself|no point|"
        r"(?:bought|got|have) what i need|in my (?:bag|pocket|hand)|thinking about it|"
        r"step(?:ping)? off|over the edge|let go|fall|this is it|not coming (?:back )?down|"
        r"without telling|before i go|just go|(?:for a while|a long time) now|ready|"
        r"(?:i'm|im|i am) done|i give up|ya no importa|no puedo mas|me despido)",
    ),
    rule(
        "self_harm.on_edge",
        "self_harm",
        "imminent",
        r"(?:i'm|i am|im) (?:sitting|standing|sat|stood|up) on (?:the |a )?(?:edge|ledge|railing|"
        r"rail)",
    ),
    rule(
        "self_harm.at_the_place",
        "self_harm",
        "imminent",
        # where the means are, with the wish to die in reach: "I'm on the Pelham Bay platform y
        # cada tren que pasa pienso en tirarme"
        r"(?:i'm|im|i am|estoy|toy|ando) (?:\w+ )?(?:on|at|in|en|by|sobre) (?:the |el |la |los |"
        r"this |este |esta |a |un |una )?(?:[\w-]+ ){0,3}(?:platform|bridge|roof|rooftop|ledge|"
        r"tracks|anden|puente|techo|azotea|vias|balcon|balcony|bleachers|parking garage|"
        r"top floor|stairwell)|(?:i'm|im|i am|estoy) (?:at |on |en )?(?:the )?(?:top|edge|borde) "
        r"(?:of|de) (?:the |el |la )?\w+",
        requires=r"(?:tirarme|saltar|aventarme|lanzarme|jump|throw myself|end it|matarme|"
        r"kill myself|no quiero (?:estar|vivir|seguir)|ya no quiero|don't want to (?:be here|live|"
        r"be alive)|want to die|quiero morir(?:me)?|acabar con todo|step off|let go|"
        r"tired of (?:everything|it all|living|life)|cansad[oa] de (?:todo|vivir)|"
        r"(?:nobody|no one) (?:will|would|is gonna) (?:even )?(?:notice|care|miss me)|"
        r"nadie (?:se va a dar cuenta|me va a extranar|lo va a notar)|goodbye|adios|me despido|"
        r"gracias por (?:todo|intentar)|thanks for (?:everything|trying)|perdi todo|"
        r"lost everything)",
    ),
    rule(
        "self_harm.jump",
        "self_harm",
        "imminent",
        r"(?:going to|about to|ready to|i'll|i will|want to) jump(?: off| from| in front)?",
        requires=r"(?:roof|bridge|building|window|ledge|train|tracks|subway|floor|balcony|edge)",
    ),
    rule(
        "self_harm.plan_known",
        "self_harm",
        "imminent",
        # a method chosen: "I've been looking up which bridge is closest and I already know
        # how I'd do it", "ya sé cómo lo voy a hacer"
        r"(?:already |finally )?(?:know|decided|figured out|planned|worked out|picked) "
        r"(?:exactly )?(?:how|where|when) (?:i'?d|i would|i'?ll|i will|i'?m going to|i'?m gonna|"
        r"im gonna|to) "
        r"(?:do it|end it|do this)|"
        r"ya (?:se|decidi|tengo (?:pensado|planeado)) (?:como|donde|cuando) (?:lo )?(?:haria|voy a "
        r"hacer(?:lo)?|lo hago|hacerlo)",
        requires=r"(?:bridge|roof|rooftop|ledge|tracks|pills|rope|jump|kill myself|"
        r"end (?:it|my life)|suicid\w*|want to die|wanna die|not be here|"
        r"don'?t want to (?:live|be here)|puente|techo|"
        r"azotea|vias|pastillas|soga|tirarme|matarme|quitarme la vida|morir(?:me)?|ya no quiero "
        r"(?:vivir|estar aqui|seguir))",
    ),
    rule(
        "self_harm.means_laid_out",
        "self_harm",
        "imminent",
        r"(?:put|laid|lined up|counted|poured|set) (?:out )?(?:all )?(?:of )?(?:my |the |his |her |"
        r"[\w']+'s )?(?:[\w']+ ){0,3}(?:pills|tablets|meds|pastillas) (?:on|out|in front|next to|"
        r"by)|"
        # "i have the pills lined up and im going to take all of them tonight"
        r"(?:pills|tablets|meds|pastillas)(?: are| all| ya)? (?:lined up|counted out|laid out|all "
        r"out|en fila|contadas|listas)",
        requires=r"(?:time to go|ready|tonight|goodbye|end it|enough|whiskey|vodka|wine|alcohol|"
        r"drink|bourbon|rum|beer|can't do this|done)",
    ),
    rule(
        "self_harm.in_front_of",
        "self_harm",
        "imminent",
        # the vehicle is named in the plan itself, so no second word is needed
        r"(?:going to|about to|ready to|i'll|i will|want to|gonna) (?:step|walk|jump|throw myself|"
        r"lie down|lay down) (?:in front of|under) (?:a |the |an |the next )?(?:\w+ )?(?:train|"
        r"subway|bus|truck|car|traffic)|"
        r"(?:going to|about to|ready to|i'll|i will|want to|gonna) (?:step|walk|jump|run|throw "
        r"myself) (?:out )?into (?:the )?(?:oncoming )?traffic",
    ),
    rule(
        "self_harm.attempt",
        "self_harm",
        "imminent",
        r"(?:cut|slit|slashed) my (?:wrists?|arms?|throat|veins)|"
        rf"(?:took|swallowed|taken)[^.!?]{{0,40}}{_PILLS}[^.!?]{{0,30}}(?:so i|to die|never wake|"
        r"don't wake|not wake|end it)",
    ),
    rule(
        "self_harm.means_bought",
        "self_harm",
        "imminent",
        r"(?:bought|got|picked up|ordered) (?:a |my )?(?:gun|rope|pistol|handgun)",
        requires=r"(?:not for protection|someone to know|(?:know|tell you) before|goodbye|"
        r"for myself|"
        r"end it|kill myself|one bullet|last (?:night|day)|won't need|tonight|"
        r"(?:thinking|thought) about it|(?:i've|i have|i'm|im) decided|where i'm going to|"
        r"(?:going|gonna) to do it|can't (?:anymore|do this)|nobody(?:'s| is) (?:here|home))",
    ),
    rule(
        "self_harm.lethal_dose",
        "self_harm",
        "imminent",
        rf"how (?:many|much) (?:{_PILLS}|pills|tylenol|\w+)[^.!?]{{0,30}}(?:to (?:die|not wake up|"
        r"never wake up|kill (?:myself|yourself|a person|someone)|end it)|(?:is|are|would be) "
        r"(?:lethal|deadly|fatal|an overdose))",
    ),
    rule(
        "self_harm.note",
        "self_harm",
        "imminent",
        # a neighbour's note is not a suicide note: it needs a word of goodbye near it
        r"(?:wrote|writing|left) (?:my|a|the) (?:note|letter)s?|"
        r"(?:wrote|writing) (?:letters|notes) "
        r"(?:to|for) (?:everyone|my \w+|them)",
        requires=r"(?:goodbye|i'm sorry|im sorry|love (?:you|them|her|him)|forgive|kill myself|"
        r"end it|won't be (?:here|around)|gone|tonight|for when i'm gone|"
        # "letters for my kids ... gonna do it tmrw after they leave for school"
        r"(?:going to|gonna|will|'ll) do it (?:tomorrow|tonight|when|after|before|once|this|on|"
        r"today|in the morning))",
    ),
    rule(
        "self_harm.arrangements",
        "self_harm",
        "imminent",
        # a goodbye told as arrangements: "won't be around after this weekend" + the means
        r"(?:won't|wont|will not) be (?:around|here|alive)(?: anymore)? (?:after|past|by|come|"
        r"this|next)",
        requires=r"(?:have what i need|got what i need|everything i need|(?:take|keep|adopt) "
        r"(?:my|her|him) (?:cat|dog|kids?|pets?|\w+)|good home|new home|goodbye|letters|"
        r"take care of "
        r"(?:my|her|him)|pills|rope|gun|bridge|roof)",
    ),
    rule(
        "self_harm.overdose_plan",
        "self_harm",
        "imminent",
        # the means and the time ("take all of my abuela's sleeping pills tonight")
        r"(?:going to|gonna|about to|will|i'll|want to|plan to|planning to) (?:take|swallow|down) "
        r"(?:all|the whole (?:bottle|box|pack)|every(?:thing)?|a bunch|a handful)(?: of)?"
        rf"(?: (?:my|the|his|her|\w+'s|my \w+'s))? {_PILLS}",
        requires=r"(?:tonight|today|now|right now|when (?:everyone|they)|goodbye|end it|die|"
        r"sleep forever|not wake|never wake|this time)",
    ),
    rule(
        "self_harm.plan",
        "self_harm",
        "imminent",
        r"(?:don't want to (?:live|be alive|be here)|want to die|end it)[^.!?]{0,60}"
        r"(?:have a plan|tonight|today|right now)",
    ),
    rule(
        # a firearm at home with someone depressed or hopeless: lethal means ("my dad keeps his
        # hunting rifle in the closet ... he's been so depressed")
        "weapon.lethal_means",
        "weapon",
        "elevated",
        r"(?:so |really |very |severely |super )?depressed|deprimid[oa]|(?:doesn't|don't|does "
        r"not) see the point(?: anymore)?|no le ve (?:el )?sentido|hopeless|sin esperanza|"
        r"better off without|mejor sin (?:el|ella|mi)",
        requires=r"(?:has|keeps|owns|got|bought|tiene|guarda|compro) (?:a |an |his |her |the |my "
        r"|una |un |su |sus )?(?:\w+ )?(?:rifle|guns?|shotgun|pistol|firearm|escopeta|pistola|"
        r"revolver|arma)",
    ),
    rule(
        "self_harm.means_laid_out",
        "self_harm",
        "imminent",
        # the means laid out: "all my old prescriptions lined up on the desk, i counted them";
        # "i have the hose ready for the exhaust"
        r"(?:pills|prescriptions|meds|medications?|pastillas|medicinas)[^.!?]{0,40}(?:lined up|"
        r"laid out|in a row|counted|en fila|contadas)|(?:counted|contando|conte) (?:out )?"
        r"(?:all )?(?:my |the |las |mis |todas mis )?(?:old )?(?:pills|pastillas|meds|"
        r"prescriptions)|"
        r"(?:hose|tube|manguera)[^.!?]{0,40}(?:exhaust|tailpipe|mofle|escape del carro)",
        requires=r"(?:haven't taken|not taken|yet|looking at them|waste|broke|can't|don't want|"
        r"no quiero|ya no|end it|die|morir|before i do it|antes de hacerlo|goodbye|despedir|sorry|"
        r"perdon|someone to know|alguien sepa|"
        # a farewell with them: "a pic of pills lined up ... 'this is it, love you always'"
        r"this is it|love (?:you|u) (?:always|forever|all)|los quiero|las quiero|te quiero mucho)",
    ),
    rule(
        "self_harm.urge_back",
        "self_harm",
        "elevated",
        # self-harm history felt again ("i used to cut ... the urge is back")
        r"(?:urges?|itch|need) (?:to (?:cut|hurt myself|self[- ]?harm) )?(?:is|are|came|come|"
        r"coming|has come) back|(?:started|starting|thinking about) (?:cutting|hurting myself) "
        r"again",
        context=False,
    ),
    rule(
        "self_harm.thoughts_back",
        "self_harm",
        "elevated",
        # after a hospital stay: "its getting bad again. same thoughts i had before i went in"
        r"(?:the )?same (?:dark |bad |old )?thoughts (?:i had|as|like) (?:before|last time|when)|"
        r"(?:the|those|my) (?:dark|bad|old|suicidal) thoughts (?:are|r|came|have come|coming) "
        r"back",
    ),
    rule(
        "self_harm.date_picked",
        "self_harm",
        "imminent",
        # a date set for a plan: "been planning this for a while. picked saturday, gave my dog
        # to my neighbor already"
        r"(?:picked|chose|chosen|set|decided on) (?:a |the |my )?(?:day|date|night|time|monday|"
        r"tuesday|wednesday|thursday|friday|saturday|sunday|weekend|tonight|tomorrow)|"
        r"(?:been )?planning (?:this|it) for (?:a while|weeks|months|a long time)",
        requires=r"(?:gave (?:away |my )|giving away|not asking for help|just telling someone|"
        r"wanted someone to know|goodbye|note|kill|die|end it|myself|won'?t be (?:here|around)|"
        r"last (?:day|time|night)|planning (?:this|it) for)",
    ),
    rule(
        "self_harm.burden_soon",
        "self_harm",
        "elevated",
        # "keeps telling chat they won't have to put up with him much longer"
        r"(?:won'?t|will not|don'?t|do not) (?:have|need) to (?:put up with|deal with|worry about|"
        r"bother with|listen to) (?:me|him|her) (?:for )?(?:much longer|anymore|soon|for long)"
        # ... not a move: "... much longer, im moving out in june"
        r"(?![^.!?]{0,60}\b(?:moving|move out|moves out|lease|graduat\w*|transfer\w*|leaving for|"
        r"new job|mudo|mudando|mudarme|mudarse))|"
        r"(?:ya no|no) (?:van|tendran|tienen) que (?:aguantarme|soportarme|aguantarlo|soportarlo|"
        r"aguantarla|soportarla|preocuparse por (?:mi|el|ella))(?: por)? (?:mucho tiempo|mas|"
        r"por mucho)",
    ),
    rule(
        "self_harm.giving_away",
        "self_harm",
        "elevated",
        # a warning sign beside low mood: "battling depression and gave away all his things"
        r"(?:gave|giving|gives|given|give) away (?:all |most |some |a lot )?(?:of )?(?:his|her|my|"
        r"their) (?:\w+ )?(?:things|stuff|belongings|possessions|clothes|games|books|pets?|dogs?|"
        r"cats?|skins|items|accounts|sneakers|jewelry|collection)|"
        r"regal(?:o|ando|a|aron|ado) (?:todas |todos )?(?:sus|mis) (?:cosas|pertenencias|"
        r"juegos|libros|ropa|mascotas?)",
        requires=r"(?:depress\w*|deprimid[oa]|sad|triste|hopeless|withdrawn|not eating|no come|"
        r"not asking for help|telling someone|planning this|much longer|"
        r"isolat\w*|aislad[oa]|sin esperanza|goodbye|despedi\w*|suicid\w*|dark place|rough time)",
    ),
    rule(
        "self_harm.pull_again",
        "self_harm",
        "elevated",
        # "i used to cut ... i'm feeling that pull again"
        r"(?:feel|feeling|felt|get|getting|got) (?:that|the) (?:old |same )?(?:pull|urge|itch|"
        r"craving)(?: to (?:do it|cut|use it))? again",
        requires=r"(?:cut|cutting|cutter|hurt myself|hurting myself|self[- ]?harm\w*|razor|blade)",
    ),
    rule(
        # an attempt told long past, and the same feeling now: "tried to end it ten years ago
        # ... i'm feeling the same way again"
        "self_harm.feeling_back",
        "self_harm",
        "elevated",
        r"(?:feeling|feel|felt|i'?m feeling) (?:the same(?: way)?|like that|that way|like i did "
        r"then|like before) (?:again|all over again)",
        requires=r"(?:tried to (?:kill|end|take)|attempt\w*|suicid\w*|overdosed|cut myself|"
        r"wanted to die|kill myself)",
        context=False,
    ),
    rule(
        "self_harm.ideation",
        "self_harm",
        "elevated",
        r"(?:kill|killing|hurt|hurting|cut|cutting|harm|harming) (?:myself|my self)|"
        r"self[- ]?harm\w*|"
        # "if the place burns down with me in it whatever"
        r"burns? (?:down |up )?with me (?:in it|inside)[^.!?]{0,20}(?:whatever|idc|i don'?t care|"
        r"who cares|fine|so be it)|"
        r"(?:rather|prefer to) be dead|(?:would|'d) rather not (?:be alive|exist|wake up)|"
        r"suicid\w+|(?:want|wants|wanted|wanting) to die|wish (?:i|i'd) (?:was|were|had) (?:dead|"
        r"never been born)|"
        r"wish i (?:could )?(?:wasn't|weren't|was not) (?:here|alive|born)|"
        r"(?:go to sleep|sleep) and (?:never|not) wake up|"
        # "no i dont have anything, i just feel done"
        r"(?:i )?(?:just )?feel (?:so )?done(?: with (?:everything|it all|life|all of it))?"
        r"(?=\s*$|\s*[.,;!?])|"
        r"(?:don't|do not|doesn't) want to (?:be here|live|be alive|exist|wake up)(?: anymore)?|"
        r"(?:no|what's the|what is the) (?:point|reason) (?:in |of |to )?(?:living|live|going on|"
        r"life|being alive)|"
        # "honestly i dont see the point of anything anymore"
        r"(?:don'?t|dont|do not|can'?t|cant) see (?:the|any) point (?:of|in) (?:anything|it all|"
        r"living|life|going on|waking up|being here)|(?:don'?t|dont|do not) see the point "
        r"anymore|"
        r"better off (?:without me|dead|if i (?:was|were|wasn't|weren't) (?:here|gone|around))|"
        # said by someone else: "keeps saying we'd all be better off without him"
        r"(?:says?|saying|said|told (?:me|us)|texted|posted)(?: that)? (?:we'?d|we would|"
        r"everyone would|everybody would|you'?d|y'all would|the family would|they'?d) (?:all )?"
        r"be better off without (?:him|her|them)|"
        r"can't go on|can't do this anymore|can't take (?:it|this|life) anymore|"
        r"tired of (?:living|life|being alive)|end(?:ing)? it all|end(?:ing)? my life|end things|"
        r"(?:a|such a) burden (?:to|on) (?:everyone|everybody|my family|them|you)|"
        r"(?:nobody|no one|noone) would (?:care|miss me|notice)|if i (?:disappeared|was gone|"
        r"were gone|died)|"
        r"(?:thinking|think|thought|thoughts) (?:about|of) (?:dying|death|not being here|ending)|"
        r"hopeless|worthless|sleep forever|stop existing|not (?:to )?exist|end everything|"
        r"want (?:it all|everything|it) to (?:end|stop)|(?:want|wanted) to disappear",
        upgradable=True,
        context=True,
    ),
    # --- domestic violence ----------------------------------------------------
    rule(
        "domestic_violence.abuse",
        "domestic_violence",
        "elevated",
        r"abus(?:e|es|ed|ive|er|ing)|domestic violence",
        upgradable=True,
    ),
    rule(
        # an order held is read in its present: "hes here hes breaking the door ... she has an
        # order of protection"
        "domestic_violence.protective_order",
        "domestic_violence",
        "elevated",
        r"(?<!need a )(?<!need an )(?<!get a )(?<!get an )(?<!file a )(?<!file an )"
        r"(?:order of protection|restraining order|protective order)",
        upgradable=True,
    ),
    rule(
        # one asked about is a risk told, not one happening: "do i need a restraining order"
        "domestic_violence.protective_order_asked",
        "domestic_violence",
        "elevated",
        r"(?:need|get|file|apply for) (?:a |an )(?:order of protection|restraining order|"
        r"protective order)",
    ),
    rule(
        # fights told as going on all night or every night: "theyve been fighting out front on
        # and off all night" (an argument alone is none)
        "violence.fighting_outside",
        "violence",
        "elevated",
        r"(?:been |keep |keeps |kept |are |were |start(?:ed)? )?fighting (?:out front|outside|in "
        r"the (?:street|hallway|lobby|stairwell)|on the (?:sidewalk|street|block|corner|stoop)|in "
        r"front)",
    ),
    rule(
        "domestic_violence.control",
        "domestic_violence",
        "elevated",
        r"controls? (?:all )?(?:the|my) money|won't let me (?:see|leave|go|talk|have|call|work)|"
        r"(?:took|takes|taking|broke|smashed) my phone|tracks my (?:phone|location)|"
        r"(?:locked|locks|locking) me (?:in|inside|out)|(?:scared|afraid|terrified) (?:of (?:him|"
        r"her|my (?:husband|"
        r"wife|partner|boyfriend|girlfriend|ex|dad|father|stepdad))|to go home)|"
        r"gets? (?:violent|physical) when|if i leave (?:him|her)|"
        r"take (?:the|my|our) (?:kids|children|baby) (?:away )?(?:from me )?if i (?:call|tell|"
        r"leave|talk)|(?:get|getting|"
        r"got) away from (?:my|him|her)",
        upgradable=True,
    ),
    rule(
        "domestic_violence.control_reported",
        "domestic_violence",
        "elevated",
        # control told by someone close: "my sister's boyfriend controls everything, le quita
        # el celular"
        r"controls? (?:everything|all (?:of )?(?:her|his|the) money|(?:her|his) (?:money|phone|"
        r"every move))|(?:took|takes|taking|broke|smashed|hides|hid) (?:her|his) (?:phone|"
        r"passport|papers|money)|won't let (?:her|him) (?:see|leave|go|talk|have|call|work)|"
        r"(?:le|la|lo) (?:quita|quito|esconde|escondio|rompio|revisa) (?:el|la|su|sus) "
        r"(?:telefono|celular|cel|dinero|pasaporte|documentos|papeles)|(?:la|lo) controla",
        requires=r"(?:boyfriend|girlfriend|husband|wife|partner|fiance|ex|bf|gf|novio|novia|"
        r"esposo|esposa|marido|pareja|mujer)",
        upgradable=True,
    ),
    rule(
        "domestic_violence.bruises",
        "domestic_violence",
        "elevated",
        r"bruises|bruised|marks on (?:her|his|my)",
    ),
    # --- child safety ---------------------------------------------------------
    rule(
        "child_safety.taken",
        "child_safety",
        "imminent",
        # a child taken now by someone not allowed to ("driving off", "never see her again")
        r"(?:took|grabbed|snatched|taking|is taking|just took|picked up|just picked up|ran off "
        r"with|"
        r"left with) (?:(?:our|my|the|her|his) (?:\d+ ?(?:yr|year|yo)s?(?:[- ]old)?|"
        r"(?:little |baby )?(?:daughter|son|kid|kids|baby|child|children|boy|girl))|her|him|them)"
        r"[^.!?]{0,80}"
        r"(?:without permission|"
        r"not allowed|driving off|drove off|never see (?:her|him|them) again|won't bring "
        r"(?:her|him|them) back|no custody|doesn't have custody|has no custody)",
    ),
    rule(
        # "la mochila esta en el aeropuerto JFK terminal 4. el no tiene permiso de sacarla del pais"
        "child_safety.taken_abroad",
        "child_safety",
        "imminent",
        r"(?:airport|aeropuerto|jfk|laguardia|la guardia|newark|terminal \d)",
        requires=r"(?:sacar(?:la|lo|los)? del pais|take (?:her|him|them) out of the country|"
        r"(?:sacarla|sacarlo|llevarla|llevarlo|sacar a|llevar a|take (?:her|him|them)|travel with "
        r"(?:her|him|them))[^.!?]{0,30}(?:without (?:my )?permission|sin (?:mi )?permiso)|"
        r"doesn'?t have custody|no tiene (?:la )?custodia)",
    ),
    rule(
        "child_safety.never_see_again",
        "child_safety",
        "imminent",
        r"(?:you'?ll|youll|you will|you'?re (?:going to|gonna)|you are going to|u will|u'?ll) "
        r"never see (?!(?:me|us|my money|your money|it|this|that)\b)(?:\w+|(?:the|my|your|our) "
        r"(?:kids?|baby|son|daughter|children|boy|girl)) (?:again|ever again)",
        # the child on the move, or a parent without the right to take them
        requires=r"(?:highway|already gone|on the road|in the car|left the state|airport|plane|"
        r"driving|drove|took|taken|custody|bus station|gone with|left with|picked (?:her|him|them) "
        r"up)",
    ),
    rule(
        "child_safety.drunk_driver",
        "child_safety",
        "imminent",
        # "He's drunk and driving with her right now"
        r"(?:drunk|high|wasted|borracho|drogado|tomado|tomao)[^.!?]{0,30}(?:driving|manejando|"
        r"conduciendo) (?:with|con) (?:her|him|them|the (?:kids?|baby)|my \w+|la nina|el nino|los "
        r"ninos|la bebe|el bebe|mi \w+|mis \w+)",
        requires=rf"(?:{_CHILD}|daughter|son|kids?|hij[oa]s?|nin[oa]s?|bebe|nene|nena|daycare|"
        r"school|guarderia|escuela|custody|custodia)",
    ),
    rule(
        "child_safety.stroller_in_traffic",
        "child_safety",
        "imminent",
        # a carer too impaired to walk, with the baby, into traffic: "apenas puede caminar y va
        # empujando el coche hacia la avenida con los carros pasando"
        r"(?:pushing|empujando|empuja|lleva|llevando) (?:the |a |her |his |el |la |su )?"
        r"(?:stroller|pram|carriage|coche|cochecito|carriola)[^.!?]{0,40}(?:street|avenue|traffic|"
        r"cars|avenida|calle|trafico|carros)",
        requires=r"(?:can barely (?:walk|stand)|stumbling|staggering|nodding (?:off|out)|falling "
        r"(?:over|down)|high|drunk|wasted|apenas (?:puede caminar|se para|camina)|tambale\w+|"
        r"cayendose|se esta cayendo|drogad[oa]|borrach[oa]|endrogad[oa]|arrebatad[oa])",
    ),
    rule(
        "child_safety.lost",
        "child_safety",
        "imminent",
        # a child lost where the danger is: "perdí a mi hija de 4 años en Coney Island"
        rf"(?:perdi a|no encuentro a|can'?t find|lost|se (?:me|nos) (?:perdio|extravio)) "
        rf"(?:mi|my|el|la|nuestr[oa]) (?:\w+ )?(?:{_CHILD}|hij[oa]|"
        r"nin[oa]|nene|nena|bebe|daughter|son|boy|girl|sobrin[oa]|niet[oa])(?!'s|s')"
        # not once found again: "lost my son for 2 minutes but found him at the ice cream truck"
        r"(?![^.!?]{0,80}\b(?:found (?:him|her|them)|(?:lo|la|los|las) encontr\w+|aparecio))|"
        r"(?:nin[oa]|hij[oa]|nene|nena|bebe|kid|son|daughter|boy|girl|toddler|baby|"
        r"\d+ ?(?:year|yr)s? old)[^.!?]{0,120}"
        r"(?:ya no (?:lo|la) (?:veo|vemos)|no (?:lo|la) (?:encuentro|encontramos)|"
        r"can'?t find (?:him|her|them)(?: anywhere| outside| on the|\W*$)|"
        r"can'?t see (?:him|her) anymore|se quedo (?:sol[oa] )?(?:dentro del|en el) (?:tren|metro|"
        r"subway|bus|vagon)|(?:stayed|got left|was left|got stuck) (?:alone )?(?:on|in|inside) "
        r"the (?:train|subway|bus))",
        requires=r"(?:playa|beach|piscina|pool|agua|water|olas|waves|rio|river|mar|ocean|parque|park|"
        r"minutos|minutes|ayuda|help|desfile|parade|crowd|tren|train|subway|metro|street|block|"
        r"dark|front door|calle|cuadra|oscur\w+|every floor|(?:door|puerta) (?:was|estaba) "
        r"(?:open|abierta)|walked out|se salio|hallway|pasillo|stairs|escaleras)",
    ),
    rule(
        "child_safety.crying_alone",
        "child_safety",
        "imminent",
        # a baby crying for hours behind a door nobody opens: likely alone
        r"(?:bab(?:y|ies)|infants?|toddlers?|bebes?|nenes?|nenas?|criaturas?)[^.!?]{0,50}"
        r"(?:crying|screaming|llorando|gritando)[^.!?]{0,50}(?:hours?|horas?)",
        requires=r"(?:nobody|no one|nadie) (?:answers|opens|is (?:home|there)|abre|contesta|"
        r"responde|esta)|(?:mom|mother|parents?|mama|madre|papas|padres) (?:left|se fue|se fueron)|"
        r"(?:all )?(?:alone|sol[oi]t?[oa]s?)\b",
    ),
    rule(
        "child_safety.unsupervised",
        "child_safety",
        "elevated",
        # "their 4 and 6 year old walk to the pool across the avenue by themselves"
        r"(?:[2-7]|two|three|four|five|six|seven)(?: and (?:[2-8]|\w+))? ?(?:year|yr)[- ]olds?"
        r"[^.!?]{0,60}(?:by themselves|by himself|by herself|alone|on (?:their|his|her) own)",
    ),
    rule(
        "child_safety.unwatched",
        "child_safety",
        "elevated",
        # "theres a pool and everybody is drunk, nadie esta pendiente de los nenes"
        r"(?:nobody|no one|no adult)(?:'s| is)? (?:watching|keeping an eye on|looking after|"
        r"minding) (?:the |those |my |her |his )?(?:kids|children|babies|little ones|baby)|"
        r"nadie (?:esta )?(?:pendiente de|cuidando a|cuida a|vigilando a|mirando a) (?:los|las|mis|"
        r"sus) (?:nenes|ninos|ninas|chamacos|bebes|muchachitos|pequenos)",
        requires=r"(?:pool|piscina|picina|drunk|borrach\w+|party|fiesta|bbq|water|agua|street|"
        r"calle|beach|playa|lake|lago|river|rio)",
    ),
    rule(
        "child_safety.no_window_guards",
        "child_safety",
        "elevated",
        # the city requires window guards where children live: "our windows dont have child guards"
        r"(?:no|don'?t have|doesn'?t have|without|missing|sin|no (?:tienen|hay)) (?:any |the |"
        r"las |ningunas? )?(?:child |window |safety )?(?:window guards|child guards|guards? on the "
        r"windows?|guardas? (?:de|en las) ventanas?|rejas? (?:de seguridad|de proteccion|en las "
        r"ventanas)|rejillas?(?: de seguridad| de proteccion| en las ventanas)?)|"
        # "their window has no guards and its open all the time"
        r"windows? (?:has|have|with|got) no (?:child |window |safety )?guards|"
        # "landlord STILL hasn't put the window guards back since they replaced the windows"
        r"(?:hasn'?t|has not|never|didn'?t|did not|won'?t|will not) (?:\w+ ){0,2}?(?:put|"
        r"installed|install|replaced|replace|fixed|fix)(?: back)? (?:the |our |any |new )?"
        r"(?:window |child |safety )?guards|"
        # "the window guard en el cuarto de mi hija esta roto"
        r"(?:window|child|safety) guards? (?:[^.!?]{0,45} )?(?:is|are|esta|estan|'s|got|came|"
        r"se|(?:has |have )?been) ?(?:broken|broke|roto|rotos|rota|loose|suelt[oa]s?|missing|off|"
        r"cayo|bent|doblad[oa])",
        context=False,
    ),
    rule(
        "child_safety.danger_place",
        "child_safety",
        "imminent",
        rf"{_CHILD}\b[^.!?]{{0,60}}(?:fire escape|window ?(?:ledge|sill)|ledge|roof|balcony|"
        r"elevator shaft|"
        r"(?:hanging|dangling|colgando|colgad[oa]) (?:from|out of|off|out|de|por) (?:the |a |la )?"
        r"(?:window|ventana|railing|baranda)|"
        r"highway|"
        r"shoulder|middle of the (?:street|road)|into the street|in the street|train tracks|"
        r"(?:in|into|onto) (?:the )?(?:traffic|road|avenue|intersection|parkway|expressway)|"
        r"(?:ran|running|runs|headed|heading|walked|walking|wandered|wandering) (?:toward|towards|"
        r"onto|for) (?:the )?(?:expressway|highway|ramp|traffic|street|road|tracks|avenue|"
        r"\w+ (?:ramp|expressway|highway))|"
        r"(?:walking|running|wandering|standing|playing|crawling) (?:down |in |along |across )?"
        r"(?:the )?middle of (?:the )?\w+|"
        r"subway tracks|"
        r"(?:in|into) the pool|through the ice|in the water|hot car|locked in (?:a|the) car|"
        r"in (?:a|the) (?:hot )?car|"
        r"out (?:of )?(?:the|a) window|open window)",
    ),
    rule(
        "child_safety.under_water",
        "child_safety",
        "imminent",
        # "a little boy is under the water in the deep end", "face down in the pool"
        rf"{_CHILD} (?:is|was|'s|are|went|fell|slipped|sank|got|has been) (?:\w+ ){{0,2}}?(?:under "
        r"(?:the )?water|underwater|face ?down in (?:the )?(?:water|pool|tub|bathtub|lake)|"
        r"(?:struggling|drowning|going under) in (?:the )?(?:water|pool|deep end|lake|ocean))",
    ),
    rule(
        "child_safety.flood",
        "child_safety",
        "imminent",
        # "the water is rising fast in the basement apartment next door and I can hear kids in
        # there"
        r"(?:water|flood ?water|el agua)[^.!?]{0,20}(?:is rising|rising|coming in fast|up to|"
        r"esta subiendo|sube|entrando)",
        requires=rf"(?:{_CHILD}|ninos|ninas|nenes|bebes?|kids in there|trapped|atrapad[oa]s)",
    ),
    rule(
        "child_safety.drunk_driver",
        "child_safety",
        "imminent",
        r"(?:drunk|wasted|hammered|high|borrach[oa]|bol[oa]|tomad[oa]|pasad[oa] de copas|"
        r"drogad[oa]|jalad[oa]|pedo)[^.!?]{0,30}(?:driving|drives|behind the wheel|manejando|"
        r"conduciendo|maneja|al volante|se llevo el carro|took the car)[^.!?]{0,30}"
        r"(?:with|con) (?:the |his |her |their |los |las |sus |dos |tres |\w+ )?(?:kids|children|"
        r"baby|babies|toddlers?|ninos|ninas|nenes|nenas|hijos|hijas|bebes?|cipotes|chamacos|"
        r"chamaquitos|pelados|chamos|escuincles|carajitos|cipotillos|guaguas|muchachitos)",
    ),
    rule(
        "child_safety.abduction",
        "child_safety",
        "imminent",
        r"(?:pull|pulling|pulled|drag|dragging|dragged|grab|grabbing|grabbed|snatch\w*|lure\w*|"
        r"took|taking) "
        r"(?:a |the |my |his |her )?(?:little |small |young )?(?:kid|child|girl|boy|baby|toddler)"
        # "she took the baby to her mom's": a visit, not an abduction
        r"(?! (?:to|over to) (?:her|his|their|my|our|the|see) (?:\w+ )?(?:mom|mother|mama|moms|"
        r"mom's|grandma|grandma's|grandmother|nana|parents|parents'|sister|sister's|aunt|doctor|"
        r"pediatrician|daycare|clinic|park|school|checkup|appointment|abuela|family)\b)"
        # ... nor to a healer: "my suegra took my baby to a señora pa quitarle el mal de ojo"
        r"(?! (?:to|over to) (?:a |an |the |her |his |their |my |our )?(?:\w+ )?(?:senora|healer|"
        r"curander[oa]|botanica|santer[oa]|espiritista|priest|church|iglesia)\b)|"
        rf"(?:pulled|dragged|grabbed|snatched|forced|shoved|pushed|put|threw) {_CHILD}"
        r"[^.!?]{0,30}(?:into|in) (?:a|his|her|the|their|an) (?:\w+ )?(?:van|car|truck|suv)",
    ),
    rule(
        "child_safety.into_vehicle",
        "child_safety",
        "imminent",
        rf"{_CHILD}[^.!?]{{0,30}}(?:into|in) (?:a|his|her|the|their|an) (?:\w+ )?(?:van|car|truck|"
        rf"suv)",
        requires=r"(?:pushed|pushing|shoved|forced|threw|dragged|pulled|grabbed|put|stuffed|took|snatched)",
    ),
    rule(
        "child_safety.harm_now",
        "child_safety",
        "imminent",
        r"(?:beating|hitting|hurting|punching|choking|kicking|abusing|whipping|burning|shaking|"
        r"slapping|throwing|dropping) "
        # "beating one of his kids with something"
        rf"(?:one of |both of |all of )?(?:his|her|their|my|the|a) (?:{_CHILD}|sons?|daughters?|"
        r"stepsons?|stepdaughters?|"
        r"nephews?|nieces?)",
    ),
    rule(
        "child_safety.alone_long",
        "child_safety",
        "imminent",
        r"alone for (?:two|2|three|3|four|4|several|many|\d+) days|(?:baby|toddler|infant) (?:is |"
        r"has been )?"
        r"(?:home )?alone (?:right now|now|for hours|all day|crying|screaming)",
    ),
    rule(
        # poison left within a child's reach: "the exterminator put rat bait under the crib"
        "child_safety.poison_in_reach",
        "child_safety",
        "elevated",
        r"(?:(?:rat |mouse |roach )?(?:poison|bait|pellets|traps?)|pesticides?|insecticides?)"
        # (a question before it is used: "is it safe for kids?")
        r"(?![^\n]{0,120}(?:\bis (?:it|that|this) safe\b|\bsafe for\b|\bes seguro\b|"
        r"\bseguro para\b))",
        requires=rf"(?:{_CHILD}|crib|cuna|bebe|nene|nena)",
    ),
    rule(
        "child_safety.neglect",
        "child_safety",
        "elevated",
        rf"{_CHILD}[^.!?]{{0,20}}? (?:are |is )?(?:left |home )?alone|leaves? (?:her|his|their|"
        rf"the) {_CHILD} alone|"
        rf"{_CHILD}[^.!?]{{0,40}}(?:seem|seems|look|looks|always|are|is) (?:hungry|starving|dirty|"
        r"neglected)|"
        # "they keep knocking on my door asking for food", "asking neighbors for food"
        rf"{_CHILD}[^.!?]{{0,60}}(?:asking|begging|knocking)[^.!?]{{0,40}} for food|"
        # "I'm worried nobody is taking care of them"
        r"(?:nobody|no one|no ?one)(?: is|'s)? (?:taking care of|watching|feeding|looking after) "
        r"(?:them|the kids|those kids|the children|the baby)|"
        r"(?:asking|begging) (?:\w+ ){0,3}for food[^.!?]{0,60}(?:mom|mother|mama|mami|parents?|"
        r"dad|nunca esta|never (?:home|there))|"
        r"never goes to school|no (?:van|va) a la escuela|(?:not|aren't|isn't) in school|"
        r"(?:ninos?|ninas?|kids|children|menores|chamacos)[^.!?]{0,40}(?:trabajando|working) "
        r"(?:en|at|in|on) (?:\w+ ){0,3}(?:maquinas|machines|fabrica|factory|taller|construccion|"
        r"construction|sweatshop)|"
        r"(?:kid|child|boy|girl|niece|nephew)[^.!?]{0,40}(?:bruises|"
        r"scared to go home)|"
        # put out of the home: "she puts her 2 year old out in the hallway for hours"
        rf"(?:puts?|putting|locks?|locking|sends?|sending|leaves?|leaving) (?:her|his|their|the) "
        rf"(?:\w+ )?{_CHILD} (?:\w+ )?(?:out )?(?:in|into|on) the (?:hallway|hall|stairwell|stairs|"
        r"street|fire escape|balcony|roof)",
    ),
    rule(
        "child_safety.gifts",
        "child_safety",
        "elevated",
        # an adult courting a child with gifts and rides: "one of the older guys keeps giving
        # gifts and rides to a 13 yr old girl"
        r"(?:older|grown|adult|old) (?:guys?|man|men|dude|woman|señor|senor)[^.!?]{0,60}(?:gifts?|"
        r"rides?|money|presents|cash|a phone|regalos|dinero|aventones|raites?)[^.!?]{0,40}"
        r"(?:\b(?:[5-9]|1[0-5]) ?(?:yr|year|ano)s?|little girl|little boy|girls?|boys?|kids?|"
        r"child|daughter|son|niece|nephew|nina|nino|chamaca|chamaco)",
    ),
    rule(
        "child_safety.exposed",
        "child_safety",
        "imminent",
        # a small child alone out in the cold: "toddler alone outside in the snow, diaper only"
        r"(?:toddler|baby|infant|bebe|nene|nena|little (?:one|boy|girl)|\b[1-5] ?(?:yo|year|yr|"
        r"ano)s?(?:[- ]olds?)?)[^.!?]{0,30}(?:alone|by (?:him|her)self|with no (?:adult|one)|"
        r"unattended|"
        r"sol[oa]s?\b)[^.!?]{0,40}(?:snow|freezing|ice\b|icy|diaper|no (?:coat|jacket|shoes|"
        r"clothes)|barefoot|nieve|en panal|sin (?:ropa|abrigo|zapatos)|descalz[oa])",
    ),
    rule(
        "child_safety.gone_with",
        "child_safety",
        "imminent",
        # a small child gone with someone who cannot care for them: "grandma con demencia ...
        # no los encuentro ... she walked out with him"
        r"(?:can'?t find (?:them|him|her|my (?:son|daughter|baby|toddler|kid|grandson|"
        r"granddaughter))|no (?:los|las|lo|la) (?:encuentro|encontramos|encuentran)|(?:walked|"
        r"wandered|went) (?:out|off|away) with (?:him|her|them|the baby|my (?:son|daughter|baby|"
        r"toddler|kid))|se (?:fue|salio|perdio) con (?:el|la) (?:nino|nina|bebe))",
        requires=r"(?:\d ?(?:yo|year|yr|month|ano|mes)|toddler|baby|bebe|nino|nina|niño|niña|"
        r"grandson|granddaughter|nieto|nieta)",
    ),
    rule(
        # "the hydrant is open and the kids are playing right in the middle of the street, cars
        # pass fast": summer on the block, with the traffic that makes it a risk
        "child_safety.street_play",
        "child_safety",
        "elevated",
        r"(?:kids|children|little ones|nenes|ninos|chamacos|chamaquitos)(?: \w+){0,3} playing"
        r"(?: \w+){0,3} (?:in|en) (?:the )?(?:middle of )?(?:the street|la calle|the road|"
        r"the avenue|traffic)",
        requires=r"(?:cars?|carros?|traffic|trafico|trucks?|buses|speeding|fast)",
    ),
    rule(
        # "a man at the pool who sits by the kiddie area every day filming the little kids"
        "child_safety.filming_children",
        "child_safety",
        "elevated",
        r"(?:man|men|guy|dude|stranger|adult|senor|hombre|tipo|viejo)[^.!?]{0,80}(?:filming|"
        r"recording|videotaping|taking (?:pictures|photos|pics|videos?) of|grabando|filmando|"
        r"(?:tomando|sacando)(?:le)? fotos a) (?:the |los |las |a los |a las |our |my )?(?:little "
        r"|small |young )?(?:kids|children|girls|boys|ninos|ninas|nenes|nenas|chiquitos)",
    ),
    rule(
        "child_safety.touching",
        "child_safety",
        "elevated",
        # "the pastor's son keeps touching the younger kids at youth group"
        r"(?:keeps?|kept|been|always|caught \w+) touching (?:the |our |my |those |these )?"
        r"(?:younger |little |small )?(?:kids|children|girls|boys|daughter|son|niece|nephew)",
    ),
    rule(
        "child_safety.grooming",
        "child_safety",
        "elevated",
        r"(?:grown|older|adult) (?:man|men|guy|woman)[^.!?]{0,40}(?:messag|text|talk|"
        r"dm)\w*[^.!?]{0,30}"
        r"(?:\d+ ?(?:year|yr)|daughter|son|kid|child|girl|boy)|"
        # signs of sexual abuse as a child tells them: an adult in the room at night, a secret
        r"(?:comes|came|goes|went|sneaks|gets) (?:into|in) (?:her|his|their) (?:room|bed)"
        r"(?: at night| when)|(?:it's|its|it is|it was) (?:our|their|a) (?:little )?secret|"
        r"(?:told|tells|telling|made|makes) (?:her|him|them) (?:not to tell|"
        r"to keep (?:it|this) (?:a )?secret|promise (?:not to tell|to keep)\w*)|secret games?|"
        # an adult after a child's number, with gifts
        r"(?:man|guy|stranger|adult|senor|hombre|tipo|driver|chofer|neighbou?r|vecino)[^.!?]{0,80}"
        r"(?:asked|asking|asks|wants|wanted|pidio|pide|pidiendo|quiere) (?:for )?(?:her|his|their|"
        r"su|el|my \w+'?s?) (?:phone )?(?:number|numero|phone|telefono|snaps?|snapchats?|"
        r"instagrams?|ig|"
        r"address|direccion)|"
        # a stranger online: "un hombre que conocí en Roblox me pide fotos y que no le diga a
        # mis papás"
        r"(?:hombre|man|guy|senor|tipo|adult|someone|alguien)[^.!?]{0,60}(?:me pide|le pide|"
        r"asks? (?:me|her|him) for|pidiendo|asking (?:me|her|him) for) (?:fotos|pics|photos|"
        r"pictures|nudes)|(?:que )?no le (?:diga|cuente) (?:nada )?a (?:mis|sus) (?:papas|padres|"
        r"mama|papa)|"
        # "le dice que no me cuente nada. ayer le pidió verse en persona"
        r"(?:le|me) dice que no (?:me|le|les|nos) (?:diga|cuente) nada|(?:le|me) pidio (?:verse|"
        r"vernos|conocerse|conocernos|encontrarse) en persona|asked (?:her|him|me) to meet (?:up )?"
        r"in person|not to tell (?:my|her|his) (?:parents|mom|dad|mother|father)",
        requires=rf"(?:{_CHILD}|\d+ ?yo|hij[oa]s?|nin[oa]s?|daughter|son|niece|nephew|student|girl|"
        r"boy|grader|school|tengo 1[0-7]|i'?m 1[0-7]|roblox|minecraft|fortnite|discord|"
        r"counselor|teacher|stepdad|stepfather|boyfriend|uncle)",
    ),
    # --- fire -----------------------------------------------------------------
    rule(
        # "guy in room 4 cooks on a propane camping burner inside his room"
        "fire.propane_indoors",
        "fire",
        "elevated",
        r"(?:propane|butane|camping|gas) (?:\w+ )?(?:burner|stove|tank|grill|heater)s?[^.!?]{0,30}"
        r"\b(?:inside|indoors|in (?:his|her|their|my|the|a) (?:room|apartment|apt|bedroom|hallway)|"
        r"adentro|en (?:el|su|mi) (?:cuarto|apartamento))\b",
    ),
    rule(
        # "shes been leaving the gas burners on, super had to shut them off twice"
        "fire.burners_left_on",
        "fire",
        "elevated",
        r"(?:leaving|leaves|keeps leaving|dejando|deja) (?:the |her |his |la |las |el )?(?:gas )?"
        r"(?:burners|hornillas|hornillas de gas) (?:on|prendidas|encendidas|abiertas)",
    ),
    rule(
        # cooking left alone: "she just put a pan of oil on for chicken and went in the shower"
        "fire.cooking_unattended",
        "fire",
        "elevated",
        r"(?:pan|pot|olla|sarten|caldero|grease|oil|aceite|fryer|freidora|comida|food)[^.!?]{0,40}"
        r"\b(?:and|y) (?:then |luego )?(?:went (?:in|into|to)|left (?:for|to)|se fue|se metio|se "
        r"acosto|fell asleep|se durmio|se quedo dormid[oa]|pass(?:es|ed)? out|se desmaya)\b",
        requires=r"(?:on|puso|pone|put|puts|prendid[oa]|encendid[oa]|on the stove|en la estufa|"
        r"al fuego|en el fuego|frying|friendo)",
    ),
    rule(
        "fire.arson",
        "fire",
        "elevated",
        r"(?:lighting|lit|setting|set) (?:the |our |a |some )?(?:trash ?cans?|garbage(?: cans?)?|"
        r"dumpsters?|mattress(?:es)?|recycling|bins?|mailboxes)(?: on fire| ablaze)?|"
        # "last week he was setting stuff on fire in his kitchen for views"
        r"(?:lighting|setting) (?:\w+ )?(?:stuff|things|papers?|clothes) (?:on fire|ablaze)",
        upgradable=True,
    ),
    rule(
        "fire.burning",
        "fire",
        "imminent",
        r"(?:is|are|'s|'re|caught|catching|set|went up|going up) (?:on )?fire|in flames|flames|"
        r"(?:is|are|'s|'re|its) (?:literally|actually|really|now|all|completely|totally) on fire|"
        r"(?:basement|kitchen|apartment|building|house|car|roof|hallway|stairwell|store|bodega|"
        r"garage|laundry room|trash room|boiler room|attic) on fire|"
        r"(?:building|apartment|house|kitchen|car|room|stove|roof|floor|trash|dumpster|basement|"
        r"hallway|"
        r"bedroom|oven|couch|mattress|store)[^.!?]{0,15} (?:is )?burning|burning (?:down|up)|"
        r"there's (?:a )?(?:(?!no |not |never )\w+ )?fire|(?:a|the) (?:small |little |big |huge |"
        r"kitchen |grease |"
        r"electrical |"
        r"house |apartment )?fire (?:in|on|at|next door)|fire (?:on|in) the \d|fire[^.!?]{0,30}"
        r"(?:trapped|spreading)|set [^.!?]{1,25} on fire|explosion|exploded|"
        # what caught, told without the word fire ("the curtains caught, it's spreading")
        # what is burning, said plainly: "landed on a roof on Bergen St and its burning!!"
        r"(?:roof|house|building|car|tree|garage|shed|porch|awning|dumpster|trash|apartment|"
        r"store|truck|bus|van)[^.!?]{0,40}(?:and )?(?:it'?s|its|it is|is) (?:burning|on fire|in "
        r"flames)(?! (?:hot|up|me))|"
        r"(?:curtains?|couch|sofa|bed|mattress|blankets?|pan|pot|grease|oil|tree|rug|carpet|"
        r"clothes|wires?|outlet|heater) (?:just )?caught(?= ?[,.!]| and| its| it's|$)",
    ),
    rule(
        "fire.cry",
        "fire",
        "imminent",
        r"(?:^|(?<=[.!?] ))fire ?!+|fire,? help|help,? (?:there's a )?fire|"
        # "FIRE trash room 9th fl": the word first, then where
        r"^fire (?:in |on |at |en (?:el |la )?)?(?:the )?(?:\w+ ){0,3}(?:room|fl|floor|apt|"
        r"apartment|building|basement|hallway|hall|stairs|stairwell|kitchen|lobby|roof|piso|"
        r"cuarto|sotano|edificio|pasillo|escaleras?|cocina|apartamento|apto|techo|azotea)\b",
    ),
    rule(
        "fire.smoke",
        "fire",
        "imminent",
        r"(?:haze|smoke) (?:is )?(?:coming|pouring|seeping|leaking) (?:out )?(?:from|of|under|"
        r"through)|smoke (?:is |was )?(?:coming|pouring|billowing|seeping) out|"
        r"smoke (?:is|'s) (?:all )?(?:black|thick|everywhere)|"
        r"smells? like (?:burning|something burning|burnt|burned) (?:plastic|rubber|"
        r"wires?|wiring)|"
        r"smoke (?:coming|pouring|billowing|is filling|filling|everywhere|in the (?:hall|hallway|"
        r"stairwell|"
        r"building|apartment))|(?:black|thick|heavy) smoke|(?:full of smoke|filling|filled|full|"
        r"fills) (?:up )?with smoke|"
        r"can't see (?:through|for) (?:the )?smoke|"
        # smoke seen or alerted from afar: "me llego alerta del detector de humo ... en la camara
        # la cocina se ve toda gris"
        r"(?:kitchen|room|apartment|hallway|cocina|cuarto|sala|apartamento|pasillo) (?:se ve|looks|"
        r"is|esta) (?:toda |todo |all |really |muy )?(?:gris|gray|grey|smoky|llen[oa] de humo)|"
        r"(?:alerta|alert|notification|notificacion) (?:del|de la|from the|from (?:her|his|my|the) "
        r")?(?:detector de humo|smoke (?:detector|alarm))|"
        # smoke told by what it does: "the hallway is hazy and my eyes are burning"
        r"(?:hazy|haze|smoky)[^.!?]{0,40}(?:eyes (?:are )?(?:burning|stinging|watering)|"
        r"can't breathe|coughing)|(?:co|carbon monoxide) (?:alarm|"
        r"detector) (?:is )?"
        r"(?:going off|beeping|sounding)|(?:screen|display|it) (?:says|reads|shows) ['\"]?co['\"]?"
        r"(?: and a number| \d+|$|[.!,])|"
        r"(?:says|reads|showing|labeled|marked) ['\"]?co['\"]?"
        r"[^.!?]{0,30}(?:keeps |is |started |won't stop )?(?:beeping|going off|sounding|"
        r"flashing)|"
        # a talking detector: "a voice keeps saying carbon monoxide"
        r"(?:voice|alarm|detector|it)[^.!?]{0,20}(?:says|saying|yelling|announcing) ['\"]?"
        r"(?:warning,? )?carbon monoxide|"
        r"(?:co|carbon monoxide) (?:alarm|detector|monitor)[^.!?]{0,50}(?:going off|beep\w*|"
        r"sounding|(?:4|four) beeps|screaming|screeching|blaring|wailing|shrieking|sonando|"
        r"pitando|non-?stop)|"
        r"(?:smell|smells|smelling|odor of|stench of) "
        r"(?:of )?(?:gas|smoke|burning)|(?:smell|smells|smelling) like gas|gas leak|leaking gas|"
        r"gas (?:smell|odor)[^.!?]{0,50}(?:strong|stronger|worse|really bad|so bad|everywhere)|"
        r"(?:strong|heavy|really bad) gas (?:smell|odor)|"
        r"(?:smells?|smelling|smell) (?:\w+ ){0,3}(?:like|of) rotten eggs?|rotten eggs? (?:smell|"
        r"odor)|"
        # a gas line struck: "the contractor hit a gas line con el taladro, it's hissing"
        r"(?:hit|cut|broke|punctured|nicked|ruptured|struck|busted|snapped|drilled into|cut into) "
        r"(?:a |the |our |my |into (?:a |the ))?gas (?:line|pipe|main)|gas (?:line|pipe|main|valve)"
        r"[^.!?]{0,30}(?:hissing|whistling)",
    ),
    rule(
        "fire.heat_signs",
        "fire",
        "imminent",
        # what a fire behind a wall feels like: "the door handle is hot and there's a haze"
        r"(?:walls?|doors?|door ?knobs?|door handles?|floor|ceiling|paredes?|puerta|piso|techo) "
        r"(?:is |are |feels? |'s |esta |estan )?(?:really |very |so |super |muy )?"
        r"(?:hot|warm to the touch|caliente|calientes|hirviendo)",
        requires=r"(?:smoke|smoky|haze|hazy|burning|fire|crackling|bubbling|hum(?:o|ito)|quemado|"
        r"fuego)",
    ),
    rule(
        "fire.co_symptoms",
        "fire",
        "imminent",
        # a CO detector sounding and people sick: "It started beeping like crazy ... the kids
        # have headaches and my son just threw up"
        r"(?:headaches?|threw up|throwing up|vomit\w*|dizzy|nause\w*|passed out|dolor(?:es)? de "
        r"cabeza|mareados?|mareadas?|vomit\w*|desmay\w*)",
        requires=r"(?:\bco\b|carbon monoxide|monoxido)[^\n]{0,200}?(?:beep\w*|going off|alarm\w* "
        r"(?:is|went)|sonando|pitando|suena|chilla)",
    ),
    rule(
        # a CO detector that chirps or beeps on its own, waved off: "the CO detector down there
        # chirps constantly, super says its nothing". Sounding with people sick is co_symptoms.
        "fire.co_detector_chirps",
        "fire",
        "elevated",
        r"(?:\bco\b|carbon monoxide|monoxido(?: de carbono)?) (?:detector|alarm|monitor|alarma)"
        r"[^.!?]{0,40}(?:chirp\w*|beep\w*|pita\w*|suena\w*|sonando)"
        # (a low battery, the usual chirp: "it was just the battery, replaced it")
        r"(?![^\n]{0,160}\b(?:battery|batteries|bateria|baterias|pilas?)\b)",
    ),
    rule(
        # smoking or a flame beside home oxygen: "my tio is on oxygen y mi pai sigue fumando al
        # lado de el"
        "fire.oxygen_and_flame",
        "fire",
        "elevated",
        r"oxygen|oxigeno|o2 (?:tank|tanque|machine|concentrator)",
        requires=r"(?:smok\w*|fum\w*|cigarr?\w*|cigs?|vap\w*|candles?|velas?|lighters?|"
        r"encendedor\w*|matches|fosforos|stove|estufa|flame|llama|hookah)",
    ),
    rule(
        # the warning before a seizure told of again: "she feels weird like the same aura thing as
        # before" (the seizure itself is read in the conversation)
        "medical.aura_again",
        "medical",
        "elevated",
        r"auras?\b",
        requires=r"(?:seizures?|epilep\w*|convuls\w*|ataques?|convulsion\w*|fits?)",
    ),
    rule(
        "fire.unsafe_heat",
        "fire",
        "elevated",
        # heating with the gas oven, or a grill or generator indoors: carbon monoxide
        r"(?:oven|stove|burners?)(?: \w+){0,2} (?:for heat|to heat (?:up )?(?:the |our |their |his "
        r"|"
        r"her |my )?(?:apartment|apt|place|room|house|home|unit|kids|us|them)|to keep (?:\w+ "
        r")?warm|"
        r"to stay warm|for warmth|(?:on|open) all (?:night|day))|"
        r"(?:heat|heats|heating|heated|warm|warms|warming) (?:up )?(?:the |their |his |her |our |"
        r"my |"
        r"that )?(?:apartment|apt|place|room|house|unit|home|kids)? ?with (?:the |an? |their |his |"
        r"her |our |my )?(?:gas )?(?:oven|stove|burners)|"
        r"(?:charcoal|hibachi|grill|bbq|barbecue|generator|kerosene)[^.!?]{0,30}(?:inside|indoors|"
        r"in "
        r"the (?:apartment|apt|kitchen|bedroom|living room|house|basement|garage|hallway|lobby))|"
        # "my dad set up the turkey fryer on the wooden deck right up against the house"
        r"(?:turkey )?fryer[^.!?]{0,40}(?:wooden deck|wood deck|deck|porch|garage|against the "
        r"house|under the (?:awning|tree|canopy))",
    ),
    rule(
        "fire.hazard",
        "fire",
        "elevated",
        # fireworks stored inside or lit in dry grass (the match must reach past the word
        # "fireworks", which alone is an idiom)
        r"(?:extension cords?|cords?|cables?|extensiones|enchufes?|outlets?|plugs?|power strips?)"
        r"[^.!?]{0,45}(?:derretid\w+|melted|melting|burnt|burned|scorched|quemad\w+)|"
        r"(?:fireworks?|cohetes|fuegos artificiales)[^.!?]{0,40}(?:dry grass|the grass|brush|"
        r"dry leaves|pasto seco|hallway|pasillo|boiler|basement|sotano|stairwell|closet|"
        r"apartment|apartamento)|"
        r"smoke (?:detectors?|alarms?)[^.!?]{0,30}(?:removed|taken|missing|disabled|don't work|"
        r"doesn't work|"
        r"not working|broken)|(?:took|taken|take|ripped) (?:down|"
        r"out) (?:all )?(?:the )?smoke (?:detectors?|alarms?)|"
        # a dead detector nobody replaces: "my dog chewed up the smoke detector and the landlord
        # wont replace it"
        r"(?:chewed|broke|smashed|destroyed)(?: up)? (?:the|my|our) smoke (?:detector|alarm)|"
        # the hazard is the missing detector: "hasnt had working smoke detectors since september"
        r"(?:hasn'?t|haven'?t|hadn'?t|don'?t|doesn'?t|didn'?t|never) (?:had |have |has )?"
        r"(?:a |any )?(?:working |functioning )?smoke (?:detectors?|alarms?)|"
        r"smoke (?:detector|alarm)[^.!?]{0,60}(?:won'?t|wont|refuses? to|never) (?:replace|fix|"
        r"install)|"
        r"no smoke (?:detectors?|alarms?)|(?:heater|outlet|wiring|wires|stove|oven|extension cord|"
        r"electrical|socket|fuse box|panel)[^.!?]{0,30}(?:sparks?|sparking|smok(?:es|ing)|melting|"
        r"burning smell)|heat lamps?[^.!?]{0,60}(?:sparks?|sparking|smok(?:es|ing)|melting)|"
        r"wires? (?:are |is )?(?:all )?(?:held|taped|patched) (?:together )?with "
        r"(?:duct |electrical )?tape|"
        r"exposed wir\w+|(?:fire escape|fire exit|exit|stairwell)s?(?: [^.!?]{0,30})? (?:is |are )?"
        r"blocked|"
        # a propane or gas line patched up: "an old cracked hose held together with tape"
        r"(?:propane|gas) (?:tanks?|hoses?|lines?|cylinders?|tubes?)[^.!?]{0,50}(?:cracked|leak\w*|"
        r"tape|taped|rusted|rusty|broken|damaged|rotten)|(?:propane|gas)[^.!?]{0,15} (?:\w+ )?with "
        r"(?:an? )?(?:old |cracked |leaky |broken )+(?:hose|line|tube)|"
        r"block(?:s|ed|ing) (?:the )?(?:fire escape|fire exit|exit)|"
        r"(?:setting|set|sets|started|starting|lighting|lit) (?:small |little )?fires|"
        r"(?:light|lights|lighting|lit|make|makes|making|build|builds|building) (?:\w+ )?(?:fires|"
        r"bonfires?|campfires?|a fire) (?:inside|indoors|in the (?:hallway|building|basement|"
        r"apartment|house|stairwell|room))|smok(?:es|"
        r"ing) in bed|"
        r"leaks? gas|gas (?:smell|odor)|hoard(?:s|er|ing)|carbon monoxide|"
        # a gas appliance put in by someone unlicensed: "he hooked up the new gas stove himself"
        r"(?:install\w*|hook\w* up|put in|connect\w*) (?:\w+ ){0,4}?(?:gas )?(?:stove|range|oven|"
        r"dryer|water heater|boiler|gas line)\b[^.!?]{0,40}(?:(?:without|with no|no) (?:a )?"
        r"(?:plumber|license|permit|inspection|inspector)|(?:him|her|them)sel(?:f|ves))|"
        r"(?:said|says|called it|is|it's|its|that's|thats) (?:a |an )?(?:real |big |huge |serious "
        r"|total |major )?(?:fire hazard|fire trap|death trap)|"
        r"(?:packed|stacked|piled|filled|stuffed|crammed)(?: up)? (?:to the ceiling|"
        r"floor to ceiling|"
        r"up to the ceiling)|if (?:that|the|this|his|her) (?:apartment|place|unit|building) "
        r"(?:goes up|catches fire|catches on fire)|"
        r"(?:locked|padlocked|chained|bolted|blocked|nailed|locking|padlocking|chaining|bolting|"
        # a habit of the owner's: "they chain the back exits shut so nobody steals"
        r"blocking|nailing|lock|locks|padlock|padlocks|chain|chains|bolt|bolts) (?:shut )?"
        r"(?:the |all the )?(?:\w+ )?"
        r"(?:exits?|fire doors?|emergency doors?)|"
        r"(?:exits?|fire doors?|emergency doors?|fire escape(?: doors?| windows?)?|"
        r"(?:puerta|salida) de emergencia)[^.!?]{0,25}? "
        r"(?:is |are |esta |estan )?(?:locked|padlocked|chained|bolted|cerrad[ao] con (?:cadena|"
        r"candado)|encadenad[ao])",
        upgradable=True,
    ),
    # --- lexical floor ----------------------------------------------------------
    # Words that are about danger in nearly every use. Where no specific rule
    # fires, they still earn the safety question (elevated, never imminent);
    # negation, idioms, the past and humour apply as everywhere.
    rule(
        "violence.word",
        "violence",
        "elevated",
        r"(?:punch(?:ed|ing)|assault(?:ed|ing)?|attack(?:ed|ing)|beaten|beat up|stomp(?:ed|ing)|"
        r"strangl(?:ed|ing)|mugg(?:ed|ing)|jumped (?:by|me|him|her|them)|violent|violence|"
        r"rap(?:e|ed|ing)|sexual(?:ly)? assault\w*|molest(?:ed|ing|er|ers|s|ation)?)",
        upgradable=True,
    ),
    rule(
        "medical.oxygen_cut",
        "medical",
        "elevated",
        # oxygen without power: "on oxygen y el landlord cortó la luz ... backup tank only
        # lasts till tonight"
        r"(?:on oxygen|oxygen (?:tank|machine|concentrator)|(?:con|usa|necesita) oxigeno|"
        r"(?:tanque|maquina|concentrador) de oxigeno|ventilator|respirador)",
        requires=r"(?:cut (?:off )?(?:the )?(?:power|electricity)|power (?:is )?(?:out|off|cut)|"
        r"no power|no electricity|corto la luz|cortaron la luz|sin luz|se fue la luz|apagon|"
        r"blackout|outage|backup (?:tank|battery))",
    ),
    rule(
        "overdose.active_use",
        "overdose",
        "elevated",
        # "roommate is using every night again and we don't have narcan"
        r"(?:is|'s|are|'re|been|keeps?|started|back to) using (?:again|every (?:day|night)|daily|"
        r"nonstop)|(?:don'?t|do not|doesn'?t|no) (?:have|tenemos|tengo|tiene) (?:any )?(?:narcan|"
        r"naloxone|naloxona)",
        requires=r"(?:using|relaps\w*|high|drugs?|pills|fent\w*|heroin|dope|overdos\w*|"
        r"recaid\w*|droga\w*|consum\w*)",
    ),
    rule(
        "fire.exposed_wires",
        "fire",
        "elevated",
        # "the wires are exposed and they buzz and get hot to the touch"
        r"(?:wires?|wiring|outlets?|switch(?:es)?|cables?|enchufes?)[^.!?]{0,40}"
        r"(?:hot to the touch|buzz\w*|zumban|se calientan|calientes?)|exposed wir\w+|"
        r"wires? (?:are |is )?exposed|"
        r"cables? (?:pelados|expuestos|sueltos)|"
        # water reaching the electrics: "el agua ya llego a los enchufes", "water is up to the
        # outlets"
        r"(?:agua|water|flood\w*|inundacion)[^.!?]{0,30}(?:llego|llegando|reached|reaching|up to|"
        r"touching|tocando|hasta|into|en) (?:a )?(?:los |las |the |la |el )?(?:enchufes?|"
        r"tomacorrientes?|regletas?|outlets?|power strips?|breakers?|breaker box|"
        r"(?:electric(?:al)? )?panel|panel electrico|caja de (?:luz|breakers))",
    ),
    rule(
        "fire.caught_now",
        "fire",
        "imminent",
        # "now it actually caught the curtain on fire"
        r"(?:caught|set|lit|sets|catches) (?:the |my |our |his |her |a )?(?:\w+ ){0,2}on fire",
    ),
    rule(
        "threat.reckoning",
        "threat",
        "elevated",
        # "banging my door now saying he will deal with me and make me regret"
        r"(?:says|saying|said|yelling|screaming|shouting|texted|told me)[^.!?;]{0,30}?(?:will|"
        r"gonna|going to|'ll|to) (?:deal with (?:me|us)|make (?:me|us) (?:regret|pay|sorry))|"
        r"(?:coming|on (?:his|her|their) way|headed|heading)[^.!?]{0,40}? to ['\"‘“](?:take care "
        r"of|deal with|handle|talk to|visit) (?:me|us)",
        upgradable=True,
    ),
    rule(
        "weapon.shown_off",
        "weapon",
        "elevated",
        # a weapon shown around: "my neighbor just got a new one and shows it off to everybody"
        r"(?:shows?|showing|showed|flash(?:es|ing|ed)?) (?:it|them|the \w+) off|"
        r"(?:lo|la|las|los) (?:anda )?(?:ensena|ensenando|presume|presumiendo)",
        requires=r"(?:gun|pistol|piece|strap|knife|machete|pistola|cuchillo|arma|navaja|fierro)",
    ),
    rule(
        "weapon.shots_heard",
        "weapon",
        "elevated",
        # shots at another time: "there were shots last night on Tremont"
        r"(?:there (?:were|was)|heard|hubo|se oyeron|escuche|oimos) (?:like |como |about |around "
        r")?(?:\w+ )?(?:gun ?)?(?:shots|disparos|"
        r"balazos|tiros)(?: \w+){0,3}? (?:last night|yesterday|earlier|this morning|anoche|ayer|"
        r"esta manana)",
    ),
    rule(
        "violence.run_over",
        "violence",
        "imminent",
        # a car used as a weapon: "trató de atropellarme, está dando la vuelta otra vez"
        r"(?:tried|trying|tries|wanted) to (?:run (?:me|us|her|him|them) over|hit (?:me|us|her|"
        r"him) with (?:his|her|the|their|a) (?:car|truck|van))|(?:trato|intento|quiso|trataron|"
        r"intentaron|esta tratando|quiere) de atropellar(?:me|nos|la|lo|los)|"
        r"(?:trato|intento|quiso|quiere) atropellar(?:me|nos|la|lo|los)",
    ),
    rule(
        "fire.hazard",
        "fire",
        "elevated",
        # an open flame beside fuel: "hacen fogatas con basura al lado de unos tanques de
        # propano", "welding right next to piles of scrap wood" with no extinguisher
        r"(?:fogatas?|hogueras?|fires?|bonfires?|welding|soldando|grills?|parrillas?)[^.!?]{0,50}"
        r"(?:propane|propano|gas tanks?|tanques de gas|gasoline|gasolina|scrap wood|piles of wood|"
        r"madera)|"
        # ... or beside tents and shacks: "they burn stuff in a barrel every night, right next
        # to the tents", "prenden fogatas al lado de las casitas de campaña"
        r"(?:fogatas?|hogueras?|fires?|bonfires?|burn(?:s|ing)? (?:stuff|trash|garbage|wood|things|"
        r"pallets)|burn barrels?|barril(?:es)? (?:con fuego|prendidos?)|queman (?:basura|cosas|"
        r"madera))[^.!?]{0,60}(?:(?:next to|near|by|beside|close to|al lado de|cerca de|junto a) "
        r"(?:the |a |their |las |los |unas |unos )?(?:tents?|tarps?|shacks?|encampment|"
        r"carpas?|casitas de campana|casas de campana))|"
        r"(?:no|zero|without|sin|ningun) (?:fire )?(?:extinguishers?|extintor(?:es)?)",
    ),
    rule(
        "weapon.word",
        "weapon",
        "elevated",
        r"(?:bullets?|bullet (?:holes?|casings?)|shell casings?|casings|ammo|ammunition|gunshots?|"
        r"shots? fired|shooting|stabbing|stabbed)",
        upgradable=True,
    ),
    rule(
        "medical.word",
        "medical",
        "elevated",
        r"(?:ambulance|injur(?:ed|y|ies)|wounded|bleeding|unconscious|seizures?|can't breathe|"
        r"vomiting (?:blood|for)|confused and|disoriented)",
        upgradable=True,
    ),
    rule(
        "overdose.word",
        "overdose",
        "elevated",
        r"(?:fentanyl|heroin|needles|syringes|nodding out|overdos\w+|narcan)",
        upgradable=True,
    ),
    rule(
        "child_safety.word",
        "child_safety",
        "elevated",
        r"(?:neglect(?:ed|ing)?|child abuse|abus(?:ed|ing) (?:the |his |her |their )?(?:kids?|"
        r"child(?:ren)?))",
        # "neglect" is also a landlord's; here it must be about children
        requires=rf"(?:{_CHILD}|daughter|son|niece|nephew|students?|grader|school|child abuse)",
    ),
    rule(
        "threat.word",
        "threat",
        "elevated",
        r"(?:you're dead|you are dead|you(?:'re| are) going to die|watch your back|you'll regret|"
        r"(?:i|we)(?:'ll| will) (?:get|find|hurt|kill) you|your days are numbered|death threats?|"
        r"(?:find|get|hurt) me and (?:hurt|kill)|threaten(?:ed|ing|s)? me)",
        upgradable=True,
    ),
)
