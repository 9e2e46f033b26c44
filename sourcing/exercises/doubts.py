"""Which statements a key may rest on: the checks that leave a statement ungraded.

A key is handed out unchecked, so a statement is never asked about when the analyzer is
unsure of it or its record is at odds with itself or its sentence (the issue 12 rule:
never key an item whose record is inconsistent or unsure).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache, lru_cache

from sourcing.attribution.anonymity import ABOUT_SOURCING, about_sourcing
from sourcing.attribution.attribute import text_views
from sourcing.attribution.cue_kinds import CueKind
from sourcing.attribution.cues import find_cues, find_phrases
from sourcing.attribution.entities import known_people
from sourcing.attribution.mention_kinds import MentionKind
from sourcing.attribution.mentions import classify_phrase
from sourcing.consistency import report_problems
from sourcing.exercises.clause_shape import (
    bullet_carried_over,
    hedged_content,
    participle_after_another_agent,
    poll_opening_without_source,
    source_is_a_thing,
    speaker_told_the_publisher,
)
from sourcing.exercises.items import CLOSING, OPENING, exercise_texts, quotation_units
from sourcing.exercises.reason_shape import (
    terms_about_the_head,
    terms_after_the_chain,
    terms_in_the_chain,
)
from sourcing.exercises.source_shape import (
    bare_plural,
    definite_group_never_introduced,
    enumeration_going_on,
    organization_without_a_name,
    post_line_left_out,
    role_with_an_unnamed_antecedent,
    source_after_preposition,
    uncued_holder,
    uncued_record_going_on,
)
from sourcing.lexicons import lexicon_union, load_lexicon
from sourcing.outlets import is_publisher
from sourcing.provenance import Provenance, Rule
from sourcing.records import NAMED_TYPES, ArticleReport, SourceType, Statement
from sourcing.scoring.checks import is_plural
from sourcing.scoring.score import source_key
from sourcing.settings import Settings

SINGULAR_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)


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


def singular_for_plural(statement: Statement) -> bool:
    """Tell whether a "he"/"she" sentence takes its source from a group.

    USA TODAY Gjvw9JcfROjOUWu0 [7] "He said his plan ..." (Biden) carried "some other 2020
    Democrats" over from the sentence before: a singular pronoun cannot refer to a plural
    source, so the record is wrong somewhere.
    """
    return (
        statement.resolved_from is not None
        and is_plural(statement.source)
        and bool(SINGULAR_PRONOUN.search(statement.text))
    )


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


def source_in_quotation(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a statement's source was found inside quoted words.

    Newsmax VCZs7LIrfqRBTVrA [1] "... to keep the Donald Trump supporters energized and
    engaged," the Texas senator told ...: the source "Donald Trump" stands inside Cruz's
    quotation, so it cannot be the one speaking (nor for the statements carrying it over).
    """
    span = statement.source_span
    holder = next((s for s in report.statements if span and s.span.start <= span.start < s.span.end), None)
    if span is None or holder is None:
        return False
    before = report.document.text[holder.span.start : span.start]
    return before.count(OPENING) > before.count(CLOSING) or before.count('"') % 2 == 1


# A second speaker in the sentence: a plain speech cue whose subject names or describes someone.
SPEECH_CUES = frozenset({"said", "says", "told", "tells", "added", "tweeted", "wrote", "according to"})
SPEECH_CUE_KINDS = frozenset({CueKind.SUBJECT_VERB, CueKind.INVERTED_VERB, CueKind.ACCORDING_TO})
SPEAKER_KINDS = frozenset({
    MentionKind.OFFICIAL, MentionKind.PERSON, MentionKind.ORGANIZATION, MentionKind.OUTLET,
    MentionKind.UNNAMED,
})  # not a definite role ("the official added"): it refers back, most often to the same source
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$", re.IGNORECASE)


def competing_speaker(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether the sentence has a second speaker besides the record's source.

    Newsmax bSLKBWE8H17ek3Dr [0] "U.S. Secretary of State Mike Pompeo has called ... the
    Taliban's chief negotiator, a spokesman for the insurgents said Tuesday": the record
    takes Pompeo (the subject of "called"), but the claim is the spokesman's. Two people
    could be the source, so a key should not pick one.
    """
    if statement.type is SourceType.UNATTRIBUTED or statement.source_span is None:
        return False
    text = report.document.text
    normalized, quoted = text_views(text)
    own = statement.source_span
    mine = source_key(statement.source or "").casefold()
    for cue in find_cues(normalized, statement.span, quoted):
        other = cue.source
        if (cue.kind not in SPEECH_CUE_KINDS or cue.words.lower() not in SPEECH_CUES
                or other is None or (other.start < own.end and own.start < other.end)
                or PASSIVE_BEFORE.search(text[statement.span.start : cue.span.start])):
            continue
        phrase = text[other.start : other.end]
        kind = classify_phrase(phrase, {}).kind
        both_unnamed = kind is MentionKind.UNNAMED and statement.type is SourceType.UNNAMED_SOURCE
        if kind in SPEAKER_KINDS and not both_unnamed and source_key(phrase).casefold() != mine:
            return True
    return False


PRONOUNS = frozenset({MentionKind.PRONOUN_PERSON, MentionKind.PRONOUN_GROUP})


def pronoun_before_its_name(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a pronoun subject was resolved to a name the same sentence gives later.

    AP SjlA8JS216xvGbyY [7] "On Sunday, he suggested to NBC that Trump was claiming ...":
    "he" resolved to Trump, but a pronoun cannot be the person its own clause then names
    (it is Bolton); the record names the wrong source.
    """
    if statement.cue_span is None or statement.type not in NAMED_TYPES or not statement.source:
        return False
    normalized, quoted = text_views(report.document.text)
    cue = next((c for c in find_cues(normalized, statement.span, quoted)
                if c.span == statement.cue_span and c.source is not None), None)
    if cue is None or cue.source is None:
        return False
    if classify_phrase(report.document.text[cue.source.start : cue.source.end], {}).kind not in PRONOUNS:
        return False
    name = source_key(statement.source)
    later = report.document.text[cue.span.end : statement.span.end]
    return bool(name) and re.search(rf"\b{re.escape(name)}\b", later) is not None


def about_the_sourcing(statement: Statement) -> bool:
    """Tell whether a statement is about the sourcing itself ("The officials insisted on
    anonymity because ..."): unattributed with `unnamed_source` in `alt` (GUIDELINES rule 8),
    two defensible labels, so a key should not pick one. A source with content of its own ("A
    source ..., who spoke on condition of anonymity, said that ...") is not about the sourcing.
    """
    sourcing_cue = statement.cue is not None and bool(ABOUT_SOURCING.fullmatch(statement.cue))
    return about_sourcing(statement.text) and (
        statement.type is SourceType.UNATTRIBUTED or sourcing_cue)


# A relative pronoun right before a source: "the new law that opponents say is anti-Muslim",
# "the neighborhood where authorities believed he lived".
RELATIVE_BEFORE = re.compile(r"\b(?:that|which|where|whom)\s+$", re.IGNORECASE)


def source_in_relative_clause(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether the record's source speaks inside a relative clause of its sentence.

    Al Jazeera NrwP9xKaARrhJJSt [6] "Protesters blocked roads ..., chanted slogans against
    the ... law that opponents say is anti-Muslim": "opponents" say something of the law,
    not the sentence's claim, which is the article's own.
    """
    span = statement.source_span
    if span is None or statement.type is SourceType.UNATTRIBUTED:
        return False
    before = report.document.text[statement.span.start : span.start]
    return bool(before.strip()) and RELATIVE_BEFORE.search(before) is not None


TITLE_WORD = re.compile(r"[^\W\d_][\w'-]*")
# A link written out: "https://t.co/LMfWDDNV3e", "pic.twitter.com/86eYizwALI", "www.cnn.com/x".
LINK = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S*")
SENTENCE_END = re.compile(r"[.!?:;\"')\]\u201d\u2019]\s*$")


def not_a_sentence(statement: Statement) -> bool:
    """Tell whether a statement is a title, not a sentence: no sentence end, mostly
    capitalized words (a link or a label the body kept; a tweet's last line is lower case),
    or fewer than two words (Politico wy0CX1DONT4jN107 [12] "1.", a numbered subheading).

    NPR ZJuKWj1WJEZ2Uzml [11] "Politics White House Pushes For Fast-Track Trade Authority
    White House Pushes ... Listen · 2:55 2:55": a related-story box, not a statement, so no
    type is right for it. A label ending in a colon, with no source, is one too (New York Post
    x82AsnQEaFvS8DEp [15] "Massachusetts Sen. Elizabeth Warren:", a subheading). So is a
    bare link (Al Jazeera auVKA9OGw9eQKayb [12] "https://t.co/LMfWDDNV3e", the end of an
    embedded post, keyed Named person) and a line addressed to the reader (CNN
    waGz12aRgseTXUuK [2] "- Check out the CNN Electoral Map and Calculator ...", keyed No
    source).
    """
    words = TITLE_WORD.findall(LINK.sub(" ", statement.text))
    if len(words) < 2:  # a numbered subheading ("1."), a hashtag, a bare link
        return True
    if reader_line(statement.text):
        return True
    label = statement.source is None and statement.text.rstrip().endswith(":")
    if SENTENCE_END.search(statement.text) and not label:
        return False
    return sum(w[0].islower() for w in words) * 2 < len(words)


@cache
def reader_openers() -> tuple[str, ...]:
    """The openings of a line addressed to the reader (`[doubts] reader_openers`)."""
    return tuple(exercise_texts()["doubts"]["reader_openers"])


@cache
def link_line() -> re.Pattern[str]:
    """A line that opens with a verb of `[doubts] link_verbs` and ends in "here" (a link)."""
    verbs = "|".join(re.escape(verb) for verb in exercise_texts()["doubts"]["link_verbs"])
    return re.compile(rf"(?:{verbs})\b[^.?!\"\u201c]*\bhere\W*$")


def reader_line(text: str) -> bool:
    """Tell whether a line speaks to the reader ("- Check out the CNN Electoral Map ...", "Sign
    Up You will receive emails ..."): page furniture, not a statement of anyone's. So is a line
    pointing at a link the body lost (Politico tDkWHqABfYjkcdb4 [2] "See previous editions of
    Behind the Curtain here.", keyed No source at stop 24, read boilerplate)."""
    line = text.lstrip(" -*>\u2022\u2013\u2014").lower()
    return link_line().match(line) is not None or any(
        line.startswith(opener) and line[len(opener) : len(opener) + 1] in {" ", ":", ""}
        for opener in reader_openers())


def contested(statement: Statement) -> bool:
    """Tell whether the model overrode the rules' type: the two analyzers disagree.

    New York Post K2rNbXoSBNVucGMs [2] "The report had stressed ...": the rules said
    document, the model (0.80) the embassy of the sentence before; Fox News
    tD9pHKfxGVEo6JnH [4], a question the next sentence gives to Cantor, typed as King's.
    """
    return statement.provenance is not None and statement.provenance.rule is Rule.MODEL


PERSON_TYPES = frozenset({SourceType.NAMED_OFFICIAL, SourceType.NAMED_PERSON})


def introduced_unsure(statement: Statement, report: ArticleReport, settings: Settings) -> bool:
    """Tell whether a person is typed below `key_confidence` where the article first names them.

    The Guardian g7Zb6HynfCQPUG1C [11] "the head of Egypt's state-run provider of air
    navigation services, Ehab Azmy, said" (named person, 0.56, and 0.79 with the model of
    66c9c76): whether Azmy speaks as an official is decided there, where his role is given,
    so "Azmy said" later is as unsure, and is not keyed either. The first named statement that holds the
    surname counts, whatever source its record took (NYT hMBlc4RbE4vAhABG [4] "Henry
    Barbour, a member of the Republican National Committee ..., said ...", 0.49).
    """
    if statement.type not in PERSON_TYPES or not statement.source:
        return False
    surname = _surname(statement.source)
    if not surname:
        return False
    word = re.compile(rf"\b{re.escape(surname)}\b", re.IGNORECASE)
    first = next((s for s in report.statements if s.type in PERSON_TYPES and word.search(s.text)), None)
    return first is not None and first.confidence < settings.key_confidence


@lru_cache(maxsize=4)
def named_surnames(text: str) -> frozenset[str]:
    """The surnames of the people an article's text names (`known_people`), found once per
    article: `skips_a_nearer_speaker` asks for them for every pronoun record it checks."""
    return frozenset(_surname(name) for name in known_people(text))


def _surname(source: str) -> str:
    """The last capitalized word of a source before any apposition ("Iowa Republican Rep.
    Steve King" -> "king", "Arizona Sen. John McCain, the top Republican" -> "mccain")."""
    names = [w for w in TITLE_WORD.findall(source.split(",")[0]) if w[0].isupper()]
    return names[-1].casefold() if names else ""


def skips_a_nearer_speaker(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a carried-over source passes over a sentence opened by another person.

    Fox News tD9pHKfxGVEo6JnH [10] "Democrats want immigration for a 'political issue,' he
    said" took Rep. Steve Israel's source from [6], past [9] "King also argued Sunday ...":
    "he" is King, the nearer person the article names, so the record names the wrong source.
    A "he"/"she" resolved to an anonymous source counts too, and so does any person the text
    names (Politico CiuLM3JApPtsMIej [15] "..., she tweeted" took "A Facebook spokesperson"
    from [10] past [13] "Warren swiped at Facebook ...", whose sentence is no one's statement;
    the tweet is Warren's, keyed Anonymous source on main 384523d).
    """
    origin = statement.resolved_from
    pronoun = (statement.provenance is not None
               and statement.provenance.reference_kind == MentionKind.PRONOUN_PERSON.value)
    if (origin is None or origin < 0 or not statement.source
            or (statement.type not in PERSON_TYPES and not pronoun)):
        return False
    mine = _surname(statement.source) if statement.type in PERSON_TYPES else ""
    people = {_surname(s.source) for s in report.statements
              if s.type in PERSON_TYPES and s.source} - {mine, ""}
    if pronoun:
        people |= named_surnames(report.document.text) - {mine, ""}
    between = report.statements[origin + 1 : statement.index]
    return any(_first_word(s.text) in people for s in between)


def attributed_after(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a carried-over quotation is followed, on its line, by another speaker's cue.

    Fox News tD9pHKfxGVEo6JnH [4] "“If the president can selectively enforce ObamaCare,
    what's to say he cannot ...?”" carried King's source over, but the sentence split after
    "?" goes on "House Majority Leader Eric Cantor said ahead of the meeting.": the
    quotation is Cantor's.
    """
    if statement.resolved_from is None or not statement.text.rstrip().endswith((CLOSING, '"')):
        return False
    after = next((s for s in report.statements if s.index == statement.index + 1), None)
    if after is None or after.source is None or after.cue is None or OPENING in after.text:
        return False
    gap = report.document.text[statement.span.end : after.span.start]
    return "\n" not in gap and '"' not in after.text and (
        source_key(after.source).casefold() != source_key(statement.source or "").casefold())


def role_named_two_ways(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a definite role was resolved to another name than its first resolution.

    USA TODAY bbxsOl1tPhWT84AB: "The president pleaded ..." [1] is Donald Trump, but "...,"
    the president posted" [3] took Sessions, the name nearest before it; one article's "the
    president" is one person, so the later record is wrong.
    """
    p = statement.provenance
    if p is None or p.rule is not Rule.REFERS_NAME or not p.reference or not p.name:
        return False
    reference = p.reference.casefold()
    first = next(s.provenance.name for s in report.statements
                 if s.provenance is not None and s.provenance.rule is Rule.REFERS_NAME
                 and (s.provenance.reference or "").casefold() == reference)
    return first != p.name


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


@cache
def staff_words() -> frozenset[str]:
    """Role words of a person ("editor", "analyst", "chief")."""
    return lexicon_union("official_roles", "person_roles", "journalist_words")


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
    surname = _surname(statement.source)
    own = (s.source for s in report.statements
           if s.provenance is not None and s.provenance.rule is Rule.OWN_OUTLET and s.source)
    return bool(surname) and (any(_surname(source) == surname for source in own)
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
    surname = _surname(statement.source)
    if not surname or surname in load_lexicon("function_words"):
        return False
    word = re.compile(rf"\b{re.escape(surname)}\b", re.IGNORECASE)
    first = next((s for s in report.statements if word.search(s.text)), None)
    found = first and word.search(first.text)
    if not first or not found:
        return False
    before, after = office_apposition()
    return bool(before.search(first.text[: found.start()]) or after.match(first.text[found.end() :]))


def unresolved_pronoun(statement: Statement) -> bool:
    """Tell whether an anonymous record's source opens with "he" or "she".

    USA TODAY bbxsOl1tPhWT84AB [4] "He continued listing off others who he believes Sessions
    should investigate ..." typed Anonymous source under "He continued listing off others who
    he": a singular pronoun refers to someone the text has named or described (rule 2), so a
    source that is still the pronoun was not resolved and its type is a guess.
    """
    return (statement.type is SourceType.UNNAMED_SOURCE and statement.source is not None
            and SINGULAR_PRONOUN.match(statement.source) is not None)


# A subordinate clause opening the sentence ("When Gabby Giffords wrote ..., she was met
# ..."); not "As", which attributes the main clause ("As The Washington Post reported, ...").
LEADING_SUBORDINATE = re.compile(
    r"\s*(?:when|after|before|while|since|although|though|if|because|once|until)\b", re.IGNORECASE
)


def cue_in_leading_clause(statement: Statement) -> bool:
    """Tell whether the record's cue stands in a subordinate clause that opens the sentence.

    New York Times BmvzXz20Cx27tsm3 [14] "When Gabby Giffords wrote on Twitter, “...,” she
    was met with ... hateful responses" and Reuters 6eqbA4f7Y88KXKr7 [13] "After Warren
    criticized Trump ..., he nicknamed her ...": the main clause is narration or another
    person's act, so the clause's speaker is not the sentence's source.
    """
    if statement.cue_span is None or statement.type is SourceType.UNATTRIBUTED:
        return False
    comma = statement.text.find(",")
    cue = statement.cue_span.start - statement.span.start
    return LEADING_SUBORDINATE.match(statement.text) is not None and 0 <= cue < comma


def quotation_without_speaker(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a statement typed unattributed is quoted words: someone says them.

    NPR OpIPNEoyOLzChuGB [9] "'There was a lot of dust in the air." and [10], Chafee's words
    inside the Wall Street Journal's quotation, keyed No source: a statement inside a
    quotation left open before it in its paragraph has a speaker the analyzer missed.
    """
    if statement.type is not SourceType.UNATTRIBUTED:
        return False
    return _inside_quotation(statement, report) or quoted_sentence(statement.text)


QUOTES = {'"': '"', OPENING: CLOSING, "\u2018": "\u2019", "'": "'"}
# A quotation closing a sentence: "... accomplishments.'", "... support.”"
CLOSED_AT_END = re.compile(r"[.!?,][\"'\u201d\u2019]\s*$")


def quoted_sentence(text: str) -> bool:
    """Tell whether a sentence is quoted words: it opens a quotation it does not close before its
    last characters ("'There was a lot of dust in the air."), or it closes at its end a
    quotation it never opened ("Not many concrete accomplishments.'"); not a quoted word
    or title that opens it ("“Liberate” — ... isn't ...")."""
    text = text.strip()
    if not text:
        return False
    closing = QUOTES.get(text[0])
    if closing is not None:
        return closing not in text[1:-2]
    end = CLOSED_AT_END.search(text)
    if end is None:
        return False
    mark = text[end.end() - 1] if text[-1] in "\"'\u201d\u2019" else text.rstrip()[-1]
    opener = {CLOSING: OPENING, "\u2019": "\u2018"}.get(mark, mark)
    return text[: end.start()].count(opener) == 0


def _inside_quotation(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a quotation opened earlier in the paragraph is still open where `statement` starts."""
    text = report.document.text
    before = text[text.rfind("\n", 0, statement.span.start) + 1 : statement.span.start]
    return before.count(OPENING) > before.count(CLOSING) or before.count('"') % 2 == 1


# A sentence that ends in a short capitalized abbreviation ("... have invited Amb."): the
# segmenter may have split a title from its name.
TITLE_END = re.compile(r"(?:^|\s)[A-Z][a-z]{1,2}\.$")


def split_after_title(report: ArticleReport) -> set[int]:
    """Return both halves of every sentence split after a short capitalized abbreviation.

    New York Post oZU6bj5ueF36ldkU [6] "... but the Chinese have invited Amb." and [7] "Robert
    Lighthizer, the U.S. trade representative, to Beijing." (keyed No source after the
    retrained model): neither half is a statement of its own.
    """
    words = load_lexicon("months_days") | load_lexicon("function_words")
    split = set()
    for statement in report.statements[:-1]:
        end = TITLE_END.search(statement.text.rstrip())
        if end and end.group().strip().rstrip(".").lower() not in words:
            split |= {statement.index, statement.index + 1}
    return split


def _first_word(text: str) -> str:
    words = TITLE_WORD.findall(text)
    return words[0].casefold() if words else ""


def carried_from_doubt(report: ArticleReport, doubtful: set[int]) -> set[int]:
    """Return `doubtful` with every statement whose source is carried over from a doubtful one.

    The Guardian g7Zb6HynfCQPUG1C [4] "He added: ..." takes [3]'s source, "Speaking on
    condition of anonymity he" typed named person: [3] is not keyed, so neither is [4].
    """
    found = set(doubtful)
    for statement in report.statements:  # a source is carried from an earlier statement
        origin = statement.resolved_from
        if origin is not None and origin in found:
            found.add(statement.index)
    return found


def doubts_the_speaker(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a check doubts who the record's speaker is (not the record's type or shape)."""
    s = statement
    return (
        skips_a_nearer_speaker(s, report) or pronoun_before_its_name(s, report)
        or role_named_two_ways(s, report) or source_in_quotation(s, report)
        or singular_for_plural(s) or unresolved_pronoun(s)
        or role_with_an_unnamed_antecedent(s, report) or definite_group_never_introduced(s, report)
    )


def continues_a_doubtful_speaker(report: ArticleReport) -> set[int]:
    """Return the statements that go on with a quotation whose speaker a check doubts.

    Politico CiuLM3JApPtsMIej [16] "Thanks for restoring my posts." and [17] go on with Warren's
    tweet [14] [15] "..., she tweeted", whose "she" took "A Facebook spokesperson" past "Warren
    swiped at Facebook ..." (`skips_a_nearer_speaker`): [14] [15] were left out, [16] [17] keyed
    Anonymous source on main 384523d under the same wrong speaker. A continuation has the
    speaker of the statement it continues (`provenance.statement`), so it has the same doubt;
    doubts about a record's type or shape are not passed on this way.
    """
    found: set[int] = set()
    for statement in report.statements:
        seen: set[int] = set()
        p = statement.provenance
        while _continues(p) and p is not None and p.statement is not None and p.statement not in seen:
            seen.add(p.statement)
            if doubts_the_speaker(report.statements[p.statement], report):
                found.add(statement.index)
                break
            p = report.statements[p.statement].provenance
    return found


def _continues(provenance: Provenance | None) -> bool:
    """Tell whether a record takes its speaker by going on with another's quotation (rule 3)."""
    return provenance is not None and provenance.rule in {Rule.CARRY_OVER, Rule.QUOTE_OPENER}


def at_odds(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a record is at odds with itself, its sentence or GUIDELINES (every check
    above but confidence, consistency and the split after a title)."""
    s = statement
    return (
        own_reporting(s, report) or named_beside_anonymity(s)
        or singular_for_plural(s) or name_as_modifier(s) or source_in_quotation(s, report)
        or competing_speaker(s, report) or about_the_sourcing(s)
        or pronoun_before_its_name(s, report) or source_in_relative_clause(s, report)
        or not_a_sentence(s) or contested(s) or skips_a_nearer_speaker(s, report)
        or attributed_after(s, report) or role_named_two_ways(s, report)
        or person_typed_organization(s) or person_typed_outlet(s)
        or publishers_staff(s, report) or names_the_publishers_journalist(s, report)
        or cue_in_leading_clause(s)
        or quotation_without_speaker(s, report) or person_with_an_office(s, report)
        or unresolved_pronoun(s) or bare_plural(s, report) or source_after_preposition(s)
        or definite_group_never_introduced(s, report) or uncued_holder(s)
        or role_with_an_unnamed_antecedent(s, report) or organization_without_a_name(s)
        or source_is_a_thing(s) or participle_after_another_agent(s, report)
        or hedged_content(s) or poll_opening_without_source(s)
        or speaker_told_the_publisher(s, report)
        or uncued_record_going_on(s, report) or post_line_left_out(s, report)
        or enumeration_going_on(s, report) or terms_in_the_chain(s, report)
        or terms_after_the_chain(s, report) or terms_about_the_head(s, report)
        or bullet_carried_over(s, report)
    )


def unsure(report: ArticleReport, settings: Settings) -> tuple[int, ...]:
    """Return the statements never asked about, whole quotations at a time.

    Unsure: confidence below `settings.key_confidence`, a record that contradicts itself
    (`sourcing.consistency`, a singular pronoun carrying a group's source over, a name that
    only modifies an unnamed role, a source found inside quoted words, a second speaker in the
    sentence, a pronoun resolved to a name its own sentence gives later), the publisher's own
    reporting typed as another outlet (GUIDELINES rule 10) and the publisher's own staff, a
    named type in a sentence granting anonymity, a sentence about the sourcing (rule 8), a
    named person whose apposition gives a role at an institution, an anonymous source that is
    still "he" or "she", and the other checks of `at_odds`. An article with fewer than
    `settings.key_minimum` statements left takes its clearest ones back, down to
    `settings.key_confidence_floor`, so that no key is empty.
    """
    left_out = below(report, settings, settings.key_confidence)
    if len(report.statements) - len(left_out) >= settings.key_minimum:
        return left_out
    at_floor = set(below(report, settings, settings.key_confidence_floor))
    return clearest_back(report, set(left_out), at_floor, settings.key_minimum)


def below(report: ArticleReport, settings: Settings, floor: float) -> tuple[int, ...]:
    """Return the statements left out at confidence `floor` or by a check, whole quotations."""
    at = replace(settings, key_confidence=floor)
    inconsistent = report_problems(report)
    doubtful = {
        s.index for s in report.statements if s.index in inconsistent or at_odds(s, report)
    } | split_after_title(report) | continues_a_doubtful_speaker(report)
    doubtful = carried_from_doubt(report, doubtful) | {
        s.index for s in report.statements
        if s.confidence < floor or introduced_unsure(s, report, at)
    }
    units = quotation_units(report)
    doubtful_units = {units[i] for i in doubtful}
    return tuple(s.index for s in report.statements if units[s.index] in doubtful_units)


def clearest_back(report: ArticleReport, left_out: set[int], at_floor: set[int], minimum: int) -> tuple[int, ...]:
    """Return `left_out` less the clearest quotations of those sure at the floor (not in
    `at_floor`), highest confidence first, until `minimum` statements are asked about."""
    units = quotation_units(report)
    size = Counter(units[s.index] for s in report.statements)
    # `below` leaves out whole quotations, so `at_floor` holds every statement of its units.
    back = sorted((s for s in report.statements if s.index in left_out and s.index not in at_floor),
                  key=lambda s: -s.confidence)
    sure = len(report.statements) - len(left_out)
    taken: set[int] = set()
    for statement in back:
        if sure >= minimum:
            break
        unit = units[statement.index]
        if unit not in taken:
            taken.add(unit)
            sure += size[unit]
    return tuple(i for i in sorted(left_out) if units[i] not in taken)


def confident(report: ArticleReport, settings: Settings) -> list[Statement]:
    """Return the statements the analyzer is sure enough of to ask about."""
    skipped = set(unsure(report, settings))
    return [s for s in report.statements if s.index not in skipped]
