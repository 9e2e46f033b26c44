"""Pick the closing attribution that decides a sentence over the subject cue before it:
"X has called Y, a spokesman said", "..., according to court papers"."""

from __future__ import annotations

import re

from sourcing.attribution.cue_kinds import Cue, CueKind
from sourcing.attribution.mentions import Mention, MentionKind
from sourcing.lexicons import load_lexicon
from sourcing.text.look_back import ends_before

# Sources that can give others' words or figures: "..., according to" one of them is where
# the sentence's content comes from, whoever speaks in it.
SPOKEN_FOR = frozenset({MentionKind.ORGANIZATION, MentionKind.DOCUMENT, MentionKind.REPORT})


def gives_the_content(speaker: Mention, record: Mention, quoted: bool = False) -> bool:
    """Whether "..., according to `record`" is where the words of `speaker` come from.

    An organization relaying an unnamed source is a chain (rule 1: "said one marcher, according
    to KSTU" is the marcher's); a poll's respondents are no source ("Two of three voters say
    ..., according to the poll"). `quoted`: the speaker's cue closes the speaker's own
    quotation; a report then relays those words, the speaker's (rule 1: '"An indescribable
    blackness followed," Davis writes, according to the account').
    """
    if speaker.kind in SPOKEN_FOR or relays_the_quotation(record, quoted):
        return False
    return not (
        speaker.kind is MentionKind.UNNAMED
        and record.kind is MentionKind.ORGANIZATION
        and record.head not in load_lexicon("poll_words")
    )


# "..., a spokesman for the insurgents said Tuesday, amid ...": a source and a verb with no
# complement of its own, after a comma, attribute the clause before them.
COMPLEMENT_FREE = re.compile(
    r"(?:\s+(?:on|late|early|last|this|in\s+an?\s+\w+))?(?:\s+[A-Z][a-z]+day)?"
    r"(?:\s+(?:night|morning|afternoon|evening))?\s*(?:[,.;!?]|$)"
)


# Closing sources that do not take over a speaker's sentence: an outlet or report relays it
# (rule 1). "According to" a record or organization is decided by gives_the_content.
RELAYING = frozenset({MentionKind.OUTLET, MentionKind.INDEFINITE_REPORT, MentionKind.REPORT})


# Cues that open at their verb, after the content they close ("..., according to X", "...,
# said X"); other cues open at their subject.
CLOSING_KINDS = frozenset({CueKind.ACCORDING_TO, CueKind.INVERTED_VERB})


def relays_the_quotation(record: Mention, quoted: bool) -> bool:
    """Whether a closing "according to `record`" after a speaker's own quotation only relays
    it: a report does ("the report", and "the account" that refers back to one; rule 1), and
    so does a recording of the words ("according to a video posted to Twitter"); a record or
    organization is decided by `gives_the_content`."""
    return quoted and (
        record.kind is MentionKind.REPORT
        or record.text.lower() in load_lexicon("referring_report_phrases")
        or record.head in load_lexicon("recording_heads")
    )


def closes_a_quotation(cue: Cue, normalized: str) -> bool:
    """Whether `cue` is a subject cue right after a quotation it closes ('"...," Davis
    writes'): the quoted words are the subject's own. The comma keeps a quotation that ended
    the sentence before ('..."  Aponte said') out."""
    return (
        cue.kind is CueKind.SUBJECT_VERB
        and cue.source is not None
        and ends_before(normalized, cue.source.start, ',"')
    )


def closing_attribution(
    direct: list[tuple[Cue, Mention]], normalized: str
) -> tuple[Cue, Mention] | None:
    """A closing attribution after an earlier subject cue: "X has called Y, a spokesman said".

    "X has called Y" is the spokesman's account, so the closing cue decides; a closing
    "according to the source" likewise. None when the first cue is not a subject cue, when
    it closes a quotation, or when no later cue closes the sentence.
    """
    if len(direct) < 2 or direct[0][0].kind is not CueKind.SUBJECT_VERB:
        return None
    first = direct[0][0].source
    if first is None:
        return None
    after_quotation = ends_before(normalized, first.start, '."')
    if ends_before(normalized, first.start, '"') and not after_quotation:
        return None  # '"...," Mr. Priebus will say, according to excerpts': his own words; a
        # quotation that ended the sentence before ('... a "free trade regime." The two leaders
        # agreed ..., according to a senior official') is not the subject's
    for cue, mention in direct[1:]:
        if cue.source is None or mention.kind in RELAYING:
            continue  # '"...," Biden said, according to CBS News': the outlet relays (rule 1)
        opens = cue.span.start if cue.kind in CLOSING_KINDS else cue.source.start
        if not ends_before(normalized, opens, ",", skipped=" \"'"):
            continue
        if after_quotation and (
            QUOTATION_NEXT.match(normalized, cue.span.end) or mention.kind in PRONOUNS
        ):
            continue  # '..." Klobuchar said, "...," and Buttigieg tweeted, "...': no closing
            # cue; 'Smith said ..., "...," he said': the pronoun is the subject again
        if cue.kind is CueKind.ACCORDING_TO and mention.kind not in SPOKEN_FOR:
            return cue, mention
        if cue.kind is CueKind.INVERTED_VERB:
            return cue, mention  # "The recommendations add to ..., said Sen. Patrick Leahy"
        if cue.kind is CueKind.SUBJECT_VERB and COMPLEMENT_FREE.match(normalized, _past_hearer(cue, normalized)):
            return cue, mention
    return None


PRONOUNS = frozenset({MentionKind.PRONOUN_PERSON, MentionKind.PRONOUN_GROUP, MentionKind.PRONOUN_THING})
# A quotation or a colon right after a verb: the cue opens words, it closes nothing.
QUOTATION_NEXT = re.compile(r"\s*[,:]?\s*\"")


# The hearer after "told" that closes a sentence: "..., one official told reporters",
# "..., sources told CNN", "... told The Washington Post on Sept. 9".
HEARER = re.compile(
    r"\s+(?:reporters|journalists|(?:the )?[A-Z][\w.&'’\-]*(?: [A-Z][\w.&'’\-]*){0,4})"
    r"(?:\s+on\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?=[,.;]))?"
)


def _past_hearer(cue: Cue, normalized: str) -> int:
    """Where the words after a closing cue's verb go on, past a "told" verb's hearer (rule 5:
    the receiving outlet is no source, and it is no complement of the speaker's own)."""
    if cue.words not in load_lexicon("hearer_object_verbs"):
        return cue.span.end
    hearer = HEARER.match(normalized, cue.span.end)
    if hearer is None:
        return cue.span.end
    # "told ABC News.": the sentence's full stop is no part of the hearer's name
    return hearer.end() - hearer.group(0).endswith(".")
