"""Literal text that every match of a regex contains, to skip searches that cannot succeed.

A search for a pattern that starts with a lookbehind, a word boundary, a case-insensitive
letter or an alternation tries the pattern at every position of the text. `str.__contains__`
looks for a fixed string many times faster, so a pattern whose every match must contain "sign
up" is not searched in a line without "sign up". The literals are read off the parsed pattern
(runs of plain characters that every match passes through), so a lexicon edit needs no
matching edit here; a pattern with no such run of at least `MIN_CHARS` gets no prefilter.
The test is exact: it says no only when the pattern cannot match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

MIN_CHARS = 3
# Characters that re.IGNORECASE takes for an ASCII letter while str.lower() maps them to
# something else (tests/text/test_prefilter.py checks the list against every code point).
FOLD_EXCEPTIONS = ("\u0130", "\u0131", "\u017f")
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
# A choice of literals, one of which every match contains: (text, case-insensitive) pairs.
_Needles = tuple[tuple[str, bool], ...]


@dataclass(frozen=True)
class Prefilter:
    """Strings one of which every match of a pattern contains."""

    exact: tuple[str, ...]  # found as they are
    folded: tuple[str, ...]  # ASCII in lower case: found in the text lowered

    def may_match(self, text: str, lowered: str | None) -> bool:
        """Say whether the pattern may match `text`; `lowered` is `lowered_text(text)`."""
        # plain loops: any() over a generator cost more than the substring tests themselves
        for literal in self.exact:
            if literal in text:
                return True
        if lowered is None:
            return bool(self.folded)
        for literal in self.folded:
            if literal in lowered:
                return True
        return False


@lru_cache(maxsize=16)  # a sentence is tested against several patterns, one after another
def lowered_text(text: str) -> str | None:
    """Return `text` lowered for the folded literals, or None if lowering may miss a match."""
    if not text.isascii() and any(char in text for char in FOLD_EXCEPTIONS):
        return None
    return text.lower()


def prefilter(pattern: re.Pattern[str]) -> Prefilter | None:
    """Return the prefilter of `pattern`, or None if no literal is needed by every match."""
    if pattern.flags & (re.LOCALE | re.ASCII) or not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        needles = _needles(list(parsed), parsed.state.flags)
    except (AttributeError, TypeError, ValueError, re.error):  # a parser of another Python
        return None
    if needles is None:
        return None
    return Prefilter(
        tuple(text for text, folded in needles if not folded),
        tuple(text for text, folded in needles if folded),
    )


def _needles(items: list[tuple[Any, Any]], flags: int) -> _Needles | None:
    """Return the best choice of literals needed by a sequence of parsed items, or None."""
    choices: list[_Needles] = []
    run: list[str] = []
    folded = bool(flags & re.IGNORECASE)
    for op, av in items:
        char = chr(av) if op is sre.LITERAL else ""
        if char and (not folded or char.isascii()):
            run.append(char.lower() if folded else char)
            continue
        choices.append(((("".join(run)), folded),))
        run = []
        inner = _inner_needles(op, av, flags)
        if inner is not None:
            choices.append(inner)
    choices.append(((("".join(run)), folded),))
    usable = [c for c in choices if min(len(text) for text, _ in c) >= MIN_CHARS]
    return max(usable, key=_strength) if usable else None


def _inner_needles(op: Any, av: Any, flags: int) -> _Needles | None:
    """Return the literals needed by a group, a choice or a repeat that occurs at least once."""
    if op is sre.SUBPATTERN:
        _group, add, remove, body = av
        return _needles(list(body), (flags | add) & ~remove)
    if op is sre.ATOMIC_GROUP:
        return _needles(list(av), flags)
    if op in _REPEATS and av[0] >= 1:
        return _needles(list(av[2]), flags)
    if op is sre.BRANCH:
        branches = [_needles(list(branch), flags) for branch in av[1]]
        if all(branch is not None for branch in branches):
            return tuple(needle for branch in branches if branch for needle in branch)
    return None


def _strength(needles: _Needles) -> tuple[int, int]:
    """Prefer the choice whose shortest literal is longest, then the fewer literals."""
    return min(len(text) for text, _ in needles), -len(needles)
