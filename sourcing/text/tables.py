"""Find the rows of tables in extracted text ("| Aberconwy | Robin Millar |"): cells, not prose.

trafilatura writes an HTML table as one line a row, cells between `|` bars, and a `|---|`
line under the header. A row is excluded with role `table`, unless one of its cells is a
sentence: then the sentence cells stay in the body and only the rest of the row is excluded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sourcing.records import Excluded, Role, Span
from sourcing.text.words import count_words

# A row starts or ends with a bar (a cell written over several lines leaves the row's pieces
# on separate lines: "| Penny joins you ...", "... the scene ends. |").
TABLE_ROW = re.compile(r"\||[^\n]*\|\s*$")
SEPARATOR_ROW = re.compile(r"\|(?:\s*:?-{3,}:?\s*\|)+")
# A cell is prose when it ends like a sentence and has at least SENTENCE_CELL_WORDS words, or
# when it is as long as a paragraph (PARAGRAPH_CELL_WORDS) with a sentence end inside: pages
# laid out with tables put whole articles in one cell.
SENTENCE_CELL_WORDS = 6
PARAGRAPH_CELL_WORDS = 20
SENTENCE_END = re.compile(r"[.!?。！？][\"')\]]{0,3}$")
INNER_SENTENCE_END = re.compile(r"[.!?。！？][\"')\]]{0,3}\s")
CELL = re.compile(r"[^|]+")


def is_table_row(text: str) -> bool:
    """Say whether a stripped line is a row of a table (or the `|---|` line under its header)."""
    return TABLE_ROW.match(text) is not None


def table_row_exclusions(span: Span, text: str) -> Iterator[Excluded]:
    """Yield what to exclude of the row `text` at `span`: the row, or all but its sentences.

    Old pages lay out prose in table cells; a cell that is a sentence stays in the body and
    the bars and other cells of its row are excluded around it.
    """
    cells = [m for m in CELL.finditer(text) if m.group().strip()]
    sentences = [(_trimmed(m)) for m in cells if _is_sentence(m.group().strip())]
    if not sentences:
        header = SEPARATOR_ROW.fullmatch(text)
        yield Excluded(span, Role.TABLE, "table header line" if header else "table row: cells, not prose")
        return
    cursor = 0
    for start, end in [*sentences, (len(text), len(text))]:
        if start > cursor:
            gap = Span(span.start + cursor, span.start + start)
            yield Excluded(gap, Role.TABLE, "table cells around a sentence cell")
        cursor = end


def _trimmed(cell: re.Match[str]) -> tuple[int, int]:
    """Return the start and end of a cell's text without its surrounding spaces."""
    value = cell.group()
    start = cell.start() + len(value) - len(value.lstrip())
    return start, start + len(value.strip())


def _is_sentence(cell: str) -> bool:
    words = count_words(cell)
    if SENTENCE_END.search(cell):
        return words >= SENTENCE_CELL_WORDS
    return words >= PARAGRAPH_CELL_WORDS and INNER_SENTENCE_END.search(cell) is not None
