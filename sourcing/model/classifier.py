"""The attribution model: a linear classifier whose probabilities pick each statement's candidate.

The rules propose candidates (sourcing/model/decision.py); the model reads the rules' decision
and the text (sourcing/model/features.py) and gives each type a probability; the chosen
candidate's type probability becomes the statement's confidence.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from sourcing.evaluation import GoldRow
from sourcing.model.decision import choose, follow_forward
from sourcing.model.features import Features, article_features
from sourcing.model.linear import LinearModel, fit_linear
from sourcing.model.phrase_types import phrase_type_features
from sourcing.provenance import Provenance, Rule, render_evidence
from sourcing.records import ArticleReport, Document, SourceType, Statement


@dataclass(frozen=True)
class AttributionModel:
    """A fitted linear model and its version."""

    linear: LinearModel
    version: str
    phrases: LinearModel | None = None  # the source-phrase classifier (sourcing/model/phrase_types.py)

    @property
    def labels(self) -> tuple[str, ...]:
        return self.linear.classes


@dataclass(frozen=True)
class TrainingSet:
    """Feature dicts with their gold labels, article names (groups) and outlets."""

    features: tuple[Features, ...]
    labels: tuple[str, ...]
    groups: tuple[str, ...]
    outlets: tuple[str, ...]

    def subset(self, articles: set[str]) -> TrainingSet:
        """The examples of `articles` only."""
        kept = [i for i, group in enumerate(self.groups) if group in articles]
        return TrainingSet(tuple(self.features[i] for i in kept),
                           tuple(self.labels[i] for i in kept),
                           tuple(self.groups[i] for i in kept),
                           tuple(self.outlets[i] for i in kept))


def align(statements: Sequence[Statement], rows: Iterable[GoldRow]) -> list[tuple[int, str]]:
    """Pair each gold statement row with the statement containing its offset: (index, label).

    The label is the gold type, or the rules' type when the gold accepts it as an `alt`
    (GUIDELINES rule 12): a defensible type is not an error to learn away from.
    """
    pairs = []
    taken: set[int] = set()
    for row in rows:
        if row.role != "statement" or row.type is None:
            continue
        hit = next((s for s in statements if s.span.contains(row.offset)), None)
        if hit is not None and hit.index not in taken:  # a merged sentence keeps its first label
            taken.add(hit.index)
            pairs.append((hit.index, hit.type.value if hit.type.value in row.alt else row.type))
    return pairs


def model_features(document: Document, statements: Sequence[Statement], phrases: LinearModel | None) -> list[Features]:
    """The attribution model's features: the statement's (sourcing/model/features.py) and its source phrase's."""
    rows = article_features(document, statements)
    if phrases is None:
        return rows
    for row, extra in zip(rows, phrase_type_features(phrases, statements)):
        row.update(extra)
    return rows


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
    for name in sorted(gold):
        report = reports[name]
        rows = model_features(report.document, report.statements, phrases[name] if phrases else None)
        for index, label in align(report.statements, gold[name]):
            feats.append(rows[index])
            labels.append(label)
            groups.append(name)
            outlets.append(report.document.outlet or "unknown")
    return TrainingSet(tuple(feats), tuple(labels), tuple(groups), tuple(outlets))


def fit_model(data: TrainingSet, version: str, seed: int = 0, phrases: LinearModel | None = None) -> AttributionModel:
    """Fit the linear model on `data` (whose features were built with a phrase classifier when `phrases`)."""
    return AttributionModel(fit_linear(data.features, data.labels, seed), version, phrases)


def retype_statements(
    document: Document, statements: Sequence[Statement], model: AttributionModel
) -> list[Statement]:
    """Decide each statement among its candidates (sourcing/model/decision.py) by the model's probabilities."""
    if not statements:
        return []
    probabilities = model.linear.predict_proba(model_features(document, statements, model.phrases))
    labels = [SourceType(label) for label in model.labels]
    result: list[Statement] = []
    for statement, row in zip(statements, probabilities):
        scores = dict(zip(labels, (float(p) for p in row)))
        chosen = choose(statement, result, scores)
        result.append(_explained(statement, chosen, scores, model))
    return follow_forward(result)


def _explained(rules: Statement, chosen: Statement, scores: dict[SourceType, float], model: AttributionModel) -> Statement:
    """`chosen` with its confidence, and evidence saying so when the model changed the rules' type."""
    probability = round(scores.get(chosen.type, 0.0), 4)
    if chosen.type is rules.type:
        return replace(chosen, confidence=probability)
    provenance = Provenance(Rule.MODEL, source_kind=rules.provenance.source_kind if rules.provenance else None,
                            name=model.version, probability=probability, replaced=rules.provenance,
                            replaced_type=rules.type.value)
    return replace(chosen, confidence=probability, provenance=provenance, evidence=render_evidence(provenance),
                   flags=(*rules.flags, f"model:{rules.type.value}->{chosen.type.value}"))
