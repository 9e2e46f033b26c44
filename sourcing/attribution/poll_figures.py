"""Carry a poll over to the uncued figures told after it (rule 3)."""

from __future__ import annotations

import re

from sourcing.attribution.context import Attributed, Context
from sourcing.attribution.sourced import source_kind, take_source
from sourcing.lexicons import alternation
from sourcing.provenance import Provenance, Rule
from sourcing.records import SourceType, Statement
from sourcing.text.quotes import opens_inside_quote

POLL_WORDS = re.compile(rf"\b(?:{alternation('poll_words')})\b", re.IGNORECASE)


POLL_FIGURE = re.compile(
    r"\d\s*(?:%|percent\b|per\s+cent\b|percentage\s+points?\b)|\b(?:a|the)\s+(?:majority|plurality)\b"
    r"|\b(?:\w+|\d+)\s+in\s+(?:10|ten)\b|\b(?:two|three)-(?:thirds|quarters)\b",
    re.IGNORECASE,
)

# A finding with no figure ("Opposition was particularly high among GOP voters.", "Huge
# majorities got them wrong"): a word of `poll_finding_words.txt` opens the sentence, after one
# word at most, and not a gerund's object ("Collecting responses in this form captures ...",
# the method). Further in it is the writer's comment on the numbers ("While sinking
# favorability ratings are common ...", "The questions ... offered voters some opportunity to
# show opposition").
POLL_FINDING = re.compile(
    rf"\s*(?:(?P<before>[\w'\-]+),?\s+)?(?:{alternation('poll_finding_words')})\b", re.IGNORECASE
)
# A sample's count ("Responses are reported for 1,051 ... voters", "Most respondents were over
# age 50; 1,668 were already retired") tells how the poll was taken: the writer's account.
SAMPLE_COUNT = re.compile(r"\b\d{1,3},\d{3}\b")
LINE_BREAKS = re.compile(r"\n+")  # one run a paragraph break

POLL_TYPES = frozenset({SourceType.NAMED_ORGANIZATION, SourceType.DOCUMENT, SourceType.CITED_OUTLET})
POLL_METHOD = re.compile(r"\bmargin\s+of\s+error\b|\bsampling\s+error\b|\bplus\s+or\s+minus\b", re.IGNORECASE)


def poll_of_figures(base: Statement, earlier: Attributed, context: Context) -> Statement | None:
    """Uncued poll figures ("Among Democrats, 88% ...") continue the poll named just before.

    A poll's results are told over several sentences with no cue of their own; they keep
    the poll as source while they follow it closely (GUIDELINES rule 3).
    """
    text = context.normalized[base.span.start : base.span.end]
    if POLL_METHOD.search(text):
        return None  # "plus or minus 3 points" is the paper's account of the method
    if text.startswith('"') or opens_inside_quote(context.quoted, base.span):
        return None  # a quotation is someone's words
    if POLL_FIGURE.search(text):
        found = earlier.latest("poll figures", names_poll)
        if not found or base.index - found[0].index > context.settings.poll_figures_window:
            return None
        poll = found[0]
    elif _finding_goes_on(base, text, earlier, context):
        poll = earlier[-1]
    else:
        return None
    return take_source(
        base,
        poll,
        Provenance(Rule.POLL_FIGURES, source_kind=source_kind(poll), statement=poll.index),
        confidence=context.settings.rule_confidence_uncued,
    )


def _finding_goes_on(base: Statement, text: str, earlier: Attributed, context: Context) -> bool:
    """ "Opposition was particularly high among GOP voters." right after the poll's statement,
    in its paragraph or the next: a finding with no figure goes on with the poll's findings
    (rule 3). A sentence that names a poll itself compares polls or tells how one was taken
    ("The poll of 1,001 adults was sponsored by ..."), the writer's account."""
    finding = POLL_FINDING.match(text)
    if finding is None or (finding["before"] or "").lower().endswith("ing"):
        return False
    if POLL_WORDS.search(text) or SAMPLE_COUNT.search(text) or not names_poll(earlier[-1]):
        return False
    gap = context.normalized[earlier[-1].span.end : base.span.start]
    return len(LINE_BREAKS.findall(gap)) <= 1


def names_poll(statement: Statement) -> bool:
    """The statement's source is a poll ("a Gallup poll"), not a pollster ("Bill McInturff,
    who conducted the survey")."""
    core = (statement.source or "").split(",")[0]  # "Bill McInturff, who conducted the survey"
    return statement.type in POLL_TYPES and bool(POLL_WORDS.search(core))
