"""docs/exercise_agreement_heldout7.jsonl: the seventh reading set (seed 1207), read blind.

Its section of docs/exercise_agreement.md: "The seventh reading set (stop 23; the rule, written
before the draw)".
"""

from __future__ import annotations

from reading_set_checks import assert_held_out_figure, rows


def test_seventh_set_supplement_read_after_the_18() -> None:
    readings = rows("heldout7")
    ids = list(dict.fromkeys(row["id"] for row in readings))
    assert ids[18:] == ["bnuktIAxvNp5xSqq", "3BwUSJGyEsom5oIN"]
    assert {row["outlet"] for row in readings if row["id"] in ids[18:]} == {"ABC News", "Fox News"}


def test_seventh_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main e3e7e38 (made once, 14:52 UTC): 175/188 with alt, 156 strict, 18/28."""
    assert_held_out_figure("heldout7", statements=324, articles=20, keyed=188, agree=175, strict=156,
                           reasons=28, reasons_agree=18, wrong_sources=4, per_article_min_max=(2, 16))
