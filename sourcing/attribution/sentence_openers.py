"""Tell the words that open a sentence before its subject, naming no one: a sentence adverb
("Otherwise, the Senator ...", sentence_adverbs.txt), a participle ("Continuing, she challenged
the media to: ...", "Turning to the economy, he said: ...") or the first word of an adverbial
phrase ("In a statement, ...", "Later that day, ...", adverbial_openers.txt). The one reader of
both lexicons."""

from __future__ import annotations

import re
from functools import cache

from sourcing.lexicons import alternation, lexicon_union
from sourcing.records import Span

# A capitalized participle: "Continuing", "Turning"; not "King", "Ewing" (three letters at
# least before "-ing").
PARTICIPLE = re.compile(r"[A-Z][a-z]{2,}ing")
# What may stand between a participle and its comma: its own phrase, no clause break.
PARTICIPLE_PHRASE = re.compile(r"(?:\s+[^\s,.;:!?\"]+){0,8}?\s*,")
SENTENCE_END = ".!?\"'”’\n"


def is_adverbial_word(word: str) -> bool:
    """Whether `word` (any case) is a sentence adverb or the first word of an adverbial phrase
    ("Otherwise", "Still", "In"): capitalized, it is no name."""
    return word.lower() in lexicon_union("sentence_adverbs", "adverbial_openers")


# The one-word adverbs of adverbial_openers.txt that may stand before a subject with no comma
# ("Meanwhile the agency said"); the others open longer phrases ("In", "During").
BARE_OPENING_ADVERBS = frozenset({"meanwhile", "still", "later", "also", "separately", "instead"})


def bare_opening_adverb(word: str) -> bool:
    """Whether `word` (any case) is an adverb that may open a sentence before its subject
    without a comma: a sentence adverb ("Then", "Yet", "Now") or one of BARE_OPENING_ADVERBS."""
    lowered = word.lower()
    return lowered in BARE_OPENING_ADVERBS or lowered in lexicon_union("sentence_adverbs")


@cache
def leading_adverbial() -> re.Pattern[str]:
    """An opening adverbial phrase up to its comma: "In a statement, ", "Speaking to
    reporters, ", "Later that day, "."""
    return re.compile(rf"(?:{alternation('adverbial_openers')})\b[^,]{{0,80}},\s*", re.IGNORECASE)


# "Less comfortingly for Trump, the poll found": an -ly adverb's phrase with "for" or "to" up to
# its comma (heldout42 Guardian wCX4dQZISqxNJS2R [5] was "Less comfortingly for Trump, the poll",
# an official, as if "the poll" described Trump).
LEADING_ADVERB_FOR = re.compile(
    r"(?:(?:less|more|most|even|perhaps)\s+)?[a-z]{4,}ly\s+(?:for|to)\s[^,]{1,60},\s*", re.IGNORECASE
)


@cache
def leading_adverbial_word() -> re.Pattern[str]:
    """The first word of an opening adverbial phrase and the space after it ("In ",
    "Speaking ", "Later ")."""
    return re.compile(rf"(?:{alternation('adverbial_openers')})\s", re.IGNORECASE)


def opening_modifier(normalized: str, span: Span, people: dict[str, bool]) -> bool:
    """Whether the one word at `span` opens its sentence as a participle (with its phrase) or a
    sentence adverb (or another word of an opening adverbial) before a comma: the subject comes
    after the comma, so the word names no one. A word the article gives a person as a name
    ("King, the Iowa Republican, said", after "Steve King") stays a name."""
    word = normalized[span.start : span.end]
    if is_adverbial_word(word):
        modifier = normalized.startswith(",", span.end)
    else:
        modifier = PARTICIPLE.fullmatch(word) is not None and bool(PARTICIPLE_PHRASE.match(normalized, span.end))
    return modifier and _opens_sentence(normalized, span.start) and not _names_a_person(word, people)


def _opens_sentence(normalized: str, start: int) -> bool:
    """Nothing but a quotation mark or a bracket between `start` and the sentence's end before
    it (read back a few characters only: this is asked of every cue's source)."""
    while start > 0 and normalized[start - 1] in " \t\"“(":
        start -= 1
    return start == 0 or normalized[start - 1] in SENTENCE_END


def _names_a_person(word: str, people: dict[str, bool]) -> bool:
    return any(word in name.split() for name in people)
