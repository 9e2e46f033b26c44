"""Modules imported on their first use, for names a fast path may never need.

A cached re-run of `compare` reads every figure from the cache and needs no numpy, whose
import is the largest part of that re-run's start-up; the comparison's modules name it
as `np = LazyModule("numpy")` (and import it for real under `TYPE_CHECKING`), so numpy
loads when something first calls it. A package whose names come from several modules
(`sourcing`, `sourcing.run.engine`) loads each module when one of its names is first
looked up (`names_on_first_use`), so importing the package loads none of them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
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


def names_on_first_use(namespace: dict[str, Any], public: Mapping[str, str]
                       ) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """Return the `__getattr__` and `__dir__` of the package whose globals are `namespace`:
    a name of `public` (name -> the module that defines it) is imported on first lookup."""
    def lookup(name: str) -> Any:
        if name not in public:
            raise AttributeError(f"module {namespace['__name__']!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(public[name]), name)
        namespace[name] = value  # later lookups find it without coming back here
        return value

    def names() -> list[str]:
        return sorted({*namespace, *public})
    return lookup, names
