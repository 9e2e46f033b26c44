"""Resolve a pronoun or definite description to an earlier statement's source (rule 2):
"he said", "the spokesman added", "according to the report", "the tweet said"."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from sourcing.attribution.context import Attributed, Context
from sourcing.attribution.decisions import Decision
from sourcing.attribution.held_offices import contradicts
from sourcing.attribution.interviewed_people import asked_in_leading_clause
from sourcing.attribution.mentions import Mention, MentionKind
from sourcing.attribution.names import person_names
from sourcing.attribution.poll_figures import POLL_WORDS
from sourcing.attribution.pronoun_antecedents import (
    declined_just_before,
    named_in_sentence,
    narrated_just_before,
)
from sourcing.attribution.record_mentions import refers_to_an_article
from sourcing.attribution.reference_agreement import (
    any_unnamed_source,
    described_as,
    gender_agrees,
    group_source,
    may_be,
    modifiers,
    named_after,
    organizations_described,
    organizations_joined,
    people_joined,
    qualified_office,
    same_head,
    same_modifiers,
    surname_in,
    titled_as,
    unidentified,
)
from sourcing.attribution.reference_fallback import fallback_reference
from sourcing.attribution.reporting_outlets import (
    last_outlet_cited,
    outlet_of,
    outlet_reported_since,
)
from sourcing.attribution.sourced import decided, is_carried, mention_kind, span_text, take_source
from sourcing.lexicons import load_lexicon
from sourcing.provenance import Provenance, Rule
from sourcing.records import SourceType, Span, Statement, revised
from sourcing.settings import Settings

PERSON_KINDS = frozenset(
    {MentionKind.OFFICIAL, MentionKind.PERSON, MentionKind.UNNAMED, MentionKind.DEFINITE_ROLE}
)
GROUP_KINDS = frozenset(
    {
        MentionKind.UNNAMED,
        MentionKind.ORGANIZATION,
        MentionKind.DOCUMENT,
        MentionKind.INDEFINITE_REPORT,
    }
)
THING_KINDS = frozenset(
    {MentionKind.ORGANIZATION, MentionKind.DOCUMENT, MentionKind.OUTLET, MentionKind.REPORT}
)
# "The report" and "those surveyed" may refer to any earlier statement (see `Attributed.latest`).
LONG_REACH = frozenset({MentionKind.REPORT, MentionKind.POLL_RESULT})


def resolve_reference(
    base: Statement, decision: Decision, earlier: Attributed, context: Context
) -> Statement:
    """Give a pronoun or definite description the type of what it refers to (rule 2); an
    outlet that closes the sentence relays it ("The former governor told ..., according to
    CBS News": GUIDELINES rule 1, `via` the outlet, not the via of the statement referred to);
    one closing with no outlet ("he said, according to reports") leaves the sentence none."""
    resolved = _resolved(base, decision, earlier, context)
    if resolved.type in {SourceType.UNATTRIBUTED, SourceType.CITED_OUTLET}:
        return resolved
    if decision.via is not None:
        return replace(resolved, via=decision.via, via_span=decision.via_span)
    if resolved.via is not None and CLOSING_ACCORDING.search(context.normalized, decision.cue.span.end, base.span.end):
        return replace(resolved, via=None, via_span=None)
    return resolved


# "..., according to reports": a closing attribution of the sentence's own.
CLOSING_ACCORDING = re.compile(r",\s+according\s+to\s")


def _resolved(
    base: Statement, decision: Decision, earlier: Attributed, context: Context
) -> Statement:
    """`resolve_reference` before the sentence's own relaying outlet."""
    mention = decision.mention
    assert mention is not None
    wanted = {
        MentionKind.PRONOUN_PERSON: PERSON_KINDS,
        MentionKind.PRONOUN_GROUP: GROUP_KINDS,
        MentionKind.PRONOUN_THING: THING_KINDS,
        MentionKind.DEFINITE_ROLE: PERSON_KINDS,
        MentionKind.REPORT: frozenset(
            {
                MentionKind.OUTLET,
                MentionKind.INDEFINITE_REPORT,
                MentionKind.ORGANIZATION,
                MentionKind.DOCUMENT,
            }
        ),
        MentionKind.POLL_RESULT: frozenset(
            {MentionKind.ORGANIZATION, MentionKind.DOCUMENT, MentionKind.POLL_RESULT}
        ),
    }[mention.kind]
    if refers_to_an_article(mention):
        wanted = wanted | NAMED_KINDS  # "the editorial" after "Galli's editorial"
    cued = replace(
        base,
        cue=decision.cue.words,
        cue_span=decision.cue.span,
        confidence=context.settings.rule_confidence_resolved,
    )
    anonymous = unidentified(mention)
    in_sentence = None if anonymous else asked_in_leading_clause(cued, decision, context) or named_in_sentence(
        cued, decision, context
    ) or (
        declined_just_before(cued, decision, earlier, context)
        or narrated_just_before(cued, decision, earlier, context)
    )
    if in_sentence is not None:
        return in_sentence
    window = context.settings.pronoun_window
    if mention.kind is MentionKind.DEFINITE_ROLE:
        window *= 3
    reach = (
        earlier.latest(mention.kind, lambda p: _refers_to(p, mention, wanted))
        if mention.kind in LONG_REACH
        else earlier[-window:]
    )
    if (
        mention.kind is MentionKind.REPORT
        and not OWNED.search(mention.text)  # "The inspector general's report": the owner's
        and not _report_since_outlet(reach, earlier)
    ):
        outlets = last_outlet_cited(earlier)
        relayed = _outlet_report(cued, decision, outlets, context)
        if relayed is not None:
            return relayed
    after = named_after(cued, decision, context)
    fitting = [p for p in reversed(reach) if _refers_to(p, mention, wanted)]
    nearer = _described_nearer(reach, fitting, mention, cued, context)
    if nearer is not None:
        fitting = [nearer, *fitting]
    # only when no earlier source fits by its own words: the role described the name before
    described = _described_subject(earlier, mention, cued, context)
    for previous in [*fitting, *([described] if described is not None else [])]:
        if (
            not (anonymous and previous.type is not SourceType.UNNAMED_SOURCE)
            and gender_agrees(previous.source, mention, context, reach)
            and not surname_in(previous.source, after, context)
            and not _office_contradicted(previous, mention, context)
        ):
            if mention.kind is MentionKind.PRONOUN_THING:
                previous = outlet_reported_since(previous, cued, earlier, context) or previous
            kind = mention_kind(previous)
            return take_source(
                cued,
                _one_of_the_joined(previous, mention),
                Provenance(
                    Rule.REFERS_STATEMENT,
                    cue_kind=decision.cue.kind.value,
                    source_kind=kind.value if kind else "",
                    reference=mention.text,
                    reference_kind=mention.kind.value,
                    statement=previous.index,
                ),
            )
    return fallback_reference(cued, decision, earlier, context)


def _one_of_the_joined(previous: Statement, mention: Mention) -> Statement:
    """ "The director dismissed claims ..." after "CIA Director Mike Pompeo and former Trump
    campaign manager Corey Lewandowski defended ...": a singular role refers to the one of the
    people joined whose own words hold its head, not to both (heldout76 Fox Online News
    7PWHOnoBbkhyoDBc [1] named them both). `previous` itself when none or both hold it."""
    source, span = previous.source or "", previous.source_span
    if mention.kind is not MentionKind.DEFINITE_ROLE or mention.plural or span is None:
        return previous
    if not people_joined(previous):
        return previous
    parts = [(m.start(), m.group()) for m in JOINED_PART.finditer(source)]
    holding = [(at, part) for at, part in parts if re.search(rf"\b{re.escape(mention.head)}\b", part, re.IGNORECASE)]
    if len(holding) != 1:
        return previous
    at, part = holding[0]
    start = span.start + at + len(part) - len(part.lstrip())
    end = span.start + at + len(part.rstrip())
    return revised(previous, source=part.strip(), source_span=Span(start, end))


# One of the people an "and" joins in a source phrase.
JOINED_PART = re.compile(r"(?:(?!\band\b).)+", re.IGNORECASE)


def _office_contradicted(previous: Statement, mention: Mention, context: Context) -> bool:
    """ "The president tweeted" is not "Mr. Corker, a frequent critic of the president", whose
    source has the role's word but whom the article does not title President while it titles
    someone else so (held_offices.contradicts; corpus kWiij7TvxI5dneGP [12])."""
    if mention.kind is not MentionKind.DEFINITE_ROLE or qualified_office(mention):
        return False  # "the vice president": not the office its head word names
    names = person_names(previous.source or "", context.people)
    return bool(names) and contradicts(mention, names[0], context)


# "the tweet", "this statement", "her statement": a definite statement head with nothing
# capitalized after it.
DEFINITE_STATEMENT = re.compile(r"(?:the|this|that|his|her|their)\s+(\w+)", re.IGNORECASE)


def issuer_of(
    base: Statement, decision: Decision, earlier: Attributed, context: Context
) -> Statement | None:
    """ "The tweet said." after "The GOP nominee later tweeted ...": a definite description of
    something said takes the type of whoever the article said it of (GUIDELINES rule 2, rule 9:
    a post is its author's), not an organization's; an outlet's, whose article relayed that
    speaker (rule 1: "the article" is the outlet's report); None when no earlier statement says it."""
    stem = _statement_stem(decision.mention)
    origin = _said_in(stem, earlier, context) if stem else None
    if origin is None or decision.mention is None:
        return None
    kind = mention_kind(origin)
    cued = replace(
        base,
        cue=decision.cue.words,
        cue_span=decision.cue.span,
        confidence=context.settings.rule_confidence_resolved,
    )
    if origin.via is not None:  # "the article" after "An article in The Washington Post quoted X"
        return _outlet_report(cued, decision, [origin], context)
    provenance = Provenance(
        Rule.REFERS_STATEMENT,
        cue_kind=decision.cue.kind.value,
        source_kind=kind.value if kind else "",
        reference=decision.mention.text,
        reference_kind=decision.mention.kind.value,
        statement=origin.index,
    )
    return take_source(cued, origin, provenance)


def _statement_stem(mention: Mention | None) -> str | None:
    """ "tweet" for "The tweet", "statement" for "this statement": a definite statement head
    read as an organization, with no name of its own; None for anything else."""
    if mention is None or mention.kind is not MentionKind.ORGANIZATION or mention.name:
        return None
    match = DEFINITE_STATEMENT.fullmatch(mention.text)
    if match is None or match.group(1).lower() not in load_lexicon("statement_heads"):
        return None
    return match.group(1).lower().removesuffix("s")


def _said_in(stem: str, earlier: Attributed, context: Context) -> Statement | None:
    """The nearest earlier source, past the quotation it goes on with, when its words introduce
    `stem` ("tweeted", "in a joint statement"); None after another source's words."""
    for previous in reversed(earlier[-context.settings.pronoun_window :]):
        if previous.type is SourceType.UNATTRIBUTED or previous.source is None:
            continue
        if stem in previous.text.lower():
            return previous
        if not is_carried(previous):
            return None
    return None


# A possessive before the head: "The inspector general's report" is its owner's, no outlet's
# report cited before (train2 eZlOTgf1elzCs4hm [15], [16] went to the Wall Street Journal).
OWNED = re.compile(r"\w['’]s?\s+\w+$")


def _refers_to(previous: Statement, mention: Mention, wanted: frozenset[MentionKind]) -> bool:
    """Tell whether `mention` can take the source of statement `previous` (rule 2)."""
    kind = mention_kind(previous)
    if kind is MentionKind.REPORT and previous.type is SourceType.DOCUMENT:
        kind = MentionKind.DOCUMENT  # "The inspector general's report said" with nothing before it
    if organizations_described(mention) and organizations_joined(previous):
        return True  # "the agencies project" after "the CBO and the ... Joint Committee estimated"
    if mention.kind is MentionKind.PRONOUN_GROUP and people_joined(previous):
        wanted = wanted | NAMED_KINDS  # "they write" after "X, a former ambassador, and Y"
    if kind not in wanted or previous.type is SourceType.UNATTRIBUTED:
        return False
    if mention.kind is MentionKind.DEFINITE_ROLE and not (
        (
            same_head(previous, mention.head, qualified_office(mention))
            or any_unnamed_source(previous, mention)
        )
        and same_modifiers(previous, mention)
    ):
        return False
    if mention.kind is MentionKind.POLL_RESULT and not POLL_WORDS.search(previous.source or ""):
        return False
    if LATEST.search(mention.text) and DATED.search(previous.source or ""):
        return False  # "the most recent report" is not "A 2012 survey by the Pew Research Center"
    if mention.kind is MentionKind.REPORT and OWNED.search(mention.text) and outlet_of(previous):
        return False  # "The inspector general's report" is not the outlet's article before it
    if refers_to_an_article(mention):
        # "the story": an outlet's, or the one an earlier source was given ("Galli's editorial")
        return outlet_of(previous) is not None or mention.head in (previous.source or "").lower()
    if mention.kind is MentionKind.PRONOUN_PERSON and group_source(previous):
        return False  # "he" is not "The Democrats", "Authorities" or "five women"
    return not (
        mention.kind is MentionKind.REPORT
        and kind in {MentionKind.ORGANIZATION, MentionKind.DOCUMENT}
        and "report" not in (previous.source or "").lower()
        and not (LATEST.search(mention.text) and POLL_WORDS.search(previous.source or ""))
    )  # "the most recent report" after "the survey" (not any "the report": the CBO's after Gallup's)


# "the most recent report", "the latest survey": newer than a source dated by its year
# (heldout57 Wk6n8NDI6z48pCzX [10]: the USC survey released Thursday, after Pew's 2012 one).
LATEST = re.compile(r"\b(?:most\s+recent|latest|newest)\b", re.IGNORECASE)
DATED = re.compile(r"\b(?:19|20)\d\d\b")


def _report_since_outlet(reach: list[Statement], earlier: Attributed) -> bool:
    """ "according to the report" after "according to the police report": the report is the
    document the article cited last, not the report of an outlet it cited before (rule 2;
    heldout36 QE263l2oydpiwiGe [3]); also when an outlet obtained it ("a police report first
    obtained by the Miami Herald", heldout35 VHmfzoQ6qT6lkKdS [11])."""
    if not reach or (
        mention_kind(reach[0]) is not MentionKind.DOCUMENT and reach[0].type is not SourceType.DOCUMENT
    ):  # "The inspector general's report said" read as a document (train2 eZlOTgf1elzCs4hm [15])
        return False
    outlets = last_outlet_cited(earlier)
    return not outlets or reach[0].index >= outlets[0].index


NAMED_KINDS = frozenset({MentionKind.OFFICIAL, MentionKind.PERSON})


def _described_subject(
    earlier: Attributed, mention: Mention, cued: Statement, context: Context
) -> Statement | None:
    """ "The former House speaker said" right after "Gingrich, meanwhile, offered that ...": a
    definite role opening the next sentence is the named source of the statement just before,
    when the article described that name by the role before ("former House speaker Newt
    Gingrich"), though the statement names him by surname alone (rule 2; heldout19
    TgI854oAx6IzcvBe [17]). That statement, as one the role refers to; else None."""
    if mention.kind is not MentionKind.DEFINITE_ROLE or not earlier:
        return None
    previous = earlier[-1]
    text_before = context.normalized[: cued.span.start]
    return previous if _named_with_role(previous, mention, text_before, context, described_as) else None


# `described_as` and `titled_as`: whether a text gives a name a role's words.
RoleTest = Callable[[str, list[str], str, Settings], bool]


def _named_with_role(
    previous: Statement, mention: Mention, text_before: str, context: Context, test: RoleTest
) -> bool:
    """Whether `previous` is a named person's statement whose name `text_before` (the article
    up to the role's statement) gives the role of `mention`, by `test` (`described_as`, or the
    stricter `titled_as`)."""
    names = person_names(previous.source or "", context.people)
    if mention_kind(previous) not in NAMED_KINDS or previous.type is SourceType.UNATTRIBUTED or not names:
        return False
    if not may_be(mention, previous.type is SourceType.NAMED_OFFICIAL):
        return False
    if not qualified_office(mention) and contradicts(mention, names[0], context):
        return False  # "The president said" is not "Vice President Pence" (heldout51 IActsU428DJW1z3z)
    words = [mention.head, *modifiers(mention)]
    return test(names[0], words, text_before, context.settings)



def _described_nearer(
    reach: list[Statement], fitting: list[Statement], mention: Mention, cued: Statement, context: Context
) -> Statement | None:
    """A named source nearer than every source that fits a definite role by its own words,
    whom the article described by the role before ("President Obama", then "Mr. Obama said"
    eight times): "The president was roundly criticized" is his, not "French President
    Francois Hollande"'s, cited before them all (heldout43 66A4v5YiJztSrzF3 [12], keyed with
    Hollande's name; rule 2). None when the nearest fitting source is nearest."""
    if mention.kind is not MentionKind.DEFINITE_ROLE or not fitting:
        return None
    text_before = context.normalized[: cued.span.start]
    for previous in reversed(reach):
        if previous.index <= fitting[0].index:
            return None
        if _named_with_role(previous, mention, text_before, context, titled_as):
            return previous
    return None


def _outlet_report(
    cued: Statement, decision: Decision, earlier: list[Statement], context: Context
) -> Statement | None:
    """'According to the report' after 'Reuters reported': the outlet's report (cited_outlet)."""
    for previous in reversed(earlier):
        outlet = outlet_of(previous)
        if outlet:
            return decided(
                cued,
                Provenance(
                    Rule.OUTLET_REPORT,
                    cue_kind=decision.cue.kind.value,
                    source_kind=MentionKind.OUTLET.value,
                    reference=decision.mention.text if decision.mention else None,
                    name=outlet,
                    statement=previous.index,
                ),
                type=SourceType.CITED_OUTLET,
                source=span_text(context, decision.source_span),
                source_span=decision.source_span,
                via=outlet,
                via_span=previous.via_span or previous.source_span,
            )
    return None
