"""Spot wire copy: signs of news-agency copy republished by another outlet.

Apart from `hygiene` (the user's exclusions), so that a cached comparison, which reduces
no report, loads neither this module nor its patterns.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from sourcing.lexicons import load_lines
from sourcing.outlets import OutletTable, is_publisher


@dataclass(frozen=True)
class WirePattern:
    """A sign of news-agency copy, with the label reported when it matches."""

    label: str
    agency: str | None  # whose copy; None: the regex's `agency` group names it
    pattern: re.Pattern[str]

    def agencies(self, text: str) -> list[str]:
        """Return the agency of each match in `text`."""
        return [self.agency or m.group("agency") for m in self.pattern.finditer(text)]


@lru_cache(maxsize=1)
def wire_patterns() -> tuple[WirePattern, ...]:
    """Return the patterns of lexicon wire_patterns.txt (`label<TAB>agency<TAB>regex` lines)."""
    patterns = []
    for line in load_lines("wire_patterns"):
        label, agency, regex = (part.strip() for part in line.split("\t", 2))
        patterns.append(WirePattern(label, None if agency == "-" else agency, re.compile(regex)))
    return tuple(patterns)


def wire_signs(
    text: str,
    patterns: Sequence[WirePattern] | None = None,
    publisher: str | None = None,
    table: OutletTable | None = None,
) -> tuple[str, ...]:
    """Return the labels of the wire patterns found in `text`, in lexicon order.

    Wire copy is another outlet republishing agency copy: a sign naming the `publisher`
    itself (Reuters' dateline on a Reuters article) does not count.
    """
    found = patterns if patterns is not None else wire_patterns()
    return tuple(
        p.label for p in found
        if any(not is_publisher(agency, publisher, table) for agency in p.agencies(text))
    )
