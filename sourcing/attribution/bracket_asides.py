"""Tell a cue that reports only a bracketed aside from the statement's own attribution."""

from __future__ import annotations

import re

from sourcing.attribution.cue_kinds import Cue

# A bracketed aside within a sentence, without brackets inside it.
ASIDE = re.compile(r"\([^()]*\)")
WORD = re.compile(r"[^\W\d_]+")


def without_aside_reports(cues: list[Cue], text: str) -> list[Cue]:
    """Drop each cue whose whole report stands inside a bracketed aside of a sentence with
    words of its own outside the brackets.

    "He ticked off issues like gay marriage (Mr. Pence has said he is opposed to it); ...":
    the aside's source, verb and content are the aside's; the sentence's own subject, "He",
    is its speaker, as if the aside were not there. An aside that gives no words after its
    source or verb ("(according to the ministry)", "(he said)") still attributes the
    sentence, and so does the cue of a sentence that is all aside.
    """
    asides = [match.span() for match in ASIDE.finditer(text)] if cues else []
    if not asides or len(WORD.findall(ASIDE.sub(" ", text))) < 2:
        return cues
    return [cue for cue in cues if not any(_reports_inside(cue, text, *aside) for aside in asides)]


def _reports_inside(cue: Cue, text: str, start: int, end: int) -> bool:
    """Whether `cue`, its source and words after both lie between the brackets at `start`, `end`."""
    if cue.source is None:
        return False
    first = min(cue.span.start, cue.source.start)
    last = max(cue.span.end, cue.source.end)
    return start < first and last < end and WORD.search(text, last, end) is not None
