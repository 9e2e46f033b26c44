"""Save and load the attribution model as plain arrays (numpy .npz, no pickle), refusing anything unexpected.

A model lives in `models/<name>/`: `weights.npz` (classes, hash buckets, coefficients,
intercepts, temperature, confidence map), `model.json` (version, hashing scheme, temperature, SHA-256 of
weights.npz, training notes) and `MODEL_CARD.md`. Loading checks the checksum, then that the
file holds exactly the expected arrays with the expected dtypes and shapes; numpy reads it
with `allow_pickle=False`, so no object can be built from it.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from collections.abc import Mapping
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

from sourcing.model.calibration import IDENTITY_MAP
from sourcing.model.classifier import AttributionModel
from sourcing.model.linear import HASH_BITS, LinearModel
from sourcing.model.location import MODELS_ENV, models_dir

MODEL_NAME = "attribution"
MODEL_FILE = "weights.npz"
META_FILE = "model.json"
HASHING = f"crc32-{HASH_BITS}"  # how feature names become columns; a model hashed otherwise is refused
# The arrays of weights.npz and the dtype kind of each; anything else in a file is refused.
ARRAYS = {"classes": "U", "buckets": "i", "coef": "f", "intercept": "f", "temperature": "f"}
# The source-phrase classifier's arrays (sourcing/model/phrase_types.py): all of them or none.
PHRASE_ARRAYS = {f"phrase_{key}": kind for key, kind in ARRAYS.items() if key != "temperature"}
# Optional arrays: the (slope, offset) confidence map (sourcing/model/calibration.py); identity when absent.
OPTIONAL_ARRAYS = {"confidence_map": "f"}


class ModelError(Exception):
    """A model file is missing, damaged, tampered with, or holds unexpected arrays."""


def save_model(model: AttributionModel, directory: Path, notes: Mapping[str, Any] | None = None) -> AttributionModel:
    """Write `model` to `directory`; return it with its version (name and checksum) set."""
    import numpy as np

    directory.mkdir(parents=True, exist_ok=True)
    linear = model.linear
    buffer = io.BytesIO()
    arrays = {"classes": np.array(linear.classes), "buckets": linear.buckets, "coef": linear.coef,
              "intercept": linear.intercept, "temperature": np.array(linear.temperature),
              "confidence_map": np.array(model.confidence_map, dtype=np.float64)}
    if model.phrases is not None:
        phrases = model.phrases
        arrays |= {"phrase_classes": np.array(phrases.classes), "phrase_buckets": phrases.buckets,
                   "phrase_coef": phrases.coef, "phrase_intercept": phrases.intercept}
    np.savez_compressed(buffer, **arrays)  # type: ignore[arg-type]
    data = buffer.getvalue()
    digest = hashlib.sha256(data).hexdigest()
    version = f"{directory.name}-{digest[:10]}"
    (directory / MODEL_FILE).write_bytes(data)
    meta = {"version": version, "sha256": digest, "hashing": HASHING, "labels": list(model.labels), **(notes or {})}
    (directory / META_FILE).write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return replace(model, version=version)


def load_model(directory: Path) -> AttributionModel:
    """Read the model in `directory`; raise ModelError unless it is intact and holds the expected arrays."""
    meta = _read_meta(directory)
    try:
        data = (directory / MODEL_FILE).read_bytes()
    except OSError as error:
        raise ModelError(f"cannot read {directory / MODEL_FILE}: {error.strerror or error}") from error
    if hashlib.sha256(data).hexdigest() != meta.get("sha256"):
        raise ModelError(f"{directory / MODEL_FILE} does not match the checksum in {META_FILE}: "
                         "the file was changed or damaged; retrain with `sourcing train`")
    if meta.get("hashing") != HASHING:
        raise ModelError(f"{directory / MODEL_FILE} hashes features as {meta.get('hashing')!r}, not {HASHING!r}")
    linear, phrases, confidence_map = read_weights(data, str(directory / MODEL_FILE))
    return AttributionModel(linear, str(meta["version"]), phrases, confidence_map)


def read_weights(data: bytes, name: str = "model") -> tuple[LinearModel, LinearModel | None, tuple[float, float]]:
    """Build the linear model, the phrase classifier (when stored) and the confidence map (identity
    when not stored) from the bytes of weights.npz; raise ModelError on anything unexpected."""
    import numpy as np

    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as archive:
            arrays = {key: archive[key] for key in archive.files}
    except Exception as error:  # numpy raises many kinds on a damaged archive
        raise ModelError(f"{name} is not a readable weights file: {error}") from error
    allowed = ARRAYS | PHRASE_ARRAYS | OPTIONAL_ARRAYS
    unexpected = {key for key in arrays if key not in allowed} | {
        key for key, kind in allowed.items() if key in arrays and arrays[key].dtype.kind != kind}
    expected = set(ARRAYS) | (set(PHRASE_ARRAYS) if set(PHRASE_ARRAYS) & set(arrays) else set())
    missing = expected - set(arrays)
    if unexpected or missing:
        raise ModelError(f"{name} holds arrays that are not allowed: {', '.join(sorted(unexpected | missing))}")
    linear = _linear(arrays, "", name, float(arrays["temperature"]))
    phrases = _linear(arrays, "phrase_", name) if "phrase_classes" in arrays else None
    stored = arrays.get("confidence_map")
    if stored is None:
        return linear, phrases, IDENTITY_MAP
    if stored.shape != (2,):
        raise ModelError(f"{name} has a confidence map that is not two numbers (slope, offset)")
    return linear, phrases, (float(stored[0]), float(stored[1]))


def _linear(arrays: Mapping[str, Any], prefix: str, name: str, temperature: float = 1.0) -> LinearModel:
    """The linear model of the arrays named `prefix` + classes, buckets, coef, intercept."""
    import numpy as np

    classes, coef = arrays[f"{prefix}classes"], arrays[f"{prefix}coef"]
    if coef.shape != (len(classes), len(arrays[f"{prefix}buckets"])) or arrays[f"{prefix}intercept"].shape != (len(classes),):
        raise ModelError(f"{name} has arrays of inconsistent shapes")
    return LinearModel(tuple(str(c) for c in classes), arrays[f"{prefix}buckets"].astype(np.int64),
                       coef.astype(np.float64), arrays[f"{prefix}intercept"].astype(np.float64), temperature)


def _read_meta(directory: Path) -> dict[str, Any]:
    try:
        meta = json.loads((directory / META_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise ModelError(f"no model in {directory} ({META_FILE} missing); "
                         "train one with `sourcing train` or use --no-model") from error
    except (OSError, ValueError) as error:
        raise ModelError(f"cannot read {directory / META_FILE}: {error}") from error
    if not isinstance(meta, dict) or "sha256" not in meta or "version" not in meta:
        raise ModelError(f"{directory / META_FILE} lacks the version and sha256 fields")
    return meta


@cache
def shipped_model(directory: Path | None = None) -> AttributionModel:
    """Load the shipped model once per process (`models/attribution/` unless told otherwise)."""
    return load_model(directory or models_dir() / MODEL_NAME)


SHIPPED = "shipped"  # `analyze(model=SHIPPED)`: the shipped model, loaded once, lazily
ModelChoice = AttributionModel | str | None


class ModelWarning(UserWarning):
    """The shipped model could not be used; analysis falls back to the rules."""


def choose_model(choice: ModelChoice) -> AttributionModel | None:
    """Resolve `analyze`'s model argument: a model, None (rules only) or SHIPPED.

    A missing or refused shipped model gives one ModelWarning (stderr) per process and
    rules-only analysis. When $SOURCING_MODELS_DIR names the folder, the user asked for
    that model explicitly, and a ModelError is raised instead.
    """
    if choice is None or isinstance(choice, AttributionModel):
        return choice
    if choice != SHIPPED:
        raise ValueError(f"model must be an AttributionModel, None or {SHIPPED!r}, not {choice!r}")
    if os.environ.get(MODELS_ENV):
        return shipped_model(models_dir() / MODEL_NAME)
    return _shipped_or_none(models_dir() / MODEL_NAME)


@cache
def _shipped_or_none(directory: Path) -> AttributionModel | None:
    import warnings

    try:
        return shipped_model(directory)
    except ModelError as error:
        warnings.warn(f"{error}; analyzing with the rules only", ModelWarning, stacklevel=3)
        return None


def describe(model: AttributionModel | None) -> str:
    """Name the analyzer's mode for `ArticleReport.analyzer`: "rules" or "rules+model <version>"."""
    return "rules" if model is None else f"rules+model {model.version}"
