"""Exercise records (questions, evidence, sets) and the texts they are written from."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from importlib import resources
from typing import Any

from sourcing.attribution.anonymity import ABOUT_SOURCING, about_sourcing, reason_statements
from sourcing.attribution.attribute import text_views
from sourcing.attribution.cue_kinds import CueKind
from sourcing.attribution.cues import find_cues, find_phrases
from sourcing.attribution.mention_kinds import MentionKind
from sourcing.attribution.mentions import classify_phrase
from sourcing.consistency import report_problems
from sourcing.lexicons import load_lexicon
from sourcing.outlets import OutletTable, default_table, is_publisher
from sourcing.records import NAMED_TYPES, ArticleReport, SourceType, Statement
from sourcing.render.html import type_styles
from sourcing.scoring.checks import is_plural
from sourcing.scoring.score import source_key
from sourcing.settings import Settings

SINGULAR_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)

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


def one_line(text: str) -> str:
    """Collapse the whitespace of a statement for display (offsets refer to the original)."""
    return " ".join(text.split())


def reasons_for(statements: Sequence[Statement], report: ArticleReport) -> tuple[int, ...]:
    """Return the statements that state why the source of `statements` is anonymous (GUIDELINES
    `anonymity_reason`), as the analysis found them: "The officials insisted on anonymity
    because ..." for "Officials said"."""
    found = reason_statements(report.statements)
    return tuple(sorted({i for s in statements for i in found.get(s.index, ())}))


_OPENING = "\u201c"
_CLOSING = "\u201d"


def quotation_units(report: ArticleReport) -> dict[int, int]:
    """Map each statement to the first statement of the quotation it belongs to.

    A statement that leaves a quotation open ("He added: \u201cWe want ...") runs on into the
    next one; statements outside quotations are units of their own.
    """
    units: dict[int, int] = {}
    depth, straight, start = 0, 0, None
    for statement in report.statements:
        start = statement.index if start is None else start
        units[statement.index] = start
        text = statement.text
        depth = max(0, depth + text.count(_OPENING) - text.count(_CLOSING))
        straight = (straight + text.count('"')) % 2
        if not depth and not straight:
            start = None
    return units


@lru_cache(maxsize=1)
def outlet_table() -> OutletTable:
    """Return the default outlet table (aliases and domains), read once."""
    return default_table()


def own_reporting(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a statement cites the publisher itself ("The AP reported" in an AP story)."""
    if statement.type is not SourceType.CITED_OUTLET:
        return False
    publisher = report.document.outlet
    return any(
        is_publisher(name, publisher)
        for name in (statement.source, statement.via) if name
    )


def named_beside_anonymity(statement: Statement) -> bool:
    """Tell whether a named type sits in a sentence granting anonymity.

    "A U.S. official, speaking on condition of anonymity, said Pompeo ...": whoever speaks
    there is unnamed, whatever name the sentence mentions; too doubtful to key.
    """
    return statement.type in NAMED_TYPES and bool(find_phrases("anonymity_reasons", statement.text))


def singular_for_plural(statement: Statement) -> bool:
    """Tell whether a "he"/"she" sentence takes its source from a group.

    USA TODAY Gjvw9JcfROjOUWu0 [7] "He said his plan ..." (Biden) carried "some other 2020
    Democrats" over from the sentence before: a singular pronoun cannot refer to a plural
    source, so the record is wrong somewhere.
    """
    return (
        statement.resolved_from is not None
        and is_plural(statement.source)
        and bool(SINGULAR_PRONOUN.search(statement.text))
    )


def name_as_modifier(statement: Statement) -> bool:
    """Tell whether a named source is only the modifier of an unnamed role in the sentence.

    "... the former Obama official said" typed named official with source "Obama": the one
    speaking is an Obama official, unnamed (rule 6), whatever name the role carries.
    """
    if statement.type not in NAMED_TYPES or not statement.source:
        return False
    heads = "|".join(sorted(load_lexicon("unnamed_heads")))
    pattern = rf"\b{re.escape(statement.source)}\s+(?:[\w-]+\s+)?(?:{heads})\b"
    return bool(re.search(pattern, statement.text, re.IGNORECASE))


def source_in_quotation(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a statement's source was found inside quoted words.

    Newsmax VCZs7LIrfqRBTVrA [1] "... to keep the Donald Trump supporters energized and
    engaged," the Texas senator told ...: the source "Donald Trump" stands inside Cruz's
    quotation, so it cannot be the one speaking (nor for the statements carrying it over).
    """
    span = statement.source_span
    holder = next((s for s in report.statements if span and s.span.start <= span.start < s.span.end), None)
    if span is None or holder is None:
        return False
    before = report.document.text[holder.span.start : span.start]
    return before.count(_OPENING) > before.count(_CLOSING) or before.count('"') % 2 == 1


# A second speaker in the sentence: a plain speech cue whose subject names or describes someone.
SPEECH_CUES = frozenset({"said", "says", "told", "tells", "added", "tweeted", "wrote", "according to"})
SPEECH_CUE_KINDS = frozenset({CueKind.SUBJECT_VERB, CueKind.INVERTED_VERB, CueKind.ACCORDING_TO})
SPEAKER_KINDS = frozenset({
    MentionKind.OFFICIAL, MentionKind.PERSON, MentionKind.ORGANIZATION, MentionKind.OUTLET,
    MentionKind.UNNAMED,
})  # not a definite role ("the official added"): it refers back, most often to the same source
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$", re.IGNORECASE)


def competing_speaker(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether the sentence has a second speaker besides the record's source.

    Newsmax bSLKBWE8H17ek3Dr [0] "U.S. Secretary of State Mike Pompeo has called ... the
    Taliban's chief negotiator, a spokesman for the insurgents said Tuesday": the record
    takes Pompeo (the subject of "called"), but the claim is the spokesman's. Two people
    could be the source, so a key should not pick one.
    """
    if statement.type is SourceType.UNATTRIBUTED or statement.source_span is None:
        return False
    text = report.document.text
    normalized, quoted = text_views(text)
    own = statement.source_span
    mine = source_key(statement.source or "").casefold()
    for cue in find_cues(normalized, statement.span, quoted):
        other = cue.source
        if (cue.kind not in SPEECH_CUE_KINDS or cue.words.lower() not in SPEECH_CUES
                or other is None or (other.start < own.end and own.start < other.end)
                or PASSIVE_BEFORE.search(text[statement.span.start : cue.span.start])):
            continue
        phrase = text[other.start : other.end]
        kind = classify_phrase(phrase, {}).kind
        both_unnamed = kind is MentionKind.UNNAMED and statement.type is SourceType.UNNAMED_SOURCE
        if kind in SPEAKER_KINDS and not both_unnamed and source_key(phrase).casefold() != mine:
            return True
    return False


def about_the_sourcing(statement: Statement) -> bool:
    """Tell whether a statement is about the sourcing itself ("The officials insisted on
    anonymity because ..."): unattributed with `unnamed_source` in `alt` (GUIDELINES rule 8),
    two defensible labels, so a key should not pick one. A source with content of its own ("A
    source ..., who spoke on condition of anonymity, said that ...") is not about the sourcing.
    """
    sourcing_cue = statement.cue is not None and bool(ABOUT_SOURCING.fullmatch(statement.cue))
    return about_sourcing(statement.text) and (
        statement.type is SourceType.UNATTRIBUTED or sourcing_cue)


def unsure(report: ArticleReport, settings: Settings) -> tuple[int, ...]:
    """Return the statements never asked about, whole quotations at a time.

    Unsure: confidence below `settings.key_confidence`, a record that contradicts itself
    (`sourcing.consistency`, a singular pronoun carrying a group's source over, a name that
    only modifies an unnamed role, a source found inside quoted words, a second speaker in the
    sentence), the publisher's own reporting typed as another outlet (GUIDELINES rule 10), a
    named type in a sentence granting anonymity, or a sentence about the sourcing (rule 8).
    """
    inconsistent = report_problems(report)
    doubtful = {
        s.index for s in report.statements
        if s.confidence < settings.key_confidence or s.index in inconsistent
        or own_reporting(s, report) or named_beside_anonymity(s)
        or singular_for_plural(s) or name_as_modifier(s) or source_in_quotation(s, report)
        or competing_speaker(s, report) or about_the_sourcing(s)
    }
    units = quotation_units(report)
    doubtful_units = {units[i] for i in doubtful}
    return tuple(s.index for s in report.statements if units[s.index] in doubtful_units)


def confident(report: ArticleReport, settings: Settings) -> list[Statement]:
    """Return the statements the analyzer is sure enough of to ask about."""
    skipped = set(unsure(report, settings))
    return [s for s in report.statements if s.index not in skipped]
