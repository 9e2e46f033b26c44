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
    tagged = _staff_tag_pattern(label)
    if not label:
        return tagged.search(normalized) is not None
    # Only where a tag's comma follows the label's last word can the label be tagged.
    commas = _staff_tag_commas(normalized).get(word_ending_at(label, len(label)), [])
    return any(tagged.match(normalized, comma - len(label)) for comma in commas if comma >= len(label))


@lru_cache(maxsize=64)
def _staff_tag_pattern(label: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(label)},\s*(?:{alternation('transcript_staff_tags')}):")


@lru_cache(maxsize=8)
def _staff_tag_commas(normalized: str) -> dict[str, list[int]]:
    """Where the comma before a staff tag stands (", BYLINE:"), by the word just before it:
    found once for the article, not by a search of the whole text for each speaker label (a
    transcript of many turns took time quadratic in its length)."""
    commas: dict[str, list[int]] = {}
    tag_comma = re.compile(rf",(?=\s*(?:{alternation('transcript_staff_tags')}):)")
    for found in tag_comma.finditer(normalized):
        commas.setdefault(word_ending_at(normalized, found.start()), []).append(found.start())
    return commas


def word_ending_at(text: str, end: int) -> str:
    """The word characters (as the regular expression \\w reads them) just before `end`."""
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    return text[start:end]


def labelled_speaker(label: str, people: dict[str, bool]) -> Mention | None:
    """A speaker label names a person the article names ("O'BRIAN" after "Kate O'Brian"), or
    nothing: "WASHINGTON:", "Update:", "Photo:" are no speakers."""
    name = label.title() if label.isupper() else label
    if name.split()[-1] not in people:
        return None
    mention = classify_phrase(name, people)
    return mention if mention.kind in {MentionKind.OFFICIAL, MentionKind.PERSON} else None
