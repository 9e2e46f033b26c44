"""The GUIDELINES rules a teacher key cites, each with what it says in plain words."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from sourcing.exercises.items import ExerciseSet
from sourcing.provenance import SOURCE_TYPES, cite, cited_rules


@dataclass(frozen=True)
class CitedRule:
    """A rule a key cites: as the key cites it, its number, and its plain summary."""

    cited: str  # "GUIDELINES rule 2", "GUIDELINES: source types"
    rule: int | None  # None for the table of source types, which has no number
    summary: str


@lru_cache(maxsize=1)
def rule_summaries() -> dict[str, Any]:
    """Return `data/guideline_rules.toml`: the summary of the table of types and of each rule."""
    path = resources.files("sourcing").joinpath("data", "guideline_rules.toml")
    return tomllib.loads(path.read_text(encoding="utf-8"))


def key_texts(exercises: ExerciseSet) -> Iterator[str]:
    """Yield every line of the key that may cite a rule: answers, explanations, evidence."""
    for question in exercises.questions:
        yield from question.answer
        yield question.explanation
        yield from (e.note for e in question.evidence)


def rules_cited(exercises: ExerciseSet) -> tuple[CitedRule, ...]:
    """Return the rules the key of `exercises` cites: the table of types first, then by number."""
    summaries = rule_summaries()
    texts = list(key_texts(exercises))
    rules = []
    if any(SOURCE_TYPES in text for text in texts):
        rules.append(CitedRule(SOURCE_TYPES, None, summaries["source_types"]))
    numbers = sorted({n for text in texts for n in cited_rules(text)})
    rules += [CitedRule(cite(n), n, summaries["rule"][str(n)]) for n in numbers]
    return tuple(rules)
