"""Start-up, throughput and memory of `sourcing`, each measured in fresh processes.

Usage:
    python scripts/benchmark_speed.py [--root DIR] [--repeats 5] [--only startup,throughput,stream,memory]

`--root` is the source tree to measure (default: this repository), so the same script
measures an older checkout for before/after figures. Figures, as `name: value` lines:
- startup: wall seconds of `sourcing --help` and of `score --no-cache` on one 5,000-character
  corpus article, with the model and rules only (median of --repeats runs);
- throughput: articles/s analyzing 500 corpus articles in one process, with and without the
  model (the model loaded and the analyzer warmed before timing), per wall second and per
  CPU second of that process (the second holds better on a shared, loaded machine);
- stream: wall seconds and articles/s of `score --format jsonl --no-cache` on 1,000 articles
  (default jobs), and the CPU seconds of that command and its workers;
- memory: peak RSS of `score --format jsonl --no-cache --jobs 1` on 500 and on 5,000 articles.
The articles are every k-th row of the AllSides corpus (a fixed selection).
"""

from __future__ import annotations

import argparse
import json
import lzma
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path("/work/shared/corpus/allsides/articles.jsonl.xz")
CORPUS_SIZE = 37_554  # rows of CORPUS
PARTS = ("startup", "throughput", "stream", "memory")

THROUGHPUT = """
import json, sys, time
from sourcing.pipeline import analyze
from sourcing.records import Document
from sourcing.model.store import choose_model, SHIPPED
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
documents = [Document(text=row["text"], id=row.get("id"), input_format="jsonl") for row in rows]
model = choose_model(SHIPPED)
for choice, name in ((model, "model"), (None, "rules")):
    analyze(documents[0], model=choice)
    start, cpu = time.perf_counter(), time.process_time()
    for document in documents:
        analyze(document, model=choice)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"{name} {len(documents) / wall:.1f} {len(documents) / cpu:.1f}")
"""


def corpus_rows(count: int) -> list[str]:
    """Every k-th corpus row with a text, k = CORPUS_SIZE // count: the same rows each run."""
    step = max(1, CORPUS_SIZE // count)
    rows = []
    with lzma.open(CORPUS, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number % step == 0 and len(rows) < count and (json.loads(line).get("text") or "").strip():
                rows.append(line if line.endswith("\n") else line + "\n")
    return rows


def write_rows(folder: Path, count: int) -> Path:
    path = folder / f"articles_{count}.jsonl"
    path.write_text("".join(corpus_rows(count)), encoding="utf-8")
    return path


def one_article(folder: Path, size: int = 5000) -> Path:
    """The first corpus article of about `size` characters, as a .txt file."""
    with lzma.open(CORPUS, "rt", encoding="utf-8") as handle:
        for line in handle:
            text = json.loads(line).get("text") or ""
            if abs(len(text) - size) < 100:
                path = folder / "article.txt"
                path.write_text(text, encoding="utf-8")
                return path
    raise SystemExit("no article of that size in the corpus")


def run(args: list[str], env: dict[str, str]) -> float:
    # cwd: `python -m` puts the working directory first on sys.path, before PYTHONPATH.
    start = time.perf_counter()
    subprocess.run(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=False, cwd=tempfile.gettempdir())
    return time.perf_counter() - start


def children_cpu() -> float:
    """CPU seconds (user + system) of the child processes waited for so far, and theirs."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def median_wall(args: list[str], env: dict[str, str], repeats: int) -> float:
    run(args, env)  # warm the file cache
    return statistics.median(run(args, env) for _ in range(repeats))


def peak_rss_mb(args: list[str], env: dict[str, str]) -> float:
    """Peak RSS of one child process (run in a fresh interpreter so that it is the only child)."""
    probe = ("import resource, subprocess, sys; run = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL,"
             " stderr=subprocess.PIPE, text=True); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,"
             " run.returncode, run.stderr.count('error:'))")
    out = subprocess.run([sys.executable, "-c", probe, *args], env=env, capture_output=True,
                         text=True, check=True, cwd=tempfile.gettempdir())
    peak, status, errors = (int(field) for field in out.stdout.split())
    if status or errors:  # a run whose articles fail holds less: its peak would flatter
        raise SystemExit(f"the measured run failed: exit {status}, {errors} error lines")
    return peak / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="source tree to measure")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--only", default=",".join(PARTS), help="comma-separated parts")
    args = parser.parse_args()
    parts = set(args.only.split(","))
    env = {**os.environ, "PYTHONPATH": str(args.root.resolve()), "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("SOURCING_MODELS_DIR", None)
    cli = [sys.executable, "-m", "sourcing"]
    print(f"root: {args.root.resolve()}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if "startup" in parts:
            article = one_article(folder)
            score = [*cli, "score", "--no-cache", "--quiet", "--format", "json", str(article)]
            print(f"startup_help_s: {median_wall([*cli, '--help'], env, args.repeats):.2f}")
            print(f"startup_score_model_s: {median_wall(score, env, args.repeats):.2f}")
            print(f"startup_score_rules_s: {median_wall([*score, '--no-model'], env, args.repeats):.2f}")
        if "throughput" in parts:
            out = subprocess.run([sys.executable, "-c", THROUGHPUT, str(write_rows(folder, 500))],
                                 env=env, capture_output=True, text=True, check=True,
                                 cwd=folder).stdout
            for line in out.splitlines():  # per wall second, and per CPU second of the process
                name, wall_rate, cpu_rate = line.split()
                print(f"throughput_{name}_articles_per_s: {wall_rate}")
                print(f"throughput_{name}_articles_per_cpu_s: {cpu_rate}")
        if "stream" in parts:
            rows = write_rows(folder, 1000)
            before = children_cpu()
            wall = run([*cli, "score", "--no-cache", "--quiet", "--format", "jsonl", str(rows)], env)
            cpu = children_cpu() - before
            print(f"stream_1000_jsonl_s: {wall:.1f}")
            print(f"stream_1000_jsonl_articles_per_s: {1000 / wall:.1f}")
            # CPU seconds of the command and its workers: steadier than wall time on a loaded machine.
            print(f"stream_1000_jsonl_cpu_s: {cpu:.1f}")
            print(f"stream_1000_jsonl_articles_per_cpu_s: {1000 / cpu:.1f}")
        if "memory" in parts:
            for count in (500, 5000):
                score = [*cli, "score", "--no-cache", "--quiet", "--jobs", "1", "--format", "jsonl",
                         str(write_rows(folder, count))]
                print(f"peak_rss_{count}_mb: {peak_rss_mb(score, env):.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
