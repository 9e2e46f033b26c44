"""Build hand-made report dicts (the serialize.py contract) for the compare tests."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sourcing.records import SourceType


def report(
    types: list[str],
    *,
    outlet: str | None = "Outlet A",
    id: str = "a1",
    url: str | None = None,
    date: str | None = "2019-05-01",
    topic: str | None = None,
    title: str | None = "A title",
    texts: list[str] | None = None,
    sources: dict[int, str] | None = None,
    reasons: frozenset[int] = frozenset(),
    named_sources: int = 0,
    ease: float | None = 50.0,
    excluded: tuple[str, ...] = (),
) -> dict[str, Any]:
    """Return a report dict whose statements have `types` (SourceType values), in order."""
    texts = texts or [f"Statement {i} of article {id} says thing {i}." for i in range(len(types))]
    sources = sources or {}
    statements, cursor = [], 0
    for index, (kind, text) in enumerate(zip(types, texts, strict=True)):
        statements.append({
            "index": index, "start": cursor, "end": cursor + len(text), "text": text,
            "type": kind, "source": sources.get(index), "anonymity_reason": index in reasons,
        })
        cursor += len(text) + 1
    spans = [{"start": cursor + 100 * i, "end": cursor + 100 * i + len(t), "role": "boilerplate",
              "reason": "test", "text": t} for i, t in enumerate(excluded)]
    counts = Counter(types)
    anonymous = counts[SourceType.UNNAMED_SOURCE.value]
    with_reason = sum(1 for i in reasons if types[i] == SourceType.UNNAMED_SOURCE.value)
    total = len(types)
    return {
        "contract": 1, "analyzer": "test", "path": None, "id": id, "outlet": outlet,
        "title": title, "url": url, "date": date, "input_format": "jsonl", "topic": topic,
        "scores": {
            "statements": total,
            "anonymity_share": round(anonymous / total, 4) if total else 0.0,
            "anonymity_share_words": 0.0,
            "type_shares": {t.value: counts[t.value] / total if total else 0.0 for t in SourceType},
            "distinct_named_sources": named_sources,
            "named_sources": [],
            "anonymous_statements": anonymous,
            "anonymous_without_reason": anonymous - with_reason,
            "lede_anonymous": False,
            "readability": {} if ease is None else {"flesch_reading_ease": ease},
            "basis": {},
        },
        "statements": statements,
        "excluded": spans,
    }


def shares_report(anonymous: int, total: int, **fields: Any) -> dict[str, Any]:
    """Return a report of `total` statements of which the first `anonymous` are unnamed."""
    kinds = [SourceType.UNNAMED_SOURCE.value] * anonymous
    kinds += [SourceType.UNATTRIBUTED.value] * (total - anonymous)
    return report(kinds, **fields)
