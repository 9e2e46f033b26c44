"""Say, for each unnamed source, whether the text states why it is anonymous (GUIDELINES).

One stage, run once after the final types (rules alone or rules + model): only a statement
typed `unnamed_source` has an `anonymity_reason`, every other has None.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from sourcing.attribution.cues import find_phrases
from sourcing.lexicons import load_lexicon
from sourcing.records import SourceType, Statement

ABOUT_SOURCING = re.compile(
    r"\b(spoke|speaking|requested|insisted|asked|granted|declined to be)\b", re.IGNORECASE
)
WORD = re.compile(r"[a-z]+")
# How many statements before and after an unnamed source a stated reason may stand.
NEARBY = 2


def about_sourcing(text: str) -> bool:
    """A sentence about the sourcing itself ("The officials spoke on condition of anonymity")."""
    return bool(find_phrases("anonymity_reasons", text)) and bool(ABOUT_SOURCING.search(text))


def mark_anonymity_reasons(statements: Sequence[Statement]) -> list[Statement]:
    """Set `anonymity_reason` on every unnamed source, and clear it on every other statement.

    A reason counts when it is stated in the statement itself, in another statement with the
    same source (same root, or the same unnamed head noun: "Officials said" ... "The officials
    insisted on anonymity"), or in a nearby unattributed sentence about the sourcing (rule 8).
    """
    stating = [bool(find_phrases("anonymity_reasons", s.text)) for s in statements]
    roots = {root(s) for s, says in zip(statements, stating) if says}
    result = []
    for statement in statements:
        if statement.type is not SourceType.UNNAMED_SOURCE:
            result.append(replace(statement, anonymity_reason=None))
            continue
        nearby = range(
            max(0, statement.index - NEARBY), min(len(statements), statement.index + NEARBY + 1)
        )
        given = root(statement) in roots or any(
            stating[i] and _about_same_source(statements[i], statement) for i in nearby
        )
        result.append(replace(statement, anonymity_reason=given))
    return result


def root(statement: Statement) -> int:
    """The statement whose cue introduced this statement's source."""
    return statement.resolved_from if statement.resolved_from is not None else statement.index


def _about_same_source(stating: Statement, statement: Statement) -> bool:
    if stating.type is SourceType.UNATTRIBUTED:
        return about_sourcing(stating.text)
    if stating.type is not SourceType.UNNAMED_SOURCE:
        return False
    heads = _unnamed_heads(stating.source)
    return bool(heads) and heads == _unnamed_heads(statement.source)


def _unnamed_heads(source: str | None) -> frozenset[str]:
    """The unnamed head nouns of a source phrase, singular ("officials" -> "official")."""
    words = set(WORD.findall((source or "").lower())) & load_lexicon("unnamed_heads")
    return frozenset(word.removesuffix("s") for word in words)
