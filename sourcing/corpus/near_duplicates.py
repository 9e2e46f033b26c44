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
from functools import cache, cached_property
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    import numpy as np

    from sourcing.corpus.duplicate_batches import Batch
else:
    from sourcing.lazy import LazyModule

    np = LazyModule("numpy")  # imported on first use: a cached re-run needs no numpy

SHINGLE_WORDS = 5
THRESHOLD = 0.8  # estimated Jaccard of word 5-gram sets at or above which texts count once
PERMUTATIONS = 128
BANDS = 32  # 32 bands of 4 rows: pairs at Jaccard 0.8 share a band with p > 0.9999
SEED = 20240601
_WORD = re.compile(r"\w+")
# A signature as the comparison holds it: its values, or the 512 bytes `pack_signature`
# makes of them (records read from the cache keep those; `signature_values` decodes
# them when near-duplicates are looked up, so a re-run that reads its answers never does).
Signature: TypeAlias = "np.ndarray | bytes"
_MIX = 0x9E3779B97F4A7C15  # odd 64-bit multiplier hashing a band into a key


@cache
def _hashing() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return the multipliers and offsets of the MinHash permutations and the shingle
    powers, drawn once from SEED (made on first use: a cached re-run needs none of them)."""
    rng = np.random.default_rng(SEED)
    # Multiply-shift hashing: odd 64-bit multipliers, top 32 bits of (a * x + b) mod 2**64.
    multipliers = rng.integers(1, 2**63, size=PERMUTATIONS, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    offsets = rng.integers(0, 2**63, size=PERMUTATIONS, dtype=np.uint64)
    powers = rng.integers(1, 2**63, size=SHINGLE_WORDS, dtype=np.uint64) | np.uint64(1)
    return multipliers, offsets, powers


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
    windows = np.lib.stride_tricks.sliding_window_view(codes, width)
    with np.errstate(over="ignore"):
        return (windows * _hashing()[2][:width]).sum(axis=1, dtype=np.uint64)


def minhash_signature(hashes: np.ndarray) -> np.ndarray:
    """Return the MinHash signature (PERMUTATIONS uint32 values) of a shingle hash set."""
    if hashes.size == 0:
        return np.full(PERMUTATIONS, np.iinfo(np.uint32).max, dtype=np.uint32)
    with np.errstate(over="ignore"):
        multipliers, offsets, _ = _hashing()
        mixed = multipliers[:, None] * hashes[None, :] + offsets[:, None]  # wraps mod 2**64
    # The top 32 bits of the minimum are the minimum of the top 32 bits.
    return (mixed.min(axis=1) >> np.uint64(32)).astype(np.uint32)


def estimated_jaccard(first: np.ndarray, second: np.ndarray) -> float:
    """Return the share of equal positions of two signatures (estimates Jaccard)."""
    return np.count_nonzero(first == second) / first.size


def text_signature(text: str) -> np.ndarray | None:
    """Return the MinHash signature of `text`'s word 5-grams, or None if it has no words."""
    hashes = shingle_hashes(text)
    return minhash_signature(hashes) if hashes.size else None


def pack_signature(signature: Signature | None) -> bytes:
    """Encode a signature as 512 bytes (b"" for a text without words), to cache it."""
    if signature is None or isinstance(signature, bytes):
        return signature or b""
    return signature.astype("<u4").tobytes()


def unpack_signature(blob: bytes) -> np.ndarray | None:
    """Decode what `pack_signature` made."""
    return np.frombuffer(blob, dtype="<u4").astype(np.uint32) if blob else None


def signature_values(signature: Signature) -> np.ndarray:
    """Return a signature's values (a packed one is decoded)."""
    return np.frombuffer(signature, dtype="<u4").astype(np.uint32) if isinstance(
        signature, bytes) else signature


def band_keys(group: int, signature: np.ndarray) -> np.ndarray:
    """Return one 64-bit key per band: the group number and the band's rows, hashed."""
    return batch_band_keys(np.array([group]), signature[None, :])[0]


def batch_band_keys(groups: np.ndarray, signatures: np.ndarray) -> np.ndarray:
    """Return the band keys of many signatures at once: row i is `band_keys(groups[i], ...)`."""
    rows = signatures.reshape(len(signatures), BANDS, PERMUTATIONS // BANDS).astype(np.uint64)
    keys: np.ndarray = ((groups.astype(np.uint64)[:, None] << np.uint64(8))
                        + np.arange(BANDS, dtype=np.uint64))
    mix = np.uint64(_MIX)
    with np.errstate(over="ignore"):
        for column in range(rows.shape[2]):
            keys = (keys ^ rows[:, :, column]) * mix
    return keys


class DuplicateIndex:
    """The articles kept so far, looked up by MinHash band; feed articles in input order.

    Articles are checked in batches (`check_many`): a batch's band keys are computed,
    looked up and compared with a few numpy calls; only articles that share a band with
    an earlier article of the same batch are settled one by one. Memory grows with the
    articles kept (a 512-byte signature and 32 band keys of 12 bytes each), never with
    those dropped: the keys sit in a few sorted numpy runs, merged as they grow.
    """

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._count = 0  # articles checked
        self._groups: dict[str, int] = {}
        self._kept = 0
        self._runs: list[tuple[np.ndarray, np.ndarray]] = []  # (sorted keys, kept positions)

    # The kept articles' signatures, group numbers and input positions, made on first use
    # (an index that is never consulted, as in a re-run whose answers are stored, makes
    # none and needs no numpy); `_grow` doubles them.
    @cached_property
    def _signatures(self) -> np.ndarray:
        return np.empty((1024, PERMUTATIONS), dtype=np.uint32)

    @cached_property
    def _group_of(self) -> np.ndarray:
        return np.empty(1024, dtype=np.int64)

    @cached_property
    def _article_of(self) -> np.ndarray:
        return np.empty(1024, dtype=np.int64)

    def check(self, group: str, text: str) -> Duplicate | None:
        """Return the kept article of `group` that `text` repeats, else keep `text`.

        The first copy is kept; texts without words are never duplicates.
        """
        return self.check_signature(group, text_signature(text))

    def check_signature(self, group: str, signature: Signature | None) -> Duplicate | None:
        """Like `check`, for a text already reduced to its signature (None: no words)."""
        return self.check_many([group], [signature])[0]

    def check_many(self, groups: Sequence[str],
                   signatures: Sequence[Signature | None]) -> list[Duplicate | None]:
        """Check articles in input order; the same answers as `check_signature` on each.

        An article repeats the first kept article (in input order) of its group with which
        it shares a band and reaches the threshold.
        """
        first = self._count
        self._count += len(signatures)
        found: list[Duplicate | None] = [None] * len(signatures)
        present = [i for i, signature in enumerate(signatures) if signature is not None]
        if not present:
            return found
        # Imported here: a re-run whose answers are all stored looks nothing up.
        from sourcing.corpus.duplicate_batches import Batch

        batch = Batch(
            np.array([self._groups.setdefault(groups[i], len(self._groups)) for i in present]),
            _stacked([s for s in signatures if s is not None]),
            first + np.array(present, dtype=np.int64))
        repeats = self._repeats_of_kept(batch)
        repeats.update(self._repeats_within(batch, set(repeats)))
        for row, (article, similarity) in repeats.items():
            found[present[row]] = Duplicate(int(batch.articles[row]), article, similarity)
        self._keep(batch, np.array([row not in repeats for row in range(len(present))]))
        return found

    def settle(self, groups: Sequence[str], signatures: Sequence[Signature | None],
               found: Sequence[Duplicate | None]) -> None:
        """Take in articles whose answers are known (`found`, what `check_many` returned for
        them): the index ends as `check_many` would leave it, without looking anything up.

        The signature of an article that repeats another is not read.
        """
        first = self._count
        self._count += len(signatures)
        present = [(i, s) for i, s in enumerate(signatures) if s is not None]
        number = [self._groups.setdefault(groups[i], len(self._groups)) for i, _ in present]
        kept = [(row, i, s) for row, (i, s) in enumerate(present) if found[i] is None]
        if not kept:
            return
        from sourcing.corpus.duplicate_batches import Batch

        batch = Batch(np.array([number[row] for row, _, _ in kept]),
                       _stacked([s for _, _, s in kept]),
                       first + np.array([i for _, i, _ in kept], dtype=np.int64))
        self._keep(batch, np.ones(len(kept), dtype=bool))

    def _repeats_of_kept(self, batch: Batch) -> dict[int, tuple[int, float]]:
        """Return, by row, the first article kept before the batch that the row repeats."""
        rows, positions = self._lookup(batch)
        good, similarity = self._matches(batch, rows, self._group_of[positions],
                                         self._signatures[positions])
        rows, positions, similarity = rows[good], positions[good], similarity[good]
        order = np.lexsort((positions, rows))  # by row, then the earliest kept article
        rows, positions, similarity = rows[order], positions[order], similarity[order]
        firsts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]]) if rows.size else rows
        return {int(rows[i]): (int(self._article_of[positions[i]]), float(similarity[i]))
                for i in firsts}

    def _repeats_within(self, batch: Batch, dropped: set[int]) -> dict[int, tuple[int, float]]:
        """Return, by row, the first kept earlier row of the batch that the row repeats."""
        from sourcing.corpus.duplicate_batches import shared_keys_within

        later, earlier = shared_keys_within(batch)
        good, similarity = self._matches(batch, later, batch.groups[earlier],
                                         batch.signatures[earlier])
        candidates: dict[int, list[tuple[int, float]]] = {}
        for row, other, value in zip(later[good].tolist(), earlier[good].tolist(),
                                     similarity[good].tolist(), strict=True):
            candidates.setdefault(row, []).append((other, value))
        found: dict[int, tuple[int, float]] = {}
        for row in sorted(candidates):  # a row's candidates are settled before it
            if row in dropped:
                continue
            for other, value in sorted(candidates[row]):
                if other not in dropped:
                    found[row] = (int(batch.articles[other]), value)
                    dropped.add(row)
                    break
        return found

    def _matches(self, batch: Batch, rows: np.ndarray, groups: np.ndarray,
                 signatures: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Say which (row, candidate) pairs are near-duplicates, and their similarity."""
        equal = batch.signatures[rows] == signatures
        similarity = np.count_nonzero(equal, axis=1) / PERMUTATIONS
        shared_band = equal.reshape(len(rows), BANDS, PERMUTATIONS // BANDS).all(axis=2).any(axis=1)
        good = (batch.groups[rows] == groups) & (similarity >= self.threshold) & shared_band
        return good, similarity

    def _lookup(self, batch: Batch) -> tuple[np.ndarray, np.ndarray]:
        """Return (row, kept position) pairs, each once, that share a band key."""
        order, flat = batch.order, batch.sorted_keys  # sorted needles: bisection walks forward
        pairs = []
        for run_keys, run_positions in self._runs:
            low = np.searchsorted(run_keys, flat, side="left")
            hit = np.flatnonzero(run_keys[np.minimum(low, run_keys.size - 1)] == flat)
            if hit.size:  # rare: only bands seen before
                spans = np.searchsorted(run_keys, flat[hit], side="right") - low[hit]
                offsets = np.arange(spans.sum()) - np.repeat(np.cumsum(spans) - spans, spans)
                pairs.append(np.stack([np.repeat(order[hit] // BANDS, spans),
                                       run_positions[np.repeat(low[hit], spans) + offsets]]))
        if not pairs:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
        rows, positions = np.unique(np.concatenate(pairs, axis=1), axis=1)
        return rows, positions

    def _keep(self, batch: Batch, kept: np.ndarray) -> None:
        count = int(kept.sum())
        while self._kept + count > len(self._group_of):
            self._grow()
        positions = np.arange(self._kept, self._kept + count)
        self._signatures[positions] = batch.signatures[kept]
        self._group_of[positions] = batch.groups[kept]
        self._article_of[positions] = batch.articles[kept]
        self._kept += count
        if count:
            position_of = np.cumsum(kept) - 1 + (self._kept - count)  # of each kept row
            chosen = kept[batch.order // BANDS]  # the batch's keys stay in key order
            self._runs.append((batch.sorted_keys[chosen],
                               position_of[batch.order[chosen] // BANDS]))
            self._merge_runs()

    def _grow(self) -> None:
        size = 2 * len(self._group_of)
        self._signatures = np.resize(self._signatures, (size, PERMUTATIONS))
        self._group_of = np.resize(self._group_of, size)
        self._article_of = np.resize(self._article_of, size)

    def _merge_runs(self) -> None:
        # Merge while the newest run is at least half the one before: O(log n) runs.
        while len(self._runs) > 1 and self._runs[-1][0].size * 2 >= self._runs[-2][0].size:
            (keys_b, pos_b), (keys_a, pos_a) = self._runs.pop(), self._runs.pop()
            into = np.searchsorted(keys_a, keys_b, side="right") + np.arange(keys_b.size)
            from_a = np.ones(keys_a.size + keys_b.size, dtype=bool)
            from_a[into] = False
            keys = np.empty(from_a.size, dtype=np.uint64)
            positions = np.empty(from_a.size, dtype=np.int64)
            keys[into], keys[from_a] = keys_b, keys_a
            positions[into], positions[from_a] = pos_b, pos_a
            self._runs.append((keys, positions))


def _stacked(signatures: Sequence[Signature]) -> np.ndarray:
    """Return the signatures' values as one uint32 array, a row each."""
    return np.stack([signature_values(s) for s in signatures]).astype(np.uint32, copy=False)


def find_near_duplicates(
    groups: Sequence[str], texts: Sequence[str], threshold: float = THRESHOLD
) -> list[Duplicate]:
    """Return the articles that repeat an earlier kept article of the same group."""
    signatures = [text_signature(text) for text in texts]
    found = DuplicateIndex(threshold).check_many(groups, signatures)
    return [duplicate for duplicate in found if duplicate is not None]
