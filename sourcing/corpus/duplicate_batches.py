"""Articles checked for near-duplicates together (`DuplicateIndex.check_many`): their band
keys sorted once, and the pairs among them that share a band.

Apart from `near_duplicates`, which imports it when it looks articles up, so that a cached
comparison, whose answers are all stored, does not define it. Its source is part of the
key of stored answers (`memo.NEAR_DUPLICATES_CODE`), as `near_duplicates.py`'s is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sourcing.corpus.near_duplicates import BANDS, batch_band_keys

if TYPE_CHECKING:
    import numpy as np
else:
    from sourcing.lazy import LazyModule

    np = LazyModule("numpy")


@dataclass(frozen=True)
class Batch:
    """Articles checked together: group numbers, signatures, band keys, input positions."""

    groups: np.ndarray
    signatures: np.ndarray
    articles: np.ndarray
    keys: np.ndarray = field(init=False)  # BANDS a row
    order: np.ndarray = field(init=False)  # flat key indices in key order (stable)
    sorted_keys: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        keys = batch_band_keys(self.groups, self.signatures)
        order = np.argsort(keys.ravel(), kind="stable")
        object.__setattr__(self, "keys", keys)
        object.__setattr__(self, "order", order)
        object.__setattr__(self, "sorted_keys", keys.ravel()[order])


def shared_keys_within(batch: Batch) -> tuple[np.ndarray, np.ndarray]:
    """Return (later row, earlier row) pairs of a batch, each once, that share a band key."""
    order, ordered = batch.order, batch.sorted_keys
    same = np.flatnonzero(ordered[1:] == ordered[:-1])
    if not same.size:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    pairs = []
    starts = same[np.r_[True, same[1:] != same[:-1] + 1]]  # first index of each equal run
    for start in starts.tolist():
        end = start + 1
        while end + 1 < ordered.size and ordered[end + 1] == ordered[start]:
            end += 1
        rows = order[start : end + 1] // BANDS  # ascending: the sort is stable
        low, high = np.triu_indices(rows.size, k=1)
        pairs.append(np.stack([rows[high], rows[low]]))
    joined = np.unique(np.concatenate(pairs, axis=1), axis=1)
    joined = joined[:, joined[0] != joined[1]]
    return joined[0], joined[1]
