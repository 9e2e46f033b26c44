"""Save and load the attribution model with skops (no pickle), refusing anything unexpected.

A model lives in `models/<name>/`: `model.skops` (the fitted pipeline), `model.json`
(version, override threshold, SHA-256 of model.skops, training notes) and `MODEL_CARD.md`.
Loading checks the checksum, then that every type in the file is on `ALLOWED_TYPES`,
before skops builds a single object.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

from sourcing.model.classifier import AttributionModel
from sourcing.model.location import MODELS_ENV, models_dir
from sourcing.settings import DEFAULT_SETTINGS

MODEL_NAME = "attribution"
MODEL_FILE = "model.skops"
META_FILE = "model.json"
# Every type the attribution pipeline is made of; anything else in a file is refused.
ALLOWED_TYPES = frozenset({
    "builtins.dict", "builtins.list", "builtins.str", "builtins.tuple", "builtins.int",
    "builtins.float", "builtins.bool", "builtins.NoneType",
    "numpy.ndarray", "numpy.float64", "numpy.int64", "numpy.int32", "numpy.dtype",
    "sklearn.pipeline.Pipeline",
    "sklearn.feature_extraction._hash.FeatureHasher",
    "sklearn.linear_model._logistic.LogisticRegression",
})


class ModelError(Exception):
    """A model file is missing, damaged, tampered with, or holds unexpected types."""


def save_model(model: AttributionModel, directory: Path, notes: Mapping[str, Any] | None = None) -> AttributionModel:
    """Write `model` to `directory`; return it with its version (name and checksum) set."""
    import skops.io as sio

    directory.mkdir(parents=True, exist_ok=True)
    data = sio.dumps(model.pipeline, compression=zipfile.ZIP_DEFLATED)
    digest = hashlib.sha256(data).hexdigest()
    version = f"{directory.name}-{digest[:10]}"
    (directory / MODEL_FILE).write_bytes(data)
    meta = {"version": version, "sha256": digest, "min_override": model.min_override,
            "min_override_decided": model.min_override_decided,
            "labels": list(model.labels), **(notes or {})}
    (directory / META_FILE).write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return replace(model, version=version)


def load_model(directory: Path) -> AttributionModel:
    """Read the model in `directory`; raise ModelError unless it is intact and of allowed types."""
    import skops.io as sio

    meta = _read_meta(directory)
    try:
        data = (directory / MODEL_FILE).read_bytes()
    except OSError as error:
        raise ModelError(f"cannot read {directory / MODEL_FILE}: {error.strerror or error}") from error
    if hashlib.sha256(data).hexdigest() != meta.get("sha256"):
        raise ModelError(f"{directory / MODEL_FILE} does not match the checksum in {META_FILE}: "
                         "the file was changed or damaged; retrain with `sourcing train`")
    check_types(data, str(directory / MODEL_FILE))
    try:
        pipeline = sio.loads(data, trusted=sio.get_untrusted_types(data=data))
    except Exception as error:  # skops raises many kinds on a damaged archive
        raise ModelError(f"cannot load {directory / MODEL_FILE}: {error}") from error
    if type(pipeline).__name__ != "Pipeline" or not hasattr(pipeline, "predict_proba"):
        raise ModelError(f"{directory / MODEL_FILE} holds a {type(pipeline).__name__}, not a classifier pipeline")
    thresholds = (float(meta.get("min_override", DEFAULT_SETTINGS.min_override)),
                  float(meta.get("min_override_decided", DEFAULT_SETTINGS.min_override_decided)))
    return AttributionModel(pipeline, str(meta["version"]), *thresholds)


def check_types(data: bytes, name: str = "model") -> None:
    """Raise ModelError if the skops archive `data` names any type outside ALLOWED_TYPES."""
    import skops.io as sio

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            schema = json.loads(archive.read("schema.json"))
        untrusted = set(sio.get_untrusted_types(data=data))
    except Exception as error:
        raise ModelError(f"{name} is not a readable skops file: {error}") from error
    unexpected = (set(_schema_types(schema)) | untrusted) - ALLOWED_TYPES
    if unexpected:
        raise ModelError(f"{name} holds types that are not allowed: {', '.join(sorted(unexpected))}")


def _schema_types(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if "__module__" in node and "__class__" in node:
            yield f"{node['__module__']}.{node['__class__']}"
        for value in node.values():
            yield from _schema_types(value)
    elif isinstance(node, list):
        for value in node:
            yield from _schema_types(value)


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
