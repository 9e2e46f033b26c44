"""Tell whom "he" or "she" can mean: a person's gender as the article itself gives it."""

from __future__ import annotations

import re
from functools import lru_cache

from sourcing.lexicons import load_lexicon

PRONOUNS = {"he": "m", "his": "m", "him": "m", "himself": "m",
            "she": "f", "her": "f", "hers": "f", "herself": "f"}
HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
# "her" and "him" are left out: after a name they are mostly its object ("Moore took her").
PRONOUN = re.compile(r"\b(?:he|his|himself|she|hers|herself)\b", re.IGNORECASE)
LOWER_WORD = re.compile(r"(?<![\w'’])[a-z]+\b")
SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# "Mrs. Pelosi", "Mr. John Smith": an honorific right before a surname, with at most one word
# between; searched in the HONORIFIC_CHARS before each mention of the surname.
HONORIFIC_BEFORE = re.compile(r"(Mrs|Mr|Ms|Miss)\.?\s+(?:[A-Z][\w'’\-]*\.?\s+)?$")
HONORIFIC_CHARS = 48
WORD_CHAR = re.compile(r"\w")
# A name right after a participle is its object, and a pronoun after it is mostly the
# subject's: "Obama considered nominating Rice as his second-term secretary of state".
OBJECT_OF_PARTICIPLE = re.compile(r"\b[a-z]+ing\s+(?:[A-Z][\w'\u2019\-]*\s+)?$")
# How far after a mention its sentence is read for a pronoun: "Moore said he" tells, "about
# Moore partly because of the trouble in her life" does not.
AFTER_CHARS = 200
AFTER_WORDS = 5


def pronoun_gender(word: str) -> str | None:
    """ "she" -> "f", "He" -> "m", "they" -> None."""
    return PRONOUNS.get(word.lower())


def description_gender(phrase: str) -> str | None:
    """ "a woman named ...", "the congressman": the gender a gendered noun gives, if one."""
    words = set(LOWER_WORD.findall(phrase))  # "Cristina King Miranda": a name is no noun
    female = bool(words & load_lexicon("female_nouns"))
    male = bool(words & load_lexicon("male_nouns"))
    return None if female == male else ("f" if female else "m")


@lru_cache(maxsize=4096)
def name_gender(surname: str, text: str) -> str | None:
    """The gender `text` gives the person called `surname`: an honorific before it ("Mrs.
    Pelosi"), else the pronouns that follow its mentions in the same sentence ("Moore said
    he ..."), when they all agree or nearly so; None when the text does not tell."""
    counts = {"m": 0, "f": 0}
    for found in re.finditer(rf"\b{re.escape(surname)}\b", text):
        honorific = honorific_at(text, found.start())
        if honorific:
            counts[HONORIFICS[honorific]] += 3
            continue
        if OBJECT_OF_PARTICIPLE.search(text, max(0, found.start() - 30), found.start()):
            continue  # "considered nominating Rice as his secretary": the subject's pronoun
        rest = text[found.end() : found.end() + AFTER_CHARS]
        end = SENTENCE_END.search(rest)
        near = " ".join(rest[: end.start() if end else len(rest)].split()[:AFTER_WORDS])
        pronoun = PRONOUN.search(near)
        if pronoun:
            counts[PRONOUNS[pronoun.group(0).lower()]] += 1
    male, female = counts["m"], counts["f"]
    if male > 3 * female:
        return "m"
    if female > 3 * male:
        return "f"
    return None


def honorific_key(honorific: str, surname: str) -> str:
    """ "mrs:Sanders": how `entities.known_people` registers the person an honorific of the
    other gender names beside a surname's official ("Mr Sanders" ... "Mrs Sanders"); the colon
    keeps the key from ever matching a name or a word."""
    return f"{honorific}:{surname}"


def honorifics_of(surname: str, text: str) -> list[str]:
    """The honorifics ("mr", "mrs", ...) `text` writes right before each mention of `surname`."""
    found = (honorific_at(text, m.start()) for m in re.finditer(rf"\b{re.escape(surname)}\b", text))
    return [h for h in found if h]


def honorific_at(text: str, start: int) -> str | None:
    """ "mrs" for the "Mrs. " (or "Mrs. Nancy ") right before `start`, None without one."""
    found = HONORIFIC_BEFORE.search(text, max(0, start - HONORIFIC_CHARS), start)
    if found is None or WORD_CHAR.match(text, found.start() - 1) and found.start() > 0:
        return None
    return found.group(1).lower()
