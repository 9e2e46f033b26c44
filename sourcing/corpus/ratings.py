"""Join outlet-level ratings by web domain and correlate them with group figures."""

from __future__ import annotations

import math
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sourcing.outlets import OutletTable, bare_host, outlet_domains

if TYPE_CHECKING:
    import pandas as pd

    from sourcing.corpus.tally import GroupStats

Z_95 = 1.959963984540054
FIELLER_VARIANCE = 1.06  # Spearman's z variance is about 1.06 / (n - 3) (Fieller et al. 1957)


@dataclass(frozen=True)
class GroupRating:
    """The outside rating joined to a group, by the domain that matched."""

    group: tuple[str, ...]
    domain: str
    rating: float


@dataclass(frozen=True)
class Correlation:
    """Spearman rank correlation with its Fisher-z 95% interval (None when undefined)."""

    rho: float | None
    n: int
    low: float | None
    high: float | None
    p_value: float | None


def load_ratings(
    path: Path, domain_column: str = "domain", rating_column: str | None = None
) -> dict[str, float]:
    """Read a CSV of per-domain ratings into {bare domain: rating}.

    Without `rating_column`, a column named "rating" is used, else the only numeric
    column besides the domain. Rows without a number are skipped.
    """
    import pandas as pd  # here: pandas and scipy take ~1 s to import; a run without ratings needs neither

    table = pd.read_csv(path)
    if domain_column not in table.columns:
        raise ValueError(f"{path}: no column {domain_column!r} (has {list(table.columns)})")
    column = rating_column or _rating_column(table, domain_column, path)
    if column not in table.columns:
        raise ValueError(f"{path}: no column {column!r} (has {list(table.columns)})")
    ratings = pd.to_numeric(table[column], errors="coerce")
    return {
        bare_host(str(domain)): float(rating)
        for domain, rating in zip(table[domain_column], ratings, strict=True)
        if pd.notna(rating) and bare_host(str(domain))
    }


def _rating_column(table: pd.DataFrame, domain_column: str, path: Path) -> str:
    from pandas.api.types import is_numeric_dtype

    if "rating" in table.columns:
        return "rating"
    numeric = [
        c for c in table.columns
        if c != domain_column and is_numeric_dtype(table[c])
    ]
    if len(numeric) != 1:
        raise ValueError(f"{path}: name the rating column (numeric columns: {numeric})")
    return str(numeric[0])


def rating_for(domains: Iterable[str], ratings: Mapping[str, float]) -> tuple[str, float] | None:
    """Return the first of `domains` (or its nearest parent) that has a rating, and it."""
    for domain in domains:
        labels = bare_host(domain).split(".")
        for start in range(len(labels) - 1):
            candidate = ".".join(labels[start:])
            if candidate in ratings:
                return candidate, ratings[candidate]
    return None


def spearman(x: Sequence[float], y: Sequence[float]) -> Correlation:
    """Return Spearman's rho of paired values with a Fisher-z 95% confidence interval."""
    n = len(x)
    if n < 3 or len(set(x)) < 2 or len(set(y)) < 2:
        return Correlation(rho=None, n=n, low=None, high=None, p_value=None)
    from scipy import stats

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = stats.spearmanr(x, y)
    rho, p_value = float(result.statistic), float(result.pvalue)
    if n < 4:
        return Correlation(rho=rho, n=n, low=None, high=None, p_value=p_value)
    # |rho| = 1 has no finite z: clip it, and keep rho itself inside the interval.
    z = math.atanh(max(-0.999999, min(0.999999, rho)))
    half = Z_95 * math.sqrt(FIELLER_VARIANCE / (n - 3))
    low, high = min(math.tanh(z - half), rho), max(math.tanh(z + half), rho)
    return Correlation(rho=rho, n=n, low=low, high=high, p_value=p_value)


def join_ratings(
    groups: Iterable[GroupStats], ratings: Mapping[str, float], table: OutletTable, by: tuple[str, ...]
) -> tuple[GroupRating, ...]:
    """Rate each group by its outlet's domains: those of its URLs first, then the table's."""
    if "outlet" not in by:
        raise ValueError("ratings are per outlet: group --by outlet (or outlet,year)")
    position = by.index("outlet")
    joined = []
    for group in groups:
        domains = [*group.domains, *outlet_domains(group.group[position], table)]
        found = rating_for(domains, ratings)
        if found is not None:
            joined.append(GroupRating(group.group, found[0], found[1]))
    return tuple(joined)


def correlate(groups: Iterable[GroupStats], rated: Iterable[GroupRating]) -> Correlation:
    """Spearman's rho between groups' mean anonymity share and rating (groups with enough articles)."""
    by_group = {r.group: r.rating for r in rated}
    pairs = [
        (g.mean_share.value, by_group[g.group])
        for g in groups
        if g.group in by_group and g.mean_share is not None and not g.below_min_articles
    ]
    return spearman([p[0] for p in pairs], [p[1] for p in pairs])
