"""What the features of one statement may consult about its article, prepared once an article."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sourcing.attribution.attribute import text_views
from sourcing.provenance import Rule
from sourcing.records import Document, Statement

Features = dict[str, float]

# The feature name of each rule (names from when they were read from evidence sentences).
RULE_KINDS = {
    Rule.CARRY_OVER: "carry_over", Rule.QUOTE_OPENER: "quote_opener", Rule.NO_ANTECEDENT: "no_antecedent",
    Rule.NAMED_LATER: "named_later", Rule.REFERS_STATEMENT: "refers_statement", Rule.REFERS_NAME: "refers_name",
    Rule.EMBEDDED_POST: "embedded_post", Rule.NO_COMMENT: "no_comment", Rule.HEDGE: "hedge",
    Rule.OWN_OUTLET: "own_outlet", Rule.RELAY_QUOTED: "relay", Rule.RELAY_OUTLET: "relay",
    Rule.LEGAL_RECORD: "other", Rule.OUTLET_REPORT: "other", Rule.MODEL: "model",
    Rule.POLL_FIGURES: "carry_over",
}


@dataclass(frozen=True)
class FeatureContext:
    """What the features of one statement may consult about its article."""

    document: Document
    statements: tuple[Statement, ...]
    normalized: str
    quoted: bytes
    kinds: tuple[str, ...]  # `rule_kind` of each statement (its neighbours read it too)
    flags: tuple[tuple[str, ...], ...]  # `mention_flags` of each statement


def feature_context(document: Document, statements: Sequence[Statement]) -> FeatureContext:
    """Prepare the article-wide views every statement's features read."""
    normalized, quoted = text_views(document.text)
    statements = tuple(statements)
    kinds = tuple(map(rule_kind, statements))
    return FeatureContext(document, statements, normalized, quoted, kinds, tuple(map(mention_flags, statements)))


def rule_kind(statement: Statement) -> str:
    """The rule that fired for `statement`, as a feature value ("none" when none did)."""
    provenance = statement.provenance
    if provenance is None:
        return "none"
    if provenance.rule is Rule.CUE:
        return provenance.cue_kind or "other"
    return RULE_KINDS[provenance.rule]


def mention_flags(statement: Statement) -> tuple[str, ...]:
    """The kind of the statement's source mention, as the flag name the features use."""
    provenance = statement.provenance
    kind = provenance.source_kind if provenance else None
    return (f"mention:{kind}",) if kind is not None else ()
