"""Find the outlet a speaker reportedly told: "A source reportedly told the outlet that ...".
"Reportedly" says the writer relays the outlet's report of what it was told (GUIDELINES
rule 1, `via` the outlet); a plain "told CNN" makes CNN the hearer only (rule 5)."""

from __future__ import annotations

import re
from dataclasses import replace

from sourcing.attribution.cue_kinds import Cue, CueKind
from sourcing.attribution.following_phrases import phrase_after
from sourcing.attribution.outlet_mentions import names_outlet
from sourcing.attribution.phrases import Phrase
from sourcing.lexicons import load_lexicon
from sourcing.records import Span
from sourcing.settings import Settings

# "confirmed to the newspaper": a verb that does not take its hearer as object takes it after "to".
TO_HEARER = re.compile(r"\s+to\s+")
# Words after the outlet that are no part of it: "told The Washington Post on Sunday".
AFTER_HEARER = re.compile(
    r"\s(?:on|in|last|this|earlier|late|early|about|over|for|at|from|by|with|after|before)\b"
)


def with_told_outlets(cues: list[Cue], text: str, settings: Settings) -> list[Cue]:
    """Give each subject cue whose verb a relaying hedge comes before ("A source reportedly
    told ABC") and whose hearer is an outlet that outlet as its `via`."""
    hedges = [
        c.span.start
        for c in cues
        if c.kind is CueKind.HEDGE and c.words in load_lexicon("relaying_hedges")
    ]
    if not hedges:
        return cues
    return [_with_hearer(c, text, hedges, settings) for c in cues]


def _with_hearer(cue: Cue, text: str, hedges: list[int], settings: Settings) -> Cue:
    if cue.kind is not CueKind.SUBJECT_VERB or cue.source is None or cue.via is not None:
        return cue
    if not any(cue.source.end <= h < cue.span.start for h in hedges):
        return cue  # "Reportedly, X told CNN", "X told CNN, reportedly": no hedge on the verb
    hearer = outlet_hearer(text, cue, settings)
    return cue if hearer is None else replace(cue, via=hearer)


def outlet_hearer(text: str, cue: Cue, settings: Settings) -> Span | None:
    """The outlet `cue`'s verb is addressed to ("told ABC", "confirmed to the newspaper"), or
    None when its hearer is no outlet ("told Trump", "told reporters")."""
    start = cue.span.end
    if cue.words not in load_lexicon("hearer_object_verbs"):
        to = TO_HEARER.match(text, start)
        if to is None:
            return None
        start = to.end()
    phrase = phrase_after(text, start, settings)
    if phrase is None:
        return None
    cut = AFTER_HEARER.search(text, phrase.start, phrase.end)
    hearer = Span(phrase.start, cut.start() if cut else phrase.end)
    return hearer if names_outlet(Phrase(text[hearer.start : hearer.end], {})) else None
