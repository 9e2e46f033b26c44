"""Build an exercise set from reports: every answer comes from the analysis.

Statements the analyzer is unsure of (confidence below `Settings.key_confidence`, a record
whose fields contradict each other, see `sourcing.consistency`, or the publisher's own
reporting typed as another outlet) are never asked about, nor is the rest of their
quotation; an article with fewer than `Settings.key_minimum` statements left takes back its
clearest ones down to `Settings.key_confidence_floor` (see `sourcing.exercises.doubts.unsure`). A statement (a quotation) is the subject of one question at most: the scarce
kinds (relayed claims, anonymous sources) choose first, classification takes the rest. All
random choices go through one `random.Random(seed)`, so a seed fixes the set.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import replace

from sourcing.exercises import imvain, kinds
from sourcing.exercises.doubts import confident, unsure
from sourcing.exercises.items import (
    LEVELS,
    ExerciseSet,
    Kind,
    Question,
    exercise_texts,
    quotation_units,
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
# Kinds that ask about one statement, in the order they choose theirs (scarce kinds first).
ONE_STATEMENT = (Kind.TRACE_RELAY, Kind.NAME_SOURCE, Kind.CLASSIFY)
KIND_ORDER = list(Kind)


def article_questions(
    article: int, report: ArticleReport, sizes: dict[str, int], settings: Settings,
    rng: random.Random,
) -> list[Question]:
    """Return the questions on one article, one question per statement at most, in kind order."""
    sure = confident(report, settings)
    units = quotation_units(report)
    taken: set[int] = set()
    questions: list[Question] = []
    order = list(ONE_STATEMENT) + [k for k in BUILDERS if k not in ONE_STATEMENT]
    for kind in order:
        pool = [s for s in sure if units[s.index] not in taken] if kind in ONE_STATEMENT else sure
        made = BUILDERS[kind](article, report, pool, int(sizes[kind.value]), rng)
        if kind in ONE_STATEMENT:
            taken |= {units[e.index] for q in made for e in q.evidence}
        questions += made
    return sorted(questions, key=lambda q: KIND_ORDER.index(q.kind))


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
        questions += article_questions(article, report, sizes, settings, rng)
    ungraded = tuple(unsure(r, settings) for r in reports)
    if sizes["compare"]:
        questions += imvain.compare(reports, ungraded)
    numbered = tuple(replace(q, number=n) for n, q in enumerate(questions, start=1))
    return ExerciseSet(level, seed, tuple(reports), numbered, ungraded)
