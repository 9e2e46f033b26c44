"""The terminal report: a score card, then every statement with its type and source."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from sourcing.records import ArticleReport
from sourcing.render.scorecard import article_facts, article_heading, excluded_summary, score_rows
from sourcing.run.serialize import report_dict
from sourcing.settings import DEFAULT_SETTINGS

WIDTH = 100  # fixed so that the same input gives the same bytes on any terminal
# Short tag and colour for each statement type; anonymous sourcing stands out in red.
TYPE_STYLES = {
    "named_official": ("OFFICIAL", "blue"),
    "named_person": ("PERSON", "cyan"),
    "named_organization": ("ORG", "green"),
    "document": ("DOC", "magenta"),
    "cited_outlet": ("OUTLET", "yellow"),
    "unnamed_source": ("ANON", "bold red"),
    "unattributed": ("NONE", "dim"),
}


def render_text(reports: Sequence[ArticleReport], *, color: bool = False) -> str:
    """Render readable reports, with ANSI colours only when `color` is set."""
    return "".join(render_text_report(report, color=color, separated=number > 0)
                   for number, report in enumerate(reports))


def render_text_report(report: ArticleReport, *, color: bool = False,
                       separated: bool = False) -> str:
    """Render one report; `separated` puts the rule that parts it from the one before."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=WIDTH,
        force_terminal=color,
        color_system="standard" if color else None,
        highlight=False,
        emoji=False,
    )
    if separated:
        console.print()
        console.rule(style="dim")
    _print_report(console, report_dict(report))
    if color:
        return buffer.getvalue()
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())


def _print_report(console: Console, report: dict[str, Any]) -> None:
    console.print(Text(article_heading(report), style="bold"))
    if facts := article_facts(report):
        console.print(Text(" · ".join(facts), style="dim"))
    console.print(_score_table(report))
    console.print(_statement_table(report))
    console.print(Text(f"excluded: {excluded_summary(report)}", style="dim"))
    for note in report.get("notes", ()):
        console.print(Text(f"note: {note}", style="yellow"))


def _score_table(report: dict[str, Any]) -> Table:
    table = Table(box=box.SIMPLE, show_header=False, padding=(0, 1))
    table.add_column("score", style="bold")
    table.add_column("value")
    for label, value in score_rows(report):
        table.add_row(label, Text(value))
    return table


def _statement_table(report: dict[str, Any]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, padding=(0, 1), expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("type", no_wrap=True)
    table.add_column("statement", ratio=1)
    for statement in report["statements"]:
        tag, style = TYPE_STYLES.get(statement["type"], (statement["type"], ""))
        table.add_row(str(statement["index"]), Text(tag, style=style), _statement_cell(statement))
    return table


def _statement_cell(statement: dict[str, Any]) -> Text:
    cell = Text(statement["text"])
    details = attribution_details(statement)
    if details:
        cell.append("\n" + details, style="dim")
    return cell


def attribution_details(statement: dict[str, Any]) -> str:
    """Say who the statement is from, through whom, and what is notable about it."""
    parts = []
    if statement["source"]:
        parts.append(f"source: {statement['source']}")
    if statement["via"]:
        parts.append(f"via: {statement['via']}")
    if statement["type"] == "unnamed_source":
        parts.append("reason given" if statement["anonymity_reason"] else "no reason given")
    if statement["resolved_from"] is not None:
        parts.append(f"carried from #{statement['resolved_from']}")
    if statement["confidence"] < DEFAULT_SETTINGS.unsure_below:
        parts.append(f"unsure ({statement['confidence']:.2f})")
    parts.extend(statement["flags"])
    return " · ".join(parts)
