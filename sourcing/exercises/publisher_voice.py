"""The publisher's own voice: its own reporting and its own staff, which a key should not
type as another source (GUIDELINES rule 10), and a person an outlet employs typed as the outlet."""

from __future__ import annotations

import re
from functools import cache

from sourcing.exercises.name_words import TITLE_WORD, surname_of
from sourcing.exercises.type_doubts import PERSON_TYPES
from sourcing.lexicons import lexicon_union, load_lexicon
from sourcing.outlets import is_publisher
from sourcing.provenance import Rule
from sourcing.records import ArticleReport, SourceType, Statement


def own_reporting(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a statement cites the publisher itself ("The AP reported" in an AP story),
    whatever type its record took: the publisher's own reporting is its own voice (GUIDELINES
    rule 10: unattributed, `cited_outlet` in `alt`). Politico lUK4A6kgAb6MgaaS [13] "POLITICO
    reported on Saturday that ..." was keyed Named organization on main 384523d."""
    if statement.type is SourceType.UNATTRIBUTED:
        return False
    publisher = report.document.outlet
    return any(
        is_publisher(name, publisher)
        for name in (statement.source, statement.via) if name
    )


def publishers_staff(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a person is one the article introduced as the publisher's own staff.

    CBN hUiKZE3Wt4NRdhv0 [5] "CBN News Terrorism Analyst Erick Stakelbeck says ..." is the
    outlet's own voice (rule 10: unattributed, with the person's type in `alt`), so "...,"
    Stakelbeck said" [6] has two defensible types and a key should not pick one. So does a
    person the text introduces with no cue, the publisher's name before the role (New York
    Post x82AsnQEaFvS8DEp [0] "New York Post debate analyst Eric Koch was ...": "..., Koch
    said" [3]-[7] keyed Named official at main 845b425, read named_person).
    """
    if statement.type not in PERSON_TYPES or not statement.source:
        return False
    surname = surname_of(statement.source)
    own = (s.source for s in report.statements
           if s.provenance is not None and s.provenance.rule is Rule.OWN_OUTLET and s.source)
    return bool(surname) and (any(surname_of(source) == surname for source in own)
                              or _introduced_as_staff(surname, report))


def _introduced_as_staff(surname: str, report: ArticleReport) -> bool:
    """Tell whether the text names `surname` as "<Publisher> <role> <First> <Surname>"."""
    name = re.escape(surname[:1].upper() + surname[1:])
    pattern = STAFF_INTRODUCTION.pattern.replace("NAME", name)
    roles = staff_words()
    return any(
        is_publisher(m.group("outlet").strip(), report.document.outlet)
        and any(w in roles for w in m.group("role").split())
        for m in re.finditer(pattern, report.document.text)
    )


# "New York Post debate analyst Eric Koch": up to four capitalized words (the outlet), one to
# three lower-case words (the role), one or two capitalized words and the surname (NAME), on
# one line.
STAFF_INTRODUCTION = re.compile(
    r"(?P<outlet>(?:[A-Z][\w.'\u2019&-]* ){1,4})(?P<role>(?:[a-z][\w-]* ){1,3})"
    r"(?:[A-Z][\w.'\u2019-]* ){1,2}NAME\b"
)


# "USA TODAY reporter Yamiche Alcindor": the outlet, a role, a first name and a surname.
STAFF_MENTION = re.compile(STAFF_INTRODUCTION.pattern.replace("NAME", r"[A-Z][\w'\u2019-]+"))


def names_the_publishers_journalist(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether an unattributed sentence names one of the publisher's journalists.

    USA TODAY v83qtjFPnOpFbEZz [23] "USA TODAY reporter Yamiche Alcindor is on the ground in
    Missouri." (keyed No source at stop 24, read boilerplate) is a note on the outlet's own
    reporter; "..., reports CBS News correspondent Holly Williams" in a CBS article is the
    outlet's own reporting (rule 10: unattributed, `cited_outlet` in `alt`). Neither has one
    type a key should pick.
    """
    if statement.type is not SourceType.UNATTRIBUTED:
        return False
    roles = load_lexicon("journalist_words")
    return any(
        is_publisher(m.group("outlet").strip(), report.document.outlet)
        and any(word in roles for word in m.group("role").split())
        for m in STAFF_MENTION.finditer(statement.text)
    )


@cache
def staff_words() -> frozenset[str]:
    """Role words of a person ("editor", "analyst", "chief")."""
    return lexicon_union("official_roles", "person_roles", "journalist_words")


def person_typed_outlet(statement: Statement) -> bool:
    """Tell whether an outlet's source is a person the outlet employs, named after the role.

    USA TODAY M14yAxfoSvdZLemn [16] "Breitbart News editor in chief Alex Marlow told the
    Guardian ..." typed cited_outlet: the one speaking is Marlow, a named person or official.
    """
    if statement.type is not SourceType.CITED_OUTLET or not statement.source:
        return False
    words = TITLE_WORD.findall(statement.source)
    roles = staff_words()
    return (len(words) >= 3 and all(w[0].isupper() for w in words[-2:])
            and any(w.lower() in roles for w in words[:-2]))
