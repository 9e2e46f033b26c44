"""Compare analyses against gold annotations (GUIDELINES.md format)."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sourcing.records import ArticleReport, Document, SourceType

TYPES = tuple(t.value for t in SourceType)


@dataclass(frozen=True)
class GoldRow:
    """One annotated position of a document."""

    doc: str
    offset: int
    anchor: str
    role: str
    type: str | None
    alt: tuple[str, ...]
    source: str | None
    via: str | None
    anonymity_reason: bool | None


@dataclass
class Evaluation:
    """Figures from comparing predictions with gold rows."""

    pairs: list[tuple[str, str, str]] = field(default_factory=list)  # doc, gold, credited pred
    exact: int = 0
    missing: list[tuple[str, int]] = field(default_factory=list)
    leaks: list[tuple[str, int, str]] = field(default_factory=list)
    merged: list[tuple[str, int]] = field(default_factory=list)
    # gold and predicted anonymity share per document; the gold share reads each statement as
    # the predicted type where that type is in the row's `alt` (GUIDELINES rule 12: both labels
    # are defensible), the strict one always as the row's `type`
    share_errors: dict[str, tuple[float, float]] = field(default_factory=dict)
    strict_share_errors: dict[str, tuple[float, float]] = field(default_factory=dict)
    reasons: list[tuple[bool, bool]] = field(default_factory=list)  # gold, predicted (both unnamed)
    vias: list[tuple[str | None, str | None]] = field(default_factory=list)  # gold, predicted
    # gold and predicted source where both the gold and the analyzer attribute the statement
    sources: list[tuple[str, str | None]] = field(default_factory=list)
    confidences: list[tuple[float, bool]] = field(default_factory=list)  # confidence, type right


def load_gold(path: Path) -> dict[str, list[GoldRow]]:
    """Read a gold JSONL file, grouped by document name, in file order."""
    grouped: dict[str, list[GoldRow]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        grouped[raw["doc"]].append(
            GoldRow(
                doc=raw["doc"],
                offset=raw["offset"],
                anchor=raw["anchor"],
                role=raw["role"],
                type=raw.get("type"),
                alt=tuple(raw.get("alt") or ()),
                source=raw.get("source"),
                via=raw.get("via"),
                anonymity_reason=raw.get("anonymity_reason"),
            )
        )
    return dict(grouped)


def load_texts(sources: Iterable[Path]) -> dict[str, Document]:
    """Map gold document names to documents, from folders of .txt files or JSONL with id/text.

    A folder's `manifest.csv` (path, outlet, ...) and JSONL fields give the outlet, which
    the analyzer needs to tell the publisher's own reporting from a cited outlet.
    """
    texts: dict[str, Document] = {}
    for source in sources:
        if source.is_dir():
            outlets = _manifest_outlets(source / "manifest.csv")
            for file in sorted(source.glob("*.txt")):
                texts[file.name] = Document(
                    text=file.read_text(encoding="utf-8"),
                    path=file.name,
                    outlet=outlets.get(file.name),
                )
        else:
            for line in source.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    name = f"{row['id']}.txt"
                    texts[name] = Document(
                        text=row["text"], path=name, id=row["id"], outlet=row.get("outlet")
                    )
    return texts


def _manifest_outlets(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {
            Path(r["path"]).name: r["outlet"] for r in csv.DictReader(handle) if r.get("outlet")
        }


def check_anchors(rows: Iterable[GoldRow], text: str) -> list[GoldRow]:
    """Return gold rows whose anchor is not at its offset in `text`."""
    return [r for r in rows if text[r.offset : r.offset + len(r.anchor)] != r.anchor]


def evaluate_document(report: ArticleReport, rows: list[GoldRow], result: Evaluation) -> None:
    """Add one document's comparison to `result`."""
    statements = report.statements
    owner: dict[int, int] = {}
    gold_statements = [r for r in rows if r.role == "statement"]
    credited_unnamed = 0
    for row in gold_statements:
        hit = next((s for s in statements if s.span.contains(row.offset)), None)
        credited_unnamed += _credited_type(row, hit.type.value if hit else None) == "unnamed_source"
        if hit is None:
            result.missing.append((row.doc, row.offset))
            result.pairs.append((row.doc, str(row.type), "missing"))
            continue
        if hit.index in owner:
            result.merged.append((row.doc, row.offset))
        owner[hit.index] = row.offset
        predicted = hit.type.value
        if predicted == row.type:
            result.exact += 1
        credited = str(row.type) if predicted in row.alt else predicted
        result.pairs.append((row.doc, str(row.type), credited))
        result.confidences.append((hit.confidence, credited == row.type))
        if row.type == predicted == "unnamed_source" and row.anonymity_reason is not None:
            result.reasons.append((bool(row.anonymity_reason), bool(hit.anonymity_reason)))
        if row.via or hit.via:
            result.vias.append((row.via, hit.via))
        if row.source and row.type != "unattributed" and hit.type.value != "unattributed":
            result.sources.append((row.source, hit.source))
    for row in rows:
        if row.role != "statement" and any(s.span.contains(row.offset) for s in statements):
            result.leaks.append((row.doc, row.offset, row.role))
    path, predicted_share = report.document.path or "", report.scores.anonymity_share
    strict_unnamed = sum(r.type == "unnamed_source" for r in gold_statements)
    result.share_errors[path] = (_share(credited_unnamed, len(gold_statements)), predicted_share)
    result.strict_share_errors[path] = (_share(strict_unnamed, len(gold_statements)), predicted_share)


def _credited_type(row: GoldRow, predicted: str | None) -> str | None:
    """The row's reading closest to the prediction: the predicted type where `alt` accepts it."""
    return predicted if predicted is not None and predicted in row.alt else row.type


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def per_type_figures(pairs: list[tuple[str, str, str]]) -> dict[str, dict[str, float]]:
    """Precision, recall, F1 and support per type (alt labels credited)."""
    figures = {}
    for label in TYPES:
        tp = sum(1 for _, g, p in pairs if g == label and p == label)
        fp = sum(1 for _, g, p in pairs if g != label and p == label)
        fn = sum(1 for _, g, p in pairs if g == label and p != label)
        precision = _share(tp, tp + fp)
        recall = _share(tp, tp + fn)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        figures[label] = {"precision": precision, "recall": recall, "f1": f1, "support": tp + fn}
    return figures


def summary(result: Evaluation) -> dict[str, object]:
    """Headline figures: accuracy, macro-F1, per type, share error, segmentation faults."""
    pairs = result.pairs
    per_type = per_type_figures(pairs)
    present = [label for label in TYPES if per_type[label]["support"] > 0]
    errors = [abs(g - p) for g, p in result.share_errors.values()]
    strict_errors = [abs(g - p) for g, p in result.strict_share_errors.values()]
    return {
        "statements": len(pairs),
        "accuracy": _share(sum(1 for _, g, p in pairs if g == p), len(pairs)),
        "strict_accuracy": _share(result.exact, len(pairs)),
        "macro_f1": sum(per_type[t]["f1"] for t in present) / len(present) if present else 0.0,
        "per_type": per_type,
        "share_mae": sum(errors) / len(errors) if errors else 0.0,
        "share_max_error": max(errors, default=0.0),
        "strict_share_mae": sum(strict_errors) / len(strict_errors) if strict_errors else 0.0,
        "anonymity_reason_accuracy": _share(
            sum(g == p for g, p in result.reasons), len(result.reasons)
        ),
        "anonymity_reason_pairs": len(result.reasons),
        "via_precision": _share(
            sum(_same_via(g, p) for g, p in result.vias if p), sum(1 for _, p in result.vias if p)
        ),
        "via_recall": _share(
            sum(_same_via(g, p) for g, p in result.vias if g), sum(1 for g, _ in result.vias if g)
        ),
        "attribution_f1": attribution_f1(pairs),
        "source_agreement": _share(
            sum(same_source(g, p) for g, p in result.sources), len(result.sources)
        ),
        "missing": len(result.missing),
        "leaks": len(result.leaks),
        "merged": len(result.merged),
    }


def attribution_f1(pairs: list[tuple[str, str, str]]) -> float:
    """F1 of "this statement has a source" (any type but unattributed; alt labels credited)."""
    attributed = {t for t in TYPES if t != "unattributed"}
    tp = sum(1 for _, g, p in pairs if g in attributed and p in attributed)
    fp = sum(1 for _, g, p in pairs if g not in attributed and p in attributed)
    fn = sum(1 for _, g, p in pairs if g in attributed and p not in attributed)
    return _share(2 * tp, 2 * tp + fp + fn)


WORDS = re.compile(r"\w+")
FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "s", "for", "and", "in", "at", "to", "with", "on"})


def same_source(gold: str, predicted: str | None) -> bool:
    """Two source phrases agree when their content words overlap by at least half of the shorter.

    "Erdogan" and "Turkish President Recep Tayyip Erdogan" agree; "the agency" and "The U.S.
    Treasury" do not (function words do not count).
    """
    wanted = set(WORDS.findall(gold.lower())) - FUNCTION_WORDS
    found = set(WORDS.findall((predicted or "").lower())) - FUNCTION_WORDS
    shared = len(wanted & found)
    return shared > 0 and shared >= 0.5 * min(len(wanted), len(found))


def _same_via(gold: str | None, predicted: str | None) -> bool:
    """Two relay mentions agree when they share a capitalized word ("Reuters", "the AP")."""
    if not gold or not predicted:
        return False
    key = {w.strip(".,'") for w in gold.split() if w[:1].isupper() and w.lower() != "the"}
    return (
        bool(key & {w.strip(".,'") for w in predicted.split()}) or gold.lower() in predicted.lower()
    )


def confusion(pairs: list[tuple[str, str, str]]) -> dict[str, Counter[str]]:
    """Rows: gold type; columns: credited predicted type."""
    matrix: dict[str, Counter[str]] = {t: Counter() for t in TYPES}
    for _, gold, predicted in pairs:
        matrix.setdefault(gold, Counter())[predicted] += 1
    return matrix


def evaluate(
    gold: Mapping[str, list[GoldRow]],
    documents: Mapping[str, Document],
    analyze: Callable[[Document], ArticleReport],
) -> Evaluation:
    """Analyze every gold document with `analyze(document)` and compare."""
    result = Evaluation()
    for name, rows in gold.items():
        document = documents[name]
        bad = check_anchors(rows, document.text)
        if bad:
            raise ValueError(f"{name}: {len(bad)} gold anchors do not match the text")
        evaluate_document(analyze(document), rows, result)
    return result
