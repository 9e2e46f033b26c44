"""Type a definite survey that no organization the article names stands behind: a document."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from sourcing.attribution.context import Attributed, Context
from sourcing.attribution.decisions import Decision
from sourcing.attribution.mentions import MentionKind
from sourcing.attribution.reference_fallback import no_antecedent
from sourcing.lexicons import load_lexicon
from sourcing.records import SourceType, Statement

# "the household survey", "this poll": a definite poll word with no capitalized word to name
# whose it is ("the Gallup survey" names Gallup).
DEFINITE_POLL = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z][\w\-]*\s+){0,3}([a-z]+)")
FRESH_WORDS = frozenset({"new", "latest"})
# A poll or report the text gives a publisher: "the latest Quinnipiac University poll", "CBS
# News Poll", "the survey, released Monday by Gallup", "Make the Road NJ released a report";
# not "The poll", "A new survey".
NAMED_POLL = re.compile(
    r"\b(?!(?:The|This|That|A|An|In|But|And|Its|Their|Our)\s)[A-Z][\w.&'’/\-]*\s+(?:[Pp]oll|[Ss]urvey)s?\b"
    r"|\b(?:poll|survey|report|study)s?\b[^.]{0,60}?\bby\s+(?:the\s+)?[A-Z]"
    r"|\b[A-Z][\w.&'’\-]*\s+(?:released|published|conducted|issued|commissioned)\s+(?:a|an|its|the|their)\s+"
    r"(?:[\w\-]+\s+){0,3}(?:poll|survey|report|study)\b"
)


def survey_document(
    base: Statement, decision: Decision, earlier: Attributed, context: Context
) -> Statement | None:
    """ "According to the household survey, ..." in an article that names no organization as
    a source before it, nor the publisher of a poll or report: a specific record no named
    institution publishes, a document (GUIDELINES: document; "the report" with nothing before
    it is one too). After "data released by the Labor Department", "a Gallup poll" or "Make
    the Road NJ released a report" the survey stays that organization's (named_organization:
    its named publication); None then, and for anything else."""
    mention = decision.mention
    if mention is None or mention.kind is not MentionKind.ORGANIZATION or mention.name:
        return None
    core = mention.text.split(",")[0].strip()
    match = DEFINITE_POLL.fullmatch(core)
    if match is None or match.group(1).lower() not in load_lexicon("poll_words"):
        return None
    if FRESH_WORDS & set(core.lower().split()):
        return None  # "the new poll" is one the article goes on to name (as unidentified_polls)
    if earlier.latest("named organization", _names_organization):
        return None
    if _first_named_poll(context.normalized) < base.span.end:  # before it, or in its own words
        return None
    cued = replace(
        base,
        cue=decision.cue.words,
        cue_span=decision.cue.span,
        confidence=context.settings.rule_confidence_resolved,
    )
    return no_antecedent(cued, decision, SourceType.DOCUMENT, context, MentionKind.DOCUMENT)


@lru_cache(maxsize=8)
def _first_named_poll(normalized: str) -> int:
    """Where the text first gives a poll or report its publisher (its length if nowhere): one
    search an article, not one for each survey it mentions."""
    found = NAMED_POLL.search(normalized)
    return found.start() if found else len(normalized)


def _names_organization(statement: Statement) -> bool:
    return statement.type is SourceType.NAMED_ORGANIZATION
