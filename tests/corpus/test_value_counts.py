"""Counting a group's values: the same counts and order, however they are counted."""

from __future__ import annotations

import pytest
from fact_samples import random_facts
from hypothesis import given, settings
from hypothesis import strategies as st


def test_counting_without_cpythons_private_counter_loop_gives_the_same_table(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # `collections._count_elements` is private: where it is missing, `Counter.update`.
    import collections

    from sourcing.corpus import value_counts as module
    from sourcing.corpus.aggregate import group_table
    from sourcing.corpus.facts import fact_columns
    from sourcing.corpus.tally import tally_columns

    made = random_facts(5, 500)

    def table() -> list:
        tallies: dict = {}
        for start in range(0, len(made), 64):
            tally_columns(tallies, fact_columns(made[start:start + 64]), ("outlet",))
        return group_table(tallies, 1)

    assert module.count_elements is collections._count_elements  # type: ignore[attr-defined]
    with_loop = table()
    monkeypatch.setattr(module, "count_elements", module._update_counter)
    assert table() == with_loop
    assert any(len(group.domains) > 1 for group in with_loop)
    assert any(len(group.labels) > 1 for group in with_loop)
    monkeypatch.delattr(collections, "_count_elements")
    assert module.counting_loop() is module._update_counter


@pytest.mark.parametrize("counted", [[], ["a"], ["b", "a", "a", "b", "c"], ["c", "b", "a", "c", "a", "b"],
                                     ["x", "y", "y", "z", "z", "z", "w"]])
def test_keys_most_common_first_are_in_most_commons_order(counted: list[str]) -> None:
    from collections import Counter

    from sourcing.corpus.value_counts import most_common_first

    counter = Counter(counted)
    assert most_common_first(counter) == tuple(key for key, _ in counter.most_common())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "", None]), max_size=3),
       st.lists(st.sampled_from(["a", "b", "c", "", None]), min_size=1, max_size=12))
def test_counting_a_groups_values_is_counting_them_one_at_a_time(
        before: list[str | None], values: list[str | None]) -> None:
    # The same counts, keys first counted first, whether or not every value is the first.
    from collections import Counter

    from sourcing.corpus.value_counts import count_elements, count_values

    at_once: Counter[str] = Counter()
    one_by_one: Counter[str] = Counter()
    for counter in (at_once, one_by_one):
        count_elements(counter, filter(None, before))
    count_values(at_once, tuple(values))
    for value in values:
        if value:
            one_by_one[value] += 1
    assert list(at_once.items()) == list(one_by_one.items())


def test_a_groups_values_that_are_all_the_same_are_counted_at_once() -> None:
    # A group's articles in a batch mostly share their label and domain: decoded strings
    # equal to the first are counted by comparing them, not by hashing each into the counter.
    from collections import Counter

    from sourcing.corpus.value_counts import count_values

    hashed = []

    class Decoded(str):
        def __hash__(self) -> int:
            hashed.append(self)
            return str.__hash__(self)

    counter: Counter[str] = Counter({"other": 1})
    count_values(counter, tuple(Decoded("Vox") for _ in range(50)))
    assert counter == {"other": 1, "Vox": 50} and len(hashed) <= 2
    count_values(counter, (Decoded("Vox"), Decoded("NPR"), Decoded("Vox")))
    assert counter == {"other": 1, "Vox": 52, "NPR": 1}
