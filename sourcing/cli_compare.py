"""The `sourcing compare` command: its options, the comparison run, its errors and outputs.

`cli.py` registers `compare` on the app; the comparison itself is `sourcing.corpus`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sourcing.cli_options import (
    Cache,
    Engine,
    Jobs,
    NoCache,
    OutputFile,
    Quiet,
    Scheduler,
    cache_path,
    check_choice,
)
from sourcing.cli_output import EXIT_NOTHING_DONE, cannot_write, write_output
from sourcing.cli_runs import compare_through_cache
from sourcing.render import COMPARISON_FORMATS

# The options of `compare` alone (the flag is the parameter's name: `by` is --by).
GroupBy = Annotated[
    str, typer.Option(help="Group by outlet, outlet,year, topic (any of outlet/year/topic).")
]
ComparisonFormat = Annotated[
    str,
    typer.Option(
        "--format", "-f", metavar="FORMAT",
        callback=lambda name: check_choice(name, COMPARISON_FORMATS),
        help="table, csv, markdown, json or html (one offline page with the chart).",
    ),
]
MinArticles = Annotated[
    int, typer.Option(min=1, help="Flag (not hide) groups with fewer articles.")
]
OutletAliases = Annotated[
    Path | None,
    typer.Option(exists=True, dir_okay=False,
                 help="More outlet aliases: lines 'alias<TAB>canonical' (names or domains)."),
]
ExcludeWire = Annotated[
    bool, typer.Option(help="Leave out articles showing wire copy (AP, Reuters, AFP).")
]
ExcludePattern = Annotated[
    str | None,
    typer.Option(metavar="REGEX", help="Leave out articles whose URL or title matches, "
                 "e.g. '/opinion/' (case-insensitive)."),
]
ChartFile = Annotated[
    Path | None,
    typer.Option(dir_okay=False, help="Also draw anonymity share by group to FILE.png|svg."),
]
RatingsFile = Annotated[
    Path | None,
    typer.Option(exists=True, dir_okay=False,
                 help="CSV of outlet ratings by domain: join and report Spearman's rho."),
]
RatingsDomainColumn = Annotated[str, typer.Option(help="Domain column of --ratings.")]
RatingsColumn = Annotated[
    str | None,
    typer.Option(help="Rating column of --ratings (default: 'rating', else its only numeric column)."),
]
RehashInputs = Annotated[
    bool,
    typer.Option("--rehash-inputs", help="Hash input files in full to know they are "
                 "unchanged (default: trust an unchanged size, inode and times)."),
]


def compare(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="INPUT",
            help="JSONL corpora (id, outlet, url, date, title, topic, text), directories of "
            ".txt/.html with a manifest.csv (path, outlet, date, url), HTML pages, or -.",
            show_default=False,
        ),
    ],
    by: GroupBy = "outlet",
    output_format: ComparisonFormat = "table",
    min_articles: MinArticles = 20,
    aliases: OutletAliases = None,
    exclude_wire: ExcludeWire = False,
    exclude_pattern: ExcludePattern = None,
    chart: ChartFile = None,
    ratings: RatingsFile = None,
    ratings_domain_column: RatingsDomainColumn = "domain",
    ratings_column: RatingsColumn = None,
    output: OutputFile = None,
    jobs: Jobs = None,
    cache: Cache = None,
    no_cache: NoCache = False,
    quiet: Quiet = False,
    engine: Engine = "local",
    scheduler: Scheduler = None,
    rehash_inputs: RehashInputs = False,
) -> None:
    """Compare outlets: anonymity share with 95% CIs and the sourcing mix, one row per group.

    Near-duplicates count once. Notes on what was left out go to stderr (table, csv) or out.
    """
    # Imported here: matplotlib and scipy load slowly and only this command needs them.
    from sourcing.corpus.compare import CompareOptions, chart_format, parse_by
    from sourcing.corpus.ratings import load_ratings
    from sourcing.outlets import load_table
    from sourcing.render.comparison import render_comparison
    from sourcing.render.comparison_notes import notes
    from sourcing.render.comparison_page import comparison_chart
    from sourcing.run.engine import SchedulerUnreachable

    failed: list[str] = []

    def on_failure(path: str, message: str) -> None:
        failed.append(path)
        typer.echo(f"error: {path}: {message}", err=True)

    try:
        options = CompareOptions(parse_by(by), min_articles, exclude_wire, exclude_pattern)
        table = load_table(aliases)
        rated = load_ratings(ratings, ratings_domain_column, ratings_column) if ratings else None
        drawing = chart_format(chart) if chart else None
        comparison = compare_through_cache(
            paths, options, table=table, ratings=rated, on_failure=on_failure,
            store=cache_path(cache, no_cache), engine=engine, jobs=jobs, scheduler=scheduler,
            progress=not quiet, rehash=rehash_inputs)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from error
    except SchedulerUnreachable as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(EXIT_NOTHING_DONE) from error
    if output_format in ("table", "csv"):
        typer.echo("\n".join(notes(comparison)), err=True)
    write_output(render_comparison(comparison, output_format), output)
    if chart and drawing:
        try:
            chart.write_bytes(comparison_chart(comparison, drawing))
        except OSError as error:
            cannot_write(chart, error)
    if not comparison.hygiene.compared:
        raise typer.Exit(EXIT_NOTHING_DONE)
    raise typer.Exit(1 if failed else 0)
