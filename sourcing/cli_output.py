"""Where a command writes: stdout, or a file; a file that cannot be written is a usage error.

Problems are one line on stderr: a missing library once for the whole command, a warning
without its source lines.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NoReturn, TextIO

import click
import typer
import typer.core

from sourcing.dependencies import MissingDependency

EXIT_NOTHING_DONE = 2  # as sourcing.run.engine.EXIT_NOTHING_DONE (tests/test_cli.py checks it)


class Output:
    """Where `score` writes: stdout, or FILE opened at the first write (none if nothing is)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.handle: TextIO | None = None

    def write(self, text: str) -> None:
        if self.path is None:
            click.echo(text, nl=False)
            return
        try:
            if self.handle is None:
                self.handle = self.path.open("w", encoding="utf-8")
            self.handle.write(text)
        except OSError as error:
            cannot_write(self.path, error)

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()


def write_output(text: str, output: Path | None) -> None:
    """Write the rendered output; a file that cannot be written is a usage error."""
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        cannot_write(output, error)


def cannot_write(path: Path, error: OSError) -> NoReturn:
    """A file that cannot be written is a usage error."""
    typer.echo(f"error: {path}: cannot write: {error.strerror or error}", err=True)
    raise typer.Exit(EXIT_NOTHING_DONE) from error


class SourcingGroup(typer.core.TyperGroup):
    """The commands, with a missing library said once on stderr (exit 2), not per input."""

    def invoke(self, ctx: Any) -> Any:  # typer vendors click: its Context type is private
        try:
            return super().invoke(ctx)
        except MissingDependency as error:
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(EXIT_NOTHING_DONE) from error


def warning_line(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    line: str | None = None,
) -> str:
    """Show a warning as one `warning: message` line on stderr, without source lines."""
    return " ".join(f"warning: {message}".split()) + "\n"
