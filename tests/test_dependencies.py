"""Every library the package imports is declared; a missing one is one fatal error, exit 2."""

from __future__ import annotations

import ast
import importlib
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sourcing import pipeline
from sourcing.cli import app
from sourcing.dependencies import MissingDependency, missing_dependency

ROOT = Path(__file__).parent.parent
PACKAGE = ROOT / "sourcing"
SEED_FILES = sorted((ROOT / "seeds").glob("*.txt"))
HTML_PAGE = Path(__file__).parent / "fixtures" / "ingest" / "article.html"
DEV_EXTRAS = frozenset({"test", "dev"})  # not installed by `pip install sourcing[...]` users


def _normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_names(requirements: list[str]) -> set[str]:
    return {_normalized(re.match(r"[A-Za-z0-9._-]+", req).group()) for req in requirements}


def declared_distributions() -> set[str]:
    """Distributions `pip install sourcing[any runtime extra]` installs, normalized."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = _requirement_names(project["dependencies"])
    for extra, requirements in project.get("optional-dependencies", {}).items():
        if extra not in DEV_EXTRAS:
            names |= _requirement_names(requirements)
    return names


def imported_top_level_modules() -> set[str]:
    """Top-level modules imported anywhere in the package, stdlib and sourcing left out."""
    modules: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module.split(".")[0])
    return modules - set(sys.stdlib_module_names) - {"sourcing"}


def test_every_imported_library_is_declared() -> None:
    owners = importlib.metadata.packages_distributions()
    declared = declared_distributions()
    # A module not installed here (an extra's, e.g. distributed without `.[dask]`) has no owner
    # to look up: its own name must then be a declared distribution.
    undeclared = {
        module: owners.get(module, ["(not installed)"])
        for module in imported_top_level_modules()
        if not declared.intersection(_normalized(owner) for owner in owners.get(module, [module]))
    }
    assert not undeclared, f"imported but not in pyproject.toml's dependencies: {undeclared}"


def test_lxml_html_clean_is_declared_and_trafilatura_can_clean() -> None:
    # lxml >= 5.2 moved lxml.html.clean into lxml_html_clean; trafilatura needs it for HTML.
    assert "lxml-html-clean" in declared_distributions()
    importlib.import_module("lxml.html.clean")


def test_missing_dependency_names_what_to_install() -> None:
    moved = ImportError("lxml.html.clean module is now a separate project lxml_html_clean.")
    assert "pip install lxml_html_clean" in str(missing_dependency(moved))
    absent = ImportError("No module named 'sklearn'", name="sklearn")
    assert "pip install scikit-learn" in str(missing_dependency(absent))


def _score(*paths: Path) -> tuple[int, list[str]]:
    args = ["score", "--jobs", "1", "--no-cache", "--no-model", *map(str, paths)]
    result = CliRunner().invoke(app, args)
    assert "Traceback" not in result.stdout + result.stderr
    return result.exit_code, [line for line in result.stderr.splitlines() if line.strip()]


def test_missing_html_library_is_said_once_with_exit_2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # `import trafilatura` fails
    code, errors = _score(HTML_PAGE, HTML_PAGE, SEED_FILES[0])
    assert code == 2
    assert len(errors) == 1 and "pip install trafilatura" in errors[0], errors
    assert "cannot read" not in errors[0]


def test_missing_analysis_library_is_said_once_with_exit_2(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ImportError("No module named 'nltk'", name="nltk")

    monkeypatch.setattr(pipeline, "analyze", broken)
    code, errors = _score(*SEED_FILES[:2])
    assert code == 2
    assert len(errors) == 1 and "pip install nltk" in errors[0], errors
    assert isinstance(missing_dependency(ImportError(name="x")), MissingDependency)
