"""The teacher key as JSON: one record a question, for an LMS or a test to read."""

from __future__ import annotations

import json
from typing import Any

from sourcing.exercises.guideline_rules import rules_cited
from sourcing.exercises.imvain import article_name
from sourcing.exercises.items import ExerciseSet, Question

KEY_FORMAT = 1  # bump when a field changes meaning


def question_record(question: Question) -> dict[str, Any]:
    """Return one question's key: id, kind, article, statement, offsets, answer, explanation."""
    first = question.evidence[0] if len(question.evidence) == 1 else None
    return {
        "id": f"Q{question.number}",
        "number": question.number,
        "kind": question.kind.value,
        "article": question.article,
        "statement": first.index if first else None,
        "start": first.start if first else None,
        "end": first.end if first else None,
        "answer": list(question.answer),
        "answer_type": question.answer_type.value if question.answer_type else None,
        "explanation": question.explanation,
        "evidence": [
            {"article": e.article, "statement": e.index, "start": e.start, "end": e.end,
             "type": e.type.value, "source": e.source, "text": e.text, "note": e.note}
            for e in question.evidence
        ],
    }


def render_key_json(exercises: ExerciseSet) -> str:
    """Return the key of `exercises` as indented JSON (articles, then questions)."""
    articles = [
        {
            "article": number,
            "name": article_name(number + 1, report),
            "path": report.document.path,
            "id": report.document.id,
            "title": report.document.title,
            "ungraded": list(exercises.ungraded[number]),
        }
        for number, report in enumerate(exercises.reports)
    ]
    data = {
        "format": KEY_FORMAT,
        "level": exercises.level,
        "seed": exercises.seed,
        "analyzer": exercises.reports[0].analyzer if exercises.reports else "",
        "articles": articles,
        "questions": [question_record(q) for q in exercises.questions],
        "rules": [{"cited": r.cited, "rule": r.rule, "summary": r.summary}
                  for r in rules_cited(exercises)],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
