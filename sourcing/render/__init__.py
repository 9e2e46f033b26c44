"""Output formats: each renders a sequence of reports to one string.

Every renderer takes `(reports, *, color=False)`; only the text report uses colour.
Machine formats are built from `sourcing.run.serialize.report_dict` alone. A renderer's
module is imported when it is first used (html needs jinja2, text needs rich), so
importing `sourcing.render.comparison` for `compare` loads none of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sourcing.records import ArticleReport

Renderer = Callable[..., str]

# Format name: (module under sourcing.render, function).
_RENDERERS = {
    "text": ("text", "render_text"),
    "json": ("json", "render_json"),
    "jsonl": ("json", "render_jsonl"),
    "csv": ("csv", "render_csv"),
    "markdown": ("markdown", "render_markdown"),
    "html": ("html", "render_html"),
    "article": ("article", "render_article"),
}


class _Renderers(Mapping[str, Renderer]):
    """The renderers by format name, each imported on first use."""

    def __getitem__(self, name: str) -> Renderer:
        module, function = _RENDERERS[name]
        renderer: Renderer = getattr(import_module(f"sourcing.render.{module}"), function)
        return renderer

    def __iter__(self) -> Iterator[str]:
        return iter(_RENDERERS)

    def __len__(self) -> int:
        return len(_RENDERERS)


FORMATS: Mapping[str, Renderer] = _Renderers()
# The formats of `sourcing.render.comparison.render_comparison`, named here so that the CLI
# lists them without importing the comparison's modules.
COMPARISON_FORMATS = ("table", "csv", "markdown", "json", "html")


def render(name: str, reports: Sequence[ArticleReport], *, color: bool = False) -> str:
    """Render `reports` in the format called `name` (a key of FORMATS)."""
    return FORMATS[name](reports, color=color)
