"""Print the model's honest figures: grouped CV, leave-one-outlet-out, held-out seeds, vs rules alone.

Usage:
    python scripts/cross_validate.py [--json figures.json] [--skip-outlets] [--jobs N]

Each fold's model is trained only on that fold's training articles (train, train2, train3:
328 articles; grouped 5-fold by article, outlet-balanced, then leave-one-outlet-out); the seed
articles are scored by a model trained on all of them (nothing is saved). Alt labels are
credited everywhere.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sourcing.model.build import default_gold_paths
from sourcing.model.card import target_lines
from sourcing.model.training import (
    comparison_markdown,
    cross_validate,
    figures,
    grouped_folds,
    held_out,
    load_gold_set,
    load_gold_sets,
    outlet_folds,
    train,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--skip-outlets", action="store_true", help="no leave-one-outlet-out (faster)")
    parser.add_argument("--jobs", type=int, default=2, help="processes fitting the folds (default 2; same figures)")
    args = parser.parse_args()

    def progress(line: str) -> None:
        print(line, file=sys.stderr)

    paths = default_gold_paths(ROOT)
    data = load_gold_sets(paths.train)
    comparisons = [cross_validate(data, grouped_folds(data), "grouped 5-fold CV", progress=progress, jobs=args.jobs)]
    if not args.skip_outlets:
        comparisons.append(cross_validate(data, outlet_folds(data), "leave-one-outlet-out CV", progress=progress,
                                          jobs=args.jobs))
    model, _ = train(data)
    comparisons.append(held_out(model, load_gold_set(paths.test_gold, paths.test_texts)))
    for comparison in comparisons:
        print(comparison_markdown(comparison))
    print("Targets (grouped CV):\n" + "\n".join(target_lines(comparisons[0])))
    if args.json:
        args.json.write_text(json.dumps({c.name: figures(c) for c in comparisons}, indent=2, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
