"""Appositives: which chunk before a comma can take one."""

from __future__ import annotations

import pytest

from sourcing.attribution.appositives import closes_appositive, ends_with_name


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


# Stacked appositives: the second describes the organization that ends the first (dev9508
# CO5keVSCyUdw8lAx [19], [22]: "a conservative think tank" was taken for the speaker, and the
# content after "said" for an inverted verb's source).
@pytest.mark.parametrize(
    "text",
    [
        "Tori Smith, a trade economist with the Heritage Foundation, a conservative think tank, said",
        "Phil Levy, a former White House official who is now chief economist of Flexport, a company "
        "that arranges and finances trade between 116 countries, said",
    ],
)
def test_stacked_appositives_close_at_their_last_comma(text: str) -> None:
    assert closes_appositive(text, text.rindex(","))


# An owner's role, then the name between commas: the verb after is the name's, not an inverted
# one whose source would be its content (dev9509 IHMVdM0b4KB6VVWT [15]; "Trump's lawyer, Rudy
# Giuliani, said the probe was over" was typed document by "the probe was over").
@pytest.mark.parametrize(
    "text",
    [
        "Butina's attorney, Robert Driscoll, said",
        "Trump's lawyer, Rudy Giuliani, said",
        "His lawyer, John Smith, said",
        "The chief spokesman for the Pentagon, Rear Adm. John Kirby, said",
    ],
)
def test_an_owners_role_then_a_name_closes_at_the_name(text: str) -> None:
    assert closes_appositive(text, text.rindex(","))


def test_a_party_description_then_an_aside_closes_at_the_aside() -> None:
    """ "Sen. Richard J. Durbin, Illinois Democrat, appearing on the same program, called ...": the
    verb is Durbin's (the seventy-fifth set's key named the object "Mr. Corker's comments
    constructive" as an inverted verb's source, Washington Times Sf3jsdaTYbVLK3jD [10])."""
    text = "Sen. Richard J. Durbin, Illinois Democrat, appearing on the same program, called"
    assert closes_appositive(text, text.rindex(","))
