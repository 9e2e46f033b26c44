"""Article-level scores computed from typed statements."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sourcing.attribution.names import person_names
from sourcing.attribution.phrases import RELATIVE_CLAUSE, core_phrase
from sourcing.records import NAMED_TYPES, Scores, SourceType, Statement
from sourcing.settings import Settings


def _word_count(text: str) -> int:
    return len(text.split())


def _share(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


def score_article(
    statements: Sequence[Statement],
    body_text: str,
    settings: Settings,
    readability: Callable[[str], dict[str, float]],
) -> Scores:
    """Compute the anonymity share and its companions over the body statements."""
    anonymous = [s for s in statements if s.type is SourceType.UNNAMED_SOURCE]
    words_all = sum(_word_count(s.text) for s in statements)
    words_anon = sum(_word_count(s.text) for s in anonymous)
    type_shares = {
        t.value: _share(sum(1 for s in statements if s.type is t), len(statements))
        for t in SourceType
    }
    named = [s for s in statements if s.type in NAMED_TYPES and s.source]
    named_sources = tuple(dict.fromkeys(source_key(s.source or "") for s in named))
    without_reason = [s for s in anonymous if not s.anonymity_reason]
    lede = statements[: settings.lede_statements]
    lede_anonymous = [s for s in lede if s.type is SourceType.UNNAMED_SOURCE]
    return Scores(
        statements=len(statements),
        anonymity_share=_share(len(anonymous), len(statements)),
        anonymity_share_words=_share(words_anon, words_all),
        type_shares=type_shares,
        distinct_named_sources=len(named_sources),
        named_sources=named_sources,
        anonymous_statements=len(anonymous),
        anonymous_without_reason=len(without_reason),
        lede_anonymous=bool(lede_anonymous),
        readability=readability(body_text) if body_text.strip() else {},
        basis={
            "anonymity_share": tuple(s.index for s in anonymous),
            "anonymous_without_reason": tuple(s.index for s in without_reason),
            "lede_anonymous": tuple(s.index for s in lede_anonymous),
            "distinct_named_sources": tuple(s.index for s in named),
        },
    )


def source_key(source: str) -> str:
    """Reduce a source mention to one key per source: a person's surname, else the phrase.

    "Taliban spokesman Suhail Shaheen" and "Shaheen" give "Shaheen"; "a senior Iranian
    official, who asked not to be named" gives "senior Iranian official". The one test of
    "same source" for scores, score-card checks and exercises.
    """
    phrase = source.split(",")[0]
    core = core_phrase(phrase).strip()
    names = person_names(RELATIVE_CLAUSE.split(phrase, maxsplit=1)[0])  # not "who briefed Trump"
    if names:
        return names[-1].split()[-1]
    words = core.split()
    while words and words[0].lower() in {"the", "a", "an"}:
        words = words[1:]
    return " ".join(words) or source
