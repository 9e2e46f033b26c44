"""Calibrate the model's probabilities (temperature scaling) and measure how well they are calibrated.

The temperature is fitted on out-of-fold logits (each statement scored by a model that did
not train on its article), so `confidence` reads as the probability that the final type is
right. Reliability: statements binned by confidence, each bin's mean confidence beside its
accuracy; the expected calibration error (ECE) is their gap, weighted by bin size.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from sourcing.model.linear import softmax

BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001)


def fit_temperature(logits: np.ndarray, labels: np.ndarray) -> float:
    """The temperature T minimizing the negative log-likelihood of `labels` under softmax(logits / T)."""
    if not len(labels):
        return 1.0
    rows = np.arange(len(labels))

    def loss(log_t: float) -> float:
        probabilities = softmax(logits / np.exp(log_t))
        return float(-np.log(np.clip(probabilities[rows, labels], 1e-12, None)).mean())

    low, high = np.log(0.2), np.log(5.0)  # golden-section search: the loss is unimodal in log T
    ratio = (np.sqrt(5) - 1) / 2
    for _ in range(60):
        a, b = high - ratio * (high - low), low + ratio * (high - low)
        if loss(a) < loss(b):
            high = b
        else:
            low = a
    return round(float(np.exp((low + high) / 2)), 4)


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
