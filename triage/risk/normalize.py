"""Normalise a resident's message before the patterns read it.

Residents type fast, on small keyboards, sometimes to get past filters: the
screen must read "HЕ HАS А G*N" (with Cyrillic letters), "k1ll mys3lf", "kms"
and "unalive" the same as the plain words. Steps, in order:

1. Unicode NFKC (full-width and "fancy" letters become plain ones), zero-width
   characters dropped, curly quotes straightened.
2. Homoglyphs: Cyrillic and Greek letters that look Latin become Latin.
3. Casefold, then accents stripped (patterns are written without accents, as
   many Spanish speakers text without them).
4. A few emoji that carry meaning become words (a gun emoji is a gun).
5. Long runs of letters typed without spaces are split into words
   ("someoneodinthestairwell" becomes "someone od in the stairwell"; segment.py).
6. Word by word: texting forms and common misspellings are expanded, and
   leetspeak or masked words ("k1ll", "g*n") are decoded, but only into a small
   list of risk words, so that "4am" or "145th" stay as they are.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final

from triage.risk import segment

_ZERO_WIDTH: Final = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)

_QUOTES: Final = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u0060": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
    }
)

# Letters from other scripts that render like Latin ones. Lower and upper case,
# since folding happens before casefold (some upper-case forms fold oddly).
_HOMOGLYPHS: Final = str.maketrans(
    {
        # Cyrillic
        "а": "a", "А": "A", "в": "b", "В": "B", "е": "e", "Е": "E", "ё": "e", "Ё": "E",
        "к": "k", "К": "K", "м": "m", "М": "M", "н": "h", "Н": "H", "о": "o", "О": "O",
        "р": "p", "Р": "P", "с": "c", "С": "C", "т": "t", "Т": "T", "у": "y", "У": "Y",
        "х": "x", "Х": "X", "і": "i", "І": "I", "ї": "i", "Ї": "I", "ј": "j", "Ј": "J",
        "ѕ": "s", "Ѕ": "S", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ɡ": "g", "ӏ": "l", "Ӏ": "I",
        "п": "n", "г": "r", "ь": "b", "Ь": "b",
        # Greek
        "α": "a", "Α": "A", "β": "b", "Β": "B", "ε": "e", "Ε": "E", "ζ": "z", "Ζ": "Z",
        "η": "n", "Η": "H", "ι": "i", "Ι": "I", "κ": "k", "Κ": "K", "μ": "u", "Μ": "M",
        "ν": "v", "Ν": "N", "ο": "o", "Ο": "O", "ρ": "p", "Ρ": "P", "τ": "t", "Τ": "T",
        "υ": "u", "Υ": "Y", "χ": "x", "Χ": "X", "ω": "w",
        # Latin look-alikes outside ASCII
        "ı": "i", "ł": "l", "ø": "o", "Ø": "O", "đ": "d", "ß": "ss",
    }
)  # fmt: skip

# Emoji that say something a pattern should read. Laughing faces become "lol"
# so that one humour marker covers them all; fire and skull emoji are left out
# on purpose: "this song is 🔥" and "💀" are praise and laughter far more often.
_EMOJI_WORDS: Final = {
    "\U0001f52b": " gun ",  # pistol
    "\U0001f52a": " knife ",  # kitchen knife
    "\U0001f5e1": " knife ",  # dagger
    "\U0001f48a": " pills ",  # pill
    "\U0001fa78": " blood ",  # drop of blood
    "\U0001f489": " needle ",  # syringe
    "\U0001f602": " lol ",  # face with tears of joy
    "\U0001f923": " lol ",  # rolling on the floor laughing
    "\U0001f606": " lol ",
    "\U0001f480": " lol ",  # skull: "I'm dead 💀" is laughter
    "\u2620": " lol ",
}

# Texting forms, contractions typed without apostrophes, and misspellings seen
# in crisis-line transcripts. Keys are whole lower-case tokens.
_WORD_FORMS: Final[dict[str, str]] = {
    # self-harm and violence slang
    "kms": "kill myself",
    "kmss": "kill myself",
    "kys": "kill yourself",
    "unalive": "kill",
    "unalives": "kills",
    "unalived": "killed",
    "unaliving": "killing",
    "sewerslide": "suicide",
    "suicde": "suicide",
    "sucide": "suicide",
    "suiside": "suicide",
    "suicied": "suicide",
    "sucidal": "suicidal",
    "suicdal": "suicidal",
    "od": "overdose",
    "ods": "overdoses",
    "od'd": "overdosed",
    "od'ed": "overdosed",
    "oded": "overdosed",
    "odd'd": "overdosed",
    "odin": "overdosing",
    "od'ing": "overdosing",
    "oding": "overdosing",
    "overdosin": "overdosing",
    "overdoseing": "overdosing",
    "overdossing": "overdosing",
    "narcon": "narcan",
    # texting
    "rn": "right now",
    "2morrow": "tomorrow",
    "2moro": "tomorrow",
    "2morow": "tomorrow",
    "tmrw": "tomorrow",
    "rite": "right",
    "ppl": "people",
    "u": "you",
    "ur": "your",
    "r": "are",
    "w": "with",
    "w/": "with",
    "bc": "because",
    "cuz": "because",
    "pls": "please",
    "plz": "please",
    "plss": "please",
    "gonna": "going to",
    "gunna": "going to",
    "finna": "going to",
    "tryna": "trying to",
    "wanna": "want to",
    "gotta": "got to",
    "idk": "i don't know",
    "tho": "though",
    "thru": "through",
    "bf": "boyfriend",
    "gf": "girlfriend",
    "hubby": "husband",
    "bby": "baby",
    # apostrophes left out
    "im": "i'm",
    "ive": "i've",
    "hes": "he's",
    "shes": "she's",
    "theyre": "they're",
    "theres": "there's",
    "whats": "what's",
    "dont": "don't",
    "doesnt": "doesn't",
    "didnt": "didn't",
    "cant": "can't",
    "couldnt": "couldn't",
    "wont": "won't",
    "isnt": "isn't",
    "wasnt": "wasn't",
    "arent": "aren't",
    "aint": "ain't",
    "hasnt": "hasn't",
    "havent": "haven't",
    # misspellings
    "nife": "knife",
    "knif": "knife",
    "kinfe": "knife",
    "gunn": "gun",
    "pistal": "pistol",
    "shoting": "shooting",
    "stabed": "stabbed",
    "stabing": "stabbing",
    "bleading": "bleeding",
    "bleding": "bleeding",
    "breething": "breathing",
    "breath": "breathe",
    "breating": "breathing",
    "unconsious": "unconscious",
    "unconcious": "unconscious",
    "unconscous": "unconscious",
    "siezure": "seizure",
    "seizer": "seizure",
    "seazure": "seizure",
    "threatning": "threatening",
    "threating": "threatening",
    "thretening": "threatening",
    "choaking": "choking",
    "chokeing": "choking",
    "hiting": "hitting",
    "beatting": "beating",
    "abuseing": "abusing",
    "neighbour": "neighbor",
    "neighbours": "neighbors",
    "nieghbor": "neighbor",
    "neigbor": "neighbor",
    "naybor": "neighbor",
    "smoak": "smoke",
    "fyre": "fire",
    "sumthing": "something",
    "somone": "someone",
    "some1": "someone",
    "any1": "anyone",
    "no1": "no one",
    "every1": "everyone",
    "b4": "before",
    "2nite": "tonight",
    "tonite": "tonight",
    "nite": "night",
    "2night": "tonight",
    "2day": "today",
    "tn": "tonight",
    "2mrw": "tomorrow",
    # Spanish texting
    "q": "que",
    "xq": "porque",
    "pq": "porque",
    "porq": "porque",
    "tmb": "tambien",
    # Spanish spelt as it sounds, by voice-to-text or little schooling ("ya no kiero bivir",
    # "esta saliendo umo negro"); only tokens that are no English word
    "ke": "que",
    "kiero": "quiero",
    "kiere": "quiere",
    "kieres": "quieres",
    "keria": "queria",
    "bivir": "vivir",
    "umo": "humo",
    "kemado": "quemado",
    "kemando": "quemando",
    "lus": "luz",
    "ase": "hace",
    "aser": "hacer",
    "oy": "hoy",
    "aki": "aqui",
    "besino": "vecino",
    "besinos": "vecinos",
    "vesino": "vecino",
    "vesinos": "vecinos",
    "beses": "veces",
    "ijo": "hijo",
    "ija": "hija",
    "ijos": "hijos",
    "nesesito": "necesito",
    "nesecito": "necesito",
    "suisidarme": "suicidarme",
    "cuchiyo": "cuchillo",
    "yorando": "llorando",
    "asiendo": "haciendo",
    "abla": "habla",
}

# Words a decoded token may become. Decoding is limited to these so that
# ordinary tokens with digits ("4am", "3rd", "145th") are never rewritten.
_RISK_VOCAB: Final[frozenset[str]] = frozenset(
    [
        "kill",
        "killing",
        "killed",
        "kills",
        "myself",
        "yourself",
        "himself",
        "herself",
        "suicide",
        "suicidal",
        "die",
        "dying",
        "dead",
        "death",
        "gun",
        "guns",
        "pistol",
        "rifle",
        "knife",
        "knives",
        "shoot",
        "shooting",
        "shot",
        "stab",
        "stabbed",
        "stabbing",
        "murder",
        "hurt",
        "hang",
        "hanging",
        "rope",
        "pills",
        "overdose",
        "overdosing",
        "cut",
        "cutting",
        "bleed",
        "bleeding",
        "blood",
        "fire",
        "burn",
        "burning",
        "bomb",
        "weapon",
        "weapons",
        "rape",
        "raped",
        "abuse",
        "abused",
        "beat",
        "beating",
        "hit",
        "hitting",
        "choke",
        "choking",
        "strangle",
        "drugs",
        "fentanyl",
        "heroin",
        "narcan",
        "matar",
        "matarme",
        "suicidarme",
        "morir",
        "morirme",
        "muerto",
        "pistola",
        "arma",
        "cuchillo",
        "fuego",
        "sangre",
        "pastillas",
        # goodbyes written in leetspeak ("g00dbye", "h3re")
        "goodbye",
        "here",
        "tomorrow",
    ]
)

# Verbs whose texting form drops the final g ("jumpin", "beatin"): restored
# only for these, so that "cabin" or "Austin" stay as they are.
_DROPPED_G: Final[frozenset[str]] = frozenset(
    f"{stem}in"
    for stem in (
        "beat", "jump", "shoot", "stabb", "fight", "hitt", "chok", "bleed", "dy", "kill",
        "overdos", "breath", "burn", "smok", "threaten", "punch", "kick", "robb", "attack",
        "try", "com", "say", "yell", "scream", "go", "hurt", "cutt", "bang", "follow", "chas",
        "swing", "point", "wav", "stomp", "dragg", "tell",
    )
)  # fmt: skip

_LEET: Final = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}
)
_LEET_ALT: Final = str.maketrans(
    {"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "l"}
)

_TOKEN: Final = re.compile(r"[\w@$!*'/]+")
_HAS_LETTER: Final = re.compile(r"[a-z]")
# Digits only between letters: a word spelled in leet, not "4th", "5b" or "mp3".
_INNER_LEET: Final = re.compile(r"[a-z]+(?:[013457]+[a-z]+)+")
_HAS_MASK: Final = re.compile(r"[0-9@$!*]")
segment.add_words([*_RISK_VOCAB, *_WORD_FORMS, *_WORD_FORMS.values()])

_SPACES: Final = re.compile(r"[ \t\u00a0]+")
# "my self", "him self": separated reflexives are common and change nothing.
_SPLIT_REFLEXIVE: Final = re.compile(r"\b(my|your|him|her|them)\s+(self|selves)\b")
_REPEATS: Final = re.compile(r"([a-z])\1{2,}")


_YES: Final = re.compile(r"(?:^|(?<=[.!?]\s))(s[ií])\b(?!\s*[,.!?;:])", re.IGNORECASE)


def _fold_characters(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _YES.sub(lambda m: m.group(1) + "," if m.group(1)[1] in "íÍ" else m.group(1), text)
    text = text.translate(_ZERO_WIDTH).translate(_QUOTES).translate(_HOMOGLYPHS)
    text = text.casefold()
    for emoji, word in _EMOJI_WORDS.items():
        if emoji in text:
            text = text.replace(emoji, word)
    # Strip accents: decompose, drop combining marks, recompose.
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)


@lru_cache(maxsize=4096)
def _decode_token(token: str) -> str:
    """Expand or decode one lower-case token; return it unchanged if unsure."""
    if token in _WORD_FORMS:
        return _WORD_FORMS[token]
    if token in _DROPPED_G:
        return token + "g"
    if not _HAS_LETTER.search(token):
        return token
    # "hellppp", "gunnnn": three or more repeats shrink to one or two letters.
    if _REPEATS.search(token):
        for candidate in (_REPEATS.sub(r"\1", token), _REPEATS.sub(r"\1\1", token)):
            if candidate in _RISK_VOCAB or candidate in _WORD_FORMS:
                return _WORD_FORMS.get(candidate, candidate)
    if not _HAS_MASK.search(token):
        return token
    core = token.strip("!'")
    if core != token and not _HAS_MASK.search(core):
        return token
    for table in (_LEET, _LEET_ALT):
        candidate = core.translate(table)
        if candidate in _RISK_VOCAB:
            return candidate
        if candidate in _WORD_FORMS:
            return _WORD_FORMS[candidate]
    if _INNER_LEET.fullmatch(core):
        return core.translate(_LEET)
    if "*" in core:
        pattern = re.compile("^" + re.escape(core).replace(r"\*", "[a-z]") + "$")
        matches = sorted(word for word in _RISK_VOCAB if pattern.match(word))
        if len(matches) == 1:
            return matches[0]
    return token


def normalize(text: str) -> str:
    """Return the text as the patterns read it (lower case, plain letters).

    Punctuation is kept because clause boundaries matter for negation.
    """
    folded = _fold_characters(text)
    folded = segment.split_runs(_SPACES.sub(" ", folded))
    out = _TOKEN.sub(lambda m: _decode_token(m.group(0)), folded)
    return _SPLIT_REFLEXIVE.sub(r"\1\2", out).strip()
