"""docs/exercise_agreement_heldout24.jsonl: the twenty-fourth reading set (seed 1224), read blind.

Its section of docs/exercise_agreement.md: "The twenty-fourth reading set (stop 34; the rule,
written before the draw)".
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

TWENTY_FOURTH_SET = [  # the draw of docs/exercise_agreement.md ("the twenty-fourth reading set"), in its order
    "AnlejOvhjtojjTj0", "qxoES8YyAXR3ZeXy", "eBoOXcI23bVZqtqN", "ddOxR3zw1yO66Trp",
    "Ehjdrbn001TQrLAb", "0vEHSyQq3OpUgMh5", "390dQzkrzoUHerta", "SJRHmnSon7lEhdeb",
    "WFCZUuphtrwfGPrM", "EdwBg8on3BBPiMhx", "sj023iue62hr8F4A", "5AAE3H4taAFQVJDp",
    "5adprGDkBFogn8du", "Ub7zLxd0oWUkLR0b", "L8R1Sjt9dIUP0aiZ", "pbh34MsyiCBrnbxS",
    "B81DDXp0U8o5p65Q", "icHArN5iqgD9Mewa", "4A5fbDysMwevyaX9", "Ur7dc9ZtlyXST6wi",
]


def test_twenty_fourth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read24a): 192 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout24", TWENTY_FOURTH_SET[:10], 192,
        {"New York Times - News", "Christian Science Monitor", "Breitbart News", "Politico", "Al Jazeera",
         "New York Post", "The Daily Caller", "The Hill", "Associated Press"},
        {"unattributed": 74, "named_official": 52, "named_organization": 32, "named_person": 10,
         "unnamed_source": 9, "cited_outlet": 7, "document": 6, "boilerplate": 2},
        1, {"AnlejOvhjtojjTj0"})
    by_key = {(row["id"], row["statement"]): row for row in first}
    kurds, dads, hebdo, polls, cuomo, rohingya, hadid, brief, hill, trade = TWENTY_FOURTH_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(kurds, 9): True,  # "speaking on the condition of anonymity to discuss details"
                       (kurds, 8): False,  # "American officials said": the terms of [9] are one official's
                       (kurds, 12): False, (hebdo, 18): False, (hebdo, 19): False, (cuomo, 8): False,
                       (rohingya, 6): False, (rohingya, 11): False, (trade, 14): False}
    links = [(key, row["rule"]) for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert links == [((hill, 13), "9"), ((hill, 21), "9")]  # the embedded tweets' bare t.co links
    tweets = [(by_key[(hill, number)]["reading"], by_key[(hill, number)]["rule"]) for number in (12, 18, 19, 20)]
    assert tweets == [("named_person", "9")] + [("named_official", "9")] * 3  # McGrath's, then Pocan's (rule 9)
    spokesman = by_key[(rohingya, 11)]  # "A coast guard spokesman said": Hamidul Islam of [13] never said to be him
    assert (spokesman["reading"], spokesman["alt"], spokesman["rule"]) == ("unnamed_source", ["named_official"], "6")
    filing = [by_key[(brief, number)]["reading"] for number in (3, 8, 9, 10, 13, 16, 11, 15, 18)]
    assert filing == ["document"] * 6 + ["named_organization"] * 3  # the brief and the lawsuit; the filers speaking
    relayed = [(by_key[(hebdo, number)]["reading"], by_key[(hebdo, number)]["rule"]) for number in (4, 11, 12, 14)]
    assert relayed == [("named_official", "1"), ("cited_outlet", "table"),  # Ansi through the AP; the Times
                       ("named_organization", "1,2"), ("cited_outlet", "1")]  # the statement through it; its analysis
    figures = [by_key[(trade, number)]["reading"] for number in (0, 1, 2, 5, 7, 8, 19, 20)]
    assert figures == ["unattributed"] + ["named_organization"] * 7  # the lede before its source; then carried over
    method = {(by_key[(polls, number)]["reading"], tuple(by_key[(polls, number)]["alt"])) for number in range(17, 23)}
    assert method == {("unattributed", ("named_organization",))}  # the polls' method, as the gold's Gallup sentence
    assert by_key[(polls, 0)]["alt"] == ["unnamed_source", "document"]  # "State polls show", named in [1] and [8]
    scene = by_key[(kurds, 6)]  # "according to the American command" only in a parenthesis on the jets' kind
    assert (scene["reading"], scene["alt"]) == ("unattributed", ["named_organization"])
    swalwell = [by_key[(dads, number)]["reading"] for number in (0, 1, 2)]  # his account carried over, then the writer's
    assert swalwell == ["named_official", "named_official", "unattributed"]
    court = [by_key[(hadid, number)]["reading"] for number in (2, 4, 9, 16)]  # questions with content; "addressed" by topic
    assert court == ["named_official", "named_person", "named_official", "unattributed"]


def test_twenty_fourth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read24b): 189 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout24", TWENTY_FOURTH_SET[10:], 189,
        {"CBS News", "CBN", "Reuters", "CNN (Web News)", "USA TODAY", "ABC News", "Fox News", "Daily Beast",
         "BBC News", "Wall Street Journal - News"},
        {"unattributed": 84, "named_official": 39, "named_organization": 32, "unnamed_source": 13,
         "named_person": 10, "cited_outlet": 4, "document": 1, "boilerplate": 6},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    cbs, cbn, reuters, cnn, _, abc, fox, _, bbc, wsj = TWENTY_FOURTH_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(cbn, 2): False, (reuters, 8): False, (cnn, 20): False, (abc, 3): False, (abc, 9): False,
                       (fox, 7): False, (fox, 8): False, (fox, 9): False, (fox, 13): False,
                       (bbc, 13): False, (bbc, 14): False, (bbc, 21): False, (wsj, 18): False}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [
        (cbs, 14), (cbs, 29), (cbs, 30), (cnn, 4), (wsj, 15), (wsj, 16)]  # video pointer, caption, credit; promos
    own = [by_key[(cbs, number)] for number in (2, 6, 8, 9, 15)]  # CBS's own 60 Minutes (rule 10)
    assert {(row["reading"], tuple(row["alt"]), row["rule"]) for row in own} == {("unattributed", ("cited_outlet",), "10")}
    told = [(by_key[(cbs, number)]["reading"], by_key[(cbs, number)]["rule"]) for number in (7, 11, 18)]
    assert told == [("named_official", "5")] * 3  # "told 60 Minutes": the publisher only receives
    release = [(by_key[(cnn, number)]["reading"], by_key[(cnn, number)]["alt"][0]) for number in (1, 3, 10)]
    assert release == [("named_organization", "document")] * 3  # the Labor Department's, named in [6] and [8]
    # (the review appended unnamed_source to the alt of [1] and [3]: its test checks the whole alt)
    post = [by_key[(fox, number)]["reading"] for number in (0, 1, 2, 10, 11, 12, 14, 17)]
    assert post == ["cited_outlet", "named_organization", "named_organization", "document",  # the Post relays (rule 1)
                    "cited_outlet", "cited_outlet", "cited_outlet", "named_person"]  # its findings; Gordon told it
    assert by_key[(fox, 1)]["text"] == "The Washington Post reports that the U.S."  # cut at "U.S.", read with [2]
    assert (by_key[(fox, 17)]["rule"], by_key[(fox, 17)]["alt"]) == ("5", ["named_official"])
    named_later = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((reuters, 0), (abc, 0), (bbc, 3))]
    assert named_later == [("named_official", "6"), ("named_official", "6"), ("named_person", "6")]
    assert "unnamed_source" in by_key[(bbc, 3)]["alt"]  # "One expert said": Howard, "of the findings" in [16]
    hedges = [(by_key[key]["rule"], by_key[key]["alt"]) for key in ((cbn, 2), (fox, 7), (bbc, 14))]
    assert hedges == [("4", ["unattributed"]), ("4", []), ("4", ["unattributed"])]
    tweet = by_key[(abc, 7)]  # Cindy McCain's embedded tweet (rule 9), its credit line left out
    assert (tweet["reading"], tweet["rule"]) == ("named_person", "9")
    census = [by_key[(wsj, number)]["reading"] for number in (2, 3, 4, 11, 12)]
    assert census == ["named_organization"] * 3 + ["named_person", "unattributed"]  # carried over; bank economists


def test_twenty_fourth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 5 of the 381 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. Closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout24", TWENTY_FOURTH_SET[10:] + TWENTY_FOURTH_SET[:10], 381,  # 11-20 landed first
        {"unattributed": 158, "named_official": 91, "named_organization": 64, "unnamed_source": 22,
         "named_person": 20, "cited_outlet": 11, "document": 7, "boilerplate": 8}, 1, keyed=True)
    kurds, hebdo, hill = (TWENTY_FOURTH_SET[number] for number in (0, 2, 8))
    cbs, cnn, fox, wsj = (TWENTY_FOURTH_SET[number] for number in (10, 13, 16, 19))
    assert set(reviewed) == {(hill, 9), (cbs, 3), (cnn, 1), (cnn, 3), (wsj, 20)}
    assert sum(len(row["alt"]) for row in by_key.values()) == 189 + 5  # the readers' 189 alts and the review's 5, no other
    alts = {key: (row["reading"], row["alt"], row["reason_reading"]) for key, row in reviewed.items()}
    assert alts[(hill, 9)] == ("named_person", ["named_official", "unattributed", "unnamed_source"], None)  # "some liberals"
    assert alts[(cbs, 3)] == ("unattributed", ["cited_outlet"], None)  # its own programme's interview (rule 10)
    assert alts[(cnn, 1)] == alts[(cnn, 3)] == ("named_organization", ["document", "unnamed_source"], None)  # unidentified data
    assert alts[(wsj, 20)] == ("unattributed", ["unnamed_source"], None)  # "that have been served up as truisms"
    officials = by_key[(kurds, 8)]  # "American officials said": the terms of [9] are one senior official's, the closest call
    assert (officials["reading"], officials["reason_reading"], by_key[(kurds, 9)]["reason_reading"]) == (
        "unnamed_source", False, True)
    economists = by_key[(wsj, 18)]  # "most economists reckon" in a subordinate clause, read unnamed_source
    assert (economists["reading"], economists["alt"]) == ("unnamed_source", ["unattributed"])
    believed = by_key[(fox, 7)]  # "is believed to be for one year" (rule 4), no alt, in a story relaying the Post
    assert (believed["reading"], believed["alt"]) == ("unnamed_source", [])
    passage = [by_key[(hebdo, number)]["reading"] for number in (13, 15, 16)]  # the Times' passage with no cue
    assert passage == ["cited_outlet"] * 3 and all("unattributed" not in by_key[(hebdo, n)]["alt"] for n in (13, 15, 16))


def test_twenty_fourth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 49fbd91 (made once, 21:34:59 UTC; made again into another folder, byte-identical): 114/124
    with alt, 99 strict, 7/7, one agreeing type under a wrong source (judged with each key open)."""
    keyed = assert_held_out_figure("heldout24", statements=381, articles=20, keyed=124, agree=114, strict=99,
                                   reasons=7, reasons_agree=7, wrong_sources=1, per_article_min_max=(3, 11))
    assert reason_misses(keyed) == {}
    cbs, hebdo = "sj023iue62hr8F4A", "eBoOXcI23bVZqtqN"
    assert type_disagreements(keyed) == {
        (cbs, 18): ("named_person", "named_official"), (cbs, 22): ("named_person", "named_official"),  # Schuchat's CDC role in [17]
        ("L8R1Sjt9dIUP0aiZ", 7): ("unnamed_source", "named_organization"),  # "Both companies": Shell and Statoil
        ("0vEHSyQq3OpUgMh5", 0): ("unnamed_source", "named_official"),  # "A top UN official", Bachelet in [1]
        ("SJRHmnSon7lEhdeb", 18): ("cited_outlet", "named_organization"),  # Fox News a party: the reading's judgement
        (hebdo, 6): ("named_person", "named_official"), (hebdo, 9): ("named_person", "named_official"),  # Ansi's rank in [1]
        (hebdo, 16): ("unattributed", "cited_outlet"),  # the Times' passage read on, no marks: the reading's judgement
        (hebdo, 17): ("unattributed", "named_organization"),  # "The statement referred to", the group's
        ("EdwBg8on3BBPiMhx", 11): ("unattributed", "named_organization")}  # "..., the U.S. charges."
    wrong = {(row["id"], row["statement"]): row["source_keyed"] for row in keyed if not row["source_ok"]}
    assert wrong == {("WFCZUuphtrwfGPrM", 11):  # Amy McGrath "said on Twitter"; The Hill's name link run into the unit
                     "report McConnell accepts Democratic rep's challenge to 5 debates McConnell campaign"}
    assert agreeing_through_alt(keyed) == 15  # the type in alt
    per_article = keyed_per_article(keyed, TWENTY_FOURTH_SET)
    assert (per_article[9], per_article[10]) == (6, 6)  # median 6; four articles key 3
    assert sum(count < 5 for count in per_article) == 6
    assert keyed_types(keyed) == {"named_official": 41, "unattributed": 35, "named_organization": 27,
                                  "unnamed_source": 10, "named_person": 4, "cited_outlet": 6, "document": 1}
