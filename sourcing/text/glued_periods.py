"""Periods glued to the next word ("said.The"): where a sentence may end without a space.

Text pasted without its spaces runs sentences together: "the Iraqi official said.The Iraqi
Defense Ministry official spoke". Punkt only looks at a period followed by white space or
punctuation, so it never sees these. This module finds the glued periods that may end a
sentence; Punkt decides each as if a space followed it (news_punkt.py), with the same
abbreviations and heuristics as everywhere else ("Mr.Smith" and "U.S.Navy" stay whole,
"2020.Former" and "U.S.The" split). Ruled out before Punkt is asked: web and mail addresses
("Breitbart.com", "www.Example.Com"), capitals on both sides ("CARG.UL", "ADM.N"), a
single letter before the period ("D-W.Va.", the inside of "U.S.") and names written with
periods ("A.Word.A.Day").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A period between a non-space character and a letter (upper case is checked after).
_GLUED = re.compile(r"(?<=\S)\.(?=[^\W\d_])")
# A word holding one of these is a web or mail address, whose periods end nothing.
_ADDRESS = re.compile(r"/|@|^www\.|\.(?:com|org|net|gov|edu)\b", re.IGNORECASE)
# The letters, digits and ampersands right before the period ("said", "2007", "S&P").
_TAIL = re.compile(r"[\w&]+$")
# A word: what lies between white space. Words longer than _LONGEST are read in part.
_WORD = re.compile(r"\S+")
_WORD_END = re.compile(r"\S+$")
_LONGEST = 200
# An initialism, after any opening mark: "U.S", "“F.B.I".
_INITIALISM = re.compile(r"[\"'“‘(\[]*(?:[^\W\d_]\.)+[^\W\d_]")
# Marks that may open or close a word around its letters.
_OPENING = "\"'“‘(["
_CLOSING = ".,;:!?\"'”’)]"


def glued_periods(text: str) -> Iterator[tuple[int, str, str]]:
    """Yield (offset, word before, word after) of each period glued to a capitalised word
    that may end a sentence."""
    for match in _GLUED.finditer(text):
        period = match.start()
        if not text[period + 1].isupper():
            continue
        left_word = _WORD_END.search(text, max(0, period - _LONGEST), period)
        left = left_word.group() if left_word else ""
        right_word = _WORD.match(text, period + 1)
        right = right_word.group() if right_word else ""
        if _may_end_sentence(left, right):
            yield period, left, right


def is_initialism(word: str) -> bool:
    """Say whether `word` (without its final period) is letters joined by periods: "F.B.I"."""
    return _INITIALISM.fullmatch(word) is not None


def _may_end_sentence(left: str, right: str) -> bool:
    if not left or _ADDRESS.search(f"{left}.{right}"):
        return False
    if _dotted(left.lstrip(_OPENING)) or _dotted(right.rstrip(_CLOSING)):
        return False  # a name written with periods: "A.Word.A.Day", "Yahoo.Finance.Com"
    tail = _TAIL.search(left)
    word = tail.group() if tail else ""
    if len(word) < 2 and not is_initialism(left):
        return False
    return any(c.islower() or c.isdigit() for c in word) or right[1:2].islower()


def _dotted(word: str) -> bool:
    """Say whether `word` holds a period without being an initialism: "A.Word", "A.Day"."""
    return "." in word and not is_initialism(word.rstrip("."))
