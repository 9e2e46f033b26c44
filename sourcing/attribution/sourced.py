"""Give a statement its source with the provenance that says why, and read that provenance."""

from __future__ import annotations

from dataclasses import replace

from sourcing.attribution.anonymity import root
from sourcing.attribution.context import Context
from sourcing.attribution.mentions import MentionKind
from sourcing.provenance import Provenance, Rule, render_evidence
from sourcing.records import SourceType, Span, Statement


def decided(statement: Statement, provenance: Provenance | None, **changes: object) -> Statement:
    """`statement` with `changes`, its provenance, and the evidence and mention flag rendered from it."""
    kind = provenance.source_kind if provenance else None
    return replace(
        statement,
        provenance=provenance,
        evidence=render_evidence(provenance),
        flags=(f"mention:{kind}",) if kind is not None else (),
        **changes,  # type: ignore[arg-type]
    )


def span_text(context: Context, span: Span | None) -> str | None:
    """The document's text at `span`, or None without one."""
    return context.document.text[span.start : span.end] if span else None


def mention_kind(statement: Statement) -> MentionKind | None:
    """The mention kind of the statement's source, as a MentionKind (see `source_kind`)."""
    kind = source_kind(statement)
    return MentionKind(kind) if kind else None


def source_kind(statement: Statement) -> str | None:
    """The mention kind of the statement's source, as its provenance records it."""
    return statement.provenance.source_kind if statement.provenance else None


def is_carried(statement: Statement) -> bool:
    """Whether the statement took its source by carry-over (rule 3)."""
    return statement.provenance is not None and statement.provenance.rule is Rule.CARRY_OVER


def take_source(
    target: Statement, origin: Statement, provenance: Provenance, **changes: object
) -> Statement:
    """Give `target` the source of `origin` (type, source, via), saying why."""
    return decided(
        target,
        provenance,
        type=origin.type,
        source=origin.source,
        source_span=origin.source_span,
        via=origin.via,
        via_span=origin.via_span,
        resolved_from=root(origin),
        **changes,  # type: ignore[arg-type]
    )


def own_voice(statement: Statement) -> bool:
    """Whether a record is the publisher's own reporting with its journalist named ("As The
    Monitor's Peter Grier explains, ...:", rule 10): what goes on from it is the article's own
    voice too, not some earlier source's (CSM pzxjWPsIXJb8tqyL [22]-[25] took "Mr. Mitchell")."""
    p = statement.provenance
    return (statement.type is SourceType.UNATTRIBUTED and p is not None and p.rule is Rule.OWN_OUTLET
            and bool(statement.source))
