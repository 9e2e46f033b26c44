"""`score_inputs`: every input ends as a report or a failure, in order, with the run's exit code."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sourcing.inputs.failures import FailureKind, InputFailure
from sourcing.records import ArticleReport, Document
from sourcing.run.engine.reports import run_reports

EXIT_OK = 0  # every input gave a report
EXIT_SOME_FAILED = 1  # some inputs failed; the others were still reported
EXIT_NOTHING_DONE = 2  # usage error, or no input could be processed


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
