"""Whether a candidate may be what a reference means: here, the words that describe a name."""

from __future__ import annotations

import pytest

from sourcing.attribution.mentions import classify_phrase
from sourcing.attribution.reference_agreement import described_as, modifiers, same_head
from sourcing.records import SourceType, Span, Statement
from sourcing.settings import DEFAULT_SETTINGS

JOINED = "President Obama and Attorney General Eric Holder have called for calm."
NOMINEE = "The Republican nominee was meant to be delivering a speech calling for Hillary Clinton"


@pytest.mark.parametrize(
    ("name", "words", "text", "described"),
    [
        ("Obama", ["president"], JOINED, True),
        # heldout7 v83qtjFPnOpFbEZz [12]: the title before Obama is not Holder's
        ("Eric Holder", ["president"], JOINED, False),
        ("Eric Holder", ["attorney"], JOINED, True),
        ("Suhail Shaheen", ["spokesman"], "the Taliban's spokesman, Suhail Shaheen, said", True),
        # heldout18 Osm5OK4AAM41n6A8 [4]: the words before a name reach back to its clause's
        # verb, no farther: the nominee is the subject, Clinton the one to be investigated
        ("Hillary Clinton", ["nominee"], NOMINEE, False),
        ("Hillary Clinton", ["nominee"], "the Democratic nominee, Hillary Clinton, said", True),
    ],
)
def test_the_words_before_a_name_reach_back_to_the_name_before(
    name: str, words: list[str], text: str, described: bool
) -> None:
    assert described_as(name, words, text, DEFAULT_SETTINGS) is described


@pytest.mark.parametrize(
    ("phrase", "words"),
    [
        # heldout16 V8psC7qdTDa9kMTl [8]: a clause after the role describes something else
        ("the aide, who was not authorized to speak publicly about the White House remarks", []),
        ("the official who spoke to USA TODAY on condition of anonymity", []),
        # ... an "of" phrase still describes it
        ("The chairman of the House Foreign Affairs Committee", ["House", "Affairs"]),
        ("the Taliban spokesman", ["Taliban"]),
    ],
)
def test_the_modifiers_of_a_role_stop_at_its_clause(phrase: str, words: list[str]) -> None:
    assert modifiers(classify_phrase(phrase, {})) == words


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the Texas senator", []),  # a place may describe any of its officials
        # ... and so may a place of two words (train2 g9jxq2RFaAvccgh5: "the New York Democrat"
        # is Schumer, named just before and never as of New York).
        ("the New York Democrat", []),
        ("the North Carolina senator", []),
        ("The Homeland Security chief", ["Homeland"]),
    ],
)
def test_a_place_of_several_words_is_no_modifier_to_find(phrase: str, expected: list[str]) -> None:
    assert modifiers(classify_phrase(phrase, {})) == expected


@pytest.mark.parametrize(
    ("source", "head", "same"),
    [
        ("the president", "president", True),
        ("Vice President Mike Pence", "president", False),
        # heldout82 Qfjafrc4WIQk8y8X [7] (keyed at stop 55): "The former vice president said"
        # was "Democratic presidential hopeful Bill de Blasio"'s through "presidential".
        ("Democratic presidential hopeful Bill de Blasio", "president", False),
        ("two senior officials", "officials", True),
    ],
)
def test_an_office_is_the_same_head_only_as_a_whole_word(source: str, head: str, same: bool) -> None:
    previous = Statement(0, Span(0, 10), "He spoke.", SourceType.NAMED_OFFICIAL, source=source)
    assert same_head(previous, head) is same
