"""Count where the model's type differs from the rules' on gold statements, and who was right."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sourcing.evaluation import Evaluation


@dataclass(frozen=True)
class Overrides:
    """Gold statements whose credited type the model changed from the rules', by outcome."""

    right: int  # the model's type is accepted by gold, the rules' was not
    wrong: int  # the rules' type was accepted by gold, the model's is not
    neither: int  # both differ from gold, in different ways

    @property
    def total(self) -> int:
        return self.right + self.wrong + self.neither

    def as_dict(self) -> dict[str, int]:
        """The counts and their total, for JSON."""
        return {**asdict(self), "total": self.total}


def count_overrides(rules: Evaluation, model: Evaluation) -> Overrides:
    """Compare two evaluations of the same gold rows (rules alone, rules + model), row by row.

    Both must come from the same reports' segmentation, so their `pairs` line up; a type the
    gold `alt` accepts is credited as the gold type on both sides, so a change between two
    accepted types is no override.
    """
    if [p[:2] for p in rules.pairs] != [p[:2] for p in model.pairs]:
        raise ValueError("the two evaluations do not cover the same gold rows")
    right = wrong = neither = 0
    for (_, gold, by_rules), (_, _, by_model) in zip(rules.pairs, model.pairs):
        if by_rules == by_model:
            continue
        right += by_model == gold
        wrong += by_rules == gold
        neither += gold not in (by_rules, by_model)
    return Overrides(right, wrong, neither)
