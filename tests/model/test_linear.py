"""The linear model's prediction: columns found by table look-up as by binary search."""

from __future__ import annotations

import numpy as np
import pytest

from sourcing.model.linear import LinearModel, _entries, bucket, softmax


def reference_logits(model: LinearModel, rows: list[dict[str, float]]) -> np.ndarray:
    """Logits with each bucket's column found by searching `model.buckets` (`_entries`)."""
    row_ids, columns, values = _entries(rows, model.buckets)
    logits = np.zeros((len(rows), len(model.classes)))
    for k in range(len(model.classes)):
        logits[:, k] = np.bincount(
            row_ids, weights=model.coef[k, columns] * values, minlength=len(rows)
        )
    return logits + model.intercept


def test_predictions_equal_those_found_by_search() -> None:
    names = [f"w=word{i}" for i in range(300)] + ["bias", "rule=unattributed", "\u00e9t\u00e9"]
    known = np.unique([bucket(name) for name in names[::2]] + [0, (1 << 20) - 1])
    generator = np.random.default_rng(0)
    model = LinearModel(
        ("a", "b", "c"),
        known,
        generator.normal(size=(3, len(known))),
        generator.normal(size=3),
        1.5,
    )
    rows = [
        {name: float(generator.random()) for name in generator.choice(names, 40)} for _ in range(25)
    ]
    rows.append({})
    assert np.array_equal(model.decision_function(rows), reference_logits(model, rows))
    expected = softmax(reference_logits(model, rows) / 1.5)
    assert np.array_equal(model.predict_proba(rows), expected)


def test_fitting_on_single_accepted_types_is_scikit_learns_objective() -> None:
    from sklearn.linear_model import LogisticRegression

    from sourcing.model.linear import design_matrix, fit_linear_sets

    rows = [{"a": 1.0, "b": 0.5}, {"a": 1.0}, {"c": 1.0, "b": 1.0}, {"c": 2.0}, {"a": 1.0, "c": 1.0}, {"b": 1.0}]
    labels = ["x", "x", "y", "y", "z", "z"]
    linear = fit_linear_sets(rows, [frozenset((label,)) for label in labels], min_rows=1, tol=1e-9)
    fitted = LogisticRegression(C=1.0, max_iter=1000, tol=1e-9).fit(design_matrix(rows, linear.buckets), labels)
    assert linear.classes == ("x", "y", "z")
    assert np.allclose(linear.predict_proba(rows), fitted.predict_proba(design_matrix(rows, linear.buckets)), atol=1e-4)


def test_a_row_accepting_two_types_is_right_with_either() -> None:
    from sourcing.model.linear import fit_linear_sets

    # "official" rows where "person" is also accepted: the model needs not push "person" down there
    rows = [{"role": 1.0}] * 6 + [{"name": 1.0}] * 6
    accepted = [frozenset(("official", "person"))] * 6 + [frozenset(("person",))] * 6
    linear = fit_linear_sets(rows, accepted, min_rows=1)
    official, person = linear.predict_proba([{"role": 1.0}])[0]
    assert linear.classes == ("official", "person") and official + person == pytest.approx(1.0)
    assert linear.predict_proba([{"name": 1.0}])[0][1] > 0.9
