"""docs/exercise_agreement_heldout9.jsonl: the ninth reading set (seed 1209), read blind.

Its section of docs/exercise_agreement.md: "The ninth reading set (stop 24; the rule, written before
the draw)".
"""

from __future__ import annotations

from reading_set_checks import (
    TYPES,
    assert_held_out_figure,
    keyed_per_article,
    reason_misses,
    rows,
    type_disagreements,
)

NINTH_SET = [  # the draw of docs/exercise_agreement.md ("the ninth reading set"), in its order
    "Xzktn7LrMxR3EJ5x", "v1FoROR1ESlXkCWx", "ahNtF7yUJ77DlSdU", "nP76aFcDi8GbjDns",
    "CGcF8tcAIvKNF1AC", "bn6MR4yEvS6TXGRb", "cSm5I2xHBOeccPT9", "DdwQcXArODteqm7S",
    "ZkWxx6sjyup1r13E", "VjnTe6QybYYOk3a7", "EYscFljkPeenx7Na", "5cNrah2gfdREGUBU",
    "SqsVyf9GqQug3Kc1", "au3wO2Wgl6vBx1xZ", "BQKw4qgO0fgus65y", "Z2RgCr78E4H2DkRT",
    "lY6alSteqLy2nRxl", "TUWjiZYe00lKXtNO", "j8cXfxjkpEHm7MzE", "vQkYWghevzNcdbJp",
]


def test_ninth_set_read_whole_articles_in_the_draws_order_before_any_key() -> None:
    """Articles 1-10 read first; the second reader's 11-20 are appended in the same order."""
    readings = rows("heldout9")
    ids = list(dict.fromkeys(row["id"] for row in readings))
    assert 10 <= len(ids) <= 20 and ids == NINTH_SET[:len(ids)]
    first = [row for row in readings if row["id"] in NINTH_SET[:10]]
    assert len(first) == 197
    assert {row["outlet"] for row in first} == {"Newsmax", "The Daily Caller", "The Hill", "Fox News", "Politico"}
    counts = {reading: sum(row["reading"] == reading for row in first) for reading in TYPES | {"boilerplate"}}
    assert counts == {"named_official": 75, "unattributed": 38, "named_person": 30, "unnamed_source": 28,
                      "named_organization": 13, "cited_outlet": 9, "document": 3, "boilerplate": 1}
    assert sum(row["reason_reading"] is True for row in first) == 8  # 6 blind, 2 more after the review


def test_ninth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read9b), appended after the first ten: 198 statements, the doc's counts after the review."""
    readings = rows("heldout9")
    assert list(dict.fromkeys(row["id"] for row in readings)) == NINTH_SET
    second = [row for row in readings if row["id"] in NINTH_SET[10:]]
    assert len(second) == 198 and readings[-198:] == second
    assert {row["outlet"] for row in second} == {"Fox Online News", "USA TODAY", "New York Times - News",
                                                  "BBC News", "Washington Times"}
    counts = {reading: sum(row["reading"] == reading for row in second) for reading in TYPES | {"boilerplate"}}
    assert counts == {"named_official": 74, "unattributed": 75, "named_person": 8, "unnamed_source": 26,
                      "named_organization": 13, "cited_outlet": 1, "document": 0, "boilerplate": 1}
    assert sum(row["reason_reading"] is True for row in second) == 11
    reasons = {row["id"] for row in second if row["reason_reading"] is True}
    assert reasons == {"EYscFljkPeenx7Na", "SqsVyf9GqQug3Kc1", "BQKw4qgO0fgus65y", "lY6alSteqLy2nRxl"}


def test_ninth_set_review_marks_every_changed_row() -> None:
    """The review before the keys: 11 rows changed (1 type, 2 reasons, 8 alts), each noted "review:"."""
    readings = rows("heldout9")
    reviewed = {(row["id"], row["statement"]) for row in readings if "review:" in row["note"]}
    assert reviewed == {("ahNtF7yUJ77DlSdU", 0), ("ahNtF7yUJ77DlSdU", 1), ("BQKw4qgO0fgus65y", 3),
                        ("5cNrah2gfdREGUBU", 0), ("ZkWxx6sjyup1r13E", 0), ("ZkWxx6sjyup1r13E", 1),
                        *(("CGcF8tcAIvKNF1AC", number) for number in range(3, 8))}
    by_key = {(row["id"], row["statement"]): row for row in readings}
    seen = by_key[("BQKw4qgO0fgus65y", 3)]
    assert (seen["reading"], seen["alt"], seen["reason_reading"]) == ("unattributed", ["unnamed_source"], None)
    assert all(by_key[("ahNtF7yUJ77DlSdU", number)]["reason_reading"] is True for number in (0, 1))
    lawyers = [by_key[key] for key in reviewed if key[0] in {"CGcF8tcAIvKNF1AC", "ZkWxx6sjyup1r13E"}]
    assert len(lawyers) == 7
    assert all(row["reading"] == "named_person" and "named_official" in row["alt"] for row in lawyers)
    assert by_key[("5cNrah2gfdREGUBU", 0)]["alt"] == ["named_official"]
    total = {reading: sum(row["reading"] == reading for row in readings) for reading in TYPES | {"boilerplate"}}
    assert (total["unattributed"], total["unnamed_source"]) == (113, 54)
    assert sum(row["reason_reading"] is True for row in readings) == 19


def test_ninth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 9152ffa (made once, 18:06 UTC): 223/233 with alt, 208 strict, 30/33."""
    keyed = assert_held_out_figure("heldout9", statements=395, articles=20, keyed=233, agree=223, strict=208,
                                   reasons=33, reasons_agree=30, wrong_sources=3, per_article_min_max=(6, 18))
    assert set(reason_misses(keyed)) == {("lY6alSteqLy2nRxl", number) for number in (7, 8, 9)}
    disagree = list(type_disagreements(keyed))
    assert sorted(number for article_id, number in disagree if article_id == "ahNtF7yUJ77DlSdU") == [4, 5, 6, 7, 8, 9, 17]
    assert {article_id for article_id, _ in disagree} == {"ahNtF7yUJ77DlSdU", "Z2RgCr78E4H2DkRT",
                                                           "nP76aFcDi8GbjDns", "v1FoROR1ESlXkCWx"}
    assert {row["source_keyed"] for row in keyed if row["source_ok"] is False} == {
        "Mueller", "Democratic Sen. Mark Warner of Virginia"}
    per_article = keyed_per_article(keyed, NINTH_SET)
    assert (per_article[0], per_article[9], per_article[10], per_article[-1]) == (6, 12, 12, 18)
