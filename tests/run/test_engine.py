"""Tests for the batch engine: order, failures, exit codes, cache reuse, interruption, pool
and Dask."""

from __future__ import annotations

import dataclasses
import importlib
import sqlite3
from ast import literal_eval
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fresh_python import modules_after, run_python

from sourcing import pipeline
from sourcing.inputs.ingest import FailureKind, InputFailure
from sourcing.pipeline import analyze
from sourcing.records import Document
from sourcing.run import engine
from sourcing.run.cache import content_key
from sourcing.run.engine import BatchOutcome, Reducer, analyzer_for, run_reports, score_inputs
from sourcing.run.serialize import report_dict

SENTENCES = [
    'Officials said the bridge would reopen in May. "It is safe," Mayor Ann Lee said.',
    "A senior official, who spoke on condition of anonymity, said talks had stalled.",
    "The report, released Tuesday, found 40 percent of the funds were unspent.",
    "According to Reuters, the company plans to cut 200 jobs. Shares fell 3 percent.",
    "The storm moved north overnight. Schools were closed on Friday.",
]


def make_documents(count: int) -> list[Document]:
    return [
        Document(text=f"{SENTENCES[n % len(SENTENCES)]} Item {n}.", path=f"doc{n}.txt",
                 outlet="Test Wire", title=f"Story {n}")
        for n in range(count)
    ]


# A document whose text is not a string makes the analyzer raise, in any process.
BROKEN = Document(text=None, path="broken.txt")  # type: ignore[arg-type]


def rows(path: Path) -> int:
    with sqlite3.connect(path) as db:
        return int(db.execute("SELECT COUNT(*) FROM reports").fetchone()[0])


@pytest.fixture
def count_analyses(monkeypatch: pytest.MonkeyPatch) -> list[Document]:
    """Record each document analyzed in this process (jobs=1 runs in-process)."""
    seen: list[Document] = []

    def counting(document: Document) -> Any:
        seen.append(document)
        return analyze(document)

    monkeypatch.setattr(pipeline, "analyze", counting)
    return seen


def test_inline_run_matches_analyze_in_order() -> None:
    documents = make_documents(7)
    outcomes = list(run_reports(documents, jobs=1, cache=None, chunk_size=3))
    assert [doc for doc, _, _ in outcomes] == documents
    assert [report for _, report, _ in outcomes] == [report_dict(analyze(d), internal=True)
                                                     for d in documents]
    assert all(error is None for _, _, error in outcomes)


@pytest.mark.parametrize("jobs", [1, 2])
def test_failure_yields_error_in_place_and_run_goes_on(jobs: int) -> None:
    documents = [*make_documents(5), BROKEN, *make_documents(3)]
    outcomes = list(run_reports(documents, jobs=jobs, cache=None, chunk_size=2))
    assert [doc for doc, _, _ in outcomes] == documents
    reports = [r for _, r, _ in outcomes if r is not None]
    errors = [(doc, e) for doc, _, e in outcomes if e is not None]
    assert len(documents) == len(reports) + len(errors)
    assert errors == [(BROKEN, errors[0][1])] and "Error" in errors[0][1]
    assert outcomes[5][1] is None


def test_two_jobs_equal_one_job(tmp_path: Path) -> None:
    documents = make_documents(40)
    serial = list(run_reports(documents, jobs=1, cache=None))
    pooled = list(run_reports(documents, jobs=2, cache=None, chunk_size=3))
    assert pooled == serial


def test_warm_cache_costs_only_new_work(tmp_path: Path, count_analyses: list[Document]) -> None:
    cache = tmp_path / "reports.sqlite"
    documents = make_documents(10)
    first = list(run_reports(documents, jobs=1, cache=cache, model_version="v1"))
    assert len(count_analyses) == 10 and rows(cache) == 10
    added = Document(text="Police said two people were hurt.", path="new.txt")
    second = list(run_reports([*documents, added], jobs=1, cache=cache, model_version="v1"))
    assert count_analyses[10:] == [added]
    assert second[:10] == first


def test_new_analyzer_version_misses(tmp_path: Path, count_analyses: list[Document]) -> None:
    cache = tmp_path / "reports.sqlite"
    documents = make_documents(4)
    list(run_reports(documents, jobs=1, cache=cache, model_version="0.1.0+aaaa"))
    list(run_reports(documents, jobs=1, cache=cache, model_version="0.1.0+bbbb"))
    assert len(count_analyses) == 8


def test_errors_are_not_cached(tmp_path: Path, count_analyses: list[Document]) -> None:
    cache = tmp_path / "reports.sqlite"
    for _ in range(2):
        outcomes = list(run_reports([BROKEN], jobs=1, cache=cache, model_version="v1"))
        assert outcomes[0][2] is not None
    assert count_analyses == [BROKEN, BROKEN] and rows(cache) == 0


def interrupted(documents: list[Document], after: int) -> Iterator[Document]:
    """Yield `after` documents, then fail as a Ctrl-C would."""
    yield from documents[:after]
    raise KeyboardInterrupt


@pytest.mark.parametrize("jobs", [1, 2])
def test_interrupted_run_keeps_finished_rows(tmp_path: Path, jobs: int) -> None:
    cache = tmp_path / "reports.sqlite"
    documents = make_documents(30)
    yielded: list[engine.Outcome] = []
    with pytest.raises(KeyboardInterrupt):  # extend keeps what was yielded before the raise
        yielded.extend(run_reports(interrupted(documents, 20), jobs=jobs, cache=cache,
                                   chunk_size=4, model_version="v1"))
    assert rows(cache) >= len(yielded) >= (16 if jobs == 1 else 0)
    rerun = list(run_reports(documents, jobs=jobs, cache=cache, model_version="v1"))
    assert rerun[: len(yielded)] == yielded and rows(cache) == 30


def test_abandoned_run_keeps_finished_rows(tmp_path: Path,
                                           count_analyses: list[Document]) -> None:
    cache = tmp_path / "reports.sqlite"
    documents = make_documents(20)
    outcomes = run_reports(documents, jobs=1, cache=cache, chunk_size=5, model_version="v1")
    taken = [next(outcomes) for _ in range(7)]
    outcomes.close()  # what a consumer's Ctrl-C or break does to the generator
    assert rows(cache) == 10  # the two chunks that were computed
    rest = list(run_reports(documents, jobs=1, cache=cache, chunk_size=5, model_version="v1"))
    assert len(count_analyses) == 20 and rest[:7] == taken


def test_progress_bar_goes_to_a_terminal_stderr(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from rich.console import Console

    monkeypatch.setattr(Console, "is_terminal", property(lambda self: True))
    list(run_reports(make_documents(3), jobs=1, cache=None, progress=True))
    captured = capsys.readouterr()
    assert captured.out == "" and "analyzed 3" in captured.err


def test_no_progress_line_when_stderr_is_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 12 defect 14: a log file gets no progress line."""
    list(run_reports(make_documents(3), jobs=1, cache=None, progress=True))
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""


@pytest.mark.parametrize("jobs", [1, 2])
def test_score_inputs_keeps_failures_in_input_order(tmp_path: Path, jobs: int) -> None:
    first, second, third = make_documents(3)
    missing = InputFailure("gone.txt", "no such file or directory", FailureKind.MISSING)
    empty = InputFailure("empty.txt", "empty file", FailureKind.EMPTY)
    items = [missing, first, second, empty, BROKEN, third, missing]
    seen: list[Any] = []
    outcome = score_inputs(items, seen.append, jobs=jobs, cache=tmp_path / "c.sqlite",
                           chunk_size=2)
    assert [getattr(o, "document", o) for o in seen[:4]] == [missing, first, second, empty]
    assert seen[4].kind is FailureKind.ANALYSIS and seen[4].path == "broken.txt"
    assert [getattr(o, "document", o) for o in seen[5:]] == [third, missing]
    assert [report_dict(r) for r in outcome.reports] == [
        report_dict(analyze(d)) for d in (first, second, third)]
    # Restored from a worker's or the cache's dict, statements keep provenance and confidence.
    assert [r.statements for r in outcome.reports] == [
        analyze(d).statements for d in (first, second, third)]
    assert len(outcome.failures) == 4 and outcome.exit_code == 1


def test_analysis_error_message_names_the_exception() -> None:
    outcome = score_inputs([BROKEN], jobs=1, cache=None)
    (failure,) = outcome.failures
    assert (failure.path, failure.kind) == ("broken.txt", FailureKind.ANALYSIS)
    assert failure.message.startswith("analysis failed: AttributeError: ")


@pytest.mark.parametrize(
    ("reports", "failures", "code"),
    [
        (1, 0, engine.EXIT_OK),
        (1, 1, engine.EXIT_SOME_FAILED),
        (0, 1, engine.EXIT_NOTHING_DONE),
        (0, 0, 2),
    ],
)
def test_exit_code(reports: int, failures: int, code: int) -> None:
    report = analyze(make_documents(1)[0])
    outcome = BatchOutcome((report,) * reports, (InputFailure("x", "bad"),) * failures)
    assert outcome.exit_code == code


def test_no_model_is_passed_only_when_analyze_takes_one(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    report = analyze(make_documents(1)[0])

    def with_model(document: Document, model: object = "trained") -> Any:
        calls.append(model)
        return report

    monkeypatch.setattr(pipeline, "analyze", with_model)
    analyzer_for(True)(Document("x"))
    analyzer_for(False)(Document("x"))
    assert calls == [None, "trained"]


def test_unknown_engine_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown engine"):
        list(run_reports(make_documents(1), engine="spark", cache=None))


def test_dask_equals_local(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    documents = [*make_documents(12), BROKEN]
    local = list(run_reports(documents, jobs=1, cache=None))
    # Threads, not processes: a process cluster takes seconds to start in CI.
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        remote = list(run_reports(documents, engine="dask", scheduler=cluster.scheduler_address,
                                  cache=tmp_path / "reports.sqlite", chunk_size=3))
        restored = score_inputs(documents[:4], engine="dask", scheduler=cluster.scheduler_address,
                                cache=None, chunk_size=3)
    assert remote == local
    assert [r.statements for r in restored.reports] == [analyze(d).statements
                                                        for d in documents[:4]]
    assert rows(tmp_path / "reports.sqlite") == 12


def counting_reducer(derived: list[str]) -> Reducer:
    """A reducer recording each derivation: the record is (statement count, derived bytes)."""

    def derive(report: dict[str, Any]) -> bytes:
        derived.append(report["path"])
        return report["path"].encode()

    return Reducer(derive, lambda report, extra: (len(report["statements"]), extra))


def test_reducer_records_and_cached_derived_bytes(tmp_path: Path) -> None:
    documents, cache, derived = make_documents(5), tmp_path / "c.sqlite", []
    plain = [len(report["statements"]) for _, report, _ in run_reports(documents, jobs=1,
                                                                       cache=None)]
    first = list(run_reports(documents, jobs=1, cache=cache, reducer=counting_reducer(derived)))
    assert [record for _, record, _ in first] == [(n, d.path.encode()) for n, d in
                                                  zip(plain, documents, strict=True)]
    assert len(derived) == 5 and rows(cache) == 5
    again = list(run_reports(documents, jobs=1, cache=cache, reducer=counting_reducer(derived)))
    assert again == first and len(derived) == 5  # hits read their derived bytes from the cache


def test_reducer_derives_once_for_rows_cached_without(tmp_path: Path) -> None:
    documents, cache, derived = make_documents(3), tmp_path / "c.sqlite", []
    list(run_reports(documents, jobs=1, cache=cache))  # reports only, as `score` caches them
    list(run_reports(documents, jobs=1, cache=cache, reducer=counting_reducer(derived)))
    list(run_reports(documents, jobs=1, cache=cache, reducer=counting_reducer(derived)))
    assert len(derived) == 3


def test_reducer_without_cache_returns_records_only(tmp_path: Path) -> None:
    records = [r for _, r, _ in run_reports(make_documents(2) + [BROKEN], jobs=1, cache=None,
                                            reducer=counting_reducer([]))]
    assert records[2] is None and all(isinstance(r, tuple) for r in records[:2])


def test_versioned_reducer_caches_records_read_on_a_rerun(tmp_path: Path) -> None:
    documents, cache, derived = make_documents(4), tmp_path / "c.sqlite", []
    counting = counting_reducer(derived)
    versioned = Reducer(counting.derive, counting.reduce, version="r1", pack=repr_bytes,
                        unpack=lambda blob, document, name: (*literal_eval(blob.decode()),
                                                             document.path, name))
    first = list(run_reports([*documents, BROKEN], jobs=1, cache=cache, reducer=versioned))
    assert first[4][1] is None and "Error" in first[4][2]  # fails, as without records
    with sqlite3.connect(cache) as db:
        assert db.execute("SELECT COUNT(*) FROM records").fetchone()[0] == 4
    renamed = [dataclasses.replace(d, path=f"copy/{d.path}", id="x") for d in documents]
    again = list(run_reports(renamed, jobs=1, cache=cache, reducer=versioned))
    assert len(derived) == 4  # nothing analyzed or derived again: every record was a hit
    made = [record for _, record, _ in first[:4]]
    # A record made is yielded as the cache gives it back: stamped with its document and name.
    assert [record[2] for record in made] == [d.path for d in documents]
    assert [record[3][0] for record in made] == [content_key(d) for d in documents]
    assert all(record[3][1].endswith(" r1") for record in made)  # analyzer and reduction
    assert [record for _, record, _ in again] == [
        (count, extra, f"copy/{d.path}", name)
        for (count, extra, _, name), d in zip(made, documents, strict=True)]


def repr_bytes(record: tuple[int, bytes]) -> bytes:
    return repr(record).encode()


def path_bytes(report: dict[str, Any]) -> bytes:
    return report["path"].encode()


def statement_count(report: dict[str, Any], derived: bytes) -> tuple[int, bytes]:
    return len(report["statements"]), derived


def test_cache_hits_are_reduced_on_workers_alike(tmp_path: Path) -> None:
    documents, cache = make_documents(40), tmp_path / "c.sqlite"
    reducer = Reducer(path_bytes, statement_count)
    list(run_reports(documents[:30], jobs=1, cache=cache))  # 30 hits without derived bytes
    pooled = list(run_reports(documents, jobs=2, cache=cache, reducer=reducer, chunk_size=8))
    inline = list(run_reports(documents, jobs=1, cache=cache, reducer=reducer))
    assert pooled == inline and len(pooled) == 40
    with sqlite3.connect(cache) as db:  # the workers' derived bytes were cached
        assert db.execute("SELECT COUNT(*) FROM signatures").fetchone()[0] == 40


def test_the_comparison_and_engine_import_no_pool_logging_or_serializer() -> None:
    # A cached re-run of `compare` imports the engine but makes no pool, future or Dask
    # client and analyzes nothing: those modules are imported where they are used.
    # Nor what finds the user's cache (platformdirs, with tempfile), what finds packaged
    # files (importlib.resources: the outlet table's lexicons are read beside their module)
    # or the manifest reader (csv), nor the TOML parser of the source types' display table
    # (tomllib: `source_types` is imported by every run, through provenance).
    loaded = modules_after("import sourcing.corpus.compare, sourcing.render.comparison, sourcing.run.engine\n"
                           "from sourcing.outlets import default_table\n"
                           "assert default_table().aliases\n")
    assert sorted({"logging", "threading", "concurrent.futures", "signal", "sourcing.run.serialize",
                   "sourcing.run.restore", "platformdirs", "tempfile", "importlib.resources", "csv",
                   "tomllib"} & loaded) == []


# What a cached re-run of `compare` that finds every record and statistic never uses: the
# report's records (statements, spans, provenance), the engine's chunks, pools and tasks,
# and the comparison's reduction (wire copy), bootstrap (counted median), near-duplicate
# look-up (batches), ratings and HTML page. Each module defines classes (dataclasses cost
# about 0.6 ms each to define), so it is loaded by the code that uses it.
UNUSED_BY_A_RERUN = ("sourcing.records", "sourcing.provenance", "sourcing.source_types",
                     "sourcing.run.engine.chunks", "sourcing.run.engine.batch",
                     "sourcing.run.engine.tasks", "sourcing.run.engine.progress",
                     "sourcing.corpus.wire", "sourcing.corpus.counted_median",
                     "sourcing.corpus.duplicate_batches")


def test_the_comparisons_modules_load_nothing_a_cached_rerun_does_not_use() -> None:
    loaded = modules_after("import sourcing.corpus.compare, sourcing.corpus.memo, sourcing.run.indexed\n"
                           "import sourcing.render.comparison\n"
                           "from sourcing.run.engine import Reducer, record_name, run_reports\n"
                           "from sourcing.outlets import default_table\n"
                           "assert default_table().aliases\n")
    unused = {*UNUSED_BY_A_RERUN, "sourcing.run.engine.submitters", "sourcing.corpus.ratings",
              "sourcing.render.comparison_page"}
    assert sorted(unused & loaded) == []


def test_the_engine_package_loads_each_module_when_a_name_is_first_used() -> None:
    code = ("import sys\n"
            "from sourcing.run import engine\n"
            "def parts(): return sorted(m.rsplit('.', 1)[1] for m in sys.modules"
            " if m.startswith('sourcing.run.engine.'))\n"
            "print(parts())\n"
            "engine.Reducer\n"
            "print(parts())\n"
            "from sourcing.run.engine import submitters\n"
            "print(engine.ENGINES is submitters.ENGINES, 'ENGINES' in dir(engine))\n")
    assert run_python(code).stdout.splitlines() == [
        "[]", "['reducer']", "True True"]
    assert sorted(engine.__all__) == sorted(engine._PUBLIC)
    for name in engine.__all__:
        module = importlib.import_module(engine._PUBLIC[name])
        assert getattr(engine, name) is getattr(module, name)
    with pytest.raises(AttributeError, match="no attribute 'run_report'"):
        engine.run_report  # noqa: B018


def test_the_default_cache_is_the_users_found_when_a_run_uses_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    users = tmp_path / "users.sqlite"
    monkeypatch.setenv("SOURCING_CACHE", str(users))  # what default_cache_path() returns
    first = list(run_reports(make_documents(2), jobs=1, model_version="v1"))
    assert users.is_file()
    with sqlite3.connect(users) as db:
        assert db.execute("SELECT COUNT(*) FROM reports").fetchone()[0] == 2
    assert list(run_reports(make_documents(2), jobs=1, model_version="v1")) == first
