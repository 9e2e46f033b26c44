"""Draw the mean anonymity share of each group with its 95% CI (matplotlib, no display)."""

from __future__ import annotations

import io
from collections.abc import Sequence

from sourcing.corpus.tally import GroupStats

FORMATS = ("png", "svg")
ROW_INCHES = 0.28
KEPT_COLOR = "#1f5fa8"
FLAGGED_COLOR = "#9a9a9a"  # groups below --min-articles: drawn, but pale


def group_label(group: GroupStats) -> str:
    """Name a group in charts and tables: its dimension values joined."""
    return " · ".join(group.group)


def _mean_value(group: GroupStats) -> float:
    return group.mean_share.value if group.mean_share is not None else 0.0


def chart_order(groups: Sequence[GroupStats]) -> list[GroupStats]:
    """Return the groups with an estimate, highest mean anonymity share first (as drawn)."""
    drawn = [g for g in groups if g.mean_share is not None]
    return sorted(drawn, key=lambda g: (-_mean_value(g), group_label(g).casefold()))


def anonymity_chart(
    groups: Sequence[GroupStats], fmt: str = "png", title: str = "", subtitle: str = "",
    min_articles: int | None = None,
) -> bytes:
    """Return a PNG or SVG dot plot of mean anonymity share (percent) by group with CI bars.

    `title` defaults to "Anonymous sourcing by group"; `subtitle` names the corpus (dates,
    article count) under it; `min_articles` is said in the axis label of grey rows.
    """
    if fmt not in FORMATS:
        raise ValueError(f"chart format must be one of {FORMATS}, not {fmt!r}")
    # Imported here: matplotlib takes ~0.5 s to import, and a comparison drawn no chart.
    import matplotlib

    matplotlib.use("Agg")  # never open a window; charts only go to files
    from matplotlib.figure import Figure
    from matplotlib.ticker import PercentFormatter

    rows = list(reversed(chart_order(groups)))  # y grows upwards: highest share on top
    figure = Figure(figsize=(7.5, 1.7 + ROW_INCHES * max(1, len(rows))))
    axes = figure.add_subplot()
    for y, group in enumerate(rows):
        share = group.mean_share
        assert share is not None
        color = FLAGGED_COLOR if group.below_min_articles else KEPT_COLOR
        axes.errorbar(
            100 * share.value, y,
            xerr=[[100 * (share.value - share.low)], [100 * (share.high - share.value)]],
            fmt="o", color=color, ecolor=color, capsize=3, markersize=4,
        )
    axes.set_yticks(range(len(rows)), [f"{group_label(g)} (n={g.articles})" for g in rows])
    few = f"fewer than {min_articles} articles" if min_articles else "few articles"
    axes.set_xlabel(f"mean share of statements from anonymous sources (%), 95% bootstrap CI\n"
                    f"(grey: {few})")
    axes.xaxis.set_major_formatter(PercentFormatter(decimals=0))
    axes.set_xlim(left=0)
    axes.set_ylim(-0.7, max(1, len(rows)) - 0.3)
    axes.grid(axis="x", alpha=0.3)
    axes.set_title(title or "Anonymous sourcing by group", loc="left", fontsize=12)
    if subtitle:
        figure.text(0.01, 0.005, subtitle, fontsize=8, color="#444", va="bottom")
    figure.tight_layout(rect=(0, 0.03 if subtitle else 0, 1, 1))
    buffer = io.BytesIO()
    metadata = {"Date": None} if fmt == "svg" else {}
    with matplotlib.rc_context({"svg.hashsalt": "sourcing", "svg.fonttype": "none"}):
        figure.savefig(buffer, format=fmt, dpi=120, metadata=metadata)
    return buffer.getvalue()
