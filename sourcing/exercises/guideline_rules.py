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
from sourcing.records import Statement


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


def key_statements(exercises: ExerciseSet) -> Iterator[Statement]:
    """Yield the statement of every evidence item of the key: its note is that statement's
    evidence, rendered from its provenance."""
    for question in exercises.questions:
        for proof in question.evidence:
            yield exercises.reports[proof.article].statements[proof.index]


def rules_cited(exercises: ExerciseSet) -> tuple[CitedRule, ...]:
    """Return the rules the key of `exercises` cites: the table of types first, then by number."""
    summaries = rule_summaries()
    cited = [cited_rules(statement.provenance) for statement in key_statements(exercises)]
    rules = []
    if () in cited:
        rules.append(CitedRule(SOURCE_TYPES, None, summaries["source_types"]))
    numbers = sorted({n for found in cited for n in found or ()})
    rules += [CitedRule(cite(n), n, summaries["rule"][str(n)]) for n in numbers]
    return tuple(rules)
