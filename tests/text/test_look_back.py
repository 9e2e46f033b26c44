"""How the text before a position ends, read back without copying the text before it."""

from __future__ import annotations

import pytest

from sourcing.text.look_back import ends_before


@pytest.mark.parametrize(
    ("text", "position", "suffix", "skipped", "expected"),
    [
        ('"It works," Mr. Smith said', 12, '"', None, True),  # past the space to the mark
        ('"It works," Mr. Smith said', 11, '"', None, True),  # right after the mark
        ("It works, officials said", 10, ",", None, True),
        ("It works,\n\t officials said", 12, ",", None, True),  # any white space
        ("It works,\u00a0officials said", 10, ",", None, True),  # a no-break space is white space
        ("It works officials said", 9, ",", None, False),
        ('It works," officials said', 11, ",", " \"'", True),  # past a closing mark too
        ('It works," officials said', 11, ",", None, False),  # the mark is no white space
        ("It works,\nofficials said", 10, ",", " \"'", False),  # only the characters skipped
        ("   officials said", 3, ",", None, False),  # nothing before the spaces
        ("", 0, ",", None, False),
        ("It works,", 40, ",", None, True),  # a position past the end: the whole text
    ],
)
def test_whether_the_text_before_a_position_ends_with_a_suffix(
    text: str, position: int, suffix: str, skipped: str | None, expected: bool
) -> None:
    assert ends_before(text, position, suffix, skipped) is expected
    assert text[:position].rstrip(skipped).endswith(suffix) is expected
