"""Find the outlet an "it" that reports means: one named as reporting after the last source;
the outlet a description in a `via` means ("the outlet"): the one cited last (rule 2)."""

from __future__ import annotations

import re
from dataclasses import replace

from sourcing.attribution.context import Attributed, Context
from sourcing.attribution.decisions import Decision
from sourcing.attribution.mentions import MentionKind
from sourcing.attribution.names import find_outlet
from sourcing.attribution.sourced import mention_kind
from sourcing.lexicons import load_lexicon
from sourcing.records import Statement

OUTLET_NAME = r"((?:[Tt]he\s+)?(?:[A-Z][\w.&'\u2019-]*\s+){0,3}[A-Z][\w.&-]*)"
# "the numbers reported by the Journal": the outlet reported something.
REPORTED_BY = re.compile(rf"\b(?:reported|published)\s+by\s+{OUTLET_NAME}")
# "The Journal's figure is pegged to ...": a sentence about what the outlet reported.
OUTLET_POSSESSIVE = re.compile(rf"\s*{OUTLET_NAME}['\u2019]s\s")


def outlet_reported_since(
    previous: Statement, cued: Statement, earlier: list[Statement], context: Context
) -> Statement | None:
    """The statement citing the outlet an "it" refers to, if the text between `previous` (the
    source "it" would otherwise take) and `cued` names an outlet as reporting, or None.

    "The administration has said it will release official data ... A senior administration
    official ... said the numbers reported by the Journal were not official. The Journal's
    figure is pegged to ... It reported ...": "it" is the Journal, the last to report, not the
    administration (GUIDELINES rule 2); it takes the statement that cited the Journal ("the
    Wall Street Journal reported").
    """
    normalized = context.normalized
    named = list(REPORTED_BY.finditer(normalized, previous.span.end, cued.span.start)) + [
        m
        for s in earlier
        if s.index > previous.index
        and (m := OUTLET_POSSESSIVE.match(normalized, s.span.start, s.span.end))
    ]
    outlets = [o for m in sorted(named, key=lambda m: m.start(1)) if (o := find_outlet(m.group(1)))]
    if not outlets:
        return None
    return next((s for s in reversed(earlier) if _cites(s, outlets[-1])), None)


def _cites(statement: Statement, outlet: str) -> bool:
    """Whether `statement`'s source is the outlet ("the Wall Street Journal" for "journal")."""
    if mention_kind(statement) is not MentionKind.OUTLET or not statement.source:
        return False
    cited = find_outlet(statement.source)
    return cited is not None and (cited == outlet or cited.endswith(" " + outlet))


def outlet_of(previous: Statement) -> str | None:
    """The outlet whose report statement `previous` relays or cites, if any."""
    return previous.via or (
        previous.source if mention_kind(previous) is MentionKind.OUTLET else None
    )


def last_outlet_cited(earlier: Attributed) -> list[Statement]:
    """Return the last statement that relays or cites an outlet (a list of one), or an empty
    list: one search key, "outlet", for every caller, so `Attributed.latest` resumes it."""
    return earlier.latest("outlet", lambda p: bool(outlet_of(p)))


def with_outlet_named(decision: Decision, earlier: Attributed) -> Decision:
    """ "A source reportedly told the outlet that ..." after "The Sun also reported ...": a
    `via` that describes an outlet ("the outlet", "the newspaper") is the outlet the article
    cited or relayed last (GUIDELINES `via` names the outlet); unchanged when none was."""
    if decision.via is None or not _describes_outlet(decision.via):
        return decision
    cited = last_outlet_cited(earlier)
    if not cited:
        return decision
    return replace(decision, via=outlet_of(cited[0]), via_span=cited[0].via_span or cited[0].source_span)


# "the outlet", "The newspaper", "the news agency": the article and an outlet word, no name.
DEFINITE_OUTLET = re.compile(r"the\s+([a-z]+(?:\s+[a-z]+)?)", re.IGNORECASE)


def _describes_outlet(via: str) -> bool:
    """Whether `via` is an outlet word after "the", no outlet's name nor a journalist ("the reporter")."""
    match = DEFINITE_OUTLET.fullmatch(via.strip())
    if match is None or find_outlet(via) is not None:
        return False
    words = " ".join(match.group(1).lower().split())
    return words in load_lexicon("outlet_terms") and words not in load_lexicon("journalist_words")
