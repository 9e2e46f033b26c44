"""Word counts in scripts with and without spaces."""

from __future__ import annotations

import pytest

from sourcing.text.words import count_words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The minister said so.", 4),
        ("", 0),
        ("東京都は新しい計画を発表した。", 14),  # each Han or kana character is a word
        ("中国政府表示", 6),
        ("Tokyo 東京 said", 4),
        ("서울시는 발표했다", 2),  # Hangul is written with spaces
    ],
)
def test_count_words(text: str, words: int) -> None:
    assert count_words(text) == words
