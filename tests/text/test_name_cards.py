"""Name cards: a person's full name glued to related headlines and "MORE", run into a sentence."""

from __future__ import annotations

import pytest

from sourcing import analyze_text
from sourcing.text.name_cards import name_cards, without_name_cards

BARR = (
    "Democrat Amy McGrath, a former fighter pilot who captured headlines earlier this year for "
    "her attempts to unseat Rep. Andy Barr Andy Hale BarrFarm manager doubts story horse bit "
    "Pence: report McConnell accepts Democratic rep's challenge to 5 debates McConnell campaign "
    "criticized for tombstone with challenger's name MORE (R-Ky.), said on Twitter."
)
POCAN = (
    "Rep. Mark Pocan Mark William PocanDemocrats take Trump impeachment case to voters Democrats "
    "press Nadler to hold Lewandowski in contempt Omar says US should reconsider aid to Israel "
    "MORE (D-Wis.), the co-chairman of the Congressional Progressive Caucus, said on Twitter."
)


@pytest.mark.parametrize(
    ("text", "cards"),
    [
        (BARR, [("Andy Hale BarrFarm manager doubts story horse bit Pence: report McConnell "
                "accepts Democratic rep's challenge to 5 debates McConnell campaign criticized "
                "for tombstone with challenger's name MORE")]),
        # A nickname in brackets; the headline glued to a word ending in a colon.
        (("Leader Mitch McConnell Addison (Mitch) Mitchell McConnellMcConnell: Communist Party's "
         "methods a 'tragedy' MORE (R-Ky.) penned an op-ed."),
         ["Addison (Mitch) Mitchell McConnellMcConnell: Communist Party's methods a 'tragedy' MORE"]),
        # The first name repeats too: the card keeps the whole name before it ("Paul Ryan").
        ("Speaker Paul Ryan Paul Davis Ryan Retirees should say 'no thanks' MORE (R-Wis.) said.",
         ["Paul Davis Ryan Retirees should say 'no thanks' MORE"]),
        # The name before glued to the card; a lower-case particle; a card with no headlines.
        ("Justice Stephen BreyerStephen BreyerSupreme Court clears way MORE, dissented.",
         ["Stephen BreyerSupreme Court clears way MORE"]),
        ("Mayor Bill de Blasio Bill de BlasioDNC raises thresholds MORE unfavorably.",
         ["Bill de BlasioDNC raises thresholds MORE"]),
        (("Rep. Susie Lee Suzanne (Susie) Kelley LeeMORE's (D-Nev.) win over Danny Tarkanian kept "
         "it after Jacky Rosen Jacklyn (Jacky) Sheryl RosenSenators introduce bill MORE vacated it."),
         ["Suzanne (Susie) Kelley LeeMORE", "Jacklyn (Jacky) Sheryl RosenSenators introduce bill MORE"]),
        # No card: a name said twice without headlines and "MORE", or "MORE" without a name.
        ("Barr said Andy Barr would run. MORE TO COME", []),
        ("READ MORE ABOUT BLACK LIVES MATTER", []),
    ],
)
def test_name_cards(text: str, cards: list[str]) -> None:
    assert [text[start:end] for start, end in name_cards(text)] == cards


def test_views_keep_length_and_cut_the_card() -> None:
    blanked = without_name_cards(BARR)
    assert len(blanked) == len(BARR)
    assert " ".join(blanked.split()).endswith("unseat Rep. Andy Barr (R-Ky.), said on Twitter.")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (BARR, ("Democrat Amy McGrath, a former fighter pilot who captured headlines earlier this "
                "year for her attempts to unseat Rep. Andy Barr")),
        (POCAN, "Rep. Mark Pocan"),
    ],
)
def test_the_card_is_no_speaker(text: str, source: str) -> None:
    """The sentence stays whole (its span covers the card); the source phrase ends before it."""
    (statement,) = analyze_text(text, model=None).statements
    assert statement.text == text
    assert statement.source == source
