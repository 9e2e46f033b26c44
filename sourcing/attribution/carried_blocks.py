"""Tell whether a statement goes on in a block that keeps one source (rule 3): a paragraph
introduced by a colon, a transcript's speaker turn, an interview's answers, a list's items."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache

from sourcing.attribution.context import Attributed, Context
from sourcing.attribution.cue_kinds import CueKind
from sourcing.lexicons import alternation
from sourcing.provenance import Rule
from sourcing.records import SourceType, Statement


def in_introduced_block(earlier: Attributed, context: Context) -> bool:
    """Whether the last statement is in a paragraph quoted after a colon, without quotation
    marks ("Here's what Barack Obama told the magazine:" / "I have repeatedly said ... Now,
    I don't think ..."): the paragraph opens with the introducing statement's source carried
    over, and every sentence of it since has that source (rule 3: the quotation goes on).
    """
    normalized, limit = context.normalized, context.settings.introduced_block_statements

    def opens_paragraph(k: int) -> bool:
        return "\n" in normalized[earlier[k - 1].span.end : earlier[k].span.start]

    last = len(earlier) - 1
    first = last
    while first > max(0, last - limit) and not opens_paragraph(first):
        first -= 1
    if first == 0 or not opens_paragraph(first):
        return False
    opener, intro = earlier[first], earlier[first - 1]
    provenance = opener.provenance
    return (
        provenance is not None
        and provenance.rule is Rule.CARRY_OVER
        and provenance.statement == intro.index
        and ends_with_colon(intro, normalized)
        and earlier.one_source_since(first)
    )


def inside_carried_paragraph(base: Statement, earlier: Attributed, context: Context) -> bool:
    """Whether `base` goes on in the paragraph of a block that keeps one source: a paragraph
    quoted after a colon ("Mike Hurst told the media:" / "We are a nation of laws. I heard
    someone say that ...") or a transcript's speaker turn, in the first person. An unnamed
    "someone" there is inside the speaker's own words, not the sentence's source (rule 3: the
    quotation goes on). A sentence with quotation marks of its own ('"It's a star system," a
    Democratic official told White.') quotes its cue's source instead."""
    normalized = context.normalized
    if not earlier or "\n" in normalized[earlier[-1].span.end : base.span.start]:
        return False
    if '"' in normalized[base.span.start : base.span.end]:
        return False
    if not _in_first_person(base.span.start, base.span.end, context):
        return False  # "Swedish officials say ...": the reporter's narration, no "I" or "we"
    return in_introduced_block(earlier, context) or in_speaker_turn(earlier, context)


# "we", "our", "I" outside quotation marks: no reporter's narration ("US" is a place).
FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]urs?|us|I|[Mm]y|[Mm]e)\b")


def introduced_block_goes_on(
    base: Statement, earlier: Sequence[Statement], context: Context, same_paragraph: bool = False
) -> bool:
    """Whether `base` opens another paragraph of a block quoted without quotation marks after
    an attributed statement ending in a colon ("The 18 June 2016 memo:" / "So we connect more
    people." / "That can be bad ... on our tools."): the block goes on while its paragraphs
    speak in the first person, which the article's own narration does not (rule 3). Every
    statement since the colon was carried over from the one before it, for at most
    `introduced_block_statements`. Inside such a paragraph, the sentences after its first go on.
    """
    if same_paragraph:
        opener = _paragraph_opener(earlier, context)
        return (  # the test of one statement first: copying the paragraph made it quadratic
            _carried_from_previous(earlier, opener)
            and all(s.source == earlier[-1].source for s in earlier[opener:])
            and introduced_block_goes_on(earlier[opener], earlier[:opener], context)
        )
    limit = context.settings.introduced_block_statements
    first = len(earlier) - 1
    while first > 0 and len(earlier) - first <= limit and _carried_from_previous(earlier, first):
        first -= 1
    lead_in = earlier[first]
    if first == len(earlier) - 1 or len(earlier) - first > limit or lead_in.type is SourceType.UNATTRIBUTED:
        return False
    if not ends_with_colon(lead_in, context.normalized):
        return False
    if _quoted_block_closed(earlier[first + 1], earlier[-1], context.normalized):
        return False  # 'she said:' / '"The fact is ... senator."' / "we've made two clips": NPR's own
    return _paragraph_in_first_person(base, context)


def _quoted_block_closed(opener: Statement, last: Statement, normalized: str) -> bool:
    """Whether the block after the colon opened with a quotation mark and its last statement
    closes one: the quotation is over, the next paragraph's "we" is the writer's (dev draw 9507
    NPR yEWqeGgSFJT6PZ0m [10]-[12], "Thanks to C-SPAN's video library, we've made two clips", went
    to Clinton)."""
    return normalized[opener.span.start] == '"' and normalized[last.span.start : last.span.end].rstrip().endswith('"')


def _paragraph_opener(earlier: Sequence[Statement], context: Context) -> int:
    """The index in `earlier` of the statement that opens the last statement's paragraph.

    Two bisections (the paragraph's start among the document's, then that start among the
    statements'), not a walk back over the paragraph, which made one long paragraph quadratic.
    """
    starts = context.paragraph_starts
    opening = starts[bisect_right(starts, earlier[-1].span.start) - 1]
    return bisect_left(earlier, opening, key=_start)


def _start(statement: Statement) -> int:
    return statement.span.start


def ends_with_colon(statement: Statement, normalized: str) -> bool:
    """Whether `statement` ends with a colon, as a lead-in to what follows does."""
    return normalized[statement.span.start : statement.span.end].rstrip().endswith(":")


def _carried_from_previous(earlier: Sequence[Statement], k: int) -> bool:
    provenance = earlier[k].provenance
    return (
        k > 0
        and provenance is not None
        and provenance.rule is Rule.CARRY_OVER
        and provenance.statement == earlier[k - 1].index
        and earlier[k].source == earlier[k - 1].source
    )


def _paragraph_in_first_person(base: Statement, context: Context) -> bool:
    """Whether the paragraph `base` opens says "we", "our" or "I" outside quotation marks."""
    end = context.normalized.find("\n", base.span.start)
    return _in_first_person(base.span.start, len(context.normalized) if end < 0 else end, context)


def _in_first_person(start: int, end: int, context: Context) -> bool:
    """Whether the text from `start` to `end` says "we", "our" or "I" outside quotation marks."""
    return any(
        not context.quoted[m.start()] for m in FIRST_PERSON.finditer(context.normalized, start, end)
    )


def in_speaker_turn(earlier: Attributed, context: Context) -> bool:
    """Whether the last statement is in a transcript's turn: its paragraph opens with a
    speaker label that gave its source ("CRUZ: Because the front line ... Border security is
    national security."), and every sentence of it since has that source (rule 3: the speaker
    goes on until the next label)."""
    first = _paragraph_opener(earlier, context)
    opener = earlier[first]
    provenance = opener.provenance
    return (
        provenance is not None
        and provenance.rule is Rule.CUE
        and provenance.cue_kind == CueKind.SPEAKER_LABEL.value
        and opener.type in PERSON_TYPES
        and earlier.one_source_since(first)
    )


PERSON_TYPES = frozenset({SourceType.NAMED_PERSON, SourceType.NAMED_OFFICIAL})
TOPIC_LINE = re.compile(r"On\s[^\n]*[^.?!\"'\s]\s*")  # "On why she chose ...": a topic, no answer


def interviewee_statement(base: Statement, earlier: Attributed, context: Context) -> Statement | None:
    """After a heading such as "Interview highlights", the uncued answers are the interviewee's:
    the statement of the last person quoted before the heading (rule 3: the account goes on)."""
    heading = _interview_heading(context.normalized)
    if heading < 0 or base.span.start < heading:
        return None
    if TOPIC_LINE.fullmatch(context.normalized, base.span.start, base.span.end):
        return None
    found = earlier.latest(
        "interviewee", lambda s: s.span.end <= heading and s.type in PERSON_TYPES
    )
    return found[0] if found else None


@lru_cache(maxsize=8)
def _interview_heading(normalized: str) -> int:
    """Where the article's interview heading ends, or -1."""
    found = _interview_heading_pattern().search(normalized)
    return found.end() if found else -1


@lru_cache(maxsize=1)
def _interview_heading_pattern() -> re.Pattern[str]:
    return re.compile(rf"^[ \t]*(?:{alternation('interview_headings')})[ \t]*$", re.IGNORECASE | re.MULTILINE)


LIST_MARKER = re.compile(r"(?:--?|\u2022|\*)")  # in the normalized view, where dashes are "-"


def next_list_item(base: Statement, earlier: Attributed, context: Context) -> bool:
    """Whether `base` is the next item of a list whose items carry a lead-in's source: '- Japan:
    86' after '- China: 636 deaths ...', the first item after 'The latest figures reported by
    health authorities:' (rule 3: the list goes on with the source that introduced it). The
    previous item opens its paragraph with the same marker and got its source by carry-over,
    not by a cue of its own; every statement of that item since has that source.
    """
    normalized = context.normalized
    marker = LIST_MARKER.match(normalized, base.span.start)
    if marker is None or "\n" not in normalized[earlier[-1].span.end : base.span.start]:
        return False
    first = len(earlier) - 1
    while first > 0 and "\n" not in normalized[earlier[first - 1].span.end : earlier[first].span.start]:
        first -= 1
    item = earlier[first]
    opened = LIST_MARKER.match(normalized, item.span.start)
    return (
        opened is not None
        and opened.group() == marker.group()
        and item.provenance is not None
        and item.provenance.rule is Rule.CARRY_OVER
        and all(s.type is item.type and s.source == item.source for s in earlier[first:])
    )
