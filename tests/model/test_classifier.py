"""The attribution model: training, re-typing, safe saving and loading, the shipped model's floor."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import numpy as np
import pytest
from fresh_python import modules_after
from typer.testing import CliRunner

from sourcing.cli import app
from sourcing.evaluation import summary
from sourcing.model.classifier import AttributionModel
from sourcing.model.examples import TrainingSet, align, fit_model
from sourcing.model.linear import fit_linear
from sourcing.model.store import (
    HASHING,
    META_FILE,
    MODEL_FILE,
    MODEL_NAME,
    SHIPPED,
    ModelError,
    ModelWarning,
    _shipped_or_none,
    choose_model,
    describe,
    load_model,
    models_dir,
    save_model,
    shipped_model,
)
from sourcing.model.training import held_out, load_gold_set
from sourcing.pipeline import analyze, final_statements
from sourcing.records import Document, SourceType
from sourcing.source_types import type_label

ROOT = Path(__file__).parents[2]
SEEDS = ROOT / "seeds"
SEED_DOC = SEEDS / "000_c7ec5d50d05b0fdd.txt"
SHIPPED_DIR = ROOT / "models" / MODEL_NAME
# Accuracy of the shipped model on the held-out seeds, as measured when it was trained
# (models/attribution/figures.json, "held-out seeds": 0.985, the same as the rules alone, and no
# seed statement the rules have right is wrong with the model); issue 15 asks >= 0.95.
SEEDS_ACCURACY_MEASURED = 0.985
SEEDS_ACCURACY_FLOOR = 0.95


def tiny_set() -> TrainingSet:
    """Twenty hand-made rows: the rules' unnamed sources are 'really' unattributed."""
    rows = [{"rule=unnamed_source": 1.0}] * 10 + [{"rule=named_official": 1.0}] * 10
    labels = ["unattributed"] * 10 + ["named_official"] * 10
    return TrainingSet(tuple(rows), tuple(labels), ("a",) * 20, ("x",) * 20)


@pytest.fixture(scope="module")
def tiny_model() -> AttributionModel:
    return fit_model(tiny_set(), "tiny", seed=0)


@pytest.fixture(scope="module")
def document() -> Document:
    return Document(text=SEED_DOC.read_text(encoding="utf-8"), path=SEED_DOC.name, outlet="Middle East Monitor")


def test_training_on_a_tiny_set_works(tiny_model: AttributionModel) -> None:
    assert set(tiny_model.labels) == {"unattributed", "named_official"}
    probabilities = tiny_model.linear.predict_proba([{"rule=unnamed_source": 1.0}])
    assert probabilities.shape == (1, 2) and abs(probabilities.sum() - 1) < 1e-9


def test_training_is_reproducible() -> None:
    row = [{"rule=unnamed_source": 1.0, "w=said": 1.0}]
    first = fit_model(tiny_set(), "a", seed=3).linear.predict_proba(row)
    second = fit_model(tiny_set(), "b", seed=3).linear.predict_proba(row)
    assert (first == second).all()


def test_model_overrides_and_says_so(tiny_model: AttributionModel, document: Document) -> None:
    rules = analyze(document, model=None)
    retyped = final_statements(document, list(rules.statements), tiny_model)
    assert len(retyped) == len(rules.statements)
    changed = [(r, m) for r, m in zip(rules.statements, retyped, strict=True) if r.type is not m.type]
    assert any(r.type is SourceType.UNNAMED_SOURCE and m.type is SourceType.UNATTRIBUTED for r, m in changed)
    for rule, model in changed:
        assert model.evidence.startswith("the trained model chose this type, ")
        assert f"over the rules' {type_label(rule.type.value)}" in model.evidence
        assert model.evidence.endswith(rule.evidence)
        assert f"model:{rule.type.value}->{model.type.value}" in model.flags
        assert model.span == rule.span and model.text == rule.text
        assert (model.anonymity_reason is not None) == (model.type is SourceType.UNNAMED_SOURCE)
        if model.type is SourceType.UNATTRIBUTED:
            assert model.via is None
    for statement in retyped:
        assert 0.0 <= statement.confidence <= 1.0


def test_analyze_with_a_model_names_it(tiny_model: AttributionModel, document: Document) -> None:
    report = analyze(document, model=tiny_model)
    assert report.analyzer.endswith("rules+model tiny")
    assert analyze(document, model=None).analyzer.endswith(" rules")


def test_align_takes_the_statement_holding_each_gold_offset(document: Document) -> None:
    from sourcing.evaluation import load_gold

    rows = load_gold(ROOT / "data" / "gold" / "seeds.jsonl")[SEED_DOC.name]
    statements = analyze(document, model=None).statements
    pairs = align(statements, rows)
    assert pairs and len({i for i, _, _ in pairs}) == len(pairs)
    for index, label, accepted in pairs:
        assert label in {t.value for t in SourceType} and label in accepted
        assert any(statements[index].span.contains(r.offset) and accepted == {r.type, *r.alt} for r in rows)


def test_the_confidence_map_round_trips(tiny_model: AttributionModel, tmp_path: Path) -> None:
    from dataclasses import replace

    save_model(replace(tiny_model, confidence_map=(0.75, 0.5)), tmp_path / "m")
    assert load_model(tmp_path / "m").confidence_map == (0.75, 0.5)


def test_saved_model_round_trips(tiny_model: AttributionModel, tmp_path: Path) -> None:
    saved = save_model(tiny_model, tmp_path / "m", {"note": "test"})
    loaded = load_model(tmp_path / "m")
    assert loaded.version == saved.version and loaded.version.startswith("m-")
    row = [{"rule=unnamed_source": 1.0}, {"rule=named_official": 1.0}]
    assert (loaded.linear.predict_proba(row) == tiny_model.linear.predict_proba(row)).all()
    assert json.loads((tmp_path / "m" / META_FILE).read_text())["note"] == "test"


@pytest.mark.parametrize("position", [0, 100, -30])
def test_tampered_file_is_refused(tiny_model: AttributionModel, tmp_path: Path, position: int) -> None:
    save_model(tiny_model, tmp_path)
    data = bytearray((tmp_path / MODEL_FILE).read_bytes())
    data[position] ^= 0xFF
    (tmp_path / MODEL_FILE).write_bytes(bytes(data))
    with pytest.raises(ModelError, match="checksum"):
        load_model(tmp_path)


def test_corrupted_file_with_matching_checksum_is_refused(tiny_model: AttributionModel, tmp_path: Path) -> None:
    save_model(tiny_model, tmp_path)
    (tmp_path / MODEL_FILE).write_bytes(b"PK\x03\x04 not a zip at all")
    meta = json.loads((tmp_path / META_FILE).read_text())
    import hashlib

    meta["sha256"] = hashlib.sha256(b"PK\x03\x04 not a zip at all").hexdigest()
    (tmp_path / META_FILE).write_text(json.dumps(meta))
    with pytest.raises(ModelError, match="not a readable weights file"):
        load_model(tmp_path)


@pytest.mark.parametrize(
    ("arrays", "named"),
    [
        ({"extra": np.zeros(1)}, "extra"),  # an array that is not one of ours
        ({"coef": np.array([["os.system"]])}, "coef"),  # an expected name with the wrong dtype
        ({"objects": np.array([{"a": 1}], dtype=object)}, "not a readable weights file"),  # needs pickle
        ({"phrase_classes": np.array(["document"])}, "phrase_buckets"),  # a phrase classifier is stored whole or not
        ({"confidence_map": np.array([1.0, 0.0, 2.0])}, "two numbers"),  # a map is (slope, offset)
    ],
)
def test_unexpected_arrays_are_refused(tiny_model: AttributionModel, tmp_path: Path, arrays: dict, named: str) -> None:  # type: ignore[type-arg]
    import hashlib
    import io

    linear = tiny_model.linear
    content = {"classes": np.array(linear.classes), "buckets": linear.buckets, "coef": linear.coef,
               "intercept": linear.intercept, "temperature": np.array(1.0), **arrays}
    buffer = io.BytesIO()
    np.savez(buffer, **content)
    data = buffer.getvalue()
    (tmp_path / MODEL_FILE).write_bytes(data)
    meta = {"version": "x", "sha256": hashlib.sha256(data).hexdigest(), "hashing": HASHING}  # a valid checksum
    (tmp_path / META_FILE).write_text(json.dumps(meta))
    with pytest.raises(ModelError, match=named):
        load_model(tmp_path)


def test_numpy_prediction_equals_scikit_learn() -> None:
    from sklearn.linear_model import LogisticRegression

    from sourcing.model.linear import design_matrix

    rows = [{"a": 1.0, "b": 0.5}, {"a": 1.0}, {"c": 1.0, "b": 1.0}, {"c": 2.0}, {"a": 1.0, "c": 1.0}, {"b": 1.0}]
    labels = ["x", "x", "y", "y", "z", "z"]
    linear = fit_linear(rows, labels, seed=0, min_rows=1)
    fitted = LogisticRegression(C=1.0, max_iter=1000, random_state=0).fit(design_matrix(rows, linear.buckets), labels)
    unseen = [*rows, {"a": 1.0, "unseen": 3.0}, {}]
    expected = fitted.predict_proba(design_matrix(unseen, linear.buckets))
    assert np.allclose(linear.predict_proba(unseen), expected, rtol=1e-9, atol=1e-12)


def test_predicting_imports_no_scikit_learn(tmp_path: Path, tiny_model: AttributionModel) -> None:
    save_model(tiny_model, tmp_path / "m")
    code = ("from pathlib import Path; from sourcing.model.store import load_model; "
            f"m = load_model(Path({str(tmp_path / 'm')!r})); m.linear.predict_proba([{{'x': 1.0}}])")
    loaded = modules_after(code)
    assert sorted(n for n in loaded if n.split(".")[0] in {"sklearn", "skops", "scipy"}) == []


def test_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="no model in .*--no-model"):
        load_model(tmp_path)


def test_missing_shipped_model_warns_and_falls_back(tmp_path: Path) -> None:
    _shipped_or_none.cache_clear()
    with pytest.warns(ModelWarning, match="rules only"):
        assert _shipped_or_none(tmp_path / "absent") is None
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert _shipped_or_none(tmp_path / "absent") is None  # once per process


def test_explicit_models_dir_must_hold_a_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCING_MODELS_DIR", str(tmp_path))
    assert models_dir() == tmp_path
    with pytest.raises(ModelError):
        choose_model(SHIPPED)


def test_model_choice() -> None:
    assert choose_model(None) is None and describe(None) == "rules"
    with pytest.raises(ValueError):
        choose_model("latest")


needs_shipped = pytest.mark.skipif(not (SHIPPED_DIR / MODEL_FILE).exists(), reason="no shipped model")


@needs_shipped
def test_shipped_model_loads_with_its_version() -> None:
    model = shipped_model(SHIPPED_DIR)
    meta = json.loads((SHIPPED_DIR / META_FILE).read_text())
    assert model.version == meta["version"]
    assert describe(model) == f"rules+model {meta['version']}"


@needs_shipped
def test_shipped_model_accuracy_floor_on_held_out_seeds() -> None:
    seeds = load_gold_set(ROOT / "data" / "gold" / "seeds.jsonl", [SEEDS])
    figures = summary(held_out(shipped_model(SHIPPED_DIR), seeds).model)
    assert figures["accuracy"] >= SEEDS_ACCURACY_FLOOR


def test_no_model_gives_the_rules_types() -> None:
    result = CliRunner().invoke(app, ["score", "--jobs", "1", "--no-cache", "--no-model", "-f", "json",
                                      str(SEED_DOC)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    from sourcing.inputs.ingest import iter_inputs

    (ingested,) = iter_inputs([str(SEED_DOC)], None)
    assert isinstance(ingested, Document)
    rules = analyze(ingested, model=None)
    assert report["analyzer"].endswith(" rules")
    assert [s["type"] for s in report["statements"]] == [s.type.value for s in rules.statements]


def test_train_command_has_help_and_a_readme_example() -> None:
    result = CliRunner().invoke(app, ["train", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "--no-cv" in result.stdout and "--output" in result.stdout and "Example" in result.stdout
    # a model saved without CV has no temperature or confidence map (stop 39: such a model's keys
    # were once taken for a calibrated retrain's)
    assert "uncalibrated" in " ".join(result.stdout.split())
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "## Model" in readme and "sourcing train" in readme and "--no-model" in readme


def test_runtime_model_does_not_import_the_gold_format() -> None:
    loaded = modules_after("import sourcing.pipeline, sourcing.model.classifier, sourcing.model.store")
    assert {"sourcing.evaluation", "sourcing.model.examples"} & loaded == set()
