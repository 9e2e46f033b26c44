"""Read a source phrase: its words, its core before any post-modifier, its head, its names."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar, overload

from sourcing.attribution.names import find_outlet, lower_words, person_names
from sourcing.lexicons import alternation, lexicon_union, load_lexicon

REPORT_WORDS = frozenset({"report", "reports", "reporting"})
T = TypeVar("T")


class cached_attribute(Generic[T]):
    """`functools.cached_property` without the lock Python 3.11's takes on every first access.

    A Phrase belongs to one analysis in one thread; the lock was a sixth of classifying one.
    """

    def __init__(self, compute: Callable[[Phrase], T]) -> None:
        self.compute = compute
        self.name = compute.__name__

    @overload
    def __get__(self, phrase: None, owner: type | None = None) -> cached_attribute[T]: ...

    @overload
    def __get__(self, phrase: Phrase, owner: type | None = None) -> T: ...

    def __get__(self, phrase: Phrase | None, owner: type | None = None) -> T | cached_attribute[T]:
        if phrase is None:  # read off the class (help(), introspection): the descriptor itself
            return self
        value = phrase.__dict__[self.name] = self.compute(phrase)  # later reads find it there
        return value


@dataclass(frozen=True)
class Phrase:
    """A source phrase and what the mention rules ask of it, each worked out once, when asked."""

    text: str  # stripped
    known_people: dict[str, bool]  # names seen in the article -> is-official
    known_organizations: frozenset[str] = frozenset()  # one-word names of its organizations

    @cached_attribute
    def words(self) -> list[str]:
        return lower_words(self.text)

    @cached_attribute
    def core(self) -> str:
        """The phrase up to its first post-modifier, or the whole phrase if that has no word."""
        core = core_phrase(self.text)
        return core if lower_words(core) else self.text

    @cached_attribute
    def core_words(self) -> list[str]:
        return lower_words(self.core)

    @property
    def first(self) -> str:
        return self.core_words[0]

    @cached_attribute
    def core_names(self) -> list[str]:
        """Person names in the core ("US Embassy Spokesman Charles Cole")."""
        return person_names(drop_sentence_initial(self.core), self.known_people)

    @cached_attribute
    def names(self) -> list[str]:
        """Person names before the phrase's first comma and relative clause ("a conservative
        who recently spent time with Ryan" names someone else)."""
        clause = RELATIVE_CLAUSE.split(self.text.split(",")[0], maxsplit=1)[0]
        return person_names(drop_sentence_initial(clause), self.known_people)

    @cached_attribute
    def head(self) -> str:
        """The core's head noun; the last word when the core ends in a name."""
        bare = [w.removesuffix("'s") for w in self.core_words]
        owners = [i for i, w in enumerate(self.core_words[:-1]) if w.endswith("'s")]
        # "the administration's efforts": the head follows the last possessive, which modifies it
        head = head_of(bare[owners[-1] + 1 :] if owners else bare)
        if bare[-1] != head and self.core_names:
            return bare[-1]  # "US Embassy Spokesman Charles Cole": the name is the head
        return head

    @property
    def plural(self) -> bool:
        return plural_noun(self.head)

    @cached_attribute
    def core_outlet(self) -> str | None:
        return find_outlet(self.core)

    @cached_attribute
    def outlet(self) -> str | None:
        return find_outlet(self.text)

    @property
    def lone(self) -> str:
        """The core as one word, without a possessive: "Begum"."""
        return self.core.strip().removesuffix("'s")

    def capitalized_after_first(self) -> bool:
        return any(w[:1].isupper() for w in self.core.split()[1:])


RELATIVE_CLAUSE = re.compile(r"\s(?:who|whom|whose|which|that)\s")


@lru_cache(maxsize=1)
def _core_end() -> re.Pattern[str]:
    """A comma, a spaced dash opening an aside ("DeMint — who is retiring ... —") or a
    post-modifier word, not right after a number ("The June 26 to June 27 survey")."""
    return re.compile(
        rf",|\s[\u2014\u2013]|\s-{{1,2}}(?=\s|$)|(?<!\d)\s(?:{alternation('core_phrase_ends')})(?=\s)", re.IGNORECASE
    )


def core_phrase(text: str) -> str:
    """Return the phrase up to its first post-modifier: 'a senior official of X' -> 'a senior official'."""
    placed = _town_state_commas(text)
    match = next(
        (
            m
            for m in _core_end().finditer(text)
            if m.start() not in placed
            and not _of_in_a_name(text, m)
            and not _of_in_a_role(text, m)
            and not _right_after_the_article(text, m)
        ),
        None,
    )
    return text[: match.start()] if match else text


def _right_after_the_article(text: str, match: re.Match[str]) -> bool:
    """ "A briefing paper", "The first lady": a word that ends cores as a post-modifier
    ("an official briefing reporters", "the official first quoted") is a pre-modifier when only
    an article comes before it, so it ends no core there (`premodifying_core_ends`)."""
    word = match.group().strip().lower()
    before = text[: match.start()].strip().lower()
    return before in {"a", "an", "the"} and word in load_lexicon("premodifying_core_ends")


# "The Cupertino, California, company": a town, its state between commas, the head going on.
TOWN_STATE = re.compile(r"(?<=[a-z]),(\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?),\s+([a-z]+)")


def _town_state_commas(text: str) -> set[int]:
    """The commas around a state naming where the head after them is (heldout56
    U93MIe5Ys9aJmmkm [13]: "The Cupertino, California, company recently sent ..."): no
    post-modifier ends the core there."""
    states = lexicon_union("places", "state_abbreviations")
    no_head = lexicon_union("function_words", "determiners")  # "in Dallas, Texas, the US president"
    commas: set[int] = set()
    for match in TOWN_STATE.finditer(text):
        state = " ".join(match.group(1).split()).lower()
        if state in states and match.group(2) not in no_head:
            commas.update((match.start(), match.end(1)))
    return commas


def _of_in_a_role(text: str, match: re.Match[str]) -> bool:
    """ "White House chief of staff Denis McDonough": the "of" inside an official role of
    several words ("chief of staff") ends no core; the one who holds the role is named after it."""
    return match.group().strip().lower() == "of" and any(
        role.match(text, match.start()) for role in _roles_with_of()
    )


@lru_cache(maxsize=1)
def _roles_with_of() -> tuple[re.Pattern[str], ...]:
    """One pattern per official role with an "of" in it, matching from the space before it."""
    roles = [r.partition(" of ") for r in load_lexicon("official_roles") if " of " in r]
    return tuple(
        re.compile(rf"(?<=\b{re.escape(first)})\s+of\s+{re.escape(rest)}\b", re.IGNORECASE)
        for first, _, rest in roles
    )


# The rest of a name after its "of", then the phrase's own head: "(Department of) Homeland
# Security official".
NAME_THEN_HEAD = re.compile(r"\s*(?:[A-Z][\w.&'\u2019-]*\s+){1,5}([a-z]+)\s*$")
# The same with the person the role belongs to named after it: "(Mississippi Bureau of)
# Investigation spokesman Warren Strain" (dev9516 XrvVEGcxnHbEXS5l [20]).
NAME_THEN_HEAD_AND_PERSON = re.compile(
    r"\s*(?:[A-Z][\w.&'\u2019-]*\s+){1,5}([a-z]+)(?:\s+[A-Z][\w.'\u2019-]*){1,3}\s*$"
)


def _of_in_a_name(text: str, match: re.Match[str]) -> bool:
    """ "A senior U.S. Department of Homeland Security official": the "of" is inside the
    capitalized name of an organization that modifies the head noun after it, an unnamed
    person's ("official"), so it ends no core (GUIDELINES rule 6: a role without a name), or
    that person's role with the name after it ("Mississippi Bureau of Investigation spokesman
    Warren Strain": a named official, as "US Embassy Spokesman Charles Cole")."""
    before = text[: match.start()].split()
    after = NAME_THEN_HEAD.match(text, match.end()) or NAME_THEN_HEAD_AND_PERSON.match(text, match.end())
    return (
        match.group().strip().lower() == "of"
        and bool(before)
        and before[-1][:1].isupper()
        and after is not None
        and after.group(1) in load_lexicon("unnamed_heads")
    )


def head_of(words: list[str]) -> str:
    """Return the last word that is a known head noun, else the last word."""
    nouns = _head_nouns()
    determiners = load_lexicon("determiners")
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if word in nouns and not (word in determiners and index < len(words) - 1):
            return word  # "those close to Adelson": the head; "those missiles": a determiner
    return words[-1] if words else ""


def known_head(word: str) -> bool:
    """Tell whether a lower-case word, or its singular, is a head noun of a lexicon: a document,
    an organization, an outlet, a report, a statement, a poll, an unnamed role."""
    return word in _head_nouns() or word.removesuffix("s") in _head_nouns()


@lru_cache(maxsize=1)
def _head_nouns() -> frozenset[str]:
    heads = lexicon_union("document_heads", "unnamed_heads", "org_heads", "outlet_terms")
    return heads | REPORT_WORDS | statement_heads()


def statement_heads() -> frozenset[str]:
    """Heads of something said or published: a statement, a website, a poll."""
    return lexicon_union("statement_heads", "poll_words")


def drop_sentence_initial(core: str) -> str:
    """Lower-case a leading determiner so 'The' or 'Informed' is not taken for a name."""
    words = core.split(" ", 1)
    first = words[0].lower()
    if first in load_lexicon("name_free_openers"):
        return first + (" " + words[1] if len(words) > 1 else "")
    return core


def regular_plural(word: str) -> bool:
    """Tell whether a lower-case word ends in a plural's "-s" ("officials", not "congress")."""
    return word.endswith("s") and not word.endswith("ss")


def plural_noun(word: str) -> bool:
    """Tell whether a lower-case word is a plural noun: a plural's "-s", or "women", "people"."""
    return regular_plural(word) or word in load_lexicon("irregular_plurals")
