"""Step back from a verb over the adverbs and the time phrase before it: "also said",
"on Monday announced"."""

from __future__ import annotations

import re
from functools import cache

from sourcing.lexicons import alternation, load_lexicon
from sourcing.settings import Settings


@cache
def _trailing_time() -> re.Pattern[str]:
    """A time or channel phrase ending a window: "on Monday", "Monday", "in a statement".

    A channel needs its preposition: in "..., Twitter noted" Twitter is the source.
    """
    words = alternation("trailing_time_words")
    channels = alternation("trailing_channel_words")
    return re.compile(
        rf"(?:\s+(?:on|late|early|last|this|earlier|later|in|on)?\s*(?:{words})"
        rf"(?:\s+(?:night|morning|afternoon|evening))?|\s+(?:in|on)\s+(?:{channels})"
        r"|\s+(?:in|on)\s+(?:a|an)\s+\w+(?:\s+\w+)?)\s*$"
    )


def skip_adverbs_back(text: str, position: int, settings: Settings) -> int:
    """Move left over white space, adverbs ('also', 'has') and time phrases ('on Monday')."""
    adverbs = load_lexicon("adverbs_before_verb")
    end = position
    window = text[max(0, position - settings.time_phrase_chars) : position]
    time = _trailing_time().search(window)
    if time:
        end = position - (len(window) - time.start())
    while True:
        stripped = end
        while stripped > 0 and text[stripped - 1] == " ":
            stripped -= 1
        word_start = stripped
        while word_start > 0 and text[word_start - 1].isalpha():
            word_start -= 1
        raw = text[word_start:stripped]
        word = raw.lower()
        capitalized_name = raw[:1].isupper() and word_start > 0  # "Ms. May said": no modal
        if word and word in adverbs and word_start < stripped and not capitalized_name:
            end = word_start
            continue
        if word == "and" and end < position and _adverb_before(text, word_start, adverbs):
            end = word_start  # "both privately and publicly say": adverbs joined
            continue
        return stripped


def _adverb_before(text: str, position: int, adverbs: frozenset[str]) -> bool:
    """Tell whether the word before `position` is one of `adverbs`."""
    words = text[max(0, position - 30) : position].split()
    return bool(words) and words[-1].lower() in adverbs
