"""Features of rule-typed statements: pure, deterministic, and saying what the rules did."""

from __future__ import annotations

import copy
from dataclasses import replace

import pytest

from sourcing.model.feature_context import feature_context
from sourcing.model.features import article_features, features
from sourcing.pipeline import analyze
from sourcing.provenance import Provenance, Rule
from sourcing.records import Document, SourceType, Span, Statement

TEXT = (
    'A senior official, who asked not to be named, said the talks had stalled.\n\n'
    '"We are not close," he added.\n\n'
    'The ministry said in a statement that it would respond.\n\n'
    'The weather was mild on Tuesday.\n'
)
DOCUMENT = Document(text=TEXT, path="t.txt", outlet="Reuters")


@pytest.fixture(scope="module")
def report():  # type: ignore[no-untyped-def]
    return analyze(DOCUMENT, model=None)


def test_features_are_deterministic_and_pure(report) -> None:  # type: ignore[no-untyped-def]
    before = copy.deepcopy(report.statements)
    first = article_features(report.document, report.statements)
    second = article_features(report.document, report.statements)
    assert first == second
    assert report.statements == before
    context = feature_context(report.document, report.statements)
    assert [features(s, context) for s in report.statements] == first


def test_every_value_is_a_number(report) -> None:  # type: ignore[no-untyped-def]
    for row in article_features(report.document, report.statements):
        assert all(isinstance(v, float) for v in row.values())


def _row(report, fragment: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    rows = article_features(report.document, report.statements)
    return next(r for s, r in zip(report.statements, rows, strict=True) if fragment in s.text)


def _statements() -> tuple[Document, list[Statement]]:
    """Two hand-typed statements, so these checks do not move with the rules."""
    first = TEXT.index("A senior")
    second = TEXT.index('"We are')
    speaker = "A senior official"
    return DOCUMENT, [
        Statement(index=0, span=Span(first, TEXT.index("\n")), text=TEXT[first : TEXT.index("\n")], type=SourceType.UNNAMED_SOURCE,
                  source=speaker, source_span=Span(first, first + len(speaker)), cue="said",
                  cue_span=Span(TEXT.index("said"), TEXT.index("said") + 4), evidence="subject_verb: unnamed",
                  flags=("mention:unnamed",),
                  provenance=Provenance(Rule.CUE, cue_kind="subject_verb", source_kind="unnamed")),
        Statement(index=1, span=Span(second, TEXT.index("added.") + 6), text=TEXT[second : TEXT.index("added.") + 6], type=SourceType.UNNAMED_SOURCE,
                  source=speaker, cue="added", evidence="pronoun_person 'he' refers to statement 0",
                  resolved_from=0, flags=("mention:unnamed",),
                  provenance=Provenance(Rule.REFERS_STATEMENT, source_kind="unnamed", reference="he",
                                        reference_kind="pronoun_person", statement=0)),
    ]


def test_unnamed_speaker() -> None:
    document, statements = _statements()
    row = article_features(document, statements)[0]
    assert row["rule=unnamed_source"] == 1.0
    assert row["flag=mention:unnamed"] == 1.0
    assert row["evidence=subject_verb"] == 1.0
    assert row["source_lex=unnamed_heads"] == 1.0 and row["source_lex=descriptor_adjectives"] == 1.0
    assert row["source_first=a"] == 1.0 and row["source_plural"] == 0.0
    assert row["anonymity_phrase"] == 1.0
    assert row["cue=said"] == 1.0 and row["cue_form=ed"] == 1.0
    assert row["first_statement"] == 1.0 and row["prev=none"] == 1.0


def test_pronoun_in_a_quotation() -> None:
    document, statements = _statements()
    row = article_features(document, statements)[1]
    assert row["pronoun=he"] == 1.0
    assert row["starts_with_quote"] == 1.0
    assert row["quote_share"] > 0.5
    assert row["prev=unnamed_source"] == 1.0
    assert row["antecedent=unnamed_source"] == 1.0
    assert row["resolved_distance"] > 0


def test_narration_has_no_source(report) -> None:  # type: ignore[no-untyped-def]
    row = _row(report, "weather")
    assert row["rule=unattributed"] == 1.0 and row["no_cue"] == 1.0 and row["no_source"] == 1.0
    assert row["quote_share"] == 0.0
    assert row["w=weather"] == 1.0 and row["lb=the weather"] == 1.0


@pytest.mark.parametrize(
    ("source", "outlet", "feature"),
    [
        ("The New York Times", "Reuters", "source_outlet_other"),
        ("Reuters", "Reuters", "source_outlet_own"),
    ],
)
def test_outlet_sources(source: str, outlet: str, feature: str) -> None:
    text = f"{source} reported the deal."
    document = Document(text=text, outlet=outlet)
    statement = Statement(index=0, span=Span(0, len(text)), text=text, type=SourceType.CITED_OUTLET,
                          source=source, source_span=Span(0, len(source)), cue="reported")
    row = features(statement, feature_context(document, [statement]))
    assert row[feature] == 1.0


def test_a_changed_rule_type_changes_the_features(report) -> None:  # type: ignore[no-untyped-def]
    changed = [replace(s, type=SourceType.DOCUMENT) if i == 0 else s for i, s in enumerate(report.statements)]
    assert article_features(report.document, changed)[0] != article_features(report.document, report.statements)[0]
    assert article_features(report.document, changed)[1]["prev=document"] == 1.0


def test_outside_quote_words_leave_out_the_quotation() -> None:
    document, statements = _statements()
    row = article_features(document, statements)[1]
    assert row["w=we"] == 1.0 and row["w=close"] == 1.0  # every word of the sentence
    assert row["o_verb=added"] == 1.0  # and the narration's verbs, outside the quotation
    assert not any(name.startswith("ob=") for name in row)  # no word bigrams (dropped: grouped CV)


def test_opening_words_and_the_previous_type() -> None:
    document, statements = _statements()
    row = article_features(document, statements)[1]
    assert row["lw0=we"] == 1.0 and row["lw1=are"] == 1.0 and row["lb=we are"] == 1.0
    assert row["pw3=unnamed_source|we"] == 1.0
    assert row["first_w=we"] == 1.0  # the opening quotation mark is not the first word
    assert article_features(document, statements)[0]["pw3=none|a"] == 1.0


@pytest.mark.parametrize(
    ("second", "subject"),
    [
        ("Noble also runs a polling firm.", True),  # the subject is the source just quoted
        ("The firm also runs a poll.", False),
        ("Voters in the state like Noble.", False),  # the name, but past the first four words
    ],
)
def test_subject_is_a_previous_source(second: str, subject: bool) -> None:
    text = f"Mike Noble said the race was close. {second}"
    document = Document(text=text, outlet="Reuters")
    first = Statement(index=0, span=Span(0, 35), text=text[:35], type=SourceType.NAMED_PERSON,
                      source="Mike Noble", source_span=Span(0, 10), cue="said")
    start = text.index(second)
    narration = Statement(index=1, span=Span(start, len(text)), text=second, type=SourceType.UNATTRIBUTED)
    row = article_features(document, [first, narration])[1]
    assert ("subj_is_prev_source" in row) is subject
    assert ("subj_prev_type=named_person|unattributed" in row) is subject
