"""Connect to a dask.distributed cluster: the one at --scheduler, or a local one."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

from sourcing.dependencies import missing_dependency

SCHEDULER_TIMEOUT = "5s"  # how long to try a --scheduler address before giving up


class SchedulerUnreachable(RuntimeError):
    """The dask scheduler named by --scheduler did not answer."""


@contextmanager
def dask_client(jobs: int, scheduler: str | None) -> Iterator[Any]:
    import logging

    try:
        from distributed import Client, LocalCluster
    except ImportError as error:
        raise missing_dependency(error) from error  # one line, exit 2: pip install 'sourcing[dask]'
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
