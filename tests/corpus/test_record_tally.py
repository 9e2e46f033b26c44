"""Counting records in batches: a batch is let go before the next is read."""

from __future__ import annotations

from record_samples import options, watched_records


def test_a_batch_is_let_go_before_the_next_one_is_read(monkeypatch) -> None:
    # tally_records holds one batch of records at most: when the first record of a batch
    # is asked for, none of the batch before it is alive any more.
    import weakref

    from sourcing.corpus import record_tally as module

    monkeypatch.setattr(module, "DUPLICATE_BATCH", 4)
    alive: list[list[weakref.ref]] = []

    def records():
        for _ in range(3):
            made = watched_records(4)
            if alive:
                assert [ref() for ref in alive[-1]] == [None] * 4
            alive.append([weakref.ref(record) for record in made])
            yield from made
            del made

    _, hygiene = module.tally_records(records(), options())
    assert hygiene.read == 12 and len(alive) == 3
