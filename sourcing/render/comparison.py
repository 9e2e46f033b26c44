"""Render a Comparison: terminal table, CSV, Markdown or JSON (the HTML page: comparison_page.py)."""

from __future__ import annotations

import io
import json
import math
from dataclasses import asdict
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from sourcing.corpus.bootstrap import Estimate
from sourcing.corpus.chart import group_label
from sourcing.corpus.compare import Comparison
from sourcing.labels import SourceType
from sourcing.render import COMPARISON_FORMATS
from sourcing.render.comparison_notes import notes
from sourcing.render.plain_table import TABLE_WIDTH, plain_table

if TYPE_CHECKING:
    import pandas as pd

# What a reader scans first (terminal table and Markdown), as (heading, column);
# csv, json and html carry every column under its full name.
SUMMARY_COLUMNS = (
    ("n", "articles"),
    ("few", "few_articles"),
    ("anon mean", "mean_anonymity_share"),
    ("95% CI", "ci"),
    ("anon median", "median_anonymity_share"),
    ("any anon", "articles_with_anonymous"),
    ("anon w/ reason", "anonymous_with_reason"),
    ("official", "official_share"),
    ("named/article", "named_sources_per_article"),
    ("cites outlet", "articles_citing_outlet"),
    ("wire", "wire_share"),
    ("reading ease", "flesch_reading_ease"),
)
LEGEND = (
    "n: articles; few: under --min-articles; anon mean/median: anonymity share of statements "
    "per article; any anon: share of articles with an anonymous statement; anon w/ reason: "
    "share of anonymous statements whose anonymity is explained; official: share of "
    "attributed statements from officials, named or not; named/article: distinct named "
    "sources per article; cites outlet: share of articles citing another outlet; wire: "
    "share of articles showing wire copy; reading ease: mean Flesch reading ease"
)


def comparison_frame(comparison: Comparison) -> pd.DataFrame:
    """Return the comparison as a table, one row per group (the CSV layout)."""
    import pandas as pd  # imported here: only CSV and JSON need it, and it loads slowly

    rows = comparison_rows(comparison)
    return pd.DataFrame(rows, columns=_columns(comparison, rows))


def comparison_rows(comparison: Comparison) -> list[dict[str, Any]]:
    """Return the comparison's rows, one dict a group, keyed by the CSV's columns."""
    ratings = {r.group: r for r in comparison.ratings}
    rows = []
    for group in comparison.groups:
        row: dict[str, Any] = dict(zip(comparison.options.by, group.group, strict=True))
        row |= {
            "articles": group.articles,
            "statements": group.statements,
            "few_articles": group.below_min_articles,
        }
        row |= _estimate("mean_anonymity_share", "ci", group.mean_share)
        row |= _estimate("median_anonymity_share", "median_ci", group.median_share)
        row |= {
            "articles_with_anonymous": group.articles_with_anonymous,
            "anonymous_with_reason": group.anonymous_with_reason,
            "official_share": group.official_share,
            "named_sources_per_article": group.named_sources_per_article,
            "articles_citing_outlet": group.articles_citing_outlet,
            "wire_share": group.wire_share,
            "flesch_reading_ease": group.reading_ease,
        }
        row |= {column: group.type_shares.get(name, 0.0) for column, name in _TYPE_COLUMNS}
        if comparison.correlation is not None:
            rated = ratings.get(group.group)
            row |= {
                "rating_domain": rated.domain if rated else None,
                "rating": rated.rating if rated else None,
            }
        rows.append(row)
    return rows


# Each source type's share column and the type's name (read once: an enum's `value` is a
# property, and a table reads it 7 times a group).
_TYPE_COLUMNS = tuple((f"share_{t.value}", t.value) for t in SourceType)


def _columns(comparison: Comparison, rows: list[dict[str, Any]]) -> list[str]:
    if rows:
        return list(rows[0])
    return [*comparison.options.by, "articles", "statements", "few_articles"]


def _estimate(name: str, prefix: str, estimate: Estimate | None) -> dict[str, Any]:
    if estimate is None:
        return {name: None, f"{prefix}_low": None, f"{prefix}_high": None}
    return {name: estimate.value, f"{prefix}_low": estimate.low, f"{prefix}_high": estimate.high}


def render_comparison(comparison: Comparison, fmt: str) -> str:
    """Render the comparison in format `fmt` (one of COMPARISON_FORMATS)."""
    renderers = {
        "table": render_table,
        "csv": render_csv,
        "markdown": render_markdown,
        "json": render_json,
        "html": render_html,
    }
    if fmt not in renderers:
        raise ValueError(f"format must be one of {COMPARISON_FORMATS}, not {fmt!r}")
    return renderers[fmt](comparison)


def render_html(comparison: Comparison) -> str:
    """The page: table, notes and chart (`comparison_page`)."""
    from sourcing.render.comparison_page import render_html as page  # base64, the chart: pages only

    return page(comparison)


def render_csv(comparison: Comparison) -> str:
    """Every column, one row per group."""
    return str(comparison_frame(comparison).to_csv(index=False, float_format="%.4f"))


def render_json(comparison: Comparison) -> str:
    """Groups, hygiene counts, options and correlation as one JSON object."""
    frame = comparison_frame(comparison).round(4).astype(object)
    payload = {
        "options": asdict(comparison.options),
        "hygiene": asdict(comparison.hygiene),
        "groups": frame.where(frame.notna(), None).to_dict(orient="records"),
        "correlation": asdict(comparison.correlation) if comparison.correlation else None,
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


def _summary_rows(comparison: Comparison) -> tuple[list[str], list[list[str]]]:
    header = ["group", *(heading for heading, _ in SUMMARY_COLUMNS)]
    rows = []
    for group, row in zip(comparison.groups, comparison_rows(comparison), strict=True):
        cells = list(map(_cell, _SUMMARY_VALUES(row)))
        cells[_CI : _CI + 2] = [f"[{cells[_CI]}, {cells[_CI + 1]}]"]  # one cell: "[low, high]"
        rows.append([group_label(group), *cells])
    return header, rows


# The values of a row's summary cells, in order, the CI's two ends where its cell goes.
_SUMMARY_VALUES = itemgetter(*(key for _, column in SUMMARY_COLUMNS
                               for key in (("ci_low", "ci_high") if column == "ci" else (column,))))
_CI = [column for _, column in SUMMARY_COLUMNS].index("ci")


def _cell(value: object) -> str:
    if type(value) is float and not math.isnan(value):  # most cells: a figure
        return f"{value:.3f}" if abs(value) < 10 else f"{value:.1f}"
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) < 10 else f"{value:.1f}"
    return str(value)


def render_markdown(comparison: Comparison) -> str:
    """The summary columns as a Markdown table, with the notes under it."""
    from sourcing.render.markdown import table as markdown_table  # loads rich, for reports

    header, rows = _summary_rows(comparison)
    lines = markdown_table(header, rows)
    bullets = [f"- {note}" for note in [*notes(comparison), LEGEND]]
    return "\n".join([*lines, "", *bullets]) + "\n"


def render_table(comparison: Comparison) -> str:
    """The summary columns as a terminal table (notes go to stderr in the CLI)."""
    header, rows = _summary_rows(comparison)
    title = "Anonymous sourcing by " + ", ".join(comparison.options.by)
    return plain_table(title, header, rows) or rich_table(title, header, rows)


def rich_table(title: str, header: list[str], rows: list[list[str]]) -> str:
    """Lay the table out with rich: the first column wraps, the others do not."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for heading in header:
        table.add_column(heading, no_wrap=heading != header[0], overflow="fold")
    for row in rows:
        table.add_row(*row)
    console = Console(file=io.StringIO(), width=TABLE_WIDTH, color_system=None)
    console.print(table)
    return console.file.getvalue()  # type: ignore[attr-defined]
