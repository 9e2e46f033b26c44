"""Build the shipped model: train on the gold files, save the weights, measure, write its card."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from sourcing.model.calibration import IDENTITY_MAP
from sourcing.model.card import CARD_FILE, render_card
from sourcing.model.store import save_model
from sourcing.model.training import (
    FOLDS,
    SEED,
    Comparison,
    count_outlets,
    cross_validate,
    figures,
    grouped_folds,
    held_out,
    library_versions,
    load_gold_set,
    load_gold_sets,
    outlet_folds,
    summarize_examples,
    train,
)

TRAINING_FILES = ("train", "train2", "train3")
FIGURES_FILE = "figures.json"


@dataclass(frozen=True)
class GoldPaths:
    """Where the training and held-out gold rows and their texts are."""

    train: tuple[tuple[Path, tuple[Path, ...]], ...]  # (gold file, its texts) for each training file
    test_gold: Path
    test_texts: tuple[Path, ...]


def default_gold_paths(root: Path | None = None) -> GoldPaths:
    """The repository's gold data: train, train2, train3 to learn from, the seed articles held out."""
    import sourcing

    root = root or Path(sourcing.__file__).resolve().parent.parent
    gold = root / "data" / "gold"
    train = tuple((gold / f"{name}.jsonl", (gold / f"{name}_texts.jsonl",)) for name in TRAINING_FILES)
    return GoldPaths(train, gold / "seeds.jsonl", (root / "seeds",))


def build_model(
    paths: GoldPaths, out_dir: Path, with_cv: bool = True, progress: Callable[[str], None] = lambda _: None,
    with_outlets: bool = True, jobs: int = 1,
) -> list[Comparison]:
    """Measure on grouped CV (which also fits the temperature), train on every article, save, write the card."""
    progress("analyzing the gold articles with the rules")
    data = load_gold_sets(paths.train)
    comparisons = []
    if with_cv:
        comparisons.append(cross_validate(data, grouped_folds(data), f"grouped {FOLDS}-fold CV", SEED, progress, jobs))
        if with_outlets:
            comparisons.append(cross_validate(data, outlet_folds(data), "leave-one-outlet-out CV", SEED, progress, jobs))
    temperature = comparisons[0].temperature if comparisons else 1.0
    mapping = comparisons[0].confidence_map if comparisons else IDENTITY_MAP
    model, examples = train(data)
    model = replace(model, linear=model.linear.with_temperature(temperature), confidence_map=mapping)
    notes = {"trained": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "seed": SEED,
             "temperature": temperature, "confidence_map": list(mapping), "training_statements": len(examples.labels),
             "training_articles": len(data.gold), "libraries": library_versions()}
    model = save_model(model, out_dir, notes)
    progress(f"saved {model.version} to {out_dir}")
    comparisons.append(held_out(model, load_gold_set(paths.test_gold, paths.test_texts)))
    (out_dir / FIGURES_FILE).write_text(
        json.dumps({c.name: figures(c) for c in comparisons}, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    card = render_card(model.version, notes, paths, examples_by_type=summarize_examples(examples),
                       outlets=count_outlets(data), comparisons=comparisons)
    (out_dir / CARD_FILE).write_text(card, encoding="utf-8")
    return comparisons
