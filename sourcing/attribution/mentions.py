"""Say what kind of source a phrase names: a person, an organization, an outlet, a record..."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from sourcing.attribution.names import (
    NAME_TOKEN,
    find_outlet,
    is_official,
    lower_words,
    non_name_words,
    person_names,
)
from sourcing.lexicons import alternation, load_lexicon


class MentionKind(StrEnum):
    """The kinds of source phrase the rules tell apart."""

    OFFICIAL = "official"
    PERSON = "person"
    ORGANIZATION = "organization"
    DOCUMENT = "document"
    OUTLET = "outlet"
    UNNAMED = "unnamed"
    REPORT = "report"  # "the report": refers back to an outlet's or organization's report
    INDEFINITE_REPORT = "indefinite_report"  # "a new report", "reports": unidentified
    PRONOUN_PERSON = "pronoun_person"  # he, she
    PRONOUN_GROUP = "pronoun_group"  # they
    PRONOUN_THING = "pronoun_thing"  # it
    FIRST_PERSON = "first_person"  # I, we: quoted speech, not a source
    DEFINITE_ROLE = "definite_role"  # "the official", "the spokesman": refers back
    POLL_RESULT = "poll_result"  # "41 percent of those surveyed": the poll reported before
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Mention:
    """A classified source phrase."""

    kind: MentionKind
    text: str
    name: str | None = None  # the person's or organization's name, when one is given
    plural: bool = False
    head: str = ""


PRONOUNS = {
    "he": MentionKind.PRONOUN_PERSON,
    "she": MentionKind.PRONOUN_PERSON,
    "they": MentionKind.PRONOUN_GROUP,
    "it": MentionKind.PRONOUN_THING,
    "i": MentionKind.FIRST_PERSON,
    "we": MentionKind.FIRST_PERSON,
    "you": MentionKind.FIRST_PERSON,
}
REPORT_WORDS = frozenset({"report", "reports", "reporting"})


@lru_cache(maxsize=1)
def _core_end() -> re.Pattern[str]:
    return re.compile(rf",|\s(?:{alternation('core_phrase_ends')})\s", re.IGNORECASE)


def core_phrase(text: str) -> str:
    """Return the phrase up to its first post-modifier: 'a senior official of X' -> 'a senior official'."""
    match = _core_end().search(text)
    return text[: match.start()] if match else text


def _head_of(words: list[str]) -> str:
    nouns = _head_nouns()
    for word in reversed(words):
        if word in nouns:
            return word
    return words[-1] if words else ""


@lru_cache(maxsize=1)
def _head_nouns() -> frozenset[str]:
    return (
        load_lexicon("document_heads")
        | load_lexicon("unnamed_heads")
        | load_lexicon("org_heads")
        | load_lexicon("outlet_terms")
        | REPORT_WORDS
        | _statement_heads()
    )


def classify_phrase(phrase: str, known_people: dict[str, bool]) -> Mention:
    """Classify a source phrase; `known_people` maps names seen in the article to is-official."""
    text = phrase.strip()
    words = lower_words(text)
    if not words:
        return Mention(MentionKind.UNKNOWN, text)
    if len(words) == 1 and words[0] in PRONOUNS:
        return Mention(PRONOUNS[words[0]], text, plural=words[0] == "they")
    core = core_phrase(text)
    core_words = lower_words(core)
    if not core_words:
        core, core_words = text, words
    head = _head_of([w.removesuffix("'s") for w in core_words])
    if core_words[-1].removesuffix("'s") != head and person_names(
        _drop_sentence_initial(core), known_people
    ):
        head = core_words[-1].removesuffix(
            "'s"
        )  # "US Embassy Spokesman Charles Cole": the name is the head
    plural = head.endswith("s") and not head.endswith("ss")
    if POLL_SHARE.match(core):
        return Mention(MentionKind.POLL_RESULT, text, head=head, plural=True)
    core_outlet = find_outlet(core)
    if core_outlet and head in load_lexicon("unnamed_heads") and not _journalist(core):
        return Mention(MentionKind.UNNAMED, text, head=head, plural=plural)  # "An NBC source"
    if core_outlet or head in load_lexicon("outlet_terms") or _has_outlet_term(core_words):
        return Mention(MentionKind.OUTLET, text, name=core_outlet or core, head=head)
    if head in REPORT_WORDS:
        return _report_mention(text, core, core_words, head, plural)
    if head in load_lexicon("document_heads"):
        return Mention(MentionKind.DOCUMENT, text, head=head, plural=plural)
    if head in _statement_heads():
        speakers = person_names(_drop_sentence_initial(core), known_people)
        if speakers and head not in load_lexicon("poll_words"):
            official = is_official(text, speakers[-1], known_people)
            return Mention(
                MentionKind.OFFICIAL if official else MentionKind.PERSON,
                text,
                name=speakers[-1],
                head=head,
            )
        return Mention(MentionKind.ORGANIZATION, text, head=head)
    core_names = person_names(_drop_sentence_initial(core), known_people)
    if not core_names and head in load_lexicon("unnamed_heads"):
        definite = core_words[0] in {"the", "this", "that"} and not plural
        return Mention(
            MentionKind.DEFINITE_ROLE if definite else MentionKind.UNNAMED,
            text,
            head=head,
            plural=plural,
        )
    if head in load_lexicon("org_heads") or (core_words[0] == "the" and _is_demonym_plural(head)):
        return Mention(MentionKind.ORGANIZATION, text, name=core, head=head, plural=plural)
    names = person_names(_drop_sentence_initial(text.split(",")[0]), known_people)
    if names:
        name = names[-1]
        official = is_official(text, name, known_people)
        return Mention(
            MentionKind.OFFICIAL if official else MentionKind.PERSON, text, name=name, head=head
        )
    if _has_org(core) or _only_places(core):
        return Mention(MentionKind.ORGANIZATION, text, name=core, head=head, plural=plural)
    lone = core.strip().removesuffix("'s")
    if NAME_TOKEN.fullmatch(lone) and not lone.isupper() and lone.lower() not in non_name_words():
        official = is_official(text, lone, known_people)  # "Begum said": a lone capitalized word
        return Mention(
            MentionKind.OFFICIAL if official else MentionKind.PERSON, text, name=lone, head=head
        )
    if head in load_lexicon("official_roles") and (
        core_words[0] in {"the", "this", "that"} or core_words[0].endswith("'s")
    ):
        return Mention(MentionKind.DEFINITE_ROLE, text, head=head)
    if core_words[0] in load_lexicon("indefinite_determiners") and not any(
        w[:1].isupper() for w in core.split()[1:]
    ):
        return Mention(MentionKind.UNNAMED, text, head=head, plural=plural)
    if plural and not any(w[:1].isupper() for w in core.split()):
        return Mention(MentionKind.UNNAMED, text, head=head, plural=True)  # "lawyers said"
    if (
        core_words[0] in {"the"}
        and len(core_words) <= 4
        and not any(w[:1].isupper() for w in core.split()[1:])
    ):
        return Mention(MentionKind.DEFINITE_ROLE, text, head=head, plural=plural)
    return Mention(MentionKind.UNKNOWN, text, head=head)


POLL_SHARE = re.compile(
    r"(?:about|nearly|just|some|more than|almost|roughly|only|over|fewer than|less than|a|another)?\s*(?:[\w.\-]+\s*(?:%|percent)|\bpercent\b|\b(?:two|three)-(?:thirds|quarters)\b|\bmajority\b|\bhalf\b|\brespondents\b|\bthose (?:surveyed|polled|questioned)\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _statement_heads() -> frozenset[str]:
    """Heads of something said or published: a statement, a website, a poll."""
    return load_lexicon("statement_heads") | load_lexicon("poll_words")


def _has_outlet_term(core_words: list[str]) -> bool:
    joined = " " + " ".join(core_words) + " "
    return any(f" {term} " in joined for term in load_lexicon("outlet_terms"))


def _report_mention(
    text: str, core: str, core_words: list[str], head: str, plural: bool
) -> Mention:
    """A report is its outlet's, its author organization's, unidentified, or refers back."""
    outlet = find_outlet(text)
    if outlet:
        return Mention(MentionKind.OUTLET, text, name=outlet, head=head)
    words = set(lower_words(text))
    if (
        _has_org(text)
        or person_names(text)
        or words & (load_lexicon("org_heads") | {"congressionally", "congressional"})
    ):
        return Mention(MentionKind.ORGANIZATION, text, name=core, head=head)
    if core_words[0] in load_lexicon("indefinite_report_words") or head == "reports":
        return Mention(MentionKind.INDEFINITE_REPORT, text, head=head, plural=plural)
    return Mention(MentionKind.REPORT, text, head=head)


def _only_places(core: str) -> bool:
    """A country or city speaking as a state: "Germany", "Saudi Arabia", "the U.S."."""
    words = [w.strip(".,'").lower() for w in core.split() if w.lower() not in {"the"}]
    places = load_lexicon("places") | load_lexicon("org_names") | load_lexicon("place_name_parts")
    return bool(words) and all(w in places for w in words)


def _is_demonym_plural(head: str) -> bool:
    return (
        head.endswith("s")
        and head[:-1] in load_lexicon("descriptor_adjectives")
        or head in load_lexicon("demonym_plurals")
    )


def _drop_sentence_initial(core: str) -> str:
    """Lower-case a leading determiner so 'The' or 'Informed' is not taken for a name."""
    words = core.split(" ", 1)
    first = words[0].lower()
    if first in load_lexicon("name_free_openers"):
        return first + (" " + words[1] if len(words) > 1 else "")
    return core


def _journalist(text: str) -> bool:
    return bool(set(lower_words(text)) & load_lexicon("journalist_words"))


def _has_org(core: str) -> bool:
    """A capitalized organization name, acronym or a known organization in the phrase."""
    lowered = " " + core.lower() + " "
    if any(f" {name} " in lowered for name in load_lexicon("org_names")):
        return True
    capitalized = [w for w in core.split()[1:] + core.split()[:1] if w[:1].isupper()]
    org_heads = load_lexicon("org_heads")
    if any(w.lower().strip(",.'s") in org_heads for w in capitalized):
        return True
    return any(re.fullmatch(r"[A-Z][A-Z\-&.]{1,8}(?:'s)?", w) for w in core.split())
