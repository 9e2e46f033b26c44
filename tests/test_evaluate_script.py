"""scripts/evaluate.py: a missing or unreadable gold or texts file is one line and exit 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "evaluate.py"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False)


def test_a_missing_texts_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("", encoding="utf-8")
    missing = tmp_path / "nowhere.jsonl"
    result = run(str(gold), "--texts", str(missing), "--no-model")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"evaluate.py: cannot read the gold or the texts: {missing}: No such file or directory"]


def test_a_missing_gold_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = run(str(tmp_path / "gold.jsonl"), "--no-model")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "gold.jsonl: No such file" in result.stderr


def test_texts_rows_without_an_id_are_one_line_and_exit_2(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("", encoding="utf-8")
    texts = tmp_path / "texts.jsonl"
    texts.write_text('{"text": "A sentence."}\n', encoding="utf-8")
    result = run(str(gold), "--texts", str(texts), "--no-model")
    assert result.returncode == 2
    assert result.stderr.strip() == "evaluate.py: cannot read the gold or the texts: a row has no 'id' field"


def test_gold_articles_without_a_text_are_one_line_and_exit_2(tmp_path: Path) -> None:
    # "evaluate.py data/gold/train2.jsonl" without its --texts raised a KeyError traceback.
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        '{"doc": "abc.txt", "anchor": "A sentence.", "role": "statement", "type": "unattributed", '
        '"alt": [], "source": null, "via": null, "offset": 0}\n', encoding="utf-8")
    texts = tmp_path / "texts.jsonl"
    texts.write_text('{"id": "other", "text": "Another sentence."}\n', encoding="utf-8")
    result = run(str(gold), "--texts", str(texts), "--no-model")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        (
            "evaluate.py: no text for 1 gold article(s), abc.txt first; give their texts with "
            "--texts (data/gold/NAME_texts.jsonl)"
        )
    ]
