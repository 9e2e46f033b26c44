"""Typed provenance of a statement's source: which rule decided it and from what.

Later stages (the model's features) read these fields; the human-readable `evidence` of a
statement is rendered from them by `render_evidence`, never parsed back. `evidence` is read by
teachers (keys, worksheets, the annotated page), so it is plain words with the GUIDELINES rule
that decides, never an internal name.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sourcing.source_types import type_label


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


# Reader-facing words: keys, worksheets and the annotated page show `evidence` to teachers, so
# it names the GUIDELINES rule that decides (data/gold/GUIDELINES.md), never an internal name.
SOURCE_TYPES = "GUIDELINES: source types"  # no numbered rule: the table of types decides


def cite(*rules: int) -> str:
    """Name numbered GUIDELINES rules as evidence cites them: "GUIDELINES rule 7", "GUIDELINES
    rules 2 and 6"."""
    if len(rules) == 1:
        return f"GUIDELINES rule {rules[0]}"
    return f"GUIDELINES rules {', '.join(map(str, rules[:-1]))} and {rules[-1]}"


# What the evidence of each rule with fixed words says, before the GUIDELINES rule it cites.
FIXED = {
    Rule.NO_COMMENT: "a refusal to comment is an action, not content",
    Rule.HEDGE: "an impersonal phrase hides who knows",
    Rule.LEGAL_RECORD: "said in a legal record: the record is the source",
    Rule.OWN_OUTLET: "the publishing outlet's own reporting is the article's own voice",
    Rule.RELAY_QUOTED: "an outlet quotes the source as saying it and passes it on",
    Rule.RELAY_OUTLET: "an outlet reports what another source says and passes it on",
    Rule.EMBEDDED_POST: "an embedded post, by the author its credit line names",
}
# The numbered GUIDELINES rules the evidence of each rule cites; () cites the table of source
# types. A cue's depend on its kinds (`CUE_RULES`, `MENTION_RULES`); a model's are its rules'.
RULES_CITED: dict[Rule, tuple[int, ...]] = {
    Rule.NO_COMMENT: (7,), Rule.HEDGE: (4,), Rule.LEGAL_RECORD: (), Rule.OWN_OUTLET: (10,),
    Rule.RELAY_QUOTED: (1,), Rule.RELAY_OUTLET: (1,), Rule.EMBEDDED_POST: (9,),
    Rule.REFERS_STATEMENT: (2,), Rule.OUTLET_REPORT: (2,), Rule.REFERS_NAME: (2,),
    Rule.NAMED_LATER: (6,), Rule.NO_ANTECEDENT: (2, 6), Rule.CARRY_OVER: (3,),
    Rule.QUOTE_OPENER: (3,), Rule.POLL_FIGURES: (3,),
}

# How the sentence's own cue names its source (CueKind values).
CUE_WORDS = {
    "subject_verb": "the source is the subject of the sentence's speech verb",
    "inverted_verb": "the source comes after the sentence's speech verb",
    "according_to": "\u201caccording to\u201d names the source",
    "citing": "\u201cciting\u201d names the source",
    "quoted_as": "an outlet quotes the source as saying it",
    "statement": "the source issued a statement",
    "colon_quote": "the source introduces the quotation before a colon",
    "speaker_label": "a transcript's speaker label names the source",
    "lead_in": "a lead-in line names the source of the text after it",
    "in_record": "the sentence cites a record",
    "in_poll": "the sentence gives a poll's figures",
    "headline_credit": "a headline is credited to its outlet",
    "passive": "a passive verb names the source (\u201cannounced by\u201d)",
    "participle": "the source speaks in a clause such as \u201c..., saying\u201d",
    "hedge": "an impersonal phrase hides who knows",
    "no_comment": "the source declined to comment",
}
# What the source's words are (MentionKind values).
MENTION_WORDS = {
    "official": "a named person in an official role",
    "person": "a named person",
    "organization": "a named organization",
    "document": "a document",
    "outlet": "a news outlet",
    "unnamed": "someone described but not named",
    "report": "a report named before",
    "indefinite_report": "a report the article does not identify",
    "pronoun_person": "a person called he or she",
    "pronoun_group": "a group called they",
    "pronoun_thing": "something called it",
    "first_person": "someone speaking as I or we",
    "definite_role": "a role with \u201cthe\u201d",
    "poll_result": "a poll's figures",
}
# The numbered rule that decides a cue's type, by cue kind, then by mention kind.
CUE_RULES = {"quoted_as": 1, "hedge": 4, "no_comment": 7, "participle": 7}
MENTION_RULES = {
    "outlet": 1, "unnamed": 6, "report": 2, "pronoun_person": 2, "pronoun_group": 2,
    "pronoun_thing": 2, "definite_role": 2,
}
# Referring words that are pronouns (MentionKind values); any other is a description.
PRONOUN_KINDS = frozenset({"pronoun_person", "pronoun_group", "pronoun_thing", "first_person"})


def cited_rules(provenance: Provenance | None) -> tuple[int, ...] | None:
    """Return the numbered GUIDELINES rules the evidence of `provenance` cites: () when it
    cites the table of source types, None when it cites nothing (no provenance, or a model
    override without the rules' own)."""
    if provenance is None:
        return None
    if provenance.rule is Rule.MODEL:
        return cited_rules(provenance.replaced)
    return _own_rules(provenance)


def render_evidence(provenance: Provenance | None) -> str:
    """Say in plain words why the statement has its source, with the GUIDELINES rule that
    decides ("" when no rule decided)."""
    if provenance is None:
        return ""
    if provenance.rule is Rule.MODEL:
        return _model_evidence(provenance)
    rules = _own_rules(provenance)
    return f"{_reason(provenance)} ({cite(*rules) if rules else SOURCE_TYPES})"


def _own_rules(p: Provenance) -> tuple[int, ...]:
    """Return the numbered rules a rule's own evidence cites (not a model override's)."""
    if p.rule is Rule.CUE:
        rule = CUE_RULES.get(p.cue_kind or "") or MENTION_RULES.get(p.source_kind or "")
        return (rule,) if rule else ()
    return RULES_CITED[p.rule]


def _reason(p: Provenance) -> str:
    """Say in plain words why the statement has its source, without the rule."""
    if p.rule in FIXED:
        return FIXED[p.rule]
    said = _reference(p)
    reasons = {
        Rule.CUE: lambda: _cue_reason(p),
        Rule.REFERS_STATEMENT: lambda: f"{said} refers back to the source of statement [{p.statement}]",
        Rule.OUTLET_REPORT: lambda: f"\u201c{p.reference or 'the report'}\u201d is the report of {p.name}, named in statement [{p.statement}]",
        Rule.REFERS_NAME: lambda: f"{said} refers to {p.name}, named before it",
        Rule.NAMED_LATER: lambda: f"the role \u201c{p.reference}\u201d is named elsewhere in the article: {p.name}",
        Rule.NO_ANTECEDENT: lambda: f"{said} refers to no one the article names before it",
        Rule.CARRY_OVER: lambda: f"continues the quotation of statement [{p.statement}]",
        Rule.QUOTE_OPENER: lambda: f"opens the quotation attributed in statement [{p.statement}]",
        Rule.POLL_FIGURES: lambda: f"more figures of the poll of statement [{p.statement}]",
    }
    return reasons[p.rule]()


def _reference(p: Provenance) -> str:
    """Name the referring words of `p`: "the pronoun \u201che\u201d", "the description \u201cthe official\u201d"."""
    what = "the pronoun" if p.reference_kind in PRONOUN_KINDS else "the description"
    return f"{what} \u201c{p.reference}\u201d"


def _cue_reason(p: Provenance) -> str:
    """Say how the sentence's own cue names its source, and what the source is."""
    how = CUE_WORDS.get(p.cue_kind or "", "the sentence names its source")
    who = MENTION_WORDS.get(p.source_kind or "")
    return f"{how}: {who}" if who else how


def _model_evidence(p: Provenance) -> str:
    rules = type_label(p.replaced_type) if p.replaced_type else "another type"
    evidence = f"the trained model chose this type, {p.probability or 0.0:.0%} sure, over the rules' {rules}"
    replaced = render_evidence(p.replaced)
    return f"{evidence}; the rules found: {replaced}" if replaced else evidence
