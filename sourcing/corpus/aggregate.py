"""Per-group sourcing figures computed from serialized article reports (never re-analyzed).

An article's facts (`facts.ArticleFacts`) are counted into the tally of its group
(`tally.GroupTally`), whose figures make one row of the table (`tally.GroupStats`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, TypeAlias

from sourcing.corpus.bootstrap import mean_and_median
from sourcing.corpus.facts import ArticleFacts
from sourcing.corpus.tally import GroupStats, GroupTally, ShareEstimates, tally_of
from sourcing.outlets import UNKNOWN

if TYPE_CHECKING:
    from array import array

    import numpy as np

DIMENSIONS = ("outlet", "year", "topic")
DEFAULT_MIN_ARTICLES = 20
# A group's anonymity shares in input order (what the bootstrap draws from).
Sample: TypeAlias = "array[float] | np.ndarray"
# Mean and median of each group's shares, in the order given (`memo.BootstrapMemo` reads
# them from the cache).
Estimator: TypeAlias = "Callable[[Sequence[Sample]], list[ShareEstimates]]"


def group_key(facts: ArticleFacts, by: Sequence[str]) -> tuple[str, ...]:
    """Return the group of `facts` under grouping dimensions `by`."""
    return tuple(facts.dimension(name) for name in by)


def aggregate(
    facts: Iterable[ArticleFacts],
    by: Sequence[str] = ("outlet",),
    min_articles: int = DEFAULT_MIN_ARTICLES,
) -> list[GroupStats]:
    """Return one GroupStats per group of `facts`, sorted by group (unknown values last)."""
    tallies: dict[tuple[str, ...], GroupTally] = {}
    for fact in facts:
        tally_of(tallies, group_key(fact, by)).add(fact)
    return group_table(tallies, min_articles)


def group_table(tallies: Mapping[tuple[str, ...], GroupTally], min_articles: int,
                estimator: Estimator | None = None) -> list[GroupStats]:
    """Return the GroupStats of every tallied group, sorted by group (unknown values last).

    `estimator` gives the groups' bootstrap estimates (default: computed here).
    """
    ordered = sorted(tallies, key=lambda g: [(value == UNKNOWN, value.casefold()) for value in g])
    samples = [tallies[key].share_sample() for key in ordered]
    found = (estimator or compute_estimates)(samples)
    return [tallies[key].stats(key, min_articles, estimates)
            for key, estimates in zip(ordered, found, strict=True)]


def compute_estimates(samples: Sequence[Sample]) -> list[ShareEstimates]:
    """Return the bootstrap mean and median of each sample of anonymity shares."""
    return [mean_and_median(sample) for sample in samples]

