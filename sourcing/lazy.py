"""A module imported on its first use, for names a fast path may never need.

A cached re-run of `compare` reads every figure from the cache and needs no numpy, whose
import is the largest part of that re-run's start-up; the comparison's modules name it
as `np = LazyModule("numpy")` (and import it for real under `TYPE_CHECKING`), so numpy
loads when something first calls it.
"""

from __future__ import annotations

import importlib
from typing import Any


class LazyModule:
    """Stands for the module `name`; its first attribute lookup imports it."""

    def __init__(self, name: str) -> None:
        self._lazy_name = name

    def __getattr__(self, attribute: str) -> Any:
        module = importlib.import_module(self._lazy_name)
        # Later lookups find the module's names here, without coming back (lazily loaded
        # submodules such as numpy.random still do, and are imported then).
        self.__dict__.update(vars(module))
        return getattr(module, attribute)

    def __repr__(self) -> str:
        return f"<lazy module {self._lazy_name!r}>"
