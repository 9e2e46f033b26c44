"""Read the boilerplate patterns (lexicon `boilerplate_patterns.txt`) and find the one that fires.

Each pattern has a scope: the part of a line it is matched against (the whole line, its
start, its end, anywhere, a span inside it, or a line after which the rest is a tail). The
patterns of a scope are joined into one alternation, so a line costs one match a scope.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sourcing.lexicons import load_lines
from sourcing.records import Role
from sourcing.text.prefilter import Prefilter, lowered_text, prefilter

SCOPES = ("line", "prefix", "suffix", "contains", "span", "tail")


@dataclass(frozen=True)
class BoilerplatePattern:
    """One line of lexicon boilerplate_patterns.txt."""

    scope: str
    role: Role
    name: str
    regex: re.Pattern[str]


@lru_cache(maxsize=1)
def boilerplate_patterns() -> tuple[BoilerplatePattern, ...]:
    """Return the patterns of boilerplate_patterns.txt then page_boilerplate_patterns.txt."""
    patterns = []
    entries = [*load_lines("boilerplate_patterns"), *load_lines("page_boilerplate_patterns")]
    for entry in entries:
        scope, role, name, regex = entry.split("\t", 3)
        if scope not in SCOPES:
            raise ValueError(f"boilerplate_patterns: unknown scope {scope!r} in {entry!r}")
        anchored = f"(?:{regex})$" if scope == "suffix" else regex
        patterns.append(BoilerplatePattern(scope, Role(role), name, re.compile(anchored)))
    return tuple(patterns)


@lru_cache(maxsize=1)
def scope_patterns() -> dict[str, tuple[re.Pattern[str], tuple[BoilerplatePattern, ...]]]:
    """Join the patterns of each scope into one alternation, so a line costs one match a scope."""
    joined = {}
    for scope in SCOPES:
        members = tuple(p for p in boilerplate_patterns() if p.scope == scope)
        alternation = "|".join(f"(?P<p{i}>{p.regex.pattern})" for i, p in enumerate(members))
        joined[scope] = (re.compile(alternation or "(?!)"), members)
    return joined


@lru_cache(maxsize=1)
def scope_prefilters() -> dict[str, tuple[tuple[re.Pattern[str], Prefilter | None], ...]]:
    """Return each scope's members, in order, with the literals one of which each needs."""
    return {
        scope: tuple((p.regex, prefilter(p.regex)) for p in scope_patterns()[scope][1])
        for scope in SCOPES
    }


def any_member(scope: str, text: str) -> bool:
    """Say whether some member of `scope` occurs in `text`, each tested alone.

    A member whose literals are not in the text is not searched; alone, a member keeps the
    regex engine's literal-prefix scan that the joined alternation loses. This is several
    times cheaper than one search of the alternation, which runs only on a hit, to pick the
    leftmost and first-listed member.
    """
    lowered = lowered_text(text)
    for regex, needs in scope_prefilters()[scope]:
        if (needs is None or needs.may_match(text, lowered)) and regex.search(text):
            return True
    return False


def first_hit(scope: str, text: str, how: str) -> BoilerplatePattern | None:
    """Return the first-listed pattern of `scope` that fires on `text` by `how` (a method of
    re.Pattern: fullmatch, match or search), or None."""
    regex, members = scope_patterns()[scope]
    if how == "search" and not any_member(scope, text):
        return None
    match = getattr(regex, how)(text)
    return members[int(match.lastgroup[1:])] if match and match.lastgroup else None
