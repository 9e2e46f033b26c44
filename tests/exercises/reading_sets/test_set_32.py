"""docs/exercise_agreement_heldout32.jsonl: the thirty-second reading set (seed 1232), read blind.

Its section of docs/exercise_agreement.md: "The thirty-second reading set (stop 38; the rule, written
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

THIRTY_SECOND_SET = [  # the draw of docs/exercise_agreement.md ("the thirty-second reading set"), in its order
    "LPtoS6Po1HfHMfG5", "JtVqlWis0yCFRP4J", "pGhHGh6wrLcJEmot", "TQTOBbr0ZKIyiMBp",
    "6Hiy1c914hICJFBS", "VTOnwsxhvEdXvHy2", "Ehz4MxXx28pTSZFN", "FmFd2rBDOB1FeASs",
    "hC565cDMoAvaq0Rd", "qs1tZ6fXoQPyRtno", "UCA4CbFVZah2gePg", "aF8MMQgjMpZGOYYp",
    "fNClfO9YpcVDOwyn", "GvF19xNxkSQ33lj0", "it6Dw8wiO26QMrFe", "oSWJTZImj61n5rKq",
    "NLdfgh7BMtwD4TLS", "9CMwzJJVs4vAcUUv", "9KQruH1Zhd7YzomR", "mPAbcOF8HJkTIqJp",
]


def test_thirty_second_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read32b): 184 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout32", THIRTY_SECOND_SET[10:], 184,
        {"The Guardian", "ABC News", "Politico", "Daily Beast", "CNN (Web News)", "BBC News", "Fox Online News",
         "Associated Press", "New York Post", "Washington Times"},
        {"unattributed": 68, "named_official": 65, "unnamed_source": 16, "named_organization": 14,
         "named_person": 12, "cited_outlet": 1, "document": 0, "boilerplate": 8},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    sanders, reddit, booker, town_hall, florida, aid, shulkin, tariffs, opioid, clinton = THIRTY_SECOND_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(sanders, 4): False, (sanders, 7): False,  # "Polling ... suggests", "opinion polls ... show"
                       **{(town_hall, number): False for number in (16, 17, 18, 19)},  # the constituent
                       **{(aid, number): False for number in (2, 4, 8, 10, 15, 19, 22)},
                       (tariffs, 12): False, (tariffs, 18): False, (opioid, 1): False}  # no terms anywhere
    cut = [(key, row["alt"]) for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [((sanders, 8), ["unattributed"]), ((reddit, 0), ["unattributed"]), ((reddit, 1), []),
                   ((reddit, 6), []), ((reddit, 19), []), ((booker, 0), ["named_official"]), ((booker, 1), []),
                   ((florida, 0), ["unattributed"])]  # captions, a credit, a link label, a highlight
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [(aid, 9)]  # the Post
    relayed = [(by_key[(aid, number)]["reading"], by_key[(aid, number)]["rule"]) for number in (8, 10, 16, 22)]
    assert relayed == [("unnamed_source", "1,6"), ("unnamed_source", "1"), ("named_official", "1"),
                       ("unnamed_source", "1")]  # via Reuters, Reuters, the New York Times, the Washington Post
    ousted = {(by_key[(shulkin, number)]["reading"], tuple(by_key[(shulkin, number)]["alt"]))
              for number in (0, 1, 2, 7, 8, 9, 10, 11, 12, 13, 14, 15, 19)}
    assert ousted == {("named_official", ("named_person",))}  # the fired secretary, leaving, of his office
    former = {(row["reading"], tuple(row["alt"])) for key, row in by_key.items() if key[0] == clinton and key[1] != 10}
    assert former == {("named_person", ("named_official",))}  # a former president in no office
    wola = [(by_key[(aid, number)]["reading"], by_key[(aid, number)]["alt"]) for number in (16, 17, 18, 23)]
    assert wola == [("named_official", ["named_person"])] * 4  # Beltrán and Isaacson of a named group
    oig = [(by_key[(town_hall, number)]["reading"], by_key[(town_hall, number)]["alt"][0]) for number in range(9, 14)]
    assert oig == [("named_organization", "document")] * 3 + [("named_organization", "unattributed"),
                                                            ("named_organization", "document")]  # [12] rule 3
    assert (by_key[(town_hall, 12)]["rule"], by_key[(town_hall, 3)]["reading"]) == ("3", "unattributed")
    poll = by_key[(sanders, 16)]  # "a poll released this week by NBC News and Survey Monkey found"
    assert (poll["reading"], poll["alt"]) == ("named_organization", ["cited_outlet", "unattributed"])
    hedges = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((sanders, 15), (tariffs, 2), (shulkin, 4),
                                                                        (reddit, 8), (opioid, 1))]
    assert hedges == [("unattributed", ["unnamed_source"])] * 4 + [("unnamed_source", ["document", "unattributed"])]
    named_next = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((town_hall, 0), (tariffs, 0))]
    assert named_next == [("named_official", "6,7"), ("named_official", "6")]  # Hagedorn, Gao Feng
    judge = [by_key[(florida, number)]["reading"] for number in (1, 2, 5, 6, 8, 9, 10, 11)]
    assert judge == ["unattributed", "named_official", "unattributed", "named_official", "unattributed",
                     "named_official", "unattributed", "unattributed"]  # rulings and stays told; his words his
    first_lady = [(by_key[(opioid, number)]["reading"], by_key[(opioid, number)]["alt"]) for number in (7, 9, 10)]
    assert first_lady == [("named_official", ["named_person"]), ("unattributed", ["named_official"]),
                          ("named_official", ["named_person"])]  # "She also touted" told by its topic
    acts = [by_key[key] for key in ((aid, 1), (shulkin, 6), (shulkin, 17), (tariffs, 9), (tariffs, 11),
                                    (tariffs, 21), (opioid, 3), (florida, 16), (booker, 5), (aid, 0))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)
    speech = [by_key[key]["reading"] for key in ((shulkin, 3), (aid, 20), (town_hall, 15), (reddit, 9), (florida, 13))]
    assert speech == ["named_official"] * 3 + ["named_organization"] * 2


def test_thirty_second_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read32a): 218 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout32", THIRTY_SECOND_SET[:10], 218,
        {"New York Times - News", "Breitbart News", "The Hill", "USA TODAY", "Fox News", "Al Jazeera", "CBN",
         "Reuters", "Wall Street Journal - News"},
        {"unattributed": 81, "named_official": 77, "named_person": 31, "unnamed_source": 16,
         "named_organization": 7, "cited_outlet": 2, "document": 1, "boilerplate": 3},
        2, {"LPtoS6Po1HfHMfG5"})
    by_key = {(row["id"], row["statement"]): row for row in first}
    romney, boehner, galli, newman, general, bern, ptm, pelosi, sofia, treaty = THIRTY_SECOND_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(romney, 6): False, (romney, 8): True, (romney, 9): True,  # "speaking anonymously to talk"
                       (general, 9): False, (general, 21): False, (ptm, 2): False, (ptm, 12): False,
                       (pelosi, 17): False, (pelosi, 21): False, (sofia, 3): False,
                       **{(treaty, number): False for number in range(15, 21)}}
    cut = [(key, row["rule"]) for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [((ptm, 25), "unit"), ((ptm, 26), "unit"), ((pelosi, 37), "9")]  # the author credit, a bare link
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [(ptm, 9)]  # the video footage
    tally = [(by_key[(bern, number)]["reading"], by_key[(bern, number)]["alt"]) for number in (10, 11, 12)]
    assert tally == [("cited_outlet", ["unattributed", "document"]), ("cited_outlet", ["unattributed", "document"]),
                     ("unattributed", ["cited_outlet"])]  # the AP tally, its count going on (the review's alt), the totals
    own = by_key[(treaty, 5)]  # "The Wall Street Journal has previously reported" in the Journal
    assert (own["reading"], own["alt"], own["rule"]) == ("unattributed", ["cited_outlet"], "10")
    no_office = {(by_key[key]["reading"], "named_official" in by_key[key]["alt"]) for key in
                 ((romney, 3), (romney, 10), (romney, 15), (newman, 8), (general, 0), (general, 13), (ptm, 13))}
    assert no_office == {("named_person", True)}  # Jeb Bush, Zwick, Romney, Newman, the retired officers
    heads = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((boehner, 6), (boehner, 15), (galli, 3))]
    assert heads == [("named_official", ["named_person"])] * 2 + [("named_official", ["named_person", "cited_outlet"])]
    stances = [(by_key[key]["reading"], by_key[key]["rule"]) for key in
               ((newman, 0), (newman, 1), (newman, 10), (pelosi, 18), (pelosi, 38), (galli, 15), (bern, 15))]
    assert stances == [("unattributed", "7")] * 7  # endorsements, "Others aren't giving up", "taunted"
    assert all(by_key[key]["alt"] for key in ((newman, 1), (pelosi, 18), (bern, 15)))
    speech = [by_key[key]["reading"] for key in
              ((boehner, 14), (boehner, 19), (pelosi, 23), (sofia, 1), (sofia, 5), (treaty, 3), (general, 12))]
    assert speech == ["named_organization", "named_official", "named_official", "named_organization",
                      "named_organization", "named_organization", "named_person"]  # urged, talking, saying, echoed
    writers = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((ptm, 19), (ptm, 22), (treaty, 4), (romney, 14))]
    assert writers == [("unattributed", ["unnamed_source", "document"]), ("unattributed", ["unnamed_source"]),
                       ("unattributed", ["named_organization"]), ("unattributed", ["named_person", "unnamed_source"])]
    relayed = by_key[(boehner, 12)]  # King's account of Rasmussen's words
    assert (relayed["reading"], relayed["alt"], relayed["rule"]) == ("named_official", ["named_person"], "2")
    carried = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((romney, 11), (treaty, 16), (treaty, 19))]
    assert carried == [("named_person", "3"), ("unnamed_source", "3"), ("unnamed_source", "2,3")]
    assert by_key[(treaty, 19)]["alt"] == ["named_official"]  # "he added": the official, Bolton in alt


def test_thirty_second_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 6 of the 402 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. Rule 7's actor in alt; one report, one tally, one sentence read
    one way; the two videos each with the other's type; closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout32", THIRTY_SECOND_SET[10:] + THIRTY_SECOND_SET[:10], 402,  # 11-20 landed first
        {"unattributed": 149, "named_official": 142, "named_person": 43, "unnamed_source": 32,
         "named_organization": 21, "cited_outlet": 3, "document": 1, "boilerplate": 11}, 2, keyed=True)
    romney, _, _, _, _, bern, ptm, pelosi, sofia, _ = THIRTY_SECOND_SET[:10]
    sanders, reddit, _, town_hall, florida, _, _, tariffs, opioid, _ = THIRTY_SECOND_SET[10:]
    added = {(reddit, 14): ("unattributed", ["named_organization"]),  # "bus.", read with [13]'s launch
             (town_hall, 12): ("named_organization", ["unattributed", "document"]),  # the OIG report going on
             (bern, 11): ("cited_outlet", ["unattributed", "document"]),  # the AP tally going on
             (ptm, 9): ("document", ["unattributed", "unnamed_source"]),  # footage, its maker not said
             (ptm, 17): ("unattributed", ["document", "named_organization"]),  # "a Peshawar court rejected"
             (sofia, 12): ("unattributed", ["named_official", "unnamed_source"])}  # "hundreds of journalists protested"
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 205 + 6  # the readers' 205 alts and the review's 6
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert len(acts) == 41 and [row for row in acts if not row["alt"]] == []  # every plain act with an actor in alt
    report = [by_key[(town_hall, number)]["alt"] for number in range(9, 14)]
    assert all("document" in alt for alt in report)  # the OIG report, a record throughout
    videos = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((opioid, 1), (ptm, 9))]
    assert videos == [("unnamed_source", ["document", "unattributed"]), ("document", ["unattributed", "unnamed_source"])]
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((bern, 14), (romney, 14), (tariffs, 2), (florida, 9), (sanders, 16), (reddit, 8), (pelosi, 38))]
    assert close == [("named_official", ["named_person"]),  # Clinton campaigning in 2016
                     ("unattributed", ["named_person", "unnamed_source"]),  # "wanted to 'sit with it ...'"
                     ("unattributed", ["unnamed_source"]),  # "rattled by reports"
                     ("named_official", ["unattributed"]),  # "Hinkle's reasoning:"
                     ("named_organization", ["cited_outlet", "unattributed"]),  # the NBC News/Survey Monkey poll
                     ("unattributed", ["unnamed_source"]),  # "Many wondered"
                     ("unattributed", ["unnamed_source"])]  # "the left-wing media isn't giving up"


def test_thirty_second_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main d1c268a (made once, 07:54:49 UTC on 6 December, seven seconds before the thirty-third
    set's; made again into another folder, byte-identical): 143/147 with alt, 127 strict, 11/11, two agreeing
    types under a wrong source (judged with each key open)."""
    keyed = assert_held_out_figure("heldout32", statements=402, articles=20, keyed=147, agree=143, strict=127,
                                   reasons=11, reasons_agree=11, wrong_sources=2, per_article_min_max=(1, 13))
    assert reason_misses(keyed) == {}
    given = [(row["id"], row["statement"]) for row in keyed if row["reason_keyed"]]
    assert given == [("LPtoS6Po1HfHMfG5", 8)]  # "speaking anonymously to talk about a private discussion"
    assert type_disagreements(keyed) == {
        ("pGhHGh6wrLcJEmot", 18): ("named_official", "named_person"),  # Franklin Graham: the lone "Graham" is
        ("pGhHGh6wrLcJEmot", 17): ("named_official", "named_person"),  # in known_officials.txt (Lindsey's)
        ("pGhHGh6wrLcJEmot", 20): ("named_official", "named_person"),
        ("9CMwzJJVs4vAcUUv", 0): ("unnamed_source", "named_official")}  # "a Chinese spokesman": Gao Feng of [3]
    wrong = {(row["id"], row["statement"]): row["source_keyed"] for row in keyed if not row["source_ok"]}
    assert wrong == {("FmFd2rBDOB1FeASs", 32): "Maxine Waters (@RepMaxineWaters)",  # Tlaib's tweet, "she" of
                     ("FmFd2rBDOB1FeASs", 33): "Maxine Waters (@RepMaxineWaters)"}  # [31] (ungraded), not Waters
    assert agreeing_through_alt(keyed) == 16  # the type in alt
    through = {(row["id"], row["statement"]): row["keyed"] for row in keyed if row["keyed"] != row["reading"] and row["agree"]}
    assert through == {
        **{("6Hiy1c914hICJFBS", number): "named_official" for number in (1, 13, 14, 15, 16)},  # McCaffrey, Stavridis
        ("6Hiy1c914hICJFBS", 9): "unattributed",  # "has been criticized"
        ("TQTOBbr0ZKIyiMBp", 8): "named_official", ("TQTOBbr0ZKIyiMBp", 9): "named_official",  # Newman, a candidate
        ("LPtoS6Po1HfHMfG5", 13): "unattributed", ("LPtoS6Po1HfHMfG5", 15): "unattributed",  # Zwick's, Romney's tellings
        ("fNClfO9YpcVDOwyn", 0): "named_official",  # the photo caption, Booker's words
        ("hC565cDMoAvaq0Rd", 2): "unattributed", ("hC565cDMoAvaq0Rd", 3): "unattributed",  # the suspension, "saw"
        ("it6Dw8wiO26QMrFe", 9): "unattributed", ("it6Dw8wiO26QMrFe", 10): "named_official",  # Hinkle's, Zabel's
        ("oSWJTZImj61n5rKq", 19): "named_organization"}  # "A group of House Democrats", the delegation in alt
    per_article = keyed_per_article(keyed, THIRTY_SECOND_SET)
    assert (per_article[9], per_article[10]) == (7, 8)  # median 7.5; the Post's and the Washington Times' keys hold 1
    assert sum(count < 5 for count in per_article) == 4
    assert keyed_types(keyed) == {"named_official": 82, "unattributed": 44, "unnamed_source": 12,
                                  "named_organization": 8, "named_person": 1, "document": 0, "cited_outlet": 0}
