"""Register the people an article names, and whether each speaks in an official role."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from sourcing.attribution.gender import HONORIFICS, honorific_key, honorifics_of
from sourcing.attribution.name_slips import slipped_pairs
from sourcing.attribution.names import (
    PARTICLE_SURNAME,
    non_name_words,
    person_names,
    site_furniture,
)
from sourcing.attribution.roles import PRESENT_COPULA, Described, describe, known_official
from sourcing.lexicons import alternation, load_lexicon, load_lines

# Wide enough for a title clause and a listed name before ", NAME" (`roles._clause_before_comma`).
LEFT_WINDOW = 160
# A lone capitalized word before "is" or "serves as": the surname of a person named in full
# elsewhere, in a sentence that gives their role ("Zhao is deputy director of China's Foreign
# Ministry ...", "Dr. Schuchat currently serves as principal deputy director of the CDC").
# An age may stand between them: "Brouillette, 57, has served as the Energy Department's deputy
# secretary since 2017" (dev9510 xrLNYV0H7bEdXOZ4).
SURNAME_BEFORE_COPULA = re.compile(rf"(?<![\w.\-'’])([A-Z][\w\-'’]+)(?=(?:,\s+\d{{1,3}}\s*,)?\s+{PRESENT_COPULA}\s)")


def known_people(text: str) -> dict[str, bool]:
    """Map each person name (and surname) in `text` to whether an official role describes them.

    Evidence is the words right before the name ("Secretary of State Mike Pompeo") and an
    appositive after it ("Charles Cole, a spokesman for the embassy"), else a role news
    gives the name far more often than not (`roles.known_official`); "former" makes a
    person not official (GUIDELINES: named_person, with named_official as the alternative).
    Names come in the order the article first gives them, surnames taken from a full name last.
    """
    people: dict[str, bool] = {}
    described: set[str] = set()  # given a private or former role here: the table does not apply
    known = set(load_lines("known_officials"))
    lines = re.findall(r"[^\n]+", text)
    for sentence in lines:
        cursor = 0
        for name in person_names(sentence):
            position = sentence.find(name, cursor)
            if position < 0:
                continue
            role = _role_at(sentence, name, position)
            # A lone name counts when listed or titled ("Prime Minister Sheikh Hasina").
            if len(name.split()) < 2 and name not in known and role is not Described.OFFICIAL:
                continue
            cursor = position + len(name)
            _register(name, role, people, described, known)
    _furniture_roles(lines, people, described, known)
    for place in _place_names(text, people):
        del people[place]
    _copular_roles(text, people, described)
    for name, official in people.items():
        if not official and name not in described:
            people[name] = known_official(name, people)
    shared = _share_by_surname(people)
    _share_across_slips(people, shared)
    _share_without_particle(people, shared)
    _share_across_diacritics(shared)
    shared.update(_other_gender_namesakes(text, shared))
    _share_with_a_knighted_first_name(text, shared)
    return shared


def _share_with_a_knighted_first_name(text: str, shared: dict[str, bool]) -> None:
    """Give the first name after "Sir" or "Dame" ("Sir Kim said", the British short form) the
    status of the one full name it begins: BBC d7SvLxE4DMaW9VkF's "Sir Kim Darroch", the UK
    ambassador, was a named person as "Sir Kim" (GUIDELINES: named_official)."""
    for first in set(KNIGHTED.findall(text)):
        full = [n for n in shared if len(n.split()) > 1 and n.split()[0] == first]
        if len(full) == 1 and first not in shared:
            shared[first] = shared[full[0]]


# "Sir Kim said", "Dame Vivienne told": a first name after the title, no surname after it.
KNIGHTED = re.compile(r"\b(?:Sir|Dame)\s+([A-Z][a-z]+)\b(?!\s+[A-Z])")


def _role_at(sentence: str, name: str, position: int) -> Described | None:
    """The role the words around `name` at `position` give it."""
    left = sentence[max(0, position - LEFT_WINDOW) : position]
    return describe(left, sentence[position + len(name) :])


def _register(
    name: str, role: Described | None, people: dict[str, bool], described: set[str], known: set[str]
) -> None:
    """Record `name` as a person, official if `role` (or the table, given no role) says so."""
    if role in {Described.FORMER, Described.PRIVATE}:
        described.add(name)
    official = role is Described.OFFICIAL or (role is None and name in known)
    people[name] = people.get(name, False) or official


def _furniture_roles(
    lines: list[str], people: dict[str, bool], described: set[str], known: set[str]
) -> None:
    """Site furniture names no one (`names.site_furniture`), but a caption's or a link's words
    still describe a person the article names in full elsewhere: train jJuAqDf9GpFAoUSw's
    photo caption "Republican Missouri Senate candidate Josh Hawley received ... | J" gives
    the only role of the Hawley its body names (GUIDELINES: named_official)."""
    full_names = [name for name in people if " " in name]
    for line in filter(site_furniture, lines):
        for name in full_names:
            position = line.find(name)
            if position >= 0:
                _register(name, _role_at(line, name, position), people, described, known)


def _other_gender_namesakes(text: str, people: dict[str, bool]) -> dict[str, bool]:
    """An official's surname written with honorifics of both genders names two people: BBC
    "Mr Sanders" (the senator, eleven times) and "Mrs Sanders also confirmed that he still
    plans to attend" (his wife). The gender the surname's honorifics give most often keeps
    the official; each honorific of the other gender names a person with no office the
    article gives (GUIDELINES: named_person), registered under `gender.honorific_key`."""
    others: dict[str, bool] = {}
    for surname in [n for n, official in people.items() if official and " " not in n]:
        honorifics = honorifics_of(surname, text)
        genders = Counter(HONORIFICS[h] for h in honorifics)
        if len(genders) < 2:
            continue
        (usual, _), (_, fewer) = genders.most_common(2)
        if genders[usual] > fewer:
            others.update({honorific_key(h, surname): False for h in honorifics if HONORIFICS[h] != usual})
    return others


def _place_names(text: str, people: dict[str, bool]) -> list[str]:
    """The names `text` gives a place noun right after ("the city's Bevo Mill section"): a
    place's name, so no person wherever else it stands ("Bevo Mill residents")."""
    nouns = alternation("place_nouns")
    return [
        name
        for name in people
        if re.search(rf"(?<![\w.'\-]){re.escape(name)}\s+(?:{nouns})\b", text)
    ]


def _copular_roles(text: str, people: dict[str, bool], described: set[str]) -> None:
    """Give the one person named in full with a surname the role a copular sentence about
    that surname gives ("Chinese politician Lijian Zhao" ... "Zhao is deputy director of
    China's Foreign Ministry Information Department": an official, GUIDELINES named_official).
    A lone surname is no name `person_names` finds, so the loop over names misses it."""
    full: dict[str, list[str]] = {}
    for name in people:
        if len(name.split()) > 1:
            full.setdefault(name.split()[-1], []).append(name)
    for match in SURNAME_BEFORE_COPULA.finditer(text):
        names = full.get(match.group(1), [])
        if len(names) != 1:
            continue  # no one, or two people of that surname: whose role is unclear
        line_end = text.find("\n", match.end())
        role = describe("", text[match.end() : line_end if line_end >= 0 else len(text)])
        if role is Described.OFFICIAL:
            people[names[0]] = True
        elif role in {Described.FORMER, Described.PRIVATE}:
            described.add(names[0])


def _share_by_surname(people: dict[str, bool]) -> dict[str, bool]:
    """Give every form of a name ("Adel Abdul Mahdi", "Abdul Mahdi", "Mahdi") the same status."""
    by_surname: dict[str, bool] = {}
    full_surnames = {name.split()[-1] for name in people if len(name.split()) > 1}
    for name, official in people.items():
        surname = name.split()[-1]
        if len(name.split()) == 1 and surname in full_surnames:
            continue  # "Walker" alone defers to the "Kenneth Walker" the article names in full
        by_surname[surname] = by_surname.get(surname, False) or official
    full_names: dict[str, list[str]] = {}  # surname -> the names of two or more words ending in it
    for name in people:
        words = name.split()
        if len(words) > 1:
            full_names.setdefault(words[-1], []).append(name)
    shared = {
        name: people[name]
        if _has_namesake(name, full_names.get(name.split()[-1], ()))
        else by_surname[name.split()[-1]]
        for name in people
    }
    shared.update(by_surname)
    for name, official in people.items():
        family = _family_name_first(name)
        if family:  # "Ri Yong Ho", "Kim Kye Gwan": "Ri said", "Kim said" is the same person
            shared[family] = shared.get(family, False) or official
    return shared


def _share_across_slips(people: dict[str, bool], shared: dict[str, bool]) -> None:
    """Give a name misspelt by one letter the status of the name it slips from, and back:
    CNN's "Democratic National Committee Chairwoman Debbie Wasserman Schultz", then
    "Wasserman Schulz told CNN", is the DNC chair (GUIDELINES: named_official). A slipped
    surname alone shares it too while no other full name ends in it. A name two slips away
    ("Kowalsy" of "Kowalsky" of "Kowalski") shares it as well, whichever the article writes first."""
    full = [name for name in people if len(name.split()) > 1]
    surnames = Counter(name.split()[-1] for name in full)
    pairs = list(slipped_pairs(full))
    changed = True
    while changed:  # until every pair agrees: a later pair may make an earlier one's name official
        changed = False
        for name, other in pairs:
            official = shared.get(name, False) or shared.get(other, False)
            for form in (name, other):
                changed |= shared.get(form, False) is not official
                shared[form] = official
                surname = form.split()[-1]
                if surnames[surname] == 1:
                    shared[surname] = shared.get(surname, False) or official


def _share_across_diacritics(shared: dict[str, bool]) -> None:
    """Give a name written with its diacritics the status of the same name written without
    them, and back: Al Jazeera's "Turkish Foreign Minister Mevlut Cavusoglu", then the credit
    line of his post, "Mevlüt Çavuşoğlu (@MevlutCavusoglu)", is the minister (GUIDELINES:
    named_official; heldout33 aKPQqtVcVrF6GuS6 [19])."""
    spellings = {name: _without_diacritics(name) for name in shared}
    by_spelling: dict[str, bool] = {}
    for name, spelling in spellings.items():
        by_spelling[spelling] = by_spelling.get(spelling, False) or shared[name]
    for name, spelling in spellings.items():
        shared[name] = by_spelling[spelling]


def _without_diacritics(name: str) -> str:
    """ "Mevlüt Çavuşoğlu" -> "Mevlut Cavusoglu"."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _share_without_particle(people: dict[str, bool], shared: dict[str, bool]) -> None:
    """Give an Arabic surname's status to the surname without its article: "One of the group's
    top commanders, Nasr al-Ansi," then "Ansi called" and "Mr. Ansi" is the commander
    (GUIDELINES: named_official), unless the article names someone else with that bare surname."""
    bare_surnames = {name.split()[-1] for name in people if len(name.split()) > 1}
    for surname, official in list(shared.items()):
        if " " in surname or not PARTICLE_SURNAME.fullmatch(surname):
            continue
        bare = surname.split("-", 1)[1]
        if bare not in bare_surnames:
            shared[bare] = shared.get(bare, False) or official


def _family_name_first(name: str) -> str | None:
    """The family name of a Korean-style name of three short words ("Kim Jong Un", "Ri Yong
    Ho", "Choe Sun Hui"), which news writes first and repeats alone."""
    words = name.split()
    if len(words) == 3 and all(len(w) <= 4 for w in words) and len(words[-1]) <= 3:
        return words[0]
    return None


def _has_namesake(name: str, namesakes: Iterable[str]) -> bool:
    """ "Hunter Biden" beside "Joe Biden": another person of the surname, not another form of
    the same name ("Abdul Mahdi" of "Adel Abdul Mahdi"). `namesakes`: the article's names of
    two or more words that end in `name`'s surname (looking through every name was quadratic)."""
    words = name.split()
    if len(words) < 2:
        return False
    return any(
        not other.endswith(" " + name)
        and not name.endswith(" " + other)
        and other.split()[0] != words[0]
        for other in namesakes
    )


# A capitalized name ending in an organization's head word, and an abbreviation in brackets
# after it: "The Kaiser Family Foundation", "U.S. Central Command (CentCom)".
HEADED_NAME = re.compile(
    r"(?<![\w.'\-])(?:The\s+)?([A-Z][\w&.'\-]*)"
    r"((?:\s+(?:of|for|and|on|the)?\s*[A-Z][\w&.'\-]*){1,5})(?:\s+\(([A-Z][\w&.\-]{1,12})\))?"
)
# "Netblocks, a civil society group that tracks ...": a lone name described as an organization.
DESCRIBED_NAME = re.compile(r"(?<![\w.])([A-Z][\w&\-]+),\s+(?:a|an)\s+([^,.;\"]{1,60})")
# "Progressive group MoveOn called on ...", "the advocacy group Indivisible said": a lone name
# right after a lower-case organization head ("group", "coalition"), not the hearer of a verb's
# object ("told the group Trump would ...": `known_organizations` leaves out known people too).
TITLED_NAME = re.compile(r"\b([a-z]+)\s+([A-Z][\w&\-]+(?:\.org)?)(?![\w&\-]|\.\w|\s+[A-Z(])")
HEARER_VERB_BEFORE = re.compile(r"\b(?:told|asked|urged|warned)\s+(?:the\s+)?$")
DESCRIPTION_END = re.compile(
    r"\s(?:that|which|who|whose|based|founded|with|of|in|at|for|to|on|by|led|run|funded)\s"
)


def known_organizations(text: str, people: dict[str, bool]) -> frozenset[str]:
    """The one-word names `text` gives an organization it names in full, not a person's.

    "Kaiser said" after "The Kaiser Family Foundation said", "CentCom said" after "U.S.
    Central Command (CentCom)", "Netblocks said" after "Netblocks, a civil society group":
    the lone word is the organization (GUIDELINES, named_organization), where alone it
    would read as a surname.
    """
    heads = load_lexicon("org_heads")
    found: set[str] = set()
    for match in HEADED_NAME.finditer(text):
        if match.group(2).split()[-1].lower().strip(".'") in heads:
            found.update(word for word in match.group(1, 3) if word)
    for match in DESCRIBED_NAME.finditer(text):
        description = DESCRIPTION_END.split(match.group(2) + " ", maxsplit=1)[0].split()
        if description and description[-1].lower() in heads:
            found.add(match.group(1))
    for match in TITLED_NAME.finditer(text):
        hearer = HEARER_VERB_BEFORE.search(text, max(0, match.start() - 12), match.start())
        if match.group(1) in heads and hearer is None:
            found.add(match.group(2))
    common = non_name_words()
    return frozenset(
        word for word in found if word.lower() not in common and word not in people
    )
