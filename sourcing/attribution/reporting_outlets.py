"""Find the outlet an "it" that reports means: one named as reporting after the last source
(rule 2)."""

from __future__ import annotations

import re

from sourcing.attribution.context import Context
from sourcing.attribution.mentions import MentionKind
from sourcing.attribution.names import find_outlet
from sourcing.attribution.sourced import mention_kind
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
