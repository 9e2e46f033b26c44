"""Find a phrase lexicon's phrases in a text: any case, any spacing, whole words, " * " a
gap of words; only the phrases whose key word the text has are searched."""

from __future__ import annotations

import re
from functools import lru_cache

from sourcing.lexicons import load_lexicon
from sourcing.text.prefilter import lowered_text

LETTER_RUN = re.compile(r"[a-z]+")
NOT_LETTER = bytes(code if 97 <= code <= 122 else 32 for code in range(256))  # a-z kept, the rest spaces


@lru_cache(maxsize=32)  # one pattern per lexicon: maxsize=1 rebuilt it at each change of name
def phrase_pattern(name: str) -> re.Pattern[str]:
    """Return one regex for lexicon `name`'s phrases: any case, any spacing, whole words."""
    return _phrases_regex(_phrases(name))


def find_phrases(name: str, text: str) -> list[re.Match[str]]:
    """Return the matches of lexicon `name`'s phrases in `text`, case-insensitive.

    Only the phrases whose words occur in `text` go into the regex searched: a phrase that
    cannot match anywhere in the text changes no match of the alternation, and one search of
    the whole alternation (which has no literal prefix to scan for) cost 10 µs a sentence.
    """
    present = _possible_phrases(name, text)
    return list(_some_phrases(name, present).finditer(text)) if present else []


def has_phrase(name: str, text: str) -> bool:
    """Say whether one of lexicon `name`'s phrases occurs in `text` (as `find_phrases` finds them)."""
    present = _possible_phrases(name, text)
    return bool(present) and _some_phrases(name, present).search(text) is not None


def _possible_phrases(name: str, text: str) -> tuple[int, ...]:
    """The numbers, in order, of lexicon `name`'s phrases whose key word is a word of `text`.

    A phrase's match is bounded by non-letters (the pattern's lookarounds, the spaces between
    its words, its own punctuation), so each run of a-z letters in the phrase is a whole run
    of a-z letters in the text lowered: a phrase whose key run is not one cannot match. The
    test is one set intersection per lexicon, where testing each phrase's literal against the
    text was a substring search per literal (the model asks three lexicons of each statement).
    """
    keys, key_runs, always = _phrase_keys(name)
    runs = _letter_runs(text)
    if runs is None:  # a character that re.IGNORECASE and str.lower() fold differently
        return tuple(range(len(_phrases(name))))
    found = runs & key_runs
    if not found:
        return always
    return tuple(sorted({number for run in found for number in keys[run]}.union(always)))


@lru_cache(maxsize=32)
def _phrase_keys(name: str) -> tuple[dict[bytes, tuple[int, ...]], frozenset[bytes], tuple[int, ...]]:
    """Lexicon `name`'s key runs (each phrase's longest run of a-z letters) -> the phrases' numbers,
    the key runs, and the numbers of the phrases with no key (no a-z letter, or beyond ASCII)."""
    keys: dict[bytes, list[int]] = {}
    always = []
    for number, phrase in enumerate(_phrases(name)):
        runs = LETTER_RUN.findall(phrase.lower())
        if runs and phrase.isascii():
            keys.setdefault(max(runs, key=len).encode("ascii"), []).append(number)
        else:
            always.append(number)
    return {run: tuple(numbers) for run, numbers in keys.items()}, frozenset(keys), tuple(always)


@lru_cache(maxsize=256)  # a text is asked about several lexicons, by the cues, the model and the anonymity stage
def _letter_runs(text: str) -> frozenset[bytes] | None:
    """The runs of a-z letters of `text` lowered, or None if lowering may not fold as the regex does.

    Every byte but a-z made a space, then split: C functions only, 3x faster than findall.
    """
    lowered = lowered_text(text)
    if lowered is None:
        return None
    return frozenset(lowered.encode("ascii", "replace").translate(NOT_LETTER).split())


@lru_cache(maxsize=32)
def _phrases(name: str) -> tuple[str, ...]:
    return tuple(sorted(load_lexicon(name), key=len, reverse=True))


# " * " in a phrase: one to three words ("speaking to * anonymously": "speaking to the agency
# anonymously"); in a verb frame one to five, quotation marks too ("held * responsible").
PHRASE_GAP = r"\s+(?:[\w'’.\-]+\s+){1,3}?"
FRAME_GAP = r"\s+(?:[\w'’.\-\"]+\s+){1,5}?"


def lexicon_pattern(phrase: str, gap: str) -> str:
    """The regex of a lexicon phrase: a space matches any whitespace, " * " matches `gap`."""
    return gap.join(re.escape(part).replace(r"\ ", r"\s+") for part in phrase.split(" * "))


def _phrases_regex(phrases: tuple[str, ...]) -> re.Pattern[str]:
    body = "|".join(lexicon_pattern(p, PHRASE_GAP) for p in phrases)
    return re.compile(rf"(?<![A-Za-z])(?:{body})(?![A-Za-z])", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _some_phrases(name: str, numbers: tuple[int, ...]) -> re.Pattern[str]:
    """Return the regex of lexicon `name`'s phrases number `numbers`, in the lexicon's order."""
    phrases = _phrases(name)
    return _phrases_regex(tuple(phrases[number] for number in numbers))
