"""The source-phrase classifier: its features, fitting on gold phrases, the features it gives statements."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcing.evaluation import GoldRow
from sourcing.model.examples import TrainingSet, fit_model, gold_phrases
from sourcing.model.linear import LinearModel
from sourcing.model.phrase_types import (
    fit_phrases,
    phrase_features,
    phrase_type_features,
)
from sourcing.model.store import load_model, save_model
from sourcing.records import SourceType, Span, Statement

PHRASES = [
    *((p, "cited_outlet") for p in ("Reuters", "The Associated Press", "CNN", "Politico", "NBC News", "Reuters reporters")),
    *((p, "unnamed_source") for p in ("a senior official", "two officials", "people familiar with the matter",
                                      "a source", "sources", "an official familiar with the talks")),
    *((p, "document") for p in ("the report", "a court filing", "the indictment", "the new report",
                                "court documents", "the filing")),
]


@pytest.fixture(scope="module")
def phrases() -> LinearModel:
    return fit_phrases(PHRASES, seed=0)


def _statement(index: int, source: str | None, kind: SourceType) -> Statement:
    return Statement(index=index, span=Span(0, 1), text="x", type=kind, source=source)


def test_phrase_features_read_words_characters_lexicons_and_shape() -> None:
    row = phrase_features("a senior White House official")
    assert row["pw=official"] == row["phead=official"] == row["pfirst=a"] == 1.0
    assert row["pc3=off"] == 1.0 and row["plex=official_roles"] == 1.0 and row["pname_shape"] == 1.0
    assert phrase_features("Reuters")["poutlet"] == 1.0
    assert "poutlet" not in phrase_features("a source")


def test_gold_phrases_keep_attributed_statement_rows() -> None:
    def row(role: str, kind: str | None, source: str | None) -> GoldRow:
        return GoldRow("d", 0, "", role, kind, (), source, None, None)

    rows = [row("statement", "named_official", "Pompeo"), row("statement", "unattributed", "the paper"),
            row("boilerplate", None, "x"), row("statement", "document", None)]
    assert gold_phrases(rows) == [("Pompeo", "named_official")]


def test_the_classifier_types_unseen_phrases(phrases: LinearModel) -> None:
    probabilities = phrases.predict_proba([phrase_features(p) for p in ("a court report", "an official")])
    assert phrases.classes[probabilities[0].argmax()] == "document"
    assert phrases.classes[probabilities[1].argmax()] == "unnamed_source"


def test_statement_features_cross_the_phrase_type_with_the_rules(phrases: LinearModel) -> None:
    rows = phrase_type_features(phrases, [_statement(0, "a senior official", SourceType.UNNAMED_SOURCE),
                                          _statement(1, None, SourceType.UNATTRIBUTED),
                                          _statement(2, "a senior official", SourceType.DOCUMENT)])
    assert rows[1] == {}
    assert rows[0]["phrase_rule=unnamed_source|unnamed_source"] == rows[0]["phrase_agrees"] == 1.0
    assert rows[2]["phrase_rule=unnamed_source|document"] == 1.0 and rows[2]["phrase_agrees"] == 0.0
    assert sum(v for k, v in rows[0].items() if k.startswith("phrase_p=")) == pytest.approx(1.0)


def test_a_model_with_its_phrase_classifier_round_trips(phrases: LinearModel, tmp_path: Path) -> None:
    data = TrainingSet(({"rule=document": 1.0},) * 4 + ({"rule=unnamed_source": 1.0},) * 4,
                       ("document",) * 4 + ("unnamed_source",) * 4, ("a",) * 8, ("x",) * 8)
    saved = save_model(fit_model(data, "tiny", 0, phrases), tmp_path / "m")
    loaded = load_model(tmp_path / "m")
    assert loaded.version == saved.version and loaded.phrases is not None
    row = [phrase_features("the filing")]
    assert (loaded.phrases.predict_proba(row) == phrases.predict_proba(row)).all()


def test_a_full_phrase_memo_is_emptied_without_losing_an_articles_known_sources(
    phrases: LinearModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sourcing.model.phrase_types.CACHED_PHRASES", 2)
    first = [_statement(0, "Reuters", SourceType.CITED_OUTLET), _statement(1, "the report", SourceType.DOCUMENT)]
    phrase_type_features(phrases, first)
    # "Reuters" is remembered, "a source" is new and overflows the memo: both must be typed
    second = [_statement(0, "Reuters", SourceType.CITED_OUTLET), _statement(1, "a source", SourceType.UNNAMED_SOURCE)]
    rows = phrase_type_features(phrases, second)
    assert rows[0]["phrase_rule=cited_outlet|cited_outlet"] == 1.0
    assert rows[1]["phrase_rule=unnamed_source|unnamed_source"] == 1.0
