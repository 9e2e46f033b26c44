"""The median of bootstrap resamples, read off counts of each value drawn.

Apart from `bootstrap` (which imports it when it draws), so that a cached comparison,
whose estimates are all stored, does not define it. Its source is part of the key of
stored estimates (`memo.BOOTSTRAP_CODE`), as `bootstrap.py`'s is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
else:
    from sourcing.lazy import LazyModule

    np = LazyModule("numpy")


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
