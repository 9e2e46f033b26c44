"""Compare outlets (or years, topics): clean the corpus, group the reports, add ratings.

Each report is first reduced to an `ArticleRecord` (its facts and the MinHash signature
of its body), where it is made when the engine allows; the statistics are computed from
these records as they stream by, so memory grows with groups and kept signatures, not
with whole reports. Records are cached (`pack_record`, keyed by `record_version`), so a
re-run reads them instead of reports.
"""

from __future__ import annotations

import gc
import hashlib
import json
import re
import struct
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import chain, compress, islice
from operator import attrgetter, is_
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Protocol

from sourcing.corpus.aggregate import (
    COUNTS_SIZE,
    DEFAULT_MIN_ARTICLES,
    DIMENSIONS,
    ArticleFacts,
    GroupStats,
    GroupTally,
    article_facts,
    counted_fields,
    fact_columns,
    group_table,
    report_text,
    tally_columns,
)
from sourcing.corpus.chart import FORMATS as CHART_FORMATS
from sourcing.corpus.hygiene import compile_exclusion, is_excluded
from sourcing.corpus.memo import BootstrapMemo, MemoDuplicates, ResultStore
from sourcing.corpus.near_duplicates import (
    THRESHOLD,
    DuplicateIndex,
    Signature,
    pack_signature,
    text_signature,
)
from sourcing.document import Document
from sourcing.inputs.failures import InputFailure
from sourcing.outlets import OutletTable, default_table, outlet_domains
from sourcing.run.engine import RecordName, Reducer
from sourcing.run.indexed import InputIndex
from sourcing.run.version import content_hash

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sourcing.corpus.ratings import Correlation, GroupRating
    from sourcing.inputs.ingest import Item

MODULE_DIR = Path(__file__).resolve().parent
# Records whose near-duplicates are looked up together (about 2 KB each while they wait).
DUPLICATE_BATCH = 2048

Report = Mapping[str, Any]


@dataclass(frozen=True)
class CompareOptions:
    """How to clean and group the corpus."""

    by: tuple[str, ...] = ("outlet",)
    min_articles: int = DEFAULT_MIN_ARTICLES
    exclude_wire: bool = False
    exclude_pattern: str | None = None  # regex on URL or title, e.g. "/opinion/"
    duplicate_threshold: float = THRESHOLD


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """What the comparison keeps of one article report.

    `facts` is None when the article is excluded by pattern; `signature` is the MinHash
    of its body (None when the body has no words), packed as the cache keeps it
    (`near_duplicates.Signature`: decoded only if near-duplicates are looked up); `name`
    is its key in the cache (`engine.record_name`) when it was read from or written to
    it, which stands for its facts and signature in the keys of stored statistics.
    Slotted: a re-run decodes one per article, and an instance `__dict__` would be one
    more object to make and to free each time.
    """

    facts: ArticleFacts | None
    signature: Signature | None = None
    name: RecordName | None = None


Outcome = tuple[Document, ArticleRecord | None, str | None]


def report_signature(report: Report) -> bytes:
    """Return the packed MinHash signature of the report's body (what the cache keeps)."""
    return pack_signature(text_signature(report_text(report, body_only=True)))


def article_record(report: Report, signature: bytes, *, pattern: re.Pattern[str] | None,
                   table: OutletTable) -> ArticleRecord:
    """Reduce a report (and its packed signature) to what the comparison needs."""
    # Imported here: a re-run whose records are all cached reduces no report.
    from sourcing.corpus.wire import wire_signs

    if is_excluded(report.get("url"), report.get("title"), pattern):
        return ArticleRecord(None)
    wire = wire_signs(report_text(report), publisher=report.get("outlet"), table=table)
    facts = article_facts(report, table, wire)
    return ArticleRecord(facts, signature or None)


_WIRE = ArticleFacts._fields.index("wire") - 1  # in the record's JSON list (no `key`)
_LENGTH = struct.Struct("<I")
# The layout `pack_record` writes; part of `record_version`, so records of another layout
# are never read as this one (2: the integer figures packed, `aggregate.pack_counts`).
RECORD_FORMAT = 2


def pack_record(record: ArticleRecord) -> bytes:
    """Encode a record for the cache: the length of its facts as JSON (less `key`, the
    document's id or path, which `unpack_record` takes from the document, and `counts`),
    that JSON, the facts' packed counts (COUNTS_SIZE bytes, little-endian) and the packed
    signature."""
    facts = record.facts
    if facts is None:
        text, counts = b"null", b""
    else:
        text = json.dumps(facts[1:-1], ensure_ascii=False).encode("utf-8", "surrogatepass")
        counts = facts.counts.to_bytes(COUNTS_SIZE, "little")
    return _LENGTH.pack(len(text)) + text + counts + pack_signature(record.signature)


def unpack_record(blob: bytes, document: Document, name: RecordName | None = None) -> ArticleRecord:
    """Decode what `pack_record` made, for `document` (whose id or path is the facts' key);
    `name` is the record's key in the cache."""
    (length,) = _LENGTH.unpack_from(blob)
    end = _LENGTH.size + length
    values = json.loads(blob[_LENGTH.size : end].decode("utf-8", "surrogatepass"))
    if values is None:
        return ArticleRecord(None, None, name)
    values[_WIRE] = tuple(values[_WIRE])
    counts = int.from_bytes(blob[end : end + COUNTS_SIZE], "little")
    facts = ArticleFacts._make([str(document.id or document.path or ""), *values, counts])
    return ArticleRecord(facts, blob[end + COUNTS_SIZE :] or None, name)


def record_version(pattern: re.Pattern[str] | None, table: OutletTable) -> str:
    """Name the reduction: the comparison's modules, the exclusion pattern and the outlet
    table (the analyzer, whose fingerprint also keys a record, covers the lexicons)."""
    digest = hashlib.sha256(_modules_hash().encode())
    setting = [RECORD_FORMAT, None if pattern is None else [pattern.pattern, pattern.flags],
               sorted(table.aliases.items()), sorted(table.domains.items())]
    digest.update(json.dumps(setting, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    return f"records+{digest.hexdigest()[:12]}"


@lru_cache(maxsize=1)
def _modules_hash() -> str:
    return content_hash(sorted(MODULE_DIR.glob("*.py")), (MODULE_DIR,))


def record_reducer(options: CompareOptions, table: OutletTable) -> Reducer:
    """Return the engine's reducer of reports to `ArticleRecord`s under `options`; its
    records are cached (see `engine.Reducer`)."""
    pattern = compile_exclusion(options.exclude_pattern)
    return Reducer(report_signature, partial(article_record, pattern=pattern, table=table),
                   version=record_version(pattern, table), pack=pack_record,
                   unpack=unpack_record)


@dataclass(frozen=True)
class Hygiene:
    """What happened to the articles before grouping: every one is accounted for."""

    read: int = 0  # reports and failures received
    failed: int = 0  # inputs that gave no report (unreadable or analysis error)
    excluded_by_pattern: int = 0
    near_duplicates: int = 0
    wire_copy: int = 0  # articles showing wire-copy signs (kept unless exclude_wire)
    excluded_wire: int = 0
    compared: int = 0


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


def tally_records(
    records: Iterable[ArticleRecord | None], options: CompareOptions,
    memo: ResultStore | None = None,
) -> tuple[dict[tuple[str, ...], GroupTally], Hygiene]:
    """Count records into group tallies, dropping excluded, duplicate and (optionally) wire
    articles. A None record is an input that failed; it is counted, not compared.

    Records are taken in batches of DUPLICATE_BATCH, whose near-duplicates are looked up
    together (`DuplicateIndex.check_many`; with `memo`, read from it when stored); a batch
    is counted and let go before the next one is read, so memory holds one batch of
    records at most, and the index is freed on return, before the bootstraps.
    """
    index = DuplicateIndex(options.duplicate_threshold)
    stored = None if memo is None else MemoDuplicates(index, memo)
    tally = dict.fromkeys(Hygiene.__dataclass_fields__, 0)
    groups: dict[tuple[str, ...], GroupTally] = {}
    source = iter(records)
    while batch := list(islice(source, DUPLICATE_BATCH)):
        _count_batch(batch, index, stored, options, groups, tally)
        # Let go of the batch before the next one is read (its records are freed while
        # their memory is still warm, and are not there for the collector to scan when
        # the reads pause it and start it again: `collector_paused`).
        del batch
    return groups, Hygiene(**tally)


def _count_batch(batch: list[ArticleRecord | None], index: DuplicateIndex,
                 stored: MemoDuplicates | None, options: CompareOptions,
                 groups: dict[tuple[str, ...], GroupTally], tally: dict[str, int]) -> None:
    """Count one batch of records into `groups` and the hygiene counts `tally`."""
    read = list(filter(None, batch))  # records (an ArticleRecord is always true)
    failed = len(batch) - len(read)
    facts = list(filter(None, map(_FACTS, read)))  # facts are non-empty tuples
    if len(facts) < len(read):  # articles excluded by pattern
        read = [record for record in read if record.facts is not None]
    tally["read"] += len(batch)
    tally["failed"] += failed
    tally["excluded_by_pattern"] += len(batch) - failed - len(facts)
    # Each fact read once; the fields counted, the outlets and wire signs as columns.
    fields = ("outlet", "wire", *counted_fields(options.by))
    columns = fact_columns(facts, fields)
    outlets, signatures = columns[_OUTLET], list(map(_SIGNATURE, read))
    repeats = (index.check_many(outlets, signatures) if stored is None
               else stored.check_many(outlets, signatures, list(map(_NAME, read))))
    repeated = len(repeats) - repeats.count(None)
    if repeated:  # the batch less its repeats, each column filtered alike
        kept = list(map(_IS_NONE, repeats))
        facts = list(compress(facts, kept))
        columns = [None if column is None else list(compress(column, kept))
                   for column in columns]
    tally["near_duplicates"] += repeated
    wire = len(facts) - columns[_WIRE_SIGNS].count(())
    tally["wire_copy"] += wire
    if options.exclude_wire and wire:
        tally["excluded_wire"] += wire
        facts = [fact for fact in facts if not fact.wire]
        columns = fact_columns(facts, fields)
    tally_columns(groups, columns, options.by)
    tally["compared"] += len(facts)


# What tally_records reads of every record, as C-level callables for map, and where
# `fact_columns` puts the facts' outlets and wire signs.
_FACTS, _SIGNATURE, _NAME = attrgetter("facts"), attrgetter("signature"), attrgetter("name")
_OUTLET, _WIRE_SIGNS = ArticleFacts._fields.index("outlet"), ArticleFacts._fields.index("wire")
_IS_NONE = partial(is_, None)


def join_ratings(
    groups: Iterable[GroupStats], ratings: Mapping[str, float], table: OutletTable, by: tuple[str, ...]
) -> tuple[GroupRating, ...]:
    """Rate each group by its outlet's domains: those of its URLs first, then the table's."""
    # Imported here: a comparison without ratings does not load the module.
    from sourcing.corpus.ratings import GroupRating, rating_for

    if "outlet" not in by:
        raise ValueError("ratings are per outlet: group --by outlet (or outlet,year)")
    position = by.index("outlet")
    joined = []
    for group in groups:
        domains = [*group.domains, *outlet_domains(group.group[position], table)]
        found = rating_for(domains, ratings)
        if found is not None:
            joined.append(GroupRating(group.group, found[0], found[1]))
    return tuple(joined)


def correlate(groups: Iterable[GroupStats], rated: Iterable[GroupRating]) -> Correlation:
    """Spearman's rho between groups' mean anonymity share and rating (groups with enough articles)."""
    from sourcing.corpus.ratings import spearman

    by_group = {r.group: r.rating for r in rated}
    pairs = [
        (g.mean_share.value, by_group[g.group])
        for g in groups
        if g.group in by_group and g.mean_share is not None and not g.below_min_articles
    ]
    return spearman([p[0] for p in pairs], [p[1] for p in pairs])


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
    rated = join_ratings(groups, ratings, table, options.by)
    return Comparison(options, groups, hygiene, rated, correlate(groups, rated))


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the block (if it was running).

    Used while records are read from the cache and counted: each makes several
    short-lived objects (decoded JSON, facts, the lists of its batch) and no reference
    cycle, so reference counting frees them all, and the collector would only rescan
    them (a young collection every 700 allocations, a full one over every object of the
    process now and then). Not used while the engine runs (its pool or Dask client's
    threads make cycles).

    What the block leaves alive (the groups' tallies, kept until the table is made) is
    moved to the oldest generation when it ends (`promote_survivors`), where a young
    collection would move it in two steps, scanning it each time.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        promote_survivors()
        gc.enable()


def promote_survivors() -> None:
    """Move every object the collector tracks to its oldest generation, unscanned.

    `gc.freeze` moves them all to its permanent generation and `gc.unfreeze` puts them
    back in the oldest one (CPython's documented meaning of both). Left alone when
    objects are frozen already: whoever froze them keeps them frozen. The oldest
    generation is still scanned by a full collection, so a cycle among them is freed
    then (the block's records make none).
    """
    if gc.get_freeze_count():
        return
    gc.freeze()
    gc.unfreeze()


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


def iter_inputs(paths: Sequence[str], stdin: BinaryIO | None = None) -> Iterator[Item]:
    """`ingest.iter_inputs`, its readers imported when an input is read (a re-run whose
    input is indexed reads none)."""
    from sourcing.inputs.ingest import iter_inputs as read

    return read(paths, stdin)


def record_stream(
    items: Iterable[Document | InputFailure],
    run: Callable[[Iterable[Document]], Iterable[Outcome]],
    on_failure: Callable[[str, str], None],
) -> Iterator[ArticleRecord | None]:
    """Reduce (or fetch from cache) every document; yield None for each failed input."""
    failures: list[InputFailure] = []

    def documents() -> Iterator[Document]:
        for item in items:
            if isinstance(item, Document):
                yield item
            else:
                failures.append(item)
                on_failure(item.path, item.message)

    for document, record, error in run(documents()):
        if record is None:
            on_failure(document.path or document.id or "?", f"analysis failed: {error}")
        yield record
    yield from (None for _ in failures)


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


def input_records(
    paths: list[str],
    stdin: BinaryIO | None,
    run: Callable[[Iterable[Document]], Iterable[Outcome]],
    on_failure: Callable[[str, str], None],
    index: InputIndex | None,
    reducer: Reducer,
) -> Iterator[ArticleRecord | None]:
    """Yield the record of every input of `paths`, in order (None: a failed input).

    A JSONL file found in `index` whose records are all cached is neither read nor run;
    the others (and the rest of an indexed file from its first uncached record) go
    through `run`, and are indexed as they are read.
    """
    if index is None:
        yield from record_stream(iter_inputs(paths, stdin), run, on_failure)
        return
    pending: list[Iterable[Item]] = []  # inputs for `run`, read in order when it runs
    for path in paths:
        key = index.file_key(path)
        parts = None if key is None else index.rows(key)
        if parts is None:
            items = iter_inputs([path], stdin)
            pending.append(items if key is None else index.recording(key, path, items))
            continue
        if pending:
            yield from record_stream(chain.from_iterable(pending), run, on_failure)
            pending = []
        done = 0
        with collector_paused():  # no engine runs here: records decoded and counted
            for rows in parts:
                records = index.records(rows, path, str(reducer.version), reducer.unpack)
                if records is None:  # not reduced under this analyzer and reduction yet
                    pending.append(islice(iter_inputs([path], stdin), done, None))
                    break
                yield from records
                done += len(rows)
                del records  # not held while the next part is read (see `tally_records`)
    if pending:
        yield from record_stream(chain.from_iterable(pending), run, on_failure)


def chart_format(path: Path) -> str:
    """Return the chart format named by a file's suffix (.png or .svg)."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in CHART_FORMATS:
        raise ValueError(f"chart file must end in .png or .svg: {path}")
    return suffix
