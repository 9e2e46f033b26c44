"""docs/exercise_agreement_heldout45.jsonl: the forty-fifth reading set (seed 1245), read blind.

Its section of docs/exercise_agreement.md: "The forty-fifth reading set (stop 42; the rule, written
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

FORTY_FIFTH_SET = [  # the draw of docs/exercise_agreement.md ("the forty-fifth reading set"), in its order
    "gX5GM2mCalngCc4T", "zAHxX8tuNKdDsjF1", "iUBo5HCaWuR8mKju", "jkfIqHF6QhBeyF1e",
    "oOLXt1H8cRyQIEvG", "Qz0M8CJk9yYWzKYa", "fZl0c0qudF8m9Oss", "fRkJzC4jEnS2KeTF",
    "d2GeSyfAODlJaoaA", "4eAtWZuSPETZ724x", "rF1yRF2yqKrmTYR0", "0ZijEi74HVzd9c4r",
    "I1Q6wsPxAxrYvHMb", "8egY7KU7z16PJn89", "7xcDyu9QsClqelhV", "KmBY3qOFBuBwwPO1",
    "kgXAP557LXBPEoy9", "sQVJScM1ItOsEUs1", "zyES1tunlhSYTvMA", "k8LEU62EPjUiu2hP",
]


def test_forty_fifth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read45a): 182 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout45", FORTY_FIFTH_SET[:10], 182,
        {"The Guardian", "New York Post", "CBS News", "Newsmax", "Christian Science Monitor", "The Hill",
         "Breitbart News", "Al Jazeera", "The Daily Caller", "Daily Beast"},
        {"named_person": 52, "named_official": 48, "unattributed": 46, "unnamed_source": 19,
         "named_organization": 10, "boilerplate": 4, "cited_outlet": 3, "document": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    (hong_kong, vetting, asylum, boehner, stimulus, todd, panic, bollywood, meltdown,
     covington) = FORTY_FIFTH_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(hong_kong, 2): False, (hong_kong, 7): False, (hong_kong, 8): False,
                       (asylum, 5): False, (asylum, 10): False, (asylum, 11): False, (boehner, 2): False,
                       (stimulus, 12): False, (stimulus, 13): False, (todd, 14): False,
                       (panic, 9): False, (panic, 12): False,
                       **{(meltdown, number): False for number in (2, 15, 19, 20, 21, 22, 25)}}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(todd, 9), (todd, 12), (meltdown, 7), (meltdown, 30)]  # the tweets' bare links
    assert all(by_key[key]["rule"] == "9" for key in cut)
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(panic, 8), (panic, 10), (panic, 13)]  # the Washington Post's passage, its own voice
    relayed = [(by_key[(panic, number)]["reading"], by_key[(panic, number)]["rule"], by_key[(panic, number)]["alt"])
               for number in (9, 11, 12, 14)]
    assert relayed == [("unnamed_source", "1,6", ["cited_outlet"]), ("named_official", "1", ["named_person", "cited_outlet"]),
                       ("unnamed_source", "1,6", ["cited_outlet"]), ("named_official", "1", ["named_person", "cited_outlet"])]
    journalist = {(by_key[(todd, number)]["reading"], tuple(by_key[(todd, number)]["alt"]))
                  for number in (0, 1, 2, 3, 4, 6, 7, 8, 10, 11)}
    assert journalist == {("named_person", ("cited_outlet",))}  # NBC's Chuck Todd and his tweets
    tweets = [(by_key[(meltdown, number)]["reading"], by_key[(meltdown, number)]["rule"])
              for number in (5, 6, 14, 15, 19, 20, 21, 22, 24, 25, 27, 28, 29)]
    assert tweets == [("named_person", "9")] * 3 + [("unnamed_source", "1,6,9"), ("unnamed_source", "1,5,6,9"),
                                                    ("unnamed_source", "3,9"), ("unnamed_source", "3,9"),
                                                    ("unnamed_source", "1,6,9"), ("named_person", "9"),
                                                    ("unnamed_source", "4,9")] + [("named_person", "9")] * 3
    assert all(by_key[(meltdown, number)]["alt"] == ["named_person"] for number in (15, 19, 20, 21, 22, 25))
    bremmer = [(by_key[(meltdown, number)]["reading"], by_key[(meltdown, number)]["alt"]) for number in (9, 10, 11)]
    assert bremmer == [("named_person", ["named_official"])] * 3  # a consultancy's head as an analyst
    nominee = {(by_key[(vetting, number)]["reading"], tuple(by_key[(vetting, number)]["alt"]))
               for number in (0, 1, 3, 4, 5, 6, 7, 9, 10, 11, 12)}
    assert nominee == {("named_official", ("named_person",))}  # Biden, the presumptive nominee
    hedges = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((hong_kong, 8), (boehner, 2), (stimulus, 12))]
    assert hedges == [("unnamed_source", "4")] * 3  # "is expected to", "reportedly", "is seen as"
    appear = by_key[(bollywood, 9)]  # "many stars appear to support the prime minister": the writer's hedge
    assert (appear["reading"], appear["alt"]) == ("unattributed", ["unnamed_source"])
    court = by_key[(asylum, 3)]  # "But the court also said": the 9th Circuit speaking as such
    assert (court["reading"], court["alt"]) == ("named_organization", ["unattributed"])
    crow = by_key[(asylum, 6)]  # an advocacy group's attorney speaking for it
    assert (crow["reading"], crow["alt"]) == ("named_official", ["named_person"])
    advocates = by_key[(asylum, 5)]  # "Immigration advocates praised Tigar's decision."
    assert (advocates["rule"], advocates["alt"]) == ("6,7", ["named_official"])
    cea = [by_key[(stimulus, number)]["reading"] for number in (1, 2, 5, 6, 7, 8, 17)]
    assert cea == ["named_organization"] * 7  # the CEA, its report, "his administration argues"
    students = by_key[(covington, 0)]  # "Two Covington Catholic High School students": named in [2] and [6]
    assert (students["reading"], students["alt"], students["rule"]) == ("named_person", ["unnamed_source", "unattributed"], "6,7")
    assert [by_key[(bollywood, number)]["reading"] for number in (4, 5, 6, 7, 8)] == ["named_person"] * 5
    acts = [by_key[key] for key in ((vetting, 8), (asylum, 0), (asylum, 1), (asylum, 2), (asylum, 4), (boehner, 17),
                                    (stimulus, 20), (bollywood, 3), (bollywood, 18), (meltdown, 0))]
    assert all(row["reading"] == "unattributed" and "7" in row["rule"].split(",") and row["alt"] for row in acts)


def test_forty_fifth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read45b): 227 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout45", FORTY_FIFTH_SET[10:], 227,
        {"Fox News", "Fox Online News", "Politico", "New York Times - News", "CNN (Web News)", "Bloomberg",
         "CBN", "BBC News", "Reuters", "NPR Online News"},
        {"unattributed": 88, "named_official": 64, "named_person": 36, "named_organization": 17,
         "unnamed_source": 13, "boilerplate": 6, "cited_outlet": 2, "document": 1},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    powder, comey, cliff, putin, polls, apple, scalia, paris, nfl, guns = FORTY_FIFTH_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(powder, 4): False, (comey, 14): False, (comey, 18): False, (comey, 19): False,
                       (cliff, 3): False, (cliff, 4): False, (scalia, 17): False,
                       **{(paris, number): False for number in (5, 6, 10, 11, 17)}, (guns, 1): False}  # no terms
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(powder, 10), (cliff, 0), (cliff, 1), (scalia, 12), (scalia, 13), (guns, 6)]
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [(comey, 17), (nfl, 11)]
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [(apple, 2)]  # "the order"
    relayed = [(by_key[(comey, number)]["rule"], by_key[(comey, number)]["alt"]) for number in (14, 18, 19)]
    assert relayed == [("1,6", ["cited_outlet"])] * 3  # the Journal's, NBC's and the Times' unnamed sources
    display = [(by_key[(powder, number)]["reading"], by_key[(powder, number)]["rule"]) for number in (8, 9, 10)]
    assert display == [("named_person", "9"), ("named_person", "3,9"), ("boilerplate", "9")]  # the pull quote
    reportedly = by_key[(powder, 3)]  # "She reportedly said"
    assert (reportedly["reading"], reportedly["alt"], reportedly["rule"]) == ("named_person", ["unnamed_source"], "4")
    assert [by_key[(powder, number)]["alt"] for number in range(19, 23)] == [["document"]] * 4  # the note's lines
    surveys = [by_key[(polls, number)]["reading"] for number in range(13)]
    assert surveys == ["named_organization"] * 4 + ["unattributed"] + ["named_organization"] * 3 + \
        ["named_official"] * 2 + ["named_organization"] + ["unattributed"] * 2
    assert all("cited_outlet" in by_key[(polls, number)]["alt"] for number in (0, 1, 2, 5, 6, 7, 10))
    holland = [(by_key[(polls, number)]["reading"], by_key[(polls, number)]["alt"]) for number in (8, 9)]
    assert holland == [("named_official", ["unattributed"])] * 2  # CNN's own polling director, rule 10 in alt
    analyst = by_key[(apple, 3)]  # "One veteran analyst", Munster next
    assert (analyst["reading"], analyst["rule"], analyst["alt"][0]) == ("named_person", "6", "unnamed_source")
    own_data = by_key[(apple, 22)]  # "according to data compiled by Bloomberg" in Bloomberg
    assert (own_data["reading"], own_data["rule"], own_data["alt"]) == (
        "unattributed", "10", ["unnamed_source", "cited_outlet", "document"])
    assert [by_key[(apple, number)]["alt"] for number in range(10, 17)] == [["document"]] * 7  # the list's items
    murray = by_key[(cliff, 11)]  # "these Democrats — led by Washington Sen. Patty Murray — believe"
    assert (murray["reading"], murray["alt"], murray["rule"]) == ("named_official", ["unnamed_source", "unattributed"], "6,7")
    correspondents = [(by_key[(paris, number)]["rule"], by_key[(paris, number)]["alt"]) for number in (10, 11)]
    assert correspondents == [("6", ["unattributed", "cited_outlet"]), ("3", ["unattributed"])]
    assert (by_key[(paris, 9)]["reading"], by_key[(paris, 9)]["alt"]) == ("named_official", ["cited_outlet"])  # via AFP
    observers = by_key[(guns, 1)]  # "appeared to many observers to suggest"
    assert (observers["rule"], observers["alt"]) == ("4,6", ["named_official", "unattributed"])
    clauses = [(by_key[(nfl, number)]["reading"], by_key[(nfl, number)]["alt"][0]) for number in (9, 10)]
    assert clauses == [("named_official", "unnamed_source"), ("named_official", "named_person")]  # critics, James
    espn = [(by_key[(nfl, number)]["reading"], by_key[(nfl, number)]["alt"]) for number in (12, 13, 14, 15)]
    assert espn == [("named_person", ["cited_outlet"])] * 4  # Stills "told the sports news outlet"
    candidates = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((scalia, 5), (scalia, 11), (guns, 2))]
    assert candidates == [("named_official", ["named_person"])] * 3  # the 2016 candidates
    assert (by_key[(scalia, 3)]["reading"], by_key[(scalia, 3)]["rule"]) == ("named_official", "6,7")
    assert [by_key[(putin, number)]["reading"] for number in range(12)] == ["named_organization"] * 2 + ["unattributed"] * 10
    acts = [by_key[key] for key in ((powder, 0), (powder, 18), (powder, 23), (comey, 0), (comey, 4), (putin, 4),
                                    (apple, 8), (apple, 23), (scalia, 9), (nfl, 19), (nfl, 20), (nfl, 21),
                                    (guns, 7), (guns, 24))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)


def test_forty_fifth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 1 of the 409 rows gained a second type in alt and says so ("review:"); readings and
    reasons unchanged, both readers' counts stand. Clinton, the 2016 nominee holding no office, read as this set
    reads the 2016 candidates; closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout45", FORTY_FIFTH_SET, 409,  # 1-10 landed first, so the file holds the draw's order
        {"unattributed": 134, "named_official": 112, "named_person": 88, "unnamed_source": 32,
         "named_organization": 27, "boilerplate": 10, "cited_outlet": 5, "document": 1}, 0, keyed=True)
    hong_kong, _, asylum, _, _, _, _, _, meltdown, _ = FORTY_FIFTH_SET[:10]
    _, _, _, _, _, _, scalia, paris, _, guns = FORTY_FIFTH_SET[10:]
    added = {(guns, 23): ("named_official", ["unattributed", "named_person"])}  # "What she has called for"
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 217 + 1  # the readers' 217 alts and the review's 1
    nominees = [(by_key[key]["reading"], "named_person" in by_key[key]["alt"])
                for key in ((guns, 0), (guns, 2), (guns, 16), (guns, 23), (scalia, 5), (scalia, 11))]
    assert nominees == [("named_official", True)] * 6  # Trump and Clinton in 2016: one way through the set
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((paris, 5), (paris, 10), (paris, 11), (meltdown, 19), (meltdown, 20), (hong_kong, 7), (asylum, 5),
              (guns, 7))]
    assert close == [("unnamed_source", []),  # "French officials said", as "British officials say"
                     ("unnamed_source", ["unattributed", "cited_outlet"]),  # "Correspondents say" in the BBC
                     ("unnamed_source", ["unattributed"]),  # "Also, the meetings coincided": their account going on
                     ("unnamed_source", ["named_person"]),  # "senior Justice official tells @NBCNews": NBC receives
                     ("unnamed_source", ["named_person"]),  # "not sure who in WH ...": the official or Harwood
                     ("unnamed_source", []),  # "Organisers said": the primaries' organisers, never named
                     ("unnamed_source", ["named_official"]),  # "Immigration advocates praised", Crow next
                     ("unattributed", ["named_official"])]  # "The response from Clinton and her supporters"


def test_forty_fifth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 8394552 (made once, 18:32:57 UTC on 6 December, eight seconds after the forty-fourth set's;
    made again into another folder at 18:33:05-18:33:21, byte-identical): 134/136 with alt, 124 strict, 7/7, one
    agreeing type under a wrong source (judged with each key open: the ABC News/Washington Post poll for the share of
    those questioned in the Pew Research Center/Washington Post survey)."""
    keyed = assert_held_out_figure("heldout45", statements=409, articles=20, keyed=136, agree=134, strict=124,
                                   reasons=7, reasons_agree=7, wrong_sources=1, per_article_min_max=(2, 14))
    hong_kong, _, asylum, boehner, stimulus, _, panic, _, caller, _ = FORTY_FIFTH_SET[:10]
    powder, comey, cliff, _, polls, _, _, paris, nfl, guns = FORTY_FIFTH_SET[10:]
    assert reason_misses(keyed) == {}
    assert [row for row in keyed if row["reason_keyed"] or row["reason_reading"]] == []  # no reason given anywhere
    asked = [(row["id"], row["statement"]) for row in keyed if row["reason_keyed"] is not None]
    assert asked == [(asylum, 10), (asylum, 11), (boehner, 2), (panic, 12), (comey, 18), (cliff, 3),
                     (paris, 5)]  # the 7 keyed Anonymous source, in the file's order (the draw's)
    assert type_disagreements(keyed) == {
        (panic, 10): ("unattributed", "cited_outlet"),  # the Post's narration going on in Breitbart's block quote
        (polls, 0): ("unattributed", "named_organization")}  # "new polling indicates": no source noun
    wrong = {(row["id"], row["statement"]): (row["keyed"], row["source_keyed"]) for row in keyed
             if row["source_ok"] is False}
    assert wrong == {(polls, 5): ("named_organization",  # "those questioned in a Pew ... survey": the poll before
                                  "an ABC News/Washington Post poll released Wednesday morning")}
    assert agreeing_through_alt(keyed) == 10  # the type in alt
    through = {(row["id"], row["statement"]): row["keyed"] for row in keyed if row["keyed"] != row["reading"] and row["agree"]}
    assert through == {
        (hong_kong, 2): "unattributed",  # "observers ... say", the writer's in alt
        (stimulus, 12): "unattributed",  # "is seen as"
        (caller, 9): "named_official",  # Ian Bremmer, a consultancy's head read as an analyst
        (powder, 4): "unattributed",  # "The authorities later found"
        (comey, 4): "named_official",  # "Sarah Huckabee Sanders was asked:"
        (comey, 19): "cited_outlet",  # "The New York Times reported that 'in private, aides said'"
        (cliff, 0): "unattributed",  # Politico's deck, read boilerplate
        (cliff, 11): "unattributed",  # "these Democrats — led by Washington Sen. Patty Murray — believe"
        (nfl, 0): "unattributed",  # "Trump on Friday renewed his attacks"
        (guns, 1): "named_official"}  # "appeared to many observers to suggest"
    per_article = keyed_per_article(keyed, FORTY_FIFTH_SET)
    assert (per_article[9], per_article[10]) == (5, 8)  # median 6.5; Fox Online News' key holds 14, three hold 2
    assert sum(count < 5 for count in per_article) == 6  # the Guardian's, the Post's, Fox News' 2, the Daily Beast's 3,
    # the Hill's and the New York Times' 4
    assert keyed_types(keyed) == {"named_official": 46, "unattributed": 47, "named_person": 25,
                                  "named_organization": 10, "unnamed_source": 7, "cited_outlet": 1, "document": 0}
