"""Find where a news article's information comes from and how much rests on anonymous sources.

    >>> import sourcing
    >>> report = sourcing.analyze_text("Officials said the bridge would reopen in May.")
    >>> for s in report.statements: print(s.type, s.source)
    unnamed_source Officials

The public names load on first use, so `import sourcing` stays quick (no scikit-learn,
pandas or NLTK until an analysis needs them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sourcing.lazy import names_on_first_use

__version__ = "0.1.0"

# Public name -> the module that defines it.
_PUBLIC = {
    "analyze": "sourcing.pipeline",
    "analyze_text": "sourcing.api",
    "read_inputs": "sourcing.api",
    "score_paths": "sourcing.api",
    "to_frame": "sourcing.api",
    "SkippedInput": "sourcing.api",
    "Document": "sourcing.document",
    "ArticleReport": "sourcing.records",
    "Statement": "sourcing.records",
    "SourceType": "sourcing.labels",
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
    from sourcing.document import Document
    from sourcing.labels import SourceType
    from sourcing.pipeline import analyze
    from sourcing.records import ArticleReport, Statement
    from sourcing.settings import Settings


__getattr__, __dir__ = names_on_first_use(globals(), _PUBLIC)
