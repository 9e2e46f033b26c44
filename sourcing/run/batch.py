"""Run the analysis over many inputs, keeping every result and every failure in order."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial

from sourcing.inputs.failures import FailureKind, InputFailure
from sourcing.records import ArticleReport, Document

EXIT_OK = 0  # every input gave a report
EXIT_SOME_FAILED = 1  # some inputs failed; the others were still reported
EXIT_NOTHING_DONE = 2  # usage error, or no input could be processed

Analyzer = Callable[[Document], ArticleReport]
Outcome = ArticleReport | InputFailure


@dataclass(frozen=True)
class BatchOutcome:
    """The reports and failures of one run; together they account for every input."""

    reports: tuple[ArticleReport, ...]
    failures: tuple[InputFailure, ...]

    @property
    def exit_code(self) -> int:
        if not self.reports:
            return EXIT_NOTHING_DONE
        return EXIT_SOME_FAILED if self.failures else EXIT_OK


def analyzer_for(no_model: bool) -> Analyzer:
    """Return `pipeline.analyze`, told to use no model when asked and when it takes one."""
    from sourcing import pipeline  # imported here: loading the analyzer is slow, --help is not

    if no_model and "model" in inspect.signature(pipeline.analyze).parameters:
        return partial(pipeline.analyze, model=None)  # type: ignore[call-arg]
    return pipeline.analyze


def analyze_safely(document: Document, analyzer: Analyzer) -> Outcome:
    """Analyze one document; an exception becomes a failure of that document only."""
    try:
        return analyzer(document)
    except Exception as error:  # noqa: BLE001 - one bad article must not stop the batch
        message = f"analysis failed: {type(error).__name__}: {error}"
        return InputFailure(document.path or "?", message, FailureKind.ANALYSIS)


def score_items(
    items: Iterable[Document | InputFailure],
    analyzer: Analyzer,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> BatchOutcome:
    """Analyze every Document of `items`, pass failures through, report each as it comes."""
    reports: list[ArticleReport] = []
    failures: list[InputFailure] = []
    for item in items:
        outcome = item if isinstance(item, InputFailure) else analyze_safely(item, analyzer)
        if isinstance(outcome, InputFailure):
            failures.append(outcome)
        else:
            reports.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)
    return BatchOutcome(tuple(reports), tuple(failures))
