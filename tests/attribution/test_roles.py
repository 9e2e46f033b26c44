"""The role table mined from news by scripts/build_roles.py."""

from __future__ import annotations

import pytest

from sourcing.attribution.roles import _kinds, known_official


@pytest.mark.parametrize(
    ("name", "official"),
    [
        ("Marco Rubio", True),
        ("Mike Pompeo", True),
        ("Nancy Pelosi", True),
        ("Rubio", False),  # full names only: a surname alone is the article's to resolve
        ("Sean Hannity", False),  # a host: "other"
        ("Jane Roe", False),
    ],
)
def test_known_official(name: str, official: bool) -> None:
    assert known_official(name) is official


def test_table_has_officials_and_others() -> None:
    kinds = _kinds()
    assert sum(kind == "official" for kind in kinds.values()) > 2000
    assert set(kinds.values()) == {"official", "other"}
