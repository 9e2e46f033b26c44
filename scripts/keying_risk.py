"""Print how often keyed answers were wrong at keying time, by how today's analyzer attributes them.

Every reading set was keyed once, on the main of its day, and judged with the key open: a
keyed row (`keyed` set) is wrong when its type disagreed with the reading and its alt
(`agree` false) or it named the wrong source (`source_ok` false). Each keyed row is matched to
today's statement (its index when that statement begins with the row's text, else the one
statement with exactly its text) and
counted under the mechanism today's analyzer attributes it with
(`sourcing.exercises.mechanisms`; `--axis type`: only the rows today's analyzer types
named_official or named_person, under what made that type, `sourcing.exercises.type_provenance`). "same type today": only the rows whose keyed type today's
analyzer still gives (the others changed type since: fixed, or right then and typed otherwise
now; a row stores no keyed source, so a source fixed since is not seen). A mechanism is
risky when its rate is at least `--ratio` times that of all other mechanisms together, on at
least `--minimum` keyed rows (of the axis's rows).

Usage (from the repository root):
    python scripts/keying_risk.py --corpus ../shared/corpus/allsides/articles.jsonl.xz \
        docs/exercise_agreement_heldout.jsonl docs/exercise_agreement_heldout[2-9].jsonl ... \
        [--axis type]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate import describe  # one line for a file that cannot be read

from sourcing.exercises.mechanisms import RISKY, Mechanism, mechanism
from sourcing.exercises.type_provenance import TypeProvenance, type_provenance
from sourcing.records import ArticleReport, Statement

FIELDS = ("id", "statement", "text", "agree", "source_ok")  # what a keyed row is counted by
Kind = Callable[[Statement, ArticleReport], StrEnum | None]  # a row's kind on an axis (None: not counted)
# Each axis: its kinds, how a statement is given one, and which of them a key leaves out.
AXES: dict[str, tuple[type[StrEnum], Kind, frozenset[StrEnum]]] = {
    "mechanism": (Mechanism, mechanism, frozenset(RISKY)),
    "type": (TypeProvenance, type_provenance, frozenset()),
}


def keyed_rows(paths: list[Path]) -> list[dict[str, Any]]:
    """Return the keyed rows of the readings files `paths`."""
    rows = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if not isinstance(row, dict) or not isinstance(row.get("statement"), int):
                raise TypeError(f"{path}: a row that is no reading: {line[:60]}")
            if row.get("keyed") is not None:
                missing = [field for field in FIELDS if field not in row]
                if missing:
                    raise KeyError(missing[0])
                rows.append(row)
    return rows


def statement_of(row: dict[str, Any], report: ArticleReport) -> Statement | None:
    """Return today's statement of a keyed row: the one at its index when it begins with the
    row's text, else the one statement with exactly its text (None when there is none, or several)."""
    statements = report.statements
    if row["statement"] < len(statements) and statements[row["statement"]].text.startswith(row["text"]):
        return statements[row["statement"]]
    same = [s for s in statements if s.text == row["text"]]
    return same[0] if len(same) == 1 else None


def wrong(row: dict[str, Any]) -> bool:
    """Tell whether a keyed row was wrong at keying time (type, or source named)."""
    return row["agree"] is False or row["source_ok"] is False


def tally(
    rows: list[dict[str, Any]], reports: dict[str, ArticleReport], kind_of: Kind = mechanism
) -> tuple[Counter[str], int]:
    """Count keyed and wrong rows by their kind on an axis ("K", "K wrong", "K same", "K same
    wrong"; a row of no kind is not counted); return the counts and how many rows matched no
    statement of today's."""
    counts: Counter[str] = Counter()
    unmatched = 0
    for row in rows:
        statement = statement_of(row, reports[row["id"]])
        if statement is None:
            unmatched += 1
            continue
        found = kind_of(statement, reports[row["id"]])
        if found is None:
            continue
        kind = found.value
        for group in [kind] + ([f"{kind} same"] if statement.type.value == row["keyed"] else []):
            counts[group] += 1
            counts[f"{group} wrong"] += wrong(row)
    return counts, unmatched


def rate(wrong_rows: int, keyed: int) -> float:
    return wrong_rows / keyed if keyed else 0.0


def figures(counts: Counter[str], kind: StrEnum, suffix: str) -> tuple[int, int, float, float]:
    """Return a kind's keyed and wrong rows, its rate, and its rate over all other kinds' of
    its axis (in the rows of `suffix`: "" all, " same" those keyed the same type today)."""
    kinds = list(type(kind))
    total = sum(counts[f"{k.value}{suffix}"] for k in kinds)
    total_wrong = sum(counts[f"{k.value}{suffix} wrong"] for k in kinds)
    keyed, bad = counts[f"{kind.value}{suffix}"], counts[f"{kind.value}{suffix} wrong"]
    rest = rate(total_wrong - bad, total - keyed)
    return keyed, bad, rate(bad, keyed), rate(bad, keyed) / rest if rest else 0.0


def table(counts: Counter[str], ratio: float, minimum: int, axis: str = "mechanism") -> Iterator[str]:
    """Yield the table's lines: each kind's keyed and wrong rows, its rate, its rate over that
    of all other kinds of the axis, in all rows and in those keyed the same type today."""
    kinds, _, left_out_kinds = AXES[axis]
    yield (f"{axis:52} {'keyed':>5} {'wrong':>5} {'rate':>6} {'x rest':>6} | same type today: "
           f"{'keyed':>5} {'wrong':>5} {'rate':>6} {'x rest':>6}")
    for kind in sorted(kinds, key=lambda k: -counts[k.value]):
        keyed, bad, share, times = figures(counts, kind, "")
        same = figures(counts, kind, " same")
        risky = " risky" if keyed >= minimum and times >= ratio else ""
        left_out = " (left out of keys)" if kind in left_out_kinds else ""
        yield (f"{kind.value:52} {keyed:5} {bad:5} {share:6.1%} {times:6.1f} | {' ' * 16} "
               f"{same[0]:5} {same[1]:5} {same[2]:6.1%} {same[3]:6.1f}{risky}{left_out}")
    keyed = sum(counts[k.value] for k in kinds)
    yield f"{'all':52} {keyed:5} {sum(counts[f'{k.value} wrong'] for k in kinds):5}"


def analyzed(ids: set[str], corpus: Path) -> dict[str, ArticleReport]:
    """Analyze the corpus articles `ids` with today's analyzer (and its shipped model)."""
    from sourcing.api import read_inputs
    from sourcing.pipeline import analyze

    documents = {d.id: d for d in read_inputs(corpus) if d.id in ids}
    missing = sorted(ids - set(documents))
    if missing:
        print(f"keying_risk.py: not in {corpus}: {', '.join(missing)}", file=sys.stderr)
        raise SystemExit(2)
    return {i: analyze(d) for i, d in documents.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("readings", type=Path, nargs="+", help="keyed readings files (JSONL)")
    parser.add_argument("--corpus", type=Path, required=True, help="the corpus (JSONL, .jsonl.xz)")
    parser.add_argument("--ratio", type=float, default=3.0, help="risky: rate at least this times the rest's (3)")
    parser.add_argument("--minimum", type=int, default=30, help="risky: on at least this many keyed rows (30)")
    parser.add_argument("--axis", choices=sorted(AXES), default="mechanism",
                        help="count rows by how the source was found (mechanism), or by what made a "
                             "named person's type, official or not (type)")
    args = parser.parse_args()
    try:
        rows = keyed_rows(args.readings)
        ids = {row["id"] for row in rows}
    except (OSError, ValueError, KeyError, TypeError) as error:  # a missing file, bad JSON, a row without a field or no object
        print(f"keying_risk.py: cannot read the readings: {describe(error)}", file=sys.stderr)
        return 2
    if not args.corpus.is_file():
        print(f"keying_risk.py: no corpus at {args.corpus}", file=sys.stderr)
        return 2
    counts, unmatched = tally(rows, analyzed(ids, args.corpus), AXES[args.axis][1])
    print(f"keyed rows: {len(rows)}; matched to today's statements: {len(rows) - unmatched}")
    for line in table(counts, args.ratio, args.minimum, args.axis):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
