"""Whether a candidate may be what a reference means: here, the words that describe a name."""

from __future__ import annotations

import pytest

from sourcing.attribution.reference_agreement import described_as
from sourcing.settings import DEFAULT_SETTINGS

JOINED = "President Obama and Attorney General Eric Holder have called for calm."


@pytest.mark.parametrize(
    ("name", "words", "text", "described"),
    [
        ("Obama", ["president"], JOINED, True),
        # heldout7 v83qtjFPnOpFbEZz [12]: the title before Obama is not Holder's
        ("Eric Holder", ["president"], JOINED, False),
        ("Eric Holder", ["attorney"], JOINED, True),
        ("Suhail Shaheen", ["spokesman"], "the Taliban's spokesman, Suhail Shaheen, said", True),
    ],
)
def test_the_words_before_a_name_reach_back_to_the_name_before(
    name: str, words: list[str], text: str, described: bool
) -> None:
    assert described_as(name, words, text, DEFAULT_SETTINGS) is described
