"""Progress on stderr for batches, and the one-line error report of a failed input."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

from sourcing.inputs.failures import InputFailure
from sourcing.records import ArticleReport


def failure_line(failure: InputFailure) -> str:
    """Return `error: PATH: message` on one line."""
    return " ".join(f"error: {failure.path}: {failure.message}".split())


class BatchProgress:
    """Show a progress bar on stderr (terminals only) and print failures as they come."""

    def __init__(self, total: int | None, show_bar: bool) -> None:
        self.console = Console(stderr=True, highlight=False, emoji=False)
        self.show_bar = show_bar and self.console.is_terminal
        self.progress = Progress(
            TextColumn("scoring"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=self.console,
            transient=True,
            disable=not self.show_bar,
        )
        self.task = self.progress.add_task("scoring", total=total)

    def __enter__(self) -> Self:
        self.progress.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.progress.stop()

    def update(self, outcome: ArticleReport | InputFailure) -> None:
        """Count one input; print it if it failed."""
        if isinstance(outcome, InputFailure):
            self.console.print(Text(failure_line(outcome)), soft_wrap=True)
        else:
            for note in outcome.notes:
                line = f"warning: {outcome.document.path or '<input>'}: {note}"
                self.console.print(Text(" ".join(line.split())), soft_wrap=True)
        self.progress.advance(self.task)
