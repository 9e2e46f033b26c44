"""scripts/blind_listing.py: a reader's listing holds statement numbers and texts, nothing else."""

from __future__ import annotations

import json
from pathlib import Path

import scripts_loader

ARTICLES = [
    {"id": "aaaaaaaaaaaaaaa1", "outlet": "Reuters", "title": "One",
     "text": "The mayor said the road would reopen. A senior official, who asked not to be named, "
             "said it would not.\n\nSchools closed on Friday."},
    {"id": "bbbbbbbbbbbbbbb2", "outlet": "CBN", "title": "Two", "text": "Rain fell on Monday."},
    {"id": "ccccccccccccccc3", "outlet": "Politico", "title": "Three", "text": "Snow fell on Tuesday."},
]


def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    return path


def ids_file(tmp_path: Path, ids: list[str]) -> Path:
    path = tmp_path / "ids.txt"
    path.write_text("".join(i + "\n" for i in ids), encoding="utf-8")
    return path


def test_listing_gives_numbers_texts_and_paragraph_breaks_in_the_files_order(tmp_path: Path) -> None:
    out = tmp_path / "listing.txt"
    ids = ids_file(tmp_path, ["ccccccccccccccc3", "aaaaaaaaaaaaaaa1", "bbbbbbbbbbbbbbb2"])
    code = scripts_loader.load_script("blind_listing").main(
        [str(ids), str(out), "--corpus", str(corpus(tmp_path)), "--first", "2", "--last", "3"])
    assert code == 0
    assert out.read_text(encoding="utf-8") == (
        "===== aaaaaaaaaaaaaaa1 | Reuters\n"
        "[0] The mayor said the road would reopen.\n"
        "[1] A senior official, who asked not to be named, said it would not.\n"
        "\n"
        "[2] Schools closed on Friday.\n"
        "\n"
        "===== bbbbbbbbbbbbbbb2 | CBN\n"
        "[0] Rain fell on Monday.\n"
    )


def test_an_id_missing_from_the_corpus_is_an_error_and_no_listing(tmp_path: Path, capsys) -> None:
    out = tmp_path / "listing.txt"
    ids = ids_file(tmp_path, ["aaaaaaaaaaaaaaa1", "zzzzzzzzzzzzzzz9"])
    code = scripts_loader.load_script("blind_listing").main(
        [str(ids), str(out), "--corpus", str(corpus(tmp_path))])
    assert code == 1
    assert "zzzzzzzzzzzzzzz9" in capsys.readouterr().err
    assert not out.exists()
