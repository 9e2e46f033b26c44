"""Measure body extraction on real web pages: our statements against plain trafilatura.extract.

Usage:
    python scripts/benchmark_pages.py PAGES_DIR EVALDATA [--jobs 2] [--json pages.json]

PAGES_DIR is the unpacked `pages.tar.xz` of ../shared/html (folders `eval/` and `cache/`);
EVALDATA its `evaldata.json`: for annotated pages, snippets that belong to the main text
(`with`) and boilerplate that must not be extracted (`without`). A snippet counts as found when
it occurs in the whitespace-normalized text, as in trafilatura's own evaluation, invisible
format characters (soft hyphens, U+2063 separators: Unicode category Cf) left out on both
sides, since trafilatura itself drops some of them; our text is
the page's statements joined by spaces (excluded spans are not text). Every page in PAGES_DIR
is run, annotated or not, for failures, empty reports, table rows and time.

Three views of our side: the statements (the scored text); the statements and the spans
excluded as `headline` (titles, subheads); and the article, what `sourcing score --format
article` writes: the text less the spans excluded as `boilerplate`, so the statements,
headlines and tables (article text that GUIDELINES.md or issue 11 keeps out of the
statements, not text removed as site furniture).
`without` leaks are counted on the same text as recall in each view.

"English news" pages: `<html lang="en...">` (or an `og:locale` en_*) and a news article
marker (`og:type` article, or a NewsArticle/Article schema.org type).
"""

from __future__ import annotations

import argparse
import json
import re
import signal
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from multiprocessing import Pool
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# A page taking longer than this (ours or trafilatura's) counts as a hang.
PAGE_TIMEOUT_S = 120
# A statement with this many `|` cells separators is a markdown table row.
TABLE_BARS = 2
ENGLISH = re.compile(
    r"<html[^>]*\blang=[\"']?en\b|property=[\"']og:locale[\"'][^>]*content=[\"']en", re.IGNORECASE
)
NEWS = re.compile(
    r"property=[\"']og:type[\"'][^>]*content=[\"']article|content=[\"']article[\"'][^>]*"
    r"property=[\"']og:type|\"@type\"\s*:\s*\"(?:News)?Article\"",
    re.IGNORECASE,
)


@dataclass
class Side:
    """What one extractor did with one page."""

    text: str = ""
    failure: str | None = None
    crashed: bool = False
    hung: bool = False
    statements: int = 0
    table_rows: int = 0
    seconds: float = 0.0
    found: list[str] = field(default_factory=list)  # `with` snippets found
    missed: list[str] = field(default_factory=list)
    leaked: list[str] = field(default_factory=list)  # `without` snippets found


@dataclass
class PageResult:
    """Both extractors on one page."""

    file: str
    annotated: bool
    english_news: bool
    ours: Side
    trafilatura: Side
    headings: Side  # ours: statements and headlines
    article: Side  # ours: statements, headlines and tables: all but boilerplate
    without_total: int = 0


class PageTimeout(Exception):
    """Raised by the alarm when a page runs longer than PAGE_TIMEOUT_S."""


def _alarm(signum: int, frame: object) -> None:
    raise PageTimeout


def normalized(text: str) -> str:
    """Collapse white space as trafilatura's evaluation does, without invisible characters.

    A snippet may hold a soft hyphen or an invisible separator (U+2063) that a page has and
    trafilatura's text has not: a reader sees the same words.
    """
    return " ".join(INVISIBLE.sub("", text).split())


def is_invisible(char: str) -> bool:
    """Say whether a character is an invisible format character (category Cf)."""
    return char > "\x7f" and unicodedata.category(char) == "Cf"


INVISIBLE = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in range(0x80, 0x110000) if is_invisible(chr(c))) + "]"
)


def is_table_row(text: str) -> bool:
    """Say whether a statement is a markdown table row ("| a | b |")."""
    return text.count("|") >= TABLE_BARS and text.lstrip().startswith("|")


def run_ours(path: Path) -> tuple[Side, Side, Side]:
    """Ingest and analyze one page as `sourcing score` would (rules only: same statements).

    Return three views of the same run: the statements alone, the statements and the spans
    excluded as headlines, and the article as `sourcing score --format article` writes it
    (the text less the spans excluded as boilerplate), each in the page's order.
    """
    from sourcing.inputs.ingest import InputFailure, iter_inputs
    from sourcing.pipeline import analyze
    from sourcing.records import Role
    from sourcing.render.article import article_text

    side, headings, article = Side(), Side(), Side()
    started = time.perf_counter()
    try:
        for item in iter_inputs([str(path)]):
            if isinstance(item, InputFailure):
                side.failure = item.message
                continue
            report = analyze(item, model=None)
            texts = [s.text for s in report.statements]
            side.statements += len(texts)
            side.table_rows += sum(is_table_row(t) for t in texts)
            side.text += " " + " ".join(texts)
            spans = [s.span for s in report.statements] + [
                e.span for e in report.excluded if e.role is Role.HEADLINE
            ]
            headings.text += " " + " ".join(item.slice(s) for s in sorted(spans, key=_start))
            article.text += " " + article_text(report)
    except PageTimeout:
        side.hung = True
    except Exception as error:  # noqa: BLE001 - counted, the benchmark goes on
        side.crashed = True
        side.failure = f"{type(error).__name__}: {error}"
    side.seconds = time.perf_counter() - started
    views = [Side(**{**asdict(side), "text": view.text}) for view in (headings, article)]
    return side, views[0], views[1]


def _start(span: Any) -> int:
    return int(span.start)


def run_trafilatura(path: Path) -> Side:
    """Plain `trafilatura.extract` with its defaults."""
    import trafilatura

    side = Side()
    started = time.perf_counter()
    try:
        text = trafilatura.extract(path.read_bytes()) or ""
        side.text = text
        lines = [line for line in text.splitlines() if line.strip()]
        side.statements = len(lines)
        side.table_rows = sum(is_table_row(line) for line in lines)
        if not text:
            side.failure = "no text extracted"
    except PageTimeout:
        side.hung = True
    except Exception as error:  # noqa: BLE001
        side.crashed = True
        side.failure = f"{type(error).__name__}: {error}"
    side.seconds = time.perf_counter() - started
    return side


def score_side(side: Side, expected: dict[str, Any]) -> None:
    """Fill the found, missed and leaked snippets of one side."""
    text = normalized(side.text)
    for snippet in expected.get("with", []):
        (side.found if normalized(snippet) in text else side.missed).append(snippet)
    side.leaked = [s for s in expected.get("without", []) if normalized(s) in text]
    side.text = ""  # not kept: the JSON stays small


def run_page(job: tuple[str, dict[str, Any] | None]) -> PageResult:
    """Run both extractors on one page, each under the hang alarm."""
    name, expected = job
    path = Path(name)
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(PAGE_TIMEOUT_S)
    try:
        ours, headings, article = run_ours(path)
    finally:
        signal.alarm(0)
    signal.alarm(PAGE_TIMEOUT_S)
    try:
        theirs = run_trafilatura(path)
    finally:
        signal.alarm(0)
    sides = [ours, theirs, headings, article]
    head = path.read_bytes()[:200_000].decode("utf-8", "replace")
    result = PageResult(
        file=path.name,
        annotated=expected is not None,
        english_news=bool(ENGLISH.search(head) and NEWS.search(head)),
        ours=ours,
        trafilatura=theirs,
        headings=headings,
        article=article,
        without_total=len((expected or {}).get("without", [])),
    )
    for side in sides:
        if expected is not None:
            score_side(side, expected)
        side.text = ""
    return result


def page_jobs(pages_dir: Path, evaldata: dict[str, Any]) -> list[tuple[str, dict | None]]:
    """Every page under PAGES_DIR, with its expectations when annotated."""
    by_file = {entry["file"]: entry for entry in evaldata.values()}
    # Every file in the sub-folders (eval/, cache/): one page there has no suffix at all.
    paths = sorted(p for p in pages_dir.rglob("*") if p.is_file() and p.parent != pages_dir)
    return [(str(p), by_file.get(p.name)) for p in paths]


def figures(results: Iterable[PageResult], side: str) -> dict[str, float]:
    """Recall, leak rate, failures, empties, table rows and time of one side over `results`."""
    rows = list(results)
    sides = [(r, getattr(r, side)) for r in rows]
    annotated = [(r, s) for r, s in sides if r.annotated]
    found = sum(len(s.found) for _, s in annotated)
    expected = found + sum(len(s.missed) for _, s in annotated)
    leaked = sum(len(s.leaked) for _, s in annotated)
    without = sum(r.without_total for r, _ in annotated)
    return {
        "pages": len(rows),
        "annotated": len(annotated),
        "with_recall": found / expected if expected else 0.0,
        "without_leak": leaked / without if without else 0.0,
        "failed": sum(1 for _, s in sides if s.failure and not s.crashed),
        "tracebacks": sum(1 for _, s in sides if s.crashed),
        "hangs": sum(1 for _, s in sides if s.hung),
        "zero_statements": sum(1 for _, s in sides if not s.failure and not s.statements),
        "table_rows": sum(s.table_rows for _, s in sides),
        "seconds_per_page": sum(s.seconds for _, s in sides) / len(rows) if rows else 0.0,
        "max_seconds": max((s.seconds for _, s in sides), default=0.0),
    }


LABELS = (
    ("with_recall", "`with` recall", "{:.1%}"),
    ("without_leak", "`without` leak rate", "{:.1%}"),
    ("failed", "pages failed", "{:d}"),
    ("tracebacks", "tracebacks", "{:d}"),
    ("hangs", f"hangs (> {PAGE_TIMEOUT_S} s)", "{:d}"),
    ("zero_statements", "pages with 0 statements", "{:d}"),
    ("table_rows", "table rows as statements", "{:d}"),
    ("seconds_per_page", "seconds per page", "{:.3f}"),
    ("max_seconds", "slowest page (s)", "{:.2f}"),
)


def table(title: str, results: list[PageResult]) -> str:
    """Render the figures of our three views and of trafilatura as a markdown table."""
    views = [figures(results, side) for side in ("ours", "headings", "article", "trafilatura")]
    lines = [
        f"### {title}: {views[0]['pages']} pages, {views[0]['annotated']} annotated",
        "",
        (
            "| | sourcing statements | statements + headings | article (all but boilerplate) "
            "| trafilatura.extract |"
        ),
        "|---|---:|---:|---:|---:|",
    ]
    for key, label, fmt in LABELS:
        cells = " | ".join(fmt.format(side[key]) for side in views)
        lines.append(f"| {label} | {cells} |")
    return "\n".join(lines)


def failure_summary(results: list[PageResult]) -> str:
    """Our failures by message, most common first."""
    messages = Counter(r.ours.failure for r in results if r.ours.failure)
    return "\n".join(f"  {count:4d}  {message}" for message, count in messages.most_common())


def page_parser(description: str | None) -> argparse.ArgumentParser:
    """The arguments every page script takes: the pages, their annotations, jobs and a limit."""
    parser = argparse.ArgumentParser(
        description=description, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("pages_dir", type=Path, help="unpacked pages.tar.xz")
    parser.add_argument("evaldata", type=Path, help="evaldata.json")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--limit", type=int, help="first N pages only")
    return parser


def main() -> int:
    parser = page_parser(__doc__)
    parser.add_argument("--json", type=Path, help="write per-page results (misses, leaks) here")
    args = parser.parse_args()
    jobs = page_jobs(args.pages_dir, json.loads(args.evaldata.read_text(encoding="utf-8")))
    jobs = jobs[: args.limit] if args.limit else jobs
    started = time.perf_counter()
    with Pool(args.jobs, maxtasksperchild=200) as pool:
        results = list(pool.imap(run_page, jobs, chunksize=4))
    print(table("All pages", results))
    print()
    print(table("English news pages", [r for r in results if r.english_news]))
    print(f"\nwall time {time.perf_counter() - started:.0f} s with {args.jobs} processes")
    print("our failures:\n" + (failure_summary(results) or "  none"))
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
