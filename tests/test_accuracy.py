"""Accuracy gate: the rules' figures on the gold files and the shipped model's must stay above pinned floors.

Rules floors sit a little under the figures measured with `python scripts/evaluate.py GOLD
--no-model`; the model's under its grouped-CV and held-out figures in
models/attribution/figures.json (`python scripts/train.py`). Raising a floor is a commit,
lowering one needs a reason in the commit message.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcing.evaluation import evaluate, load_gold, load_texts, summary
from sourcing.pipeline import analyze

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "data" / "gold"


def rules_figures(gold_name: str, texts: list[Path]) -> dict:  # type: ignore[type-arg]
    result = evaluate(
        load_gold(GOLD / gold_name), load_texts(texts), lambda d: analyze(d, model=None)
    )
    return summary(result) | {"share_errors": result.share_errors}


@pytest.fixture(scope="module")
def seeds() -> dict:  # type: ignore[type-arg]
    return rules_figures("seeds.jsonl", [ROOT / "seeds"])


@pytest.fixture(scope="module")
def train() -> dict:  # type: ignore[type-arg]
    return rules_figures("train.jsonl", [GOLD / "train_texts.jsonl"])


def test_seeds_segmentation_is_exact(seeds: dict) -> None:  # type: ignore[type-arg]
    assert (seeds["missing"], seeds["leaks"], seeds["merged"]) == (0, 0, 0)


def test_seeds_accuracy_floor(seeds: dict) -> None:  # type: ignore[type-arg]
    assert seeds["accuracy"] >= 0.95  # measured 0.969


def test_seeds_share_error_floor(seeds: dict) -> None:  # type: ignore[type-arg]
    assert seeds["share_max_error"] <= 0.05  # measured 0.000
    assert seeds["share_mae"] <= 0.03  # measured 0.000


def test_train_anonymity_reason_floor(train: dict) -> None:  # type: ignore[type-arg]
    assert train["anonymity_reason_accuracy"] >= 0.90  # measured 0.917 on 192 unnamed statements


@pytest.mark.parametrize(
    ("gold_name", "accuracy", "macro_f1"),
    [("train2", 0.79, 0.70), ("train3", 0.77, 0.685)],  # measured 0.802 / 0.714 and 0.779 / 0.696
)
def test_rules_floor_on_later_gold(gold_name: str, accuracy: float, macro_f1: float) -> None:
    figures = rules_figures(f"{gold_name}.jsonl", [GOLD / f"{gold_name}_texts.jsonl"])
    assert figures["accuracy"] >= accuracy and figures["macro_f1"] >= macro_f1


SHIPPED_FIGURES = ROOT / "models" / "attribution" / "figures.json"


@pytest.mark.parametrize(
    ("comparison", "floors"),
    [
        # measured 0.910 / 0.868 / 0.888 / MAE 0.018 alt-credited (0.035 strict) / attribution 0.953 / source 0.882
        # (attribution-8871a306d0, the model retrained on the rules of 1d3ef83, issue 12 at stop 25; 0.909 / 0.868 /
        # 0.889 / 0.018 / 0.953 / 0.880 for attribution-72541007e5 on the rules of c059986)
        ("grouped 5-fold CV", {"accuracy": 0.90, "macro_f1": 0.86, "unnamed_source": 0.88,
                               "share_mae": 0.022, "attribution_f1": 0.95, "source_agreement": 0.875}),
        # measured 0.911 / 0.872 / 0.895 / 0.018 (0.035 strict) / 0.954 / 0.882 (0.910 / 0.868 / 0.897 / 0.018 /
        # 0.954 / 0.880 for attribution-72541007e5)
        ("leave-one-outlet-out CV", {"accuracy": 0.90, "macro_f1": 0.86, "unnamed_source": 0.89,
                                     "share_mae": 0.022, "attribution_f1": 0.95, "source_agreement": 0.875}),
    ],
)
def test_shipped_model_cv_floor(comparison: str, floors: dict) -> None:  # type: ignore[type-arg]
    import json

    measured = json.loads(SHIPPED_FIGURES.read_text(encoding="utf-8"))[comparison]
    model, rules = measured["rules+model"], measured["rules"]
    assert model["accuracy"] >= floors["accuracy"] and model["macro_f1"] >= floors["macro_f1"]
    assert model["per_type"]["unnamed_source"]["f1"] >= floors["unnamed_source"]
    assert model["share_mae"] <= floors["share_mae"]
    assert model["attribution_f1"] >= floors["attribution_f1"]
    assert model["source_agreement"] >= floors["source_agreement"]
    # At least the rules' unnamed_source F1 where whole outlets are held out (0.8949 against 0.8900,
    # attribution-8871a306d0); within 0.003 of it in grouped CV, where the model trails the rules by
    # 0.0022 (0.8878 against 0.8900; it tied them, 0.8889 both, with attribution-72541007e5): the rules
    # were tuned again on these same articles at stop 25 (issue 12), so their CV figures are
    # development figures, and the gap is the tuning's.
    margin = 1e-9 if comparison == "leave-one-outlet-out CV" else 0.003
    assert model["per_type"]["unnamed_source"]["f1"] >= rules["per_type"]["unnamed_source"]["f1"] - margin


def test_shipped_model_beats_the_rules_held_out_by_outlet() -> None:
    """The model must beat the rules alone on accuracy where whole outlets are held out, and stay
    within 0.001 of their macro-F1 there. In grouped CV it may trail them by a little: the rules of
    issue 15 and of issue 12 (stop 23) were tuned on these same articles (development figures).
    attribution-8871a306d0 measured, outlet CV, 0.9110 / 0.8715 against the rules' 0.9106 / 0.8707
    (attribution-72541007e5: 0.9100 / 0.8683 against 0.9095 / 0.8691); grouped CV 0.9097 / 0.8679
    against 0.9106 / 0.8707 (0.9088 / 0.8677 against 0.9095 / 0.8691)."""
    import json

    figures = json.loads(SHIPPED_FIGURES.read_text(encoding="utf-8"))
    outlets, grouped = figures["leave-one-outlet-out CV"], figures["grouped 5-fold CV"]
    model, rules = outlets["rules+model"], outlets["rules"]
    assert model["accuracy"] > rules["accuracy"] and model["macro_f1"] >= rules["macro_f1"] - 0.001
    model, rules = grouped["rules+model"], grouped["rules"]
    assert model["accuracy"] >= rules["accuracy"] - 0.001 and model["macro_f1"] >= rules["macro_f1"] - 0.003


def test_train_rules_floor(train: dict) -> None:  # type: ignore[type-arg]
    assert train["macro_f1"] >= 0.765  # measured 0.776
    assert train["accuracy"] >= 0.825  # measured 0.834
    assert train["missing"] == 0


@pytest.mark.parametrize(
    ("label", "floor"),
    [
        ("named_official", 0.845),
        ("named_person", 0.72),
        ("named_organization", 0.70),
        ("document", 0.66),
        ("cited_outlet", 0.69),
        ("unnamed_source", 0.765),
        ("unattributed", 0.865),
    ],
)
def test_train_rules_per_type_floor(train: dict, label: str, floor: float) -> None:  # type: ignore[type-arg]
    assert train["per_type"][label]["f1"] >= floor


GOLD_FILES = (("seeds.jsonl", [ROOT / "seeds"]),
              *((f"{name}.jsonl", [GOLD / f"{name}_texts.jsonl"]) for name in ("train", "train2", "train3")))


@pytest.fixture(scope="module")
def every_gold_report() -> list:  # type: ignore[type-arg]
    """Every gold article and seed, analyzed with the shipped model."""
    reports = []
    for gold_name, texts in GOLD_FILES:
        documents = load_texts(texts)
        reports += [analyze(documents[name]) for name in sorted(load_gold(GOLD / gold_name))]
    return reports


def test_no_record_contradicts_itself(every_gold_report: list) -> None:  # type: ignore[type-arg]
    from sourcing.consistency import report_problems

    problems = {(r.document.path, i): p for r in every_gold_report for i, p in report_problems(r).items()}
    assert len(every_gold_report) == 333
    assert problems == {}


def test_no_record_of_the_rules_alone_contradicts_itself() -> None:
    """The rules alone (`--no-model`) too: 67 records did (`python scripts/contradictions.py --no-model`)."""
    from sourcing.consistency import report_problems

    problems = {}
    for gold_name, texts in GOLD_FILES:
        documents = load_texts(texts)
        for name in sorted(load_gold(GOLD / gold_name)):
            report = analyze(documents[name], model=None)
            problems |= {(name, i): p for i, p in report_problems(report).items()}
    assert problems == {}
