"""The terminal quiz: the same questions as the HTML quiz, answered line by line on stdin."""

from __future__ import annotations

import textwrap
from typing import TextIO

from sourcing.exercises.imvain import article_name
from sourcing.exercises.items import ExerciseSet, Question, exercise_texts, labels
from sourcing.exercises.quiz import quiz_questions
from sourcing.exercises.worksheet import one_line, paragraphs
from sourcing.records import ArticleReport, SourceType
from sourcing.render.plural import counted
from sourcing.source_types import type_styles

QUIT = frozenset({"q", "quit", "exit"})
CONTEXT_CHARS = 900  # a longer paragraph is cut to the statement and its neighbours
WIDTH = 76


def parse_answer(line: str) -> SourceType | None:
    """Read a type from a number (1-7 in legend order), a type name or a label."""
    choices = list(labels().items())
    text = line.strip().lower()
    if text.isdigit() and 1 <= int(text) <= len(choices):
        return choices[int(text) - 1][0]
    for source_type, label in choices:
        if text in (source_type.value, label.lower(), source_type.value.replace("_", " ")):
            return source_type
    return None


def legend() -> str:
    """Return the numbered types with their definitions, as the answer menu."""
    lines = []
    for number, style in enumerate(type_styles(), start=1):
        entry = f"{number}) {style.label}: {style.definition}"
        lines.append(textwrap.fill(entry, WIDTH, initial_indent="  ", subsequent_indent="     "))
    return "\n".join(lines) + "\n"


def context(report: ArticleReport, index: int) -> str:
    """Return the paragraph around statement `index`, the statement marked with >> <<."""
    group = next(g for g in paragraphs(report) if any(s.index == index for s in g))
    if sum(len(s.text) for s in group) > CONTEXT_CHARS:
        group = [s for s in group if abs(s.index - index) <= 1]
    parts = [
        f">>[{s.index}] {one_line(s.text)}<<" if s.index == index else f"[{s.index}] {one_line(s.text)}"
        for s in group
    ]
    if group[0].index == index and index > 0:  # opens its paragraph: show what comes before
        before = report.statements[index - 1]
        parts.insert(0, f"... [{before.index}] {one_line(before.text)}\n")
    lines = " ".join(parts).split("\n")
    return "\n".join(
        textwrap.fill(line.strip(), WIDTH, initial_indent="  ", subsequent_indent="  ")
        for line in lines
    )


def _ask(stdin: TextIO, stdout: TextIO) -> SourceType | None:
    """Prompt until a valid answer; None at the end of input or on q/quit."""
    texts = exercise_texts()["terminal"]
    count = len(labels())
    while True:
        stdout.write(texts["ask"].format(count=count))
        stdout.flush()
        line = stdin.readline()
        if not line:
            stdout.write("\n")
            return None
        if not stdin.isatty():  # piped answers: show them, as a terminal would
            stdout.write(line.rstrip("\n") + "\n")
        if line.strip().lower() in QUIT:
            return None
        answer = parse_answer(line)
        if answer is not None:
            return answer
        stdout.write(texts["invalid"].format(count=count) + "\n")


def _show_question(exercises: ExerciseSet, question: Question, n: int, total: int,
                   stdout: TextIO) -> None:
    texts = exercise_texts()["terminal"]
    statement = question.evidence[0]
    report = exercises.reports[question.article or 0]
    where = ""
    if len(exercises.reports) > 1 and question.article is not None:
        where = article_name(question.article + 1, report) + ", "
    stdout.write("\n" + texts["question"].format(
        n=n, total=total, where=where, index=statement.index) + "\n")
    stdout.write(context(report, statement.index) + "\n")


def run_terminal_quiz(exercises: ExerciseSet, stdin: TextIO, stdout: TextIO) -> tuple[int, int]:
    """Ask every quiz question, give feedback, print the score; return (right, total)."""
    texts = exercise_texts()["terminal"]
    questions = quiz_questions(exercises)
    if not questions:
        stdout.write(texts["empty"] + "\n")
        return 0, 0
    stdout.write(texts["intro"] + "\n" + legend())
    right = 0
    for n, question in enumerate(questions, start=1):
        _show_question(exercises, question, n, len(questions), stdout)
        answer = _ask(stdin, stdout)
        if answer is None:
            left = len(questions) - n + 1
            stdout.write(texts["stopped"].format(
                answered=n - 1, total=len(questions), left=counted(left, "unanswered question"),
            ) + "\n")
            break
        if answer is question.answer_type:
            right += 1
            line = texts["right"].format(explanation=question.explanation)
        else:
            label = labels()[question.answer_type] if question.answer_type else ""
            line = texts["wrong"].format(label=label, explanation=question.explanation)
        stdout.write(textwrap.fill(line, 78) + "\n")
    stdout.write("\n" + texts["score"].format(right=right, total=len(questions)) + "\n")
    return right, len(questions)
