"""The paragraph a statement is in, found without walking back over the paragraph."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import SupportsIndex, overload

import pytest

from sourcing.attribution.carried_blocks import (
    _paragraph_opener,
    in_speaker_turn,
    introduced_block_goes_on,
)
from sourcing.attribution.context import Attributed, Context, paragraph_starts, text_views
from sourcing.pipeline import analyze
from sourcing.records import Document, Span, Statement
from sourcing.settings import DEFAULT_SETTINGS


@pytest.mark.parametrize(
    ("text", "spans", "starts"),
    [
        ("A b. C d.\n\nE f. G h.", [(0, 4), (5, 9), (11, 15), (16, 20)], (0, 11)),
        ("A b.\nC d. E f.", [(0, 4), (5, 9), (10, 14)], (0, 5)),
        ("A b.\r\nC d.", [(0, 4), (6, 10)], (0, 6)),  # "\r" is a line break in the normalized view
        ("A\nb. C d.", [(0, 4), (5, 9)], (0,)),  # a line break inside a statement opens nothing
        ("Menu\n\nA b. C d.", [(6, 10), (11, 15)], (6,)),  # the first statement opens one
    ],
)
def test_paragraph_starts_are_the_statements_after_a_line_break(
    text: str, spans: list[tuple[int, int]], starts: tuple[int, ...]
) -> None:
    normalized, _ = text_views(text)
    assert paragraph_starts(normalized, [Span(*span) for span in spans]) == starts


class CountedReads(Sequence[Statement]):
    """Statements that count how many of them are read (or copied, by a slice)."""

    def __init__(self, statements: Sequence[Statement]) -> None:
        self.statements = statements
        self.reads = 0

    def __len__(self) -> int:
        return len(self.statements)

    @overload
    def __getitem__(self, index: int) -> Statement: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Statement]: ...
    def __getitem__(self, index: int | slice) -> Statement | Sequence[Statement]:
        found = self.statements[index]
        self.reads += len(found) if isinstance(found, Sequence) else 1
        return found


# Two paragraphs of 600 statements each: "He met John Smith." then "He said.", repeated.
TEXT = "He met John Smith. He said. " * 300 + "\n\n" + "He met John Smith. He said. " * 300


def context_of(statements: Sequence[Statement]) -> Context:
    normalized, quoted = text_views(TEXT)
    starts = paragraph_starts(normalized, [s.span for s in statements])
    return Context(Document(TEXT), normalized, quoted, {}, DEFAULT_SETTINGS, paragraph_starts=starts)


def test_the_opener_of_a_long_paragraph_is_found_by_reading_a_few_statements() -> None:
    statements = analyze(Document(TEXT), model=None).statements
    assert len(statements) == 1200
    context = context_of(statements)
    second = next(k for k, s in enumerate(statements) if s.span.start > TEXT.index("\n"))
    bound = 2 * math.ceil(math.log2(len(statements))) + 2  # a bisection; the walk read 2 a statement
    for last in (0, 1, 599, second, second + 1, 1199):
        earlier = CountedReads(statements[: last + 1])
        assert _paragraph_opener(earlier, context) == (0 if last < second else second)
        assert earlier.reads <= bound, f"{earlier.reads} statements read for statement {last}"


def test_a_block_quoted_after_a_colon_is_not_looked_for_by_copying_the_paragraph() -> None:
    statements = analyze(Document(TEXT), model=None).statements
    context = context_of(statements)
    earlier = CountedReads(statements[:599])
    assert not introduced_block_goes_on(statements[599], earlier, context, same_paragraph=True)
    assert earlier.reads <= 2 * math.ceil(math.log2(len(statements))) + 4


def test_the_opener_of_a_slice_is_its_first_statement_inside_the_paragraph() -> None:
    statements = analyze(Document(TEXT), model=None).statements
    context = context_of(statements)
    assert _paragraph_opener(statements[700:900], context) == 0
    assert _paragraph_opener(statements[500:900], context) == 100


class CountedAttributed(Attributed):
    """Statements attributed so far that count how many of them are read (or copied)."""

    reads = 0

    @overload
    def __getitem__(self, index: SupportsIndex) -> Statement: ...
    @overload
    def __getitem__(self, index: slice) -> list[Statement]: ...
    def __getitem__(self, index: SupportsIndex | slice) -> Statement | list[Statement]:
        found = super().__getitem__(index)
        self.reads += len(found) if isinstance(found, list) else 1
        return found


def test_a_long_speaker_turn_is_not_compared_again_for_each_statement() -> None:
    text = "Sen. Ted Cruz went a different route.\n\nCRUZ: The front line is here. " + (
        "Border security is national security. " * 1000
    )
    statements = analyze(Document(text), model=None).statements
    assert {s.source for s in statements[1:]} == {"CRUZ"}
    normalized, quoted = text_views(text)
    starts = paragraph_starts(normalized, [s.span for s in statements])
    context = Context(Document(text), normalized, quoted, {}, DEFAULT_SETTINGS, paragraph_starts=starts)
    earlier = CountedAttributed()
    for statement in statements:
        earlier.append(statement)
        assert in_speaker_turn(earlier, context) is (statement.index > 0)
    # A bisection for each statement's paragraph, and each statement compared with the one
    # before it once; comparing the whole turn again for each read 512,512.
    assert earlier.reads <= 30 * len(statements)


HURST = (
    "U.S. Attorney Mike Hurst told the media at a press conference:\n\n"
    "We are first and foremost a nation of laws. I heard someone say that a country without "
    "borders is not a country at all. Without the enforcement of law, there is no justice.\n\n"
)


@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        # heldout33 xa6ucylpUsslzmZK [8]: the "someone" is inside Hurst's words (rule 3)
        (HURST, 2, ("named_official", "U.S. Attorney Mike Hurst")),
        (HURST, 3, ("named_official", "U.S. Attorney Mike Hurst")),
        # the reporter's narration in the block's paragraph, no "I" or "we": its own cue
        (HURST.replace("I heard someone say", "Officials say"), 2, ("unnamed_source", "Officials")),
        # a sentence with quotation marks of its own quotes its cue's source
        (
            HURST.replace("I heard someone say that", '"We need borders," an official told me, adding that'),
            2,
            ("unnamed_source", "an official"),
        ),
    ],
)
def test_an_unnamed_someone_in_a_block_quoted_after_a_colon_is_the_speakers_words(
    text: str, index: int, expected: tuple[str, str]
) -> None:
    statement = analyze(Document(text, outlet="Breitbart News"), DEFAULT_SETTINGS, None).statements[index]
    assert (statement.type.value, statement.source) == expected
