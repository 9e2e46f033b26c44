"""Whom "he" or "she" can mean: the gender an article gives a person."""

from __future__ import annotations

import pytest

from sourcing.attribution.gender import description_gender, name_gender, pronoun_gender


@pytest.mark.parametrize(
    ("surname", "text", "gender"),
    [
        ("Pelosi", "Mrs. Pelosi prayed for those persecuted.", "f"),
        ("Moore", "Roy Moore denied it. Moore said he never met the woman.", "m"),
        ("Corfman", "Leigh Corfman said she was 14. Corfman told the Post she was afraid.", "f"),
        # An object pronoun after the name is someone else: no gender is told.
        ("Moore", "Moore took her to the house.", None),
        ("Smith", "Smith spoke at the rally.", None),
        # The object of a participle: "his" is the subject's (heldout7 VwQmCrRjjGkoCX8X [6]).
        ("Rice", "Obama considered nominating Rice as his secretary of state.", None),
    ],
)
def test_name_gender(surname: str, text: str, gender: str | None) -> None:
    assert name_gender(surname, text) == gender


def test_pronouns_and_descriptions() -> None:
    assert (pronoun_gender("She"), pronoun_gender("he"), pronoun_gender("they")) == ("f", "m", None)
    assert description_gender("A woman named Cristina King Miranda") == "f"
    assert description_gender("the congressman") == "m"
    assert description_gender("a senior official") is None
