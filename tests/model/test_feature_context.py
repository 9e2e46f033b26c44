"""The article context of the features: the rule kind each statement's provenance names."""

from __future__ import annotations

import pytest

from sourcing.model.feature_context import rule_kind
from sourcing.provenance import Provenance, Rule
from sourcing.records import SourceType, Span, Statement


@pytest.mark.parametrize(
    ("provenance", "kind"),
    [
        (None, "none"),
        (Provenance(Rule.CUE, cue_kind="subject_verb", source_kind="official"), "subject_verb"),
        (Provenance(Rule.CUE, cue_kind="inverted_verb", source_kind="unnamed"), "inverted_verb"),
        (Provenance(Rule.CARRY_OVER, statement=5), "carry_over"),
        (Provenance(Rule.QUOTE_OPENER, statement=2), "quote_opener"),
        (Provenance(Rule.REFERS_STATEMENT, reference="he", reference_kind="pronoun_person", statement=3),
         "refers_statement"),
        (Provenance(Rule.REFERS_NAME, reference="he", reference_kind="pronoun_person", name="Barr"), "refers_name"),
        (Provenance(Rule.NO_ANTECEDENT, reference="They", reference_kind="pronoun_group"), "no_antecedent"),
        (Provenance(Rule.NAMED_LATER, reference="the spokesman", name="Jo Ames"), "named_later"),
        (Provenance(Rule.NO_COMMENT), "no_comment"),
        (Provenance(Rule.HEDGE), "hedge"),
        (Provenance(Rule.OWN_OUTLET), "own_outlet"),
        (Provenance(Rule.RELAY_QUOTED), "relay"),
        (Provenance(Rule.EMBEDDED_POST), "embedded_post"),
    ],
)
def test_rule_kind_reads_the_typed_provenance(provenance: Provenance | None, kind: str) -> None:
    statement = Statement(index=0, span=Span(0, 1), text="x", type=SourceType.UNATTRIBUTED, provenance=provenance)
    assert rule_kind(statement) == kind
