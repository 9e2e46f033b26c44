"""Where a command writes: a file is opened at the first write, an unwritable one exits 2;
a warning is one line."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer

from sourcing.cli_output import EXIT_NOTHING_DONE, Output, warning_line, write_output


def test_output_file_is_made_only_when_something_is_written(tmp_path: Path) -> None:
    empty, full = tmp_path / "empty.txt", tmp_path / "full.txt"
    Output(empty).close()
    sink = Output(full)
    sink.write("a\n")
    sink.write("b\n")
    sink.close()
    assert not empty.exists() and full.read_text(encoding="utf-8") == "a\nb\n"


@pytest.mark.parametrize("write", [lambda path: write_output("x", path),
                                   lambda path: Output(path).write("x")])
def test_a_file_that_cannot_be_written_is_a_usage_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], write: object) -> None:
    target = tmp_path / "no" / "such" / "folder.txt"
    with pytest.raises(typer.Exit) as raised:
        write(target)  # type: ignore[operator]
    assert raised.value.exit_code == EXIT_NOTHING_DONE == 2
    assert capsys.readouterr().err.startswith(f"error: {target}: cannot write: ")


def test_a_warning_is_one_line_without_its_source() -> None:
    line = warning_line("bad\n  page:  dropped", UserWarning, "ingest.py", 154, "yield x")
    assert line == "warning: bad page: dropped\n"
