"""Typed records shared by every stage: documents, spans, statements and reports.

`Document` and `SourceType` are defined in modules of their own (`sourcing.document`,
`sourcing.labels`), which a cached comparison imports without this one; they are named here
too, for every stage that imports them with the other records.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import StrEnum

from sourcing.document import Document
from sourcing.labels import NAMED_TYPES, SourceType
from sourcing.provenance import Provenance

__all__ = [
    "NAMED_TYPES", "STATEMENT_FIELDS", "ArticleReport", "Document", "Excluded", "Role", "Scores",
    "SourceType", "Span", "Statement", "revised",
]


class Role(StrEnum):
    """Why a span of the input is not a statement."""

    HEADLINE = "headline"
    BOILERPLATE = "boilerplate"
    TABLE = "table"  # a row of a table: cells, not prose (unless the row is a sentence)


@dataclass(frozen=True)
class Span:
    """A half-open character range [start, end) into `Document.text`."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span ({self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end

    def shifted(self, delta: int) -> Span:
        return Span(self.start + delta, self.end + delta)


@dataclass(frozen=True)
class Excluded:
    """A span that is not a statement: headline, boilerplate or table."""

    span: Span
    role: Role
    reason: str


@dataclass(frozen=True)
class Statement:
    """One sentence of the article body and the source its content comes from.

    >>> from sourcing import analyze_text
    >>> (statement,) = analyze_text("Acme Corp. said its profits rose.", model=None).statements
    >>> statement.type, statement.source, statement.cue, statement.span
    (<SourceType.NAMED_ORGANIZATION: 'named_organization'>, 'Acme Corp.', 'said', Span(start=0, end=33))
    """

    index: int
    span: Span
    text: str
    type: SourceType
    source: str | None = None
    source_span: Span | None = None
    via: str | None = None
    via_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    anonymity_reason: bool | None = None
    confidence: float = 1.0
    evidence: str = ""  # why the analyzer decided this type, in words
    resolved_from: int | None = None  # index of the statement whose source this one takes
    flags: tuple[str, ...] = ()
    # Which rule decided, typed; `evidence` is rendered from it. Kept by the reports of workers
    # and the cache (`report_dict(..., internal=True)`), not in the output contract.
    provenance: Provenance | None = None


STATEMENT_FIELDS = frozenset(f.name for f in fields(Statement))


def revised(statement: Statement, **changes: object) -> Statement:
    """`statement` with `changes`: what `dataclasses.replace` returns, about 6x faster.

    `replace` re-runs `__init__` (a frozen class sets each of the 16 fields through
    `object.__setattr__`); Statement has no `__post_init__` and no computed defaults, so
    copying the fields and setting the changed ones gives an equal object. The model builds
    a few of these per statement, where `replace` was a tenth of its time.
    """
    if not STATEMENT_FIELDS.issuperset(changes):
        raise TypeError(f"Statement has no field {sorted(set(changes) - STATEMENT_FIELDS)}")
    copy = object.__new__(Statement)
    copy.__dict__.update(statement.__dict__, **changes)
    return copy


@dataclass(frozen=True)
class Scores:
    """Article-level figures; each names the statements behind it in `basis`."""

    statements: int
    anonymity_share: float
    anonymity_share_words: float
    type_shares: dict[str, float]
    distinct_named_sources: int
    named_sources: tuple[str, ...]
    anonymous_statements: int
    anonymous_without_reason: int
    lede_anonymous: bool
    readability: dict[str, float]
    basis: dict[str, tuple[int, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class ArticleReport:
    """Everything the analyzer found in one document.

    >>> from sourcing import analyze_text
    >>> text = "Officials said the bridge would reopen. It is safe, Mayor Ann Lee said."
    >>> report = analyze_text(text, model=None)
    >>> report.scores.statements, report.scores.anonymity_share
    (2, 0.5)
    """

    document: Document
    statements: tuple[Statement, ...]
    excluded: tuple[Excluded, ...]
    scores: Scores
    analyzer: str  # analyzer version and model in use, e.g. "sourcing 0.1.0 rules"
    notes: tuple[str, ...] = ()  # what the user should know, e.g. that no statement was found
