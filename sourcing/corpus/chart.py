"""Draw the mean anonymity share of each group with its 95% CI (matplotlib, no display)."""

from __future__ import annotations

import io
from collections.abc import Sequence

import matplotlib
from matplotlib.figure import Figure

from sourcing.corpus.aggregate import GroupStats

matplotlib.use("Agg")  # never open a window; charts only go to files
FORMATS = ("png", "svg")
ROW_INCHES = 0.28
KEPT_COLOR = "#1f5fa8"
FLAGGED_COLOR = "#9a9a9a"  # groups below --min-articles: drawn, but pale


def group_label(group: GroupStats) -> str:
    """Name a group in charts and tables: its dimension values joined."""
    return " · ".join(group.group)


def _mean_value(group: GroupStats) -> float:
    return group.mean_share.value if group.mean_share is not None else 0.0


def anonymity_chart(groups: Sequence[GroupStats], fmt: str = "png", title: str = "") -> bytes:
    """Return a PNG or SVG dot plot of mean anonymity share by group with CI bars."""
    if fmt not in FORMATS:
        raise ValueError(f"chart format must be one of {FORMATS}, not {fmt!r}")
    rows = sorted((g for g in groups if g.mean_share is not None), key=_mean_value)
    figure = Figure(figsize=(7.5, 1.4 + ROW_INCHES * max(1, len(rows))))
    axes = figure.add_subplot()
    for y, group in enumerate(rows):
        share = group.mean_share
        assert share is not None
        color = FLAGGED_COLOR if group.below_min_articles else KEPT_COLOR
        axes.errorbar(
            share.value, y, xerr=[[share.value - share.low], [share.high - share.value]],
            fmt="o", color=color, ecolor=color, capsize=3, markersize=4,
        )
    axes.set_yticks(range(len(rows)), [f"{group_label(g)} (n={g.articles})" for g in rows])
    axes.set_xlabel("mean anonymity share, 95% bootstrap CI (grey: few articles)")
    axes.set_xlim(left=0)
    axes.set_ylim(-0.7, max(1, len(rows)) - 0.3)
    axes.grid(axis="x", alpha=0.3)
    axes.set_title(title or "Anonymous sourcing by group")
    figure.tight_layout()
    buffer = io.BytesIO()
    metadata = {"Date": None} if fmt == "svg" else {}
    with matplotlib.rc_context({"svg.hashsalt": "sourcing", "svg.fonttype": "none"}):
        figure.savefig(buffer, format=fmt, dpi=120, metadata=metadata)
    return buffer.getvalue()
