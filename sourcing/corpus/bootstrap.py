"""Percentile bootstrap confidence intervals over articles, with a fixed seed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

RESAMPLES = 2000
LEVEL = 0.95
SEED = 20240601
_CHUNK_CELLS = 2_000_000  # resampled values held in memory at once


@dataclass(frozen=True)
class Estimate:
    """A statistic of a sample with its bootstrap confidence interval."""

    value: float
    low: float
    high: float


Statistic = Callable[..., np.ndarray]  # numpy reducer taking `axis=`, e.g. np.mean


def bootstrap(
    values: Sequence[float] | np.ndarray,
    statistic: Statistic = np.mean,
    *,
    resamples: int = RESAMPLES,
    level: float = LEVEL,
    seed: int = SEED,
) -> Estimate | None:
    """Return `statistic` of `values` with its percentile bootstrap CI; None if empty.

    Each resample draws len(values) articles with replacement; the same seed gives the
    same interval on every run. One value gives a zero-width interval.
    """
    return bootstrap_each(values, (statistic,), resamples=resamples, level=level, seed=seed)[0]


def bootstrap_each(
    values: Sequence[float] | np.ndarray,
    statistics: Sequence[Statistic],
    *,
    resamples: int = RESAMPLES,
    level: float = LEVEL,
    seed: int = SEED,
) -> list[Estimate | None]:
    """Return `bootstrap(values, statistic)` for each of `statistics`, drawing once.

    Every statistic is computed on the same resamples, the ones `bootstrap` draws with
    the same seed, so each estimate equals `bootstrap`'s to the last bit.
    """
    sample = np.asarray(values, dtype=float)
    if sample.size == 0:
        return [None] * len(statistics)
    rng = np.random.default_rng(seed)
    per_chunk = max(1, _CHUNK_CELLS // sample.size)
    drawn: list[list[np.ndarray]] = [[] for _ in statistics]
    for start in range(0, resamples, per_chunk):
        count = min(per_chunk, resamples - start)
        resampled = sample[rng.integers(0, sample.size, size=(count, sample.size))]
        for found, statistic in zip(drawn, statistics, strict=True):
            found.append(statistic(resampled, axis=1))
    return [_estimate(float(statistic(sample)), np.concatenate(found), level)
            for statistic, found in zip(statistics, drawn, strict=True)]


def _estimate(value: float, stats: np.ndarray, level: float) -> Estimate:
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(stats, [tail, 100 - tail])
    # Summation order can put an end a rounding error past the estimate (all values equal).
    low = value if np.isclose(low, value, rtol=0, atol=1e-12) else float(low)
    high = value if np.isclose(high, value, rtol=0, atol=1e-12) else float(high)
    return Estimate(value=value, low=float(low), high=float(high))
