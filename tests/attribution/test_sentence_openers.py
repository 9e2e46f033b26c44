"""A participle or sentence adverb opening its sentence before a comma names no one."""

from __future__ import annotations

import pytest

from sourcing.attribution.sentence_openers import opening_modifier
from sourcing.records import Span

LEAD = "She spoke in Las Vegas. "


def first_word_opens(sentence: str, people: dict[str, bool] | None = None) -> bool:
    text = LEAD + sentence
    word = sentence.split()[0].strip('",')
    start = text.index(word, len(LEAD))
    return opening_modifier(text, Span(start, start + len(word)), people or {})


@pytest.mark.parametrize(
    ("sentence", "people", "expected"),
    [
        # heldout22 GJTc6YZHrmsExTaS [5]: "Continuing" was the speaker of the quotation.
        ('Continuing, she challenged the media to: "devote as much time."', None, True),
        ('Turning to the economy, he said: "We are strong."', None, True),
        ('"Laughing, Smith said: "No."', None, True),
        ('Otherwise, she said: "No."', None, True),
        ('Still, she said: "No."', None, True),
        # A name, not a participle or an adverb.
        ('King, the Iowa Republican, said: "No."', None, False),
        ('Smith, the mayor, said: "No."', None, False),
        # A participle the article gives a person as a name.
        ('Manning, the former analyst, said: "No."', {"Chelsea Manning": False}, False),
        # No comma after the adverb: it is no opener of this kind.
        ('Otherwise said: "No."', None, False),
        # A participle with a clause break before any comma.
        ('Channing said: "No." He left, then.', None, False),
    ],
)
def test_opening_modifier(sentence: str, people: dict[str, bool] | None, expected: bool) -> None:
    assert first_word_opens(sentence, people) is expected


def test_a_word_inside_a_sentence_is_not_asked() -> None:
    text = "Reporters saw Continuing, a horse, win."
    start = text.index("Continuing")
    assert not opening_modifier(text, Span(start, start + len("Continuing")), {})
