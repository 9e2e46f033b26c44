"""Never-key checks on an anonymous record's "no reason given": the article states terms of
anonymity somewhere the record's source could be meant (GUIDELINES `anonymity_reason`: "also
when that explanation comes in a nearby sentence about the same source"), so the key's "no
reason given" may be wrong. The key, the score card and the IMVAIN answer all take the reason
from the analysis; a statement whose reason is unsure is left out rather than keyed with a
reason the score card does not give."""

from __future__ import annotations

import re

from sourcing.attribution.anonymity import root
from sourcing.attribution.cues import find_phrases
from sourcing.provenance import Rule
from sourcing.records import ArticleReport, SourceType, Statement

# Terms the reason lexicon leaves out: "on condition of appearing on-camera with her face
# blurred", "fears retaliation".
MORE_TERMS = re.compile(
    r"\bon (?:the )?condition of\b|\b(?:fears?|feared|fearing) (?:of )?retaliation\b", re.IGNORECASE
)


def states_terms(text: str) -> bool:
    """Tell whether a sentence states why or on what terms someone is anonymous."""
    return bool(find_phrases("anonymity_reasons", text)) or MORE_TERMS.search(text) is not None


def no_reason_keyed(statement: Statement) -> bool:
    """Tell whether the key would say "no reason given" for `statement`."""
    return statement.type is SourceType.UNNAMED_SOURCE and not statement.anonymity_reason


def terms_in_the_chain(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a statement of the same chain (the same source, carried over by a pronoun
    or a definite description) states terms, but the record says "no reason given".

    Washington Times sxBQgZEasEtm80O2 [1] "a relative of one of the six officers ... told CNN"
    and its "she said" records [3] [7]-[10] were keyed "no reason given" (main e3e7e38,
    heldout7), but [9] "..., she told CNN on condition of appearing on-camera with her face
    blurred" states her terms.
    """
    if not no_reason_keyed(statement):
        return False
    chain = root(statement)
    return any(root(other) == chain and states_terms(other.text) for other in report.statements)


# A sentence opening with a personal pronoun: it refers to the speaker of the sentence before.
PRONOUN_OPENING = re.compile(r"\s*(?:he|she|they)\b", re.IGNORECASE)


def terms_after_the_chain(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a "he"/"she"/"they" sentence stating terms follows a statement of the same
    chain, but the record says "no reason given".

    Fox Online News EsQkMJ8gu9OWn2h8 [2] "An official from Seoul's Korea Meteorological
    Administration said ..." and [3] "She said ..." are followed by [4] "She spoke on condition
    of anonymity, citing office rules." (typed Document, so no reason reached the chain); [2]
    was keyed "no reason given" on main e3e7e38 (heldout7, read reason given).
    """
    if not no_reason_keyed(statement):
        return False
    chain = root(statement)
    return any(
        before.type is SourceType.UNNAMED_SOURCE and root(before) == chain
        and PRONOUN_OPENING.match(after.text) is not None and states_terms(after.text)
        for before, after in zip(report.statements, report.statements[1:])
    )


# Where a source phrase's head noun ends: a preposition, a relative pronoun, an apposition
# ("a relative of one of the officers", "three people familiar with his thinking").
HEAD_ENDS = re.compile(
    r"\s*(?:,|\b(?:of|from|at|in|on|for|with|to|who|whom|that|which|familiar|close)\b)",
    re.IGNORECASE,
)
# "one of the people" is "the people".
PARTITIVE = re.compile(
    r"(?:one|two|three|some|each|both|either|neither|any|all|none|most|several)\s+of\s+"
    r"(?:the|those|these)\s+", re.IGNORECASE,
)
HEAD_WORD = re.compile(r"[a-z][a-z'\u2019-]*$")
# A source that opens this way introduces someone ("three people familiar with ..."): a
# statement of terms before it is about someone else.
INTRODUCES = re.compile(
    r"(?:a|an|another|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|"
    r"multiple|numerous|\d+)\b", re.IGNORECASE,
)


def head_noun(source: str) -> str:
    """The common noun that heads a source phrase ("A fellow prisoner" -> "prisoner", "one of
    the people" -> "people"), or "" when it ends in a name or nothing."""
    phrase = PARTITIVE.sub("", source.strip(), count=1)
    end = HEAD_ENDS.search(phrase)
    words = phrase[: end.start() if end else len(phrase)].split()
    last = words[-1] if words else ""
    return last if HEAD_WORD.fullmatch(last) else ""


def terms_about_the_head(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether another sentence states terms of anonymity for someone the record's head
    noun names, in the same form, but the record says "no reason given".

    Washington Times sxBQgZEasEtm80O2 [0] "A fellow prisoner said ..." and [11] "The Post only
    obtained the ... document ... on condition that the second prisoner not be named";
    Politico AKtcUfiNQdQVsuhA [9] "..., senators said" and [6] "..., according to Democratic
    senators who asked not to be named ..." (typed Named official, Obama's words): both keyed
    "no reason given" on main e3e7e38 (heldout7, read reason given). The same form only
    ("officials" is not "A U.S. official, speaking on condition ..."), and not a source that
    introduces a new group after the terms ("three people familiar with his thinking" after
    "two people who ... asked not to be identified"); not a hedge ("reportedly").
    """
    p = statement.provenance
    if not no_reason_keyed(statement) or not statement.source or (p is not None and p.rule is Rule.HEDGE):
        return False
    head = head_noun(statement.source)
    if not head:
        return False
    word = re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)
    phrase = statement.source.strip()
    introduces = not PARTITIVE.match(phrase) and INTRODUCES.match(phrase) is not None
    return any(
        other.index != statement.index and states_terms(other.text) and word.search(other.text)
        and not (introduces and other.index < statement.index)
        for other in report.statements
    )
