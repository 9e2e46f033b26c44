"""What each key check leaves out: the statements a key would ask about without that check.

A statement a key leaves out (`doubts.unsure`) may be left out by one check alone (the key
would ask about it were that check not run) or by several at once (no single check frees it).
Measured against a reading, the statements one check alone leaves out tell whether the check
guards against wrong records or mostly keeps right ones off the worksheet.
"""

from __future__ import annotations

from sourcing.exercises.doubts import AT_ODDS, LOOSE_CHECKS, firing, unsure
from sourcing.records import ArticleReport
from sourcing.settings import Settings


def check_names() -> tuple[str, ...]:
    """Return the name of every key check: the loose ones, then those of `AT_ODDS`."""
    return LOOSE_CHECKS + AT_ODDS.names()


def left_out_by(report: ArticleReport, settings: Settings) -> dict[int, tuple[str, ...]]:
    """Map each statement a key leaves out to the checks that alone leave it out (the key
    would ask about it without any one of them); an empty tuple: several checks at once."""
    out = set(unsure(report, settings))
    found: dict[int, list[str]] = {i: [] for i in sorted(out)}
    if not out:
        return {}
    for name in _checks_to_try(report):
        for index in out - set(unsure(report, settings, frozenset({name}))):
            found[index].append(name)
    return {i: tuple(names) for i, names in found.items()}


def _checks_to_try(report: ArticleReport) -> list[str]:
    """Return the loose checks and those of `AT_ODDS` that doubt a statement of `report`
    (a check that doubts none cannot be the one leaving a statement out)."""
    fired = {name for s in report.statements for name in firing(s, report, AT_ODDS)}
    return [name for name in check_names() if name in LOOSE_CHECKS or name in fired]
