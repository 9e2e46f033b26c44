"""One article as read: its text exactly as decoded, and what is known about it.

Apart from `records` (which re-exports it), so that a cached comparison, which makes a
`Document` for each row of its input index and keys it, defines none of the report's
records.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sourcing.records import Span


@dataclass(frozen=True)
class Document:
    """One article: its text exactly as decoded, and what is known about it.

    >>> from sourcing.records import Span
    >>> document = Document("Officials said the bridge would reopen.", outlet="Reuters")
    >>> document.slice(Span(0, 9))
    'Officials'
    """

    text: str
    path: str | None = None
    id: str | None = None
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    date: str | None = None
    input_format: str = "text"  # text | html | jsonl; for html, text is the extracted article
    topic: str | None = None  # subject label from the input metadata (JSONL `topic`)
    # html: the page's description (its standfirst) when the extracted article lacks it; the
    # text then starts with it, one line, which is a `headline` span (never a statement).
    deck: str | None = None

    def slice(self, span: Span) -> str:
        return self.text[span.start : span.end]
