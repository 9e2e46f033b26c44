import pytest

from sourcing.evaluation import Evaluation
from sourcing.model.overrides import Overrides, count_overrides


def _evaluation(pairs: list[tuple[str, str]]) -> Evaluation:
    return Evaluation(pairs=[("doc", gold, predicted) for gold, predicted in pairs])


@pytest.mark.parametrize(("rules", "model", "expected"), [
    # gold, rules' credited type / gold, model's credited type
    ([("document", "unattributed")], [("document", "document")], Overrides(1, 0, 0)),
    ([("document", "document")], [("document", "unattributed")], Overrides(0, 1, 0)),
    ([("document", "cited_outlet")], [("document", "unattributed")], Overrides(0, 0, 1)),
    ([("document", "document")], [("document", "document")], Overrides(0, 0, 0)),
    ([("unattributed", "missing")], [("unattributed", "missing")], Overrides(0, 0, 0)),
    ([("document", "document"), ("named_person", "named_person"), ("unattributed", "named_person")],
     [("document", "unattributed"), ("named_person", "named_official"), ("unattributed", "unattributed")],
     Overrides(1, 2, 0)),
])
def test_count_overrides_sorts_each_changed_type_by_who_was_right(rules, model, expected):
    found = count_overrides(_evaluation(rules), _evaluation(model))
    assert found == expected
    assert found.as_dict()["total"] == expected.right + expected.wrong + expected.neither


def test_count_overrides_refuses_evaluations_of_different_rows():
    with pytest.raises(ValueError, match="same gold rows"):
        count_overrides(_evaluation([("document", "document")]), _evaluation([("unattributed", "document")]))
