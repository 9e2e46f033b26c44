"""The functions a notebook calls: analyze a string, read and score paths, tabulate reports.

Each is a thin layer over the stages (`pipeline`, `inputs.ingest`, `run.engine`,
`render.csv`); the command line calls the same stages.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator, Sequence
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING

from sourcing.inputs.failures import InputFailure
from sourcing.model.store import SHIPPED, ModelChoice
from sourcing.records import ArticleReport, Document
from sourcing.settings import DEFAULT_SETTINGS, Settings

if TYPE_CHECKING:
    import pandas as pd

StrPath = str | PathLike[str]


class SkippedInput(UserWarning):
    """An input gave no report (unreadable, empty, or the analysis failed); the rest go on.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     documents = list(read_inputs(["no/such/file.txt"]))
    >>> documents, caught[0].category.__name__
    ([], 'SkippedInput')
    """


def analyze_text(
    text: str,
    *,
    outlet: str | None = None,
    title: str | None = None,
    url: str | None = None,
    date: str | None = None,
    settings: Settings = DEFAULT_SETTINGS,
    model: ModelChoice = SHIPPED,
) -> ArticleReport:
    """Analyze an article given as a string; `outlet` tells its own reporting from citations.

    `model`: "shipped" (the trained model), None (the rules alone) or an AttributionModel.

    >>> report = analyze_text('"The bridge will reopen in May," Mayor Ann Lee said.',
    ...                       outlet="Reuters")
    >>> for s in report.statements: print(s.type, s.source)
    named_official Mayor Ann Lee
    """
    from sourcing.pipeline import analyze  # imported here: loading the analyzer is slow

    document = Document(text, outlet=outlet, title=title, url=url, date=date)
    return analyze(document, settings, model)


def read_inputs(paths: StrPath | Sequence[StrPath]) -> Iterator[Document]:
    """Yield the Documents of files, directories and corpora, read as `sourcing score` reads them.

    Text, HTML and JSONL (.jsonl, .jsonl.gz, .jsonl.xz) files; directories are searched,
    and a manifest.csv there gives outlet, url and date. An input that cannot be read is a
    `SkippedInput` warning, and reading goes on.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Schools closed on Friday.", encoding="utf-8")
    >>> [(pathlib.Path(d.path).name, d.text) for d in read_inputs([folder])]
    [('a.txt', 'Schools closed on Friday.')]
    """
    from sourcing.inputs.ingest import iter_inputs

    for item in iter_inputs([str(path) for path in _as_list(paths)]):
        if isinstance(item, InputFailure):
            _warn(item)
        else:
            yield item


def score_paths(
    paths: StrPath | Sequence[StrPath],
    *,
    jobs: int | None = None,
    cache: StrPath | None = None,
    no_model: bool = False,
) -> list[ArticleReport]:
    """Read and analyze every article the paths name; return the reports in input order.

    `jobs`: worker processes (default: one per CPU; small inputs run in this process).
    `cache`: a report cache file, so a second run costs only new articles (default: none).
    `no_model`: the rules alone. An input without a report is a `SkippedInput` warning.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text('"It is safe," Mayor Ann Lee said.', encoding="utf-8")
    >>> [report.statements[0].source for report in score_paths([folder], no_model=True)]
    ['Mayor Ann Lee']
    """
    from sourcing.inputs.ingest import iter_inputs
    from sourcing.run.engine import score_inputs

    items = iter_inputs([str(path) for path in _as_list(paths)])
    outcome = score_inputs(items, jobs=jobs, cache=None if cache is None else Path(cache),
                           no_model=no_model)
    for failure in outcome.failures:
        _warn(failure)
    return list(outcome.reports)


def to_frame(reports: ArticleReport | Iterable[ArticleReport]) -> pd.DataFrame:
    """Return a pandas DataFrame with one row per statement (the columns of `--format csv`).

    >>> frame = to_frame(analyze_text("Acme Corp. said its profits rose 3 percent.", model=None))
    >>> frame[["index", "type", "source"]].values.tolist()
    [[0, 'named_organization', 'Acme Corp.']]
    """
    import pandas as pd

    from sourcing.render.csv import ARTICLE_COLUMNS, csv_rows

    rows = csv_rows([reports] if isinstance(reports, ArticleReport) else list(reports))
    return pd.DataFrame(rows, columns=list(rows[0]) if rows else list(ARTICLE_COLUMNS))


def _as_list(paths: Sequence[StrPath] | StrPath) -> list[StrPath]:
    """Accept one path where a list is expected: `read_inputs("a.txt")` is not 5 paths."""
    return [paths] if isinstance(paths, str | PathLike) else list(paths)


def _warn(failure: InputFailure) -> None:
    warnings.warn(f"{failure.path}: {failure.message}", SkippedInput, stacklevel=3)
