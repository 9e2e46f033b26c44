"""Name the analyzer exactly: package version plus a hash of its code, lexicons and models.

The fingerprint keys the report cache, so it must change whenever `analyze()` could
give another answer. It hashes every file of the package that analysis reads (the
stage modules, lexicons, packaged data) and every file of the models folder the analysis
reads (`sourcing.model.location`), so a new model or an edited lexicon invalidates old
cache rows.
Front-end modules that only run or render the analysis are left out so that editing
them keeps the cache warm, and so is the model's build: the modules that train a model and
write its card, and the card and figures they write beside it. A model decides the analysis
through its weights and `model.json` (which carries their SHA-256), so a retrained model
changes the fingerprint while the card's prose does not.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from sourcing import __version__
from sourcing.model.location import models_dir as shipped_models

PACKAGE_DIR = Path(__file__).resolve().parents[1]

# Modules and folders that never change what `analyze()` returns.
# Paths relative to the package; a folder covers everything below it.
FRONT_END = frozenset({
    "cli.py", "cli_compare.py", "cli_options.py", "cli_output.py", "cli_runs.py", "__main__.py",
    "evaluation.py",
    "run/engine", "run/cache.py", "run/indexed.py",
    "run/version.py", "inputs/ingest.py", "inputs/paths.py", "lazy.py", "corpus", "render",
    "exercises", "data/exercises.toml",  # the key builder's words: read by exercises only
    "__init__.py", "api.py", "py.typed",  # the version string is in the fingerprint itself
})
# The model's build (sourcing/model/build.py, `sourcing train`): analysis never imports it.
MODEL_BUILD = frozenset({
    "model/build.py", "model/card.py", "model/training.py", "model/examples.py",
    "data/model_card.md", "data/model_card_calibration.md",  # the card's prose (model/card.py)
})
# Files of a model folder that only people read (model/card.py CARD_FILE, model/build.py
# FIGURES_FILE); the store reads the weights and model.json.
MODEL_NOTES = frozenset({"MODEL_CARD.md", "figures.json"})
IGNORED_PARTS = frozenset({"__pycache__", ".pytest_cache"})


def analyzer_files(package_dir: Path = PACKAGE_DIR, models_dir: Path | None = None) -> list[Path]:
    """List the files whose content defines the analyzer, in a stable order."""
    models_dir = models_dir or shipped_models()
    files = [path for path in _walk(package_dir)
             if not _is_front_end(path.relative_to(package_dir)) and path.suffix != ".pyc"]
    if models_dir.is_dir():
        files.extend(path for path in _walk(models_dir) if path.name not in MODEL_NOTES)
    return files


def _is_front_end(relative: Path) -> bool:
    parts = relative.parts
    prefixes = ("/".join(parts[:depth]) for depth in range(1, len(parts) + 1))
    return any(prefix in FRONT_END or prefix in MODEL_BUILD for prefix in prefixes)


def _walk(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        parts = path.relative_to(root).parts
        hidden = any(part.startswith(".") or part.endswith("~") for part in parts)
        if path.is_file() and not hidden and not IGNORED_PARTS.intersection(parts):
            yield path


def content_hash(files: list[Path], roots: tuple[Path, ...]) -> str:
    """Hash the names (relative to their root) and bytes of `files`."""
    digest = hashlib.sha256()
    for path in files:
        root = next(r for r in roots if path.is_relative_to(r))
        try:
            content = path.read_bytes()
        except FileNotFoundError:  # removed since listing (an editor's temporary file)
            continue
        digest.update(f"{root.name}/{path.relative_to(root).as_posix()}\0".encode())
        digest.update(content)
        digest.update(b"\0")
    return digest.hexdigest()


def analyzer_fingerprint(package_dir: Path = PACKAGE_DIR, models_dir: Path | None = None) -> str:
    """Return e.g. "0.1.0+3f2a9c1d7e4b": version plus 12 hex digits of the content hash."""
    package_dir, models_dir = package_dir.resolve(), (models_dir or shipped_models()).resolve()
    digest = content_hash(analyzer_files(package_dir, models_dir), (package_dir, models_dir))
    return f"{__version__}+{digest[:12]}"
