"""Per-group sourcing figures computed from serialized article reports (never re-analyzed)."""

from __future__ import annotations

import collections
import re
from array import array
from collections import Counter, deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import chain
from operator import is_not, itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple, TypeAlias

from sourcing.corpus.bootstrap import Estimate, mean_and_median
from sourcing.corpus.counts import COUNT_BITS, pack_counts, unpack_counts
from sourcing.labels import SourceType
from sourcing.lexicons import load_lexicon
from sourcing.outlets import UNKNOWN, OutletTable, bare_host, canonical_outlet

if TYPE_CHECKING:
    import numpy as np

DIMENSIONS = ("outlet", "year", "topic")
DEFAULT_MIN_ARTICLES = 20
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
_COUNT_FIELDS = len(COUNT_NAMES)
_FIELDS = _COUNT_FIELDS + len(TYPE_ORDER) + 1
COUNTS_SIZE = _FIELDS * COUNT_BITS // 8  # bytes of an article's packed counts (`pack_record`)
# Articles a `GroupTally` holds before it adds them to its sums, column by column.
FOLD_EVERY = 64
_PRESENT = partial(is_not, None)
ShareEstimates = tuple[Estimate | None, Estimate | None]  # mean and median anonymity share
# A group's anonymity shares in input order (what the bootstrap draws from).
Sample: TypeAlias = "array[float] | np.ndarray"
# Mean and median of each group's shares, in the order given (`memo.BootstrapMemo` reads
# them from the cache).
Estimator: TypeAlias = "Callable[[Sequence[Sample]], list[ShareEstimates]]"


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
        values = unpack_counts(self.counts, 1, _FIELDS)
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
    labels: tuple[str, ...] = ()  # outlet names as the inputs give them, most frequent first
    first_date: str | None = None  # earliest and latest article dates (ISO strings)
    last_date: str | None = None


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


def group_key(facts: ArticleFacts, by: Sequence[str]) -> tuple[str, ...]:
    """Return the group of `facts` under grouping dimensions `by`."""
    return tuple(facts.dimension(name) for name in by)


def aggregate(
    facts: Iterable[ArticleFacts],
    by: Sequence[str] = ("outlet",),
    min_articles: int = DEFAULT_MIN_ARTICLES,
) -> list[GroupStats]:
    """Return one GroupStats per group of `facts`, sorted by group (unknown values last)."""
    tallies: dict[tuple[str, ...], GroupTally] = {}
    for fact in facts:
        tally_of(tallies, group_key(fact, by)).add(fact)
    return group_table(tallies, min_articles)


def fact_columns(facts: Iterable[ArticleFacts],
                 fields: Iterable[str] | None = None) -> list[Any]:
    """Return the fields of `facts` as columns (column i: field i of every fact, in order);
    with `fields`, only those columns are made (the others are None).

    The facts are read once, one after the other (`chain`), into one flat list, which is
    then cut into columns by stride: each field of each fact is touched once, not once a
    pass."""
    flat = list(chain.from_iterable(facts))
    if fields is None:
        return [flat[field::_WIDTH] for field in range(_WIDTH)]
    wanted = {_FIELD_INDEX[name] for name in fields}
    return [flat[field::_WIDTH] if field in wanted else None for field in range(_WIDTH)]


def counted_fields(by: Sequence[str]) -> tuple[str, ...]:
    """Return the fields `tally_columns` reads of a batch grouped by `by`."""
    return (*by, *_COUNTED)


def tally_columns(tallies: dict[tuple[str, ...], GroupTally], columns: Sequence[list[Any]],
                  by: Sequence[str]) -> None:
    """Count the articles whose fields are `columns` (`fact_columns`) into the tallies of
    their groups, in order: the group keys made at once, each group's rows found by
    C-level calls, and each group's fields added column by column (`GroupTally.add_rows`).

    With one grouping dimension, rows are found by its value (a string, whose hash is
    kept) rather than by a 1-tuple made and hashed for every row. The dimensions are
    strings already (`ArticleFacts`), so their columns are the keys as they are."""
    values = [columns[_FIELD_INDEX[name]] for name in by]
    keys: Sequence[Any] = values[0] if len(by) == 1 else list(zip(*values))
    rows_of: dict[Any, list[int]] = {key: [] for key in dict.fromkeys(keys)}
    deque(map(list.append, map(rows_of.__getitem__, keys), range(len(keys))), maxlen=0)
    for key, rows in rows_of.items():
        tally_of(tallies, (key,) if len(by) == 1 else key).add_rows(rows, columns)


def tally_of(tallies: dict[tuple[str, ...], GroupTally], group: tuple[str, ...]) -> GroupTally:
    """Return the tally of `group`, a new one the first time."""
    tally = tallies.get(group)
    if tally is None:
        tally = tallies[group] = GroupTally()
    return tally


def group_table(tallies: Mapping[tuple[str, ...], GroupTally], min_articles: int,
                estimator: Estimator | None = None) -> list[GroupStats]:
    """Return the GroupStats of every tallied group, sorted by group (unknown values last).

    `estimator` gives the groups' bootstrap estimates (default: computed here).
    """
    ordered = sorted(tallies, key=lambda g: [(value == UNKNOWN, value.casefold()) for value in g])
    samples = [tallies[key].share_sample() for key in ordered]
    found = (estimator or compute_estimates)(samples)
    return [tallies[key].stats(key, min_articles, estimates)
            for key, estimates in zip(ordered, found, strict=True)]


def compute_estimates(samples: Sequence[Sample]) -> list[ShareEstimates]:
    """Return the bootstrap mean and median of each sample of anonymity shares."""
    return [mean_and_median(sample) for sample in samples]


def group_stats(
    group: tuple[str, ...], facts: Sequence[ArticleFacts], min_articles: int
) -> GroupStats:
    """Compute the figures of one group of articles."""
    tally = GroupTally()
    for fact in facts:
        tally.add(fact)
    return tally.stats(group, min_articles)


class GroupTally:
    """The running sums of one group: what its figures need, about 16 bytes an article.

    Shares and reading ease are kept per article (the bootstrap and the mean need them,
    in input order); the integer figures are the sum of the articles' packed `counts`,
    read back by name once (`figures`); domains, labels and dates are counted. Articles
    wait in `add` until FOLD_EVERY of them are there (so a group holds at most that many
    facts), then are added column by column (`_fold`): the same sums, lists and counters
    as adding them one at a time, in the same order.
    """

    def __init__(self) -> None:
        self.articles = 0
        self.counts = 0  # the articles' packed counts, summed
        self.shares = array("d")
        self.ease = array("d")
        self.domains: Counter[str] = Counter()
        self.labels: Counter[str] = Counter()
        self.dates: list[str] = []  # the earliest and latest date seen, once there is one
        self._waiting: list[ArticleFacts] = []

    def add(self, fact: ArticleFacts) -> None:
        """Count one article in."""
        waiting = self._waiting
        waiting.append(fact)
        if len(waiting) >= FOLD_EVERY:
            self._fold()

    def add_rows(self, rows: Sequence[int], columns: Sequence[Sequence[Any]]) -> None:
        """Count in the articles at `rows` (in order) of `columns` (`fact_columns`): the
        same sums, lists and counters as adding them one at a time, in the same order."""
        if self._waiting:  # articles waiting in `add` come first
            self._fold()
        if len(rows) == 1:
            self._add_row(rows[0], columns)
            return
        pick = itemgetter(*rows)
        self.articles += len(rows)
        self.counts += sum(pick(columns[_COUNTS]))
        # `array.fromlist` sizes the array once; `extend` of a tuple or iterator grows it a
        # value at a time (about twice the time a value): the same floats, in order.
        self.shares.fromlist(list(pick(columns[_SHARE])))
        self.ease.fromlist(list(filter(_PRESENT, pick(columns[_READABILITY]))))
        count_values(self.domains, pick(columns[_DOMAIN]))
        count_values(self.labels, pick(columns[_LABEL]))
        dates = pick(columns[_DATE_OF])
        if last := max(dates):  # "" (no date) sorts first: some article has a date
            first = min(filter(None, dates))
            if self.dates:
                first, last = min(first, self.dates[0]), max(last, self.dates[1])
            self.dates = [first, last]

    def _add_row(self, row: int, columns: Sequence[Sequence[Any]]) -> None:
        """Count in the article at `row` of `columns`, as `add_rows` does a group's rows
        (about 40 % of a corpus batch's groups have one article in it: this path makes
        no tuples, iterators or itemgetter for it)."""
        self.articles += 1
        self.counts += columns[_COUNTS][row]
        self.shares.append(columns[_SHARE][row])
        if (ease := columns[_READABILITY][row]) is not None:
            self.ease.append(ease)
        if domain := columns[_DOMAIN][row]:
            self.domains[domain] = self.domains.get(domain, 0) + 1
        if label := columns[_LABEL][row]:
            self.labels[label] = self.labels.get(label, 0) + 1
        if date := columns[_DATE_OF][row]:
            dates = self.dates
            self.dates = [min(date, dates[0]), max(date, dates[1])] if dates else [date, date]

    def _fold(self) -> None:
        """Add the waiting articles to the sums, a column (a field of all of them) at a time."""
        waiting = self._waiting
        if not waiting:
            return
        self._waiting = []
        self.add_rows(range(len(waiting)), fact_columns(waiting))

    def figures(self) -> dict[str, Any]:
        """Return the group's integer figures summed, by name (COUNT_NAMES, and "pooled", a tuple:
        statements by type, per TYPE_ORDER, then of any other type)."""
        self._fold()
        values = unpack_counts(self.counts, self.articles, _FIELDS)
        return {**dict(zip(COUNT_NAMES, values, strict=False)),
                "pooled": values[len(COUNT_NAMES):]}

    def share_sample(self) -> array[float]:
        """Return the articles' anonymity shares, in input order (what the bootstrap draws)."""
        self._fold()
        return self.shares

    def stats(self, group: tuple[str, ...], min_articles: int,
              estimates: ShareEstimates | None = None) -> GroupStats:
        """Return the figures of the group counted so far; `estimates` are the bootstrap
        mean and median of `share_sample()` when already known."""
        self._fold()
        summed = unpack_counts(self.counts, self.articles, _FIELDS)
        (statements, anonymous, with_reason, official, attributed, named, with_anonymous,
         citing_outlet, wire) = summed[:_COUNT_FIELDS]  # COUNT_NAMES, in order
        pooled = summed[_COUNT_FIELDS:]
        pooled_total = sum(pooled)
        if pooled_total:
            type_shares = dict(zip(TYPE_ORDER, [count / pooled_total for count in pooled],
                                   strict=False))
        else:
            type_shares = dict.fromkeys(TYPE_ORDER, 0.0)
        articles = self.articles
        # Named sources per article, and the shares of articles with anonymous sources,
        # citing an outlet and with wire signs.
        anonymous_share, named_share, citing_share, wire_share = (
            [float(count) / articles for count in (with_anonymous, named, citing_outlet, wire)]
            if articles else [0.0] * 4)
        mean_share, median_share = estimates or mean_and_median(self.share_sample())
        dates = self.dates
        return GroupStats(
            group=group,
            articles=articles,
            statements=statements,
            mean_share=mean_share,
            median_share=median_share,
            articles_with_anonymous=anonymous_share,
            anonymous_with_reason=_ratio(with_reason, anonymous),
            type_shares=type_shares,
            official_share=_ratio(official, attributed),
            named_sources_per_article=named_share,
            articles_citing_outlet=citing_share,
            wire_share=wire_share,
            reading_ease=numpy_mean(self.ease) if self.ease else None,
            below_min_articles=articles < min_articles,
            domains=_most_common_first(self.domains),
            labels=_most_common_first(self.labels),
            first_date=dates[0] if dates else None,
            last_date=dates[1] if dates else None,
        )


def _most_common_first(counter: Counter[str]) -> tuple[str, ...]:
    """Return the keys of `counter` most common first, ties in the order first counted
    (the order of `Counter.most_common`, whose sort is stable)."""
    return tuple(sorted(counter, key=counter.__getitem__, reverse=True))


def _update_counter(counter: Counter[str], items: Iterable[str]) -> None:
    """Count `items` into `counter` (`Counter.update` of an iterable)."""
    counter.update(items)


def counting_loop() -> Callable[[Counter[str], Iterable[str]], None]:
    """Return what counts an iterable's items into a Counter (twice for each group of each
    batch): CPython's `collections._count_elements`, the loop `Counter.update` runs after
    its type checks, where there is one (it is private); else `Counter.update` itself."""
    return getattr(collections, "_count_elements", _update_counter)


count_elements = counting_loop()


def count_values(counter: Counter[str], values: tuple[str | None, ...]) -> None:
    """Count the values of `values` that are not empty (or None) into `counter`, as
    `count_elements` over them does: the same counts, keys added in the same order.

    A group's articles in a batch mostly have one label and one domain: when every value
    is the first, they are counted at once (`tuple.count` compares them, where counting
    one at a time hashes each decoded string and updates the counter for each)."""
    first = values[0]
    if first and values.count(first) == len(values):
        counter[first] = counter.get(first, 0) + len(values)
    else:
        count_elements(counter, filter(None, values))


# Where `fact_columns` puts each field of the facts.
_FIELD_INDEX = {name: index for index, name in enumerate(ArticleFacts._fields)}
_WIDTH = len(ArticleFacts._fields)
# The fields `GroupTally.add_rows` reads, besides the grouping dimensions.
_COUNTED = ("counts", "anonymity_share", "readability", "domain", "label", "date")
_COUNTS, _SHARE, _READABILITY, _DOMAIN, _LABEL, _DATE_OF = map(_FIELD_INDEX.__getitem__, _COUNTED)


def numpy_mean(values: Sequence[float]) -> float:
    """Return `float(np.mean(values))` of float64 values, to the last bit, without numpy.

    numpy sums a contiguous float64 array from 0.0 by pairwise summation
    (`pairwise_sum` in its loops_utils.h): under 8 values one by one; up to 128 in 8
    running sums, added as ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)), then the
    rest one by one; above 128 the two halves (the first a multiple of 8) each so, then
    added; and divides by the count. `tests/corpus/test_aggregate.py` compares the two.
    """
    return (0.0 + _pairwise_sum(values, 0, len(values))) / len(values)


def _pairwise_sum(values: Sequence[float], start: int, count: int) -> float:
    if count < 8:
        total = -0.0  # numpy's start: a sum of negative zeros stays negative
        for value in values[start : start + count]:
            total += value
        return total
    if count <= 128:
        end = start + count - count % 8
        r0, r1, r2, r3, r4, r5, r6, r7 = values[start : start + 8]
        # Eight values a step, unpacked from one iterator (no index arithmetic per value).
        eights = iter(values[start + 8 : end])
        for v0, v1, v2, v3, v4, v5, v6, v7 in zip(*[eights] * 8, strict=True):
            r0 += v0
            r1 += v1
            r2 += v2
            r3 += v3
            r4 += v4
            r5 += v5
            r6 += v6
            r7 += v7
        total = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
        for value in values[end : start + count]:
            total += value
        return total
    half = count // 2
    half -= half % 8
    return _pairwise_sum(values, start, half) + _pairwise_sum(values, start + half, count - half)


def _ratio(part: float, whole: float) -> float | None:
    return part / whole if whole else None
