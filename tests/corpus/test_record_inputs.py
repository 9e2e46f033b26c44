"""Records from inputs: failures as None, parts let go, the collector paused."""

from __future__ import annotations

from record_samples import options, watched_records

from sourcing.corpus.compare import record_reducer
from sourcing.corpus.record_inputs import record_stream
from sourcing.inputs.ingest import InputFailure
from sourcing.outlets import default_table
from sourcing.records import Document


def test_record_stream_yields_none_for_every_failure() -> None:
    good, bad = Document("Fine.", path="good.txt"), Document("Boom.", path="bad.txt")
    items = [good, InputFailure("missing.txt", "no such file"), bad]

    def run(documents):  # stands in for engine.run_reports
        for document in documents:
            ok = document is good
            yield document, ("record" if ok else None), (None if ok else "ValueError: x")

    seen: list[tuple[str, str]] = []
    records = list(record_stream(items, run, lambda path, message: seen.append((path, message))))
    assert [r is None for r in records] == [False, True, True]
    assert seen == [("missing.txt", "no such file"), ("bad.txt", "analysis failed: ValueError: x")]


def test_an_indexed_part_is_let_go_before_the_next_one_is_read(monkeypatch) -> None:
    # input_records drops each part's records once they are handed on, so with a
    # consumer that keeps none, a part is freed before the next part is decoded.
    import weakref
    from collections import deque

    from sourcing.corpus import record_inputs as module

    alive: list[list[weakref.ref]] = []

    class Index:
        def file_key(self, path):
            return "key"

        def rows(self, key):
            return iter([[("a", "1", ":1")], [("b", "2", ":2")], [("c", "3", ":3")]])

        def records(self, rows, path, version, unpack):
            if alive:
                assert [ref() for ref in alive[-1]] == [None]
            made = watched_records(1)
            alive.append([weakref.ref(record) for record in made])
            return made

    reducer = record_reducer(options(), default_table())
    stream = module.input_records(["corpus.jsonl"], None, lambda documents: iter(()),
                                  lambda path, message: None, Index(), reducer)  # type: ignore[arg-type]
    deque(stream, maxlen=0)  # keeps no record
    assert len(alive) == 3


class _Node:
    """An object that can be part of a cycle and be watched by a weak reference."""

    other: object = None


def test_what_the_paused_collector_leaves_alive_goes_to_the_oldest_generation() -> None:
    import gc
    import weakref

    from sourcing.corpus.record_inputs import collector_paused

    with collector_paused():
        kept = _Node()
        cycle = _Node()
        cycle.other = cycle
        watched = weakref.ref(cycle)
        del cycle
    assert gc.isenabled()
    # A young collection would have scanned `kept` and moved it one generation up.
    assert any(found is kept for found in gc.get_objects(generation=2))
    assert watched() is not None
    gc.collect()
    assert watched() is None  # a full collection still frees a cycle made in the pause


def test_the_paused_collector_leaves_frozen_objects_frozen() -> None:
    import gc

    from sourcing.corpus.record_inputs import collector_paused

    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with collector_paused():
            made = [_Node() for _ in range(3)]
        assert gc.get_freeze_count() == frozen and len(made) == 3
    finally:
        gc.unfreeze()
