"""`sourcing compare` on the command line: a tiny corpus analyzed for real, every output."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fresh_python import run_python
from typer.testing import CliRunner

from sourcing.cli import app

ROWS = [
    {"id": "1", "outlet": "CNN (Web News)", "url": "https://www.cnn.com/1", "date": "2019-01-02",
     "topic": "elections", "text": "The vote failed, a senior official said. Turnout was low."},
    {"id": "2", "outlet": "Fox Online News", "url": "https://www.foxnews.com/2",
     "date": "2018-05-06", "text": "Senator Jane Smith said the bill would pass on Friday."},
    {"id": "3", "outlet": "", "text": "Officials who asked not to be named said talks had stalled."},
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("compare") / "corpus.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in ROWS))
    return path


def run(*args: str) -> object:
    return CliRunner().invoke(app, ["compare", *args, "--jobs", "1", "--no-cache", "--quiet"])


def test_json_output_with_chart_and_ratings(corpus: Path, tmp_path: Path) -> None:
    ratings = tmp_path / "ratings.csv"
    ratings.write_text("domain,pc1\ncnn.com,0.66\nfoxnews.com,0.53\n")
    chart = tmp_path / "anon.svg"
    result = run(str(corpus), "-f", "json", "--chart", str(chart), "--ratings", str(ratings))
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert [g["outlet"] for g in payload["groups"]] == ["CNN", "Fox News", "unknown"]
    assert all(g["few_articles"] for g in payload["groups"])  # default --min-articles 20
    assert payload["hygiene"]["compared"] == 3
    assert chart.read_bytes().startswith(b"<?xml")


def test_table_goes_to_stdout_and_notes_to_stderr(corpus: Path) -> None:
    result = run(str(corpus), "--by", "outlet,year", "--min-articles", "1")
    assert result.exit_code == 0, result.output
    assert "CNN · 2019" in result.stdout
    assert "near-duplicates" in result.stderr and "near-duplicates" not in result.stdout


def test_html_page_written_to_file(corpus: Path, tmp_path: Path) -> None:
    page = tmp_path / "compare.html"
    result = run(str(corpus), "-f", "html", "-o", str(page), "--exclude-pattern", "/1$")
    assert result.exit_code == 0, result.output
    text = page.read_text()
    assert "data:image/png;base64," in text and "1 excluded by pattern" in text


def test_html_page_says_the_corpus_line_once(corpus: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from sourcing.render import comparison_page

    drawn: list[str] = []

    def chart(groups: object, fmt: str, title: str, subtitle: str, **options: object) -> bytes:
        drawn.append(subtitle)
        return b"chart"

    monkeypatch.setattr(comparison_page, "anonymity_chart", chart)
    page, figure = tmp_path / "compare.html", tmp_path / "chart.png"
    result = run(str(corpus), "-f", "html", "-o", str(page), "--chart", str(figure))
    assert result.exit_code == 0, result.output
    line = "3 articles (4 statements) in 3 groups by outlet, dated 2018-05-06 to 2019-01-02; 3 inputs read."
    assert page.read_text().count(line) == 1  # above the chart, not again under it
    assert drawn == ["", line]  # the page's chart has none; the --chart file keeps it


@pytest.mark.parametrize(
    "args",
    [["--by", "colour"], ["-f", "xml"], ["--chart", "x.pdf"], ["--exclude-pattern", "("]],
)
def test_usage_errors_exit_2(corpus: Path, args: list[str]) -> None:
    assert run(str(corpus), *args).exit_code == 2


def test_the_format_choices_are_the_renderers_formats(corpus: Path) -> None:
    from sourcing import cli_compare
    from sourcing.render import COMPARISON_FORMATS

    assert cli_compare.COMPARISON_FORMATS is COMPARISON_FORMATS  # one list, not a copy that drifts
    result = run(str(corpus), "-f", "xml")
    assert result.exit_code == 2
    assert f"'xml' is not one of {', '.join(COMPARISON_FORMATS)}" in result.stderr


def test_unwritable_chart_is_an_error(corpus: Path, tmp_path: Path) -> None:
    result = run(str(corpus), "--chart", str(tmp_path / "no" / "such" / "dir.png"))
    assert result.exit_code == 2
    assert "cannot write" in result.stderr


def test_missing_input_fails_with_exit_2(tmp_path: Path) -> None:
    result = run(str(tmp_path / "nothing.jsonl"))
    assert result.exit_code == 2
    assert "nothing.jsonl" in result.stderr


def test_help_and_readme_example() -> None:
    result = CliRunner().invoke(app, ["compare", "--help"])
    assert result.exit_code == 0 and "--min-articles" in result.stdout
    readme = Path(__file__).resolve().parents[1] / "README.md"
    assert "sourcing compare " in readme.read_text()


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A 2-worker dask LocalCluster on 127.0.0.1, as a user's cluster would be reached."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(host="127.0.0.1", n_workers=2, threads_per_worker=1,
                                  processes=True, memory_limit="1GiB", dashboard_address=None,
                                  silence_logs=logging.ERROR) as cluster:
        yield cluster.scheduler_address


def test_dask_scheduler_gives_the_local_table(corpus: Path, scheduler: str) -> None:
    local = run(str(corpus), "--min-articles", "1", "-f", "json")
    remote = run(str(corpus), "--min-articles", "1", "-f", "json", "--engine", "dask",
                 "--scheduler", scheduler)
    assert remote.exit_code == 0, remote.output
    assert scheduler.startswith("tcp://127.0.0.1:") and remote.stdout == local.stdout


def test_local_dask_and_uncached_tables_are_the_same_bytes(corpus: Path, scheduler: str,
                                                           tmp_path: Path) -> None:
    def compare(*args: str) -> tuple[str, str]:
        result = CliRunner().invoke(app, ["compare", str(corpus), "--min-articles", "1",
                                          "--jobs", "1", "--quiet", *args])
        assert result.exit_code == 0, result.output
        return result.stdout, result.stderr

    cache = ["--cache", str(tmp_path / "c.sqlite")]
    dask = ["--engine", "dask", "--scheduler", scheduler]
    uncached = compare("--no-cache")
    assert compare(*cache) == uncached  # statistics computed and stored
    assert compare(*cache) == uncached  # statistics read
    assert compare(*cache, *dask) == uncached  # reports and statistics read, input read
    assert compare("--cache", str(tmp_path / "d.sqlite"), *dask) == uncached
    assert compare("--no-cache", *dask) == uncached


def test_unreachable_scheduler_is_one_error_line_exit_2(corpus: Path) -> None:
    pytest.importorskip("distributed")
    result = run(str(corpus), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        line for line in result.stderr.splitlines() if line.startswith("error: cannot reach")
    ] and len(result.stderr.splitlines()) == 1


def test_a_cached_rerun_reads_the_input_index(corpus: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from sourcing.corpus import record_inputs

    args = ["compare", str(corpus), "--min-articles", "1", "--jobs", "1", "--quiet",
            "--cache", str(tmp_path / "c.sqlite")]
    uncached = run(str(corpus), "--min-articles", "1")
    first = CliRunner().invoke(app, args)
    monkeypatch.setattr(record_inputs, "iter_inputs", lambda *args: pytest.fail("input read again"))
    again = CliRunner().invoke(app, args)
    assert first.exit_code == again.exit_code == 0, again.output
    assert again.stdout == first.stdout == uncached.stdout
    monkeypatch.undo()  # with Dask the input is read, so a wrong scheduler is still an error
    pytest.importorskip("distributed")
    remote = CliRunner().invoke(app, [*args, "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"])
    assert remote.exit_code == 2 and "cannot reach the dask scheduler" in remote.stderr


def test_dask_engine_without_dask_installed_is_one_error_line_exit_2(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The README installs ".[test]" only: --engine dask then names the extra to install, in one
    # line, as any missing library does (sourcing.dependencies), not a RuntimeError traceback.
    monkeypatch.setitem(sys.modules, "distributed", None)  # "import distributed" fails
    result = run(str(corpus), "--min-articles", "1", "--engine", "dask")
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "sourcing[dask]" in lines[0]


def test_a_cached_rerun_imports_neither_numpy_nor_the_readers(corpus: Path, tmp_path: Path) -> None:
    # Every figure of a re-run comes from the cache: numpy (the bootstrap, MinHash) and the
    # input readers are imported only when something is computed or read; nor are the
    # report's records, the engine's chunks and tasks, or the comparison's reduction,
    # bootstrap draws and near-duplicate batches (their classes cost start-up to define).
    code = ("import atexit, sys\n"
            "atexit.register(lambda: print(sorted({m.split('.')[0] for m in sys.modules}"
            " & {'numpy', 'charset_normalizer', 'sklearn', 'nltk'}), file=sys.stderr))\n"
            "atexit.register(lambda: print(sorted(set(sys.modules) & {"
            "'sourcing.records', 'sourcing.provenance', 'sourcing.run.engine.chunks',"
            " 'sourcing.run.engine.tasks', 'sourcing.corpus.wire', 'sourcing.corpus.counted_median',"
            " 'sourcing.corpus.duplicate_batches'}), file=sys.stderr))\n"
            "from sourcing.cli import app\n"
            "app(prog_name='sourcing')\n")
    args = ["compare", str(corpus), "--min-articles", "1", "--jobs", "1", "--quiet", "--cache",
            str(tmp_path / "c.sqlite")]
    first, again = (run_python(code, *args) for _ in range(2))
    assert again.stdout == first.stdout
    assert "'numpy'" in first.stderr.splitlines()[-1]
    assert "'sourcing.records'" in first.stderr.splitlines()[-2]
    assert again.stderr.splitlines()[-2:] == ["[]", "[]"]
