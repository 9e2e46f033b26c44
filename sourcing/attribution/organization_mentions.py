"""Tell whether a source phrase names an organization: a known name or an acronym, a name
described as one, an office, a country or city speaking as a state."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from sourcing.attribution.phrases import Phrase, regular_plural
from sourcing.lexicons import lexicon_union, load_lexicon

# "a civil society group that tracks ...": where an appositive's head noun ends.
DESCRIPTION_END = re.compile(
    r",|\s(?:that|which|who|whose|backed|founded|based|focused|with|of|in|at|for|to|on|by|"
    r"led|run|funded)\s",
    re.IGNORECASE,
)


DEFINITE_DESCRIPTION_END = re.compile(r",|\s(?:that|which|who|whose)\s", re.IGNORECASE)


def named_organization_appositive(p: Phrase) -> bool:
    """ "Netblocks, a civil society group that tracks ...": a name described as an organization."""
    name, comma, rest = p.text.partition(",")
    words = name.split()
    named = words[:1] if words[:1] and words[0].lower() not in {"the", "a", "an"} else []
    if not comma or not any(w[:1].isupper() for w in named + words[1:]):
        return False
    description = DESCRIPTION_END.split(rest.strip() + " ", maxsplit=1)[0].split()
    whole = DEFINITE_DESCRIPTION_END.split(rest.strip() + " ", maxsplit=1)[0].split()
    if description[:1] and description[0].lower() == "the" and description != whole:
        # "Dyn, the company that manages ...": a definite description whole up to its
        # relative clause; "Nasrat Rahimi, the Ministry of Interior spokesman", "Omer Celik,
        # the spokesman for ... ruling party" go on past the organization: people
        return False
    return (
        len(description) >= 2
        and description[0].lower() in {"a", "an", "the"}
        and description[-1].lower() in load_lexicon("org_heads")
    )


def office(p: Phrase) -> bool:
    """ "The special counsel", "the inspector general": an office speaking as an institution."""
    core = " ".join(p.core_words[1:] if p.first in {"the", "this", "that"} else p.core_words)
    return core in load_lexicon("office_titles") and not p.core_names


def organization_head(p: Phrase) -> bool:
    """ "the ministry", "the Saudis": an organization word heads the phrase, or a demonym
    plural after "the"."""
    return p.head in load_lexicon("org_heads") or (p.first == "the" and _is_demonym_plural(p.head))


# "other states", "more than 20 states", "a number of states": what opens a plural organization
# head that counts its members without naming them (a cardinal word, "Twenty states", is in
# `cardinal_words.txt`).
COUNTED_OPENING = re.compile(
    r"(?:(?:but|and|yet)\s+)?(?:other|some|several|many|few|(?:more|fewer|less) than\s+\S+|"
    r"at least\s+\S+|a number of|\d[\d,]*|(?P<word>[a-z]+))\s",
    re.IGNORECASE,
)


def counted_organizations(p: Phrase) -> bool:
    """ "other states", "Twenty states", "several Democratic states": a plural organization head
    opened by a quantifier or an indefinite determiner counts institutions the text does not
    name, an unnamed source (GUIDELINES rule 6), not a named organization ("the states", "the
    20 states suing" stay). Not when names follow ("Eleven states, including New York")."""
    rest = p.text[len(p.core):]
    return (
        p.head in load_lexicon("org_heads")
        and regular_plural(p.head)
        and _counted_opening(p.core)
        and not any(w[:1].isupper() for w in rest.split())
        and not has_org(p.core)
    )


def _counted_opening(core: str) -> bool:
    match = COUNTED_OPENING.match(core)
    word = match and match.group("word")
    return bool(match) and (not word or word.lower() in load_lexicon("cardinal_words"))


def organization_or_place_name(p: Phrase) -> bool:
    """ "Germany", "the Pentagon"; not "Jordan" where the article names "Jim Jordan"."""
    if p.lone in p.known_people:
        return False
    return has_org(p.core) or _only_places(p.core)


def lone_organization(p: Phrase) -> bool:
    """ "Kaiser said" after "The Kaiser Family Foundation": the organization's short name."""
    return p.lone in p.known_organizations


@lru_cache(maxsize=8)
def entries_by_length(name: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """Lexicon `name`'s one-word entries, and its longer ones padded with a space each side.

    " entry " is in a space-padded, space-joined text exactly when a one-word entry is one of
    its pieces between spaces: a set look-up instead of a substring search per entry.
    """
    entries = load_lexicon(name)
    return (frozenset(e for e in entries if " " not in e),
            tuple(f" {e} " for e in sorted(entries) if " " in e))


def _only_places(core: str) -> bool:
    """A country or city speaking as a state: "Germany", "Saudi Arabia", "the U.S."."""
    words = [w.strip(".,'").lower() for w in core.split() if w.lower() not in {"the"}]
    places = lexicon_union("places", "org_names", "place_name_parts")
    return bool(words) and all(w in places for w in words)


def names_only_places(text: str) -> bool:
    """The capitalized words after the first are places or demonyms ("Some US media")."""
    words = [w for w in text.split()[1:] if w[:1].isupper()]
    adjectives = load_lexicon("descriptor_adjectives")
    return bool(words) and all(_only_places(w) or w.lower().strip(".,'") in adjectives for w in words)


def _is_demonym_plural(head: str) -> bool:
    return (
        head.endswith("s")
        and head[:-1] in load_lexicon("descriptor_adjectives")
        or head in load_lexicon("demonym_plurals")
    )


def has_org(core: str) -> bool:
    """A capitalized organization name, acronym or a known organization in the phrase."""
    lowered = " " + core.lower() + " "
    single, longer = entries_by_length("org_names")
    if not single.isdisjoint(lowered.split(" ")) or any(name in lowered for name in longer):
        return True
    capitalized = [w for w in core.split()[1:] + core.split()[:1] if w[:1].isupper()]
    org_heads = lexicon_union("org_heads", "capitalized_org_heads")
    if any(w.lower().strip(",.'s") in org_heads for w in capitalized):
        return True
    words = core.split()
    roles = load_lexicon("official_roles")
    # "CEO", "CFO": a role's initials, no body's ("the company's CEO" was an organization)
    return any(ACRONYM.fullmatch(w) and _bare(w) not in roles for w in words) or any(
        DOTTED_ACRONYM.fullmatch(w) and before.lower() == "the" for before, w in itertools.pairwise(words)
    )


def _bare(word: str) -> str:
    return word.lower().removesuffix("'s").removesuffix("\u2019s")


# "IRS", "NATO's", "AT&T"; not a person's initials ("H.R. McMaster", "Louis C.K"): the dotted
# acronyms of states and bodies ("U.S.", "U.N.") are in org_names.
ACRONYM = re.compile(r"(?![A-Z](?:\.[A-Z])+\.?$)[A-Z][A-Z\-&.]{1,8}(?:'s)?")
# "the F.B.I.", "the A.F.L.-C.I.O.": a dotted acronym after "the" names a body, as no person's
# initials follow "the" (the dotted acronyms of states, "U.S.", are in org_names).
DOTTED_ACRONYM = re.compile(r"[A-Z](?:\.[A-Z])+\.?(?:-[A-Z](?:\.[A-Z])*\.?)*(?:['’]s)?")


def organization_head_then_name(p: Phrase) -> bool:
    """ "The firm Pryor Cashman", "law firm Pryor Cashman": a name right after an organization
    head in lower case names the organization, however like a person's it reads (dev9514, New
    York Post [12]: "Pryor Cashman said" was a named official)."""
    if not p.core_names:
        return False
    before = p.core[: p.core.find(p.core_names[0])].split()
    # a common noun, written in lower case: not "House Freedom Caucus Chairman Mark Meadows"
    return bool(before) and before[-1].islower() and before[-1] in load_lexicon("org_heads")
