"""Calibrate the model's probabilities (temperature scaling) and measure how well they are calibrated.

The temperature is fitted on out-of-fold logits (each statement scored by a model that did
not train on its article); a logistic map of the chosen type's probability, fitted on the
out-of-fold final decisions, then makes `confidence` read as the probability that the final
type is right (the gold type or one of its `alt` types). Reliability: statements binned by confidence, each bin's mean confidence beside its
accuracy; the expected calibration error (ECE) is their gap, weighted by bin size.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from sourcing.model.linear import softmax

BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001)
IDENTITY_MAP = (1.0, 0.0)  # (slope, offset) of a confidence map that leaves the probability as it is


def fit_temperature(logits: np.ndarray, accepted: np.ndarray) -> float:
    """The temperature T minimizing the negative log-likelihood of the accepted types under softmax(logits / T).

    `accepted` is a boolean (rows, classes) mask: a row's likelihood is the probability mass on
    its gold type and its `alt` types, the same likelihood the model is fitted with.
    """
    if not len(accepted):
        return 1.0

    def loss(log_t: float) -> float:
        probabilities = softmax(logits / np.exp(log_t))
        return float(-np.log(np.clip((probabilities * accepted).sum(axis=1), 1e-12, None)).mean())

    low, high = np.log(0.2), np.log(5.0)  # golden-section search: the loss is unimodal in log T
    ratio = (np.sqrt(5) - 1) / 2
    for _ in range(60):
        a, b = high - ratio * (high - low), low + ratio * (high - low)
        if loss(a) < loss(b):
            high = b
        else:
            low = a
    return round(float(np.exp((low + high) / 2)), 4)


def fit_confidence_map(pairs: Sequence[tuple[float, bool]]) -> tuple[float, float]:
    """The (slope, offset) of the logistic map from the chosen type's probability to the chance it is right.

    Fitted (Platt scaling) on out-of-fold (probability, right) pairs of the final decision. The
    probability of the chosen type alone understates how often it is right when the model was
    fitted on sets of accepted types: the mass a row's accepted types share is split between them.
    """
    from scipy.optimize import minimize

    if not pairs:
        return IDENTITY_MAP
    logits = _logit(np.array([p for p, _ in pairs]))
    right = np.array([ok for _, ok in pairs], dtype=np.float64)

    def loss(params: np.ndarray) -> tuple[float, np.ndarray]:
        predicted = 1 / (1 + np.exp(-(params[0] * logits + params[1])))
        clipped = np.clip(predicted, 1e-12, 1 - 1e-12)
        value = -float(np.sum(right * np.log(clipped) + (1 - right) * np.log(1 - clipped)))
        gap = predicted - right
        return value, np.array([float(np.sum(gap * logits)), float(np.sum(gap))])

    fitted = minimize(loss, np.array(IDENTITY_MAP), jac=True, method="L-BFGS-B")
    return round(float(fitted.x[0]), 4), round(float(fitted.x[1]), 4)


def mapped_confidence(probability: float, confidence_map: tuple[float, float]) -> float:
    """The calibrated confidence of a chosen type of `probability` (see `fit_confidence_map`)."""
    if confidence_map == IDENTITY_MAP:
        return probability
    slope, offset = confidence_map
    clipped = min(max(probability, 1e-4), 1 - 1e-4)  # as `_logit`; math, not numpy: once a statement
    return 1 / (1 + math.exp(-(slope * math.log(clipped / (1 - clipped)) + offset)))


def _logit(probabilities: np.ndarray) -> np.ndarray:
    clipped = np.clip(probabilities, 1e-4, 1 - 1e-4)
    return np.log(clipped / (1 - clipped))


@dataclass(frozen=True)
class ReliabilityBin:
    """Statements whose confidence fell in [low, high): how sure, how often right."""

    low: float
    high: float
    count: int
    confidence: float
    accuracy: float


def reliability(pairs: Sequence[tuple[float, bool]]) -> list[ReliabilityBin]:
    """Bin (confidence, correct) pairs by confidence."""
    bins = []
    for low, high in itertools.pairwise(BINS):
        inside = [(c, ok) for c, ok in pairs if low <= c < high]
        if inside:
            bins.append(ReliabilityBin(low, min(high, 1.0), len(inside), float(np.mean([c for c, _ in inside])),
                                       float(np.mean([ok for _, ok in inside]))))
    return bins


def expected_calibration_error(pairs: Sequence[tuple[float, bool]]) -> float:
    """The mean gap between confidence and accuracy over the bins, weighted by their size."""
    total = sum(b.count for b in reliability(pairs))
    return sum(b.count * abs(b.confidence - b.accuracy) for b in reliability(pairs)) / total if total else 0.0


def reliability_markdown(pairs: Sequence[tuple[float, bool]]) -> list[str]:
    """The reliability table and the ECE in Markdown."""
    lines = ["| confidence | statements | mean confidence | accuracy |", "|---|---:|---:|---:|"]
    for b in reliability(pairs):
        lines.append(f"| {b.low:.2f}-{b.high:.2f} | {b.count} | {b.confidence:.3f} | {b.accuracy:.3f} |")
    lines += ["", f"Expected calibration error: {expected_calibration_error(pairs):.3f}"]
    return lines
