"""The mean of float64 values, to the last bit of numpy's, without numpy."""

from __future__ import annotations

from collections.abc import Sequence


def numpy_mean(values: Sequence[float]) -> float:
    """Return `float(np.mean(values))` of float64 values, to the last bit, without numpy.

    numpy sums a contiguous float64 array from 0.0 by pairwise summation
    (`pairwise_sum` in its loops_utils.h): under 8 values one by one; up to 128 in 8
    running sums, added as ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)), then the
    rest one by one; above 128 the two halves (the first a multiple of 8) each so, then
    added; and divides by the count. `tests/corpus/test_numpy_mean.py` compares the two.
    """
    return (0.0 + _pairwise_sum(values, 0, len(values))) / len(values)


def _pairwise_sum(values: Sequence[float], start: int, count: int) -> float:
    if count < 8:
        total = -0.0  # numpy's start: a sum of negative zeros stays negative
        for value in values[start : start + count]:
            total += value
        return total
    if count <= 128:
        end = start + count - count % 8
        r0, r1, r2, r3, r4, r5, r6, r7 = values[start : start + 8]
        # Eight values a step, unpacked from one iterator (no index arithmetic per value).
        eights = iter(values[start + 8 : end])
        for v0, v1, v2, v3, v4, v5, v6, v7 in zip(*[eights] * 8, strict=True):
            r0 += v0
            r1 += v1
            r2 += v2
            r3 += v3
            r4 += v4
            r5 += v5
            r6 += v6
            r7 += v7
        total = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
        for value in values[end : start + count]:
            total += value
        return total
    half = count // 2
    half -= half % 8
    return _pairwise_sum(values, start, half) + _pairwise_sum(values, start + half, count - half)
