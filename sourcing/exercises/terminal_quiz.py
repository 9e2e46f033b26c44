"""The terminal quiz: the same questions as the HTML quiz, answered line by line on stdin."""

from __future__ import annotations

import textwrap
from typing import TextIO

from sourcing.exercises.items import ExerciseSet, exercise_texts, labels
from sourcing.exercises.quiz import quiz_questions
from sourcing.exercises.worksheet import one_line
from sourcing.records import SourceType


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


def _ask(stdin: TextIO, stdout: TextIO) -> SourceType | None:
    """Prompt until a valid answer; None at the end of input."""
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
        answer = parse_answer(line)
        if answer is not None:
            return answer
        stdout.write(texts["invalid"].format(count=count) + "\n")


def run_terminal_quiz(exercises: ExerciseSet, stdin: TextIO, stdout: TextIO) -> tuple[int, int]:
    """Ask every quiz question, give feedback, print the score; return (right, total)."""
    texts = exercise_texts()["terminal"]
    questions = quiz_questions(exercises)
    if not questions:
        stdout.write(texts["empty"] + "\n")
        return 0, 0
    menu = "".join(f"  {n}) {label}\n" for n, label in enumerate(labels().values(), start=1))
    stdout.write(texts["intro"] + "\n" + menu)
    right = 0
    several = len(exercises.reports) > 1
    for n, question in enumerate(questions, start=1):
        statement = question.evidence[0]
        where = f"article {question.article + 1}, " if several and question.article is not None else ""
        stdout.write("\n" + texts["question"].format(
            n=n, total=len(questions), where=where, index=statement.index) + "\n")
        stdout.write(textwrap.indent(textwrap.fill(one_line(statement.text), 76), "  ") + "\n")
        answer = _ask(stdin, stdout)
        if answer is None:
            stdout.write(texts["stopped"].format(answered=n - 1, total=len(questions)) + "\n")
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
