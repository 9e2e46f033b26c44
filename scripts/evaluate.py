"""Score the analyzer against gold annotations: per-type P/R/F1, confusion matrix, share error.

Usage:
    python scripts/evaluate.py data/gold/seeds.jsonl
    python scripts/evaluate.py data/gold/train.jsonl --json figures.json
    python scripts/evaluate.py GOLD.jsonl --texts DIR_OR_JSONL [--texts ...] [--no-model]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sourcing.evaluation import TYPES, confusion, evaluate, load_gold, load_texts, summary
from sourcing.pipeline import analyze
from sourcing.records import Document

DEFAULT_TEXTS = [ROOT / "seeds", ROOT / "data" / "gold" / "train_texts.jsonl"]


def describe(error: Exception) -> str:
    """One line for a reading error: the file and what is wrong, without a traceback."""
    if isinstance(error, OSError):
        return f"{error.filename}: {error.strerror}"
    if isinstance(error, KeyError):
        return f"a row has no {error.args[0]!r} field"
    return str(error)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("gold", type=Path, help="gold JSONL file (GUIDELINES.md format)")
    parser.add_argument(
        "--texts", type=Path, action="append", help="folder of .txt or JSONL with id/text"
    )
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument(
        "--errors", type=int, default=0, help="print up to N misclassified statements"
    )
    parser.add_argument(
        "--no-model", action="store_true", help="rules alone, without the trained model"
    )
    args = parser.parse_args()

    trained_on = {ROOT / "data" / "gold" / f"{name}.jsonl" for name in ("train", "train2", "train3")}
    if not args.no_model and args.gold.resolve() in {p.resolve() for p in trained_on}:
        print("warning: the shipped model was trained on this file, so rules+model figures on it "
              "are not held out; use --no-model here, and scripts/cross_validate.py for the model",
              file=sys.stderr)
    try:
        gold = load_gold(args.gold)
        texts = load_texts(args.texts or DEFAULT_TEXTS)
    except (OSError, ValueError, KeyError) as error:  # a missing file, bad JSON, a row without id/text
        print(f"evaluate.py: cannot read the gold or the texts: {describe(error)}", file=sys.stderr)
        return 2
    missing = sorted(set(gold) - set(texts))
    if missing:  # train2.jsonl without --texts data/gold/train2_texts.jsonl: no traceback
        print(f"evaluate.py: no text for {len(missing)} gold article(s), {missing[0]} first; "
              "give their texts with --texts (data/gold/NAME_texts.jsonl)", file=sys.stderr)
        return 2
    reports = {}

    def run(document: Document):  # type: ignore[no-untyped-def]
        reports[document.path] = (
            analyze(document, model=None) if args.no_model else analyze(document)
        )
        return reports[document.path]

    result = evaluate(gold, texts, run)
    figures = summary(result)
    print_figures(figures, confusion(result.pairs))
    if args.errors:
        print_errors(result, gold, reports, args.errors)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


def print_figures(figures: dict, matrix: dict) -> None:  # type: ignore[type-arg]
    print(
        f"statements {figures['statements']}  accuracy {figures['accuracy']:.3f}  "
        f"strict {figures['strict_accuracy']:.3f}  macro-F1 {figures['macro_f1']:.3f}"
    )
    print(
        f"anonymity_share MAE {figures['share_mae']:.3f} (strict {figures['strict_share_mae']:.3f})  "
        f"max {figures['share_max_error']:.3f}  "
        f"missing {figures['missing']}  leaks {figures['leaks']}  merged {figures['merged']}"
    )
    print(
        f"anonymity_reason accuracy {figures['anonymity_reason_accuracy']:.3f} "
        f"(n={figures['anonymity_reason_pairs']})  via precision {figures['via_precision']:.3f}  "
        f"via recall {figures['via_recall']:.3f}"
    )
    print(
        f"attribution F1 {figures['attribution_f1']:.3f}  "
        f"source agreement {figures['source_agreement']:.3f}"
    )
    print(f"\n{'type':<20}{'P':>7}{'R':>7}{'F1':>7}{'n':>6}")
    for label, row in figures["per_type"].items():
        print(
            f"{label:<20}{row['precision']:7.3f}{row['recall']:7.3f}{row['f1']:7.3f}{row['support']:6d}"
        )
    columns = list(TYPES) + ["missing"]
    short = {t: t[:6] for t in columns}
    print("\nconfusion (rows gold, columns predicted)")
    print(f"{'':<20}" + "".join(f"{short[c]:>8}" for c in columns))
    for gold_label, counts in matrix.items():
        print(f"{gold_label:<20}" + "".join(f"{counts.get(c, 0):8d}" for c in columns))


def print_errors(result, gold, reports, limit: int) -> None:  # type: ignore[no-untyped-def]
    shown = 0
    for name, rows in gold.items():
        for row in rows:
            if row.role != "statement":
                continue
            hit = next((s for s in reports[name].statements if s.span.contains(row.offset)), None)
            if hit is None or hit.type.value == row.type or hit.type.value in row.alt:
                continue
            print(
                f"\n{name}@{row.offset} gold={row.type} ({row.source}) pred={hit.type.value} "
                f"({hit.source}) [{hit.evidence}]\n  {hit.text[:300]}"
            )
            shown += 1
            if shown >= limit:
                return


if __name__ == "__main__":
    raise SystemExit(main())
