"""Inputs that must fail, shared by tests/inputs/test_ingest.py and tests/test_cli.py."""

from __future__ import annotations

import gzip
import json
import os
import random
from collections.abc import Callable
from pathlib import Path

from sourcing.inputs.ingest import FailureKind

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
ARTICLE = "The minister said on Tuesday that “talks failed”, officials said. Café naïve.\n"
ROWS = [
    {"id": 1, "outlet": "X News", "topic": "iraq", "text": "A said B."},
    {"id": "2", "date": "", "text": "C said D."},
]
ROWS_JSONL = "".join(json.dumps(row) + "\n" for row in ROWS)


# --- bad inputs: each a builder writing into tmp_path, the failure kind and message --------


def write(name: str, data: bytes) -> Callable[[Path], Path]:
    def build(tmp: Path) -> Path:
        path = tmp / name
        path.write_bytes(data)
        return path

    return build


def missing(tmp: Path) -> Path:
    return tmp / "nope.txt"


def empty_dir(tmp: Path) -> Path:
    (tmp / "d").mkdir()
    (tmp / "d" / "notes.md").write_text("not an article suffix")
    return tmp / "d"


def huge(tmp: Path) -> Path:
    path = tmp / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: instant to make, must be refused unread
    return path


def self_loop(tmp: Path) -> Path:
    os.symlink("loop.txt", tmp / "loop.txt")
    return tmp / "loop.txt"


def deep_html(tmp: Path) -> Path:
    return write("deep.html", b"<html><body>" + b"<div>" * 40_000 + b"<p>deep words")(tmp)


def tag_soup(tmp: Path) -> Path:
    return write("soup.html", b"<html><body>" + b"<p>more words " * 60_000)(tmp)


def random_high_bytes(tmp: Path) -> Path:
    generator = random.Random(3)
    return write("noise.txt", bytes(generator.randrange(128, 256) for _ in range(3000)))(tmp)


def fixture(name: str) -> Callable[[Path], Path]:
    return lambda _tmp: FIXTURES / name


BAD_INPUTS = [
    ("missing path", missing, FailureKind.MISSING, "no such file or directory"),
    ("directory without articles", empty_dir, FailureKind.NO_ARTICLES, "directory has no articles"),
    ("empty file", write("empty.txt", b""), FailureKind.EMPTY, "empty file"),
    ("whitespace only", write("ws.txt", b" \n\t\r\n"), FailureKind.BLANK, "only whitespace"),
    ("pdf", write("a.txt", b"%PDF-1.4\n%\xe2\xe3"), FailureKind.BINARY, "PDF document"),
    ("png", write("a.txt", b"\x89PNG\r\n\x1a\n\x00\x00"), FailureKind.BINARY, "PNG image"),
    ("jpeg as html", write("a.html", b"\xff\xd8\xff\xe0\x00\x10JFIF"), FailureKind.BINARY, "JPEG"),
    ("gzip not named .gz", write("a.txt", gzip.compress(b"text")), FailureKind.BINARY, "gzip"),
    ("NUL bytes", write("a.txt", b"hello\x00world"), FailureKind.BINARY, "NUL bytes"),
    ("control characters", write("a.txt", b"\x01\x02\x03\x04ab"), FailureKind.BINARY, "control"),
    ("undecodable", random_high_bytes, FailureKind.UNDECODABLE, "cannot decode"),
    ("bad UTF-16", write("a.txt", b"\xff\xfe\x00\xd8"), FailureKind.UNDECODABLE, "utf-16-le"),
    ("html without body", fixture("no_body.html"), FailureKind.NO_HTML_TEXT, "no article text"),
    (
        "html script only",
        write("s.htm", b"<html><script>x</script>"),
        FailureKind.NO_HTML_TEXT,
        "no article",
    ),
    ("deeply nested html", deep_html, FailureKind.NO_HTML_TEXT, "no article text"),
    ("html with too many tags", tag_soup, FailureKind.TOO_LARGE, "60,002 tags (limit 50,000)"),
    ("symlink loop", self_loop, FailureKind.SYMLINK_LOOP, "symlink loop"),
    ("over the size limit", huge, FailureKind.TOO_LARGE, "too large: 50.0 MB (limit 20 MB)"),
    ("jsonl.gz not gzip", write("a.jsonl.gz", ROWS_JSONL.encode()), FailureKind.CORRUPT, "corrupt"),
    ("jsonl binary", write("a.jsonl", b"%PDF-1.4 x"), FailureKind.BINARY, "PDF"),
    ("jsonl empty", write("a.jsonl", b""), FailureKind.EMPTY, "empty file"),
    ("jsonl blank lines", write("a.jsonl", b"\n \n"), FailureKind.BLANK, "no rows"),
]
