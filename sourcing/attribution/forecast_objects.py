"""Tell a forecast verb from its noun: "the agencies project Obamacare will cost $116 billion"
reports a forecast (rule 7, the forecaster's); "the project will cost" is the noun."""

from __future__ import annotations

import re

# "project that the deficit will ...": "that" opens the forecast; "projects that were approved"
# is a relative clause of the noun.
THAT_CLAUSE = re.compile(
    r"\s+that\s+(?!(?:is|are|was|were|will|would|has|have|had|could|can|may|might|should)\b|[a-z]+ed\b)",
    re.IGNORECASE,
)
# "project Obamacare will cost", "projects taxes on those so-called "Cadillac" plans will bring",
# "project the economy to grow": a short subject, no clause mark, then a modal or "to" and a verb.
# The subject opens with no preposition nor relative ("projects in Iraq will ...", "projects that
# were supposed to open": the noun's complement).
FORECAST_CLAUSE = re.compile(
    r"\s+(?!(?:in|on|at|of|for|from|by|with|under|across|around|like|such|near|to|and|or|that|which|who)\b)"
    r"(?:[\w$%.'’\"“”\-]+\s+){1,7}?(?:will|would|could|might|may|to)\s+[a-z]",
    re.IGNORECASE,
)
# "project a deficit of $5 billion": a forecast object, its quantity after "of".
FORECAST_OBJECT = re.compile(r"\s+(?:a|an)\s+(?:[\w\-]+\s+){1,3}?of\s+(?:about\s+|nearly\s+|roughly\s+)?[$€£]?\d")


# "A Pentagon project that ...": after "a" or "an" a capitalized word is the noun's modifier.
INDEFINITE_MODIFIER = re.compile(r"\b[Aa]n?\s+[A-Z][\w\-]*\s+$")


def modified_noun(text: str, verb_start: int) -> bool:
    """Whether the form starting at `verb_start` is the noun of a phrase before it: "a Pentagon
    project", or a mark between it and the word before ("Hillary Clinton - projects that")."""
    if INDEFINITE_MODIFIER.search(text, max(0, verb_start - 40), verb_start):
        return True
    before = text[max(0, verb_start - 40) : verb_start].rstrip()
    return bool(before) and not (before[-1].isalnum() or before[-1] in "'’")


def forecast_follows(text: str, verb_end: int) -> bool:
    """Whether the forecast verb ending at `verb_end` takes a clause ("project that ...",
    "project X will ...") or a forecast object ("project a deficit of $5 billion"); a quantity
    right after it ("project 2% growth") is `verbs.quantity_follows`'s."""
    return any(
        pattern.match(text, verb_end) is not None for pattern in (THAT_CLAUSE, FORECAST_CLAUSE, FORECAST_OBJECT)
    )
