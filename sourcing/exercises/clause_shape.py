"""Never-key checks on the clauses of a record's sentence: a source that is the object of a
relative clause, a participle that follows another agent, an impersonal hedge on what someone
will say. Each shape leaves two readings open under GUIDELINES, so a key should not pick one."""

from __future__ import annotations

import re

from sourcing.records import SourceType, Statement

WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
# Words that may come before a thing word in a source ("One thing", "the only thing").
THING_OPENERS = frozenset({"a", "an", "the", "one", "another", "only", "first", "last"})
# Nouns that name no one. The word lists of this module stay here, not in
# data/exercises.toml: that file is hashed into the analyzer fingerprint (sourcing.run.version).
THING_HEADS = frozenset({
    "thing", "things", "something", "everything", "nothing", "anything", "point", "lesson",
})


def source_is_a_thing(statement: Statement) -> bool:
    """Tell whether an attributed record's source opens with a noun of things, the object of
    the clause its cue stands in.

    Christian Science Monitor IW8Tl8y4ixIkI3LG [18] "One thing both sides agreed on yesterday:
    The partisan back-and-forth ..." keyed Anonymous source under "One thing both sides" on
    main c13b1d3, read unattributed: "both sides agreed on" describes the thing, and the claim
    after the colon is the article's (or, a reader could argue, both sides'). No one is "one
    thing"; the record's source is cut from the wrong place.
    """
    if statement.type is SourceType.UNATTRIBUTED or not statement.source:
        return False
    words = [w.lower() for w in WORD.findall(statement.source)]
    while words and words[0] in THING_OPENERS:
        words.pop(0)
    return len(words) >= 2 and words[0] in THING_HEADS
