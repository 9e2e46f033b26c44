"""Find attribution cues in a sentence: reporting verbs, "according to", relays, hedges.

Each kind of cue has its finder: `verbs` (reporting verbs), `citation_cues` ("according
to", "citing", "quoted as saying", "by"), `subject_cues` (the subject speaks: ", saying",
"issued a statement", verb frames, a colon), `record_cues` (a legal record, a poll) and
`line_shape_cues` (a headline's credit, a speaker label, a lead-in line); `told_outlets`
gives a subject cue the outlet it reportedly told as its `via`. Phrase lexicons are searched
with `lexicon_phrases`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sourcing.attribution.bracket_asides import without_aside_reports
from sourcing.attribution.citation_cues import (
    according_to,
    citing,
    passive_agent,
    quote_from,
    quoted_as,
)
from sourcing.attribution.cue_kinds import Cue, CueKind
from sourcing.attribution.lexicon_phrases import find_phrases, has_phrase, phrase_pattern
from sourcing.attribution.line_shape_cues import (
    announced_statement,
    headline_credit,
    joining_call,
    lead_in,
    quote_credit,
    speaker_label,
)
from sourcing.attribution.record_cues import in_poll, in_record
from sourcing.attribution.stance_frames import stance_frame
from sourcing.attribution.subject_cues import (
    colon_quote,
    medium_opener,
    participle_cue,
    speaking_setting,
    statement_issued,
    verb_frame,
)
from sourcing.attribution.told_outlets import with_told_outlets
from sourcing.attribution.verbs import verb_cues
from sourcing.lexicons import load_lexicon
from sourcing.records import Span
from sourcing.settings import DEFAULT_SETTINGS, Settings
from sourcing.text.name_cards import CARD_GAP, before_card

__all__ = ["Cue", "CueKind", "find_cues", "find_phrases", "has_phrase", "phrase_pattern"]


def find_cues(
    normalized: str, sentence: Span, quoted: bytes, settings: Settings = DEFAULT_SETTINGS
) -> list[Cue]:
    """Return the cues of one sentence, outside quotations, in order of position."""
    text = normalized[sentence.start : sentence.end]
    base = sentence.start

    def outside(offset: int) -> bool:
        return quoted[base + offset] == 0

    cues: list[Cue] = []
    cues += according_to(text, outside, settings)
    cues += citing(text, outside, settings)
    cues += quoted_as(text, outside, settings)
    cues += quote_from(text, outside, settings)
    cues += _without_anonymity_terms(verb_cues(text, outside, settings), text)
    cues += participle_cue(text, outside, settings)
    cues += passive_agent(text, outside, settings)
    cues += in_record(text, outside)
    cues += in_poll(text, outside, settings)
    cues += headline_credit(text)
    cues += statement_issued(text, outside, settings)
    cues += verb_frame(text, outside, settings)
    cues += stance_frame(text, outside, settings)
    cues += joining_call(text, outside)
    cues += colon_quote(text, outside, settings)
    cues += speaker_label(text, outside)
    cues += lead_in(text)
    cues += announced_statement(text, outside, settings)
    cues += [
        Cue(CueKind.HEDGE, Span(m.start(), m.end()), m.group(0).lower())
        for m in find_phrases("impersonal_hedges", text)
        if outside(m.start())
    ]
    cues += [
        Cue(CueKind.NO_COMMENT, Span(m.start(), m.end()), m.group(0).lower())
        for m in find_phrases("no_comment_phrases", text)
        if outside(m.start())
    ]
    cues = with_told_outlets(without_aside_reports(_past_leading_clause(cues, text), text), text, settings)
    if not cues:
        cues += medium_opener(text, outside, settings) or speaking_setting(text, outside, settings)
    if not cues:
        cues += quote_credit(text, outside)
    if CARD_GAP in text:  # a name card's blanks (text/name_cards.py): the source ends before them
        cues = [replace(c, source=before_card(text, c.source)) if c.source else c for c in cues]
    return sorted((_shift(c, base) for c in cues), key=lambda c: c.span.start)


# A clause opening the sentence with a participle or "Asked", up to its comma: "Asked if that
# assessment included the new sanctions, ", "Noting that an international watchdog agency has
# confirmed the findings, " ("According to X, " is a cue of its own, not such a clause).
LEADING_CLAUSE = re.compile(r"\s*([A-Z][a-z]+)\s+[a-z][^,;:\"\u201c\u201d]{0,200},\s")
# "Citing unnamed sources, Reuters reported" relays them (rule 1): a cue of its own.
OWN_CUE_OPENERS = frozenset({"according", "citing", "quoting"})


def _past_leading_clause(cues: list[Cue], text: str) -> list[Cue]:
    """Drop the cues inside a leading participle's clause when the main clause has a cue of its
    own: "Asked if that assessment included the new sanctions, Cruz said ..." is Cruz's, not the
    assessment's (dev9519 a, read named_official), and "Noting that an international watchdog
    agency has confirmed ..., Putin asked:" is Putin's (dev9519 a). A participle cue whose
    speaker is the main clause's subject stays."""
    clause = LEADING_CLAUSE.match(text) if cues else None
    if clause is None or not _participle(clause.group(1)) or not any(c.span.start >= clause.end() for c in cues):
        return cues
    return [
        c
        for c in cues
        if c.span.start >= clause.end() or (c.source is not None and c.source.start >= clause.end())
    ]


def _participle(word: str) -> bool:
    """ "Asked", "Noting", "Speaking": a participle news writes in lower case ("Boeing said",
    "Departing US Senate minority leader Harry Reid" open no clause)."""
    lowered = word.lower()
    if lowered in OWN_CUE_OPENERS:
        return False
    return lowered in {"asked", "pressed", "questioned"} or (
        lowered.endswith("ing") and lowered in load_lexicon("common_lowercase_words")
    )


def _without_anonymity_terms(cues: list[Cue], text: str) -> list[Cue]:
    """Drop the verbs whose object is the terms of the source's anonymity ("The officials
    insisted on anonymity because ...", "asked not to be named"), or a hearer and those terms
    ("The officials briefed the Associated Press and others on condition of anonymity to
    discuss ..."): a sentence about the sourcing, no content of the source's (GUIDELINES rule 8)."""
    terms = [(m.start(), m.end()) for m in find_phrases("anonymity_reasons", text)] if cues else []
    starts = {start for start, _ in terms}
    return [c for c in cues if c.span.start not in starts and not _only_terms_after(c, text, terms)]


# Where a content clause or a quotation opens after a verb.
CONTENT_MARK = re.compile(r"[\"“:]|\bthat\b", re.IGNORECASE)


def _only_terms_after(cue: Cue, text: str, terms: list[tuple[int, int]]) -> bool:
    """A subject opening the sentence, its verb, then only a hearer and the anonymity terms
    (with their reason): no content follows the verb."""
    if cue.kind is not CueKind.SUBJECT_VERB or cue.source is None or text[: cue.source.start].strip():
        return False
    if not any(start >= cue.span.end for start, _ in terms):
        return False
    rest = list(text[cue.span.end :])
    for start, end in terms:  # "on the condition that": the terms' own "that" opens no content
        for i in range(max(start, cue.span.end), end):
            rest[i - cue.span.end] = " "
    return CONTENT_MARK.search("".join(rest)) is None


def _shift(cue: Cue, delta: int) -> Cue:
    return Cue(
        cue.kind,
        cue.span.shifted(delta),
        cue.words,
        cue.source.shifted(delta) if cue.source else None,
        cue.via.shifted(delta) if cue.via else None,
    )
