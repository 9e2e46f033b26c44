"""Words of names in a record: a source's surname, the surnames an article names, and a
sentence's first word, as the checks of `sourcing.exercises.doubts` compare them."""

from __future__ import annotations

import re
from functools import lru_cache

from sourcing.attribution.entities import known_people

TITLE_WORD = re.compile(r"[^\W\d_][\w'-]*")


@lru_cache(maxsize=4)
def named_surnames(text: str) -> frozenset[str]:
    """The surnames of the people an article's text names (`known_people`), found once per
    article: `skips_a_nearer_speaker` asks for them for every pronoun record it checks."""
    return frozenset(surname_of(name) for name in known_people(text))


@lru_cache(maxsize=4)
def article_people(text: str) -> dict[str, bool]:
    """The article's `known_people`, found once per article (checks ask for every record).
    Callers do not change the dict."""
    return known_people(text)


def surname_of(source: str) -> str:
    """The last capitalized word of a source before any apposition ("Iowa Republican Rep.
    Steve King" -> "king", "Arizona Sen. John McCain, the top Republican" -> "mccain")."""
    names = [w for w in TITLE_WORD.findall(source.split(",")[0]) if w[0].isupper()]
    return names[-1].casefold() if names else ""


def first_word(text: str) -> str:
    words = TITLE_WORD.findall(text)
    return words[0].casefold() if words else ""
