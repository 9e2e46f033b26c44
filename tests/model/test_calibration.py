"""Calibration: the temperature fitted on the accepted types, the confidence map, the reliability table."""

from __future__ import annotations

import numpy as np
import pytest

from sourcing.model.calibration import (
    IDENTITY_MAP,
    expected_calibration_error,
    fit_confidence_map,
    fit_temperature,
    mapped_confidence,
)


def test_the_temperature_softens_overconfident_logits() -> None:
    generator = np.random.default_rng(0)
    labels = generator.integers(0, 3, 600)
    logits = generator.normal(size=(600, 3))
    logits[np.arange(600), labels] += 1.0  # right, but with logits 3x too large:
    accepted = np.zeros((600, 3), dtype=bool)
    accepted[np.arange(600), labels] = True
    assert 2.0 < fit_temperature(3 * logits, accepted) < 4.5


def test_an_accepted_set_counts_its_whole_mass() -> None:
    # the first two types are each the gold type half the time, and both are always accepted
    logits = np.array([[2.0, 1.0, -2.0]] * 50)
    gold = np.array([[True, False, False], [False, True, False]] * 25)
    both = np.array([[True, True, False]] * 50)
    assert fit_temperature(logits, both) < 0.25
    assert fit_temperature(logits, gold) > 1.0


def test_the_confidence_map_corrects_underconfidence() -> None:
    # the chosen type's probability says 0.6, but it is right 9 times in 10
    pairs = [(0.6, i % 10 != 0) for i in range(500)] + [(0.9, i % 50 != 0) for i in range(500)]
    mapping = fit_confidence_map(pairs)
    assert mapped_confidence(0.6, mapping) == pytest.approx(0.9, abs=0.02)
    assert mapped_confidence(0.9, mapping) == pytest.approx(0.98, abs=0.02)
    mapped = [(mapped_confidence(p, mapping), ok) for p, ok in pairs]
    assert expected_calibration_error(mapped) < expected_calibration_error(pairs)


def test_the_identity_map_keeps_the_probability() -> None:
    assert mapped_confidence(0.4321, IDENTITY_MAP) == 0.4321
    assert fit_confidence_map([]) == IDENTITY_MAP
