"""What a wheel carries: every package of the source tree and the shipped models."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from sourcing.model import location
from sourcing.model.store import MODEL_NAME, models_dir

ROOT = Path(__file__).parent.parent
SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_package_is_listed_for_the_wheel() -> None:
    found = {".".join(init.parent.relative_to(ROOT).parts)
             for init in (ROOT / "sourcing").rglob("__init__.py")}
    assert found <= set(SETUPTOOLS["packages"]), sorted(found - set(SETUPTOOLS["packages"]))


def test_models_folder_goes_into_the_wheel_as_package_data() -> None:
    assert SETUPTOOLS["package-dir"]["sourcing.models"] == "models"
    assert (ROOT / "models" / "__init__.py").is_file()
    patterns = SETUPTOOLS["package-data"]["sourcing.models"]
    shipped = {path for pattern in patterns for path in (ROOT / "models").glob(pattern)}
    assert set((ROOT / "models" / MODEL_NAME).iterdir()) <= shipped


def test_checkout_reads_its_own_models_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(location.MODELS_ENV, raising=False)
    assert models_dir() == ROOT.resolve() / "models"


def test_ci_runs_the_readme_commands_as_written() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    blocks = readme.split("```sh\n")[1:3]  # install and score the seeds; run the tests
    commands = [block.split("\n```")[0].strip() for block in blocks]
    assert commands[0].startswith("python3 -m venv") and commands[1] == "python -m pytest"
    assert all(command in ci for command in commands), commands


def test_ci_type_checks_the_package_with_a_test_dependency() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert "python -m mypy sourcing" in ci
    assert "mypy" in project["optional-dependencies"]["test"]


def test_every_data_file_of_the_package_goes_into_the_wheel() -> None:
    # Lexicons, tables and templates (the model card's prose too) are read beside their module.
    package = ROOT / "sourcing"
    patterns = SETUPTOOLS["package-data"]["sourcing"]
    shipped = {path for pattern in patterns for path in package.glob(pattern)}
    data = {path for path in package.rglob("*") if path.is_file() and path.suffix not in {".py", ".pyc"}
            and "__pycache__" not in path.parts}
    assert (package / "data" / "model_card.md") in data
    assert sorted(data - shipped) == []
