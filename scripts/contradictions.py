"""Count the records that contradict themselves on every gold article and the seeds.

A record contradicts itself when its fields disagree (`sourcing.consistency`): a carried-over
statement with a type or source other than its antecedent's, a `source_span` that does not
slice its `source`, a named type whose source names no one, an `anonymity_reason` off an
unnamed source. The issue asks for 0, with the model and with the rules alone.

Usage:
    python scripts/contradictions.py [--no-model] [--show N]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sourcing.consistency import report_problems
from sourcing.evaluation import load_gold, load_texts
from sourcing.pipeline import analyze

GOLD = ROOT / "data" / "gold"
GOLD_FILES = (
    ("seeds.jsonl", [ROOT / "seeds"]),
    *((f"{name}.jsonl", [GOLD / f"{name}_texts.jsonl"]) for name in ("train", "train2", "train3")),
)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--no-model", action="store_true", help="rules alone")
    parser.add_argument("--show", type=int, default=0, help="print up to N contradicting records")
    args = parser.parse_args()
    records = 0
    kinds: Counter[str] = Counter()
    shown = 0
    articles = 0
    for gold_name, texts in GOLD_FILES:
        documents = load_texts(texts)
        gold = load_gold(GOLD / gold_name)
        for name in sorted(gold):
            report = analyze(documents[name], model=None) if args.no_model else analyze(documents[name])
            articles += 1
            for index, problems in report_problems(report).items():
                records += 1
                kinds.update(problems)
                if shown < args.show:
                    shown += 1
                    s = report.statements[index]
                    rows = [r for r in gold[name] if s.span.start <= r.offset < s.span.end]
                    expected = ", ".join(f"{r.type} {r.alt} {r.source!r}" for r in rows) or "-"
                    print(f"{gold_name} {name} [{index}] {s.type} source={s.source!r} "
                          f"from={s.resolved_from} rule={s.provenance.rule if s.provenance else None}"
                          f" {','.join(problems)}\n    gold: {expected}\n    {s.text[:160]!r}")
    mode = "rules alone" if args.no_model else "rules + model"
    print(f"{mode}: {records} contradicting records in {articles} articles")
    for kind, count in kinds.most_common():
        print(f"  {kind} {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
