"""Say what kind of source a phrase names: a person, an organization, an outlet, a record..."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from sourcing.lexicons import load_lexicon, load_lines


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
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Mention:
    """A classified source phrase."""

    kind: MentionKind
    text: str
    name: str | None = None  # the person's or organization's name, when one is given
    plural: bool = False
    head: str = ""


NAME_TOKEN = re.compile(r"[A-Z][A-Za-z'\-]*\.?|[A-Z]\.")
WORDS = re.compile(r"[A-Za-z][A-Za-z'\-.]*")
PRONOUNS = {
    "he": MentionKind.PRONOUN_PERSON,
    "she": MentionKind.PRONOUN_PERSON,
    "they": MentionKind.PRONOUN_GROUP,
    "it": MentionKind.PRONOUN_THING,
    "i": MentionKind.FIRST_PERSON,
    "we": MentionKind.FIRST_PERSON,
    "you": MentionKind.FIRST_PERSON,
}
CORE_END = re.compile(r",|\s(?:who|which|whose|that|of|for|at|in|on|with|from|by|to|close|familiar|involved|told|speaking|citing|over)\s", re.IGNORECASE)
REPORT_WORDS = frozenset({"report", "reports", "reporting"})
INDEFINITE = frozenset({"a", "an", "some", "several", "many", "new", "recent", "media", "news", "unconfirmed", "local", "earlier", "other", "multiple", "press"})
MONTHS_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


@lru_cache(maxsize=1)
def _outlet_names() -> frozenset[str]:
    return frozenset(n.lower().removeprefix("the ") for n in load_lines("outlets"))


def _lower_words(text: str) -> list[str]:
    return [w.lower().rstrip(".'") for w in WORDS.findall(text)]


def core_phrase(text: str) -> str:
    """Return the phrase up to its first post-modifier: 'a senior official of X' -> 'a senior official'."""
    match = CORE_END.search(text)
    return text[: match.start()] if match else text


def head_word(text: str) -> str:
    """Return the last word of the core phrase, lower-cased, without a possessive."""
    words = _lower_words(core_phrase(text))
    return words[-1].removesuffix("'s") if words else ""


def find_outlet(text: str) -> str | None:
    """Return the news outlet named in `text`, if any (longest name wins)."""
    lowered = " " + re.sub(r"[^a-z0-9!\-]+", " ", text.lower()) + " "
    best = None
    for name in _outlet_names():
        key = " " + re.sub(r"[^a-z0-9!\-]+", " ", name) + " "
        if key in lowered and (best is None or len(name) > len(best)):
            best = name
    if best in {"ap", "time", "fox", "the post", "post", "times", "journal", "reason", "vice", "abc", "cbs", "nbc"}:
        return best if _outlet_exact_case(text, best) else None
    return best


def _outlet_exact_case(text: str, name: str) -> bool:
    """Short outlet names count only as written by outlets ("AP", "Time", "the Post")."""
    pattern = {"ap": r"\bAP\b", "time": r"\bTime\b(?! [a-z])", "post": r"\bPost\b"}.get(name.removeprefix("the "))
    if pattern is None:
        return bool(re.search(rf"\b{re.escape(name.title() if name.islower() else name)}\b", text, re.IGNORECASE))
    return bool(re.search(pattern, text))


def person_names(text: str) -> list[str]:
    """Return runs of capitalized words that look like a person's name."""
    places = load_lexicon("places")
    descriptors = load_lexicon("descriptor_adjectives")
    roles = load_lexicon("official_roles") | load_lexicon("person_roles")
    org_words = load_lexicon("org_heads") | load_lexicon("org_names")
    honorifics = load_lexicon("honorifics")
    names = []
    run: list[str] = []
    for token in re.finditer(r"\S+", text + " ."):
        word = token.group(0).strip(",;:()\"")
        bare = word.lower().removesuffix("'s").rstrip(".")
        if NAME_TOKEN.fullmatch(word.removesuffix("'s")) and not (
            bare in places or bare in descriptors or bare in roles or bare in org_words
            or bare in honorifics or bare in MONTHS_DAYS or bare in _outlet_names()
        ):
            run.append(word.removesuffix("'s").rstrip(","))
            if word.endswith("'s") or token.group(0).endswith(","):
                names.append(" ".join(run))
                run = []
            continue
        if run:
            names.append(" ".join(run))
        run = []
    return [n for n in names if n]


def classify_phrase(phrase: str, known_people: dict[str, bool]) -> Mention:
    """Classify a source phrase; `known_people` maps names seen in the article to is-official."""
    text = phrase.strip()
    words = _lower_words(text)
    if not words:
        return Mention(MentionKind.UNKNOWN, text)
    if len(words) == 1 and words[0] in PRONOUNS:
        return Mention(PRONOUNS[words[0]], text, plural=words[0] == "they")
    core = core_phrase(text)
    core_words = _lower_words(core)
    head = head_word(text)
    plural = head.endswith("s") and not head.endswith("ss")
    outlet = find_outlet(text)
    names = person_names(_drop_sentence_initial(core))
    if outlet and (not names or _journalist(text) or f"{outlet}'s" in text.lower()):
        return Mention(MentionKind.OUTLET, text, name=outlet, head=head)
    if head in REPORT_WORDS:
        if outlet:
            return Mention(MentionKind.OUTLET, text, name=outlet, head=head)
        if core_words and core_words[0] in INDEFINITE or head == "reports":
            return Mention(MentionKind.INDEFINITE_REPORT, text, head=head, plural=plural)
        if names or _has_org(core):
            return Mention(MentionKind.ORGANIZATION, text, name=core, head=head)
        return Mention(MentionKind.REPORT, text, head=head)
    if names:
        name = names[-1]
        official = _is_official(text, name, known_people)
        return Mention(MentionKind.OFFICIAL if official else MentionKind.PERSON, text, name=name, head=head)
    if head in load_lexicon("outlet_terms") or (outlet and head not in load_lexicon("unnamed_heads")):
        return Mention(MentionKind.OUTLET, text, name=outlet, head=head)
    if head in load_lexicon("document_heads"):
        return Mention(MentionKind.DOCUMENT, text, head=head, plural=plural)
    if head in {"statement", "release", "announcement", "spokesperson's", "website", "account", "tweet", "post", "statements"}:
        return Mention(MentionKind.ORGANIZATION, text, head=head)
    if head in load_lexicon("unnamed_heads"):
        definite = core_words[0] in {"the", "this", "that"} and not plural
        return Mention(MentionKind.DEFINITE_ROLE if definite else MentionKind.UNNAMED, text, head=head, plural=plural)
    if _has_org(core) or head in load_lexicon("org_heads"):
        return Mention(MentionKind.ORGANIZATION, text, name=core, head=head, plural=plural)
    return Mention(MentionKind.UNKNOWN, text, head=head)


def _drop_sentence_initial(core: str) -> str:
    """Lower-case a leading determiner so 'The' or 'Informed' is not taken for a name."""
    words = core.split(" ", 1)
    first = words[0].lower()
    if first in {"the", "a", "an", "informed", "some", "several", "many", "other", "another", "senior", "top", "two", "three", "four", "five"}:
        return first + (" " + words[1] if len(words) > 1 else "")
    return core


def _journalist(text: str) -> bool:
    words = set(_lower_words(text))
    return bool(words & {"correspondent", "reporter", "reporters", "anchor", "host", "editor", "columnist", "journalist"})


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


def _is_official(text: str, name: str, known_people: dict[str, bool]) -> bool:
    """Official when a role word describes the person here or elsewhere in the article."""
    words = _lower_words(text.replace(name, " "))
    roles = load_lexicon("official_roles")
    if "former" in words or "ex" in words:
        return False
    if any(w in roles for w in words) or any(" ".join(p) in roles for p in zip(words, words[1:])):
        return True
    surname = name.split()[-1]
    if name in known_people:
        return known_people[name]
    if surname in known_people:
        return known_people[surname]
    return name in load_lines("known_officials") or surname in load_lines("known_officials")
