"""Ingest: every input gives Documents or one-line InputFailures, never an exception."""

from __future__ import annotations

import builtins
import gzip
import io
import json
import lzma
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from bad_inputs import ARTICLE, BAD_INPUTS, FIXTURES, ROWS_JSONL

from sourcing.inputs import ingest
from sourcing.inputs.failures import FailureKind, InputFailure
from sourcing.inputs.ingest import iter_inputs
from sourcing.records import Document


def items(*paths: str | Path, stdin: bytes | None = None) -> list[Document | InputFailure]:
    stream = io.BytesIO(stdin) if stdin is not None else None
    return list(iter_inputs([str(p) for p in paths], stream))


def only_failure(found: list[Document | InputFailure]) -> InputFailure:
    assert len(found) == 1 and isinstance(found[0], InputFailure), found
    return found[0]




@pytest.mark.parametrize(
    ("build", "kind", "message"),
    [case[1:] for case in BAD_INPUTS],
    ids=[case[0] for case in BAD_INPUTS],
)
def test_bad_input_is_one_failure(
    tmp_path: Path, build: Callable[[Path], Path], kind: FailureKind, message: str
) -> None:
    path = build(tmp_path)
    failure = only_failure(items(path))
    assert failure.kind is kind
    assert message in failure.message
    assert failure.path == str(path)
    assert "\n" not in failure.message


def test_unreadable_file_is_a_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests may run as root, where chmod 000 does not stop reading: refuse in open() instead.
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE)
    real_open = builtins.open

    def guarded_open(file: object, *args: object, **kwargs: object) -> object:
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(builtins, "open", guarded_open)
    failure = only_failure(items(path))
    assert (failure.kind, failure.message) == (FailureKind.UNREADABLE, "permission denied")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_by_mode(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE)
    path.chmod(0)
    assert only_failure(items(path)).kind is FailureKind.UNREADABLE


def test_truncated_xz_keeps_rows_before_the_break(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl.xz"
    many = "".join(
        json.dumps({"text": f"Row {n} said {n * 7919 % 10007}."}) + "\n" for n in range(3000)
    )
    path.write_bytes(lzma.compress(many.encode())[:-200])
    found = items(path)
    assert isinstance(found[-1], InputFailure) and found[-1].kind is FailureKind.CORRUPT
    assert all(isinstance(item, Document) for item in found[:-1]) and len(found) > 1


def test_row_over_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "MAX_ARTICLE_BYTES", 100)
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps({"text": "x" * 500}) + "\n" + json.dumps({"text": "ok."}) + "\n")
    big, small = items(path)
    assert isinstance(big, InputFailure) and big.kind is FailureKind.TOO_LARGE
    assert big.path == f"{path}:1"
    assert isinstance(small, Document) and small.path == f"{path}:2"


def test_stdin_over_the_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "MAX_ARTICLE_BYTES", 100)
    failure = only_failure(items("-", stdin=b"word " * 100))
    assert failure.kind is FailureKind.TOO_LARGE and failure.path == "<stdin>"


# --- JSONL -------------------------------------------------------------------------------------


def test_jsonl_bad_rows_fail_alone() -> None:
    path = FIXTURES / "rows_mixed.jsonl"
    found = {item.path: item for item in items(path)}
    expected = {
        1: "doc",
        2: FailureKind.BAD_JSON,
        3: FailureKind.NO_TEXT_FIELD,
        5: FailureKind.BAD_JSON,
        6: FailureKind.BLANK,
        7: "doc",
    }
    assert sorted(found) == sorted(f"{path}:{line}" for line in expected)
    for line, kind in expected.items():
        item = found[f"{path}:{line}"]
        if kind == "doc":
            assert isinstance(item, Document)
        else:
            assert isinstance(item, InputFailure) and item.kind is kind
    first = found[f"{path}:1"]
    assert isinstance(first, Document)
    assert (first.id, first.outlet, first.title, first.date, first.topic) == (
        "a1",
        "Example News",
        "One",
        "2020-01-07",
        "iraq",
    )
    assert first.url == "https://news.example.com/1" and first.input_format == "jsonl"


@pytest.mark.parametrize(
    ("name", "compress"),
    [("rows.jsonl", bytes), ("rows.jsonl.gz", gzip.compress), ("rows.jsonl.xz", lzma.compress)],
)
def test_jsonl_plain_and_compressed(
    tmp_path: Path, name: str, compress: Callable[[bytes], bytes]
) -> None:
    (tmp_path / name).write_bytes(compress(ROWS_JSONL.encode()))
    docs = items(tmp_path / name)
    assert [d.text for d in docs if isinstance(d, Document)] == ["A said B.", "C said D."]
    first, second = docs
    assert isinstance(first, Document) and isinstance(second, Document)
    assert (first.id, first.outlet, first.topic, first.path) == (
        "1",
        "X News",
        "iraq",
        f"{tmp_path / name}:1",
    )
    assert second.date is None  # empty strings are unknown, not ""


def test_text_file_is_decoded_text_exactly(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\xff\xfe" + ARTICLE.encode("utf-16-le"))
    (doc,) = items(tmp_path / "a.txt")
    assert isinstance(doc, Document)
    assert (doc.text, doc.id, doc.input_format) == (ARTICLE, "a", "text")


# --- HTML files ----------------------------------------------------------------------------------


def test_html_article_and_metadata() -> None:
    (doc,) = items(FIXTURES / "article.html")
    assert isinstance(doc, Document) and doc.input_format == "html"
    assert "a senior official who asked not to be named" in doc.text
    assert "Home" not in doc.text and "Copyright" not in doc.text
    assert (doc.title, doc.outlet, doc.date) == (
        "Talks stall in Baghdad",
        "Example News",
        "2020-01-07",
    )
    assert doc.url == "https://news.example.com/world/talks-stall"


def test_truncated_html_still_gives_its_text() -> None:
    (doc,) = items(FIXTURES / "truncated.html")
    assert isinstance(doc, Document)
    assert doc.text.endswith("Officials said a decision was expected soon and that the")


# --- directories and manifests -----------------------------------------------------------------


def make_tree(root: Path) -> None:
    (root / "b").mkdir(parents=True)
    (root / "b" / "z.txt").write_text("Z said so.")
    (root / "a.txt").write_text("A said so.")
    (root / "c.htm").write_bytes((FIXTURES / "article.html").read_bytes())
    (root / "rows.jsonl").write_text(ROWS_JSONL)
    (root / "notes.md").write_text("skipped: not an article suffix")
    (root / ".hidden.txt").write_text("skipped: hidden")


def test_directory_is_walked_sorted_and_filtered(tmp_path: Path) -> None:
    make_tree(tmp_path)
    paths = [item.path for item in items(tmp_path)]
    names = [os.path.relpath(str(p), tmp_path) for p in paths]
    assert names == ["a.txt", "b/z.txt", "c.htm", "rows.jsonl:1", "rows.jsonl:2"]
    assert paths == [item.path for item in items(tmp_path)]  # deterministic


def test_directory_symlink_loop_is_reported_not_followed(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "x.txt").write_text("X said so.")
    os.symlink("..", tmp_path / "d" / "up")
    found = items(tmp_path / "d")
    assert [type(item).__name__ for item in found] == ["InputFailure", "Document"]
    assert isinstance(found[0], InputFailure) and found[0].kind is FailureKind.SYMLINK_LOOP


def test_manifest_gives_outlet_url_date(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A said so.")
    (tmp_path / "b.txt").write_text("B said so.")
    (tmp_path / "manifest.csv").write_text(
        "path,outlet,url,date\na.txt,Iran Focus,https://example.org/a,2007-05-31\nb.txt,,,\n"
    )
    a, b = items(tmp_path)
    assert isinstance(a, Document) and isinstance(b, Document)
    assert (a.outlet, a.url, a.date) == ("Iran Focus", "https://example.org/a", "2007-05-31")
    assert (b.outlet, b.url, b.date) == (None, None, None)
    (alone,) = items(tmp_path / "a.txt")  # a file named directly uses the manifest beside it
    assert isinstance(alone, Document) and alone.outlet == "Iran Focus"


def test_seed_manifest_covers_every_seed() -> None:
    seeds = Path(__file__).parents[2] / "seeds"
    docs = [d for d in items(seeds) if isinstance(d, Document)]
    assert len(docs) == 5
    outlets = {Path(str(d.path)).name[:3]: d.outlet for d in docs}
    assert outlets == {
        "000": "Middle East Monitor",
        "001": None,
        "002": "Asharq Al-Awsat",
        "003": "Al-Masdar News",
        "004": "Iran Focus",
    }


# --- stdin -------------------------------------------------------------------------------------


def test_stdin_text_jsonl_html() -> None:
    (doc,) = items("-", stdin=ARTICLE.encode("cp1252"))
    assert isinstance(doc, Document) and (doc.text, doc.path) == (ARTICLE, "<stdin>")
    rows = items("-", stdin=ROWS_JSONL.encode())
    assert [d.path for d in rows] == ["<stdin>:1", "<stdin>:2"]
    (page,) = items("-", stdin=(FIXTURES / "article.html").read_bytes())
    assert isinstance(page, Document) and page.input_format == "html"
    assert only_failure(items("-", stdin=b"")).kind is FailureKind.EMPTY


def test_every_input_is_accounted_for(tmp_path: Path) -> None:
    make_tree(tmp_path / "tree")
    (tmp_path / "bad.txt").write_bytes(b"%PDF-1.5")
    found = items(
        tmp_path / "tree",
        tmp_path / "bad.txt",
        tmp_path / "missing.txt",
        FIXTURES / "rows_mixed.jsonl",
    )
    docs = [i for i in found if isinstance(i, Document)]
    failures = [i for i in found if isinstance(i, InputFailure)]
    assert (len(docs), len(failures)) == (5 + 2, 2 + 4)


# --- detection by content, NUL tolerance ------------------------------------------------------


@pytest.mark.parametrize("name", ["page", "page.txt", "page.php", "page.HTML"])
def test_html_is_recognized_by_its_markup_whatever_the_name(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes((FIXTURES / "article.html").read_bytes())
    (doc,) = items(path)
    (same,) = items("-", stdin=path.read_bytes())
    assert isinstance(doc, Document) and isinstance(same, Document)
    assert doc.input_format == same.input_format == "html"
    assert doc.text == same.text and "<" not in doc.text


def test_stray_nuls_are_dropped_with_a_warning(tmp_path: Path) -> None:
    page = (FIXTURES / "article.html").read_bytes()
    path = tmp_path / "nul.html"
    path.write_bytes(page.replace(b"<p>", b"<p>\x00", 3))
    with pytest.warns(UserWarning, match=r"nul.html: dropped 3 stray NUL bytes"):
        (doc,) = items(path)
    assert isinstance(doc, Document) and doc.text == only_document(items(FIXTURES / "article.html")).text


def only_document(found: list[Document | InputFailure]) -> Document:
    assert len(found) == 1 and isinstance(found[0], Document), found
    return found[0]


def test_japanese_page_is_not_refused_for_its_word_count() -> None:
    body = "".join(f"<p>東京都は{n}日、新しい防災計画を発表した。担当者は説明した。</p>" for n in range(8))
    html = f"<html lang=ja><head><title>防災計画</title></head><body><article>{body}</article></body></html>"
    doc = only_document(items("-", stdin=html.encode()))
    assert "防災計画を発表した" in doc.text
