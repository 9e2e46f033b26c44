"""Tests for the analyzer fingerprint: it changes exactly when the analyzer's files change."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from fresh_python import modules_after

from sourcing import __version__
from sourcing.model.build import FIGURES_FILE
from sourcing.model.card import CARD_FILE
from sourcing.run.version import (
    MODEL_BUILD,
    MODEL_NOTES,
    PACKAGE_DIR,
    analyzer_files,
    analyzer_fingerprint,
)


def make_tree(root: Path) -> tuple[Path, Path]:
    package = root / "sourcing"
    (package / "lexicons").mkdir(parents=True)
    (package / "render").mkdir()
    (package / "model").mkdir()
    for module in ("card.py", "build.py", "training.py", "features.py"):
        (package / "model" / module).write_text("PROSE = 'a'\n")
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


def edit(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("edited\n")


@pytest.mark.parametrize(
    ("edited", "changes_fingerprint"),
    [
        ("model/card.py", False),
        ("data/model_card.md", False),  # the card's prose
        ("model/build.py", False),
        ("model/training.py", False),
        ("model/features.py", True),  # what the model reads of a statement
        ("attribution/cues.py", True),  # a rule module
    ],
)
def test_the_models_build_is_not_part_of_the_fingerprint(tmp_path: Path, edited: str,
                                                          changes_fingerprint: bool) -> None:
    package, models = make_tree(tmp_path)
    add_model(package, models)
    before = analyzer_fingerprint(package, models)
    edit(package / edited)
    assert (analyzer_fingerprint(package, models) != before) is changes_fingerprint


@pytest.mark.parametrize(
    ("edited", "changes_fingerprint"),
    [(CARD_FILE, False), (FIGURES_FILE, False), ("model.json", True), ("weights.npz", True)],
)
def test_a_model_folder_counts_what_the_store_reads(tmp_path: Path, edited: str,
                                                    changes_fingerprint: bool) -> None:
    package, models = make_tree(tmp_path)
    add_model(package, models)
    for name in (CARD_FILE, FIGURES_FILE, "model.json"):
        (models / "classifier" / name).write_text("first\n")
    before = analyzer_fingerprint(package, models)
    edit(models / "classifier" / edited)
    assert (analyzer_fingerprint(package, models) != before) is changes_fingerprint


def test_analysis_imports_none_of_the_models_build() -> None:
    """What the fingerprint leaves out cannot change a report: analyzing an article with the
    shipped model imports no module of the build."""
    code = (
        "from pathlib import Path\n"
        "from sourcing.pipeline import analyze\n"
        "from sourcing.records import Document\n"
        "seed = sorted(Path('seeds').glob('*.txt'))[0]\n"
        "report = analyze(Document(text=seed.read_text(encoding='utf-8'), path=str(seed)))\n"
        "assert 'rules+model' in report.analyzer, report.analyzer\n"
    )
    loaded = modules_after(code)
    build = {"sourcing." + path.removesuffix(".py").replace("/", ".") for path in MODEL_BUILD
             if path.endswith(".py")}
    assert "sourcing.model.store" in loaded
    assert not build & loaded


def test_the_notes_left_out_are_the_files_the_build_writes() -> None:
    assert {CARD_FILE, FIGURES_FILE} == MODEL_NOTES


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


def test_every_command_line_module_is_left_out_of_the_fingerprint() -> None:
    """Editing the command line keeps the cache warm: every sourcing/cli*.py is FRONT_END."""
    cli_modules = {path.name for path in PACKAGE_DIR.glob("cli*.py")}
    assert {"cli.py", "cli_compare.py", "cli_options.py"} <= cli_modules
    assert not cli_modules & {path.name for path in analyzer_files() if path.parent == PACKAGE_DIR}


def test_the_reports_cache_form_is_part_of_the_fingerprint() -> None:
    """A change to what a cached report holds (run/serialize.py, run/restore.py) is a new
    analyzer version: old rows are not read, and a user's cache is analyzed once more."""
    names = {path.relative_to(PACKAGE_DIR).as_posix() for path in analyzer_files()
             if path.is_relative_to(PACKAGE_DIR)}
    assert {"run/serialize.py", "run/restore.py", "provenance.py"} <= names
    assert "run/cache.py" not in names
