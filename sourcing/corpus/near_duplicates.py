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
_MIX = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit multiplier hashing a band into a key
RECENT_KEYS = 32_768  # band keys held in a dict before they go to a sorted run


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


def text_signature(text: str) -> np.ndarray | None:
    """Return the MinHash signature of `text`'s word 5-grams, or None if it has no words."""
    hashes = shingle_hashes(text)
    return minhash_signature(hashes) if hashes.size else None


def pack_signature(signature: np.ndarray | None) -> bytes:
    """Encode a signature as 512 bytes (b"" for a text without words), to cache it."""
    return b"" if signature is None else signature.astype("<u4").tobytes()


def unpack_signature(blob: bytes) -> np.ndarray | None:
    """Decode what `pack_signature` made."""
    return np.frombuffer(blob, dtype="<u4").astype(np.uint32) if blob else None


def band_keys(group: int, signature: np.ndarray) -> np.ndarray:
    """Return one 64-bit key per band: the group number and the band's rows, hashed."""
    rows = signature.reshape(BANDS, PERMUTATIONS // BANDS).astype(np.uint64)
    keys = (np.uint64(group) << np.uint64(8)) + np.arange(BANDS, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for column in rows.T:
            keys = (keys ^ column) * _MIX
    return keys


class DuplicateIndex:
    """The articles kept so far, looked up by MinHash band; feed articles in input order.

    Memory grows with the articles kept (a 512-byte signature and 32 band keys of 12
    bytes each), never with those dropped: keys of recent articles sit in a dict, older
    ones in a few sorted numpy runs that are merged as they grow (searched by bisection).
    """

    def __init__(self, threshold: float = THRESHOLD, recent: int = RECENT_KEYS) -> None:
        self.threshold = threshold
        self._recent_limit = recent
        self._count = 0  # articles checked
        self._groups: dict[str, int] = {}
        self._signatures = np.empty((1024, PERMUTATIONS), dtype=np.uint32)
        self._group_of = np.empty(1024, dtype=np.int32)
        self._article_of = np.empty(1024, dtype=np.int64)
        self._kept = 0
        self._recent: dict[int, list[int]] = {}
        self._runs: list[tuple[np.ndarray, np.ndarray]] = []  # (sorted keys, kept positions)

    def check(self, group: str, text: str) -> Duplicate | None:
        """Return the kept article of `group` that `text` repeats, else keep `text`.

        The first copy is kept; texts without words are never duplicates.
        """
        return self.check_signature(group, text_signature(text))

    def check_signature(self, group: str, signature: np.ndarray | None) -> Duplicate | None:
        """Like `check`, for a text already reduced to its signature (None: no words)."""
        index = self._count
        self._count += 1
        if signature is None:
            return None
        number = self._groups.setdefault(group, len(self._groups))
        keys = band_keys(number, signature)
        for candidate in self._candidates(keys):
            if self._group_of[candidate] != number:
                continue  # a hash collision across groups
            similarity = estimated_jaccard(signature, self._signatures[candidate])
            if similarity >= self.threshold and _share_a_band(signature, self._signatures[candidate]):
                return Duplicate(index, int(self._article_of[candidate]), similarity)
        self._keep(index, number, signature, keys)
        return None

    def _candidates(self, keys: np.ndarray) -> list[int]:
        found = {p for key in keys.tolist() for p in self._recent.get(key, ())}
        for run_keys, positions in self._runs:
            starts = np.searchsorted(run_keys, keys)
            hits = run_keys[np.minimum(starts, run_keys.size - 1)] == keys
            for start in starts[hits].tolist():  # rare: only bands seen before
                key = run_keys[start]
                while start < run_keys.size and run_keys[start] == key:
                    found.add(int(positions[start]))
                    start += 1
        return sorted(found)

    def _keep(self, index: int, number: int, signature: np.ndarray, keys: np.ndarray) -> None:
        position = self._kept
        if position == len(self._group_of):
            self._grow()
        self._signatures[position] = signature
        self._group_of[position] = number
        self._article_of[position] = index
        self._kept += 1
        for key in keys.tolist():
            self._recent.setdefault(key, []).append(position)
        if len(self._recent) >= self._recent_limit:
            self._flush_recent()

    def _grow(self) -> None:
        size = 2 * len(self._group_of)
        self._signatures = np.resize(self._signatures, (size, PERMUTATIONS))
        self._group_of = np.resize(self._group_of, size)
        self._article_of = np.resize(self._article_of, size)

    def _flush_recent(self) -> None:
        pairs = [(key, p) for key, positions in self._recent.items() for p in positions]
        self._recent = {}
        keys = np.fromiter((k for k, _ in pairs), np.uint64, len(pairs))
        positions = np.fromiter((p for _, p in pairs), np.int32, len(pairs))
        self._runs.append((keys, positions))
        # Merge while the newest run is at least half the one before: O(log n) runs.
        while len(self._runs) > 1 and self._runs[-1][0].size * 2 >= self._runs[-2][0].size:
            (keys_b, pos_b), (keys_a, pos_a) = self._runs.pop(), self._runs.pop()
            keys, positions = np.concatenate([keys_a, keys_b]), np.concatenate([pos_a, pos_b])
            self._runs.append((keys, positions))
        keys, positions = self._runs[-1]
        order = np.argsort(keys, kind="stable")
        self._runs[-1] = (keys[order], positions[order])


def _share_a_band(first: np.ndarray, second: np.ndarray) -> bool:
    rows = PERMUTATIONS // BANDS
    return bool((first == second).reshape(BANDS, rows).all(axis=1).any())


def find_near_duplicates(
    groups: Sequence[str], texts: Sequence[str], threshold: float = THRESHOLD
) -> list[Duplicate]:
    """Return the articles that repeat an earlier kept article of the same group."""
    index = DuplicateIndex(threshold)
    found = (index.check(group, text) for group, text in zip(groups, texts, strict=True))
    return [duplicate for duplicate in found if duplicate is not None]
