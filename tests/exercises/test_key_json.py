"""key.json: one record a question, offsets that slice the article, answers as in key.md."""

from __future__ import annotations

import json

from report_builders import sample_report

from sourcing.exercises import build_exercises, exercise_files


def test_key_json_records_every_question_with_offsets() -> None:
    report = sample_report()
    exercises = build_exercises([report], "advanced", seed=3)
    data = json.loads(exercise_files(exercises)["key.json"])
    assert data["level"] == "advanced" and data["seed"] == 3
    assert [q["id"] for q in data["questions"]] == [f"Q{q.number}" for q in exercises.questions]
    text = report.document.text
    for record, question in zip(data["questions"], exercises.questions, strict=True):
        assert record["kind"] == question.kind.value
        assert record["answer"] == list(question.answer)
        assert record["explanation"] == question.explanation
        for proof in record["evidence"]:
            assert text[proof["start"] : proof["end"]] == proof["text"]
            # the source as analysed, so a reader's check can tell when the key's source changed
            assert proof["source"] == report.statements[proof["statement"]].source
        if len(question.evidence) == 1:
            assert record["statement"] == question.evidence[0].index
            assert text[record["start"] : record["end"]] == question.evidence[0].text
    assert data["articles"][0]["ungraded"] == list(exercises.ungraded[0])
