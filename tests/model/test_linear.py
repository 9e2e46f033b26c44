"""The linear model's prediction: columns found by table look-up as by binary search."""

from __future__ import annotations

import numpy as np

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
