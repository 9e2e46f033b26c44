"""The other outlet an anonymous source spoke to, and what the key then says it would take to
name the source (Fox News yIW7RumptoCZp1a5 [4]: "FBI officials told The Associated Press ...")."""

from __future__ import annotations

import pytest

from sourcing.exercises.hearers import other_outlet_told
from sourcing.exercises.kinds import naming_steps
from sourcing.pipeline import analyze
from sourcing.records import Document

TEXT = (
    "The suspect was questioned for 16 hours.\n\n"
    "FBI officials told The Associated Press Wednesday that the suspect acknowledged his role."
)


@pytest.mark.parametrize(
    ("publisher", "hearer"),
    [
        ("Fox News", "The Associated Press"),
        ("Associated Press", None),  # the publisher's own reporter heard them
        (None, None),  # no publisher known (a .txt file): it may be the publisher itself
    ],
)
def test_other_outlet_told(publisher: str | None, hearer: str | None) -> None:
    report = analyze(Document(id="told", text=TEXT, outlet=publisher))
    statement = report.statements[1]
    assert statement.source == "FBI officials"
    assert other_outlet_told(statement, report) == hearer


def test_an_outlet_name_running_on_into_the_clause_is_cut() -> None:
    """ "Sources tell ABC News an indictment ... could come" in an ABC News article: the hearer
    is the publisher ("ABC News", not "ABC News an indictment announcement")."""
    text = "The probe widened.\n\nSources tell ABC News an indictment announcement could come Monday."
    for publisher, hearer in (("ABC News", None), ("Fox News", "ABC")):
        report = analyze(Document(id="abc", text=text, outlet=publisher))
        assert other_outlet_told(report.statements[1], report) == hearer


def test_the_key_does_not_say_this_reporter_knows_a_source_who_spoke_to_another_outlet() -> None:
    report = analyze(Document(id="told", text=TEXT, outlet="Fox News"))
    statement = report.statements[1]
    steps = naming_steps(statement, "", other_outlet_told(statement, report))
    assert steps[0].startswith('"FBI officials" spoke to The Associated Press, not to this article')
    assert not any("The reporter knows who" in step for step in steps)
