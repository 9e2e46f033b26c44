"""Find the stretches of a text that lie inside double quotation marks."""

from __future__ import annotations

from sourcing.records import Span


def quoted_mask(normalized: str) -> bytearray:
    """Mark each character inside (or on) a double quotation: 1 inside, 0 outside.

    `normalized` is the length-preserving view, where every double quote is '"'.
    A quotation left open at a paragraph break (blank line) is closed there; a new
    paragraph that opens with a quote mark starts a new quotation, as in news copy.
    """
    mask = bytearray(len(normalized))
    inside = False
    previous = ""
    for i, char in enumerate(normalized):
        if char == "\n" and previous == "\n":
            inside = False
        if char == '"':
            mask[i] = 1
            inside = not inside
        elif inside:
            mask[i] = 1
        previous = char if char != " " else previous
    return mask


def opens_inside_quote(mask: bytearray, span: Span) -> bool:
    """Tell whether the first non-quote character of `span` lies inside a quotation."""
    return span.start > 0 and mask[span.start] == 1 and mask[span.start - 1] == 1


def quote_share(mask: bytearray, span: Span) -> float:
    """Return the fraction of `span` that lies inside quotation marks."""
    if len(span) == 0:
        return 0.0
    return sum(mask[span.start : span.end]) / len(span)
