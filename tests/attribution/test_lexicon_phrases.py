"""Phrase lexicons: found in any case, any spacing, whole words; only the phrases that may
match are searched."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sourcing.attribution.lexicon_phrases import _phrases, find_phrases, has_phrase, phrase_pattern

PHRASE_LEXICONS = ("impersonal_hedges", "no_comment_phrases", "anonymity_reasons")
SEED_LINES = [
    line
    for path in sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
    for line in path.read_text("utf-8").splitlines()
] + [
    "It is BELIEVED that he declined  to\tcomment, on condition of anonymity.",
    "\u0130t is said",
    "It was unreported, then reportedly believed; he couldn\u2019t be reached and couldn't be reached.",
    "\u212areported \u017feveral reported \u00e9declined to comment-declined to comment",
]


@pytest.mark.parametrize("name", PHRASE_LEXICONS)
def test_phrases_found_as_the_whole_lexicon_regex_finds_them(name: str) -> None:
    """find_phrases and has_phrase search only the phrases whose words occur: same matches."""
    whole = phrase_pattern(name)
    for line in SEED_LINES:
        expected = [m.span() for m in whole.finditer(line)]
        assert [m.span() for m in find_phrases(name, line)] == expected
        assert has_phrase(name, line) == bool(expected)


PHRASE_WORDS = sorted({word for name in PHRASE_LEXICONS for p in _phrases(name) for word in p.split()})


@given(st.lists(st.one_of(st.sampled_from(PHRASE_WORDS), st.sampled_from(
    [" ", "  ", "\n", ",", "-", "'", "\u2019", "un", "S", "\u212a", "\u017f", "\u00e9", "x"])), max_size=30))
def test_phrases_found_in_any_text_as_the_whole_regex_finds_them(pieces: list[str]) -> None:
    """Phrases are searched only when their key run of letters is a word of the text: never one too few."""
    text = "".join(pieces)
    for name in PHRASE_LEXICONS:
        expected = [m.span() for m in phrase_pattern(name).finditer(text)]
        assert [m.span() for m in find_phrases(name, text)] == expected
        assert has_phrase(name, text) == bool(expected)
