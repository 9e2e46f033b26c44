"""Rebuild an `ArticleReport` from its document and `report_dict` (the inverse of serialize).

Cached and remote results travel as report dicts; renderers that need the typed report get
it back here. Fields are mapped by name from the records' dataclass fields, so a field added
to a record and to `report_dict` under the same name comes back without a change here.
Floats come back rounded as `report_dict` wrote them (4 decimals), except in its internal
form (`report_dict(report, internal=True)`, that of workers and the cache), whose statements
keep their confidence unrounded and their `provenance`, so they come back equal to the
statements analyzed. Without it, `provenance` comes back None.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from sourcing.provenance import Provenance, Rule
from sourcing.records import (
    ArticleReport,
    Document,
    Excluded,
    Role,
    Scores,
    SourceType,
    Span,
    Statement,
)


def _span(data: dict[str, Any] | None) -> Span | None:
    return None if data is None else Span(data["start"], data["end"])


def _restored_fields(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    """Take the values of `cls`'s fields from `data`; tuples come back as tuples."""
    values: dict[str, Any] = {}
    for field in dataclasses.fields(cls):
        if field.name not in data:
            continue
        value = data[field.name]
        if str(field.type).startswith("tuple") and isinstance(value, list):
            value = tuple(value)
        values[field.name] = value
    return values


def restore_provenance(data: dict[str, Any] | None) -> Provenance | None:
    """Rebuild a provenance from `provenance_dict` output."""
    if data is None:
        return None
    values = dict(data, rule=Rule(data["rule"]))
    if "replaced" in data:
        values["replaced"] = restore_provenance(data["replaced"])
    return Provenance(**values)


def restore_statement(data: dict[str, Any]) -> Statement:
    """Rebuild one statement from `statement_dict` output."""
    values = _restored_fields(Statement, data)
    values.update({name: _span(data.get(name)) for name in values if name.endswith("_span")})
    values.update(span=Span(data["start"], data["end"]), type=SourceType(data["type"]),
                  provenance=restore_provenance(data.get("provenance")))
    return Statement(**values)


def restore_excluded(data: dict[str, Any]) -> Excluded:
    """Rebuild one excluded span from `excluded_dict` output."""
    return Excluded(Span(data["start"], data["end"]), Role(data["role"]), data["reason"])


def restore_scores(data: dict[str, Any]) -> Scores:
    """Rebuild the article scores."""
    values = _restored_fields(Scores, data)
    values["basis"] = {key: tuple(value) for key, value in data.get("basis", {}).items()}
    return Scores(**values)


def restore_report(document: Document, data: dict[str, Any]) -> ArticleReport:
    """Rebuild the report of `document` from `report_dict(report)`."""
    values = _restored_fields(ArticleReport, data)
    values.update(
        document=document,
        statements=tuple(restore_statement(s) for s in data["statements"]),
        excluded=tuple(restore_excluded(e) for e in data["excluded"]),
        scores=restore_scores(data["scores"]),
    )
    return ArticleReport(**values)
