"""Typed provenance of a statement's source: which rule decided it and from what.

Later stages (the model's features) read these fields; the human-readable `evidence` of a
statement is rendered from them by `render_evidence`, never parsed back.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Rule(StrEnum):
    """The rule that gave a statement its source."""

    CUE = "cue"  # the sentence's own cue names its source ("X said")
    NO_COMMENT = "no_comment"  # rule 7
    HEDGE = "hedge"  # rule 4
    LEGAL_RECORD = "legal_record"
    OWN_OUTLET = "own_outlet"  # rule 10
    RELAY_QUOTED = "relay_quoted"  # rule 1: "Reuters quoted X as saying"
    RELAY_OUTLET = "relay_outlet"  # rule 1: an outlet reports another source
    REFERS_STATEMENT = "refers_statement"  # rule 2: a pronoun or description takes an earlier source
    OUTLET_REPORT = "outlet_report"  # "the report" is an earlier outlet's
    REFERS_NAME = "refers_name"  # rule 2: a pronoun refers to a name in the preceding text
    NAMED_LATER = "named_later"  # rule 6: a role named elsewhere
    NO_ANTECEDENT = "no_antecedent"
    EMBEDDED_POST = "embedded_post"  # rule 9
    CARRY_OVER = "carry_over"  # rule 3: continues the previous account
    QUOTE_OPENER = "quote_opener"  # rule 3: opens a quotation attributed after it
    POLL_FIGURES = "poll_figures"  # rule 3: more figures of a poll named before
    MODEL = "model"  # the model chose another candidate than the rules


@dataclass(frozen=True)
class Provenance:
    """Why a statement has its source; which fields are set depends on `rule`."""

    rule: Rule
    cue_kind: str | None = None  # CueKind value of the deciding cue
    source_kind: str | None = None  # MentionKind value of the source's mention ("" when unknown)
    reference: str | None = None  # the referring words: "he", "the official"
    reference_kind: str | None = None  # their MentionKind value
    statement: int | None = None  # the statement referred to, continued, or relayed from
    name: str | None = None  # a name found for a reference, an outlet, or the model's version
    probability: float | None = None  # MODEL: the probability of the chosen type
    replaced: Provenance | None = None  # MODEL: the rules' provenance
    replaced_type: str | None = None  # MODEL: the rules' type


FIXED = {
    Rule.NO_COMMENT: "refusal to comment (rule 7)",
    Rule.HEDGE: "impersonal hedge (rule 4)",
    Rule.LEGAL_RECORD: "statement made in a legal record",
    Rule.OWN_OUTLET: "the publishing outlet's own reporting (rule 10)",
    Rule.RELAY_QUOTED: "relay: quoted as saying (rule 1)",
    Rule.RELAY_OUTLET: "relay: outlet reports another source (rule 1)",
    Rule.EMBEDDED_POST: "embedded post, author from its credit line (rule 9)",
}


def render_evidence(provenance: Provenance | None) -> str:
    """Say in words why the statement has its source ("" when no rule decided)."""
    if provenance is None:
        return ""
    p = provenance
    if p.rule in FIXED:
        return FIXED[p.rule]
    rendered = {
        Rule.CUE: lambda: f"{p.cue_kind}: {p.source_kind}",
        Rule.REFERS_STATEMENT: lambda: f"{p.reference_kind} '{p.reference}' refers to statement {p.statement}",
        Rule.OUTLET_REPORT: lambda: f"'the report' is the report of {p.name} (statement {p.statement})",
        Rule.REFERS_NAME: lambda: f"{p.reference_kind} '{p.reference}' refers to {p.name}",
        Rule.NAMED_LATER: lambda: f"role '{p.reference}' is named later: {p.name} (rule 6)",
        Rule.NO_ANTECEDENT: lambda: f"{p.reference_kind} '{p.reference}' with no antecedent",
        Rule.CARRY_OVER: lambda: f"continues the quotation of statement {p.statement} (rule 3)",
        Rule.QUOTE_OPENER: lambda: f"opens the quotation attributed in statement {p.statement} (rule 3)",
        Rule.POLL_FIGURES: lambda: f"figures of the poll of statement {p.statement} (rule 3)",
        Rule.MODEL: lambda: _model_evidence(p),
    }
    return rendered[p.rule]()


def _model_evidence(p: Provenance) -> str:
    evidence = f"model {p.name} ({p.probability or 0.0:.2f}) overrode rule {p.replaced_type}"
    replaced = render_evidence(p.replaced)
    return f"{evidence}: {replaced}" if replaced else evidence
