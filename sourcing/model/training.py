"""Train the attribution model on the gold articles and measure it honestly.

Every figure here is computed on articles the model did not see: grouped by article
(GroupKFold), by outlet (leave-one-outlet-out), or on the held-out seed articles.
"""

from __future__ import annotations

import platform
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

import numpy as np

from sourcing.evaluation import (
    TYPES,
    Evaluation,
    GoldRow,
    confusion,
    evaluate_document,
    load_gold,
    load_texts,
    summary,
)
from sourcing.model.calibration import IDENTITY_MAP, fit_confidence_map, fit_temperature
from sourcing.model.classifier import AttributionModel
from sourcing.model.examples import TrainingSet, fit_model, gold_phrases, training_set
from sourcing.model.linear import LinearModel
from sourcing.model.overrides import count_overrides
from sourcing.model.phrase_types import fit_phrases
from sourcing.records import ArticleReport
from sourcing.scoring.score import score_article
from sourcing.settings import DEFAULT_SETTINGS, Settings

SEED = 13
FOLDS = 5
T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class GoldSet:
    """Gold rows and the rules-only reports of the same articles."""

    gold: dict[str, list[GoldRow]]
    reports: dict[str, ArticleReport]


@dataclass(frozen=True)
class Comparison:
    """The same articles scored by the rules alone and by rules + model."""

    name: str
    rules: Evaluation
    model: Evaluation
    temperature: float = 1.0  # fitted on every fold's out-of-fold logits (for the final model)
    confidence_map: tuple[float, float] = IDENTITY_MAP  # fitted on every fold's out-of-fold decisions


# One fitted fold: its test articles, its model, and the test statements' logits and accepted types
# (a boolean mask over the model's labels: the gold type and its `alt` types).
Fold = tuple[list[str], AttributionModel, np.ndarray, np.ndarray]


def load_gold_set(gold_path: Path, texts: Sequence[Path]) -> GoldSet:
    """Analyze every gold article with the rules alone."""
    from sourcing.pipeline import analyze

    gold = load_gold(gold_path)
    documents = load_texts(texts)
    return GoldSet(gold, {name: analyze(documents[name], model=None) for name in gold})


def load_gold_sets(sources: Sequence[tuple[Path, Sequence[Path]]]) -> GoldSet:
    """Analyze the articles of several gold files (gold, texts) as one set; names must not repeat."""
    gold: dict[str, list[GoldRow]] = {}
    reports: dict[str, ArticleReport] = {}
    for gold_path, texts in sources:
        part = load_gold_set(gold_path, texts)
        repeated = set(part.gold) & set(gold)
        if repeated:
            raise ValueError(f"{gold_path}: articles already loaded: {', '.join(sorted(repeated)[:3])}")
        gold.update(part.gold)
        reports.update(part.reports)
    return GoldSet(gold, reports)


def with_model(report: ArticleReport, model: AttributionModel, settings: Settings = DEFAULT_SETTINGS) -> ArticleReport:
    """Re-type a rules-only report with `model` and score it again."""
    from sourcing.pipeline import final_statements

    statements = final_statements(report.document, list(report.statements), model)
    body_text = "\n".join(s.text for s in statements)
    scores = score_article(statements, body_text, settings, lambda _: report.scores.readability)
    return replace(report, statements=tuple(statements), scores=scores)


def train(data: GoldSet, seed: int = SEED) -> tuple[AttributionModel, TrainingSet]:
    """Fit the model on every article of `data`, with the phrase classifier fitted on all of them."""
    examples = phrase_examples(data, sorted(data.gold), seed)
    return fit_model(examples, "unsaved", seed, fit_phrases(_phrases_of(data, data.gold), seed)), examples


def phrase_examples(data: GoldSet, names: Sequence[str], seed: int = SEED, folds: int = FOLDS) -> TrainingSet:
    """The training examples of `names`, each article's phrase features from a phrase classifier
    fitted on the other articles of `names` only (out-of-fold, so the model learns how far to trust it)."""
    ordered = sorted(names)
    phrases: dict[str, LinearModel] = {}
    for fold in range(folds):
        held = ordered[fold::folds]
        model = fit_phrases(_phrases_of(data, set(ordered) - set(held)), seed)
        phrases.update(dict.fromkeys(held, model))
    return training_set({n: data.reports[n] for n in ordered}, {n: data.gold[n] for n in ordered}, phrases)


def _phrases_of(data: GoldSet, names: Iterable[str]) -> list[tuple[str, str]]:
    return [pair for name in sorted(names) for pair in gold_phrases(data.gold[name])]


def outlet_of(report: ArticleReport) -> str:
    """The article's canonical outlet ("Fox Online News" and "Fox News" are one)."""
    from sourcing.outlets import canonical_outlet, default_table

    return canonical_outlet(report.document.outlet, report.document.url, default_table())


def articles_by_outlet(data: GoldSet) -> dict[str, list[str]]:
    """The article names of each canonical outlet, sorted."""
    by_outlet: dict[str, list[str]] = {}
    for name in sorted(data.gold):
        by_outlet.setdefault(outlet_of(data.reports[name]), []).append(name)
    return by_outlet


def grouped_folds(data: GoldSet, folds: int = FOLDS) -> Iterator[tuple[list[str], list[str]]]:
    """Split the articles into `folds` train/test pairs, no article in both, each outlet spread evenly.

    Articles are dealt round-robin, outlet after outlet (sorted), so every fold holds about the
    same number of articles and of each outlet's articles; the split is the same every run.
    """
    by_outlet = articles_by_outlet(data)
    dealt = [name for outlet in sorted(by_outlet) for name in by_outlet[outlet]]
    for fold in range(folds):
        test = set(dealt[fold::folds])
        yield [n for n in sorted(data.gold) if n not in test], sorted(test)


def outlet_folds(data: GoldSet) -> Iterator[tuple[list[str], list[str]]]:
    """One fold per outlet: train on every other outlet, test on this one."""
    by_outlet = articles_by_outlet(data)
    for outlet in sorted(by_outlet):
        test = by_outlet[outlet]
        yield [n for n in sorted(data.gold) if n not in test], test


def cross_validate(
    data: GoldSet, folds: Iterator[tuple[list[str], list[str]]], name: str, seed: int = SEED,
    progress: Callable[[str], None] | None = None, jobs: int = 1,
) -> Comparison:
    """Train on each fold's training articles, compare rules and rules + model on its test articles.

    Each fold's phrase classifier is fitted on its training articles only (and the training
    articles' phrase features out-of-fold within them). Each fold's model is calibrated with the
    temperature fitted on the other folds' out-of-fold logits and the confidence map fitted on the
    other folds' out-of-fold decisions, so its confidences are as honest as its types. With
    `jobs` > 1 the folds are fitted on that many processes (same figures).
    """
    tasks = [(data, train_names, test_names, f"{name}-fold{number}", seed)
             for number, (train_names, test_names) in enumerate(folds, 1)]
    fitted: list[Fold] = []
    for number, fold in enumerate(_map(_fit_fold, tasks, jobs), 1):
        fitted.append(fold)
        if progress:
            progress(f"{name}: fold {number} fitted ({len(fold[0])} test articles)")
    temperatures = [_temperature([f for other, f in enumerate(fitted) if other != number])
                    for number in range(len(fitted))]
    # (probability of the chosen type, right) of each fold's decisions, before the confidence map
    decided = [_decisions(data, fold, temperature) for fold, temperature in zip(fitted, temperatures)]
    rules, scored = Evaluation(), Evaluation()
    for number, (test_names, model, _, _) in enumerate(fitted):
        mapping = fit_confidence_map([pair for other, pairs in enumerate(decided) if other != number for pair in pairs])
        calibrated = replace(model, linear=model.linear.with_temperature(temperatures[number]), confidence_map=mapping)
        for test in test_names:
            evaluate_document(data.reports[test], data.gold[test], rules)
            evaluate_document(with_model(data.reports[test], calibrated), data.gold[test], scored)
    return Comparison(name, rules, scored, _temperature(fitted), fit_confidence_map([p for d in decided for p in d]))


def _decisions(data: GoldSet, fold: Fold, temperature: float) -> list[tuple[float, bool]]:
    """(probability of the chosen type, whether it is right) of a fold's test statements."""
    test_names, model, _, _ = fold
    result = Evaluation()
    calibrated = replace(model, linear=model.linear.with_temperature(temperature))
    for test in test_names:
        evaluate_document(with_model(data.reports[test], calibrated), data.gold[test], result)
    return result.confidences


def _fit_fold(task: tuple[GoldSet, list[str], list[str], str, int]) -> Fold:
    """Fit one fold's phrase classifier and model on its training articles; the test articles' logits."""
    data, train_names, test_names, version, seed = task
    phrases = fit_phrases(_phrases_of(data, train_names), seed)
    model = fit_model(phrase_examples(data, train_names, seed), version, seed, phrases)
    held = training_set({n: data.reports[n] for n in test_names}, {n: data.gold[n] for n in test_names},
                        dict.fromkeys(test_names, phrases))
    known = [i for i, right in enumerate(held.accepted) if not right.isdisjoint(model.labels)]
    logits = model.linear.decision_function([held.features[i] for i in known])
    accepted = np.array([[label in held.accepted[i] for label in model.labels] for i in known], dtype=bool)
    return test_names, model, logits, accepted.reshape(len(known), len(model.labels))


def _map(function: Callable[[T], R], tasks: Sequence[T], jobs: int) -> Iterator[R]:
    """`map(function, tasks)` in order, on `jobs` processes when more than one."""
    if jobs <= 1 or len(tasks) <= 1:
        yield from map(function, tasks)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as pool:
        yield from pool.map(function, tasks)


def _temperature(fitted: Sequence[Fold]) -> float:
    """The temperature fitted on the out-of-fold logits of `fitted` folds."""
    if not fitted:
        return 1.0
    return fit_temperature(np.vstack([f[2] for f in fitted]), np.vstack([f[3] for f in fitted]))


def held_out(model: AttributionModel, test: GoldSet, name: str = "held-out seeds") -> Comparison:
    """Score a model trained elsewhere on the articles of `test`."""
    rules, scored = Evaluation(), Evaluation()
    for doc in sorted(test.gold):
        evaluate_document(test.reports[doc], test.gold[doc], rules)
        evaluate_document(with_model(test.reports[doc], model), test.gold[doc], scored)
    return Comparison(name, rules, scored)


def figures(comparison: Comparison) -> dict[str, object]:
    """The headline figures of both sides and the model's overrides, for JSON and the model card."""
    return {"rules": summary(comparison.rules), "rules+model": summary(comparison.model),
            "overrides": count_overrides(comparison.rules, comparison.model).as_dict()}


def comparison_markdown(comparison: Comparison) -> str:
    """Render the ablation table, per-type figures and the model's confusion matrix."""
    rules, model = summary(comparison.rules), summary(comparison.model)
    lines = [f"### {comparison.name}", "", f"{rules['statements']} gold statements.", "",
             "| figure | rules alone | rules + model |", "|---|---:|---:|"]
    for key, label in (("accuracy", "accuracy"), ("macro_f1", "macro-F1"), ("share_mae", "anonymity_share MAE"),
                       ("strict_share_mae", "anonymity_share MAE, strict (no alt reading)")):
        lines.append(f"| {label} | {rules[key]:.3f} | {model[key]:.3f} |")
    for label in TYPES:
        r, m = rules["per_type"][label], model["per_type"][label]  # type: ignore[index]
        lines.append(f"| {label} F1 (P / R, model; n={m['support']}) | {r['f1']:.3f} | "
                     f"{m['f1']:.3f} ({m['precision']:.2f} / {m['recall']:.2f}) |")
    found = count_overrides(comparison.rules, comparison.model)
    changed = (f"The model changed {found.total} credited types of the rules: {found.right} to the gold type, "
               f"{found.wrong} away from it, {found.neither} from one wrong type to another.")
    lines += ["", changed]
    lines += ["", "Confusion of rules + model (rows gold, columns predicted, alt labels credited):", ""]
    lines += confusion_markdown(comparison.model)
    return "\n".join(lines) + "\n"


def confusion_markdown(result: Evaluation) -> list[str]:
    """A Markdown confusion matrix of `result`."""
    columns = [*TYPES, "missing"]
    lines = ["| gold \\ predicted | " + " | ".join(c[:10] for c in columns) + " |",
             "|---|" + "---:|" * len(columns)]
    for gold_label, counts in confusion(result.pairs).items():
        lines.append(f"| {gold_label} | " + " | ".join(str(counts.get(c, 0)) for c in columns) + " |")
    return lines


def library_versions() -> dict[str, str]:
    """Versions of Python and the libraries the model depends on."""
    import numpy
    import scipy
    import sklearn
    return {"python": platform.python_version(), "scikit-learn": sklearn.__version__,
            "numpy": numpy.__version__, "scipy": scipy.__version__}


def count_outlets(data: GoldSet) -> int:
    """How many canonical outlets the gold articles come from."""
    return len({outlet_of(report) for report in data.reports.values()})


def summarize_examples(examples: TrainingSet) -> Mapping[str, int]:
    """Gold statements per type in a training set."""
    counts = {label: 0 for label in TYPES}
    for label in examples.labels:
        counts[label] = counts.get(label, 0) + 1
    return counts
