"""All tunable numbers of the analyzer in one frozen object."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    """Weights, thresholds and windows; defaults are the tuned values."""

    # How many body statements count as the lede for `lede_anonymous`.
    lede_statements: int = 2
    # A pronoun ("he added") looks back this many statements for its antecedent.
    pronoun_window: int = 4
    # An uncued sentence inside or right after a quotation carries that source over
    # for at most this many statements.
    carry_over_window: int = 3
    # Statements whose confidence is below this are flagged as unsure (exercises skip them).
    unsure_below: float = 0.6
    # Confidence given to rule decisions when no model is loaded, by how the type was found.
    rule_confidence_cued: float = 0.85
    rule_confidence_resolved: float = 0.75
    rule_confidence_uncued: float = 0.7


DEFAULT_SETTINGS = Settings()
