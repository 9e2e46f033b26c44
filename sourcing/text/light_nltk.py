"""Import NLTK's Punkt (and textstat, which imports nltk) without running nltk's __init__.

`import nltk` runs `nltk/__init__.py`, which imports nearly all of NLTK and with it scipy,
scikit-learn and pandas: about 2 s before the first sentence is split. The analysis uses
only `nltk.tokenize.punkt` (segment.py), and textstat imports `nltk` only to download
cmudict, which readability.py replaces. So `nltk` and `nltk.tokenize` are registered as
packages whose __init__ has not run; their submodules import as usual. The first other
attribute looked up on either runs the real __init__ files, so any other user of nltk in
the same process still gets all of it.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Callable
from types import ModuleType

PACKAGES = ("nltk", "nltk.tokenize")  # parents first


def register_light_nltk() -> None:
    """Register `nltk` and `nltk.tokenize` without running their __init__ (once; no-op after)."""
    for name in PACKAGES:
        if name in sys.modules:
            continue
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None:
            return  # not installed: the import that needs it says so
        module = importlib.util.module_from_spec(spec)
        module.__getattr__ = _attribute_getter(module)  # type: ignore[method-assign]
        sys.modules[name] = module


def _attribute_getter(module: ModuleType) -> Callable[[str], object]:
    def get(attribute: str) -> object:
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        submodule = f"{module.__name__}.{attribute}"
        if submodule in sys.modules or importlib.util.find_spec(submodule) is not None:
            return importlib.import_module(submodule)
        complete_nltk()
        return getattr(module, attribute)

    return get


def complete_nltk() -> None:
    """Run the __init__ of every package registered light, children first."""
    for name in reversed(PACKAGES):
        module = sys.modules.get(name)
        if module is not None and "__getattr__" in vars(module):
            del module.__getattr__
            assert module.__spec__ is not None and module.__spec__.loader is not None
            module.__spec__.loader.exec_module(module)
