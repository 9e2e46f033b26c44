"""A multinomial logistic regression over hashed feature dicts, predicted with numpy alone.

Training uses scikit-learn's `LogisticRegression`; what is kept is plain arrays (classes,
hash buckets, coefficients, intercepts, a temperature), so predicting needs neither
scikit-learn nor a deserializer that can build arbitrary objects. Feature names are hashed
with CRC-32 into `2**HASH_BITS` buckets; only the buckets seen in training get a column.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain

import numpy as np

Features = dict[str, float]
HASH_BITS = 20


@dataclass(frozen=True, eq=False)
class LinearModel:
    """Classes, the hash buckets that carry a weight (sorted), and the weights."""

    classes: tuple[str, ...]
    buckets: np.ndarray  # int64, sorted, one per column of `coef`
    coef: np.ndarray  # float64, (classes, buckets)
    intercept: np.ndarray  # float64, (classes,)
    temperature: float = 1.0  # logits are divided by it (calibration, see sourcing/model/calibration.py)

    def decision_function(self, rows: Sequence[Features]) -> np.ndarray:
        """Return the logits of every row: (rows, classes)."""
        row_ids, hashed, values = _hashed_entries(rows)
        columns = _column_table(self)[hashed]  # the column of each bucket, -1 for none
        known = columns >= 0
        row_ids, columns, values = row_ids[known], columns[known], values[known]
        logits = np.empty((len(rows), len(self.classes)))
        for k in range(len(self.classes)):
            logits[:, k] = np.bincount(row_ids, weights=self.coef[k, columns] * values, minlength=len(rows))
        return logits + self.intercept

    def predict_proba(self, rows: Sequence[Features]) -> np.ndarray:
        """Return the probability of every class for every row: (rows, classes)."""
        return softmax(self.decision_function(rows) / self.temperature)

    def with_temperature(self, temperature: float) -> LinearModel:
        return replace(self, temperature=float(temperature))


def bucket(name: str) -> int:
    """The hash bucket of one feature name."""
    return zlib.crc32(name.encode("utf-8")) & ((1 << HASH_BITS) - 1)


def hash_row(row: Features) -> tuple[np.ndarray, np.ndarray]:
    """The buckets and values of one feature dict (a bucket hit twice sums its values)."""
    hashed = np.fromiter((bucket(name) for name in row), dtype=np.int64, count=len(row))
    values = np.fromiter(row.values(), dtype=np.float64, count=len(row))
    return hashed, values


def softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)


@lru_cache(maxsize=4)
def _column_table(model: LinearModel) -> np.ndarray:
    """Bucket -> its column in `model.buckets` (-1 for none), as `_entries` finds it by search.

    One look-up per feature instead of a binary search over 30,000 buckets: 2 or 4 MB a model.
    """
    small = len(model.buckets) <= np.iinfo(np.int16).max  # 2 MB for the shipped models
    table = np.full(1 << HASH_BITS, -1, dtype=np.int16 if small else np.int32)
    count = len(model.buckets)
    table[model.buckets[::-1]] = np.arange(count - 1, -1, -1)  # a repeated bucket: its first column
    return table


def _entries(rows: Sequence[Features], buckets: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every (row, column, value) of `rows` whose bucket is one of `buckets`."""
    row_ids, hashed, values = _hashed_entries(rows)
    where = np.searchsorted(buckets, hashed)
    where[where == len(buckets)] = 0
    known = buckets[where] == hashed if len(buckets) else np.zeros(len(hashed), dtype=bool)
    return row_ids[known], where[known], values[known]


def _hashed_entries(rows: Sequence[Features]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every (row, bucket, value) of `rows`."""
    sizes = np.fromiter(map(len, rows), dtype=np.int64, count=len(rows))
    total = int(sizes.sum())
    # `bucket` for every name, mapped with C functions only (no Python frame per name): this
    # loop is most of predicting's cost. str.encode's default codec is UTF-8.
    crcs = np.fromiter(map(zlib.crc32, map(str.encode, chain.from_iterable(rows))), dtype=np.int64, count=total)
    hashed = crcs & ((1 << HASH_BITS) - 1)
    values = np.fromiter(chain.from_iterable(map(dict.values, rows)), dtype=np.float64, count=total)
    return np.repeat(np.arange(len(rows)), sizes), hashed, values


def design_matrix(rows: Sequence[Features], buckets: np.ndarray):  # type: ignore[no-untyped-def]
    """The sparse matrix of `rows` over the columns `buckets` (unknown buckets dropped)."""
    from scipy.sparse import csr_matrix

    row_ids, columns, values = _entries(rows, buckets)
    return csr_matrix((values, (row_ids, columns)), shape=(len(rows), len(buckets)))


def frequent_buckets(rows: Sequence[Features], min_rows: int) -> np.ndarray:
    """The hash buckets that at least `min_rows` of `rows` have, sorted (the fitted columns)."""
    seen = np.concatenate([np.unique(hash_row(row)[0]) for row in rows] or [np.zeros(0, np.int64)])
    found, counts = np.unique(seen, return_counts=True)
    return found[counts >= min_rows]


def fit_linear(
    rows: Sequence[Features], labels: Sequence[str], seed: int = 0, c: float = 1.0, min_rows: int = 2
) -> LinearModel:
    """Fit multinomial logistic regression (L2, lbfgs) on hashed `rows`.

    A bucket gets a column only when at least `min_rows` rows have it: a feature seen once
    cannot generalize, and fewer columns make fitting (and the saved file) smaller.
    """
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    buckets = frequent_buckets(rows, min_rows)
    matrix = design_matrix(rows, buckets)
    # One BLAS thread: on a shared 2-core machine the default pool oversubscribes the cores and
    # fitting ran 8x slower (a phrase classifier: 10.3 s -> 1.2 s under load 9, same weights).
    with threadpool_limits(limits=1):
        fitted = LogisticRegression(C=c, max_iter=1000, random_state=seed).fit(matrix, list(labels))
    coef, intercept = fitted.coef_, fitted.intercept_
    if len(fitted.classes_) == 2:  # scikit-learn keeps one row for two classes: the second's
        coef, intercept = np.vstack([np.zeros_like(coef[0]), coef[0]]), np.array([0.0, intercept[0]])
    return LinearModel(tuple(str(c) for c in fitted.classes_), buckets, np.asarray(coef, dtype=np.float64),
                       np.asarray(intercept, dtype=np.float64))


def fit_linear_sets(
    rows: Sequence[Features], accepted: Sequence[frozenset[str]], c: float = 1.0, min_rows: int = 2,
    tol: float = 1e-4,
) -> LinearModel:
    """Fit multinomial logistic regression where each row has a set of right classes.

    The likelihood of a row is the probability mass on its accepted set (the gold type and its
    `alt` types), so the model is not pushed away from a type a reader accepts. The objective is
    scikit-learn's for one label (the loss summed over rows plus the squared weights over 2C, the
    intercepts not penalized), minimized with L-BFGS to scikit-learn's default tolerance on the
    per-row scale (grouped CV the same as with 1e-5, in a quarter of the time).
    """
    from scipy.optimize import minimize

    buckets = frequent_buckets(rows, min_rows)
    matrix = design_matrix(rows, buckets)
    classes = tuple(sorted(set().union(*accepted)))
    mask = np.array([[kind in right for kind in classes] for right in accepted], dtype=bool)
    n_classes, n_columns = len(classes), len(buckets)
    transposed = matrix.T.tocsr()

    def objective(flat: np.ndarray) -> tuple[float, np.ndarray]:
        coef = flat[: n_classes * n_columns].reshape(n_classes, n_columns)
        intercept = flat[n_classes * n_columns:]
        logits = matrix @ coef.T + intercept
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        total = exp.sum(axis=1)
        right = (exp * mask).sum(axis=1)
        loss = float(np.sum(np.log(total) - np.log(right))) + 0.5 / c * float(np.sum(coef * coef))
        gradient = exp / total[:, None] - exp * mask / right[:, None]  # p - p restricted to the set
        grad_coef = np.asarray(transposed @ gradient).T + coef / c
        # per row, as scikit-learn scales it, so that `tol` means what it means there
        return loss / len(rows), np.concatenate([grad_coef.ravel(), gradient.sum(axis=0)]) / len(rows)

    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):
        result = minimize(objective, np.zeros(n_classes * (n_columns + 1)), jac=True, method="L-BFGS-B",
                          options={"maxiter": 1000, "gtol": tol})
    coef = result.x[: n_classes * n_columns].reshape(n_classes, n_columns)
    return LinearModel(classes, buckets, coef, result.x[n_classes * n_columns:])
