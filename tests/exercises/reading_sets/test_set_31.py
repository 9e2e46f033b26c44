"""docs/exercise_agreement_heldout31.jsonl: the thirty-first reading set (seed 1231), read blind.

Its section of docs/exercise_agreement.md: "The thirty-first reading set (stop 37; the rule, written
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

THIRTY_FIRST_SET = [  # the draw of docs/exercise_agreement.md ("the thirty-first reading set"), in its order
    "k0LY0dKScgMLH7Lm", "V10MPfPq2HD8hjXg", "Uwxq2YRpGELsL9Nm", "dFugU9kMBqyL4p8L",
    "RmzPePVyv0KDPr4O", "pnn9nV4VxWN3vWXt", "aJc5ddZSYFHOb5HB", "mE3nCRLHQmlItaU8",
    "uppOI8HBIQzxVVZV", "A6FEYvZUKwiP1fBX", "soSS7NigUztHzHjl", "KyI0EsrOoL6mbhvS",
    "DPatpLFPUsvWVi0L", "HZdOxWHrNC52UpQh", "CZIe74D0SfDpKdj4", "47BXmDy9iH04nzo9",
    "Yn91JtJXznjueI5k", "acYslU6BoefLx8jH", "Jiu9jYO1L2vkP4M4", "QufOXU4momvMVp5Z",
]


def test_thirty_first_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read31a): 186 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout31", THIRTY_FIRST_SET[:10], 186,
        {"New York Times - News", "CBN", "CNN (Web News)", "New York Post", "CBS News", "Bloomberg",
         "Wall Street Journal - News", "Politico", "Breitbart News"},
        {"unattributed": 75, "named_person": 39, "named_official": 28, "named_organization": 23,
         "unnamed_source": 17, "cited_outlet": 1, "document": 0, "boilerplate": 3},
        1, {"k0LY0dKScgMLH7Lm"})
    by_key = {(row["id"], row["statement"]): row for row in first}
    kushner, isis, graham, march, markets, grassley, guyana, cohen, romney, bush = THIRTY_FIRST_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(kushner, 0): False, (kushner, 8): True,  # "who asked not to be identified discussing"
                       (kushner, 11): False, (kushner, 12): False, (kushner, 13): False, (isis, 12): False,
                       (march, 15): False, (markets, 12): False, (grassley, 12): False,
                       **{(romney, number): False for number in (10, 11, 13, 14, 16, 17, 18)}, (bush, 13): False}
    cut = [(key, row["text"]) for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert [key for key, _ in cut] == [(guyana, 0), (guyana, 1), (bush, 14)]  # a podcast promotion, a credit line
    assert cut[2][1].startswith("Follow Warner Todd Huston on Twitter")
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [(kushner, 7)]  # the Journal
    former = {(by_key[(bush, number)]["reading"], tuple(by_key[(bush, number)]["alt"])) for number in (0, 1, 5, 8, 10, 11)}
    assert former == {("named_person", ("named_official",))}  # a former president in no office
    people = by_key[(bush, 3)]  # "in a recent interview published by People Magazine"
    assert (people["reading"], people["alt"], people["rule"]) == ("named_person", ["named_official", "cited_outlet"], "1")
    aide = [(by_key[(romney, number)]["reading"], by_key[(romney, number)]["rule"]) for number in (0, 9)]
    assert aide == [("named_official", "6"), ("named_official", "table")]  # "one of the Republican's top advisers"
    posts = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((graham, 4), (graham, 5), (graham, 9), (march, 17))]
    assert posts == [("named_organization", "9")] * 4  # the venue's, the Labour network's, Planned Parenthood's posts
    venue = by_key[(graham, 3)]  # "Officials at the venue ... 'incompatible with our values'"
    assert (venue["reading"], venue["alt"]) == ("named_organization", ["unnamed_source"])
    heads = {(by_key[(march, number)]["reading"], tuple(by_key[(march, number)]["alt"])) for number in (3, 7, 13, 16)}
    assert heads == {("named_official", ("named_person",))}  # the heads of March for Life, SBA List, NARAL
    analysts = {(by_key[(markets, number)]["reading"], tuple(by_key[(markets, number)]["alt"])) for number in (9, 10, 13)}
    assert analysts == {("named_person", ("named_official",))}  # a firm's strategist and its research director
    report = [(by_key[(isis, number)]["reading"], by_key[(isis, number)]["rule"]) for number in (4, 5, 6, 7)]
    assert report == [("named_organization", "table")] + [("named_organization", "3")] * 3  # the report's figures
    lead_ins = [(by_key[key]["reading"], by_key[key]["rule"], by_key[key]["alt"]) for key in ((march, 2), (grassley, 2))]
    assert lead_ins == [("named_official", "2", ["unattributed"])] * 2  # "Trump tweeted ...", "released a statement:"
    acts = [(by_key[key]["reading"], by_key[key]["rule"]) for key in
            ((kushner, 2), (graham, 7), (graham, 10), (graham, 19), (grassley, 0), (cohen, 2), (bush, 4), (romney, 3))]
    assert acts == [("unattributed", "7")] * 8  # a lead-in, protests, replied, defended, support, clarity, commented
    hedges = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((kushner, 13), (markets, 12), (bush, 13))]
    assert hedges == [("unnamed_source", "4")] * 3  # "To some", "felt to many", "News broke"
    seems = by_key[(cohen, 16)]  # the columnist's own "it seems"
    assert (seems["reading"], seems["alt"]) == ("unattributed", ["unnamed_source"])


def test_thirty_first_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read31b): 187 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout31", THIRTY_FIRST_SET[10:], 187,
        {"Daily Beast", "Christian Science Monitor", "BBC News", "Fox Online News", "ABC News",
         "NPR Online News", "Reuters", "USA TODAY", "Associated Press", "The Hill"},
        {"unattributed": 104, "named_official": 20, "named_organization": 15, "unnamed_source": 13,
         "document": 13, "cited_outlet": 10, "named_person": 7, "boilerplate": 5},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    beast, refugees, aoc, jury, blocks, stamps, manafort, ajam, daca, spending = THIRTY_FIRST_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(beast, 10): False, (beast, 11): False, (refugees, 2): False, (refugees, 3): False,
                       (stamps, 8): False, (manafort, 0): False, (manafort, 1): False, (manafort, 4): False,
                       (manafort, 6): False, (manafort, 7): False, (manafort, 10): False, (manafort, 17): False,
                       (spending, 4): False}  # no terms anywhere
    cut = [(key, row["alt"]) for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [((beast, 16), ["unattributed"]), ((stamps, 0), []), ((ajam, 0), ["unattributed"]),
                   ((ajam, 1), ["unattributed"]), ((ajam, 2), ["unattributed"])]  # update note, headline, caption
    hedges = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((manafort, 10), (spending, 4))]
    assert hedges == [("unnamed_source", "4")] * 2  # "is seen as", "reportedly"
    own = [(by_key[key]["reading"], by_key[key]["alt"], by_key[key]["rule"])
           for key in ((beast, 4), (beast, 15), (manafort, 5))]
    assert own == [("unattributed", ["cited_outlet"], "10")] * 3  # the publisher's own reporting
    journal = [(by_key[(jury, number)]["reading"], by_key[(jury, number)]["alt"]) for number in (0, 2, 3, 10, 14, 17)]
    assert journal == [("unattributed", ["cited_outlet"]), ("cited_outlet", ["unattributed"])] + [
        ("cited_outlet", [])] * 4  # the story's effect the columnist's; its news the Journal's
    cobb = by_key[(jury, 20)]  # "Ty Cobb, the president's lawyer, told the Post"
    assert (cobb["reading"], cobb["alt"], cobb["rule"]) == ("named_person", ["named_official"], "5")
    stateline = [by_key[(stamps, number)]["reading"] for number in (4, 6, 9, 10, 11, 12)]
    assert stateline == ["cited_outlet", "cited_outlet", "unattributed"] + ["cited_outlet"] * 3  # [9] the writer's
    ratings = [(by_key[(ajam, number)]["reading"], "cited_outlet" in by_key[(ajam, number)]["alt"])
               for number in range(3, 10) if number != 5]
    assert ratings == [("document", True)] * 6  # Nielsen's data, relayed by TVNewser (rule 1)
    assert [by_key[(ajam, number)]["reading"] for number in (5, 11, 12, 13)] == ["unattributed"] * 4
    audit = by_key[(manafort, 16)]  # "According to a financial audit reported by the New York Times"
    assert (audit["reading"], audit["alt"], audit["rule"]) == ("document", ["cited_outlet"], "1")
    suit = [by_key[(aoc, number)]["reading"] for number in (9, 10, 11, 12, 13, 14)]
    assert suit == ["unattributed", "document", "document", "document", "document", "unattributed"]
    plaintiffs = {(by_key[(aoc, number)]["reading"], by_key[(aoc, number)]["alt"][0]) for number in range(2, 7)}
    assert plaintiffs == {("named_person", "named_official")}  # a former assemblyman and a candidate
    rulings = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((daca, 0), (daca, 1), (daca, 4))]
    assert rulings == [("unattributed", "7"), ("unattributed", "7"), ("document", "table")]
    founder = [(by_key[(beast, number)]["reading"], by_key[(beast, number)]["alt"]) for number in (2, 3)]
    assert founder == [("named_official", ["named_person"])] * 2  # Natural News' founder on his own site's ban
    quoted = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((refugees, 6), (refugees, 12))]
    assert quoted == [("document", ["unattributed"]), ("named_person", [])]  # Hebrews quoted; Sarah Hale
    acts = [by_key[key]["reading"] for key in ((beast, 0), (refugees, 1), (aoc, 1), (aoc, 7), (blocks, 0),
                                               (manafort, 18), (daca, 7), (spending, 0), (spending, 16))]
    assert acts == ["unattributed"] * 9 and all(by_key[key]["alt"] for key in ((beast, 0), (aoc, 7), (daca, 7)))
    speech = [by_key[key]["reading"] for key in ((blocks, 12), (blocks, 14), (aoc, 15), (manafort, 12), (spending, 17))]
    assert speech == ["named_official", "named_organization", "named_official", "named_official", "named_official"]


def test_thirty_first_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 7 of the 373 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. Rule 7's actor in alt; "groups such as" and "Mueller's team" as
    earlier sets read them; one map read one way; closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout31", THIRTY_FIRST_SET[10:] + THIRTY_FIRST_SET[:10], 373,  # 11-20 landed first
        {"unattributed": 179, "named_official": 48, "named_person": 46, "named_organization": 38,
         "unnamed_source": 30, "document": 13, "cited_outlet": 11, "boilerplate": 8}, 1, keyed=True)
    kushner, _, _, _, markets, _, _, _, romney, _ = THIRTY_FIRST_SET[:10]
    beast, _, aoc, jury, _, stamps, manafort, _, _, _ = THIRTY_FIRST_SET[10:]
    added = {(beast, 7): ("unattributed", ["unnamed_source", "named_organization"]),  # Facebook's bans
             (aoc, 14): ("unattributed", ["named_official", "document", "named_person"]),  # Hikind criticised her
             (stamps, 11): ("cited_outlet", ["unattributed", "document"]),  # the map's fact, a record as at [4]
             (stamps, 12): ("cited_outlet", ["unattributed", "document"]),  # its figures going on
             (manafort, 12): ("named_official", ["unattributed", "named_organization"]),  # "Mueller's team asked"
             (romney, 3): ("unattributed", ["named_organization", "unnamed_source"]),  # "groups such as"
             (romney, 8): ("unattributed", ["named_official"])}  # Fehrnstrom's remark told by its topic
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 196 + 7  # the readers' 196 alts and the review's 7
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    facebook = [by_key[(beast, number)]["alt"] for number in (0, 7, 8, 12, 13, 14)]
    assert all("named_organization" in alt for alt in facebook)  # every ban of Facebook's one way
    mapped = [by_key[(stamps, number)] for number in (4, 6, 10, 11, 12)]
    assert all(row["reading"] == "cited_outlet" and "document" in row["alt"] for row in mapped)
    assert by_key[(stamps, 9)]["reading"] == "unattributed"  # the writer's judgment of the map, left as read
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((kushner, 0), (kushner, 10), (manafort, 10), (jury, 20), (stamps, 8), (markets, 4), (beast, 16))]
    assert close == [("unnamed_source", ["unattributed"]), ("unattributed", []),  # "his advocates described"
                     ("unnamed_source", ["unattributed"]),  # "is seen as"
                     ("named_person", ["named_official"]),  # Ty Cobb, as Sekulow and Harder
                     ("unnamed_source", ["unattributed", "cited_outlet"]),  # "media outlets have told"
                     ("unattributed", ["unnamed_source"]),  # "Driving the plunge are reports"
                     ("boilerplate", ["unattributed"])]  # the update note


def test_thirty_first_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 1f18d33 (made once, 05:19:57 UTC on 6 December, six seconds after the thirtieth set's;
    made again into another folder, byte-identical): 115/121 with alt, 109 strict, 11/11, one agreeing type under
    a wrong source (judged with each key open)."""
    keyed = assert_held_out_figure("heldout31", statements=373, articles=20, keyed=121, agree=115, strict=109,
                                   reasons=11, reasons_agree=11, wrong_sources=1, per_article_min_max=(1, 10))
    assert reason_misses(keyed) == {}
    assert type_disagreements(keyed) == {
        ("DPatpLFPUsvWVi0L", 3): ("unnamed_source", "named_person"),  # "The men": Hikind and Saladino of [1]
        ("A6FEYvZUKwiP1fBX", 14): ("unattributed", "boilerplate"),  # the author's follow line (body extraction)
        ("aJc5ddZSYFHOb5HB", 0): ("unattributed", "boilerplate"),  # the podcast promotion (body extraction)
        ("aJc5ddZSYFHOb5HB", 15): ("unattributed", "named_organization"),  # "The government expects": no cue
        ("k0LY0dKScgMLH7Lm", 7): ("unnamed_source", "cited_outlet"),  # "Investigators have asked", the Journal's
        ("pnn9nV4VxWN3vWXt", 9): ("named_official", "unattributed")}  # "It's unclear if the president has suggested"
    wrong = {(row["id"], row["statement"]): row["source_keyed"] for row in keyed if not row["source_ok"]}
    assert wrong == {("Yn91JtJXznjueI5k", 6): "A former senior U.S. law enforcement official"}  # "The sources" of [0]
    assert agreeing_through_alt(keyed) == 6  # the type in alt
    through = {(row["id"], row["statement"]): row["keyed"] for row in keyed if row["keyed"] != row["reading"] and row["agree"]}
    assert through == {("47BXmDy9iH04nzo9", 11): "unattributed", ("47BXmDy9iH04nzo9", 12): "unattributed",  # the map
                       ("acYslU6BoefLx8jH", 1): "unattributed",  # the photo caption going on
                       ("V10MPfPq2HD8hjXg", 2): "named_official", ("V10MPfPq2HD8hjXg", 3): "named_official",  # Hughes
                       ("uppOI8HBIQzxVVZV", 12): "named_organization"}  # the Obama campaign, Cutter read
    per_article = keyed_per_article(keyed, THIRTY_FIRST_SET)
    assert (per_article[9], per_article[10]) == (6, 6)  # median 6; Breitbart's key holds 1, ABC News' 10
    assert sum(count < 5 for count in per_article) == 7
    assert keyed_types(keyed) == {"unattributed": 60, "named_official": 25, "named_organization": 16,
                                  "unnamed_source": 13, "named_person": 4, "document": 2, "cited_outlet": 1}
