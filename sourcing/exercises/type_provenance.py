"""How the analyzer came to type a named person official or not (the type's provenance).

The record keeps which rule found a statement's source (`sourcing.provenance`), not which
words made its named person an official: `attribution.names.is_official` reads the words around
the name (`roles.describe`), then the article's other mentions and the lists of known
office-holders (`entities.known_people`, `known_officials.txt`, `data/roles.tsv.gz`), and a
definite role that refers to the person ("the president said") makes an official too. This
module finds which of those the statement's type rests on, from the same parts, for the
statement that decided the source (a carried or resolved statement goes to the first of its
chain). `scripts/keying_risk.py --axis type` counts the keyed rows by it; no kind passed the
bar for leaving it out of keys (docs/exercise_agreement.md, "Keying only the safe kinds, the
type of a named person (stop 34)").
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from functools import lru_cache

from sourcing.attribution.context import text_views
from sourcing.attribution.entities import LEFT_WINDOW, known_people
from sourcing.attribution.gender import honorific_at, honorific_key
from sourcing.attribution.names import person_names
from sourcing.attribution.person_mentions import KIN
from sourcing.attribution.phrases import Phrase
from sourcing.attribution.roles import Described, describe, known_official
from sourcing.exercises.mechanisms import first_of_chain
from sourcing.lexicons import load_lexicon, load_lines
from sourcing.provenance import Rule
from sourcing.records import ArticleReport, SourceType, Span, Statement


class TypeProvenance(StrEnum):
    """What made a named person's statement named_official or named_person."""

    TITLE_HERE = "a title or role before the name, in its statement"
    DESCRIBED_HERE = "a role after the name, in its statement"  # an appositive, a party tag
    FORMER_HERE = "a former office beside the name, in its statement"
    PRIVATE_HERE = "a private role beside the name, in its statement"  # analyst, strategist
    OFFICIAL_ELSEWHERE = "an office given at another mention of the person"
    FORMER_OR_PRIVATE_ELSEWHERE = "a former office or private role at another mention"
    KNOWN_OFFICIALS = "no role written: the list of known office-holders"
    ROLES_TABLE = "no role written: the table of roles in news"
    ROLE_NOUN = "an official role noun that refers to the person"
    RELATIVE_OR_NAMESAKE = "a relative or namesake of an official"
    NO_ROLE = "no role found (a person by default)"
    MODEL = "the model chose the type"
    UNEXPLAINED = "typed otherwise than the roles found say"


PERSON_TYPES = frozenset({SourceType.NAMED_OFFICIAL, SourceType.NAMED_PERSON})
# Rules by which a statement takes the source (and type) of an earlier one.
CHAINS = frozenset({Rule.CARRY_OVER, Rule.POLL_FIGURES, Rule.QUOTE_OPENER, Rule.REFERS_STATEMENT})
# Rules whose provenance names the person a reference was taken to.
NAMED_BY_REFERENCE = frozenset({Rule.REFERS_NAME, Rule.NAMED_LATER})


@lru_cache(maxsize=4)
def article_people(text: str) -> tuple[str, dict[str, bool]]:
    """The normalized view of an article's text and its people (`entities.known_people`).
    Cached per text, so every statement of the article shares the one dict: read it only."""
    normalized = text_views(text)[0]
    return normalized, known_people(normalized)


def type_provenance(statement: Statement, report: ArticleReport) -> TypeProvenance | None:
    """Return what made `statement` of `report` named_official or named_person (None for any
    other type)."""
    if statement.type not in PERSON_TYPES:
        return None
    first = first_of_chain(statement, report, CHAINS)
    if Rule.MODEL in {_rule(statement), _rule(first)}:
        return TypeProvenance.MODEL
    normalized, people = article_people(report.document.text)
    name = _person_name(first, normalized, people)
    if first.type is not statement.type or name is None:
        return TypeProvenance.UNEXPLAINED
    here = _role_here(first, name, normalized)
    others = set(_roles_elsewhere(name, first.span, normalized, people))
    if statement.type is SourceType.NAMED_OFFICIAL:
        return _official_type(first, name, here, others, people)
    return _person_type(here, others, _namesake(first, name, normalized, people))


def _rule(statement: Statement) -> Rule | None:
    return statement.provenance.rule if statement.provenance is not None else None


def _person_name(statement: Statement, normalized: str, people: dict[str, bool]) -> str | None:
    """The name of the statement's person: the one a reference was taken to, else the last name
    its source gives before a comma (as the mention rules read "Putin spokesman Dmitry Peskov,
    who ..."), else its first, else the source's last word ("Pompeo")."""
    p = statement.provenance
    if p is not None and p.rule in NAMED_BY_REFERENCE and p.name:
        return p.name
    span = statement.source_span  # the normalized words: "O'Brien", as the people are written
    source = normalized[span.start : span.end] if span is not None else statement.source or ""
    names = Phrase(source, people).names[-1:] or person_names(source, people)[:1]
    words = source.split()
    return names[0] if names else words[-1] if words else None


def _role_here(statement: Statement, name: str, normalized: str) -> TypeProvenance | None:
    """The role the words around the name give where the statement's own source names it."""
    span = statement.source_span
    if span is None or not statement.span.contains(span.start):
        return None
    position = normalized.find(name, span.start, span.end)
    if position < 0:
        return None
    described = _described_at(normalized, position, position + len(name))
    if described is Described.OFFICIAL:
        after = describe("", _line_after(normalized, position + len(name)))
        return TypeProvenance.DESCRIBED_HERE if after is Described.OFFICIAL else TypeProvenance.TITLE_HERE
    if described is Described.FORMER:
        return TypeProvenance.FORMER_HERE
    return TypeProvenance.PRIVATE_HERE if described is Described.PRIVATE else None


def _described_at(text: str, start: int, end: int) -> Described | None:
    """What the words of its line around `text[start:end]` say of a name's role."""
    line_start = text.rfind("\n", 0, start) + 1
    return describe(text[max(line_start, start - LEFT_WINDOW) : start], _line_after(text, end))


def _line_after(text: str, end: int) -> str:
    line_end = text.find("\n", end)
    return text[end : line_end if line_end >= 0 else len(text)]


def _roles_elsewhere(name: str, outside: Span, normalized: str, people: dict[str, bool]) -> Iterator[Described]:
    """The roles the article gives the person of `name`'s surname at each mention outside the
    span `outside` (a mention with no role gives nothing)."""
    surname = name.split()[-1]
    offset = 0
    for line in normalized.split("\n"):
        cursor = 0
        for found in person_names(line, people):
            position = line.find(found, cursor)
            if position < 0:
                continue
            cursor = position + len(found)
            if found.split()[-1] == surname and not outside.contains(offset + position):
                described = _described_at(normalized, offset + position, offset + cursor)
                if described is not None:
                    yield described
        offset += len(line) + 1


def _official_type(
    statement: Statement, name: str, here: TypeProvenance | None, others: set[Described], people: dict[str, bool]
) -> TypeProvenance:
    """What made a named_official: a role here, elsewhere, a list, or the role noun."""
    if here in {TypeProvenance.TITLE_HERE, TypeProvenance.DESCRIBED_HERE}:
        return here
    if Described.OFFICIAL in others:
        return TypeProvenance.OFFICIAL_ELSEWHERE
    known = set(load_lines("known_officials"))
    if name in known or name.split()[-1] in known:
        return TypeProvenance.KNOWN_OFFICIALS
    if known_official(name, people):
        return TypeProvenance.ROLES_TABLE
    p = statement.provenance
    if p is not None and p.reference_kind == "definite_role" and _official_head(p.reference or ""):
        return TypeProvenance.ROLE_NOUN
    return TypeProvenance.UNEXPLAINED


def _official_head(reference: str) -> bool:
    words = reference.lower().split()
    return bool(words) and words[-1] in load_lexicon("official_roles")


def _namesake(statement: Statement, name: str, normalized: str, people: dict[str, bool]) -> bool:
    """ "Quayle's wife Tiffany", "Hunter Biden" beside "Joe Biden", "Mrs Sanders" beside "Mr
    Sanders": another person than the official of the surname (`entities.known_people`)."""
    if KIN.match(statement.source or ""):
        return True
    surname = name.split()[-1]
    if people.get(surname) and people.get(name) is False:
        return True
    span = statement.source_span
    position = normalized.find(surname, span.start, span.end) if span else -1
    honorific = honorific_at(normalized, position) if position >= 0 else None
    return honorific is not None and people.get(honorific_key(honorific, surname)) is False


def _person_type(here: TypeProvenance | None, others: set[Described], namesake: bool) -> TypeProvenance:
    """What made a named_person: a former or private role, kinship, or no role at all."""
    if here in {TypeProvenance.FORMER_HERE, TypeProvenance.PRIVATE_HERE}:
        return here
    if namesake:
        return TypeProvenance.RELATIVE_OR_NAMESAKE
    if others & {Described.FORMER, Described.PRIVATE}:
        return TypeProvenance.FORMER_OR_PRIVATE_ELSEWHERE
    if here is not None or Described.OFFICIAL in others:
        return TypeProvenance.UNEXPLAINED
    return TypeProvenance.NO_ROLE
