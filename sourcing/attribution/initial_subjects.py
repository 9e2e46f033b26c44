"""Find the noun phrase that opens a sentence, after a dateline and a leading adverbial
clause."""

from __future__ import annotations

import re
from functools import lru_cache

from sourcing.attribution.sentence_openers import leading_adverbial
from sourcing.lexicons import lexicon_union, load_lexicon
from sourcing.records import Span
from sourcing.settings import DEFAULT_SETTINGS, Settings
from sourcing.text.name_cards import window_forward

# "WASHINGTON –", "EL PASO, Texas (AP) —", "Washington (CNN) -": a place opening the lede is
# no subject; the subject follows the dash.
DATELINE = re.compile(
    r"\s*(?:[A-Z][A-Z.'\-]*(?:\s+[A-Z][A-Z.'\-]*)*|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*\([^()]{1,30}\))"
    r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?(?:\s*\([^()]{1,30}\))?\s+[-–—]+\s+"
)

# "[…] Marsha Catron, a DHS spokeswoman, would not comment ...": the mark of a cut in a quoted
# passage is no subject; the subject follows it (the normalized view writes "…" as ".").
ELISION = re.compile(r"\s*(?:\[\s*(?:…|\.{1,3}|\.\s\.\s\.)\s*\]|…|\.{1,3})\s+")


def initial_subject(text: str, settings: Settings = DEFAULT_SETTINGS) -> Span | None:
    """Return the noun phrase that opens a sentence, after any leading adverbial clause."""
    elision = ELISION.match(text)
    start = elision.end() if elision else 0
    dateline = DATELINE.match(text, start)
    start = dateline.end() if dateline else start
    adverbial = leading_adverbial().match(text, start)
    if adverbial:
        start = adverbial.end()
    while start < len(text) and text[start] in ' "(':
        start += 1
    allowed = _subject_vocabulary()
    end = start
    tokens = list(re.finditer(r"\S+", text[start : window_forward(text, start, settings.source_chars)]))
    for k, token in enumerate(tokens):
        word = token.group(0).rstrip(",")
        bare = word.lower().removesuffix("'s")
        if word[:1].isupper() or bare in allowed or _title_before_name(token, tokens[k + 1 : k + 2]):
            end = start + token.start() + len(word)
            if token.group(0).endswith(","):
                break
            continue
        break
    while end > start and text[end - 1] in " ,.":
        end -= 1
    words = text[start:end].split()
    while words and words[-1].lower() in {"of", "the", "for", "and"}:
        end -= len(words.pop()) + 1
    if not (end > start and words):
        return None
    name = NAME_SET_OFF.match(text, end)
    if name is not None and words[-1].islower() and words[-1] in _subject_vocabulary():
        end = name.end(1)  # "Manchester's top police official, Chief Constable Ian Hopkins,"
    return Span(start, end)


# A name set off by commas right after an opening role (NYT uHz6udw0YELNsUhs [2] "Manchester's
# top police official, Chief Constable Ian Hopkins, joined the chorus of criticism, saying ...":
# the source was the role alone, an unnamed one).
NAME_SET_OFF = re.compile(r",\s*((?:[A-Z][\w.'\u2019\-]*\s+){1,3}[A-Z][\w'\u2019\-]*)(?=,)")


def _title_before_name(token: re.Match[str], following: list[re.Match[str]]) -> bool:
    """ "Local priest Mangal Chaudhary": a word of `opening_subject_words.txt` right before a
    capitalized word, no comma between (it describes the name after it, as a title does)."""
    word = token.group(0)
    return (
        word.lower() in load_lexicon("opening_subject_words")
        and bool(following)
        and following[0].group(0)[:1].isupper()
    )


@lru_cache(maxsize=1)
def _subject_vocabulary() -> frozenset[str]:
    """Lower-case words that can stand inside a sentence-opening source phrase."""
    return (
        lexicon_union(
            "official_roles", "unnamed_heads", "person_roles", "org_heads",
            "descriptor_adjectives", "document_heads",
        )
        | frozenset(
            {"of", "the", "a", "an", "for", "and", "senior", "top", "former", "acting", "deputy"}
        )
    )
