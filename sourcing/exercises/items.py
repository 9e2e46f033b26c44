"""Exercise records (questions, evidence, sets) and the texts they are written from."""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from importlib import resources
from typing import Any

from sourcing.attribution.anonymity import reason_statements
from sourcing.outlets import OutletTable, default_table
from sourcing.records import ArticleReport, SourceType, Statement
from sourcing.source_types import type_styles

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
    note: str = ""  # the analyzer's reason for the source, in plain words (Statement.evidence)
    source: str | None = None  # the words naming or describing the source, as analysed


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
        statement.evidence, statement.source,
    )


def one_line(text: str) -> str:
    """Collapse the whitespace of a statement for display (offsets refer to the original)."""
    return " ".join(text.split())


def reasons_for(statements: Sequence[Statement], report: ArticleReport) -> tuple[int, ...]:
    """Return the statements that state why the source of `statements` is anonymous (GUIDELINES
    `anonymity_reason`), as the analysis found them: "The officials insisted on anonymity
    because ..." for "Officials said"."""
    found = reason_statements(report.statements)
    return tuple(sorted({i for s in statements for i in found.get(s.index, ())}))


OPENING = "\u201c"
CLOSING = "\u201d"


def quote_depth(text: str, depth: int = 0) -> int:
    """Return how many quotations are open after `text`, `depth` being open before it.

    A straight mark closes an open quotation and opens one otherwise, whatever mark opened it:
    Fox News VlYLsuBZ4jQA3Cjl [2] "“If fossil fuels were banned ... for cooking and heating,"
    Moore said" opens with a curly mark and closes with a straight one. Counted apart (curly
    marks against each other, straight ones by parity), that quotation never closed, and every
    later statement of the article was one quotation with it (heldout18: a key with no graded
    statement).
    """
    for char in text:
        if char == OPENING:
            depth += 1
        elif char == CLOSING:
            depth = max(0, depth - 1)
        elif char == '"':
            depth = depth - 1 if depth else 1
    return depth


def quotation_units(report: ArticleReport) -> dict[int, int]:
    """Map each statement to the first statement of the quotation it belongs to.

    A statement that leaves a quotation open ("He added: \u201cWe want ...") runs on into the
    next one; statements outside quotations are units of their own.
    """
    units: dict[int, int] = {}
    depth, start = 0, None
    for statement in report.statements:
        start = statement.index if start is None else start
        units[statement.index] = start
        depth = quote_depth(statement.text, depth)
        if not depth:
            start = None
    return units


@lru_cache(maxsize=1)
def outlet_table() -> OutletTable:
    """Return the default outlet table (aliases and domains), read once."""
    return default_table()
