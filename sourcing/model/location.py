"""Where the shipped models are: $SOURCING_MODELS_DIR, else the checkout's or the wheel's.

The models live in the repository's top-level `models/` folder. A wheel carries that
folder as the package-data package `sourcing.models` (pyproject.toml maps it there), so
a source checkout reads `models/` beside the package and an installed copy reads the
package data. Kept apart from `store.py` so that finding the folder imports nothing heavy.
"""

from __future__ import annotations

import os
from pathlib import Path

MODELS_ENV = "SOURCING_MODELS_DIR"  # overrides the folder the shipped models are read from
PACKAGE_DIR = Path(__file__).resolve().parents[1]
CHECKOUT_MODELS = PACKAGE_DIR.parent / "models"


def models_dir() -> Path:
    """Return the folder of shipped models: $SOURCING_MODELS_DIR, else `shipped_models_dir()`."""
    override = os.environ.get(MODELS_ENV)
    return Path(override) if override else shipped_models_dir()


def shipped_models_dir() -> Path:
    """Return the models folder of this copy of the package: the checkout's, else the wheel's."""
    if (PACKAGE_DIR.parent / "pyproject.toml").is_file() and CHECKOUT_MODELS.is_dir():
        return CHECKOUT_MODELS  # a source checkout, installed editable or on PYTHONPATH
    from importlib.resources import files

    try:
        return Path(str(files("sourcing.models")))
    except ModuleNotFoundError:  # neither: the error then names the checkout's folder
        return CHECKOUT_MODELS
