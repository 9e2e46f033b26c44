"""Fill the speakers of multi-sentence quotations once every statement is attributed (rule 3)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cached_property

from sourcing.attribution.anonymity import about_sourcing
from sourcing.attribution.context import Context
from sourcing.attribution.sourced import is_carried, own_voice, source_kind, take_source
from sourcing.provenance import Provenance, Rule
from sourcing.records import SourceType, Span, Statement
from sourcing.text.quotes import at_lost_paragraph_break, opens_inside_quote


def fill_quote_openers(
    statements: list[Statement], sentences: Sequence[Span], context: Context
) -> list[Statement]:
    """A quotation whose attribution comes at its end: earlier sentences take that source."""
    result = list(statements)
    openings = QuotationOpenings(context.normalized, context.quoted)
    for i in range(len(result) - 2, -1, -1):
        current, following = result[i], result[i + 1]
        if following.type is SourceType.UNATTRIBUTED:
            continue
        following_inside = opens_inside_quote(context.quoted, following.span)
        if _carried_into_new_quotation(current, result, openings):
            if not following_inside or is_carried(following):
                continue
        elif current.type is not SourceType.UNATTRIBUTED or current.provenance is not None:
            continue
        attribution_first = (
            following.cue_span is not None and following.cue_span.start == following.span.start
        )
        if not (following_inside or attribution_first or credit_cut_off(current, following, context.normalized)):
            continue
        if context.normalized[current.span.start] != '"' and not opens_inside_quote(
            context.quoted, current.span
        ):
            continue
        if _after_cued_lead_in(openings.opening(current.span.start), result, context.normalized):
            continue  # "The Post reports:" then the quotation: its lead-in's (fill_quote_speakers)
        result[i] = take_source(
            current,
            following,
            Provenance(
                Rule.QUOTE_OPENER, source_kind=source_kind(following), statement=following.index
            ),
            confidence=context.settings.rule_confidence_uncued,
        )
    return result


def _after_cued_lead_in(opening: int, statements: list[Statement], normalized: str) -> bool:
    """A quotation that opens right after a lead-in with its own cue ending in a colon, past
    spaces and line breaks ("The Post reports:\n\n\"The proposed deportations ..."): the lead-in
    names its source, not a speaker named inside the quotation or after it (dev9509
    mcg6kso5yJGxqF9S [8]-[11] were given to "Johnson", the quotation's subject). A lead-in with
    no cue ("And now the Navy Chief of Information:") leaves the quotation to its credit."""
    before = normalized[:opening].rstrip()
    if not before.endswith(":"):
        return False
    lead_in = next((s for s in reversed(statements) if s.span.end <= len(before)), None)
    return lead_in is not None and lead_in.span.end == len(before) and lead_in.cue_span is not None


def credit_cut_off(quotation: Statement, credit: Statement, normalized: str) -> bool:
    """`quotation` is quoted whole, from its opening quote mark to a closing one right before
    `credit`, which opens in lower case: the credit, cut off as a sentence of its own after the
    quotation's question or exclamation mark ('"Is there no end to ...?" he said in a Facebook
    post.', heldout28 jkS7I6YA49nzuqTb [11]-[12])."""
    span = quotation.span
    return (
        normalized[span.start] == '"'
        and normalized[span.end - 1] == '"'
        and not normalized[span.end : credit.span.start].strip()
        and normalized[credit.span.start : credit.span.start + 1].islower()
    )


def _carried_into_new_quotation(
    current: Statement, statements: list[Statement], openings: QuotationOpenings
) -> bool:
    """Whether `current` took the source of a statement before the paragraph where its own
    quotation opens: a new paragraph that opens a quotation is often a new speaker's, named
    at the quotation's end ('"How do you get people ...?" said William Gale')."""
    if not is_carried(current) or current.resolved_from is None:
        return False
    start = openings.opening(current.span.start)
    if not openings.mask[start] or not (
        openings.after_line_break(start) or at_lost_paragraph_break(openings.normalized, start)
    ):
        return False
    return statements[current.resolved_from].span.end <= start


class QuotationOpenings:
    """Where the quotation open at a position opens, and whether a line break comes before it.

    Found by bisection among the starts of the quoted stretches, listed once per document:
    walking back character by character, and copying the text before, for every statement of
    one long quotation made its time grow with the square of its length.
    """

    def __init__(self, normalized: str, mask: bytes) -> None:
        self.normalized = normalized
        self.mask = mask

    @cached_property
    def starts(self) -> list[int]:
        """Where each stretch of quoted characters starts, in order."""
        return [stretch.start() for stretch in QUOTED_STRETCH.finditer(self.mask)]

    def opening(self, position: int) -> int:
        """The start of the quoted stretch that `position` goes on, or `position` itself."""
        if position == 0 or not self.mask[position - 1]:
            return position
        return self.starts[bisect_right(self.starts, position - 1) - 1]

    def after_line_break(self, start: int) -> bool:
        """Whether only spaces stand between `start` and a line break before it."""
        before = start
        while before > 0 and self.normalized[before - 1] == " ":
            before -= 1
        return before > 0 and self.normalized[before - 1] == "\n"


QUOTED_STRETCH = re.compile(rb"[^\x00]+")


def fill_quote_speakers(statements: list[Statement], context: Context) -> list[Statement]:
    """A sentence made only of quoted words after narration ("Here are his comments:", a
    description of the scene) is the nearest earlier speaker's, within a few statements
    (rule 3: the next sentence of a quotation). Runs after the quotation openers, whose
    speaker comes after them.
    """
    result = list(statements)
    window = context.settings.quotation_speaker_window
    for i, current in enumerate(result):
        if current.provenance is not None or not _only_quoted(current, context):
            continue
        earlier = result[max(0, i - window) : i]
        attributed = (p for p in reversed(earlier) if p.type is not SourceType.UNATTRIBUTED or own_voice(p))
        speaker = next(attributed, None)
        if speaker is None or about_sourcing(current.text):
            continue
        result[i] = take_source(
            current,
            speaker,
            Provenance(Rule.CARRY_OVER, source_kind=source_kind(speaker), statement=speaker.index),
            confidence=context.settings.rule_confidence_uncued,
        )
    return result


CLOSES_QUOTATION = re.compile(r'[^"]*[.,!?]"[)\]]?')


def _only_quoted(statement: Statement, context: Context) -> bool:
    """Whether the sentence is quoted words only: quoted words with narration of their own
    around them ('"Run, George, Run" is composed of ...') are a title, not speech. A sentence
    whose one quotation mark closes it ('We are looking into the facts."', a quotation cut by
    a line break: 'across the board."') ends a quotation opened before it: all quoted."""
    span, mask = statement.span, context.quoted
    text = context.normalized[span.start : span.end]
    if CLOSES_QUOTATION.fullmatch(text):
        return True
    if not (opens_inside_quote(mask, span) or text.startswith('"')):
        return False
    return not any(mask[span.start + i] == 0 and c.isalpha() for i, c in enumerate(text))
