"""Write a reading set's blind listing: each article's statement numbers and texts, nothing else.

A reader of a reading set (docs/exercise_agreement.md) reads the statements the analyzer
makes, so that a key made later can be matched row by row, but must not see what the analyzer
says of them. The listing gives, per article, a "===== id | outlet" line, then "[i] text" for
each statement, with a blank line where the article starts a new paragraph: no type, source,
cue, confidence or key.

Usage:
    python scripts/blind_listing.py IDS_FILE OUT_FILE --corpus ../shared/corpus/allsides/articles.jsonl.xz \
        [--first 1 --last 10]

IDS_FILE holds the draw's ids, one a line (`draw_reading_set.py --ids`); --first and --last pick
articles by their 1-based place in it (the two readers' halves: 1-10 and 11-20).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sourcing.api import read_inputs
from sourcing.pipeline import analyze
from sourcing.records import ArticleReport


def listing(report: ArticleReport) -> str:
    """One article's listing: its heading line, then its statements' numbers and texts."""
    document = report.document
    lines = [f"===== {document.id} | {document.outlet}"]
    end = 0
    for statement in report.statements:
        if "\n" in document.text[end : statement.span.start]:
            lines.append("")  # the article starts a new paragraph here
        end = statement.span.end
        lines.append(f"[{statement.index}] {statement.text}")
    return "\n".join(lines) + "\n"


def chosen_ids(ids_file: Path, first: int, last: int | None) -> list[str]:
    """The ids of `ids_file` from place `first` to `last` (1-based, both included)."""
    ids = [line.strip() for line in ids_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    return ids[first - 1 : last]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ids_file", type=Path, help="the draw's ids, one a line")
    parser.add_argument("out_file", type=Path, help="where the listing is written")
    parser.add_argument("--corpus", type=Path, required=True, help="corpus JSONL (.jsonl.xz)")
    parser.add_argument("--first", type=int, default=1, help="first article, 1-based")
    parser.add_argument("--last", type=int, default=None, help="last article, 1-based, included")
    args = parser.parse_args(argv)
    ids = chosen_ids(args.ids_file, args.first, args.last)
    wanted = set(ids)
    documents = {d.id: d for d in read_inputs(args.corpus) if d.id in wanted}
    missing = [article_id for article_id in ids if article_id not in documents]
    if missing:
        print(f"error: not in {args.corpus}: {', '.join(missing)}", file=sys.stderr)
        return 1
    parts = [listing(analyze(documents[article_id])) for article_id in ids]
    args.out_file.write_text("\n".join(parts), encoding="utf-8")
    print(f"{len(ids)} articles -> {args.out_file}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
