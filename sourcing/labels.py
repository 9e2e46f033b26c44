"""The source types a statement is labelled with (see GUIDELINES.md).

Apart from `records` (which re-exports them), so that a cached comparison, which counts
statements by type, defines none of the report's records.
"""

from __future__ import annotations

from enum import StrEnum


class SourceType(StrEnum):
    """Where a statement's content comes from (see GUIDELINES.md).

    >>> SourceType("unnamed_source") is SourceType.UNNAMED_SOURCE
    True
    >>> print(SourceType.CITED_OUTLET)
    cited_outlet
    """

    NAMED_OFFICIAL = "named_official"
    NAMED_PERSON = "named_person"
    NAMED_ORGANIZATION = "named_organization"
    DOCUMENT = "document"
    CITED_OUTLET = "cited_outlet"
    UNNAMED_SOURCE = "unnamed_source"
    UNATTRIBUTED = "unattributed"


NAMED_TYPES = frozenset(
    {SourceType.NAMED_OFFICIAL, SourceType.NAMED_PERSON, SourceType.NAMED_ORGANIZATION}
)
