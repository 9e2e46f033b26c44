"""The interactive quiz: one offline HTML file where students classify statements."""

from __future__ import annotations

from typing import Any

from sourcing.exercises.imvain import article_name
from sourcing.exercises.items import ExerciseSet, Kind, Question, exercise_texts, labels
from sourcing.exercises.worksheet import one_line, paragraphs
from sourcing.render.html import script_json, template_env
from sourcing.source_types import type_styles


def quiz_questions(exercises: ExerciseSet) -> list[Question]:
    """Return the questions the quizzes ask: the classify questions of the set."""
    return [q for q in exercises.questions if q.kind is Kind.CLASSIFY and q.answer_type]


def statement_label(article: int | None, index: int, several: bool) -> str:
    """Return "Statement [10]", or "Article 2, statement [10]" when the quiz has several articles."""
    if several and article is not None:
        return f"Article {article + 1}, statement [{index}]"
    return f"Statement [{index}]"


def quiz_data(exercises: ExerciseSet) -> dict[str, Any]:
    """Return what the quiz page's script needs: each question's answer and explanation."""
    rows = []
    several = len(exercises.reports) > 1
    for q in quiz_questions(exercises):
        assert q.answer_type is not None
        rows.append(
            {
                "number": q.number,
                "index": q.evidence[0].index,
                "where": statement_label(q.article, q.evidence[0].index, several),
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
        articles.append({"name": article_name(number + 1, report),
                         "headline": report.document.title or "", "paragraphs": rows})
    return articles


def render_quiz(exercises: ExerciseSet) -> str:
    """Return the self-contained interactive quiz page (inline CSS and JS)."""
    data = quiz_data(exercises)
    return template_env().get_template("quiz.html.j2").render(
        title=exercise_texts()["sheet"]["quiz_title"],
        level=exercises.level,
        seed=exercises.seed,
        total=len(data["questions"]),
        types=type_styles(),
        articles=quiz_articles(exercises),
        quiz_json=script_json(data),
    )
