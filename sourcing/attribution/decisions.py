"""What one sentence's own cues say about its source: the `Decision`, and the source type
each kind of mention gives."""

from __future__ import annotations

from dataclasses import dataclass

from sourcing.attribution.cue_kinds import Cue
from sourcing.attribution.mentions import Mention, MentionKind
from sourcing.provenance import Provenance, Rule
from sourcing.records import SourceType, Span

MENTION_TYPES = {
    MentionKind.OFFICIAL: SourceType.NAMED_OFFICIAL,
    MentionKind.PERSON: SourceType.NAMED_PERSON,
    MentionKind.ORGANIZATION: SourceType.NAMED_ORGANIZATION,
    MentionKind.DOCUMENT: SourceType.DOCUMENT,
    MentionKind.OUTLET: SourceType.CITED_OUTLET,
    MentionKind.UNNAMED: SourceType.UNNAMED_SOURCE,
    MentionKind.INDEFINITE_REPORT: SourceType.UNNAMED_SOURCE,
    MentionKind.POLL_RESULT: None,
}


@dataclass(frozen=True)
class Decision:
    """What one sentence's own cues say about its source."""

    type: SourceType | None  # None: must be resolved from an earlier statement
    mention: Mention | None
    cue: Cue
    source_span: Span | None
    via: str | None = None
    via_span: Span | None = None
    provenance: Provenance | None = None


def from_cue(
    kind: SourceType | None,
    cue: Cue,
    mention: Mention,
    rule: Rule,
    via: str | None = None,
    via_span: Span | None = None,
) -> Decision:
    """The decision that `cue`'s source, read as `mention`, gives the sentence under `rule`."""
    provenance = Provenance(rule, cue_kind=cue.kind.value, source_kind=mention.kind.value)
    return Decision(kind, mention, cue, cue.source, via, via_span, provenance)


def text_of(normalized: str, span: Span | None) -> str | None:
    """Return the text of `span` in `normalized`, or None without a span."""
    return normalized[span.start : span.end] if span else None
