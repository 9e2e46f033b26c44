"""Name cards: a page's link to a person, run into the sentence after the person's name.

Some pages (The Hill's, and the op-eds copied from them) follow a person's name with a card
that the scraped text keeps inline: the person's full name, glued to the first of a few
related headlines, then "MORE". "... to unseat Rep. Andy Barr Andy Hale BarrFarm manager
doubts story horse bit Pence: report ... MORE (R-Ky.), said on Twitter." reads "... to unseat
Rep. Andy Barr (R-Ky.), said on Twitter." once the card is cut.

The shape, with no outlet named: a surname, then (after a space, or glued) one to four words
of a full name that end with the same surname, then the headlines (glued to the surname or
after a space, starting with a capital, a digit or a quote; none of them "MORE") and "MORE".
A card without headlines ends at the surname: "Suzanne (Susie) Kelley LeeMORE". The card is
the full name through "MORE"; the name before it stays in the sentence.

The card is cut from the views the analysis reads, not from the document: `without_name_cards`
puts spaces in its place, keeping every offset (like `normalize.normalized_view`). Sentences
are found, and sources and cues read, in that view, so the sentence stays whole and the card's
words are never a speaker; a statement's span, and so its text, still covers the card (a
statement is one slice of the original, and an excluded span inside it would cut it in two),
and a source phrase ends before it (`before_card`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from sourcing.records import Span
from sourcing.text.normalize import normalized_view

# A word of a full name: capitalised ("Hale", "O'Rourke", "K."), a nickname in brackets
# ("(Mitch)"), or a short lower-case particle ("de" of "Bill de Blasio").
_NAME_WORD = r"(?:[A-Z][\w'.-]*|\([A-Z][\w'.-]*\)|[a-z]{1,3})"
# Headlines run at most this long (the longest card of the AllSides corpus: 573 characters).
HEADLINES_CHARS = 700
NAME_CARD = re.compile(
    r"\b(?P<surname>[A-Z][a-z][\w'-]*) ?"
    rf"(?P<card>{_NAME_WORD}(?: {_NAME_WORD}){{0,3}}? (?P=surname)"
    r"(?:MORE|"
    rf" ?(?=[A-Z0-9\"'])(?:(?!MORE\b)[^\n]){{1,{HEADLINES_CHARS}}}? MORE))\b"
)


def name_cards(text: str) -> Iterator[tuple[int, int]]:
    """Yield the (start, end) of each name card in `text`: the full name through "MORE".

    >>> text = "said Rep. Andy Barr Andy Hale BarrFarm manager doubts story MORE (R-Ky.)."
    >>> [text[start:end] for start, end in name_cards(text)]
    ['Andy Hale BarrFarm manager doubts story MORE']
    """
    if "MORE" not in text:
        return
    position = 0
    while (match := NAME_CARD.search(text, position)) is not None:
        match = _last_reading(text, match)
        yield match.start("card"), match.end("card")
        position = match.end()


def _last_reading(text: str, match: re.Match[str]) -> re.Match[str]:
    """Return the reading of a card whose kept name is longest.

    A first name may repeat as well as a surname: "Speaker Paul Ryan Paul Davis Ryan
    Retirees ..." also reads as the surname "Paul" and the full name "Ryan Paul". The next
    word's reading, if it has one, keeps more of the name ("Paul Ryan"), and so on.
    """
    while (later := NAME_CARD.match(text, match.end("surname") + 1)) is not None:
        match = later
    return match


@lru_cache(maxsize=4)
def without_name_cards(text: str) -> str:
    """Return `text` with each name card replaced by spaces, same length.

    Cards are found in the normalized view of `text` (plain quotes), so the original and its
    normalized view lose the same characters. Cached for the few latest texts: the pipeline
    splits sentences in this view and `context.text_views` normalizes it, for one document.

    >>> blanked = without_name_cards("Rep. Andy Barr Andy Hale BarrFarm MORE (R-Ky.) said.")
    >>> blanked.split("    ")[0], blanked.split()[-2:]
    ('Rep. Andy Barr', ['(R-Ky.)', 'said.'])
    """
    if "MORE" not in text:
        return text
    cards = list(name_cards(normalized_view(text)))
    if not cards:
        return text
    pieces = []
    cursor = 0
    for start, end in cards:
        pieces += [text[cursor:start], " " * (end - start)]
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


# Spaces this many or more in a row are a card's place in the view (`without_name_cards`).
CARD_GAP = " " * 16
_GAP_RUN = re.compile(f" {{{len(CARD_GAP)},}}")


def window_back(text: str, end: int, chars: int) -> int:
    """Return where a window of `chars` characters ending at `end` starts, a card's blanks
    in the view counting as one character: "Rep. Mark Pocan [card] (D-Wis.), the co-chairman
    ..., said" reaches the name as if the card were not there."""
    start = max(0, end - chars)
    while text.find(CARD_GAP, start, end) >= 0:
        wider = max(0, end - chars - _card_blanks(text, start, end))
        if wider == start:
            break
        start = wider
    return start


def window_forward(text: str, start: int, chars: int) -> int:
    """Return where a window of `chars` characters starting at `start` ends, a card's blanks
    in the view counting as one character (`window_back` read forward)."""
    end = min(len(text), start + chars)
    while text.find(CARD_GAP, start, end) >= 0:
        wider = min(len(text), start + chars + _card_blanks(text, start, end))
        if wider == end:
            break
        end = wider
    return end


def _card_blanks(text: str, start: int, end: int) -> int:
    """The characters the cards' blanks between `start` and `end` take beyond one each."""
    return sum(len(run.group()) - 1 for run in _GAP_RUN.finditer(text, start, end))


def before_card(text: str, span: Span) -> Span:
    """Return `span` ending before the first card's blanks in it, if any, and the spaces and
    commas before them: a source phrase is the name, not the card ("Rep. Mark Pocan [card]
    (D-Wis.), the co-chairman ..." -> "Rep. Mark Pocan"). A span the card opens is kept."""
    gap = text.find(CARD_GAP, span.start, span.end)
    if gap < 0:
        return span
    end = len(text[span.start : gap].rstrip(" ,")) + span.start
    return Span(span.start, end) if end > span.start else span
