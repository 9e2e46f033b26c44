"""JSON output: one object per article (a list when several), or JSON Lines."""

from __future__ import annotations

import json
from collections.abc import Sequence

from sourcing.records import ArticleReport
from sourcing.run.serialize import report_dict


def render_json(reports: Sequence[ArticleReport], *, color: bool = False) -> str:
    """Render one report as an object, several as a list."""
    dicts = [report_dict(report) for report in reports]
    data = dicts[0] if len(dicts) == 1 else dicts
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_jsonl(reports: Sequence[ArticleReport], *, color: bool = False) -> str:
    """Render one report per line."""
    return "".join(json.dumps(report_dict(r), ensure_ascii=False) + "\n" for r in reports)
