"""Exercise records (questions, evidence, sets) and the texts they are written from."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from importlib import resources
from typing import Any

from sourcing.consistency import report_problems
from sourcing.records import ArticleReport, SourceType, Statement
from sourcing.render.html import type_styles
from sourcing.settings import Settings

LEVELS = ("basic", "advanced")  # keys of [level.*] in data/exercises.toml


class Kind(StrEnum):
    """The kinds of exercise, in the order they appear on a worksheet."""

    CLASSIFY = "classify"
    FIND_ANONYMOUS = "find_anonymous"
    TRACE_RELAY = "trace_relay"
    NAME_SOURCE = "name_source"
    IMVAIN = "imvain"
    COMPARE = "compare"


@dataclass(frozen=True)
class Evidence:
    """A statement an answer rests on: where it is, what it says, and its analysed type."""

    article: int
    index: int
    start: int
    end: int
    text: str
    type: SourceType
    note: str = ""  # the analyzer's own reason for the type (Statement.evidence)


@dataclass(frozen=True)
class Question:
    """One question with its key; `answer_type` is set for questions that ask for a type."""

    number: int
    kind: Kind
    article: int | None  # index into ExerciseSet.reports; None when about several articles
    prompt: str
    parts: tuple[str, ...]  # sub-questions the student answers (IMVAIN letters)
    answer: tuple[str, ...]  # the key, one line a point
    explanation: str
    evidence: tuple[Evidence, ...]
    answer_type: SourceType | None = None


@dataclass(frozen=True)
class ExerciseSet:
    """The questions on some articles, at one level, from one seed."""

    level: str
    seed: int
    reports: tuple[ArticleReport, ...]
    questions: tuple[Question, ...]
    ungraded: tuple[tuple[int, ...], ...]  # per article: unsure statements, never asked


@lru_cache(maxsize=1)
def exercise_texts() -> dict[str, Any]:
    """Return the prompts, key sentences and level sizes of `data/exercises.toml`."""
    path = resources.files("sourcing").joinpath("data", "exercises.toml")
    return tomllib.loads(path.read_text(encoding="utf-8"))


def labels() -> dict[SourceType, str]:
    """Return the reader-facing label of each source type."""
    return {SourceType(t.name): t.label for t in type_styles()}


def evidence(article: int, statement: Statement) -> Evidence:
    """Return the evidence record of one statement."""
    span = statement.span
    return Evidence(
        article, statement.index, span.start, span.end, statement.text, statement.type,
        statement.evidence,
    )


def unsure(report: ArticleReport, settings: Settings) -> tuple[int, ...]:
    """Return the statements never asked about: low confidence, or a record that contradicts itself."""
    inconsistent = report_problems(report)
    return tuple(
        s.index for s in report.statements
        if s.confidence < settings.unsure_below or s.index in inconsistent
    )


def confident(report: ArticleReport, settings: Settings) -> list[Statement]:
    """Return the statements the analyzer is sure enough of to ask about."""
    skipped = set(unsure(report, settings))
    return [s for s in report.statements if s.index not in skipped]
