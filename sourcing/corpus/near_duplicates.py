"""Find near-duplicate articles with MinHash over word 5-grams (deterministic).

Two articles are near-duplicates when the estimated Jaccard similarity of their sets of
word 5-grams reaches the threshold (0.8 by default). MinHash signatures of 128 hashes,
banded 32 x 4 for locality-sensitive lookup, keep the work linear in the corpus; the
hash functions come from a fixed seed and CRC-32, so every run gives the same answer.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

SHINGLE_WORDS = 5
THRESHOLD = 0.8  # estimated Jaccard of word 5-gram sets at or above which texts count once
PERMUTATIONS = 128
BANDS = 32  # 32 bands of 4 rows: pairs at Jaccard 0.8 share a band with p > 0.9999
SEED = 20240601
_WORD = re.compile(r"\w+")
_rng = np.random.default_rng(SEED)
# Multiply-shift hashing: odd 64-bit multipliers, top 32 bits of (a * x + b) mod 2**64.
_A = _rng.integers(1, 2**63, size=PERMUTATIONS, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_B = _rng.integers(0, 2**63, size=PERMUTATIONS, dtype=np.uint64)
_POWERS = _rng.integers(1, 2**63, size=SHINGLE_WORDS, dtype=np.uint64) | np.uint64(1)


@dataclass(frozen=True)
class Duplicate:
    """An article counted once: it repeats `original`, an earlier article of its group."""

    index: int
    original: int
    similarity: float


def shingle_hashes(text: str, size: int = SHINGLE_WORDS) -> np.ndarray:
    """Return 64-bit hashes of the lower-cased word `size`-grams of `text` (repeats kept)."""
    words = _WORD.findall(text.lower())
    if not words:
        return np.empty(0, dtype=np.uint64)
    codes = np.fromiter((zlib.crc32(w.encode()) for w in words), np.uint64, len(words))
    width = min(size, len(codes))
    windows = sliding_window_view(codes, width)
    with np.errstate(over="ignore"):
        return (windows * _POWERS[:width]).sum(axis=1, dtype=np.uint64)


def minhash_signature(hashes: np.ndarray) -> np.ndarray:
    """Return the MinHash signature (PERMUTATIONS uint32 values) of a shingle hash set."""
    if hashes.size == 0:
        return np.full(PERMUTATIONS, np.iinfo(np.uint32).max, dtype=np.uint32)
    with np.errstate(over="ignore"):
        mixed = _A[:, None] * hashes[None, :] + _B[:, None]  # wraps mod 2**64
    # The top 32 bits of the minimum are the minimum of the top 32 bits.
    return (mixed.min(axis=1) >> np.uint64(32)).astype(np.uint32)


def estimated_jaccard(first: np.ndarray, second: np.ndarray) -> float:
    """Return the share of equal positions of two signatures (estimates Jaccard)."""
    return np.count_nonzero(first == second) / first.size


class DuplicateIndex:
    """The articles kept so far, looked up by MinHash band; feed articles in input order."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._count = 0
        self._buckets: dict[tuple[str, int, bytes], list[int]] = {}
        self._signatures: dict[int, np.ndarray] = {}

    def check(self, group: str, text: str) -> Duplicate | None:
        """Return the kept article of `group` that `text` repeats, else keep `text`.

        The first copy is kept; texts without words are never duplicates.
        """
        index = self._count
        self._count += 1
        hashes = shingle_hashes(text)
        if hashes.size == 0:
            return None
        signature = minhash_signature(hashes)
        rows = PERMUTATIONS // BANDS
        keys = [(group, b, signature[b * rows : (b + 1) * rows].tobytes()) for b in range(BANDS)]
        candidates = sorted({i for key in keys for i in self._buckets.get(key, ())})
        for candidate in candidates:
            similarity = estimated_jaccard(signature, self._signatures[candidate])
            if similarity >= self.threshold:
                return Duplicate(index, candidate, similarity)
        self._signatures[index] = signature
        for key in keys:
            self._buckets.setdefault(key, []).append(index)
        return None


def find_near_duplicates(
    groups: Sequence[str], texts: Sequence[str], threshold: float = THRESHOLD
) -> list[Duplicate]:
    """Return the articles that repeat an earlier kept article of the same group."""
    index = DuplicateIndex(threshold)
    found = (index.check(group, text) for group, text in zip(groups, texts, strict=True))
    return [duplicate for duplicate in found if duplicate is not None]
