"""scripts/keyed_confidence.py: keyed answers' agreement by the keyed statement's confidence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import scripts_loader

script = scripts_loader.load_script("keyed_confidence")


def test_bands_count_keyed_and_disagreeing_items_at_each_confidence() -> None:
    scored = [(0.99, True), (0.975, False), (0.95, True), (0.94, False), (0.93, True), (0.85, True)]
    assert script.bands_table(scored, [0.93, 0.97]) == [
        ("0.93 and above (all)", 5, 2),
        ("0.93-0.97", 3, 1),
        ("0.97 and above", 2, 1),
        ("below 0.93", 1, 0),
    ]


def test_only_keyed_rows_are_counted(tmp_path: Path) -> None:
    rows = [
        {"id": "a", "statement": 0, "text": "One.", "keyed": "unattributed", "agree": True, "source_ok": True},
        {"id": "a", "statement": 1, "text": "Two.", "keyed": None, "agree": None, "source_ok": None},
        {"id": "b", "statement": 0, "text": "Three.", "keyed": "named_official", "agree": False, "source_ok": True},
    ]
    path = tmp_path / "readings.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert [(r["id"], r["statement"]) for r in script.keyed_rows([path])] == [("a", 0), ("b", 0)]


def test_an_article_missing_from_the_corpus_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    readings = tmp_path / "readings.jsonl"
    readings.write_text(json.dumps({"id": "zzz", "statement": 0, "text": "Rain.", "keyed": "unattributed",
                                    "agree": True, "source_ok": True}) + "\n")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "other", "outlet": "CBN", "text": "Rain fell."}) + "\n")
    assert script.main([str(readings), "--corpus", str(corpus)]) == 1
    error = capsys.readouterr().err
    assert error.startswith("error: not in") and "zzz" in error


def test_a_readings_file_that_cannot_be_read_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    readings = tmp_path / "readings.jsonl"
    readings.write_text(json.dumps({"id": "a", "statement": 0, "keyed": "unattributed"}) + "\n")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "a", "outlet": "CBN", "text": "Rain fell."}) + "\n")
    assert script.main([str(readings), "--corpus", str(corpus)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "cannot read the readings" in error and "'text'" in error
