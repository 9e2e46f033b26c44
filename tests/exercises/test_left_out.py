"""left_out: which key check alone leaves a statement out; scripts/key_check_precision.py
judges those statements against a reading."""

from __future__ import annotations

from typing import Any

import pytest
import scripts_loader
from report_builders import make_report

from sourcing.exercises import build_exercises, quoted_words, render_worksheet, type_doubts
from sourcing.exercises.items import quotation_units, quote_depth
from sourcing.exercises.left_out import left_out_by
from sourcing.records import ArticleReport, Span
from sourcing.settings import DEFAULT_SETTINGS


def azmy(first_confidence: float) -> ArticleReport:
    """The Guardian g7Zb6HynfCQPUG1C, without the role (`person_with_an_office` reads it):
    whether Azmy speaks as an official is decided where he is first named."""
    return make_report([
        ("Ehab Azmy said the plane plunged.",
         "named_person", {"source": "Ehab Azmy", "confidence": first_confidence}),
        ("Azmy said radar had shown the plane at its normal altitude.", "named_person",
         {"source": "Azmy", "confidence": 0.98}),
        ("Panos Kammenos said the plane turned.", "named_official",
         {"source": "Panos Kammenos", "confidence": 0.98}),
    ])


def test_each_left_out_statement_names_the_check_that_alone_leaves_it_out() -> None:
    # [0] is below key_confidence and first names Azmy unsurely: two checks, neither alone.
    assert left_out_by(azmy(0.56), DEFAULT_SETTINGS) == {0: (), 1: ("introduced_unsure",)}
    assert left_out_by(azmy(0.98), DEFAULT_SETTINGS) == {}


@pytest.mark.parametrize(
    ("first_confidence", "later_left_out"),
    [
        (0.56, True),  # the Guardian's Azmy: the role is decided where he is named
        (0.88, True),  # heldout Matyas and Brohi, first named at 0.80 and 0.88, typed wrong later
        (0.91, False),  # at 0.90-0.93 the 72 later statements of the development sets were all right
    ],
)
def test_a_person_first_named_below_the_introduced_confidence_is_not_keyed_later(
    first_confidence: float, later_left_out: bool
) -> None:
    report = azmy(first_confidence)
    assert type_doubts.introduced_unsure(report.statements[1], report, DEFAULT_SETTINGS) is later_left_out


def quotation_over_two_sentences(second: str, name: str) -> ArticleReport:
    first = "\"I'm very proud of my daughter Ivanka, always have been from day one."
    full = f"{first}\n\n{second}\n"
    start = full.index(name, len(first))
    return make_report([
        (first, "named_official", {"source": name}),
        (second, "named_official", {"source": name, "source_span": Span(start, start + len(name))}),
    ])


@pytest.mark.parametrize(
    ("second", "name", "inside"),
    [
        # heldout11 CT2MddPGwpdORWMV [12]: the mark before "Trump" closes [11]'s quotation
        ("I have to tell you that,\" Trump said at an event.", "Trump", False),
        # the quotation is still open where the name stands: the name is quoted words
        ("I have to tell you that Trump is wrong.", "Trump", True),
    ],
)
def test_a_source_after_a_quotation_closed_in_its_statement_is_not_inside_it(
    second: str, name: str, inside: bool
) -> None:
    report = quotation_over_two_sentences(second, name)
    assert quoted_words.source_in_quotation(report.statements[1], report) is inside


@pytest.mark.parametrize(
    ("text", "source", "inside"),
    [
        # heldout27 mgfgdMIamdCB8Jye [2]: the speakers' description quoted whole, its own marks
        # right around it, is the writer's subject, no part of someone's quotation.
        ("\u201cTwo officials familiar with the memo\u2019s contents\u201d reportedly told ABC it was late.",
         "Two officials familiar with the memo\u2019s contents", False),
        # the same words inside a quotation already open are quoted words
        ("\u201cThey said \u201cTwo officials familiar with the memo\u2019s contents\u201d told ABC.\u201d",
         "Two officials familiar with the memo\u2019s contents", True),
    ],
)
def test_a_source_quoted_whole_is_not_inside_a_quotation(text: str, source: str, inside: bool) -> None:
    start = text.index(source)
    report = make_report([(text, "unnamed_source", {"source": source, "source_span": Span(start, start + len(source))})])
    assert quoted_words.source_in_quotation(report.statements[0], report) is inside


@pytest.mark.parametrize(
    ("text", "depth"),
    [
        ("\u201cIf fossil fuels were banned ... for heating,\" Moore said.", 0),  # heldout18 VlYLsuBZ4jQA3Cjl [2]
        ("\u201cYou would bring about mass death.\u201d", 0),
        ("\u201cHe called it \"fake\" news, she said.\u201d", 0),
        ("\"We want peace.", 1),
        ("He added: \u201cWe want peace.", 1),
        ("Not many concrete accomplishments.\u201d", 0),
    ],
)
def test_quote_depth_closes_a_quotation_with_either_mark(text: str, depth: int) -> None:
    assert quote_depth(text) == depth


def test_a_quotation_closed_with_a_straight_mark_ends_its_unit() -> None:
    report = make_report([
        ("\u201cIf fossil fuels were banned every tree would be cut down,\" Moore said.", "named_person",
         {"source": "Moore"}),
        ("\u201cYou would bring about mass death.\u201d", "named_person", {"source": "Moore"}),
        ("Moore left Greenpeace after 15 years.", "unattributed", {}),
    ])
    assert quotation_units(report) == {0: 0, 1: 1, 2: 2}


def test_the_script_judges_left_out_statements_against_the_reading() -> None:
    script = scripts_loader.load_script("key_check_precision")
    report = azmy(0.56)
    article = report.document.id or ""
    readings: dict[tuple[str, int], dict[str, Any]] = {
        (article, 0): {"statement": 0, "text": report.statements[0].text, "reading": "named_official", "alt": []},
        (article, 1): {"statement": 1, "text": "Azmy said something else.", "reading": "named_person", "alt": []},
    }
    judged = script.judge(report, left_out_by(report, DEFAULT_SETTINGS), readings,
                          script.rows_by_text(readings))
    assert [(r["statement"], r["checks"], r["verdict"]) for r in judged] == [
        (0, [script.SEVERAL], "wrong"),  # typed named person, read named official
        (1, ["introduced_unsure"], "unread"),  # its row's text is not the statement's
    ]
    readings[(article, 1)]["text"] = report.statements[1].text
    judged = script.judge(report, left_out_by(report, DEFAULT_SETTINGS), readings,
                          script.rows_by_text(readings))
    table = script.tally(judged)
    assert table["introduced_unsure"]["right"] == 1 and table[script.SEVERAL]["wrong"] == 1
    assert "introduced_unsure" in script.render(table, judged)


def test_an_article_with_no_graded_statement_says_so_and_asks_nothing() -> None:
    """heldout18 VlYLsuBZ4jQA3Cjl was keyed with every statement ungraded and one question,
    "Find the anonymous sources", answered "None among the graded statements"."""
    report = make_report([
        ("Officials said the talks stalled.", "unnamed_source", {"source": "Officials", "confidence": 0.5}),
        ("The talks began in May.", "unattributed", {"confidence": 0.5}),
    ])
    exercises = build_exercises([report], "advanced", seed=0)
    assert exercises.ungraded == ((0, 1),) and exercises.questions == ()
    key, sheet = render_worksheet(exercises, key=True), render_worksheet(exercises)
    assert "No question on this article: the analyzer is unsure of every statement ([0], [1])" in key
    assert "No question on this article: read it for discussion only." in sheet
