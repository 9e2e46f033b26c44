"""The attribution model: a linear classifier whose probabilities pick each statement's candidate.

The rules propose candidates (sourcing/model/decision.py); the model reads the rules' decision
and the text (sourcing/model/features.py) and gives each type a probability; the chosen
candidate's type probability becomes the statement's confidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sourcing.model.calibration import IDENTITY_MAP, mapped_confidence
from sourcing.model.decision import choose, follow_forward, settle_named
from sourcing.model.features import Features, article_features
from sourcing.model.linear import LinearModel
from sourcing.model.phrase_types import phrase_type_features
from sourcing.provenance import Provenance, Rule, render_evidence
from sourcing.records import Document, SourceType, Statement, revised


@dataclass(frozen=True)
class AttributionModel:
    """A fitted linear model and its version."""

    linear: LinearModel
    version: str
    phrases: LinearModel | None = None  # the source-phrase classifier (sourcing/model/phrase_types.py)
    # (slope, offset) of the map from the chosen type's probability to `confidence`
    # (sourcing/model/calibration.py, fitted out of fold)
    confidence_map: tuple[float, float] = IDENTITY_MAP

    @property
    def labels(self) -> tuple[str, ...]:
        return self.linear.classes


def model_features(document: Document, statements: Sequence[Statement], phrases: LinearModel | None) -> list[Features]:
    """The attribution model's features: the statement's (sourcing/model/features.py) and its source phrase's."""
    rows = article_features(document, statements)
    if phrases is None:
        return rows
    for row, extra in zip(rows, phrase_type_features(phrases, statements)):
        row.update(extra)
    return rows


def retype_statements(
    document: Document, statements: Sequence[Statement], model: AttributionModel
) -> list[Statement]:
    """Decide each statement among its candidates (sourcing/model/decision.py) by the model's probabilities."""
    if not statements:
        return []
    probabilities = model.linear.predict_proba(model_features(document, statements, model.phrases))
    labels = [SourceType(label) for label in model.labels]
    scores = [dict(zip(labels, row)) for row in probabilities.tolist()]  # Python floats, as float(p)
    chosen: list[Statement] = []
    for statement, row_scores in zip(statements, scores):
        chosen.append(choose(statement, chosen, row_scores))
    settled = settle_named(follow_forward(chosen), scores)
    return [_explained(rules, final, row_scores, model) for rules, final, row_scores in zip(statements, settled, scores)]


def _explained(rules: Statement, chosen: Statement, scores: dict[SourceType, float], model: AttributionModel) -> Statement:
    """`chosen` with its confidence, and evidence saying so when the model changed the rules' type."""
    probability = round(mapped_confidence(scores.get(chosen.type, 0.0), model.confidence_map), 4)
    if chosen.type is rules.type:
        return revised(chosen, confidence=probability)
    provenance = Provenance(Rule.MODEL, source_kind=rules.provenance.source_kind if rules.provenance else None,
                            name=model.version, probability=probability, replaced=rules.provenance,
                            replaced_type=rules.type.value)
    return revised(chosen, confidence=probability, provenance=provenance, evidence=render_evidence(provenance),
                   flags=(*rules.flags, f"model:{rules.type.value}->{chosen.type.value}"))
