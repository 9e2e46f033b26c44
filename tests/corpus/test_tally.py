"""A group's tally: articles added one at a time or in columns give the same figures."""

from __future__ import annotations

import pytest
from fact_samples import OUTLET, random_facts

from sourcing.corpus.aggregate import aggregate
from sourcing.corpus.facts import TYPE_ORDER


@pytest.mark.parametrize("fold", [2, 5, 32, 1000])
def test_adding_articles_in_columns_is_adding_them_one_at_a_time(
        monkeypatch: pytest.MonkeyPatch, fold: int) -> None:
    from sourcing.corpus import tally as module

    made = random_facts(fold, 300)
    monkeypatch.setattr(module, "FOLD_EVERY", 1)  # each article added as it comes
    one_at_a_time = aggregate(made, min_articles=1)
    monkeypatch.setattr(module, "FOLD_EVERY", fold)
    in_columns = aggregate(made, min_articles=1)
    assert in_columns == one_at_a_time
    assert [s.articles for s in in_columns] == [sum(f.outlet == g for f in made) for g in "ABC"]
    first = in_columns[0]
    dates = [f.date for f in made if f.outlet == "A" and f.date]
    assert (first.first_date, first.last_date) == (min(dates), max(dates))


@pytest.mark.parametrize("fold", [1, 7, 64, 1000])
def test_a_groups_column_sums_are_its_articles_figures_added_one_by_one(
        monkeypatch: pytest.MonkeyPatch, fold: int) -> None:
    from sourcing.corpus import tally as module
    from sourcing.corpus.facts import fact_columns
    from sourcing.corpus.tally import tally_columns

    made = random_facts(fold + 11, 400)
    monkeypatch.setattr(module, "FOLD_EVERY", fold)
    tallies: dict = {}
    for start in range(0, len(made), 97):  # batches, as tally_records hands them over
        tally_columns(tallies, fact_columns(made[start:start + 97]), ("outlet",))
    for (outlet,), tally in tallies.items():
        members = [f for f in made if f.outlet == outlet]
        summed = tally.figures()
        for name in ("statements", "anonymous_statements", "anonymous_with_reason",
                     "official_statements", "attributed_statements", "distinct_named_sources"):
            total = 0
            for fact in members:
                total += getattr(fact, name)
            assert summed[name] == total, name
        assert summed["with_anonymous"] == len([f for f in members if f.anonymous_statements > 0])
        assert summed["citing_outlet"] == len(
            [f for f in members if f.type_counts[TYPE_ORDER.index(OUTLET)] > 0])
        assert summed["wire"] == len([f for f in members if f.wire])
        assert list(summed["pooled"]) == [sum(f.type_counts[n] for f in members)
                                          for n in range(len(TYPE_ORDER) + 1)]
        assert list(tally.share_sample()) == [f.anonymity_share for f in members]
        assert tally.articles == len(members)


@pytest.mark.parametrize("by", [("outlet",), ("outlet", "year"), ("year", "outlet")])
@pytest.mark.parametrize("batch", [1, 2, 97, 2048])
def test_counting_batches_by_columns_is_adding_articles_one_at_a_time(
        monkeypatch: pytest.MonkeyPatch, by: tuple[str, ...], batch: int) -> None:
    # tally_columns takes a batch in columns and hands each group its rows (one row: the
    # 1-tuple path); articles already waiting in `add` must come before them.
    from sourcing.corpus import tally as module
    from sourcing.corpus.aggregate import group_key, group_table
    from sourcing.corpus.facts import fact_columns
    from sourcing.corpus.tally import tally_columns, tally_of

    made = [fact._replace(year=str(2017 + n % 3 * (n % 7 > 2))) for n, fact in
            enumerate(random_facts(batch, 300))]
    monkeypatch.setattr(module, "FOLD_EVERY", 1)
    alone: dict = {}
    for fact in made:
        tally_of(alone, group_key(fact, by)).add(fact)
    monkeypatch.setattr(module, "FOLD_EVERY", 64)
    batched: dict = {}
    for fact in made[:10]:  # left waiting in `add`
        tally_of(batched, group_key(fact, by)).add(fact)
    for start in range(10, len(made), batch):
        tally_columns(batched, fact_columns(made[start:start + batch]), by)
    assert list(batched) == list(alone)
    for key, tally in batched.items():
        assert tally.share_sample().tolist() == alone[key].share_sample().tolist()
        assert list(tally.domains.items()) == list(alone[key].domains.items())
        assert list(tally.labels.items()) == list(alone[key].labels.items())
    assert group_table(batched, 1) == group_table(alone, 1)
    assert sum(tally.articles for tally in batched.values()) == len(made)


def test_counted_fields_are_what_counting_reads() -> None:
    # tally_columns must find every column it reads among the fields it is given.
    from sourcing.corpus.aggregate import group_table
    from sourcing.corpus.facts import fact_columns
    from sourcing.corpus.tally import counted_fields, tally_columns

    made = random_facts(4, 120)
    for by in [("outlet",), ("year", "topic")]:
        tallies: dict = {}
        tally_columns(tallies, fact_columns(made, counted_fields(by)), by)
        alone: dict = {}
        tally_columns(alone, fact_columns(made), by)
        assert group_table(tallies, 1) == group_table(alone, 1)


def test_a_group_without_statements_has_no_type_shares_and_its_article_shares() -> None:
    from sourcing.corpus.facts import make_facts, type_vector
    from sourcing.corpus.tally import GroupTally

    tally = GroupTally()
    for n in range(3):
        tally.add(make_facts(key=str(n), outlet="A", domain=None, year="2019", topic="t",
                             statements=0, anonymity_share=0.0, anonymous_statements=0,
                             anonymous_with_reason=0, type_counts=type_vector({}),
                             official_statements=0, attributed_statements=0,
                             distinct_named_sources=n, readability=None,
                             wire=("ap_dateline",) if n else ()))
    stats = tally.stats(("A",), 1)
    assert stats.type_shares == dict.fromkeys(TYPE_ORDER, 0.0)
    assert (stats.statements, stats.official_share, stats.anonymous_with_reason) == (0, None, None)
    assert stats.named_sources_per_article == 1.0 and stats.wire_share == 2 / 3
    assert stats.reading_ease is None and stats.articles_with_anonymous == 0.0
