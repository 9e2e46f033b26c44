"""Find a clause that leads into a subject ("... and officials" -> "officials"), not an "and"
that joins a name or two roles of one person."""

from __future__ import annotations

import re
from functools import cache

from sourcing.lexicons import alternation, lexicon_union, load_lexicon
from sourcing.settings import Settings

# "that" after a preposition or opening the span is a determiner, not a clause ("Opponents of
# involving the court in that process argue", "That autopsy recommended"; train, train3).
LEADING_CLAUSE = re.compile(
    r"(?:.*\s)?(?:(?<=\S\s)(?<!\bin\s)(?<!\bof\s)(?<!\bat\s)(?<!\bon\s)(?<!\bby\s)(?<!\bto\s)"
    r"(?<!\bfor\s)(?<!\bwith\s)(?<!\bfrom\s)(?<!\babout\s)(?<!\bunder\s)that|and|but|while|as|because|"
    r"when|where|after|before|so|if|since|although|though|whom)\s+",
    re.IGNORECASE,
)

ROLE_AND = re.compile(r"\b([A-Za-z]+)\s+and\s+$")
WORD_AT = re.compile(r"[a-z]+\b|[A-Z]{2,4}\b")  # a role word, or its initials ("CEO")
INSTITUTION_AND = re.compile(r"\b(?:of|for)\s+(?:[A-Z][\w.'\-]*\s+)+and\s+$")
# A name before "and", "the" before it too ("..., the NRA and Wayne LaPierre said": both speak).
JOINED_NAME = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w.'\-]*\s+)+and\s+")


def trim_leading_clause(text: str, start: int, end: int, settings: Settings) -> int:
    """Drop a leading clause ("... and officials" -> "officials") from a subject span."""
    chunk = text[start:end]
    if len(chunk) > settings.source_chars:
        return start
    match = leading_clause(chunk)
    report = _report_clause().match(chunk)
    ends = [m.end() for m in (match, report) if m]
    return start + max(ends) if ends else start


@cache
def _report_clause() -> re.Pattern[str]:
    """ "Townhall.com reports Zhu": a reporting verb without "that" after words of its own and
    before a name that ends the span leads into the clause of the later verb, whose subject is the
    name after it (GUIDELINES rule 1: the outlet relays that speaker; its own cue is the verb)."""
    return re.compile(
        rf".*\S\s+(?:{alternation('report_clause_verbs')})\s+(?={NAME_TO_THE_END})"
    )


# A capitalized name that runs to the end of the span: "Zhu", "Secretary Mike Pompeo".
NAME_TO_THE_END = r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}\s*$"
NAME_TO_THE_END_RE = re.compile(NAME_TO_THE_END)
# A participle after a role and the first of its joined objects, up to their "and": "A lawyer
# representing DHS and " (dev9518 b: "A lawyer representing DHS and ICE said only that" was ICE's).
PARTICIPLE_OBJECTS = re.compile(r".*\b[a-z]{3,}ing\s+(?:the\s+)?[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,4}\s+and\s+")


def leading_clause(chunk: str, end: int | None = None) -> re.Match[str] | None:
    """LEADING_CLAUSE's match, unless its "and" joins a name ("Centers for Disease Control and
    Prevention", "Department of Health and Human Services") or two roles of one person ("the
    Vermont lawmaker and former presidential contender": the clause ends before them)."""
    match = LEADING_CLAUSE.match(chunk, 0, len(chunk) if end is None else end)
    if match and JOINED_NAME.fullmatch(chunk, 0, match.end()):
        return None  # "Trump and other top officials": one subject, not a clause and a subject
    if match and _joined_people(chunk, match.end()):
        # "Other analysts and former officials": so is a group of people and another; "But
        # environmentalists and the president": the whole, past the sentence's conjunction
        return OPENING_CONJUNCTION.match(chunk)
    if (
        match
        and INSTITUTION_AND.search(chunk, 0, match.end())
        and chunk[match.end() : match.end() + 1].isupper()
    ):
        return None
    if match and PARTICIPLE_OBJECTS.fullmatch(chunk, 0, match.end()) and NAME_TO_THE_END_RE.match(chunk, match.end()):
        return None  # "A lawyer representing DHS and ICE": the participle's objects, one subject
    roles = _coordinated_roles(chunk, match.end()) if match else None
    if roles is not None:  # "The former Utah governor and ambassador to China": one person
        return leading_clause(chunk, roles.start())
    if match and _list_of_things(chunk, match.end()):
        return None  # "... to recapture Ramadi and other areas in Anbar province said"
    return match


# A conjunction opening the sentence, before a group joined by "and" ("But environmentalists
# and the president"): the group starts after it.
_CONJUNCTION_OPENING = r"(?:but|and|yet|still)\s+(?:now\s+)?"
OPENING_CONJUNCTION = re.compile(rf"\s*{_CONJUNCTION_OPENING}", re.IGNORECASE)


def _list_of_things(chunk: str, after_and: int) -> bool:
    """Whether the " and " ending at `after_and` lists things: "other" and a plural that
    describes no people follow it ("Ramadi and other areas"), no other clause word comes before
    it, and no pronoun ends the span ("poll taxes and other restrictions he said": he speaks).
    Such an "and" opens no clause, so the subject is the whole span (CBN ndVjXs7wqVALvN8W,
    heldout41 [10], "The general in charge of effort to recapture Ramadi and other areas in
    Anbar province said" was cut to "other areas ..."; "the nonpartisan Kaiser Family
    Foundation and other groups said" to "other groups")."""
    before = AND_AT_THE_END.search(chunk, 0, after_and)
    after = OTHER_PLURAL.match(chunk, after_and)
    return bool(
        before
        and after
        and (after[1].lower() not in load_lexicon("unnamed_heads") or after[1].lower() in BODIES)
        and not LEADING_CLAUSE.match(chunk, 0, before.start())
        and not ENDING_PRONOUN.search(chunk)
    )


# Plurals of bodies in unnamed_heads.txt ("rights groups said" speaks) that after "X and other"
# list X's kind, one subject ("Studies by the Kaiser Family Foundation and other groups said").
BODIES = frozenset({"groups", "organizations", "organisations", "companies", "businesses", "firms"})
AND_AT_THE_END = re.compile(r"\s+and\s+$", re.IGNORECASE)
# "other areas", "other Western countries": "other", a modifier at most, a plural.
OTHER_PLURAL = re.compile(r"other\s+(?:[\w\-]+\s+)?([a-z]+s)\b")
ENDING_PRONOUN = re.compile(r"\b(?:he|she|they|we|I|it)\s*$", re.IGNORECASE)


def _joined_people(chunk: str, after_and: int) -> bool:
    """Whether the words before the "and" ending at `after_and` are the whole of a group of
    people: a determiner or a count, a modifier at most, and a plural that describes people
    ("Other analysts and former officials have said", train tnjh1TV0Z9tp51xW was
    "former officials" alone, and the sentence the previous quotation's carry-over)."""
    group = JOINED_GROUP_START.fullmatch(chunk, 0, after_and)
    head = group[1] if group is not None else _described_group_head(chunk, after_and)
    return head is not None and head.lower() in load_lexicon("unnamed_heads")


def _described_group_head(chunk: str, after_and: int) -> str | None:
    """ "Western counterterrorism officials and analysts told CNN" (heldout69 prTCsvpc6o6iqImU
    [17] was "analysts" alone): the head of a group opened by a descriptor ("Western",
    "American", in `descriptor_adjectives.txt`) and a modifier at most."""
    group = DESCRIBED_GROUP_START.fullmatch(chunk, 0, after_and)
    if group is None or group["descriptor"].lower() not in load_lexicon("descriptor_adjectives"):
        return None
    return group["head"]


# "Other analysts and ", "Some Democratic lawmakers and ", "But environmentalists and ": a
# determiner or a count, or a conjunction opening the sentence before a bare plural; a modifier
# at most; a plural head (an "-ed" word before it may be a verb: "The police arrested").
JOINED_GROUP_START = re.compile(
    r"\s*(?:(?:other|some|many|several|both|most|the|these|those|two|three|four)\s+"
    rf"|{_CONJUNCTION_OPENING})"
    r"(?:(?![a-z]+ed\s)[\w\-]+\s+)?([a-z]+s)\s+and\s+",
    re.IGNORECASE,
)


DESCRIBED_GROUP_START = re.compile(
    r"\s*(?P<descriptor>[A-Z][a-z]+)\s+(?:(?![a-z]+ed\s)[a-z\-]+\s+)?(?P<head>[a-z]+s)\s+and\s+"
)


def _coordinated_roles(chunk: str, after_and: int) -> re.Match[str] | None:
    """The "<role> and " ending at `after_and` when a role word follows it too, or None."""
    before = ROLE_AND.search(chunk, 0, after_and)
    after = WORD_AT.match(chunk, after_and)
    roles = lexicon_union("official_roles", "person_roles")
    if before and after and before[1].lower() in roles and after[0].lower() in roles:  # "president and CEO"
        return before
    return None
