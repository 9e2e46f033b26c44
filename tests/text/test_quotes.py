"""Quotation mask: inside or on a double quotation, closed at a paragraph break."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sourcing.records import Span
from sourcing.text.quotes import (
    opens_by_closing,
    opens_inside_quote,
    quoted_mask,
    with_closing_marks,
)


def reference_mask(normalized: str) -> bytearray:
    """The character-by-character definition the fast mask must equal, for texts with no quote
    mark glued between two sentences ('."The', tested apart below)."""
    mask = bytearray(len(normalized))
    inside = False
    previous = ""
    for i, char in enumerate(normalized):
        if char == "\n" and previous == "\n":
            inside = False
        if char == '"':
            mask[i] = 1
            inside = not inside
        elif inside:
            mask[i] = 1
        previous = char if char != " " else previous
    return mask


def marked(text: str) -> str:
    return "".join("^" if flag else "." for flag in quoted_mask(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "yes" now', "........^^^^^...."),
        ('"Open\n\nNext', "^" * 6 + "." * 5),  # the first line end is still inside
        ('"Open\n \nNext "q', "^^^^^^^" + "." * 6 + "^^"),
        ('"Open\n\t\nstill', "^" * 13),  # a tab line is no paragraph break
        ('a "b" "c', '..^^^.^^'),
        ("", ""),
    ],
)
def test_mask_cases(text: str, expected: str) -> None:
    assert marked(text) == expected


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet='ab "\n\t', max_size=60))
def test_mask_equals_the_definition(text: str) -> None:
    assert quoted_mask(text) == reference_mask(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A page that lost its paragraph breaks glues a mark between two sentences (heldout11
        # Newsmax Qym9zP2T4A1c3bAn). Narration follows when the next mark opens after a space:
        ('He said "news soon."Smith leads it. "We win," he said.',
         "........^^^^^^^^^^^^................^^^^^^^^^........."),
        # the quotation goes on into a new paragraph when the next mark can only close it,
        ('"You had it."Then they lost it." Lerner left.',
         "^" * 32 + "." * 13),
        # and, the next mark glued too, when the words up to it speak as "we" or "you" do.
        ('"One. Two."And yet we heard it."It was reported."They provide it," Fitton said.',
         "^" * 32 + "." * 16 + "^" * 18 + "." * 13),
        # A mark after a space is no glued mark: the marks pair as counted.
        ('"One. Two." And yet we heard it. "It was," he said.',
         "^" * 11 + "." * 22 + "^" * 9 + "." * 9),
    ],
)
def test_a_glued_mark_closes_or_reopens(text: str, expected: str) -> None:
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "written"),
    [
        # Two apostrophes after a word close a quotation open (train2 z7wMtSsbgd9nIfId
        # "... included,’’ said Joshua Stueve", train M3ZScFH8dQvIqIHg), and are written as a
        # closing mark for what reads marks ('"...," said X'),
        ("\"Yes,'' he said.", "^^^^^^^.........", '"Yes,"  he said.'),
        ("\"Yes,'' he said. \"No.\"", "^^^^^^^..........^^^^^", '"Yes,"  he said. "No."'),
        # but open none: a single quotation's end and an apostrophe stay as they are.
        ("It is 'no'' now.", "................", "It is 'no'' now."),
    ],
)
def test_two_apostrophes_close_a_quotation(text: str, expected: str, written: str) -> None:
    assert marked(text) == expected
    assert with_closing_marks(text) == written


def test_a_sentence_opened_by_a_glued_closing_mark_opens_outside() -> None:
    text = 'He said "news soon."Smith leads it.'
    sentence = Span(19, len(text))  # the splitter leaves the mark to the next sentence
    mask = quoted_mask(text)
    assert opens_inside_quote(mask, sentence)  # the mark is on the quotation
    assert opens_by_closing(text, mask, sentence)
    spaced = 'He said "news soon. "Smith leads it.'  # a mark after a space opens
    assert not opens_by_closing(spaced, quoted_mask(spaced), Span(20, len(spaced)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # heldout74 YTng2VyutUwXKqCS [15]: the page dropped the opening mark; the sentence up to
        # the mark after its comma is the quotation its credit closes.
        ('Trump spoke. Murphy threatened them," Trump added.', "." * 13 + "^" * 24 + "." * 13),
        # No earlier sentence goes with it,
        ('He left. Then we won," Smith said.', "." * 9 + "^" * 13 + "." * 12),
        # and a mark earlier in its sentence pairs as counted.
        ('He said "we won," and left.', "........^^^^^^^^^.........."),
    ],
)
def test_a_mark_after_a_comma_with_no_opening_mark_closes_its_sentence(text: str, expected: str) -> None:
    assert marked(text) == expected
