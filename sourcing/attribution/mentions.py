"""Say what kind of source a phrase names: an ordered table of named rules, the first that fits wins."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from sourcing.attribution.mention_kinds import Mention, MentionKind
from sourcing.attribution.names import (
    NAME_TOKEN,
    is_official,
    lower_words,
    non_name_words,
    person_names,
)
from sourcing.attribution.phrases import (
    REPORT_WORDS,
    Phrase,
    core_phrase,
    drop_sentence_initial,
    statement_heads,
)
from sourcing.lexicons import lexicon_union, load_lexicon

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


def _poll_share(p: Phrase) -> bool:
    return POLL_SHARE.match(p.core) is not None


# Not a title: "Majority Leader Mitch McConnell", "the House majority whip". "About the same
# percentage of independents", "just about one-fifth of voters" (train3) are shares too.
POLL_SHARE = re.compile(
    r"(?:(?:about|nearly|just|some|more than|almost|roughly|only|over|fewer than|less than|a|another|the same)\s+)*"
    r"(?:[\w.\-]+\s*(?:%|percent)|\bpercent\b|\bpercentage\b|\b(?:one|two|three|four)-(?:thirds?|quarters?|fifths?)\b"
    r"|\b(?:(?:large|slim|narrow|clear|solid|bare|vast|strong|overwhelming)\s+)?majority\b(?!\s+(?:leader|whip)\b)|\bhalf\b|\brespondents\b|\bthose (?:surveyed|polled|questioned)\b)",
    re.IGNORECASE,
)


def _outlets_unnamed_source(p: Phrase) -> bool:
    """ "An NBC source": the outlet's source, not the outlet (a correspondent is the outlet)."""
    outlet = p.core_outlet
    return (
        outlet is not None
        and p.head in load_lexicon("unnamed_heads")
        and p.head not in outlet.split()  # "Business Insider" is the outlet
        and not _journalist(p.core)
    )


def _outlet(p: Phrase) -> bool:
    if not load_lexicon("hearer_object_verbs").isdisjoint(p.core_words):
        return False  # "He did not tell The New Yorker which three he": the hearer (rule 5)
    if p.core_outlet or _masthead(p):
        return True
    if _journalist(p.core) and p.core_names:
        return False  # "columnist Muhtada Jabbar": a journalist no outlet is named for speaks as a person
    return p.head in load_lexicon("outlet_terms") or _has_outlet_term(p.core_words)


def _masthead(p: Phrase) -> bool:
    """ "Ynet News", "The UK Mirror": a capitalized name ending in a masthead word."""
    words = [w for w in p.core.split() if w.lower() not in {"the", "a"}]
    return (
        len(words) >= 2
        and all(w[:1].isupper() for w in words)
        and words[-1].lower() in load_lexicon("masthead_words")
    )


def _media_at_large(p: Phrase) -> bool:
    """ "the media", "the US media", "international media": no outlet the reader can identify
    (GUIDELINES: unidentified reports are unnamed_source; "Syrian state media" is an outlet)."""
    words = p.core.split()
    return (
        words[-1] == "media"
        and len(words) <= 4
        and not p.core_outlet
        and not any(w.endswith("ing") for w in p.core_words)  # "barring media from showing"
    )


def _outlet_poll(p: Phrase) -> bool:
    """ "a new Wall Street Journal/NBC News poll": the pollster speaks as an organization."""
    return p.head in load_lexicon("poll_words") and bool(p.core_outlet)


def _report(p: Phrase) -> bool:
    return p.head in REPORT_WORDS


def _report_of_outlet(p: Phrase) -> bool:
    return _report(p) and bool(p.outlet)


def _report_of_organization(p: Phrase) -> bool:
    if not _report(p) or (_unidentified_report(p) and _names_only_places(p.text)):
        return False  # "Some US media reports", "Russian media reports": no institution
    words = set(lower_words(p.text))
    return bool(
        _has_org(p.text)
        or person_names(p.text)
        or words & (load_lexicon("org_heads") | {"congressionally", "congressional"})
    )


def _unidentified_report(p: Phrase) -> bool:
    return _report(p) and (
        p.first in load_lexicon("indefinite_report_words") or p.head == "reports"
    )


def _unidentified_polls(p: Phrase) -> bool:
    """ "Polls show", "exit polls", "surveys", "most polls": polls in the plural that no word
    names are no identifiable source (GUIDELINES: unidentified reports); "the new polls"
    and "two new national polls" are the ones the article goes on to name."""
    return (
        p.head in load_lexicon("poll_words")
        and p.plural
        and not p.capitalized_after_first()
        and not any(w[:1].isupper() for w in p.text.split()[1:])
        and not {"new", "latest"} & set(p.words)
    )


DATA_HEADS = frozenset({"data", "figures", "statistics", "numbers", "estimates", "tally", "count", "chart"})


def _record_of_organization(p: Phrase) -> bool:
    """ "IRS data", "data from the Bureau of Labor Statistics", "Figures from the Metropolitan
    Police": a named institution's figures speak for it (GUIDELINES, named_organization: its
    named publication). "Court Data show" names no institution: the capital is the sentence's."""
    if p.head not in DATA_HEADS:
        return False  # a memo, a filing or records stay documents (GUIDELINES: court records)
    words = p.text.split()
    lowered = " " + p.text.lower() + " "
    return (
        any(f" {name} " in lowered for name in load_lexicon("org_names"))
        or any(ACRONYM.fullmatch(w) for w in words)
        or any(w[:1].isupper() and w.lower().strip(",.'s") in load_lexicon("org_heads") for w in words[1:])
    )


def _document(p: Phrase) -> bool:
    return p.head in load_lexicon("document_heads")


def _statement(p: Phrase) -> bool:
    return p.head in statement_heads()


def _statement_by_person(p: Phrase) -> bool:
    """ "a statement by Sen. Warner": the speaker; a person named in a poll phrase is not one."""
    return _statement(p) and bool(p.core_names) and p.head not in load_lexicon("poll_words")


def _statement_by_official(p: Phrase) -> bool:
    return _statement_by_person(p) and is_official(p.text, p.core_names[-1], p.known_people)


def _unnamed_role(p: Phrase) -> bool:
    """ "a senior official", "Biden's advisers", "A Kardashian source": a name that only
    modifies the role names someone else (the head is the last word when a name ends it)."""
    return p.head in load_lexicon("unnamed_heads")


def _appositive_name(p: Phrase) -> bool:
    """ "Banton's mother, Dana Showers": a role, then the person's name after the comma."""
    rest = p.text.partition(",")[2]
    rest = rest.strip()
    return bool(rest) and p.head in load_lexicon("unnamed_heads") and person_names(rest, p.known_people) == [rest]


def _appositive(p: Phrase) -> str:
    return p.text.partition(",")[2].strip()


def _appositive_official(p: Phrase) -> bool:
    return _appositive_name(p) and is_official(p.text, _appositive(p), p.known_people)


# "a civil society group that tracks ...": where an appositive's head noun ends.
DESCRIPTION_END = re.compile(
    r",|\s(?:that|which|who|whose|backed|founded|based|focused|with|of|in|at|for|to|on|by|"
    r"led|run|funded)\s",
    re.IGNORECASE,
)


DEFINITE_DESCRIPTION_END = re.compile(r",|\s(?:that|which|who|whose)\s", re.IGNORECASE)


def _named_organization_appositive(p: Phrase) -> bool:
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


def _joined_name(p: Phrase) -> str | None:
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


def _official_and_group(p: Phrase) -> bool:
    name = _joined_name(p)
    return name is not None and is_official(p.core.partition(" and ")[0], name, p.known_people)


def _office(p: Phrase) -> bool:
    """ "The special counsel", "the inspector general": an office speaking as an institution."""
    core = " ".join(p.core_words[1:] if p.first in {"the", "this", "that"} else p.core_words)
    return core in load_lexicon("office_titles") and not p.core_names


def _role_named_before(p: Phrase) -> bool:
    """ "the official": refers back to a source named earlier."""
    return _unnamed_role(p) and p.first in {"the", "this", "that"} and not p.plural


def _organization_head(p: Phrase) -> bool:
    return p.head in load_lexicon("org_heads") or (p.first == "the" and _is_demonym_plural(p.head))


def _named_person(p: Phrase) -> bool:
    return bool(p.names)


def _named_official(p: Phrase) -> bool:
    return _named_person(p) and is_official(p.text, p.names[-1], p.known_people)


def _organization_or_place_name(p: Phrase) -> bool:
    """ "Germany", "the Pentagon"; not "Jordan" where the article names "Jim Jordan"."""
    if p.lone in p.known_people:
        return False
    return _has_org(p.core) or _only_places(p.core)


def _lone_name(p: Phrase) -> bool:
    """ "Begum said": a lone capitalized word that is no known non-name, or the surname of a
    person the article names ("German said" after "Paul German")."""
    lone = p.lone
    return (
        bool(NAME_TOKEN.fullmatch(lone))
        and not lone.isupper()
        and (lone.lower() not in non_name_words() or lone in p.known_people)
    )


def _lone_organization(p: Phrase) -> bool:
    """ "Kaiser said" after "The Kaiser Family Foundation": the organization's short name."""
    return p.lone in p.known_organizations


def _lone_official(p: Phrase) -> bool:
    return _lone_name(p) and is_official(p.text, p.lone, p.known_people)


def _role_of_a_place(p: Phrase) -> bool:
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


def _definite_role_of_a_place(p: Phrase) -> bool:
    return _role_of_a_place(p) and p.first not in load_lexicon("indefinite_determiners")


def _definite_official_role(p: Phrase) -> bool:
    """ "the minister", "Iran's foreign minister": refers back."""
    return p.head in load_lexicon("official_roles") and (
        p.first in {"the", "this", "that"} or p.first.endswith("'s")
    )


def _indefinite_description(p: Phrase) -> bool:
    """ "a lawyer", "several aides": no capitalized word after the determiner."""
    return (
        p.first in load_lexicon("indefinite_determiners")
        and not p.capitalized_after_first()
        and _describes_people(p)
    )


def _lowercase_plural(p: Phrase) -> bool:
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


def _short_definite(p: Phrase) -> bool:
    """ "the agency's lawyers": a short definite description with no capitalized word."""
    return p.first == "the" and len(p.core_words) <= 4 and not p.capitalized_after_first()


def _core(p: Phrase) -> str | None:
    return p.core


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


K = MentionKind
# In order: the first rule that applies classifies the phrase.
RULES: tuple[MentionRule, ...] = (
    MentionRule("no words", K.UNKNOWN, lambda p: not p.words, with_head=False),
    MentionRule("he, she", K.PRONOUN_PERSON, _pronoun("he", "she"), with_head=False),
    MentionRule("they", K.PRONOUN_GROUP, _pronoun("they"), plural=_always, with_head=False),
    MentionRule("it", K.PRONOUN_THING, _pronoun("it"), with_head=False),
    MentionRule("I, we, you", K.FIRST_PERSON, _pronoun("i", "we", "you"), with_head=False),
    MentionRule("poll share", K.POLL_RESULT, _poll_share, plural=_always),
    MentionRule(
        "outlet's unnamed source", K.UNNAMED, _outlets_unnamed_source, plural=_phrase_plural
    ),
    MentionRule("poll of an outlet", K.ORGANIZATION, _outlet_poll, name=_core),
    MentionRule("outlet", K.OUTLET, _outlet, name=lambda p: p.core_outlet or p.core),
    MentionRule("report of an outlet", K.OUTLET, _report_of_outlet, name=lambda p: p.outlet),
    MentionRule("media at large", K.INDEFINITE_REPORT, _media_at_large, plural=_always),
    MentionRule("report of an organization", K.ORGANIZATION, _report_of_organization, name=_core),
    MentionRule(
        "unidentified report", K.INDEFINITE_REPORT, _unidentified_report, plural=_phrase_plural
    ),
    MentionRule(
        "unidentified polls", K.INDEFINITE_REPORT, _unidentified_polls, plural=_always
    ),
    MentionRule("the report", K.REPORT, _report),
    MentionRule(
        "name, then organization", K.ORGANIZATION, _named_organization_appositive,
        name=lambda p: p.text.partition(",")[0].strip(),
    ),
    MentionRule("record of an organization", K.ORGANIZATION, _record_of_organization, name=_core),
    MentionRule("document", K.DOCUMENT, _document, plural=_phrase_plural),
    MentionRule(
        "statement of an official",
        K.OFFICIAL,
        _statement_by_official,
        name=lambda p: p.core_names[-1],
    ),
    MentionRule(
        "statement of a person", K.PERSON, _statement_by_person, name=lambda p: p.core_names[-1]
    ),
    MentionRule("statement of an organization", K.ORGANIZATION, _statement),
    MentionRule("role, then official's name", K.OFFICIAL, _appositive_official, name=_appositive),
    MentionRule("role, then name", K.PERSON, _appositive_name, name=_appositive),
    MentionRule(
        "official and a group", K.OFFICIAL, _official_and_group, name=lambda p: _joined_name(p) or ""
    ),
    MentionRule(
        "person and a group",
        K.PERSON,
        lambda p: _joined_name(p) is not None,
        name=lambda p: _joined_name(p) or "",
    ),
    MentionRule("office", K.ORGANIZATION, _office, name=_core),
    MentionRule("role named before", K.DEFINITE_ROLE, _role_named_before, plural=_phrase_plural),
    MentionRule("unnamed role", K.UNNAMED, _unnamed_role, plural=_phrase_plural),
    MentionRule("role of a place, named before", K.DEFINITE_ROLE, _definite_role_of_a_place),
    MentionRule("role of a place", K.UNNAMED, _role_of_a_place),
    MentionRule(
        "organization head", K.ORGANIZATION, _organization_head, name=_core, plural=_phrase_plural
    ),
    MentionRule("named official", K.OFFICIAL, _named_official, name=lambda p: p.names[-1]),
    MentionRule("named person", K.PERSON, _named_person, name=lambda p: p.names[-1]),
    MentionRule(
        "organization or place name",
        K.ORGANIZATION,
        _organization_or_place_name,
        name=_core,
        plural=_phrase_plural,
    ),
    MentionRule(
        "lone name of an organization", K.ORGANIZATION, _lone_organization, name=lambda p: p.lone
    ),
    MentionRule("lone name of an official", K.OFFICIAL, _lone_official, name=lambda p: p.lone),
    MentionRule("lone name", K.PERSON, _lone_name, name=lambda p: p.lone),
    MentionRule("definite official role", K.DEFINITE_ROLE, _definite_official_role),
    MentionRule(
        "indefinite description", K.UNNAMED, _indefinite_description, plural=_phrase_plural
    ),
    MentionRule("lower-case plural", K.UNNAMED, _lowercase_plural, plural=_always),
    MentionRule(
        "short definite description", K.DEFINITE_ROLE, _short_definite, plural=_phrase_plural
    ),
)
NO_RULE = MentionRule("no rule", K.UNKNOWN, _always)


def _has_outlet_term(core_words: list[str]) -> bool:
    single, longer = _entries_by_length("outlet_terms")
    if not single.isdisjoint(core_words):
        return True
    joined = " " + " ".join(core_words) + " "
    return any(term in joined for term in longer)


@lru_cache(maxsize=8)
def _entries_by_length(name: str) -> tuple[frozenset[str], tuple[str, ...]]:
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


def _names_only_places(text: str) -> bool:
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


def _journalist(text: str) -> bool:
    return bool(set(lower_words(text)) & load_lexicon("journalist_words"))


def _has_org(core: str) -> bool:
    """A capitalized organization name, acronym or a known organization in the phrase."""
    lowered = " " + core.lower() + " "
    single, longer = _entries_by_length("org_names")
    if not single.isdisjoint(lowered.split(" ")) or any(name in lowered for name in longer):
        return True
    capitalized = [w for w in core.split()[1:] + core.split()[:1] if w[:1].isupper()]
    org_heads = load_lexicon("org_heads")
    if any(w.lower().strip(",.'s") in org_heads for w in capitalized):
        return True
    return any(ACRONYM.fullmatch(w) for w in core.split())


# "IRS", "NATO's", "AT&T"; not a person's initials ("H.R. McMaster", "Louis C.K"): the dotted
# acronyms of states and bodies ("U.S.", "U.N.") are in org_names.
ACRONYM = re.compile(r"(?![A-Z](?:\.[A-Z])+\.?$)[A-Z][A-Z\-&.]{1,8}(?:'s)?")
