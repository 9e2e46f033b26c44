"""Find a legal record or a poll the sentence's content comes from: "said in a court
filing", "In the CBS poll, ..."."""

from __future__ import annotations

import re
from functools import cache

from sourcing.attribution.cue_kinds import Cue, CueKind
from sourcing.attribution.cue_patterns import first_outside
from sourcing.attribution.following_phrases import phrase_after
from sourcing.lexicons import alternation
from sourcing.records import Span
from sourcing.settings import Settings


@cache
def _in_record_pattern() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:in|according to)\s+(?:a|an|the|their|his|her|its)\s+(?:[\w\-]+\s+){0,2}?"
        rf"(?:court\s+)?(?:{alternation('legal_records')})\b",
        re.IGNORECASE,
    )


def in_record(text: str, outside) -> list[Cue]:  # type: ignore[no-untyped-def]
    """'Prosecutors said in a court filing': a legal record is the source."""
    match = first_outside(_in_record_pattern(), text, outside, rare=True)
    if match is None:
        return []
    start = match.start() + len(match.group(0).split()[0]) + 1
    return [
        Cue(CueKind.IN_RECORD, Span(match.start(), match.end()), "in", Span(start, match.end()))
    ]


# "In the CBS poll, ...", "viewed him favorably in the latest poll", "came from an IPFW survey":
# one poll (polls in the plural are unidentified, and "leads in the polls" is narration).
IN_POLL = re.compile(
    r"\b(?:in|from)\s+((?:a|an|the|that|this|its|their)\s+"
    r"(?:(?!(?:that|which|who|the|an?|and|but|was|were|is|are|has|had|have|also|of|to|on|for|with|by)\s)"
    r"[\w\-/.'’]+\s+){0,5}?(?:poll|survey))\b(?![\-’'])",
    re.IGNORECASE,
)
# "a poll conducted last week by Gravis Marketing": what follows the poll word that describes it.
POLL_MODIFIER = re.compile(
    r"\s*,?\s+(?:conducted|released|commissioned|taken|published|sponsored|by|of|from|for)\b", re.IGNORECASE
)


# A reporting verb the phrase after a poll's modifier ran over (heldout45 CNN 7xcDyu9QsClqelhV [5]).
VERB_IN_PHRASE = re.compile(r"\s+(?:said|says|say|found|finds|showed|shows|show|told)\b")


def in_poll(text: str, outside, settings: Settings) -> list[Cue]:  # type: ignore[no-untyped-def]
    """'In the CBS poll, two-thirds said ...': the poll the sentence's figures come from."""
    match = first_outside(IN_POLL, text, outside, rare=True)
    if match is None:
        return []
    source = Span(match.start(1), match.end(1))
    if POLL_MODIFIER.match(text, match.end(1)):
        source = phrase_after(text, match.start(1), settings) or source
        verb = VERB_IN_PHRASE.search(text, source.start, source.end)
        if verb is not None:  # "... survey released earlier this week said congressional ...":
            source = Span(source.start, verb.start())  # the phrase ends before its verb
    return [Cue(CueKind.IN_POLL, Span(match.start(), match.start(1)), "in", source)]
