"""Tests for rebuilding typed reports from report dicts: the round trip loses nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcing.pipeline import analyze
from sourcing.records import Document
from sourcing.run.restore import restore_report
from sourcing.run.serialize import report_dict

SEEDS = sorted((Path(__file__).parents[2] / "seeds").glob("*.txt"))
TEXTS = [
    'Officials said the bridge would reopen in May. "It is safe," Mayor Ann Lee said.',
    "A senior official, who spoke on condition of anonymity, said talks had stalled.",
    "According to Reuters, the company plans to cut 200 jobs. Shares fell 3 percent.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_round_trip_of_short_texts(text: str) -> None:
    document = Document(text=text, path="a.txt", outlet="Test Wire", topic="politics")
    report = analyze(document)
    data = report_dict(report)
    restored = restore_report(document, data)
    assert report_dict(restored) == data
    assert restored.document is document


@pytest.mark.parametrize("path", SEEDS[:3], ids=lambda p: p.name)
def test_round_trip_of_seed_articles(path: Path) -> None:
    document = Document(text=path.read_text(encoding="utf-8"), path=path.name)
    data = report_dict(analyze(document))
    restored = restore_report(document, data)
    assert report_dict(restored) == data
    assert all(isinstance(s.flags, tuple) for s in restored.statements)
