"""`run_reports`: every document's report (or error), in input order, a few chunks at a time."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Sized
from contextlib import ExitStack, closing
from functools import partial
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from sourcing.run.cache import ReportCache, default_cache_path
from sourcing.run.version import analyzer_fingerprint

if TYPE_CHECKING:
    from sourcing.document import Document
    from sourcing.run.engine.chunks import Chunk, Outcome
    from sourcing.run.engine.progress import Tally
    from sourcing.run.engine.reducer import Reducer
    from sourcing.run.engine.submitters import Submitter
    from sourcing.run.engine.tasks import Task

# `run_reports(cache=...)`: the user's cache file (`default_cache_path`), found when a run
# uses it (platformdirs, which finds it, imports tempfile, shutil and random: 5 ms).
DEFAULT_CACHE: Literal["default"] = "default"
CHUNK_SIZE = 16  # documents per task: about 0.4 s of work, so task overhead stays small
CHUNKS_PER_WORKER = 4  # tasks in flight per worker: keeps workers busy, bounds memory


def fits_one_task(documents: Iterable[Document], chunk_size: int) -> tuple[Iterator[Document],
                                                                            bool]:
    """Read at most one chunk and one more ahead: the same documents, and whether one task holds them."""
    source = iter(documents)
    head = list(islice(source, chunk_size + 1))
    return chain(head, source), len(head) <= chunk_size


def stream_outcomes(documents: Iterable[Document], store: ReportCache | None,
                    submitter: Submitter, workers: int, tally: Tally, task: Task,
                    chunk_size: int = CHUNK_SIZE,
                    reducer: Reducer | None = None) -> Generator[Outcome, None, None]:
    """Yield outcomes in input order, keeping at most a few chunks per worker in flight."""
    from sourcing.run.engine.chunks import finish_chunk, salvage, start_chunk

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
    # Imported here: a caller that finds every record in the cache (a re-run of `compare`)
    # holds this function but never calls it, and needs none of the pools and tasks.
    from sourcing.run.engine.progress import Tally, progress_bar
    from sourcing.run.engine.submitters import ENGINES, open_submitter
    from sourcing.run.engine.tasks import analyze_chunk, prepare_analyzer

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
