"""Words typed without spaces are split before the patterns read them."""

from __future__ import annotations

import pytest

from triage.risk import screen_text
from triage.risk.normalize import normalize
from triage.risk.segment import split_runs


@pytest.mark.parametrize(
    ("run", "words"),
    [
        ("myneighborisbeatinghiswife", "my neighbor is beating his wife"),
        ("estanpegandoamivecinoahoramismo", "estan pegando a mi vecino ahora mismo"),
        ("howdoifileanoisecomplaint", "how do i file a noise complaint"),
    ],
)
def test_a_long_run_of_letters_is_split_into_words(run: str, words: str) -> None:
    assert split_runs(run) == words


@pytest.mark.parametrize(
    "text",
    [
        "responsabilidades",  # a word, however long
        "desafortunadamente",
        "recertification is due",  # shorter than a run worth splitting
        "envenenando",  # a Spanish verb form must stay whole
        "unconsious",  # as must a misspelling the patterns know
        "communitysafetyoffice",  # three words are not enough to be sure
    ],
)
def test_words_and_short_or_uncertain_runs_are_left_alone(text: str) -> None:
    assert split_runs(text) == text


def test_the_risk_vocabulary_can_be_split_out_and_then_expanded() -> None:
    assert normalize("someoneodinthestairwellneednarcan") == (
        "someone overdosing the stairwell need narcan"
    )


def test_a_spanish_message_typed_without_spaces_is_answered_in_spanish() -> None:
    result = screen_text("LESESTANPEGANDOAMIVECINOENLAESCALERAAHORAMISMO")
    assert (result.level, result.language) == ("imminent", "es"), result.signals
