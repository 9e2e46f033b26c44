"""Turn reports into small records where they are made, and name the cached records."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sourcing.document import Document

# A cached record's key: its content key, then its analyzer and reduction (`record_name`).
RecordName = tuple[str, str]


def record_name(key: str, analyzer: str, version: str) -> RecordName:
    """Name the record cached under content key `key` for `analyzer` and reduction
    `version` (the key of table `records`): the name stands for the record's bytes."""
    return key, f"{analyzer} {version}"


@dataclass(frozen=True)
class Reducer:
    """Turn each report into a small record where the report is made (see `run_reports`).

    `derive` computes from a report what is cached beside it (bytes, e.g. a MinHash
    signature); `reduce` makes the record from the report and those bytes. Both must
    pickle (module-level functions or partials of them) to run on workers.

    With a `version`, records are cached too, under the document's content key (see
    `cache.content_key`): `pack` turns a record into bytes without the document's path
    and id, `unpack(bytes, document, name)` makes it again with the document's own and
    the record's `name` in the cache (`record_name`: the same bytes always come back
    under the same name). A document whose record is cached is neither analyzed nor
    looked up in the reports. `version` must change whenever `reduce` could give another
    record for the same report.
    """

    derive: Callable[[dict[str, Any]], bytes]
    reduce: Callable[[dict[str, Any], bytes], Any]
    version: str | None = None
    pack: Callable[[Any], bytes] | None = None
    unpack: Callable[[bytes, Document, RecordName], Any] | None = None

    def apply(self, report: dict[str, Any], derived: bytes | None = None) -> tuple[bytes, Any]:
        """Return (derived bytes, record); `derived` is computed unless given."""
        derived = self.derive(report) if derived is None else derived
        return derived, self.reduce(report, derived)
