"""Describe each rule-typed statement as a feature dict for the attribution model.

`features(statement, context)` is pure: the same statement in the same context always
gives the same dict. Features come from what the rules decided (type, cue, the rule and
mention kind, source span: decision_features.py) and from the text (quotation marks, hedges,
word n-grams: sentence_features.py); both read the article's FeatureContext
(feature_context.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from sourcing.model.decision_features import (
    cue_features,
    neighbour_features,
    position_features,
    quote_features,
    rule_features,
    source_features,
)
from sourcing.model.feature_context import FeatureContext, Features, feature_context
from sourcing.model.feature_words import WORD
from sourcing.model.sentence_features import opening_features, sentence_features, text_features
from sourcing.records import Document, Statement


def article_features(document: Document, statements: Sequence[Statement]) -> list[Features]:
    """Return the feature dict of every statement of one article, in order."""
    context = feature_context(document, statements)
    return [features(s, context) for s in context.statements]


def features(statement: Statement, context: FeatureContext) -> Features:
    """Return the features of one statement in its article.

    Each group adds its features to the one dict (a dict per group, merged, cost a fifth of
    the time; a name two groups set keeps its first place either way).
    """
    result: Features = {"bias": 1.0}
    rule_features(statement, result)
    cue_features(statement, result)
    source_features(statement, context, result)
    quote_features(statement, context, result)
    position_features(statement, context, result)
    neighbour_features(statement, context, result)
    words = WORD.findall(statement.text.lower())
    text_features(statement.text, words, result)
    sentence_features(statement, context, words, result)
    opening_features(statement, context, words, result)
    return result
