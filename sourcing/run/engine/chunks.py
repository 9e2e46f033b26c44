"""A chunk of documents in flight: look it up in the cache, send its misses to a worker,
store what comes back and account for every document in order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from sourcing.dependencies import MissingDependency
from sourcing.records import Document
from sourcing.run.cache import ReportCache, content_key, document_key, unpack_report
from sourcing.run.engine.progress import Tally
from sourcing.run.engine.reducer import Reducer, record_name
from sourcing.run.engine.submitters import InlineSubmitter, Submitter
from sourcing.run.engine.tasks import Packed, Task

Outcome = tuple[Document, dict[str, Any] | None, str | None]


@dataclass
class Chunk:
    """Documents in flight: cache hits by position, and the task computing the rest."""

    documents: list[Document]
    keys: list[str | None]
    hits: dict[int, bytes] = field(default_factory=dict)
    misses: list[int] = field(default_factory=list)
    future: Any = None
    reducer: Reducer | None = None
    derived: dict[int, bytes] = field(default_factory=dict)  # cached beside the hits
    hit_future: Any = None  # a worker reducing the hits, when there are workers
    content_keys: list[str] = field(default_factory=list)  # when records are cached
    records: dict[int, bytes] = field(default_factory=dict)  # cached records by position

    def ready(self) -> bool:
        return all(f is None or f.done() for f in (self.future, self.hit_future))


def start_chunk(documents: list[Document], store: ReportCache | None,
                submitter: Submitter, task: Task, reducer: Reducer | None = None) -> Chunk:
    """Look `documents` up in the cache and submit the misses as one task."""
    if store is None:
        chunk = Chunk(documents, [None] * len(documents), reducer=reducer)
    else:
        records, content_keys = cached_records(documents, store, reducer)
        keys: list[str | None] = [None if i in records else document_key(d)
                                  for i, d in enumerate(documents)]
        wanted = [k for k in keys if k is not None]
        found = store.get_many(wanted) if wanted else {}
        chunk = Chunk(documents, keys, {i: found[k] for i, k in enumerate(keys) if k in found},
                      reducer=reducer, content_keys=content_keys, records=records)
        if reducer is not None:
            derived = store.get_signatures(keys[i] for i in chunk.hits)
            chunk.derived = {i: derived[k] for i, k in enumerate(keys) if k in derived}
    chunk.misses = [i for i in range(len(documents))
                    if i not in chunk.hits and i not in chunk.records]
    if chunk.misses:
        chunk.future = submitter.submit(task, [documents[i] for i in chunk.misses])
    if reducer is not None and chunk.hits and not isinstance(submitter, InlineSubmitter):
        cached = [(chunk.hits[i], chunk.derived.get(i)) for i in sorted(chunk.hits)]
        chunk.hit_future = submitter.submit(partial(reduce_cached, reducer=reducer), cached)
    return chunk


def cached_records(documents: list[Document], store: ReportCache,
                   reducer: Reducer | None) -> tuple[dict[int, bytes], list[str]]:
    """Return the cached records of `documents` by position, and their content keys."""
    if reducer is None or reducer.version is None:
        return {}, []
    keys = [content_key(d) for d in documents]
    found = store.get_records(keys, reducer.version)
    return {i: found[k] for i, k in enumerate(keys) if k in found}, keys


Reduced = tuple[Any, bytes | None, str | None]  # record, derived bytes newly made, error


def reduce_cached(items: list[tuple[bytes, bytes | None]], reducer: Reducer) -> list[Reduced]:
    """Reduce cached reports with their cached derived bytes (a worker's task for hits)."""
    return [reduce_hit(blob, derived, reducer) for blob, derived in items]


def reduce_hit(blob: bytes, cached: bytes | None, reducer: Reducer) -> Reduced:
    """Decode one cached report and reduce it; derive its bytes only if none were cached."""
    try:
        derived, record = reducer.apply(unpack_report(blob), cached)
    except Exception as error:  # noqa: BLE001 - one bad report must not stop the run
        return None, None, f"{type(error).__name__}: {error}"
    return record, derived if cached is None else None, None


def reduced_hits(chunk: Chunk) -> dict[int, Reduced]:
    """Return what the worker made of the chunk's hits ({} when they are reduced here)."""
    if chunk.hit_future is None:
        return {}
    positions = sorted(chunk.hits)
    try:
        results: list[Reduced] = chunk.hit_future.result()
    except Exception as error:  # noqa: BLE001 - a dead worker
        results = [(None, None, f"{type(error).__name__}: {error}")] * len(positions)
    return dict(zip(positions, results, strict=True))


def computed(chunk: Chunk) -> list[Packed]:
    """Return the task's results, one per miss; a failed task fails each of its documents."""
    if chunk.future is None:
        return []
    try:
        results: list[Packed] = chunk.future.result()
    except MissingDependency:
        raise
    except Exception as error:  # noqa: BLE001 - a dead worker or an unpicklable document
        results = [(None, f"{type(error).__name__}: {error}", None)] * len(chunk.misses)
    return results


def finish_chunk(chunk: Chunk, store: ReportCache | None, tally: Tally) -> Iterator[Outcome]:
    """Store the chunk's new reports and yield every document's outcome in order.

    With a reducer the outcome holds its record instead of the report; cache hits are
    reduced here, in this process, from the cached report and derived bytes.
    """
    packed = dict(zip(chunk.misses, computed(chunk), strict=True))
    for position, (blob, _, extra) in packed.items():
        store_report(store, chunk.keys[position], blob, extra)
    tally.cached += len(chunk.hits) + len(chunk.records)
    reduced = reduced_hits(chunk)
    for position, document in enumerate(chunk.documents):
        if position in chunk.records:
            value, error = cached_record(chunk, position, store), None
        elif position in chunk.hits:
            value, error = settle_hit(chunk, position, store, reduced.get(position))
        else:
            blob, error, extra = packed[position]
            value = extra[1] if extra is not None else None if blob is None else (
                blob if isinstance(blob, dict) else unpack_report(blob))
        if chunk.content_keys and position not in chunk.records and error is None:
            value = store_record(store, chunk, position, value)
        tally.analyzed += position in packed and error is None
        tally.errors += error is not None
        yield document, value, error


def store_report(store: ReportCache | None, key: str | None,
                 blob: bytes | dict[str, Any] | None, extra: Any) -> None:
    """Cache a new report, and its reducer's derived bytes when there are some."""
    if store is not None and isinstance(blob, bytes) and key is not None:
        store.put(key, blob, None if extra is None else extra[0])


def cached_record(chunk: Chunk, position: int, store: ReportCache | None) -> Any:
    """Return the record cached for `position`, stamped with its document's path and id
    and its name in the cache."""
    reducer = chunk.reducer
    if reducer is None or reducer.unpack is None or reducer.version is None or store is None:
        raise ValueError("a cached record needs a cache and a reducer that can unpack it")
    name = record_name(chunk.content_keys[position], store.analyzer, reducer.version)
    return reducer.unpack(chunk.records[position], chunk.documents[position], name)


def store_record(store: ReportCache | None, chunk: Chunk, position: int, record: Any) -> Any:
    """Cache a record the reducer made (records are cached only when it has a version);
    return it as the cache gives it back (`cached_record`), or as it is when not cached."""
    reducer = chunk.reducer
    if store is None or reducer is None or not reducer.version or reducer.pack is None:
        return record
    key = chunk.content_keys[position]
    packed = reducer.pack(record)
    store.put_record(key, reducer.version, packed)
    if reducer.unpack is None:
        return record
    return reducer.unpack(packed, chunk.documents[position],
                          record_name(key, store.analyzer, reducer.version))


def settle_hit(chunk: Chunk, position: int, store: ReportCache | None,
               reduced: Reduced | None) -> tuple[Any, str | None]:
    """Return the cached report of `position` (or its record) and the error, if any."""
    blob = chunk.hits[position]
    if chunk.reducer is None:
        return unpack_report(blob), None
    if reduced is None:
        reduced = reduce_hit(blob, chunk.derived.get(position), chunk.reducer)
    record, derived, error = reduced
    key = chunk.keys[position]
    if derived is not None and store is not None and key is not None:
        store.put_signature(key, derived)  # a row cached before signatures were
    return record, error


def salvage(chunks: Iterable[Chunk], store: ReportCache) -> None:
    """Store reports of tasks that finished but were never yielded (run interrupted)."""
    for chunk in chunks:
        if chunk.future is None or not chunk.future.done() or chunk.future.cancelled():
            continue
        for position, (blob, _, extra) in zip(chunk.misses, computed(chunk), strict=True):
            store_report(store, chunk.keys[position], blob, extra)
