"""The cue record: what signals an attribution, where, and the source span it points to."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sourcing.records import Span


class CueKind(StrEnum):
    """How a cue introduces its source."""

    SUBJECT_VERB = "subject_verb"  # "Officials said ..."
    INVERTED_VERB = "inverted_verb"  # '"...," said a senior official'
    ACCORDING_TO = "according_to"
    CITING = "citing"
    QUOTED_AS = "quoted_as"  # "Reuters quoted an official as saying"
    STATEMENT = "statement"  # "X issued a statement", "X released a statement"
    COLON_QUOTE = "colon_quote"  # 'Tusk went on: "..."'
    SPEAKER_LABEL = "speaker_label"  # a transcript's 'Cruz: "Well, great."', "O'BRIAN: We live here."
    LEAD_IN = "lead_in"  # "From the Times:", "The 18 June 2016 memo:": a record or outlet introducing a block
    IN_RECORD = "in_record"  # "prosecutors said in a court filing": the record is the source
    IN_POLL = "in_poll"  # "In the CBS poll, two-thirds said": the poll is the source
    HEADLINE_CREDIT = "headline_credit"  # "Trump rally fueled cases - ABC News": another outlet's headline
    PASSIVE = "passive"  # "was announced by the ministry"
    PARTICIPLE = "participle"  # "The judge denied the request, saying ..."
    HEDGE = "hedge"  # "was understood to", "reportedly"
    NO_COMMENT = "no_comment"  # "declined to comment"


@dataclass(frozen=True)
class Cue:
    """One cue: what signals it, where, and the span of the source it names."""

    kind: CueKind
    span: Span  # the cue words themselves
    words: str
    source: Span | None = None
    via: Span | None = None  # the relaying outlet: of a QUOTED_AS chain, of "reportedly told ABC"
