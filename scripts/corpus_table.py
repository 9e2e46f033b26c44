"""Compare the largest hard-news outlets of the AllSides corpus: markdown table and chart.

Usage:
    python scripts/corpus_table.py CORPUS.jsonl.xz --cache reports.sqlite --out docs/ [--top 24]

Runs `sourcing compare`'s library over the whole corpus (all cores, cached reports), then
keeps the `--top` largest outlet groups that are not opinion desks, guest or named
columnists, or the "unknown" group, and writes `outlets_top24.md` and `outlets_top24.png`.
Prints wall time, articles per second and peak memory.
"""

from __future__ import annotations

import argparse
import re
import resource
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sourcing.corpus.chart import anonymity_chart
from sourcing.corpus.compare import CompareOptions, compare_paths
from sourcing.render.comparison import render_comparison
from sourcing.run.engine import run_reports

NOT_HARD_NEWS = re.compile(
    r"opinion|editorial|guest writer|flip side|unknown|victor hanson|rich lowry|john stossel|"
    r"ben shapiro|george will|thomas sowell|michelle malkin|ann coulter|dennis prager|"
    r"pat buchanan|walter williams|cal thomas|jonah goldberg|paul krugman|charles krauthammer",
    re.IGNORECASE,
)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--top", type=int, default=24)
    parser.add_argument("--jobs", type=int, default=None)
    args = parser.parse_args()

    started = time.perf_counter()
    failures: list[str] = []
    counted = {"n": 0}

    def run(documents):  # type: ignore[no-untyped-def]
        for outcome in run_reports(documents, jobs=args.jobs, cache=args.cache, progress=True):
            counted["n"] += 1
            yield outcome

    options = CompareOptions(by=("outlet",), exclude_pattern="/opinion/")
    comparison = compare_paths(
        [str(args.corpus)],
        None,
        options,
        run=run,
        on_failure=lambda path, message: failures.append(f"{path}: {message}"),
    )
    elapsed = time.perf_counter() - started
    hard_news = [g for g in comparison.groups if not NOT_HARD_NEWS.search(" ".join(g.group))]
    top = sorted(hard_news, key=lambda g: -g.articles)[: args.top]
    top = sorted(top, key=lambda g: -(g.mean_share.value if g.mean_share else 0.0))
    table = replace(comparison, groups=tuple(top))
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"outlets_top{args.top}.md").write_text(
        render_comparison(table, "markdown"), encoding="utf-8"
    )
    (args.out / f"outlets_top{args.top}.png").write_bytes(
        anonymity_chart(
            top,
            "png",
            title=f"Anonymity share, {args.top} largest hard-news outlets",
        )
    )
    peak_mb = (
        max(
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
        )
        / 1024
    )
    print(
        f"articles {counted['n']}  failures {len(failures)}  wall {elapsed:.1f} s  "
        f"{counted['n'] / elapsed:.1f} articles/s  peak RSS {peak_mb:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
