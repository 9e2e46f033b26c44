"""Time `run_reports` over the AllSides corpus: wall time, articles/s, peak memory.

Example (2,000 articles, cold then warm cache):
    python scripts/benchmark_corpus.py --limit 2000 --cache /tmp/bench.sqlite --fresh
    python scripts/benchmark_corpus.py --limit 2000 --cache /tmp/bench.sqlite
Results go to stdout as `key: value` lines (and one JSON line with --json).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from itertools import islice
from pathlib import Path
from typing import Any

import sourcing
from sourcing.inputs.ingest import InputFailure, iter_inputs
from sourcing.records import Document
from sourcing.run.engine import ENGINES, run_reports
from sourcing.run.version import analyzer_fingerprint

CORPUS = Path("/work/shared/corpus/allsides/articles.jsonl.xz")
CORPUS_SIZE = 37_554  # rows of CORPUS


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="JSONL(.xz) of articles")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--cache", type=Path, default=None, help="SQLite cache file")
    parser.add_argument("--no-cache", action="store_true", help="run without a cache")
    parser.add_argument("--fresh", action="store_true", help="delete the cache file first")
    parser.add_argument("--jobs", type=int, default=None, help="workers (default: all CPUs)")
    parser.add_argument("--engine", choices=ENGINES, default="local")
    parser.add_argument("--scheduler", default=None, help="dask scheduler address")
    parser.add_argument("--progress", action="store_true", help="progress bar on stderr")
    parser.add_argument("--json", action="store_true", help="also print one JSON line")
    parser.add_argument("--stop-at", metavar="HH:MM", default=None,
                        help="read no new articles after this UTC time (a deadline)")
    return parser.parse_args(argv)


def deadline(stop_at: str | None) -> datetime | None:
    """Return the next UTC time HH:MM, or None."""
    if stop_at is None:
        return None
    hour, minute = (int(part) for part in stop_at.split(":"))
    now = datetime.now(UTC)
    when = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
    return when if when > now else when + timedelta(days=1)


def corpus_documents(path: Path, limit: int | None, failures: list[InputFailure],
                     stop: datetime | None = None) -> Iterator[Document]:
    """Yield the corpus's documents lazily, as `sourcing score` reads them, until `stop`."""
    for item in islice(iter_inputs([str(path)]), limit):
        if stop is not None and datetime.now(UTC) >= stop:
            return
        if isinstance(item, InputFailure):
            failures.append(item)
        else:
            yield item


def git_commit() -> str:
    """Return the commit of the checkout holding the imported package, with +dirty if edited."""
    root = Path(sourcing.__file__).resolve().parent.parent
    try:
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"], check=True,
                              capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "sourcing"],
                               check=True, capture_output=True, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return (root / "COMMIT").read_text().strip() if (root / "COMMIT").exists() else "unknown"
    return head + ("+dirty" if dirty else "")


def peak_memory_mb() -> dict[str, float]:
    """Return ru_maxrss of this process and of its largest finished child, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_rss_parent_mb": round(own, 1), "peak_rss_largest_worker_mb": round(children, 1)}


def benchmark(args: argparse.Namespace) -> dict[str, Any]:
    cache = None if args.no_cache else args.cache
    if cache is not None and args.fresh:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{cache}{suffix}").unlink(missing_ok=True)
    failures: list[InputFailure] = []
    reports = errors = 0
    interrupted = False
    start = time.perf_counter()
    try:
        documents = corpus_documents(args.corpus, args.limit, failures, deadline(args.stop_at))
        for _, report, _ in run_reports(documents,
                                        jobs=args.jobs, cache=cache, engine=args.engine,
                                        scheduler=args.scheduler, progress=args.progress):
            reports += report is not None
            errors += report is None
    except KeyboardInterrupt:  # Ctrl-C or kill -INT: report the figures of what finished
        interrupted = True
    wall = time.perf_counter() - start
    articles = reports + errors
    interrupted = interrupted or (args.limit or CORPUS_SIZE) > articles + len(failures)
    return {
        "commit": git_commit(),
        "analyzer": analyzer_fingerprint(),
        "engine": args.engine,
        "jobs": args.jobs or os.cpu_count(),
        "articles": articles,
        "reports": reports,
        "analysis_errors": errors,
        "input_failures": len(failures),
        "stopped_early": interrupted,
        "wall_s": round(wall, 1),
        "articles_per_s": round(articles / wall, 1) if wall else None,
        **peak_memory_mb(),
        "cache": str(cache) if cache else None,
        "cache_mb": round(cache.stat().st_size / 2**20, 1) if cache and cache.exists() else None,
    }


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    result = benchmark(args)
    for key, value in result.items():
        print(f"{key}: {value}")
    if args.json:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
