"""Turn one sentence's cues into a source decision, before cross-sentence resolution.

Refusals, hedges, a citation opening the sentence and the outlet's own speaker labels are
decided here. The steps have their modules: `cue_mentions` (what a cue's source phrase
names, if the cue can take it), `closing_cues` (a closing attribution over the subject
cue before it), `relays` (an outlet relaying another source) and `decisions` (the
record, and the type each kind of mention gives).
"""

from __future__ import annotations

import re

from sourcing.attribution.closing_cues import (
    SPOKEN_FOR,
    closes_a_quotation,
    closing_attribution,
    gives_the_content,
)
from sourcing.attribution.cue_kinds import Cue, CueKind
from sourcing.attribution.cue_mentions import cue_mention
from sourcing.attribution.decisions import MENTION_TYPES, Decision, from_cue, text_of
from sourcing.attribution.mentions import Mention, MentionKind
from sourcing.attribution.relays import closing_outlet, relay_decision, told_outlet
from sourcing.attribution.speaker_labels import staff_label
from sourcing.lexicons import load_lexicon
from sourcing.outlets import is_publisher
from sourcing.provenance import Provenance, Rule
from sourcing.records import SourceType


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
    staff = next((c for c in cues if c.kind is CueKind.SPEAKER_LABEL and staff_label(c, normalized)), None)
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
    reply = next((c for c in cues if _reply_without_content(c, normalized)), None)
    later = _after_refusal(cues, reply, normalized) if reply else []
    decided = decide(later, normalized, people, publisher, organizations) if later else None
    if decided is not None:
        return decided  # "Facebook denies it, but the two women report ...": the women's report
    candidates = [(c, m) for c in cues if (m := cue_mention(c, normalized, people, organizations)) is not None]
    if not candidates:
        hedge = next((c for c in cues if c.kind is CueKind.HEDGE), None)
        return _hedged(hedge) if hedge else _own_reporting(cues, normalized)
    credit = [
        (c, m)
        for c, m in candidates
        if c.kind is CueKind.HEADLINE_CREDIT and m.kind is MentionKind.OUTLET
    ]
    if credit:  # another outlet's headline: whoever it quotes, the outlet is the source
        cue, mention = credit[0]
        own = is_publisher(mention.name, publisher)
        kind = SourceType.UNATTRIBUTED if own else SourceType.CITED_OUTLET
        return from_cue(kind, cue, mention, Rule.OWN_OUTLET if own else Rule.CUE)
    records = [(c, m) for c, m in candidates if c.kind is CueKind.IN_RECORD and not _in_the_content(c, candidates, normalized)]
    if records:
        cue, mention = records[0]
        return from_cue(SourceType.DOCUMENT, cue, mention, Rule.LEGAL_RECORD)
    relay = relay_decision(candidates, normalized)
    if relay:
        return relay
    direct = [(c, m) for c, m in candidates if c.kind is not CueKind.PARTICIPLE]
    direct = _past_opening_citation(direct, normalized)
    cue, mention = closing_attribution(direct, normalized) or (direct or candidates)[0]
    closing = [(c, m) for c, m in direct if c.kind is CueKind.ACCORDING_TO and m.kind in SPOKEN_FOR]
    quoted = closes_a_quotation(cue, normalized)
    if closing and gives_the_content(mention, closing[-1][1], quoted):
        cue, mention = closing[-1]  # "the witness told investigators ..., according to court papers"
    told = told_outlet(cue, mention, normalized, publisher)
    hedge = None if told else _hedge_on_verb(cue, mention, cues, normalized)
    if hedge is not None:
        return _hedged(hedge)  # "reportedly" with no outlet told: others report the act, unnamed
    if mention.kind is MentionKind.OUTLET and is_publisher(mention.name, publisher):
        return from_cue(SourceType.UNATTRIBUTED, cue, mention, Rule.OWN_OUTLET)
    closer = closing_outlet(direct, cue, publisher) if mention.kind is not MentionKind.OUTLET else None
    via = told or (closer.source if closer else None)
    return from_cue(MENTION_TYPES.get(mention.kind), cue, mention, Rule.CUE, text_of(normalized, via), via)


def _in_the_content(record: Cue, candidates: list[tuple[Cue, Mention]], normalized: str) -> bool:
    """A legal record named inside what a speaker says is no place the speaker said it in:
    "Furman had said that Ross ... must be questioned because his “intent and credibility are
    directly at issue” in the lawsuit" is Furman's (dev9511 pVj3poKDadLOGqjN [7]); "said in a
    court filing that" keeps the filing."""
    return any(
        cue.kind is not CueKind.IN_RECORD
        and cue.span.end <= record.span.start
        and THAT.search(normalized, cue.span.end, record.span.start) is not None
        for cue, _ in candidates
    )


# The word that opens a speaker's reported content: "said that".
THAT = re.compile(r"\bthat\b")


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


def _own_reporting(cues: list[Cue], normalized: str) -> Decision | None:
    """ "As we reported Tuesday, ...": "we" or "I" reporting, outside quotation marks, is the
    publisher's own voice (GUIDELINES rule 10), unattributed; None without such a cue."""
    verbs = load_lexicon("own_reporting_verbs")
    own = next(
        (c for c in cues
         if c.kind is CueKind.SUBJECT_VERB and c.source is not None and c.words in verbs
         and normalized[c.source.start : c.source.end].lower() in FIRST_PERSON_SUBJECTS),
        None,
    )
    if own is None:
        return None
    return Decision(
        SourceType.UNATTRIBUTED, None, own, None, provenance=Provenance(Rule.OWN_OUTLET, cue_kind=own.kind.value)
    )


FIRST_PERSON_SUBJECTS = frozenset({"we", "i"})


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


# "declined to comment, but", "...; ", "... while": a new clause after a refusal.
CLAUSE_AFTER_REFUSAL = re.compile(
    r"(?:,?\s+(?:but|while|although|though|and)|;)\s", re.IGNORECASE
)


# "denies it, but", "disputed that;": a verb whose object is a pronoun, then a new clause.
PRONOUN_OBJECT_THEN_CLAUSE = re.compile(
    r"\s+(?:it|this|that|so)(?=(?:,?\s+(?:but|while|although|though|and)|;)\s)", re.IGNORECASE
)


def _reply_without_content(cue: Cue, normalized: str) -> bool:
    """ "Facebook denies it, but ...", "Putin denied it, but Priebus says ...": a speech verb
    whose only object is a pronoun gives no content of its own; the clause after it does
    (GUIDELINES rule 7: the content's speaker decides)."""
    return cue.kind is CueKind.SUBJECT_VERB and PRONOUN_OBJECT_THEN_CLAUSE.match(normalized, cue.span.end) is not None


# "but said", "but also said": at most an adverb before the verb that opens the clause after
# the refusal, with no subject of its own.
SECOND_VERB_ADVERBS = re.compile(r"(?:also\s+|later\s+)?")
# The "but" that opens that clause; "and" is left out ("declined to answer and told a reporter
# to leave": an act as often as a statement).
BUT_BEFORE = re.compile(r"\bbut\s+$", re.IGNORECASE)


def _after_refusal(cues: list[Cue], refusal: Cue, normalized: str) -> list[Cue]:
    """The cues of a clause that follows a refusal ("declined to comment, but a person familiar
    with the matter said ...") or a reply with no content ("denies it, but"): that clause's
    source gives the sentence's content (rule 7 makes only the refusal itself unattributed).
    So does the refusal's own subject, when the clause is its second verb ("Smith declined to
    comment on the case but said the company would appeal": what he said, with its content)."""
    clause = CLAUSE_AFTER_REFUSAL.search(normalized, refusal.span.end)
    if clause is None:
        return []
    opens = clause.end()
    return [
        c
        for c in cues
        if c.kind is not CueKind.NO_COMMENT
        and c.span.start >= opens
        and (c.source is None or c.source.start >= opens or _second_verb(c, refusal, opens, normalized))
    ]


def _second_verb(cue: Cue, refusal: Cue, opens: int, normalized: str) -> bool:
    """Whether `cue` is the refusal's subject's second verb: a reporting verb right after the
    clause's "but" (`SECOND_VERB_ADVERBS` between), its subject the one before the refusal."""
    return (
        cue.kind is CueKind.SUBJECT_VERB
        and cue.source is not None
        and cue.source.end <= refusal.span.start
        and BUT_BEFORE.search(normalized, max(0, opens - 5), opens) is not None
        and SECOND_VERB_ADVERBS.fullmatch(normalized, opens, cue.span.start) is not None
    )
