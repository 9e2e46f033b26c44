"""Periods glued to the next word: which may end a sentence, before Punkt is asked."""

from __future__ import annotations

import pytest

from sourcing.text.glued_periods import glued_periods, is_initialism


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the Iraqi official said.The Iraqi", [("said", "The")]),
        ("a decision on 2020.Former Housing", [("2020", "Former")]),
        ("lashed out agains S&P.Britain's Guardian", [("S&P", "Britain's")]),
        ("from the U.S.The next day", [("U.S", "The")]),
        ("Miami.ISIS posted", [("Miami", "ISIS")]),
        # Not a sentence end: addresses, capitals on both sides, one letter before the period.
        ("Read Breitbart.com and www.Example.Com or Mail.Google.com/x", []),
        ("Cargill Inc [CARG.UL] and Archer Daniels Midland Co (ADM.N)", []),
        ("Sen. Jay Rockefeller (D-W.Va.) and Rep. Nadler, D-N.Y., said", []),
        ("the No.1 priority of the U.N.", []),
        ("a period before lower case: Inc.com or said.the", []),
        ("RSS/XML A.Word.A.Day with Anu Garg", []),  # a name written with periods
    ],
)
def test_glued_periods(text: str, found: list[tuple[str, str]]) -> None:
    assert [(left, right) for _, left, right in glued_periods(text)] == found


def test_offsets_are_the_periods() -> None:
    text = "It ended.Then it began.Again"
    assert [text[offset] for offset, _, _ in glued_periods(text)] == [".", "."]
    assert [offset for offset, _, _ in glued_periods(text)] == [8, 22]


@pytest.mark.parametrize(
    ("word", "expected"),
    [("F.B.I", True), ("u.s", True), ("“U.S", True), ("(D.C", True), ("J", False), ("Inc", False),
     ("D-W", False), ("State.U.S", False)],
)
def test_is_initialism(word: str, expected: bool) -> None:
    assert is_initialism(word) is expected
