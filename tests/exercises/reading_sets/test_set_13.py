"""docs/exercise_agreement_heldout13.jsonl: the thirteenth reading set (seed 1213), read blind.

Its section of docs/exercise_agreement.md: "The thirteenth reading set (stop 28; the rule, written
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
    rows,
    type_disagreements,
    whole_set,
)

THIRTEENTH_SET = [  # the draw of docs/exercise_agreement.md ("the thirteenth reading set"), in its order
    "ow8OEdBoFb9iWFBe", "vBQ0nXQo0iHOpdPO", "kJLjLqjhIuqDfaH5", "Nwm2vNzNiJb2RHNd",
    "qezlErkcnSXvnWul", "gIUYLNclnfHf12b5", "o7G2MshHSgwpIq0E", "eHJwKwP5yDpAKMhW",
    "dlKuw0Vpuho3HqWB", "YWQDVDBtNA16XWJ6", "jFmZSxJmMwmZQx9m", "qtGRjf0ztpbMw8nr",
    "TL63alQP9dLKT0E1", "TvS7gZxFTWiRsNSs", "3wqwyZjldYYzAN5Q", "G5aBygS0nnxNN30F",
    "eINR1dD3q8CzEUT1", "uYGPxaSDwu0xCWMa", "w8n4Ts2SLX2IoIat", "2hEmanOrKukKNoj7",
]


def test_thirteenth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10: 193 statements blind, the counts of docs/exercise_agreement.md."""
    first = reader_part(
        "heldout13", THIRTEENTH_SET[:10], 193,
        {"USA TODAY", "Politico", "Fox Online News", "Washington Times", "Fox News"},
        {"unattributed": 81, "named_official": 58, "named_organization": 24, "unnamed_source": 18,
         "cited_outlet": 8, "named_person": 4, "document": 0, "boilerplate": 0},
        6, {"kJLjLqjhIuqDfaH5", "o7G2MshHSgwpIq0E"})
    by_key = {(row["id"], row["statement"]): row for row in first}
    privately = by_key[("kJLjLqjhIuqDfaH5", 7)]  # "Democrats began to raise concerns privately": the aide's terms of [8]
    assert (privately["reading"], privately["reason_reading"]) == ("unnamed_source", True)
    told = by_key[("o7G2MshHSgwpIq0E", 0)]  # "U.S. officials have told The Washington Times": terms in [1]
    assert (told["reading"], told["rule"], told["reason_reading"]) == ("unnamed_source", "5,6", True)
    op_ed = by_key[("qezlErkcnSXvnWul", 2)]  # "the author claimed": the anonymous op-ed's author, no terms given
    assert (op_ed["reading"], op_ed["reason_reading"]) == ("unnamed_source", False)
    relayed = by_key[("YWQDVDBtNA16XWJ6", 2)]  # "The Post reported that the DNC has told ...": the DNC, via the Post
    assert (relayed["reading"], relayed["alt"], relayed["rule"]) == ("named_organization", ["cited_outlet"], "1")
    sourcing_itself = by_key[("ow8OEdBoFb9iWFBe", 19)]  # "Working anonymously for their safety, members of ..."
    assert (sourcing_itself["reading"], sourcing_itself["alt"], sourcing_itself["rule"]) == (
        "unattributed", ["unnamed_source", "named_organization"], "8")  # named_organization added by the review
    column = [row["reading"] for row in first if row["id"] == "dlKuw0Vpuho3HqWB"]  # an opinion column
    assert column.count("unattributed") == 28 and column.count("unnamed_source") == 2


def test_thirteenth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read13b): 169 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout13", THIRTEENTH_SET[10:], 169,
        {"New York Times - News", "Newsmax", "The Daily Caller", "Christian Science Monitor", "BBC News",
         "The Guardian", "CNN (Web News)"},
        {"unattributed": 45, "named_official": 45, "named_person": 31, "unnamed_source": 19,
         "named_organization": 14, "document": 12, "cited_outlet": 1, "boilerplate": 2},
        9, {"jFmZSxJmMwmZQx9m", "TL63alQP9dLKT0E1", "3wqwyZjldYYzAN5Q"})
    by_key = {(row["id"], row["statement"]): row for row in second}
    briefing = by_key[("TL63alQP9dLKT0E1", 9)]  # "the official said": the briefing official "speaking on the condition of anonymity"
    assert (briefing["reading"], briefing["rule"], briefing["reason_reading"]) == ("unnamed_source", "2", True)
    group = by_key[("3wqwyZjldYYzAN5Q", 1)]  # "Officials told the Daily Caller": the terms of [5] are one member's
    assert (group["reading"], group["reason_reading"]) == ("unnamed_source", False)
    described = by_key[("TvS7gZxFTWiRsNSs", 12)]  # "it was described as ...": an agentless passive, as the gold reads it
    assert (described["reading"], described["alt"], described["rule"]) == ("unnamed_source", ["named_organization"], "4")
    motion = by_key[("G5aBygS0nnxNN30F", 7)]  # "Fox News's motion, reviewed by the Daily Caller, reads": a court filing
    assert (motion["reading"], motion["alt"]) == ("document", ["named_organization"])
    links = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert links == [("jFmZSxJmMwmZQx9m", 0), ("w8n4Ts2SLX2IoIat", 6)]  # a "[Read more ...]" link and a photo caption


def test_thirteenth_set_all_20_articles_read_blind() -> None:
    """Both readers' rows: 362 statements of the 20 articles, 11-20 (landed first) then 1-10 appended after
    them, the whole set's counts of docs/exercise_agreement.md."""
    whole_set("heldout13", THIRTEENTH_SET[10:] + THIRTEENTH_SET[:10], 362,
              {"unattributed": 126, "named_official": 103, "named_organization": 38, "unnamed_source": 37,
               "named_person": 35, "document": 12, "cited_outlet": 9, "boilerplate": 2}, 15)


def test_thirteenth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """The review before the keys: 1 of 362 rows changed, a second type added to alt, noted "review:";
    no reading and no reason changed, so the counts above stand. The closest reason calls, the two
    readers' groups whose terms one member states, are left as each reader read them."""
    readings = rows("heldout13")
    reviewed = {(row["id"], row["statement"]): row for row in readings if "; review: " in row["note"]}
    assert set(reviewed) == {("ow8OEdBoFb9iWFBe", 19)}
    members = reviewed[("ow8OEdBoFb9iWFBe", 19)]  # "members of Raqqa Is Being Slaughtered Silently secretly film ..."
    assert (members["reading"], members["alt"], members["rule"], members["reason_reading"]) == (
        "unattributed", ["unnamed_source", "named_organization"], "8", None)
    assert "(rule 7)" in members["note"].split("; review: ")[1]
    by_key = {(row["id"], row["statement"]): row for row in readings}
    privately = by_key[("kJLjLqjhIuqDfaH5", 7)]  # "Democrats began to raise concerns privately": the aide's terms
    group = [by_key[("3wqwyZjldYYzAN5Q", number)] for number in (0, 1)]  # "Officials ...": one member's terms
    assert privately["reason_reading"] is True and [row["reason_reading"] for row in group] == [False, False]


def test_thirteenth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main eced373 (made once, 05:56 UTC; re-made on eced373 at 06:13 with the same figures and
    disagreements): 114/123 with alt, 109 strict, 15/15, two agreeing types under a wrong source."""
    keyed = assert_held_out_figure("heldout13", statements=362, articles=20, keyed=123, agree=114, strict=109,
                                   reasons=15, reasons_agree=15, wrong_sources=2, per_article_min_max=(1, 13))
    assert reason_misses(keyed) == {}
    quayle, blendon = "gIUYLNclnfHf12b5", "qtGRjf0ztpbMw8nr"
    assert type_disagreements(keyed) == {
        ("G5aBygS0nnxNN30F", 10): ("cited_outlet", "document"),  # "It also notes": Fox News's motion, a court filing
        ("eINR1dD3q8CzEUT1", 18): ("named_person", "named_organization"),  # "notes a Fort Bragg press release"
        **{(quayle, number): ("named_official", "named_person") for number in (13, 14, 15, 16)},  # Tiffany Quayle's, keyed Schweikert's
        (blendon, 11): ("unattributed", "named_person"),  # the passage after "the public focus shifted:"
        (blendon, 12): ("unattributed", "named_person"),
        ("vBQ0nXQo0iHOpdPO", 4): ("unnamed_source", "named_official")}  # "He": "the spokesman, Cmdr. David Benham"
    wrong = {(row["id"], row["statement"]): row["source_keyed"] for row in keyed if not row["source_ok"]}
    assert wrong == {("uYGPxaSDwu0xCWMa", 7): "Mr Trump",  # "he replied" is Mr Tillerson of [6]
                     ("G5aBygS0nnxNN30F", 11): "its lawsuit"}  # WASHLITE's lawsuit; "The network explains"
    assert agreeing_through_alt(keyed) == 5  # the type in alt
    per_article = keyed_per_article(keyed, THIRTEENTH_SET)
    assert (per_article[9], per_article[10]) == (5, 5)  # median 5
    assert keyed_types(keyed) == {"named_official": 49, "unattributed": 32, "named_organization": 18,
                                  "unnamed_source": 16, "named_person": 4, "cited_outlet": 3, "document": 1}
