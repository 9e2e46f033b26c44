"""Say in words how a Comparison's corpus was cleaned and what its correlation is."""

from __future__ import annotations

from sourcing.corpus.compare import Comparison
from sourcing.corpus.near_duplicates import SHINGLE_WORDS


def notes(comparison: Comparison, flagged: str = "flagged in column few_articles") -> list[str]:
    """Say in words how the corpus was cleaned and what the correlation is.

    `flagged` says how groups under --min-articles are marked (a column, or shading).
    """
    h, o = comparison.hygiene, comparison.options
    lines = [
        f"{h.read} inputs: {h.compared} compared, {h.failed} failed, "
        f"{h.excluded_by_pattern} excluded by pattern"
        + (f" {o.exclude_pattern!r}" if o.exclude_pattern else "")
        + f", {h.near_duplicates} near-duplicates counted once (word {SHINGLE_WORDS}-gram "
        f"MinHash, Jaccard >= {o.duplicate_threshold}, within an outlet)",
        f"wire copy detected in {h.wire_copy} articles"
        + (f" ({h.excluded_wire} excluded by --exclude-wire)" if o.exclude_wire else " (kept)"),
        f"groups under {o.min_articles} articles are {flagged}",
        "CIs: 95% percentile bootstrap over articles, 2000 resamples, fixed seed",
    ]
    if comparison.correlation is not None:
        lines.append(correlation_note(comparison))
    return lines


def correlation_note(comparison: Comparison) -> str:
    """Describe the Spearman correlation of anonymity share and rating in one line."""
    c = comparison.correlation
    if c is None or c.rho is None:
        n = c.n if c else 0
        return f"Spearman correlation with rating: not defined (n = {n} rated groups)"
    interval = f"95% CI [{c.low:.3f}, {c.high:.3f}] (Fisher z)" if c.low is not None else "no CI"
    return (
        f"Spearman rho (mean anonymity share vs rating) = {c.rho:.3f}, n = {c.n} groups "
        f"with >= {comparison.options.min_articles} articles, {interval}, p = {c.p_value:.3g}"
    )
