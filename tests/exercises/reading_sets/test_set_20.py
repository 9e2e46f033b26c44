"""docs/exercise_agreement_heldout20.jsonl: the twentieth reading set (seed 1220), read blind.

Its section of docs/exercise_agreement.md: "The twentieth reading set (stop 32; the rule, written
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

TWENTIETH_SET = [  # the draw of docs/exercise_agreement.md ("the twentieth reading set"), in its order
    "cy3lFzVbGUpsnrTS", "rEV28JGEuCSCPk5L", "G3irbRuBtGUPK75l", "mR4m2a1gaaPOlqWY",
    "FZpWOxXNpjgv2d4c", "alNaerSF4wSmafd1", "VXhZcZ0t6tQqnuIz", "DVxDZS9oOS2XOjET",
    "Tn1N6e3gd4xEHdTl", "Gdd4i5bDfKXaCnze", "Hlen0xBWavypsAym", "BRE75S2Z34bMxSpO",
    "6hjkm8yHTyhHQbR3", "bqNnuux28IngHDPv", "dU9Xpw5fM7EZHKwH", "2An8tfyO8J3URsoY",
    "BeVVbLtt4EbDTg0d", "hebxnq9Lxr0OODnj", "tjm3nc31lWYTTgC5", "9qvUs5ADPBHEnihQ",
]


def test_twentieth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read20a): 206 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout20", TWENTIETH_SET[:10], 206,
        {"New York Times - News", "USA TODAY", "Fox Online News", "CNN (Web News)", "Washington Times",
         "Wall Street Journal - News", "Reuters"},
        {"unattributed": 93, "named_official": 42, "named_organization": 36, "unnamed_source": 16,
         "named_person": 13, "cited_outlet": 4, "document": 2, "boilerplate": 0},
        7, {"cy3lFzVbGUpsnrTS", "G3irbRuBtGUPK75l", "FZpWOxXNpjgv2d4c"})
    by_key = {(row["id"], row["statement"]): row for row in first}
    cohen, algeria, truce, zuckerberg, daca, ratings, climate = (
        "G3irbRuBtGUPK75l", "mR4m2a1gaaPOlqWY", "FZpWOxXNpjgv2d4c", "VXhZcZ0t6tQqnuIz", "DVxDZS9oOS2XOjET",
        "Tn1N6e3gd4xEHdTl", "Gdd4i5bDfKXaCnze")
    terms = [by_key[key]["reason_reading"] for key in ((cohen, 0), (cohen, 2), (truce, 6), (truce, 23))]
    assert terms == [True, True, True, False]  # terms in the next sentence ([1], [7]); [23] far from [7]
    sourcing_itself = by_key[(truce, 7)]  # "The officials ... spoke on condition of anonymity because ..." (rule 8)
    assert (sourcing_itself["reading"], sourcing_itself["alt"], sourcing_itself["rule"]) == (
        "unattributed", ["unnamed_source"], "8")
    watchdog = by_key[(algeria, 0)]  # "a U.S. terrorist watchdog group says": SITE, named in [6] (rule 6)
    assert (watchdog["reading"], watchdog["alt"]) == ("named_organization", ["unnamed_source"])
    broke = by_key[(zuckerberg, 2)]  # "News broke this weekend that ...": unidentified reports
    assert (broke["reading"], broke["reason_reading"]) == ("unnamed_source", False)
    brief = [by_key[(daca, number)]["reading"] for number in (8, 9, 13, 14)]  # judges said, ordered; the brief
    assert brief == ["unnamed_source", "unattributed", "named_organization", "named_organization"]
    gallup = [by_key[(ratings, number)]["reading"] for number in (3, 7, 10, 12, 20, 21)]  # Gallup only where named
    assert gallup == ["named_organization", "unattributed", "unattributed"] + [
        "named_organization", "named_organization", "unattributed"]
    outlets = sorted(key for key, row in by_key.items() if row["reading"] == "cited_outlet")
    assert outlets == [(cohen, 4), (cohen, 5), (algeria, 9), (algeria, 12)]  # the Times, the Journal, AFP, the BBC
    lawyers = [by_key[(cohen, number)] for number in (6, 8, 24)]  # Giuliani, Davis; "A lawyer representing Cohen"
    assert [(row["reading"], row["alt"]) for row in lawyers] == [
        ("named_person", ["named_official"]), ("named_person", ["named_official"]), ("unnamed_source", ["named_person"])]
    report = [by_key[(climate, number)]["reading"] for number in (1, 13, 16)]  # the government's report; a study
    assert report == ["named_organization", "named_organization", "unnamed_source"]
    ellipsis = by_key[(truce, 18)]  # Yaalon's "...", split off: read with his quotation (rule 3)
    assert (ellipsis["text"], ellipsis["reading"], ellipsis["rule"]) == ("...", "named_official", "3")


def test_twentieth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read20b): 171 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout20", TWENTIETH_SET[10:], 171,
        {"The Guardian", "Politico", "The Daily Caller", "New York Post", "NPR Online News", "Associated Press",
         "CBN", "Newsmax", "ABC News", "CBS News"},
        {"named_official": 65, "unattributed": 45, "named_person": 18, "named_organization": 12, "document": 10,
         "cited_outlet": 7, "unnamed_source": 7, "boilerplate": 7},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    guardian, politico, caller, post, npr = ("Hlen0xBWavypsAym", "BRE75S2Z34bMxSpO", "6hjkm8yHTyhHQbR3",
                                             "bqNnuux28IngHDPv", "dU9Xpw5fM7EZHKwH")
    cbn, newsmax, abc, cbs = "BeVVbLtt4EbDTg0d", "hebxnq9Lxr0OODnj", "tjm3nc31lWYTTgC5", "9qvUs5ADPBHEnihQ"
    unnamed = sorted(key for key, row in by_key.items() if row["reading"] == "unnamed_source")
    assert unnamed == sorted([(caller, 10), (cbn, 0), (cbn, 10), (cbn, 11), (cbn, 12), (abc, 0),
                              (cbs, 4)])  # none with terms
    links = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert links == [(politico, 0), (politico, 1), (cbn, 14)] + [(newsmax, number) for number in range(4)]
    romney = [by_key[(abc, number)] for number in (1, 2, 4, 5, 7, 8, 9, 10, 11, 18, 19, 20)]  # the 2012 candidate
    assert {(row["reading"], tuple(row["alt"])) for row in romney} == {("named_official", ("named_person",))}
    huntsman = by_key[(abc, 12)]  # "GOP rival Jon Huntsman accused Romney": no office in the text
    assert (huntsman["reading"], huntsman["alt"]) == ("named_person", ["named_official"])
    lawyers = [by_key[(post, number)] for number in (10, 15)]  # "Trump's lawyers ... claimed": Cipollone's (rule 6)
    assert [(row["reading"], row["alt"]) for row in lawyers] == [("named_official", ["unnamed_source"])] * 2
    pieces = [by_key[(post, number)] for number in (7, 11, 12, 13)]  # "the president said."; ". . ." cut in three
    assert [(row["text"], row["reading"]) for row in pieces] == [
        ("the president said.", "named_official"), (pieces[1]["text"], "named_official"),
        (".", "named_official"), (".", "named_official")]
    spokeswomen = [by_key[key] for key in ((npr, 2), (newsmax, 13))]  # named next: Fontes, Vines (rule 6)
    assert [(row["reading"], row["alt"]) for row in spokeswomen] == [("named_official", ["unnamed_source"])] * 2
    relayed = {number: by_key[(newsmax, number)]["reading"] for number in range(4, 16)}  # the Times' report
    assert [number for number, reading in relayed.items() if reading == "document"] == [5, 7, 11, 12]
    assert [number for number, reading in relayed.items() if reading == "cited_outlet"] == [4, 6, 8, 9, 10, 15]
    memo = [by_key[(politico, number)]["reading"] for number in (9, 10)]  # "The memo alleges", as the gold reads
    assert memo == ["document"] * 2
    guidelines = [by_key[(caller, number)]["reading"] for number in (3, 4, 5, 6, 8, 9)]
    assert guidelines == ["unattributed"] + ["document"] * 4 + ["named_organization"]  # the outlet's look (rule 10)
    census = by_key[(guardian, 12)]  # "according to the US Census", as the gold reads "Census Bureau figures"
    assert (census["reading"], census["alt"]) == ("named_organization", ["document", "unattributed"])
    own = by_key[(npr, 8)]  # "The group has opposed ..., as NPR reported": a stance, the publisher's reporting
    assert (own["reading"], own["alt"], own["rule"]) == ("unattributed", ["named_organization", "cited_outlet"], "7,10")


def test_twentieth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 5 of the 377 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. Closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout20", TWENTIETH_SET, 377,
        {"unattributed": 138, "named_official": 107, "named_organization": 48, "named_person": 31,
         "unnamed_source": 23, "document": 12, "cited_outlet": 11, "boilerplate": 7}, 7, keyed=True)
    ratings, caller, cbn, newsmax = "Tn1N6e3gd4xEHdTl", "6hjkm8yHTyhHQbR3", "BeVVbLtt4EbDTg0d", "hebxnq9Lxr0OODnj"
    gallup, own, relayed = [(ratings, 12), (ratings, 20)], [(caller, 3), (cbn, 13)], (newsmax, 12)
    assert set(reviewed) == {*gallup, *own, relayed}
    alts = {key: (row["reading"], row["alt"], row["reason_reading"]) for key, row in reviewed.items()}
    assert [alts[key] for key in gallup] == [("named_organization", ["unattributed", "document"], None)] * 2
    assert by_key[(ratings, 3)]["alt"] == ["document"]  # "according to Gallup": the poll as a dataset, as read
    assert [alts[key] for key in own] == [("unattributed", ["document", "cited_outlet"], None),  # the outlet's look
                                          ("unattributed", ["named_person", "cited_outlet"], None)]  # rule 10
    assert alts[relayed] == ("document", ["cited_outlet"], None)  # "a 2010 document obtained by the Times" (rule 1)
    assert all("cited_outlet" in by_key[(newsmax, number)]["alt"] for number in (5, 7, 11, 12))
    closest = [by_key[key] for key in (("FZpWOxXNpjgv2d4c", 23), ("VXhZcZ0t6tQqnuIz", 2), ("Gdd4i5bDfKXaCnze", 16))]
    assert [(row["reading"], row["reason_reading"]) for row in closest] == [("unnamed_source", False)] * 3
    caption = by_key[("BRE75S2Z34bMxSpO", 0)]  # Politico's photo caption, repeating [12]: not a statement
    assert (caption["reading"], caption["alt"]) == ("boilerplate", ["named_official"])


def test_twentieth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 37c2a41 (made once, 15:40:00 UTC; made again at 15:40:08, byte-identical): 153/156 with
    alt, 134 strict, 5/7, three agreeing types under a wrong source (judged with each key open)."""
    keyed = assert_held_out_figure("heldout20", statements=377, articles=20, keyed=156, agree=153, strict=134,
                                   reasons=7, reasons_agree=5, wrong_sources=3, per_article_min_max=(2, 18))
    cohen, truce, politico, cbs = "G3irbRuBtGUPK75l", "FZpWOxXNpjgv2d4c", "BRE75S2Z34bMxSpO", "9qvUs5ADPBHEnihQ"
    assert reason_misses(keyed) == {  # the terms in a nearby sentence about the same source ([1]; [7])
        (cohen, 2): (False, True), (truce, 6): (False, True)}
    assert type_disagreements(keyed) == {
        ("cy3lFzVbGUpsnrTS", 1): ("named_organization", "unattributed"),  # "the Treasury Department announces"
        (politico, 14): ("unnamed_source", "named_official"),  # "Gowdy, a three-term lawmaker ...": the name dropped
        ("bqNnuux28IngHDPv", 15): ("named_organization", "named_official")}  # "The legal team also said"
    wrong = {(row["id"], row["statement"]): row["source_keyed"] for row in keyed if not row["source_ok"]}
    assert wrong == {(politico, 13): "Gowdy",  # "The president wrote on Twitter": Trump
                     (cbs, 1): "sexual misconduct allegations made by Julie Swetnick",  # "Judge also said"
                     (cbs, 8): "Swetnick"}  # "He said": Mark Judge
    assert agreeing_through_alt(keyed) == 19  # the type in alt
    per_article = keyed_per_article(keyed, TWENTIETH_SET)
    assert (per_article[9], per_article[10]) == (6, 7)  # median 6.5; CBS News 9qvUs5ADPBHEnihQ keys 2
    assert keyed_types(keyed) == {"named_official": 75, "unattributed": 40, "named_organization": 19,
                                  "unnamed_source": 10, "named_person": 6, "cited_outlet": 5, "document": 1}
