"""The facts the comparison keeps of one article report, read from its serialized dict."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import chain
from typing import Any, NamedTuple

from sourcing.corpus.counts import COUNT_BITS, pack_counts, unpack_counts
from sourcing.labels import SourceType
from sourcing.lexicons import load_lexicon
from sourcing.outlets import UNKNOWN, OutletTable, bare_host, canonical_outlet

_YEAR = re.compile(r"^\s*((?:19|20)\d\d)\b")
_DATE = re.compile(r"^\s*((?:19|20)\d\d(?:-\d\d(?:-\d\d)?)?)\b")
_UNNAMED = SourceType.UNNAMED_SOURCE.value
# `ArticleFacts.type_counts`: statements of each SourceType in its order, then of any other.
TYPE_ORDER = tuple(t.value for t in SourceType)
_CITED_OUTLET = TYPE_ORDER.index(SourceType.CITED_OUTLET.value)
# The integer figures of an article, in the order `ArticleFacts.counts` packs them: then
# its `type_counts`. The last three are 0 or 1: any anonymous statement, any statement
# crediting an outlet, any wire sign.
COUNT_NAMES = ("statements", "anonymous_statements", "anonymous_with_reason",
               "official_statements", "attributed_statements", "distinct_named_sources",
               "with_anonymous", "citing_outlet", "wire")
PACKED_FIELDS = len(COUNT_NAMES) + len(TYPE_ORDER) + 1  # the ints of an article's `counts`
COUNTS_SIZE = PACKED_FIELDS * COUNT_BITS // 8  # bytes of an article's packed counts (`pack_record`)


class ArticleFacts(NamedTuple):
    """What the comparison needs of one article report (make it with `make_facts`).

    Its integer figures are one packed int, `counts` (`pack_counts`), made when the
    report is reduced: `GroupTally` adds a group's articles with one C-level `sum` of
    their `counts`, and reads each figure back once per group. The properties below
    read them for one article.
    """

    key: str
    outlet: str
    domain: str | None
    year: str
    topic: str
    anonymity_share: float
    readability: float | None
    wire: tuple[str, ...]
    label: str  # the outlet as the input names it, before aliases ("Newsmax - News")
    date: str  # ISO date (or year) as given, "" when unknown
    counts: int  # COUNT_NAMES, then type_counts, packed by `pack_counts`

    def dimension(self, name: str) -> str:
        """Return the value of grouping dimension `name` (outlet, year or topic)."""
        return getattr(self, name)

    def figures(self) -> dict[str, Any]:
        """Return the article's integer figures by name (COUNT_NAMES, and `type_counts`: a
        tuple of ints)."""
        values = unpack_counts(self.counts, 1, PACKED_FIELDS)
        return {**dict(zip(COUNT_NAMES, values, strict=False)),
                "type_counts": values[len(COUNT_NAMES):]}

    @property
    def statements(self) -> int:
        return self.figures()["statements"]

    @property
    def anonymous_statements(self) -> int:
        return self.figures()["anonymous_statements"]

    @property
    def anonymous_with_reason(self) -> int:
        return self.figures()["anonymous_with_reason"]

    @property
    def type_counts(self) -> tuple[int, ...]:
        """Statements of each type, per TYPE_ORDER, then of any other type."""
        return self.figures()["type_counts"]

    @property
    def official_statements(self) -> int:
        return self.figures()["official_statements"]

    @property
    def attributed_statements(self) -> int:
        return self.figures()["attributed_statements"]

    @property
    def distinct_named_sources(self) -> int:
        return self.figures()["distinct_named_sources"]


def make_facts(*, key: str, outlet: str, domain: str | None, year: str, topic: str,
               statements: int, anonymity_share: float, anonymous_statements: int,
               anonymous_with_reason: int, type_counts: tuple[int, ...],
               official_statements: int, attributed_statements: int,
               distinct_named_sources: int, readability: float | None,
               wire: tuple[str, ...] = (), label: str = "", date: str = "") -> ArticleFacts:
    """Return the facts of one article, its integer figures packed into `counts`."""
    if len(type_counts) != len(TYPE_ORDER) + 1:
        raise ValueError(f"type_counts has {len(type_counts)} values, not {len(TYPE_ORDER) + 1}")
    figures = (statements, anonymous_statements, anonymous_with_reason, official_statements,
               attributed_statements, distinct_named_sources, int(anonymous_statements > 0),
               int(type_counts[_CITED_OUTLET] > 0), int(bool(wire)), *type_counts)
    return ArticleFacts(key, outlet, domain, year, topic, anonymity_share, readability, wire,
                        label, date, pack_counts(figures))


def article_facts(
    report: Mapping[str, Any], table: OutletTable, wire: tuple[str, ...] = ()
) -> ArticleFacts:
    """Extract the comparison facts of one report dict (the serialize.py contract)."""
    scores = report.get("scores") or {}
    statements = report.get("statements") or []
    counts = _type_counts(statements, scores)
    anonymous = int(scores.get("anonymous_statements", counts[_UNNAMED]))
    url = report.get("url")
    return make_facts(
        key=str(report.get("id") or report.get("path") or ""),
        outlet=canonical_outlet(report.get("outlet"), url, table),
        domain=(bare_host(url) or None) if url else None,
        year=_year(report.get("date")),
        topic=" ".join(str(report.get("topic") or "").split()) or UNKNOWN,
        statements=int(scores.get("statements", len(statements))),
        anonymity_share=float(scores.get("anonymity_share", 0.0)),
        anonymous_statements=anonymous,
        anonymous_with_reason=anonymous - int(scores.get("anonymous_without_reason", anonymous)),
        type_counts=type_vector(counts),
        official_statements=_official_statements(statements),
        attributed_statements=sum(counts.values()) - counts[SourceType.UNATTRIBUTED.value],
        distinct_named_sources=int(scores.get("distinct_named_sources", 0)),
        readability=(scores.get("readability") or {}).get("flesch_reading_ease"),
        wire=wire,
        label=" ".join(str(report.get("outlet") or "").split()),
        date=_iso_date(report.get("date")),
    )


def type_vector(counts: Mapping[str, int]) -> tuple[int, ...]:
    """Return statement counts by type as `ArticleFacts.type_counts` holds them."""
    known = tuple(counts.get(name, 0) for name in TYPE_ORDER)
    return (*known, sum(counts.values()) - sum(known))


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


def _iso_date(date: object) -> str:
    match = _DATE.match(str(date or ""))
    return match.group(1) if match else ""


def _year(date: object) -> str:
    match = _YEAR.match(str(date or ""))
    return match.group(1) if match else UNKNOWN


def fact_columns(facts: Iterable[ArticleFacts],
                 fields: Iterable[str] | None = None) -> list[Any]:
    """Return the fields of `facts` as columns (column i: field i of every fact, in order);
    with `fields`, only those columns are made (the others are None).

    The facts are read once, one after the other (`chain`), into one flat list, which is
    then cut into columns by stride: each field of each fact is touched once, not once a
    pass."""
    flat = list(chain.from_iterable(facts))
    if fields is None:
        return [flat[field::WIDTH] for field in range(WIDTH)]
    wanted = {FIELD_INDEX[name] for name in fields}
    return [flat[field::WIDTH] if field in wanted else None for field in range(WIDTH)]


# Where `fact_columns` puts each field of the facts.
FIELD_INDEX = {name: index for index, name in enumerate(ArticleFacts._fields)}
WIDTH = len(ArticleFacts._fields)
