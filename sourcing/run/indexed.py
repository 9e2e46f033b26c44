"""Remember what a JSONL input file reads as, so that an unchanged file is not decoded again.

A cached re-run of `compare` needs, per row of its input, only the row's content key
(`cache.content_key`, which finds the row's cached record) and its id. Getting them
meant decompressing and parsing the whole file (about half of a re-run on the 37,554-row
corpus). The input index keeps them, per file, in the report cache's table `input_rows`:

- Key: the sha256 of the file's bytes, its size, the metadata its directory's
  `manifest.csv` gives it and the version of the code that reads rows into documents
  (`reader_version`). Any change to any of them is another key, so the file is read
  again.
- Value: the rows in parts of PART_ROWS, each part a zlib-compressed JSON list of
  `[content key, id, ":line number"]` (what the row's document path adds to the file's); part -1 holds the row count and is written last, once
  the whole file was read with no failure (a file with an unreadable row is never indexed).

The index is only a shortcut to records: a row whose record is not cached (a new analyzer
or reduction) sends the rest of the file through the engine as usual.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import zlib
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any, Self

from sourcing.inputs.fetch import is_url
from sourcing.inputs.ingest import JSONL_SUFFIXES, InputError, Item, load_manifest
from sourcing.records import Document
from sourcing.run.cache import ReportCache, content_key
from sourcing.run.version import content_hash

PART_ROWS = 2048
_COUNT_PART = -1
_PACKAGE = Path(__file__).resolve().parents[1]
# The code that turns a file's bytes into documents and documents into content keys.
READER_FILES = ("records.py", "run/cache.py")
READER_FOLDERS = ("inputs",)

Row = tuple[str, str | None, str]  # content key, id, what the path adds (":12")


@lru_cache(maxsize=1)
def reader_version() -> str:
    """Name the reading code: 12 hex digits of a sha256 over its modules."""
    files = [_PACKAGE / name for name in READER_FILES]
    files += [path for folder in READER_FOLDERS for path in sorted((_PACKAGE / folder).glob("*.py"))]
    return content_hash(files, (_PACKAGE,))[:12]


def file_key(path: str) -> str | None:
    """Return the index key of the JSONL file `path`, or None when it is not one (or unreadable)."""
    if path == "-" or is_url(path) or not path.endswith(JSONL_SUFFIXES):
        return None
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        meta = load_manifest(os.path.dirname(path) or ".").get(os.path.normpath(path), {})
        digest = hashlib.sha256()
        size = 0
        with open(path, "rb") as handle:
            while block := handle.read(1 << 20):
                digest.update(block)
                size += len(block)
    except (OSError, InputError):
        return None  # the ordinary reader says what is wrong
    digest.update(json.dumps([size, sorted(meta.items()), reader_version()]).encode())
    return digest.hexdigest()


class InputIndex:
    """The input index in a report cache file; use as a context manager."""

    def __init__(self, cache: Path, analyzer: str) -> None:
        self.store = ReportCache(cache, analyzer)

    def rows(self, key: str) -> Iterator[list[Row]] | None:
        """Return the parts of the indexed file `key` (lists of rows), or None if not indexed."""
        if self.store.get_input_part(key, _COUNT_PART) is None:
            return None
        return self._parts(key)

    def _parts(self, key: str) -> Iterator[list[Row]]:
        part = 0
        while (rows := self.part(key, part)) is not None:
            yield rows
            part += 1

    def part(self, key: str, part: int) -> list[Row] | None:
        """Return the rows of part `part` of the indexed file `key`, or None past its end."""
        blob = self.store.get_input_part(key, part)
        if blob is None:
            return None
        return [(row[0], row[1], row[2]) for row in json.loads(zlib.decompress(blob))]

    def records(self, rows: list[Row], path: str, version: str,
                unpack: Any) -> list[Any] | None:
        """Return the cached records of `rows` (of file `path`), or None if one is missing."""
        found = self.store.get_records((key for key, _, _ in rows), version)
        if len(found) < len({key for key, _, _ in rows}):
            return None
        return [unpack(found[key], Document("", path=path + suffix, id=row_id))
                for key, row_id, suffix in rows]

    def recording(self, key: str, path: str, items: Iterable[Item]) -> Iterator[Item]:
        """Yield `items` (what reading `path` gives) and index them, if they are all documents."""
        before = _identity(path)
        part: list[Row] = []
        parts = rows = 0
        failed = False
        for item in items:
            if isinstance(item, Document) and not failed:
                part.append((content_key(item), item.id, (item.path or "").removeprefix(path)))
                if len(part) == PART_ROWS:
                    self._put(key, parts, part)
                    parts, rows, part = parts + 1, rows + len(part), []
            else:
                failed = True
            yield item
        if not failed and part:
            self._put(key, parts, part)
            rows += len(part)
        if not failed and rows and _identity(path) == before:
            self.store.put_input_part(key, _COUNT_PART, str(rows).encode())
            self.store.flush()

    def _put(self, key: str, part: int, rows: list[Row]) -> None:
        self.store.put_input_part(key, part, zlib.compress(json.dumps(rows).encode(), 1))

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _identity(path: str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns
