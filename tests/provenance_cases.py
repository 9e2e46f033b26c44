"""Every kind of provenance, for the tests of the evidence rendered from it."""

from __future__ import annotations

from sourcing.attribution.cue_kinds import CueKind
from sourcing.attribution.mention_kinds import MentionKind
from sourcing.provenance import Provenance, Rule


def all_provenances() -> list[Provenance]:
    """One provenance a rule, cue kind and mention kind, every reference field set."""
    fields = {"reference": "he", "statement": 2, "name": "Barr", "probability": 0.6,
              "replaced_type": "named_official"}
    found = [Provenance(rule, reference_kind=kind.value, **fields) for rule in Rule for kind in MentionKind]
    found += [Provenance(Rule.CUE, cue_kind=cue.value, source_kind=kind.value)
              for cue in CueKind for kind in MentionKind]
    found += [Provenance(Rule.MODEL, replaced=p, **fields) for p in found[:: len(MentionKind)]]
    return found
