"""A message only about the texting itself holds no risk of its own."""

from __future__ import annotations

import pytest

from triage.risk.channel_only import only_about_texting


@pytest.mark.parametrize(
    "text",
    [
        "sorry texts coming out of order on the L",
        "se me va la señal",
        "phone on 3% sorry",
        "on the J coming home, signal keeps cutting out",
        "sent from bike sorry",
        "voy caminando, luego paso la dirección",
    ],
)
def test_talk_about_the_texting_only(text: str) -> None:
    assert only_about_texting(text)


@pytest.mark.parametrize(
    "text",
    [
        "sorry signal dropped. a pic of razor blades on her bed",
        "im on the train and hes following me",
        "estoy en el bus y un tipo me esta tocando",
        "the elevator is out of order again",
        "hola",
        "",
    ],
)
def test_anything_more_is_read(text: str) -> None:
    assert not only_about_texting(text)
