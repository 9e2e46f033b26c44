"""Run the analyzer over many inputs: in-process, on a process pool, or on Dask.

`score_inputs` is the one path from inputs to reports: every input ends as a report or
a failure, in order, with the run's exit code. It runs on `run_reports`, where
documents are read lazily in chunks; each chunk is looked up in the report cache and
its misses go to a worker as one task. At most a few chunks per worker are in flight,
and results are yielded in input order as soon as the oldest chunk is done, so memory
stays bounded however long the input is. Workers return packed (compressed JSON)
reports, which the parent stores as they are and unpacks once to yield.

The parts, in the order a document meets them:
- `reports`: `run_reports`, the window of chunks in flight and the run's options;
- `chunks`: one chunk's cache look-up, its task, and its outcomes in order;
- `submitters` (in this process, a process pool, or Dask) and `dask_cluster`;
- `tasks`: what a worker does with a chunk; `reducer`: records made beside the reports;
- `progress`: the counts and the bar on stderr;
- `batch`: `score_inputs`, failures in place and the exit code.

The names below load their module on first use: a cached comparison that finds every
record needs only the reducer's names, and never loads the chunks, pools and tasks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sourcing.lazy import names_on_first_use

# Each module of the engine, and the public names it defines.
_MODULES = {
    "batch": ("EXIT_NOTHING_DONE", "EXIT_OK", "EXIT_SOME_FAILED", "BatchOutcome", "score_inputs"),
    "chunks": ("Outcome",),
    "dask_cluster": ("SchedulerUnreachable",),
    "reducer": ("RecordName", "Reducer", "record_name"),
    "reports": ("CHUNK_SIZE", "DEFAULT_CACHE", "run_reports"),
    "submitters": ("ENGINES",),
    "tasks": ("analyzer_for",),
}
_PUBLIC = {name: f"{__name__}.{module}" for module, names in _MODULES.items() for name in names}
__all__ = [
    "CHUNK_SIZE", "DEFAULT_CACHE", "ENGINES", "EXIT_NOTHING_DONE", "EXIT_OK", "EXIT_SOME_FAILED",
    "BatchOutcome", "Outcome", "RecordName", "Reducer", "SchedulerUnreachable", "analyzer_for",
    "record_name", "run_reports", "score_inputs",
]

if TYPE_CHECKING:
    from sourcing.run.engine.batch import (
        EXIT_NOTHING_DONE,
        EXIT_OK,
        EXIT_SOME_FAILED,
        BatchOutcome,
        score_inputs,
    )
    from sourcing.run.engine.chunks import Outcome
    from sourcing.run.engine.dask_cluster import SchedulerUnreachable
    from sourcing.run.engine.reducer import RecordName, Reducer, record_name
    from sourcing.run.engine.reports import CHUNK_SIZE, DEFAULT_CACHE, run_reports
    from sourcing.run.engine.submitters import ENGINES
    from sourcing.run.engine.tasks import analyzer_for


__getattr__, __dir__ = names_on_first_use(globals(), _PUBLIC)
