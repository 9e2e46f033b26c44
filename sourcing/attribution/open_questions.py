"""The writer's open question: "It's unclear if the president has since suggested changes".

A reporting verb whose subject opens the "if"/"whether" clause of "it is (still) unclear",
"it's not clear", "it remains uncertain", "it was not known" ... reports no statement: the
writer says the act is not known to have happened (GUIDELINES: unattributed).
"""

from __future__ import annotations

import re
from functools import lru_cache

from sourcing.lexicons import alternation

# A mark that ends the open question's clause or sets off an aside inside it, a relative
# pronoun ("protests that Bottoms said have become a feature": Bottoms's statement) or "but"
# opening the next clause ("..., but CNN previously reported that ...").
CLAUSE_BREAK = re.compile(r"[,;:.!?\"“”()—–]|\b(?:that|which|who|whom|but)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _frame() -> re.Pattern[str]:
    words = alternation("open_question_words").replace(r"\ ", r"\s+")
    return re.compile(
        rf"\bit(?:\s+is|['’]s|\s+was|\s+remains|\s+remained)\s+(?:still\s+|also\s+)?"
        rf"(?:{words})\s+(?:if|whether)\s",
        re.IGNORECASE,
    )


def in_open_question(text: str, verb_start: int) -> bool:
    """Whether the verb starting at `verb_start` is in the clause of an open question: the
    frame before it, no punctuation mark between ("It's unclear whether the bill, which Trump
    said he backs, ..." is Trump's aside).

    >>> text = "It's unclear if the president has since suggested changes."
    >>> in_open_question(text, text.index("suggested"))
    True
    >>> text = "It's unclear if the bill will pass, the senator said."
    >>> in_open_question(text, text.index("said"))
    False
    """
    window = max(0, verb_start - 100)
    frames = list(_frame().finditer(text, window, verb_start))
    return bool(frames) and CLAUSE_BREAK.search(text, frames[-1].end(), verb_start) is None
