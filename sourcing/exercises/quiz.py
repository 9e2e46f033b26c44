"""The interactive quiz: one offline HTML file where students classify statements."""

from __future__ import annotations

from typing import Any

from sourcing.exercises.imvain import article_name
from sourcing.exercises.items import ExerciseSet, Kind, Question, exercise_texts, labels
from sourcing.exercises.worksheet import one_line, paragraphs
from sourcing.render.html import script_json, template_env, type_styles


def quiz_questions(exercises: ExerciseSet) -> list[Question]:
    """Return the questions the quizzes ask: the classify questions of the set."""
    return [q for q in exercises.questions if q.kind is Kind.CLASSIFY and q.answer_type]


def quiz_data(exercises: ExerciseSet) -> dict[str, Any]:
    """Return what the quiz page's script needs: each question's answer and explanation."""
    rows = []
    for q in quiz_questions(exercises):
        assert q.answer_type is not None
        rows.append(
            {
                "number": q.number,
                "index": q.evidence[0].index,
                "text": one_line(q.evidence[0].text),
                "answer": q.answer_type.value,
                "label": labels()[q.answer_type],
                "explanation": q.explanation,
            }
        )
    return {"questions": rows, "labels": {t.value: label for t, label in labels().items()}}


def quiz_articles(exercises: ExerciseSet) -> list[dict[str, Any]]:
    """Return each article's paragraphs, marking the statements that are questions."""
    asked = {(q.article, q.evidence[0].index): q.number for q in quiz_questions(exercises)}
    articles = []
    for number, report in enumerate(exercises.reports):
        rows = [
            [
                {"index": s.index, "text": one_line(s.text), "question": asked.get((number, s.index))}
                for s in group
            ]
            for group in paragraphs(report)
        ]
        articles.append({"name": article_name(number + 1, report), "paragraphs": rows})
    return articles


def render_quiz(exercises: ExerciseSet) -> str:
    """Return the self-contained interactive quiz page (inline CSS and JS)."""
    data = quiz_data(exercises)
    return template_env().get_template("quiz.html.j2").render(
        title=exercise_texts()["sheet"]["quiz_title"],
        level=exercises.level,
        seed=exercises.seed,
        total=len(data["questions"]),
        analyzer=exercises.reports[0].analyzer if exercises.reports else "",
        types=type_styles(),
        articles=quiz_articles(exercises),
        quiz_json=script_json(data),
    )
