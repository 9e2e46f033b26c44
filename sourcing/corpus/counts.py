"""An article's integer figures packed into one int, so that a group's are one C-level `sum`.

Each figure is stored as figure + COUNT_BIAS in a field of COUNT_BITS bits (the first
figure lowest), so every field is >= 0 and below 2**32; a sum of packed articles is then
the packed sum of their figures, for up to 2**32 articles before a field could carry into
the next. `unpack_counts` reads the fields back and takes the articles' bias off.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from functools import cache

COUNT_BITS = 64
COUNT_BIAS = 1 << 31
MOST_ARTICLES = (1 << (COUNT_BITS - 32)) - 1  # in one sum: no field can carry over below


@cache
def _layout(fields: int) -> struct.Struct:
    return struct.Struct(f"<{fields}Q")


def pack_counts(figures: Sequence[int]) -> int:
    """Pack an article's integer figures into one int.

    Raises ValueError for a figure outside [-COUNT_BIAS, COUNT_BIAS) (2**31 statements in
    one article), which its field could not hold.
    """
    if not all(-COUNT_BIAS <= value < COUNT_BIAS for value in figures):
        raise ValueError(f"cannot pack counts {list(figures)!r}")
    packed = _layout(len(figures)).pack(*(value + COUNT_BIAS for value in figures))
    return int.from_bytes(packed, "little")


def unpack_counts(total: int, articles: int, fields: int) -> tuple[int, ...]:
    """Return the `fields` figures, summed, of `articles` articles whose packed counts add
    up to `total`."""
    if not 0 <= articles <= MOST_ARTICLES:
        raise ValueError(f"cannot unpack the counts of {articles} articles")
    unbias = (-articles * COUNT_BIAS).__add__  # takes each article's bias off, in C
    layout = _layout(fields)
    return tuple(map(unbias, layout.unpack(total.to_bytes(layout.size, "little"))))
