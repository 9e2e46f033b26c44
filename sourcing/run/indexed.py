"""Remember what a JSONL input file reads as, so that an unchanged file is not decoded again.

A cached re-run of `compare` needs, per row of its input, only the row's content key
(`cache.content_key`, which finds the row's cached record) and its id. Getting them
meant decompressing and parsing the whole file (about half of a re-run on the 37,554-row
corpus). The input index keeps them, per file, in the report cache's table `input_rows`:

- Key: the sha256 of the file's bytes, its size, the metadata its directory's
  `manifest.csv` gives it and the version of the code that reads rows into documents
  (`reader_version`). Any change to any of them is another key, so the file is read
  again.
- The file's bytes are hashed once: the digest is kept (table `input_files`) with the
  file's identity (device, inode, size, modification and change times), and trusted
  while that identity is unchanged, as make and git's index trust a file's times. Writing
  to the file, touching it or setting its times back changes its change time, which no
  program can set; replacing it changes its inode. What is not noticed: a change the
  file system does not record (a disk edited under it, a clock set back between two
  writes). `rehash` (`compare --rehash-inputs`) hashes every file in full.
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
import time
import zlib
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

from sourcing.document import Document
from sourcing.inputs.failures import InputError
from sourcing.inputs.paths import JSONL_SUFFIXES, is_url, load_manifest
from sourcing.run.cache import ReportCache, content_key
from sourcing.run.engine import record_name
from sourcing.run.version import content_hash

if TYPE_CHECKING:
    from sourcing.inputs.ingest import Item

PART_ROWS = 2048
# A file whose last change is this close to the moment it is hashed is hashed again next
# time, not trusted by its times (coarse file system clocks: up to 2 s on FAT).
RACY_NS = 3_000_000_000
_COUNT_PART = -1
_PACKAGE = Path(__file__).resolve().parents[1]
# The code that turns a file's bytes into documents and documents into content keys.
READER_FILES = ("document.py", "run/cache.py")
READER_FOLDERS = ("inputs",)

Row = tuple[str, str | None, str]  # content key, id, what the path adds (":12")


@lru_cache(maxsize=1)
def reader_version() -> str:
    """Name the reading code: 12 hex digits of a sha256 over its modules."""
    files = [_PACKAGE / name for name in READER_FILES]
    files += [path for folder in READER_FOLDERS for path in sorted((_PACKAGE / folder).glob("*.py"))]
    return content_hash(files, (_PACKAGE,))[:12]


def file_key(path: str, digests: ReportCache | None = None, *, rehash: bool = False) -> str | None:
    """Return the index key of the JSONL file `path`, or None when it is not one (or unreadable).

    With `digests` (the report cache), the sha256 of the file's bytes is read from it when
    the file's identity (`file_identity`: device, inode, size, modification and change
    times) is the one it was stored under, and stored after hashing otherwise; `rehash`
    hashes the file in any case (and stores the digest again).
    """
    if path == "-" or is_url(path) or not path.endswith(JSONL_SUFFIXES):
        return None
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            return None
        meta = load_manifest(os.path.dirname(path) or ".").get(os.path.normpath(path), {})
        where, identity = os.path.abspath(path), file_identity(info)
        digest = None if digests is None or rehash else digests.get_input_digest(where, identity)
        size = info.st_size
        if digest is None:
            digest, size = _hash_file(path, info, where, digests)
    except (OSError, InputError):
        return None  # the ordinary reader says what is wrong
    setting = [digest, size, sorted(meta.items()), reader_version()]
    return hashlib.sha256(json.dumps(setting).encode()).hexdigest()


def file_identity(info: os.stat_result) -> str:
    """What says that a file is unchanged without reading it, as make and git's index do:
    device, inode, size, and modification and change times in nanoseconds. Writing the
    file, or setting its times back, sets its change time to now; replacing it (a
    rename) gives another inode."""
    return json.dumps([info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns,
                       info.st_ctime_ns])


def _hash_file(path: str, before: os.stat_result, where: str,
               digests: ReportCache | None) -> tuple[str, int]:
    """Hash the bytes of `path`; store the digest in `digests` when it can be trusted
    later: the file did not change while it was read, and its last change is more than
    RACY_NS before the hashing began (a change within the file system's timestamp
    granularity of it could leave the same times; git calls such an entry racy)."""
    began = time.time_ns()
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
            size += len(block)
    if digests is not None:
        identity = file_identity(before)
        settled = max(before.st_mtime_ns, before.st_ctime_ns) < began - RACY_NS
        if settled and file_identity(os.stat(path)) == identity:
            digests.put_input_digest(where, identity, digest.hexdigest())
    return digest.hexdigest(), size


class InputIndex:
    """The input index in a report cache file; use as a context manager."""

    def __init__(self, cache: Path, analyzer: str, *, rehash: bool = False) -> None:
        self.store = ReportCache(cache, analyzer)
        self.rehash = rehash

    def file_key(self, path: str) -> str | None:
        """Return `file_key(path)`, its digest trusted from the cache when the file's
        identity is unchanged (unless `rehash`)."""
        return file_key(path, self.store, rehash=self.rehash)

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
        space = record_name("", self.store.analyzer, version)[1]
        return [unpack(found[key], Document("", path=path + suffix, id=row_id), (key, space))
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
