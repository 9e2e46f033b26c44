"""Build an exercise set from reports: every answer comes from the analysis.

Statements the analyzer is unsure of (confidence below `Settings.unsure_below`, or a record
whose fields contradict each other, see `sourcing.consistency`) are never asked about. All random choices go through one `random.Random(seed)`, so a seed fixes the set.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import replace

from sourcing.exercises import imvain, kinds
from sourcing.exercises.items import (
    LEVELS,
    ExerciseSet,
    Kind,
    Question,
    confident,
    exercise_texts,
    unsure,
)
from sourcing.records import ArticleReport, Statement
from sourcing.settings import DEFAULT_SETTINGS, Settings

Builder = Callable[[int, ArticleReport, list[Statement], int, random.Random], list[Question]]

BUILDERS: dict[Kind, Builder] = {
    Kind.CLASSIFY: kinds.classify,
    Kind.FIND_ANONYMOUS: kinds.find_anonymous,
    Kind.TRACE_RELAY: kinds.trace_relay,
    Kind.NAME_SOURCE: kinds.name_source,
    Kind.IMVAIN: imvain.imvain,
}


def build_exercises(
    reports: Sequence[ArticleReport],
    level: str = "basic",
    seed: int = 0,
    settings: Settings = DEFAULT_SETTINGS,
) -> ExerciseSet:
    """Return the worksheet questions on `reports` at `level`, chosen with `seed`."""
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    sizes = exercise_texts()["level"][level]
    rng = random.Random(seed)
    questions: list[Question] = []
    for article, report in enumerate(reports):
        sure = confident(report, settings)
        for kind, builder in BUILDERS.items():
            questions += builder(article, report, sure, int(sizes[kind.value]), rng)
    if sizes["compare"]:
        questions += imvain.compare(reports)
    numbered = tuple(replace(q, number=n) for n, q in enumerate(questions, start=1))
    ungraded = tuple(unsure(r, settings) for r in reports)
    return ExerciseSet(level, seed, tuple(reports), numbered, ungraded)
