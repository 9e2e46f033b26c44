"""Verbs read as cues only beside a quotation: "continued" is mostly no speech ("the war
continued"), but "“It will take time,” she continued." and "He continued: “...”" report the
quotation (`quotation_only_verbs.txt`)."""

from __future__ import annotations

import re
from functools import lru_cache

from sourcing.lexicons import load_lexicon

# A quotation closed by a comma, question or exclamation mark, then at most a short subject (a
# pronoun, a name, "the president"), right before the verb: '...,” she ', '...?” Sen. Jane Roe '.
CLOSED_QUOTATION_BEFORE = re.compile(
    r"""[,?!]["'\u201d\u2019]\s+(?:(?:he|she|they|the|[A-Z][\w.'\u2019-]*)\s+){0,4}$"""
)
# A quotation opened right after the verb, past a colon or comma: 'continued: “', 'continued, "'.
OPENING_QUOTATION_AFTER = re.compile(r"""\s*[:,]\s*["'\u201c\u2018]""")


@lru_cache(maxsize=1)
def quotation_only_verbs() -> frozenset[str]:
    return load_lexicon("quotation_only_verbs")


def beside_a_quotation(text: str, verb_start: int, verb_end: int) -> bool:
    """Whether the verb at `verb_start`..`verb_end` closes onto a quotation before it ('...,”
    she continued') or opens one after it ('The president continued: “...')."""
    before = CLOSED_QUOTATION_BEFORE.search(text, max(0, verb_start - 60), verb_start)
    return before is not None or OPENING_QUOTATION_AFTER.match(text, verb_end) is not None
