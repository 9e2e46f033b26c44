"""An article's record: made from its report, packed for the cache and unpacked whole."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest
from record_samples import ANON, FIXTURES, NONE, STORY, options
from report_dicts import report

from sourcing.corpus.compare import CompareOptions, compare_records, record_reducer
from sourcing.corpus.reduction import ArticleRecord, pack_record, record_version, unpack_record
from sourcing.outlets import OutletTable, default_table
from sourcing.records import Document


def test_cached_records_give_the_figures_of_whole_reports_to_the_last_bit() -> None:
    # The same sample and expected figures, each record packed for the cache and unpacked.
    from compare_sample import sample_reports

    expected = json.loads((FIXTURES / "expected_comparison.json").read_text())
    chosen = CompareOptions(by=("outlet", "year"), exclude_wire=True, exclude_pattern="/opinion/")
    reducer = record_reducer(chosen, default_table())
    records: list[ArticleRecord | None] = []
    for made in sample_reports():
        if made is None:
            records.append(None)
            continue
        record = reducer.apply(dict(made))[1]
        copy = unpack_record(pack_record(record), Document("", id=made["id"]))
        assert copy.facts == record.facts
        records.append(copy)
    result = compare_records(records, chosen)
    got = json.loads(json.dumps(dataclasses.asdict(result), default=list))
    assert got == expected["outlet_year_clean"]


def test_cached_record_takes_the_key_of_its_document() -> None:
    record = record_reducer(options(), default_table()).apply(report([NONE], id="first"))[1]
    assert record.facts.key == "first"
    assert unpack_record(pack_record(record), Document("x", id="copy")).facts.key == "copy"
    assert unpack_record(pack_record(record), Document("x", path="f.txt")).facts.key == "f.txt"
    assert unpack_record(pack_record(ArticleRecord(None)), Document("x")) == ArticleRecord(None)


def test_a_record_is_one_object_with_no_dict_and_pickles_whole() -> None:
    # slots: a decoded record is one object (no __dict__ to make and free per article);
    # it still travels to and from Dask workers by pickle.
    import pickle

    record = record_reducer(options(), default_table()).apply(report([NONE], id="first"))[1]
    named = dataclasses.replace(record, name=("key", "analyzer records+1"))
    assert not hasattr(named, "__dict__")
    assert pickle.loads(pickle.dumps(named)) == named
    with pytest.raises(dataclasses.FrozenInstanceError):
        named.facts = None  # type: ignore[misc]


def test_record_version_changes_with_what_makes_a_record() -> None:
    table = default_table()
    base = record_version(None, table)
    assert record_version(None, default_table()) == base
    assert record_version(re.compile("/opinion/", re.IGNORECASE), table) != base
    assert record_version(None, OutletTable(aliases={"x": "X"})) != base


def test_a_record_keeps_its_packed_counts_between_its_facts_and_its_signature() -> None:
    from sourcing.corpus.facts import COUNTS_SIZE
    from sourcing.corpus.near_duplicates import pack_signature

    record = record_reducer(options(), default_table()).apply(
        report([ANON, NONE], texts=STORY[:2], id="a"))[1]
    blob = pack_record(record)
    signature = pack_signature(record.signature)
    assert len(signature) == 512 and blob.endswith(signature)
    counts = blob[-512 - COUNTS_SIZE:-512]
    assert int.from_bytes(counts, "little") == record.facts.counts
    copy = unpack_record(blob, Document("", id="a"))
    assert copy.facts == record.facts and copy.signature == signature
    assert (copy.facts.statements, copy.facts.anonymous_statements) == (2, 1)


def test_record_version_names_the_record_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    from sourcing.corpus import reduction

    table = default_table()
    current = record_version(None, table)
    monkeypatch.setattr(reduction, "RECORD_FORMAT", reduction.RECORD_FORMAT - 1)
    assert record_version(None, table) != current  # records of another layout are not read
