"""One builder per kind of exercise: a report's sure statements in, questions out."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from sourcing.exercises.hearers import other_outlet_told
from sourcing.exercises.items import (
    Evidence,
    Kind,
    Question,
    evidence,
    exercise_texts,
    labels,
    quotation_units,
    reasons_for,
)
from sourcing.lexicons import load_lexicon
from sourcing.outlets import is_publisher
from sourcing.records import NAMED_TYPES, ArticleReport, SourceType, Statement
from sourcing.render.plural import statement_list
from sourcing.scoring.checks import is_plural, is_vague, source_keys, vague_people
from sourcing.source_types import type_styles


def unsourced_notes(statement: Statement, report: ArticleReport) -> list[str]:
    """Say why a statement with no source may still name someone or have a cue word."""
    texts = exercise_texts()["explain"]
    if statement.source and is_publisher(statement.source, report.document.outlet):
        return [texts["own_outlet"].format(source=statement.source)]
    if statement.cue:
        return [texts["action"].format(cue=statement.cue)]
    return []


def explain(statement: Statement, report: ArticleReport) -> str:
    """Say why the statement has its type, from what the analysis found (never a source for
    a statement with none: "No source ... The source here is 'The AP'" would contradict)."""
    texts = exercise_texts()["explain"]
    style = {t.name: t for t in type_styles()}[statement.type.value]
    parts = [texts["classify"].format(label=style.label, definition=style.definition)]
    if statement.type is SourceType.UNATTRIBUTED:
        return " ".join(parts + unsourced_notes(statement, report))
    if statement.source:
        parts.append(texts["source"].format(source=statement.source))
    if statement.cue:
        parts.append(texts["cue"].format(cue=statement.cue))
    if statement.via:
        parts.append(texts["via"].format(via=statement.via))
    if statement.resolved_from is not None:
        parts.append(texts["resolved"].format(resolved=statement.resolved_from))
    if statement.type is SourceType.UNNAMED_SOURCE:
        where = reason_where(statement, report)
        parts.append(texts["reason_given"].format(where=where) if where else texts["reason_missing"])
    return " ".join(parts)


def reason_where(statement: Statement, report: ArticleReport) -> str:
    """Return where the article states why the statement's source is anonymous ("statement
    [18]"), or "" when it does not."""
    where = reasons_for([statement], report) if statement.anonymity_reason else ()
    return statement_list(where) if where else ""


def type_cap(count: int) -> int:
    """Return how many of `count` classify questions one type may have: a third, at least 2."""
    return max(2, -(-count // 3))


def spread_by_type(
    statements: Sequence[Statement], count: int, rng: random.Random, units: dict[int, int]
) -> list[Statement]:
    """Pick up to `count` statements, types in turn and capped, one per quotation (`units`),
    the clearest of each type first (see `clearest_first`)."""
    groups = {t: [s for s in statements if s.type is t] for t in SourceType}
    order = [t for t in SourceType if groups[t]]
    rng.shuffle(order)
    for t in order:
        groups[t] = clearest_first(groups[t], rng)[::-1]  # pop() takes the clearest left
    picked: list[Statement] = []
    used: set[int] = set()
    cap = type_cap(count)
    for _ in range(cap):
        for t in order:
            while groups[t] and units[groups[t][-1].index] in used:
                groups[t].pop()
            if groups[t] and len(picked) < count:
                statement = groups[t].pop()
                picked.append(statement)
                used.add(units[statement.index])
    return sorted(picked, key=lambda s: s.index)


def one_per_source(statements: Sequence[Statement], report: ArticleReport) -> list[Statement]:
    """Keep the first statement of each distinct source (the one that introduces it)."""
    keys = source_keys(report)
    seen: dict[str, Statement] = {}
    for statement in statements:
        seen.setdefault(keys[statement.index], statement)
    return list(seen.values())


def clearest_first(statements: Sequence[Statement], rng: random.Random) -> list[Statement]:
    """Order `statements` by calibrated confidence, highest first, ties in an order drawn from `rng`.

    Keyed items are wrong less often the surer the analyzer is of them, so where a kind has
    more candidates of a type than questions it asks about the clearest ones (stop 24 in
    docs/exercise_agreement.md: on the gold articles, with out-of-fold models, 182 wrong keyed
    items of 3951 instead of 210 of 3936 with a random choice).
    """
    drawn = list(statements)
    rng.shuffle(drawn)
    return sorted(drawn, key=lambda s: -s.confidence)


def clearest_sorted(items: Sequence[Statement], count: int, rng: random.Random) -> list[Statement]:
    """Pick the `count` clearest of `items` (see `clearest_first`), returned in text order."""
    return sorted(clearest_first(items, rng)[:count], key=lambda s: s.index)



def _question(
    kind: Kind,
    article: int,
    prompt: str,
    answer: Sequence[str],
    explanation: str,
    proof: Sequence[Evidence],
    answer_type: SourceType | None = None,
) -> Question:
    return Question(0, kind, article, prompt, (), tuple(answer), explanation, tuple(proof), answer_type)


_WORD = re.compile(r"[\w'\u2019-]+")
# How many opening words of a sentence may hold its actor ("Pompeo also held ...").
ACTOR_WORDS = 3


def named_actor(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether an unattributed sentence opens with one of the article's named sources.

    "Pompeo also held Soleimani responsible ...", "Bolton declined to comment": a speech act
    takes the speaker's type, a plain action is unattributed with the actor's type in `alt`
    (GUIDELINES rule 7); two labels are defensible (rule 12), so a key should not pick one.
    """
    if statement.type is not SourceType.UNATTRIBUTED:
        return False
    keys = source_keys(report)
    named = {keys[s.index] for s in report.statements if s.type in NAMED_TYPES}
    opening = [w.casefold() for w in _WORD.findall(statement.text)[:ACTOR_WORDS]]
    return any(word in named for word in opening)


def own_question(statement: Statement) -> bool:
    """Tell whether an unattributed statement is the article's own question ("Can Biden draw
    blood?", often a subheading): it claims nothing, so there is no source to find."""
    text = statement.text.strip()
    return (
        statement.type is SourceType.UNATTRIBUTED
        and text.endswith("?")
        and not any(mark in text for mark in ('"', "\u201c", "\u201d"))
    )


def carried_voice(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether an unattributed statement may carry a source's account: it opens with a
    pronoun referring back to someone ("They loathe political parties ...", GUIDELINES rule
    2), or the statement before it has a source whose account it may continue (rule 3).

    A reader may give such a sentence the source's type; a key answering "No source" would
    then be wrong (stop 25 in docs/exercise_agreement.md: on the gold articles, with
    out-of-fold models, these No-source answers were wrong far more often than the others).
    """
    if statement.type is not SourceType.UNATTRIBUTED:
        return False
    opening = [w.casefold() for w in _WORD.findall(statement.text)[:ACTOR_WORDS]]
    if any(word in load_lexicon("referring_pronouns") for word in opening):
        return True
    before = report.statements[statement.index - 1] if statement.index else None
    return before is not None and before.type is not SourceType.UNATTRIBUTED


def classify(
    article: int, report: ArticleReport, sure: list[Statement], count: int, rng: random.Random
) -> list[Question]:
    """Ask for the type of a spread of statements (none whose type hinges on rule 7, no
    question of the article's own, no "No source" that may carry a source's account unless
    nothing else is left)."""
    prompt = exercise_texts()["prompt"]["classify"]
    pool = [s for s in sure if not named_actor(s, report) and not own_question(s)]
    pool = [s for s in pool if not carried_voice(s, report)] or pool
    return [
        _question(Kind.CLASSIFY, article, prompt.format(index=s.index), [labels()[s.type]],
                  explain(s, report), [evidence(article, s)], answer_type=s.type)
        for s in spread_by_type(pool, count, rng, quotation_units(report))
    ]


def find_anonymous(
    article: int, report: ArticleReport, sure: list[Statement], count: int, rng: random.Random
) -> list[Question]:
    """Ask for every anonymous statement and whether a reason is given (not on an article with
    no graded statement: there is nothing to find there)."""
    if not count or not sure:
        return []
    anonymous = [s for s in sure if s.type is SourceType.UNNAMED_SOURCE]
    answer = [
        f"[{s.index}] {reason_line(s, report)} ({s.source or 'no source described'})"
        for s in anonymous
    ]
    if not answer:
        partial = len(sure) < len(report.statements)  # some statements are not graded
        answer = [exercise_texts()["find_anonymous_key"]["none_graded" if partial else "none"]]
    definition = {t.name: t.definition for t in type_styles()}[SourceType.UNNAMED_SOURCE.value]
    return [_question(Kind.FIND_ANONYMOUS, article, exercise_texts()["prompt"]["find_anonymous"],
                      answer, definition, [evidence(article, s) for s in anonymous])]


def reason_line(statement: Statement, report: ArticleReport) -> str:
    """Return "reason given in statement [18]" or "no reason given"."""
    where = reason_where(statement, report)
    return f"reason given in {where}" if where else "no reason given"


def trace_relay(
    article: int, report: ArticleReport, sure: list[Statement], count: int, rng: random.Random
) -> list[Question]:
    """Ask where relayed claims (`via` set) come from and who passed them on."""
    prompt = exercise_texts()["prompt"]["trace_relay"]
    relayed = one_per_source([s for s in sure if s.via], report)
    return [
        _question(Kind.TRACE_RELAY, article, prompt.format(index=s.index),
                  [f"Original source: {s.source or 'not identified'} ({labels()[s.type]})",
                   f"Passed on by: {s.via}"],
                  explain(s, report), [evidence(article, s)], answer_type=s.type)
        for s in clearest_sorted(relayed, count, rng)
    ]


def naming_steps(statement: Statement, where: str = "", hearer: str | None = None) -> list[str]:
    """Say what the reporter would need to name the source of an anonymous statement (`where`:
    the statement giving the reason for the anonymity, "statement [18]", if any; `hearer`: the
    other outlet the source spoke to, "The Associated Press", if any)."""
    texts = exercise_texts()["name_source_key"]
    source = statement.source or "no one"
    vague = is_vague(statement.source)
    fields = {"source": source, "via": statement.via, "where": f" ({where})" if where else "",
              "hearer": hearer}
    suffix = "_plural" if is_plural(statement.source) else ""
    # "Sources tell ABC News": the reporter heard them; only the reader cannot tell who they are.
    heard = vague and not statement.via and vague_people(statement.source)
    steps = [texts[("vague_heard" + suffix) if heard else "vague"].format(**fields)] if vague else []
    if statement.via:
        steps.append(texts["relayed" + suffix].format(**fields))
        steps.append(texts["relayed_reason" if statement.anonymity_reason else "relayed_no_reason"]
                     .format(**fields))
    else:
        if hearer:
            steps.append(texts["told_other" + suffix].format(**fields))
        elif not vague:
            steps.append(texts["described" + suffix].format(**fields))
        steps.append(texts["reason" if statement.anonymity_reason else "no_reason"].format(**fields))
    if vague:
        steps.append(texts["document"])
    return steps


def name_source(
    article: int, report: ArticleReport, sure: list[Statement], count: int, rng: random.Random
) -> list[Question]:
    """Ask what it would take to name the source of anonymous statements."""
    prompt = exercise_texts()["prompt"]["name_source"]
    anonymous = one_per_source([s for s in sure if s.type is SourceType.UNNAMED_SOURCE], report)
    return [
        _question(Kind.NAME_SOURCE, article, prompt.format(index=s.index),
                  naming_steps(s, reason_where(s, report), other_outlet_told(s, report)),
                  explain(s, report), [evidence(article, s)], answer_type=s.type)
        for s in clearest_sorted(anonymous, count, rng)
    ]
