"""docs/exercise_agreement_heldout10.jsonl: the tenth reading set (seed 1210), read blind.

Its section of docs/exercise_agreement.md: "The tenth reading set (stop 25; the rule, written before
the draw)".
"""

from __future__ import annotations

from reading_set_checks import (
    agreeing_through_alt,
    assert_held_out_figure,
    keyed_per_article,
    reader_part,
    reason_misses,
    rows,
    type_disagreements,
)

TENTH_SET = [  # the draw of docs/exercise_agreement.md ("the tenth reading set"), in its order
    "jaLsRVTFztRNteJz", "x0RIhYc5SnOJOl0N", "5s8ErgkgTETD2mLE", "95BejCmPmNf8nYb3",
    "E8ixnlo7MN7LImdw", "8Ax39XHqhBJ6H4y9", "YV8Fv5ZqDjrK2Emn", "oUn1IrEvm5xQmSr1",
    "BcTFdfycQYmFqEZa", "6kHev8wOHlpEPq94", "9LlORhY6jGffLs2P", "fbwpZ7JNX5u1mHH3",
    "0nLqC07sGpqA0GJ1", "k05xArtsgcmbTXPn", "CIvlrNjsFVOJrtq1", "ZikDVMieIFO5mHtk",
    "8a3EhR2YBily7Td0", "k3H67NNhHuuohGPg", "fFqXeA2Q4m3EGshh", "z5JSJJNuAYN6Ph9B",
]


def test_tenth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10: 201 statements blind, the counts of docs/exercise_agreement.md."""
    first = reader_part(
        "heldout10", TENTH_SET[:10], 201, {"Fox Online News", "New York Times - News", "The Hill", "Fox News", "CBN"},
        {"unattributed": 69, "named_official": 57, "unnamed_source": 40, "named_person": 22,
         "named_organization": 7, "cited_outlet": 4, "document": 2, "boilerplate": 0},
        29, {"jaLsRVTFztRNteJz", "E8ixnlo7MN7LImdw", "YV8Fv5ZqDjrK2Emn", "BcTFdfycQYmFqEZa"})
    by_key = {(row["id"], row["statement"]): row for row in first}
    eric = by_key[("5s8ErgkgTETD2mLE", 6)]  # a first name given at his own request: rule 11
    assert (eric["reading"], eric["alt"], eric["rule"]) == ("named_person", ["unnamed_source"], "11")
    op_ed = [row for row in first if row["id"] == "E8ixnlo7MN7LImdw" and row["reading"] == "unnamed_source"]
    assert len(op_ed) == 19 and all(row["reason_reading"] is True for row in op_ed)


def test_tenth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read10b) in one run in the draw's order; the first reader's 1-10 may come before or after.
    227 rows as read; 226 since seg2 joined NPR's "Politics S.V." and "Dáte Reports ..." (two boilerplate
    rows, one unit)."""
    reader_part(
        "heldout10", TENTH_SET[10:], 226,
        {"NPR Online News", "New York Post", "Christian Science Monitor", "Newsmax", "Reuters"},
        {"named_official": 87, "unattributed": 88, "named_person": 3, "unnamed_source": 30,
         "named_organization": 13, "cited_outlet": 3, "document": 1, "boilerplate": 1},
        14, {"CIvlrNjsFVOJrtq1", "8a3EhR2YBily7Td0", "fFqXeA2Q4m3EGshh"})


def test_tenth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """The review before the keys: 7 of 428 rows changed, each an alt added, noted "review:" (427 rows since seg2)."""
    readings = rows("heldout10")
    assert len(readings) == 427 and list(dict.fromkeys(row["id"] for row in readings)) == TENTH_SET
    reviewed = {(row["id"], row["statement"]): row for row in readings if "review:" in row["note"]}
    assert set(reviewed) == {("jaLsRVTFztRNteJz", 8), ("fbwpZ7JNX5u1mHH3", 0), ("fbwpZ7JNX5u1mHH3", 1),
                             *(("YV8Fv5ZqDjrK2Emn", number) for number in (0, 2, 3, 19))}
    alts = {key: (row["reading"], row["alt"]) for key, row in reviewed.items()}
    assert alts == {
        ("jaLsRVTFztRNteJz", 8): ("document", ["unattributed", "named_organization"]),
        ("YV8Fv5ZqDjrK2Emn", 0): ("unattributed", ["unnamed_source", "named_organization"]),
        ("YV8Fv5ZqDjrK2Emn", 2): ("unattributed", ["named_organization"]),
        ("YV8Fv5ZqDjrK2Emn", 3): ("unattributed", ["unnamed_source"]),
        ("YV8Fv5ZqDjrK2Emn", 19): ("unattributed", ["unnamed_source"]),
        ("fbwpZ7JNX5u1mHH3", 0): ("unattributed", ["named_organization"]),
        ("fbwpZ7JNX5u1mHH3", 1): ("document", ["unattributed", "named_organization"]),
    }


def test_tenth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 179435a (made once, 20:57 UTC): 162/165 with alt, 153 strict, 11/12 (428 rows, 427
    since seg2 joined two unkeyed boilerplate rows)."""
    keyed = assert_held_out_figure("heldout10", statements=427, articles=20, keyed=165, agree=162, strict=153,
                                   reasons=12, reasons_agree=11, wrong_sources=4, per_article_min_max=(2, 26))
    assert set(reason_misses(keyed)) == {("jaLsRVTFztRNteJz", 0)}  # "Officials said": the terms of [5] not carried back
    disagree = type_disagreements(keyed)
    assert disagree == {("95BejCmPmNf8nYb3", 5): ("named_official", "unnamed_source"),
                        ("6kHev8wOHlpEPq94", 16): ("named_official", "named_person"),
                        ("k3H67NNhHuuohGPg", 1): ("named_person", "named_official")}
    wrong = {(row["id"], row["statement"]): row["source_keyed"] for row in keyed if row["source_ok"] is False}
    assert wrong == {("95BejCmPmNf8nYb3", 6): "Mr. Graham", ("95BejCmPmNf8nYb3", 7): "Mr. Graham",
                     ("k05xArtsgcmbTXPn", 19): "Trump", ("k05xArtsgcmbTXPn", 20): "Trump"}
    assert agreeing_through_alt(keyed) == 9  # the type in alt
    per_article = keyed_per_article(keyed, TENTH_SET)
    assert (per_article[9], per_article[10]) == (6, 6)  # median 6
