"""Where a subject ends before its verb: past the asides set between them ("The Gallup poll,
released Wednesday, found", "Conway can be heard asking", "She could survive it, he'd say").
"""

from __future__ import annotations

import re
from functools import lru_cache

from sourcing.attribution.appositives import state_of_a_place
from sourcing.lexicons import alternation

PARENTHETICAL_ASIDE = re.compile(
    r",\s*(?:for instance|for example|in fact|of course|though|however|too|meanwhile|instead),?\s*$",
    re.IGNORECASE,
)
# The past participles that open an aside about a document's making.
# "The policy, signed by Homan, says" (dev9509 jKDFBc3TsvuKXPkF [13]: the content after "says"
# was taken for an inverted verb's source) too.
MAKING_PARTICIPLE = (
    r",\s*(?:released|published|conducted|commissioned|issued|taken|filed|obtained|seen|dated"
    r"|signed|written|drafted|authored|approved|prepared)\s[^,;\"]{1,50}"
)
PARTICIPLE_ASIDE = re.compile(MAKING_PARTICIPLE + r",\s*$", re.IGNORECASE)
# "A larger poll, released Tuesday by Education Next, a journal published by ..., found": the
# aside may end with a description of its agent (train).
DESCRIBED_PARTICIPLE_ASIDE = re.compile(MAKING_PARTICIPLE + r",\s*(?:a|an|the)\s[^,;\"]{1,70},\s*$", re.IGNORECASE)
# An aside between dashes right before the verb, after a subject of its own: "ICE — in a
# not-so-subtle jab at sanctuary cities— said" took the aside for the source (dev9509
# jKDFBc3TsvuKXPkF [14]). Dashes are normalized to hyphens; a dash is one with a space on either
# side. Only an aside that a word of `dashed_aside_openers.txt` opens: one that describes the
# subject ("Smith -- a well-known critic -- said") is its appositive, which types it, and one that
# dates it ("CNN's, conducted March 13 to 15 — less than a week after ... — showed") is left.


@lru_cache(maxsize=1)
def _dashed_aside() -> re.Pattern[str]:
    openers = alternation("dashed_aside_openers").replace(r"\ ", r"\s+")
    return re.compile(
        rf"(?<=\w)\s+[-—–]+\s+(?:{openers})\s[^—–,;\"“”]{{1,100}}?(?:\s[-—–]+|(?<=\w)[-—–]+)\s*$",
        re.IGNORECASE,
    )


PRESENT_PARTICIPLE_ASIDE = re.compile(r",\s*[a-z]+ing\s[^,;\"]{1,100},\s*$")
# "President Obama, speaking ... at Martha's Vineyard, Mass., praised": the aside ends in a
# town and its state.
PLACED_PARTICIPLE_ASIDE = re.compile(r",\s*[a-z]+ing\s([^,;\"]{1,100}),(\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?),\s*$")
# "can be heard", "was heard" between a speaker and their -ing speech verb (verbs.py).
HEARD_BEFORE = re.compile(
    r"\s+(?:(?:can|could|may|might|will|would)\s+be|is|was|were|are|has\s+been|had\s+been)\s+heard\s*$",
    re.IGNORECASE,
)
# "he'd say", "they'll say": a pronoun with its 'would' or 'will' contracted.
CONTRACTED_AUXILIARY = re.compile(r"\b(?:he|she|they|we|I|you)(['’](?:d|ll))$", re.IGNORECASE)


def end_before_asides(text: str, end: int) -> int:
    """Where the subject ends when its verb (with its adverbs) starts at `end`: before a
    contracted auxiliary, a "can be heard", a parenthetical, prepositional or participle's aside;
    else `end`."""
    contracted = CONTRACTED_AUXILIARY.search(text, max(0, end - 12), end)
    if contracted:  # "She could survive it, he'd say": the subject is "he"
        end = contracted.start(1)
    heard = HEARD_BEFORE.search(text, max(0, end - 30), end)
    if heard:  # "Conway can be heard asking": the subject is "Conway"
        end = heard.start()
    aside = PARENTHETICAL_ASIDE.search(text, max(0, end - 30), end)
    if aside:  # "A poll by the Detroit News, for instance, showed": the aside is no subject
        end = aside.start()
    participle = PARTICIPLE_ASIDE.search(text, max(0, end - 60), end) or (
        DESCRIBED_PARTICIPLE_ASIDE.search(text, max(0, end - 140), end)
    )
    if participle:  # "The Gallup poll, released Wednesday, found": so is a participle's aside
        end = participle.start()
    opened = _prepositional_aside().search(text, max(0, end - 130), end)
    if opened:  # "The attorney general's office, as part of a case against X, said": not X
        end = opened.start()
    doing = PRESENT_PARTICIPLE_ASIDE.search(text, max(0, end - 110), end) or _placed_aside(text, end)
    if doing:  # "The president, speaking before he departs the summit, said"
        end = doing.start()
    dashed = _dashed_aside().search(text, max(0, end - 120), end)
    if dashed:  # "ICE — in a not-so-subtle jab at sanctuary cities— said": the subject is "ICE"
        end = dashed.start()
    return end


@lru_cache(maxsize=1)
def _prepositional_aside() -> re.Pattern[str]:
    """An aside opened by a phrase of `aside_openers` and closed by a comma, ending a text."""
    return re.compile(rf",\s*(?:{alternation('aside_openers')})\s[^,;\"“”]{{1,110}},\s*$", re.IGNORECASE)


def _placed_aside(text: str, end: int) -> re.Match[str] | None:
    """A participle's aside that ends in a town and its state, before `end`, or None."""
    aside = PLACED_PARTICIPLE_ASIDE.search(text, max(0, end - 130), end)
    return aside if aside and state_of_a_place(aside.group(2), aside.group(1), abbreviated=True) else None
