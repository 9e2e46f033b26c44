"""Each source type's reader-facing label, style and definition come from one table."""

from __future__ import annotations

import pytest
from fresh_python import run_python

from sourcing.records import SourceType
from sourcing.source_types import type_label, type_styles


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("named_official", "Named official"),
        ("unnamed_source", "Anonymous source"),
        ("unattributed", "No source"),
        ("not_a_type", "not_a_type"),  # a name the table lacks is shown as it is
    ],
)
def test_type_label(name: str, label: str) -> None:
    assert type_label(name) == label


def test_every_source_type_has_one_style_in_legend_order() -> None:
    assert [style.name for style in type_styles()] == [kind.value for kind in SourceType]


@pytest.mark.parametrize("first", ["sourcing.source_types", "sourcing.provenance"])
def test_a_model_overrides_evidence_imports_no_rendering_module(first: str) -> None:
    # The analysis names the rules' type by its label without the rendering layer, nor
    # importlib.resources. provenance imports source_types at module level: source_types
    # must never import it back (either may be imported first).
    code = (f"import sys, {first}\n"
            "from sourcing.provenance import Provenance, Rule, render_evidence\n"
            "print(render_evidence(Provenance(Rule.MODEL, probability=0.5,"
            " replaced_type='unattributed')))\n"
            "print(sorted(m for m in sys.modules if m.startswith('sourcing.render')"
            " or m == 'importlib.resources'))\n")
    assert run_python(code).stdout.splitlines() == [
        "the trained model chose this type, 50% sure, over the rules' No source", "[]"]
