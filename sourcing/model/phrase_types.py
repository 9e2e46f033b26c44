"""The source-phrase classifier: what kind of source a phrase names, learned from the gold `source` phrases.

"a Trump NSC official" names a person with a role, "the report" a record, "Politico" an
outlet, "people familiar with the matter" nobody identifiable. A small linear model over the
phrase's words, character 3- and 4-grams, lexicon words and shape gives each source type a
probability; the attribution model reads them (with whether they agree with the rules' type)
as features. Training keeps it honest: the phrase types of a training article come from a
phrase model fitted without that article (sourcing/model/training.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from sourcing.attribution.names import find_outlet
from sourcing.model.feature_words import ACRONYM, CAPITALIZED, NAME_SHAPE, WORD, source_lexicons
from sourcing.model.linear import Features, LinearModel, fit_linear
from sourcing.records import Statement

CACHED_PHRASES = 5_000  # source phrases whose type probabilities are kept, per phrase model


def phrase_features(phrase: str) -> Features:
    """The features of one source phrase: words, first and head word, character n-grams, lexicons, shape."""
    lowered = phrase.lower()
    words = WORD.findall(lowered)
    result: Features = {"bias": 1.0, f"plen={min(len(words), 6)}": 1.0}
    for word in words:
        result[f"pw={word}"] = 1.0
    if words:
        result[f"pfirst={words[0]}"] = 1.0
        result[f"phead={words[-1]}"] = 1.0
    padded = f" {lowered} "
    result.update(dict.fromkeys([f"pc3={padded[i : i + 3]}" for i in range(len(padded) - 2)], 1.0))
    result.update(dict.fromkeys([f"pc4={padded[i : i + 4]}" for i in range(len(padded) - 3)], 1.0))
    seen = set(words)
    for name, entries in source_lexicons():
        if not seen.isdisjoint(entries):
            result[f"plex={name}"] = 1.0
    result[f"pcaps={min(len(CAPITALIZED.findall(phrase)), 3)}"] = 1.0
    if NAME_SHAPE.search(phrase):
        result["pname_shape"] = 1.0
    if ACRONYM.search(phrase):
        result["pacronym"] = 1.0
    if find_outlet(phrase):
        result["poutlet"] = 1.0
    return result


def fit_phrases(phrases: Sequence[tuple[str, str]], seed: int = 0) -> LinearModel:
    """Fit the phrase classifier on (phrase, type) pairs."""
    return fit_linear([phrase_features(phrase) for phrase, _ in phrases], [kind for _, kind in phrases], seed)


@lru_cache(maxsize=4)
def _known_phrases(model: LinearModel) -> dict[str, tuple[list[float], str]]:
    """The type probabilities and most probable type of the phrases `model` has already typed
    (sources repeat across articles)."""
    return {}


def phrase_type_features(model: LinearModel, statements: Sequence[Statement]) -> list[Features]:
    """Each statement's phrase features: its source's type probabilities, the most probable type
    crossed with the rules' type, and whether the two agree (empty without a source)."""
    probabilities = _known_phrases(model)
    sources = sorted({s.source for s in statements if s.source} - probabilities.keys())
    if len(probabilities) + len(sources) > CACHED_PHRASES:
        probabilities.clear()  # then every source of this article is typed afresh
        sources = sorted({s.source for s in statements if s.source})
    if sources:
        rows = model.predict_proba([phrase_features(s) for s in sources])
        tops = [model.classes[i] for i in np.argmax(rows, axis=1).tolist()]
        probabilities.update(zip(sources, zip(rows.tolist(), tops)))
    names = [f"phrase_p={kind}" for kind in model.classes]
    result: list[Features] = []
    for statement in statements:
        if not statement.source:
            result.append({})
            continue
        row, top = probabilities[statement.source]
        features = dict(zip(names, row))
        features[f"phrase_rule={top}|{statement.type.value}"] = 1.0
        features["phrase_agrees"] = float(top == statement.type.value)
        result.append(features)
    return result
