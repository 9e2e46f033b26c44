"""Score-card checks: newsroom rules on anonymous sourcing applied to one report.

Each check is a pure function `report -> offending statement indices`; a check passes
when that tuple is empty. Titles and rule texts are data in `sourcing/data/checks.toml`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from sourcing.attribution.mentions import Mention, MentionKind, classify_phrase
from sourcing.lexicons import load_lexicon
from sourcing.records import ArticleReport, SourceType, Statement
from sourcing.scoring.score import source_key

_WORD = re.compile(r"[\w'\u2019-]+")


@dataclass(frozen=True)
class Check:
    """One newsroom rule applied to one article."""

    name: str
    title: str
    passed: bool
    rule_text: str
    basis: str
    summary: str  # the rule's passed or failed sentence, with the count filled in
    statements: tuple[int, ...]  # the statements that break the rule (empty when passed)


@lru_cache(maxsize=1)
def load_rules() -> dict[str, Any]:
    """Return the check definitions of `sourcing/data/checks.toml`."""
    path = resources.files("sourcing").joinpath("data", "checks.toml")
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _anonymous(report: ArticleReport) -> list[Statement]:
    return [s for s in report.statements if s.type is SourceType.UNNAMED_SOURCE]


def anonymous_without_reason(report: ArticleReport) -> tuple[int, ...]:
    """Return the anonymous statements that give no reason for the anonymity."""
    return tuple(report.scores.basis.get("anonymous_without_reason", ()))


def lede_anonymous(report: ArticleReport) -> tuple[int, ...]:
    """Return the lede statements that rest on an anonymous source."""
    return tuple(report.scores.basis.get("lede_anonymous", ()))


def is_vague(source: str | None) -> bool:
    """Tell whether a source description says no more than "sources" or "a report"."""
    head = _description_head(source)
    return head is None or head in load_rules()["vague"]["heads"]


def vague_people(source: str | None) -> bool:
    """Tell whether a vague description still means people the reporter heard ("Sources",
    "Senate sources"), not a report or an impersonal hedge."""
    return is_vague(source) and _description_head(source) in load_rules()["vague"]["people"]


def _description_head(source: str | None) -> str | None:
    """The head word of a description: its last word before a word that qualifies it."""
    stops = load_rules()["vague"]["stops"]
    head: str | None = None
    for word in (w.lower() for w in _WORD.findall(source or "")):
        if word in stops and head is not None:
            break
        head = word
    return head


def vague_description(report: ArticleReport) -> tuple[int, ...]:
    """Return the anonymous statements whose source is not described, or only vaguely."""
    return tuple(s.index for s in _anonymous(report) if is_vague(s.source))


def statement_source_key(statement: Statement) -> str:
    """Return a key that is equal for statements from the same source (`score.source_key`)."""
    if not statement.source:
        return f"#{statement.index}"  # an impersonal hedge: nobody to match it with
    return source_key(statement.source).casefold()


def source_keys(report: ArticleReport) -> dict[int, str]:
    """Return each statement's source key, following `resolved_from` back to the first mention."""
    by_index = {s.index: s for s in report.statements}
    keys = {}
    for statement in report.statements:
        root, seen = statement, {statement.index}
        while root.resolved_from in by_index and root.resolved_from not in seen:
            seen.add(root.resolved_from)
            root = by_index[root.resolved_from]
        keys[statement.index] = statement_source_key(root)
    return keys


SINGLE_KINDS = frozenset({MentionKind.UNNAMED, MentionKind.INDEFINITE_REPORT})
PLURAL_HEADS = frozenset({"people", "police", "staff", "personnel"})
# "those familiar with the plan", "these people", "all of them": words that open a plural group.
_PLURAL_GROUP_WORDS = frozenset({"those", "these", "they", "them"})
# "many of the women", "a number of women", "15 of the lawmakers": a count, then the group.
_PARTITIVE = re.compile(r"^(?:an?\s+|the\s+)?([\w-]+)\s+of\s+(.+)$", re.IGNORECASE)


def _mention(source: str) -> Mention:
    return classify_phrase(source.split(",")[0], {})


def is_plural(source: str | None) -> bool:
    """Tell whether a source description is several people ("officials", "people familiar")."""
    if not source:
        return False
    mention = _mention(source)
    if source.split()[0].lower() in _PLURAL_GROUP_WORDS:  # "those familiar with the plan"
        return True
    return (
        mention.plural
        or mention.head in PLURAL_HEADS
        or _counts_a_plural_group(source)
        or _bare_count(source)
    )


def _bare_count(source: str) -> bool:
    """Tell whether `source` is a count standing for its group ("Several said they were
    unable ...", "Many", "A handful", "Both")."""
    words = [w for w in source.split(",")[0].lower().split() if w not in {"a", "an"}]
    return len(words) == 1 and words[0] in load_lexicon("partitive_quantifiers")


def _counts_a_plural_group(source: str) -> bool:
    """Tell whether `source` counts part of a plural group ("many of the women")."""
    match = _PARTITIVE.match(source.split(",")[0].strip())
    if not match:
        return False
    count, group = match.groups()
    counts = count.isdigit() or count.lower() in load_lexicon("partitive_quantifiers")
    return counts and is_plural(group)


def rests_on_one_source(source: str | None) -> bool:
    """Tell whether an anonymous source is one person or one report ("a Western official")."""
    if not source:
        return False  # an impersonal hedge ("reportedly"): no telling how many
    return _mention(source).kind in SINGLE_KINDS and not is_plural(source)


def single_anonymous_source(report: ArticleReport) -> tuple[int, ...]:
    """Return the anonymous statements that rest on one unnamed person or report."""
    return tuple(s.index for s in _anonymous(report) if rests_on_one_source(s.source))


def relayed_anonymous(report: ArticleReport) -> tuple[int, ...]:
    """Return the anonymous statements relayed from another outlet (`via` set)."""
    return tuple(s.index for s in _anonymous(report) if s.via)


CHECKS: dict[str, Callable[[ArticleReport], tuple[int, ...]]] = {
    "anonymous_without_reason": anonymous_without_reason,
    "lede_anonymous": lede_anonymous,
    "vague_description": vague_description,
    "single_anonymous_source": single_anonymous_source,
    "relayed_anonymous": relayed_anonymous,
}


def run_checks(report: ArticleReport) -> list[Check]:
    """Apply every check of `checks.toml` to `report`, in the file's order."""
    results = []
    for rule in load_rules()["check"]:
        offending = CHECKS[rule["name"]](report)
        wording = "failed_one" if len(offending) == 1 else "failed" if offending else "passed"
        summary = rule[wording].format(n=len(offending))
        results.append(
            Check(
                name=rule["name"],
                title=rule["title"],
                passed=not offending,
                rule_text=rule["rule"],
                basis=rule["basis"],
                summary=summary,
                statements=offending,
            )
        )
    return results
