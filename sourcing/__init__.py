"""Find where a news article's information comes from and how much rests on anonymous sources.

    >>> import sourcing
    >>> report = sourcing.analyze_text("Officials said the bridge would reopen in May.")
    >>> for s in report.statements: print(s.type, s.source)
    unnamed_source Officials

The public names load on first use, so `import sourcing` stays quick (no scikit-learn,
pandas or NLTK until an analysis needs them).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Public name -> the module that defines it.
_PUBLIC = {
    "analyze": "sourcing.pipeline",
    "analyze_text": "sourcing.api",
    "read_inputs": "sourcing.api",
    "score_paths": "sourcing.api",
    "to_frame": "sourcing.api",
    "SkippedInput": "sourcing.api",
    "Document": "sourcing.records",
    "ArticleReport": "sourcing.records",
    "Statement": "sourcing.records",
    "SourceType": "sourcing.records",
    "Settings": "sourcing.settings",
}
__all__ = [
    "ArticleReport",
    "Document",
    "Settings",
    "SkippedInput",
    "SourceType",
    "Statement",
    "__version__",
    "analyze",
    "analyze_text",
    "read_inputs",
    "score_paths",
    "to_frame",
]

if TYPE_CHECKING:
    from sourcing.api import SkippedInput, analyze_text, read_inputs, score_paths, to_frame
    from sourcing.pipeline import analyze
    from sourcing.records import ArticleReport, Document, SourceType, Statement
    from sourcing.settings import Settings


def __getattr__(name: str) -> Any:
    """Import a public name's module on first use."""
    if name not in _PUBLIC:
        raise AttributeError(f"module 'sourcing' has no attribute {name!r}")
    value = getattr(import_module(_PUBLIC[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_PUBLIC})
