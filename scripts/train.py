"""Rebuild the shipped attribution model: measure on grouped and outlet CV, train, save the weights, write the model card.

Usage:
    python scripts/train.py                     # models/attribution/, with CV figures
    python scripts/train.py --out DIR --no-cv   # quicker: held-out seed figures only

The temperature and the confidence map are fitted on grouped CV's out-of-fold decisions: with
`--no-cv` the saved model has neither (temperature 1, identity map), so its `confidence` is
uncalibrated and cannot be held against `Settings.key_confidence`; it is not for shipping.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sourcing.model.build import build_model, default_gold_paths
from sourcing.model.card import target_lines
from sourcing.model.store import MODEL_NAME, models_dir


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=models_dir() / MODEL_NAME, help="model folder")
    parser.add_argument("--no-cv", action="store_true",
                        help="skip cross-validation (seed figures only; confidence uncalibrated, not for shipping)")
    parser.add_argument("--skip-outlets", action="store_true", help="no leave-one-outlet-out CV (faster)")
    parser.add_argument("--jobs", type=int, default=2, help="processes fitting CV folds (default 2)")
    args = parser.parse_args()
    comparisons = build_model(default_gold_paths(ROOT), args.out, not args.no_cv, lambda line: print(line, file=sys.stderr),
                              with_outlets=not args.skip_outlets, jobs=args.jobs)
    for comparison in comparisons:
        print(f"{comparison.name}: see {args.out / 'MODEL_CARD.md'}")
    if not args.no_cv:
        print("\n".join(target_lines(comparisons[0])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
