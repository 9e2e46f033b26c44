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

POLL_TYPES = frozenset({SourceType.NAMED_ORGANIZATION, SourceType.DOCUMENT, SourceType.CITED_OUTLET})
POLL_METHOD = re.compile(r"\bmargin\s+of\s+error\b|\bsampling\s+error\b|\bplus\s+or\s+minus\b", re.IGNORECASE)


def poll_of_figures(base: Statement, earlier: Attributed, context: Context) -> Statement | None:
    """Uncued poll figures ("Among Democrats, 88% ...") continue the poll named just before.

    A poll's results are told over several sentences with no cue of their own; they keep
    the poll as source while they follow it closely (GUIDELINES rule 3).
    """
    text = context.normalized[base.span.start : base.span.end]
    if not POLL_FIGURE.search(text) or POLL_METHOD.search(text):
        return None  # "plus or minus 3 points" is the paper's account of the method
    if text.startswith('"') or opens_inside_quote(context.quoted, base.span):
        return None  # a quotation is someone's words
    found = earlier.latest("poll figures", names_poll)
    if not found or base.index - found[0].index > context.settings.poll_figures_window:
        return None
    poll = found[0]
    return take_source(
        base,
        poll,
        Provenance(Rule.POLL_FIGURES, source_kind=source_kind(poll), statement=poll.index),
        confidence=context.settings.rule_confidence_uncued,
    )


def names_poll(statement: Statement) -> bool:
    """The statement's source is a poll ("a Gallup poll"), not a pollster ("Bill McInturff,
    who conducted the survey")."""
    core = (statement.source or "").split(",")[0]  # "Bill McInturff, who conducted the survey"
    return statement.type in POLL_TYPES and bool(POLL_WORDS.search(core))
