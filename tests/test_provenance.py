"""Evidence is rendered from the typed provenance, in a teacher's words with the GUIDELINES rule."""

from __future__ import annotations

import re

import pytest
from provenance_cases import all_provenances

from sourcing.attribution.cue_kinds import CueKind
from sourcing.attribution.mention_kinds import MentionKind
from sourcing.provenance import (
    CUE_WORDS,
    MENTION_WORDS,
    SOURCE_TYPES,
    Provenance,
    Rule,
    cite,
    cited_rules,
    render_evidence,
)

# An internal name: lower-case words joined by underscores ("subject_verb", "pronoun_person").
SNAKE_CASE = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")


@pytest.mark.parametrize(
    ("provenance", "evidence"),
    [
        (None, ""),
        (Provenance(Rule.CUE, cue_kind="subject_verb", source_kind="official"),
         ("the source is the subject of the sentence's speech verb: a named person in an official role"
         " (GUIDELINES: source types)")),
        (Provenance(Rule.CUE, cue_kind="inverted_verb", source_kind="unnamed"),
         "the source comes after the sentence's speech verb: someone described but not named (GUIDELINES rule 6)"),
        (Provenance(Rule.CUE, cue_kind="according_to", source_kind="indefinite_report"),
         "\u201caccording to\u201d names the source: a report the article does not identify (GUIDELINES: source types)"),
        (Provenance(Rule.CUE, cue_kind="quoted_as", source_kind=""),
         "an outlet quotes the source as saying it (GUIDELINES rule 1)"),
        (Provenance(Rule.CARRY_OVER, statement=5), "continues the quotation of statement [5] (GUIDELINES rule 3)"),
        (Provenance(Rule.QUOTE_OPENER, statement=2),
         "opens the quotation attributed in statement [2] (GUIDELINES rule 3)"),
        (Provenance(Rule.REFERS_STATEMENT, reference="he", reference_kind="pronoun_person", statement=3),
         "the pronoun \u201che\u201d refers back to the source of statement [3] (GUIDELINES rule 2)"),
        (Provenance(Rule.REFERS_STATEMENT, reference="The same source", reference_kind="definite_role", statement=6),
         "the description \u201cThe same source\u201d refers back to the source of statement [6] (GUIDELINES rule 2)"),
        (Provenance(Rule.REFERS_NAME, reference="he", reference_kind="pronoun_person", name="Barr"),
         "the pronoun \u201che\u201d refers to Barr, named before it (GUIDELINES rule 2)"),
        (Provenance(Rule.NAMED_LATER, reference="the spokesman", name="Jo Ames"),
         "the role \u201cthe spokesman\u201d is named elsewhere in the article: Jo Ames (GUIDELINES rule 6)"),
        (Provenance(Rule.OUTLET_REPORT, name="Reuters", statement=1),
         "\u201cthe report\u201d is the report of Reuters, named in statement [1] (GUIDELINES rule 2)"),
        (Provenance(Rule.OUTLET_REPORT, reference="the article", name="The Washington Post", statement=16),
         ("\u201cthe article\u201d is the report of The Washington Post, named in statement [16]"
          " (GUIDELINES rule 2)")),
        (Provenance(Rule.HEDGE), "an impersonal phrase hides who knows (GUIDELINES rule 4)"),
        (Provenance(Rule.MODEL, name="attribution-x", probability=0.724, replaced_type="unattributed",
                    replaced=Provenance(Rule.CARRY_OVER, statement=1)),
         ("the trained model chose this type, 72% sure, over the rules' No source; the rules found:"
         " continues the quotation of statement [1] (GUIDELINES rule 3)")),
        (Provenance(Rule.MODEL, name="m", probability=0.5, replaced_type="unattributed"),
         "the trained model chose this type, 50% sure, over the rules' No source"),
    ],
)
def test_evidence_is_rendered_from_provenance(provenance: Provenance | None, evidence: str) -> None:
    assert render_evidence(provenance) == evidence


def test_every_cue_and_mention_kind_has_words() -> None:
    assert set(CUE_WORDS) == {kind.value for kind in CueKind}
    assert set(MENTION_WORDS) | {MentionKind.UNKNOWN.value} == {kind.value for kind in MentionKind}


def test_evidence_never_shows_an_internal_name() -> None:
    for provenance in all_provenances():
        evidence = render_evidence(provenance)
        assert not SNAKE_CASE.search(evidence), (provenance, evidence)


@pytest.mark.parametrize("rule", list(Rule))
def test_every_rule_names_its_guidelines_rule(rule: Rule) -> None:
    """A teacher reads which GUIDELINES rule decides, whatever the rule (a model override
    names the rule its rules' reading rested on)."""
    replaced = Provenance(Rule.CARRY_OVER, statement=1)
    evidence = render_evidence(Provenance(rule, statement=1, replaced=replaced))
    assert "GUIDELINES" in evidence


@pytest.mark.parametrize(
    ("provenance", "rules"),
    [
        (None, None),
        (Provenance(Rule.NO_COMMENT), (7,)),
        (Provenance(Rule.NO_ANTECEDENT, reference="he", reference_kind="pronoun_person"), (2, 6)),
        (Provenance(Rule.LEGAL_RECORD), ()),  # the table of source types
        (Provenance(Rule.CUE, cue_kind="subject_verb", source_kind="official"), ()),
        (Provenance(Rule.CUE, cue_kind="inverted_verb", source_kind="unnamed"), (6,)),
        (Provenance(Rule.CUE, cue_kind="participle", source_kind="unnamed"), (7,)),  # the cue's first
        (Provenance(Rule.MODEL, probability=0.5, replaced=Provenance(Rule.CARRY_OVER, statement=1)), (3,)),
        (Provenance(Rule.MODEL, probability=0.5, replaced_type="unattributed"), None),
    ],
)
def test_cited_rules_are_read_from_the_provenance(provenance: Provenance | None,
                                                  rules: tuple[int, ...] | None) -> None:
    assert cited_rules(provenance) == rules


def test_the_evidence_cites_the_cited_rules_and_no_other() -> None:
    """A key lists the rules its evidence cites: `cited_rules` names each citation of it."""
    for provenance in all_provenances():
        evidence = render_evidence(provenance)
        rules = cited_rules(provenance)
        if rules is not None:
            citation = f"({cite(*rules) if rules else SOURCE_TYPES})"
            assert evidence.endswith(citation), evidence
            evidence = evidence.removesuffix(citation)
        assert "GUIDELINES" not in evidence, (provenance, evidence)
