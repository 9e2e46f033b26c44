"""The median of resamples by counting draws: numpy's median to the last bit."""

from __future__ import annotations

import numpy as np
import pytest

from sourcing.corpus.counted_median import CountedMedian


@pytest.mark.parametrize("size", [1, 2, 9, 10, 2500])
def test_median_by_counting_is_numpys_to_the_last_bit(size: int) -> None:
    rng = np.random.default_rng(size)
    shares = np.round(rng.beta(0.5, 3.0, size=size), 2) * (rng.random(size) < 0.4)  # many 0
    picks = rng.integers(0, size, size=(300, size))
    counted = CountedMedian.of(shares)
    assert counted is not None
    assert np.array_equal(counted.median(picks), np.median(shares[picks], axis=1))
    assert CountedMedian.of(np.array([0.5, np.nan])) is None
    assert CountedMedian.of(np.array([0.5, -0.0])) is None
