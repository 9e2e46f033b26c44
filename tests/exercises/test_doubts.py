"""doubts: the checks that leave a statement ungraded run once per article, also when an
article with too few sure statements takes its clearest ones back."""

from __future__ import annotations

from collections import Counter

import pytest
from report_builders import make_report

from sourcing.exercises import doubts
from sourcing.records import ArticleReport, Statement
from sourcing.settings import DEFAULT_SETTINGS

ROWS = [
    ("Officials said the talks stalled.", "unnamed_source", {"source": "Officials"}),
    ("Pompeo said the talks would go on.", "named_official", {"source": "Pompeo"}),
    ("Zarif said Iran was ready.", "named_official", {"source": "Zarif"}),
    ("The talks began in May.", "unattributed", {}),
]


@pytest.mark.parametrize(
    ("confidences", "ungraded"),
    [
        ((0.98, 0.98, 0.98, 0.98), ()),  # enough sure statements: no fallback
        ((0.5, 0.6, 0.95, 0.7), (0, 1, 3)),  # too few: [2] taken back at the floor
    ],
)
def test_unsure_runs_every_check_once_per_statement(
    confidences: tuple[float, ...], ungraded: tuple[int, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    report = make_report([(text, kind, {**fields, "confidence": c})
                          for (text, kind, fields), c in zip(ROWS, confidences, strict=True)])
    checked: Counter[int] = Counter()
    at_odds = doubts.at_odds

    def counted(statement: Statement, report: ArticleReport, skip: frozenset[str] = frozenset()) -> bool:
        checked[statement.index] += 1
        return at_odds(statement, report, skip)

    monkeypatch.setattr(doubts, "at_odds", counted)
    assert doubts.unsure(report, DEFAULT_SETTINGS) == ungraded
    assert checked == Counter(range(len(ROWS)))
