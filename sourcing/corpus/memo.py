"""Keep the comparison's own statistics in the report cache, keyed on what they are made of.

A cached re-run reads every article's record; without this it would still draw every
group's bootstrap resamples and look up every near-duplicate again. Each result is stored
(table `results` of `run.cache.ReportCache`) under the sha256 of all it is computed from
and of the code that computes it, so a stored result is never stale, belongs to no
analyzer, and an added or changed article costs only the work it changes:

- **Bootstrap estimates of a group** (mean and median anonymity share with their CIs,
  `bootstrap.mean_and_median`): keyed on the group's shares as float64 bytes in input
  order (exactly what the bootstrap draws from; the RNG is seeded afresh for each group,
  so no group's result depends on another's), the resamples, level and seed, the source
  of `bootstrap.py` and `counted_median.py` (`BOOTSTRAP_CODE`) and numpy's version (its
  generator and percentiles). An article added to or changed in a group changes that
  group's shares and no other group's.
- **Near-duplicate answers**, one batch of records at a time: keyed on every (outlet,
  signature) checked so far, in order, chained batch to batch, with the threshold and the
  source of `near_duplicates.py` and `duplicate_batches.py` (`NEAR_DUPLICATES_CODE`). A
  batch whose records all have a name in the cache (`engine.record_name`: content key,
  analyzer and reduction, which decide the record's outlet and signature) of one analyzer
  and reduction is chained by those names instead (2.4 MB of keys for the 37,554-article
  corpus instead of 19 MB of signatures). While batches are found, nothing is looked up;
  the first batch that is not found (an added or changed article, and every batch after
  it) is checked by an index brought up to date with the articles kept before it.

The other figures of a group are sums the tally keeps anyway; they are not stored.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import struct
import sys
from array import array
from collections.abc import Iterable, Sequence
from functools import cache
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from sourcing.corpus import bootstrap, near_duplicates
from sourcing.corpus.bootstrap import Estimate, mean_and_median
from sourcing.corpus.near_duplicates import Duplicate, DuplicateIndex, Signature, pack_signature
from sourcing.corpus.tally import ShareEstimates
from sourcing.run.engine import RecordName
from sourcing.run.version import content_hash

if TYPE_CHECKING:
    import numpy as np

    from sourcing.corpus.aggregate import Sample
else:
    from sourcing.lazy import LazyModule

    np = LazyModule("numpy")  # imported on first use: a cached re-run needs no numpy

_PLACEHOLDER = bytes(4 * near_duplicates.PERMUTATIONS)  # a repeat's signature (packed zeros)
# Begins a batch chained by its records' names; a batch chained by signatures begins with
# its size as "<I" (at most DUPLICATE_BATCH), never this.
_BY_NAME = struct.pack("<I", 0xFFFFFFFF)
# Record names hashed at a time (`_update_lines`).
LINES_AT_ONCE = 512
_KEY, _SPACE = itemgetter(0), itemgetter(1)  # of a record's name (content key, analyzer and reduction)
# The modules whose source keys each kind of result: the code that computes it.
BOOTSTRAP_CODE = ("bootstrap.py", "counted_median.py")
NEAR_DUPLICATES_CODE = ("near_duplicates.py", "duplicate_batches.py")


class ResultStore(Protocol):
    """Where results are kept (`run.cache.ReportCache`)."""

    def get_results(self, keys: Iterable[str]) -> dict[str, bytes]: ...

    def put_result(self, key: str, value: bytes) -> None: ...


@cache
def code_version(*modules: str) -> str:
    """Hash the source of `modules` (files beside this one) and numpy's version module."""
    folder = Path(__file__).resolve().parent
    return content_hash([folder / module for module in modules], (folder,)) + "/numpy " + numpy_version()


@cache
def numpy_version() -> str:
    """Name the installed numpy (its generator and percentiles decide the bootstrap) by
    hashing its `version.py` (version and git revision), found without importing numpy:
    a re-run whose statistics are all stored never loads it."""
    spec = importlib.util.find_spec("numpy")
    folders = list(spec.submodule_search_locations or []) if spec else []
    if not folders:
        raise ModuleNotFoundError("numpy is not installed")
    folder = Path(folders[0])
    return content_hash([folder / "version.py"], (folder,))[:16]


class BootstrapMemo:
    """The bootstrap estimates of groups, read from `store` or computed and stored there."""

    def __init__(self, store: ResultStore) -> None:
        self.store = store

    def __call__(self, samples: Sequence[Sample]) -> list[ShareEstimates]:
        """Return `bootstrap.mean_and_median` of each sample, in order."""
        keys = [bootstrap_key(sample) for sample in samples]
        found = self.store.get_results(keys)
        estimates = []
        for key, sample in zip(keys, samples, strict=True):
            blob = found.get(key)
            if blob is None:
                pair = mean_and_median(sample)
                self.store.put_result(key, _pack_estimates(pair))
            else:
                pair = _unpack_estimates(blob)
            estimates.append(pair)
        return estimates


def bootstrap_key(sample: Sample) -> str:
    """Name the estimates of `sample`: its values (as little-endian float64 bytes) and
    everything the bootstrap uses."""
    setting = ("bootstrap mean and median", code_version(*BOOTSTRAP_CODE),
               bootstrap.RESAMPLES, bootstrap.LEVEL, bootstrap.SEED)
    digest = _setting_digest(setting).copy()
    if isinstance(sample, array) and sample.typecode == "d" and sys.byteorder == "little":
        digest.update(sample.tobytes())  # the same bytes, without numpy
    else:
        digest.update(np.ascontiguousarray(sample, dtype="<f8").tobytes())
    return digest.hexdigest()


@cache
def _setting_digest(setting: tuple[object, ...]) -> hashlib._Hash:
    """Return a sha256 that has hashed `setting` as a JSON list (every group's key begins
    so: hashed once, copied per group)."""
    return hashlib.sha256(json.dumps(list(setting)).encode())


def _pack_estimates(pair: ShareEstimates) -> bytes:
    values = [None if e is None else [e.value, e.low, e.high] for e in pair]
    return json.dumps(values).encode()  # floats round-trip exactly (repr)


def _unpack_estimates(blob: bytes) -> ShareEstimates:
    mean, median = (None if v is None else Estimate(*v) for v in json.loads(blob))
    return mean, median


class MemoDuplicates:
    """`DuplicateIndex.check_many` with its answers read from `store` when found there."""

    def __init__(self, index: DuplicateIndex, store: ResultStore) -> None:
        self.index = index
        self.store = store
        self.checked = 0  # batches not found, so looked up
        setting = ["near-duplicates", code_version(*NEAR_DUPLICATES_CODE), index.threshold]
        self._chain = hashlib.sha256(json.dumps(setting).encode())
        # Batches answered from the store, not yet in the index: (groups, signatures, answers).
        self._pending: list[tuple[Sequence[str], list[Signature | None],
                                  list[Duplicate | None]]] = []

    def check_many(self, groups: Sequence[str], signatures: Sequence[Signature | None],
                   names: Sequence[RecordName | None] = ()) -> list[Duplicate | None]:
        """Return what `DuplicateIndex.check_many` returns for this batch; `names` are the
        records' names in the cache, when they have one (see the module's docstring)."""
        key = self._advance_by_name(names) or self._advance(groups, signatures)
        blob = self.store.get_results([key]).get(key)
        if blob is not None:
            found, repeats = _unpack_duplicates(blob, len(signatures))
            kept = list(signatures)
            for row in repeats:  # a repeat is not kept: the index holds a placeholder
                if kept[row] is not None:
                    kept[row] = _PLACEHOLDER
            self._pending.append((groups, kept, found))
            return found
        for pending in self._pending:
            self.index.settle(*pending)
        self._pending.clear()
        found = self.index.check_many(groups, signatures)
        self.store.put_result(key, _pack_duplicates(found))
        self.checked += 1
        return found

    def _advance_by_name(self, names: Sequence[RecordName | None]) -> str | None:
        """Chain this batch's record names into the key and return the key, if every
        record has a name, all of one analyzer and reduction; else change nothing."""
        # A name is a 2-tuple, always true: `all` finds a record without one faster than
        # `None in names` (which compares each tuple with None).
        if not names or not all(names):
            return None
        named = cast("Sequence[RecordName]", names)
        spaces = set(map(_SPACE, named))
        if len(spaces) != 1:
            return None
        (space,) = spaces
        keys = list(map(_KEY, named))
        head = json.dumps([len(keys), space], ensure_ascii=False) + "\n"
        chain = self._chain
        chain.update(_BY_NAME + head.encode("utf-8", "surrogatepass"))
        _update_lines(chain, keys)
        return chain.copy().hexdigest()

    def _advance(self, groups: Sequence[str], signatures: Sequence[Signature | None]) -> str:
        """Chain this batch's outlets and signatures (packed: little-endian uint32, the
        bytes of their np.stack) into the key; return the key."""
        chain = self._chain
        present = [s is not None for s in signatures]
        chain.update(struct.pack("<I", len(signatures)) + bytes(present))
        chain.update(json.dumps(list(groups), ensure_ascii=False).encode("utf-8", "surrogatepass"))
        chain.update(b"".join([pack_signature(s) for s in signatures if s is not None]))
        return chain.copy().hexdigest()


def _update_lines(digest: hashlib._Hash, lines: Sequence[str]) -> None:
    """Hash "\n".join(lines) (UTF-8) into `digest`, LINES_AT_ONCE lines at a time: the same
    digest as hashing it whole, without building and reading the whole text (a batch's
    2,048 record names, 133 KB, took about twice as long as four pieces that stay in the
    CPU's caches)."""
    for start in range(0, len(lines), LINES_AT_ONCE):
        if start:
            digest.update(b"\n")
        text = "\n".join(lines[start : start + LINES_AT_ONCE])
        digest.update(text.encode("utf-8", "surrogatepass"))


def _pack_duplicates(found: Sequence[Duplicate | None]) -> bytes:
    rows = [[row, d.index, d.original, d.similarity] for row, d in enumerate(found)
            if d is not None]
    return json.dumps([len(found), rows]).encode()


def _unpack_duplicates(blob: bytes, size: int) -> tuple[list[Duplicate | None], list[int]]:
    """Return the answers `_pack_duplicates` stored for a batch of `size` records, and
    the rows of those that repeat an earlier article."""
    count, rows = json.loads(blob)
    if count != size:
        raise ValueError(f"stored near-duplicate answers are for {count} articles, not {size}")
    found: list[Duplicate | None] = [None] * size
    for row, index, original, similarity in rows:
        found[row] = Duplicate(index, original, similarity)
    return found, [row[0] for row in rows]
