"""docs/exercise_agreement_heldout30.jsonl: the thirtieth reading set (seed 1230), read blind.

Its section of docs/exercise_agreement.md: "The thirtieth reading set (stop 37; the rule, written
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

THIRTIETH_SET = [  # the draw of docs/exercise_agreement.md ("the thirtieth reading set"), in its order
    "19JpjdkT5Q9Vi8iA", "V9GhM9GdHLaeBPfI", "p9giJuRyZlqJO9VH", "ScXufsTPqf7tUZmg",
    "g84okI24YBpwLPz7", "vDDLAqXZrtfGIDN3", "YGmJpLBbC3seUzqX", "4Ygxk6OnvWQl3EcV",
    "JDylUOgAoosiN3XV", "s3GnbB64jfIUCF1y", "c0yFQGZCkQufumMr", "4O2sTYdalrMkAS0R",
    "gMnV4lhqHogZSQqn", "UIqW0gxrK9M5HNfW", "WLGfS1jTPRW9lowy", "CSIxEDNtTd3mCynX",
    "r9cPRYTKeZDpQiXJ", "fdhaT991UW4HqdMe", "frcl44jWD2yPMtNH", "L6k7Bf2fsu8OhKxq",
]


def test_thirtieth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read30a): 176 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout30", THIRTIETH_SET[:10], 176,
        {"New York Times - News", "Breitbart News", "CBS News", "BBC News", "The Hill", "Daily Beast",
         "CNN (Web News)", "Al Jazeera", "Politico"},
        {"unattributed": 68, "named_person": 51, "named_official": 31, "unnamed_source": 11,
         "named_organization": 10, "cited_outlet": 4, "document": 0, "boilerplate": 1},
        1, {"19JpjdkT5Q9Vi8iA"})
    by_key = {(row["id"], row["statement"]): row for row in first}
    wage, theft, column, cliff, vostok, tents, stone, gallup, gadhimai, romney = THIRTIETH_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(wage, 9): True,  # "who asked not to be named because his clients rely on him"
                       (theft, 7): False, (theft, 8): False, (theft, 12): False, (vostok, 3): False,
                       (vostok, 9): False, (vostok, 18): False, (tents, 1): False, (tents, 6): False,
                       (tents, 7): False, (gadhimai, 14): False}
    cut = [(key, row["text"]) for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [((romney, 9), "This article first appeared on POLITICO Pro at 11:45 a.m. on June 12, 2012.")]
    experts = [(by_key[(cliff, number)]["reading"], by_key[(cliff, number)]["alt"]) for number in (1, 17)]
    assert experts == [("named_person", ["named_official"]), ("named_official", ["named_person"])]  # Bowles; Simpson
    agreed = by_key[(cliff, 15)]  # "Alan Simpson ... agreed.", as "Chuck Schumer ... agreed."
    assert (agreed["reading"], agreed["alt"][0], agreed["rule"]) == ("named_official", "unattributed", "7")
    candidates = {(by_key[key]["reading"], tuple(by_key[key]["alt"])) for key in ((romney, 0), (romney, 8), (column, 7))}
    assert candidates == {("named_official", ("named_person",)), ("named_official", ("named_person", "unattributed"))}
    assert [by_key[(romney, number)]["reading"] for number in range(9)] == ["named_official", "unattributed",
                                                                           "unattributed"] + ["named_official"] * 6
    sources_tell_me = by_key[(stone, 5)]  # Stone's own assertion; his unnamed sources in alt
    assert (sources_tell_me["reading"], sources_tell_me["alt"][0]) == ("named_person", "unnamed_source")
    hosts = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((column, 9), (column, 13), (stone, 11))]
    assert hosts == [("named_person", ["cited_outlet"]), ("unattributed", ["named_person", "cited_outlet"]),
                     ("named_person", [])]  # Tapper; King's words in the column; Jones
    figures = [by_key[(gallup, number)]["reading"] for number in range(13)]
    assert figures == ["unattributed", "named_organization", "named_organization", "named_organization",
                       "unattributed", "named_organization", "named_organization"] + ["unattributed"] * 6
    relayed = [(by_key[(tents, number)]["reading"], by_key[(tents, number)]["rule"]) for number in range(4)]
    assert relayed == [("cited_outlet", "1"), ("unnamed_source", "4"), ("cited_outlet", "2"), ("cited_outlet", "table")]
    claimed = [(by_key[(vostok, number)]["reading"], by_key[(vostok, number)]["alt"]) for number in (0, 4, 17)]
    assert claimed == [("named_person", ["unnamed_source"]), ("unattributed", ["unnamed_source"]),
                       ("named_organization", ["unnamed_source"])]  # the team; "raised the possibility"; "They"
    own = [(by_key[(gadhimai, number)]["reading"], by_key[(gadhimai, number)]["alt"]) for number in (0, 12, 13, 20)]
    assert own == [("unattributed", ["unnamed_source"])] * 4  # "considered", "An estimated", "Many were hopeful", legend
    assert [by_key[(gadhimai, number)]["reading"] for number in (5, 16)] == ["named_official"] * 2  # committee; priest
    acts = [(by_key[key]["reading"], by_key[key]["rule"]) for key in
            ((stone, 4), (stone, 13), (stone, 19), (wage, 11), (theft, 9), (cliff, 0), (cliff, 24), (column, 5))]
    assert acts == [("unattributed", "7")] * 8  # did not respond, would not, went on, examined, sought, discussed
    assert all(by_key[key]["alt"] for key in
               ((stone, 4), (stone, 13), (stone, 19), (wage, 11), (theft, 9), (cliff, 0), (cliff, 24), (column, 5)))
    claims = [by_key[key]["reading"] for key in ((stone, 9), (stone, 15), (wage, 12), (theft, 3), (wage, 0))]
    assert claims == ["named_official", "named_person", "named_person", "named_person", "named_person"]


def test_thirtieth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read30b): 184 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout30", THIRTIETH_SET[10:], 184,
        {"The Daily Caller", "Bloomberg", "Newsmax", "Christian Science Monitor", "NPR Online News",
         "Washington Times", "Reuters", "USA TODAY", "Associated Press", "The Guardian"},
        {"unattributed": 76, "named_official": 63, "named_person": 23, "unnamed_source": 11, "cited_outlet": 7,
         "named_organization": 1, "document": 1, "boilerplate": 2},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    barletta, obama, raid, perez, fema, ryan, hallquist, perry, shanahan, tillerson = THIRTIETH_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {**{(raid, number): False for number in (0, 3, 5, 6, 11, 12, 16, 17)},
                       (fema, 22): False, (tillerson, 10): False, (tillerson, 15): False}  # no terms anywhere
    deck = [(by_key[(tillerson, number)]["reading"], by_key[(tillerson, number)]["alt"]) for number in (0, 1)]
    assert deck == [("boilerplate", ["unnamed_source"]), ("boilerplate", ["unattributed"])]  # the standfirst
    journal = [(by_key[(raid, number)]["reading"], by_key[(raid, number)]["rule"]) for number in (1, 2, 9, 13)]
    assert journal == [("cited_outlet", "table"), ("cited_outlet", "3"), ("cited_outlet", "table"), ("cited_outlet", "1")]
    narration = {(by_key[(raid, number)]["reading"], tuple(by_key[(raid, number)]["alt"])) for number in (4, 14, 15)}
    assert narration == {("unattributed", ("cited_outlet",))}  # the raid's details with no cue
    timeline = [(by_key[(raid, number)]["reading"], by_key[(raid, number)]["rule"]) for number in (11, 12)]
    assert timeline == [("unnamed_source", "6"), ("unnamed_source", "3")]  # the timeline goes on to Friday
    assert [by_key[(raid, number)]["reading"] for number in (20, 21)] == ["unattributed"] * 2  # a refusal, "may have"
    tweets = {by_key[key]["reading"] for key in [(barletta, n) for n in (5, 6, 7, 9, 10, 11)]
              + [(shanahan, 3), (shanahan, 4), (tillerson, 7), (tillerson, 8), (tillerson, 9)]}
    assert tweets == {"named_official"}  # the president's tweets and their cut-off cues (rule 9)
    records = [(by_key[(hallquist, number)]["reading"], by_key[(hallquist, number)]["alt"]) for number in (1, 15, 16)]
    assert records == [("document", ["unattributed"]), ("named_person", ["unattributed", "document"]),
                       ("named_person", ["document"])]  # "unofficial results showed"; "Casey's research shows"
    candidate = {tuple(row["alt"]) for row in second if row["id"] == hallquist and row["reading"] == "named_person"
                 and row["statement"] not in (7, 15, 16)}
    assert candidate == {("named_official",)}  # Hallquist, a nominee holding no office, one way throughout
    debate = {(by_key[(perry, number)]["reading"], by_key[(perry, number)]["alt"][0]) for number in (4, 5, 7, 8, 9, 10)}
    assert debate == {("named_official", "named_person")}  # the governor of Texas in 2011
    people = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((perry, 6), (raid, 8), (fema, 16), (ryan, 6))]
    assert people == [("named_person", ["named_official"])] * 3 + [("named_person", [])]  # Romney, Vallely, Cilluffo; host
    host = by_key[(ryan, 11)]  # "Mr. Ryan ... also pushed back when Mr. Wallace said ..."
    assert (host["reading"], host["alt"], host["rule"]) == ("named_person", ["named_official", "unattributed"], "7")
    webpage = [(by_key[(fema, number)]["reading"], by_key[(fema, number)]["alt"]) for number in (18, 19)]
    assert webpage == [("unattributed", ["named_organization"]), ("named_organization", ["unattributed"])]
    rogers = [by_key[(perez, number)]["reading"] for number in (11, 12, 13)]
    assert rogers == ["named_person", "named_person", "unattributed"]  # the humorist's quip, the column's sentence
    outlets = [by_key[key]["reading"] for key in ((barletta, 1), (perry, 0), (perry, 1))]
    assert outlets == ["cited_outlet"] * 3  # the AP's call of the race; CBS News and NBC News
    acts = [(by_key[key]["reading"], by_key[key]["rule"]) for key in
            ((obama, 8), (fema, 0), (fema, 11), (fema, 21), (perez, 14), (perez, 16), (perry, 2))]
    assert acts == [("unattributed", "7")] * 7  # pushed for, rolling out, was asked, retweeted, zeroed in, topics
    speech = [by_key[key]["reading"] for key in ((obama, 0), (obama, 5), (shanahan, 6), (tillerson, 3), (tillerson, 12))]
    assert speech == ["named_official"] * 5  # called a model, repeated a proposal, announced, rejected, noting


def test_thirtieth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 7 of the 360 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. Rule 7's actor in alt for acts told in background rows, as the
    twenty-eighth and twenty-ninth sets' reviews gave it; closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout30", THIRTIETH_SET, 360,  # 1-10 landed first: the draw's order
        {"unattributed": 144, "named_official": 94, "named_person": 74, "unnamed_source": 22,
         "named_organization": 11, "cited_outlet": 11, "boilerplate": 3, "document": 1}, 1, keyed=True)
    wage, _, _, cliff, vostok, _, stone, gallup, gadhimai, _ = THIRTIETH_SET[:10]
    _, obama, raid, _, _, ryan, hallquist, perry, _, tillerson = THIRTIETH_SET[10:]
    added = {(wage, 8): ("unattributed", ["unnamed_source"]),  # "restaurant industry groups ... often cite"
             (stone, 8): ("unattributed", ["named_person"]),  # Scarborough "criticizing", "meeting with Trump"
             (stone, 14): ("unattributed", ["named_person"]),  # Stone's "salacious remarks", no content
             (obama, 18): ("unattributed", ["named_official"]),  # "was met on the tarmac ... by Daugaard"
             (hallquist, 11): ("unattributed", ["named_person"]),  # "speaks comfortably about her previous identity"
             (perry, 13): ("unattributed", ["named_organization"]),  # "the Obama administration blocked"
             (tillerson, 5): ("unattributed", ["named_official"])}  # a lunch with Tillerson and Mattis, "met"
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 198 + 7  # the readers' 198 alts and the review's 7
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    stone_acts = [by_key[(stone, number)]["alt"] for number in (4, 13, 14, 17, 19)]
    assert all("named_person" in alt for alt in stone_acts)  # Stone's plain acts one way
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((stone, 5), (vostok, 0), (vostok, 16), (gadhimai, 0), (gadhimai, 19), (ryan, 11), (cliff, 27))]
    assert close == [("named_person", ["unnamed_source", "named_official"]),  # "sources tell me", Stone's assertion
                     ("named_person", ["unnamed_source"]),  # "Russian scientists have claimed", Bulat's team
                     ("unattributed", []),  # "The US recently broke through": research narration, left as read
                     ("unattributed", ["unnamed_source"]),  # "the practice considered", a descriptor
                     ("unattributed", []),  # border authorities' seizures: an event, left as read
                     ("named_person", ["named_official", "unattributed"]),  # Wallace's premise, Ryan's push-back
                     ("unattributed", [])]  # "became prominent voices": biography, left as read
    gallup_walk = [by_key[(gallup, number)]["reading"] for number in (2, 3, 7, 8)]
    assert gallup_walk == ["named_organization"] * 2 + ["unattributed"] * 2  # before and after the "Related:" link
    assert (by_key[(raid, 12)]["reading"], by_key[(raid, 12)]["rule"]) == ("unnamed_source", "3")  # the timeline


def test_thirtieth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 1f18d33 (made once, 05:19:51 UTC on 6 December, six seconds before the thirty-first
    set's; made again into another folder, byte-identical): 116/120 with alt, 106 strict, 9/9, two agreeing
    types under a wrong source (judged with each key open)."""
    keyed = assert_held_out_figure("heldout30", statements=360, articles=20, keyed=120, agree=116, strict=106,
                                   reasons=9, reasons_agree=9, wrong_sources=2, per_article_min_max=(1, 12))
    assert reason_misses(keyed) == {}
    assert type_disagreements(keyed) == {  # Webb, "a professor and chair of emergency management": read as an expert
        ("WLGfS1jTPRW9lowy", number): ("named_official", "named_person") for number in (2, 3, 4, 5)}
    wrong = {(row["id"], row["statement"]): row["source_keyed"] for row in keyed if not row["source_ok"]}
    assert wrong == {("JDylUOgAoosiN3XV", 17): "animal rights activist Manoj Gautam",  # the priest Chaudhary's
                     ("JDylUOgAoosiN3XV", 18): "animal rights activist Manoj Gautam"}  # "he said": Chaudhary of [16]
    assert agreeing_through_alt(keyed) == 10  # the type in alt
    hallquist = [row["keyed"] for row in keyed if row["id"] == "r9cPRYTKeZDpQiXJ" and row["keyed"] != row["reading"]]
    assert hallquist == ["named_official"] * 4  # Hallquist, a nominee holding no office, named_official in alt
    per_article = keyed_per_article(keyed, THIRTIETH_SET)
    assert (per_article[9], per_article[10]) == (6, 6)  # median 6; the Daily Beast's and Politico's keys hold 1
    assert sum(count < 5 for count in per_article) == 5
    assert keyed_types(keyed) == {"unattributed": 45, "named_official": 42, "named_person": 17,
                                  "unnamed_source": 9, "cited_outlet": 4, "named_organization": 3, "document": 0}
