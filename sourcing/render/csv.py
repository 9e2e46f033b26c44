"""CSV output: one row per statement, with the article's metadata in front."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sourcing.records import ArticleReport
from sourcing.run.serialize import report_dict

# Article keys of report_dict repeated on each of its statement rows.
ARTICLE_COLUMNS = ("path", "id", "outlet", "title", "url", "date", "topic", "input_format")


def statement_row(statement: dict[str, Any]) -> dict[str, Any]:
    """Flatten a serialized statement: spans become `<key>_start`/`<key>_end`, lists join."""
    row: dict[str, Any] = {}
    for key, value in statement.items():
        if isinstance(value, dict):
            row[f"{key}_start"] = value["start"]
            row[f"{key}_end"] = value["end"]
        elif key.endswith("_span"):
            row[f"{key}_start"] = row[f"{key}_end"] = None
        elif isinstance(value, list):
            row[key] = ";".join(str(v) for v in value)
        else:
            row[key] = value
    return row


def csv_rows(reports: Sequence[ArticleReport]) -> list[dict[str, Any]]:
    """Return one flat dict per statement of every report."""
    rows: list[dict[str, Any]] = []
    for report in reports:
        data = report_dict(report)
        article = {key: data.get(key) for key in ARTICLE_COLUMNS}
        rows.extend(article | statement_row(s) for s in data["statements"])
    return rows


def render_csv(reports: Sequence[ArticleReport], *, color: bool = False, header: bool = True) -> str:
    """Render all statements of all reports as one CSV table (`header=False`: rows only)."""
    import pandas as pd  # imported here: pandas is slow to load and only CSV needs it

    rows = csv_rows(reports)
    columns = list(rows[0]) if rows else list(ARTICLE_COLUMNS)
    frame = pd.DataFrame(rows, columns=columns, dtype=object)
    return str(frame.to_csv(index=False, header=header, lineterminator="\n"))
