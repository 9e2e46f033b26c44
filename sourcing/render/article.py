"""Article output: each input's body as the tool reads it, boilerplate removed.

The article is the analyzed text (for a page, the text extracted from it) less the spans
excluded as `boilerplate`: the statements, and the headings and table rows that stay article
text although they are not statements. `docs/pages.md` measures this view on real pages.
"""

from __future__ import annotations

from collections.abc import Sequence

from sourcing.records import ArticleReport, Role


def article_text(report: ArticleReport) -> str:
    """Return the report's text without its boilerplate spans, one paragraph a line."""
    text = report.document.text
    cuts = sorted(
        (item.span for item in report.excluded if item.role is Role.BOILERPLATE),
        key=lambda span: span.start,
    )
    pieces, kept_from = [], 0
    for span in cuts:
        pieces.append(text[kept_from : span.start])
        kept_from = max(kept_from, span.end)
    pieces.append(text[kept_from:])
    # A cut inside a line must not glue the words on either side of it.
    lines = (" ".join(line.split()) for line in " ".join(pieces).splitlines())
    return "\n".join(line for line in lines if line)


def render_article_report(report: ArticleReport) -> str:
    """Render one article: a `==> PATH <==` line, its title if known, then its body."""
    document = report.document
    head = [f"==> {document.path} <=="] + ([document.title] if document.title else [])
    return "\n".join([*head, "", article_text(report)]) + "\n\n"


def render_article(reports: Sequence[ArticleReport], *, color: bool = False) -> str:
    """Render the article body of every report, one after the other."""
    return "".join(render_article_report(report) for report in reports)
