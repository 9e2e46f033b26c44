"""Count article records into group tallies, every article accounted for (`Hygiene`):
failed inputs, exclusions by pattern, near-duplicates and (optionally) wire copy are left
out and counted."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from itertools import compress, islice
from operator import attrgetter, is_
from typing import TYPE_CHECKING

from sourcing.corpus.facts import ArticleFacts, fact_columns
from sourcing.corpus.memo import MemoDuplicates, ResultStore
from sourcing.corpus.near_duplicates import DuplicateIndex
from sourcing.corpus.tally import GroupTally, counted_fields, tally_columns

if TYPE_CHECKING:
    from sourcing.corpus.compare import CompareOptions
    from sourcing.corpus.reduction import ArticleRecord

# Records whose near-duplicates are looked up together (about 2 KB each while they wait).
DUPLICATE_BATCH = 2048


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
