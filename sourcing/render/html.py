"""Render a report as a self-contained annotated HTML page (inline CSS and JS, works offline)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from sourcing.records import ArticleReport, Excluded, Statement
from sourcing.run.serialize import statement_dict
from sourcing.scoring.checks import run_checks
from sourcing.settings import DEFAULT_SETTINGS, Settings
from sourcing.source_types import type_label, type_styles


@dataclass(frozen=True)
class Segment:
    """A stretch of the document text: a statement, an excluded span, or text between."""

    start: int
    end: int
    statement: Statement | None = None
    excluded: Excluded | None = None


@lru_cache(maxsize=1)
def template_env() -> jinja2.Environment:
    """Return the Jinja environment over `sourcing/data/templates` (HTML ones autoescaped)."""
    folder = Path(str(resources.files("sourcing").joinpath("data", "templates")))
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",), default=False),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


def page_segments(report: ArticleReport) -> list[Segment]:
    """Cut the document text into statements, excluded spans and the text between them."""
    marked = [Segment(s.span.start, s.span.end, statement=s) for s in report.statements]
    marked += [Segment(e.span.start, e.span.end, excluded=e) for e in report.excluded]
    segments: list[Segment] = []
    cursor = 0
    for seg in sorted(marked, key=lambda m: (m.start, m.end)):
        if seg.start < cursor:  # overlaps the previous span: keep the earlier one whole
            continue
        if seg.start > cursor:
            segments.append(Segment(cursor, seg.start))
        segments.append(seg)
        cursor = seg.end
    if cursor < len(report.document.text):
        segments.append(Segment(cursor, len(report.document.text)))
    return segments


def is_unsure(statement: Statement, settings: Settings = DEFAULT_SETTINGS) -> bool:
    """Tell whether the analyzer is unsure of `statement` (exercises never ask about it)."""
    return statement.confidence < settings.unsure_below


def statement_tooltip(statement: Statement) -> str:
    """Return the one-line hover text of a statement."""
    parts = [f"#{statement.index} {type_label(statement.type.value)}"]
    for name, value in (
        ("source", statement.source),
        ("cue", statement.cue),
        ("via", statement.via),
    ):
        if value:
            parts.append(f"{name}: {value}")
    parts.append(f"confidence {statement.confidence:.2f}")
    return " · ".join(parts)


def statement_html(statement: Statement, text: str, key: str, settings: Settings) -> Markup:
    """Return the highlighted markup of one statement; its element id is `{key}-s-{index}`."""
    unsure = " unsure" if is_unsure(statement, settings) else ""
    return Markup(
        '<sup class="n" aria-hidden="true">{i}</sup><span class="st t-{t}{u}" id="{k}-s-{i}"'
        ' data-index="{i}" data-type="{t}" tabindex="0" title="{tip}">{body}</span>'
    ).format(
        k=key,
        i=statement.index,
        t=statement.type.value,
        u=unsure,
        tip=statement_tooltip(statement),
        body=text,
    )


def article_html(report: ArticleReport, key: str, settings: Settings = DEFAULT_SETTINGS) -> Markup:
    """Return the document text as markup, each statement and excluded span wrapped."""
    text = report.document.text
    parts = []
    for seg in page_segments(report):
        body = text[seg.start : seg.end]
        if seg.statement is not None:
            parts.append(statement_html(seg.statement, body, key, settings))
        elif seg.excluded is not None:
            parts.append(
                Markup('<span class="ex" data-role="{r}" title="{why}">{body}</span>').format(
                    r=seg.excluded.role.value, why=seg.excluded.reason, body=body
                )
            )
        elif body.strip():  # text outside every statement is not scored either
            parts.append(
                Markup('<span class="ex" data-role="not scored">{body}</span>').format(body=body)
            )
        else:
            parts.append(escape(body))
    return Markup("").join(parts)


def script_json(value: Any) -> Markup:
    """Return JSON safe to embed in a <script> element (no "</" can close it)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def panel_data(report: ArticleReport, key: str, settings: Settings) -> dict[str, Any]:
    """Return what the details panel shows per statement id (the JSON contract + label)."""
    rows = {}
    for statement in report.statements:
        row = statement_dict(statement, report.document.text)
        row["label"] = type_label(statement.type.value)
        row["unsure"] = is_unsure(statement, settings)
        rows[f"{key}-s-{statement.index}"] = row
    return rows


def document_title(report: ArticleReport) -> str:
    """Return the article's title, or its file name, or its id."""
    doc = report.document
    return doc.title or (Path(doc.path).name if doc.path else None) or doc.id or "article"


def render_page(reports: Sequence[ArticleReport], settings: Settings = DEFAULT_SETTINGS) -> str:
    """Return the annotated page of `reports` as one self-contained HTML document."""
    articles = []
    data: dict[str, Any] = {}
    for number, report in enumerate(reports, start=1):
        key = f"a{number}"
        data |= panel_data(report, key, settings)
        articles.append(
            {
                "key": key,
                "report": report,
                "title": document_title(report),
                "scores": report.scores,
                "article": article_html(report, key, settings),
                "checks": run_checks(report),
            }
        )
    titles = [a["title"] for a in articles]
    return (
        template_env()
        .get_template("page.html.j2")
        .render(
            page_title=titles[0] if len(titles) == 1 else f"{len(titles)} articles",
            articles=articles,
            analyzer=reports[0].analyzer if reports else "",
            types=type_styles(),
            statement_json=script_json(data),
        )
    )


def render_html(reports: Sequence[ArticleReport], *, color: bool = False) -> str:
    """Render `reports` as the annotated page (the FORMATS entry; `color` is unused)."""
    return render_page(reports)
