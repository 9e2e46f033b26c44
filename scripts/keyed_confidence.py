"""How often keyed answers agree with a blind reading, by the confidence of the keyed statement.

A reading set's rows (docs/exercise_agreement_heldout*.jsonl) record, for each keyed item, the
keyed type and whether it agrees with the reading (`agree`). This script analyzes the rows'
articles on the current checkout and groups the keyed rows by the confidence the analyzer gives
their statements now: run it on the main a set was keyed on (a `git worktree` of that commit)
to see the confidences the key saw.

Usage:
    python scripts/keyed_confidence.py docs/exercise_agreement_heldout46.jsonl ... \
        --corpus ../shared/corpus/allsides/articles.jsonl.xz [--bands 0.93 0.97]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate import describe  # one line for a file that cannot be read
from keying_risk import keyed_rows  # the keyed rows, each checked to be a reading with its fields

from sourcing.api import read_inputs
from sourcing.pipeline import analyze


def bands_table(confidences: list[tuple[float, bool]], bands: list[float]) -> list[tuple[str, int, int]]:
    """(band, keyed, disagreeing) for each band between consecutive `bands` edges, the last
    open above, and one row for everything at or above the first edge."""
    edges = sorted(bands)
    table = []
    for low, high in zip(edges, [*edges[1:], None], strict=True):
        inside = [agree for confidence, agree in confidences if confidence >= low and (high is None or confidence < high)]
        label = f"{low:.2f}-{high:.2f}" if high is not None else f"{low:.2f} and above"
        table.append((label, len(inside), inside.count(False)))
    above = [agree for confidence, agree in confidences if confidence >= edges[0]]
    below = [agree for confidence, agree in confidences if confidence < edges[0]]
    table.insert(0, (f"{edges[0]:.2f} and above (all)", len(above), above.count(False)))
    table.append((f"below {edges[0]:.2f}", len(below), below.count(False)))
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("readings", type=Path, nargs="+", help="readings files (JSONL)")
    parser.add_argument("--corpus", type=Path, required=True, help="corpus JSONL (.jsonl.xz)")
    parser.add_argument("--bands", type=float, nargs="+", default=[0.93, 0.97], help="band edges")
    args = parser.parse_args(argv)
    try:
        rows = keyed_rows(args.readings)
    except (OSError, ValueError, KeyError, TypeError) as error:  # a missing file, bad JSON, a row without a field
        print(f"error: cannot read the readings: {describe(error)}", file=sys.stderr)
        return 2
    wanted = {row["id"] for row in rows}
    documents = {d.id: d for d in read_inputs(args.corpus) if d.id in wanted}
    missing = sorted(wanted - set(documents))
    if missing:
        print(f"error: not in {args.corpus}: {', '.join(missing)}", file=sys.stderr)
        return 1
    confidence = {
        article_id: {s.index: s.confidence for s in analyze(document).statements}
        for article_id, document in documents.items()
    }
    scored = [(confidence[row["id"]].get(row["statement"], 0.0), row["agree"] is not False) for row in rows]
    print("| confidence of the keyed item | keyed | disagree |\n|---|---|---|")
    for label, keyed, disagree in bands_table(scored, args.bands):
        share = f" ({100 * disagree / keyed:.1f} %)" if keyed else ""
        print(f"| {label} | {keyed} | {disagree}{share} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
