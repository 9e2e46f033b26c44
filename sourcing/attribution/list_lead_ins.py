"""Give a list's first item the source whose findings its lead-in announces (rule 3)."""

from __future__ import annotations

import re
from functools import lru_cache

from sourcing.attribution.carried_blocks import LIST_MARKER
from sourcing.attribution.context import Attributed, Context
from sourcing.attribution.poll_figures import POLL_TYPES, POLL_WORDS, names_poll
from sourcing.lexicons import alternation
from sourcing.records import SourceType, Statement

FIGURE = re.compile(r"\d")


def announced_list_source(base: Statement, earlier: Attributed, context: Context) -> Statement | None:
    """The statement whose source a list item opening after an uncued lead-in takes, or None.

    "Here are the particulars for each of the four battleground polls:" / "• Georgia ... had
    Trump leading Clinton by three points": a lead-in that names whose findings follow carries
    that source to the list it introduces (GUIDELINES rule 3). The lead-in ends in a colon and
    names the findings ("particulars", "disclosures") or a poll, or names a poll and the item
    gives figures; the source is the last organization, record or outlet at most
    `list_lead_in_window` statements before the lead-in (a poll, if the lead-in names one).
    The next items follow the first by `carried_blocks.next_list_item`.
    """
    normalized = context.normalized
    lead = earlier[-1]
    if LIST_MARKER.match(normalized, base.span.start) is None or lead.type is not SourceType.UNATTRIBUTED:
        return None
    if "\n" not in normalized[lead.span.end : base.span.start] or LIST_MARKER.match(normalized, lead.span.start):
        return None
    lead_text = normalized[lead.span.start : lead.span.end].rstrip()
    names_a_poll = bool(POLL_WORDS.search(lead_text))
    colon = lead_text.endswith(":")
    if not (
        (colon and (names_a_poll or _lead_nouns().search(lead_text)))
        or (names_a_poll and FIGURE.search(base.text))
    ):
        return None
    if names_a_poll:
        found = earlier.latest("poll figures", names_poll)
    else:
        found = earlier.latest("list lead-in source", lambda s: s.type in POLL_TYPES)
    if not found or lead.index - found[0].index > context.settings.list_lead_in_window:
        return None
    return found[0]


@lru_cache(maxsize=1)
def _lead_nouns() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation('list_lead_nouns')})\b", re.IGNORECASE)
