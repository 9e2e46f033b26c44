"""Record consistency: each contradiction between a statement's fields is found, and a
consistent record has none."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sourcing.consistency import Problem, names_someone, record_problems, report_problems
from sourcing.model.store import SHIPPED
from sourcing.pipeline import analyze
from sourcing.records import Document, SourceType, Span, Statement

TEXT = (
    "Reuters quoted another official as saying, \"Things went smoothly.\" "
    "He added: \"Iran is ready.\" Pompeo said the talks would go on."
)
ANOTHER = TEXT.index("another official")
POMPEO = TEXT.index("Pompeo")


def _statement(index: int, type_: SourceType, source: str | None, **fields: object) -> Statement:
    start = TEXT.index(source) if source and source in TEXT else 0
    span = Span(start, start + len(source)) if source and source in TEXT else None
    return Statement(index, Span(0, 1), "x", type_, source=source, source_span=span, **fields)  # type: ignore[arg-type]


ROOT = _statement(0, SourceType.UNNAMED_SOURCE, "another official", anonymity_reason=False)
NAMED = _statement(2, SourceType.NAMED_OFFICIAL, "Pompeo")


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        (ROOT, ()),
        (NAMED, ()),
        (_statement(1, SourceType.UNNAMED_SOURCE, "another official", anonymity_reason=False,
                    resolved_from=0), ()),
        # Seed 003 [10]: "He added" after "another official", typed named_official.
        (_statement(1, SourceType.NAMED_OFFICIAL, "another official", resolved_from=0),
         (Problem.CARRY_OVER_TYPE, Problem.NAMED_WITHOUT_NAME)),
        (_statement(1, SourceType.UNNAMED_SOURCE, "Pompeo", anonymity_reason=False, resolved_from=0),
         (Problem.CARRY_OVER_SOURCE,)),
        (_statement(1, SourceType.UNNAMED_SOURCE, "another official", anonymity_reason=False,
                    resolved_from=7), (Problem.CARRY_OVER_MISSING,)),
        (replace(NAMED, source_span=Span(ANOTHER, ANOTHER + 16)), (Problem.SOURCE_SPAN,)),
        (replace(NAMED, source="He"), (Problem.SOURCE_SPAN, Problem.NAMED_WITHOUT_NAME)),
        (replace(NAMED, source=None, source_span=None), (Problem.NAMED_WITHOUT_NAME,)),
        (replace(NAMED, anonymity_reason=False), (Problem.REASON_OFF_ANONYMOUS,)),
        (replace(ROOT, anonymity_reason=None), (Problem.REASON_UNSET,)),
    ],
)
def test_record_problems(statement: Statement, expected: tuple[Problem, ...]) -> None:
    assert record_problems(statement, [ROOT, NAMED], TEXT) == expected


@pytest.mark.parametrize(
    ("source", "named"),
    [
        ("Taliban spokesman Suhail Shaheen", True),
        ("The US Embassy in Iraq", True),
        ("Pompeo", True),
        ("another official", False),
        ("A U.S. official", False),
        ("he", False),
        ("they", False),
        ("the official", False),
        (None, False),
    ],
)
def test_names_someone(source: str | None, named: bool) -> None:
    assert names_someone(source) is named


def test_report_problems_lists_only_inconsistent_statements() -> None:
    from report_builders import make_report

    report = make_report(
        [
            ("Another official said talks went well.", "unnamed_source",
             {"source": "Another official", "anonymity_reason": False}),
            ("He added that Iran is ready.", "named_official",
             {"source": "Another official", "resolved_from": 0}),
        ]
    )
    assert report_problems(report) == {
        1: (Problem.CARRY_OVER_TYPE, Problem.NAMED_WITHOUT_NAME)
    }


# Sentences of news copy that make every attribution rule fire: cues, pronouns, definite
# roles, carry-over into quotations, relays, roles named later, "it" with and without an
# antecedent. Any article made of them must give records that agree with themselves.
SENTENCES = (
    "Secretary of State Mike Pompeo said the talks went well.",
    "Pompeo said the talks went well.",
    "A senior official, who asked not to be named, said the plan was dead.",
    "Reuters quoted another official as saying the plan was dead.",
    "He added: \u201cIran is ready.\u201d",
    "\u201cWe will not leave,\u201d he said.",
    "\u201cIt is over.",
    "We are done,\u201d she said.",
    "They said the vote would be held.",
    "It said the vote would be held.",
    "The ministry said the vote would be held.",
    "Saudi Arabia has changed its account.",
    "The report said the vote was fair.",
    "The official said the vote was fair.",
    "The minister said the strikes would go on.",
    "The woman told KSDK that she was afraid.",
    "Gov. Eric Greitens denied it.",
    "Biden's advisers criticized the plan.",
    "\u201cIt is fine,\u201d said Banton's mother, Dana Showers.",
    "A Kardashian source told Entertainment Tonight that Kim was upset.",
    "Kim Kardashian was upset.",
    "Court records show the firm paid no tax.",
    "According to a new report, prices rose.",
    "Some U.S. officials suspect the attack was planned.",
    "NBC quoted an anonymous source as saying the deal was off.",
    "The officials spoke on condition of anonymity.",
    "Defense Minister Moshe Yaalon said so.",
    "Prices rose in January.",
    "\n\n",
)


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=12))
def test_no_article_gives_a_record_that_contradicts_itself(sentences: list[str]) -> None:
    text = " ".join(sentences)
    for model in (None, SHIPPED):
        report = analyze(Document(text=text), model=model)
        assert report_problems(report) == {}, (text, model)
