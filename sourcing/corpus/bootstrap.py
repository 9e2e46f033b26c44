"""Percentile bootstrap confidence intervals over articles, with a fixed seed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    import numpy as np
else:
    from sourcing.lazy import LazyModule

    np = LazyModule("numpy")  # imported on first use: a cached re-run needs no numpy

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


Statistic: TypeAlias = "Callable[..., np.ndarray]"  # numpy reducer taking `axis=`, e.g. np.mean


def bootstrap(
    values: Sequence[float] | np.ndarray,
    statistic: Statistic | None = None,
    *,
    resamples: int = RESAMPLES,
    level: float = LEVEL,
    seed: int = SEED,
) -> Estimate | None:
    """Return `statistic` (default np.mean) of `values` with its percentile bootstrap CI;
    None if empty.

    Each resample draws len(values) articles with replacement; the same seed gives the
    same interval on every run. One value gives a zero-width interval.
    """
    return bootstrap_each(values, (statistic or np.mean,), resamples=resamples, level=level,
                          seed=seed)[0]


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
    # Imported here: a re-run whose estimates are all stored draws nothing.
    from sourcing.corpus.counted_median import CountedMedian

    rng = np.random.default_rng(seed)
    per_chunk = max(1, _CHUNK_CELLS // sample.size)
    counted = CountedMedian.of(sample)
    drawn: list[list[np.ndarray]] = [[] for _ in statistics]
    for start in range(0, resamples, per_chunk):
        count = min(per_chunk, resamples - start)
        picks = rng.integers(0, sample.size, size=(count, sample.size))
        resampled = sample[picks]
        for found, statistic in zip(drawn, statistics, strict=True):
            if statistic is np.median and counted is not None:
                found.append(counted.median(picks))
            else:
                found.append(statistic(resampled, axis=1))
    return [_estimate(float(statistic(sample)), np.concatenate(found), level)
            for statistic, found in zip(statistics, drawn, strict=True)]


def mean_and_median(values: Sequence[float] | np.ndarray) -> tuple[Estimate | None, Estimate | None]:
    """Return the mean and the median of `values`, each with its CI (what a group reports)."""
    mean, median = bootstrap_each(values, (np.mean, np.median))
    return mean, median


def _estimate(value: float, stats: np.ndarray, level: float) -> Estimate:
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(stats, [tail, 100 - tail])
    # Summation order can put an end a rounding error past the estimate (all values equal).
    low = value if np.isclose(low, value, rtol=0, atol=1e-12) else float(low)
    high = value if np.isclose(high, value, rtol=0, atol=1e-12) else float(high)
    return Estimate(value=value, low=float(low), high=float(high))
