"""The running sums of a group of articles, and the figures (`GroupStats`) made from them."""

from __future__ import annotations

from array import array
from collections import Counter, deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from operator import is_not, itemgetter
from typing import Any

from sourcing.corpus.bootstrap import Estimate, mean_and_median
from sourcing.corpus.counts import unpack_counts
from sourcing.corpus.facts import (
    COUNT_NAMES,
    FIELD_INDEX,
    PACKED_FIELDS,
    TYPE_ORDER,
    ArticleFacts,
    fact_columns,
)
from sourcing.corpus.numpy_mean import numpy_mean
from sourcing.corpus.value_counts import count_values, most_common_first

_COUNT_FIELDS = len(COUNT_NAMES)
# Articles a `GroupTally` holds before it adds them to its sums, column by column.
FOLD_EVERY = 64
_PRESENT = partial(is_not, None)
ShareEstimates = tuple[Estimate | None, Estimate | None]  # mean and median anonymity share
# The fields `GroupTally.add_rows` reads, besides the grouping dimensions.
_COUNTED = ("counts", "anonymity_share", "readability", "domain", "label", "date")
_COUNTS, _SHARE, _READABILITY, _DOMAIN, _LABEL, _DATE_OF = map(FIELD_INDEX.__getitem__, _COUNTED)


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
    values = [columns[FIELD_INDEX[name]] for name in by]
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
        values = unpack_counts(self.counts, self.articles, PACKED_FIELDS)
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
        summed = unpack_counts(self.counts, self.articles, PACKED_FIELDS)
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
            domains=most_common_first(self.domains),
            labels=most_common_first(self.labels),
            first_date=dates[0] if dates else None,
            last_date=dates[1] if dates else None,
        )


def _ratio(part: float, whole: float) -> float | None:
    return part / whole if whole else None
