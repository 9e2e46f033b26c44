"""scripts/key_agreement.py: keyed items checked against a reader's judgements."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import scripts_loader
from report_builders import sample_report

from sourcing.exercises import build_exercises, exercise_files


def load_script() -> ModuleType:
    return scripts_loader.load_script("key_agreement")


def test_readings_count_strict_alt_unread_and_changed_sources(tmp_path: Path) -> None:
    script = load_script()
    report = sample_report()
    exercises = build_exercises([report], "advanced", seed=3)
    key_path = tmp_path / "key.json"
    key_path.write_text(exercise_files(exercises)["key.json"], encoding="utf-8")
    items = script.keyed_items(json.loads(key_path.read_text(encoding="utf-8")))
    assert len(items) >= 4
    first, second, third, fourth = items[:4]

    def row(item: dict[str, Any], reading: str, **extra: Any) -> tuple[tuple[str, int], dict[str, Any]]:
        return ("", item["statement"]), {"id": "", "statement": item["statement"],
                                         "text": item["text"], "reading": reading, **extra}

    wrong = "named_person" if first["type"] != "named_person" else "document"
    readings = dict([
        row(first, wrong),                                     # disagrees
        row(second, wrong, alt=[second["type"]]),              # agrees through alt
        row(third, third["type"], source_ok=False, source_keyed="someone else"),  # source changed
    ])  # the fourth and later items are unread
    result = script.check_readings([key_path], readings)
    figures = result["figures"]
    assert figures["items"] == 3 and figures["defensible"] == 2
    assert figures["strict"] == 1
    assert figures.get("source_changed", 0) == (third["source"] != "someone else")
    assert {u["statement"] for u in result["unread"]} == {i["statement"] for i in items[3:]}
    assert fourth["statement"] in {u["statement"] for u in result["unread"]}


def test_blind_listing_marks_keyed_statements_and_shows_no_answer() -> None:
    """What a reader reads before opening a key (docs/exercise_agreement.md): every statement,
    the keyed ones marked, paragraphs apart, and no type, source or reason."""
    script = load_script()
    report = sample_report()
    listing = script.blind_listing(report, {1})
    lines = listing.splitlines()
    assert lines[0].startswith("===== ") and lines[0].endswith("| keyed 1")
    numbered = [line for line in lines[1:] if line]
    assert len(numbered) == len(report.statements)
    assert [line[:2] == "**" for line in numbered] == [s.index == 1 for s in report.statements]
    for statement in report.statements:
        assert f"[{statement.index}] {statement.text}" in listing
    shown = listing.replace("".join(s.text for s in report.statements), "")
    for statement in report.statements:
        shown = shown.replace(statement.text, "")
    assert not any(t.value in shown for t in {s.type for s in report.statements})


def test_a_statement_re_split_since_read_is_matched_by_its_unique_text(tmp_path: Path) -> None:
    """A reading row whose index no longer holds its text matches the keyed statement whose text
    it is exactly, when no other row of the article has that text; a text read twice, or only a
    prefix of it, matches nothing."""
    script = load_script()
    exercises = build_exercises([sample_report()], "advanced", seed=3)
    key_path = tmp_path / "key.json"
    key_path.write_text(exercise_files(exercises)["key.json"], encoding="utf-8")
    first, second, third = script.keyed_items(json.loads(key_path.read_text(encoding="utf-8")))[:3]
    moved = first["statement"] + 100  # read before a split above it moved the statement down
    twice = [second["statement"] + 100, second["statement"] + 200]
    readings = {
        ("", moved): {"id": "", "statement": moved, "text": first["text"], "reading": first["type"]},
        **{("", number): {"id": "", "statement": number, "text": second["text"], "reading": second["type"]}
           for number in twice},  # the same sentence twice in the article: which one is not known
        ("", third["statement"] + 100): {"id": "", "statement": third["statement"] + 100,
                                         "text": third["text"][:-1], "reading": third["type"]},
    }
    result = script.check_readings([key_path], readings)
    assert result["figures"]["items"] == 1 and result["figures"]["moved"] == 1
    assert [item["statement"] for item in result["items"]] == [first["statement"]]
    unread = {u["statement"] for u in result["unread"]}
    assert {second["statement"], third["statement"]} <= unread and first["statement"] not in unread


def test_the_row_at_the_statements_index_comes_first_and_is_not_counted_as_moved(tmp_path: Path) -> None:
    script = load_script()
    exercises = build_exercises([sample_report()], "advanced", seed=3)
    key_path = tmp_path / "key.json"
    key_path.write_text(exercise_files(exercises)["key.json"], encoding="utf-8")
    first = script.keyed_items(json.loads(key_path.read_text(encoding="utf-8")))[0]
    other = "named_person" if first["type"] != "named_person" else "document"
    readings = {
        ("", first["statement"]): {"id": "", "statement": first["statement"], "text": first["text"],
                                   "reading": first["type"]},
        ("", first["statement"] + 1): {"id": "", "statement": first["statement"] + 1, "text": first["text"],
                                       "reading": other},
    }
    result = script.check_readings([key_path], readings)
    assert result["figures"]["strict"] == 1 and "moved" not in result["figures"]
