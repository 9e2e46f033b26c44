"""Step back from a verb over the adverbs and the time phrase before it: "also said",
"on Monday announced", and over the perfect's "been" before an -ing form ("have been saying")."""

from __future__ import annotations

import re
from functools import cache

from sourcing.lexicons import alternation, load_lexicon
from sourcing.settings import Settings

# An adverb in brackets right before the verb: "Clinton spokesman Glen Caplin (falsely) accused
# Mr. Assange of ..." lost its cue to a carry-over (dev9508 4uh8im48bJCFlDaa [12]).
BRACKETED_ADVERB = re.compile(r"\s*\([a-z]+ly\)$")


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
    """Move left over white space, adverbs ('also', 'has'), time phrases ('on Monday') and the
    perfect's 'been' before an -ing form ('have been saying')."""
    adverbs = load_lexicon("adverbs_before_verb")
    end = position
    window = text[max(0, position - settings.time_phrase_chars) : position]
    time = _trailing_time().search(window)
    if time and not PREPOSITION_END.search(window, 0, time.start()):
        end = position - (len(window) - time.start())
    while True:
        stripped = end
        while stripped > 0 and text[stripped - 1] == " ":
            stripped -= 1
        word_start = stripped
        while word_start > 0 and text[word_start - 1].isalpha():
            word_start -= 1
        bracketed = BRACKETED_ADVERB.search(text, max(0, stripped - 24), stripped)
        if bracketed is not None:
            end = bracketed.start()  # "Glen Caplin (falsely) accused": the writer's aside
            continue
        raw = text[word_start:stripped]
        word = raw.lower()
        capitalized_name = raw[:1].isupper() and word_start > 0  # "Ms. May said": no modal
        if word and word in adverbs and word_start < stripped and not capitalized_name:
            end = word_start
            continue
        if word == "and" and end < position and _adverb_before(text, word_start, adverbs):
            end = word_start  # "both privately and publicly say": adverbs joined
            continue
        if word == "been" and ING_FORM.match(text, position) and _perfect_before(text, word_start, adverbs):
            end = word_start  # "have been saying": the perfect progressive, as "are saying"
            continue
        return stripped


# "from" or "through" before the time phrase makes it part of the subject: "A Gallup poll from
# Tuesday shows" (heldout45 CNN 7xcDyu9QsClqelhV [6] was the writer's: the subject was "A Gallup
# poll from"); so does a participle ("A Gallup poll released Tuesday shows" was "A Gallup poll
# released"). Not "of": "a bunch of Sunday shows" is no subject of "shows".
PREPOSITION_END = re.compile(
    r"\b(?:from|through|released|published|conducted|taken|issued)(?:\s+(?:earlier|later|early|late))?\s*$",
    re.IGNORECASE,
)


# An -ing form at the verb's position: the progressive "been" before it is an auxiliary; before
# a participle ("has been criticized") it is a passive's, whose subject is acted on.
ING_FORM = re.compile(r"[A-Za-z]+ing\b")
PERFECT_AUXILIARIES = frozenset({"has", "have", "had"})


def _perfect_before(text: str, position: int, adverbs: frozenset[str]) -> bool:
    """Tell whether "has", "have" or "had" comes before `position`, past at most three adverbs
    (the last four words: "have long been", "has also repeatedly been"): "been" is then the
    perfect's. Not after "which": "the main opposition group headed by Yitzhak Herzog's Labor
    Party, which has been highlighting rancor in ..." tells what the party has been doing,
    narration (heldout6 CXvYQhdThu52uj9c [14])."""
    words = [word.lower() for word in text[max(0, position - 60) : position].split()[-4:]]
    while words and words[-1] not in PERFECT_AUXILIARIES and words[-1] in adverbs:
        words.pop()
    if not words or words[-1] not in PERFECT_AUXILIARIES:
        return False
    return len(words) < 2 or words[-2] != "which"


def _adverb_before(text: str, position: int, adverbs: frozenset[str]) -> bool:
    """Tell whether the word before `position` is one of `adverbs`."""
    words = text[max(0, position - 30) : position].split()
    return bool(words) and words[-1].lower() in adverbs
