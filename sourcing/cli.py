"""Command line: `sourcing score PATH...` and friends; parsing and printing only."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import click
import typer

from sourcing import __version__
from sourcing.batch import EXIT_NOTHING_DONE, analyzer_for, score_items
from sourcing.ingest import iter_inputs
from sourcing.render import FORMATS, render
from sourcing.render.progress import BatchProgress

EXIT_CODES = (
    "Exit codes: 0 every input was scored; "
    "1 some inputs failed (reported on stderr, the others are still output); "
    "2 usage error, or no input could be processed."
)

app = typer.Typer(
    name="sourcing",
    help="Find where a news article's information comes from and how much is anonymous.",
    epilog=EXIT_CODES,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"sourcing {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_show_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Find where a news article's information comes from and how much is anonymous."""


def _check_format(name: str) -> str:
    if name not in FORMATS:
        raise typer.BadParameter(f"{name!r} is not one of {', '.join(FORMATS)}")
    return name


@app.command(epilog=EXIT_CODES)
def score(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH",
            help="Article files (.txt, .html, .htm, .jsonl, .jsonl.gz, .jsonl.xz), "
            "directories (searched recursively; a manifest.csv there gives outlet, url, date), "
            "or - for stdin.",
            show_default=False,
        ),
    ],
    output_format: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            callback=_check_format,
            metavar="FORMAT",
            help="text (terminal report), json (one object per article, a list when several), "
            "jsonl, csv (one row per statement) or markdown.",
        ),
    ] = "text",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", dir_okay=False, help="Write to FILE instead of stdout."),
    ] = None,
    no_model: Annotated[
        bool, typer.Option("--no-model", help="Rules only: do not use a trained model.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar (errors are still reported).")
    ] = False,
) -> None:
    """Score articles: statements by source type, and the share resting on anonymous sources.

    Data goes to stdout (or -o FILE); progress and `error: PATH: message` lines to stderr.
    """
    stdin = sys.stdin.buffer if "-" in paths else None
    items = list(iter_inputs(paths, stdin))
    with BatchProgress(total=len(items), show_bar=not quiet and len(items) > 1) as progress:
        outcome = score_items(items, analyzer_for(no_model), progress.update)
    if outcome.reports:
        color = output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
        _write(render(output_format, outcome.reports, color=color), output)
    raise typer.Exit(outcome.exit_code)


def _write(text: str, output: Path | None) -> None:
    """Write the rendered output; a file that cannot be written is a usage error."""
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        typer.echo(f"error: {output}: cannot write: {error.strerror or error}", err=True)
        raise typer.Exit(EXIT_NOTHING_DONE) from error
