"""The comparison end to end on report dicts: hygiene counts, groups, ratings."""

from __future__ import annotations

import dataclasses
import json
from functools import partial
from pathlib import Path

import pytest
from fresh_python import run_python
from record_samples import ANON, FIXTURES, NONE, STORY, options
from report_dicts import report, shares_report

from sourcing.corpus.compare import (
    CompareOptions,
    chart_format,
    compare_paths,
    compare_reports,
    parse_by,
)
from sourcing.outlets import UNKNOWN


def test_near_duplicate_counted_once_and_reported() -> None:
    first = report([NONE, NONE, ANON], texts=STORY, id="a", outlet="Fox News")
    again = report([NONE, NONE, ANON], texts=STORY, id="b", outlet="Fox Online News")
    elsewhere = report([NONE, NONE, ANON], texts=STORY, id="c", outlet="CNN (Web News)")
    result = compare_reports([first, again, elsewhere], options())
    assert result.hygiene.near_duplicates == 1
    assert {g.group: g.articles for g in result.groups} == {("CNN",): 1, ("Fox News",): 1}


def test_every_input_is_accounted_for() -> None:
    reports = [
        report([NONE], id="1", url="https://www.nytimes.com/2019/opinion/x.html"),
        report([NONE], id="2", texts=["WASHINGTON (AP) — The Senate voted on Monday."]),
        report([ANON], id="3", outlet=None),
        None,  # an input that failed
        report([NONE], id="4"),
    ]
    result = compare_reports(reports, options(exclude_pattern="/opinion/", exclude_wire=True))
    h = result.hygiene
    assert (h.read, h.failed, h.excluded_by_pattern, h.wire_copy, h.excluded_wire) == (5, 1, 1, 1, 1)
    assert h.compared == 2 == sum(g.articles for g in result.groups)
    assert (UNKNOWN,) in {g.group for g in result.groups}


def test_wire_copy_is_kept_and_counted_by_default() -> None:
    wired = report([NONE], texts=["NEW YORK (Reuters) - Stocks fell."], outlet="Washington Times")
    result = compare_reports([wired], options())
    assert result.hygiene.wire_copy == 1 and result.hygiene.excluded_wire == 0
    assert result.groups[0].wire_share == 1.0


def test_wire_credit_in_boilerplate_counts() -> None:
    credited = report([NONE], excluded=("The Associated Press contributed to this report.",))
    assert compare_reports([credited], options()).groups[0].wire_share == 1.0


def ratings_corpus() -> list[dict]:
    # Outlet mean shares 0.1 < 0.2 < 0.3 < 0.4 against ratings 0.9 > 0.7 > 0.8 > 0.2:
    # rank pairs (1,4) (2,2) (3,3) (4,1): d^2 = 9+0+0+9 = 18 -> rho = 1 - 6*18/60 = -0.8.
    outlets = [("Reuters", 1), ("CNN (Web News)", 2), ("New York Times - News", 3),
               ("Breitbart News", 4)]
    return [
        shares_report(anonymous, 10, outlet=name, id=f"{name}{i}",
                      texts=[f"{name} {i} statement {k} unique words here." for k in range(10)])
        for name, anonymous in outlets for i in range(2)
    ]


RATINGS = {"reuters.com": 0.9, "cnn.com": 0.7, "nytimes.com": 0.8, "breitbart.com": 0.2}


def test_ratings_join_by_domain_and_correlate() -> None:
    result = compare_reports(ratings_corpus(), options(min_articles=2), ratings=RATINGS)
    assert {r.group[0]: (r.domain, r.rating) for r in result.ratings} == {
        "Reuters": ("reuters.com", 0.9), "CNN": ("cnn.com", 0.7),
        "New York Times": ("nytimes.com", 0.8), "Breitbart News": ("breitbart.com", 0.2),
    }
    assert result.correlation is not None
    assert result.correlation.n == 4
    assert result.correlation.rho == pytest.approx(-0.8)
    assert result.correlation.low < -0.8 < result.correlation.high  # type: ignore[operator]


def test_groups_below_min_articles_stay_out_of_the_correlation() -> None:
    result = compare_reports(ratings_corpus(), options(min_articles=3), ratings=RATINGS)
    assert result.correlation is not None and result.correlation.n == 0
    assert len(result.ratings) == 4


def test_ratings_need_outlet_groups() -> None:
    with pytest.raises(ValueError, match="per outlet"):
        compare_reports(ratings_corpus(), options(by=("topic",)), ratings=RATINGS)


@pytest.mark.parametrize(
    ("text", "by"),
    [("outlet", ("outlet",)), ("outlet,year", ("outlet", "year")), (" Topic ", ("topic",))],
)
def test_parse_by(text: str, by: tuple[str, ...]) -> None:
    assert parse_by(text) == by


@pytest.mark.parametrize("text", ["", "site", "outlet,outlet", "outlet,colour"])
def test_parse_by_refuses(text: str) -> None:
    with pytest.raises(ValueError, match="--by"):
        parse_by(text)


@pytest.mark.parametrize(("name", "fmt"), [("a.png", "png"), ("b.SVG", "svg")])
def test_chart_format(name: str, fmt: str) -> None:
    assert chart_format(Path(name)) == fmt


def test_chart_format_refuses_other_files() -> None:
    with pytest.raises(ValueError, match=".png or .svg"):
        chart_format(Path("chart.pdf"))


def test_compare_paths_reads_a_jsonl_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        '{"id": "1", "outlet": "CNN (Web News)", "text": "Officials said the vote failed."}\n'
        '{"id": "2", "outlet": "", "text": "The bill passed on Tuesday, a source said."}\n'
        "not json\n"
    )

    def run(documents, reducer):  # stands in for engine.run_reports
        for document in documents:
            made = report([NONE], outlet=document.outlet, id=document.id or "")
            yield document, reducer.apply(made)[1], None

    failures: list[str] = []
    result = compare_paths([str(corpus)], None, options(), run=run,
                           on_failure=lambda path, message: failures.append(path))
    assert [g.group for g in result.groups] == [("CNN",), (UNKNOWN,)]
    assert result.hygiene.failed == 1 and failures == [f"{corpus}:3"]


def test_records_give_the_figures_of_whole_reports_to_the_last_bit() -> None:
    # Expected figures made by the whole-report comparison before records (see compare_sample).
    from compare_sample import sample_reports

    expected = json.loads((FIXTURES / "expected_comparison.json").read_text())
    ratings = {"cnn.com": 0.7, "site1.com": 0.2, "reuters.com": 0.9, "nytimes.com": 0.8,
               "site2.com": 0.5}
    cases = {
        "outlet": (options(min_articles=5), ratings),
        "outlet_year_clean": (CompareOptions(by=("outlet", "year"), exclude_wire=True,
                                             exclude_pattern="/opinion/"), None),
        "topic_loose": (CompareOptions(by=("topic",), duplicate_threshold=0.5), None),
    }
    for name, (chosen, rated) in cases.items():
        result = compare_reports(sample_reports(), chosen, ratings=rated)
        got = json.loads(json.dumps(dataclasses.asdict(result), default=list))
        assert got == expected[name], name


def test_a_rerun_reads_records_and_never_reports(tmp_path: Path, monkeypatch) -> None:
    from sourcing.run import cache as cache_module
    from sourcing.run.engine import run_reports

    corpus = tmp_path / "corpus.jsonl"
    rows = [{"id": str(n), "outlet": outlet, "text": " ".join(STORY[n % 3:]) + " Officials said so."}
            for n, outlet in enumerate(["CNN", "Fox News", "CNN", "Reuters"])]
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows))
    run = partial(run_reports, jobs=1, cache=tmp_path / "c.sqlite", no_model=True)

    def compare(path: Path) -> dict:
        made = compare_paths([str(path)], None, options(), run=run, on_failure=print)
        return json.loads(json.dumps(dataclasses.asdict(made), default=list))

    first = compare(corpus)

    def no_reports(self, keys):  # a re-run must not read a report
        raise AssertionError("report read")

    monkeypatch.setattr(cache_module.ReportCache, "get_many", no_reports)
    assert compare(corpus) == first
    renamed = tmp_path / "renamed.jsonl"  # same articles, other file and ids: still records
    renamed.write_text("".join(json.dumps({**row, "id": f"{row['id']}~copy"}) + "\n"
                               for row in rows))
    assert compare(renamed) == first


def test_the_comparison_loads_the_ratings_module_only_for_ratings() -> None:
    # A comparison without --ratings (every cached re-run of the benchmark) does not
    # import it: its dataclass and imports are start-up time.
    code = ("import sys\n"
            "import sourcing.corpus.compare, sourcing.render.comparison\n"
            "print('sourcing.corpus.ratings' in sys.modules)\n"
            "from sourcing.corpus.ratings import correlate\n"
            "print(correlate([], []).n)\n")
    assert run_python(code).stdout.split() == ["False", "0"]
