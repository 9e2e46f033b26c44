"""scripts/benchmark_compare.py: the installed-wheel variant runs outside the checkout."""

from __future__ import annotations

import json
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest
from fresh_python import run_python
from scripts_loader import load_script

benchmark = load_script("benchmark_compare")


def test_the_installed_variant_refuses_a_source_checkout() -> None:
    with pytest.raises(SystemExit, match="source checkout"):
        benchmark.installed_package()  # the tests import the checkout's sourcing


def test_the_installed_variant_names_the_installed_package(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "site-packages" / "sourcing"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    installed = types.ModuleType("sourcing")
    installed.__file__ = str(package / "__init__.py")
    monkeypatch.setitem(sys.modules, "sourcing", installed)
    assert benchmark.installed_package() == str(package.resolve())


def test_an_installed_child_runs_without_pythonpath_from_the_tables_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}

    def run(command: list[str], **options: Any) -> subprocess.CompletedProcess[str]:
        seen.update(command=command, **options)
        return subprocess.CompletedProcess(command, 0, json.dumps({"wall_s": 1.0}), "")

    monkeypatch.setenv("PYTHONPATH", "/somewhere/checkout")
    monkeypatch.setattr(benchmark.subprocess, "run", run)
    venv = tmp_path / "venv" / "bin" / "python"
    spec = {"table": str(tmp_path / "work" / "installed.txt"), "installed": True}
    assert benchmark.measure("installed", spec, python=venv)["wall_s"] == 1.0
    assert seen["command"][0] == str(venv)
    assert "PYTHONPATH" not in seen["env"] and seen["cwd"] == tmp_path / "work"
    assert json.loads(seen["command"][-1]) == spec
    benchmark.measure("checkout", {"table": str(tmp_path / "t.txt")})
    assert seen["command"][0] == sys.executable and seen["env"]["PYTHONPATH"] == str(benchmark.ROOT)


def test_the_engines_decoding_and_keys_are_timed_where_the_engine_calls_them() -> None:
    # The engine is a package: its chunks look reports up, decode and key them by the
    # names of their own module, which a patch of the package's names would not reach.
    # The chunks load when a run first needs them (a re-run that finds every record never
    # does): timed_stages does not load them, and the first call of run_reports patches
    # them before it runs. (In a fresh interpreter: timed_stages patches for the rest of
    # the process.)
    code = ("import importlib.util, sys\n"
            f"spec = importlib.util.spec_from_file_location('bench', {str(benchmark.__file__)!r})\n"
            "bench = importlib.util.module_from_spec(spec)\n"
            "spec.loader.exec_module(bench)\n"
            "bench.timed_stages(dict.fromkeys(bench.STAGES, 0.0))\n"
            "print('sourcing.run.engine.chunks' in sys.modules)\n"
            "from sourcing.run.engine import run_reports\n"
            "assert list(run_reports([], jobs=1, cache=None, model_version='v')) == []\n"
            "from sourcing.run.engine import chunks\n"
            "print(chunks in bench.engine_modules(), sorted(name for name in ('unpack_report',"
            " 'cached_record', 'document_key', 'content_key')"
            " if getattr(chunks, name).__name__ == 'wrapper'))\n")
    done = run_python(code, cwd=benchmark.ROOT)
    assert done.stdout.split("\n") == [
        "False", "True ['cached_record', 'content_key', 'document_key', 'unpack_report']", ""]


def test_the_cached_count_says_what_a_compact_cache_holds(tmp_path: Path) -> None:
    # A compact cache holds records and no reports: its documents are not analyzed.
    from sourcing.corpus.compare import CompareOptions, record_reducer
    from sourcing.inputs.ingest import iter_inputs
    from sourcing.outlets import default_table
    from sourcing.run.cache import ReportCache, content_key, document_key

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"id": name, "outlet": "Reuters", "text": f"Text {name}."})
                              + "\n" for name in "abc"), encoding="utf-8")
    first, second, _ = iter_inputs([str(corpus)], None)
    reducer = str(record_reducer(CompareOptions(), default_table()).version)
    cache = tmp_path / "cache.sqlite"
    with ReportCache(cache, "v1") as store:
        store.put(document_key(first), b"report")
        store.put_record(content_key(second), reducer, b"record")
        store.put_record(content_key(first), "records+another", b"record")
    counts = benchmark.count_cached(corpus, cache, "v1")
    assert counts == (3, 1, 1, 1)
    assert benchmark.cached_summary("v1", *counts) == (
        "analyzer v1: of 3 corpus documents, 1 have a cached report and 1 a cached record "
        "of this checkout's reduction; 1 have neither and will be analyzed")
    assert benchmark.count_cached(corpus, cache, "v2") == (3, 0, 0, 3)
    assert benchmark.cached_summary("v1", 3, 0, 3, 0).endswith("; none will be analyzed")
