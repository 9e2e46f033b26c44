"""Tests for the analyzer fingerprint: it changes exactly when the analyzer's files change."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from sourcing import __version__
from sourcing.run.version import PACKAGE_DIR, analyzer_files, analyzer_fingerprint


def make_tree(root: Path) -> tuple[Path, Path]:
    package = root / "sourcing"
    (package / "lexicons").mkdir(parents=True)
    (package / "render").mkdir()
    (package / "pipeline.py").write_text("def analyze(): ...\n")
    (package / "cli.py").write_text("app = None\n")
    (package / "render" / "html.py").write_text("TEMPLATE = ''\n")
    (package / "lexicons" / "reporting_verbs.txt").write_text("said\ntold\n")
    return package, root / "models"


def add_model(package: Path, models: Path) -> None:
    (models / "classifier").mkdir(parents=True)
    (models / "classifier" / "model.skops").write_bytes(b"\x00weights")


@pytest.mark.parametrize(
    ("change", "changes_fingerprint"),
    [
        (lambda p, m: (p / "lexicons" / "reporting_verbs.txt").write_text("said\n"), True),
        (lambda p, m: (p / "lexicons" / "titles.txt").write_text("senator\n"), True),
        (lambda p, m: (p / "pipeline.py").write_text("def analyze(): return 1\n"), True),
        (add_model, True),
        (lambda p, m: (p / "cli.py").write_text("app = 1\n"), False),
        (lambda p, m: (p / "render" / "html.py").write_text("TEMPLATE = 'x'\n"), False),
        (lambda p, m: (p / "data").mkdir() or (p / "data" / "exercises.toml").write_text("x = 1\n"), False),
        (lambda p, m: (p / "data").mkdir() or (p / "data" / "source_types.toml").write_text("x = 1\n"), True),
        (lambda p, m: (p / "__pycache__").mkdir() or (p / "__pycache__" / "x.pyc").write_bytes(
            b"1"), False),
    ],
)
def test_fingerprint_follows_analyzer_files(tmp_path: Path, change: Callable[[Path, Path], object],
                                            changes_fingerprint: bool) -> None:
    package, models = make_tree(tmp_path)
    before = analyzer_fingerprint(package, models)
    change(package, models)
    assert (analyzer_fingerprint(package, models) != before) is changes_fingerprint


def test_new_model_file_changes_fingerprint(tmp_path: Path) -> None:
    package, models = make_tree(tmp_path)
    add_model(package, models)
    before = analyzer_fingerprint(package, models)
    (models / "classifier" / "model.skops").write_bytes(b"\x00retrained")
    assert analyzer_fingerprint(package, models) != before


def test_installed_fingerprint_names_version_and_lexicons() -> None:
    assert re.fullmatch(re.escape(__version__) + r"\+[0-9a-f]{12}", analyzer_fingerprint())
    names = {path.name for path in analyzer_files()}
    assert "pipeline.py" in names
    assert not [path for path in analyzer_files() if path.parent.name == "engine"]  # run/engine/
    assert "exercises.toml" not in names and "source_types.toml" in names
    assert any(path.suffix == ".txt" for path in analyzer_files())


def test_the_reports_cache_form_is_part_of_the_fingerprint() -> None:
    """A change to what a cached report holds (run/serialize.py, run/restore.py) is a new
    analyzer version: old rows are not read, and a user's cache is analyzed once more."""
    names = {path.relative_to(PACKAGE_DIR).as_posix() for path in analyzer_files()
             if path.is_relative_to(PACKAGE_DIR)}
    assert {"run/serialize.py", "run/restore.py", "provenance.py"} <= names
    assert "run/cache.py" not in names
