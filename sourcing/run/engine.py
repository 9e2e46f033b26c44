"""Run the analyzer over many inputs: in-process, on a process pool, or on Dask.

`score_inputs` is the one path from inputs to reports: every input ends as a report or
a failure, in order, with the run's exit code. It runs on `run_reports`, where
documents are read lazily in chunks; each chunk is looked up in the report cache and
its misses go to a worker as one task. At most a few chunks per worker are in flight,
and results are yielded in input order as soon as the oldest chunk is done, so memory
stays bounded however long the input is. Workers return packed (compressed JSON)
reports, which the parent stores as they are and unpacks once to yield.
"""

from __future__ import annotations

import inspect
import os
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sized
from contextlib import ExitStack, closing, contextmanager
from dataclasses import dataclass, field
from functools import partial
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar

from sourcing.dependencies import MissingDependency, missing_dependency
from sourcing.inputs.failures import FailureKind, InputFailure
from sourcing.records import ArticleReport, Document
from sourcing.run.cache import (
    PACK_LEVEL,
    ReportCache,
    content_key,
    default_cache_path,
    document_key,
    pack_report,
    unpack_report,
)
from sourcing.run.version import analyzer_fingerprint

if TYPE_CHECKING:  # imported where used: a cached re-run of `compare` makes no pool or future
    from concurrent.futures import Future, ProcessPoolExecutor

Outcome = tuple[Document, dict[str, Any] | None, str | None]
# The report (a blob, or its dict when made in this process and never cached), the error,
# a Reducer's (derived, record).
Packed = tuple[bytes | dict[str, Any] | None, str | None, Any]
Analyzer = Callable[[Document], ArticleReport]

EXIT_OK = 0  # every input gave a report
EXIT_SOME_FAILED = 1  # some inputs failed; the others were still reported
EXIT_NOTHING_DONE = 2  # usage error, or no input could be processed

# `run_reports(cache=...)`: the user's cache file (`default_cache_path`), found when a run
# uses it (platformdirs, which finds it, imports tempfile, shutil and random: 5 ms).
DEFAULT_CACHE: Literal["default"] = "default"
ENGINES = ("local", "dask")
CHUNK_SIZE = 16  # documents per task: about 0.4 s of work, so task overhead stays small
CHUNKS_PER_WORKER = 4  # tasks in flight per worker: keeps workers busy, bounds memory
SCHEDULER_TIMEOUT = "5s"  # how long to try a --scheduler address before giving up


@dataclass(frozen=True)
class BatchOutcome:
    """The reports and failures of one run; together they account for every input."""

    reports: tuple[ArticleReport, ...]
    failures: tuple[InputFailure, ...]
    streamed: int = 0  # reports given to `on_outcome` and not kept (keep_reports=False)

    @property
    def exit_code(self) -> int:
        if not self.reports and not self.streamed:
            return EXIT_NOTHING_DONE
        return EXIT_SOME_FAILED if self.failures else EXIT_OK


def analyzer_for(no_model: bool) -> Analyzer:
    """Return `pipeline.analyze`, told to use no model when asked and when it takes one."""
    from sourcing import pipeline  # imported here: loading the analyzer is slow, --help is not

    if no_model and "model" in inspect.signature(pipeline.analyze).parameters:
        return partial(pipeline.analyze, model=None)  # type: ignore[call-arg]
    return pipeline.analyze


def prepare_analyzer(no_model: bool) -> None:
    """Import the analyzer and load the model here, so that forked workers start with them."""
    try:
        analyzer_for(no_model)
        if not no_model:
            from sourcing.model.store import SHIPPED, choose_model

            choose_model(SHIPPED)
    except ImportError as error:
        raise missing_dependency(error) from error


def fits_one_task(documents: Iterable[Document], chunk_size: int) -> tuple[Iterator[Document],
                                                                            bool]:
    """Read at most one chunk and one more ahead: the same documents, and whether one task holds them."""
    source = iter(documents)
    head = list(islice(source, chunk_size + 1))
    return chain(head, source), len(head) <= chunk_size


# A cached record's key: its content key, then its analyzer and reduction (`record_name`).
RecordName = tuple[str, str]


def record_name(key: str, analyzer: str, version: str) -> RecordName:
    """Name the record cached under content key `key` for `analyzer` and reduction
    `version` (the key of table `records`): the name stands for the record's bytes."""
    return key, f"{analyzer} {version}"


@dataclass(frozen=True)
class Reducer:
    """Turn each report into a small record where the report is made (see `run_reports`).

    `derive` computes from a report what is cached beside it (bytes, e.g. a MinHash
    signature); `reduce` makes the record from the report and those bytes. Both must
    pickle (module-level functions or partials of them) to run on workers.

    With a `version`, records are cached too, under the document's content key (see
    `cache.content_key`): `pack` turns a record into bytes without the document's path
    and id, `unpack(bytes, document, name)` makes it again with the document's own and
    the record's `name` in the cache (`record_name`: the same bytes always come back
    under the same name). A document whose record is cached is neither analyzed nor
    looked up in the reports. `version` must change whenever `reduce` could give another
    record for the same report.
    """

    derive: Callable[[dict[str, Any]], bytes]
    reduce: Callable[[dict[str, Any], bytes], Any]
    version: str | None = None
    pack: Callable[[Any], bytes] | None = None
    unpack: Callable[[bytes, Document, RecordName], Any] | None = None

    def apply(self, report: dict[str, Any], derived: bytes | None = None) -> tuple[bytes, Any]:
        """Return (derived bytes, record); `derived` is computed unless given."""
        derived = self.derive(report) if derived is None else derived
        return derived, self.reduce(report, derived)


def analyze_packed(document: Document, no_model: bool = False, reducer: Reducer | None = None,
                   keep_report: bool = True, inline: bool = False) -> Packed:
    """Analyze one document; return its packed report (unless not kept), the error as
    text, and the reducer's (derived, record) when there is one.

    `inline` (this process, no cache): the report dict as it is, not packed. A report not
    kept is packed only to reach the parent process, so it is not compressed.
    """
    from sourcing.run.serialize import report_dict

    try:
        # Internal: `score_inputs` restores the report from this dict, provenance and all.
        report = report_dict(analyzer_for(no_model)(document), internal=True)
        extra = None if reducer is None else reducer.apply(report)
        if inline and reducer is None:
            return report, None, None
        level = PACK_LEVEL if keep_report else 0
        return (pack_report(report, level) if keep_report or reducer is None else None), None, extra
    except ImportError as error:  # the same for every document: a fatal error, said once
        raise missing_dependency(error) from error
    except Exception as error:  # noqa: BLE001 - one bad document must not stop the run
        return None, f"{type(error).__name__}: {error}", None


def analyze_chunk(documents: list[Document], no_model: bool = False,
                  reducer: Reducer | None = None, keep_report: bool = True,
                  inline: bool = False) -> list[Packed]:
    """Analyze a chunk of documents (the unit of work sent to a worker)."""
    return [analyze_packed(document, no_model, reducer, keep_report, inline)
            for document in documents]


Task = Callable[[list[Document]], list[Packed]]
T = TypeVar("T")  # what a task takes a list of: documents, or cached reports
R = TypeVar("R")  # what it returns a list of


class Submitter(Protocol):
    def submit(self, task: Callable[[list[T]], list[R]], items: list[T]) -> Any: ...


class InlineSubmitter:
    """Do the work at once in this process (jobs=1)."""

    def submit(self, task: Callable[[list[T]], list[R]], items: list[T]) -> Future[list[R]]:
        from concurrent.futures import Future

        future: Future[list[R]] = Future()
        future.set_result(task(items))
        return future


@dataclass
class PoolSubmitter:
    """Send chunks to a process pool."""

    pool: ProcessPoolExecutor

    def submit(self, task: Callable[[list[T]], list[R]], items: list[T]) -> Future[list[R]]:
        return self.pool.submit(task, items)


@dataclass
class DaskSubmitter:
    """Send chunks to a dask.distributed cluster."""

    client: Any

    def submit(self, task: Callable[[list[T]], list[R]], items: list[T]) -> Any:
        return self.client.submit(task, items, pure=False)


def _ignore_sigint() -> None:
    # Ctrl-C is the parent's to handle: it stops submitting and commits the cache.
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextmanager
def open_submitter(engine: str, jobs: int, scheduler: str | None) -> Iterator[tuple[Submitter,
                                                                                   int]]:
    """Yield a submitter and how many workers it has."""
    if engine == "dask":
        with _dask_client(jobs, scheduler) as client:
            yield DaskSubmitter(client), max(1, sum(client.nthreads().values()))
    elif engine != "local":
        raise ValueError(f"unknown engine {engine!r}; expected one of {ENGINES}")
    elif jobs <= 1:
        yield InlineSubmitter(), 1
    else:
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_sigint)
        try:
            # Fork the workers now, before the progress bar starts a thread in this process.
            pool.submit(int).result()
            yield PoolSubmitter(pool), jobs
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


class SchedulerUnreachable(RuntimeError):
    """The dask scheduler named by --scheduler did not answer."""


@contextmanager
def _dask_client(jobs: int, scheduler: str | None) -> Iterator[Any]:
    import logging

    try:
        from distributed import Client, LocalCluster
    except ImportError as error:
        raise RuntimeError("engine 'dask' needs: pip install 'sourcing[dask]'") from error
    with ExitStack() as stack:
        if scheduler is None:
            cluster = stack.enter_context(LocalCluster(
                n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None,
                silence_logs=logging.ERROR))  # not the nanny's shutdown warnings on stderr
            scheduler = cluster.scheduler_address
        try:
            client = stack.enter_context(Client(scheduler, timeout=SCHEDULER_TIMEOUT))
        except (OSError, ValueError) as error:  # refused, timed out, or not an address
            raise SchedulerUnreachable(f"cannot reach the dask scheduler at {scheduler}: "
                                       f"{' '.join(str(error).split())}") from error
        yield client


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


@dataclass
class Tally:
    """Counts shown on the progress bar."""

    analyzed: int = 0
    cached: int = 0
    errors: int = 0

    def describe(self) -> str:
        return f"analyzed {self.analyzed} · cached {self.cached} · errors {self.errors}"


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


def stream_outcomes(documents: Iterable[Document], store: ReportCache | None,
                    submitter: Submitter, workers: int, tally: Tally, task: Task,
                    chunk_size: int = CHUNK_SIZE,
                    reducer: Reducer | None = None) -> Generator[Outcome, None, None]:
    """Yield outcomes in input order, keeping at most a few chunks per worker in flight."""
    limit = max(2, workers * CHUNKS_PER_WORKER)
    window: deque[Chunk] = deque()
    source = iter(documents)
    try:
        while batch := list(islice(source, chunk_size)):
            window.append(start_chunk(batch, store, submitter, task, reducer))
            while window and (len(window) >= limit or window[0].ready()):
                yield from finish_chunk(window.popleft(), store, tally)
        while window:
            yield from finish_chunk(window.popleft(), store, tally)
    finally:
        if store is not None:
            salvage(window, store)


@contextmanager
def progress_bar(enabled: bool, total: int | None) -> Iterator[Any]:
    """Yield a callback `update(advance, tally)` drawing a rich bar on stderr, or a no-op.

    Only a terminal gets the bar: a redirected stderr keeps errors and notes, no progress.
    """
    from rich.console import Console

    console = Console(stderr=True)
    if not enabled or not console.is_terminal:
        yield lambda advance, tally: None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console) as bar:
        task = bar.add_task(Tally().describe(), total=total)
        yield lambda advance, tally: bar.update(task, advance=advance,
                                                description=tally.describe())


def run_reports(
    documents: Iterable[Document],
    *,
    jobs: int | None = None,
    cache: Path | None | Literal["default"] = DEFAULT_CACHE,
    engine: str = "local",
    scheduler: str | None = None,
    progress: bool = False,
    model_version: str | None = None,
    no_model: bool = False,
    chunk_size: int = CHUNK_SIZE,
    reducer: Reducer | None = None,
) -> Iterator[Outcome]:
    """Yield (document, report dict or None, error or None) for every document, in order.

    With `reducer`, yield its record of each report instead of the report: new reports
    are reduced on the worker that made them (only the record, and the packed report if
    it is to be cached, come back), cached ones on a worker too (here when jobs=1);
    derived bytes are cached beside the reports.

    `jobs` defaults to the number of CPUs; 1 runs in this process. `cache` defaults to the
    user's cache file (`default_cache_path`); `cache=None` turns the cache off.
    `model_version` defaults to `analyzer_fingerprint()`; `no_model` runs the rules only
    (cached apart). `engine="dask"` runs on the cluster at `scheduler`, or on a
    LocalCluster of `jobs` workers if it is None.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; expected one of {ENGINES}")
    if cache == DEFAULT_CACHE:
        cache = default_cache_path()
    jobs = jobs if jobs is not None else (os.cpu_count() or 1)
    total = len(documents) if isinstance(documents, Sized) else None
    documents, single_task = fits_one_task(documents, chunk_size)
    if single_task:
        jobs = 1  # one task: a pool would only add start-up time
    if engine == "local" and jobs > 1:
        prepare_analyzer(no_model)  # once, not once per worker
    version = (model_version or analyzer_fingerprint()) + ("+rules" if no_model else "")
    # In this process without a cache, a report is never packed: that round trip cost about
    # 1 ms an article (json and zlib each way).
    inline = engine == "local" and jobs <= 1 and cache is None
    task = partial(analyze_chunk, no_model=no_model, reducer=reducer, keep_report=cache is not None,
                   inline=inline)
    with ExitStack() as stack:
        store = None if cache is None else stack.enter_context(ReportCache(cache, version))
        submitter, workers = stack.enter_context(open_submitter(engine, jobs, scheduler))
        update = stack.enter_context(progress_bar(progress, total))
        tally = Tally()
        # Closed first on the way out, so unyielded finished work is stored before shutdown.
        outcomes = stack.enter_context(closing(
            stream_outcomes(documents, store, submitter, workers, tally, task, chunk_size,
                            reducer)))
        for outcome in outcomes:
            yield outcome
            update(1, tally)


def score_inputs(items: Iterable[Document | InputFailure],
                 on_outcome: Callable[[ArticleReport | InputFailure], None] | None = None,
                 keep_reports: bool = True, **options: Any) -> BatchOutcome:
    """Analyze every Document of `items`, pass failures through, report each as it comes.

    With `keep_reports=False` the reports go to `on_outcome` only and are counted, so
    memory does not grow with the input. `options` are the keywords of `run_reports`
    (jobs, cache, engine, no_model...).
    """
    from sourcing.run.restore import restore_report

    queue: deque[Document | InputFailure] = deque()  # inputs read but not yet reported
    reports: list[ArticleReport] = []
    failures: list[InputFailure] = []
    streamed = 0

    def documents() -> Iterator[Document]:
        for item in items:
            queue.append(item)
            if isinstance(item, Document):
                yield item

    def emit(outcome: ArticleReport | InputFailure) -> None:
        nonlocal streamed
        if isinstance(outcome, InputFailure):
            failures.append(outcome)
        elif keep_reports:
            reports.append(outcome)
        else:
            streamed += 1
        if on_outcome is not None:
            on_outcome(outcome)

    def emit_failures() -> None:
        while queue and isinstance(head := queue[0], InputFailure):
            queue.popleft()
            emit(head)

    for document, data, error in run_reports(documents(), **options):
        emit_failures()
        queue.popleft()  # `document` itself
        if data is not None:
            emit(restore_report(document, data))
        else:
            emit(InputFailure(document.path or "?", f"analysis failed: {error}",
                              FailureKind.ANALYSIS))
    emit_failures()
    return BatchOutcome(tuple(reports), tuple(failures), streamed)
