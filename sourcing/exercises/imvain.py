"""IMVAIN questions on an article's main sources, and the comparison of several articles."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from sourcing.exercises.items import Kind, Question, evidence, exercise_texts, labels, outlet_table
from sourcing.outlets import UNKNOWN, canonical_outlet
from sourcing.records import NAMED_TYPES, ArticleReport, SourceType, Statement
from sourcing.render.plural import counted, statement_list
from sourcing.scoring.checks import source_keys

LETTERS = ("I", "M", "V", "A", "N")


def main_sources(
    sure: Sequence[Statement], keys: dict[int, str], count: int
) -> list[list[Statement]]:
    """Group sourced statements by source and type; return the `count` most cited groups."""
    groups: dict[tuple[str, SourceType], list[Statement]] = {}
    for s in sure:
        if s.source and s.type is not SourceType.UNATTRIBUTED:
            groups.setdefault((keys[s.index], s.type), []).append(s)
    ranked = sorted(groups.values(), key=lambda g: (-len(g), g[0].index))
    return ranked[:count]


def _named_answer(group: list[Statement]) -> str:
    keys = exercise_texts()["imvain_key"]
    first = group[0]
    fields = {"source": first.source, "label": labels()[first.type]}
    if first.type in NAMED_TYPES:
        return keys["N_named"].format(**fields)
    if first.type is SourceType.DOCUMENT:
        return keys["N_document"].format(**fields)
    if first.type is SourceType.CITED_OUTLET:
        return keys["N_outlet"].format(**fields)
    # The report decides the reason statement by statement; a reason given for any of the
    # source's statements is given for the source.
    given = [s.index for s in group if s.anonymity_reason]
    if not given:
        return keys["N_anonymous_no_reason"].format(**fields)
    return keys["N_anonymous_reason"].format(where=statement_list(given), **fields)


def other_sources(group: list[Statement], report: ArticleReport,
                  sure: Sequence[Statement]) -> list[str]:
    """Return the other sources the article cites (sure statements), one description each."""
    keys = source_keys(report)
    mine = keys[group[0].index]
    others: dict[str, str] = {}
    for s in sure:
        if s.source and s.type is not SourceType.UNATTRIBUTED and keys[s.index] != mine:
            others.setdefault(keys[s.index], s.source)
    return list(others.values())


def imvain_key(group: list[Statement], report: ArticleReport, sure: Sequence[Statement]) -> list[str]:
    """Return the key for one source: settled letters from the analysis, prompts for the rest."""
    texts = exercise_texts()["imvain_key"]
    first = group[0]
    others = other_sources(group, report, sure)
    documents = sum(1 for s in report.statements if s.type is SourceType.DOCUMENT)
    fields = {
        "source": first.source,
        "statements": statement_list(s.index for s in group),
        "documents": counted(documents, "statement"),
        "others": counted(len(others), "other source"),
        "names": "; ".join(others),
    }
    return [
        "I: " + texts["I"].format(**fields),
        "M: " + texts["M_some" if others else "M_none"].format(**fields),
        "V: " + texts["V"].format(**fields),
        "A: " + texts["A"].format(**fields),
        "N: " + _named_answer(group),
    ]


def imvain(article: int, report: ArticleReport, sure: list[Statement], count: int,
           rng: random.Random) -> list[Question]:
    """Ask the IMVAIN questions about the article's most cited sources."""
    texts = exercise_texts()
    parts = tuple(f"{letter}: {texts['imvain'][letter]}" for letter in LETTERS)
    questions = []
    for group in main_sources(sure, source_keys(report), count):
        first = group[0]
        prompt = texts["prompt"]["imvain"].format(
            source=first.source, statements=statement_list(s.index for s in group))
        questions.append(Question(
            0, Kind.IMVAIN, article, prompt, parts, tuple(imvain_key(group, report, sure)),
            f"{labels()[first.type]}: \"{first.source}\", cited in {counted(len(group), 'statement')}.",
            tuple(evidence(article, s) for s in group), first.type,
        ))
    return questions


def article_name(number: int, report: ArticleReport) -> str:
    """Return "Article N (outlet or title or file)", the outlet by its canonical name."""
    doc = report.document
    outlet = canonical_outlet(doc.outlet, doc.url, outlet_table())
    name = (outlet if outlet != UNKNOWN else None) or doc.title or doc.path or doc.id
    return f"Article {number}" + (f" ({name})" if name else "")


def _reason_share(report: ArticleReport) -> float:
    anonymous = report.scores.anonymous_statements
    given = anonymous - report.scores.anonymous_without_reason
    return given / anonymous if anonymous else 0.0


def _leader(
    reports: Sequence[ArticleReport], value: Callable[[ArticleReport], float], what: str
) -> str:
    values = [value(r) for r in reports]
    best = max(values)
    leaders = [article_name(i + 1, r) for i, r in enumerate(reports) if values[i] == best]
    if len(leaders) == len(reports):
        return f"All articles are equal on {what}."
    return f"Most {what}: {' and '.join(leaders)}."


def compare(reports: Sequence[ArticleReport]) -> list[Question]:
    """Ask to compare the sourcing of two or more articles, answered from their scores."""
    if len(reports) < 2:
        return []
    names = ", ".join(str(i) for i in range(1, len(reports) + 1))
    answer = []
    for number, report in enumerate(reports, start=1):
        sc = report.scores
        answer.append(
            f"{article_name(number, report)}: {sc.anonymous_statements} of {sc.statements} "
            f"statements anonymous ({100 * sc.anonymity_share:.0f}%), "
            f"{counted(sc.distinct_named_sources, 'named source')}, "
            f"{counted(sc.anonymous_without_reason, 'anonymous statement')} without a reason, "
            f"lede anonymous: {'yes' if sc.lede_anonymous else 'no'}."
        )
    answer.append(_leader(reports, lambda r: r.scores.anonymity_share, "reliance on anonymous sources"))
    answer.append(_leader(reports, lambda r: r.scores.distinct_named_sources, "named sources"))
    answer.append(_leader(reports, _reason_share, "reasons given for anonymity"))
    prompt = exercise_texts()["prompt"]["compare"].format(articles=names)
    return [Question(0, Kind.COMPARE, None, prompt, (), tuple(answer),
                     "Figures from the analysis of each article.", ())]
