"""The offices an article titles its people with ("President Donald Trump", "Rep. Trey Gowdy",
"Chuck Schumer (D-NY)"), and which person a definite role naming an office means (rule 2)."""

from __future__ import annotations

import re
from functools import cache

from sourcing.attribution.context import Context
from sourcing.attribution.mentions import Mention, MentionKind
from sourcing.attribution.reference_agreement import descriptions
from sourcing.attribution.roles import FORMER_WORDS
from sourcing.lexicons import load_lines

# "Chuck Schumer (D-NY)", "Trey Gowdy (R-S.C.)": a party and a state after a name mark a
# member of Congress, a senator or a representative.
CONGRESS_TAG = re.compile(r"\s*\((?:D|R|I)-[A-Z]")
CONGRESS_OFFICES = frozenset({"senator", "representative"})
# "former President Barack Obama", "the late President": who held an office once holds it no
# more (roles.FORMER_WORDS, and "late", which ends an office but is no former role word).
FORMER = re.compile(rf"\b(?:{'|'.join(sorted(FORMER_WORDS | {'late'}))})[\s\-]+$", re.IGNORECASE)


@cache
def _offices() -> dict[str, str]:
    """Each title of `held_offices.txt`, without periods and lower-cased, to its office."""
    pairs = (line.replace(".", "").lower().split("\t", 1) for line in load_lines("held_offices"))
    return {title.strip(): office.strip() for title, office in pairs}


@cache
def _title_before_name() -> re.Pattern[str]:
    """A title right before a name, the longest first ("vice president" before "president")."""
    titles = sorted(_offices(), key=len, reverse=True)
    return re.compile(rf"\b({'|'.join(re.escape(t) for t in titles)})\s*$", re.IGNORECASE)


def role_office(mention: Mention) -> str | None:
    """The office a definite role names by its head ("the president"), if it names one."""
    if mention.kind is not MentionKind.DEFINITE_ROLE:
        return None
    return _offices().get(mention.head.lower())


def offices_of(name: str, text: str, context: Context) -> frozenset[str]:
    """The offices `text` titles `name` with, or a person of the article with its surname."""
    surname = name.split()[-1]
    forms = {name} | {p for p in context.people if len(p.split()) > 1 and p.split()[-1] == surname}
    held: set[str] = set()
    for form in forms:
        for before, after in descriptions(form, text, context.settings):
            title = _title_before_name().search(before)
            if title is not None and FORMER.search(before, 0, title.start()) is None:
                held.add(_offices()[title.group(1).lower()])
            if CONGRESS_TAG.match(after):
                held |= CONGRESS_OFFICES
    return frozenset(held)


def contradicts(mention: Mention, name: str, context: Context) -> bool:
    """ "The president wrote" is not "Rep. Trey Gowdy": a role naming an office never means a
    person the article titles with other offices only (rule 2; heldout20 BRE75S2Z34bMxSpO [13])."""
    office = role_office(mention)
    if office is None:
        return False
    held = offices_of(name, context.normalized, context)
    return bool(held) and office not in held


def office_holder(mention: Mention, names: list[str], context: Context) -> str | None:
    """Of `names`, the one person the article titles with the office `mention` names: "the
    president replied" after "President Donald Trump and Democratic leaders ... Chuck Schumer"
    is Trump, though the article named Schumer since (rule 2; heldout21 1oCO41E2524SwLid [18]).
    None when the role names no office, or no person or more than one holds it; of the names
    of that person, the fullest ("Donald Trump", not "Trump"), the latest of equals."""
    office = role_office(mention)
    if office is None:
        return None
    holders = [n for n in names if office in offices_of(n, context.normalized, context)]
    if len({n.split()[-1] for n in holders}) != 1:
        return None
    return max(reversed(holders), key=lambda n: len(n.split()))
