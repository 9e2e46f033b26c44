"""Group figures from hand-built report dicts, checked against values worked out by hand."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from report_dicts import report, shares_report

from sourcing.corpus.aggregate import aggregate
from sourcing.corpus.facts import TYPE_ORDER, article_facts, report_text
from sourcing.corpus.numpy_mean import numpy_mean
from sourcing.outlets import UNKNOWN, default_table
from sourcing.pipeline import analyze
from sourcing.records import Document
from sourcing.run.serialize import report_dict

TABLE = default_table()
ANON, OFFICIAL, PERSON, OUTLET, NONE = (
    "unnamed_source", "named_official", "named_person", "cited_outlet", "unattributed"
)


def facts(*reports: dict, wire: tuple[str, ...] = ()) -> list:
    return [article_facts(r, TABLE, wire) for r in reports]


def test_builder_matches_the_serialize_contract() -> None:
    real = report_dict(analyze(Document("Officials said the plan failed, a source said.")))
    built = report([ANON])
    assert built.keys() == real.keys()
    assert built["scores"].keys() == real["scores"].keys()
    assert set(built["statements"][0]) <= set(real["statements"][0])


def test_three_articles_with_known_shares() -> None:
    # Shares 1/10, 2/10 and 6/10: mean 0.3, median 0.2, 9 of 30 statements anonymous.
    group = facts(
        shares_report(1, 10, id="a"), shares_report(2, 10, id="b"), shares_report(6, 10, id="c")
    )
    (stats,) = aggregate(group, min_articles=3)
    assert stats.group == ("Outlet A",)
    assert (stats.articles, stats.statements) == (3, 30)
    assert stats.mean_share is not None and stats.median_share is not None
    assert stats.mean_share.value == pytest.approx(0.3)
    assert stats.median_share.value == pytest.approx(0.2)
    for estimate in (stats.mean_share, stats.median_share):
        assert estimate.low <= estimate.value <= estimate.high
    assert 0.1 <= stats.mean_share.low < stats.mean_share.high <= 0.6
    assert stats.articles_with_anonymous == 1.0
    assert stats.type_shares[ANON] == pytest.approx(9 / 30)
    assert stats.type_shares[NONE] == pytest.approx(21 / 30)
    assert stats.below_min_articles is False


def test_pooled_and_per_article_figures() -> None:
    first = report(
        [ANON, ANON, OFFICIAL, PERSON], id="a", named_sources=2, ease=40.0,
        sources={0: "a senior administration official", 1: "a person familiar with the talks"},
        reasons=frozenset({1}),
    )
    second = report([OUTLET, NONE], id="b", named_sources=0, ease=60.0)
    third = report([NONE, NONE, ANON, OFFICIAL], id="c", named_sources=1, ease=None,
                   sources={2: "police"})
    (stats,) = aggregate(facts(first, second, third))
    # 10 statements pooled: 3 unnamed, 2 named officials, 1 person, 1 outlet, 3 unattributed.
    assert stats.type_shares[ANON] == pytest.approx(0.3)
    assert stats.type_shares[OFFICIAL] == pytest.approx(0.2)
    assert stats.type_shares[OUTLET] == pytest.approx(0.1)
    # Articles with an anonymous statement: a and c.
    assert stats.articles_with_anonymous == pytest.approx(2 / 3)
    # One of the three anonymous statements gives a reason.
    assert stats.anonymous_with_reason == pytest.approx(1 / 3)
    # Officials: 2 named + "administration official" + "police" = 4 of 7 attributed.
    assert stats.official_share == pytest.approx(4 / 7)
    assert stats.named_sources_per_article == pytest.approx(1.0)
    assert stats.articles_citing_outlet == pytest.approx(1 / 3)
    assert stats.reading_ease == pytest.approx(50.0)  # article c has no readability
    assert stats.mean_share is not None
    assert stats.mean_share.value == pytest.approx((0.5 + 0.0 + 0.25) / 3)


def test_no_anonymous_statements_leaves_reason_share_undefined() -> None:
    (stats,) = aggregate(facts(report([NONE, PERSON])))
    assert stats.anonymous_with_reason is None
    assert stats.mean_share is not None and stats.mean_share.value == 0.0


def test_wire_share_counts_articles_with_wire_signs() -> None:
    wired = facts(report([NONE], id="a"), wire=("ap_dateline",))
    plain = facts(report([NONE], id="b"), report([NONE], id="c"))
    (stats,) = aggregate(wired + plain)
    assert stats.wire_share == pytest.approx(1 / 3)


def test_unknown_outlet_is_its_own_group_listed_last() -> None:
    group = facts(
        report([ANON], outlet=None, id="x"),
        report([NONE], outlet="CNN (Web News)", id="y"),
        report([NONE], outlet="", url="https://example.org/z", id="z"),
        report([NONE], outlet=None, url="https://www.cnn.com/2019/a", id="w"),
    )
    stats = aggregate(group, min_articles=1)
    assert [(s.group, s.articles) for s in stats] == [(("CNN",), 2), ((UNKNOWN,), 2)]


def test_small_groups_are_flagged_not_hidden() -> None:
    group = facts(*(report([NONE], outlet="Big", id=str(i)) for i in range(5)),
                  report([ANON], outlet="Small", id="s"))
    stats = {s.group[0]: s for s in aggregate(group, min_articles=5)}
    assert stats["Big"].below_min_articles is False
    assert stats["Small"].below_min_articles is True
    assert stats["Small"].articles == 1


@pytest.mark.parametrize(
    ("by", "groups"),
    [
        (("outlet",), [("Fox News",), ("New York Times",)]),
        (("outlet", "year"), [("Fox News", "2016"), ("Fox News", "2019"),
                              ("New York Times", "2019"), ("New York Times", UNKNOWN)]),
        (("topic",), [("elections",), ("immigration",), (UNKNOWN,)]),
        (("year",), [("2016",), ("2019",), (UNKNOWN,)]),
    ],
)
def test_grouping_dimensions(by: tuple[str, ...], groups: list[tuple[str, ...]]) -> None:
    group = facts(
        report([NONE], outlet="Fox News", date="2019-01-02", topic="elections", id="1"),
        report([NONE], outlet="Fox Online News", date="2016-03-04", topic="immigration", id="2"),
        report([NONE], outlet="New York Times - News", date="2019-12-31", id="3"),
        report([NONE], outlet="The New York Times", date="", topic="elections", id="4"),
    )
    assert [s.group for s in aggregate(group, by=by, min_articles=1)] == groups


@pytest.mark.parametrize(
    ("date", "year"),
    [("2019-05-01", "2019"), ("2012", "2012"), ("", UNKNOWN), (None, UNKNOWN),
     ("May 2019", UNKNOWN), ("0000-00-00", UNKNOWN)],
)
def test_year_from_date(date: str | None, year: str) -> None:
    assert article_facts(report([NONE], date=date), TABLE).year == year


def test_report_text_keeps_document_order_and_can_skip_boilerplate() -> None:
    built = report([NONE, ANON], texts=["First.", "Second."], excluded=("Copyright AP.",))
    assert report_text(built) == "First.\nSecond.\nCopyright AP."
    assert report_text(built, body_only=True) == "First.\nSecond."


def test_domains_of_a_group_most_frequent_first() -> None:
    group = facts(
        report([NONE], outlet="X", url="https://a.example.com/1", id="1"),
        report([NONE], outlet="X", url="https://www.b.example.org/2", id="2"),
        report([NONE], outlet="X", url="https://b.example.org/3", id="3"),
    )
    (stats,) = aggregate(group)
    assert stats.domains == ("b.example.org", "a.example.com")


@pytest.mark.parametrize("size", [*range(1, 140), 255, 256, 257, 1000, 4099, 9000, 17000])
def test_numpy_mean_is_np_mean_to_the_last_bit(size: int) -> None:
    import random
    from array import array

    import numpy as np

    rng = random.Random(size)
    for values in (array("d", (rng.uniform(-30, 121) for _ in range(size))),
                   array("d", (round(rng.uniform(-30, 121), 2) for _ in range(size))),
                   array("d", (rng.random() * 10.0 ** rng.randint(-12, 12) for _ in range(size)))):
        assert numpy_mean(values).hex() == float(np.mean(np.frombuffer(values))).hex()
    zeros = array("d", [-0.0] * size)
    assert numpy_mean(zeros).hex() == float(np.mean(np.frombuffer(zeros))).hex()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.floats(allow_nan=False, allow_infinity=False), min_size=1, max_size=700))
def test_numpy_mean_of_any_floats(values: list[float]) -> None:
    import numpy as np

    with np.errstate(all="ignore"):  # overflow to inf (and inf - inf) as in Python
        expected = float(np.mean(np.array(values, dtype=float)))
    assert numpy_mean(values).hex() == expected.hex()


def random_facts(seed: int, count: int) -> list:
    """Facts of `count` articles in three outlets, with every field varied (dates out of
    order, no readability, a reading ease of 0.0, empty domains and labels, wire signs)."""
    import random

    from sourcing.corpus.facts import make_facts, type_vector

    rng = random.Random(seed)
    made = []
    for n in range(count):
        types = {name: rng.randint(0, 3) for name in rng.sample([ANON, OFFICIAL, PERSON, OUTLET, NONE], 3)}
        anonymous = types.get(ANON, 0)
        made.append(make_facts(
            key=str(n), outlet=rng.choice("ABC"), domain=rng.choice([None, "a.org", "b.org"]),
            year="2019", topic="t", statements=sum(types.values()),
            anonymity_share=rng.random(), anonymous_statements=anonymous,
            anonymous_with_reason=rng.randint(0, anonymous), type_counts=type_vector(types),
            official_statements=rng.randint(0, 2), attributed_statements=rng.randint(0, 5),
            distinct_named_sources=rng.randint(0, 4),
            readability=rng.choice([None, 0.0, rng.uniform(-20, 100)]),
            wire=rng.choice([(), ("ap_dateline",)]), label=rng.choice(["", "A - News", "A"]),
            date=rng.choice(["", f"2019-{rng.randint(1, 12):02d}-01", "2018"])))
    return made


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


def test_statements_of_an_unknown_type_count_in_the_pooled_total() -> None:
    from sourcing.corpus.facts import TYPE_ORDER, type_vector

    counts = type_vector({PERSON: 2, "not_a_type": 3})
    assert counts[TYPE_ORDER.index(PERSON)] == 2 and counts[-1] == 3 and sum(counts) == 5


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


def test_facts_need_a_count_for_every_type() -> None:
    from sourcing.corpus.facts import make_facts

    with pytest.raises(ValueError, match="type_counts"):
        make_facts(key="a", outlet="A", domain=None, year="2019", topic="t", statements=1,
                   anonymity_share=0.0, anonymous_statements=0, anonymous_with_reason=0,
                   type_counts=(1,), official_statements=0, attributed_statements=1,
                   distinct_named_sources=0, readability=None)


def test_facts_give_back_the_figures_they_were_made_with() -> None:
    (made,) = facts(report([ANON, ANON, OUTLET, NONE], id="a", named_sources=3,
                           reasons=frozenset({0})), wire=("ap_dateline",))
    assert (made.statements, made.anonymous_statements, made.anonymous_with_reason) == (4, 2, 1)
    assert (made.attributed_statements, made.distinct_named_sources) == (3, 3)
    assert made.official_statements == 0
    assert sum(made.type_counts) == 4 and len(made.type_counts) == len(TYPE_ORDER) + 1
    assert made.figures()["with_anonymous"] == made.figures()["citing_outlet"] == 1
    assert made.figures()["wire"] == 1


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


@pytest.mark.parametrize("fields", [(), ("outlet",), ("counts", "date", "wire"), ("key", "label")])
def test_fact_columns_of_some_fields_are_those_of_all_fields(fields: tuple[str, ...]) -> None:
    from sourcing.corpus.facts import ArticleFacts, fact_columns

    made = random_facts(3, 50)
    every, some = fact_columns(made), fact_columns(made, fields)
    for index, name in enumerate(ArticleFacts._fields):
        assert some[index] == (every[index] if name in fields else None), name
    assert every[ArticleFacts._fields.index("date")] == [fact.date for fact in made]


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
