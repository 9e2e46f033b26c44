"""The attribution model: a scikit-learn pipeline that re-types the rules' statements.

The rules decide first; the model reads their decision and the text (sourcing/features.py)
and overrides the type only when it disagrees with enough probability. Its probability of
the final type becomes the statement's confidence.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from sourcing.attribution.cues import find_phrases
from sourcing.evaluation import GoldRow
from sourcing.model.features import Features, article_features
from sourcing.records import NAMED_TYPES, ArticleReport, Document, SourceType, Statement
from sourcing.settings import DEFAULT_SETTINGS

if TYPE_CHECKING:  # scikit-learn is imported only when a model is built or used
    from sklearn.pipeline import Pipeline

# Types whose source the rules found the same way: a change inside a family keeps source/via.
FAMILIES = {
    **{t: "named" for t in NAMED_TYPES},
    SourceType.DOCUMENT: "record",
    SourceType.CITED_OUTLET: "record",
    SourceType.UNNAMED_SOURCE: "unnamed",
    SourceType.UNATTRIBUTED: "none",
}


@dataclass(frozen=True)
class AttributionModel:
    """A fitted pipeline, its version, and how sure it must be to override the rules."""

    pipeline: Pipeline
    version: str
    # How sure the model must be to override the rules (see `Settings.min_override`).
    min_override: float = DEFAULT_SETTINGS.min_override  # the rules found no source
    min_override_decided: float = DEFAULT_SETTINGS.min_override_decided  # a rule fired

    def threshold(self, statement: Statement) -> float:
        """How probable the model's type must be to replace this statement's rule type."""
        return self.min_override_decided if statement.evidence else self.min_override

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(str(label) for label in self.pipeline.classes_)


@dataclass(frozen=True)
class TrainingSet:
    """Feature dicts with their gold labels, article names (groups) and outlets."""

    features: tuple[Features, ...]
    labels: tuple[str, ...]
    groups: tuple[str, ...]
    outlets: tuple[str, ...]


def build_pipeline(seed: int = 0, c: float = 1.0, hashed_features: int = 2**16) -> Pipeline:
    """Return the unfitted pipeline: hashed features, then multinomial logistic regression.

    Hashing keeps no vocabulary, so the saved model stays small; logistic regression gives
    probabilities directly and predicts in one sparse product (the speed budget is +30 %).
    """
    from sklearn.feature_extraction import FeatureHasher
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    return Pipeline([
        ("hash", FeatureHasher(n_features=hashed_features, alternate_sign=False)),
        ("classify", LogisticRegression(C=c, max_iter=1000, random_state=seed)),
    ])


def align(statements: Sequence[Statement], rows: Iterable[GoldRow]) -> list[tuple[int, str]]:
    """Pair each gold statement row with the statement containing its offset: (index, gold type)."""
    pairs = []
    taken: set[int] = set()
    for row in rows:
        if row.role != "statement" or row.type is None:
            continue
        hit = next((s for s in statements if s.span.contains(row.offset)), None)
        if hit is not None and hit.index not in taken:  # a merged sentence keeps its first label
            taken.add(hit.index)
            pairs.append((hit.index, row.type))
    return pairs


def training_set(reports: Mapping[str, ArticleReport], gold: Mapping[str, list[GoldRow]]) -> TrainingSet:
    """Build the training examples from rules-only reports and the gold rows, article by article."""
    feats: list[Features] = []
    labels: list[str] = []
    groups: list[str] = []
    outlets: list[str] = []
    for name in sorted(gold):
        report = reports[name]
        rows = article_features(report.document, report.statements)
        for index, label in align(report.statements, gold[name]):
            feats.append(rows[index])
            labels.append(label)
            groups.append(name)
            outlets.append(report.document.outlet or "unknown")
    return TrainingSet(tuple(feats), tuple(labels), tuple(groups), tuple(outlets))


def fit_model(
    data: TrainingSet,
    version: str,
    seed: int = 0,
    min_override: float = DEFAULT_SETTINGS.min_override,
    min_override_decided: float = DEFAULT_SETTINGS.min_override_decided,
) -> AttributionModel:
    """Fit the pipeline on `data`."""
    pipeline = build_pipeline(seed).fit(list(data.features), list(data.labels))
    return AttributionModel(pipeline, version, min_override, min_override_decided)


def retype_statements(
    document: Document, statements: Sequence[Statement], model: AttributionModel
) -> list[Statement]:
    """Give each statement the model's type where it overrides the rules, and its confidence."""
    if not statements:
        return []
    probabilities = model.pipeline.predict_proba(article_features(document, statements))
    labels = [SourceType(label) for label in model.labels]
    result: list[Statement] = []
    for statement, row in zip(statements, probabilities):
        scores = dict(zip(labels, (float(p) for p in row)))
        best = max(scores, key=lambda label: scores[label])
        sure = scores[best] >= model.threshold(statement) and scores[best] > scores.get(statement.type, 0.0)
        if best is not statement.type and sure:
            result.append(_override(statement, best, scores[best], result, model))
        else:
            result.append(replace(statement, confidence=round(scores.get(statement.type, 0.0), 4)))
    return [_with_anonymity(s, result) for s in result]


def _override(
    statement: Statement, new: SourceType, probability: float, earlier: list[Statement], model: AttributionModel
) -> Statement:
    """Re-type one statement, keeping the rules' source when the type family agrees."""
    evidence = f"model {model.version} ({probability:.2f}) overrode rule {statement.type.value}"
    if statement.evidence:
        evidence += f": {statement.evidence}"
    changed = replace(statement, type=new, confidence=round(probability, 4), evidence=evidence,
                      flags=(*statement.flags, f"model:{statement.type.value}->{new.value}"))
    if FAMILIES[new] == FAMILIES[statement.type] or new is SourceType.UNATTRIBUTED:
        if new is SourceType.UNATTRIBUTED:
            return replace(changed, via=None, via_span=None)
        return changed
    previous = earlier[-1] if earlier else None
    if previous is not None and previous.type is new and previous.source:
        return replace(changed, source=previous.source, source_span=previous.source_span, via=previous.via,
                       via_span=previous.via_span,
                       resolved_from=previous.resolved_from if previous.resolved_from is not None else previous.index)
    return replace(changed, via=None, via_span=None, resolved_from=None)


def _with_anonymity(statement: Statement, statements: list[Statement]) -> Statement:
    """Keep `anonymity_reason` meaningful after re-typing: only unnamed sources have one."""
    if statement.type is not SourceType.UNNAMED_SOURCE:
        return replace(statement, anonymity_reason=None) if statement.anonymity_reason is not None else statement
    if statement.anonymity_reason is not None:
        return statement
    nearby = statements[max(0, statement.index - 2) : statement.index + 3]
    return replace(statement, anonymity_reason=any(find_phrases("anonymity_reasons", s.text) for s in nearby))
