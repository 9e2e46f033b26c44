"""Render an exercise set as a student worksheet and a teacher key (Markdown and print HTML)."""

from __future__ import annotations

import re
from typing import Any

from sourcing.exercises.guideline_rules import rules_cited
from sourcing.exercises.imvain import article_name
from sourcing.exercises.items import ExerciseSet, Question, exercise_texts, labels, one_line
from sourcing.records import ArticleReport, Statement
from sourcing.render.html import template_env
from sourcing.source_types import type_styles

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_<>#|~])")


def md_escape(text: str) -> str:
    """Escape the characters Markdown would read as markup."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def paragraphs(report: ArticleReport) -> list[list[Statement]]:
    """Group the statements into paragraphs: a line break between two starts a new one."""
    groups: list[list[Statement]] = []
    previous: Statement | None = None
    for statement in report.statements:
        gap = report.document.text[previous.span.end : statement.span.start] if previous else "\n"
        if "\n" in gap or not groups:
            groups.append([])
        groups[-1].append(statement)
        previous = statement
    return groups


def question_view(question: Question, reports: tuple[ArticleReport, ...]) -> dict[str, Any]:
    """Return what a worksheet shows of one question."""
    texts = exercise_texts()
    quoted = [e.text for e in question.evidence] if question.answer_type else []
    where = ""
    if question.article is not None and len(reports) > 1:
        where = f"Article {question.article + 1}"
    return {
        "number": question.number,
        "kind": question.kind.value,
        "title": texts["title"][question.kind.value],
        "where": where,
        "prompt": question.prompt,
        "quote": one_line(quoted[0]) if len(quoted) == 1 else "",
        "parts": question.parts,
        "choices": question.kind.value == "classify",
        "answer": question.answer,
        "explanation": question.explanation,
        "evidence": [
            {
                "index": e.index,
                "start": e.start,
                "end": e.end,
                "text": one_line(e.text),
                "label": labels()[e.type],
                "note": e.note,
            }
            for e in question.evidence
        ],
    }


def sheet_context(exercises: ExerciseSet, key: bool) -> dict[str, Any]:
    """Return the template context shared by the Markdown and HTML sheets."""
    texts = exercise_texts()["sheet"]
    articles = []
    for number, report in enumerate(exercises.reports, start=1):
        ungraded = exercises.ungraded[number - 1]
        articles.append(
            {
                "name": article_name(number, report),
                "headline": report.document.title or "",
                "paragraphs": [
                    [(s.index, one_line(s.text)) for s in group] for group in paragraphs(report)
                ],
                "ungraded": ungraded_line(report, ungraded, texts, key),
            }
        )
    return {
        "key": key,
        "title": texts["key_title" if key else "student_title"],
        "intro": texts["key_intro" if key else "intro"],
        "level": exercises.level,
        "seed": exercises.seed,
        "analyzer": exercises.reports[0].analyzer if exercises.reports else "",
        "types": type_styles(),
        "articles": articles,
        "questions": [question_view(q, exercises.reports) for q in exercises.questions],
        "rules_title": texts["rules_title"],
        "rules_intro": texts["rules_intro"],
        "rules": rules_cited(exercises) if key else (),
    }


def ungraded_line(report: ArticleReport, ungraded: tuple[int, ...], texts: dict[str, str], key: bool) -> str:
    """Return the line under an article that lists its ungraded statements ("" when none is);
    when none is graded, it says plainly that the article has no question."""
    if not ungraded:
        return ""
    name = "none_graded" if len(ungraded) == len(report.statements) else "ungraded"
    return texts[name if key else f"student_{name}"].format(indices=", ".join(f"[{i}]" for i in ungraded))


def render_worksheet(exercises: ExerciseSet, *, key: bool = False, fmt: str = "md") -> str:
    """Return the student worksheet (or, with `key`, the teacher key) as Markdown or HTML."""
    name = "worksheet.html.j2" if fmt == "html" else "worksheet.md.j2"
    return template_env().get_template(name).render(md=md_escape, **sheet_context(exercises, key))
