"""Prefilters: the literals read off a regex, and that a prefilter never says no to a match."""

from __future__ import annotations

import re
import string
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sourcing.attribution.cues import phrase_pattern
from sourcing.text.boilerplate_patterns import boilerplate_patterns
from sourcing.text.prefilter import FOLD_EXCEPTIONS, Prefilter, lowered_text, prefilter

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"\bsign up here\b", re.IGNORECASE, Prefilter((), ("sign up here",))),
        (r"(?i:\bSign Up\b) now or never", 0, Prefilter((" now or never",), ())),  # the longer
        (r"(?i:\bSign Up Here\b) now", 0, Prefilter((), ("sign up here",))),
        (r"Read more|Photo: \w+", 0, Prefilter(("Read more", "Photo: "), ())),
        (r"(?:ab|Getty)", 0, None),  # a branch without a long enough literal
        (r"x(?:Reuters)?y", 0, None),  # an optional group is not needed
        (r"(?:Reuters){1,3}", 0, Prefilter(("Reuters",), ())),
        (r"[Pp]hoto by", 0, Prefilter(("hoto by",), ())),
        (r"(?<![A-Za-z])according\s+to", re.IGNORECASE, Prefilter((), ("according",))),
        (r"stra\u00dfe", re.IGNORECASE, Prefilter((), ("stra",))),  # folded: ASCII only
        (r"Stra\u00dfe", 0, Prefilter(("Stra\u00dfe",), ())),
        (r"\d+ ago", re.ASCII, None),
    ],
)
def test_literals_read_off_the_pattern(
    pattern: str, flags: int, expected: Prefilter | None
) -> None:
    assert prefilter(re.compile(pattern, flags)) == expected


def test_fold_exceptions_are_every_character_ignorecase_takes_for_ascii() -> None:
    others = "".join(chr(c) for c in range(128, sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    found = set()
    for char in string.printable:
        for match in re.finditer(re.escape(char), others, re.IGNORECASE):
            if match.group().lower() != char.lower():
                found.add(match.group())
    assert found == set(FOLD_EXCEPTIONS)


@pytest.mark.parametrize(
    "text", ["SIGN UP HERE", "Sign up here", "\u017fign up here", "S\u0130GN UP HERE"]
)
def test_folded_literals_follow_ignorecase(text: str) -> None:
    regex = re.compile(r"sign up here", re.IGNORECASE)
    needs = prefilter(regex)
    assert regex.search(text) is not None
    assert needs is not None and needs.may_match(text, lowered_text(text))


def _lexicon_patterns() -> list[re.Pattern[str]]:
    phrases = [phrase_pattern(name) for name in ("impersonal_hedges", "anonymity_reasons")]
    return [p.regex for p in boilerplate_patterns()] + phrases


SEED_LINES = [
    line for path in sorted(SEEDS.glob("*.txt")) for line in path.read_text("utf-8").splitlines()
]


@pytest.mark.parametrize("regex", _lexicon_patterns(), ids=lambda r: r.pattern[:40])
def test_a_prefilter_never_refuses_a_match_in_the_seeds(regex: re.Pattern[str]) -> None:
    needs = prefilter(regex)
    if needs is not None:
        missed = [
            t for t in SEED_LINES if regex.search(t) and not needs.may_match(t, lowered_text(t))
        ]
        assert missed == []


@given(st.sampled_from(_lexicon_patterns()), st.text(max_size=40), st.text(max_size=40), st.data())
def test_a_prefilter_never_refuses_a_match(
    regex: re.Pattern[str], left: str, right: str, data: st.DataObject
) -> None:
    needs = prefilter(regex)
    middle = data.draw(st.from_regex(regex))
    text = left + middle + right
    assert needs is None or regex.search(text) is None or needs.may_match(text, lowered_text(text))
