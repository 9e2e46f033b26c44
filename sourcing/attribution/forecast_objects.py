"""Tell a forecast verb from its noun: "the agencies project Obamacare will cost $116 billion"
reports a forecast (rule 7, the forecaster's); "the project will cost" is the noun."""

from __future__ import annotations

import re

# "project that the deficit will ...": "that" opens the forecast; "projects that were approved"
# is a relative clause of the noun.
# "projects that devote a large share" is one too: a lowercase word, no preposition, and then a
# determiner is the relative clause's verb and its object ("projects that with the delegates"
# is the forecast).
THAT_CLAUSE = re.compile(
    r"\s+that\s+(?!(?:is|are|was|were|will|would|has|have|had|could|can|may|might|should)\b|[a-z]+ed\b"
    r"|(?!(?:in|on|at|of|for|from|by|with|without|under|over|after|before|during|since|until|if|when|as)\s)"
    r"(?-i:[a-z]+)\s+(?:a|an|the|its|their|his|her|our)\b)",
    re.IGNORECASE,
)
# "project Obamacare will cost", "projects taxes on those so-called "Cadillac" plans will bring",
# "project the economy to grow": a short subject, no clause mark, then a modal or "to" and a verb.
# The subject opens with no preposition, relative nor participle ("projects in Iraq will ...",
# "projects worth $5 billion will", "projects planned for 2025 will": the noun's complement); its
# words hold no dash nor relative ("the Sanders project - an effort to turn", "projects
# confidence that he was correct to put": the "to" is another clause's, as in "projects a deficit
# that will rise", left unread); and a word after "to" that ends in a plural "s" is a noun
# ("projects strength to voters": the verb's object and its hearer, no forecast).
FORECAST_CLAUSE = re.compile(
    r"\s+(?!(?:in|on|at|of|for|from|by|with|within|under|over|into|through|across|around|among"
    r"|ahead|worth|like|such|near|to|and|or|that|which|who)\b|(?-i:[a-z]+ed)\b)"
    r"(?:(?!(?:that|which|who)\s)(?=\S*[\w$%])[\w$%.'’\"“”\-]+\s+){1,7}?"
    r"(?:(?:will|would|could|might|may)\s+[a-z]|to\s+(?![a-z]*[^\Wsu]s\b)[a-z])",
    re.IGNORECASE,
)
# "project a deficit of $5 billion": a forecast object, its quantity after "of".
FORECAST_OBJECT = re.compile(r"\s+(?:a|an)\s+(?:[\w\-]+\s+){1,3}?of\s+(?:about\s+|nearly\s+|roughly\s+)?[$€£]?\d")


# "A Pentagon project that ...": after "a" or "an" a capitalized word is the noun's modifier.
INDEFINITE_MODIFIER = re.compile(r"\b[Aa]n?\s+[A-Z][\w\-]*\s+$")
# "a voter data project that he has estimated": the base form "project" takes a plural subject,
# so after "a" or "an" and up to three words, none a plural ("A day later analysts project"), it
# is the noun. "an internal Trump memo projects" is the verb.
SINGULAR_BEFORE_BASE = re.compile(
    r"\b[Aa]n?\s+(?:(?!(?:of|and|or|that|which|who)\s)[\w\-]+\s+){0,2}[\w\-]*[^\Ws]\s+$"
)


def modified_noun(text: str, verb_start: int, word: str) -> bool:
    """Whether the form starting at `verb_start` is the noun of a phrase before it: "a Pentagon
    project", "a voter data project", or a mark between it and the word before ("Hillary Clinton
    - projects that")."""
    if INDEFINITE_MODIFIER.search(text, max(0, verb_start - 40), verb_start):
        return True
    if not word.endswith("s") and SINGULAR_BEFORE_BASE.search(text, max(0, verb_start - 40), verb_start):
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
