"""Load the word lists kept as data files in `sourcing/lexicons/`."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

# The lexicons beside this module (as `importlib.resources.files` finds them for a package
# on disk, without importing it: it brings tempfile, shutil, bz2, lzma and random).
LEXICON_DIR = Path(__file__).parent / "lexicons"


@cache
def load_lexicon(name: str) -> frozenset[str]:
    """Return the entries of lexicon `name` (one a line, `#` comments), lower-cased."""
    return frozenset(entry.lower() for entry in load_lines(name))


@cache
def lexicon_union(*names: str) -> frozenset[str]:
    """Return the entries of every lexicon in `names` together (built once per combination)."""
    return frozenset().union(*(load_lexicon(name) for name in names))


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """Return the entries of lexicon `name` as written, in file order."""
    path = LEXICON_DIR / f"{name}.txt"
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(entry)
    return tuple(entries)


@cache
def alternation(name: str) -> str:
    """Return lexicon `name` as a regex alternation ("a|b|c"): entries as written, in file order."""
    return "|".join(re.escape(entry) for entry in load_lines(name))
