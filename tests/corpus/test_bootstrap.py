"""Bootstrap CIs: exact point estimates, intervals that contain them, same seed same answer."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sourcing.corpus.bootstrap import bootstrap, bootstrap_each


@pytest.mark.parametrize(
    ("values", "mean", "median"),
    [
        ([0.1, 0.2, 0.6], 0.3, 0.2),
        ([0.0, 0.0, 0.5, 0.5], 0.25, 0.25),
        ([0.25], 0.25, 0.25),
        ([0.3, 0.3, 0.3], 0.3, 0.3),
    ],
)
def test_point_estimates_are_exact_and_inside_the_interval(
    values: list[float], mean: float, median: float
) -> None:
    for statistic, expected in ((np.mean, mean), (np.median, median)):
        estimate = bootstrap(values, statistic)
        assert estimate is not None
        assert estimate.value == pytest.approx(expected)
        assert estimate.low <= estimate.value <= estimate.high


def test_interval_of_a_spread_sample_has_width_and_stays_in_range() -> None:
    estimate = bootstrap([0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9])
    assert estimate is not None
    assert 0.0 <= estimate.low < 0.45 < estimate.high <= 0.9


def test_one_value_gives_a_zero_width_interval() -> None:
    estimate = bootstrap([0.4])
    assert estimate is not None
    assert (estimate.low, estimate.value, estimate.high) == (0.4, 0.4, 0.4)


def test_empty_sample_has_no_estimate() -> None:
    assert bootstrap([]) is None


def test_same_seed_same_interval_other_seed_other_interval() -> None:
    values = [0.05 * i for i in range(15)]
    assert bootstrap(values) == bootstrap(values)
    assert bootstrap(values, seed=1) != bootstrap(values, seed=2)


def test_chunked_resampling_matches_resample_count() -> None:
    many = [i % 7 / 10 for i in range(5000)]  # 2000 x 5000 draws: several chunks
    estimate = bootstrap(many)
    assert estimate is not None
    assert estimate.low <= estimate.value <= estimate.high
    assert estimate.high - estimate.low < 0.02


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(min_value=0, max_value=1), min_size=1, max_size=40))
def test_every_interval_contains_its_estimate(values: list[float]) -> None:
    for statistic in (np.mean, np.median):
        estimate = bootstrap(values, statistic, resamples=400)
        assert estimate is not None
        assert estimate.low <= estimate.value <= estimate.high


@pytest.mark.parametrize("size", [1, 7, 2500])  # 2,500 values: the draws come in 3 chunks
def test_statistics_drawn_together_equal_each_drawn_alone(size: int) -> None:
    values = np.random.default_rng(size).beta(0.5, 3.0, size=size)
    together = bootstrap_each(values, (np.mean, np.median))
    assert together == [bootstrap(values, np.mean), bootstrap(values, np.median)]
    assert bootstrap_each([], (np.mean, np.median)) == [None, None]
