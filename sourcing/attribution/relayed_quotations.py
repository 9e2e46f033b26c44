"""Quotations an outlet relays (rule 1 with rule 3): the rest of a speaker's quotation closed
by the outlet ('MWA took issue when Zhu tweeted, "Did you know ...? Fix problems ... before
blaming others," according to the Detroit Free Press.'), and a quotation whose cue names the
relayed speaker again ('"...," Biden continued.' in a passage quoted from CBS News)."""

from __future__ import annotations

from dataclasses import replace

from sourcing.attribution.context import Attributed, Context
from sourcing.attribution.cue_kinds import CueKind
from sourcing.attribution.decisions import Decision
from sourcing.attribution.mentions import MentionKind
from sourcing.attribution.reference_agreement import surname_in
from sourcing.attribution.sourced import source_kind, span_text, take_source
from sourcing.provenance import Provenance, Rule
from sourcing.records import SourceType, Statement
from sourcing.text.quotes import opens_by_closing, opens_inside_quote

# Whose quotation an outlet can relay: someone named or described behind it.
RELAYED_TYPES = frozenset(
    {
        SourceType.NAMED_OFFICIAL,
        SourceType.NAMED_PERSON,
        SourceType.NAMED_ORGANIZATION,
        SourceType.UNNAMED_SOURCE,
    }
)
CLOSING_CUES = frozenset({CueKind.ACCORDING_TO, CueKind.CITING})


def relayed_quotation(
    base: Statement, decision: Decision, earlier: Attributed, context: Context
) -> Statement | None:
    """A sentence that opens inside the previous statement's quotation, whose only source is a
    closing "according to <outlet>" after the quotation closes: the quotation stays its
    speaker's, the outlet is the `via` (GUIDELINES rule 1: an outlet is cited_outlet only when
    nothing behind it is named or described; rule 3: the quotation goes on). None otherwise."""
    mention, cue = decision.mention, decision.cue
    if (
        not earlier
        or decision.type is not SourceType.CITED_OUTLET
        or mention is None
        or mention.kind is not MentionKind.OUTLET
        or cue.kind not in CLOSING_CUES
        or decision.source_span is None
    ):
        return None
    previous, outlet = earlier[-1], span_text(context, decision.source_span)
    if previous.type not in RELAYED_TYPES or previous.via not in {None, outlet}:
        return None
    span, mask = base.span, context.quoted
    if not opens_inside_quote(mask, span) or opens_by_closing(context.normalized, mask, span):
        return None
    if mask[cue.span.start] or '"' not in context.normalized[span.start : cue.span.start]:
        return None  # the cue must close the quotation from outside it
    if "\n" in context.normalized[previous.span.end : span.start]:
        return None
    provenance = Provenance(Rule.CARRY_OVER, source_kind=source_kind(previous), statement=previous.index)
    relayed = replace(previous, via=outlet, via_span=decision.source_span)
    return take_source(
        base, relayed, provenance, cue=cue.words, cue_span=cue.span,
        confidence=context.settings.rule_confidence_cued,
    )


def still_relayed(statement: Statement, earlier: Attributed, context: Context) -> Statement:
    """ "“Now I made a little mistake here that day ...,” Biden continued." in a passage the
    article quotes from CBS News: a quotation whose cue names again the speaker the statement
    just before relayed through an outlet is relayed by it too (rule 1; train2
    A22J6e98SUgx5igl [15]-[22] lost their `via`); `statement` unchanged otherwise."""
    if statement.via is not None or statement.type not in RELAYED_TYPES or not earlier:
        return statement
    # past the uncued sentences that open the quotation (their speaker is filled in later)
    previous = next(
        (p for p in reversed(earlier[-4:]) if p.type is not SourceType.UNATTRIBUTED or p.cue), earlier[-1]
    )
    if previous.via is None or previous.type is not statement.type:
        return statement
    start = statement.span.start
    if not (context.quoted[start] or context.normalized[start] == '"') or statement.cue_span is None:
        return statement  # a quotation, inside or opening
    if not surname_in(statement.source, previous.source or "", context):
        return statement
    return replace(statement, via=previous.via, via_span=previous.via_span)
