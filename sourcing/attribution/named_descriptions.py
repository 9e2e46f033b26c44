"""Source a description to the person the article names for it (rule 6): officials named
just before, kin and spokesmen named later, a lede's official named next, organizations
named just before, an official role named elsewhere."""

from __future__ import annotations

import re

from sourcing.attribution.context import Attributed, Context
from sourcing.attribution.decisions import MENTION_TYPES, Decision
from sourcing.attribution.lexicon_phrases import has_phrase
from sourcing.attribution.mentions import Mention, MentionKind
from sourcing.attribution.names import person_names
from sourcing.attribution.person_mentions import KIN
from sourcing.attribution.reference_agreement import (
    JOINED_ORGANIZATIONS,
    people_joined,
    role_modifiers,
)
from sourcing.attribution.sourced import decided, source_kind, span_text, take_source
from sourcing.lexicons import lexicon_union, load_lexicon
from sourcing.provenance import Provenance, Rule
from sourcing.records import SourceType, Span, Statement

# "Alexander and Jones’s bipartisan proposal": two names joined by "and".
JOINED_NAMES = re.compile(r"\b([A-Z][\w\-]+)(?:['’]s)?\s+and\s+([A-Z][\w\-]+)(?:['’]s)?")
# What opens a definite plural description of the organizations just named ("both companies",
# "the two firms", "the companies").
JOINED_OPENERS = ("both ", "the ")


def officials_named_before(
    base: Statement, decision: Decision, earlier: Attributed, context: Context
) -> Statement | None:
    """'Alexander and Jones’s proposal is not finalized; the senators said': a definite plural
    official role right after two people the article names, joined by "and", is those people
    (rules 2 and 6: the text names them)."""
    group = _unnamed_group(decision)
    if group is None:
        return None
    mention, span = group
    if (
        not mention.text.lower().startswith("the ")
        or mention.head.removesuffix("s") not in load_lexicon("official_roles")
    ):
        return None
    start = earlier[-1].span.start if earlier else base.span.start
    for match in reversed(list(JOINED_NAMES.finditer(context.normalized, start, span.start))):
        if all(context.people.get(match.group(g)) is not None for g in (1, 2)):
            return _resolved_at(base, Rule.REFERS_NAME, decision, Span(match.start(), match.end(2)), context)
    return None


def organizations_named_before(
    base: Statement, decision: Decision, earlier: Attributed, context: Context
) -> Statement | None:
    """'... denied requests by Shell and the Norwegian company Statoil ...' then 'Both companies
    had asked ...': a definite plural description of organizations right after two names
    joined by "and" in the sentence before is those organizations (rule 2: a definite
    description takes the type of what it refers to); names of people do not count, nor
    months, days, places and parties ("in March and April", "off Alaska and Texas")."""
    group = _unnamed_group(decision)
    if group is None or not earlier:
        return None
    mention, span = group
    if (
        not mention.text.lower().startswith(JOINED_OPENERS)
        or mention.head.lower() not in load_lexicon("joined_organization_heads")
    ):
        return None
    found = JOINED_ORGANIZATIONS.finditer(context.normalized, earlier[-1].span.start, span.start)
    for match in reversed(list(found)):
        if not any(context.knows_person(match.group(g)) or _no_body(match.group(g)) for g in (1, 2)):
            named = Span(match.start(), match.end(2))
            return _resolved_at(base, Rule.REFERS_NAME, decision, named, context, MentionKind.ORGANIZATION)
    return None


def _no_body(name: str) -> bool:
    """Whether each word of a capitalized `name` is a month or day, a place, or a party or
    nationality ("March", "Alaska", "Democrats"): joined by "and", such names are no two
    organizations."""
    general = lexicon_union("months_days", "places", "descriptor_adjectives")
    return all(word.lower() in general or word.lower().removesuffix("s") in general for word in name.split())


def _unnamed_group(decision: Decision) -> tuple[Mention, Span] | None:
    """`decision`'s source and its span if it is a plural description that names no one."""
    mention, span = decision.mention, decision.source_span
    if mention is None or span is None or mention.kind is not MentionKind.UNNAMED or not mention.plural:
        return None
    return mention, span


def _resolved_at(
    base: Statement, rule: Rule, decision: Decision, named: Span, context: Context,
    kind: MentionKind = MentionKind.OFFICIAL,
) -> Statement:
    """`base` sourced to what is named at `named`, resolved from its cue's description."""
    return named_at(
        base, rule, decision, named, context, kind,
        cue=decision.cue.words,
        cue_span=decision.cue.span,
        confidence=context.settings.rule_confidence_resolved,
    )


def people_named_before(
    base: Statement, decision: Decision, earlier: Attributed, context: Context
) -> Statement | None:
    """ '"Diamond and Silk" claim ...' then 'the two women report', 'the women said': a
    definite plural description of people after a source that names two people joined by
    "and" is those people (rule 2: "the Iranian official said" after the name takes its type)."""
    mention = decision.mention
    if (
        mention is None
        or mention.kind is not MentionKind.UNNAMED
        or not mention.text.lower().startswith("the ")
        or mention.head not in load_lexicon("joined_people_heads")
    ):
        return None
    for previous in reversed(earlier[-context.settings.pronoun_window :]):
        if previous.type in {SourceType.NAMED_PERSON, SourceType.NAMED_OFFICIAL} and people_joined(previous):
            provenance = Provenance(
                Rule.REFERS_STATEMENT,
                cue_kind=decision.cue.kind.value,
                source_kind=source_kind(previous) or "",
                reference=mention.text,
                reference_kind=mention.kind.value,
                statement=previous.index,
            )
            return take_source(
                base, previous, provenance, cue=decision.cue.words, cue_span=decision.cue.span,
                confidence=context.settings.rule_confidence_resolved,
            )
    opens = decision.source_span is not None and not context.normalized[base.span.start : decision.source_span.start].strip()
    for previous in reversed(earlier[-context.settings.pronoun_window :] if opens else []):
        joined = pair_opening(previous, context)
        if joined is not None:
            kind = MentionKind.OFFICIAL if all(
                is_official(name, context.people) for name in joined[1]
            ) else MentionKind.PERSON
            return _resolved_at(base, Rule.REFERS_NAME, decision, joined[0], context, kind)
    return None


# Between two names joined as one subject: "A and B", "A, a lawyer, and B", "A and former
# senator B" (a few lowercase or title words before the second name).
PAIR_JOIN = re.compile(r"(?:,[^,]{1,100},)?\s+and\s+(?:[\w.\-]+\s+){0,4}?")
PAIR_OPENING_WORDS = 8  # words of title and description before the first name


def pair_opening(statement: Statement, context: Context) -> tuple[Span, tuple[str, str]] | None:
    """The span of two people a sentence opens with, joined by "and", and their names:
    "Former New York state assemblyman Dov Hikind and Joseph Saladino, a YouTube personality
    running for Congress, have filed the claims." (what "the men say" next refers to). The
    first name must be the first the sentence names and come in its first words."""
    text = context.normalized[statement.span.start : statement.span.end]
    names = person_names(text, context.people)
    if len(names) < 2:
        return None
    first, second = names[0], names[1]
    start = text.find(first)
    if start < 0 or len(text[:start].split()) > PAIR_OPENING_WORDS:
        return None
    after = start + len(first)
    end = text.find(second, after)
    if end < 0 or PAIR_JOIN.fullmatch(text, after, end) is None:
        return None
    base = statement.span.start
    return Span(base + start, base + end + len(second)), (first, second)


def named_at(
    statement: Statement, rule: Rule, decision: Decision, named: Span, context: Context,
    kind: MentionKind = MentionKind.OFFICIAL,
    **changes: object,
) -> Statement:
    """`statement` sourced to the official(s) (or `kind`) named at `named`, whom `decision`'s
    mention means."""
    assert decision.mention is not None
    return decided(
        statement,
        Provenance(
            rule,
            cue_kind=decision.cue.kind.value,
            source_kind=kind.value,
            reference=decision.mention.text,
            reference_kind=decision.mention.kind.value,
            name=span_text(context, named),
        ),
        type=MENTION_TYPES[kind] or SourceType.NAMED_OFFICIAL,
        source=span_text(context, named),
        source_span=named,
        **changes,
    )


def kin_named_later(base: Statement, decision: Decision, context: Context) -> Statement | None:
    """'Hendriks' father told the AP ... "...," Erik Hendriks said': the relative is named (rule 6).

    A relative described by a surname ("Hendriks' father", "Smith's widow") is the person the
    next lines name in full with that surname and a first name not used before the description.
    """
    mention, span = decision.mention, decision.source_span
    if mention is None or mention.kind is not MentionKind.UNNAMED or span is None:
        return None
    described = KIN.fullmatch(context.normalized, span.start, span.end)
    if described is None or described.group(2) not in load_lexicon("kin_words"):
        return None
    surname = described.group(1)
    before = context.normalized[: span.start]
    following = context.normalized[span.end : span.end + context.settings.kin_named_later_chars]
    for name in person_names(following, context.people):
        words = name.split()
        if len(words) > 1 and words[-1] == surname and name not in before:
            named = last_mention(name, span.end, following[: following.find(name) + len(name)])
            return _named_later(base, decision, name, named, context)
    return None


HOLDER_AFTER = re.compile(r"\s+((?:[A-Z][\w.'\-]*\s+){0,3}[A-Z][\w'\-]+)")


def spokesman_named_later(
    base: Statement, decision: Decision, context: Context
) -> Statement | None:
    """'..., a spokesman for the insurgents said' then 'Taliban spokesman Suhail Shaheen
    tweeted': a spokesman the article names later is that person (rule 6, "A Pentagon
    spokesman said ... Col. Steven Warren added"); so is a role one person holds in a place
    ("A Michigan prosecutor said" then "Kalamazoo County Prosecutor Jeff Getting says";
    `roles_named_later.txt`). Only a name written right after the same role word counts, and
    only for a lone holder described without anonymity.
    """
    mention, span = decision.mention, decision.source_span
    if (
        mention is None
        or mention.kind is not MentionKind.UNNAMED
        or mention.plural
        or mention.head not in load_lexicon("roles_named_later")
        or span is None
        or has_phrase("anonymity_reasons", context.normalized[base.span.start : base.span.end])
    ):
        return None
    following = context.normalized[span.end : span.end + context.settings.role_named_later_chars]
    for match in re.finditer(rf"\b{mention.head}\b", following, re.IGNORECASE):
        holder = HOLDER_AFTER.match(following, match.end())
        names = person_names(holder.group(1), context.people) if holder else []
        if holder and names and len(names[0].split()) > 1:
            start = span.end + holder.start(1) + holder.group(1).find(names[0])
            named = Span(start, start + len(names[0]))
            return _named_later(base, decision, names[0], named, context)
    return None


def lede_official_named_next(
    base: Statement, decision: Decision, following: Decision | None, earlier: Attributed,
    context: Context,
) -> Statement | None:
    """'A top UN official has urged ...' then 'UN High Commissioner for Human Rights Michelle
    Bachelet warned ...': the lede's official is the one the next sentence names with the same
    organization (rule 6: described in one sentence, named in the next). Only the first
    statement, a lone official introduced by "a" without anonymity, and an organization word
    (not a nationality or place, which describe any official) in both descriptions.
    """
    mention = decision.mention
    if (
        earlier
        or following is None
        or following.type is not SourceType.NAMED_OFFICIAL
        or following.source_span is None
        or mention is None
        or mention.kind is not MentionKind.UNNAMED
        or mention.plural
        or mention.text.split(" ", 1)[0].lower() not in {"a", "an"}
        or mention.head not in load_lexicon("official_roles")
        or has_phrase("anonymity_reasons", context.normalized[base.span.start : base.span.end])
    ):
        return None
    described = role_modifiers(mention)
    named_as = span_text(context, following.source_span) or ""
    if not described or not set(described) <= set(named_as.replace(".", "").split()):
        return None
    return _resolved_at(base, Rule.NAMED_LATER, decision, following.source_span, context)


def _named_later(
    base: Statement, decision: Decision, name: str, named: Span | None, context: Context
) -> Statement:
    """`base` sourced to `name`, named after the description its cue gives (rule 6)."""
    return person_named(
        base, Rule.NAMED_LATER, decision, name, named, context,
        cue=decision.cue.words,
        cue_span=decision.cue.span,
        confidence=context.settings.rule_confidence_resolved,
    )


def person_named(
    statement: Statement,
    rule: Rule,
    decision: Decision,
    name: str,
    named: Span | None,
    context: Context,
    **changes: object,
) -> Statement:
    """`statement` sourced to the person `name` (at `named`), which `decision`'s mention refers to."""
    assert decision.mention is not None
    official = is_official(name, context.people) or official_role(decision.mention)
    return decided(
        statement,
        Provenance(
            rule,
            cue_kind=decision.cue.kind.value,
            source_kind=(MentionKind.OFFICIAL if official else MentionKind.PERSON).value,
            reference=decision.mention.text,
            reference_kind=decision.mention.kind.value,
            name=name,
        ),
        type=SourceType.NAMED_OFFICIAL if official else SourceType.NAMED_PERSON,
        source=span_text(context, named) if named else name,
        source_span=named,
        **changes,
    )


def is_official(name: str, people: dict[str, bool]) -> bool:
    """Whether the article gives `name` (or its surname) an official role."""
    return people.get(name, people.get(name.split()[-1], False))


def official_role(mention: Mention) -> bool:
    """ "the president", "the senator": a definite description by an official role, which
    makes the person it refers to an official (rule 2: "the Iranian official said" after
    "Ali Shamkhani" is named_official)."""
    return mention.kind is MentionKind.DEFINITE_ROLE and mention.head in load_lexicon("official_roles")


def last_mention(name: str, offset: int, text: str) -> Span | None:
    """The span of `name`'s last occurrence in `text` (which starts at `offset`), if any."""
    found = text.rfind(name)
    return Span(offset + found, offset + found + len(name)) if found >= 0 else None


def named_elsewhere(head: str, after: int, context: Context) -> Span | None:
    """Where an official is named near the same role word later in the article (rule 6).

    Only an official role counts ("the minister", "the spokesman"): "the woman" near the
    governor's name is not the governor.
    """
    if len(head) < 3 or head not in load_lexicon("official_roles"):
        return None
    following = context.normalized[after : after + context.settings.role_named_later_chars]
    margin = context.settings.role_name_margin_chars
    for match in re.finditer(rf"\b{re.escape(head)}\b", following, re.IGNORECASE):
        start = max(0, match.start() - margin)
        window = following[start : match.end() + margin]
        known = [
            name for name in person_names(window, context.people)
            if context.people.get(name) or context.people.get(name.split()[-1])
        ]
        if known:  # the name nearest the role word: "Under the Trump administration, Swalwell, a
            # four-term lawmaker" is Swalwell (the sixty-first set, CBS 5tT2TpQMB7RU358Q [1])
            name = min(known, key=lambda n: abs(window.find(n) - (match.start() - start)))
            return last_mention(name, after + start, window[: window.find(name) + len(name)])
    return None
