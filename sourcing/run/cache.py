"""Keep finished report dicts in an embedded SQLite file so re-runs cost only new work.

A row is keyed on (document key, analyzer fingerprint). The document key hashes every
field of the `Document` (text and metadata), because the stored value is the whole
report dict, which repeats path, outlet, title and the rest. The same text under another
path is therefore a miss; that costs one analysis and never returns a wrong path.
Values are JSON compressed with zlib. Writes are buffered and committed in batches,
so an interrupted run keeps every batch it committed (and `close()` commits the rest).
Beside a report the cache can keep its near-duplicate signature (table `signatures`,
keyed like the report), so `compare` does not rebuild MinHash signatures on a re-run.

`compare` also keeps the small record it makes of each report (table `records`), keyed on
the document's *content* key (`content_key`: every field but `path` and `id`), the
analyzer fingerprint and the version of the reduction (`records` column `reducer`). A
record holds no path or id (the reader stamps the document's own), so the same article
under another file or id is a hit; the analyzer never reads either field (see
`content_key`). A re-run that finds every record reads neither reports nor signatures.

Table `input_files` keeps the sha256 of each input file the input index keyed
(`run.indexed`), with the file's identity (device, inode, size, modification and change
times), so that an unchanged file is not hashed again.

Table `results` keeps what the comparison derives from records (`corpus.memo`: bootstrap
estimates of a group, near-duplicate answers), each under a hash of all it was computed
from and of the code that computed it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sqlite3
import time
import zlib
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from sourcing.document import Document

SCHEMA = """
CREATE TABLE IF NOT EXISTS reports (
    doc_key TEXT NOT NULL,
    analyzer TEXT NOT NULL,
    report BLOB NOT NULL,
    created REAL NOT NULL,
    PRIMARY KEY (doc_key, analyzer)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS signatures (
    doc_key TEXT NOT NULL,
    analyzer TEXT NOT NULL,
    signature BLOB NOT NULL,
    PRIMARY KEY (doc_key, analyzer)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS records (
    content_key TEXT NOT NULL,
    analyzer TEXT NOT NULL,
    reducer TEXT NOT NULL,
    record BLOB NOT NULL,
    PRIMARY KEY (content_key, analyzer, reducer)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS results (
    key TEXT NOT NULL PRIMARY KEY,
    value BLOB NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS input_rows (
    file_key TEXT NOT NULL,
    part INTEGER NOT NULL,
    rows BLOB NOT NULL,
    PRIMARY KEY (file_key, part)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS input_files (
    path TEXT NOT NULL PRIMARY KEY,
    identity TEXT NOT NULL,
    digest TEXT NOT NULL
) WITHOUT ROWID;
"""
# SQLite allows at most 999 bound parameters in old builds; stay well under.
LOOKUP_BATCH = 500
# zlib level of the reports the cache stores (and workers send when they are cached).
PACK_LEVEL = 6


def default_cache_path() -> Path:
    """Return $SOURCING_CACHE if set, else reports.sqlite in the user's cache directory."""
    override = os.environ.get("SOURCING_CACHE")
    if override:
        return Path(override)
    import platformdirs  # here: a run given its cache path does not need it (3 ms)

    return Path(platformdirs.user_cache_dir("sourcing")) / "reports.sqlite"


# `deck` came later and is keyed only when set: documents without one keep their old keys.
_FIELDS = tuple(f.name for f in dataclasses.fields(Document) if f.name != "deck")
# What the analysis never reads: where the document was found and what the input calls it.
IDENTITY_FIELDS = ("path", "id")
_CONTENT_FIELDS = tuple(name for name in _FIELDS if name not in IDENTITY_FIELDS)


def document_key(document: Document) -> str:
    """Return the sha256 of all of `document`'s fields (as JSON, keys sorted).

    The fields are all strings or None, so the dict is built directly: the same key as
    hashing `dataclasses.asdict(document)` (less `deck` when it is None), without its deep
    copy.
    """
    fields = {name: getattr(document, name) for name in _FIELDS}
    if document.deck is not None:
        fields["deck"] = document.deck
    text = json.dumps(fields, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def content_key(document: Document) -> str:
    """Return the sha256 of `document`'s text and metadata, without `path` and `id`.

    Two documents with this key equal get the same analysis (no stage reads `path` or
    `id`; `tests/run/test_cache.py` checks it), so what is derived from a report alone,
    less those two fields, can be shared between them. The text is hashed as UTF-8
    bytes, not escaped into JSON, and the metadata as a small JSON list.
    """
    text = document.text
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass") if isinstance(text, str)
                            else b"\1" + json.dumps(text).encode())  # not text: fails analysis
    meta = [getattr(document, name) for name in _CONTENT_FIELDS if name != "text"]
    meta += [document.deck] if document.deck is not None else []
    digest.update(b"\0" + json.dumps(meta, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def pack_report(report: dict[str, Any], level: int = PACK_LEVEL) -> bytes:
    """Encode a report dict as zlib-compressed JSON (level 0: stored, not compressed)."""
    return zlib.compress(json.dumps(report, ensure_ascii=False).encode("utf-8"), level)


def unpack_report(blob: bytes) -> dict[str, Any]:
    """Decode what `pack_report` made."""
    result: dict[str, Any] = json.loads(zlib.decompress(blob))
    return result


class ReportCache:
    """Reports of one analyzer version in an SQLite file; use as a context manager."""

    def __init__(self, path: Path, analyzer: str, *, batch_size: int = 200,
                 flush_seconds: float = 5.0) -> None:
        self.path = Path(path)
        self.analyzer = analyzer
        self.batch_size = batch_size
        self.flush_seconds = flush_seconds
        self._pending: list[tuple[str, str, bytes, float]] = []
        self._pending_signatures: dict[str, bytes] = {}
        self._pending_records: dict[tuple[str, str], bytes] = {}
        self._pending_inputs: dict[tuple[str, int], bytes] = {}
        self._pending_results: dict[str, bytes] = {}
        self._pending_digests: dict[str, tuple[str, str]] = {}
        self._last_flush = time.monotonic()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, timeout=60.0)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)
        self._db.commit()

    def get_many(self, keys: Iterable[str]) -> dict[str, bytes]:
        """Return the stored blobs of those `keys` that are present (pending writes too)."""
        wanted = list(dict.fromkeys(keys))
        found = self._select("reports", "report", wanted)
        wanted_set = set(wanted)
        found.update((key, blob) for key, _, blob, _ in self._pending if key in wanted_set)
        return found

    def get_signatures(self, keys: Iterable[str | None]) -> dict[str, bytes]:
        """Return the stored near-duplicate signatures of those `keys` that have one."""
        wanted = list(dict.fromkeys(k for k in keys if k is not None))
        found = self._select("signatures", "signature", wanted)
        found.update((k, self._pending_signatures[k]) for k in wanted
                     if k in self._pending_signatures)
        return found

    def get_records(self, keys: Iterable[str], reducer: str) -> dict[str, bytes]:
        """Return the stored records of reducer version `reducer` under content `keys`."""
        wanted = list(dict.fromkeys(keys))
        found = self._select("records", "record", wanted, key="content_key", reducer=reducer)
        found.update((k, self._pending_records[k, reducer]) for k in wanted
                     if (k, reducer) in self._pending_records)
        return found

    def get_input_part(self, key: str, part: int) -> bytes | None:
        """Return part `part` of the input index of file `key` (see `run.indexed`), or None."""
        if (key, part) in self._pending_inputs:
            return self._pending_inputs[key, part]
        row = self._db.execute("SELECT rows FROM input_rows WHERE file_key = ? AND part = ?",
                               [key, part]).fetchone()
        return None if row is None else bytes(row[0])

    def get_input_digest(self, path: str, identity: str) -> str | None:
        """Return the digest stored for input file `path` (see `run.indexed`) if it was
        stored under the same `identity`, else None."""
        pending = self._pending_digests.get(path)
        row = pending or self._db.execute(
            "SELECT identity, digest FROM input_files WHERE path = ?", [path]).fetchone()
        return row[1] if row is not None and row[0] == identity else None

    def get_results(self, keys: Iterable[str]) -> dict[str, bytes]:
        """Return the stored results (see `put_result`) of those `keys` that are present."""
        wanted = list(dict.fromkeys(keys))
        found = self._rows_in("SELECT key, value FROM results WHERE key IN ({marks})", [],
                              wanted)
        found.update((k, self._pending_results[k]) for k in wanted if k in self._pending_results)
        return found

    def _select(self, table: str, column: str, keys: list[str], key: str = "doc_key",
                reducer: str | None = None) -> dict[str, bytes]:
        where, extra = ("analyzer = ?", []) if reducer is None else (
            "analyzer = ? AND reducer = ?", [reducer])
        query = f"SELECT {key}, {column} FROM {table} WHERE {where} AND {key} IN ({{marks}})"
        return self._rows_in(query, [self.analyzer, *extra], keys)

    def _rows_in(self, query: str, params: list[str], keys: list[str]) -> dict[str, bytes]:
        """Run `query` (its `{marks}` the placeholders of `IN`) over `keys`, LOOKUP_BATCH
        keys at a time after `params`; return its (key, value) rows as a dict."""
        found: dict[str, bytes] = {}
        for start in range(0, len(keys), LOOKUP_BATCH):
            batch = keys[start : start + LOOKUP_BATCH]
            found.update(self._db.execute(query.format(marks=",".join("?" * len(batch))),
                                          [*params, *batch]))
        return found

    def get(self, key: str) -> dict[str, Any] | None:
        """Return the report stored under `key`, or None."""
        blob = self.get_many([key]).get(key)
        return None if blob is None else unpack_report(blob)

    def put(self, key: str, blob: bytes, signature: bytes | None = None) -> None:
        """Queue one packed report (and its signature); commit when due."""
        self._pending.append((key, self.analyzer, blob, time.time()))
        if signature is not None:
            self._pending_signatures[key] = signature
        self._flush_if_due()

    def put_signature(self, key: str, signature: bytes) -> None:
        """Queue the near-duplicate signature of a report already cached."""
        self._pending_signatures[key] = signature
        self._flush_if_due()

    def put_record(self, key: str, reducer: str, record: bytes) -> None:
        """Queue the record (of reducer version `reducer`) of the document with content `key`."""
        self._pending_records[key, reducer] = record
        self._flush_if_due()

    def put_input_part(self, key: str, part: int, rows: bytes) -> None:
        """Queue part `part` of the input index of file `key`."""
        self._pending_inputs[key, part] = rows
        self._flush_if_due()

    def put_input_digest(self, path: str, identity: str, digest: str) -> None:
        """Queue the digest of input file `path` while its file identity is `identity`."""
        self._pending_digests[path] = (identity, digest)
        self._flush_if_due()

    def put_result(self, key: str, value: bytes) -> None:
        """Queue a derived result under `key`, a hash of everything it was computed from
        (so it belongs to no analyzer and `prune` leaves it)."""
        self._pending_results[key] = value
        self._flush_if_due()

    def _flush_if_due(self) -> None:
        due = time.monotonic() - self._last_flush >= self.flush_seconds
        queued = (len(self._pending) + len(self._pending_signatures) + len(self._pending_records)
                  + len(self._pending_inputs) + len(self._pending_results)
                  + len(self._pending_digests))
        if queued >= self.batch_size or due:
            self.flush()

    def flush(self) -> None:
        """Commit every queued write."""
        pending = (self._pending, self._pending_signatures, self._pending_records,
                   self._pending_inputs, self._pending_results, self._pending_digests)
        if any(pending):
            with self._db:
                self._db.executemany(
                    "INSERT OR REPLACE INTO reports VALUES (?, ?, ?, ?)", self._pending
                )
                self._db.executemany(
                    "INSERT OR REPLACE INTO signatures VALUES (?, ?, ?)",
                    [(k, self.analyzer, v) for k, v in self._pending_signatures.items()],
                )
                self._db.executemany(
                    "INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?)",
                    [(k, self.analyzer, r, v) for (k, r), v in self._pending_records.items()],
                )
                self._db.executemany(
                    "INSERT OR REPLACE INTO input_rows VALUES (?, ?, ?)",
                    [(k, part, v) for (k, part), v in self._pending_inputs.items()],
                )
                self._db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?)",
                                     list(self._pending_results.items()))
                self._db.executemany("INSERT OR REPLACE INTO input_files VALUES (?, ?, ?)",
                                     [(k, *v) for k, v in self._pending_digests.items()])
            for queue in pending:
                queue.clear()
        self._last_flush = time.monotonic()

    def count(self, *, all_versions: bool = False) -> int:
        """Return how many committed rows this analyzer (or every analyzer) has."""
        if all_versions:
            row = self._db.execute("SELECT COUNT(*) FROM reports").fetchone()
        else:
            sql = "SELECT COUNT(*) FROM reports WHERE analyzer = ?"
            row = self._db.execute(sql, [self.analyzer]).fetchone()
        return int(row[0])

    def prune(self) -> int:
        """Delete rows written by other analyzer versions; return how many went."""
        self.flush()
        with self._db:
            cursor = self._db.execute("DELETE FROM reports WHERE analyzer != ?", [self.analyzer])
            self._db.execute("DELETE FROM signatures WHERE analyzer != ?", [self.analyzer])
            self._db.execute("DELETE FROM records WHERE analyzer != ?", [self.analyzer])
        return cursor.rowcount

    def close(self) -> None:
        """Commit what is queued and close the file."""
        try:
            self.flush()
        finally:
            self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()
