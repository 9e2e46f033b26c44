"""Records: `revised` gives what `dataclasses.replace` gives."""

from dataclasses import replace

import pytest

from sourcing.provenance import Provenance, Rule
from sourcing.records import SourceType, Span, Statement, revised

STATEMENT = Statement(
    2, Span(10, 40), "Mayor Ann Lee said the bridge is safe.", SourceType.NAMED_OFFICIAL, source="Ann Lee",
    source_span=Span(16, 23), cue="said", cue_span=Span(24, 28), flags=("mention:person",),
    provenance=Provenance(Rule.CUE, cue_kind="verb"),
)


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"confidence": 0.25},
        {"type": SourceType.UNATTRIBUTED, "source": None, "source_span": None, "via": None, "resolved_from": None},
        {"flags": ("model:named_official->named_person",), "evidence": "the model"},
    ],
)
def test_revised_equals_replace(changes: dict[str, object]) -> None:
    expected = replace(STATEMENT, **changes)  # type: ignore[arg-type]
    got = revised(STATEMENT, **changes)
    assert got == expected and hash(got) == hash(expected)
    assert list(vars(got).items()) == list(vars(expected).items())  # same fields, same order
    assert got is not STATEMENT and STATEMENT.confidence == 1.0  # the original is untouched


def test_revised_refuses_an_unknown_field() -> None:
    with pytest.raises(TypeError, match="no field"):
        revised(STATEMENT, confidense=0.5)
