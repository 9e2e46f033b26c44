"""Who the article names, and whether each speaks as an official: the article's own words
first, then the role table mined from news (sourcing/data/roles.tsv.gz)."""

from __future__ import annotations

import pytest

from sourcing.attribution.entities import known_people


@pytest.mark.parametrize(
    ("text", "name", "official"),
    [
        ("Secretary of State Mike Pompeo said so.", "Pompeo", True),
        ("Charles Cole, a spokesman for the embassy, said so.", "Cole", True),
        ("Former Secretary of State John Doe said so.", "Doe", False),
        # A two-word role ("district attorney"; "attorney" alone is a private lawyer).
        ("Butte County District Attorney Mike Ramsey said so. Ramsey added more.", "Ramsey", True),
        # A lone name after a role ("Prime Minister Sheikh Hasina") keeps the role later.
        ("Prime Minister Sheikh Hasina condemned it.\n\nHasina said so.", "Hasina", True),
        # The party letter does not take the surname: "Quinn" is the governor.
        ("Gov. Pat Quinn (D) has suspended pay.\n\nQuinn said so.", "Quinn", True),
        # No role in the article: the role table knows Marco Rubio as a senator ...
        ("Marco Rubio said so. Rubio added more.", "Rubio", True),
        # ... but the article's own words come first.
        ("Marco Rubio, a former lawyer, said so.", "Rubio", False),
        ("Jane Roe said so.", "Roe", False),
    ],
)
def test_known_people(text: str, name: str, official: bool) -> None:
    assert known_people(text)[name] is official
