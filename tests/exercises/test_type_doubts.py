"""Checks that doubt a record's type (`sourcing.exercises.type_doubts`)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from report_builders import make_report

from sourcing.exercises import build_exercises
from sourcing.exercises.type_doubts import (
    group_including_a_name,
    official_by_the_table_only,
    outlet_below_its_margin,
    outlet_with_a_source_behind,
)
from sourcing.records import Span
from sourcing.settings import DEFAULT_SETTINGS

ROWS = [
    ("The Palace, Robach says, threatened us.", "cited_outlet", {"source": "Robach"}),
    ("Reuters reported that the talks failed.", "cited_outlet", {"source": "Reuters"}),
    ("Pompeo said the talks would go on.", "named_official", {"source": "Pompeo"}),
    ("Zarif said Iran was ready.", "named_official", {"source": "Zarif"}),
]


@pytest.mark.parametrize(
    ("confidences", "below", "ungraded"),
    [
        ((0.94, 0.95, 0.94, 0.99), (True, False, False, False), (0,)),  # an outlet needs 0.95
        ((0.97, 0.99, 0.93, 0.94), (False, False, False, False), ()),
        # too few sure statements: the floor takes the outlet back as it does any type
        ((0.94, 0.85, 0.5, 0.6), (True, True, False, False), (2, 3)),
    ],
)
def test_an_outlet_is_keyed_only_above_the_margin(
    confidences: tuple[float, ...], below: tuple[bool, ...], ungraded: tuple[int, ...]
) -> None:
    """New York Post AZtDouqiiLOxmRr7 [9] "The Palace, Robach says, ..." keyed Other news outlet
    at 0.94 at stop 29; other types at 0.93-0.95 are keyed as before. The key confidence and
    margin and floor of stops 30-43 (0.93, 0.02 and 0.8; the default has no margin since stop 44)."""
    report = make_report([(text, kind, {**fields, "confidence": c})
                          for (text, kind, fields), c in zip(ROWS, confidences, strict=True)])
    settings = replace(DEFAULT_SETTINGS, key_confidence=0.93, key_outlet_margin=0.02, key_confidence_floor=0.8)
    assert tuple(outlet_below_its_margin(s, settings) for s in report.statements) == below
    assert build_exercises([report], "advanced", seed=0, settings=settings).ungraded[0] == ungraded


def test_no_margin_keys_outlets_as_any_type() -> None:
    """With `key_outlet_margin` 0, the default since stop 44 (no keyed outlet at 0.97 or above
    disagreed with a reading), an outlet at the key confidence is keyed."""
    confidence = DEFAULT_SETTINGS.key_confidence
    report = make_report([(text, kind, {**fields, "confidence": confidence}) for text, kind, fields in ROWS])
    assert DEFAULT_SETTINGS.key_outlet_margin == 0.0
    assert build_exercises([report], "advanced", seed=0).ungraded[0] == ()


@pytest.mark.parametrize(
    ("first", "source", "doubted"),
    [
        # heldout32 pGhHGh6wrLcJEmot: the table's "Graham" is Lindsey Graham, the speaker Franklin
        ("The magazine was founded by Billy Graham in 1956.", "Graham", True),
        ("The magazine was founded by Billy Graham in 1956.", "Mr. Graham", True),
        # the article names the listed person, or gives the surname a role: the table is right
        ("The magazine was praised by Lindsey Graham in 1956.", "Graham", False),
        ("The magazine was praised by President Graham and Billy Graham.", "Graham", False),
        ("The magazine was praised by President-elect Graham and Billy Graham.", "Graham", False),
        # two namesakes of different first names: which one speaks stays open
        ("The magazine was founded by Billy Graham and Ruth Graham.", "Graham", False),
    ],
)
def test_a_listed_surname_first_given_to_a_namesake(first: str, source: str, doubted: bool) -> None:
    """A lone surname typed official by the table of known officials while the article first
    names a namesake with another first name is not keyed (`official_by_the_table_only`)."""
    report = make_report([
        (first, "unattributed", {}),
        ("Graham said his father would be disappointed.", "named_official", {"source": source}),
    ])
    assert official_by_the_table_only(report.statements[1], report) is doubted
    assert (1 in build_exercises([report], "advanced", seed=0).ungraded[0]) is doubted


def test_a_lone_surname_before_its_namesake_is_left_to_the_table() -> None:
    """"Graham said" before any "Billy Graham" keeps the table's reading."""
    report = make_report([
        ("Graham said his father would be disappointed.", "named_official", {"source": "Graham"}),
        ("The magazine was founded by Billy Graham in 1956.", "unattributed", {}),
    ])
    assert not official_by_the_table_only(report.statements[0], report)


@pytest.mark.parametrize(
    ("text", "source", "doubted"),
    [
        # Fox News QbPMlhi3uAKyiM9x [10]: one member of the group is named
        (("SolarCity officials, including fellow Obama donor and Musk's cousin Lyndon Rive, "
          "acknowledged in the IPO document the need for support."), "SolarCity officials", True),
        ("Two officials, including one at the Pentagon, said the talks failed.", "Two officials", False),
        ("Two officials said the talks failed, including Lyndon Rive.", "Two officials", False),
    ],
)
def test_a_group_whose_appositive_names_a_member(text: str, source: str, doubted: bool) -> None:
    """An anonymous group whose appositive names one of its members is not keyed."""
    fields = {"source": source, "source_span": Span(0, len(source))}
    report = make_report([(text, "unnamed_source", fields), ("The talks go on.", "unattributed", {})])
    assert group_including_a_name(report.statements[0]) is doubted
    assert (0 in build_exercises([report], "advanced", seed=0).ungraded[0]) is doubted


@pytest.mark.parametrize(
    ("text", "source", "doubted"),
    [
        # NPR hXBOBtNuvy0RtVlx [3], [4]: the outlet's own sources are described (rule 1)
        ('The news was first reported by Reuters and others who cited "presidential" sources.', "Reuters", True),
        ('The Associated Press added that it heard the same thing from an "opposition source."',
         "The Associated Press", True),
        ("Reuters reported that the talks failed.", "Reuters", False),
        # a show's name, and the source a story is about (heldout2 D1rqUS7VJwpWD5vG [3],
        # heldout25 ZdaoPJXUWTTJOuRT [9], read Other news outlet)
        ('CNN announced that its show "Reliable Sources" would end.', "CNN", False),
        ("The Times reported that the source, whom it described as an academic, met him.", "The Times", False),
    ],
)
def test_an_outlet_with_a_source_behind_it(text: str, source: str, doubted: bool) -> None:
    """An outlet typed as the source while its sentence describes the outlet's source is not keyed."""
    start = text.index(source)
    fields = {"source": source, "source_span": Span(start, start + len(source))}
    report = make_report([(text, "cited_outlet", fields), ("The talks go on.", "unattributed", {})])
    assert outlet_with_a_source_behind(report.statements[0]) is doubted
    assert (0 in build_exercises([report], "advanced", seed=0).ungraded[0]) is doubted
