"""The input index: an unchanged JSONL file is not read again; any change to it is."""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
import time
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from sourcing.corpus import compare as compare_module
from sourcing.corpus import record_inputs
from sourcing.corpus.compare import CompareOptions, compare_paths
from sourcing.run import indexed
from sourcing.run.engine import run_reports
from sourcing.run.indexed import InputIndex, file_key
from sourcing.run.version import analyzer_fingerprint

STORY = ("The council approved the budget on Tuesday after a long public meeting. Spending on "
         "schools rises while police overtime is cut, officials said. The mayor will sign it.")
ROWS = [{"id": str(n), "outlet": outlet, "text": f"{STORY[n * 7:]} Row {n}, a source said."}
        for n, outlet in enumerate(["CNN", "Fox News", "CNN", "Reuters", "CNN"])]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in ROWS))
    return path


class Counted:
    """engine.run_reports (rules only, on one cache file), counting the documents it gets."""

    def __init__(self, cache: Path) -> None:
        self.run = partial(run_reports, jobs=1, cache=cache, no_model=True)
        self.documents = 0

    def __call__(self, documents: Any, **options: Any) -> Iterator[Any]:
        def counted() -> Iterator[Any]:
            for document in documents:
                self.documents += 1
                yield document
        return self.run(counted(), **options)


def compare(path: Path, cache: Path, run: Counted, *, rehash: bool = False) -> dict[str, Any]:
    with InputIndex(cache, analyzer_fingerprint() + "+rules", rehash=rehash) as index:
        made = compare_paths([str(path)], None, CompareOptions(min_articles=1), run=run,
                             on_failure=print, index=index)
    return json.loads(json.dumps(dataclasses.asdict(made), default=list))


def test_an_unchanged_file_is_neither_read_nor_run_again(corpus: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "c.sqlite"
    first = compare(corpus, cache, Counted(cache))
    monkeypatch.setattr(record_inputs, "iter_inputs", lambda *args: pytest.fail("file read"))
    again = Counted(cache)
    assert compare(corpus, cache, again) == first and again.documents == 0


def test_any_change_to_the_file_or_its_manifest_is_another_key(corpus: Path) -> None:
    keys = {file_key(str(corpus))}
    text = corpus.read_text()
    corpus.write_text(text.replace("Row 3", "Row 4"))  # same size, one byte changed
    keys.add(file_key(str(corpus)))
    corpus.write_text(text + text.splitlines(keepends=True)[0])  # a row added
    keys.add(file_key(str(corpus)))
    (corpus.parent / "manifest.csv").write_text(f"path,outlet\n{corpus.name},BBC\n")
    keys.add(file_key(str(corpus)))
    assert len(keys) == 4 and None not in keys
    assert file_key(str(corpus.parent)) is None and file_key("-") is None


def test_a_changed_file_is_read_again(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "c.sqlite"
    compare(corpus, cache, Counted(cache))
    corpus.write_text(corpus.read_text().replace('"Fox News"', '"CNN"'))
    changed, fresh = Counted(cache), tmp_path / "fresh.sqlite"
    assert compare(corpus, cache, changed) == compare(corpus, fresh, Counted(fresh))
    assert changed.documents == len(ROWS)


def test_a_file_with_a_bad_row_is_not_indexed(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "c.sqlite"
    corpus.write_text(corpus.read_text() + "not json\n")
    compare(corpus, cache, Counted(cache))
    again = Counted(cache)
    compare(corpus, cache, again)
    assert again.documents == len(ROWS)
    with InputIndex(cache, "any") as index:
        assert index.rows(str(file_key(str(corpus)))) is None


def test_rows_after_a_missing_record_go_through_the_engine(corpus: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(indexed, "PART_ROWS", 2)
    cache = tmp_path / "c.sqlite"
    first = compare(corpus, cache, Counted(cache))
    with InputIndex(cache, "any") as index:
        parts = list(index.rows(str(file_key(str(corpus)))) or [])
    assert [len(part) for part in parts] == [2, 2, 1]
    with sqlite3.connect(cache) as db:  # forget the record of row 3 (part 1)
        db.execute("DELETE FROM records WHERE content_key = ?", [parts[1][1][0]])
    again = Counted(cache)
    assert compare(corpus, cache, again) == first
    assert again.documents == len(ROWS) - 2  # part 0 from the index, the rest from the file


@pytest.fixture
def hashed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Count the input files hashed in full; trust a file as soon as it was written."""
    monkeypatch.setattr(indexed, "RACY_NS", 0)
    seen: list[str] = []
    real = indexed._hash_file

    def counted(path: str, *args: Any) -> tuple[str, int]:
        seen.append(path)
        return real(path, *args)
    monkeypatch.setattr(indexed, "_hash_file", counted)
    return seen


def test_an_unchanged_file_is_not_hashed_again(corpus: Path, tmp_path: Path, hashed: list[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "c.sqlite"
    time.sleep(0.05)  # past the file system clock's tick of the write
    first = compare(corpus, cache, Counted(cache))
    monkeypatch.setattr(record_inputs, "iter_inputs", lambda *args: pytest.fail("file read"))
    assert compare(corpus, cache, Counted(cache)) == first and len(hashed) == 1
    os.utime(corpus)  # touched: hashed again, found unchanged, still not read
    assert compare(corpus, cache, Counted(cache)) == first and len(hashed) == 2
    assert compare(corpus, cache, Counted(cache)) == first and len(hashed) == 2
    assert compare(corpus, cache, Counted(cache), rehash=True) == first and len(hashed) == 3


def test_a_same_size_change_with_the_times_set_back_is_noticed(corpus: Path, tmp_path: Path,
                                                               hashed: list[str]) -> None:
    cache = tmp_path / "c.sqlite"
    time.sleep(0.05)
    compare(corpus, cache, Counted(cache))
    before = os.stat(corpus)
    time.sleep(0.05)
    corpus.write_text(corpus.read_text().replace('"Fox News"', '"CNN News"'))
    os.utime(corpus, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = os.stat(corpus)
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (
        before.st_size, before.st_mtime_ns, before.st_ino)
    changed, fresh = Counted(cache), tmp_path / "fresh.sqlite"
    assert compare(corpus, cache, changed) == compare(corpus, fresh, Counted(fresh))
    assert changed.documents == len(ROWS) and hashed.count(str(corpus)) == 3


def test_a_file_changed_just_before_it_was_hashed_is_hashed_again(corpus: Path, tmp_path: Path,
                                                                  hashed: list[str],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(indexed, "RACY_NS", 3_000_000_000)  # the default: just written is racy
    cache = tmp_path / "c.sqlite"
    first = compare(corpus, cache, Counted(cache))
    assert compare(corpus, cache, Counted(cache)) == first and len(hashed) == 2
    with sqlite3.connect(cache) as db:
        assert db.execute("SELECT COUNT(*) FROM input_files").fetchone()[0] == 0


def test_cached_records_are_counted_with_the_collector_paused(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    cache = tmp_path / "c.sqlite"
    first = compare(corpus, cache, Counted(cache))  # the engine runs: the collector is on
    seen: list[bool] = []
    tally = compare_module.tally_records

    def watched(records: Any, *args: Any) -> Any:
        def each() -> Iterator[Any]:
            for record in records:
                seen.append(gc.isenabled())
                yield record
        return tally(each(), *args)

    monkeypatch.setattr(compare_module, "tally_records", watched)
    assert gc.isenabled()
    assert compare(corpus, cache, Counted(cache)) == first
    assert seen == [False] * len(ROWS) and gc.isenabled()  # paused for the re-run, then on
    gc.disable()
    try:
        with record_inputs.collector_paused():
            pass
        assert not gc.isenabled()  # a paused collector stays paused
    finally:
        gc.enable()
    with pytest.raises(KeyError), record_inputs.collector_paused():
        raise KeyError("stopped")
    assert gc.isenabled()
