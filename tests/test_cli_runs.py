"""The runs behind the commands: every input is accounted for, reports passed on in order."""

from __future__ import annotations

from pathlib import Path

from sourcing.cli_runs import compare_through_cache, score_with_progress
from sourcing.corpus.compare import CompareOptions, parse_by
from sourcing.outlets import default_table
from sourcing.records import ArticleReport

TEXTS = ['"The bridge is safe," Mayor Ann Lee said.', "Officials said the talks had stalled."]


def write_articles(folder: Path) -> list[str]:
    paths = []
    for number, text in enumerate(TEXTS):
        path = folder / f"a{number}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_score_with_progress_passes_each_report_on_in_order(tmp_path: Path) -> None:
    paths = [*write_articles(tmp_path), str(tmp_path / "missing.txt")]
    seen: list[ArticleReport] = []
    outcome = score_with_progress(paths, True, seen.append, jobs=1, cache=None, no_model=True)
    assert [report.document.path for report in seen] == paths[:2]
    assert [failure.path for failure in outcome.failures] == paths[2:]
    assert outcome.exit_code == 1


def test_compare_through_cache_fills_the_cache_and_reads_it_again(tmp_path: Path) -> None:
    paths = write_articles(tmp_path)
    cache = tmp_path / "cache.sqlite"
    failures: list[str] = []

    def compare() -> object:
        return compare_through_cache(
            paths, CompareOptions(parse_by("outlet"), 1, False, None), table=default_table(),
            ratings=None, on_failure=lambda path, _: failures.append(path), store=cache,
            engine="local", jobs=1, scheduler=None, progress=False, rehash=False)

    first = compare()
    assert cache.is_file() and failures == []
    assert compare() == first
