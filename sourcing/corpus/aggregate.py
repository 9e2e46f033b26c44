"""Per-group sourcing figures computed from serialized article reports (never re-analyzed)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from sourcing.corpus.bootstrap import Estimate, bootstrap
from sourcing.lexicons import load_lexicon
from sourcing.outlets import UNKNOWN, OutletTable, bare_host, canonical_outlet
from sourcing.records import SourceType

DIMENSIONS = ("outlet", "year", "topic")
DEFAULT_MIN_ARTICLES = 20
_YEAR = re.compile(r"^\s*((?:19|20)\d\d)\b")
_UNNAMED = SourceType.UNNAMED_SOURCE.value


@dataclass(frozen=True)
class ArticleFacts:
    """What the comparison needs of one article report."""

    key: str
    outlet: str
    domain: str | None
    year: str
    topic: str
    statements: int
    anonymity_share: float
    anonymous_statements: int
    anonymous_with_reason: int
    type_counts: Mapping[str, int]
    official_statements: int
    attributed_statements: int
    distinct_named_sources: int
    readability: float | None
    wire: tuple[str, ...] = ()

    def dimension(self, name: str) -> str:
        """Return the value of grouping dimension `name` (outlet, year or topic)."""
        return str(getattr(self, name))


@dataclass(frozen=True)
class GroupStats:
    """The figures of one group of articles (one row of the comparison)."""

    group: tuple[str, ...]
    articles: int
    statements: int
    mean_share: Estimate | None
    median_share: Estimate | None
    articles_with_anonymous: float
    anonymous_with_reason: float | None
    type_shares: Mapping[str, float]
    official_share: float | None
    named_sources_per_article: float
    articles_citing_outlet: float
    wire_share: float
    reading_ease: float | None
    below_min_articles: bool
    domains: tuple[str, ...] = ()  # web domains of the group's URLs, most frequent first


def article_facts(
    report: Mapping[str, Any], table: OutletTable, wire: tuple[str, ...] = ()
) -> ArticleFacts:
    """Extract the comparison facts of one report dict (the serialize.py contract)."""
    scores = report.get("scores") or {}
    statements = report.get("statements") or []
    counts = _type_counts(statements, scores)
    anonymous = int(scores.get("anonymous_statements", counts[_UNNAMED]))
    url = report.get("url")
    return ArticleFacts(
        key=str(report.get("id") or report.get("path") or ""),
        outlet=canonical_outlet(report.get("outlet"), url, table),
        domain=(bare_host(url) or None) if url else None,
        year=_year(report.get("date")),
        topic=" ".join(str(report.get("topic") or "").split()) or UNKNOWN,
        statements=int(scores.get("statements", len(statements))),
        anonymity_share=float(scores.get("anonymity_share", 0.0)),
        anonymous_statements=anonymous,
        anonymous_with_reason=anonymous - int(scores.get("anonymous_without_reason", anonymous)),
        type_counts=counts,
        official_statements=_official_statements(statements),
        attributed_statements=sum(counts.values()) - counts[SourceType.UNATTRIBUTED.value],
        distinct_named_sources=int(scores.get("distinct_named_sources", 0)),
        readability=(scores.get("readability") or {}).get("flesch_reading_ease"),
        wire=wire,
    )


def report_text(report: Mapping[str, Any], *, body_only: bool = False) -> str:
    """Return the report's statements (and excluded spans) in document order, one a line."""
    parts = [(s["start"], s["text"]) for s in report.get("statements") or []]
    if not body_only:
        parts += [(e["start"], e["text"]) for e in report.get("excluded") or []]
    return "\n".join(text for _, text in sorted(parts, key=lambda part: part[0]))


def _type_counts(statements: Sequence[Mapping[str, Any]], scores: Mapping[str, Any]) -> Counter:
    if statements:
        return Counter(str(s.get("type")) for s in statements)
    total = int(scores.get("statements", 0))
    shares = scores.get("type_shares") or {}
    return Counter({t: round(share * total) for t, share in shares.items()})


@lru_cache(maxsize=1)
def _official_words() -> re.Pattern[str]:
    words = sorted(load_lexicon("official_source_words"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def _official_statements(statements: Sequence[Mapping[str, Any]]) -> int:
    """Count named officials plus unnamed sources described as officials."""
    return sum(
        1
        for s in statements
        if s.get("type") == SourceType.NAMED_OFFICIAL.value
        or (s.get("type") == _UNNAMED and _official_words().search(s.get("source") or ""))
    )


def _year(date: object) -> str:
    match = _YEAR.match(str(date or ""))
    return match.group(1) if match else UNKNOWN


def aggregate(
    facts: Iterable[ArticleFacts],
    by: Sequence[str] = ("outlet",),
    min_articles: int = DEFAULT_MIN_ARTICLES,
) -> list[GroupStats]:
    """Return one GroupStats per group of `facts`, sorted by group (unknown values last)."""
    groups: dict[tuple[str, ...], list[ArticleFacts]] = defaultdict(list)
    for fact in facts:
        groups[tuple(fact.dimension(name) for name in by)].append(fact)
    ordered = sorted(groups, key=lambda g: [(value == UNKNOWN, value.casefold()) for value in g])
    return [group_stats(key, groups[key], min_articles) for key in ordered]


def group_stats(
    group: tuple[str, ...], facts: Sequence[ArticleFacts], min_articles: int
) -> GroupStats:
    """Compute the figures of one group of articles."""
    shares = [f.anonymity_share for f in facts]
    pooled = Counter[str]()
    for fact in facts:
        pooled.update(fact.type_counts)
    statements = sum(pooled.values())
    anonymous = sum(f.anonymous_statements for f in facts)
    attributed = sum(f.attributed_statements for f in facts)
    ease = [f.readability for f in facts if f.readability is not None]
    domains = Counter(f.domain for f in facts if f.domain)
    return GroupStats(
        group=group,
        articles=len(facts),
        statements=sum(f.statements for f in facts),
        mean_share=bootstrap(shares, np.mean),
        median_share=bootstrap(shares, np.median),
        articles_with_anonymous=_mean(f.anonymous_statements > 0 for f in facts),
        anonymous_with_reason=_ratio(sum(f.anonymous_with_reason for f in facts), anonymous),
        type_shares={t.value: _ratio(pooled[t.value], statements) or 0.0 for t in SourceType},
        official_share=_ratio(sum(f.official_statements for f in facts), attributed),
        named_sources_per_article=_mean(f.distinct_named_sources for f in facts),
        articles_citing_outlet=_mean(
            f.type_counts.get(SourceType.CITED_OUTLET.value, 0) > 0 for f in facts
        ),
        wire_share=_mean(bool(f.wire) for f in facts),
        reading_ease=float(np.mean(ease)) if ease else None,
        below_min_articles=len(facts) < min_articles,
        domains=tuple(d for d, _ in domains.most_common()),
    )


def _mean(values: Iterable[float]) -> float:
    items = [float(v) for v in values]
    return sum(items) / len(items) if items else 0.0


def _ratio(part: float, whole: float) -> float | None:
    return part / whole if whole else None
