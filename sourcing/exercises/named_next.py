"""A check that doubts an anonymous source: the description is the person the next statements
name (GUIDELINES rule 6: a role without a name is `unnamed_source` unless the text names that
same person elsewhere, before or after)."""

from __future__ import annotations

import re
from functools import cache

from sourcing.attribution.cues import find_phrases
from sourcing.attribution.names import person_names
from sourcing.exercises.name_words import article_people
from sourcing.lexicons import load_lines
from sourcing.records import ArticleReport, SourceType, Statement

NEXT_STATEMENTS = 3
"""How many statements after a description may name its person: a lede's source is often named
in the third paragraph (heldout32 9CMwzJJVs4vAcUUv [0], named in [3])."""

INDEFINITE = frozenset({"a", "an"})
DESCRIPTION_ENDS = frozenset({"for", "of", "at", "from", "in", "with", "who", "close"})
"""Words after which a description's head no longer comes ("a spokesman for ...")."""

NAME_AFTER_ROLE = re.compile(r",?\s+((?:[A-Z][\w.'\-]*\s+){0,3}[A-Z][\w'\-]+)")
DEFINITE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
WORD = re.compile(r"[\w'-]+")


@cache
def roles_named_next() -> dict[str, dict[str, bool]]:
    """Each description head of `roles_named_next.txt` to the role words that may name its
    person, each with whether it is the same role in other words."""
    roles: dict[str, dict[str, bool]] = {}
    for line in load_lines("roles_named_next"):
        head, role, *same = line.lower().split("\t")
        roles.setdefault(head, {})[role] = same == ["same"]
    return roles


@cache
def role_words(head: str) -> re.Pattern[str]:
    """The role words that may name the person of a description with this head, as one pattern."""
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, roles_named_next()[head]))})\b", re.IGNORECASE)


def described_head(source: str) -> tuple[str, list[str]] | None:
    """The head of a singular indefinite description ("A top tech official for the ObamaCare
    exchanges" -> "official") and the words before it ("top", "tech"), if it has one."""
    words = [w.lower() for w in WORD.findall(source)]
    if not words or words[0] not in INDEFINITE:
        return None
    for k, word in enumerate(words[1:], start=1):
        if word in roles_named_next():
            return word, words[1:k]
        if word in DESCRIPTION_ENDS:
            return None
    return None


def described_then_named(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether an anonymous source described by "a"/"an" and a role is plausibly the
    person one of the next statements names and quotes with the same kind of role.

    Fox News 0w9gzkJjvmcFapzq [0] "A top tech official for the ObamaCare exchanges said ...,
    Fox News has learned." then [1] "A Sept. 25 email chain from HealthCare.gov project manager
    Henry Chao ... suggests"; AP 9CMwzJJVs4vAcUUv [0] "..., a Chinese spokesman said Thursday"
    then [3] "..., said a Commerce Ministry spokesman, Gao Feng.": both keyed Anonymous source on
    main b900ecc, both read Named official (rule 6). Whether the two are one person the records
    cannot tell, so the key does not ask when the name's role word refers back ("said the
    spokesman, Mark Regev"), the description is a "top" one (a lede's delayed name, not an
    anonymous official's), or the article opens with it and the name has the same role. Only a
    description without a grant of anonymity, and a name that speaks in its statement.
    """
    if statement.type is not SourceType.UNNAMED_SOURCE or not statement.source:
        return False
    described = described_head(statement.source)
    if described is None or find_phrases("anonymity_reasons", statement.text):
        return False
    head, modifiers = described
    roles = roles_named_next()[head]
    opening = statement.index == 0
    people = article_people(report.document.text)
    for later in report.statements[statement.index + 1 : statement.index + 1 + NEXT_STATEMENTS]:
        for role in role_words(head).finditer(later.text):
            name = name_after(later, role.end(), people)
            if name is None or not speaks(later, name):
                continue
            same = roles[role.group(0).lower()]
            refers_back = same and DEFINITE_BEFORE.search(later.text[: role.start()]) is not None
            if refers_back or "top" in modifiers or (opening and same):
                return True
    return False


def name_after(statement: Statement, at: int, people: dict[str, bool]) -> str | None:
    """The full name of a person written right after a role word at `at` in a statement's
    text ("spokesman, Gao Feng", "manager Henry Chao"), if one is."""
    holder = NAME_AFTER_ROLE.match(statement.text, at)
    if holder is None:
        return None
    names = person_names(holder.group(1), people)
    if not names or len(names[0].split()) < 2 or not holder.group(1).startswith(names[0]):
        return None
    return names[0]


def speaks(statement: Statement, name: str) -> bool:
    """Tell whether `name` is in a statement's source, or the model typed over a source the rules
    found there (heldout14 0w9gzkJjvmcFapzq [1], an email "from ... Henry Chao")."""
    p = statement.provenance
    overridden = p is not None and p.replaced_type not in (None, SourceType.UNATTRIBUTED.value)
    return bool(statement.source and name in statement.source) or overridden
