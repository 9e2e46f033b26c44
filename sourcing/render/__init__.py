"""Output formats: each renders a sequence of reports to one string.

Every renderer takes `(reports, *, color=False)`; only the text report uses colour.
Machine formats are built from `sourcing.run.serialize.report_dict` alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sourcing.records import ArticleReport
from sourcing.render.article import render_article
from sourcing.render.csv import render_csv
from sourcing.render.html import render_html
from sourcing.render.json import render_json, render_jsonl
from sourcing.render.markdown import render_markdown
from sourcing.render.text import render_text

Renderer = Callable[..., str]

FORMATS: dict[str, Renderer] = {
    "text": render_text,
    "json": render_json,
    "jsonl": render_jsonl,
    "csv": render_csv,
    "markdown": render_markdown,
    "html": render_html,
    "article": render_article,
}


def render(name: str, reports: Sequence[ArticleReport], *, color: bool = False) -> str:
    """Render `reports` in the format called `name` (a key of FORMATS)."""
    return FORMATS[name](reports, color=color)
