"""Corpus hygiene: the user's exclusions by URL or title."""

from __future__ import annotations

import pytest

from sourcing.corpus.hygiene import compile_exclusion, is_excluded


@pytest.mark.parametrize(
    ("pattern", "url", "title", "excluded"),
    [
        ("/opinion/", "https://www.nytimes.com/2019/01/02/opinion/x.html", None, True),
        ("/opinion/", "https://www.nytimes.com/2019/01/02/us/x.html", "Opinion: why", False),
        ("^opinion:", None, "OPINION: why we fail", True),  # case-insensitive
        ("/opinion/|/editorials?/", "https://x.com/editorial/a", None, True),
        (None, "https://www.nytimes.com/opinion/x", None, False),
        ("/opinion/", None, None, False),
    ],
)
def test_exclude_pattern(pattern: str | None, url: str, title: str, excluded: bool) -> None:
    assert is_excluded(url, title, compile_exclusion(pattern)) is excluded


def test_bad_exclude_pattern_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="exclude-pattern"):
        compile_exclusion("(unclosed")
