"""docs/exercise_agreement_heldout16.jsonl: the sixteenth reading set (seed 1216), read blind.

Its section of docs/exercise_agreement.md: "The sixteenth reading set (stop 30; the rule, written
before the draw)".
"""

from __future__ import annotations

from reading_set_checks import (
    agreeing_through_alt,
    assert_held_out_figure,
    keyed_per_article,
    keyed_types,
    reader_part,
    reason_misses,
    review_adding_only_alts,
    type_disagreements,
)

SIXTEENTH_SET = [  # the draw of docs/exercise_agreement.md ("the sixteenth reading set"), in its order
    "e5d0Mhy3IdrEKkt8", "LGkWaYp10zhRpUeY", "V8psC7qdTDa9kMTl", "aMJoKJgGYaxuGtRU",
    "4dFYzdeZrj7W8kvi", "J4pvXTHRdXP2axRL", "YbUtEaGuIF0GicUw", "PsiHZV5YeXQ6V9Vt",
    "qlZxAe2HEWnzamzq", "1dDiUdhmbc8SpN0U", "HE0BguXhHJcVYjUC", "Cnw4BAjQOlhu0WBv",
    "fcOUQvI5CVXJbZ44", "CzaO828tudjzPdXN", "mTlzZagHrUzao6lR", "zLuodwdFSgdFxxrH",
    "XXiYyGy6FceF4Qdz", "Io7fXO1wvn4pYv9G", "alaFQhj81CXOpPrJ", "VrplpYL5rCPk76ta",
]


def test_sixteenth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read16a): 205 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout16", SIXTEENTH_SET[:10], 205,
        {"USA TODAY", "Newsmax", "Fox News", "New York Times - News", "Washington Times"},
        {"named_official": 79, "unattributed": 60, "unnamed_source": 32, "named_person": 17,
         "cited_outlet": 8, "named_organization": 5, "document": 4, "boilerplate": 0},
        12, {"e5d0Mhy3IdrEKkt8", "V8psC7qdTDa9kMTl", "4dFYzdeZrj7W8kvi", "YbUtEaGuIF0GicUw"})
    by_key = {(row["id"], row["statement"]): row for row in first}
    briefed = by_key[("e5d0Mhy3IdrEKkt8", 2)]  # "The officials briefed the Associated Press ... on condition of
    assert (briefed["reading"], briefed["alt"], briefed["rule"]) == ("unattributed", ["unnamed_source"], "8")  # anonymity"
    aide = [by_key[("V8psC7qdTDa9kMTl", number)]["reason_reading"] for number in (3, 6, 7, 8)]
    assert aide == [True] * 4  # "the aide, who was not authorized to speak publicly" ([8]) covers the same aide
    authors = by_key[("qlZxAe2HEWnzamzq", 7)]  # "Several authors of the draft, quoted anonymously, told The Times"
    assert (authors["reading"], authors["alt"], authors["reason_reading"]) == ("unnamed_source", ["cited_outlet"], False)
    staffer = by_key[("aMJoKJgGYaxuGtRU", 13)]  # "who was not offered a full-time role": describes, gives no terms
    assert (staffer["reading"], staffer["reason_reading"]) == ("unnamed_source", False)
    ruled = by_key[("LGkWaYp10zhRpUeY", 0)]  # "A federal judge ruled ...": "ruled" is a plain act (rule 7)
    assert (ruled["reading"], ruled["alt"], ruled["rule"]) == ("unattributed", ["named_official"], "7")
    study = [row["statement"] for row in first if row["reading"] == "document"]
    assert study == [3, 4, 5, 6] and {row["id"] for row in first if row["reading"] == "document"} == {"qlZxAe2HEWnzamzq"}
    tweets = [by_key[("4dFYzdeZrj7W8kvi", number)]["rule"] for number in range(3, 11)]
    assert tweets == ["9"] * 8  # Trump's three embedded tweets; their credit lines are outside the listing
    diplomat = by_key[("4dFYzdeZrj7W8kvi", 22)]  # "according to a Western diplomat who spoke on the condition of
    assert (diplomat["reading"], diplomat["rule"], diplomat["reason_reading"]) == ("unnamed_source", "1,6", True)  # ..."
    former = [by_key[key]["reading"] for key in (("PsiHZV5YeXQ6V9Vt", 6), ("V8psC7qdTDa9kMTl", 23),
                                                 ("1dDiUdhmbc8SpN0U", 15))]
    assert former == ["named_person"] * 3  # a former senator, a former lawyer, a television host


def test_sixteenth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read16b): 194 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout16", SIXTEENTH_SET[10:], 194,
        {"Fox Online News", "Breitbart News", "CBN", "CNN (Web News)", "Daily Beast", "NPR Online News",
         "Wall Street Journal - News", "BBC News", "The Hill"},
        {"named_official": 85, "unattributed": 38, "named_person": 27, "named_organization": 25,
         "cited_outlet": 9, "unnamed_source": 6, "document": 0, "boilerplate": 4},
        2, {"fcOUQvI5CVXJbZ44"})
    by_key = {(row["id"], row["statement"]): row for row in second}
    woman = [by_key[("fcOUQvI5CVXJbZ44", number)] for number in (4, 5)]  # "a woman who declined to give her
    assert [(row["reading"], row["reason_reading"]) for row in woman] == [("unnamed_source", True)] * 2  # name"
    unnamed = sorted(key for key, row in by_key.items() if row["reading"] == "unnamed_source")
    assert unnamed == [("HE0BguXhHJcVYjUC", 8), ("HE0BguXhHJcVYjUC", 15), ("XXiYyGy6FceF4Qdz", 6),
                       ("alaFQhj81CXOpPrJ", 10), ("fcOUQvI5CVXJbZ44", 4), ("fcOUQvI5CVXJbZ44", 5)]
    prosecutor = by_key[("HE0BguXhHJcVYjUC", 3)]  # "A Michigan prosecutor said": Jeff Getting, named next (rule 6)
    assert (prosecutor["reading"], prosecutor["alt"], prosecutor["rule"]) == ("named_official", ["unnamed_source"], "6")
    police = by_key[("HE0BguXhHJcVYjUC", 2)]  # "..., police said.": the gold's convention
    assert (police["reading"], police["alt"]) == ("named_organization", ["unnamed_source"])
    owners = by_key[("fcOUQvI5CVXJbZ44", 8)]  # "..., which they think may have played a role": the closest call
    assert (owners["reading"], owners["alt"], owners["rule"]) == (
        "named_official", ["unattributed", "unnamed_source"], "3,7")
    poll = [by_key[("mTlzZagHrUzao6lR", number)]["reading"] for number in (16, 17, 18, 19)]  # CNN's own poll
    assert poll == ["unattributed", "named_organization", "named_organization", "named_organization"]
    own = by_key[("XXiYyGy6FceF4Qdz", 11)]  # "Drones, as we have previously reported, ...": NPR's own (rule 10)
    assert (own["reading"], own["alt"], own["rule"]) == ("unattributed", ["cited_outlet"], "10")
    hedge = by_key[("zLuodwdFSgdFxxrH", 11)]  # "It appears that Turley's company did, in the end, comply."
    assert (hedge["reading"], hedge["alt"]) == ("unattributed", ["unnamed_source"])
    tweet = [by_key[("VrplpYL5rCPk76ta", number)]["reading"] for number in range(4, 9)]  # Trump's tweet (rule 9)
    assert tweet == ["named_official"] * 5
    links = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert links == [("CzaO828tudjzPdXN", 10), ("CzaO828tudjzPdXN", 11), ("CzaO828tudjzPdXN", 12),
                     ("VrplpYL5rCPk76ta", 17)]  # CBN's video pointer and link, The Hill's pic.twitter link


def test_sixteenth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """The review before the keys: 2 of 399 rows changed, each a second type added to alt, noted "review:"; no
    reading and no reason changed, so both readers' counts stand (the whole set's below). The closest reason
    calls, left as read, keep their reasons."""
    reviewed, by_key = review_adding_only_alts(
        "heldout16", SIXTEENTH_SET, 399,
        {"named_official": 164, "unattributed": 98, "named_person": 44, "unnamed_source": 38,
         "named_organization": 30, "cited_outlet": 17, "document": 4, "boilerplate": 4}, 14, keyed=True)
    times, white_house = ("4dFYzdeZrj7W8kvi", 19), ("V8psC7qdTDa9kMTl", 4)
    assert set(reviewed) == {times, white_house}
    alts = {key: (row["reading"], row["alt"], row["reason_reading"]) for key, row in reviewed.items()}
    assert alts[times] == ("cited_outlet", ["unattributed", "unnamed_source"], None)  # "confirmed by multiple outlets"
    assert alts[white_house] == ("named_organization", ["named_official"], None)  # Hogan Gidley's words follow
    left = [("V8psC7qdTDa9kMTl", 3),  # "a Democratic committee aide said": read as the aide of [8]'s terms
            ("fcOUQvI5CVXJbZ44", 4),  # "a woman who declined to give her name": terms, as the gold's "declined
            ("qlZxAe2HEWnzamzq", 7)]  # to be named"; "quoted anonymously": the Times' choice, no terms of theirs
    assert [by_key[key]["reason_reading"] for key in left] == [True, True, False]


def test_sixteenth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main feb6334 (made once, 10:11:15 UTC; made again at 10:11:23, byte-identical): 146/149 with
    alt, 134 strict, 8/9, one agreeing type under a wrong source (judged with each key open)."""
    keyed = assert_held_out_figure("heldout16", statements=399, articles=20, keyed=149, agree=146, strict=134,
                                   reasons=9, reasons_agree=8, wrong_sources=1, per_article_min_max=(2, 18))
    assert reason_misses(keyed) == {("4dFYzdeZrj7W8kvi", 24): (True, False)}  # "sources told Fox News": no terms;
    assert type_disagreements(keyed) == {  # the key took [22]'s, the Times' Western diplomat's
        ("4dFYzdeZrj7W8kvi", 2): ("named_official", "unattributed"),  # "The tweets unfolded as follows:", the lead-in
        ("CzaO828tudjzPdXN", 2): ("named_organization", "unattributed"),  # "they testified": the women, not Facebook
        ("CzaO828tudjzPdXN", 3): ("unnamed_source", "named_person")}  # "the women said": Diamond and Silk of [0]
    wrong = {(row["id"], row["statement"]): row["source_keyed"] for row in keyed if not row["source_ok"]}
    assert wrong == {("1dDiUdhmbc8SpN0U", 16): "Mr. Priebus"}  # "He also said" after "Mr. Wallace said": Wallace
    assert agreeing_through_alt(keyed) == 12  # the type in alt
    per_article = keyed_per_article(keyed, SIXTEENTH_SET)
    assert (per_article[9], per_article[10]) == (5, 6)  # median 5.5
    assert keyed_types(keyed) == {"named_official": 94, "unattributed": 24, "unnamed_source": 12,
                                  "named_organization": 10, "named_person": 6, "cited_outlet": 2, "document": 1}
