"""Command line: the app and `sourcing score PATH...`, `exercise`, `train`; parsing and printing
only (`compare` is in cli_compare.py)."""

from __future__ import annotations

import os
import sys
import warnings
from pathlib import Path
from typing import Annotated

import typer

from sourcing import __version__
from sourcing.cli_compare import compare
from sourcing.cli_options import (
    Cache,
    Engine,
    Jobs,
    NoCache,
    NoModel,
    OutputFile,
    Quiet,
    Scheduler,
    cache_path,
    check_choice,
)
from sourcing.cli_output import Output, SourcingGroup, warning_line, write_output
from sourcing.cli_runs import score_with_progress

# Modules that read, analyze or render are imported inside the commands that use them, so
# that `sourcing --help` and usage errors stay quick.
EXIT_CODES = (
    "Exit codes: 0 every input was scored; "
    "1 some inputs failed (reported on stderr, the others are still output); "
    "2 usage error, or no input could be processed."
)

app = typer.Typer(
    name="sourcing",
    cls=SourcingGroup,
    help="Find where a news article's information comes from and how much is anonymous.",
    epilog=EXIT_CODES,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain click help: rich's help formatter costs 0.2 s at start-up
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
    warnings.formatwarning = warning_line


@app.command(epilog=EXIT_CODES)
def score(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="PATH",
            help="Article files (.txt, .html, .htm, .jsonl, .jsonl.gz, .jsonl.xz), "
            "directories (searched recursively; a manifest.csv there gives outlet, url, date), "
            "web addresses (https://...), or - for stdin.",
            show_default=False,
        ),
    ] = None,
    urls: Annotated[
        Path | None,
        typer.Option("--urls", exists=True, dir_okay=False, metavar="FILE",
                     help="Also fetch and score the web pages listed in FILE, one URL a line."),
    ] = None,
    output_format: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            callback=lambda name: _check_format(name),
            metavar="FORMAT",
            help="text (terminal report), json (one object per article, a list when several), "
            "jsonl, csv (one row per statement), markdown, html (annotated offline page) or "
            "article (the body as analyzed, boilerplate removed). "
            "text, jsonl, csv and article are written as each article is finished; json, "
            "markdown and html hold every report until the end.",
        ),
    ] = "text",
    output: OutputFile = None,
    no_model: NoModel = False,
    quiet: Quiet = False,
    jobs: Jobs = None,
    cache: Cache = None,
    no_cache: NoCache = False,
    engine: Engine = "local",
    scheduler: Scheduler = None,
) -> None:
    """Score articles: statements by source type, and the share resting on anonymous sources.

    Data goes to stdout (or -o FILE); progress and `error: PATH: message` lines to stderr.
    """
    from sourcing.inputs.fetch import read_url_list
    from sourcing.render.stream import ReportStream

    paths = [*(paths or []), *(read_url_list(urls) if urls else [])]
    if not paths:
        raise typer.BadParameter("give a PATH, a URL or --urls FILE", param_hint="PATH")

    color = output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    sink = Output(output)
    stream = ReportStream(output_format, sink.write, color=color)
    try:
        outcome = score_with_progress(paths, quiet, stream.write, keep_reports=False, jobs=jobs,
                               cache=cache_path(cache, no_cache), engine=engine,
                               scheduler=scheduler, no_model=no_model)
        stream.close()
    finally:
        sink.close()
    raise typer.Exit(outcome.exit_code)


def _check_format(name: str) -> str:
    from sourcing.render import FORMATS

    return check_choice(name, tuple(FORMATS))


app.command(epilog=EXIT_CODES)(compare)  # registered here so that --help lists it second


@app.command(epilog=EXIT_CODES)
def exercise(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="ARTICLE",
            help="Article files, as for score. Two or more on one story add a comparison.",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", file_okay=False, metavar="DIR",
                     help="Write worksheet.md/.html, key.md/.html/.json and quiz.html into DIR."),
    ] = None,
    level: Annotated[str, typer.Option(help="basic or advanced.")] = "basic",
    seed: Annotated[
        int, typer.Option(help="Chooses the questions: the same seed gives the same files.")
    ] = 0,
    interactive: Annotated[
        bool,
        typer.Option("--interactive", "-i",
                     help="Quiz in the terminal: classify statements, answers read from stdin."),
    ] = False,
    no_model: NoModel = False,
    quiet: Quiet = False,
    jobs: Jobs = None,
    cache: Cache = None,
    no_cache: NoCache = False,
) -> None:
    """Make media-literacy exercises: a student worksheet, a teacher key and quizzes.

    Example: sourcing exercise article.txt -o lesson1 --level advanced --seed 3
    """
    from sourcing.exercises import LEVELS, build_exercises, exercise_files, run_terminal_quiz

    check_choice(level, LEVELS)
    if output is None and not interactive:
        raise typer.BadParameter("give -o DIR, or --interactive", param_hint="--output")
    if interactive and "-" in paths:
        raise typer.BadParameter("--interactive reads answers from stdin: give files")
    outcome = score_with_progress(paths, quiet, jobs=jobs, cache=cache_path(cache, no_cache),
                           no_model=no_model)
    if not outcome.reports:
        raise typer.Exit(outcome.exit_code)
    exercises = build_exercises(outcome.reports, level, seed)
    if output is not None:
        output.mkdir(parents=True, exist_ok=True)
        for name, text in exercise_files(exercises).items():
            write_output(text, output / name)
    if interactive:
        run_terminal_quiz(exercises, sys.stdin, sys.stdout)
    raise typer.Exit(outcome.exit_code)


@app.command()
def train(
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", file_okay=False, metavar="DIR",
                     help="Model folder (default: models/attribution beside the package).",
                     show_default=False),
    ] = None,
    no_cv: Annotated[
        bool, typer.Option("--no-cv", help="Skip cross-validation: quicker, seed figures only; no temperature "
                           "or confidence map is fitted, so confidence is uncalibrated (not for shipping "
                           "or for judging key_confidence).")
    ] = False,
) -> None:
    """Retrain the attribution model on data/gold/train.jsonl; write it and its model card.

    Example: sourcing train   (then read models/attribution/MODEL_CARD.md)
    """
    from sourcing.model.build import build_model, default_gold_paths
    from sourcing.model.card import target_lines
    from sourcing.model.store import MODEL_NAME, models_dir

    folder = output or models_dir() / MODEL_NAME
    comparisons = build_model(default_gold_paths(), folder, not no_cv,
                              lambda line: typer.echo(line, err=True))
    typer.echo(f"model and card written to {folder}")
    if not no_cv:
        typer.echo("\n".join(target_lines(comparisons[0])))
