"""Resolve a reference no earlier statement fits: a name in the text before it, the thing
that opens a recent sentence, else the default of its kind (rules 2 and 6)."""

from __future__ import annotations

import re

from sourcing.attribution.context import Context
from sourcing.attribution.cue_kinds import CueKind
from sourcing.attribution.decisions import MENTION_TYPES, Decision
from sourcing.attribution.held_offices import contradicts, office_holder, role_office
from sourcing.attribution.initial_subjects import initial_subject
from sourcing.attribution.lexicon_phrases import has_phrase
from sourcing.attribution.mentions import Mention, MentionKind, classify_phrase
from sourcing.attribution.named_descriptions import (
    is_official,
    last_mention,
    named_at,
    named_elsewhere,
    official_role,
    person_named,
)
from sourcing.attribution.names import outlet_matches, person_names
from sourcing.attribution.person_mentions import names_people
from sourcing.attribution.record_mentions import definite_book, refers_to_an_article
from sourcing.attribution.reference_agreement import (
    described_as,
    gender_agrees,
    may_be,
    modifiers,
    named_after,
    surname_in,
    unidentified,
)
from sourcing.attribution.sourced import decided, span_text
from sourcing.outlets import is_publisher
from sourcing.provenance import Provenance, Rule
from sourcing.records import SourceType, Span, Statement
from sourcing.settings import Settings


def _most_mentioned(names: list[str], normalized: str, end: int, settings: Settings) -> str:
    """The name whose surname occurs most often before `end` (the latest of equals).

    Counting is skipped when every name has one surname: the latest then wins anyway, and a
    long text naming one person throughout would otherwise rescan its window per statement.
    """
    if len({name.split()[-1] for name in names}) == 1:
        return names[-1]
    before = normalized[max(0, end - settings.surname_count_chars) : end]
    counts = {name: before.count(name.split()[-1]) for name in names}
    return max(reversed(names), key=lambda name: counts[name])


def fallback_reference(
    cued: Statement, decision: Decision, earlier: list[Statement], context: Context
) -> Statement:
    """No earlier statement fits: look for a name in the preceding text, else decide by kind."""
    mention = decision.mention
    assert mention is not None
    # "The crowd applauded", "The comments showed": a definite description of no person or
    # speaker refers to nobody the article quotes
    nobody = mention.kind is MentionKind.DEFINITE_ROLE and not names_people(mention.text)
    # "the unidentified official": no name; "..., the official told Reuters on condition of
    # anonymity" neither (rule 6): a grant of anonymity after the description says the text
    # does not name its person, whatever name stands before it ("the Netanyahu government",
    # CSM kvL7qKHXjBSVYXBk [8])
    named = not nobody and not unidentified(mention) and not _granted_anonymity(cued, decision, context)
    if named and mention.kind in {MentionKind.PRONOUN_PERSON, MentionKind.DEFINITE_ROLE}:
        settings = context.settings
        # The name may stand earlier in the same sentence ("Steele ..., telling ... that he").
        upto = decision.source_span.start if decision.source_span else cued.span.start
        # Only the body: a byline's name before the first statement is no antecedent
        # ("Will Schmitt\n\n... The woman ... told KSDK" is not Schmitt; train2).
        body = earlier[0].span.start if earlier else cued.span.start
        preceding = context.normalized[max(0, body, upto - settings.pronoun_name_chars) : upto]
        after = f"{named_after(cued, decision, context)} {_quoted_before(cued, upto, context)}"
        unquoted = named_after(cued, decision, context, quotations=False)
        holder = _office_holder(mention, min(body, upto), upto, unquoted, context)
        if holder is not None:
            return person_named(cued, Rule.REFERS_NAME, decision, *holder, context)
        names = [
            n
            for n in person_names(preceding, context.people)
            if _may_mean(mention, n, preceding, after, context) and not contradicts(mention, n, context)
        ]
        names = _preferred(names, mention, preceding, earlier, cued, context) if names else []
        if names:
            best = _most_mentioned(names, context.normalized, upto, settings)
            at = last_mention(best, upto - len(preceding), preceding)
            return person_named(cued, Rule.REFERS_NAME, decision, best, at, context)
    if mention.kind is MentionKind.DEFINITE_ROLE and named:
        later = named_elsewhere(mention.head, cued.span.end, context)
        if later is not None:
            return named_at(cued, Rule.NAMED_LATER, decision, later, context)
    if mention.kind is MentionKind.PRONOUN_THING:
        subject = _subject_antecedent(earlier, context)
        if subject is not None:
            found, kind = subject
            return decided(
                cued,
                Provenance(
                    Rule.REFERS_NAME,
                    cue_kind=decision.cue.kind.value,
                    source_kind=kind.value,
                    reference=mention.text,
                    reference_kind=mention.kind.value,
                    name=span_text(context, found),
                ),
                type=MENTION_TYPES.get(kind) or SourceType.DOCUMENT,
                source=span_text(context, found),
                source_span=found,
            )
    if refers_to_an_article(mention):
        return _outlets_article(cued, decision, earlier, context)
    # A person or thing pronoun with no antecedent the text names is no identifiable source;
    # a "he" who speaks on condition of anonymity is an unnamed one (GUIDELINES).
    fallback = {
        MentionKind.DEFINITE_ROLE: SourceType.UNNAMED_SOURCE,
        MentionKind.PRONOUN_GROUP: SourceType.UNNAMED_SOURCE,
        MentionKind.REPORT: SourceType.DOCUMENT,
    }.get(mention.kind, SourceType.UNATTRIBUTED)
    if mention.kind is MentionKind.PRONOUN_PERSON and has_phrase(
        "anonymity_reasons", context.normalized[cued.span.start : cued.span.end]
    ):
        fallback = SourceType.UNNAMED_SOURCE
    if nobody and decision.cue.kind is not CueKind.CITING and definite_book(mention.text):
        # "The book describes how ..." with no earlier statement citing the book: its account,
        # a record's (GUIDELINES: document), as "the report" with nothing before it; not "a
        # movie based on the book", "Citing the book ..., Romney detailed" (the corpus)
        return no_antecedent(cued, decision, SourceType.DOCUMENT, context, MentionKind.DOCUMENT)
    if nobody:
        fallback = SourceType.UNATTRIBUTED
    return no_antecedent(cued, decision, fallback, context)


def _granted_anonymity(cued: Statement, decision: Decision, context: Context) -> bool:
    """Whether `cued`, from its source on, states terms of anonymity (lexicon
    `anonymity_reasons.txt`): that source is one the text does not name (rule 6)."""
    start = decision.source_span.start if decision.source_span else cued.span.start
    return has_phrase("anonymity_reasons", context.normalized[start : cued.span.end])


def _outlets_article(
    cued: Statement, decision: Decision, earlier: list[Statement], context: Context
) -> Statement:
    """ "The story says ..." with no earlier statement citing an outlet: the story of the
    outlet the body named last before it ("Pence is pushing back against The New York Times'
    suggestion ..."), a cited outlet; the writer's own when the body names no outlet but the
    publisher (rule 10) (lexicon `article_heads.txt`)."""
    mention = decision.mention
    assert mention is not None
    body = earlier[0].span.start if earlier else cued.span.start
    upto = decision.source_span.start if decision.source_span else cued.span.start
    if mention.head == "article" and IMPEACHMENT.search(context.normalized, body, cued.span.end):
        return no_antecedent(cued, decision, SourceType.DOCUMENT, context, MentionKind.DOCUMENT)
    if decision.via is not None and decision.via_span is not None:  # "..., the article said,
        named = decision.via_span  # according to South Korea's Yonhap news agency"
        return _cited(cued, decision, named, context)
    others = [
        Span(*found.span())
        for found in outlet_matches(context.normalized, body, upto)
        if not is_publisher(found.group(1).lower(), context.document.outlet)
    ]  # "asked by CNN about the report" in a CNN article names no article's outlet
    if not others:
        return no_antecedent(cued, decision, SourceType.UNATTRIBUTED, context)
    return _cited(cued, decision, others[-1], context)


# "the article asserts" in an article on articles of impeachment: the charge, a document.
IMPEACHMENT = re.compile(r"\barticles?\s+of\s+impeachment\b", re.IGNORECASE)


def _cited(cued: Statement, decision: Decision, named: Span, context: Context) -> Statement:
    """`cued` sourced to the outlet written at `named`, whose article the mention means."""
    mention = decision.mention
    assert mention is not None
    outlet = span_text(context, named)
    return decided(
        cued,
        Provenance(
            Rule.REFERS_NAME,
            cue_kind=decision.cue.kind.value,
            source_kind=MentionKind.OUTLET.value,
            reference=mention.text,
            reference_kind=mention.kind.value,
            name=outlet,
        ),
        type=SourceType.CITED_OUTLET,
        source=outlet,
        source_span=named,
    )


def _quoted_before(cued: Statement, upto: int, context: Context) -> str:
    """The words `cued` quotes before its source (the rest blanked): a person the speaker names
    there is someone else ("“President Poroshenko asked me to ...,” he continued": not
    Poroshenko, corpus aF4XRLV95UJrubIv [12])."""
    start = cued.span.start
    words = context.normalized[start:upto]
    return "".join(char if context.quoted[at] else " " for at, char in enumerate(words, start))


def _may_mean(mention: Mention, name: str, preceding: str, after: str, context: Context) -> bool:
    """Whether the reference `mention` may mean `name`, named in `preceding` (rules 2 and 6)."""
    return (
        context.knows_person(name)
        and may_be(mention, is_official(name, context.people))
        and described_as(name, modifiers(mention), preceding, context.settings)
        and gender_agrees(name, mention, context)
        and not surname_in(name, after, context)
    )


def _office_holder(
    mention: Mention, start: int, end: int, after: str, context: Context
) -> tuple[str, Span | None] | None:
    """The one person the article titles with the office `mention` names ("the president"),
    named in the body from `start` to `end` however far back, and where it names them last."""
    if role_office(mention) is None:
        return None
    before = context.normalized[start:end]
    found = dict.fromkeys(person_names(before, context.people))
    names = [n for n in found if _may_mean(mention, n, before, after, context)]
    holder = office_holder(mention, names, context)
    return (holder, last_mention(holder, start, before)) if holder is not None else None


def no_antecedent(
    cued: Statement, decision: Decision, type_: SourceType, context: Context, kind: MentionKind | None = None
) -> Statement:
    """`cued`, whose reference refers to nothing the article names before it, typed `type_`:
    its own words are the source, but for an unattributed statement, which has none. `kind`:
    what the mention is read as, if not its own kind ("the survey" as a document)."""
    mention = decision.mention
    assert mention is not None
    sourced = type_ is not SourceType.UNATTRIBUTED
    return decided(
        cued,
        Provenance(
            Rule.NO_ANTECEDENT,
            cue_kind=decision.cue.kind.value,
            source_kind=(kind or mention.kind).value,
            reference=mention.text,
            reference_kind=mention.kind.value,
        ),
        type=type_,
        source=span_text(context, decision.source_span) if sourced else None,
        source_span=decision.source_span if sourced else None,
    )


# Kinds an "it" with no attributed antecedent may stand for, the preferred first.
THING_SUBJECTS = (MentionKind.ORGANIZATION, MentionKind.DOCUMENT, MentionKind.REPORT)


def _subject_antecedent(
    earlier: list[Statement], context: Context
) -> tuple[Span, MentionKind] | None:
    """'Saudi Arabia has changed its account. ... it said': the subject of a recent sentence.

    The nearest organization among the openings of the last statements, else the nearest
    record; None when none opens with one.
    """
    found: dict[MentionKind, Span] = {}
    for previous in reversed(earlier[-context.settings.thing_subject_statements :]):
        text = context.normalized[previous.span.start : previous.span.end]
        subject = initial_subject(text, context.settings)
        if subject is None:
            continue
        phrase = text[subject.start : subject.end]
        kind = classify_phrase(phrase, context.people, context.organizations).kind
        if kind in THING_SUBJECTS and kind not in found:
            found[kind] = subject.shifted(previous.span.start)
    return next(((found[k], k) for k in THING_SUBJECTS if k in found), None)


def _preferred(
    names: list[str],
    mention: Mention,
    preceding: str,
    earlier: list[Statement],
    cued: Statement,
    context: Context,
) -> list[str]:
    """The names a reference most likely means, of those it may mean.

    "The president has denied" is the name titled president ("President Juan Orlando
    Hernandez"), not his brother named after him; else "he" or "the Texas senator" after
    "Bolton declined to comment" is Bolton, the subject of the statement before, however
    often the article names Trump. A pronoun goes to the statement just before at once.
    """
    if mention.kind is MentionKind.DEFINITE_ROLE:
        titled = _titled_with_role(names, mention, preceding, context)
        if titled is not None:
            return titled
        names = _officials_for_an_office(names, mention, context)
        speaker = _speaker_before_quotation(earlier, cued, context)
        if speaker is not None:
            return _the_quotations_speaker(names, speaker)
    if earlier:
        return _opening_the_statement_before(names, earlier[-1], context)
    return names


def _titled_with_role(
    names: list[str], mention: Mention, preceding: str, context: Context
) -> list[str] | None:
    """Return the names `preceding` titles with the role ("President Juan Orlando Hernandez"
    for "the president"), or None when it titles none and the role is nobody's own: a role
    owned by something ("the group's director") means only a name described by it (the empty
    list when none is)."""
    titled = [n for n in names if described_as(n, [mention.head], preceding, context.settings)]
    return titled if titled or OWNED_ROLE.match(mention.text) else None


def _officials_for_an_office(names: list[str], mention: Mention, context: Context) -> list[str]:
    """Keep the officials of `names` when the role is an office ("The president" is not the
    pastor the article quoted last), unless none is one."""
    if not official_role(mention):
        return names
    return [n for n in names if is_official(n, context.people)] or names


def _the_quotations_speaker(names: list[str], speaker: str) -> list[str]:
    """Keep the last of `names` whose surname is in `speaker`, unless none is."""
    spoke = [n for n in names if re.search(rf"\b{re.escape(n.split()[-1])}\b", speaker)]
    return spoke[-1:] or names


def _opening_the_statement_before(
    names: list[str], previous: Statement, context: Context
) -> list[str]:
    """Keep the last of `names` that is the first person named (in full or by surname) in the
    opening of `previous`, the statement before ("Bolton declined to comment"), unless none is."""
    margin = context.settings.role_name_margin_chars
    opening = context.normalized[previous.span.start : previous.span.end][:margin]
    first = next(iter(person_names(opening, context.people)), None)
    centered = [n for n in names if first and (n == first or n.split()[-1] == first.split()[-1])]
    return centered[-1:] or names


def _speaker_before_quotation(earlier: list[Statement], cued: Statement, context: Context) -> str | None:
    """The source of the statement before the quotation that `cued` closes, when the quotation
    began in an earlier statement and that statement has one: '"We're only getting started ...
    Remember that," the GOP presumptive nominee told supporters' after "Meanwhile, Donald
    Trump says ..." is Trump, not the person the article named most (heldout21
    3Mdppoztn7M4opbN [14]); None otherwise. Its source, not its opening's first name: in
    '"...," said House Ways and Means Committee Chairman Kevin Brady' that is "Ways"."""
    start = len(earlier) - 1
    while start > 0 and all(context.quoted[earlier[start].span.start : cued.span.start]):
        start -= 1
    return earlier[start].source if start < len(earlier) - 1 else None


# A role owned by something else ("the group's director", "the company's spokesman"): the
# possessor is no name of its own, so only a person the text describes by the role is it.
OWNED_ROLE = re.compile(r"(?:the|this|that)\s+[a-z][\w-]*['\u2019]s\s", re.IGNORECASE)
