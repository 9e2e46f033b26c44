"""Find the stretches of a text that lie inside double quotation marks."""

from __future__ import annotations

import re

from sourcing.records import Span

# A paragraph break: a line end, spaces, and the line end where a quotation left open closes.
_PARAGRAPH_BREAK = re.compile(r"\n *(?=\n)")
# A quote mark: '"', or two apostrophes after a word that close a quotation open ("At this
# time, the city is reviewing the report,'' said a statement", "... included,’’ said Joshua
# Stueve": 223 articles of the corpus close quotations so; train M3ZScFH8dQvIqIHg, train2
# z7wMtSsbgd9nIfId).
# Any quotation mark, straight or curly (text before or after normalizing).
QUOTE_MARK = re.compile(r"[\"“”]")
_MARK = re.compile(r"\"|(?<=[^\s'])''(?=[\s,.;:!?)\-]|$)")


def quoted_mask(normalized: str) -> bytearray:
    """Mark each character inside (or on) a double quotation: 1 inside, 0 outside.

    `normalized` is the length-preserving view, where every double quote is '"' (a closing
    one may be two apostrophes).
    A quotation left open at a paragraph break (blank line) is closed there; a new
    paragraph that opens with a quote mark starts a new quotation, as in news copy.
    """
    mask = bytearray(len(normalized))
    closes = [match.end() for match in _PARAGRAPH_BREAK.finditer(normalized)]
    closes.append(len(normalized))
    next_close = 0  # index into `closes` of the first break after the last quote mark
    opened = -1  # position of the quote mark that opened the current quotation
    for mark in _MARK.finditer(normalized):
        position, end = mark.start(), mark.end()
        while closes[next_close] < position:
            if opened >= 0:  # left open at this break
                mask[opened : closes[next_close]] = b"\x01" * (closes[next_close] - opened)
                opened = -1
            next_close += 1
        if opened < 0:
            unopened = _unopened_quotation(normalized, position)
            if unopened is not None:
                mask[unopened:end] = b"\x01" * (end - unopened)
            elif end - position == 1:  # two apostrophes only close
                opened = position
        elif _reopens(normalized, position):  # the quotation goes on into a new paragraph
            mask[opened:position] = b"\x01" * (position - opened)
            opened = position
        else:
            mask[opened:end] = b"\x01" * (end - opened)
            opened = -1
    if opened >= 0:
        end = next(close for close in closes if close > opened)
        mask[opened:end] = b"\x01" * (end - opened)
    return mask


# A mark that closes a sentence quoted before its credit: after its comma, before a space.
_CLOSES_QUOTED_SENTENCE = re.compile(r"(?<=,)\"(?=[ \t])")
# The end of a sentence before the next one: the quotation goes back no further.
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])")
# How far back a quoted sentence may start (characters): longer runs are no one sentence.
_SENTENCE_REACH = 600


def _unopened_quotation(normalized: str, position: int) -> int | None:
    """Where the quotation that the mark at `position` closes begins, when its sentence has no
    opening mark: 'Senator Chris Murphy literally threatened ... in Congress," Trump added.'
    (heldout74 YTng2VyutUwXKqCS [15]: the page dropped the opening mark) is Trump's quotation
    from the first word of its sentence. None when the mark may open one, or a mark comes earlier
    in its sentence."""
    if not _CLOSES_QUOTED_SENTENCE.match(normalized, position):
        return None
    # The sentence's start, looked for no further back than a sentence reaches, so that a text
    # of one long line is read once, not once per such mark (linear time).
    reach = max(0, position - _SENTENCE_REACH)
    start = max(normalized.rfind("\n", reach, position) + 1, reach)
    start = max([start] + [m.end() for m in _SENTENCE_END.finditer(normalized, start, position)])
    while start < position and normalized[start].isspace():
        start += 1
    stretch = normalized[start:position]
    if not stretch or _MARK.search(stretch) or stretch.startswith("'"):
        return None
    return start


def with_closing_marks(normalized: str) -> str:
    """`normalized` with each pair of apostrophes that closes a quotation written as a closing
    mark and a space (",'' said" -> ',"  said'), so that what reads a quote mark before a verb
    or a name ('"...," said X') reads them too; the length is kept."""
    if "''" not in normalized:
        return normalized
    mask = quoted_mask(normalized)  # a pair of apostrophes is marked only where it closes
    text = list(normalized)
    for mark in _MARK.finditer(normalized):
        if mark.end() - mark.start() == 2 and mask[mark.start()]:
            text[mark.start() : mark.end()] = ['"', " "]
    return "".join(text)


# A quote mark glued between a sentence's end and the next sentence ('... next week."Chaffetz,
# the chairman ...'): the page lost the paragraph break on one side of it, so it may close the
# quotation open before it or open the next paragraph's (news copy leaves a quotation that goes
# on into a new paragraph unclosed and opens the new one with a quote mark).
GLUED_MARK = re.compile(r"(?<=[.!?…])'?\"[A-Z']")
# A quote mark that can only close: after a non-space, before a space, a punctuation or the end.
CLOSING_MARK = re.compile(r"(?<=\S)\"(?=[\s,.;:!?)\-]|$)")


def _reopens(normalized: str, position: int) -> bool:
    """Say whether the glued mark at `position`, a quotation being open, starts a new paragraph's
    quotation rather than closing the open one: the next mark can only close, or (the next mark
    glued too, or none) the words up to it speak in the first or second person, as a speaker
    quoted does and narration does not ("what we've heard", "You know")."""
    if not at_lost_paragraph_break(normalized, position):
        return False
    following = normalized.find('"', position + 1)
    if following >= 0 and not at_lost_paragraph_break(normalized, following):
        # A mark that can only close ends the reopened quotation; one that opens has
        # narration before it.
        return CLOSING_MARK.match(normalized, following) is not None
    end = len(normalized) if following < 0 else following
    stretch = normalized[position + 1 : end].split("\n\n", 1)[0]
    return SPEAKER_WORDS.search(stretch) is not None


# First and second person, a closed class of words ("US" in capitals is the country).
SPEAKER_WORDS = re.compile(
    r"\b(?:I|I'[mvdl]\w?|[Mm]e|[Mm]y|[Ww]e|[Ww]e'\w\w?|us|[Oo]ur|[Yy]ou|[Yy]ou'\w\w?|[Yy]our)\b"
)


def opens_inside_quote(mask: bytes, span: Span) -> bool:
    """Tell whether the first non-quote character of `span` lies inside a quotation."""
    return span.start > 0 and mask[span.start] == 1 and mask[span.start - 1] == 1


def opens_by_closing(normalized: str, mask: bytes, span: Span) -> bool:
    """Tell whether `span` opens with a glued quote mark that closes the quotation before it
    ('... next week."Chaffetz, the chairman ...': the page lost the paragraph break after the
    mark): the span opens outside any quotation, though its first character is a quote mark.
    A mark after a space opens, whatever the count of marks before it says."""
    return (
        len(span) >= 2
        and normalized[span.start] == '"'
        and mask[span.start + 1] == 0
        and at_lost_paragraph_break(normalized, span.start)
    )


def at_lost_paragraph_break(normalized: str, position: int) -> bool:
    """Tell whether the quote mark at `position` is glued between two sentences ('."The'): a
    paragraph break the page lost lies on one side of it."""
    start = position - (position > 0 and normalized[position - 1] == "'")
    return position > 0 and GLUED_MARK.match(normalized, start) is not None


def quote_share(mask: bytes, span: Span) -> float:
    """Return the fraction of `span` that lies inside quotation marks."""
    if len(span) == 0:
        return 0.0
    return mask.count(1, span.start, span.end) / len(span)  # the mask holds 0 and 1 only: the sum
