"""The mention record: what kind of source a phrase names, and the name it gives."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class MentionKind(StrEnum):
    """The kinds of source phrase the rules tell apart."""

    OFFICIAL = "official"
    PERSON = "person"
    ORGANIZATION = "organization"
    DOCUMENT = "document"
    OUTLET = "outlet"
    UNNAMED = "unnamed"
    REPORT = "report"  # "the report": refers back to an outlet's or organization's report
    INDEFINITE_REPORT = "indefinite_report"  # "a new report", "reports": unidentified
    PRONOUN_PERSON = "pronoun_person"  # he, she
    PRONOUN_GROUP = "pronoun_group"  # they
    PRONOUN_THING = "pronoun_thing"  # it
    FIRST_PERSON = "first_person"  # I, we: quoted speech, not a source
    DEFINITE_ROLE = "definite_role"  # "the official", "the spokesman": refers back
    POLL_RESULT = "poll_result"  # "41 percent of those surveyed": the poll reported before
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Mention:
    """A classified source phrase."""

    kind: MentionKind
    text: str
    name: str | None = None  # the person's or organization's name, when one is given
    plural: bool = False
    head: str = ""
