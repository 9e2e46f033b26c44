"""The work a worker does: analyze a chunk of documents and pack each report."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from functools import partial
from typing import Any

from sourcing.dependencies import missing_dependency
from sourcing.records import ArticleReport, Document
from sourcing.run.cache import PACK_LEVEL, pack_report
from sourcing.run.engine.reducer import Reducer

# The report (a blob, or its dict when made in this process and never cached), the error,
# a Reducer's (derived, record).
Packed = tuple[bytes | dict[str, Any] | None, str | None, Any]
Analyzer = Callable[[Document], ArticleReport]


def analyzer_for(no_model: bool) -> Analyzer:
    """Return `pipeline.analyze`, told to use no model when asked and when it takes one."""
    from sourcing import pipeline  # imported here: loading the analyzer is slow, --help is not

    if no_model and "model" in inspect.signature(pipeline.analyze).parameters:
        return partial(pipeline.analyze, model=None)  # type: ignore[call-arg]
    return pipeline.analyze


def prepare_analyzer(no_model: bool) -> None:
    """Import the analyzer and load the model here, so that forked workers start with them."""
    try:
        analyzer_for(no_model)
        if not no_model:
            from sourcing.model.store import SHIPPED, choose_model

            choose_model(SHIPPED)
    except ImportError as error:
        raise missing_dependency(error) from error


def analyze_packed(document: Document, no_model: bool = False, reducer: Reducer | None = None,
                   keep_report: bool = True, inline: bool = False) -> Packed:
    """Analyze one document; return its packed report (unless not kept), the error as
    text, and the reducer's (derived, record) when there is one.

    `inline` (this process, no cache): the report dict as it is, not packed. A report not
    kept is packed only to reach the parent process, so it is not compressed.
    """
    from sourcing.run.serialize import report_dict

    try:
        # Internal: `score_inputs` restores the report from this dict, provenance and all.
        report = report_dict(analyzer_for(no_model)(document), internal=True)
        extra = None if reducer is None else reducer.apply(report)
        if inline and reducer is None:
            return report, None, None
        level = PACK_LEVEL if keep_report else 0
        return (pack_report(report, level) if keep_report or reducer is None else None), None, extra
    except ImportError as error:  # the same for every document: a fatal error, said once
        raise missing_dependency(error) from error
    except Exception as error:  # noqa: BLE001 - one bad document must not stop the run
        return None, f"{type(error).__name__}: {error}", None


def analyze_chunk(documents: list[Document], no_model: bool = False,
                  reducer: Reducer | None = None, keep_report: bool = True,
                  inline: bool = False) -> list[Packed]:
    """Analyze a chunk of documents (the unit of work sent to a worker)."""
    return [analyze_packed(document, no_model, reducer, keep_report, inline)
            for document in documents]


Task = Callable[[list[Document]], list[Packed]]
