"""Quotation mask: inside or on a double quotation, closed at a paragraph break."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sourcing.text.quotes import quoted_mask


def reference_mask(normalized: str) -> bytearray:
    """The character-by-character definition the fast mask must equal."""
    mask = bytearray(len(normalized))
    inside = False
    previous = ""
    for i, char in enumerate(normalized):
        if char == "\n" and previous == "\n":
            inside = False
        if char == '"':
            mask[i] = 1
            inside = not inside
        elif inside:
            mask[i] = 1
        previous = char if char != " " else previous
    return mask


def marked(text: str) -> str:
    return "".join("^" if flag else "." for flag in quoted_mask(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "yes" now', "........^^^^^...."),
        ('"Open\n\nNext', "^" * 6 + "." * 5),  # the first line end is still inside
        ('"Open\n \nNext "q', "^^^^^^^" + "." * 6 + "^^"),
        ('"Open\n\t\nstill', "^" * 13),  # a tab line is no paragraph break
        ('a "b" "c', '..^^^.^^'),
        ("", ""),
    ],
)
def test_mask_cases(text: str, expected: str) -> None:
    assert marked(text) == expected


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet='ab "\n\t', max_size=60))
def test_mask_equals_the_definition(text: str) -> None:
    assert quoted_mask(text) == reference_mask(text)
