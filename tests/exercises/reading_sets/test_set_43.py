"""docs/exercise_agreement_heldout43.jsonl: the forty-third reading set (seed 1243), read blind.

Its section of docs/exercise_agreement.md: "The forty-third reading set (stop 42; the rule, written
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

FORTY_THIRD_SET = [  # the draw of docs/exercise_agreement.md ("the forty-third reading set"), in its order
    "E3Ghu6wRWeO1kiFR", "CTZFOlQQIoPocJCQ", "MFtoIcOqEp4ibL2v", "fpomzLO0BLI5uqnj",
    "gZxL5W2qOnmlJyzw", "Hj2ocY1uylFRljhA", "mI1b1lHpP9hxFGvp", "eC3RAapvnVFUsOCt",
    "9crfhwVsrBWKOXQx", "66A4v5YiJztSrzF3", "RJAYfrZwA9sqyJ28", "5Ayi8V1CHDdMXmxf",
    "medp0NHpDZAxPib6", "fQ9lkUHmeY98uESJ", "jQlr6tdhwd6nDyu7", "CO2HAOhdLprP58km",
    "KiEUVVA38h7ImE8I", "EfAQbFy9YdTAH7Xc", "whBwi7srBGg0Pxql", "vewf8SqfJM8hN4B5",
]


def test_forty_third_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read43a): 213 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout43", FORTY_THIRD_SET[:10], 213,
        {"Reuters", "NPR Online News", "USA TODAY", "The Hill", "Fox Online News", "New York Times - News",
         "Wall Street Journal - News", "Newsmax", "Daily Beast", "Washington Times"},
        {"unattributed": 87, "named_official": 51, "named_person": 32, "named_organization": 21,
         "unnamed_source": 14, "boilerplate": 5, "document": 3, "cited_outlet": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    kim, iran, snowden, columbus, texas, urban, estate, medicare, carson, paris = FORTY_THIRD_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(kim, 23): False, (kim, 24): False, (kim, 25): False, (iran, 9): False, (columbus, 3): False,
                       (texas, 5): False, (texas, 6): False, (texas, 16): False, (medicare, 1): False,
                       (carson, 4): False, (carson, 5): False, (paris, 11): False, (paris, 12): False,
                       (paris, 20): False}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(iran, 3), (estate, 0), (estate, 11), (estate, 12), (estate, 24)]  # link, caption, video, contact
    records = [key for key, row in by_key.items() if row["reading"] == "document"]
    assert records == [(columbus, 4), (columbus, 7), (columbus, 11)]  # the measure, Trump's proclamation
    assert by_key[(columbus, 11)]["alt"] == ["named_official"]
    assert [by_key[(columbus, number)]["reading"] for number in (8, 9, 10)] == ["named_official"] * 3  # their authors
    assert all(by_key[(urban, number)]["reading"] == "unattributed" for number in range(17))  # the op-ed's own voice
    wired = [by_key[(snowden, number)] for number in (0, 1, 3, 4, 8, 22, 30)]  # "tells Wired", "told the magazine"
    assert all(row["reading"] == "named_person" and row["alt"] == ["cited_outlet"] for row in wired)
    assert sum(row["reading"] == "named_person" for row in by_key.values() if row["id"] == snowden) == 27
    journal = [(by_key[(kim, number)]["reading"], by_key[(kim, number)]["alt"]) for number in (15, 16, 17)]
    assert journal == [("named_official", ["cited_outlet"])] * 3  # Trump in the Journal's interview (rule 1)
    paper = by_key[(kim, 3)]  # "The Wall Street Journal released its own audio that it said backed up its version"
    assert (paper["reading"], paper["alt"]) == ("named_organization", ["cited_outlet", "document"])
    learned = by_key[(carson, 2)]  # "The Daily Beast has learned" in the Daily Beast
    assert (learned["reading"], learned["rule"], learned["alt"]) == ("unattributed", "10", ["cited_outlet", "unnamed_source"])
    brookover = by_key[(carson, 11)]  # his quotation, its cue left out of the statements
    assert (brookover["reading"], brookover["rule"]) == ("named_official", "3")
    former = [(by_key[(carson, number)]["reading"], by_key[(carson, number)]["alt"][0]) for number in (14, 17, 18, 21, 22)]
    assert former == [("named_person", "named_official")] * 5  # Carson out of the race, no office
    split = [(by_key[(estate, number)]["reading"], by_key[(estate, number)]["rule"]) for number in (1, 2)]
    assert split == [("named_official", "7")] * 2  # "WASHINGTON—Sen." read with "Bernie Sanders proposed ..."
    plan = [(by_key[(estate, number)]["reading"], by_key[(estate, number)]["alt"][0]) for number in (3, 4, 5)]
    assert plan == [("unattributed", "document")] * 3  # the plan's provisions told by the writer
    some = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((iran, 7), (iran, 9), (columbus, 3), (medicare, 1))]
    assert some == [("named_official", "6,7"), ("unnamed_source", "6,7"), ("unnamed_source", "6,7"),
                    ("unnamed_source", "6,7")]  # Schumer and Engel named; "Some see", "who say", "hailed"
    lawyers = [(by_key[(texas, number)]["alt"], by_key[(texas, number)]["rule"]) for number in (5, 6)]
    assert lawyers == [(["named_organization", "document"], "6,7"), (["named_organization", "document"], "2,7")]
    criticized = by_key[(paris, 12)]  # "The president was roundly criticized ... for referring to"
    assert (criticized["rule"], criticized["alt"]) == ("4,7", ["named_official", "unattributed"])
    cbo = by_key[(medicare, 17)]  # "The measure would save $70 billion": the CBO's figures going on
    assert (cbo["reading"], cbo["rule"]) == ("named_organization", "3")
    acts = [by_key[key] for key in ((kim, 7), (kim, 14), (snowden, 18), (columbus, 0), (columbus, 1), (columbus, 2),
                                    (texas, 0), (texas, 1), (texas, 2), (texas, 4), (texas, 9), (estate, 9),
                                    (estate, 18), (estate, 20), (medicare, 0), (medicare, 13), (carson, 6),
                                    (carson, 7), (carson, 12), (paris, 0), (paris, 18))]
    assert all(row["reading"] == "unattributed" and "7" in row["rule"].split(",") and row["alt"] for row in acts)


def test_forty_third_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read43b): 210 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout43", FORTY_THIRD_SET[10:], 210,
        {"Breitbart News", "Fox News", "Bloomberg", "Politico", "ABC News", "Christian Science Monitor", "CBN",
         "Al Jazeera", "New York Post", "The Guardian"},
        {"named_official": 79, "unattributed": 61, "named_person": 34, "unnamed_source": 21,
         "named_organization": 13, "cited_outlet": 1, "boilerplate": 1, "document": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    welfare, pelosi, barr, history, garner, debt, tour, delhi, pensacola, thinkspot = FORTY_THIRD_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {**{(barr, number): False for number in (11, 12, 15)}, (history, 9): False,
                       **{(garner, number): False for number in (0, 5, 6, 7, 8, 9)},
                       (debt, 19): False, (debt, 21): False,
                       **{(delhi, number): False for number in (1, 2, 6, 7, 8, 13)},
                       **{(pensacola, number): False for number in (3, 9, 10)}}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(thinkspot, 22)]  # the Guardian's note of an amended subheading
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [(tour, 21)]  # "Politico reports"
    study = by_key[(welfare, 0)]  # "according to a new study": the CIS report, named next
    assert (study["reading"], study["alt"], study["rule"]) == ("named_organization", ["unnamed_source", "document"], "6")
    report = [by_key[(welfare, number)]["reading"] for number in range(18)]
    assert report == (["named_organization"] * 3 + ["unattributed"] * 2 + ["named_official"] * 5
                      + ["named_organization"] * 8)  # the report, its method, Camarota, the report again
    commander = by_key[(pensacola, 0)]  # "the base commander has revealed": Kinsella, named in [4]
    assert (commander["reading"], commander["alt"], commander["rule"]) == ("named_official", ["unnamed_source"], "6")
    abc = by_key[(pensacola, 3)]  # "sources told ABC News"
    assert (abc["reading"], abc["alt"], abc["rule"]) == ("unnamed_source", ["cited_outlet"], "1,5")
    going_on = by_key[(pensacola, 10)]  # the local authorities' account going on, no cue
    assert (going_on["reading"], going_on["rule"]) == ("unnamed_source", "3")
    express = by_key[(delhi, 6)]  # "The Indian Express newspaper cited a Delhi Police spokesman"
    assert (express["reading"], express["alt"], express["rule"]) == ("unnamed_source", ["cited_outlet", "named_organization"], "1,6")
    gupta = [(by_key[(delhi, number)]["reading"], by_key[(delhi, number)]["alt"]) for number in (3, 4, 5, 14, 16)]
    assert gupta == [("named_official", ["named_person"])] * 5  # an advocacy group's executive director
    analysts = [(by_key[(debt, number)]["reading"], by_key[(debt, number)]["alt"]) for number in (19, 20, 21)]
    assert analysts == [("unnamed_source", ["named_official", "unattributed"]),  # "most analysts expect"
                        ("named_person", ["unnamed_source", "unattributed"]),  # "some analysts, including Frankel"
                        ("unnamed_source", ["unattributed"])]  # "Some analysts wonder"
    headings = [by_key[(debt, number)]["reading"] for number in (5, 11, 16)]
    assert headings == ["unattributed"] * 3  # the answer "In short, no." and the two question headings kept
    groups = [(by_key[(barr, number)]["reading"], by_key[(barr, number)]["rule"]) for number in (11, 15)]
    assert groups == [("unnamed_source", "6,7")] * 2  # "Democrats blasted", "Democrats are demanding"
    split = [(by_key[(barr, number)]["reading"], by_key[(barr, number)]["rule"]) for number in (23, 24)]
    assert split == [("named_official", "9")] * 2  # Trump's tweet and its cue, split by the segmentation
    summary = by_key[(barr, 19)]  # "Mueller said ..., according to Barr's summary"
    assert (summary["reading"], summary["alt"], summary["rule"]) == ("named_official", ["document"], "1")
    politico = [(by_key[(tour, number)]["reading"], by_key[(tour, number)]["alt"]) for number in (19, 20, 23)]
    assert politico == [("unattributed", ["cited_outlet"])] * 3  # the writer's, Politico credited only in [21]
    speech = [by_key[key] for key in ((tour, 5), (tour, 10), (tour, 15), (tour, 24), (pelosi, 0), (pelosi, 3),
                                      (pelosi, 12), (history, 10))]
    assert all(row["reading"] in {"named_official", "named_person"} and "7" in row["rule"].split(",")
               and "unattributed" in row["alt"] for row in speech)  # speech acts with content, the writer's in alt
    peterson = {by_key[(thinkspot, number)]["reading"] for number in (1, 4, 5, 6, *range(8, 19), 20, 21)}
    assert peterson == {"named_person"}  # the academic, his site's founder in alt
    assert all(by_key[(thinkspot, number)]["alt"] == ["named_official"] for number in (1, 4, 5, 6, *range(8, 19), 20, 21))
    official = [by_key[(garner, number)]["rule"] for number in (5, 6, 7, 8, 9)]
    assert official == ["table", "2", "3", "2", "2"]  # "according to a senior official", then "the official"
    acts = [by_key[key] for key in ((garner, 2), (garner, 4), (barr, 16), (tour, 0), (tour, 2), (delhi, 0),
                                    (pensacola, 1), (pensacola, 5), (thinkspot, 0), (thinkspot, 3), (history, 8))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)


def test_forty_third_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 24 of the 423 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. CBN's Trump, the president-elect, given named_person in alt as
    the gold reads President-elect Trump; Snowden's Wired account and the Delhi Police spokesman one way through
    their passages; closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout43", FORTY_THIRD_SET[10:] + FORTY_THIRD_SET[:10], 423,  # 11-20 landed first
        {"unattributed": 148, "named_official": 130, "named_person": 66, "unnamed_source": 35,
         "named_organization": 34, "boilerplate": 6, "document": 3, "cited_outlet": 1}, 0, keyed=True)
    kim, _, snowden, _, _, _, _, medicare, carson, paris = FORTY_THIRD_SET[:10]
    welfare, _, barr, _, _, debt, tour, delhi, _, thinkspot = FORTY_THIRD_SET[10:]
    elect = (3, 4, 5, 6, 7, *range(10, 19), *range(24, 32))  # every row of Trump's in CBN read named_official
    spoken = (5, 10, 15, 24)  # his speech acts with content or topics, the writer's in alt as read
    added = {**{(tour, number): ("named_official", ["unattributed", "named_person"] if number in spoken
                                 else ["named_person"]) for number in elect},
             (snowden, 29): ("named_person", ["unattributed", "cited_outlet"]),  # "And everybody forgot about ..."
             (delhi, 8): ("unnamed_source", ["cited_outlet", "named_organization"])}  # "the spokesman was cited"
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert len(added) == 24
    assert sum(len(row["alt"]) for row in by_key.values()) == 244 + 24  # the readers' 244 alts and the review's 24
    trump = {by_key[(tour, number)]["reading"] for number in range(32) if "named_person" in by_key[(tour, number)]["alt"]}
    assert trump == {"named_official"}  # the president-elect one way through the article
    assert [by_key[(tour, number)]["alt"] for number in (0, 2)] == [["named_official"]] * 2  # his plain acts as read
    wired = [by_key[(snowden, number)]["alt"] for number in (2, 23, 29)]
    assert wired == [["unattributed", "cited_outlet"]] * 3  # his uncued sentences of the interview, one way
    spokesman = [("named_organization" in by_key[(delhi, number)]["alt"]) for number in (1, 6, 7, 8)]
    assert spokesman == [True] * 4  # the Delhi Police spokesman one way
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((carson, 21), (paris, 3), (medicare, 13), (barr, 15), (welfare, 17), (debt, 11), (debt, 10),
              (welfare, 5), (kim, 3), (thinkspot, 19))]
    assert close == [("named_person", ["named_official"]),  # "said in a recent interview with Yahoo": it receives
                     ("named_official", []),  # "In an interview with ABC News ... Mr. Obama said"
                     ("unattributed", ["unnamed_source", "named_official"]),  # "Democrats wanted": a stance
                     ("unnamed_source", ["unattributed"]),  # "Democrats are demanding the full report"
                     ("named_organization", ["unattributed"]),  # "Other findings in the CIS report include:"
                     ("unattributed", []),  # the Monitor's question heading kept as a statement
                     ("named_person", []),  # Veron "of the Peterson Institute", an expert
                     ("named_official", ["named_person"]),  # Camarota, the CIS's research director
                     ("named_organization", ["cited_outlet", "document"]),  # the Journal on its own audio
                     ("unattributed", ["named_person"])]  # "Comments on the site would be voted on"


def test_forty_third_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 51c941d (made once, 17:29:01 UTC on 6 December, seven seconds after the forty-second set's;
    made again into another folder at 17:29:10-17:29:26, byte-identical): 125/126 with alt, 113 strict, 9/9, one
    agreeing type under a wrong source (judged with each key open)."""
    keyed = assert_held_out_figure("heldout43", statements=423, articles=20, keyed=126, agree=125, strict=113,
                                   reasons=9, reasons_agree=9, wrong_sources=1, per_article_min_max=(2, 12))
    assert reason_misses(keyed) == {}
    assert [row for row in keyed if row["reason_keyed"] or row["reason_reading"]] == []  # no reason given anywhere
    asked = [(row["id"], row["statement"]) for row in keyed if row["reason_keyed"] is not None]
    assert asked == [("jQlr6tdhwd6nDyu7", 5), ("jQlr6tdhwd6nDyu7", 8), ("jQlr6tdhwd6nDyu7", 9),
                     ("EfAQbFy9YdTAH7Xc", 1), ("EfAQbFy9YdTAH7Xc", 2), ("whBwi7srBGg0Pxql", 3),
                     ("E3Ghu6wRWeO1kiFR", 23), ("9crfhwVsrBWKOXQx", 5), ("66A4v5YiJztSrzF3", 20)]  # keyed Anonymous source
    assert all(row["reading"] == "unnamed_source" for row in keyed if row["keyed"] == "unnamed_source")
    assert type_disagreements(keyed) == {
        ("mI1b1lHpP9hxFGvp", 11): ("unattributed", "boilerplate")}  # the Journal's video caption left in the body
    wrong = [(row["id"], row["statement"], row["keyed"], row["source_keyed"]) for row in keyed if not row["source_ok"]]
    assert wrong == [("66A4v5YiJztSrzF3", 12, "named_official",  # "The president was roundly criticized": Obama
                      "French President Francois Hollande")]
    assert agreeing_through_alt(keyed) == 12  # the type in alt
    through = {(row["id"], row["statement"]): row["keyed"] for row in keyed if row["keyed"] != row["reading"] and row["agree"]}
    assert through == {
        ("RJAYfrZwA9sqyJ28", 3): "named_organization",  # "The CIS report analyzed": the report's method
        ("CO2HAOhdLprP58km", 20): "unattributed",  # "some analysts, including Frankel of Harvard, are doubtful"
        ("KiEUVVA38h7ImE8I", 24): "unattributed",  # "ended his speech ... by appealing to everyone"
        ("fpomzLO0BLI5uqnj", 3): "unattributed",  # "opposition from many Italian-Americans who say"
        ("mI1b1lHpP9hxFGvp", 9): "named_official",  # "Warren ... proposed an annual wealth tax": an act, read
        ("9crfhwVsrBWKOXQx", 9): "unattributed",  # "as announced in a press release from the campaign"
        ("9crfhwVsrBWKOXQx", 14): "unattributed",  # "Carson has made intimations"
        **{("9crfhwVsrBWKOXQx", number): "named_official" for number in (17, 18, 22)},  # Carson, out of the race
        ("66A4v5YiJztSrzF3", 0): "named_official",  # "12 hours after President Obama declared"
        ("66A4v5YiJztSrzF3", 12): "named_official"}  # "The president was roundly criticized": the wrong source
    per_article = keyed_per_article(keyed, FORTY_THIRD_SET)
    assert (per_article[9], per_article[10]) == (5, 6)  # median 5.5; the Washington Times' key holds 12
    assert sum(count < 5 for count in per_article) == 6  # three keys of 2 items, NPR's of 3, two of 4
    assert keyed_types(keyed) == {"named_official": 51, "unattributed": 48, "named_organization": 15,
                                  "unnamed_source": 9, "named_person": 3, "document": 0, "cited_outlet": 0}
