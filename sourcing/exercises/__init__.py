"""Media-literacy exercises built from the analysis: worksheets, teacher keys and quizzes."""

from __future__ import annotations

from sourcing.exercises.build import build_exercises
from sourcing.exercises.items import LEVELS, Evidence, ExerciseSet, Kind, Question
from sourcing.exercises.key_json import render_key_json
from sourcing.exercises.quiz import render_quiz
from sourcing.exercises.terminal_quiz import run_terminal_quiz
from sourcing.exercises.worksheet import render_worksheet

__all__ = [
    "LEVELS",
    "Evidence",
    "ExerciseSet",
    "Kind",
    "Question",
    "build_exercises",
    "exercise_files",
    "render_quiz",
    "render_worksheet",
    "run_terminal_quiz",
]


def exercise_files(exercises: ExerciseSet) -> dict[str, str]:
    """Return the files of a set by name: worksheet and key (Markdown, HTML), key.json, quiz."""
    return {
        "worksheet.md": render_worksheet(exercises),
        "worksheet.html": render_worksheet(exercises, fmt="html"),
        "key.md": render_worksheet(exercises, key=True),
        "key.html": render_worksheet(exercises, key=True, fmt="html"),
        "key.json": render_key_json(exercises),
        "quiz.html": render_quiz(exercises),
    }
