"""Pause Python's cyclic garbage collector while one document is analyzed.

An analysis keeps a few records per sentence alive to its end (statements, spans,
provenance, decisions): about 380,000 tracked objects for a 1 MB text. CPython (3.11)
runs a full collection, which visits every tracked object, after every 11th
second-generation collection until the objects tracked since the last full one pass a
quarter of the total; while so many objects survive, that is one full collection per
about 85,000 surviving objects, so their cost grows with the square of the article. At
1 MB ("He met John Smith. He said." repeated) six full collections took 1.2-1.5 s of 11 s,
at 100 KB none ran: the 11-12x of three generators of `scripts/benchmark_scaling.py`.

The analysis makes no reference cycles (0 objects found after each of the 333 seed and gold
texts; `tests/test_collector.py` checks the seed and train3 texts), so the collector has
nothing to find during it; reference counting frees everything as usual, and any cycle
made meanwhile is collected after the pause.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Pause:
    """The analyses running now, and whether the collector was enabled before the first."""

    lock = threading.Lock()
    depth = 0
    resume = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Disable automatic collection until the last of the overlapping analyses ends.

    Threads may overlap: the collector is re-enabled when the last of them ends, and only
    if it was enabled when the first began.
    """
    with _Pause.lock:
        if _Pause.depth == 0:
            _Pause.resume = gc.isenabled()
            gc.disable()
        _Pause.depth += 1
    try:
        yield
    finally:
        with _Pause.lock:
            _Pause.depth -= 1
            if _Pause.depth == 0 and _Pause.resume:
                gc.enable()
