"""scripts/dev_loop.py: the development loop's sums and its list of changed items."""

from __future__ import annotations

from pathlib import Path

import pytest
from scripts_loader import load_script

dev_loop = load_script("dev_loop")


def check(items: list[tuple[str, int, str, str]], wrong: int = 0, unread: int = 0) -> dict:
    """A key_agreement.py JSON of `items` (article, statement, keyed type, agreement)."""
    return {
        "figures": {
            "items": len(items),
            "strict": sum(agree == "strict" for *_, agree in items),
            "defensible": sum(agree != "no" for *_, agree in items),
            "source_wrong": wrong,
        },
        "items": [{"doc": doc, "statement": index, "keyed": keyed, "agree": agree} for doc, index, keyed, agree in items],
        "unread": [{}] * unread,
    }


def test_the_files_figures_are_summed_and_disagreements_counted() -> None:
    summary = dev_loop.summarize({
        "heldout2": check([("a", 1, "named_official", "strict"), ("a", 2, "unattributed", "alt")], wrong=1),
        "heldout3": check([("b", 0, "document", "no")], unread=2),
    })
    assert summary["figures"] == {
        "items": 3, "strict": 1, "defensible": 2, "source_wrong": 1, "unread": 2, "disagreeing": 1,
    }
    assert summary["items"]["heldout3|b|0"] == ["document", "no"]


def test_changed_items_name_a_retyped_a_dropped_and_a_new_item() -> None:
    before = dev_loop.summarize({"h": check([("a", 1, "named_official", "strict"), ("a", 2, "unattributed", "no")])})
    after = dev_loop.summarize({"h": check([("a", 1, "named_person", "alt"), ("a", 3, "document", "strict")])})
    assert dev_loop.changed_items(before, after) == [
        "h a 1: named_official strict -> named_person alt",
        "h a 2: unattributed no -> -",
        "h a 3: - -> document strict",
    ]
    assert dev_loop.changed_items(before, before) == []


def test_a_missing_file_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert dev_loop.main([str(tmp_path / "none.jsonl"), "--corpus", str(tmp_path / "corpus.jsonl.xz")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not found" in err


def test_the_corpus_is_cut_to_the_readings_articles_once(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(f'{{"id": "{i}", "text": "t{i}"}}\n' for i in "abcd"), encoding="utf-8")
    readings = tmp_path / "heldout2.jsonl"
    readings.write_text('{"id": "b", "statement": 0}\n{"id": "d", "statement": 1}\n', encoding="utf-8")
    out = dev_loop.corpus_subset(corpus, [readings], tmp_path / "articles.jsonl")
    assert [line[8:9] for line in out.read_text(encoding="utf-8").splitlines()] == ["b", "d"]
