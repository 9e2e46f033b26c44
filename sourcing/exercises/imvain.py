"""IMVAIN questions on an article's main sources, and the comparison of several articles."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from sourcing.exercises.items import (
    Kind,
    Question,
    evidence,
    exercise_texts,
    labels,
    one_line,
    outlet_table,
    reasons_for,
)
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


def _named_answer(group: list[Statement], report: ArticleReport) -> str:
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
    # source's statements is given for the source, and quoted from the sentence stating it.
    where = reasons_for([s for s in group if s.anonymity_reason], report)
    if not where:
        return keys["N_anonymous_no_reason"].format(**fields)
    reason = one_line(report.statements[where[0]].text)
    return keys["N_anonymous_reason"].format(where=statement_list(where), reason=reason, **fields)


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
    documents = sum(1 for s in sure if s.type is SourceType.DOCUMENT)  # graded ones only
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
        "N: " + _named_answer(group, report),
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


@dataclass(frozen=True)
class GradedFigures:
    """An article's sourcing figures over its graded statements (the ones a key may rest on)."""

    statements: int
    anonymous: int
    named_sources: int
    without_reason: int
    lede_anonymous: bool
    left_out: int  # statements the analyzer is unsure of, not counted

    @property
    def anonymity_share(self) -> float:
        return self.anonymous / self.statements if self.statements else 0.0

    @property
    def reason_share(self) -> float:
        return (self.anonymous - self.without_reason) / self.anonymous if self.anonymous else 0.0


def graded_figures(report: ArticleReport, ungraded: Sequence[int]) -> GradedFigures:
    """Count an article's figures over the statements not in `ungraded`.

    Newsmax bSLKBWE8H17ek3Dr: the analysis types [14] "A U.S. official, speaking on condition
    of anonymity" as named, so its score says 0% anonymous; a key must not hand that out.
    """
    skipped = set(ungraded)
    graded = [s for s in report.statements if s.index not in skipped]
    anonymous = [s for s in graded if s.type is SourceType.UNNAMED_SOURCE]
    keys = source_keys(report)
    lede = set(report.scores.basis.get("lede_anonymous", ())) - skipped
    return GradedFigures(
        statements=len(graded),
        anonymous=len(anonymous),
        named_sources=len({keys[s.index] for s in graded if s.type in NAMED_TYPES and s.source}),
        without_reason=sum(1 for s in anonymous if not s.anonymity_reason),
        lede_anonymous=bool(lede),
        left_out=len(skipped),
    )


def _leader(
    names: Sequence[str], values: Sequence[float], what: str
) -> str:
    best = max(values)
    leaders = [name for name, value in zip(names, values) if value == best]
    if len(leaders) == len(names):
        return f"All articles are equal on {what} in the graded statements."
    return f"Most {what} in the graded statements: {' and '.join(leaders)}."


def _compare_line(name: str, f: GradedFigures) -> str:
    """Say an article's figures, every one over its graded statements (the sources named in
    them, not in the whole article)."""
    line = (
        f"{name}, in its {counted(f.statements, 'graded statement')}: {f.anonymous} anonymous "
        f"({100 * f.anonymity_share:.0f}%), {counted(f.named_sources, 'named source')}, "
        f"{counted(f.without_reason, 'anonymous statement')} without a reason, "
        f"lede anonymous: {'yes' if f.lede_anonymous else 'no'}."
    )
    if f.left_out:
        line += (f" Not counted: {counted(f.left_out, 'statement')} the analyzer is unsure of"
                 " (listed under the article); check them before comparing.")
    return line


def compare(reports: Sequence[ArticleReport], ungraded: Sequence[Sequence[int]] = ()) -> list[Question]:
    """Ask to compare the sourcing of two or more articles, answered over their graded
    statements (`ungraded[i]`: the statements of article i never keyed)."""
    if len(reports) < 2:
        return []
    names = [article_name(i + 1, r) for i, r in enumerate(reports)]
    figures = [graded_figures(r, ungraded[i] if ungraded else ()) for i, r in enumerate(reports)]
    answer = [_compare_line(name, f) for name, f in zip(names, figures)]
    answer.append(_leader(names, [f.anonymity_share for f in figures], "reliance on anonymous sources"))
    answer.append(_leader(names, [f.named_sources for f in figures], "named sources"))
    answer.append(_leader(names, [f.reason_share for f in figures], "reasons given for anonymity"))
    numbers = ", ".join(str(i) for i in range(1, len(reports) + 1))
    prompt = exercise_texts()["prompt"]["compare"].format(articles=numbers)
    return [Question(0, Kind.COMPARE, None, prompt, (), tuple(answer),
                     "Figures from the analysis of each article, over its graded statements.", ())]
