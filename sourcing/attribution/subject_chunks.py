"""Which comma-separated chunks before a verb are its subject rather than a description of
the name before them: a counted or bare plural group, a person named with a role, or the
rest of a list an appositive opens."""

from __future__ import annotations

import re

from sourcing.attribution.appositives import (
    APPOSITIVE_START,
    JOINED_GROUP,
    RELATIVE_CHUNK,
    ends_with_name,
)
from sourcing.lexicons import load_lexicon

COUNTED_SUBJECT = re.compile(r"\s*(?:one|two|three|four|several|some|another|other|many)\s", re.IGNORECASE)


def bare_group(chunk: str) -> bool:
    """ "Biden, aides say, is also likely to ...": a plural group with no determiner right
    before the verb is its subject, not a description of the name before it (one person is
    no plural group); so is "local media" or "state media"."""
    words = chunk.lower().split()
    return (
        0 < len(words) <= 3
        and (
            (words[-1].endswith("s") and words[-1] in load_lexicon("unnamed_heads"))
            # "..., defeat Casey Cagle, local media reported": the outlets as a group, no
            # description of the name (a person is no "media"; Reuters yptBiyz16TQnLDXL)
            or words[-1] == "media"
        )
        and words[0] not in load_lexicon("determiners")
        and JOINED_GROUP.match(chunk) is None  # "Rep. Frank Wolf, R-Va., and other lawmakers"
    )


def described_name(chunk: str) -> bool:
    """ "nationals of Eritrea, Myanmar and Nigeria, acting Secretary of Homeland Security Chad
    Wolf said": a chunk right before the verb, with no comma to close it as an appositive, that
    is a lower-case modifier or two and then a role and a name in capitals is a person named
    with a role, the verb's subject, not a description of the name before it. One that opens
    with a determiner is still an appositive whose comma is missing ("Michael Ullmann, an
    attorney for Johnson & Johnson said", train3), and so is a group joined by "and"; a verb
    phrase ("..., did not comment on the Post report") is neither."""
    described = DESCRIBED_NAME.fullmatch(chunk)
    return (
        described is not None
        and described.group(1) not in load_lexicon("determiners")
        and JOINED_GROUP.match(chunk) is None
    )


# "acting Secretary of Homeland Security Chad Wolf", "former President Barack Obama": one or two
# lower-case modifiers, then capitalized words, joined only by "of", "for", "the" or "and".
DESCRIBED_NAME = re.compile(
    r"\s*([a-z][\w\-]*)\s+(?:[a-z][\w\-]*\s+)?[A-Z][\w.'’\-]*"
    r"(?:\s+(?:(?:of|for|the|and)\s+)*[A-Z][\w.'’\-]*)+\s*"
)
# "corn and soybeans", "or wheat in Dixon": the last item of a list, a few lower-case words
# after the comma and a place; "corn": an item before it.
LIST_TAIL = re.compile(
    r"\s*(?:[a-z][\w\-]*\s+){0,2}(?:and|or)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    r"(?:\s+(?:in|at|near|from)\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})?\s*"
)
LIST_ITEM = re.compile(r"\s*[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s*")


def listed_in_an_appositive(chunks: list[str]) -> set[int]:
    """The chunks that continue a list an appositive of a name opens ("Blake Erwin, a farmer
    who raises cattle, corn and soybeans, said": train qELRdM0wxyoklWNj was "corn and
    soybeans"), which are the appositive's, not the verb's subject."""
    listed: set[int] = set()
    for tail in range(2, len(chunks)):
        if not LIST_TAIL.fullmatch(chunks[tail]):
            continue
        opening = tail - 1
        while opening > 1 and LIST_ITEM.fullmatch(chunks[opening]):
            opening -= 1
        described = chunks[opening]
        if (
            (APPOSITIVE_START.match(described) or RELATIVE_CHUNK.match(described))
            and described.rstrip()[-1:].islower()
            and ends_with_name(chunks[opening - 1])
        ):
            listed.update(range(opening + 1, tail + 1))
    return listed


# A person's name: two or three capitalized words, maybe an initial between ("Jeb Bush", "John
# F. Kelly"), maybe a place after "of" ("Elizabeth Warren of Massachusetts"); the list's plural
# title before the first ("Sens. Elizabeth Warren"; not "Justices", which the names take for
# a first name).
PLURAL_TITLES = r"(?:Sens|Reps|Govs)\."
PERSON_NAME = rf"(?:{PLURAL_TITLES}\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'\u2019-]+){{1,2}}(?:\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
LAST_TWO_NAMES = re.compile(rf"\s*{PERSON_NAME}\s+and\s+{PERSON_NAME}\s*")
LISTED_NAME = re.compile(rf"\s*{PERSON_NAME}\s*")
# The list's first name after its lead-in, a dash or a colon ("candidates--Jeb Bush"), or with
# its plural title after other words ("GOP Sens. Ted Cruz").
FIRST_LISTED = re.compile(
    rf"(?:--\s*|\s[-\u2014\u2013]\s+|:\s+|(?<=\s)(?={PLURAL_TITLES}))({PERSON_NAME})\s*$"
)


def listed_names(chunks: list[str]) -> list[str]:
    """The chunks of a list of people's names that ends right before the verb, last chunk first
    ("Jeb Bush, Ted Cruz and Donald Trump said": CBN izG3mMR4mmhWZd8G [9] was "Ted Cruz and
    Donald Trump"), the first cut after its lead-in ("some of the candidates--Jeb Bush"); empty
    when the chunks end otherwise or no name stands before the last two."""
    if not chunks or LAST_TWO_NAMES.fullmatch(chunks[-1]) is None:
        return []
    kept = [chunks[-1]]
    for chunk in reversed(chunks[:-1]):
        if LISTED_NAME.fullmatch(chunk):
            kept.append(chunk)
            continue
        first = FIRST_LISTED.search(chunk)
        if first is not None:
            kept.append(chunk[first.start(1) :])
        break
    return kept if len(kept) > 1 else []
