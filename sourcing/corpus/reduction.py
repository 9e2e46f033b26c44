"""Reduce an article report to what the comparison keeps of it (`ArticleRecord`): its facts
and the MinHash signature of its body; and pack it for the cache, whose key for the
reduction is `record_version`."""

from __future__ import annotations

import hashlib
import json
import re
import struct
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from sourcing.corpus.facts import COUNTS_SIZE, ArticleFacts, article_facts, report_text
from sourcing.corpus.hygiene import is_excluded
from sourcing.corpus.near_duplicates import Signature, pack_signature, text_signature
from sourcing.document import Document
from sourcing.outlets import OutletTable
from sourcing.run.engine import RecordName
from sourcing.run.version import content_hash

MODULE_DIR = Path(__file__).resolve().parent

Report = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """What the comparison keeps of one article report.

    `facts` is None when the article is excluded by pattern; `signature` is the MinHash
    of its body (None when the body has no words), packed as the cache keeps it
    (`near_duplicates.Signature`: decoded only if near-duplicates are looked up); `name`
    is its key in the cache (`engine.record_name`) when it was read from or written to
    it, which stands for its facts and signature in the keys of stored statistics.
    Slotted: a re-run decodes one per article, and an instance `__dict__` would be one
    more object to make and to free each time.
    """

    facts: ArticleFacts | None
    signature: Signature | None = None
    name: RecordName | None = None


def report_signature(report: Report) -> bytes:
    """Return the packed MinHash signature of the report's body (what the cache keeps)."""
    return pack_signature(text_signature(report_text(report, body_only=True)))


def article_record(report: Report, signature: bytes, *, pattern: re.Pattern[str] | None,
                   table: OutletTable) -> ArticleRecord:
    """Reduce a report (and its packed signature) to what the comparison needs."""
    # Imported here: a re-run whose records are all cached reduces no report.
    from sourcing.corpus.wire import wire_signs

    if is_excluded(report.get("url"), report.get("title"), pattern):
        return ArticleRecord(None)
    wire = wire_signs(report_text(report), publisher=report.get("outlet"), table=table)
    facts = article_facts(report, table, wire)
    return ArticleRecord(facts, signature or None)


_WIRE = ArticleFacts._fields.index("wire") - 1  # in the record's JSON list (no `key`)
_LENGTH = struct.Struct("<I")
# The layout `pack_record` writes; part of `record_version`, so records of another layout
# are never read as this one (2: the integer figures packed, `counts.pack_counts`).
RECORD_FORMAT = 2


def pack_record(record: ArticleRecord) -> bytes:
    """Encode a record for the cache: the length of its facts as JSON (less `key`, the
    document's id or path, which `unpack_record` takes from the document, and `counts`),
    that JSON, the facts' packed counts (COUNTS_SIZE bytes, little-endian) and the packed
    signature."""
    facts = record.facts
    if facts is None:
        text, counts = b"null", b""
    else:
        text = json.dumps(facts[1:-1], ensure_ascii=False).encode("utf-8", "surrogatepass")
        counts = facts.counts.to_bytes(COUNTS_SIZE, "little")
    return _LENGTH.pack(len(text)) + text + counts + pack_signature(record.signature)


def unpack_record(blob: bytes, document: Document, name: RecordName | None = None) -> ArticleRecord:
    """Decode what `pack_record` made, for `document` (whose id or path is the facts' key);
    `name` is the record's key in the cache."""
    (length,) = _LENGTH.unpack_from(blob)
    end = _LENGTH.size + length
    values = json.loads(blob[_LENGTH.size : end].decode("utf-8", "surrogatepass"))
    if values is None:
        return ArticleRecord(None, None, name)
    values[_WIRE] = tuple(values[_WIRE])
    counts = int.from_bytes(blob[end : end + COUNTS_SIZE], "little")
    facts = ArticleFacts._make([str(document.id or document.path or ""), *values, counts])
    return ArticleRecord(facts, blob[end + COUNTS_SIZE :] or None, name)


def record_version(pattern: re.Pattern[str] | None, table: OutletTable) -> str:
    """Name the reduction: the comparison's modules, the exclusion pattern and the outlet
    table (the analyzer, whose fingerprint also keys a record, covers the lexicons)."""
    digest = hashlib.sha256(_modules_hash().encode())
    setting = [RECORD_FORMAT, None if pattern is None else [pattern.pattern, pattern.flags],
               sorted(table.aliases.items()), sorted(table.domains.items())]
    digest.update(json.dumps(setting, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    return f"records+{digest.hexdigest()[:12]}"


@lru_cache(maxsize=1)
def _modules_hash() -> str:
    return content_hash(sorted(MODULE_DIR.glob("*.py")), (MODULE_DIR,))
