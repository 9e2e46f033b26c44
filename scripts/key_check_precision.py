"""What each key check leaves out, against blind readings: is it keeping wrong records off keys?

For every article of the readings files (JSONL rows as `scripts/key_agreement.py` reads them:
one row per statement, the reader's `reading` and `alt`), the article is analyzed afresh from
the corpus and every statement its key leaves out (`sourcing.exercises.doubts.unsure`) is put
down to the checks that alone leave it out (`sourcing.exercises.left_out`), or to several at
once. A left-out statement is "right" when the analyzer's type is the reading or in its alt,
"wrong" otherwise, "unread" when no row matches it (the statement moved since it was read);
an anonymous one's reason ("reason given" or not) is right or wrong against the reader's
`reason_reading`, for the checks that guard the reason rather than the type (`reason_shape`).
A check whose left-out statements are nearly all right keeps right answers off the worksheet.

Usage (development sets only; never a set not yet keyed):
    python scripts/key_check_precision.py docs/exercise_agreement_heldout.jsonl \
        docs/exercise_agreement_heldout[2-9].jsonl docs/exercise_agreement_heldout1[0-9].jsonl \
        --corpus ../shared/corpus/allsides/articles.jsonl.xz [--list] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from key_agreement import load_readings, reading_of, rows_by_text

from sourcing.records import ArticleReport, SourceType

SEVERAL = "(several at once)"

Readings = dict[tuple[str, int], dict[str, Any]]


def judge(report: ArticleReport, left_out: dict[int, tuple[str, ...]], readings: Readings,
          by_text: dict[tuple[str, str], list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Return one row per left-out statement of `report`: the checks that alone leave it out,
    and whether the analyzer's type agrees with the reading (with alt), or "unread"."""
    rows = []
    for index, checks in sorted(left_out.items()):
        statement = report.statements[index]
        row = reading_of({"statement": index, "text": statement.text}, report.document.id or "",
                         readings, by_text)
        verdict = "unread" if row is None else (
            "right" if statement.type in (row["reading"], *row.get("alt", [])) else "wrong")
        reason = None  # the anonymity reason, where the record is anonymous and the reader read one
        if row is not None and statement.type is SourceType.UNNAMED_SOURCE and row.get("reason_reading") is not None:
            reason = "reason right" if bool(statement.anonymity_reason) == row["reason_reading"] else "reason wrong"
        rows.append({"id": report.document.id, "statement": index, "type": str(statement.type),
                     "reading": row and row["reading"], "alt": row and row.get("alt", []),
                     "checks": list(checks) or [SEVERAL], "verdict": verdict, "reason": reason,
                     "text": statement.text[:120]})
    return rows


def tally(judged: list[dict[str, Any]]) -> dict[str, Counter[str]]:
    """Count, per check, the statements it alone leaves out by verdict (right, wrong, unread)
    and, for anonymous ones, by their reason; a statement two checks each alone leave out
    counts for both; `SEVERAL` holds the rest."""
    table: dict[str, Counter[str]] = {}
    for row in judged:
        for check in row["checks"]:
            counts = table.setdefault(check, Counter())
            counts[row["verdict"]] += 1
            counts[row["reason"]] += row["reason"] is not None
    return table


def _alone(counts: Counter[str]) -> int:
    return counts["right"] + counts["wrong"] + counts["unread"]


def render(table: dict[str, Counter[str]], judged: list[dict[str, Any]]) -> str:
    """Return the table, the checks that leave out most first, and the totals."""
    header = (f"{'check':34} {'alone':>5} {'right':>5} {'wrong':>5} {'unread':>6} {'right %':>7}"
              f" {'reason right':>12} {'reason wrong':>12}")
    lines = [header]
    for check, c in sorted(table.items(), key=lambda kv: (-_alone(kv[1]), kv[0])):
        read = c["right"] + c["wrong"]
        share = f"{100 * c['right'] / read:.1f}" if read else "n/a"
        lines.append(f"{check:34} {_alone(c):5} {c['right']:5} {c['wrong']:5} {c['unread']:6} {share:>7}"
                     f" {c['reason right']:12} {c['reason wrong']:12}")
    verdicts = Counter(row["verdict"] for row in judged)
    several = sum(1 for row in judged if row["checks"] == [SEVERAL])
    lines.append(f"left out: {len(judged)} statements (right {verdicts['right']}, wrong {verdicts['wrong']}, "
                 f"unread {verdicts['unread']}); by one check alone {len(judged) - several}, by several {several}")
    return "\n".join(lines)


def analyze_readings(paths: list[Path], corpus: Path) -> list[dict[str, Any]]:
    """Analyze every article of the readings files and judge what its key leaves out."""
    from sourcing.api import read_inputs
    from sourcing.exercises.left_out import left_out_by
    from sourcing.pipeline import analyze
    from sourcing.settings import DEFAULT_SETTINGS

    readings: Readings = {}
    for path in paths:
        readings |= load_readings(path)
    by_text = rows_by_text(readings)
    wanted = {article_id for article_id, _ in readings}
    judged: list[dict[str, Any]] = []
    for document in read_inputs(corpus):
        if document.id in wanted:
            wanted.discard(document.id)
            report = analyze(document)
            judged += judge(report, left_out_by(report, DEFAULT_SETTINGS), readings, by_text)
    if wanted:
        raise SystemExit(f"not in {corpus}: {', '.join(sorted(wanted))}")
    return judged


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("readings", type=Path, nargs="+", help="readings files (JSONL)")
    parser.add_argument("--corpus", type=Path, required=True, help="corpus (JSONL, .jsonl.xz)")
    parser.add_argument("--list", action="store_true", help="also print every wrong left-out statement")
    parser.add_argument("--json", type=Path, help="also write the judged statements here")
    args = parser.parse_args()
    for path in [*args.readings, args.corpus]:
        if not path.is_file():
            parser.error(f"no such file: {path}")
    try:
        judged = analyze_readings(args.readings, args.corpus)
    except (json.JSONDecodeError, KeyError, UnicodeDecodeError) as error:
        parser.error(f"not a readings file (JSONL rows with id, statement, text, reading): {error}")
    print(render(tally(judged), judged))
    if args.list:
        for row in judged:
            if row["verdict"] == "wrong":
                print(f"  WRONG {row['id']} [{row['statement']}] {row['type']}, read {row['reading']} "
                      f"{row['alt']} by {', '.join(row['checks'])}: {row['text']}")
    if args.json:
        args.json.write_text(json.dumps(judged, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
