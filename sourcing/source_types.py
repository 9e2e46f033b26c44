"""How each source type is named, shown and explained to readers (`data/source_types.toml`).

The analysis (a model override's evidence names the rules' type by its label), the pages and
the exercises read the same table.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# The table beside this module, as `importlib.resources.files` finds it for a package on
# disk, without importing that: provenance (so the analysis) imports this module.
TABLE = Path(__file__).parent / "data" / "source_types.toml"
FILL_ALPHA = 0.2  # background tint of a highlighted statement; the text stays readable


@dataclass(frozen=True)
class TypeStyle:
    """How one source type is shown and explained (from `data/source_types.toml`)."""

    name: str
    label: str
    colour: str
    line: str
    definition: str
    example: str

    @property
    def fill(self) -> str:
        red, green, blue = (int(self.colour[i : i + 2], 16) for i in (1, 3, 5))
        return f"rgba({red}, {green}, {blue}, {FILL_ALPHA})"


@lru_cache(maxsize=1)
def type_styles() -> tuple[TypeStyle, ...]:
    """Return the display style of every source type, in legend order."""
    import tomllib  # here: every run imports this module (provenance does), few read the table

    rows = tomllib.loads(TABLE.read_text(encoding="utf-8"))["type"]
    return tuple(TypeStyle(**row) for row in rows)


def type_label(name: str) -> str:
    """Return the reader-facing label of source type `name`."""
    return {t.name: t.label for t in type_styles()}.get(name, name)
