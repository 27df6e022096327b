"""The deterministic layer: run the rule tables over normalised text and read
each match in its context.

For every match the level the rule gives is adjusted, in this order:
figurative or topical idiom, story on TV, negation -> none; the distant past ->
none (elevated if it is happening "again"); uncertainty, hypotheticals, worry
about the future, the recent past and habits -> at most elevated (unless the
sentence also says it is happening now); humour -> none for death words
("I'm gonna kill him lol"), at most elevated for self-harm; a marker of the
present lifts an upgradable elevated rule to imminent.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from triage.risk import context
from triage.risk.rules import Rule
from triage.risk.rules_en import RULES as RULES_EN
from triage.risk.rules_es import RULES as RULES_ES

# Both tables always run: residents mix languages within a message.
ALL_RULES: Final[tuple[Rule, ...]] = RULES_EN + RULES_ES

_ORDER: Final = {"none": 0, "elevated": 1, "imminent": 2}


@dataclass(frozen=True)
class PatternHit:
    """One rule match after its context was read."""

    rule_id: str
    kind: str
    level: str  # effective level: "none" when suppressed
    rule_level: str
    match: str
    start: int
    end: int
    context: str | None  # why the level changed, if it did

    def to_signal(self) -> dict[str, object]:
        signal: dict[str, object] = {
            "layer": "pattern",
            "id": self.rule_id,
            "match": self.match,
            "kind": self.kind,
            "level": self.level,
        }
        if self.context:
            signal["context"] = self.context
        return signal


#: How far (characters) around a match's sentence a rule's ``requires`` looks.
REQUIRES_REACH: Final = 160


def _cap(level: str, cap: str) -> str:
    return level if _ORDER[level] <= _ORDER[cap] else cap


def _read(
    rule: Rule, text: str, start: int, end: int, idioms: list[tuple[context.Span, str]]
) -> PatternHit:
    span = context.sentence_span(text, start, end)
    sentence = text[span.start : span.end]
    sentence_before = text[span.start : start]
    match = text[start:end]
    kind = context.relation_kind(rule.kind, sentence, text, sentence_before, text[start:end])
    level = rule.level
    reason: str | None = None

    def hit(new_level: str, why: str | None) -> PatternHit:
        return PatternHit(rule.id, kind, new_level, rule.level, match, start, end, why)

    idiom = context.covered_by(idioms, start, end)
    if idiom and not (kind == "fire" and context.has_fire_evidence(sentence)):
        return hit("none", "figurative" if idiom == "word" else idiom)
    if kind == "overdose" and context.is_cause_of_death(
        match,
        text[max(0, span.start - REQUIRES_REACH) : span.end],
        context.clause_around(text, start, end),
        kind,
    ):
        # "my son died in november. overdose.": the cause of a death told, not one now
        return hit("none", "past")
    if (
        kind != "self_harm"
        and context.is_humorous(sentence)
        and context.is_scare_quoted(text, start, end)
    ):
        # "mi esposo me 'secuestró' para Atlantic City jaja": a word the joke disowns
        return hit("none", "figurative")
    # "my roommate takes pills he buys online, and on the news they say ...": the
    # news is a source in another clause, not where the danger happens
    if (
        context.is_media(context.clause_around(text, start, end))
        or context.is_watching_a_show(sentence, sentence_before)
        or context.continues_a_show(text[: span.start], sentence)
        or context.is_playing_a_game(sentence, kind)
        or context.is_quoted_performance(text, start, end)
    ):
        return hit("none", "media")
    if rule.id == "weapon.present" and context.is_resident_armed(text[span.start : start]):
        # "I sleep with a knife because he threatens me": a resident arming
        # themself is a warning sign, not an armed person at the door.
        level, reason = "elevated", "resident_armed"
    elif (
        rule.id == "weapon.present"
        and context.is_weapon_elsewhere(sentence_before, text[end : span.end])
        # "... Está pasando ahora mismo.": the next sentence may say it is now
        and not context.is_present(text[span.start : span.end + REQUIRES_REACH], kind, strict=True)
    ):
        level, reason = "elevated", "kept"
    elif (
        rule.kind == "threat"
        and rule.id not in _DEVICES
        and (note := context.written_from(sentence_before)) is not None
        # "una nota debajo de la puerta que dice 'te vamos a partir las piernas'": a
        # threat made in writing, unless what follows the note says when ("dies tonight")
        and not context.is_present(sentence_before[note:] + text[start : span.end], kind)
    ):
        level, reason = "elevated", "written"
    if rule.context:
        before = context.clause_before(text, start)
        if context.is_uncertain(before, kind):
            level, reason = _cap(level, "elevated"), "uncertain"
        elif context.is_negated(before, match):
            return hit("none", "negated")
    if kind == "fire" and context.is_cleared(text[span.start :], kind):
        # a leak fixed and declared safe is a repair question, not a hazard
        return hit("none", "cleared")
    if context.is_retracted(text[end:]):
        level, reason = _cap(level, "elevated"), "retracted"
    elif context.is_resolved(text[end:], kind):
        level, reason = _cap(level, "elevated"), "resolved"
    elif context.is_near_miss(sentence_before, match):
        level, reason = _cap(level, "elevated"), "near_miss"
    elif kind == "self_harm" and context.is_caused_feeling(sentence_before):
        level, reason = _cap(level, "elevated"), "caused_feeling"
    # when it happens is read from the last "but" on: the exception to a habit is now
    when = context.after_contrast(sentence_before) + text[start : span.end]
    match_at = len(when) - len(text[start : span.end])
    # ... and the years ago only in its own clause: "he is outside with a gun and he used
    # to beat me", "he used to beat me and he is outside with a gun"
    own_after = match + context.own_clause_after(text[end : span.end])
    own = context.own_clause_before(sentence_before, match) + own_after
    if kind == "self_harm" and context.announces_own_attempt(sentence_before, match):
        # "I tried last night and the belt snapped, I'll try again": an attempt
        # announced now is not dated by the failed one told before it
        when = own = text[start : span.end]
        match_at = 0
    # "the guy who shot my brother years ago is outside my building with a gun": the
    # clause is dated, but what it tells is here now
    if (
        context.is_distant_past(own)
        and not context.is_here_now_after_past(own, kind)
        and not context.is_now_before_its_past(own_after)
    ):
        # ... and back again anywhere in the sentence: "I tried last year and I'm feeling
        # that way again"
        if not (context.is_ongoing(when) or context.never_undone(text[end : span.end])):
            return hit("none", "past")
        level, reason = _cap(level, "elevated"), "past_again"
    present = context.is_present(sentence, kind)
    dated = context.dated_after(text[span.end :])
    if dated and (context.is_recent_past(dated) or context.is_distant_past(dated)):
        when, present = f"{when} {dated}", False
    # "jaja ya me cansé de todo, quiero matarme. en serio esta vez.": earnest after it
    if (
        context.is_humorous(sentence)
        and context.mentions_death(match)
        and not context.said_in_earnest(text[span.start :])
    ):
        if kind != "self_harm":
            return hit("none", "humor")
        level, reason = _cap(level, "elevated"), "humor"
    elif (
        (
            (context.is_hypothetical(sentence_before) and not _asked_about_now(text, span, kind))
            # a long match holds its own condition: "dice que si salgo sin permiso me va a ..."
            or context.is_hypothetical(match, last=None)
            or (not present and context.is_conditional_after(text[end : span.end]))
        )
        and not (kind == "self_harm" and context.is_condition_on_own_life(sentence_before))
    ):
        level, reason = _cap(level, "elevated"), "hypothetical"
    elif context.is_worry_about_future(sentence_before):
        level, reason = _cap(level, "elevated"), "worry"
    elif not present and context.is_recent_past(when):
        level, reason = _cap(level, "elevated"), "recent_past"
    elif not context.is_present(sentence, kind, strict=True) and context.is_habitual(
        context.habit_reading(when, match_at, match_at + len(match)), kind
    ):
        level, reason = _cap(level, "elevated"), "habitual"
    elif rule.upgradable and level == "elevated" and present and reason is None:
        level, reason = "imminent", "present"
    # one's own suicide in the conditional is told even where the rule's own level stands, so
    # the models' reading of the same words is capped with it ("what if i wanted to kill
    # myself, who would i call": the rule is elevated already; MiniLM reads a plan). Not for
    # threats: "if I come down he'll break my legs" with him at the stairs is the emergency
    hypothetical_self_harm = reason == "hypothetical" and kind == "self_harm"
    return hit(level, reason if hypothetical_self_harm or level != rule.level else None)


#: A note left with a device is the bomb's, not a written threat.
_DEVICES: Final = frozenset({"threat.bomb", "threat.device"})


def _asked_about_now(text: str, span: context.Span, kind: str) -> bool:
    """ "What do I do if a guy pulled a gun ... I'm hiding": the question is
    about what is happening, when a marker of now is in or around it."""
    if not context.asks_what_to_do(text[span.start : span.end]):
        return False
    near = text[max(0, span.start - REQUIRES_REACH) : span.end + REQUIRES_REACH]
    return context.is_present(near, kind)


def scan(text: str) -> list[PatternHit]:
    """All rule matches in normalised text, one per rule (its strongest),
    strongest first; suppressed matches are kept with level "none" so that
    the result can say why a frightening word did not count."""
    if not text:
        return []
    idioms = context.idiom_spans(text)
    best: dict[str, PatternHit] = {}
    for rule in ALL_RULES:
        key = rule.id
        for m in rule.pattern.finditer(text):
            if m.end() == m.start():
                continue
            if rule.requires is not None:
                # The word that completes the picture may sit in the next or the
                # previous sentence ("on the roof right now. thinking about stepping off").
                span = context.sentence_span(text, m.start(), m.end())
                lo, hi = max(0, span.start - REQUIRES_REACH), span.end + REQUIRES_REACH
                if not rule.requires.search(text, lo, hi):
                    continue
            hit = _read(rule, text, m.start(), m.end(), idioms)
            current = best.get(key)
            if current is None or _ORDER[hit.level] > _ORDER[current.level]:
                best[key] = hit
    hits = list(best.values())
    # A generic rule inside a specific one of the same kind ("gun" inside
    # "has a gun") adds nothing for staff to read, unless it was capped: "se
    # desmayó el martes" inside a longer heat hazard says when, and the learned
    # layers read that.
    hits = [
        h
        for h in hits
        if (h.context and h.level != "none")
        or not any(
            o is not h
            and o.kind == h.kind
            and _ORDER[o.level] >= _ORDER[h.level]
            and o.start <= h.start
            and h.end <= o.end
            and (o.end - o.start) > (h.end - h.start)
            for o in hits
        )
    ]
    return sorted(hits, key=lambda h: (-_ORDER[h.level], h.start, h.rule_id))
