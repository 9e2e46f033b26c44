"""Write reports as they are finished, in input order: text, jsonl, csv and article stream.

A streamed format writes each report's piece as soon as the report is done, so memory does
not grow with the number of articles; the pieces join to exactly what the format's
renderer gives for all reports at once. json (one object or a list), markdown and html
are whole documents: their reports are kept and rendered at the end.
"""

from __future__ import annotations

from collections.abc import Callable

from sourcing.records import ArticleReport
from sourcing.render import render
from sourcing.render.article import render_article_report
from sourcing.render.csv import ARTICLE_COLUMNS, csv_rows, render_csv
from sourcing.render.json import render_jsonl
from sourcing.render.text import render_text_report

STREAMED = ("text", "jsonl", "csv", "article")


class ReportStream:
    """Render each report given to `write` and pass the text to `sink`; `close` ends it."""

    def __init__(self, name: str, sink: Callable[[str], None], *, color: bool = False) -> None:
        self.name = name
        self.sink = sink
        self.color = color
        self.count = 0  # reports written (or kept, for the formats that buffer)
        self.kept: list[ArticleReport] = []
        self.csv_header_written = False

    def write(self, report: ArticleReport) -> None:
        """Write `report`'s piece now (streamed formats) or keep it for `close`."""
        if self.name not in STREAMED:
            self.kept.append(report)
        elif piece := self._piece(report):
            self.sink(piece)
        self.count += 1

    def close(self) -> None:
        """Write what is left: the buffered document, or the header of a CSV without rows."""
        if self.kept:
            self.sink(render(self.name, self.kept, color=self.color))
        elif self.name == "csv" and self.count and not self.csv_header_written:
            self.sink(",".join(ARTICLE_COLUMNS) + "\n")

    def _piece(self, report: ArticleReport) -> str:
        if self.name == "jsonl":
            return render_jsonl([report])
        if self.name == "article":
            return render_article_report(report)
        if self.name == "text":
            return render_text_report(report, color=self.color, separated=self.count > 0)
        if not csv_rows([report]):
            return ""  # no statements: no rows (the header comes with the first rows)
        piece = render_csv([report], header=not self.csv_header_written)
        self.csv_header_written = True
        return piece
