"""Build small hand-made ArticleReports for the checks, page and exercise tests."""

from __future__ import annotations

from typing import Any

from sourcing.records import (
    ArticleReport,
    Document,
    Excluded,
    Role,
    SourceType,
    Span,
    Statement,
)
from sourcing.scoring.score import score_article
from sourcing.settings import DEFAULT_SETTINGS


def make_report(
    rows: list[tuple[str, str, dict[str, Any]]],
    *,
    boilerplate: tuple[str, ...] = (),
    path: str = "test.txt",
    outlet: str | None = None,
    separator: str = "\n\n",
) -> ArticleReport:
    """Return a report whose statements are `rows` of (text, type, Statement fields), a
    paragraph each unless `separator` says otherwise (" ": one paragraph)."""
    pieces = [text for text, _, _ in rows] + list(boilerplate)
    full = separator.join(pieces) + "\n"
    statements = []
    cursor = 0
    for index, (text, type_name, fields) in enumerate(rows):
        start = full.index(text, cursor)
        cursor = start + len(text)
        fields = {"confidence": 0.98, **fields}
        if type_name == "unnamed_source":  # the pipeline always decides the reason on these
            fields.setdefault("anonymity_reason", False)
        statements.append(
            Statement(index, Span(start, cursor), text, SourceType(type_name), **fields)
        )
    excluded = []
    for text in boilerplate:
        start = full.index(text, cursor)
        cursor = start + len(text)
        excluded.append(Excluded(Span(start, cursor), Role.BOILERPLATE, "test boilerplate"))
    scores = score_article(statements, full, DEFAULT_SETTINGS, lambda _: {})
    document = Document(text=full, path=path, outlet=outlet)
    return ArticleReport(document, tuple(statements), tuple(excluded), scores, "sourcing test")


ANON = "unnamed_source"

# A relayed story: lede on an anonymous report, a relayed official with a reason,
# a vague "sources" statement, a named official, narration, one unsure statement.
SAMPLE_ROWS: list[tuple[str, str, dict[str, Any]]] = [
    ("According to a new report, Iran changed course.", ANON, {"source": "a new report"}),
    (
        "Reuters quoted a senior Iranian official, who asked not to be named, as saying talks went well.",
        ANON,
        {
            "source": "a senior Iranian official, who asked not to be named",
            "via": "Reuters",
            "cue": "quoted",
            "anonymity_reason": True,
        },
    ),
    ("Some Iraqi sources said the envoys were linked to the Guards.", ANON, {"source": "some Iraqi sources", "cue": "said"}),
    (
        "Foreign Minister Javad Zarif said Iran respects Iraq's sovereignty.",
        "named_official",
        {"source": "Foreign Minister Javad Zarif", "cue": "said"},
    ),
    ("Last March, Ali Shamkhani visited Baghdad.", "unattributed", {}),
    ("The ministry may have signalled a change.", "named_organization", {"confidence": 0.4}),
    ("Court records show the contract was signed in May.", "document", {"source": "Court records", "cue": "show"}),
]


def sample_report(**kwargs: Any) -> ArticleReport:
    """Return the report of SAMPLE_ROWS with one boilerplate line."""
    return make_report(SAMPLE_ROWS, boilerplate=("Share this article",), **kwargs)
