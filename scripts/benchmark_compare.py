"""Benchmark `sourcing compare` at corpus scale: local and Dask engines, 30k and 300k articles.

Usage:
    python scripts/benchmark_compare.py CORPUS.jsonl.xz --cache reports.sqlite \
        [--analyzer-from DIR] [--work DIR] [--sizes 30000,300000] [--before DIR] [--profile] \
        [--installed VENV/bin/python]

The reports must already be in the cache (fill it with `sourcing score CORPUS` or
`sourcing compare CORPUS` from the commit whose analyzer you want; `--analyzer-from`
names that checkout so its fingerprint keys the lookups). The benchmark counts the
corpus rows whose report is cached, those whose record (this checkout's reduction) is,
and those with neither (those would be analyzed).

Steps (`--steps`, in order):
- `before`: the comparison code of checkout `--before` (first run, then cached re-run).
- `corpus`: a copy of the cache without records is kept for Dask; then this checkout's
  first comparison (records made from cached reports and stored, the input indexed), its
  cached re-run (the input index, records and stored statistics; `--profile` runs it
  once more under cProfile), the same start-up and reads with nothing compared
  (`"reads_only": true`: the least that a re-run reading every record spends outside
  the reads), the cached re-run with the statistics computed instead of read (`"memo":
  false`), and the Dask run (which reads its input, as the CLI's) on a 2-worker
  LocalCluster reached by its address, on the copy (reports reduced on the workers,
  statistics computed). Tables are compared with the local one.
- `installed`: the cached re-run and its floor as a user runs them, from this checkout's
  wheel installed in a venv outside it (`--installed`: that venv's python; build it with
  `pip wheel --no-deps .` and install it with `pip install`, which compiles its modules,
  as `.ci/run` does). The child runs from `--work`, without PYTHONPATH, and stops if
  `sourcing` is imported from a source checkout (spec `"installed": true`); its modules
  are not compiled on import, as a checkout's are where PYTHONDONTWRITEBYTECODE is set.
  Run `corpus` first: the wheel's comparison modules are this checkout's, so it finds the
  same records.
- `synthetic`: corpora of `--sizes` articles resampled from the corpus rows with
  replacement (seed `--seed`): new ids, same text and metadata. Their path and id differ
  from the row they copy, so their reports are misses, but their records (keyed on
  content, `cache.content_key`) are hits once `corpus` has run: nothing is patched.

Every measured run is a child process (its peak RSS is the client's; pool workers and
the Dask cluster are other processes). Printed per run: articles, wall time, client
peak RSS, and the client's time in (each second to the innermost stage running):
start-up (imports), cache reads (SQLite reads, and decoding the reports, records, index
rows and stored statistics read), document keys (and the input file's digest: read from
the cache while the file's identity is unchanged, else hashed; `"rehash": true` hashes
it, as `compare --rehash-inputs`), keys of
the stored statistics, reduction of reports to records (in this process), getting the
records (reading and parsing the input, the engine's own work), counting them into
groups, near-duplicate lookups, group figures (bootstrap), rendering; the rest is what
no stage covers. A child spec with `"cli": true` runs `sourcing compare` itself (its
imports, option parsing and the analyzer's fingerprint, timed as `fingerprint`, are
counted; start-up and rest are one figure).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import logging
import os
import pstats
import random
import resource
import subprocess
import sys
import time
from functools import partial
from itertools import chain, islice
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if "--child" not in sys.argv:  # a child imports the `sourcing` its PYTHONPATH names
    sys.path.insert(0, str(ROOT))


FINGERPRINT = "from sourcing.run.version import analyzer_fingerprint as f; print(f())"
STAGES = ("cache_read", "keys", "memo_keys", "reduce", "input", "tally", "near_duplicates",
          "group_figures", "render")
RUNNING: list[list[Any]] = []  # [stage, since when] of the stages being timed, innermost last


def timing(function: Any, spent: dict[str, float], name: str) -> Any:
    """Wrap `function` so that its time adds to spent[name], less the time of the timed
    stages it calls (each second goes to the innermost stage running)."""
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        now = time.perf_counter()
        if RUNNING:
            spent[RUNNING[-1][0]] += now - RUNNING[-1][1]
        RUNNING.append([name, now])
        try:
            return function(*args, **kwargs)
        finally:
            now = time.perf_counter()
            stage, since = RUNNING.pop()
            spent[stage] += now - since
            if RUNNING:
                RUNNING[-1][1] = now
    return wrapper


def timing_items(function: Any, spent: dict[str, float], name: str, ahead: int = 256) -> Any:
    """Wrap the generator function `function` so that the time its generator takes to
    give its items adds to spent[name] (less the timed stages it calls).

    Items are taken `ahead` at a time: timing each one (two clock reads and the
    bookkeeping, about 2 us) cost more than the generator's own work per record, and it
    landed outside the cache reads (in this stage and the one consuming the items). The
    chunks are handed on by `chain` (no Python step per item, which a generator here
    took, counted in the consumer's stage).
    """
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        items = iter(function(*args, **kwargs))
        take = timing(lambda: list(islice(items, ahead)), spent, name)
        return chain.from_iterable(iter(take, []))
    return wrapper


def patch(owner: Any, name: str, spent: dict[str, float], stage: str,
          wrap: Any = timing) -> None:
    """Time `owner.name` into spent[stage], if `owner` has it (older checkouts may not)."""
    if hasattr(owner, name):
        setattr(owner, name, wrap(getattr(owner, name), spent, stage))


def timed_stages(spent: dict[str, float]) -> None:
    """Time reading the cache, the document keys and the comparison's stages."""
    from sourcing.corpus import compare, near_duplicates
    from sourcing.render import comparison
    from sourcing.run import cache, engine

    indexed = input_index_module()
    for name in ("get_many", "get_signatures", "get_records", "get_input_part", "get_results"):
        patch(cache.ReportCache, name, spent, "cache_read")
    time_the_engine_when_it_runs(engine, spent)
    if indexed is not None:  # the input index: its rows and records are read from the cache
        for name in ("part", "records"):
            patch(indexed.InputIndex, name, spent, "cache_read")
        patch(compare, "file_key", spent, "keys")  # hashing the input file (older checkouts)
        patch(indexed.InputIndex, "file_key", spent, "keys")  # its digest, trusted or hashed
    memo = stored_statistics_module()
    if memo is not None:  # the statistics kept in the cache
        patch(memo, "_unpack_estimates", spent, "cache_read")
        patch(memo, "_unpack_duplicates", spent, "cache_read")
        patch(memo, "bootstrap_key", spent, "memo_keys")
        patch(memo.MemoDuplicates, "_advance", spent, "memo_keys")
        patch(memo.MemoDuplicates, "check_many", spent, "near_duplicates")
        patch(near_duplicates.DuplicateIndex, "settle", spent, "near_duplicates")
    patch(compare, "tally_records", spent, "tally")  # counting records into groups
    # Getting each record (reading the input, the engine's work), less the stages above.
    getting = "input_records" if hasattr(compare, "input_records") else "record_stream"
    patch(compare, getting, spent, "input", wrap=timing_items)
    if hasattr(near_duplicates.DuplicateIndex, "check_signature"):  # not the whole-report path
        patch(engine.Reducer, "apply", spent, "reduce")
        name = "check_many" if hasattr(near_duplicates.DuplicateIndex, "check_many") else "check_signature"
        patch(near_duplicates.DuplicateIndex, name, spent, "near_duplicates")
        patch(compare, "group_table", spent, "group_figures")
    patch(comparison, "render_comparison", spent, "render")


def time_the_engine_when_it_runs(engine: Any, spent: dict[str, float]) -> None:
    """Wrap `engine.run_reports` so that its first call times the engine's decoding and
    keys where the engine calls them (`engine_modules`), before it runs.

    The engine loads its chunks when a run first needs them (since stop 30): a re-run that
    finds every record never calls `run_reports`, and importing the chunks here to patch
    them would count a start-up the re-run does not have. Every caller of the comparison
    (this child, `sourcing compare`) imports `run_reports` from the package, so it gets
    this wrapper.
    """
    real = engine.run_reports
    patched: list[bool] = []

    def run_reports(*args: Any, **kwargs: Any) -> Any:
        if not patched:
            for module in engine_modules():
                for name in ("unpack_report", "cached_record"):  # decoding what was read
                    patch(module, name, spent, "cache_read")
                for name in ("document_key", "content_key"):
                    patch(module, name, spent, "keys")
            patched.append(True)
        return real(*args, **kwargs)
    engine.run_reports = run_reports


def engine_modules() -> list[Any]:
    """Return the modules whose global names the engine calls to decode and key what the
    cache holds: `sourcing.run.engine`, and since it is a package (main `8a56676`) its
    `chunks`, where those calls are (a patch of the package's name would not reach them)."""
    from sourcing.run import engine

    try:
        from sourcing.run.engine import chunks
    except ImportError:  # the engine as one module
        return [engine]
    return [engine, chunks]


def stored_statistics_module() -> Any:
    """Return `sourcing.corpus.memo`, or None in a checkout from before it."""
    try:
        from sourcing.corpus import memo
    except ImportError:
        return None
    return memo


def input_index_module() -> Any:
    """Return `sourcing.run.indexed`, or None in a checkout from before the input index."""
    try:
        from sourcing.run import indexed
    except ImportError:
        return None
    return indexed


def child(spec: dict[str, Any]) -> dict[str, Any]:
    """Run one comparison as `spec` says; return its measures."""
    started = time.perf_counter()
    spent = dict.fromkeys(STAGES, 0.0)
    if spec.get("cli"):
        return cli_child(spec, started, spent)
    timed_stages(spent)
    indexed = input_index_module()
    from sourcing.corpus.compare import CompareOptions, compare_paths
    from sourcing.render import comparison as rendering
    from sourcing.run.engine import run_reports

    failures: list[str] = []
    run = partial(run_reports, jobs=spec["jobs"], cache=Path(spec["cache"]),
                  engine=spec["engine"], scheduler=spec.get("scheduler"),
                  model_version=spec["analyzer"])
    startup = time.perf_counter() - started
    where = installed_package() if spec.get("installed") else None  # imported already
    profile = cProfile.Profile() if spec.get("profile") else None
    if profile is not None:
        profile.enable()
    local = spec["engine"] == "local"  # as the CLI: a Dask run always reads its input
    index = None
    if indexed and local:  # "rehash": hash the input file in full (compare --rehash-inputs)
        rehash = {"rehash": True} if spec.get("rehash") else {}
        index = indexed.InputIndex(Path(spec["cache"]), spec["analyzer"], **rehash)
    if spec.get("reads_only"):  # the floor: get every record as below, compare nothing
        return {**reads_only(spec, run, index, started, startup, spent),
                **({"sourcing": where} if where else {})}
    memo = None  # as the CLI: the statistics are kept in the cache (unless "memo" is false)
    if spec.get("memo", True) and stored_statistics_module() is not None:
        from sourcing.run.cache import ReportCache

        memo = ReportCache(Path(spec["cache"]), spec["analyzer"])
    stores: dict[str, Any] = {}  # what this checkout's compare_paths takes
    if index is not None:
        stores["index"] = index
    if memo is not None:
        stores["memo"] = memo
    comparison = compare_paths([spec["corpus"]], None, CompareOptions(), run=run,
                               on_failure=lambda path, message: failures.append(path), **stores)
    table = rendering.render_comparison(comparison, "table")
    if profile is not None:
        profile.disable()
        profile.dump_stats(spec["profile"])
    for store in (index, memo):
        if store is not None:
            store.close()
    Path(spec["table"]).write_text(table, encoding="utf-8")
    Path(spec["table"] + ".notes").write_text("\n".join(rendering.notes(comparison)),
                                              encoding="utf-8")
    wall = time.perf_counter() - started
    rest = wall - startup - sum(spent.values())
    return {
        "articles": comparison.hygiene.read, "failed": len(failures),
        "compared": comparison.hygiene.compared, "wall_s": round(wall, 3),
        "peak_rss_mb": peak_rss_mb(), "startup_s": round(startup, 3),
        **{f"{name}_s": round(value, 3) for name, value in spent.items()},
        "rest_s": round(rest, 3),
        "outside_cache_share": round(1 - spent["cache_read"] / wall, 3),
        **({"sourcing": where} if where else {}),
    }


def installed_package() -> str:
    """Return the folder `sourcing` was imported from; stop if it is a source checkout's
    (spec `"installed": true`: the re-run of a user's installed wheel)."""
    import sourcing

    package = Path(sourcing.__file__).resolve().parent
    if (package.parent / "pyproject.toml").is_file():
        raise SystemExit(f"sourcing is imported from a source checkout: {package}")
    return str(package)


def cli_child(spec: dict[str, Any], started: float, spent: dict[str, float]) -> dict[str, Any]:
    """Run `sourcing compare` as a user does (`"cli": true`): the command line's imports,
    its option parsing and the analyzer's fingerprint (computed, and timed as a stage, but
    the cache is read under `spec["analyzer"]`, the analyzer that filled it) are counted.
    The interpreter's own start is before the clock; `sourcing_version` says which
    `sourcing` ran. Returns the measures of `child`, start-up and rest together."""
    spent["fingerprint"] = 0.0
    from sourcing.run import version

    real = timing(version.analyzer_fingerprint, spent, "fingerprint")

    def fingerprint(*args: Any) -> str:
        real(*args)
        return str(spec["analyzer"])
    version.analyzer_fingerprint = fingerprint  # type: ignore[assignment]
    timed_stages(spent)
    from sourcing.cli import app

    args = ["compare", spec["corpus"], "--cache", spec["cache"], "--jobs", str(spec["jobs"]),
            "--quiet", "-o", spec["table"]]
    if spec.get("rehash"):
        args.append("--rehash-inputs")
    try:
        app(args, prog_name="sourcing")
    except SystemExit as done:
        if done.code:
            raise
    wall = time.perf_counter() - started
    return {"wall_s": round(wall, 3), "peak_rss_mb": peak_rss_mb(),
            **{f"{name}_s": round(value, 3) for name, value in spent.items()},
            "startup_and_rest_s": round(wall - sum(spent.values()), 3),
            "outside_cache_share": round(1 - spent["cache_read"] / wall, 3)}


def reads_only(spec: dict[str, Any], run: Any, index: Any, started: float, startup: float,
               spent: dict[str, float]) -> dict[str, Any]:
    """Get the records of the corpus as `compare_paths` does (input index, cached records),
    and do nothing with them: the least that a comparison reading every record spends."""
    from sourcing.corpus.compare import CompareOptions, input_records, record_reducer
    from sourcing.outlets import default_table

    reducer = record_reducer(CompareOptions(), default_table())
    records = input_records([spec["corpus"]], None, partial(run, reducer=reducer),
                            lambda path, message: None, index, reducer)
    count = sum(1 for _ in records)
    if index is not None:
        index.close()
    wall = time.perf_counter() - started
    return {"articles": count, "wall_s": round(wall, 3), "peak_rss_mb": peak_rss_mb(),
            "startup_s": round(startup, 3),
            **{f"{name}_s": round(value, 3) for name, value in spent.items()},
            "rest_s": round(wall - startup - sum(spent.values()), 3),
            "outside_cache_share": round(1 - spent["cache_read"] / wall, 3)}


def peak_rss_mb() -> float:
    """Return this process's peak RSS (VmHWM: ru_maxrss would count the parent's, from fork)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def measure(label: str, spec: dict[str, Any], pythonpath: Path = ROOT,
            python: Path | None = None) -> dict[str, Any]:
    """Run `child(spec)` in a fresh process; print and return its measures. With `python`
    (an installed wheel's venv), the child runs under it from the folder of the spec's
    table, without PYTHONPATH."""
    env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    where = pythonpath
    if python is not None:
        env.pop("PYTHONPATH")
        where = Path(spec["table"]).parent
    done = subprocess.run([str(python or sys.executable), __file__, "--child", json.dumps(spec)],
                          env=env, capture_output=True, text=True, check=False, cwd=where)
    if done.returncode != 0:
        raise SystemExit(f"{label} failed:\n{done.stderr[-3000:]}")
    result = {"run": label, **json.loads(done.stdout.strip().splitlines()[-1])}
    print(json.dumps(result), flush=True)
    return result


def count_cached(corpus: Path, cache: Path, analyzer: str) -> tuple[int, int, int, int]:
    """Return how many documents of `corpus` there are, how many have a cached report, how
    many a cached record of this checkout's reduction (default options), and how many
    neither: those are analyzed by a first comparison (a compact cache holds records and
    no reports)."""
    from sourcing.corpus.compare import CompareOptions, record_reducer
    from sourcing.inputs.ingest import iter_inputs
    from sourcing.outlets import default_table
    from sourcing.records import Document
    from sourcing.run.cache import ReportCache, content_key, document_key

    documents = [d for d in iter_inputs([str(corpus)], None) if isinstance(d, Document)]
    keys = [document_key(d) for d in documents]
    contents = [content_key(d) for d in documents]
    reducer = str(record_reducer(CompareOptions(), default_table()).version)
    with ReportCache(cache, analyzer) as store:
        reports = store.get_many(keys).keys()
        records = store.get_records(contents, reducer).keys()
    neither = sum(key not in reports and content not in records
                  for key, content in zip(keys, contents, strict=True))
    return (len(keys), sum(key in reports for key in keys),
            sum(key in records for key in contents), neither)


def cached_summary(analyzer: str, total: int, reports: int, records: int, neither: int) -> str:
    """Say what the cache holds of the corpus's documents (`count_cached`)."""
    return (f"analyzer {analyzer}: of {total} corpus documents, {reports} have a cached report "
            f"and {records} a cached record of this checkout's reduction; "
            + (f"{neither} have neither and will be analyzed" if neither
               else "none will be analyzed"))


def write_synthetic(path: Path, rows: list[str], size: int, rng: random.Random) -> None:
    """Write `size` rows drawn from `rows` with replacement, each with a new id."""
    with path.open("w", encoding="utf-8") as out:
        for n, row in enumerate(rng.choices(rows, k=size)):
            data = json.loads(row)
            data["id"] = f"{data.get('id')}~{n}"
            out.write(json.dumps(data, ensure_ascii=False) + "\n")


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
    parser.add_argument("--before", type=Path, help="checkout of the comparison to compare with")
    parser.add_argument("--profile", action="store_true", help="profile the cached re-run")
    parser.add_argument("--installed", type=Path,
                        help="python of a venv where this checkout's wheel is installed "
                             "(step `installed`)")
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
    print(cached_summary(analyzer, *count_cached(args.corpus, args.cache, analyzer)), flush=True)
    base = {"cache": str(args.cache), "analyzer": analyzer, "jobs": args.jobs,
            "engine": "local"}
    for step in args.steps.split(","):
        STEPS[step](args, {**base, "corpus": str(args.corpus)})
    return 0


def before_steps(args: argparse.Namespace, full: dict[str, Any]) -> None:
    """The comparison code of `--before` on the corpus: first run, then cached re-run."""
    tables = args.work
    for label, name in (("first", "before_first"), ("cached re-run", "before_rerun")):
        measure(f"before: corpus local, {label}", {**full, "table": str(tables / f"{name}.txt")},
                pythonpath=args.before)
    print(f"before table == before first: "
          f"{same(tables / 'before_rerun.txt', tables / 'before_first.txt')}")


def corpus_steps(args: argparse.Namespace, full: dict[str, Any]) -> None:
    """The corpus: records made, cached re-run (profiled), Dask on a copy; agreement."""
    tables = args.work
    copy = tables / "cache_for_dask.sqlite"
    fresh_copy(Path(full["cache"]), copy)
    measure("corpus local, first (records made)", {**full, "table": str(tables / "first.txt")})
    measure("corpus local, cached re-run", {**full, "table": str(tables / "local.txt")})
    measure("corpus local, cached re-run, reads only (records got, nothing compared)",
            {**full, "table": str(tables / "floor.txt"), "reads_only": True})
    measure("corpus local, cached re-run, statistics computed (not read)",
            {**full, "table": str(tables / "computed.txt"), "memo": False})
    if args.profile:
        profile = tables / "rerun.prof"
        measure("corpus local, cached re-run under cProfile",
                {**full, "table": str(tables / "profiled.txt"), "profile": str(profile)})
        print_profile(profile)
    with start_cluster() as cluster:
        measure("corpus dask 2 workers (reports reduced on workers)",
                {**full, "cache": str(copy), "engine": "dask",
                 "table": str(tables / "dask.txt"), "scheduler": cluster.scheduler_address})
    local = tables / "local.txt"
    print(f"first table == local table: {same(tables / 'first.txt', local)}")
    print(f"computed table == local table: {same(tables / 'computed.txt', local)}")
    print(f"dask table == local table: {same(tables / 'dask.txt', local)}")
    if (tables / "before_rerun.txt").exists():
        print(f"before table == local table: {same(tables / 'before_rerun.txt', local)}")


def installed_steps(args: argparse.Namespace, full: dict[str, Any]) -> None:
    """The cached re-run and its floor from the wheel installed in `--installed`'s venv."""
    if args.installed is None:
        raise SystemExit("step `installed` needs --installed VENV/bin/python")
    tables = args.work
    spec = {**full, "installed": True}
    measure("installed wheel: corpus local, cached re-run",
            {**spec, "table": str(tables / "installed.txt")}, python=args.installed)
    measure("installed wheel: corpus local, cached re-run, reads only",
            {**spec, "table": str(tables / "installed_floor.txt"), "reads_only": True},
            python=args.installed)
    if (tables / "local.txt").exists():
        print(f"installed table == local table: {same(tables / 'installed.txt', tables / 'local.txt')}")


def synthetic_steps(args: argparse.Namespace, full: dict[str, Any]) -> None:
    """Synthetic corpora resampled from the corpus rows, compared locally."""
    rng = random.Random(args.seed)
    rows = list(open_rows(args.corpus))
    for size in (int(s) for s in args.sizes.split(",")):
        path = args.work / f"synthetic_{size}.jsonl"
        write_synthetic(path, rows, size, rng)
        measure(f"synthetic {size} local",
                {**full, "corpus": str(path), "table": str(args.work / f"synthetic_{size}.txt")})


STEPS = {"before": before_steps, "corpus": corpus_steps, "installed": installed_steps,
         "synthetic": synthetic_steps}


def same(first: Path, second: Path) -> bool:
    """Whether two rendered tables (and their notes) are the same, byte for byte."""
    notes = (Path(f"{first}.notes"), Path(f"{second}.notes"))
    return (first.read_bytes() == second.read_bytes()
            and notes[0].read_bytes() == notes[1].read_bytes())


def fresh_copy(cache: Path, copy: Path) -> None:
    """Copy the cache to `copy` without its records (so a run there reduces reports)."""
    import sqlite3

    copy.unlink(missing_ok=True)
    with sqlite3.connect(cache) as source, sqlite3.connect(copy) as target:
        source.backup(target)
        tables = {row[0] for row in target.execute("SELECT name FROM sqlite_master")}
        for table in ("records", "input_rows", "results"):  # what a first compare makes
            if table in tables:
                target.execute(f"DELETE FROM {table}")


def print_profile(path: Path, lines: int = 30) -> None:
    """Print the profile's functions by cumulative, then by own time, then by stage."""
    stats = pstats.Stats(str(path))
    for order in ("cumulative", "tottime"):
        stats.sort_stats(order).print_stats(lines)
    for stage, seconds in stage_times(path).items():
        print(f"{stage:58s} {seconds:7.1f} s")


PROFILED_STAGES = {  # stage: (file, function) pairs whose cumulative times add up to it
    "reading the input (iter_inputs)": [("inputs/ingest.py", "iter_inputs")],
    "the input file's digest (input index key)": [("run/indexed.py", "file_key")],
    "reading the input index (rows and records)": [("run/indexed.py", "part"),
                                                   ("run/indexed.py", "records")],
    "  of which xz decompression": [("~", "<method 'decompress' of '_lzma.LZMADecompressor' objects>")],
    "document keys": [("run/cache.py", "document_key"), ("run/cache.py", "content_key")],
    "SQLite reads": [("run/cache.py", name)
                     for name in ("get_many", "get_signatures", "get_records", "get_input_part")],
    "decoding records here": [("corpus/compare.py", "unpack_record"),  # older checkouts
                              ("corpus/reduction.py", "unpack_record")],
    "decoding reports here": [("run/cache.py", "unpack_report")],
    "handing tasks to workers (submit)": [("run/engine/submitters.py", "submit")],
    "waiting for workers' results": [("concurrent/futures/_base.py", "result")],
    "near-duplicate lookups": [("near_duplicates.py", "check_signature"),
                               ("near_duplicates.py", "check_many")],
    "group figures (bootstrap)": [("corpus/aggregate.py", "group_table")],
    "  of which bootstraps computed": [("corpus/bootstrap.py", "mean_and_median")],
    "stored statistics: SQLite reads": [("run/cache.py", "get_results")],
    "stored statistics: decoding": [("corpus/memo.py", "_unpack_estimates"),
                                    ("corpus/memo.py", "_unpack_duplicates")],
    "stored statistics: keys": [("corpus/memo.py", "bootstrap_key"),
                                ("corpus/memo.py", "_advance")],
    "counting records into groups (GroupTally.add)": [("corpus/aggregate.py", "add"),  # older
                                                      ("corpus/tally.py", "add")],
    "rendering": [("render/comparison.py", "render_comparison")],
}


def stage_times(path: Path) -> dict[str, float]:
    """Sum the cumulative times of each stage's functions in a cProfile dump."""
    raw: dict[tuple[str, int, str], tuple[Any, ...]] = pstats.Stats(str(path)).stats  # type: ignore[attr-defined]
    times = {"whole run (profiled part)": max(value[3] for value in raw.values())}
    for stage, functions in PROFILED_STAGES.items():
        times[stage] = sum(value[3] for (file, _, name), value in raw.items()
                           if any(part in file and name == want for part, want in functions))
    return times


def open_rows(corpus: Path) -> Any:
    import lzma

    opener = lzma.open if corpus.suffix == ".xz" else open
    with opener(corpus, "rt", encoding="utf-8") as stream:  # type: ignore[operator]
        yield from stream


if __name__ == "__main__":
    raise SystemExit(main())
