"""Find the stretches of a text that lie inside double quotation marks."""

from __future__ import annotations

import re

from sourcing.records import Span

# A paragraph break: a line end, spaces, and the line end where a quotation left open closes.
_PARAGRAPH_BREAK = re.compile(r"\n *(?=\n)")


def quoted_mask(normalized: str) -> bytearray:
    """Mark each character inside (or on) a double quotation: 1 inside, 0 outside.

    `normalized` is the length-preserving view, where every double quote is '"'.
    A quotation left open at a paragraph break (blank line) is closed there; a new
    paragraph that opens with a quote mark starts a new quotation, as in news copy.
    """
    mask = bytearray(len(normalized))
    closes = [match.end() for match in _PARAGRAPH_BREAK.finditer(normalized)]
    closes.append(len(normalized))
    next_close = 0  # index into `closes` of the first break after the last quote mark
    opened = -1  # position of the quote mark that opened the current quotation
    position = normalized.find('"')
    while position >= 0:
        while closes[next_close] < position:
            if opened >= 0:  # left open at this break
                mask[opened : closes[next_close]] = b"\x01" * (closes[next_close] - opened)
                opened = -1
            next_close += 1
        if opened < 0:
            opened = position
        else:
            mask[opened : position + 1] = b"\x01" * (position + 1 - opened)
            opened = -1
        position = normalized.find('"', position + 1)
    if opened >= 0:
        end = next(close for close in closes if close > opened)
        mask[opened:end] = b"\x01" * (end - opened)
    return mask


def opens_inside_quote(mask: bytes, span: Span) -> bool:
    """Tell whether the first non-quote character of `span` lies inside a quotation."""
    return span.start > 0 and mask[span.start] == 1 and mask[span.start - 1] == 1


def quote_share(mask: bytes, span: Span) -> float:
    """Return the fraction of `span` that lies inside quotation marks."""
    if len(span) == 0:
        return 0.0
    return mask.count(1, span.start, span.end) / len(span)  # the mask holds 0 and 1 only: the sum
