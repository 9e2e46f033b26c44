"""Packed counts: many small ints added as one, and unpacked again."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

PACKABLE = st.integers(-(2**31), 2**31 - 1)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(PACKABLE, min_size=17, max_size=17), min_size=1, max_size=80))
def test_packed_counts_add_up_to_the_sum_of_each_figure(articles: list[list[int]]) -> None:
    from sourcing.corpus.counts import pack_counts, unpack_counts

    total = sum(pack_counts(figures) for figures in articles)
    assert unpack_counts(total, len(articles), 17) == tuple(map(sum, zip(*articles, strict=True)))
    assert unpack_counts(pack_counts(articles[0]), 1, 17) == tuple(articles[0])


@pytest.mark.parametrize("value", [2**31 - 1, -(2**31), 0, 1])
def test_packed_counts_hold_2_to_the_32_articles_at_the_extremes(value: int) -> None:
    from sourcing.corpus.counts import pack_counts, unpack_counts

    most = 2**32 - 1  # articles: a sum of that many packed counts is their product
    figures = [value, 3, *[value] * 15]
    summed = unpack_counts(pack_counts(figures) * most, most, len(figures))
    assert summed == tuple(f * most for f in figures)
    with pytest.raises(ValueError, match="articles"):
        unpack_counts(pack_counts(figures) * (most + 1), most + 1, len(figures))


@pytest.mark.parametrize("figures", [[2**31, *[0] * 16], [0, -(2**31) - 1, *[0] * 15]])
def test_counts_that_a_field_cannot_hold_are_refused(figures: list[int]) -> None:
    from sourcing.corpus.counts import pack_counts

    with pytest.raises(ValueError, match="cannot pack"):
        pack_counts(figures)
