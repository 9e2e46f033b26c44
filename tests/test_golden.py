"""Golden files: the full analysis of each seed article, compared field by field.

Regenerate only on purpose, then read the diff like code:
    python -m pytest tests/test_golden.py --update-golden
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sourcing.evaluation import load_texts
from sourcing.pipeline import analyze
from sourcing.run.serialize import report_dict

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
SEEDS = sorted(load_texts([ROOT / "seeds"]).items())
VOLATILE = {"analyzer"}  # carries the version string, checked by test_version


def stable(report: dict) -> dict:  # type: ignore[type-arg]
    return {k: v for k, v in report.items() if k not in VOLATILE}


@pytest.mark.parametrize(("name", "document"), SEEDS, ids=[name for name, _ in SEEDS])
def test_seed_matches_golden(name: str, document, update_golden: bool) -> None:  # type: ignore[no-untyped-def]
    current = stable(report_dict(analyze(document)))
    path = GOLDEN / name.replace(".txt", ".json")
    if update_golden:
        path.write_text(
            json.dumps(current, indent=1, ensure_ascii=False, sort_keys=True) + "\n",
            encoding="utf-8",
        )
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert [(s["start"], s["end"], s["type"]) for s in current["statements"]] == [
        (s["start"], s["end"], s["type"]) for s in expected["statements"]
    ]
    assert current == expected
