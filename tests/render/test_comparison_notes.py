"""The comparison's notes: what was left out or merged, the intervals, the correlation."""

from __future__ import annotations

from dataclasses import replace

import pytest
from report_dicts import report, shares_report

from sourcing.corpus.compare import CompareOptions, Comparison, compare_reports
from sourcing.corpus.ratings import Correlation
from sourcing.render.comparison_notes import correlation_note, notes


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    reports = [
        shares_report(1, 4, outlet="CNN (Web News)", id="c1", url="https://www.cnn.com/a"),
        report(["unattributed"], outlet="Fox News", id="f1",
               excluded=("The Associated Press contributed to this report.",)),
    ]
    return compare_reports(reports, CompareOptions(min_articles=2, exclude_pattern="/opinion/"))


def test_notes_say_what_was_read_excluded_and_flagged(comparison: Comparison) -> None:
    lines = notes(comparison, flagged="shaded")
    assert lines[0].startswith("2 inputs: 2 compared, 0 failed, 0 excluded by pattern '/opinion/'")
    assert lines[1] == "wire copy detected in 1 articles (kept)"
    assert lines[2] == "groups under 2 articles are shaded"
    assert len(lines) == 4  # no ratings: no correlation line


@pytest.mark.parametrize(
    ("correlation", "line"),
    [
        (Correlation(rho=None, n=1, low=None, high=None, p_value=None),
         "Spearman correlation with rating: not defined (n = 1 rated groups)"),
        (Correlation(rho=0.5, n=5, low=-0.62, high=0.95, p_value=0.391),
         ("Spearman rho (mean anonymity share vs rating) = 0.500, n = 5 groups with >= 2 "
          "articles, 95% CI [-0.620, 0.950] (Fisher z), p = 0.391")),
    ],
)
def test_the_correlation_is_one_line(comparison: Comparison, correlation: Correlation,
                                     line: str) -> None:
    rated = replace(comparison, correlation=correlation)
    assert correlation_note(rated) == line
    assert notes(rated)[-1] == line
