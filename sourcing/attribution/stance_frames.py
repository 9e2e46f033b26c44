"""Find a stance stated in speech ("Jeh Johnson has spoken out against that option because
..."; "the National Retail Federation are raising similar concerns about the prospect of
tariffs"): the subject is its speaker (GUIDELINES rule 7), but only as the subject of the
sentence's own clause, with nothing denying the act.

"before Cronkite spoke out against the war", "Rose McGowan, who first spoke out against the
producer", "not a single member spoke out against any of them" tell of no statement the
sentence reports, so these are no cue.
"""

from __future__ import annotations

import re
from functools import cache

from sourcing.attribution.cue_kinds import Cue, CueKind
from sourcing.attribution.cue_patterns import first_outside
from sourcing.attribution.lexicon_phrases import FRAME_GAP, lexicon_pattern
from sourcing.attribution.mentions import MentionKind, classify_phrase
from sourcing.attribution.subjects import subject_before
from sourcing.lexicons import alternation, load_lexicon, load_lines
from sourcing.records import Span
from sourcing.settings import Settings
from sourcing.text.quotes import QUOTE_MARK

# Where a clause may start: the sentence's start or a mark before the subject.
CLAUSE_MARK = re.compile(r"[,;:\"“”(\u2014\u2013]|\s-{1,2}\s")
WORD = re.compile(r"[A-Za-z’']+")
# From the subject's last clause mark to the verb, a word that opens a clause of its own: "Rose
# McGowan, who first spoke out", "Lindbergh, whose congressman father had spoken out", "the
# restaurant chain whose president spoke out", "something Republicans also have spoken out
# against". A clause closed by a comma before the verb is an aside ("Kevin de León, who will be
# joining us in a minute, spoke out against the raids").
CLAUSE_WORDS = frozenset({"who", "whom", "whose", "which", "that", "what", "something", "anything", "everything"})


# Who can voice concerns: "Musk's idea raised concerns that", "a pair of December bombings have
# raised concerns", "The Obama administration's decision ... raised concerns" are no speakers.
SPEAKER_KINDS = frozenset(
    {MentionKind.OFFICIAL, MentionKind.PERSON, MentionKind.ORGANIZATION, MentionKind.UNNAMED}
)
POSSESSIVE = re.compile(r"[’']s?(?:\s|$)")
# Between the subject and the frame, a coordination or a comma makes the frame a second verb or
# a participle whose subject is an event ("Trump fired Comey in May 2017, raising concerns
# that", "Some of these text messages mixed ..., and raised concerns"); a quotation mark in
# the subject puts it in a quoted clause.
SECOND_VERB = re.compile(r"[,;]|\b(?:and|but|or)\b", re.IGNORECASE)
# "raising" as the verb only in the progressive ("are already raising"): after another verb it
# is that verb's complement ("Critics started raising concerns", heldout13 qtGRjf0ztpbMw8nr
# [11], read as the quoted email's, named_person) or a participle.
PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)


@cache
def _frame_pattern(lexicon: str) -> re.Pattern[str]:
    frames = (lexicon_pattern(frame, FRAME_GAP) for frame in load_lines(lexicon))
    return re.compile(rf"(?<![A-Za-z])(?:{'|'.join(frames)})(?![A-Za-z])", re.IGNORECASE)


@cache
def _negation_pattern() -> re.Pattern[str]:
    """A negation word ("not", "never", "few" but not "a few") or a verb's "n't"."""
    return re.compile(
        rf"\b(?<!\ba\s)(?:{alternation('clause_negations')})\b|n[’']t\b", re.IGNORECASE
    )


def stance_frame(text: str, outside, settings: Settings) -> list[Cue]:  # type: ignore[no-untyped-def]
    """'Hogan has spoken out against Trump': the subject of the main clause is the speaker."""
    cues = _frame_cue("cue_stance_frames", text, outside, settings)
    cues += [c for c in _frame_cue("cue_concern_frames", text, outside, settings) if _speaker(text, c)]
    return cues[:1]


def _frame_cue(lexicon: str, text: str, outside, settings: Settings) -> list[Cue]:  # type: ignore[no-untyped-def]
    """The lexicon's first frame in `text`, its subject in the sentence's main clause."""
    match = first_outside(_frame_pattern(lexicon), text, outside, rare=True)
    if match is None:
        return []
    subject = subject_before(text, match.start(), settings)
    if subject is None or not _main_clause(text, subject, match.start()):
        return []
    verb = match.group(0).split()[0].lower()
    return [Cue(CueKind.SUBJECT_VERB, Span(match.start(), match.end()), verb, subject)]


def _speaker(text: str, cue: Cue) -> bool:
    """The cue's subject names a person, an office, an organization or a group of people, no
    possessive heads it ("Kerry's assurances"), the frame is its own verb, and the sentence
    asks nothing ("Did Comey raise concerns about a meeting with Trump?")."""
    assert cue.source is not None
    subject = text[cue.source.start : cue.source.end]
    if POSSESSIVE.search(subject) or QUOTE_MARK.search(subject) or text.rstrip().endswith("?"):
        return False
    if SECOND_VERB.search(text, cue.source.end, cue.span.start):
        return False
    if cue.words == "raising" and not PROGRESSIVE.search(text, max(0, cue.span.start - 40), cue.span.start):
        return False
    return classify_phrase(subject, {}).kind in SPEAKER_KINDS


def _main_clause(text: str, subject: Span, verb_start: int) -> bool:
    """The subject opens its clause (after a mark and at most a conjunction), no clause word
    stands in the verb's own stretch, and no negation from the clause's start to the verb."""
    clause_start = _last_mark(text, 0, subject.start)
    leads = load_lexicon("clause_lead_words")
    if any(w.lower() not in leads for w in WORD.findall(text[clause_start : subject.start])):
        return False
    verb_stretch = text[_last_mark(text, subject.start, verb_start) : verb_start]
    if any(w.lower() in CLAUSE_WORDS for w in WORD.findall(verb_stretch)):
        return False
    return _negation_pattern().search(text, clause_start, verb_start) is None


def _last_mark(text: str, start: int, end: int) -> int:
    """Where the last clause mark in text[start:end] ends, or `start`."""
    return max((m.end() for m in CLAUSE_MARK.finditer(text, start, end)), default=start)
