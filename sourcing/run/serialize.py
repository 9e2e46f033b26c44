"""Turn reports into plain JSON-ready dicts (the output contract).

`report_dict(report, internal=True)` is the form a report takes from a worker or the report
cache to `restore.restore_report`: each statement also carries its typed `Provenance`
(`provenance_dict`) and its confidence unrounded, so that the statements restored are the
statements analyzed, and the exercises' key checks (which read provenance, and order by
confidence) give the keys of the analysis itself. The output contract (`sourcing score
--format json`) has neither.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from sourcing.provenance import Provenance, Rule
from sourcing.records import ArticleReport, Excluded, Span, Statement

CONTRACT_VERSION = 1


def _span_dict(span: Span | None, text: str) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "text": text[span.start : span.end]}


def provenance_dict(provenance: Provenance | None) -> dict[str, Any] | None:
    """Serialize a provenance compactly: only its fields that are set, `replaced` nested."""
    if provenance is None:
        return None
    data: dict[str, Any] = {}
    for field in fields(Provenance):
        value = getattr(provenance, field.name)
        if isinstance(value, Provenance):
            value = provenance_dict(value)
        if value is not None:
            data[field.name] = value.value if isinstance(value, Rule) else value
    return data


def statement_dict(statement: Statement, text: str, internal: bool = False) -> dict[str, Any]:
    """Serialize one statement; spans are offsets into the document text."""
    typed = {"provenance": provenance_dict(statement.provenance)} if internal else {}
    return {
        "index": statement.index,
        "start": statement.span.start,
        "end": statement.span.end,
        "text": statement.text,
        "type": statement.type.value,
        "source": statement.source,
        "source_span": _span_dict(statement.source_span, text),
        "via": statement.via,
        "via_span": _span_dict(statement.via_span, text),
        "cue": statement.cue,
        "cue_span": _span_dict(statement.cue_span, text),
        "anonymity_reason": statement.anonymity_reason,
        "confidence": statement.confidence if internal else round(statement.confidence, 4),
        "resolved_from": statement.resolved_from,
        "evidence": statement.evidence,
        "flags": list(statement.flags),
    } | typed


def excluded_dict(item: Excluded, text: str) -> dict[str, Any]:
    """Serialize one excluded span."""
    return {
        "start": item.span.start,
        "end": item.span.end,
        "role": item.role.value,
        "reason": item.reason,
        "text": text[item.span.start : item.span.end],
    }


def report_dict(report: ArticleReport, internal: bool = False) -> dict[str, Any]:
    """Serialize a whole article report (`internal`: in the form workers and the cache use)."""
    doc = report.document
    scores = report.scores
    notes = {"notes": list(report.notes)} if report.notes else {}  # only when there is one
    return {
        "contract": CONTRACT_VERSION,
        "analyzer": report.analyzer,
        "path": doc.path,
        "id": doc.id,
        "outlet": doc.outlet,
        "title": doc.title,
        "url": doc.url,
        "date": doc.date,
        "input_format": doc.input_format,
        "topic": doc.topic,
        "scores": {
            "statements": scores.statements,
            "anonymity_share": round(scores.anonymity_share, 4),
            "anonymity_share_words": round(scores.anonymity_share_words, 4),
            "type_shares": {k: round(v, 4) for k, v in scores.type_shares.items()},
            "distinct_named_sources": scores.distinct_named_sources,
            "named_sources": list(scores.named_sources),
            "anonymous_statements": scores.anonymous_statements,
            "anonymous_without_reason": scores.anonymous_without_reason,
            "lede_anonymous": scores.lede_anonymous,
            "readability": scores.readability,
            "basis": {k: list(v) for k, v in scores.basis.items()},
        },
        "statements": [statement_dict(s, doc.text, internal) for s in report.statements],
        "excluded": [excluded_dict(e, doc.text) for e in report.excluded],
    } | notes
