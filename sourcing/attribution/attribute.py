"""Attribute each statement to its source: cues, then pronouns, references and carry-over.

Each step has its module: `context` (what every step consults), `sourced` (a statement
given its source), `references` (pronouns and definite descriptions, with
`pronoun_antecedents`, `reference_agreement` and `reference_fallback`),
`reporting_outlets` (the outlet a `via` such as "the outlet" describes),
`named_descriptions` (a description the article names before or after it),
`survey_documents` (a survey no organization named stands behind), `relayed_quotations` (the
rest of a quotation an outlet closes, "..., according to CBS News", and a relayed speaker cued
again), `carry_over`
(uncued statements, with `carried_blocks`, `poll_figures` and `embedded_posts`) and
`quotation_speakers` (quotations over several sentences, once every statement is attributed).
"""

from __future__ import annotations

from collections.abc import Sequence

from sourcing.attribution.carried_blocks import inside_carried_paragraph
from sourcing.attribution.carry_over import (
    MENTAL_STATE_VERBS,
    carry_over,
    continues_account,
    in_coordinated_clause,
    names_a_new_speaker,
    record_finding,
)
from sourcing.attribution.context import Attributed, Context, paragraph_starts, text_views
from sourcing.attribution.cues import find_cues
from sourcing.attribution.decide import decide
from sourcing.attribution.decisions import Decision
from sourcing.attribution.embedded_posts import labelled_post_author
from sourcing.attribution.entities import known_organizations, known_people
from sourcing.attribution.named_descriptions import (
    kin_named_later,
    lede_official_named_next,
    officials_named_before,
    organizations_named_before,
    people_named_before,
    spokesman_named_later,
)
from sourcing.attribution.quotation_speakers import fill_quote_openers, fill_quote_speakers
from sourcing.attribution.references import issuer_of, resolve_reference
from sourcing.attribution.relayed_quotations import relayed_quotation, still_relayed
from sourcing.attribution.reporting_outlets import with_outlet_named
from sourcing.attribution.sourced import decided, span_text
from sourcing.attribution.survey_documents import survey_document
from sourcing.records import Document, SourceType, Span, Statement
from sourcing.settings import Settings


def attribute_statements(
    document: Document, sentences: Sequence[Span], settings: Settings
) -> list[Statement]:
    """Type every sentence by where its content comes from."""
    normalized, quoted = text_views(document.text)
    people = known_people(normalized)
    organizations = known_organizations(normalized, people)
    context = Context(
        document,
        normalized,
        quoted,
        people,
        settings,
        organizations,
        "(@" in normalized,
        paragraph_starts(normalized, sentences),
    )
    decisions = [
        decide(
            find_cues(normalized, span, context.quoted, settings),
            normalized,
            context.people,
            document.outlet,
            context.organizations,
        )
        for span in sentences
    ]
    attributed = Attributed()
    for index, span in enumerate(sentences):
        following = decisions[index + 1] if index + 1 < len(decisions) else None
        attributed.append(_attribute_one(index, span, decisions[index], following, attributed, context))
    return fill_quote_speakers(fill_quote_openers(attributed, sentences, context), context)


def _attribute_one(
    index: int,
    span: Span,
    decision: Decision | None,
    following: Decision | None,
    earlier: Attributed,
    context: Context,
) -> Statement:
    base = Statement(
        index=index,
        span=span,
        text=context.document.slice(span),
        type=SourceType.UNATTRIBUTED,
        confidence=context.settings.rule_confidence_uncued,
    )
    labelled = labelled_post_author(base, context)
    if labelled is not None:
        return labelled
    if decision is None:
        return carry_over(base, earlier, context)
    decision = with_outlet_named(decision, earlier)
    secondary = (
        decision.source_span is not None
        and in_coordinated_clause(context.normalized, span, decision.source_span, decision.cue.span)
        and not record_finding(decision)
        and not names_a_new_speaker(decision, earlier)
    )
    if (decision.cue.words in MENTAL_STATE_VERBS or secondary) and continues_account(
        base, earlier, context
    ):
        return carry_over(base, earlier, context, account=True)
    if decision.type is SourceType.UNNAMED_SOURCE and inside_carried_paragraph(base, earlier, context):
        return carry_over(base, earlier, context, account=True)
    cue_words = decision.cue.words
    if decision.type is None and decision.mention is not None:
        return resolve_reference(base, decision, earlier, context)
    issued = (
        issuer_of(base, decision, earlier, context)
        or survey_document(base, decision, earlier, context)
        or relayed_quotation(base, decision, earlier, context)
    )
    if issued is not None:
        return issued
    later = (
        kin_named_later(base, decision, context)
        or spokesman_named_later(base, decision, context)
        or officials_named_before(base, decision, earlier, context)
        or people_named_before(base, decision, earlier, context)
        or organizations_named_before(base, decision, earlier, context)
        or lede_official_named_next(base, decision, following, earlier, context)
    )
    if later is not None:
        return still_relayed(later, earlier, context)
    cued = decided(
        base,
        decision.provenance,
        type=decision.type or SourceType.UNATTRIBUTED,
        source=span_text(context, decision.source_span),
        source_span=decision.source_span,
        via=decision.via,
        via_span=decision.via_span,
        cue=cue_words,
        cue_span=decision.cue.span,
        confidence=context.settings.rule_confidence_cued,
    )
    return still_relayed(cued, earlier, context)
