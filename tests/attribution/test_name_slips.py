"""A name misspelt by one letter in a later mention is the same person; another first name is not."""

from __future__ import annotations

import pytest

from sourcing.attribution.entities import known_people
from sourcing.attribution.name_slips import one_edit_apart, slipped_pairs, slipped_spelling


@pytest.mark.parametrize(
    ("word", "other", "apart"),
    [
        ("Kowalczyk", "Kowalcyk", True),  # a letter dropped
        ("Kowalcyk", "Kowalczyk", True),  # a letter added
        ("Kowalczyk", "Kowalczik", True),  # a letter changed
        ("Kowalczyk", "Kowalcyzk", True),  # two neighbours swapped
        ("Kowalczyk", "Kowalczyk", False),  # the same word is no slip
        ("Kowalczyk", "Kowalski", False),
        ("Lindqvist", "Lindquest", False),  # two letters apart
    ],
)
def test_one_edit_apart(word: str, other: str, apart: bool) -> None:
    assert one_edit_apart(word, other) is apart


@pytest.mark.parametrize(
    ("name", "other", "slipped"),
    [
        ("Marta Kowalcyk", "Marta Kowalczyk", True),
        ("Halloran Kowalcyk", "Marta Halloran Kowalczyk", True),  # the last words of the name
        ("Marta Halloan Kowalczyk", "Marta Halloran Kowalczyk", True),  # a middle part
        ("Francis Kowalczyk", "Frances Kowalczyk", False),  # a first name: maybe a relative
        ("Marta Kowalczyk", "Tomasz Kowalczyk", False),  # the same surname, another person
        ("Anna Bosch", "Anna Busch", False),  # a short surname: maybe two people
        ("Marta Kowalcyk", "Tomasz Kowalczyk", False),  # no other part the same
        ("Kowalcyk", "Marta Kowalczyk", False),  # a lone word has no part to match
    ],
)
def test_slipped_spelling(name: str, other: str, slipped: bool) -> None:
    assert slipped_spelling(name, other) is slipped


def test_slipped_pairs_finds_each_direction_and_nothing_else() -> None:
    long_run = "The Harbour Authority Board Of Marta Kowalczyk"  # no one's name: too many words
    names = ["Marta Kowalczyk", "Marta Kowalcyk", "Tomasz Kowalczyk", "Anna Bosch", long_run]
    assert set(slipped_pairs(names)) == {
        ("Marta Kowalcyk", "Marta Kowalczyk"),
        ("Marta Kowalczyk", "Marta Kowalcyk"),
    }


CHAIR = "Harbour Authority Chairwoman Marta Halloran Kowalczyk toured the docks on Monday.\n"


@pytest.mark.parametrize(
    ("later", "name", "official"),
    [
        # The chair's role reaches the mention that misspells her surname, and the surname alone.
        ('"We will reopen the quay," Halloran Kowalcyk told reporters.', "Halloran Kowalcyk", True),
        ('"We will reopen the quay," Halloran Kowalcyk told reporters.', "Kowalcyk", True),
        # Her brother, of the same surname, stays a person with no office.
        ('"It was cold," her brother Tomasz Kowalczyk told reporters.', "Tomasz Kowalczyk", False),
    ],
)
def test_a_misspelt_mention_keeps_the_role(later: str, name: str, official: bool) -> None:
    assert known_people(CHAIR + later)[name] is official


MINISTER = "Polish Foreign Minister Radoslaw Kowalski met the envoy on Monday."
FIRST_SLIP = "Radoslaw Kowalsky told reporters the talks went well."
SECOND_SLIP = "Radoslaw Kowalsy added that more talks would follow."


@pytest.mark.parametrize(
    "parts",
    [
        (MINISTER, FIRST_SLIP, SECOND_SLIP),
        # The name two slips away first: its pair with the first slip is read before that slip
        # is known to be the minister's.
        (SECOND_SLIP, FIRST_SLIP, MINISTER),
    ],
)
def test_a_name_two_slips_away_keeps_the_role_in_any_order(parts: tuple[str, ...]) -> None:
    people = known_people("\n\n".join(parts))
    assert [people[name] for name in ("Radoslaw Kowalsy", "Kowalsy")] == [True, True]
