"""Turn one sentence's cues into a source decision, before cross-sentence resolution."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from sourcing.attribution.cue_kinds import Cue, CueKind
from sourcing.attribution.mentions import Mention, MentionKind, classify_phrase
from sourcing.attribution.names import find_outlet
from sourcing.attribution.verbs import document_only_verbs, record_only_verbs
from sourcing.lexicons import alternation, load_lexicon
from sourcing.outlets import is_publisher
from sourcing.provenance import Provenance, Rule
from sourcing.records import SourceType, Span
from sourcing.text.prefilter import Prefilter, prefilter

MENTION_TYPES = {
    MentionKind.OFFICIAL: SourceType.NAMED_OFFICIAL,
    MentionKind.PERSON: SourceType.NAMED_PERSON,
    MentionKind.ORGANIZATION: SourceType.NAMED_ORGANIZATION,
    MentionKind.DOCUMENT: SourceType.DOCUMENT,
    MentionKind.OUTLET: SourceType.CITED_OUTLET,
    MentionKind.UNNAMED: SourceType.UNNAMED_SOURCE,
    MentionKind.INDEFINITE_REPORT: SourceType.UNNAMED_SOURCE,
    MentionKind.POLL_RESULT: None,
}
# Mentions whose type comes from an earlier statement (GUIDELINES rule 2).
REFERRING = frozenset(
    {
        MentionKind.PRONOUN_PERSON,
        MentionKind.PRONOUN_GROUP,
        MentionKind.PRONOUN_THING,
        MentionKind.DEFINITE_ROLE,
        MentionKind.REPORT,
        MentionKind.POLL_RESULT,
    }
)
RECORD_KINDS = frozenset(
    {
        MentionKind.DOCUMENT,
        MentionKind.ORGANIZATION,
        MentionKind.REPORT,
        MentionKind.INDEFINITE_REPORT,
    }
)


@dataclass(frozen=True)
class Decision:
    """What one sentence's own cues say about its source."""

    type: SourceType | None  # None: must be resolved from an earlier statement
    mention: Mention | None
    cue: Cue
    source_span: Span | None
    via: str | None = None
    via_span: Span | None = None
    provenance: Provenance | None = None
LEAD_IN_KINDS = frozenset({MentionKind.DOCUMENT, MentionKind.ORGANIZATION, MentionKind.OUTLET})
DOCUMENT_KINDS = frozenset(
    {MentionKind.DOCUMENT, MentionKind.REPORT, MentionKind.INDEFINITE_REPORT}
)

# Sources that can give others' words or figures: "..., according to" one of them is where
# the sentence's content comes from, whoever speaks in it.
SPOKEN_FOR = frozenset({MentionKind.ORGANIZATION, MentionKind.DOCUMENT, MentionKind.REPORT})


def decide(
    cues: list[Cue],
    normalized: str,
    people: dict[str, bool],
    publisher: str | None,
    organizations: frozenset[str] = frozenset(),
) -> Decision | None:
    """Pick the sentence's source from its cues; None when it has no usable cue.

    `people` and `organizations` are the article's (`entities.known_people`, `known_organizations`).
    """
    if any(c.kind is CueKind.NO_COMMENT for c in cues):
        no_comment = next(c for c in cues if c.kind is CueKind.NO_COMMENT)
        later = _after_refusal(cues, no_comment, normalized)
        decided = decide(later, normalized, people, publisher, organizations) if later else None
        if decided is not None:
            return decided  # "X declined to comment, but an official said ...": the official's
        return Decision(
            SourceType.UNATTRIBUTED,
            None,
            no_comment,
            None,
            provenance=Provenance(Rule.NO_COMMENT, cue_kind=no_comment.kind.value),
        )
    staff = next((c for c in cues if c.kind is CueKind.SPEAKER_LABEL and _staff_label(c, normalized)), None)
    if staff is not None:  # "FOLKENFLIK: Brown predicts ...": the outlet's own voice (rule 10)
        rest = [c for c in cues if c is not staff]
        decided = decide(rest, normalized, people, publisher, organizations) if rest else None
        return decided or Decision(
            SourceType.UNATTRIBUTED,
            None,
            staff,
            None,
            provenance=Provenance(Rule.OWN_OUTLET, cue_kind=staff.kind.value),
        )
    candidates = [(c, m) for c in cues if (m := _mention(c, normalized, people, organizations)) is not None]
    if not candidates:
        hedge = next((c for c in cues if c.kind is CueKind.HEDGE), None)
        return _hedged(hedge) if hedge else None
    credit = [
        (c, m)
        for c, m in candidates
        if c.kind is CueKind.HEADLINE_CREDIT and m.kind is MentionKind.OUTLET
    ]
    if credit:  # another outlet's headline: whoever it quotes, the outlet is the source
        cue, mention = credit[0]
        own = is_publisher(mention.name, publisher)
        kind = SourceType.UNATTRIBUTED if own else SourceType.CITED_OUTLET
        return _from_cue(kind, cue, mention, Rule.OWN_OUTLET if own else Rule.CUE)
    records = [(c, m) for c, m in candidates if c.kind is CueKind.IN_RECORD]
    if records:
        cue, mention = records[0]
        return _from_cue(SourceType.DOCUMENT, cue, mention, Rule.LEGAL_RECORD)
    relay = _relay(candidates, normalized)
    if relay:
        return relay
    direct = [(c, m) for c, m in candidates if c.kind is not CueKind.PARTICIPLE]
    direct = _past_opening_citation(direct, normalized)
    cue, mention = _closing(direct, normalized) or (direct or candidates)[0]
    closing = [(c, m) for c, m in direct if c.kind is CueKind.ACCORDING_TO and m.kind in SPOKEN_FOR]
    if closing and _gives_the_content(mention, closing[-1][1]):
        cue, mention = closing[-1]  # "the witness told investigators ..., according to court papers"
    hedge = _hedge_on_verb(cue, mention, cues, normalized)
    if hedge is not None:
        return _hedged(hedge)
    if mention.kind is MentionKind.OUTLET and is_publisher(mention.name, publisher):
        return _from_cue(SourceType.UNATTRIBUTED, cue, mention, Rule.OWN_OUTLET)
    via = _closing_outlet(direct, cue, publisher) if mention.kind is not MentionKind.OUTLET else None
    via_text = _text(normalized, via.source) if via else None
    return _from_cue(
        MENTION_TYPES.get(mention.kind), cue, mention, Rule.CUE, via_text, via.source if via else None
    )


# Speakers who cite: "Citing Alfred L. Snapp & Son, Inc. v. Puerto Rico, Schmitt pointed out".
CITERS = frozenset({MentionKind.OFFICIAL, MentionKind.PERSON, MentionKind.ORGANIZATION})


def _past_opening_citation(
    direct: list[tuple[Cue, Mention]], normalized: str
) -> list[tuple[Cue, Mention]]:
    """Drop a citation that opens the sentence before a named speaker's own verb: "Citing
    X v. Y, Schmitt pointed out ..." is Schmitt's point, the case his support (GUIDELINES
    rule 7: a reported speech act takes the speaker's type). An outlet citing its sources
    is a relay, decided before (rule 1: "Citing unnamed sources, Reuters reported")."""
    if not direct or direct[0][0].kind is not CueKind.CITING:
        return direct
    if not normalized[direct[0][0].span.start].isupper():
        return direct  # "..., citing X": a closing citation, not one that opens the sentence
    cited = direct[0][0].source
    speaker = next(
        (i for i, (c, m) in enumerate(direct[1:], 1)
         if c.kind is CueKind.SUBJECT_VERB and c.source is not None and m.kind in CITERS
         and (cited is None or c.source.start >= cited.end)),
        None,
    )
    return direct if speaker is None else direct[speaker:]


def _hedged(hedge: Cue) -> Decision:
    """An impersonal hedge's decision: someone unnamed is where the content comes from (rule 4)."""
    return Decision(
        SourceType.UNNAMED_SOURCE,
        None,
        hedge,
        hedge.span,
        provenance=Provenance(Rule.HEDGE, cue_kind=hedge.kind.value),
    )


# '"...," the leader, known as X,': quoted words closed by a comma before the subject.
QUOTE_BEFORE_SUBJECT = re.compile(r',"[^"]*$')
# Named subjects whose verb a hedge between them can take over.
HEDGED_SUBJECTS = frozenset({MentionKind.OFFICIAL, MentionKind.PERSON, MentionKind.ORGANIZATION})


def _hedge_on_verb(cue: Cue, mention: Mention, cues: list[Cue], normalized: str) -> Cue | None:
    """ "Mr. Trump also reportedly said ...": a hedge between a named subject and its verb
    says others report the act, unnamed (rule 4; train: "Rod Rosenstein reportedly told").
    Quoted words the subject closes stay the subject's ('"...," the leader reportedly wrote')."""
    if cue.kind is not CueKind.SUBJECT_VERB or cue.source is None or mention.kind not in HEDGED_SUBJECTS:
        return None
    if QUOTE_BEFORE_SUBJECT.search(normalized, max(0, cue.source.start - 80), cue.source.start):
        return None
    between = (cue.source.end, cue.span.start)
    return next(
        (c for c in cues if c.kind is CueKind.HEDGE and between[0] <= c.span.start < between[1]), None
    )


def _closing_outlet(direct: list[tuple[Cue, Mention]], cue: Cue, publisher: str | None) -> Cue | None:
    """ "'...,' Biden said, according to CBS News": the outlet whose report relays the speaker
    (GUIDELINES `via`); the article's own outlet relays nothing."""
    for later, mention in direct:
        if (
            later.span.start > cue.span.start
            and later.kind in {CueKind.ACCORDING_TO, CueKind.CITING}
            and mention.kind is MentionKind.OUTLET
            and not is_publisher(mention.name, publisher)
        ):
            return later
    return None


# "declined to comment, but", "...; ", "... while": a new clause after a refusal.
CLAUSE_AFTER_REFUSAL = re.compile(
    r"(?:,?\s+(?:but|while|although|though|and)|;)\s", re.IGNORECASE
)


def _after_refusal(cues: list[Cue], no_comment: Cue, normalized: str) -> list[Cue]:
    """The cues of a clause that follows a refusal ("declined to comment, but a person familiar
    with the matter said ..."): that clause's source gives the sentence's content (rule 7 makes
    only the refusal itself unattributed)."""
    clause = CLAUSE_AFTER_REFUSAL.search(normalized, no_comment.span.end)
    if clause is None:
        return []
    opens = clause.end()
    return [
        c
        for c in cues
        if c.kind is not CueKind.NO_COMMENT
        and c.span.start >= opens
        and (c.source is None or c.source.start >= opens)
    ]


def _gives_the_content(speaker: Mention, record: Mention) -> bool:
    """Whether "..., according to `record`" is where the words of `speaker` come from.

    An organization relaying an unnamed source is a chain (rule 1: "said one marcher, according
    to KSTU" is the marcher's); a poll's respondents are no source ("Two of three voters say
    ..., according to the poll").
    """
    if speaker.kind in SPOKEN_FOR:
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
# (rule 1). "According to" a record or organization is decided by _gives_the_content.
RELAYING = frozenset({MentionKind.OUTLET, MentionKind.INDEFINITE_REPORT, MentionKind.REPORT})


# Cues that open at their verb, after the content they close ("..., according to X", "...,
# said X"); other cues open at their subject.
CLOSING_KINDS = frozenset({CueKind.ACCORDING_TO, CueKind.INVERTED_VERB})


def _closing(
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
    if first is None or normalized[: first.start].rstrip().endswith('"'):
        return None  # '"...," Mr. Priebus will say, according to excerpts': his own words
    for cue, mention in direct[1:]:
        if cue.source is None or mention.kind in RELAYING:
            continue  # '"...," Biden said, according to CBS News': the outlet relays (rule 1)
        opens = cue.span.start if cue.kind in CLOSING_KINDS else cue.source.start
        if not normalized[:opens].rstrip(" \"'").endswith(","):
            continue
        if cue.kind is CueKind.ACCORDING_TO and mention.kind not in SPOKEN_FOR:
            return cue, mention
        if cue.kind is CueKind.INVERTED_VERB:
            return cue, mention  # "The recommendations add to ..., said Sen. Patrick Leahy"
        if cue.kind is CueKind.SUBJECT_VERB and COMPLEMENT_FREE.match(normalized, _past_hearer(cue, normalized)):
            return cue, mention
    return None


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


def _from_cue(
    kind: SourceType | None,
    cue: Cue,
    mention: Mention,
    rule: Rule,
    via: str | None = None,
    via_span: Span | None = None,
) -> Decision:
    """The decision that `cue`'s source, read as `mention`, gives the sentence under `rule`."""
    provenance = Provenance(rule, cue_kind=cue.kind.value, source_kind=mention.kind.value)
    return Decision(kind, mention, cue, cue.source, via, via_span, provenance)


def _mention(
    cue: Cue, normalized: str, people: dict[str, bool], organizations: frozenset[str]
) -> Mention | None:
    if cue.source is None:
        return None
    phrase = normalized[cue.source.start : cue.source.end]
    if cue.kind is CueKind.SPEAKER_LABEL:
        return _speaker(phrase, people)
    mention = classify_phrase(phrase, people, organizations)
    if mention.kind in {MentionKind.UNKNOWN, MentionKind.FIRST_PERSON}:
        return None
    if cue.kind is CueKind.LEAD_IN and mention.kind not in LEAD_IN_KINDS:
        return None  # "The details:", "The bottom line:" introduce the article's own account
    if mention.kind in {MentionKind.PERSON, MentionKind.OFFICIAL} and mention.name:
        outlet = _journalist_of(mention.name, normalized)
        if outlet is not None:  # "Pegues reports" after "CBS News correspondent Jeff Pegues"
            return replace(mention, kind=MentionKind.OUTLET, name=outlet)
    if (
        cue.words in record_only_verbs()
        and mention.kind not in RECORD_KINDS | {MentionKind.PRONOUN_THING}
        and not (mention.kind in SPEAKERS and _comment_clause(normalized, cue))
    ):
        return None
    if cue.words in document_only_verbs() and mention.kind not in DOCUMENT_KINDS:
        return None
    return mention


@lru_cache(maxsize=256)
def _journalist_of(name: str, normalized: str) -> str | None:
    """The outlet whose journalist the article introduces `name` (a surname) as: "CBS News
    correspondent Jeff Pegues", "Times investigative reporter Steve Elder" (GUIDELINES: a
    journalist reporting speaks for the outlet)."""
    if " " in name or not name[:1].isupper() or not _names_journalists(normalized):
        return None
    for found in re.finditer(rf"(?<![\w'’]){re.escape(name)}\b", normalized):
        before = normalized[max(0, found.start() - 60) : found.start()]
        title = _journalist_pattern().search(before)
        outlet = find_outlet(before[: title.start()]) if title else None
        if outlet is not None:
            return outlet
    return None


@lru_cache(maxsize=1)
def _journalist_pattern() -> re.Pattern[str]:
    words = "|".join(sorted(load_lexicon("journalist_words"), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s+(?:[A-Z][\w.'’\-]*\s+){{0,2}}$")


@lru_cache(maxsize=1)
def _journalist_words() -> Prefilter | None:
    return prefilter(_journalist_pattern())


@lru_cache(maxsize=16)
def _names_journalists(normalized: str) -> bool:
    """Whether the article has a journalist word at all (most have none): without one, no name
    is a journalist's."""
    words = _journalist_words()
    return words is None or words.may_match(normalized, None)


SPEAKERS = frozenset({MentionKind.PRONOUN_PERSON, MentionKind.PERSON, MentionKind.OFFICIAL})
# The end of a comment clause: "Thus, he concluded, Facebook should ...", "..., she concludes."
COMMENT_CLAUSE_END = re.compile(r"\s*(?:[,.!?]|$)")


def _comment_clause(normalized: str, cue: Cue) -> bool:
    """ "Thus, he concluded, ...": a person's verb between commas (or closing the sentence)
    reports the words around it, even a verb that otherwise only a record takes ("found")."""
    if cue.source is None or not normalized[: cue.source.start].rstrip().endswith(","):
        return False
    return COMMENT_CLAUSE_END.match(normalized, cue.span.end) is not None


def _staff_label(cue: Cue, normalized: str) -> bool:
    """ "FOLKENFLIK:" in a transcript that introduced "DAVID FOLKENFLIK, BYLINE:": a speaker
    label of the publishing outlet's own staff."""
    if cue.source is None:
        return False
    label = normalized[cue.source.start : cue.source.end]
    return _staff_tag_pattern(label).search(normalized) is not None


@lru_cache(maxsize=64)
def _staff_tag_pattern(label: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(label)},\s*(?:{alternation('transcript_staff_tags')}):")


def _speaker(label: str, people: dict[str, bool]) -> Mention | None:
    """A speaker label names a person the article names ("O'BRIAN" after "Kate O'Brian"), or
    nothing: "WASHINGTON:", "Update:", "Photo:" are no speakers."""
    name = label.title() if label.isupper() else label
    if name.split()[-1] not in people:
        return None
    mention = classify_phrase(name, people)
    return mention if mention.kind in {MentionKind.OFFICIAL, MentionKind.PERSON} else None


def _relay(candidates: list[tuple[Cue, Mention]], normalized: str) -> Decision | None:
    """An outlet relaying another source: the relayed source's type, `via` the outlet (rule 1)."""
    for cue, mention in candidates:
        if cue.kind is CueKind.QUOTED_AS and cue.via is not None:
            via = normalized[cue.via.start : cue.via.end]
            kind = MENTION_TYPES.get(mention.kind)
            return _from_cue(kind, cue, mention, Rule.RELAY_QUOTED, via, cue.via)
    outlets = [(c, m) for c, m in candidates if m.kind is MentionKind.OUTLET]
    if not outlets:
        return None
    outlet_cue, outlet = outlets[0]
    relayed = [
        (c, m)
        for c, m in candidates
        if MENTION_TYPES.get(m.kind) is not None
        and m.kind is not MentionKind.OUTLET
        and (
            c.kind in {CueKind.ACCORDING_TO, CueKind.CITING}
            or _opens_the_report(normalized, outlet_cue, c)
        )
    ]
    if relayed:
        cue, mention = relayed[0]
        relayed_by = _text(normalized, outlet_cue.source) or outlet.name
        kind = MENTION_TYPES[mention.kind]
        return _from_cue(kind, cue, mention, Rule.RELAY_OUTLET, relayed_by, outlet_cue.source)
    return None


REPORT_OPENING = re.compile(r"(?:[^,;:\"]{0,30}\s)?that\s*|[\s,]*")


def _opens_the_report(normalized: str, outlet_cue: Cue, cue: Cue) -> bool:
    """'Reuters reported that a senior official said': the speaker opens what the outlet
    reports. A speaker further inside ("... ordered Mueller fired, when the counsel
    threatened to resign") is part of the outlet's own account."""
    if cue.span.start <= outlet_cue.span.start or cue.source is None:
        return False
    if cue.source.start < outlet_cue.span.end:
        return True  # "..., a senior official told Reuters": the outlet is the receiver
    opened = max(outlet_cue.span.end, outlet_cue.source.end if outlet_cue.source else 0)
    return REPORT_OPENING.fullmatch(normalized, opened, cue.source.start) is not None


def _text(normalized: str, span: Span | None) -> str | None:
    return normalized[span.start : span.end] if span else None
