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


@dataclass(frozen=True)
class CountedMedian:
    """`np.median(sample[picks], axis=1)` to the last bit, by counting draws of each value.

    An article's share takes few distinct values (most are 0), so counting each
    resample's draws of each value and reading the middle one off the running counts is
    faster than numpy's partition (the 472 outlets of the 37,554-article corpus: 6.2 -> 2.6 s,
    loaded machine), and picks the same element(s): the median
    is the middle value, or the mean of the two middle values, as numpy computes it.
    """

    values: np.ndarray  # the distinct values, ascending
    codes: np.ndarray  # each article's value, as its index in `values`

    @staticmethod
    def of(sample: np.ndarray) -> CountedMedian | None:
        """Return the counter for `sample`, or None when numpy's own median must decide
        (NaN, or a signed zero that counting could merge with 0.0)."""
        if np.isnan(sample).any() or np.signbit(sample).any():
            return None
        values, codes = np.unique(sample, return_inverse=True)
        return CountedMedian(values, codes.reshape(-1))

    def median(self, picks: np.ndarray) -> np.ndarray:
        """Return the median of each row of `sample[picks]`."""
        count, size = picks.shape
        bins = self.values.size
        drawn = self.codes[picks] + (np.arange(count) * bins)[:, None]
        running = np.bincount(drawn.ravel(), minlength=count * bins).reshape(count, bins)
        np.cumsum(running, axis=1, out=running)
        middle = [(size - 1) // 2] if size % 2 else [size // 2 - 1, size // 2]
        chosen = [self.values[(running <= k).sum(axis=1)] for k in middle]
        return np.mean(np.stack(chosen, axis=1), axis=1)


def _estimate(value: float, stats: np.ndarray, level: float) -> Estimate:
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(stats, [tail, 100 - tail])
    # Summation order can put an end a rounding error past the estimate (all values equal).
    low = value if np.isclose(low, value, rtol=0, atol=1e-12) else float(low)
    high = value if np.isclose(high, value, rtol=0, atol=1e-12) else float(high)
    return Estimate(value=value, low=float(low), high=float(high))
