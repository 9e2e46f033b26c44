"""Find an outlet that relays another source (rule 1): "quoted on state TV as saying",
"Reuters reported that a senior official said", "..., according to CBS News"."""

from __future__ import annotations

import re

from sourcing.attribution.cue_kinds import Cue, CueKind
from sourcing.attribution.decisions import MENTION_TYPES, Decision, from_cue, text_of
from sourcing.attribution.mentions import Mention, MentionKind
from sourcing.outlets import is_publisher
from sourcing.provenance import Rule
from sourcing.records import Span


def closing_outlet(direct: list[tuple[Cue, Mention]], cue: Cue, publisher: str | None) -> Cue | None:
    """ "'...,' Biden said, according to CBS News": the outlet whose report relays the speaker
    (GUIDELINES `via`); the article's own outlet relays nothing."""
    for later, mention in direct:
        if (
            later.span.start > cue.span.start
            and later.kind in {CueKind.ACCORDING_TO, CueKind.CITING}
            and mention.kind is MentionKind.OUTLET
            and not is_publisher(mention.name, publisher)
        ):
            return later
    return None


def relay_decision(candidates: list[tuple[Cue, Mention]], normalized: str) -> Decision | None:
    """An outlet relaying another source: the relayed source's type, `via` the outlet (rule 1)."""
    for cue, mention in candidates:
        if cue.kind is CueKind.QUOTED_AS and cue.via is not None:
            via = normalized[cue.via.start : cue.via.end]
            kind = MENTION_TYPES.get(mention.kind)
            return from_cue(kind, cue, mention, Rule.RELAY_QUOTED, via, cue.via)
    outlets = [(c, m) for c, m in candidates if m.kind is MentionKind.OUTLET]
    if not outlets:
        return None
    outlet_cue, outlet = outlets[0]
    relayed = [
        (c, m)
        for c, m in candidates
        if MENTION_TYPES.get(m.kind) is not None
        and (m.kind is not MentionKind.OUTLET or _outlet_in_the_report(normalized, outlet_cue, c))
        and (
            c.kind in {CueKind.ACCORDING_TO, CueKind.CITING}
            or _opens_the_report(normalized, outlet_cue, c)
        )
    ]
    if relayed:
        cue, mention = relayed[0]
        relayed_by = text_of(normalized, outlet_cue.source) or outlet.name
        kind = MENTION_TYPES[mention.kind]
        return from_cue(kind, cue, mention, Rule.RELAY_OUTLET, relayed_by, outlet_cue.source)
    return None


def _outlet_in_the_report(normalized: str, outlet_cue: Cue, cue: Cue) -> bool:
    """ "CBS News reports that the state-run Iranian News Agency (IRNA) called the missiles ...":
    an outlet opening what another outlet reports is the relayed source, the first its `via`
    (rule 1; heldout42 EHf5Exkns5wqkLXk [4] was CBS News's with nothing relayed)."""
    if cue is outlet_cue or cue.source is None or outlet_cue.source is None:
        return False
    after_the_verb = cue.source.start >= outlet_cue.span.end  # not the receiver ("told Reuters")
    return after_the_verb and _opens_the_report(normalized, outlet_cue, cue)


REPORT_OPENING = re.compile(r"(?:[^,;:\"]{0,30}\s)?that\s*|[\s,]*")


def _opens_the_report(normalized: str, outlet_cue: Cue, cue: Cue) -> bool:
    """'Reuters reported that a senior official said': the speaker opens what the outlet
    reports. A speaker further inside ("... ordered Mueller fired, when the counsel
    threatened to resign") is part of the outlet's own account."""
    if cue.span.start <= outlet_cue.span.start or cue.source is None:
        return False
    if cue.source.start < outlet_cue.span.end:
        return True  # "..., a senior official told Reuters": the outlet is the receiver
    opened = max(outlet_cue.span.end, outlet_cue.source.end if outlet_cue.source else 0)
    return REPORT_OPENING.fullmatch(normalized, opened, cue.source.start) is not None


def told_outlet(cue: Cue, mention: Mention, normalized: str, publisher: str | None) -> Span | None:
    """ "A source reportedly told the outlet that ...": the outlet the speaker reportedly told
    (`told_outlets`) relays the speaker, who keeps its type (rule 1); an outlet speaking, or
    the article's own outlet, relays nothing."""
    if cue.via is None or cue.kind is not CueKind.SUBJECT_VERB or mention.kind is MentionKind.OUTLET:
        return None
    return None if is_publisher(normalized[cue.via.start : cue.via.end], publisher) else cue.via
