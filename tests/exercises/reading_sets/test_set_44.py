"""docs/exercise_agreement_heldout44.jsonl: the forty-fourth reading set (seed 1244), read blind.

Its section of docs/exercise_agreement.md: "The forty-fourth reading set (stop 42; the rule, written
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

FORTY_FOURTH_SET = [  # the draw of docs/exercise_agreement.md ("the forty-fourth reading set"), in its order
    "uCPQJU8TvkFkRh8U", "BDTqSSNBEFJSpFuD", "v0534hO7KxGbq7qN", "ygF6cbOEYE3D0kzD",
    "S8OSLbWDnIOgYb6b", "ebGyXz5kUtw60McC", "9Y3TinQifZhw6fFp", "dZPS0bsWwYsIsaLB",
    "O37tEMf8VOCJNpnP", "YoX37YWAbLPNADPm", "y012YGbYgljYCs3O", "cJac3MVkfo0OAqb6",
    "SyrFb05uHqONgy7H", "9lUl8nCqjgEWgoxU", "rSrxotv5G53l5k3R", "SidUChA4XhQTK8Wk",
    "qm4oBTx2XjS1IRpS", "xx0Kp0VboyyMWuBy", "f9jNIvMT2UTIZPXO", "pmJQiMoULCxhwJ2v",
]


def test_forty_fourth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read44b): 202 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout44", FORTY_FOURTH_SET[10:], 202,
        {"NPR Online News", "USA TODAY", "The Hill", "Reuters", "CBN", "Al Jazeera", "Associated Press",
         "BBC News", "Newsmax", "Bloomberg"},
        {"named_official": 65, "unattributed": 63, "named_person": 27, "named_organization": 19,
         "document": 16, "unnamed_source": 10, "cited_outlet": 1, "boilerplate": 1},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    unicef, khashoggi, harry, siluanov, athletes, kashmir, shenzhen, rats, bias, mcdonalds = FORTY_FOURTH_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(kashmir, 2): False, (kashmir, 10): False, (kashmir, 12): False, (kashmir, 13): False,
                       (shenzhen, 6): False, (shenzhen, 8): False, (rats, 1): False,
                       (bias, 0): False, (bias, 4): False, (bias, 19): False}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [(rats, 18)]  # Newsbeat
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [(shenzhen, 3)]  # state media
    records = [key for key, row in by_key.items() if row["reading"] == "document"]
    assert records == [(khashoggi, 16), (siluanov, 5), *[(athletes, number) for number in (7, 13, 14, 15, 16)],
                       (shenzhen, 0), (shenzhen, 1), *[(mcdonalds, number) for number in (1, 2, 3, 4, 5, 14, 15)]]
    assert [by_key[(mcdonalds, number)]["rule"] for number in (2, 3, 4, 15)] == ["3"] * 4  # the filings going on
    post = [(by_key[(khashoggi, number)]["reading"], by_key[(khashoggi, number)]["alt"]) for number in (1, 2, 3, 4, 25)]
    assert post == [("named_official", ["cited_outlet"])] * 5  # Trump in the Post's interview (rules 1, 5)
    saudi = [by_key[(khashoggi, number)]["reading"] for number in (17, 19, 20)]
    assert saudi == ["named_organization"] * 3  # "Saudi Arabia denied", "the Saudis relented", "The regime said"
    former = [(row["reading"], row["alt"][0]) for key, row in by_key.items() if key[0] == harry and row["alt"]
              and row["reading"] == "named_person"]
    assert former == [("named_person", "named_official")] * 11  # Obama out of office, all but [8] and [9]
    assert by_key[(bias, 1)]["reading"] == by_key[(bias, 3)]["reading"] == "named_official"  # Obama in office
    relayed = by_key[(siluanov, 0)]  # "Siluanov said on state TV on Sunday, RIA news agency reported"
    assert (relayed["reading"], relayed["alt"], relayed["rule"]) == ("named_official", ["cited_outlet"], "1")
    gloss = by_key[(siluanov, 9)]  # "He referred to calls by some lawmakers ..."
    assert (gloss["reading"], gloss["alt"]) == ("unattributed", ["named_official", "unnamed_source"])
    officials = by_key[(rats, 1)]  # "say officials in New York": Adams praises it in [13]
    assert (officials["alt"], officials["rule"]) == (["named_official"], "6")
    peta = by_key[(rats, 15)]  # "But some - such as animal rights group Peta - say"
    assert (peta["reading"], peta["alt"], peta["rule"]) == ("named_organization", ["unnamed_source"], "6")
    girls = by_key[(athletes, 3)]  # "As CBN News reported last June, the girls claim"
    assert (girls["reading"], girls["alt"], girls["rule"]) == ("named_person", ["unnamed_source", "unattributed"], "2,6,10")
    assert [by_key[(athletes, number)]["reading"] for number in (2, 5, 6)] == ["unattributed"] * 3  # uncued claims
    hosts = [by_key[(bias, number)]["reading"] for number in range(6, 13)]
    assert hosts == ["named_person"] * 7  # O'Reilly and Kelly, Fox News hosts
    graham = by_key[(bias, 16)]  # "he said, according to CNS News He attributed ..."
    assert (graham["reading"], graham["alt"], graham["rule"]) == ("named_person", ["cited_outlet", "named_official"], "1,2")
    heads = [(by_key[(bias, number)]["reading"], by_key[(bias, number)]["alt"]) for number in (13, 20, 26)]
    assert heads == [("named_official", ["named_person"])] * 3  # Land, Donohue, the cut-off cue "Donohue said."
    others = by_key[(bias, 19)]  # "Others have also cast doubt": Donohue named next
    assert (others["alt"], others["rule"]) == (["named_official", "unattributed"], "6,7")
    hall = by_key[(mcdonalds, 18)]  # a managing director at a consulting firm, an outside expert
    assert (hall["reading"], hall["alt"]) == ("named_person", ["named_official"])
    rizwan = [by_key[(unicef, number)]["reading"] for number in range(15, 24)]
    assert rizwan == ["named_official"] * 9  # UNICEF's health specialist and her account going on
    un = [(by_key[(unicef, number)]["reading"], by_key[(unicef, number)]["rule"]) for number in (8, 11, 12)]
    assert un == [("named_organization", "3"), ("named_organization", "table"), ("named_organization", "3")]
    accuses = [(by_key[(kashmir, number)]["reading"], by_key[(kashmir, number)]["alt"]) for number in (14, 17)]
    assert accuses == [("unattributed", ["named_organization"]), ("named_organization", ["unattributed"])]
    hedges = [by_key[key] for key in ((shenzhen, 5), (shenzhen, 9))]  # "apparently", "does not yet appear"
    assert all(row["reading"] == "unattributed" and row["alt"] == ["unnamed_source"] and row["rule"] == "4"
               for row in hedges)
    impersonal = [(by_key[(shenzhen, number)]["reading"], by_key[(shenzhen, number)]["rule"]) for number in (6, 8)]
    assert impersonal == [("unnamed_source", "4")] * 2  # "It's seen as", "is believed to"
    acts = [by_key[key] for key in ((unicef, 25), (harry, 9), (athletes, 4), (kashmir, 11), (kashmir, 14), (rats, 10),
                                    (mcdonalds, 11), (mcdonalds, 26))]
    assert all(row["reading"] == "unattributed" and "7" in row["rule"].split(",") and row["alt"] for row in acts)


def test_forty_fourth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read44a): 195 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout44", FORTY_FOURTH_SET[:10], 195,
        {"Christian Science Monitor", "Daily Beast", "New York Times - News", "Politico", "Washington Times",
         "The Guardian", "CNN (Web News)", "CBS News", "New York Post", "Wall Street Journal - News"},
        {"unattributed": 67, "named_official": 53, "named_person": 27, "boilerplate": 17, "unnamed_source": 13,
         "named_organization": 8, "cited_outlet": 5, "document": 5},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    omar, cheney, kavanaugh, ferguson, veto, estate, refund, moore, cop, romney = FORTY_FOURTH_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {**{(omar, number): False for number in (6, 7, 8, 9, 10)},
                       **{(veto, number): False for number in (8, 12, 13)}, (estate, 1): False, (refund, 11): False,
                       (moore, 6): False, (romney, 2): False, (romney, 29): False}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(kavanaugh, 0), (kavanaugh, 1), *[(refund, number) for number in range(4)],
                   *[(romney, number) for number in range(10, 21)]]  # bracketed link, highlight and note, newsletter box
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(omar, 3), (omar, 16), (omar, 17), (omar, 18), (cop, 0)]  # the BBC; "according to a new report"
    records = [key for key, row in by_key.items() if row["reading"] == "document"]
    assert records == [(kavanaugh, 17), (ferguson, 15), (ferguson, 16), (romney, 23), (romney, 24)]
    organizations = [key for key, row in by_key.items() if row["reading"] == "named_organization"]
    assert organizations == [(moore, 4), *[(cop, number) for number in (1, 9, 10, 11, 12, 13)], (romney, 5)]
    relayed = [(by_key[(cheney, number)]["reading"], by_key[(cheney, number)]["alt"]) for number in (3, 4, 5, 6)]
    assert relayed == [("named_person", ["named_official"])] * 4  # Cheney by Fleming's and King's accounts
    preview = by_key[(estate, 1)]  # "according to a Clinton campaign official"
    assert (preview["alt"], preview["rule"]) == (["named_official", "named_person"], "6")  # named_person: the review
    planned = [(by_key[(estate, number)]["reading"], by_key[(estate, number)]["alt"]) for number in (0, 6, 7, 8)]
    assert planned == [("named_official", ["unnamed_source", "named_person"])] * 4  # "she will say", no credit
    candidates = [by_key[(estate, number)]["alt"] for number in (2, 4, 5, 9)]
    assert all("named_person" in alt for alt in candidates)  # the 2016 candidates
    remarks = by_key[(kavanaugh, 2)]  # "prepared remarks released by the committee showed"
    assert (remarks["reading"], remarks["alt"]) == ("named_official", ["document"])
    assert {by_key[(kavanaugh, number)]["reading"] for number in range(9, 15)} == {"named_person"}  # Dr. Blasey
    posts = [(by_key[(cop, number)]["reading"], by_key[(cop, number)]["alt"][0]) for number in range(2, 9)]
    assert posts == [("named_person", "unnamed_source")] * 7  # the officer, his account's user named in [14]
    assert [by_key[(cop, number)]["rule"] for number in (2, 3, 8)] == ["3,9", "1,6,9", "2,9"]  # credits cut off
    sourcing = by_key[(omar, 3)]  # "The BBC says that 'top sources ...' had made the claims"
    assert (sourcing["rule"], sourcing["alt"]) == ("1,8", ["unnamed_source"])
    own = [(by_key[(omar, number)]["reading"], by_key[(omar, number)]["alt"]) for number in (12, 13)]
    assert own == [("unattributed", ["cited_outlet"])] * 2  # "The Christian Science Monitor reported last month"
    stats = by_key[(refund, 11)]  # "But recent statistics suggest"
    assert (stats["rule"], stats["alt"]) == ("4", ["document", "unattributed"])
    moore_said = by_key[(moore, 5)]  # a Senate candidate holding no office
    assert (moore_said["reading"], moore_said["alt"]) == ("named_person", ["named_official"])
    senators = by_key[(moore, 13)]  # "Republican senators, including ... McConnell"
    assert (senators["reading"], senators["alt"], senators["rule"]) == ("named_official", ["unnamed_source"], "6")
    boehner = by_key[(veto, 4)]  # "Boehner blasted the president's move, and Republican leaders swiftly vowed"
    assert (boehner["reading"], boehner["alt"]) == ("named_official", ["unnamed_source", "unattributed"])
    hall = [(by_key[(ferguson, number)]["reading"], by_key[(ferguson, number)]["alt"]) for number in (4, 5, 6)]
    assert hall == [("named_person", ["cited_outlet"])] * 3  # MSNBC's Tamron Hall
    groups = [by_key[key] for key in ((omar, 5), (ferguson, 13), (moore, 8), (moore, 9))]
    assert all(row["reading"] == "unattributed" and row["alt"] == ["unnamed_source"] for row in groups)
    acts = [by_key[key] for key in ((omar, 0), (omar, 4), (cheney, 0), (cheney, 1), (cheney, 2), (kavanaugh, 16),
                                    (kavanaugh, 18), (ferguson, 1), (veto, 0), (veto, 7), (moore, 0), (moore, 3),
                                    (moore, 10), (moore, 11), (cop, 15), (cop, 17), (romney, 0), (romney, 1),
                                    (romney, 8), (romney, 9), (romney, 21), (romney, 26), (romney, 27))]
    assert all(row["reading"] == "unattributed" and "7" in row["rule"].split(",") and row["alt"] for row in acts)


def test_forty_fourth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 7 of the 397 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. A quotation another outlet got carries that outlet in alt in
    every article, as the readers gave it; the 2016 candidates one way through the Guardian; close calls as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout44", FORTY_FOURTH_SET[10:] + FORTY_FOURTH_SET[:10], 397,  # 11-20 landed first
        {"unattributed": 130, "named_official": 118, "named_person": 54, "named_organization": 27,
         "unnamed_source": 23, "document": 21, "boilerplate": 18, "cited_outlet": 6}, 0, keyed=True)
    omar, cheney, _, _, _, estate, _, moore, cop, _ = FORTY_FOURTH_SET[:10]
    _, khashoggi, harry, siluanov, _, kashmir, _, _, bias, _ = FORTY_FOURTH_SET[10:]
    added = {(omar, 6): ("unnamed_source", ["cited_outlet"]),  # "An Afghan official told The Wall Street Journal"
             (omar, 7): ("unnamed_source", ["cited_outlet"]),  # "A Pakistani official told AP"
             (cheney, 10): ("named_official", ["cited_outlet"]),  # Kingston "told the New York Times"
             (cheney, 11): ("named_official", ["cited_outlet"]),  # his words going on
             (cop, 16): ("named_official", ["cited_outlet"]),  # Whitcomb "told the Seattle Times"
             (estate, 1): ("unnamed_source", ["named_official", "named_person"]),  # "according to a Clinton campaign official"
             (estate, 3): ("unattributed", ["named_official", "named_person"])}  # "Trump presented his pledge"
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 239 + 7  # the readers' 239 alts and the review's 7
    told = [(omar, 6), (omar, 7), (cheney, 10), (khashoggi, 1), (khashoggi, 4), (khashoggi, 25), (harry, 2),
            (moore, 6), (cop, 16)]  # every quotation another outlet got, as its relaying outlet one way
    assert all("cited_outlet" in by_key[key]["alt"] for key in told)
    same_outlet = [("cited_outlet" in by_key[(omar, n)]["alt"], "cited_outlet" in by_key[(cop, m)]["alt"])
                   for n, m in ((1, 1), (7, 13), (7, 16))]
    assert same_outlet == [(True, True)] * 3  # the AP and the Seattle Times one way through their articles
    candidates = [by_key[(estate, number)] for number in range(10)]
    assert all("named_person" in row["alt"] for row in candidates if row["reading"] != "named_person")
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((khashoggi, 5), (siluanov, 3), (kashmir, 0), (kashmir, 13), (kashmir, 17), (bias, 22), (moore, 2),
              (cop, 0), (cop, 1))]
    assert close == [("named_official", []),  # "Trump said": the Post's interview not said of it
                     ("named_official", []),  # "Speaking on a weekly TV talk show, Siluanov said": RIA not said again
                     ("named_organization", []),  # "the Indian army has said", its spokesman Kalia named next
                     ("unnamed_source", ["named_organization"]),  # "Indian authorities say"
                     ("named_organization", ["unattributed"]),  # "India accuses Pakistan"
                     ("named_official", ["named_person"]),  # Donohue "told" Newsmax TV: the publisher's own
                     ("named_official", []),  # Trump "told reporters traveling with him"
                     ("cited_outlet", ["unnamed_source"]),  # "according to a new report", the Seattle Times'
                     ("named_organization", ["cited_outlet", "document"])]  # the OPA's findings, the Times reported


def test_forty_fourth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 8394552 (made once, 18:32:49 UTC on 6 December, eight seconds before the forty-fifth set's;
    made again into another folder at 18:33:05-18:33:21, byte-identical): 104/106 with alt, 96 strict, 8/8, no
    agreeing type under a wrong source (judged with each key open)."""
    keyed = assert_held_out_figure("heldout44", statements=397, articles=20, keyed=106, agree=104, strict=96,
                                   reasons=8, reasons_agree=8, wrong_sources=0, per_article_min_max=(0, 15))
    assert reason_misses(keyed) == {}
    assert [row for row in keyed if row["reason_keyed"] or row["reason_reading"]] == []  # no reason given anywhere
    asked = [(row["id"], row["statement"]) for row in keyed if row["reason_keyed"] is not None]
    assert asked == [("SidUChA4XhQTK8Wk", 10), ("xx0Kp0VboyyMWuBy", 1), ("f9jNIvMT2UTIZPXO", 4),
                     ("uCPQJU8TvkFkRh8U", 6), ("uCPQJU8TvkFkRh8U", 7), ("uCPQJU8TvkFkRh8U", 8),
                     ("uCPQJU8TvkFkRh8U", 9), ("dZPS0bsWwYsIsaLB", 6)]  # keyed Anonymous source
    assert all(row["reading"] == "unnamed_source" for row in keyed if row["keyed"] == "unnamed_source")
    assert type_disagreements(keyed) == {
        ("9Y3TinQifZhw6fFp", 1): ("unattributed", "boilerplate"),  # CNN's note on the op-ed's author left in the body
        ("v0534hO7KxGbq7qN", 2): ("unattributed", "named_official")}  # "prepared remarks ... showed that": no source
    assert [row for row in keyed if not row["source_ok"]] == []  # every source judged right
    assert agreeing_through_alt(keyed) == 8  # the type in alt
    through = {(row["id"], row["statement"]): row["keyed"] for row in keyed if row["keyed"] != row["reading"] and row["agree"]}
    assert through == {
        **{("SyrFb05uHqONgy7H", number): "named_official" for number in (1, 2, 5, 6, 7)},  # Obama, out of office
        ("f9jNIvMT2UTIZPXO", 17): "named_official",  # Franklin Graham
        ("qm4oBTx2XjS1IRpS", 6): "unattributed",  # "It's seen as mindful of": read an unnamed view (rule 4)
        ("O37tEMf8VOCJNpnP", 1): "cited_outlet"}  # the internal investigation, "the Seattle Times reported"
    per_article = keyed_per_article(keyed, FORTY_FOURTH_SET)
    assert (per_article[9], per_article[10]) == (5, 5)  # median 5; the Guardian's key holds none, USA TODAY's 15
    assert sum(count < 5 for count in per_article) == 9  # one empty key, two of 1 item, four of 3, two of 4
    assert keyed_types(keyed) == {"named_official": 48, "unattributed": 38, "unnamed_source": 8,
                                  "named_organization": 7, "named_person": 3, "document": 1, "cited_outlet": 1}
