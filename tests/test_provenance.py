"""Evidence is rendered from the typed provenance, in the words the analyzer has always used."""

from __future__ import annotations

import pytest

from sourcing.provenance import Provenance, Rule, render_evidence


@pytest.mark.parametrize(
    ("provenance", "evidence"),
    [
        (None, ""),
        (Provenance(Rule.CUE, cue_kind="subject_verb", source_kind="official"), "subject_verb: official"),
        (Provenance(Rule.CARRY_OVER, statement=5), "continues the quotation of statement 5 (rule 3)"),
        (Provenance(Rule.QUOTE_OPENER, statement=2), "opens the quotation attributed in statement 2 (rule 3)"),
        (Provenance(Rule.REFERS_STATEMENT, reference="he", reference_kind="pronoun_person", statement=3),
         "pronoun_person 'he' refers to statement 3"),
        (Provenance(Rule.REFERS_NAME, reference="he", reference_kind="pronoun_person", name="Barr"),
         "pronoun_person 'he' refers to Barr"),
        (Provenance(Rule.NAMED_LATER, reference="the spokesman", name="Jo Ames"),
         "role 'the spokesman' is named later: Jo Ames (rule 6)"),
        (Provenance(Rule.OUTLET_REPORT, name="Reuters", statement=1), "'the report' is the report of Reuters (statement 1)"),
        (Provenance(Rule.HEDGE), "impersonal hedge (rule 4)"),
        (Provenance(Rule.MODEL, name="attribution-x", probability=0.724, replaced_type="unattributed",
                    replaced=Provenance(Rule.CARRY_OVER, statement=1)),
         "model attribution-x (0.72) overrode rule unattributed: continues the quotation of statement 1 (rule 3)"),
        (Provenance(Rule.MODEL, name="m", probability=0.5, replaced_type="unattributed"),
         "model m (0.50) overrode rule unattributed"),
    ],
)
def test_evidence_is_rendered_from_provenance(provenance: Provenance | None, evidence: str) -> None:
    assert render_evidence(provenance) == evidence


@pytest.mark.parametrize("rule", list(Rule))
def test_every_rule_renders(rule: Rule) -> None:
    assert isinstance(render_evidence(Provenance(rule)), str)
