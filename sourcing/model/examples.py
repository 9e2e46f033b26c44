"""Training examples for the attribution model: the rules' statements aligned with gold rows.

Training-time only: the run-time model (classifier.py) never imports the gold format.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sourcing.evaluation import GoldRow
from sourcing.model.classifier import AttributionModel, model_features
from sourcing.model.features import Features
from sourcing.model.linear import LinearModel, fit_linear_sets
from sourcing.records import ArticleReport, SourceType, Statement


@dataclass(frozen=True)
class TrainingSet:
    """Feature dicts with their gold labels, article names (groups) and outlets."""

    features: tuple[Features, ...]
    labels: tuple[str, ...]
    groups: tuple[str, ...]
    outlets: tuple[str, ...]
    accepted: tuple[frozenset[str], ...] = ()  # each example's gold type and its `alt` types

    def subset(self, articles: set[str]) -> TrainingSet:
        """The examples of `articles` only."""
        kept = [i for i, group in enumerate(self.groups) if group in articles]
        return TrainingSet(tuple(self.features[i] for i in kept),
                           tuple(self.labels[i] for i in kept),
                           tuple(self.groups[i] for i in kept),
                           tuple(self.outlets[i] for i in kept),
                           tuple(self.accepted[i] for i in kept) if self.accepted else ())


def align(statements: Sequence[Statement], rows: Iterable[GoldRow]) -> list[tuple[int, str, frozenset[str]]]:
    """Pair each gold statement row with the statement containing its offset: (index, label, accepted).

    The label is the gold type, or the rules' type when the gold accepts it as an `alt`
    (GUIDELINES rule 12): a defensible type is not an error to learn away from. `accepted` is
    the gold type and its `alt` types.
    """
    pairs = []
    taken: set[int] = set()
    for row in rows:
        if row.role != "statement" or row.type is None:
            continue
        hit = next((s for s in statements if s.span.contains(row.offset)), None)
        if hit is not None and hit.index not in taken:  # a merged sentence keeps its first label
            taken.add(hit.index)
            label = hit.type.value if hit.type.value in row.alt else row.type
            pairs.append((hit.index, label, frozenset((row.type, *row.alt))))
    return pairs


def training_set(
    reports: Mapping[str, ArticleReport], gold: Mapping[str, list[GoldRow]],
    phrases: Mapping[str, LinearModel] | None = None,
) -> TrainingSet:
    """Build the training examples from rules-only reports and the gold rows, article by article.

    `phrases` gives each article the phrase classifier its features use (one fitted without it).
    """
    feats: list[Features] = []
    labels: list[str] = []
    groups: list[str] = []
    outlets: list[str] = []
    accepted: list[frozenset[str]] = []
    for name in sorted(gold):
        report = reports[name]
        rows = model_features(report.document, report.statements, phrases[name] if phrases else None)
        for index, label, right in align(report.statements, gold[name]):
            feats.append(rows[index])
            labels.append(label)
            accepted.append(right)
            groups.append(name)
            outlets.append(report.document.outlet or "unknown")
    return TrainingSet(tuple(feats), tuple(labels), tuple(groups), tuple(outlets), tuple(accepted))


def fit_model(data: TrainingSet, version: str, seed: int = 0, phrases: LinearModel | None = None) -> AttributionModel:
    """Fit the linear model on `data` (whose features were built with a phrase classifier when `phrases`).

    Each example counts every accepted type as right (the likelihood is the probability mass on
    its gold and `alt` types); examples without accepted sets count their label alone. Grouped
    CV against the one label: accuracy 0.8487 -> 0.8516, macro-F1 0.7930 -> 0.7969. The fit is
    deterministic: `seed` is kept for the phrase classifier's callers.
    """
    accepted = data.accepted or tuple(frozenset((label,)) for label in data.labels)
    return AttributionModel(fit_linear_sets(data.features, accepted), version, phrases)


def gold_phrases(rows: Iterable[GoldRow]) -> list[tuple[str, str]]:
    """(source phrase, type) of every attributed gold statement row."""
    return [(row.source, row.type) for row in rows
            if row.role == "statement" and row.source and row.type and row.type != SourceType.UNATTRIBUTED.value]
