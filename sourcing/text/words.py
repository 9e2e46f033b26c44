"""Count words in any script, including those written without spaces (Chinese, Japanese, Thai)."""

from __future__ import annotations

import re

# Han, kana and Thai: a character of these scripts counts as a word, since nothing separates
# their words. Hangul is written with spaces and is counted like Latin text.
UNSPACED_CHARACTER = re.compile(
    "[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]"
)


def count_words(text: str) -> int:
    """Return the words of `text`: tokens with a letter or digit, and unspaced-script characters."""
    unspaced = len(UNSPACED_CHARACTER.findall(text))
    tokens = UNSPACED_CHARACTER.sub(" ", text).split()
    return unspaced + sum(1 for token in tokens if any(c.isalnum() for c in token))
