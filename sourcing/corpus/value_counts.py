"""Count string values into Counters as `Counter.update` does, in fewer steps."""

from __future__ import annotations

import collections
from collections import Counter
from collections.abc import Callable, Iterable


def most_common_first(counter: Counter[str]) -> tuple[str, ...]:
    """Return the keys of `counter` most common first, ties in the order first counted
    (the order of `Counter.most_common`, whose sort is stable)."""
    return tuple(sorted(counter, key=counter.__getitem__, reverse=True))


def _update_counter(counter: Counter[str], items: Iterable[str]) -> None:
    """Count `items` into `counter` (`Counter.update` of an iterable)."""
    counter.update(items)


def counting_loop() -> Callable[[Counter[str], Iterable[str]], None]:
    """Return what counts an iterable's items into a Counter (twice for each group of each
    batch): CPython's `collections._count_elements`, the loop `Counter.update` runs after
    its type checks, where there is one (it is private); else `Counter.update` itself."""
    return getattr(collections, "_count_elements", _update_counter)


count_elements = counting_loop()


def count_values(counter: Counter[str], values: tuple[str | None, ...]) -> None:
    """Count the values of `values` that are not empty (or None) into `counter`, as
    `count_elements` over them does: the same counts, keys added in the same order.

    A group's articles in a batch mostly have one label and one domain: when every value
    is the first, they are counted at once (`tuple.count` compares them, where counting
    one at a time hashes each decoded string and updates the counter for each)."""
    first = values[0]
    if first and values.count(first) == len(values):
        counter[first] = counter.get(first, 0) + len(values)
    else:
        count_elements(counter, filter(None, values))
