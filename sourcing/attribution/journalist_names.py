"""Find the outlet whose journalist the article introduces a name as: "CBS News
correspondent Jeff Pegues"."""

from __future__ import annotations

import re
from functools import lru_cache

from sourcing.attribution.names import find_outlet
from sourcing.lexicons import load_lexicon
from sourcing.text.prefilter import Prefilter, prefilter


@lru_cache(maxsize=256)
def journalist_of(name: str, normalized: str) -> str | None:
    """The outlet whose journalist the article introduces `name` (a surname) as: "CBS News
    correspondent Jeff Pegues", "Times investigative reporter Steve Elder" (GUIDELINES: a
    journalist reporting speaks for the outlet)."""
    if " " in name or not name[:1].isupper() or not _names_journalists(normalized):
        return None
    if speaks_of_self(name, normalized):
        return None
    for found in re.finditer(rf"(?<![\w'’]){re.escape(name)}\b", normalized):
        before = normalized[max(0, found.start() - 60) : found.start()]
        title = _journalist_pattern().search(before)
        outlet = find_outlet(before[: title.start()]) if title else None
        if outlet is not None:
            return outlet
    return None


@lru_cache(maxsize=1)
def _journalist_pattern() -> re.Pattern[str]:
    words = "|".join(sorted(load_lexicon("journalist_words"), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s+(?:[A-Z][\w.'’\-]*\s+){{0,2}}$")


@lru_cache(maxsize=1)
def _journalist_words() -> Prefilter | None:
    return prefilter(_journalist_pattern())


@lru_cache(maxsize=16)
def _names_journalists(normalized: str) -> bool:
    """Whether the article has a journalist word at all (most have none): without one, no name
    is a journalist's."""
    words = _journalist_words()
    return words is None or words.may_match(normalized, None)


def speaks_of_self(name: str, normalized: str) -> bool:
    """ "“I've had this story for three years ...,” Robach says": a journalist the article quotes
    in the first person singular speaks for herself, a named person, not as her outlet's
    reporting (GUIDELINES rule 10 is about the outlet's reporting)."""
    for found in re.finditer(rf'"([^"]{{1,400}})"\s*(?:{re.escape(name)}|[a-z]+\s+{re.escape(name)})\b', normalized):
        if FIRST_PERSON_SINGULAR.search(found.group(1)):
            return True
    return False


FIRST_PERSON_SINGULAR = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my|myself)\b")
