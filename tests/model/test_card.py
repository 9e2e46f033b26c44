"""The model card is written from the build's notes and paths; the build reads the gold files."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sourcing.model.build import TRAINING_FILES, default_gold_paths
from sourcing.model.card import render_card
from sourcing.model.store import MODEL_NAME, shipped_model
from sourcing.model.training import held_out, load_gold_set

ROOT = Path(__file__).parents[2]

NOTES = {"trained": "2026-12-05T00:00:00Z", "seed": 7, "libraries": {"numpy": "2.0"},
         "training_articles": 3, "training_statements": 40, "temperature": 1.0,
         "confidence_map": [1.0, 0.0]}


def test_default_gold_paths_are_the_three_training_files_and_the_held_out_seeds() -> None:
    paths = default_gold_paths()
    assert [gold.name for gold, _ in paths.train] == [f"{name}.jsonl" for name in TRAINING_FILES]
    assert all(gold.is_file() and all(t.is_file() for t in texts) for gold, texts in paths.train)
    assert paths.test_gold.name == "seeds.jsonl" and paths.test_texts[0].is_dir()


def test_card_names_the_version_the_data_and_the_training_notes(tmp_path: Path) -> None:
    paths = default_gold_paths()
    outside = default_gold_paths(tmp_path)  # a path outside the repository is shown whole
    card = render_card("attribution-x", NOTES, replace(outside, train=paths.train),
                       examples_by_type="named_official 40", outlets=2, comparisons=[])
    assert card.startswith("# Model card: attribution (attribution-x)\n")
    assert "- Training: `data/gold/train.jsonl`, `data/gold/train2.jsonl`, `data/gold/train3.jsonl`:" \
        " 3 articles from 2 outlets" in card
    assert f"- Held out: `{tmp_path.as_posix()}/data/gold/seeds.jsonl`" in card
    assert "- Trained 2026-12-05T00:00:00Z with seed 7; numpy 2.0." in card
    assert "## Targets" not in card  # no grouped CV was run


def test_card_with_grouped_cv_fills_every_section_of_its_template() -> None:
    # The prose is a template (sourcing/data/model_card*.md): nothing is left unfilled, and the
    # figures go between the Figures section and the Limits, the calibration after the targets.
    paths = default_gold_paths()
    held = held_out(shipped_model(ROOT / "models" / MODEL_NAME), load_gold_set(paths.test_gold, paths.test_texts))
    card = render_card("attribution-x", NOTES, paths, examples_by_type="named_official 40", outlets=2,
                       comparisons=[replace(held, name="grouped 5-fold CV"), held])
    headings = [line for line in card.splitlines() if line.startswith("#")]
    assert headings[-7:] == ["## Data", "## Figures", "### grouped 5-fold CV", "### held-out seeds",
                             "## Targets (grouped CV)", "## Calibration of `confidence` (grouped 5-fold CV)",
                             "## Limits"]
    assert "$" not in card and "\n\n\n" not in card and card.endswith("its features are the rules' output.\n")
    assert "Temperature 1.000, fitted" in card and "with a = 1.000, b = 0.000 fitted" in card
    # each comparison says how often the model changed the rules' type, and whether to the gold type
    assert card.count("The model changed 0 credited types of the rules: 0 to the gold type, 0 away") == 2
