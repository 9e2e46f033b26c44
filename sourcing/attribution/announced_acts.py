"""Tell whether "announced" reports its subject's own act, not a claim (GUIDELINES rule 7):
"the Treasury Department announces its decision without notice" says what the department
does, as "Obama announced his plans for ..." does (train, unattributed); "announced that ..."
and "announced his intention to ..." give what was said."""

from __future__ import annotations

import re
from functools import cache

from sourcing.lexicons import alternation

ANNOUNCING = frozenset({"announce", "announces", "announced", "announcing"})
# A possessive, at most one word, an act noun ({acts}), and no "that" or colon after it.
OWN_ACT = r"\s+(?:its|his|her|their)\s+(?:[\w\-]+\s+)?(?:{acts})\b(?!\s*:|\s+that\b)"


@cache
def _own_act() -> re.Pattern[str]:
    return re.compile(OWN_ACT.format(acts=alternation("announced_acts")), re.IGNORECASE)


def announces_own_act(verb: str, text: str, verb_end: int) -> bool:
    """Whether the verb ending at `verb_end` is "announced" with its subject's own act as its
    object: "announces its decision", "announced his plans for ...", "announced their support"."""
    return verb in ANNOUNCING and _own_act().match(text, verb_end) is not None
