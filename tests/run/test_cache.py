"""Tests for the SQLite report cache: keys, hits, misses, invalidation and batched commits."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from sourcing.records import Document
from sourcing.run.cache import (
    IDENTITY_FIELDS,
    ReportCache,
    content_key,
    default_cache_path,
    document_key,
    pack_report,
    unpack_report,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
BASE = Document(text="Officials said the plan would pass.", path="a.txt", outlet="AP")
REPORT = {"analyzer": "sourcing test", "statements": [{"text": "Officials said…", "n": 1}]}


def committed_rows(path: Path) -> int:
    """Count rows as another process would see them."""
    with sqlite3.connect(path) as db:
        return int(db.execute("SELECT COUNT(*) FROM reports").fetchone()[0])


@pytest.mark.parametrize(
    ("other", "same"),
    [
        (Document(text="Officials said the plan would pass.", path="a.txt", outlet="AP"), True),
        (Document(text="Officials said the plan would fail.", path="a.txt", outlet="AP"), False),
        (Document(text="Officials said the plan would pass.", path="b.txt", outlet="AP"), False),
        (Document(text="Officials said the plan would pass.", path="a.txt", outlet="NYT"), False),
        (Document(text="Officials said the plan would pass.", path="a.txt", outlet="AP",
                  title="Plan"), False),
    ],
)
def test_document_key_covers_text_and_metadata(other: Document, same: bool) -> None:
    assert (document_key(other) == document_key(BASE)) is same


def test_document_key_is_the_hash_of_every_field_as_before() -> None:
    # Caches filled before the key was made cheaper must stay valid: same key, same hash.
    # `deck` came later: keyed only when set, so a document without one keeps its old key.
    document = dataclasses.replace(BASE, title="Plan “quoted”", date="2020-01-02", topic="x")
    before = {k: v for k, v in dataclasses.asdict(document).items() if k != "deck"}
    fields = json.dumps(before, sort_keys=True, ensure_ascii=False)
    assert document_key(document) == hashlib.sha256(fields.encode("utf-8")).hexdigest()
    with_deck = dataclasses.replace(document, deck="A deck.")
    fields = json.dumps(dataclasses.asdict(with_deck), sort_keys=True, ensure_ascii=False)
    assert document_key(with_deck) == hashlib.sha256(fields.encode("utf-8")).hexdigest()


@pytest.mark.parametrize("name", [f.name for f in dataclasses.fields(Document)])
def test_content_key_covers_every_field_but_path_and_id(name: str) -> None:
    other = dataclasses.replace(BASE, **{name: "changed"})
    assert (content_key(other) == content_key(BASE)) is (name in IDENTITY_FIELDS)


def test_analysis_never_reads_path_or_id() -> None:
    # What content_key leaves out must not change a report but for those two fields.
    from sourcing.pipeline import analyze
    from sourcing.run.serialize import report_dict

    text = (SEEDS / "000_c7ec5d50d05b0fdd.txt").read_text(encoding="utf-8")
    first = report_dict(analyze(Document(text, path="a/one.txt", id="1", outlet="AP")))
    second = report_dict(analyze(Document(text, path="b/two.html", id="2", outlet="AP")))
    assert {**first, "path": None, "id": None} == {**second, "path": None, "id": None}
    assert first["path"] != second["path"]


def test_records_are_kept_per_reducer_version_and_pruned(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    with ReportCache(path, "v1") as cache:
        cache.put_record("c1", "r1", b"record")
        assert cache.get_records(["c1", "c2"], "r1") == {"c1": b"record"}  # pending
    with ReportCache(path, "v1") as cache:
        assert cache.get_records(["c1"], "r1") == {"c1": b"record"}
        assert cache.get_records(["c1"], "r2") == {}
    with ReportCache(path, "v2") as cache:
        assert cache.get_records(["c1"], "r1") == {}
        cache.prune()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT COUNT(*) FROM records").fetchone()[0] == 0


def test_pack_round_trip_and_compresses() -> None:
    report = {"text": "said " * 1000, "spans": [{"start": 1, "end": 5}]}
    blob = pack_report(report)
    assert unpack_report(blob) == report
    assert len(blob) < 200


def test_hit_after_put_and_miss_for_unknown_key(tmp_path: Path) -> None:
    with ReportCache(tmp_path / "c.sqlite", "v1") as cache:
        cache.put("k1", pack_report(REPORT))
        assert cache.get("k1") == REPORT  # pending writes are visible before commit
        assert cache.get("k2") is None
    with ReportCache(tmp_path / "c.sqlite", "v1") as cache:
        assert cache.get("k1") == REPORT
        assert set(cache.get_many(["k1", "k2", "k1"])) == {"k1"}


def test_changed_fingerprint_is_a_miss_and_prune_drops_old_rows(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    with ReportCache(path, "0.1.0+aaaa") as cache:
        cache.put("k1", pack_report(REPORT))
    with ReportCache(path, "0.1.0+bbbb") as cache:
        assert cache.get("k1") is None
        cache.put("k1", pack_report({"new": True}))
        cache.flush()
        assert cache.count(all_versions=True) == 2
        assert cache.prune() == 1
        assert cache.count() == 1
        assert cache.get("k1") == {"new": True}


def test_writes_commit_in_batches(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    cache = ReportCache(path, "v1", batch_size=3, flush_seconds=3600)
    for n in range(5):
        cache.put(f"k{n}", pack_report({"n": n}))
    assert committed_rows(path) == 3  # one batch of three committed, two queued
    cache.close()
    assert committed_rows(path) == 5


def test_many_keys_are_looked_up_in_slices(tmp_path: Path) -> None:
    with ReportCache(tmp_path / "c.sqlite", "v1", batch_size=10_000) as cache:
        for n in range(1_200):
            cache.put(f"k{n}", b"x")
        cache.flush()
        assert len(cache.get_many(f"k{n}" for n in range(0, 2_400, 2))) == 600


def test_database_uses_wal(tmp_path: Path) -> None:
    with ReportCache(tmp_path / "c.sqlite", "v1"):
        pass
    with sqlite3.connect(tmp_path / "c.sqlite") as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_default_path_honours_environment(monkeypatch: pytest.MonkeyPatch,
                                          tmp_path: Path) -> None:
    monkeypatch.setenv("SOURCING_CACHE", str(tmp_path / "x.sqlite"))
    assert default_cache_path() == tmp_path / "x.sqlite"
    monkeypatch.delenv("SOURCING_CACHE")
    assert default_cache_path().name == "reports.sqlite"
    assert "sourcing" in default_cache_path().parts
