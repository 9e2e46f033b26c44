"""Where a quotation opens, found without walking back over it character by character."""

from __future__ import annotations

from typing import SupportsIndex

import pytest
from counted_text import CountedText

from sourcing.attribution.context import Context, paragraph_starts, text_views
from sourcing.attribution.quotation_speakers import QuotationOpenings, fill_quote_openers
from sourcing.pipeline import analyze
from sourcing.records import Document
from sourcing.settings import DEFAULT_SETTINGS


@pytest.mark.parametrize(
    ("text", "position", "opening", "after_line_break"),
    [
        ('He said: "It works. It is fine."', 20, 9, False),  # inside: where the mark opens it
        ('He said: "It works."', 9, 9, False),  # on the opening mark itself
        ('It works. "Yes."', 3, 3, False),  # outside any quotation: the position itself
        ('He said:\n  "It works. It is fine."', 22, 11, True),  # spaces after the line break
        ('"It works. It is fine."', 11, 0, False),  # the text's first character
    ],
)
def test_the_opening_of_the_quotation_a_position_is_in(
    text: str, position: int, opening: int, after_line_break: bool
) -> None:
    normalized, quoted = text_views(text)
    openings = QuotationOpenings(normalized, quoted)
    assert openings.opening(position) == opening
    assert openings.after_line_break(opening) is after_line_break


class CountedMask(bytes):
    """A quotation mask that counts the characters read from it by index or slice."""

    reads = 0

    def __getitem__(self, index: SupportsIndex | slice) -> int | bytes:  # type: ignore[override]
        found = bytes.__getitem__(self, index)
        CountedMask.reads += len(found) if isinstance(found, bytes) else 1
        return found


def test_the_statements_of_one_long_quotation_do_not_each_read_back_to_its_opening() -> None:
    text = 'John Smith said: "' + "It works. " * 1000  # a quotation left open: 1,000 statements
    statements = analyze(Document(text), model=None).statements
    assert len(statements) == 1000
    normalized, quoted = text_views(text)
    context = Context(
        Document(text),
        CountedText(normalized),
        CountedMask(quoted),
        {},
        DEFAULT_SETTINGS,
        paragraph_starts=paragraph_starts(normalized, [s.span for s in statements]),
    )
    CountedText.reads = CountedMask.reads = 0
    fill_quote_openers(list(statements), [s.span for s in statements], context)
    # A few characters a statement (the quoted stretches are listed by one regular expression
    # over the whole mask, which reads no character through an index); the walk back read
    # about 5,000 a statement, and the text before each quotation was copied.
    assert CountedMask.reads + CountedText.reads <= 10 * len(statements)


def test_a_quotation_after_a_colon_lead_in_is_the_lead_ins() -> None:
    """ "The Post reports:" and then a quoted passage whose last sentence names someone it is
    about: the passage is the Post's (rule 3; dev9509 mcg6kso5yJGxqF9S [8]-[11] were given to
    "Johnson" by the quotation's later sentence)."""
    text = (
        "Officials spoke on Monday.\n\n"
        "The Post reports:\n\n"
        '"The proposed deportations have been controversial inside the administration. '
        'A drought in the region has also prompted departures. ... "Although Johnson has signaled '
        'publicly for months that families would face deportation, the plan is likely to trigger '
        'renewed backlash."'
    )
    statements = analyze(Document(text=text, outlet="NPR Online News"), model=None).statements
    assert [s.source for s in statements[2:4]] == ["The Post", "The Post"]


def test_a_quotation_after_an_uncued_colon_lead_in_keeps_its_credit() -> None:
    """ "And now the Navy Chief of Information:" names no speaker by a cue: the quotation is its
    credit's, at its end (tweets400 JzbqQFVOJBpbrQAn [31])."""
    text = (
        "The ship was in port.\n\n"
        "And now the Navy Chief of Information:\n\n"
        '"The name of the ship was not obscured during the visit. We are proud of it," '
        "the Navy's Chief of Information, Rear Adm. Charles Brown, said."
    )
    statements = analyze(Document(text=text, outlet="CNN (Web News)"), model=None).statements
    assert statements[2].source == "Rear Adm. Charles Brown"
