"""Attribute each statement to its source: cues, then pronouns, references and carry-over."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from sourcing.attribution.anonymity import about_sourcing, root
from sourcing.attribution.cue_kinds import CueKind
from sourcing.attribution.cues import find_cues, has_phrase
from sourcing.attribution.decide import MENTION_TYPES, Decision, decide
from sourcing.attribution.entities import known_organizations, known_people
from sourcing.attribution.gender import description_gender, name_gender, pronoun_gender
from sourcing.attribution.mentions import Mention, MentionKind, classify_phrase, names_people
from sourcing.attribution.names import person_names
from sourcing.attribution.subjects import initial_subject
from sourcing.lexicons import alternation, lexicon_union, load_lexicon
from sourcing.provenance import Provenance, Rule, render_evidence
from sourcing.records import Document, SourceType, Span, Statement
from sourcing.settings import Settings
from sourcing.text.normalize import normalized_view
from sourcing.text.quotes import opens_inside_quote, quoted_mask

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


@dataclass(frozen=True)
class Context:
    """What every sentence's attribution may consult about the whole document."""

    document: Document
    normalized: str
    quoted: bytes
    people: dict[str, bool]
    settings: Settings
    organizations: frozenset[str] = frozenset()  # one-word names of its organizations ("Kaiser")
    handles: bool = True  # the text has "(@", which every credit line of a post needs


class Attributed(list[Statement]):
    """The statements attributed so far, in order; it only grows while a document is read."""

    def __init__(self) -> None:
        super().__init__()
        # Where each search of `latest` stopped: key -> (statements scanned, last found).
        self._searched: dict[str, tuple[int, Statement | None]] = {}

    def latest(self, key: str, fits: Callable[[Statement], bool]) -> list[Statement]:
        """Return the last statement that `fits` (a list of one), or an empty list.

        A search resumes where the last one with the same `key` stopped: searching the
        whole article again for each reference made time grow with the square of its
        length ("The report said." x 10,000).
        """
        scanned, found = self._searched.get(key, (0, None))
        for previous in self[scanned:]:
            if fits(previous):
                found = previous
        self._searched[key] = (len(self), found)
        return [found] if found is not None else []


@lru_cache(maxsize=8)
def text_views(text: str) -> tuple[str, bytes]:
    """The length-preserving normalized view of `text` and its quotation mask (read-only).

    Cached for the few latest texts: the model's features read the same views right after
    attribution, and computing them again cost about 7 ms an article.
    """
    normalized = normalized_view(text)
    return normalized, bytes(quoted_mask(normalized))


def attribute_statements(
    document: Document, sentences: Sequence[Span], settings: Settings
) -> list[Statement]:
    """Type every sentence by where its content comes from."""
    normalized, quoted = text_views(document.text)
    people = known_people(normalized)
    organizations = known_organizations(normalized, people)
    context = Context(
        document, normalized, quoted, people, settings, organizations, "(@" in normalized
    )
    decisions = [
        decide(
            find_cues(normalized, span, context.quoted, settings),
            normalized,
            context.people,
            document.outlet,
            context.organizations,
        )
        for span in sentences
    ]
    attributed = Attributed()
    for index, span in enumerate(sentences):
        attributed.append(_attribute_one(index, span, decisions[index], attributed, context))
    return _fill_quote_speakers(_fill_quote_openers(attributed, sentences, context), context)


def _attribute_one(
    index: int, span: Span, decision: Decision | None, earlier: Attributed, context: Context
) -> Statement:
    base = Statement(
        index=index,
        span=span,
        text=context.document.slice(span),
        type=SourceType.UNATTRIBUTED,
        confidence=context.settings.rule_confidence_uncued,
    )
    if decision is None:
        return _carry_over(base, earlier, context)
    secondary = decision.source_span is not None and _in_coordinated_clause(
        context.normalized, span, decision.source_span
    )
    if (decision.cue.words in MENTAL_STATE_VERBS or secondary) and _continues_account(
        base, earlier, context
    ):
        return _carry_over(base, earlier, context, account=True)
    cue_words = decision.cue.words
    if decision.type is None and decision.mention is not None:
        return _resolve_reference(base, decision, earlier, context)
    issued = _issuer_of(base, decision, earlier, context)
    if issued is not None:
        return issued
    later = (
        _kin_named_later(base, decision, context)
        or _spokesman_named_later(base, decision, context)
        or _officials_named_before(base, decision, earlier, context)
    )
    if later is not None:
        return later
    return _decided(
        base,
        decision.provenance,
        type=decision.type or SourceType.UNATTRIBUTED,
        source=_slice(context, decision.source_span),
        source_span=decision.source_span,
        via=decision.via,
        via_span=decision.via_span,
        cue=cue_words,
        cue_span=decision.cue.span,
        confidence=context.settings.rule_confidence_cued,
    )


# "Alexander and Jones’s bipartisan proposal": two names joined by "and".
JOINED_NAMES = re.compile(r"\b([A-Z][\w\-]+)(?:['’]s)?\s+and\s+([A-Z][\w\-]+)(?:['’]s)?")


def _officials_named_before(
    base: Statement, decision: Decision, earlier: Attributed, context: Context
) -> Statement | None:
    """'Alexander and Jones’s proposal is not finalized; the senators said': a definite plural
    official role right after two people the article names, joined by "and", is those people
    (rules 2 and 6: the text names them)."""
    mention, span = decision.mention, decision.source_span
    if (
        mention is None
        or mention.kind is not MentionKind.UNNAMED
        or not mention.plural
        or span is None
        or not mention.text.lower().startswith("the ")
        or mention.head.removesuffix("s") not in load_lexicon("official_roles")
    ):
        return None
    start = earlier[-1].span.start if earlier else base.span.start
    for match in reversed(list(JOINED_NAMES.finditer(context.normalized, start, span.start))):
        if all(context.people.get(match.group(g)) is not None for g in (1, 2)):
            return _official_at(
                base, Rule.REFERS_NAME, decision, Span(match.start(), match.end(2)), context,
                cue=decision.cue.words,
                cue_span=decision.cue.span,
                confidence=context.settings.rule_confidence_resolved,
            )
    return None


def _official_at(
    statement: Statement, rule: Rule, decision: Decision, named: Span, context: Context,
    **changes: object,
) -> Statement:
    """`statement` sourced to the official(s) named at `named`, whom `decision`'s mention means."""
    assert decision.mention is not None
    return _decided(
        statement,
        Provenance(
            rule,
            cue_kind=decision.cue.kind.value,
            source_kind=MentionKind.OFFICIAL.value,
            reference=decision.mention.text,
            reference_kind=decision.mention.kind.value,
            name=_slice(context, named),
        ),
        type=SourceType.NAMED_OFFICIAL,
        source=_slice(context, named),
        source_span=named,
        **changes,
    )


KIN = re.compile(r"([A-Z][\w\-]+?)(?:'s|')\s+([a-z]+)")


def _kin_named_later(base: Statement, decision: Decision, context: Context) -> Statement | None:
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
            named = _last_mention(name, span.end, following[: following.find(name) + len(name)])
            return _named_later(base, decision, name, named, context)
    return None


SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
HOLDER_AFTER = re.compile(r"\s+((?:[A-Z][\w.'\-]*\s+){0,3}[A-Z][\w'\-]+)")


def _spokesman_named_later(
    base: Statement, decision: Decision, context: Context
) -> Statement | None:
    """'..., a spokesman for the insurgents said' then 'Taliban spokesman Suhail Shaheen
    tweeted': a spokesman the article names later is that person (rule 6, "A Pentagon
    spokesman said ... Col. Steven Warren added"). Only a name written right after the same
    role word counts, and only for a lone spokesman described without anonymity.
    """
    mention, span = decision.mention, decision.source_span
    if (
        mention is None
        or mention.kind is not MentionKind.UNNAMED
        or mention.plural
        or mention.head not in SPOKESPEOPLE
        or span is None
        or has_phrase("anonymity_reasons", context.normalized[base.span.start : base.span.end])
    ):
        return None
    following = context.normalized[span.end : span.end + context.settings.role_named_later_chars]
    for match in re.finditer(rf"\b{mention.head}\b", following):
        holder = HOLDER_AFTER.match(following, match.end())
        names = person_names(holder.group(1), context.people) if holder else []
        if holder and names and len(names[0].split()) > 1:
            start = span.end + holder.start(1) + holder.group(1).find(names[0])
            named = Span(start, start + len(names[0]))
            return _named_later(base, decision, names[0], named, context)
    return None


def _named_later(
    base: Statement, decision: Decision, name: str, named: Span | None, context: Context
) -> Statement:
    """`base` sourced to `name`, named after the description its cue gives (rule 6)."""
    return _person_named(
        base, Rule.NAMED_LATER, decision, name, named, context,
        cue=decision.cue.words,
        cue_span=decision.cue.span,
        confidence=context.settings.rule_confidence_resolved,
    )


def _person_named(
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
    official = _is_official(name, context.people) or _official_role(decision.mention)
    return _decided(
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
        source=_slice(context, named) if named else name,
        source_span=named,
        **changes,
    )


def _decided(statement: Statement, provenance: Provenance | None, **changes: object) -> Statement:
    """`statement` with `changes`, its provenance, and the evidence and mention flag rendered from it."""
    kind = provenance.source_kind if provenance else None
    return replace(
        statement,
        provenance=provenance,
        evidence=render_evidence(provenance),
        flags=(f"mention:{kind}",) if kind is not None else (),
        **changes,  # type: ignore[arg-type]
    )


def _slice(context: Context, span: Span | None) -> str | None:
    return context.document.text[span.start : span.end] if span else None


def _resolve_reference(
    base: Statement, decision: Decision, earlier: Attributed, context: Context
) -> Statement:
    """Give a pronoun or definite description the type of what it refers to (rule 2)."""
    mention = decision.mention
    assert mention is not None
    wanted = {
        MentionKind.PRONOUN_PERSON: PERSON_KINDS,
        MentionKind.PRONOUN_GROUP: GROUP_KINDS,
        MentionKind.PRONOUN_THING: THING_KINDS,
        MentionKind.DEFINITE_ROLE: PERSON_KINDS,
        MentionKind.REPORT: frozenset(
            {MentionKind.OUTLET, MentionKind.INDEFINITE_REPORT, MentionKind.ORGANIZATION}
        ),
        MentionKind.POLL_RESULT: frozenset(
            {MentionKind.ORGANIZATION, MentionKind.DOCUMENT, MentionKind.POLL_RESULT}
        ),
    }[mention.kind]
    cued = replace(
        base,
        cue=decision.cue.words,
        cue_span=decision.cue.span,
        confidence=context.settings.rule_confidence_resolved,
    )
    in_sentence = _named_in_sentence(cued, decision, context) or _narrated_just_before(
        cued, decision, earlier, context
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
    if mention.kind is MentionKind.REPORT:
        outlets = earlier.latest("outlet", lambda p: bool(_outlet_of(p)))
        relayed = _outlet_report(cued, decision, outlets, context)
        if relayed is not None:
            return relayed
    after = _named_after(cued, decision, context)
    for previous in reversed(reach):
        if (
            _refers_to(previous, mention, wanted)
            and _gender_agrees(previous.source, mention, context)
            and not _surname_in(previous.source, after, context)
        ):
            kind = _mention_kind(previous)
            return _take_source(
                cued,
                previous,
                Provenance(
                    Rule.REFERS_STATEMENT,
                    cue_kind=decision.cue.kind.value,
                    source_kind=kind.value if kind else "",
                    reference=mention.text,
                    reference_kind=mention.kind.value,
                    statement=previous.index,
                ),
            )
    return _fallback_reference(cued, decision, earlier, context)


def _named_in_sentence(cued: Statement, decision: Decision, context: Context) -> Statement | None:
    """'... as Iraqi Prime Minister Haider al-Abadi was visiting Washington, where he asked':
    a person named earlier in the same sentence, outside quotation marks and as the subject of
    its own verb, is what "he" or "she" refers to, before any earlier statement's source; not
    a name after "the" ("the Wall Street Journal would present": a title, no person)."""
    mention = decision.mention
    assert mention is not None
    if mention.kind is not MentionKind.PRONOUN_PERSON or decision.source_span is None:
        return None
    start, upto = cued.span.start, decision.source_span.start
    preceding = "".join(
        " " if context.quoted[i] else c for i, c in enumerate(context.normalized[start:upto], start)
    )
    found = [
        (m.start(), m.end(1), name)
        for name in person_names(preceding, context.people)
        if (name in context.people or name.split()[-1] in context.people)
        and _gender_agrees(name, mention, context)
        for m in [re.search(rf"(?<![Tt]he\s)\b({re.escape(name)}{PARTICLE_SURNAME}){SUBJECT_OF_VERB}", preceding)]
        if m is not None
    ]
    if not found:
        return None
    first, last, name = max(found)
    main_clause = OWN_SUBJECT_AFTER.search(preceding, last)
    if main_clause is not None:
        other = _other_person(preceding[:main_clause.start()], name, mention, context)
        if other is None:
            return None
        first, last, name = other
    named = Span(start + first, start + last)
    return _person_named(cued, Rule.REFERS_NAME, decision, name, named, context)


def _other_person(
    clause: str, subject: str, mention: Mention, context: Context
) -> tuple[int, int, str] | None:
    """ "After Mr. Mueller delivered his report to Mr. Barr, the attorney general issued a
    summary in which he said": a description as the main clause's subject is not the leading
    clause's subject (who would be "he"), so it and its "he" are the one other person that
    clause names; None unless exactly one."""
    others = {
        n
        for n in person_names(clause, context.people)
        if n.split()[-1] != subject.split()[-1]
        and (n in context.people or n.split()[-1] in context.people)
        and _gender_agrees(n, mention, context)
    }
    if len(others) != 1:
        return None
    name = others.pop()
    at = clause.rfind(name)
    return at, at + len(name), name


def _narrated_just_before(
    cued: Statement, decision: Decision, earlier: list[Statement], context: Context
) -> Statement | None:
    """ "Camp Fire survivor Lisa Williams was outraged with the outcome. “It’s a crime against
    society,” she said.": a person who opens the sentence just before, unsourced narration, as
    the subject of its verb, is what "he" or "she" refers to, before any earlier statement's
    source (rule 2); not when the sentence has a quotation or a pronoun of that gender (whose
    referent is then an earlier one)."""
    mention = decision.mention
    assert mention is not None
    if mention.kind is not MentionKind.PRONOUN_PERSON or not earlier:
        return None
    previous = earlier[-1]
    if previous.type is not SourceType.UNATTRIBUTED or previous.index != cued.index - 1:
        return None
    sentence = context.normalized[previous.span.start : previous.span.end]
    if any(context.quoted[previous.span.start : previous.span.end]):
        return None
    if re.search(rf"\b{re.escape(mention.text.lower())}\b", sentence.lower()):
        return None
    opening = sentence[: context.settings.role_name_margin_chars]
    sourced = next((p.source for p in reversed(earlier) if p.source), "")
    for name in person_names(opening, context.people):
        found = re.search(rf"\b({re.escape(name)}){SUBJECT_OF_VERB}", opening)
        if found is None or not (name in context.people or name.split()[-1] in context.people):
            continue
        if (
            not _gender_agrees(name, mention, context)
            or name.split()[-1] in sourced  # the last source again: the lookup keeps its words
            or name.split()[-1] in cued.text  # "“We knew Jane Doe was wrong,” he said"
        ):
            return None
        named = Span(previous.span.start + found.start(1), previous.span.start + found.end(1))
        return _person_named(cued, Rule.REFERS_NAME, decision, name, named, context)
    return None


# A surname after a lower-case particle, which names runs stop before ("Haider al-Abadi").
PARTICLE_SURNAME = r"(?:\s+[a-z]{1,3}-[A-Z][\w'\u2019-]*)?"
# A name followed by its own verb: "al-Abadi was visiting", not "told Smith that".
SUBJECT_OF_VERB = r"\s+(?:was|is|were|are|has|had|would|will|could|did|[a-z]+ed)\b"


# A main clause after the name with a description as its own subject ("After Mr. Mueller
# delivered his report to Mr. Barr, the attorney general issued a summary in which he said").
OWN_SUBJECT_AFTER = re.compile(r",\s+the\s+(?:[a-z][\w'\u2019-]*\s+){0,3}?[a-z][\w'\u2019-]*" + SUBJECT_OF_VERB)


# "the tweet", "this statement": a definite statement head with nothing capitalized after it.
DEFINITE_STATEMENT = re.compile(r"(?:the|this|that)\s+(\w+)", re.IGNORECASE)


def _issuer_of(
    base: Statement, decision: Decision, earlier: Attributed, context: Context
) -> Statement | None:
    """ "The tweet said." after "The GOP nominee later tweeted ...": a definite description of
    something said takes the type of whoever the article said it of (GUIDELINES rule 2, rule 9:
    a post is its author's), not an organization's; None when no earlier statement says it."""
    stem = _statement_stem(decision.mention)
    origin = _said_in(stem, earlier, context) if stem else None
    if origin is None or decision.mention is None:
        return None
    kind = _mention_kind(origin)
    cued = replace(
        base,
        cue=decision.cue.words,
        cue_span=decision.cue.span,
        confidence=context.settings.rule_confidence_resolved,
    )
    provenance = Provenance(
        Rule.REFERS_STATEMENT,
        cue_kind=decision.cue.kind.value,
        source_kind=kind.value if kind else "",
        reference=decision.mention.text,
        reference_kind=decision.mention.kind.value,
        statement=origin.index,
    )
    return _take_source(cued, origin, provenance)


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
        if not _is_carried(previous):
            return None
    return None


def _refers_to(previous: Statement, mention: Mention, wanted: frozenset[MentionKind]) -> bool:
    """Tell whether `mention` can take the source of statement `previous` (rule 2)."""
    kind = _mention_kind(previous)
    if mention.kind is MentionKind.PRONOUN_GROUP and _people_joined(previous):
        wanted = wanted | NAMED_KINDS  # "they write" after "X, a former ambassador, and Y"
    if kind not in wanted or previous.type is SourceType.UNATTRIBUTED:
        return False
    if mention.kind is MentionKind.DEFINITE_ROLE and not (
        _same_head(previous, mention.head) and _same_modifiers(previous, mention)
    ):
        return False
    if mention.kind is MentionKind.POLL_RESULT and not POLL_WORDS.search(previous.source or ""):
        return False
    if mention.kind is MentionKind.PRONOUN_PERSON and _group_source(previous):
        return False  # "he" is not "The Democrats", "Authorities" or "five women"
    return not (
        mention.kind is MentionKind.REPORT
        and kind is MentionKind.ORGANIZATION
        and "report" not in (previous.source or "").lower()
    )


NAMED_KINDS = frozenset({MentionKind.OFFICIAL, MentionKind.PERSON})


def _named_after(cued: Statement, decision: Decision, context: Context) -> str:
    """The statement's words after its pronoun: a person named there is someone else ("She
    told the Post that she did not share her story about Moore" is not Moore)."""
    start = decision.source_span.end if decision.source_span else cued.span.start
    return context.normalized[start : cued.span.end]


def _surname_in(source: str | None, text: str, context: Context) -> bool:
    """Whether the person `source` names is named in `text` by surname."""
    names = person_names(source or "", context.people)
    surname = names[0].split()[-1] if names else ""
    # the substring test first: compiling a pattern for each surname cost more than the search
    if not surname or surname not in text:
        return False
    return re.search(rf"\b{re.escape(surname)}\b", text) is not None


def _people_joined(statement: Statement) -> bool:
    """The source names two or more people joined by "and" ("Gérard Araud, a former
    ambassador, and Ali Vaez, an Iran analyst"), whom a "they" may mean (rule 2)."""
    source = statement.source or ""
    return " and " in source and len(person_names(source)) >= 2


def _gender_agrees(source: str | None, mention: Mention, context: Context) -> bool:
    """ "she" is not "Roy Moore" nor "the father": a pronoun's gender, where the article gives
    the source's ("Moore said he ...", "Mrs. Pelosi", "a woman named ..."), must match."""
    wanted = pronoun_gender(mention.text) if mention.kind is MentionKind.PRONOUN_PERSON else None
    if wanted is None or not source:
        return True
    named = (person_names(source, context.people) or [source])[0].split()[-1].strip(".,'’")
    given = name_gender(named, context.normalized) if named[:1].isupper() else None
    if given is None:
        given = description_gender(source.split(",")[0])
    return given is None or given == wanted


def _group_source(statement: Statement) -> bool:
    """The statement's source is unnamed people in the plural ("Republican activists") or no
    person ("a per-barrel development fee", a phrase a cue took for its subject)."""
    if _mention_kind(statement) not in NO_NAME_KINDS or not statement.source:
        return False
    mention = classify_phrase(statement.source, {})
    return mention.plural or not names_people(mention.head)


NO_NAME_KINDS = frozenset({MentionKind.UNNAMED, MentionKind.DEFINITE_ROLE})


def _outlet_of(previous: Statement) -> str | None:
    """The outlet whose report statement `previous` relays or cites, if any."""
    return previous.via or (
        previous.source if _mention_kind(previous) is MentionKind.OUTLET else None
    )


def _outlet_report(
    cued: Statement, decision: Decision, earlier: list[Statement], context: Context
) -> Statement | None:
    """'According to the report' after 'Reuters reported': the outlet's report (cited_outlet)."""
    for previous in reversed(earlier):
        outlet = _outlet_of(previous)
        if outlet:
            return _decided(
                cued,
                Provenance(
                    Rule.OUTLET_REPORT,
                    cue_kind=decision.cue.kind.value,
                    source_kind=MentionKind.OUTLET.value,
                    name=outlet,
                    statement=previous.index,
                ),
                type=SourceType.CITED_OUTLET,
                source=_slice(context, decision.source_span),
                source_span=decision.source_span,
                via=outlet,
                via_span=previous.via_span or previous.source_span,
            )
    return None


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


def _fallback_reference(
    cued: Statement, decision: Decision, earlier: list[Statement], context: Context
) -> Statement:
    """No earlier statement fits: look for a name in the preceding text, else decide by kind."""
    mention = decision.mention
    assert mention is not None
    source = _slice(context, decision.source_span)
    # "The crowd applauded", "The comments showed": a definite description of no person or
    # speaker refers to nobody the article quotes
    nobody = mention.kind is MentionKind.DEFINITE_ROLE and not names_people(mention.text)
    if not nobody and mention.kind in {MentionKind.PRONOUN_PERSON, MentionKind.DEFINITE_ROLE}:
        settings = context.settings
        # The name may stand earlier in the same sentence ("Steele ..., telling ... that he").
        upto = decision.source_span.start if decision.source_span else cued.span.start
        # Only the body: a byline's name before the first statement is no antecedent
        # ("Will Schmitt\n\n... The woman ... told KSDK" is not Schmitt; train2).
        body = earlier[0].span.start if earlier else cued.span.start
        preceding = context.normalized[max(0, body, upto - settings.pronoun_name_chars) : upto]
        after = _named_after(cued, decision, context)
        names = [
            n
            for n in person_names(preceding, context.people)
            if (n in context.people or n.split()[-1] in context.people)
            and _may_be(mention, _is_official(n, context.people))
            and _described_as(n, _modifiers(mention), preceding, settings)
            and _gender_agrees(n, mention, context)
            and not _surname_in(n, after, context)
        ]
        if names:
            names = _preferred(names, mention, preceding, earlier, context)
            best = _most_mentioned(names, context.normalized, upto, settings)
            named = _last_mention(best, upto - len(preceding), preceding)
            return _person_named(cued, Rule.REFERS_NAME, decision, best, named, context)
    if mention.kind is MentionKind.DEFINITE_ROLE and not nobody:
        later = _named_elsewhere(mention.head, cued.span.end, context)
        if later is not None:
            return _official_at(cued, Rule.NAMED_LATER, decision, later, context)
    if mention.kind is MentionKind.PRONOUN_THING:
        subject = _subject_antecedent(earlier, context)
        if subject is not None:
            found, kind = subject
            return _decided(
                cued,
                Provenance(
                    Rule.REFERS_NAME,
                    cue_kind=decision.cue.kind.value,
                    source_kind=kind.value,
                    reference=mention.text,
                    reference_kind=mention.kind.value,
                    name=_slice(context, found),
                ),
                type=MENTION_TYPES.get(kind) or SourceType.DOCUMENT,
                source=_slice(context, found),
                source_span=found,
            )
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
    if nobody:
        fallback = SourceType.UNATTRIBUTED
    return _decided(
        cued,
        Provenance(
            Rule.NO_ANTECEDENT,
            cue_kind=decision.cue.kind.value,
            source_kind=mention.kind.value,
            reference=mention.text,
            reference_kind=mention.kind.value,
        ),
        type=fallback,
        source=source if fallback is not SourceType.UNATTRIBUTED else None,
        source_span=decision.source_span if fallback is not SourceType.UNATTRIBUTED else None,
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


def _is_official(name: str, people: dict[str, bool]) -> bool:
    return people.get(name, people.get(name.split()[-1], False))


def _official_role(mention: Mention) -> bool:
    """ "the president", "the senator": a definite description by an official role, which
    makes the person it refers to an official (rule 2: "the Iranian official said" after
    "Ali Shamkhani" is named_official)."""
    return mention.kind is MentionKind.DEFINITE_ROLE and mention.head in load_lexicon("official_roles")


def _may_be(mention: Mention, official: bool) -> bool:
    """Whether a person of that status may be what `mention` refers back to.

    "The woman", "the teen", "the lawyer" name a private person, never the official the
    article also names (train2: "the woman told KSDK" is not Gov. Greitens); "the source"
    names no one (rule 6); other descriptions and pronouns may be anyone.
    """
    if mention.kind is not MentionKind.DEFINITE_ROLE:
        return True
    head = mention.head
    if head in {"source", "sources"}:
        return False
    private = head in load_lexicon("person_roles") or head in PRIVATE_HEADS
    return not (private and official)


# Heads of a definite description of a private person (with person_roles.txt).
PRIVATE_HEADS = frozenset({"man", "woman", "men", "women", "teen", "teenager", "girl", "boy", "person"})


def _last_mention(name: str, offset: int, text: str) -> Span | None:
    """The span of `name`'s last occurrence in `text` (which starts at `offset`), if any."""
    found = text.rfind(name)
    return Span(offset + found, offset + found + len(name)) if found >= 0 else None


def _named_elsewhere(head: str, after: int, context: Context) -> Span | None:
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
        for name in person_names(window, context.people):
            if context.people.get(name) or context.people.get(name.split()[-1]):
                return _last_mention(name, after + start, window[: window.find(name) + len(name)])
    return None


POLL_WORDS = re.compile(rf"\b(?:{alternation('poll_words')})\b", re.IGNORECASE)


def _mention_kind(statement: Statement) -> MentionKind | None:
    kind = _source_kind(statement)
    return MentionKind(kind) if kind else None


def _source_kind(statement: Statement) -> str | None:
    """The mention kind of the statement's source, as its provenance records it."""
    return statement.provenance.source_kind if statement.provenance else None


def _same_head(previous: Statement, head: str) -> bool:
    """Whether `previous`'s source, or the description it was resolved from ("a company
    spokesman said", named later as Trenton Kennedy: "The spokesman reiterated"), has `head`."""
    if not previous.source:
        return False
    reference = previous.provenance.reference if previous.provenance else None
    return any(head.rstrip("s") in (words or "").lower() for words in (previous.source, reference))


def _preferred(
    names: list[str], mention: Mention, preceding: str, earlier: list[Statement], context: Context
) -> list[str]:
    """The names a reference most likely means, of those it may mean.

    "The president has denied" is the name titled president ("President Juan Orlando
    Hernandez"), not his brother named after him; else "he" or "the Texas senator" after
    "Bolton declined to comment" is Bolton, the subject of the statement before, however
    often the article names Trump.
    """
    if mention.kind is MentionKind.DEFINITE_ROLE:
        titled = [n for n in names if _described_as(n, [mention.head], preceding, context.settings)]
        if titled:
            return titled
        if _official_role(mention):  # "The president" is not the pastor the article quoted last
            names = [n for n in names if _is_official(n, context.people)] or names
    if earlier:
        previous = earlier[-1]
        opening = context.normalized[previous.span.start : previous.span.end][
            : context.settings.role_name_margin_chars
        ]
        first = next(iter(person_names(opening, context.people)), None)
        centered = [n for n in names if first and (n == first or n.split()[-1] == first.split()[-1])]
        return centered[-1:] or names
    return names


def _modifiers(mention: Mention) -> list[str]:
    """The names between a definite role's article and head ("the Taliban spokesman"); a
    nationality, party or place ("the Iranian official", "the Texas senator") may describe
    any of its officials."""
    if mention.kind is not MentionKind.DEFINITE_ROLE:
        return []
    words = [w.replace(".", "") for w in mention.text.split()[1:-1] if w[:1].isupper()]
    general = lexicon_union("descriptor_adjectives", "places")
    return [w for w in words if w.lower() not in general and w not in {"US", "UK"}]


def _same_modifiers(previous: Statement, mention: Mention) -> bool:
    """'the Taliban spokesman' is not 'Putin spokesman Dmitry Peskov': every capitalized word
    before the head must be in the earlier source."""
    source = (previous.source or "").replace(".", "")
    return all(re.search(rf"\b{re.escape(word)}", source) for word in _modifiers(mention))


def _described_as(name: str, words: list[str], text: str, settings: Settings) -> bool:
    """Whether `text` describes `name` with every word ("Taliban spokesman Suhail Shaheen",
    "Shaheen, the Taliban's spokesman"): a word right before or after one of its mentions."""
    if not words:
        return True
    margin = settings.role_name_margin_chars
    plain = text.replace(".", "")
    for found in re.finditer(re.escape(name.replace(".", "")), plain):
        left = plain[max(0, found.start() - margin) : found.start()]
        right = plain[found.end() : found.end() + margin]
        around = left + (right.split(",")[1] if right.startswith(",") else "")
        if all(re.search(rf"\b{re.escape(word)}", around, re.IGNORECASE) for word in words):
            return True
    return False


TWEET_CREDIT = re.compile(r"-\s*([^\W\d_a-z][^()\n]{1,60}?)\s*\(@\w{1,30}\)")


def _tweet_author(base: Statement, context: Context) -> Statement | None:
    """An embedded tweet is a statement of its author, named in the credit line (rule 9)."""
    if not context.handles:
        return None
    credit = _tweet_credit(base, context) or _leading_tweet_credit(base, context)
    if credit is None:
        return None
    name, source_span = credit
    mention = classify_phrase(_slice(context, name) or "", context.people)
    if mention.kind not in {
        MentionKind.OFFICIAL,
        MentionKind.PERSON,
        MentionKind.ORGANIZATION,
        MentionKind.OUTLET,
    }:
        mention = replace(mention, kind=MentionKind.PERSON)
    return _decided(
        base,
        Provenance(Rule.EMBEDDED_POST, source_kind=mention.kind.value),
        type=MENTION_TYPES[mention.kind] or SourceType.NAMED_PERSON,
        source=_slice(context, source_span),
        source_span=source_span,
        confidence=context.settings.rule_confidence_resolved,
    )


def _tweet_credit(base: Statement, context: Context) -> tuple[Span, Span] | None:
    """The credit line after the tweet ("- Name (@handle) date"): its name, and with the handle."""
    window = context.normalized[base.span.end : base.span.end + context.settings.tweet_credit_chars]
    paragraph_end = window.find("\n\n", 1)
    past = context.settings.tweet_credit_past_paragraph_chars
    credit = TWEET_CREDIT.search(
        window, 0, paragraph_end + past if paragraph_end >= 0 else len(window)
    )
    if credit is None:
        return None
    name = Span(base.span.end + credit.start(1), base.span.end + credit.end(1))
    return name, Span(name.start, base.span.end + credit.end())


# "Javad Zarif (@JZarif) COLOR US UNIMPRESSED: ...": a post whose paragraph opens with its
# author's name and handle (The Guardian's embeds: 75 of 100 such articles of the corpus).
LEADING_CREDIT = re.compile(r"((?:[A-Z][\w.'\-]*\s+){0,4}[A-Z][\w.'\-]*)\s*\(@\w{1,30}\)(?=\s+\S)")


def _leading_tweet_credit(base: Statement, context: Context) -> tuple[Span, Span] | None:
    """The name opening the statement's paragraph before a handle: the post's author (rule 9)."""
    opening = context.normalized.rfind("\n", 0, base.span.start) + 1
    credit = LEADING_CREDIT.match(context.normalized, opening, base.span.end)
    if credit is None:
        return None
    return Span(credit.start(1), credit.end(1)), Span(credit.start(1), credit.end())


# "The US believes that ..." right after a source's account reports that account: a reporter
# cannot know what a third party believes except from the source (rule 3).
MENTAL_STATE_VERBS = frozenset(
    {"believes", "believed", "thinks", "wants", "wanted", "feels", "hopes", "fears", "expects"}
)


def _in_coordinated_clause(normalized: str, sentence: Span, source: Span) -> bool:
    """'The request was friendly and the Iranians expressed ...': the cue opens no account."""
    before = normalized[sentence.start : source.start].rstrip().lower()
    return before.endswith((" and", " but")) and '"' not in before[-3:]


def _continues_account(base: Statement, earlier: list[Statement], context: Context) -> bool:
    """The previous statement, in the same paragraph, is someone's attributed speech."""
    if not earlier or earlier[-1].type is SourceType.UNATTRIBUTED or earlier[-1].cue is None:
        return False
    gap = context.normalized[earlier[-1].span.end : base.span.start]
    return "\n" not in gap and earlier[-1].cue not in MENTAL_STATE_VERBS


def _carry_over(
    base: Statement, earlier: Attributed, context: Context, account: bool = False
) -> Statement:
    """An uncued sentence inside or opening a quotation continues the previous account (rule 3)."""
    tweet = _tweet_author(base, context)
    if tweet is not None:
        return tweet
    if not earlier:
        return base
    poll = _poll_of_figures(base, earlier, context)
    if poll is not None:
        return poll
    interviewee = _interviewee(base, earlier, context)
    if interviewee is not None:
        return _carried_from(base, interviewee, context)
    previous = earlier[-1]
    if previous.type is SourceType.UNATTRIBUTED or previous.resolved_from == -1:
        return base
    inside = opens_inside_quote(context.quoted, base.span)
    starts_quote = context.normalized[base.span.start] == '"'
    gap = context.normalized[previous.span.end : base.span.start]
    same_paragraph = "\n" not in gap
    introduced = context.normalized[previous.span.start : previous.span.end].rstrip().endswith(":")
    if (
        account
        or inside
        or introduced
        or (starts_quote and (same_paragraph or gap.count("\n") <= 2))
        or _quoted_words(base, context) >= context.settings.partial_quotation_words
        or (same_paragraph and _in_introduced_block(earlier, context))
        or _introduced_block_goes_on(base, earlier, context, same_paragraph)
        or (same_paragraph and _in_speaker_turn(earlier, context))
        or _same_subject_goes_on(base, previous, context)
        or _next_list_item(base, earlier, context)
    ):
        if about_sourcing(base.text):
            return base
        return _carried_from(base, previous, context)
    return base


def _carried_from(base: Statement, origin: Statement, context: Context) -> Statement:
    """`base` continues `origin`'s account (rule 3): it takes its source, as a carry-over."""
    provenance = Provenance(Rule.CARRY_OVER, source_kind=_source_kind(origin), statement=origin.index)
    return _take_source(base, origin, provenance, confidence=context.settings.rule_confidence_uncued)


def _in_introduced_block(earlier: Attributed, context: Context) -> bool:
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
        and normalized[intro.span.start : intro.span.end].rstrip().endswith(":")
        and all(s.type is opener.type and s.source == opener.source for s in earlier[first:])
    )


# "we", "our", "I" outside quotation marks: no reporter's narration ("US" is a place).
FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]urs?|us|I|[Mm]y|[Mm]e)\b")


def _introduced_block_goes_on(
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
        return (
            all(s.source == earlier[-1].source for s in earlier[opener:])
            and _carried_from_previous(earlier, opener)
            and _introduced_block_goes_on(earlier[opener], earlier[:opener], context)
        )
    limit = context.settings.introduced_block_statements
    first = len(earlier) - 1
    while first > 0 and len(earlier) - first <= limit and _carried_from_previous(earlier, first):
        first -= 1
    lead_in = earlier[first]
    if first == len(earlier) - 1 or len(earlier) - first > limit or lead_in.type is SourceType.UNATTRIBUTED:
        return False
    if not context.normalized[lead_in.span.start : lead_in.span.end].rstrip().endswith(":"):
        return False
    return _paragraph_in_first_person(base, context)


def _paragraph_opener(earlier: Sequence[Statement], context: Context) -> int:
    """The index in `earlier` of the statement that opens the last statement's paragraph."""
    first = len(earlier) - 1
    while first > 0 and "\n" not in context.normalized[earlier[first - 1].span.end : earlier[first].span.start]:
        first -= 1
    return first


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
    normalized = context.normalized
    end = normalized.find("\n", base.span.start)
    end = len(normalized) if end < 0 else end
    return any(
        not context.quoted[m.start()] for m in FIRST_PERSON.finditer(normalized, base.span.start, end)
    )


def _in_speaker_turn(earlier: Attributed, context: Context) -> bool:
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
        and all(s.type is opener.type and s.source == opener.source for s in earlier[first:])
    )


PERSON_TYPES = frozenset({SourceType.NAMED_PERSON, SourceType.NAMED_OFFICIAL})
TOPIC_LINE = re.compile(r"On\s[^\n]*[^.?!\"'\s]\s*")  # "On why she chose ...": a topic, no answer


def _interviewee(base: Statement, earlier: Attributed, context: Context) -> Statement | None:
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


def _next_list_item(base: Statement, earlier: Attributed, context: Context) -> bool:
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


# "He also ...", "Grassley is also ...", "She went on to ...": the subject goes on.
GOES_ON = re.compile(
    r"(?:(?P<pronoun>He|She|They)|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<name>[A-Z][\w'\-]+))"
    r"\s+(?:\w+\s+){0,2}?(?:also\s+(?P<verb>\w+)|went\s+on\b)"
)


NOT_A_PERSON = frozenset(
    {SourceType.NAMED_ORGANIZATION, SourceType.DOCUMENT, SourceType.CITED_OUTLET}
)


def _same_subject_goes_on(base: Statement, previous: Statement, context: Context) -> bool:
    """'Pompeo also held Soleimani responsible ...', 'She also would not discuss ...' right
    after that source's statement: the same subject goes on with more of its account (rule 3),
    unless the verb is a plain action ('Xi also visited', rule 7). The subject is "he", "she"
    or "they", or a name the previous source contains.
    """
    found = GOES_ON.match(context.normalized, base.span.start, base.span.end)
    if found is None or not previous.source or found["verb"] in load_lexicon("plain_action_verbs"):
        return False
    name = found["name"]
    if name is None:  # "He also ..." goes on for a person, not for "Biden's team" (rule 6)
        return found["pronoun"] == "They" or previous.type not in NOT_A_PERSON
    return name.lower() not in load_lexicon("determiners") and bool(
        re.search(rf"\b{re.escape(name)}\b", previous.source)
    )


def _quoted_words(statement: Statement, context: Context) -> int:
    """How many lower-case words of the sentence lie inside quotation marks: 'But "if God
    forbid they do reach Syria, we will know what to do."' right after its speaker quotes that
    speaker on; a title ('"Make America Great Again" hat') is in capitals."""
    span, mask = statement.span, context.quoted
    words = LOWER_WORD.finditer(context.normalized, span.start, span.end)
    return sum(mask[word.start()] for word in words)


LOWER_WORD = re.compile(r"\b[a-z]\w*")


POLL_FIGURE = re.compile(
    r"\d\s*(?:%|percent\b|per\s+cent\b|percentage\s+points?\b)|\b(?:a|the)\s+(?:majority|plurality)\b"
    r"|\b(?:\w+|\d+)\s+in\s+(?:10|ten)\b|\b(?:two|three)-(?:thirds|quarters)\b",
    re.IGNORECASE,
)

POLL_TYPES = frozenset({SourceType.NAMED_ORGANIZATION, SourceType.DOCUMENT, SourceType.CITED_OUTLET})
POLL_METHOD = re.compile(r"\bmargin\s+of\s+error\b|\bsampling\s+error\b|\bplus\s+or\s+minus\b", re.IGNORECASE)


def _poll_of_figures(base: Statement, earlier: Attributed, context: Context) -> Statement | None:
    """Uncued poll figures ("Among Democrats, 88% ...") continue the poll named just before.

    A poll's results are told over several sentences with no cue of their own; they keep
    the poll as source while they follow it closely (GUIDELINES rule 3).
    """
    text = context.normalized[base.span.start : base.span.end]
    if not POLL_FIGURE.search(text) or POLL_METHOD.search(text):
        return None  # "plus or minus 3 points" is the paper's account of the method
    if text.startswith('"') or opens_inside_quote(context.quoted, base.span):
        return None  # a quotation is someone's words
    found = earlier.latest("poll figures", _names_poll)
    if not found or base.index - found[0].index > context.settings.poll_figures_window:
        return None
    poll = found[0]
    return _take_source(
        base,
        poll,
        Provenance(Rule.POLL_FIGURES, source_kind=_source_kind(poll), statement=poll.index),
        confidence=context.settings.rule_confidence_uncued,
    )


def _names_poll(statement: Statement) -> bool:
    """The statement's source is a poll ("a Gallup poll"), not a pollster ("Bill McInturff,
    who conducted the survey")."""
    core = (statement.source or "").split(",")[0]  # "Bill McInturff, who conducted the survey"
    return statement.type in POLL_TYPES and bool(POLL_WORDS.search(core))


def _fill_quote_openers(
    statements: list[Statement], sentences: Sequence[Span], context: Context
) -> list[Statement]:
    """A quotation whose attribution comes at its end: earlier sentences take that source."""
    result = list(statements)
    for i in range(len(result) - 2, -1, -1):
        current, following = result[i], result[i + 1]
        if following.type is SourceType.UNATTRIBUTED:
            continue
        following_inside = opens_inside_quote(context.quoted, following.span)
        if _carried_into_new_quotation(current, result, context):
            if not following_inside or _is_carried(following):
                continue
        elif current.type is not SourceType.UNATTRIBUTED or current.provenance is not None:
            continue
        attribution_first = (
            following.cue_span is not None and following.cue_span.start == following.span.start
        )
        if not (following_inside or attribution_first):
            continue
        if context.normalized[current.span.start] != '"' and not opens_inside_quote(
            context.quoted, current.span
        ):
            continue
        result[i] = _take_source(
            current,
            following,
            Provenance(
                Rule.QUOTE_OPENER, source_kind=_source_kind(following), statement=following.index
            ),
            confidence=context.settings.rule_confidence_uncued,
        )
    return result


def _is_carried(statement: Statement) -> bool:
    return statement.provenance is not None and statement.provenance.rule is Rule.CARRY_OVER


def _carried_into_new_quotation(
    current: Statement, statements: list[Statement], context: Context
) -> bool:
    """Whether `current` took the source of a statement before the paragraph where its own
    quotation opens: a new paragraph that opens a quotation is often a new speaker's, named
    at the quotation's end ('"How do you get people ...?" said William Gale')."""
    if not _is_carried(current) or current.resolved_from is None:
        return False
    mask, start = context.quoted, current.span.start
    while start > 0 and mask[start - 1]:
        start -= 1
    if not mask[start] or not context.normalized[:start].rstrip(" ").endswith("\n"):
        return False
    return statements[current.resolved_from].span.end <= start


def _take_source(
    target: Statement, origin: Statement, provenance: Provenance, **changes: object
) -> Statement:
    """Give `target` the source of `origin` (type, source, via), saying why."""
    return _decided(
        target,
        provenance,
        type=origin.type,
        source=origin.source,
        source_span=origin.source_span,
        via=origin.via,
        via_span=origin.via_span,
        resolved_from=root(origin),
        **changes,  # type: ignore[arg-type]
    )


def _fill_quote_speakers(statements: list[Statement], context: Context) -> list[Statement]:
    """A sentence made only of quoted words after narration ("Here are his comments:", a
    description of the scene) is the nearest earlier speaker's, within a few statements
    (rule 3: the next sentence of a quotation). Runs after the quotation openers, whose
    speaker comes after them.
    """
    result = list(statements)
    window = context.settings.quotation_speaker_window
    for i, current in enumerate(result):
        if current.provenance is not None or not _only_quoted(current, context):
            continue
        earlier = result[max(0, i - window) : i]
        attributed = (p for p in reversed(earlier) if p.type is not SourceType.UNATTRIBUTED)
        speaker = next(attributed, None)
        if speaker is None or about_sourcing(current.text):
            continue
        result[i] = _take_source(
            current,
            speaker,
            Provenance(Rule.CARRY_OVER, source_kind=_source_kind(speaker), statement=speaker.index),
            confidence=context.settings.rule_confidence_uncued,
        )
    return result


CLOSES_QUOTATION = re.compile(r'[^"]*[.,!?]"[)\]]?')


def _only_quoted(statement: Statement, context: Context) -> bool:
    """Whether the sentence is quoted words only: quoted words with narration of their own
    around them ('"Run, George, Run" is composed of ...') are a title, not speech. A sentence
    whose one quotation mark closes it ('We are looking into the facts."', a quotation cut by
    a line break: 'across the board."') ends a quotation opened before it: all quoted."""
    span, mask = statement.span, context.quoted
    text = context.normalized[span.start : span.end]
    if CLOSES_QUOTATION.fullmatch(text):
        return True
    if not (opens_inside_quote(mask, span) or text.startswith('"')):
        return False
    return not any(mask[span.start + i] == 0 and c.isalpha() for i, c in enumerate(text))
