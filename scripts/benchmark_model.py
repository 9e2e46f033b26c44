"""Time analysis with and without the attribution model on 500 corpus articles.

Usage:
    python scripts/benchmark_model.py [--corpus FILE.jsonl.xz] [--articles 500]

The selection is fixed: every k-th article of the corpus (k = total // articles), so the
same 500 come back each run. Each article is analyzed by the rules alone and by rules +
model in turn, in this one process, so both see the same machine load. The model is
loaded before timing; the budget is +30 % per article. The model's own stages (features,
predict, candidates and decision) are then timed again on the rules' statements.
"""

from __future__ import annotations

import argparse
import lzma
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sourcing.attribution.attribute import text_views
from sourcing.model.classifier import model_features, retype_statements
from sourcing.model.store import MODEL_NAME, models_dir, shipped_model
from sourcing.pipeline import analyze
from sourcing.records import Document

CORPUS = Path("/work/shared/corpus/allsides/articles.jsonl.xz")


def fixed_selection(corpus: Path, count: int) -> list[Document]:
    """Every k-th article with a text, k chosen so that `count` come out."""
    import json

    with lzma.open(corpus, "rt", encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip()]
    step = max(1, len(lines) // count)
    documents = []
    for line in lines[::step][:count]:
        row = json.loads(line)
        documents.append(Document(text=row.get("text") or "", id=row.get("id"), outlet=row.get("outlet"),
                                  url=row.get("url"), input_format="jsonl"))
    return documents


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args()
    documents = fixed_selection(args.corpus, args.articles)
    model = shipped_model(models_dir() / MODEL_NAME)
    analyze(documents[0], model=model)  # warm caches (lexicons, regexes) for both modes
    costs = dict.fromkeys(("rules alone", "features", "predict", "decide", "rules + model"), 0.0)
    changed = statements = 0
    for document in documents:
        text_views.cache_clear()  # each analysis computes its own text views (no cache measured)
        start = time.perf_counter()
        rules = analyze(document, model=None)
        costs["rules alone"] += time.perf_counter() - start
        text_views.cache_clear()
        start = time.perf_counter()
        scored = analyze(document, model=model)
        costs["rules + model"] += time.perf_counter() - start
        stages = _model_stages(document, list(rules.statements), model)
        for name, cost in stages.items():
            costs[name] += cost
        statements += len(rules.statements)
        changed += sum(a.type is not b.type for a, b in zip(rules.statements, scored.statements, strict=True))
    count = len(documents)
    rules_time, model_time = costs["rules alone"], costs["rules + model"]
    print(f"{count} articles, {statements} statements; model {model.version}")
    for name, cost in costs.items():
        print(f"{name:<14} {1000 * cost / count:7.2f} ms/article  ({100 * cost / rules_time:5.1f}% of rules alone)")
    print(f"rules alone:   {count / rules_time:7.2f} articles/s; rules + model: {count / model_time:7.2f} articles/s")
    print(f"model adds {100 * (model_time - rules_time) / rules_time:.1f}% per article (budget 30%); "
          f"it re-typed {changed} statements ({100 * changed / max(statements, 1):.1f}%)")
    return 0


def _model_stages(document: Document, statements: list, model) -> dict[str, float]:  # type: ignore[type-arg,no-untyped-def]
    """Time the model's stages on the rules' statements: features, predict, candidates and choice."""
    start = time.perf_counter()
    rows = model_features(document, statements, model.phrases)
    features = time.perf_counter()
    model.linear.predict_proba(rows) if rows else None
    predicted = time.perf_counter()
    retype_statements(document, statements, model)
    whole = time.perf_counter() - predicted
    return {"features": features - start, "predict": predicted - features,
            "decide": max(0.0, whole - (predicted - start))}


if __name__ == "__main__":
    raise SystemExit(main())
