"""The article format: the analyzed text less its boilerplate, headings and tables kept."""

from __future__ import annotations

from sourcing import analyze_text
from sourcing.records import ArticleReport, Document, Excluded, Role, Span
from sourcing.render import render
from sourcing.render.article import article_text
from sourcing.scoring.score import score_article
from sourcing.settings import DEFAULT_SETTINGS

PAGE = (
    "Bridge reopens after repairs\n"
    "The mayor said the bridge would reopen on Monday, after three months of work.\n"
    "| Lane | Open |\n"
    "| North | yes |\n"
    "Sign up for our newsletter to get the latest news.\n"
    "Officials said the repairs cost two million dollars.\n"
)


def test_article_keeps_statements_headings_and_tables_and_drops_boilerplate() -> None:
    report = analyze_text(PAGE, model=None)
    roles = {item.role for item in report.excluded}
    assert roles == {Role.HEADLINE, Role.TABLE, Role.BOILERPLATE}
    assert article_text(report).splitlines() == [
        "Bridge reopens after repairs",
        "The mayor said the bridge would reopen on Monday, after three months of work.",
        "| Lane | Open |",
        "| North | yes |",
        "Officials said the repairs cost two million dollars.",
    ]


def test_a_cut_inside_a_line_keeps_the_words_apart() -> None:
    text = "The council voted.Photo: AP/Jane Doe\nIt meets again in May.\n"
    credit = Span(text.index("Photo"), text.index("\n"))
    report = ArticleReport(
        Document(text=text, path="a.txt"),
        (),
        (Excluded(credit, Role.BOILERPLATE, "test credit"),),
        score_article([], text, DEFAULT_SETTINGS, lambda _: {}),
        "sourcing test",
    )
    assert article_text(report) == "The council voted.\nIt meets again in May."


def test_rendered_articles_are_headed_by_path_and_title() -> None:
    report = analyze_text(PAGE, model=None, title="Bridge news")
    out = render("article", [report, report])
    head = f"==> {report.document.path} <==\nBridge news\n\nBridge reopens"
    assert out.count(head) == 2
    assert "newsletter" not in out
