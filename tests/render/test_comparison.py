"""Comparison output: every format renders; the HTML page is self-contained."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from report_dicts import report, shares_report

from sourcing.corpus.compare import CompareOptions, compare_reports
from sourcing.render import COMPARISON_FORMATS
from sourcing.render.comparison import comparison_frame, render_comparison

NONE = "unattributed"


@pytest.fixture(scope="module")
def comparison():
    reports = [
        shares_report(1, 4, outlet="CNN (Web News)", id="c1", url="https://www.cnn.com/a"),
        shares_report(2, 4, outlet="CNN (Web News)", id="c2", url="https://www.cnn.com/b",
                      texts=[f"Other words number {k} for cnn two." for k in range(4)]),
        report([NONE], outlet=None, id="u1"),
        report([NONE], outlet="Fox News", id="f1",
               excluded=("The Associated Press contributed to this report.",)),
    ]
    return compare_reports(
        reports, CompareOptions(min_articles=2, exclude_pattern="/opinion/"),
        ratings={"cnn.com": 0.66, "foxnews.com": 0.53},
    )


@pytest.mark.parametrize("fmt", COMPARISON_FORMATS)
def test_every_format_names_every_group(comparison, fmt: str) -> None:
    text = render_comparison(comparison, fmt)
    for name in ("CNN", "Fox News", "unknown"):
        assert name in text


def test_csv_has_one_row_per_group_and_every_column(comparison) -> None:
    rows = list(csv.DictReader(io.StringIO(render_comparison(comparison, "csv"))))
    assert [r["outlet"] for r in rows] == ["CNN", "Fox News", "unknown"]
    assert rows[0]["articles"] == "2" and rows[0]["few_articles"] == "False"
    assert rows[1]["few_articles"] == "True"  # flagged, not hidden
    assert float(rows[0]["mean_anonymity_share"]) == pytest.approx(0.375)
    assert float(rows[0]["ci_low"]) <= 0.375 <= float(rows[0]["ci_high"])
    assert rows[1]["wire_share"] == "1.0000"
    assert rows[0]["rating_domain"] == "cnn.com"
    assert "share_unnamed_source" in rows[0]


def test_json_carries_hygiene_options_and_correlation(comparison) -> None:
    payload = json.loads(render_comparison(comparison, "json"))
    assert payload["hygiene"]["read"] == 4
    assert payload["options"]["exclude_pattern"] == "/opinion/"
    assert payload["correlation"]["n"] == 1  # only CNN has enough articles and a rating
    assert payload["groups"][2]["mean_anonymity_share"] == 0.0
    assert payload["groups"][2]["anonymous_with_reason"] is None  # NaN never reaches JSON


def test_markdown_is_a_table_with_notes(comparison) -> None:
    text = render_comparison(comparison, "markdown")
    assert text.startswith("| group | n | few |")
    assert "near-duplicates counted once" in text
    assert "Spearman correlation with rating: not defined (n = 1" in text


def test_html_is_self_contained(comparison) -> None:
    page = render_comparison(comparison, "html")
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page, re.IGNORECASE)
    assert "<script" not in page.lower() and "<link" not in page.lower()
    assert re.search(r'<img[^>]+src="data:image/png;base64,[A-Za-z0-9+/=]{100,}"', page)
    assert "<table" in page and "CNN" in page


def test_frame_of_no_groups_has_the_group_columns() -> None:
    empty = compare_reports([], CompareOptions(by=("outlet", "year")))
    assert list(comparison_frame(empty).columns)[:3] == ["outlet", "year", "articles"]
    assert "0 inputs" in render_comparison(empty, "markdown")


def test_html_page_reads_like_a_paper_table(comparison) -> None:
    """Issue 12 defect 11: fixed outlet column, percent with CIs, chart order, shaded small
    groups, column definitions, corpus summary, alias merges; no snake_case headings."""
    from sourcing.corpus.chart import chart_order, group_label
    from sourcing.render.comparison_page import PAGE_COLUMNS

    page = render_comparison(comparison, "html")
    assert re.search(r"th\.group, td\.group \{ position: sticky; left: 0;", page)
    assert "mean_anonymity_share" not in page and "few_articles" not in page
    assert re.search(r"<td>\d+\.\d \[\d+\.\d–\d+\.\d\]</td>", page)  # 37.5 [25.0–50.0]
    rows = re.findall(r'<th class="group" scope="row">([^<†]+?)(?: †)?</th>', page)
    drawn = [group_label(g) for g in chart_order(comparison.groups)]
    assert rows[: len(drawn)] == drawn
    few = [g for g in comparison.groups if g.below_min_articles]
    assert few and page.count('<tr class="few">') == 2 * len(few)  # both tables
    for heading, _, _ in PAGE_COLUMNS:
        assert f"<dt>{heading}</dt>" in page
    assert "articles (" in page and "dated 2019-05-01 to 2019-05-01" in page
    assert "<b>CNN</b> ← CNN (Web News)" in page
    # The definitions name the types by the labels the tables show, not by internal names.
    definitions = page.split("What the columns mean", 1)[1]
    assert "unnamed_source" not in definitions
    assert "is anonymous (the type Anonymous source of Table 2)" in definitions


def test_chart_is_titled_by_the_grouping_in_percent_with_the_corpus(comparison) -> None:
    """Issue 12 defect 13: title "by outlet", percent axis, corpus, dates and n."""
    from sourcing.render.comparison_page import comparison_chart

    svg = comparison_chart(comparison, "svg").decode()
    assert "Anonymous sourcing by outlet" in svg and "by group" not in svg
    assert re.search(r">\d+%<", svg)
    assert "2019-05-01 to 2019-05-01" in svg and "articles (" in svg
