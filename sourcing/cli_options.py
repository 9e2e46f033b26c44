"""Command-line options shared by several commands, declared once as `Annotated` aliases
(those of `compare` alone are in cli_compare.py).

A command takes e.g. `jobs: Jobs = None`; help text and flags are the same everywhere.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sourcing.run.cache import default_cache_path

DEFAULT_CACHE = default_cache_path()  # not the engine's import: it is slow, and --help is not


def check_choice(name: str, choices: tuple[str, ...]) -> str:
    """Return `name` if it is one of `choices`; else a usage error naming them."""
    if name not in choices:
        raise typer.BadParameter(f"{name!r} is not one of {', '.join(choices)}")
    return name


Jobs = Annotated[
    int | None,
    typer.Option("--jobs", "-j", min=1, help="Worker processes (default: one per CPU)."),
]
Cache = Annotated[
    Path | None,
    typer.Option("--cache", dir_okay=False, show_default=False,
                 help=f"Report cache file (default: {DEFAULT_CACHE})."),
]
NoCache = Annotated[
    bool, typer.Option("--no-cache", help="Analyze again; neither read nor write the cache.")
]
Quiet = Annotated[
    bool, typer.Option("--quiet", "-q", help="No progress bar (errors are still reported).")
]
OutputFile = Annotated[
    Path | None,
    typer.Option("--output", "-o", dir_okay=False, help="Write to FILE instead of stdout."),
]
Engine = Annotated[
    str,
    typer.Option("--engine", callback=lambda name: check_choice(name, _engines()),
                 help="local (process pool) or dask."),
]
Scheduler = Annotated[
    str | None,
    typer.Option("--scheduler", metavar="ADDRESS", help="Dask scheduler, e.g. tcp://host:8786 "
                 "(default: a local cluster of --jobs workers)."),
]
NoModel = Annotated[
    bool, typer.Option("--no-model", help="Rules only: do not use a trained model.")
]



def _engines() -> tuple[str, ...]:
    from sourcing.run.engine import ENGINES

    return ENGINES


def cache_path(cache: Path | None, no_cache: bool) -> Path | None:
    """Return the cache file to use: none with --no-cache, else --cache or the default."""
    return None if no_cache else cache or DEFAULT_CACHE
