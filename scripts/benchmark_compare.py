"""Benchmark `sourcing compare` at corpus scale: local and Dask engines, 30k and 300k articles.

Usage:
    python scripts/benchmark_compare.py CORPUS.jsonl.xz --cache reports.sqlite \
        [--analyzer-from DIR] [--work DIR] [--sizes 30000,300000] [--old DIR]

The reports must already be in the cache (fill it with `sourcing compare CORPUS` or
`sourcing score CORPUS` from the commit whose analyzer you want; `--analyzer-from` names
that checkout so its fingerprint keys the lookups). Only cached articles are used: if
the cache does not hold the whole corpus, the benchmark says so and runs on the cached
subset. Synthetic corpora resample those rows with replacement (new ids, same texts):
their reports are looked up under the key of the row they copy, so the cache serves the
analysis and the benchmark measures the comparison itself.

Every measured run is a child process (its peak RSS is the client's; pool workers and
the Dask cluster are other processes). Printed per run: articles, wall time, client
peak RSS, time spent reading the cache (SQLite reads and report decoding), and whether
its table is the same as the local engine's (and the old whole-report path's, `--old`).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import random
import resource
import subprocess
import sys
import time
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if "--child" not in sys.argv:  # a child imports the `sourcing` its PYTHONPATH names
    sys.path.insert(0, str(ROOT))


FINGERPRINT = "from sourcing.run.version import analyzer_fingerprint as f; print(f())"


def mapped_keys(mapping_path: str) -> None:
    """Look a benchmark row's report up under the key of the corpus row it copies."""
    from sourcing.run import engine

    mapping = json.loads(Path(mapping_path).read_text())
    source, rows = mapping["source"], mapping["rows"]
    original = engine.document_key

    def key(document: Any) -> str:
        line, row_id = rows[int(document.path.rsplit(":", 1)[1]) - 1]
        return original(dataclasses.replace(document, path=f"{source}:{line}", id=row_id))

    engine.document_key = key


def timing(function: Any, spent: dict[str, float], name: str) -> Any:
    """Wrap `function` so that its time adds to spent[name]."""
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += time.perf_counter() - started
    return wrapper


def timed_stages(spent: dict[str, float]) -> None:
    """Time reading the cache (SQLite reads, report decoding) and the comparison's stages."""
    from sourcing.corpus import aggregate, near_duplicates
    from sourcing.run import cache, engine

    cache.ReportCache.get_many = timing(cache.ReportCache.get_many, spent, "cache_read")  # type: ignore[method-assign]
    engine.unpack_report = timing(engine.unpack_report, spent, "cache_read")  # type: ignore[attr-defined]
    if hasattr(cache.ReportCache, "get_signatures"):
        cache.ReportCache.get_signatures = timing(  # type: ignore[attr-defined]
            cache.ReportCache.get_signatures, spent, "cache_read")
    if hasattr(near_duplicates.DuplicateIndex, "check_signature"):  # not the whole-report path
        engine.Reducer.apply = timing(engine.Reducer.apply, spent, "reduce")  # type: ignore[attr-defined]
        near_duplicates.DuplicateIndex.check_signature = timing(  # type: ignore[attr-defined]
            near_duplicates.DuplicateIndex.check_signature, spent, "near_duplicates")
        aggregate.GroupTally.stats = timing(aggregate.GroupTally.stats, spent, "group_stats")  # type: ignore[attr-defined]


def child(spec: dict[str, Any]) -> dict[str, Any]:
    """Run one comparison as `spec` says; return its measures."""
    started = time.perf_counter()
    if spec.get("mapping"):
        mapped_keys(spec["mapping"])
    spent = dict.fromkeys(["cache_read", "reduce", "near_duplicates", "group_stats"], 0.0)
    timed_stages(spent)
    from sourcing.corpus.compare import CompareOptions, compare_paths
    from sourcing.render.comparison import notes, render_comparison
    from sourcing.run.engine import run_reports

    failures: list[str] = []
    run = partial(run_reports, jobs=spec["jobs"], cache=Path(spec["cache"]),
                  engine=spec["engine"], scheduler=spec.get("scheduler"),
                  model_version=spec["analyzer"])
    comparison = compare_paths([spec["corpus"]], None, CompareOptions(), run=run,
                               on_failure=lambda path, message: failures.append(path))
    Path(spec["table"]).write_text(render_comparison(comparison, "table"), encoding="utf-8")
    Path(spec["table"] + ".notes").write_text("\n".join(notes(comparison)), encoding="utf-8")
    wall = time.perf_counter() - started
    return {
        "articles": comparison.hygiene.read, "failed": len(failures),
        "compared": comparison.hygiene.compared, "wall_s": round(wall, 1),
        "peak_rss_mb": peak_rss_mb(),
        **{f"{name}_s": round(value, 1) for name, value in spent.items()},
        "outside_cache_share": round(1 - spent["cache_read"] / wall, 3),
    }


def peak_rss_mb() -> float:
    """Return this process's peak RSS (VmHWM: ru_maxrss would count the parent's, from fork)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def measure(label: str, spec: dict[str, Any], pythonpath: Path = ROOT) -> dict[str, Any]:
    """Run `child(spec)` in a fresh process; print and return its measures."""
    env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    done = subprocess.run([sys.executable, __file__, "--child", json.dumps(spec)], env=env,
                          capture_output=True, text=True, check=False, cwd=pythonpath)
    if done.returncode != 0:
        raise SystemExit(f"{label} failed:\n{done.stderr[-3000:]}")
    result = {"run": label, **json.loads(done.stdout.strip().splitlines()[-1])}
    print(json.dumps(result), flush=True)
    return result


def cached_rows(corpus: Path, cache: Path, analyzer: str) -> list[tuple[int, str]]:
    """Return (line number, raw JSON row) of every corpus row whose report is cached."""
    import lzma

    from sourcing.inputs.ingest import iter_inputs
    from sourcing.records import Document
    from sourcing.run.cache import ReportCache, document_key

    documents = [d for d in iter_inputs([str(corpus)], None) if isinstance(d, Document)]
    with ReportCache(cache, analyzer) as store:
        keys = [document_key(d) for d in documents]
        present = store.get_many(keys).keys()
    lines = {int(str(d.path).rsplit(":", 1)[1]) for d, k in zip(documents, keys, strict=True)
             if k in present}
    opener = lzma.open if corpus.suffix == ".xz" else open
    with opener(corpus, "rt", encoding="utf-8") as stream:  # type: ignore[operator]
        return [(n, row) for n, row in enumerate(stream, 1) if n in lines]


def write_corpus(path: Path, source: Path, picks: list[tuple[int, str]], renamed: bool) -> str:
    """Write rows `picks` to `path` (with new ids if `renamed`); return its key mapping file."""
    mapping = []
    with path.open("w", encoding="utf-8") as out:
        for n, (line, row) in enumerate(picks):
            data = json.loads(row)
            mapping.append((line, data.get("id")))
            if renamed:
                data["id"] = f"{data.get('id')}~{n}"
            out.write(json.dumps(data, ensure_ascii=False) + "\n")
    mapping_path = path.with_suffix(".keys.json")
    mapping_path.write_text(json.dumps({"source": str(source), "rows": mapping}))
    return str(mapping_path)


def start_cluster() -> Any:
    """Start a 2-worker dask LocalCluster on 127.0.0.1 (reached by address, as a user's)."""
    from distributed import LocalCluster

    return LocalCluster(host="127.0.0.1", n_workers=2, threads_per_worker=1, processes=True,
                        dashboard_address=None, silence_logs=logging.ERROR)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, nargs="?")
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--analyzer-from", type=Path, default=ROOT,
                        help="checkout whose analyzer filled the cache (default: this one)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/benchmark_compare"))
    parser.add_argument("--sizes", default="30000,300000")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--old", type=Path, help="checkout of the whole-report comparison")
    parser.add_argument("--old-table", type=Path, help="its table of CORPUS, if already made")
    parser.add_argument("--steps", default="corpus,synthetic", help="in this order")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(json.loads(args.child))))
        return 0

    analyzer = subprocess.run(
        [sys.executable, "-c", FINGERPRINT], env={**os.environ, "PYTHONPATH": str(args.analyzer_from.resolve())},
        capture_output=True, text=True, check=True, cwd=args.analyzer_from).stdout.strip()
    args.work.mkdir(parents=True, exist_ok=True)
    rows = cached_rows(args.corpus, args.cache, analyzer)
    total = sum(1 for _ in open_rows(args.corpus))
    print(f"analyzer {analyzer}: {len(rows)} of {total} corpus rows cached", flush=True)
    if not rows:
        return 1
    base = {"cache": str(args.cache), "analyzer": analyzer, "jobs": args.jobs}
    if len(rows) == total:
        corpus, mapping = str(args.corpus), None
    else:
        subset = args.work / "cached_subset.jsonl"
        corpus, mapping = str(subset), write_corpus(subset, args.corpus, rows, renamed=False)
    full = {**base, "corpus": corpus, "mapping": mapping, "engine": "local"}
    for step in args.steps.split(","):
        STEPS[step](args, full, base, rows)
    return 0


def corpus_steps(args: argparse.Namespace, full: dict[str, Any], base: dict[str, Any],
                 rows: list[tuple[int, str]]) -> None:
    """The corpus (or its cached subset): signatures made, cached re-run, Dask; agreement."""
    tables = args.work
    measure("corpus local, signatures made", {**full, "table": str(tables / "first.txt")})
    measure("corpus local, cached", {**full, "table": str(tables / "local.txt")})
    with start_cluster() as cluster:
        measure("corpus dask 2 workers", {**full, "engine": "dask", "table": str(tables / "dask.txt"),
                                          "scheduler": cluster.scheduler_address})
    local = (tables / "local.txt").read_text()
    print(f"dask table == local table: {(tables / 'dask.txt').read_text() == local}")
    if args.old:
        measure("corpus local, old whole-report path",
                {**full, "table": str(tables / "old.txt")}, pythonpath=args.old)
    old = args.old_table or (tables / "old.txt" if args.old else None)
    if old is not None:
        print(f"old table == local table: {old.read_text() == local}")


def synthetic_steps(args: argparse.Namespace, full: dict[str, Any], base: dict[str, Any],
                    rows: list[tuple[int, str]]) -> None:
    """Synthetic corpora resampled from the cached rows, compared locally."""
    rng = random.Random(args.seed)
    for size in (int(s) for s in args.sizes.split(",")):
        path = args.work / f"synthetic_{size}.jsonl"
        keys = write_corpus(path, args.corpus, rng.choices(rows, k=size), renamed=True)
        measure(f"synthetic {size} local", {**base, "corpus": str(path), "mapping": keys,
                                            "engine": "local",
                                            "table": str(args.work / f"synthetic_{size}.txt")})


STEPS = {"corpus": corpus_steps, "synthetic": synthetic_steps}


def open_rows(corpus: Path) -> Any:
    import lzma

    opener = lzma.open if corpus.suffix == ".xz" else open
    with opener(corpus, "rt", encoding="utf-8") as stream:  # type: ignore[operator]
        yield from stream


if __name__ == "__main__":
    raise SystemExit(main())
