"""The public API of `import sourcing`: cheap to import, every name documented by a doctest."""

from __future__ import annotations

import doctest
import json
import sys
import warnings
from pathlib import Path

import pytest
from fresh_python import modules_after, run_python

import sourcing
from sourcing.api import SkippedInput, read_inputs, score_paths, to_frame

ROOT = Path(__file__).parent.parent
PUBLIC = [name for name in sourcing.__all__ if name != "__version__"]
HEAVY = ("sklearn", "pandas", "nltk", "numpy", "scipy", "textstat", "typer", "rich")


def loaded_after(code: str) -> list[str]:
    """Run `code` in a fresh interpreter; return the heavy libraries it imported."""
    modules = modules_after(code)
    return [name for name in HEAVY if name in modules]


def test_import_sourcing_loads_no_heavy_library() -> None:
    assert loaded_after("import sourcing") == []


def test_records_and_settings_load_no_heavy_library() -> None:
    assert loaded_after("import sourcing\nsourcing.Document, sourcing.SourceType, "
                        "sourcing.Settings, sourcing.ArticleReport") == []


def test_all_lists_the_lazy_names() -> None:
    assert sorted(PUBLIC) == sorted(sourcing._PUBLIC)


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'analyse'"):
        sourcing.analyse  # noqa: B018
    assert set(PUBLIC) <= set(dir(sourcing))


@pytest.mark.parametrize("name", PUBLIC)
def test_public_name_has_a_passing_doctest(name: str) -> None:
    value = getattr(sourcing, name)
    module = sys.modules[value.__module__]
    tests = doctest.DocTestFinder(recurse=False).find(value, name, module=module,
                                                      globs=vars(module))
    assert tests and tests[0].examples, f"{name} has no docstring example"
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for test in tests:
        runner.run(test)
    assert runner.summarize(verbose=False).failed == 0


def test_package_docstring_example() -> None:
    assert doctest.testmod(sourcing).failed == 0


def test_readme_python_example_runs_as_written(tmp_path: Path) -> None:
    """The README's notebook example, with a real corpus.jsonl.xz in place of the user's."""
    import lzma

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = readme.split("## Python API", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    row = {"id": "1", "outlet": "Reuters", "text": "Officials said the bridge would reopen."}
    (tmp_path / "corpus.jsonl.xz").write_bytes(lzma.compress(json.dumps(row).encode()))
    done = run_python(code, cwd=tmp_path, env={"PYTHONPATH": str(ROOT), "SOURCING_CACHE": str(tmp_path / "c")})
    assert done.stdout.strip()


def test_failures_are_warnings_and_the_rest_goes_on(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Acme Corp. said its profits rose.", encoding="utf-8")
    paths = [tmp_path / "missing.txt", tmp_path / "good.txt"]
    with pytest.warns(SkippedInput, match="missing.txt"):
        documents = list(read_inputs(paths))
    assert [Path(d.path or "").name for d in documents] == ["good.txt"]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        reports = score_paths(paths, jobs=1, no_model=True)
    assert [w.category for w in caught] == [SkippedInput]
    assert [r.statements[0].source for r in reports] == ["Acme Corp."]


def test_one_path_is_not_a_list_of_characters(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Acme Corp. said its profits rose.", encoding="utf-8")
    assert len(list(read_inputs(str(tmp_path / "a.txt")))) == 1


def test_to_frame_has_one_row_per_statement_and_the_csv_columns() -> None:
    from sourcing.render.csv import ARTICLE_COLUMNS

    report = sourcing.analyze_text("Officials said it. Acme Corp. said its profits rose.",
                                   outlet="Reuters", model=None)
    frame = to_frame([report, report])
    assert len(frame) == 2 * len(report.statements)
    assert list(frame.columns[: len(ARTICLE_COLUMNS)]) == list(ARTICLE_COLUMNS)
    assert set(frame["outlet"]) == {"Reuters"}
    assert list(to_frame([]).columns) == list(ARTICLE_COLUMNS)


def test_py_typed_ships_with_the_package() -> None:
    import tomllib

    assert (ROOT / "sourcing" / "py.typed").is_file()
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "py.typed" in config["tool"]["setuptools"]["package-data"]["sourcing"]
