"""Count a run's analyzed, cached and failed documents, and show them on a progress bar."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any


@dataclass
class Tally:
    """Counts shown on the progress bar."""

    analyzed: int = 0
    cached: int = 0
    errors: int = 0

    def describe(self) -> str:
        return f"analyzed {self.analyzed} · cached {self.cached} · errors {self.errors}"


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
