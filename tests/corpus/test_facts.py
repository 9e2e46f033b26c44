"""An article's facts from its report dict: counts, year, text, columns."""

from __future__ import annotations

import pytest
from fact_samples import ANON, NONE, OUTLET, PERSON, TABLE, facts, random_facts
from report_dicts import report

from sourcing.corpus.facts import TYPE_ORDER, article_facts, report_text
from sourcing.outlets import UNKNOWN
from sourcing.pipeline import analyze
from sourcing.records import Document
from sourcing.run.serialize import report_dict


def test_builder_matches_the_serialize_contract() -> None:
    real = report_dict(analyze(Document("Officials said the plan failed, a source said.")))
    built = report([ANON])
    assert built.keys() == real.keys()
    assert built["scores"].keys() == real["scores"].keys()
    assert set(built["statements"][0]) <= set(real["statements"][0])


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


def test_statements_of_an_unknown_type_count_in_the_pooled_total() -> None:
    from sourcing.corpus.facts import TYPE_ORDER, type_vector

    counts = type_vector({PERSON: 2, "not_a_type": 3})
    assert counts[TYPE_ORDER.index(PERSON)] == 2 and counts[-1] == 3 and sum(counts) == 5


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


@pytest.mark.parametrize("fields", [(), ("outlet",), ("counts", "date", "wire"), ("key", "label")])
def test_fact_columns_of_some_fields_are_those_of_all_fields(fields: tuple[str, ...]) -> None:
    from sourcing.corpus.facts import ArticleFacts, fact_columns

    made = random_facts(3, 50)
    every, some = fact_columns(made), fact_columns(made, fields)
    for index, name in enumerate(ArticleFacts._fields):
        assert some[index] == (every[index] if name in fields else None), name
    assert every[ArticleFacts._fields.index("date")] == [fact.date for fact in made]
