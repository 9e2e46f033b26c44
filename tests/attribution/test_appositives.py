"""Appositives: which chunk before a comma can take one."""

from __future__ import annotations

import pytest

from sourcing.attribution.appositives import ends_with_name


@pytest.mark.parametrize("chunk", ["Timothy Hagle", "Schumer"])
def test_a_name_takes_an_appositive(chunk: str) -> None:
    assert ends_with_name(chunk)


# A sentence adverb opening the sentence is no name: the role noun after its comma is the
# subject, not an appositive (heldout21 1oCO41E2524SwLid [17]: the source was "Otherwise, the
# Senator"; train2: "Eventually, the indictment says").
@pytest.mark.parametrize("chunk", ["Otherwise", "Eventually", "Afterward", "Worse", "Still", "On Friday"])
def test_a_sentence_adverb_takes_no_appositive(chunk: str) -> None:
    assert not ends_with_name(chunk)


# The first word of an opening adverbial phrase, alone, is no name either (adverbial_openers.txt
# and sentence_adverbs.txt are read together).
@pytest.mark.parametrize("chunk", ["Speaking", "Asked", "According"])
def test_an_adverbial_phrase_opener_takes_no_appositive(chunk: str) -> None:
    assert not ends_with_name(chunk)
