"""The annotated page: valid, self-contained HTML that shows exactly what the analysis found."""

from __future__ import annotations

import json
import re
from itertools import pairwise
from pathlib import Path
from xml.etree.ElementTree import Element

import html5lib
import pytest
from report_builders import make_report, sample_report

from sourcing.pipeline import analyze
from sourcing.records import ArticleReport, Document
from sourcing.render.html import page_segments, render_html, render_page
from sourcing.run.serialize import statement_dict
from sourcing.scoring.checks import run_checks
from sourcing.source_types import type_styles

SEEDS = sorted(Path(__file__).resolve().parents[2].joinpath("seeds").glob("*.txt"))


def parse(page: str) -> Element:
    """Parse strictly: any HTML parse error fails the test."""
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(page)


def text_of(element: Element) -> str:
    return "".join(element.itertext())


def check_page(page: str, reports: list[ArticleReport]) -> None:
    tree = parse(page)
    data = json.loads(text_of(tree.find(".//script[@id='statement-data']")))
    for number, report in enumerate(reports, start=1):
        for statement in report.statements:
            key = f"a{number}-s-{statement.index}"
            element = tree.find(f".//span[@id='{key}']")
            assert element is not None, key
            assert text_of(element) == statement.text
            assert f"t-{statement.type.value}" in element.get("class", "").split()
            expected = statement_dict(statement, report.document.text)
            assert {k: data[key][k] for k in expected} == expected
        for excluded in report.excluded:
            body = report.document.text[excluded.span.start : excluded.span.end]
            assert any(text_of(e) == body for e in tree.iterfind(".//span[@class='ex']"))
        cards = tree.findall(f".//section[@id='a{number}']//ul[@class='checks']/li")
        for card, check in zip(cards, run_checks(report), strict=True):
            assert card.get("data-check") == check.name
            assert card.get("class") == ("pass" if check.passed else "fail")
            assert check.rule_text in text_of(card)


def test_sample_page_shows_every_statement_and_check() -> None:
    report = sample_report()
    check_page(render_page([report]), [report])


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_page_agrees_with_the_analysis(path: Path) -> None:
    report = analyze(Document(text=path.read_text(encoding="utf-8"), path=str(path)))
    check_page(render_html([report]), [report])


def test_two_reports_get_separate_ids() -> None:
    reports = [sample_report(path="a.txt"), sample_report(path="b.txt")]
    page = render_page(reports)
    check_page(page, reports)
    ids = re.findall(r' id="([^"]+)"', page)
    assert len(ids) == len(set(ids))


def test_page_is_self_contained() -> None:
    page = render_page([sample_report()])
    assert not re.search(r"<link\b|\bsrc=|@import|url\(", page)
    assert not re.search(r'href="(?!#)', page)
    assert "<style>" in page and "<script>" in page


@pytest.mark.parametrize(
    "hostile",
    [
        "He wrote </script><script>alert(1)</script> in a post.",
        'She said "<b>no</b>" & left.',
    ],
)
def test_text_is_escaped(hostile: str) -> None:
    report = make_report([(hostile, "unattributed", {"evidence": hostile})])
    page = render_page([report])
    check_page(page, [report])
    assert page.count("<script>") == 1


def test_legend_names_every_type_with_a_second_cue() -> None:
    styles = type_styles()
    page = render_page([sample_report()])
    lines = [t.line for t in styles if t.line != "none"]
    assert len(set(lines)) == len(lines)  # no two highlighted types share an underline style
    for style in styles:
        assert f'class="swatch t-{style.name}"' in page and style.label in page


def test_segments_cover_the_text_in_order() -> None:
    report = sample_report()
    segments = page_segments(report)
    assert segments[0].start == 0 and segments[-1].end == len(report.document.text)
    assert all(a.end == b.start for a, b in pairwise(segments))


def test_score_command_writes_the_page(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from sourcing.cli import app

    out = tmp_path / "page.html"
    result = CliRunner().invoke(app, ["score", str(SEEDS[3]), "--format", "html", "-o", str(out)])
    assert result.exit_code == 0, result.output
    report = analyze(Document(text=SEEDS[3].read_text(encoding="utf-8"), path=str(SEEDS[3])))
    tree = parse(out.read_text(encoding="utf-8"))
    spans = tree.findall(".//div[@class='article']/span[@data-index]")
    assert [text_of(s) for s in spans] == [s.text for s in report.statements]
