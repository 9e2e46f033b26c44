"""The development loop: re-key every development readings file on this checkout and sum the figures.

Each file is keyed afresh (`scripts/key_agreement.py --readings FILE --corpus ARTICLES --json ...`,
ARTICLES the readings' articles taken from the corpus once; advanced level, seed 0, the keys of
the day's `Settings.key_confidence`), as a fix is measured
before it lands (docs/exercise_agreement.md: "development loop"). The figures are summed over the
files: keyed items, strict, with alt, wrong sources named under an agreeing type, unread items, and
the items whose keyed type disagrees with the reading. Sets still held out are left out by the
caller: pass only the files that are development material.

Usage:
    python scripts/dev_loop.py docs/exercise_agreement_heldout.jsonl docs/exercise_agreement_heldout[2-9].jsonl ... \
        --corpus ../shared/corpus/allsides/articles.jsonl.xz [--jobs 2] [--json loop.json] [--compare before.json]

With `--compare`, the items whose keyed type or agreement changed against an earlier run's JSON are
listed (an item keyed in one run and not the other shows "-").
"""

from __future__ import annotations

import argparse
import json
import lzma
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

KEY_AGREEMENT = Path(__file__).resolve().parent / "key_agreement.py"
FIGURES = ("items", "strict", "defensible", "source_wrong")


def corpus_subset(corpus: Path, readings: list[Path], out: Path) -> Path:
    """The corpus lines of the readings' articles, written once to `out`: each key check then
    reads these few hundred articles, not the whole corpus again (a whole read is most of a
    file's time)."""
    wanted = {json.loads(line)["id"] for path in readings for line in path.open(encoding="utf-8") if line.strip()}
    opener = lzma.open if corpus.suffix == ".xz" else open
    with opener(corpus, "rt", encoding="utf-8") as lines, out.open("w", encoding="utf-8") as kept:
        kept.writelines(line for line in lines if line.strip() and json.loads(line).get("id") in wanted)
    return out


def key_file(readings: Path, corpus: Path, scratch: Path) -> dict[str, Any]:
    """The key check of one readings file, keyed afresh (key_agreement.py's JSON)."""
    out = scratch / f"{readings.stem}.json"
    command = [sys.executable, str(KEY_AGREEMENT), "--readings", str(readings), "--corpus", str(corpus),
               "--json", str(out)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0 or not out.exists():
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"{readings}: key_agreement.py failed: {last}")
    return json.loads(out.read_text(encoding="utf-8"))


def summarize(checks: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Sum the files' figures; list every item (file, article, statement: keyed type, agreement)."""
    totals = {name: sum(check["figures"][name] for check in checks.values()) for name in FIGURES}
    totals["unread"] = sum(len(check["unread"]) for check in checks.values())
    items = {
        f"{name}|{item['doc']}|{item['statement']}": [item["keyed"], item["agree"]]
        for name, check in sorted(checks.items())
        for item in check["items"]
    }
    totals["disagreeing"] = sum(1 for _, agree in items.values() if agree == "no")
    return {"figures": totals, "items": items}


def changed_items(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """One line per item whose keyed type or agreement differs between two summaries."""
    lines = []
    for key in sorted(set(before["items"]) | set(after["items"])):
        old, new = before["items"].get(key), after["items"].get(key)
        if old != new:
            shown = [" ".join(value) if value else "-" for value in (old, new)]
            lines.append(f"{key.replace('|', ' ')}: {shown[0]} -> {shown[1]}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("readings", type=Path, nargs="+", help="development readings files (JSONL)")
    parser.add_argument("--corpus", type=Path, required=True, help="corpus JSONL (.jsonl.xz)")
    parser.add_argument("--jobs", type=int, default=2, help="files keyed at once (default 2)")
    parser.add_argument("--json", type=Path, help="also write the summary here")
    parser.add_argument("--compare", type=Path, help="an earlier run's --json: list the items that changed")
    args = parser.parse_args(argv)
    missing = [str(path) for path in [*args.readings, args.corpus] if not path.exists()]
    if missing:
        print(f"error: not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="dev-loop-") as scratch, ThreadPoolExecutor(args.jobs) as pool:
        corpus = corpus_subset(args.corpus, args.readings, Path(scratch) / "articles.jsonl")
        try:
            checks = dict(zip((p.stem for p in args.readings),
                              pool.map(lambda p: key_file(p, corpus, Path(scratch)), args.readings)))
        except RuntimeError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
    summary = summarize(checks)
    figures = summary["figures"]
    print(f"{len(checks)} readings files: keyed {figures['items']}, strict {figures['strict']}, "
          f"with alt {figures['defensible']}, disagreeing {figures['disagreeing']}, "
          f"wrong sources {figures['source_wrong']}, unread {figures['unread']}")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1), encoding="utf-8")
    if args.compare:
        lines = changed_items(json.loads(args.compare.read_text(encoding="utf-8")), summary)
        print(f"{len(lines)} items changed against {args.compare}")
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
