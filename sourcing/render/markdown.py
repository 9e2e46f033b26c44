"""Markdown output: per article a heading, a score card table and a statement table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sourcing.records import ArticleReport
from sourcing.render.scorecard import article_facts, article_heading, excluded_summary, score_rows
from sourcing.render.text import attribution_details
from sourcing.run.serialize import report_dict

STATEMENT_HEADER = ("#", "type", "statement", "source / via")


def cell(value: object) -> str:
    """Make a value safe inside a table cell: one line, pipes escaped."""
    return " ".join(str(value).split()).replace("|", "\\|")


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    """Return the lines of a Markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return lines


def render_markdown(reports: Sequence[ArticleReport], *, color: bool = False) -> str:
    """Render every report as a Markdown section."""
    return "\n".join(_article(report_dict(report)) for report in reports)


def _article(report: dict[str, Any]) -> str:
    lines = [f"## {cell(article_heading(report))}", ""]
    if facts := article_facts(report):
        lines += [" · ".join(cell(fact) for fact in facts), ""]
    lines += table(("score", "value"), score_rows(report)) + [""]
    rows = [
        (s["index"], s["type"], s["text"], attribution_details(s)) for s in report["statements"]
    ]
    lines += table(STATEMENT_HEADER, rows) + [""]
    lines += [f"Excluded: {excluded_summary(report)}", ""]
    return "\n".join(lines)
