"""The normalized view: plain quotes, spaces and dashes, the same length as the text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sourcing.text.normalize import _CHAR_MAP, normalized_view

ODD = "".join(_CHAR_MAP)


def test_no_replacement_is_replaced_again() -> None:
    assert not set(_CHAR_MAP.values()) & set(_CHAR_MAP)


@given(st.text(alphabet=st.sampled_from(ODD + "ab '\"-\n")) | st.text())
def test_the_view_is_the_text_translated_char_for_char(text: str) -> None:
    view = normalized_view(text)
    assert view == text.translate(str.maketrans(_CHAR_MAP))
    assert len(view) == len(text)


def test_curly_quotes_and_dashes_become_plain() -> None:
    assert normalized_view("\u201cYes\u201d \u2014 it\u2019s\u00a0so\u2026") == '"Yes" - it\'s so.'


def test_invisible_marks_of_writing_direction_become_spaces() -> None:
    # dev9512 VY8SyOZCyvFgDKQJ [23]: "Jon Favreau\u200f, a podcaster ..., tweeted" lost its
    # speaker to the right-to-left mark glued to the name.
    assert normalized_view("Jon Favreau\u200f, a podcaster") == "Jon Favreau , a podcaster"
    assert normalized_view("\ufeffA\u200bB\u202aC\u2069") == " A B C "
