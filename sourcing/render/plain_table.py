"""The comparison's terminal table laid out by string joins, byte for byte as rich lays it out.

rich's `Table` measures and renders every cell through its generic machinery (about
0.5 s for the 472 outlets of the 37,554-article corpus). This module does the same
layout for the one table `render_comparison` prints (rich's default heavy-head box,
one space of padding, the first column wrapping with `overflow="fold"`, the others
never wrapping, a centered title, a 160-column console without colour) and gives up
(returns None) on anything whose layout it does not reproduce exactly: text rich would
read as markup or emoji, characters that are not one cell wide, a table so wide that
columns other than the first would have to shrink, a title wider than the table.
`tests/render/test_plain_table.py` checks it against rich.
"""

from __future__ import annotations

import re
from itertools import pairwise

TABLE_WIDTH = 160  # columns of the console the table is laid out for
# What rich could read as markup ("[bold]"), an emoji code (":smile:") or an escape.
_RICH_SYNTAX = re.compile(r"\[[^\d\u2013-]|[:\\]")
_WORD = re.compile(r"\s*\S+\s*")  # a word and the spaces around it, as rich's `_wrap`
# Heavy head: top, header row, line under the header, body rows, bottom.
_TOP, _HEAD, _UNDER_HEAD, _BODY, _BOTTOM = "┏━┳┓", "┃ ┃┃", "┡━╇┩", "│ ││", "└─┴┘"
# Characters beyond ASCII that rich lays out in one cell each, as every printable ASCII
# one, known without loading rich (8 ms): Latin-1's printable ones (accented letters in
# outlet names, "·" between a group's values; not the soft hyphen) and "–" (no figure).
# `tests/render/test_plain_table.py` asks rich for each.
ONE_CELL_CHARACTERS = "".join(chr(code) for code in range(0xA1, 0x100) if code != 0xAD) + "–"
_KNOWN_ONE_CELL = str.maketrans(ONE_CELL_CHARACTERS, "." * len(ONE_CELL_CHARACTERS))


def plain_table(title: str, header: list[str], rows: list[list[str]],
                width: int = TABLE_WIDTH) -> str | None:
    """Return the table as rich prints it (see the module), or None to leave it to rich."""
    if not rows or not _all_plain([title, *header, *(cell for row in rows for cell in row)]):
        return None
    widths = _column_widths([header, *rows], width - len(header) - 1)
    if widths is None or title != title.strip() or len(title) > sum(widths) + len(widths) + 1:
        return None
    lines = [_centered(title, sum(widths) + len(widths) + 1), _rule(_TOP, widths)]
    lines += _row_lines([header], widths, _HEAD)
    lines.append(_rule(_UNDER_HEAD, widths))
    lines += _row_lines(rows, widths, _BODY)
    lines.append(_rule(_BOTTOM, widths))
    return "\n".join(lines) + "\n"


def _all_plain(cells: list[str]) -> bool:
    """Whether rich shows every cell as it is, one cell a character, on one line.

    The cells are checked joined by spaces, in one pass each: a cell ending in "[" then
    reads as markup with the space after it, which only sends the table to rich (the
    layout this module copies), never a cell that rich would change to this one."""
    text = " ".join(cells)
    if _RICH_SYNTAX.search(text) or not text.isprintable():
        return False
    return text.isascii() or all(cell.isascii() or _one_cell_each(cell) for cell in cells)


def _one_cell_each(text: str) -> bool:
    if text.translate(_KNOWN_ONE_CELL).isascii():  # no need to load rich (8 ms) to measure it
        return True
    from rich.cells import cell_len

    return cell_len(text) == len(text) and all(cell_len(char) == 1 for char in text)


def _column_widths(table: list[list[str]], room: int) -> list[int] | None:
    """Return each column's width with its padding, as rich's `Table` sets them, or None."""
    widths = [max(len(row[column]) for row in table) + 2 for column in range(len(table[0]))]
    excess = sum(widths) - room
    if excess > 0:  # only the first column may wrap: rich narrows it alone
        widths[0] -= excess
    if any(width > room for width in widths) or widths[0] < 3:
        return None
    return widths


def _row_lines(rows: list[list[str]], widths: list[int], box: str) -> list[str]:
    """Return the lines of `rows`: each row's first cell wrapped, the others padded (a
    line's cells each with a space of padding either side).

    A row whose first cell fits is one line, filled into one format made for the table
    (`%-Ns` pads as `str.ljust` does); only a wrapped first cell takes more lines."""
    inner = [width - 2 for width in widths]
    left, between, right = box[0] + " ", " " + box[2] + " ", " " + box[3]
    line = left + between.join(f"%-{width}s" for width in inner) + right
    blank = [" " * width for width in inner[1:]]
    lines = []
    for row in rows:
        cells = tuple(map(str.rstrip, row))
        if len(row[0]) <= inner[0]:  # every word fits where it is (`_wrapped`)
            lines.append(line % cells)
            continue
        first = _wrapped(row[0], inner[0])
        lines.append(line % (first[0], *cells[1:]))
        lines += [left + between.join([more, *blank]) + right for more in first[1:]]
    return lines


def _wrapped(text: str, width: int) -> list[str]:
    """Return `text` word-wrapped to `width` as rich wraps it (folding longer words)."""
    if len(text) <= width:  # every word fits where it is: no break (`_line_breaks`)
        return [text.rstrip().ljust(width)]
    cuts = [0, *_line_breaks(text, width), len(text)]
    return [text[start:end].rstrip().ljust(width) for start, end in pairwise(cuts)]


def _line_breaks(text: str, width: int) -> list[int]:
    """Return where rich's `divide_line(text, width, fold=True)` breaks `text`, for a text
    of one cell a character (`_all_plain`): its steps, with lengths for cell widths and
    slices for `chop_cells` (`tests/render/test_plain_table.py` compares the two)."""
    breaks: list[int] = []
    offset = 0  # cells on the current line
    for word in _WORD.finditer(text):
        start, length = word.start(), len(word.group().rstrip())
        if width - offset >= length:
            offset += len(word.group())
        elif length > width:  # folded across lines
            pieces = range(start, word.end(), width)
            breaks += [at for at in pieces if at]
            offset = word.end() - pieces[-1]
        elif offset and start:
            breaks.append(start)
            offset = len(word.group())
    return breaks


def _rule(box: str, widths: list[int]) -> str:
    return box[0] + box[2].join(box[1] * width for width in widths) + box[3]


def _centered(text: str, width: int) -> str:
    left = (width - len(text)) // 2
    return " " * left + text + " " * (width - len(text) - left)
