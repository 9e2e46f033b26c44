"""Tell whether a source phrase names a person or describes people: a name, a role and a
name, a name opening a group, a role named before, an unnamed role or description."""

from __future__ import annotations

import re
from functools import lru_cache

from sourcing.attribution.names import (
    NAME_TOKEN,
    PLACE_OPENERS,
    is_official,
    non_name_words,
    person_names,
    title_words,
)
from sourcing.attribution.organization_mentions import has_org
from sourcing.attribution.phrases import Phrase, drop_sentence_initial, known_head, plural_noun
from sourcing.lexicons import lexicon_union, load_lexicon


def unnamed_role(p: Phrase) -> bool:
    """ "a senior official", "Biden's advisers", "A Kardashian source": a name that only
    modifies the role names someone else (the head is the last word when a name ends it)."""
    return p.head in load_lexicon("unnamed_heads") or (
        p.head in load_lexicon("qualified_unnamed_heads") and _qualified(p)
    )


def _qualified(p: Phrase) -> bool:
    """ "Some politicians", "Democratic politicians", "A Kurdish politician": a quantifier, or a
    modifier before the head (after "a", "an", "one" or "another"), makes a group or person
    that speaks; "Politicians", "a politician" alone are anyone."""
    words = p.core_words
    first = words[0].lower()
    if first in QUANTIFIERS:
        return len(words) >= 2
    if first in {"a", "an", "one", "another"}:
        return len(words) >= 3
    return len(words) >= 2 and p.core.split()[0] in lexicon_union("descriptor_adjectives", "places")


QUANTIFIERS = frozenset({"some", "many", "several", "few", "other", "most", "numerous", "various", "two", "three"})


def group_of_a_name(p: Phrase) -> bool:
    """ "The former Priebus loyalists", "Sanders backers": a name right before a lower-case
    plural head only says whose group it is; the people are not named (GUIDELINES rule 6).
    Only a head that names people ("Biden's promises" names none); not a thing's head ("the
    Trump tweets"), kin ("the Koch brothers") or an organization's people ("Al Qaeda affiliates")."""
    words = p.core.split()
    if len(words) < 2 or not p.core_names or not words[-1].islower():
        return False
    head, owner = words[-1], re.sub(r"['’]s?$", "", words[-2])
    return (
        plural_noun(head)
        and names_people(head)
        and p.core_names[-1].split()[-1] == owner
        and not known_head(head)
        and head.removesuffix("s") not in load_lexicon("kin_words")
        and not has_org(p.core)
    )


def appositive_name(p: Phrase) -> bool:
    """ "Banton's mother, Dana Showers", "the spokesman, Cmdr. David Benham": a role, then the
    person's name after the comma, with at most titles before it."""
    rest = appositive(p)
    names = person_names(rest, p.known_people)
    if not rest or p.head not in load_lexicon("unnamed_heads") or len(names) != 1:
        return False
    before = rest[: rest.find(names[0])] if rest.endswith(names[0]) else None
    return before is not None and all(w.rstrip(".").lower() in title_words() for w in before.split())


# "Hendriks' father", "Quayle's wife Tiffany": a surname's possessive, then a word of kin; the
# apostrophe curly too, as a source is written (the consistency check classifies it so).
KIN = re.compile(r"([A-Z][\w\-]+?)(?:['’]s|['’])\s+([a-z]+)")


def relative_name(p: Phrase) -> str | None:
    """Return the name written after the kin word of "Quayle's wife Tiffany" ("Tiffany")."""
    described = KIN.match(p.core)
    if described is None or described.group(2) not in load_lexicon("kin_words"):
        return None
    name = p.core[described.end() :].strip()
    words = name.split()
    excluded = non_name_words()
    if not words or any(not NAME_TOKEN.fullmatch(w) or w.isupper() or w.lower() in excluded for w in words):
        return None
    return name


def named_relative(p: Phrase) -> bool:
    """ "Quayle's wife Tiffany": a relative named after the kin word is that relative, not the
    person whose possessive describes her (GUIDELINES: a named person with no official role)."""
    return relative_name(p) is not None


def named_relative_official(p: Phrase) -> bool:
    """ "Trump's daughter Ivanka, a White House adviser": a named relative in an office."""
    name = relative_name(p)
    return name is not None and is_official(p.text, name, p.known_people)


def appositive(p: Phrase) -> str:
    """Return the name after the comma of "role, name" ("Banton's mother, Dana Showers")."""
    return p.text.partition(",")[2].strip()


def appositive_official(p: Phrase) -> bool:
    """ "the state's governor, Jay Inslee": a role, then an official's name."""
    return appositive_name(p) and is_official(p.text, appositive(p), p.known_people)


def joined_name(p: Phrase) -> str | None:
    """ "Trump and other top officials": the name that opens a group, its one named speaker."""
    first, joined, rest = p.core.partition(" and ")
    if not joined or not rest or len(first.split()) > 5:
        return None
    names = person_names(drop_sentence_initial(first), p.known_people)
    if names and first.endswith(names[-1]):
        return names[-1]
    lone = first.strip()  # "Cornyn and other Republicans", as the lone-name rule reads "Cornyn"
    excluded = non_name_words()
    if NAME_TOKEN.fullmatch(lone) and not lone.isupper() and not {lone.lower(), lone.lower().removesuffix("s")} & excluded:
        return lone
    return None


def official_and_group(p: Phrase) -> bool:
    """ "Trump and other top officials": a group that an official's name opens."""
    name = joined_name(p)
    return name is not None and is_official(p.core.partition(" and ")[0], name, p.known_people)


def role_named_before(p: Phrase) -> bool:
    """ "the official": refers back to a source named earlier."""
    return unnamed_role(p) and p.first in {"the", "this", "that"} and not p.plural


def named_person(p: Phrase) -> bool:
    """A phrase that names a person."""
    return bool(p.names)


def named_official(p: Phrase) -> bool:
    """A phrase that names a person who holds an office, or people joined by "and" of whom one
    does: "Anita Dunn, a former acting White House communications director ..., and Kate
    Bedingfield, Biden's deputy campaign manager" (heldout50 S0Irn0pVMuxIjFNa [4] was typed
    by Dunn alone, a named person; the pair speaks for the campaign)."""
    return named_person(p) and any(
        is_official(p.text, name, p.known_people) for name in _joined_names(p)
    )


def _joined_names(p: Phrase) -> list[str]:
    """The phrase's name, and each person's name that opens a conjunct after "and" in it."""
    joined = [p.names[-1]]
    if " and " not in p.text:
        return joined
    for name in person_names(p.text, p.known_people):
        if name not in joined and re.search(rf"\band {re.escape(name)}\b", p.text):
            joined.append(name)
    return joined


def lone_name(p: Phrase) -> bool:
    """ "Begum said": a lone capitalized word that is no known non-name, or the surname of a
    person the article names ("German said" after "Paul German")."""
    lone = p.lone
    return (
        bool(NAME_TOKEN.fullmatch(lone))
        and not lone.isupper()
        and (lone.lower() not in _no_lone_names() or lone in p.known_people)
    )


@lru_cache(maxsize=1)
def _no_lone_names() -> frozenset[str]:
    """Words that alone are no name: the known non-names, and the words news writes in lower
    case ("Fewer said ...", dev9512 n6ZPIZm3VPPGvDFz [4]; `common_lowercase_words.txt`)."""
    return non_name_words() | load_lexicon("common_lowercase_words")


def lone_official(p: Phrase) -> bool:
    """ "Pompeo said": the lone name of an official."""
    return lone_name(p) and is_official(p.text, p.lone, p.known_people)


def role_of_a_place(p: Phrase) -> bool:
    """ "the US president", "A U.K. judge", "the state's governor": a role that ends the core,
    written in lower case after a place or an institution, names a person, not the institution."""
    last = p.core.split()[-1].strip(",.")
    return (
        last.islower()
        and last in load_lexicon("official_roles")
        and last not in load_lexicon("org_heads")
        and not p.core_names
        and p.capitalized_after_first()
        and (
            p.first in {"the", "this", "that"}
            or p.first.endswith("'s")
            or p.first in load_lexicon("indefinite_determiners")
        )
    )


def definite_role_of_a_place(p: Phrase) -> bool:
    """ "the US president": a definite role of a place, named before."""
    return role_of_a_place(p) and p.first not in load_lexicon("indefinite_determiners")


def definite_official_role(p: Phrase) -> bool:
    """ "the minister", "Iran's foreign minister": refers back."""
    return p.head in load_lexicon("official_roles") and (
        p.first in {"the", "this", "that"} or p.first.endswith("'s")
    )


def indefinite_description(p: Phrase) -> bool:
    """ "a lawyer", "several aides": no capitalized word after the determiner."""
    return (
        p.first in load_lexicon("indefinite_determiners")
        and not p.capitalized_after_first()
        and _describes_people(p)
    )


PARTY_MEMBERS = frozenset({"democrat", "republican"})


def party_member(p: Phrase) -> bool:
    """ "a top Senate Democrat", "one House Republican": an indefinite description of one party
    member, not the chamber before it (dev9514 1XXtTo7jclYDM01q [24] was the organization "a
    top Senate Democrat"; rule 6). Not "the Republican" (a definite role) nor "Sen. Chuck
    Grassley - the lead Republican -" (a name)."""
    return (
        p.first in load_lexicon("indefinite_determiners")
        and p.core_words[-1] in PARTY_MEMBERS
        and not p.core_names
    )


def lowercase_plural(p: Phrase) -> bool:
    """ "lawyers said", "Top Democratic senators said": capitalized only where a descriptor
    (an affiliation, a demonym) describes them without naming them."""
    descriptors = load_lexicon("descriptor_adjectives")
    named = any(w[:1].isupper() and w.lower() not in descriptors for w in p.core.split())
    return p.plural and not named and _describes_people(p)


def _describes_people(p: Phrase) -> bool:
    """ "a lawyer following the case", "dozens of lawmakers": people, who may be a source;
    "A ceasefire agreed", "a string of bombings", "re-posts" (a cue's subject misread) are not."""
    rest = p.text[len(p.core) :].split()
    counted = rest[1:PARTITIVE_WORDS] if rest[:1] == ["of"] else []
    # "western plains states": a descriptor describes, it names no one on its own
    # nor does a determiner ("those missiles")
    skipped = lexicon_union("descriptor_adjectives", "determiners")
    nouns = [w for w in p.core_words if w not in skipped]
    return names_people(" ".join(nouns + counted))


# How many words after a quantity's "of" may name the people counted ("dozens of House lawmakers").
PARTITIVE_WORDS = 5


# "The former Miss Michigan", "the reigning Miss America": "the", a word of time at most, an
# honorific and a place.
PLACE_TITLE = re.compile(r"the\s+(?:(?:former|reigning|then|current|new)\s+)?(\w+)\.?\s+([A-Z][\w .]*)")


def place_title(p: Phrase) -> bool:
    """ "The former Miss Michigan told ...": an honorific before a place is a title one person
    holds (a pageant's), no name; with "the" it refers back to the person the article names
    (GUIDELINES rule 2), as "the former governor" does. Not "Miss Reyes", a name."""
    match = PLACE_TITLE.fullmatch(p.core.strip().removesuffix(".").replace("The ", "the ", 1))
    return (
        match is not None
        and match[1].lower() in load_lexicon("honorifics")
        and match[2].lower() in load_lexicon("places")
    )


def short_definite(p: Phrase) -> bool:
    """ "the agency's lawyers": a short definite description with no capitalized word; or one
    whose capitalized words only place a person ("The former New York real estate developer
    has complained": dev9516 ZkuxEsszjpF3wKBk [7], Trump named before, was unattributed)."""
    if p.first != "the":
        return False
    if len(p.core_words) <= 4 and not p.capitalized_after_first():
        return True
    return _placed_person(p.core.split()[1:])


def _placed_person(words: list[str]) -> bool:
    """Lower-case words ending in a person's noun, with one place's name among them ("former
    New York real estate developer"), six words at most besides the place."""
    capitalized = [i for i, w in enumerate(words) if w[:1].isupper()]
    if not capitalized or not words or not words[-1].islower():
        return False
    first, last = capitalized[0], capitalized[-1]
    places = lexicon_union("places", "place_name_parts") | PLACE_OPENERS
    if last - first + 1 != len(capitalized) or any(w.lower() not in places for w in words[first : last + 1]):
        return False
    rest = words[:first] + words[last + 1 :]
    return len(rest) <= 6 and names_people(words[-1])


def names_people(description: str) -> bool:
    """ "the European council president", "The 33-year-old", "the ex-director", "The angry
    tweets": a word of the description names a person, a group of people or what they say
    (not "The crowd", "The comments", "the pace of growth")."""
    words = _person_words()
    for word in re.findall(r"[a-z][a-z\-]*", description.lower()):
        forms = {word, word.removesuffix("s"), word.removesuffix("es"), *word.split("-")}
        if forms & words or word.endswith("-old"):
            return True
    return False


@lru_cache(maxsize=1)
def _person_words() -> frozenset[str]:
    return lexicon_union(
        "official_roles", "person_roles", "unnamed_heads", "kin_words", "journalist_words",
        "female_nouns", "male_nouns", "descriptor_adjectives", "demonym_plurals",
        "statement_heads", "person_nouns",
    )
