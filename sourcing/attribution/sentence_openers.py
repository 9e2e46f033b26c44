"""Tell a word that opens a sentence before its comma ("Continuing, she challenged the media
to: ...", "Turning to the economy, he said: ...", "Otherwise, the Senator ...") from a name."""

from __future__ import annotations

import re

from sourcing.lexicons import load_lexicon
from sourcing.records import Span

# A capitalized participle: "Continuing", "Turning"; not "King", "Ewing" (three letters at
# least before "-ing").
PARTICIPLE = re.compile(r"[A-Z][a-z]{2,}ing")
# What may stand between a participle and its comma: its own phrase, no clause break.
PARTICIPLE_PHRASE = re.compile(r"(?:\s+[^\s,.;:!?\"]+){0,8}?\s*,")
SENTENCE_END = ".!?\"'”’\n"


def opening_modifier(normalized: str, span: Span, people: dict[str, bool]) -> bool:
    """Whether the one word at `span` opens its sentence as a participle (with its phrase) or a
    sentence adverb (clause_adverbs.txt) before a comma: the subject comes after the comma, so
    the word names no one. A word the article gives a person as a name ("King, the Iowa
    Republican, said", after "Steve King") stays a name."""
    word = normalized[span.start : span.end]
    if word.lower() in load_lexicon("clause_adverbs"):
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
