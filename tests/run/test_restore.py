"""Tests for rebuilding typed reports from report dicts: the round trip loses nothing."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from sourcing.evaluation import load_texts
from sourcing.pipeline import analyze
from sourcing.provenance import Provenance, Rule
from sourcing.records import Document
from sourcing.run.cache import pack_report, unpack_report
from sourcing.run.restore import restore_provenance, restore_report
from sourcing.run.serialize import provenance_dict, report_dict

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


GOLD = Path(__file__).parents[2] / "data" / "gold"


@pytest.mark.parametrize("source", [GOLD / "train_texts.jsonl", GOLD / "train2_texts.jsonl",
                                    GOLD / "train3_texts.jsonl", SEEDS[0].parent],
                         ids=lambda p: p.name)
def test_internal_round_trip_gives_back_the_report(source: Path) -> None:
    """What a worker or the cache sends (packed, as JSON) restores to the report analyzed:
    every statement with its provenance and confidence; the scores as the contract rounds them."""
    restored_rules = 0
    for document in load_texts([source]).values():
        report = analyze(document)
        data = unpack_report(pack_report(report_dict(report, internal=True)))
        restored = restore_report(document, data)
        assert dataclasses.replace(restored, scores=report.scores) == report, document.path
        assert report_dict(restored) == report_dict(report)
        restored_rules += sum(s.provenance is not None for s in restored.statements)
    assert restored_rules > 0


def test_the_output_contract_has_no_provenance_and_rounds_confidence() -> None:
    report = analyze(Document('"It is safe," Mayor Ann Lee said. Talks stalled, an aide said.'))
    public, internal = report_dict(report)["statements"], report_dict(report, internal=True)["statements"]
    assert all("provenance" not in s for s in public)
    assert [s["provenance"]["rule"] for s in internal] == ["cue", "cue"]
    assert [s["confidence"] for s in public] == [round(s.confidence, 4) for s in report.statements]
    assert [s["confidence"] for s in internal] == [s.confidence for s in report.statements]
    assert restore_report(report.document, report_dict(report)).statements[0].provenance is None


MODEL_CHOICE = Provenance(Rule.MODEL, name="attribution-x", probability=0.7241234567,
                          replaced_type="unattributed",
                          replaced=Provenance(Rule.CARRY_OVER, source_kind="", statement=1))


@pytest.mark.parametrize(
    ("provenance", "compact"),
    [
        (None, None),
        (Provenance(Rule.HEDGE), {"rule": "hedge"}),
        (Provenance(Rule.CUE, cue_kind="subject_verb", source_kind="official"),
         {"rule": "cue", "cue_kind": "subject_verb", "source_kind": "official"}),
        (MODEL_CHOICE, {"rule": "model", "name": "attribution-x", "probability": 0.7241234567,
                        "replaced": {"rule": "carry_over", "source_kind": "", "statement": 1},
                        "replaced_type": "unattributed"}),
    ],
)
def test_provenance_is_kept_compact_and_comes_back(provenance: Provenance | None,
                                                   compact: dict[str, object] | None) -> None:
    assert provenance_dict(provenance) == compact
    assert restore_provenance(json.loads(json.dumps(compact))) == provenance
