"""Attribute each statement to its source (placeholder: everything unattributed)."""

from __future__ import annotations

from collections.abc import Sequence

from sourcing.records import Document, SourceType, Span, Statement
from sourcing.settings import Settings


def attribute_statements(
    document: Document, sentences: Sequence[Span], settings: Settings
) -> list[Statement]:
    """Type every sentence by where its content comes from."""
    return [
        Statement(
            index=i,
            span=span,
            text=document.slice(span),
            type=SourceType.UNATTRIBUTED,
            confidence=settings.rule_confidence_uncued,
        )
        for i, span in enumerate(sentences)
    ]
