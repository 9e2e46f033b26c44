"""Say where the `with` snippets missing from our statements are lost, stage by stage.

Usage:
    python scripts/pages_losses.py PAGES_DIR EVALDATA [--jobs 2] [--limit N] [--english-news]
        [--json losses.json]

For each annotated page (see scripts/benchmark_pages.py), every `with` snippet that the
statements do not contain is put in one place:

- `candidate, trafilatura misses it too`: not in the candidate text (our trafilatura call),
  nor in plain `trafilatura.extract`'s;
- `candidate, trafilatura.extract has it`: not in our candidate text, but in the defaults';
- `excluded: ROLE: REASON`: in the candidate text, under excluded spans (the first one that
  overlaps it: role and rule);
- `segmenter`: in the candidate text, not excluded, yet not in the statements joined by
  spaces (a sentence cut, or a snippet spanning a dropped line break).

Every `without` snippet (boilerplate) that the statements contain, or that sits under an
excluded span other than `boilerplate` (a heading, a table), is put in its place the same way.

Prints the counts by place, overall and for English news pages, with a few examples each.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from multiprocessing import Pool
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from benchmark_pages import ENGLISH, NEWS, is_invisible, normalized, page_jobs, page_parser

EXAMPLES = 4


def normalized_with_offsets(text: str) -> tuple[str, list[int]]:
    """Collapse white space like `normalized`, and give each kept character's offset."""
    chars: list[str] = []
    offsets: list[int] = []
    pending = False
    for i, char in enumerate(text):
        if is_invisible(char):
            continue
        if char.isspace():
            pending = bool(chars)
            continue
        if pending:
            chars.append(" ")
            offsets.append(i - 1)
            pending = False
        chars.append(char)
        offsets.append(i)
    return "".join(chars), offsets


def place_of(snippet: str, candidate: str, offsets: list[int], excluded: Any) -> str:
    """Where a snippet present in the candidate text was lost: an excluded span, or segmenting."""
    at = candidate.find(normalized(snippet))
    start, end = offsets[at], offsets[at + len(normalized(snippet)) - 1] + 1
    for item in excluded:
        if item.span.start < end and start < item.span.end:
            return f"excluded: {item.role.value}: {item.reason}"
    return "segmenter"


def losses_of_page(job: tuple[str, dict[str, Any] | None]) -> dict[str, Any]:
    """Classify the missed `with` snippets of one page."""
    import trafilatura

    from sourcing.inputs.ingest import InputFailure, iter_inputs
    from sourcing.pipeline import analyze

    name, expected = job
    path = Path(name)
    head = path.read_bytes()[:200_000].decode("utf-8", "replace")
    result: dict[str, Any] = {
        "file": path.name,
        "english_news": bool(ENGLISH.search(head) and NEWS.search(head)),
        "snippets": 0,
        "lost": [],
        "without": len((expected or {}).get("without", [])),
        "leaked": [],
    }
    if expected is None:
        return result
    snippets = expected.get("with", [])
    result["snippets"] = len(snippets)
    documents = [item for item in iter_inputs([str(path)]) if not isinstance(item, InputFailure)]
    candidate, offsets, statements, excluded = "", [], "", ()
    if documents:
        report = analyze(documents[0], model=None)
        candidate, offsets = normalized_with_offsets(documents[0].text)
        statements = normalized(" ".join(s.text for s in report.statements))
        excluded = sorted(report.excluded, key=lambda e: e.span.start)
    theirs = None
    for snippet in snippets:
        wanted = normalized(snippet)
        if wanted in statements:
            continue
        if wanted in candidate:
            place = place_of(snippet, candidate, offsets, excluded)
        else:
            if theirs is None:
                theirs = normalized(trafilatura.extract(path.read_bytes()) or "")
            has = wanted in theirs
            place = (
                f"candidate, {'trafilatura.extract has it' if has else 'trafilatura misses it too'}"
            )
        result["lost"].append((place, snippet))
    for snippet in expected.get("without", []):
        wanted = normalized(snippet)
        if wanted in statements:
            result["leaked"].append(("statement", snippet))
        elif wanted in candidate:
            place = place_of(snippet, candidate, offsets, excluded)
            if not place.startswith("excluded: boilerplate"):
                result["leaked"].append((place, snippet))
    return result


def summary(title: str, pages: list[dict[str, Any]], kind: str = "lost") -> str:
    """Counts of lost (or leaked) snippets by place, with a few examples of each."""
    total = sum(page["snippets" if kind == "lost" else "without"] for page in pages)
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for page in pages:
        for place, snippet in page[kind]:
            counts[place] += 1
            if len(examples[place]) < EXAMPLES:
                examples[place].append(f"{page['file']}: {snippet[:90]!r}")
    lost = sum(counts.values())
    what = "`with` snippets" if kind == "lost" else "`without` snippets"
    lines = [f"### {title}: {total} {what}, {lost} {kind} ({lost / max(total, 1):.1%})"]
    for place, count in counts.most_common():
        lines.append(f"{count:5d}  {count / max(total, 1):6.2%}  {place}")
        lines += [f"         {example}" for example in examples[place]]
    return "\n".join(lines)


def main() -> int:
    parser = page_parser(__doc__)
    parser.add_argument("--english-news", action="store_true", help="English news pages only")
    parser.add_argument("--json", type=Path, help="write every lost snippet and its place here")
    args = parser.parse_args()
    jobs = page_jobs(args.pages_dir, json.loads(args.evaldata.read_text(encoding="utf-8")))
    jobs = [job for job in jobs if job[1] is not None]
    if args.english_news:
        jobs = [job for job in jobs if _english_news(Path(job[0]))]
    jobs = jobs[: args.limit] if args.limit else jobs
    with Pool(args.jobs, maxtasksperchild=200) as pool:
        pages = list(pool.imap(losses_of_page, jobs, chunksize=4))
    print(summary("All annotated pages", pages))
    print()
    print(summary("English news pages", [page for page in pages if page["english_news"]]))
    for title, chosen in (
        ("All", pages),
        ("English news", [p for p in pages if p["english_news"]]),
    ):
        print()
        print(summary(f"{title}: leaks in statements or non-boilerplate spans", chosen, "leaked"))
    if args.json:
        args.json.write_text(json.dumps(pages, ensure_ascii=False, indent=1))
    return 0


def _english_news(path: Path) -> bool:
    head = path.read_bytes()[:200_000].decode("utf-8", "replace")
    return bool(ENGLISH.search(head) and NEWS.search(head))


if __name__ == "__main__":
    raise SystemExit(main())
