"""Group figures from hand-built report dicts, checked against values worked out by hand."""

from __future__ import annotations

import pytest
from fact_samples import ANON, NONE, OFFICIAL, OUTLET, PERSON, facts
from report_dicts import report, shares_report

from sourcing.corpus.aggregate import aggregate
from sourcing.outlets import UNKNOWN


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


def test_domains_of_a_group_most_frequent_first() -> None:
    group = facts(
        report([NONE], outlet="X", url="https://a.example.com/1", id="1"),
        report([NONE], outlet="X", url="https://www.b.example.org/2", id="2"),
        report([NONE], outlet="X", url="https://b.example.org/3", id="3"),
    )
    (stats,) = aggregate(group)
    assert stats.domains == ("b.example.org", "a.example.com")
