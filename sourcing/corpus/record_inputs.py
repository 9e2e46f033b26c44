"""Get the record of every input, in order: from the input index and the cache when an
unchanged file's records are all there, else through the engine's run."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import chain, islice
from typing import TYPE_CHECKING, BinaryIO

from sourcing.corpus.reduction import ArticleRecord
from sourcing.document import Document
from sourcing.inputs.failures import InputFailure
from sourcing.run.engine import Reducer
from sourcing.run.indexed import InputIndex

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sourcing.inputs.ingest import Item

Outcome = tuple[Document, ArticleRecord | None, str | None]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the block (if it was running).

    Used while records are read from the cache and counted: each makes several
    short-lived objects (decoded JSON, facts, the lists of its batch) and no reference
    cycle, so reference counting frees them all, and the collector would only rescan
    them (a young collection every 700 allocations, a full one over every object of the
    process now and then). Not used while the engine runs (its pool or Dask client's
    threads make cycles).

    What the block leaves alive (the groups' tallies, kept until the table is made) is
    moved to the oldest generation when it ends (`promote_survivors`), where a young
    collection would move it in two steps, scanning it each time.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        promote_survivors()
        gc.enable()


def promote_survivors() -> None:
    """Move every object the collector tracks to its oldest generation, unscanned.

    `gc.freeze` moves them all to its permanent generation and `gc.unfreeze` puts them
    back in the oldest one (CPython's documented meaning of both). Left alone when
    objects are frozen already: whoever froze them keeps them frozen. The oldest
    generation is still scanned by a full collection, so a cycle among them is freed
    then (the block's records make none).
    """
    if gc.get_freeze_count():
        return
    gc.freeze()
    gc.unfreeze()


def iter_inputs(paths: Sequence[str], stdin: BinaryIO | None = None) -> Iterator[Item]:
    """`ingest.iter_inputs`, its readers imported when an input is read (a re-run whose
    input is indexed reads none)."""
    from sourcing.inputs.ingest import iter_inputs as read

    return read(paths, stdin)


def record_stream(
    items: Iterable[Document | InputFailure],
    run: Callable[[Iterable[Document]], Iterable[Outcome]],
    on_failure: Callable[[str, str], None],
) -> Iterator[ArticleRecord | None]:
    """Reduce (or fetch from cache) every document; yield None for each failed input."""
    failures: list[InputFailure] = []

    def documents() -> Iterator[Document]:
        for item in items:
            if isinstance(item, Document):
                yield item
            else:
                failures.append(item)
                on_failure(item.path, item.message)

    for document, record, error in run(documents()):
        if record is None:
            on_failure(document.path or document.id or "?", f"analysis failed: {error}")
        yield record
    yield from (None for _ in failures)


def input_records(
    paths: list[str],
    stdin: BinaryIO | None,
    run: Callable[[Iterable[Document]], Iterable[Outcome]],
    on_failure: Callable[[str, str], None],
    index: InputIndex | None,
    reducer: Reducer,
) -> Iterator[ArticleRecord | None]:
    """Yield the record of every input of `paths`, in order (None: a failed input).

    A JSONL file found in `index` whose records are all cached is neither read nor run;
    the others (and the rest of an indexed file from its first uncached record) go
    through `run`, and are indexed as they are read.
    """
    if index is None:
        yield from record_stream(iter_inputs(paths, stdin), run, on_failure)
        return
    pending: list[Iterable[Item]] = []  # inputs for `run`, read in order when it runs
    for path in paths:
        key = index.file_key(path)
        parts = None if key is None else index.rows(key)
        if parts is None:
            items = iter_inputs([path], stdin)
            pending.append(items if key is None else index.recording(key, path, items))
            continue
        if pending:
            yield from record_stream(chain.from_iterable(pending), run, on_failure)
            pending = []
        done = 0
        with collector_paused():  # no engine runs here: records decoded and counted
            for rows in parts:
                records = index.records(rows, path, str(reducer.version), reducer.unpack)
                if records is None:  # not reduced under this analyzer and reduction yet
                    pending.append(islice(iter_inputs([path], stdin), done, None))
                    break
                yield from records
                done += len(rows)
                del records  # not held while the next part is read (see `tally_records`)
    if pending:
        yield from record_stream(chain.from_iterable(pending), run, on_failure)
