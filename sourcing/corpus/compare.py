"""Compare outlets (or years, topics): clean the corpus, group the reports, add ratings.

Each report is first reduced to an `ArticleRecord` (its facts and the MinHash signature
of its body, `reduction`), where it is made when the engine allows; the statistics are
computed from these records as they stream by (`record_inputs`, `record_tally`), so
memory grows with groups and kept signatures, not with whole reports. Records are cached
(`reduction.pack_record`, keyed by `reduction.record_version`), so a re-run reads them
instead of reports.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Protocol

from sourcing.corpus.aggregate import DEFAULT_MIN_ARTICLES, DIMENSIONS, group_table
from sourcing.corpus.chart import FORMATS as CHART_FORMATS
from sourcing.corpus.hygiene import compile_exclusion
from sourcing.corpus.memo import BootstrapMemo, ResultStore
from sourcing.corpus.near_duplicates import THRESHOLD
from sourcing.corpus.record_inputs import input_records
from sourcing.corpus.record_tally import Hygiene, tally_records
from sourcing.corpus.reduction import (
    ArticleRecord,
    Report,
    article_record,
    pack_record,
    record_version,
    report_signature,
    unpack_record,
)
from sourcing.document import Document
from sourcing.outlets import OutletTable, default_table
from sourcing.run.engine import Reducer
from sourcing.run.indexed import InputIndex

if TYPE_CHECKING:
    from sourcing.corpus.ratings import Correlation, GroupRating
    from sourcing.corpus.tally import GroupStats


@dataclass(frozen=True)
class CompareOptions:
    """How to clean and group the corpus."""

    by: tuple[str, ...] = ("outlet",)
    min_articles: int = DEFAULT_MIN_ARTICLES
    exclude_wire: bool = False
    exclude_pattern: str | None = None  # regex on URL or title, e.g. "/opinion/"
    duplicate_threshold: float = THRESHOLD


@dataclass(frozen=True)
class Comparison:
    """The comparison table and what it rests on."""

    options: CompareOptions
    groups: tuple[GroupStats, ...]
    hygiene: Hygiene
    ratings: tuple[GroupRating, ...] = ()
    correlation: Correlation | None = None


def parse_by(text: str) -> tuple[str, ...]:
    """Parse --by ("outlet", "outlet,year", "topic", ...) into grouping dimensions."""
    names = tuple(part.strip().lower() for part in text.split(",") if part.strip())
    unknown = [name for name in names if name not in DIMENSIONS]
    if not names or unknown or len(set(names)) != len(names):
        raise ValueError(f"--by takes distinct names from {', '.join(DIMENSIONS)}; got {text!r}")
    return names


def record_reducer(options: CompareOptions, table: OutletTable) -> Reducer:
    """Return the engine's reducer of reports to `ArticleRecord`s under `options`; its
    records are cached (see `engine.Reducer`)."""
    pattern = compile_exclusion(options.exclude_pattern)
    return Reducer(report_signature, partial(article_record, pattern=pattern, table=table),
                   version=record_version(pattern, table), pack=pack_record,
                   unpack=unpack_record)


def compare_records(
    records: Iterable[ArticleRecord | None],
    options: CompareOptions = CompareOptions(),
    table: OutletTable | None = None,
    ratings: Mapping[str, float] | None = None,
    memo: ResultStore | None = None,
) -> Comparison:
    """Compare groups of articles from their records (None marks a failed input).

    With `memo` (the report cache), bootstrap estimates and near-duplicate answers are
    read from it when their inputs are unchanged, and stored otherwise (`corpus.memo`).
    """
    if ratings is not None and "outlet" not in options.by:
        raise ValueError("ratings are per outlet: group --by outlet (or outlet,year)")
    table = table or default_table()
    tallies, hygiene = tally_records(records, options, memo)
    estimator = None if memo is None else BootstrapMemo(memo)
    groups = tuple(group_table(tallies, options.min_articles, estimator))
    if ratings is None:
        return Comparison(options, groups, hygiene)
    # Imported here: a comparison without ratings does not load the module.
    from sourcing.corpus.ratings import correlate, join_ratings

    rated = join_ratings(groups, ratings, table, options.by)
    return Comparison(options, groups, hygiene, rated, correlate(groups, rated))


def compare_reports(
    reports: Iterable[Report | None],
    options: CompareOptions = CompareOptions(),
    table: OutletTable | None = None,
    ratings: Mapping[str, float] | None = None,
) -> Comparison:
    """Compare groups of articles from their report dicts (None marks a failed input)."""
    table = table or default_table()
    reducer = record_reducer(options, table)
    records = (None if r is None else reducer.apply(dict(r))[1] for r in reports)
    return compare_records(records, options, table, ratings)


class Run(Protocol):
    """`engine.run_reports` with its run options bound: records of `documents`, in order."""

    def __call__(self, documents: Iterable[Document], *,
                 reducer: Reducer) -> Iterable[tuple[Document, Any, str | None]]: ...


def compare_paths(
    paths: list[str],
    stdin: BinaryIO | None,
    options: CompareOptions,
    *,
    run: Run,
    on_failure: Callable[[str, str], None],
    table: OutletTable | None = None,
    ratings: Mapping[str, float] | None = None,
    index: InputIndex | None = None,
    memo: ResultStore | None = None,
) -> Comparison:
    """Read the articles `paths` name, get their records from `run` and compare them.

    `run(documents, reducer)` is `engine.run_reports` with its run options bound; `index`,
    the input index of the same cache, lets an unchanged JSONL file skip reading; `memo`
    keeps the statistics (see `compare_records`).
    """
    if ratings is not None and "outlet" not in options.by:
        raise ValueError("ratings are per outlet: group --by outlet (or outlet,year)")
    table = table or default_table()
    reducer = record_reducer(options, table)
    records = input_records(paths, stdin, partial(run, reducer=reducer), on_failure, index,
                            reducer)
    return compare_records(records, options, table, ratings, memo)


def chart_format(path: Path) -> str:
    """Return the chart format named by a file's suffix (.png or .svg)."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in CHART_FORMATS:
        raise ValueError(f"chart file must end in .png or .svg: {path}")
    return suffix
