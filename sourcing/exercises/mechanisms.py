"""How a statement got its source (the mechanism), and which mechanisms a key leaves out.

Twenty-one reading sets were keyed once each on the main of their day and judged with the key
open (docs/exercise_agreement.md). Of their 3716 keyed answers, 229 were wrong at keying time
(the wrong type, or the right type with the wrong person named). By the mechanism today's
analyzer attributes each keyed statement with (`scripts/keying_risk.py` prints the table), two
mechanisms went wrong at least three times as often as all the others together, on 30 keyed
answers or more:

- a pronoun or role noun taken to a name in the text before it, not to an earlier
  statement's source ("he tweeted", "the president wrote": `Rule.REFERS_NAME`);
- a source carried over into another paragraph (a carry-over chain whose first statement
  stands in an earlier paragraph).

A key leaves them out (`attributed_riskily`, a check of `sourcing.exercises.doubts`); the
threshold and the figures behind it are in docs/exercise_agreement.md, "Keying only the safe
kinds (stop 33)". The figures come from sets read before; the next fresh sets are its test.
"""

from __future__ import annotations

from enum import StrEnum

from sourcing.provenance import PRONOUN_KINDS, Rule
from sourcing.records import ArticleReport, Statement


class Mechanism(StrEnum):
    """How the analyzer found a statement's source."""

    OWN_CUE = "cue in the statement"
    NO_SOURCE = "no source (unattributed)"
    PRONOUN_TO_SOURCE = "pronoun resolved to an earlier statement's source"
    ROLE_TO_SOURCE = "role noun resolved to an earlier statement's source"
    NAME_BEFORE = "pronoun or role noun resolved to a name before it"
    NAMED_ELSEWHERE = "role named elsewhere, or no antecedent"
    CARRIED_ONE = "carried over from the statement before"
    CARRIED_SEVERAL = "carried over 2+ statements, same paragraph"
    CARRIED_ACROSS_PARAGRAPH = "carried over into another paragraph"
    QUOTE_OPENER = "quotation credited after it"
    EMBEDDED_POST = "embedded post"
    MODEL = "the model overrode the rules"


RISKY = frozenset({Mechanism.NAME_BEFORE, Mechanism.CARRIED_ACROSS_PARAGRAPH})
"""The mechanisms a key leaves out (see the module's docstring)."""

CARRIES = frozenset({Rule.CARRY_OVER, Rule.POLL_FIGURES})  # rule 3: goes on with an earlier account
REFERENCES = {
    Rule.REFERS_NAME: Mechanism.NAME_BEFORE,
    Rule.NAMED_LATER: Mechanism.NAMED_ELSEWHERE,
    Rule.NO_ANTECEDENT: Mechanism.NAMED_ELSEWHERE,
    Rule.OUTLET_REPORT: Mechanism.ROLE_TO_SOURCE,
}
OWN_RULES = {
    Rule.QUOTE_OPENER: Mechanism.QUOTE_OPENER,
    Rule.EMBEDDED_POST: Mechanism.EMBEDDED_POST,
    Rule.MODEL: Mechanism.MODEL,
}


def mechanism(statement: Statement, report: ArticleReport) -> Mechanism:
    """Return how `statement` of `report` got its source."""
    p = statement.provenance
    if p is None:
        return Mechanism.NO_SOURCE
    if p.rule in CARRIES:
        return carried(statement, report)
    if p.rule is Rule.REFERS_STATEMENT:
        return Mechanism.PRONOUN_TO_SOURCE if p.reference_kind in PRONOUN_KINDS else Mechanism.ROLE_TO_SOURCE
    return REFERENCES.get(p.rule) or OWN_RULES.get(p.rule, Mechanism.OWN_CUE)


def carried(statement: Statement, report: ArticleReport) -> Mechanism:
    """Return how far a carried-over source went: from the statement before, from 2+ before in
    the same paragraph, or from an earlier paragraph (the first statement of the chain)."""
    first = first_of_chain(statement, report, CARRIES)
    if "\n" in report.document.text[first.span.end : statement.span.start]:
        return Mechanism.CARRIED_ACROSS_PARAGRAPH
    return Mechanism.CARRIED_ONE if statement.index - first.index <= 1 else Mechanism.CARRIED_SEVERAL


def first_of_chain(statement: Statement, report: ArticleReport, rules: frozenset[Rule]) -> Statement:
    """Return the first statement of the chain by which `statement` takes an earlier one's
    source under `rules` (`statement` itself when its own rule is none of them)."""
    first, seen = statement, {statement.index}
    while (p := first.provenance) is not None and p.rule in rules and p.statement is not None \
            and p.statement not in seen:
        seen.add(p.statement)
        first = report.statements[p.statement]
    return first


def attributed_riskily(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether `statement` got its source by a mechanism of `RISKY`."""
    return mechanism(statement, report) in RISKY
