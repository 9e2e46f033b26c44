"""Features of what the rules decided: a statement's type, rule, cue, source, quotation marks,
place in the article and its neighbours' types."""

from __future__ import annotations

from bisect import bisect_right

from sourcing.attribution.names import find_outlet
from sourcing.attribution.phrases import regular_plural
from sourcing.model.feature_context import FeatureContext, Features, mention_flags, rule_kind
from sourcing.model.feature_words import (
    ACRONYM,
    CAPITALIZED,
    NAME_SHAPE,
    PRONOUNS,
    WORD,
    source_lexicons,
)
from sourcing.outlets import is_publisher
from sourcing.records import Statement
from sourcing.text.quotes import opens_inside_quote, quote_share

DETERMINERS = ("a", "an", "the", "some", "several", "many", "two", "three", "other", "his", "her", "their")


def rule_features(statement: Statement, result: Features) -> None:
    """Add the rule's type and kind, the mention's kind, resolution and the pronoun it went by."""
    kind = rule_kind(statement)
    rule = statement.type.value  # an enum member's `value` is a Python-level property: read it once
    result[f"rule={rule}"] = 1.0
    result[f"evidence={kind}"] = 1.0
    result[f"rule_evidence={rule}|{kind}"] = 1.0
    for flag in mention_flags(statement):
        result[f"flag={flag}"] = 1.0
        result[f"rule_flag={rule}|{flag}"] = 1.0
    if statement.resolved_from is not None:
        result["resolved"] = 1.0
        result["resolved_distance"] = min(statement.index - statement.resolved_from, 6) / 6
    if statement.via:
        result["has_via"] = 1.0
    reference = statement.provenance.reference if statement.provenance else None
    pronoun = (reference or "").lower()
    if pronoun in PRONOUNS:
        result[f"pronoun={pronoun}"] = 1.0
        result[f"pronoun_type={pronoun}|{rule}"] = 1.0


def cue_features(statement: Statement, result: Features) -> None:
    """Add the cue, its verb form and where in the sentence it stands."""
    if not statement.cue:
        result["no_cue"] = 1.0
        return
    cue = statement.cue.lower()
    last = cue.split()[-1] if cue.split() else cue
    form = "ing" if last.endswith("ing") else "ed" if last.endswith(("ed", "said", "told")) else (
        "s" if last.endswith("s") else "base")
    result[f"cue={cue}"] = 1.0
    result[f"cue_form={form}"] = 1.0
    if statement.cue_span is not None and len(statement.span):
        where = (statement.cue_span.start - statement.span.start) / len(statement.span)
        result[f"cue_at={_bucket(where, (0.2, 0.6))}"] = 1.0


def source_features(statement: Statement, context: FeatureContext, result: Features) -> None:
    """Add the shape of the source phrase: its words, capitals, lexicons and outlet."""
    source = statement.source
    if not source:
        result["no_source"] = 1.0
        return
    words = WORD.findall(source.lower())
    result["source_words"] = min(len(words), 12) / 12
    if words:
        first, head = words[0], words[-1]
        result[f"source_first={first if first in DETERMINERS else 'other'}"] = 1.0
        result["source_plural"] = float(regular_plural(head))
        result[f"source_head={head}"] = 1.0
    capitals = CAPITALIZED.findall(source)
    result["source_capitalized"] = min(len(capitals), 4) / 4
    if NAME_SHAPE.search(source):
        result["source_name_shape"] = 1.0
    if ACRONYM.search(source):
        result["source_acronym"] = 1.0
    seen = set(words)
    for name, entries in source_lexicons():
        if not seen.isdisjoint(entries):
            result[f"source_lex={name}"] = 1.0
    outlet = find_outlet(source)
    if outlet:
        own = is_publisher(outlet, context.document.outlet)
        result["source_outlet_own" if own else "source_outlet_other"] = 1.0


def quote_features(statement: Statement, context: FeatureContext, result: Features) -> None:
    """Add how much of the sentence is quoted and whether quotation marks open or close it."""
    span = statement.span
    share = quote_share(context.quoted, span)
    text = context.normalized[span.start : span.end]
    result["quote_share"] = share
    result[f"quote_share={_bucket(share, (0.05, 0.5, 0.95))}"] = 1.0
    if text.startswith('"'):
        result["starts_with_quote"] = 1.0
    if text.rstrip().endswith('"'):
        result["ends_with_quote"] = 1.0
    if opens_inside_quote(context.quoted, span):
        result["opens_inside_quote"] = 1.0


def position_features(statement: Statement, context: FeatureContext, result: Features) -> None:
    """Add where in the article the statement stands."""
    count = len(context.statements)
    where = statement.index / count if count else 0.0
    result["position"] = where
    result[f"position={_bucket(where, (0.1, 0.5))}"] = 1.0
    if statement.index == 0:
        result["first_statement"] = 1.0


def neighbour_features(statement: Statement, context: FeatureContext, result: Features) -> None:
    """Add the types, rules and cues of the statements around it and of its antecedent."""
    statements = context.statements
    for offset, name in ((-1, "prev"), (-2, "prev2"), (1, "next")):
        i = statement.index + offset
        if not 0 <= i < len(statements):
            result[f"{name}=none"] = 1.0
            continue
        other = statements[i]
        other_type = other.type.value
        result[f"{name}={other_type}"] = 1.0
        result[f"{name}_evidence={context.kinds[i]}"] = 1.0
        for flag in context.flags[i]:
            result[f"{name}_flag={flag}"] = 1.0
        if other.cue:
            result[f"{name}_cued"] = 1.0
        if offset == -1:
            result[f"prev_rule={other_type}|{statement.type.value}"] = 1.0
            gap = context.normalized[other.span.end : statement.span.start]
            result["same_paragraph" if "\n" not in gap else "new_paragraph"] = 1.0
    if statement.resolved_from is not None and 0 <= statement.resolved_from < len(statements):
        antecedent = statements[statement.resolved_from]
        result[f"antecedent={antecedent.type.value}"] = 1.0
        result[f"antecedent_evidence={context.kinds[statement.resolved_from]}"] = 1.0


def _bucket(value: float, edges: tuple[float, ...]) -> int:
    """Return the index of the first edge above `value` (len(edges) past the last)."""
    return bisect_right(edges, value)
