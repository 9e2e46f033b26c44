"""`sourcing score` end to end: outputs, one-line errors, exit codes, never a traceback."""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from bad_inputs import ARTICLE, BAD_INPUTS, FIXTURES
from click.testing import Result
from fresh_python import run_python
from typer.testing import CliRunner

from sourcing import __version__, cli_output
from sourcing.cli import app
from sourcing.inputs.ingest import FailureKind, decode_bytes, iter_inputs
from sourcing.records import Document
from sourcing.run import engine

SEEDS = Path(__file__).parent.parent / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


# In this process, uncached and rules only, so that runs are quick, isolated, monkeypatchable
# and independent of whether a trained model is present.
IN_PROCESS = ("--jobs", "1", "--no-cache", "--no-model")


def run(*args: str, stdin: bytes | None = None) -> Result:
    if args[:1] == ("score",) and "--help" not in args:
        args = ("score", *IN_PROCESS, *args[1:])
    return CliRunner().invoke(app, list(args), input=stdin, env={"COLUMNS": "200"})


def assert_clean(result: Result) -> None:
    assert "Traceback" not in result.stdout + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


def error_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


@pytest.mark.parametrize(
    ("build", "kind", "message"),
    [case[1:] for case in BAD_INPUTS],
    ids=[case[0] for case in BAD_INPUTS],
)
def test_bad_input_one_error_line_exit_2(
    tmp_path: Path, build: Callable[[Path], Path], kind: FailureKind, message: str
) -> None:
    path = build(tmp_path)
    result = run("score", "--format", "json", str(path))
    assert_clean(result)
    assert result.exit_code == 2
    assert result.stdout == ""
    (line,) = error_lines(result)
    assert line.startswith(f"error: {path}: ") and message in line


def test_batch_with_one_bad_file_still_outputs_the_others(tmp_path: Path) -> None:
    for seed in SEED_FILES:
        shutil.copy(seed, tmp_path / seed.name)
    (tmp_path / "scan.txt").write_bytes(b"%PDF-1.7\n")
    result = run("score", "-f", "json", str(tmp_path))
    assert_clean(result)
    assert result.exit_code == 1
    reports = json.loads(result.stdout)
    errors = error_lines(result)
    assert errors == [f"error: {tmp_path / 'scan.txt'}: binary file: PDF document, not text"]
    assert len(reports) + len(errors) == len(SEED_FILES) + 1
    assert [Path(r["path"]).name for r in reports] == [p.name for p in SEED_FILES]


def test_jsonl_rows_each_scored_or_failed() -> None:
    result = run("score", "-f", "jsonl", str(FIXTURES / "rows_mixed.jsonl"), "missing.txt")
    assert_clean(result)
    assert result.exit_code == 1
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    errors = error_lines(result)
    assert [r["id"] for r in reports] == ["a1", "5"]
    assert len(reports) + len(errors) == 6 + 1
    assert errors[-1] == "error: missing.txt: no such file or directory"


def test_analysis_crash_is_a_failure_of_that_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sourcing import pipeline

    real = pipeline.analyze

    def flaky(document: Document, model: object = None) -> object:
        if "boom" in document.text:
            raise RuntimeError("kaboom")
        return real(document, model=model)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "analyze", flaky)
    (tmp_path / "a.txt").write_text("The minister said the talks failed.")
    (tmp_path / "b.txt").write_text("Officials said boom.")
    result = run("score", "-f", "jsonl", str(tmp_path))
    assert_clean(result)
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    assert error_lines(result) == [
        f"error: {tmp_path / 'b.txt'}: analysis failed: RuntimeError: kaboom"
    ]


@pytest.fixture(scope="module")
def seed_outputs() -> dict[str, str]:
    outputs = {}
    for name in ("text", "json", "jsonl", "csv", "markdown"):
        result = run("score", "--format", name, str(SEEDS))
        assert_clean(result)
        assert result.exit_code == 0, result.stderr
        assert result.stderr == ""
        outputs[name] = result.stdout
    return outputs


def test_every_format_parses(seed_outputs: dict[str, str]) -> None:
    reports = json.loads(seed_outputs["json"])
    assert len(reports) == len(SEED_FILES)
    assert [json.loads(line) for line in seed_outputs["jsonl"].splitlines()] == reports
    frame = pd.read_csv(io.StringIO(seed_outputs["csv"]), keep_default_na=False)
    assert len(frame) == sum(len(r["statements"]) for r in reports)
    assert seed_outputs["markdown"].count("| # | type | statement | source / via |") == 5
    assert seed_outputs["markdown"].count("| score | value |") == 5
    for report in reports:
        assert report["id"] in seed_outputs["text"]
    assert reports[0]["outlet"] == "Middle East Monitor"  # from seeds/manifest.csv


def test_output_is_deterministic(seed_outputs: dict[str, str]) -> None:
    for name in ("text", "json"):
        assert run("score", "--format", name, str(SEEDS)).stdout == seed_outputs[name]


def span_inputs(tmp: Path) -> list[Path]:
    encodings = {
        "utf16.txt": b"\xff\xfe" + ARTICLE.encode("utf-16-le"),
        "bom.txt": b"\xef\xbb\xbf" + ARTICLE.encode(),
        "cp1252.txt": ARTICLE.encode("cp1252"),
        "crlf.txt": SEED_FILES[3].read_bytes().replace(b"\n", b"\r\n"),
    }
    for name, data in encodings.items():
        (tmp / name).write_bytes(data)
    return [*SEED_FILES, *(tmp / name for name in encodings), FIXTURES / "article.html"]


def test_every_span_slices_the_decoded_input(tmp_path: Path) -> None:
    paths = span_inputs(tmp_path)
    result = run("score", "-f", "json", *map(str, paths))
    assert result.exit_code == 0, result.stderr
    reports = json.loads(result.stdout)
    assert len(reports) == len(paths)
    for path, report in zip(paths, reports, strict=True):
        (document,) = iter_inputs([str(path)])
        assert isinstance(document, Document)
        text = document.text
        if path.suffix == ".txt":
            assert text == decode_bytes(path.read_bytes())
        for statement in report["statements"]:
            assert text[statement["start"] : statement["end"]] == statement["text"]
            for key in ("source_span", "via_span", "cue_span"):
                if span := statement[key]:
                    assert text[span["start"] : span["end"]] == span["text"]
        for excluded in report["excluded"]:
            assert text[excluded["start"] : excluded["end"]] == excluded["text"]


def test_stdin_text_and_jsonl() -> None:
    result = run("score", "-f", "json", "-", stdin=SEED_FILES[0].read_bytes())
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["path"] == "<stdin>" and report["statements"]
    rows = (FIXTURES / "rows_mixed.jsonl").read_bytes().splitlines()[0] + b"\n"
    result = run("score", "-f", "jsonl", "-", stdin=rows * 2)
    assert [json.loads(line)["path"] for line in result.stdout.splitlines()] == [
        "<stdin>:1",
        "<stdin>:2",
    ]
    empty = run("score", "-", stdin=b"")
    assert empty.exit_code == 2 and error_lines(empty) == ["error: <stdin>: empty input"]


def test_output_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    result = run(
        "score", "-f", "csv", "-o", str(target), "--no-model", "--quiet", str(SEED_FILES[1])
    )
    assert result.exit_code == 0 and result.stdout == ""
    assert len(pd.read_csv(target)) > 0
    bad = run("score", "-o", str(tmp_path / "no" / "such" / "dir.txt"), str(SEED_FILES[1]))
    assert_clean(bad)
    assert bad.exit_code == 2 and error_lines(bad)[0].startswith("error: ")


def test_help_mentions_every_option_and_exit_codes() -> None:
    text = run("score", "--help").stdout
    for option in ("--format", "-f", "--output", "-o", "--no-model", "--quiet", "PATH"):
        assert option in text
    for name in ("text", "json", "jsonl", "csv", "markdown"):
        assert name in text
    assert "Exit codes" in text
    assert "--version" in run("--help").stdout


def test_readme_shows_every_format_and_the_exit_codes() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text()
    for name in ("json", "jsonl", "csv", "markdown", "html", "article"):
        assert f"sourcing score seeds/ --format {name}" in readme or f"--format {name}" in readme
    for heading in ("## Usage", "## Output fields", "## Exit codes"):
        assert heading in readme


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"sourcing {__version__}"


@pytest.mark.parametrize(
    "args",
    [("score",), ("score", "--format", "xml", "x.txt"), ("score", "--bogus", "x.txt")],
    ids=["no path", "unknown format", "unknown option"],
)
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    result = run(*args)
    assert_clean(result)
    assert result.exit_code == 2


def test_exit_codes() -> None:
    assert (engine.EXIT_OK, engine.EXIT_SOME_FAILED, engine.EXIT_NOTHING_DONE) == (0, 1, 2)
    assert cli_output.EXIT_NOTHING_DONE == engine.EXIT_NOTHING_DONE


def test_real_process_no_traceback(tmp_path: Path) -> None:
    (tmp_path / "photo.txt").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    args = ["score", "--no-cache", "-f", "jsonl", str(tmp_path / "photo.txt"), str(SEED_FILES[1])]
    done = run_python("from sourcing.cli import app; app()", *args, check=False)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert f"error: {tmp_path / 'photo.txt'}: binary file: JPEG image, not text" in lines
    assert all(line.startswith(("error: ", "warning: ")) for line in lines), lines
    assert len(done.stdout.splitlines()) == 1


def test_report_without_statements_is_a_warning_and_a_note(tmp_path: Path) -> None:
    path = tmp_path / "menu.txt"
    path.write_text("Home\nWorld News\nSPORTS AND MORE\n")
    result = run("score", "-f", "json", str(path))
    assert_clean(result)
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["statements"] == [] and report["notes"][0].startswith("no statements")
    assert error_lines(result) == [f"warning: {path}: {report['notes'][0]}"]
