"""A claim in a time clause after "came" (`sourcing.attribution.came_after`)."""

from __future__ import annotations

import pytest

from sourcing.attribution.came_after import reports_what_came_after
from sourcing.attribution.cues import find_cues
from sourcing.records import Span
from sourcing.text.normalize import normalized_view
from sourcing.text.quotes import quoted_mask


def sources_of(text: str) -> list[tuple[str, str | None]]:
    """The kind and source words of each cue of `text` read as one sentence."""
    normalized = normalized_view(text)
    found = find_cues(normalized, Span(0, len(normalized)), quoted_mask(normalized))
    return [(c.kind.value, normalized[c.source.start : c.source.end] if c.source else None) for c in found]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # heldout28 yW6hamBa2kpDG870 [13], [12]: read named_organization.
        (
            "The move came a day after the Israeli government said it would bar Tlaib and Omar.",
            "the Israeli government",
        ),
        (
            "Tlaib's reversal in plans comes just after Israel said Friday that it had granted a request.",
            "Israel",
        ),
        # heldout9 bn6MR4yEvS6TXGRb [11]: read named_organization.
        (
            "Esper's comments come after the Pentagon confirmed that several units have been sent.",
            "the Pentagon",
        ),
    ],
)
def test_a_claim_the_sentence_came_after_is_a_cue(text: str, source: str) -> None:
    assert ("subject_verb", source) in sources_of(text)


@pytest.mark.parametrize(
    ("text", "subject", "verb"),
    [
        # No content: an act, not a claim.
        ("The move came just after a court denied Stone's request to delay his term.", "a court", "denied"),
        # "announced" without "that": the subject's own act (train m9StBcVpWZjD5mVA).
        ("The analysis comes after Biden announced he was stepping down.", "Biden", "announced"),
        # News set against an earlier claim (train AfAzYqn2YCdTUz9l, gold unattributed).
        (
            "The revelation comes a day after Foreign Minister Adel al-Jubeir insisted that he did not.",
            "Foreign Minister Adel al-Jubeir",
            "insisted",
        ),
        # A pronoun the main clause does not name (train2 HLLLZGk8Aa8tfvDH).
        ("(It came after he initially told a station that he opposed the bill.)", "he", "told"),
        # A relative: the main clause is elsewhere.
        (
            "Thanedar resumed airing spots, which comes two weeks after his campaign said they paused.",
            "his campaign",
            "said",
        ),
        # A verb that is also a noun ("notes", "report"): no subject is sure.
        ("The motion came after unsealed FBI notes revealed that he was asked.", "unsealed FBI", "notes"),
        # A closing source tells the time clause too (heldout5 cUdYr1gwHBYairQa [11]).
        ("The decision came after the FBI said he was not permitted, said a US official.", "the FBI", "said"),
        # No "came": a time clause only dates the sentence (SUBORDINATOR_BEFORE).
        ("The false tweet remained online, hours after Hassett said he erred.", "Hassett", "said"),
    ],
)
def test_no_claim_the_sentence_came_after(text: str, subject: str, verb: str) -> None:
    verb_end = text.index(f" {verb}") + 1 + len(verb)
    assert not reports_what_came_after(text, text.index(subject), verb_end)
    assert ("subject_verb", subject) not in sources_of(text)


def test_the_verb_gives_its_content() -> None:
    said = "The flap comes a week after Netanyahu said Congress was wrong."
    assert reports_what_came_after(said, said.index("Netanyahu"), said.index(" Congress"))
