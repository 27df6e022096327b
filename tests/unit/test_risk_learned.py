"""The learned layers (``triage.risk.learned``): what they catch that the
rules and exemplars missed, what they must still leave alone, and how they
are built (deterministic, cached, exact at inference).

The paraphrases below were written for these tests, after the layers were
trained, and are in none of the training files: the rules and the exemplar
layer alone screened each of them lower than it should be.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from triage.categories import RISK_KINDS
from triage.risk import learned, screen, screen_text
from triage.risk.combine import decide
from triage.risk.normalize import normalize


@pytest.fixture(autouse=True, scope="module")
def _fitted_layers() -> None:
    """The gateway loads the layers at start-up (warm_up); tests do it here."""
    learned.get_models()


def _old_screen_level(text: str) -> str:
    """What the rules and the exemplar layer alone say (the screen before
    the learned layers)."""
    result = screen_text(text)
    return decide([s for s in result.signals if s.get("layer") in ("pattern", "semantic")])[0]


def _learned_signals(text: str) -> list[dict[str, object]]:
    return [s for s in screen_text(text).signals if s["layer"] in learned.LAYERS]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "she sent me a picture of a bottle of pills and wrote 'sorry for everything'",
            "self_harm",
        ),
        ("my girlfriend is on the bridge railing and says she's sorry", "self_harm"),
        ("mi hermano regaló todas sus cosas y nos mandó un mensaje de despedida", "self_harm"),
        ("he told my sister he's gonna bury her tonight and he's driving over", "threat"),
    ],
)
def test_paraphrases_the_rules_missed_are_now_imminent(text: str, kind: str) -> None:
    assert _old_screen_level(text) != "imminent"
    result = screen(text)
    assert result.level == "imminent"
    assert result.kind == kind
    assert any(s["level"] == "imminent" for s in _learned_signals(text))


@pytest.mark.parametrize(
    "text",
    [
        "my son is wheezing and can't finish a sentence",
        "he's gasping and his lips went blue",
    ],
)
def test_concrete_descriptions_are_lifted_to_imminent(text: str) -> None:
    assert _old_screen_level(text) == "elevated"
    assert screen(text).level == "imminent"


@pytest.mark.parametrize(
    "text",
    [
        "esta música me está matando jaja",
        "my phone is dying lol",
        "he shot me a text about the party",
        "nobody has a gun, they're just yelling",
        "I used to want to die years ago but I'm in a good place now",
        "the new burger spot is fire",
        "i'm giving away my old furniture before the move",
        "no hay nadie herido, solo gritan",
        "my neighbor's cooking smells like burnt popcorn again",
        "please help him",
    ],
)
def test_figurative_negated_past_and_ordinary_messages_stay_none(text: str) -> None:
    assert screen(text).level == "none"


def test_a_vetoed_reading_is_kept_as_a_signal_with_its_context() -> None:
    signals = _learned_signals("I used to want to die years ago but I'm in a good place now")
    vetoed = [s for s in signals if s.get("context")]
    assert vetoed, signals
    assert all(s["level"] == "none" and s["label"] in ("elevated", "imminent") for s in vetoed)


def test_learned_signals_name_layer_label_probability_and_kind() -> None:
    signals = _learned_signals(
        "my son's leg is bent the wrong way and the bone is through the skin"
    )
    assert {s["layer"] for s in signals} <= set(learned.LAYERS)
    for s in signals:
        assert s["label"] in ("elevated", "imminent")
        assert 0.0 <= float(s["probability"]) <= 1.0  # type: ignore[arg-type]
        assert s["kind"] in RISK_KINDS
        json.dumps(s)


def test_if_the_learned_layers_fail_the_screen_still_answers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from triage.risk import screening

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("no weights")

    monkeypatch.setattr(learned, "score", broken)
    monkeypatch.setattr(screening, "_learned_down_until", 0.0)
    result = screen_text("he has a gun")
    assert result.level == "imminent"
    result = screen_text("I want to die")
    assert (result.level, result.route) == ("elevated", "988")
    assert {"layer": "learned", "error": "unavailable"} in result.signals
    monkeypatch.setattr(screening, "_learned_down_until", 0.0)


def test_the_character_layer_screens_without_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    from triage.risk import screening, semantic

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("model missing")

    monkeypatch.setattr(semantic, "score", broken)
    monkeypatch.setattr(screening, "_semantic_down_until", 0.0)
    result = screen_text("mi hermano regaló todas sus cosas y nos mandó un mensaje de despedida")
    assert result.level == "imminent"
    assert any(s["layer"] == "charngram" for s in result.signals)
    assert not any(s["layer"] == "embedding" for s in result.signals)
    monkeypatch.setattr(screening, "_semantic_down_until", 0.0)


# ---------------------------------------------------------------- how it is built


def test_training_file_is_well_formed_and_bilingual() -> None:
    rows = [
        json.loads(line)
        for path in learned.training_files()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert len(rows) >= 500
    for row in rows:
        assert row["level"] in learned.LEVELS
        assert (row["kind"] is None) == (row["level"] == "none")
        assert row["kind"] is None or row["kind"] in RISK_KINDS
    assert sum(r["language"] == "es" for r in rows) >= 150
    assert sum(r["level"] == "none" for r in rows) >= 200


def test_training_never_uses_holdout_messages() -> None:
    holdout = {
        json.loads(line)["text"]
        for path in learned.safety_files()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and json.loads(line)["split"] != "dev"
    }
    assert len(holdout) > 300  # messages.jsonl's holdout and the blind batches
    trained = {normalize(e.text) for e in learned.training_examples()}
    assert not {normalize(t) for t in holdout} & trained


def test_nlu_examples_are_labelled_by_intent() -> None:
    examples = learned.nlu_examples()
    assert {e.source for e in examples} == {"nlu"}
    assert any(e.level == "imminent" and e.kind == "weapon" for e in examples)
    assert any(e.level == "elevated" and e.kind == "domestic_violence" for e in examples)
    assert any(e.level == "none" for e in examples)
    assert not any("](" in e.text or "]{" in e.text for e in examples)  # entities stripped


def test_char_ngrams_match_scikit_learn_char_wb() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    text = "he has a knife, hurry"
    ours = sorted(learned.char_ngrams(text))
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5))
    theirs = sorted(vectorizer.build_analyzer()(text.replace(",", " ")))
    assert ours == theirs


def test_the_character_layer_also_reads_words_and_word_pairs() -> None:
    features = learned.text_features("he's not breathing, hurry " + "x" * 40)
    assert {"w:not", "b:not_breathing", "b:breathing_hurry", " not "} <= set(features)
    assert not any("xxxxx" in f for f in features)  # a key mash is not a word
    # Pairs never cross a dropped word: "hurry" and the mash are not neighbours.
    assert [f for f in features if f.startswith("b:")] == [
        "b:he_s",
        "b:s_not",
        "b:not_breathing",
        "b:breathing_hurry",
    ]


def test_inference_matches_scikit_learn_and_survives_the_cache(tmp_path, monkeypatch) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    examples = [
        learned.Example("there is a fire in my kitchen", "imminent", "fire", "t"),
        learned.Example("smoke is pouring out of the hallway", "imminent", "fire", "t"),
        learned.Example("he has a gun and is pointing it", "imminent", "weapon", "t"),
        learned.Example("the landlord removed the smoke detector", "elevated", "fire", "t"),
        learned.Example("my neighbor keeps a gun at home", "elevated", "weapon", "t"),
        learned.Example("the music upstairs is too loud", "none", None, "t"),
        learned.Example("no heat in my apartment again", "none", None, "t"),
        learned.Example("where do i pay my rent", "none", None, "t"),
    ]
    layer = learned.fit_charngram(examples)
    probe = ["a fire in the hallway", "loud music again", "he has a gun"]
    levels, _ = layer.predict(layer.char_features(probe))

    vectorizer = TfidfVectorizer(analyzer=learned.text_features, min_df=2, sublinear_tf=True)
    matrix = vectorizer.fit_transform([e.text for e in examples])
    model = LogisticRegression(
        C=learned.C_VALUE["charngram"], max_iter=5000, class_weight="balanced"
    )
    model.fit(matrix, [e.level for e in examples])
    expected = model.predict_proba(vectorizer.transform(probe))
    columns = [list(model.classes_).index(level) for level in learned.LEVELS]
    np.testing.assert_allclose(levels, expected[:, columns], atol=1e-9)

    path = tmp_path / "layer.npz"
    learned._save(layer, path)
    loaded = learned._load("charngram", path)
    assert loaded is not None
    again, _ = loaded.predict(loaded.char_features(probe))
    np.testing.assert_allclose(again, levels, atol=1e-12)


def test_the_cache_key_is_the_training_data() -> None:
    a = [learned.Example("he has a gun", "imminent", "weapon", "t")]
    b = [learned.Example("he has a gun", "elevated", "weapon", "t")]
    assert learned._digest(a) == learned._digest(list(a))
    assert learned._digest(a) != learned._digest(b)


def test_the_cache_key_follows_the_normaliser(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fit made before a texting form was added is not reused after it."""
    examples = [learned.Example("he hit me last nite", "elevated", "violence", "t")]
    before = learned._digest(examples)
    # a changed normaliser is a changed source file: its fingerprint moves
    monkeypatch.setattr(learned, "normaliser_fingerprint", lambda: "another normaliser")
    assert learned._digest(examples) != before


def test_the_normalisers_fingerprint_follows_its_source(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from triage.risk import normalize as normalize_module

    before = learned.normaliser_fingerprint()
    edited = tmp_path / "normalize.py"
    source = Path(str(normalize_module.__file__)).read_text(encoding="utf-8")
    edited.write_text(source.replace('"nite"', '"n1te"'), encoding="utf-8")
    monkeypatch.setattr(normalize_module, "__file__", str(edited))
    assert learned.normaliser_fingerprint() != before


def test_the_screen_is_deterministic() -> None:
    text = "my uncle gave his tools away and said goodbye to everyone, now he won't answer"
    first = screen_text(text).to_dict()
    learned.use_models(None)
    learned.get_models()  # reload from the disk cache
    assert screen_text(text).to_dict() == first


def test_while_the_learned_layers_load_the_screen_answers_with_the_others() -> None:
    learned.get_models()
    learned.use_models(None)  # as in a fresh process, before warm_up has finished
    try:
        weapon = screen_text("he has a gun and he's pointing it at my brother right now")
        assert weapon.level == "imminent" and weapon.route == "911"  # the rules need no fit
        hint = screen_text("my uncle gave his tools away and said goodbye to everyone")
        assert {"layer": "learned", "error": "loading"} in hint.signals  # no waiting
    finally:
        learned.get_models()


def _hit(layer: str, level: str) -> learned.LearnedHit:
    return learned.LearnedHit(layer, level, level, 0.9, "fire", 0.8, 0, 10, "some text")


def test_an_embedding_emergency_needs_a_second_reader() -> None:
    from triage.risk.combine import corroborate

    alone = corroborate([_hit("embedding", "imminent")], [])
    assert (alone[0].level, alone[0].context) == ("elevated", "uncorroborated")
    with_chars = corroborate([_hit("embedding", "imminent"), _hit("charngram", "elevated")], [])
    assert with_chars[0].level == "imminent"
    rule: dict[str, object] = {"layer": "pattern", "kind": "fire", "level": "elevated"}
    assert corroborate([_hit("embedding", "imminent")], [rule])[0].level == "imminent"
    # The character layer is a reader in its own right.
    assert corroborate([_hit("charngram", "imminent")], [])[0].level == "imminent"


def _whole(p_elevated: float, p_imminent: float) -> learned.Reading:
    return learned.Reading(0, p_elevated, p_imminent, "fire", 0.8)


def test_a_window_reading_stands_only_where_the_whole_message_bears_it_out() -> None:
    imminent, elevated = _hit("charngram", "imminent"), _hit("embedding", "elevated")
    # a short message has no whole reading apart from its window: nothing changes
    assert learned.whole_message_check(imminent, []) == imminent
    # one layer that reads the whole message as an emergency is enough
    assert learned.whole_message_check(imminent, [_whole(0.2, 0.1), _whole(0.9, 0.5)]).level == (
        "imminent"
    )
    # a whole message with a risk, but no emergency: the window is capped
    capped = learned.whole_message_check(imminent, [_whole(0.9, 0.1), _whole(0.7, 0.2)])
    assert (capped.level, capped.label, capped.context) == ("elevated", "imminent", "whole_message")
    # a whole message read as ordinary by both layers: the window's alarm is set aside
    calm = [_whole(0.2, 0.01), _whole(0.3, 0.02)]
    assert learned.whole_message_check(elevated, calm).level == "none"
    assert learned.whole_message_check(imminent, calm).level == "none"


def test_a_long_story_is_read_whole_and_a_window_it_does_not_bear_out_is_set_aside() -> None:
    story = (
        "Hi, I run the after-school chess club at the library on Tremont. Our kids are 9 to 14. "
        "Last week two of the older boys got into a shoving match over a game and one said he "
        "would bring his brother's gun tomorrow and shoot everybody. He was joking, everyone "
        "laughed, and he apologized right away, but the librarian says we should still report "
        "it. We already talked to both families and the school counselor. Does your office run "
        "conflict-resolution workshops for kids that age?"
    )
    result = screen_text(story)
    set_aside = [s for s in result.signals if s.get("context") == "whole_message"]
    assert set_aside and all(s["level"] == "none" for s in set_aside), result.signals
    # the threat itself is still read, by the rules: a safety question, not 911
    assert result.level == "elevated", result.signals
