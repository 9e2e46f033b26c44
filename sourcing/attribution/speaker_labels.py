"""Read a transcript's speaker label: a person the article names, or the outlet's own staff."""

from __future__ import annotations

import re
from functools import lru_cache

from sourcing.attribution.cue_kinds import Cue
from sourcing.attribution.mentions import Mention, MentionKind, classify_phrase
from sourcing.lexicons import alternation


def staff_label(cue: Cue, normalized: str) -> bool:
    """ "FOLKENFLIK:" in a transcript that introduced "DAVID FOLKENFLIK, BYLINE:": a speaker
    label of the publishing outlet's own staff."""
    if cue.source is None:
        return False
    label = normalized[cue.source.start : cue.source.end]
    return _staff_tag_pattern(label).search(normalized) is not None


@lru_cache(maxsize=64)
def _staff_tag_pattern(label: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(label)},\s*(?:{alternation('transcript_staff_tags')}):")


def labelled_speaker(label: str, people: dict[str, bool]) -> Mention | None:
    """A speaker label names a person the article names ("O'BRIAN" after "Kate O'Brian"), or
    nothing: "WASHINGTON:", "Update:", "Photo:" are no speakers."""
    name = label.title() if label.isupper() else label
    if name.split()[-1] not in people:
        return None
    mention = classify_phrase(name, people)
    return mention if mention.kind in {MentionKind.OFFICIAL, MentionKind.PERSON} else None
