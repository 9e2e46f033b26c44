"""Checks that doubt who speaks: the record's source is another than the one its sentence,
or the text before it, gives (GUIDELINES rules 2 and 3)."""

from __future__ import annotations

import re

from sourcing.attribution.attribute import text_views
from sourcing.attribution.cue_kinds import Cue, CueKind
from sourcing.attribution.cues import find_cues
from sourcing.attribution.gender import pronoun_gender
from sourcing.attribution.mention_kinds import MentionKind
from sourcing.attribution.mentions import classify_phrase
from sourcing.exercises.items import CLOSING, OPENING
from sourcing.exercises.name_words import first_word, named_surnames, surname_of
from sourcing.exercises.type_doubts import PERSON_TYPES
from sourcing.provenance import Rule
from sourcing.records import NAMED_TYPES, ArticleReport, SourceType, Statement
from sourcing.scoring.checks import is_plural
from sourcing.scoring.score import source_key

SINGULAR_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)


def singular_for_plural(statement: Statement) -> bool:
    """Tell whether a "he"/"she" sentence takes its source from a group.

    USA TODAY Gjvw9JcfROjOUWu0 [7] "He said his plan ..." (Biden) carried "some other 2020
    Democrats" over from the sentence before: a singular pronoun cannot refer to a plural
    source, so the record is wrong somewhere.
    """
    return (
        statement.resolved_from is not None
        and is_plural(statement.source)
        and bool(SINGULAR_PRONOUN.search(statement.text))
    )


def unresolved_pronoun(statement: Statement) -> bool:
    """Tell whether an anonymous record's source opens with "he" or "she".

    USA TODAY bbxsOl1tPhWT84AB [4] "He continued listing off others who he believes Sessions
    should investigate ..." typed Anonymous source under "He continued listing off others who
    he": a singular pronoun refers to someone the text has named or described (rule 2), so a
    source that is still the pronoun was not resolved and its type is a guess.
    """
    return (statement.type is SourceType.UNNAMED_SOURCE and statement.source is not None
            and SINGULAR_PRONOUN.match(statement.source) is not None)


# A second speaker in the sentence: a plain speech cue whose subject names or describes someone.
SPEECH_CUES = frozenset({"said", "says", "told", "tells", "added", "tweeted", "wrote", "according to"})
SPEECH_CUE_KINDS = frozenset({CueKind.SUBJECT_VERB, CueKind.INVERTED_VERB, CueKind.ACCORDING_TO})
SPEAKER_KINDS = frozenset({
    MentionKind.OFFICIAL, MentionKind.PERSON, MentionKind.ORGANIZATION, MentionKind.OUTLET,
    MentionKind.UNNAMED,
})  # not a definite role ("the official added"): it refers back, most often to the same source
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$", re.IGNORECASE)


def competing_speaker(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether the sentence has a second speaker besides the record's source.

    Newsmax bSLKBWE8H17ek3Dr [0] "U.S. Secretary of State Mike Pompeo has called ... the
    Taliban's chief negotiator, a spokesman for the insurgents said Tuesday": the record
    takes Pompeo (the subject of "called"), but the claim is the spokesman's. Two people
    could be the source, so a key should not pick one.
    """
    if statement.type is SourceType.UNATTRIBUTED or statement.source_span is None:
        return False
    text = report.document.text
    normalized, quoted = text_views(text)
    own = statement.source_span
    mine = source_key(statement.source or "").casefold()
    for cue in find_cues(normalized, statement.span, quoted):
        other = cue.source
        if _quotes_another_speaker(cue, statement, normalized, quoted):
            return True
        if (cue.kind not in SPEECH_CUE_KINDS or cue.words.lower() not in SPEECH_CUES
                or other is None or (other.start < own.end and own.start < other.end)
                or PASSIVE_BEFORE.search(text[statement.span.start : cue.span.start])):
            continue
        phrase = text[other.start : other.end]
        kind = classify_phrase(phrase, {}).kind
        both_unnamed = kind is MentionKind.UNNAMED and statement.type is SourceType.UNNAMED_SOURCE
        if kind in SPEAKER_KINDS and not both_unnamed and source_key(phrase).casefold() != mine:
            return True
    return False


def _quotes_another_speaker(cue: Cue, statement: Statement, normalized: str, quoted: bytes) -> bool:
    """ "Brennan has publicly criticized Trump's leadership, and the president in turn has called
    him 'the worst CIA director ...'": a second subject's verb after the record's source that
    opens the sentence's quotation (heldout54 rR1g4t9E2J0C4Qrv [8], keyed under Brennan; the
    quoted words are the president's). Whatever the verb and however the subject is named."""
    other, own = cue.source, statement.source_span
    if (cue.kind is not CueKind.SUBJECT_VERB or other is None or own is None
            or not statement.span.start <= own.start < other.start  # its source named before
            or cue.span == statement.cue_span):
        return False
    if classify_phrase(normalized[other.start : other.end], {}).kind in PRONOUNS | {MentionKind.PRONOUN_THING}:
        return False  # "Cooper said ... Carson, whom he called": the pronoun refers back
    opening = QUOTATION_AFTER_VERB.match(normalized, cue.span.end)
    return opening is not None and opening.end() < len(quoted) and quoted[opening.end()] == 1


# The verb's object, if any, then the quotation's opening mark ("called him "", "said: "").
QUOTATION_AFTER_VERB = re.compile(r"(?:\s+(?:him|her|them|it|the\s+\w+))?\s*[,:]?\s*\"")


PRONOUNS = frozenset({MentionKind.PRONOUN_PERSON, MentionKind.PRONOUN_GROUP})


def pronoun_before_its_name(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a pronoun subject was resolved to a name the same sentence gives later.

    AP SjlA8JS216xvGbyY [7] "On Sunday, he suggested to NBC that Trump was claiming ...":
    "he" resolved to Trump, but a pronoun cannot be the person its own clause then names
    (it is Bolton); the record names the wrong source.
    """
    if statement.cue_span is None or statement.type not in NAMED_TYPES or not statement.source:
        return False
    normalized, quoted = text_views(report.document.text)
    cue = next((c for c in find_cues(normalized, statement.span, quoted)
                if c.span == statement.cue_span and c.source is not None), None)
    if cue is None or cue.source is None:
        return False
    if classify_phrase(report.document.text[cue.source.start : cue.source.end], {}).kind not in PRONOUNS:
        return False
    name = source_key(statement.source)
    later = report.document.text[cue.span.end : statement.span.end]
    return bool(name) and re.search(rf"\b{re.escape(name)}\b", later) is not None


# A relative pronoun right before a source: "the new law that opponents say is anti-Muslim",
# "the neighborhood where authorities believed he lived".
RELATIVE_BEFORE = re.compile(r"\b(?:that|which|where|whom)\s+$", re.IGNORECASE)


def source_in_relative_clause(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether the record's source speaks inside a relative clause of its sentence.

    The sentence may also describe its source and put the cue in a clause added to that
    description ("Kara Dansky is an attorney with ..., who testified in support the bill").

    Al Jazeera NrwP9xKaARrhJJSt [6] "Protesters blocked roads ..., chanted slogans against
    the ... law that opponents say is anti-Muslim": "opponents" say something of the law,
    not the sentence's claim, which is the article's own. The Hill zi3GYfRkW55isWJ9 [5]
    "Schumer ... also pushed back on Trump's reported move, which the president announced
    ...": the source found ends with the clause's "which" and its subject, the cue right
    after it the clause's verb (rule 7: the main clause's subject and verb decide).
    """
    span = statement.source_span
    if span is None or statement.type is SourceType.UNATTRIBUTED:
        return False
    text = report.document.text
    before = text[statement.span.start : span.start]
    if bool(before.strip()) and RELATIVE_BEFORE.search(before) is not None:
        return True
    cue = statement.cue_span
    if cue is not None and DESCRIPTION_THEN_WHO.match(text[span.end : cue.start]):
        return True
    opened = before.rstrip()
    if cue is not None and opened and not opened.endswith(",") and OBJECT_THEN_WHO.fullmatch(
        text[span.end : cue.start]
    ):
        return True  # "... would have replaced Nikki Haley, who announced in October that ..."
    return (
        cue is not None
        and not text[span.end : cue.start].strip()
        and WHICH_AND_ITS_SUBJECT.search(text, span.start, span.end) is not None
    )


# The sentence says who the source is, and the cue is in a clause added to that description:
# "Kara Dansky is an attorney with Women's Liberation Front, or WoLF, who testified in support
# the bill" (heldout37 GhzMQhEiIwETEXgZ [15]): the claim is the description (rule 7).
DESCRIPTION_THEN_WHO = re.compile(r"\s+(?:is|was)\s+(?:a|an|the)\s[^.;:!?\"“”]*,\s*who\s+(?:also\s+)?$")


# The source stands after words of the main clause (its object, not its subject) and speaks in
# the relative clause right after it: "Ms Nauert, who is currently serving as state department
# spokeswoman, would have replaced Nikki Haley, who announced in October that she would leave"
# (heldout42 WIPvkvsjdkJvy4iJ [5], keyed Haley's, read the writer's): the sentence's claim is
# the main clause's. Not a name set off after a description opening the sentence ("Democrats'
# leader, Sen. Charles E. Schumer, who said he had been briefed, said": he is the subject). On
# the development sets the three such keyed records were read once as the writer's and twice
# as the relative clause's speaker (heldout27 lt2Rx3SJNld4vcE5 [14], heldout40
# pVgLEruXhbWUORll [4]): too unsure to key.
OBJECT_THEN_WHO = re.compile(r"\s*,\s*who\s+(?:also\s+|had\s+|has\s+|later\s+|then\s+)?")


# A source ending with "which" and the relative clause's own subject (a determiner's noun
# phrase, a pronoun, a name): "also pushed back on Trump's reported move, which the president".
WHICH_AND_ITS_SUBJECT = re.compile(
    r"[\s,]which\s+(?:(?:the|a|an|his|her|its|their|this|these|those)\s+(?:[\w.'’\-]+\s+){0,3}[\w.'’\-]+"
    r"|he|she|they|it|we|I|you|[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,2})$"
)


# A subordinate clause opening the sentence ("When Gabby Giffords wrote ..., she was met
# ..."); not "As", which attributes the main clause ("As The Washington Post reported, ...").
LEADING_SUBORDINATE = re.compile(
    r"\s*(?:when|after|before|while|since|although|though|if|because|once|until)\b", re.IGNORECASE
)


def cue_in_leading_clause(statement: Statement) -> bool:
    """Tell whether the record's cue stands in a subordinate clause that opens the sentence.

    New York Times BmvzXz20Cx27tsm3 [14] "When Gabby Giffords wrote on Twitter, “...,” she
    was met with ... hateful responses" and Reuters 6eqbA4f7Y88KXKr7 [13] "After Warren
    criticized Trump ..., he nicknamed her ...": the main clause is narration or another
    person's act, so the clause's speaker is not the sentence's source.
    """
    if statement.cue_span is None or statement.type is SourceType.UNATTRIBUTED:
        return False
    comma = statement.text.find(",")
    cue = statement.cue_span.start - statement.span.start
    return LEADING_SUBORDINATE.match(statement.text) is not None and 0 <= cue < comma


def skips_a_nearer_speaker(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a carried-over source passes over a sentence opened by another person.

    Fox News tD9pHKfxGVEo6JnH [10] "Democrats want immigration for a 'political issue,' he
    said" took Rep. Steve Israel's source from [6], past [9] "King also argued Sunday ...":
    "he" is King, the nearer person the article names, so the record names the wrong source.
    A "he"/"she" resolved to an anonymous source counts too, and so does any person the text
    names (Politico CiuLM3JApPtsMIej [15] "..., she tweeted" took "A Facebook spokesperson"
    from [10] past [13] "Warren swiped at Facebook ...", whose sentence is no one's statement;
    the tweet is Warren's, keyed Anonymous source on main 384523d).
    """
    origin = statement.resolved_from
    pronoun = (statement.provenance is not None
               and statement.provenance.reference_kind == MentionKind.PRONOUN_PERSON.value)
    if (origin is None or origin < 0 or not statement.source
            or (statement.type not in PERSON_TYPES and not pronoun)):
        return False
    mine = surname_of(statement.source) if statement.type in PERSON_TYPES else ""
    people = {surname_of(s.source) for s in report.statements
              if s.type in PERSON_TYPES and s.source} - {mine, ""}
    if pronoun:
        people |= named_surnames(report.document.text) - {mine, ""}
    between = report.statements[origin + 1 : statement.index]
    return any(first_word(s.text) in people for s in between)


def attributed_after(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a carried-over quotation is followed, on its line, by another speaker's cue.

    Fox News tD9pHKfxGVEo6JnH [4] "“If the president can selectively enforce ObamaCare,
    what's to say he cannot ...?”" carried King's source over, but the sentence split after
    "?" goes on "House Majority Leader Eric Cantor said ahead of the meeting.": the
    quotation is Cantor's.
    """
    if statement.resolved_from is None or not statement.text.rstrip().endswith((CLOSING, '"')):
        return False
    after = next((s for s in report.statements if s.index == statement.index + 1), None)
    if after is None or after.source is None or after.cue is None or OPENING in after.text:
        return False
    gap = report.document.text[statement.span.end : after.span.start]
    return "\n" not in gap and '"' not in after.text and (
        source_key(after.source).casefold() != source_key(statement.source or "").casefold())


def role_named_two_ways(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a definite role was resolved to another name than its first resolution.

    USA TODAY bbxsOl1tPhWT84AB: "The president pleaded ..." [1] is Donald Trump, but "...,"
    the president posted" [3] took Sessions, the name nearest before it; one article's "the
    president" is one person, so the later record is wrong.
    """
    p = statement.provenance
    if p is None or p.rule is not Rule.REFERS_NAME or not p.reference or not p.name:
        return False
    reference = p.reference.casefold()
    first = next(s.provenance.name for s in report.statements
                 if s.provenance is not None and s.provenance.rule is Rule.REFERS_NAME
                 and (s.provenance.reference or "").casefold() == reference)
    return first != p.name


def resolving_gender(statement: Statement) -> str | None:
    """Return the gender of the "he" or "she" a record took its source through ("m", "f"), if any
    (the rules' own reference where the model chose the type)."""
    p = statement.provenance
    if p is not None and p.rule is Rule.MODEL and p.replaced is not None:
        p = p.replaced
    if p is None or p.reference_kind != MentionKind.PRONOUN_PERSON.value or not p.reference:
        return None
    return pronoun_gender(p.reference)


def pronouns_disagree_on_gender(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a "he" or "she" was resolved to a source another record reaches through the
    other pronoun.

    Washington Times HO6tlyozaGkJsWXB [12] "He asked her what the chance was ..." and [13] "She
    said she is “100 percent” certain." both took Sen. Richard Durbin's source from [11] ([13]
    keyed Named official at stop 29, on the fourteenth set's first keying; "She" is Christine
    Blasey Ford): one person is not both "he" and "she", so one of the records names the wrong
    source, and neither can be told right from the records alone.
    """
    mine = resolving_gender(statement)
    if mine is None or not statement.source:
        return False
    key = source_key(statement.source).casefold()
    return any(
        resolving_gender(other) not in (None, mine) and other.source
        and source_key(other.source).casefold() == key
        for other in report.statements
    )
