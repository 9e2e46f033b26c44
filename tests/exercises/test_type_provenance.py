"""type_provenance: what made a named person's statement named_official or named_person (a
role beside the name, a role at another mention, the known office-holders, no role at all);
a carried statement has the provenance of the statement it goes on from."""

from __future__ import annotations

import pytest

from sourcing import analyze_text
from sourcing.exercises.type_provenance import TypeProvenance, type_provenance

T = TypeProvenance


@pytest.mark.parametrize(
    ("text", "provenances"),
    [
        ("Sen. Ann Lee said the bridge would reopen.", [T.TITLE_HERE]),
        ("Ann Lee, a spokeswoman for the city, said the bridge would reopen.", [T.DESCRIBED_HERE]),
        ("Former Mayor Ann Lee said the bridge would reopen.", [T.FORMER_HERE]),
        ("Ann Lee, a political analyst, said the bridge would reopen.", [T.PRIVATE_HERE]),
        ("Mayor Ann Lee visited the bridge on Monday.\n\nLee said it would reopen in May.",
         [None, T.OFFICIAL_ELSEWHERE]),
        ("Pompeo said the talks would go on.", [T.KNOWN_OFFICIALS]),
        ("Ann Lee said the bridge would reopen.", [T.NO_ROLE]),
        ('"The bridge will reopen in May," Sen. Ann Lee said. "Our engineers have checked every cable."',
         [T.TITLE_HERE, T.TITLE_HERE]),
        ("The city said the bridge would reopen.", [None]),
    ],
)
def test_type_provenance_says_what_made_the_type(text: str, provenances: list[TypeProvenance | None]) -> None:
    report = analyze_text(text, model=None)
    assert [type_provenance(s, report) for s in report.statements] == provenances
