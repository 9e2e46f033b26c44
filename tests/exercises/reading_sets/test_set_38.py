"""docs/exercise_agreement_heldout38.jsonl: the thirty-eighth reading set (seed 1238), read blind.

Its section of docs/exercise_agreement.md: "The thirty-eighth reading set (stop 41; the rule, written
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

THIRTY_EIGHTH_SET = [  # the draw of docs/exercise_agreement.md ("the thirty-eighth reading set"), in its order
    "oWRUsKtD2TTECdDI", "CubaCTPggYG15HdB", "SB5BOMWhSiFBiMoP", "Y3HAcqpaOzmEVeql",
    "Y8ncZ3pm5Vpredlr", "LtMhcUa283JquFqf", "b1jSGbyeaJtClzly", "Yx4RwjCvQYwZxL6X",
    "SyxwXtuWFhdjbCJM", "09IgkZtF4j2efqoo", "wIKDfQKOoYidO7AE", "FsGsHdKogH2Zkpsr",
    "eoqavcb5sktqsMU6", "4yzfOXjiJEJPtXG4", "91GYIX8038tQpfi4", "oT6zsvrPZqBY4iVN",
    "fB3KnfeMzfFmXvcB", "XPA88tI86qCZrb1Z", "UADaG25MiZXwX3ob", "uybL6M2hEbUlVYsh",
]


def test_thirty_eighth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read38a): 196 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout38", THIRTY_EIGHTH_SET[:10], 196,
        {"Associated Press", "Washington Times", "Politico", "NPR Online News", "CBN", "ABC News", "Bloomberg",
         "USA TODAY", "Al Jazeera", "Newsmax"},
        {"unattributed": 87, "named_official": 73, "named_person": 17, "unnamed_source": 12,
         "named_organization": 4, "boilerplate": 2, "document": 1, "cited_outlet": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    esper, va, boehner, convention, pot, baucus, teachers, roberts, kerry, appeal = THIRTY_EIGHTH_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(va, 5): False, (pot, 5): False, (pot, 16): False, (pot, 17): False,
                       **{(baucus, number): False for number in (7, 8, 9, 10)},
                       **{(kerry, number): False for number in (6, 8, 14, 15)}}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(va, 0), (convention, 0)]  # "UPDATED:", the pointer to the live blog
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [(va, 6)]  # OPM data
    assert by_key[(va, 6)]["alt"] == ["named_organization"]
    pentagon = [(by_key[(esper, number)]["reading"], by_key[(esper, number)]["rule"]) for number in (5, 6, 7)]
    assert pentagon == [("named_organization", "7"), ("named_organization", "3"), ("named_organization", "table")]
    learned = by_key[(baucus, 0)]  # "ABC News has learned": the publishing outlet's own reporting
    assert (learned["reading"], learned["alt"], learned["rule"]) == ("unattributed", ["cited_outlet", "unnamed_source"], "10")
    spokesperson = by_key[(roberts, 15)]  # "A Schumer spokesperson": Justin Goodman in [16]
    assert (spokesperson["reading"], spokesperson["alt"], spokesperson["rule"]) == ("named_official", ["unnamed_source"], "6")
    columnist = by_key[(kerry, 8)]  # "a columnist for the liberal newspaper Haaretz"
    assert (columnist["reading"], columnist["alt"], columnist["rule"]) == ("unnamed_source", ["cited_outlet"], "1,6")
    writers = [(by_key[(kerry, number)]["reading"], by_key[(kerry, number)]["alt"]) for number in (9, 17)]
    assert writers == [("named_person", ["named_official", "cited_outlet"])] * 2  # Horovitz, Tibon
    assert (by_key[(kerry, 10)]["reading"], by_key[(kerry, 10)]["alt"]) == ("unattributed", ["unnamed_source"])  # "seems"
    doctor = [by_key[(pot, number)]["reading"] for number in (6, 7, 8, 9, 11, 12, 13, 14, 21)]
    assert doctor == ["named_person"] * 9  # Dr. Thompson, an expert
    assert by_key[(pot, 6)]["alt"] == ["named_official"]
    brady = [by_key[(boehner, number)]["reading"] for number in range(9, 17)]
    assert brady == ["unattributed"] * 2 + ["named_person"] * 2 + ["unattributed"] + ["named_person"] * 3
    assert by_key[(convention, 18)]["reading"] == "named_official"  # Rick Bennett, RNC member
    assert [by_key[(appeal, number)]["reading"] for number in range(26) if number not in (16, 17)] == ["named_official"] * 24
    acts = [by_key[key] for key in ((esper, 0), (esper, 1), (esper, 4), (esper, 8), (boehner, 0), (boehner, 9), (boehner, 10),
                                    (convention, 2), (baucus, 2), (baucus, 16), (baucus, 17), (baucus, 18),
                                    (teachers, 0), (teachers, 5), (teachers, 6), (teachers, 8),
                                    (roberts, 1), (roberts, 2), (roberts, 9), (kerry, 5))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)
    said = [by_key[key] for key in ((roberts, 0), (roberts, 5), (roberts, 12), (roberts, 18), (baucus, 23), (kerry, 13))]
    assert all(row["reading"] != "unattributed" and row["rule"] == "7" and "unattributed" in row["alt"] for row in said)


def test_thirty_eighth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read38b): 200 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout38", THIRTY_EIGHTH_SET[10:], 200,
        {"Reuters", "The Daily Caller", "The Guardian", "Wall Street Journal - News", "CBS News", "The Hill",
         "Fox News", "Christian Science Monitor", "Daily Beast", "Fox Online News"},
        {"unattributed": 84, "named_official": 44, "unnamed_source": 24, "named_person": 20,
         "named_organization": 14, "cited_outlet": 10, "boilerplate": 3, "document": 1},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    mueller, seattle, _virginia, abe, escape, south_bend, tax, logic, dark_web, aide = THIRTY_EIGHTH_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(mueller, 4): False, **{(abe, number): False for number in (5, 6, 7)},
                       **{(escape, number): False for number in (1, 3, 5, 8, 9)},
                       **{(tax, number): False for number in (1, 2, 5, 9, 11, 12, 13, 14, 15)},
                       **{(logic, number): False for number in (15, 16, 17)},
                       (dark_web, 16): False, (aide, 2): False, (aide, 5): False}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(seattle, 15), (abe, 0), (abe, 12)]  # the tweet's link, the deck, "Write to"
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [*[(seattle, number) for number in range(7)], (south_bend, 9), (aide, 0), (aide, 10)]
    assert [by_key[(seattle, number)]["rule"] for number in (2, 3, 4, 5)] == ["3"] * 4  # the Forbes figures
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [(aide, 6)]
    tweets = [(by_key[(seattle, number)]["reading"], by_key[(seattle, number)]["alt"], by_key[(seattle, number)]["rule"])
              for number in range(9, 15)]
    assert tweets == [("named_person", ["unnamed_source"], "9,11")] * 6  # CHIKA, Fred, Mykie: first names, handles
    deck = by_key[(abe, 0)]  # the deck repeated as the body's first sentence
    assert (deck["reading"], deck["alt"], deck["rule"]) == ("boilerplate", ["named_official"], "unit")
    relayed = by_key[(abe, 10)]  # "Mr. Abe told Mr. Trump, according to the Japanese official"
    assert (relayed["reading"], relayed["alt"], relayed["rule"]) == ("named_official", ["unnamed_source"], "1,6")
    lawyer = by_key[(escape, 10)]  # "Her lawyer has denied the charge.": Stephen Johnston, named next
    assert (lawyer["reading"], lawyer["alt"], lawyer["rule"]) == ("named_person", ["unnamed_source"], "6,7")
    werner = by_key[(escape, 4)]  # "reports CBS News correspondent Anna Werner": CBS's own reporting
    assert (werner["reading"], werner["alt"], werner["rule"]) == ("unattributed", ["cited_outlet"], "10")
    followers = by_key[(logic, 15)]  # the Monitor's Patrik Jonsson relays unnamed Trump followers
    assert (followers["reading"], followers["alt"], followers["rule"]) == ("unnamed_source", ["unattributed", "cited_outlet"], "1,10")
    pair = by_key[(logic, 23)]  # "the pair wrote ... at The Washington Post's Monkey Cage"
    assert (pair["reading"], pair["alt"]) == ("named_person", ["cited_outlet"])
    report = by_key[(aide, 0)]  # "a new report says": the New York Post's, its sources in alt
    assert (report["reading"], report["alt"]) == ("cited_outlet", ["unnamed_source"])
    assert by_key[(aide, 2)]["rule"] == "1,5"  # "sources told the New York Post"
    caucus = by_key[(aide, 20)]  # "The caucus Twitter account": named only in the cut link line
    assert (caucus["reading"], caucus["alt"]) == ("named_organization", ["unnamed_source"])
    assert [by_key[(tax, number)]["rule"] for number in (11, 13)] == ["4", "4"]  # "being floated", "budget estimates"
    acts = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((dark_web, 10), (dark_web, 21), (aide, 13), (tax, 7))]
    assert acts == [("unattributed", ["named_organization"])] * 3 + [("unattributed", ["named_official"])]  # rule 7
    barr = [(by_key[(mueller, number)]["reading"], by_key[(mueller, number)]["alt"]) for number in (8, 9)]
    assert barr == [("named_official", ["named_person"])] * 2  # the nominee, a speech act with its content


def test_thirty_eighth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 25 of the 396 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. Newsmax's Trump, the 2016 Republican nominee, read as earlier
    sets read him; the Guardian's "it appears" as earlier readings take it; closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout38", THIRTY_EIGHTH_SET, 396,  # articles 1-10 landed first
        {"unattributed": 171, "named_official": 117, "named_person": 37, "unnamed_source": 36,
         "named_organization": 18, "cited_outlet": 10, "boilerplate": 5, "document": 2}, 0, keyed=True)
    esper, _, _, convention, pot, _, _, roberts, kerry, appeal = THIRTY_EIGHTH_SET[:10]
    mueller, _, virginia, abe, escape, _, _, logic, dark_web, aide = THIRTY_EIGHTH_SET[10:]
    trump = [number for number in range(26) if number not in (16, 17)]  # his words and acts as the nominee
    added = {**{(appeal, number): ("named_official", ["unattributed", "named_person"] if number in (1, 15)
                                   else ["named_person"]) for number in trump},
             (virginia, 1): ("unattributed", ["unnamed_source"])}  # "it appears they just needed elections ..."
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 155 + 25  # the readers' 155 alts and the review's 25
    assert [(by_key[(appeal, number)]["reading"], by_key[(appeal, number)]["alt"]) for number in (16, 17)] == [
        ("unattributed", ["unnamed_source"]), ("unattributed", ["named_official"])]  # narration, as earlier reviews
    hedges = [(by_key[key]["reading"], "unnamed_source" in by_key[key]["alt"]) for key in ((virginia, 1), (kerry, 10))]
    assert hedges == [("unattributed", True)] * 2  # "it appears", "seems to stem from": one way
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((convention, 15), (logic, 18), (escape, 6), (dark_web, 12), (abe, 10), (aide, 0), (mueller, 13),
              (esper, 8), (convention, 18), (roberts, 9), (pot, 16))]
    assert close == [("unattributed", []),  # "their 'NO!' votes seemed louder": the writer's hearing
                     ("unattributed", []),  # "seems less important, perhaps": the writer's opinion
                     ("unattributed", ["unnamed_source"]),  # "the thinking being that"
                     ("unattributed", ["unnamed_source"]),  # "allegedly charging"
                     ("named_official", ["unnamed_source"]),  # Abe's words, "according to the Japanese official"
                     ("cited_outlet", ["unnamed_source"]),  # "a new report says": the Post's
                     ("unattributed", ["unnamed_source"]),  # "he is expected to be peppered with questions"
                     ("unattributed", ["named_official"]),  # "drew sharp rebukes": Smith and Thornberry quoted
                     ("named_official", ["named_person"]),  # Rick Bennett, RNC member and delegate
                     ("unattributed", ["named_official"]),  # "widely criticized by conservatives ..., including"
                     ("unnamed_source", ["document"])]  # "According to multiple studies"


def test_thirty_eighth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 5b2fce5 (made once, 14:28:10 UTC on 6 December, seven seconds before the thirty-ninth
    set's; made again into another folder, byte-identical): 115/123 with alt, 108 strict, 11/11, no agreeing type
    under a wrong source (judged with each key open)."""
    keyed = assert_held_out_figure("heldout38", statements=396, articles=20, keyed=123, agree=115, strict=108,
                                   reasons=11, reasons_agree=11, wrong_sources=0, per_article_min_max=(1, 13))
    assert reason_misses(keyed) == {}
    assert [row for row in keyed if row["reason_keyed"] or row["reason_reading"]] == []  # no reason given anywhere
    asked = [(row["id"], row["statement"]) for row in keyed if row["reason_keyed"] is not None]
    assert asked == [("Y8ncZ3pm5Vpredlr", 17), ("LtMhcUa283JquFqf", 7), ("LtMhcUa283JquFqf", 8),
                     ("LtMhcUa283JquFqf", 9), ("LtMhcUa283JquFqf", 10), ("SyxwXtuWFhdjbCJM", 6),
                     ("SyxwXtuWFhdjbCJM", 14), ("91GYIX8038tQpfi4", 8), ("91GYIX8038tQpfi4", 9),
                     ("91GYIX8038tQpfi4", 10), ("fB3KnfeMzfFmXvcB", 1), ("uybL6M2hEbUlVYsh", 2)]  # the 12 keyed Anonymous source
    doctor = {("Y8ncZ3pm5Vpredlr", number): ("named_official", "named_person") for number in (7, 8, 9, 11, 12, 13, 21)}
    assert type_disagreements(keyed) == {
        **doctor,  # Dr. Thompson, "toxicology director": the reading gives the official's type in alt at [6] only
        ("4yzfOXjiJEJPtXG4", 6): ("named_official", "unnamed_source")}  # "He added": the senior official, not Abe
    assert [row for row in keyed if row["source_ok"] is not True] == []  # every keyed source judged right
    assert not any("source_keyed" in row for row in keyed)
    assert agreeing_through_alt(keyed) == 7  # the type in alt
    through = {(row["id"], row["statement"]): row["keyed"] for row in keyed if row["keyed"] != row["reading"] and row["agree"]}
    assert through == {
        ("CubaCTPggYG15HdB", 6): "named_organization",  # "Data from the Office of Personnel Management shows"
        ("Y8ncZ3pm5Vpredlr", 6): "named_official",  # Dr. Thompson with his hospital post
        ("FsGsHdKogH2Zkpsr", 3): "unattributed",  # the Forbes figures going on, with the writer's "generously"
        ("4yzfOXjiJEJPtXG4", 0): "named_official",  # the deck, read boilerplate (Abe in alt)
        ("91GYIX8038tQpfi4", 5): "unattributed",  # "is now believed to be costing about $1 million a day"
        ("91GYIX8038tQpfi4", 10): "unnamed_source",  # "Her lawyer has denied the charge": Stephen Johnston, named next
        ("fB3KnfeMzfFmXvcB", 9): "unattributed"}  # "retailers who say ... some lawmakers have worried"
    per_article = keyed_per_article(keyed, THIRTY_EIGHTH_SET)
    assert (per_article[9], per_article[10]) == (5, 5)  # median 5; CBN's key holds 13, Newsmax's 1
    assert sum(count < 5 for count in per_article) == 6  # Newsmax 1, Politico 3, AP, Guardian, WSJ, Fox Online 4
    assert keyed_types(keyed) == {"named_official": 51, "unattributed": 48, "unnamed_source": 12,
                                  "named_organization": 9, "named_person": 3, "cited_outlet": 0, "document": 0}
