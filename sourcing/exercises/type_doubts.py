"""Checks that doubt a record's type: the type is at odds with the sentence, the article's
own description of the source, or the other analyzer (the model against the rules)."""

from __future__ import annotations

import re
from functools import cache

from sourcing.attribution.anonymity import ABOUT_SOURCING, about_sourcing
from sourcing.attribution.cues import find_phrases
from sourcing.attribution.names import namesake_named_first
from sourcing.exercises.name_words import TITLE_WORD, article_people, surname_of
from sourcing.lexicons import alternation, load_lexicon
from sourcing.provenance import Rule
from sourcing.records import NAMED_TYPES, ArticleReport, SourceType, Statement
from sourcing.settings import Settings

# Types that say the reader can tell who or what the source is.
IDENTIFIED_TYPES = NAMED_TYPES | {SourceType.CITED_OUTLET, SourceType.DOCUMENT}


def named_beside_anonymity(statement: Statement) -> bool:
    """Tell whether a named type, an outlet or a document sits in a sentence granting anonymity.

    "A U.S. official, speaking on condition of anonymity, said Pompeo ...": whoever speaks
    there is unnamed, whatever name the sentence mentions; too doubtful to key. So with an
    outlet: Politico D1rqUS7VJwpWD5vG [10] "But sources at the Daily Beast and CNN, who spoke
    to POLITICO on condition of anonymity, said ..." keyed Other news outlet on main c13b1d3
    (read unnamed_source).
    """
    return statement.type in IDENTIFIED_TYPES and bool(find_phrases("anonymity_reasons", statement.text))


def name_as_modifier(statement: Statement) -> bool:
    """Tell whether a named source is only the modifier of an unnamed role in the sentence.

    "... the former Obama official said" typed named official with source "Obama": the one
    speaking is an Obama official, unnamed (rule 6), whatever name the role carries.
    """
    if statement.type not in NAMED_TYPES or not statement.source:
        return False
    heads = "|".join(sorted(load_lexicon("unnamed_heads")))
    pattern = rf"\b{re.escape(statement.source)}\s+(?:[\w-]+\s+)?(?:{heads})\b"
    return bool(re.search(pattern, statement.text, re.IGNORECASE))


def about_the_sourcing(statement: Statement) -> bool:
    """Tell whether a statement is about the sourcing itself ("The officials insisted on
    anonymity because ..."): unattributed with `unnamed_source` in `alt` (GUIDELINES rule 8),
    two defensible labels, so a key should not pick one. A source with content of its own ("A
    source ..., who spoke on condition of anonymity, said that ...") is not about the sourcing.
    """
    sourcing_cue = statement.cue is not None and bool(ABOUT_SOURCING.fullmatch(statement.cue))
    return about_sourcing(statement.text) and (
        statement.type is SourceType.UNATTRIBUTED or sourcing_cue)


def contested(statement: Statement) -> bool:
    """Tell whether the model overrode the rules' type: the two analyzers disagree.

    New York Post K2rNbXoSBNVucGMs [2] "The report had stressed ...": the rules said
    document, the model (0.80) the embassy of the sentence before; Fox News
    tD9pHKfxGVEo6JnH [4], a question the next sentence gives to Cantor, typed as King's.
    """
    return statement.provenance is not None and statement.provenance.rule is Rule.MODEL


PERSON_TYPES = frozenset({SourceType.NAMED_OFFICIAL, SourceType.NAMED_PERSON})


def introduced_unsure(statement: Statement, report: ArticleReport, settings: Settings) -> bool:
    """Tell whether a person is typed below `key_introduced_confidence` (or `key_confidence`,
    where lower) where the article first names them.

    The Guardian g7Zb6HynfCQPUG1C [11] "the head of Egypt's state-run provider of air
    navigation services, Ehab Azmy, said" (named person, 0.56, and 0.79 with the model of
    66c9c76): whether Azmy speaks as an official is decided there, where his role is given,
    so "Azmy said" later is as unsure, and is not keyed either. The first named statement that holds the
    surname counts, whatever source its record took (NYT hMBlc4RbE4vAhABG [4] "Henry
    Barbour, a member of the Republican National Committee ..., said ...", 0.49).
    """
    if statement.type not in PERSON_TYPES or not statement.source:
        return False
    surname = surname_of(statement.source)
    if not surname:
        return False
    word = re.compile(rf"\b{re.escape(surname)}\b", re.IGNORECASE)
    first = next((s for s in report.statements if s.type in PERSON_TYPES and word.search(s.text)), None)
    threshold = min(settings.key_introduced_confidence, settings.key_confidence)
    return first is not None and first.confidence < threshold


def person_typed_organization(statement: Statement) -> bool:
    """Tell whether an organization's source is a person described by a role after a comma.

    Al Jazeera NrwP9xKaARrhJJSt [13] "CH Venkatachalam, general secretary of the All India
    Bank Employees' Association, said" typed named organization (retrained model, 0.88).
    """
    if statement.type is not SourceType.NAMED_ORGANIZATION or not statement.source:
        return False
    _, comma, role = statement.source.partition(", ")
    words = TITLE_WORD.findall(role.lower())
    roles = load_lexicon("official_roles") | load_lexicon("person_roles")
    return bool(comma) and any(w in roles for w in words[:3])


@cache
def office_apposition() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A role at an institution in apposition before a name ("the head of Egypt's state-run
    provider ..., Ehab Azmy", "Rosatom's chief executive, Sergei Kiriyenko") and after it ("Henry Barbour, a member of the Republican National
    Committee"); "member" besides the official roles."""
    roles = "|".join(sorted(map(re.escape, load_lexicon("official_roles") | {"member"}),
                            key=len, reverse=True))
    before = re.compile(rf"(?:\b(?:{roles})\s+(?:of|at|for)\b[^,;:\u201c\"]*"
                        rf"|\w['\u2019]s\s+(?:[\w-]+\s+){{0,2}}?(?:{roles})),\s*"
                        r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}$", re.IGNORECASE)
    after = re.compile(rf",\s+(?:(?:a|an|the)\s+)?(?:[\w\u2019'-]+\s+){{0,3}}?(?:{roles})\s+(?:of|at|for)\b",
                       re.IGNORECASE)
    return before, after


def person_with_an_office(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a named person is described, where first named, by a role at an institution.

    The Guardian g7Zb6HynfCQPUG1C [11] "the head of Egypt's state-run provider of air
    navigation services, Ehab Azmy, said" and NYT hMBlc4RbE4vAhABG [4] "Henry Barbour, a
    member of the Republican National Committee ..., said" are typed named person (at 0.84 and
    0.95 on main 845b425), but the role the text gives them is an official one (named
    official, GUIDELINES): the record is at odds with its own description, and so is every
    later "Azmy said". So is New York Times UzlUg1lbLCkmifxG [17] "..., Mr. Kiriyenko told Mr.
    Putin" (named person, keyed so on main 384523d) after [16] "Rosatom's chief executive,
    Sergei Kiriyenko" (an official role: company, GUIDELINES).
    """
    if statement.type is not SourceType.NAMED_PERSON or not statement.source:
        return False
    surname = surname_of(statement.source)
    if not surname or surname in load_lexicon("function_words"):
        return False
    word = re.compile(rf"\b{re.escape(surname)}\b", re.IGNORECASE)
    first = next((s for s in report.statements if word.search(s.text)), None)
    found = first and word.search(first.text)
    if not first or not found:
        return False
    before, after = office_apposition()
    return bool(before.search(first.text[: found.start()]) or after.match(first.text[found.end() :]))


LONE_SURNAME = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?([A-Z][\w'\u2019-]+)")


def official_by_the_table_only(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a lone surname is typed official by the table of known officials only,
    while the article gives the surname to one namesake with another first name and no title.

    Breitbart pGhHGh6wrLcJEmot (heldout32) [16]-[20] "Graham wrote" after "Rev. Billy Graham's
    son Franklin": the table's "Graham" is Lindsey Graham, the speaker is Franklin Graham
    (named person, GUIDELINES). A sharper type rule was wrong too often on the corpus (the
    first lady "Melania Trump", then "Trump says"; a state representative named without a
    title), so the key does not ask about such a record.
    """
    if statement.type is not SourceType.NAMED_OFFICIAL or not statement.source:
        return False
    lone = LONE_SURNAME.fullmatch(statement.source.split(",")[0].strip())
    if not lone:
        return False
    surname = lone.group(1)
    people = article_people(report.document.text)
    if people.get(surname) or not namesake_named_first(surname, people):
        return False  # the article itself gives the surname an official role
    return not _titled(surname, report.document.text)


def _titled(surname: str, text: str) -> bool:
    """Whether an official role stands right before the lone surname ("President Trump",
    "President-elect Trump")."""
    roles = alternation("official_roles")
    return bool(re.search(rf"\b(?:{roles})(?:-elect)?\.?\s+{re.escape(surname)}\b", text, re.IGNORECASE))


def outlet_below_its_margin(statement: Statement, settings: Settings) -> bool:
    """Tell whether a news outlet is typed below `key_confidence` + `key_outlet_margin`.

    New York Post AZtDouqiiLOxmRr7 [9] "The Palace, Robach says, ..." typed Other news outlet at
    0.94 (keyed so at stop 29, on the fourteenth set's first keying; Robach is an anchor speaking
    for herself): on the gold, out-of-fold, and the development reading sets, an outlet keyed
    at 0.93-0.95 was wrong 4 times in 42, six times as often as a keyed item of any type.
    """
    threshold = round(settings.key_confidence + settings.key_outlet_margin, 6)  # 0.93 + 0.02 is 0.95
    return statement.type is SourceType.CITED_OUTLET and statement.confidence < threshold


# ", including fellow Obama donor and Musk's cousin Lyndon Rive,": a member named by two
# capitalized words in the group's appositive.
INCLUDING_A_NAME = re.compile(r"\s*,\s*including\b[^,;:\"\u201c]*?\b[A-Z][a-z][\w'\u2019-]*\s+[A-Z][a-z][\w'\u2019-]*")


def group_including_a_name(statement: Statement) -> bool:
    """Tell whether an anonymous source is a group whose appositive names one of its members.

    Fox News QbPMlhi3uAKyiM9x [10] "SolarCity officials, including fellow Obama donor and
    Musk's cousin Lyndon Rive, acknowledged in the IPO document ..." typed Anonymous source:
    the reader can tell one speaker and the company's filing, so "unnamed" is at best one of
    two defensible readings (GUIDELINES rules 6, 12); the key does not ask about it.
    """
    if statement.type is not SourceType.UNNAMED_SOURCE or statement.source_span is None:
        return False
    after = statement.source_span.end - statement.span.start
    return 0 <= after <= len(statement.text) and INCLUDING_A_NAME.match(statement.text, after) is not None


# "who cited "presidential" sources", "heard the same thing from an "opposition source"": the
# outlet's own source; lower case, so a show ("Reliable Sources") is none, and after "cited" or
# "from", so the source a story is about ("reported that the source, whom it described") is none.
SOURCE_BEHIND = re.compile(r"\b(?:cited|citing|from)\b[^.;:]{0,40}?\bsources?\b")


def outlet_with_a_source_behind(statement: Statement) -> bool:
    """Tell whether an outlet typed as the source is followed, in its sentence, by a source of
    its own that the rules did not read as relayed.

    NPR hXBOBtNuvy0RtVlx [3] "... was initially reported by Reuters, Al Jazeera, the BBC and
    others who cited "presidential" sources" and [4] "The Associated Press added that it heard
    the same thing from an "opposition source."" typed Other news outlet: an outlet is the
    source only when nothing behind it is named or described (GUIDELINES rule 1), so the key
    does not ask about it.
    """
    if statement.type is not SourceType.CITED_OUTLET or statement.source_span is None:
        return False
    after = max(0, statement.source_span.end - statement.span.start)
    return SOURCE_BEHIND.search(statement.text, after) is not None
