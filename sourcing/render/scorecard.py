"""The score card shared by the text and Markdown reports: (label, value) rows."""

from __future__ import annotations

from collections import Counter
from typing import Any

TYPE_LABELS = {
    "named_official": "official",
    "named_person": "person",
    "named_organization": "organization",
    "document": "document",
    "cited_outlet": "cited outlet",
    "unnamed_source": "unnamed source",
    "unattributed": "unattributed",
}


def percent(share: float) -> str:
    return f"{100 * share:.1f}%"


def score_rows(report: dict[str, Any]) -> list[tuple[str, str]]:
    """Return the score card of a serialized report as labelled strings."""
    scores = report["scores"]
    shares = scores["type_shares"]
    named = scores["named_sources"]
    readability = scores["readability"] or {}
    return [
        ("statements", str(scores["statements"])),
        ("anonymity share", percent(scores["anonymity_share"])),
        ("anonymity share (words)", percent(scores["anonymity_share_words"])),
        (
            "by type",
            ", ".join(f"{TYPE_LABELS.get(t, t)} {percent(v)}" for t, v in shares.items() if v),
        ),
        (
            "named sources",
            f"{scores['distinct_named_sources']}" + (f": {'; '.join(named)}" if named else ""),
        ),
        (
            "anonymous without a stated reason",
            f"{scores['anonymous_without_reason']} of {scores['anonymous_statements']}",
        ),
        ("lede anonymous", "yes" if scores["lede_anonymous"] else "no"),
        ("readability", ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in readability.items())),
    ]


def excluded_summary(report: dict[str, Any]) -> str:
    """Summarize the excluded spans: count per role and characters left out."""
    excluded = report["excluded"]
    if not excluded:
        return "nothing excluded"
    roles = Counter(item["role"] for item in excluded)
    chars = sum(item["end"] - item["start"] for item in excluded)
    parts = ", ".join(f"{n} {role}" for role, n in sorted(roles.items()))
    return f"{parts} ({chars} characters)"


def article_heading(report: dict[str, Any]) -> str:
    """Name an article by its title, else its id, else its path."""
    return str(report.get("title") or report.get("id") or report.get("path") or "article")


def article_facts(report: dict[str, Any]) -> list[str]:
    """Return the path, outlet, date and URL that are known, except what names the article."""
    facts = [str(report[k]) for k in ("path", "outlet", "date", "url") if report.get(k)]
    return [fact for fact in facts if fact != article_heading(report)]
