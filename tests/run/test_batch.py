"""Batch: every input ends as a report or a failure, in order, with the right exit code."""

from __future__ import annotations

import pytest
from report_builders import sample_report

from sourcing import pipeline
from sourcing.run import batch
from sourcing.run.batch import BatchOutcome, analyze_safely, analyzer_for, score_items
from sourcing.inputs.failures import FailureKind, InputFailure
from sourcing.records import ArticleReport, Document

REPORT = sample_report()


def fake_analyze(document: Document) -> ArticleReport:
    if "boom" in document.text:
        raise ValueError("bad\nnews")
    return REPORT


@pytest.mark.parametrize(
    ("reports", "failures", "code"),
    [
        (1, 0, batch.EXIT_OK),
        (1, 1, batch.EXIT_SOME_FAILED),
        (0, 1, batch.EXIT_NOTHING_DONE),
        (0, 0, 2),
    ],
)
def test_exit_code(reports: int, failures: int, code: int) -> None:
    outcome = BatchOutcome((REPORT,) * reports, (InputFailure("x", "bad"),) * failures)
    assert outcome.exit_code == code


def test_score_items_keeps_order_and_accounts_for_every_input() -> None:
    items = [Document("fine", path="a"), InputFailure("b", "missing"), Document("boom", path="c")]
    seen: list[object] = []
    outcome = score_items(items, fake_analyze, seen.append)
    assert outcome.reports == (REPORT,)
    assert [f.path for f in outcome.failures] == ["b", "c"]
    assert len(seen) == len(items) == len(outcome.reports) + len(outcome.failures)
    assert outcome.exit_code == batch.EXIT_SOME_FAILED


def test_analysis_error_becomes_a_failure() -> None:
    failure = analyze_safely(Document("boom", path="c.txt"), fake_analyze)
    assert isinstance(failure, InputFailure)
    assert (failure.path, failure.kind) == ("c.txt", FailureKind.ANALYSIS)
    assert failure.message == "analysis failed: ValueError: bad\nnews"


def test_no_model_is_passed_only_when_analyze_takes_one(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []

    def with_model(document: Document, model: object = "trained") -> ArticleReport:
        calls.append(model)
        return REPORT

    monkeypatch.setattr(pipeline, "analyze", with_model)
    analyzer_for(True)(Document("x"))
    analyzer_for(False)(Document("x"))
    assert calls == [None, "trained"]
