"""scripts/keying_risk.py: keyed rows counted by today's mechanism, wrong ones apart; a missing
or malformed readings file is one line and exit 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from scripts_loader import load_script

from sourcing import analyze_text

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "keying_risk.py"
TEXT = 'Prime Minister Haider al-Abadi visited Washington on Monday. "We need more help," he said.'


def row(statement: int, text: str, keyed: str | None, agree: bool | None = True,
        source_ok: bool | None = True) -> dict[str, object]:
    return {"id": "a", "statement": statement, "text": text, "keyed": keyed, "agree": agree,
            "source_ok": source_ok}


def test_rows_are_counted_by_mechanism_and_wrong_when_the_type_or_source_was(tmp_path: Path) -> None:
    risk = load_script("keying_risk")
    report = analyze_text(TEXT, model=None)
    first, second = (s.text for s in report.statements)
    readings = tmp_path / "readings.jsonl"
    readings.write_text("\n".join(json.dumps(r) for r in [
        row(0, first, "unattributed"),
        row(1, second, "named_official", agree=True, source_ok=False),  # right type, wrong person
        row(1, "a sentence no longer in the article", None),  # read, never keyed: not counted
    ]), encoding="utf-8")
    rows = risk.keyed_rows([readings])
    counts, unmatched = risk.tally(rows, {"a": report})
    assert unmatched == 0
    assert counts["no source (unattributed)"] == 1 and counts["no source (unattributed) wrong"] == 0
    name_before = "pronoun or role noun resolved to a name before it"
    assert counts[name_before] == 1 and counts[f"{name_before} wrong"] == 1
    assert counts[f"{name_before} same wrong"] == 1  # today's type is still the keyed one


def test_a_missing_readings_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.jsonl"
    result = subprocess.run([sys.executable, str(SCRIPT), str(missing), "--corpus", str(missing)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        f"keying_risk.py: cannot read the readings: {missing}: No such file or directory"]


def test_a_keyed_row_without_a_judgement_is_one_line_and_exit_2(tmp_path: Path) -> None:
    readings = tmp_path / "readings.jsonl"
    readings.write_text('{"id": "a", "statement": 0, "text": "x", "keyed": "unattributed"}\n', encoding="utf-8")
    result = subprocess.run([sys.executable, str(SCRIPT), str(readings), "--corpus", str(readings)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert result.stderr.strip() == "keying_risk.py: cannot read the readings: a row has no 'agree' field"


def test_a_row_that_is_no_object_is_one_line_and_exit_2(tmp_path: Path) -> None:
    readings = tmp_path / "readings.jsonl"
    readings.write_text("[1, 2]\n", encoding="utf-8")
    result = subprocess.run([sys.executable, str(SCRIPT), str(readings), "--corpus", str(readings)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == f"keying_risk.py: cannot read the readings: {readings}: a row that is no reading: [1, 2]"


def test_an_article_missing_from_the_corpus_is_one_line_and_exit_2(tmp_path: Path) -> None:
    readings, corpus = tmp_path / "readings.jsonl", tmp_path / "corpus.jsonl"
    readings.write_text(json.dumps(row(0, "x", "unattributed")) + "\n", encoding="utf-8")
    corpus.write_text(json.dumps({"id": "b", "outlet": "X", "text": TEXT}) + "\n", encoding="utf-8")
    result = subprocess.run([sys.executable, str(SCRIPT), str(readings), "--corpus", str(corpus)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1] == f"keying_risk.py: not in {corpus}: a"


def test_the_type_axis_counts_named_people_by_what_made_their_type(tmp_path: Path) -> None:
    risk = load_script("keying_risk")
    report = analyze_text("The city said the bridge would reopen. Sen. Ann Lee said it was safe.", model=None)
    first, second = (s.text for s in report.statements)
    readings = tmp_path / "readings.jsonl"
    readings.write_text("\n".join(json.dumps(r) for r in [
        row(0, first, "named_organization"),  # no named person: not on the type axis
        row(1, second, "named_person", agree=False),  # keyed person, read official: wrong
    ]), encoding="utf-8")
    counts, unmatched = risk.tally(risk.keyed_rows([readings]), {"a": report}, risk.AXES["type"][1])
    title = "a title or role before the name, in its statement"
    assert unmatched == 0 and sum(v for k, v in counts.items() if not k.endswith(("wrong", "same"))) == 1
    assert counts[title] == 1 and counts[f"{title} wrong"] == 1
    assert counts[f"{title} same"] == 0  # keyed person, typed official today
    lines = list(risk.table(counts, 3.0, 1, "type"))
    assert lines[0].startswith("type ") and lines[-1].split() == ["all", "1", "1"]
