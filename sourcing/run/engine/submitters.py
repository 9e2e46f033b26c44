"""Hand tasks to workers: in this process, on a process pool, or on a Dask cluster."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from sourcing.run.engine.dask_cluster import dask_client

if TYPE_CHECKING:  # imported where used: a cached re-run of `compare` makes no pool or future
    from concurrent.futures import Future, ProcessPoolExecutor

ENGINES = ("local", "dask")
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
        with dask_client(jobs, scheduler) as client:
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
