"""Render a Comparison as one self-contained HTML page, and draw its chart."""

from __future__ import annotations

import base64

from sourcing.corpus.bootstrap import Estimate
from sourcing.corpus.chart import anonymity_chart, chart_order, group_label
from sourcing.corpus.compare import Comparison
from sourcing.corpus.tally import GroupStats
from sourcing.labels import SourceType
from sourcing.render.comparison_notes import notes
from sourcing.render.plural import counted

# Table 1 of the HTML page: (heading, how the cell is written, definition).
PAGE_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("Articles", "articles", "Articles compared (near-duplicates counted once, exclusions left out)."),
    ("Anonymous share, mean % [95% CI]", "mean_share",
     ("Mean over the group's articles of the share of an article's statements whose source "
     "is anonymous (the type Anonymous source of Table 2), with its 95% percentile bootstrap "
     "confidence interval.")),
    ("Anonymous share, median % [95% CI]", "median_share",
     "The median of the same per-article shares, with its bootstrap interval."),
    ("Articles with an anonymous source, %", "articles_with_anonymous",
     "Share of articles with at least one statement from an anonymous source."),
    ("Anonymous statements with a reason, %", "anonymous_with_reason",
     ("Share of the anonymous statements whose anonymity the article explains (\"spoke on "
     "condition of anonymity because ...\").")),
    ("Statements from officials, %", "official_share",
     "Share of attributed statements whose source is an official, named or not."),
    ("Named sources per article", "named_sources_per_article",
     "Mean number of distinct named sources (people and organizations) per article."),
    ("Articles citing another outlet, %", "articles_citing_outlet",
     "Share of articles with a statement sourced to another news outlet."),
    ("Wire copy, %", "wire_share",
     ("Share of articles that republish news-agency copy (AP, Reuters, AFP, Bloomberg "
     "datelines or credits); an agency's own articles are not wire copy.")),
    ("Reading ease", "reading_ease", "Mean Flesch reading ease of the article bodies (higher is easier)."),
)


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}"


def _with_ci(estimate: Estimate | None) -> str:
    if estimate is None:
        return "–"
    return f"{100 * estimate.value:.1f} [{100 * estimate.low:.1f}–{100 * estimate.high:.1f}]"


def _page_cell(group: GroupStats, what: str) -> str:
    if what == "articles":
        return f"{group.articles:,}"
    if what in ("mean_share", "median_share"):
        return _with_ci(getattr(group, what))
    if what == "named_sources_per_article":
        return f"{group.named_sources_per_article:.1f}"
    if what == "reading_ease":
        return "–" if group.reading_ease is None else f"{group.reading_ease:.1f}"
    return _percent(getattr(group, what))


def page_order(comparison: Comparison) -> list[GroupStats]:
    """Return the groups in the chart's order, then those with no estimate."""
    drawn = chart_order(comparison.groups)
    return drawn + [g for g in comparison.groups if g not in drawn]


def corpus_summary(comparison: Comparison) -> str:
    """Say in one sentence what was compared: articles, statements, groups, dates."""
    groups = comparison.groups
    articles = sum(g.articles for g in groups)
    statements = sum(g.statements for g in groups)
    by = ", ".join(comparison.options.by)
    firsts = [g.first_date for g in groups if g.first_date]
    lasts = [g.last_date for g in groups if g.last_date]
    dates = f", dated {min(firsts)} to {max(lasts)}" if firsts and lasts else ""
    noun = "group" if len(groups) == 1 else "groups"
    return (f"{counted(articles, 'article')} ({counted(statements, 'statement')}) in "
            f"{len(groups)} {noun} by {by}{dates}; {comparison.hygiene.read:,} inputs read.")


def chart_texts(comparison: Comparison) -> tuple[str, str]:
    """Return the chart's title and its corpus line."""
    return "Anonymous sourcing by " + ", ".join(comparison.options.by), corpus_summary(comparison)


def comparison_chart(comparison: Comparison, fmt: str, *, corpus_line: bool = True) -> bytes:
    """Draw the comparison's chart: titled by the grouping, the corpus under it (unless
    `corpus_line` is false: the HTML page says it above the chart)."""
    title, subtitle = chart_texts(comparison)
    return anonymity_chart(comparison.groups, fmt, title, subtitle if corpus_line else "",
                           min_articles=comparison.options.min_articles)


def outlet_merges(comparison: Comparison) -> list[tuple[str, list[str]]]:
    """Return each outlet whose articles came under other names, with those names."""
    if "outlet" not in comparison.options.by:
        return []
    position = comparison.options.by.index("outlet")
    names: dict[str, list[str]] = {}
    for group in comparison.groups:
        outlet = group.group[position]
        names.setdefault(outlet, [])
        names[outlet] += [label for label in group.labels if label not in names[outlet]]
    return [(outlet, labels) for outlet, labels in sorted(names.items())
            if labels and labels != [outlet]]


def render_html(comparison: Comparison) -> str:
    """One offline page that reads like a paper's table: chart, tables, definitions, notes."""
    from sourcing.render.html import template_env  # jinja2: only pages need it
    from sourcing.source_types import type_label

    groups = page_order(comparison)
    png = base64.b64encode(comparison_chart(comparison, "png", corpus_line=False)).decode("ascii")
    by = ", ".join(comparison.options.by)
    columns = [{"heading": by.capitalize(), "definition": f"The group ({by})."}]
    columns += [{"heading": h, "definition": d} for h, _, d in PAGE_COLUMNS]
    rows = [{"few": g.below_min_articles,
             "cells": [group_label(g), *(_page_cell(g, what) for _, what, _ in PAGE_COLUMNS)]}
            for g in groups]
    mix_rows = [{"few": g.below_min_articles,
                 "cells": [group_label(g), *(_percent(g.type_shares.get(t.value)) for t in SourceType)]}
                for g in groups]
    return template_env().get_template("comparison.html.j2").render(
        title=chart_texts(comparison)[0], summary=corpus_summary(comparison), by=by, png=png,
        min_articles=comparison.options.min_articles, columns=columns, rows=rows,
        mix_columns=[by.capitalize(), *(type_label(t.value) for t in SourceType)],
        mix_rows=mix_rows, merges=outlet_merges(comparison), notes=notes(comparison, flagged="shaded (†)"),
    )
