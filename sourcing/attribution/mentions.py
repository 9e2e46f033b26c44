"""Say what kind of source a phrase names: an ordered table of named rules, the first that fits wins.

The rules' tests have their modules: `outlet_mentions` (outlets, media, journalists),
`record_mentions` (polls, reports, records, documents, statements), `person_mentions`
(named people, roles, descriptions of people) and `organization_mentions` (organizations,
offices, places).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sourcing.attribution.mention_kinds import Mention, MentionKind
from sourcing.attribution.organization_mentions import (
    counted_organizations,
    lone_organization,
    named_organization_appositive,
    office,
    organization_head,
    organization_head_then_name,
    organization_or_place_name,
)
from sourcing.attribution.outlet_mentions import (
    media_at_large,
    names_outlet,
    outlets_unnamed_source,
)
from sourcing.attribution.person_mentions import (
    appositive,
    appositive_name,
    appositive_official,
    definite_official_role,
    definite_role_of_a_place,
    group_of_a_name,
    indefinite_description,
    joined_name,
    lone_name,
    lone_official,
    lowercase_plural,
    named_official,
    named_person,
    named_relative,
    named_relative_official,
    official_and_group,
    party_member,
    place_title,
    relative_name,
    role_named_before,
    role_of_a_place,
    short_definite,
    unnamed_role,
)
from sourcing.attribution.phrases import Phrase, core_phrase
from sourcing.attribution.record_mentions import (
    case_report,
    document,
    legal_record_of_outlet,
    outlet_poll,
    poll_share,
    record_of_organization,
    report,
    report_of_organization,
    report_of_outlet,
    share_of_named_poll,
    statement,
    statement_by_official,
    statement_by_person,
    unidentified_polls,
    unidentified_report,
    work_of_outlet,
)

__all__ = ["RULES", "Mention", "MentionKind", "MentionRule", "classify_phrase", "core_phrase"]

Test = Callable[[Phrase], bool]


def _no_name(phrase: Phrase) -> str | None:
    return None


def _singular(phrase: Phrase) -> bool:
    return False


def _phrase_plural(phrase: Phrase) -> bool:
    return phrase.plural


def _always(phrase: Phrase) -> bool:
    return True


@dataclass(frozen=True)
class MentionRule:
    """A named rule: when `applies`, the phrase is a mention of `kind`."""

    label: str
    kind: MentionKind
    applies: Test
    name: Callable[[Phrase], str | None] = _no_name
    plural: Test = _singular
    with_head: bool = True

    def mention(self, phrase: Phrase) -> Mention:
        return Mention(
            self.kind,
            phrase.text,
            name=self.name(phrase),
            plural=self.plural(phrase),
            head=phrase.head if self.with_head else "",
        )


def classify_phrase(
    phrase: str, known_people: dict[str, bool], organizations: frozenset[str] = frozenset()
) -> Mention:
    """Classify a source phrase; `known_people` maps names seen in the article to is-official,
    `organizations` holds the one-word names it gives organizations ("Kaiser")."""
    view = Phrase(phrase.strip(), known_people, organizations)
    return first_rule(view).mention(view)


def first_rule(phrase: Phrase) -> MentionRule:
    """Return the first rule of RULES that applies to `phrase` (NO_RULE if none does)."""
    return next((rule for rule in RULES if rule.applies(phrase)), NO_RULE)


def _pronoun(*forms: str) -> Test:
    return lambda p: len(p.words) == 1 and p.words[0] in forms


def _core(p: Phrase) -> str | None:
    return p.core


def _statement_by_unnamed(p: Phrase) -> bool:
    """ "an account by two White House officials who spoke only on condition of anonymity": a
    statement whose speakers the text does not name is theirs, an unnamed source (rule 6), not
    an organization's (heldout19 VTpWqAJQtifNo0uS [5])."""
    if not statement(p):
        return False
    _, by, speakers = p.text.partition(" by ")
    if not by:
        return False
    return first_rule(Phrase(speakers.strip(), p.known_people, p.known_organizations)).kind is K.UNNAMED


K = MentionKind
# In order: the first rule that applies classifies the phrase.
RULES: tuple[MentionRule, ...] = (
    MentionRule("no words", K.UNKNOWN, lambda p: not p.words, with_head=False),
    MentionRule("he, she", K.PRONOUN_PERSON, _pronoun("he", "she"), with_head=False),
    MentionRule("they", K.PRONOUN_GROUP, _pronoun("they"), plural=_always, with_head=False),
    MentionRule("it", K.PRONOUN_THING, _pronoun("it"), with_head=False),
    MentionRule("I, we, you", K.FIRST_PERSON, _pronoun("i", "we", "you"), with_head=False),
    MentionRule("share of a named poll", K.ORGANIZATION, share_of_named_poll),
    MentionRule("poll share", K.POLL_RESULT, poll_share, plural=_always),
    MentionRule(
        "outlet's unnamed source", K.UNNAMED, outlets_unnamed_source, plural=_phrase_plural
    ),
    MentionRule("poll of an outlet", K.ORGANIZATION, outlet_poll, name=_core),
    MentionRule("legal record of an outlet", K.DOCUMENT, legal_record_of_outlet),
    MentionRule("outlet", K.OUTLET, names_outlet, name=lambda p: p.core_outlet or p.core),
    MentionRule("record of a case", K.DOCUMENT, case_report, plural=_phrase_plural),
    MentionRule("report of an outlet", K.OUTLET, report_of_outlet, name=lambda p: p.outlet),
    MentionRule("work of an outlet", K.OUTLET, work_of_outlet, name=lambda p: p.outlet),
    MentionRule("media at large", K.INDEFINITE_REPORT, media_at_large, plural=_always),
    MentionRule("report of an organization", K.ORGANIZATION, report_of_organization, name=_core),
    MentionRule(
        "unidentified report", K.INDEFINITE_REPORT, unidentified_report, plural=_phrase_plural
    ),
    MentionRule(
        "unidentified polls", K.INDEFINITE_REPORT, unidentified_polls, plural=_always
    ),
    MentionRule("the report", K.REPORT, report),
    MentionRule(
        "name, then organization", K.ORGANIZATION, named_organization_appositive,
        name=lambda p: p.text.partition(",")[0].strip(),
    ),
    MentionRule("record of an organization", K.ORGANIZATION, record_of_organization, name=_core),
    MentionRule("document", K.DOCUMENT, document, plural=_phrase_plural),
    MentionRule(
        "statement of an official",
        K.OFFICIAL,
        statement_by_official,
        name=lambda p: p.core_names[-1],
    ),
    MentionRule(
        "statement of a person", K.PERSON, statement_by_person, name=lambda p: p.core_names[-1]
    ),
    MentionRule(
        "statement of unnamed people", K.UNNAMED, lambda p: _statement_by_unnamed(p), plural=_always
    ),
    MentionRule("statement of an organization", K.ORGANIZATION, statement),
    MentionRule("role, then official's name", K.OFFICIAL, appositive_official, name=appositive),
    MentionRule("role, then name", K.PERSON, appositive_name, name=appositive),
    MentionRule(
        "relative, then official's name",
        K.OFFICIAL,
        named_relative_official,
        name=lambda p: relative_name(p) or "",
    ),
    MentionRule(
        "relative, then name", K.PERSON, named_relative, name=lambda p: relative_name(p) or ""
    ),
    MentionRule(
        "official and a group", K.OFFICIAL, official_and_group, name=lambda p: joined_name(p) or ""
    ),
    MentionRule(
        "person and a group",
        K.PERSON,
        lambda p: joined_name(p) is not None,
        name=lambda p: joined_name(p) or "",
    ),
    MentionRule("office", K.ORGANIZATION, office, name=_core),
    MentionRule("title of a place", K.DEFINITE_ROLE, place_title),
    MentionRule("role named before", K.DEFINITE_ROLE, role_named_before, plural=_phrase_plural),
    MentionRule("unnamed role", K.UNNAMED, unnamed_role, plural=_phrase_plural),
    MentionRule("role of a place, named before", K.DEFINITE_ROLE, definite_role_of_a_place),
    MentionRule("role of a place", K.UNNAMED, role_of_a_place),
    MentionRule("counted organizations", K.UNNAMED, counted_organizations, plural=_always),
    MentionRule("party member", K.UNNAMED, party_member),
    MentionRule(
        "organization head", K.ORGANIZATION, organization_head, name=_core, plural=_phrase_plural
    ),
    MentionRule("group of a name", K.UNNAMED, group_of_a_name, plural=_always),
    MentionRule(
        "organization head, then its name", K.ORGANIZATION, organization_head_then_name,
        name=lambda p: p.core_names[0],
    ),
    MentionRule("named official", K.OFFICIAL, named_official, name=lambda p: p.names[-1]),
    MentionRule("named person", K.PERSON, named_person, name=lambda p: p.names[-1]),
    MentionRule(
        "organization or place name",
        K.ORGANIZATION,
        organization_or_place_name,
        name=_core,
        plural=_phrase_plural,
    ),
    MentionRule(
        "lone name of an organization", K.ORGANIZATION, lone_organization, name=lambda p: p.lone
    ),
    MentionRule("lone name of an official", K.OFFICIAL, lone_official, name=lambda p: p.lone),
    MentionRule("lone name", K.PERSON, lone_name, name=lambda p: p.lone),
    MentionRule("definite official role", K.DEFINITE_ROLE, definite_official_role),
    MentionRule(
        "indefinite description", K.UNNAMED, indefinite_description, plural=_phrase_plural
    ),
    MentionRule("lower-case plural", K.UNNAMED, lowercase_plural, plural=_always),
    MentionRule(
        "short definite description", K.DEFINITE_ROLE, short_definite, plural=_phrase_plural
    ),
)
NO_RULE = MentionRule("no rule", K.UNKNOWN, _always)
