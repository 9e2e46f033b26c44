"""The model card is written from the build's notes and paths; the build reads the gold files."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sourcing.model.build import TRAINING_FILES, default_gold_paths
from sourcing.model.card import render_card

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
