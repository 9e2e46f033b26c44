"""The evaluation's anonymity-share figures: alt readings credited, and the strict figure beside."""

from __future__ import annotations

from sourcing.evaluation import Evaluation, GoldRow, evaluate_document, summary
from sourcing.pipeline import analyze
from sourcing.records import Document

TEXT = (
    "The officials spoke on condition of anonymity.\n\n"
    "A senior official said the talks had stalled.\n\n"
    "The weather was cold.\n"
)


def row(anchor: str, type_: str, alt: tuple[str, ...] = ()) -> GoldRow:
    return GoldRow(doc="a.txt", offset=TEXT.index(anchor), anchor=anchor, role="statement",
                   type=type_, alt=alt, source=None, via=None, anonymity_reason=None)


def shares(rows: list[GoldRow]) -> dict[str, object]:
    report = analyze(Document(TEXT, path="a.txt"), model=None)
    result = Evaluation()
    evaluate_document(report, rows, result)
    return summary(result)


def test_an_accepted_alt_reading_moves_the_gold_share_to_it() -> None:
    report = analyze(Document(TEXT, path="a.txt"), model=None)
    first = report.statements[0].type.value
    other = "unnamed_source" if first == "unattributed" else "unattributed"
    # the gold's type differs from the prediction, its alt accepts it: no share error from it
    figures = shares([row("The officials spoke", other, (first,)),
                      row("A senior official", "unnamed_source"), row("The weather", "unattributed")])
    assert figures["accuracy"] == 1.0
    assert figures["share_mae"] == 0.0
    assert figures["strict_share_mae"] == 1 / 3


def test_without_alt_the_two_share_errors_agree() -> None:
    figures = shares([row("The officials spoke", "unattributed"),
                      row("A senior official", "unattributed"), row("The weather", "unattributed")])
    assert figures["share_mae"] == figures["strict_share_mae"] > 0
