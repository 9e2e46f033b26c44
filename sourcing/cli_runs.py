"""The runs behind the commands: score inputs with a progress bar, compare through the cache.

Modules that read, analyze or render are imported inside the functions that use them, so
that `sourcing --help` and usage errors stay quick.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from contextlib import ExitStack
from functools import partial
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sourcing.corpus.compare import CompareOptions, Comparison
    from sourcing.inputs.failures import InputFailure
    from sourcing.outlets import OutletTable
    from sourcing.records import ArticleReport
    from sourcing.run.engine import BatchOutcome


def score_with_progress(paths: list[str], quiet: bool,
                        on_report: Callable[[ArticleReport], None] | None = None,
                        **options: Any) -> BatchOutcome:
    """Read `paths` (- is stdin) lazily and score them with a progress bar, passing each
    report to `on_report` as it is finished; `options` go to `score_inputs`."""
    from sourcing.inputs.ingest import iter_inputs
    from sourcing.records import ArticleReport
    from sourcing.render.progress import BatchProgress
    from sourcing.run.engine import score_inputs

    items = iter_inputs(paths, sys.stdin.buffer if "-" in paths else None)
    head = list(islice(items, 2))  # enough to know whether a bar is worth showing
    with BatchProgress(total=None, show_bar=not quiet and len(head) > 1) as progress:

        def on_outcome(outcome: ArticleReport | InputFailure) -> None:
            progress.update(outcome)
            if on_report is not None and isinstance(outcome, ArticleReport):
                on_report(outcome)

        return score_inputs(chain(head, items), on_outcome, **options)


def compare_through_cache(
    paths: list[str], options: CompareOptions, *, table: OutletTable,
    ratings: Mapping[str, float] | None, on_failure: Callable[[str, str], None],
    store: Path | None, engine: str, jobs: int | None, scheduler: str | None, progress: bool,
    rehash: bool,
) -> Comparison:
    """Compare the articles `paths` name (- is stdin), reading and filling the report cache
    `store` (none when None) and, on the local engine, its index of input files."""
    from sourcing.corpus.compare import compare_paths
    from sourcing.run.cache import ReportCache
    from sourcing.run.engine import run_reports
    from sourcing.run.indexed import InputIndex
    from sourcing.run.version import analyzer_fingerprint

    with ExitStack() as stack:
        # A Dask run always reads its input, so it always reaches its scheduler (a wrong
        # address is an error on every run, not only when something is analyzed).
        analyzer = analyzer_fingerprint() if store is not None else ""
        index = None if store is None or engine != "local" else stack.enter_context(
            InputIndex(store, analyzer, rehash=rehash))
        memo = None if store is None else stack.enter_context(ReportCache(store, analyzer))
        return compare_paths(
            paths, sys.stdin.buffer if "-" in paths else None, options, table=table,
            ratings=ratings, on_failure=on_failure, index=index, memo=memo,
            run=partial(run_reports, jobs=jobs, cache=store, engine=engine,
                        scheduler=scheduler, progress=progress),
        )
