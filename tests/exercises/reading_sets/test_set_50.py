"""docs/exercise_agreement_heldout50.jsonl: the fiftieth reading set (seed 1250), read blind.

Its section of docs/exercise_agreement.md: "The fiftieth reading set (stop 45; the rule, written
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

FIFTIETH_SET = [  # the draw of docs/exercise_agreement.md ("the fiftieth reading set"), in its order
    "RBT4S7Ljiypxj2bY", "WIUEbP77gHaMF5KQ", "OgqA1a8GRjWtOjd3", "OCIvseB5AXR2pxY7",
    "S0Irn0pVMuxIjFNa", "Nyl4nxGOy0QYEYus", "1JUe8EW5OGySoK0j", "xD9RBdRmsJM2ghOX",
    "ikG1p6j3P0Rdw2Kb", "mFeg0C6WMZJkJN1y", "OfpKGMfnJxMDPP0O", "ohPj9zvNDJIA0FOQ",
    "ScNwsjv372d7uSdU", "lY8JoZEK01LXPMNw", "o5cmcrx2dTGCU5Nb", "UBhLssPYbU2vImP0",
    "7RHp2BxWpr4Jfcqe", "FEaP8l3jlo138EBC", "y0CKhvaseCduB6Lz", "sVrHG8KK1TMnUkmK",
]


def test_fiftieth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read50a): 208 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout50", FIFTIETH_SET[:10], 208,
        {"Al Jazeera", "BBC News", "Fox Online News", "Wall Street Journal - News", "The Guardian",
         "CBS News", "New York Post", "New York Times - News", "The Hill", "Associated Press"},
        {"named_official": 71, "unnamed_source": 61, "unattributed": 45, "named_organization": 13,
         "named_person": 8, "cited_outlet": 6, "boilerplate": 2, "document": 2},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    gantz, sessions, nsa, clinton, giuliani, calls, syracuse, montage, professors, statue = FIFTIETH_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(gantz, 6): False, (sessions, 10): False, (nsa, 5): False, (nsa, 14): False,
                       (clinton, 5): False, (clinton, 11): False, (giuliani, 16): False,
                       (syracuse, 0): False, (syracuse, 13): False,
                       **{(montage, number): False for number in range(46)},
                       **{(professors, number): False for number in (0, 1, 2, 3, 8, 9)}}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(nsa, 16), (syracuse, 8)]  # "Read more ... at the Washington Post.", the Post's "see also" link
    records = [key for key, row in by_key.items() if row["reading"] == "document"]
    assert records == [(professors, 6), (professors, 7)]  # "The Friday letter ... cited", "it said"
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(sessions, 17), (nsa, 0), (nsa, 1), (nsa, 2), (nsa, 4), (syracuse, 12)]
    assert [by_key[(nsa, number)]["rule"] for number in (2, 4)] == ["3", "3"]  # the Post's report going on
    # the montage: one long quotation whose speaker the text never names (Trump, and the montage, in alt)
    answers = {(by_key[(montage, number)]["rule"], tuple(by_key[(montage, number)]["alt"]))
               for number in range(4, 46)}
    assert answers == {("3", ("named_official", "unattributed"))}
    questions = [by_key[(montage, number)]["alt"] for number in (0, 2)]
    assert questions == [["unattributed"]] * 2  # the interviewer's questions, no claim
    letter = [(by_key[(professors, number)]["reading"], by_key[(professors, number)]["alt"][0])
              for number in range(11) if number not in (4, 5, 10)]
    assert letter == [("unnamed_source", "document")] * 4 + [("document", "unnamed_source")] * 2 + \
        [("unnamed_source", "document")] * 2  # the 520 professors never named; their letter as a record
    yahoo = by_key[(nsa, 14)]  # "At Yahoo, a spokeswoman said"
    assert (yahoo["rule"], yahoo["alt"]) == ("6", ["named_organization"])
    politico = by_key[(nsa, 7)]  # Alexander "according to Politico"
    assert (politico["reading"], politico["rule"], politico["alt"]) == ("named_official", "1", ["cited_outlet"])
    relayed = by_key[(syracuse, 13)]  # "A group of students ... called for Syverud to resign ..., Syracuse.com reports."
    assert (relayed["rule"], relayed["alt"]) == ("1,6,7", ["cited_outlet"])
    school = by_key[(syracuse, 0)]  # "school officials said", Syverud announcing next
    assert (school["rule"], school["alt"]) == ("6", ["named_official", "named_organization"])
    investigators = by_key[(syracuse, 6)]  # "Investigators believe ..., Syverud said."
    assert (investigators["reading"], investigators["alt"]) == ("named_official", ["unnamed_source"])
    candidate = {(by_key[(clinton, number)]["reading"], tuple(by_key[(clinton, number)]["alt"]))
                 for number in (0, 1, 2, 8, 9, 10, 13, 14, 15, 16, 17)}
    assert candidate == {("named_official", ("named_person",))}  # the 2016 candidate
    lawyer = {(by_key[(giuliani, number)]["reading"], by_key[(giuliani, number)]["alt"][0])
              for number in (10, 11, 14, 21)}
    assert lawyer == {("named_person", "named_official")}  # the president's personal lawyer, no office
    beast = by_key[(giuliani, 20)]  # "Giuliani responded in a text to the Daily Beast."
    assert (beast["reading"], beast["rule"], beast["alt"][:2]) == ("named_person", "1,7", ["unattributed", "cited_outlet"])
    aides = by_key[(giuliani, 0)]  # "Senior aides to Joe Biden", Dunn and Bedingfield named in [4]
    assert (aides["reading"], aides["rule"], aides["alt"]) == ("named_official", "6,7", ["unnamed_source"])
    clauses = [by_key[key] for key in ((sessions, 2), (giuliani, 6), (giuliani, 9))]
    assert all(row["reading"] == "unattributed" and row["alt"] == ["unnamed_source"] for row in clauses)
    hedges = [by_key[key] for key in ((gantz, 0), (sessions, 20))]  # "appeared", "apparently"
    assert all((row["reading"], row["rule"], row["alt"]) == ("unattributed", "4", ["unnamed_source"]) for row in hedges)
    encyclopedia = by_key[(statue, 12)]  # "According to the Encyclopedia of Alabama"
    assert (encyclopedia["reading"], encyclopedia["alt"]) == ("named_organization", ["document"])
    mayor = by_key[(statue, 0)]  # the removal told, "with the mayor saying"
    assert (mayor["reading"], mayor["rule"], mayor["alt"]) == ("unattributed", "7", ["named_official"])
    tweets = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((gantz, 18), (gantz, 20), (statue, 3))]
    assert tweets == [("named_official", "9")] * 3  # Mreeh, Netanyahu, Stimpson on Twitter
    acts = [by_key[key] for key in ((gantz, 5), (gantz, 16), (sessions, 19), (nsa, 6), (giuliani, 1), (giuliani, 12),
                                    (calls, 2), (calls, 10), (calls, 14), (professors, 5), (statue, 7), (statue, 9),
                                    (statue, 10))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)
    speech = [by_key[key]["reading"] for key in ((gantz, 2), (gantz, 21), (gantz, 22), (gantz, 24), (sessions, 16),
                                                 (calls, 1), (calls, 8), (professors, 10))]
    assert speech == ["named_official"] * 8  # speech acts with their content (rule 7)


def test_fiftieth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read50b): 211 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout50", FIFTIETH_SET[10:], 211,
        {"The Daily Caller", "Washington Times", "Politico", "ABC News", "CBN", "CNN (Web News)",
         "Breitbart News", "Bloomberg", "Christian Science Monitor", "Reuters"},
        {"named_official": 96, "unattributed": 64, "unnamed_source": 20, "named_person": 9,
         "named_organization": 8, "cited_outlet": 5, "boilerplate": 5, "document": 4},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    comey, income, lawsuit, boehner, agenda, collins, aclu, jiomart, rockets, harvard = FIFTIETH_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {**{(comey, number): False for number in (10, 20, 21, 22)},
                       **{(lawsuit, number): False for number in (6, 7, 9, 17, 18, 22)},
                       **{(aclu, number): False for number in (11, 12, 13)},
                       **{(rockets, number): False for number in (6, 7, 9, 10, 20)},
                       (harvard, 4): False, (harvard, 14): False}  # no terms anywhere; "Unnamed officials" gives none
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(lawsuit, 0), (lawsuit, 1), (aclu, 19), (aclu, 20), (rockets, 0)]  # caption, author's note, tagline
    assert by_key[(lawsuit, 0)]["alt"] == ["unnamed_source"]  # the caption's "Many analysts viewed"
    records = [key for key, row in by_key.items() if row["reading"] == "document"]
    assert records == [(comey, 17), (jiomart, 17), (harvard, 2), (harvard, 5)]  # the draft, the index, the letter
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(comey, 11), (rockets, 3), (rockets, 4), (rockets, 5), (rockets, 8)]  # CNN, the AP, Haaretz
    own = [(by_key[(rockets, number)]["reading"], by_key[(rockets, number)]["rule"], "cited_outlet" in by_key[(rockets, number)]["alt"])
           for number in (17, 18, 19, 21, 22)]
    assert own == [("unattributed", "10", True)] * 5  # "The Christian Science Monitor reports:" in the Monitor
    haaretz = [(by_key[(rockets, number)]["rule"], by_key[(rockets, number)]["alt"]) for number in (6, 7)]
    assert haaretz == [("1,6", ["cited_outlet"]), ("1,2", ["cited_outlet"])]  # the unnamed Hamas official via Haaretz
    wafa = by_key[(rockets, 11)]  # "Reuters reports the official Palestinian Wafa news agency as saying"
    assert (wafa["reading"], wafa["alt"], wafa["rule"]) == ("named_official", ["cited_outlet"], "1")
    post = [(by_key[(agenda, number)]["reading"], by_key[(agenda, number)]["alt"]) for number in (12, 13, 14, 15)]
    assert post == [("named_official", ["unnamed_source", "cited_outlet", "named_person"])] + \
        [("named_official", ["cited_outlet", "named_person"])] * 3  # the review added named_person (the president-elect)
    ktsm = {(by_key[(aclu, number)]["reading"], tuple(by_key[(aclu, number)]["alt"])) for number in range(2, 10)}
    assert ktsm == {("named_official", ("cited_outlet",))}  # Pompa "as reported by ... KTSM"
    letters = [(by_key[(harvard, number)]["reading"], by_key[(harvard, number)]["alt"]) for number in (6, 7)]
    assert letters == [("named_official", ["document", "named_organization"]), ("named_official", ["document", "named_person"])]
    index = by_key[(jiomart, 17)]  # "according to the Bloomberg Billionaires Index" in Bloomberg
    assert (index["reading"], index["alt"]) == ("document", ["unattributed"])
    website = [(by_key[(jiomart, number)]["reading"], by_key[(jiomart, number)]["rule"]) for number in (1, 2)]
    assert website == [("named_organization", "2,7"), ("named_organization", "2")]  # JioMart's own website
    drafts = [(by_key[(comey, number)]["reading"], by_key[(comey, number)]["alt"]) for number in (17, 19, 23)]
    assert drafts == [("document", ["named_official"]), ("named_official", ["document"]), ("named_official", ["document"])]
    brand = [(by_key[(lawsuit, number)]["reading"], by_key[(lawsuit, number)]["rule"]) for number in (10, 11, 12, 13)]
    assert brand == [("named_person", "3"), ("named_person", "3"), ("named_person", "table"), ("named_person", "3")]
    spokesman = by_key[(lawsuit, 14)]  # "A spokesman for Boehner said", Kevin Smith named next
    assert (spokesman["reading"], spokesman["rule"], spokesman["alt"]) == ("named_official", "6", ["unnamed_source"])
    expected = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((lawsuit, 9), (comey, 10), (harvard, 4))]
    assert expected == [("unnamed_source", "4")] * 3  # "was expected to", "is also believed to", "follows reports"
    hedges = [by_key[key] for key in ((lawsuit, 5), (rockets, 16))]  # "seem to have fallen silent", "seems far off"
    assert all(row["reading"] == "unattributed" and row["alt"] == ["unnamed_source"] for row in hedges)
    acts = [by_key[key] for key in ((comey, 3), (lawsuit, 16), (boehner, 6), (boehner, 10), (boehner, 13), (boehner, 21),
                                    (agenda, 0), (agenda, 16), (collins, 2), (aclu, 0), (aclu, 10), (jiomart, 5),
                                    (jiomart, 7), (harvard, 13))]
    assert all(row["reading"] == "unattributed" and "7" in row["rule"].split(",") and row["alt"] for row in acts)
    camp = [(by_key[(income, number)]["reading"], by_key[(income, number)]["rule"]) for number in (3, 9, 10)]
    assert camp == [("named_official", "2,7"), ("named_official", "2,7"), ("named_official", "1,2")]  # Camp relaying Sebelius
    received = [by_key[key]["rule"] for key in ((boehner, 2), (collins, 6))]
    assert received == ["5,10"] * 2  # "told ABC News' Diane Sawyer" in ABC News, "told CNN ... Candy Crowley" in CNN


def test_fiftieth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 21 of the 419 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. CBN's President-elect Trump given named_person in alt as the
    forty-third set's review and the gold give it; Giuliani, KTSM and Haaretz one way; closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout50", FIFTIETH_SET[10:] + FIFTIETH_SET[:10], 419,  # 11-20 landed first
        {"named_official": 167, "unattributed": 109, "unnamed_source": 81, "named_organization": 21,
         "named_person": 17, "cited_outlet": 11, "document": 6, "boilerplate": 7}, 0, keyed=True)
    _, sessions, nsa, _, giuliani, _, syracuse, montage, professors, _ = FIFTIETH_SET[:10]
    comey, _, lawsuit, _, agenda, _, aclu, jiomart, rockets, harvard = FIFTIETH_SET[10:]
    added = {(agenda, 1): ("named_official", ["named_person"]),  # "In a two and half minute YouTube video, he said"
             (agenda, 2): ("named_official", ["unattributed", "named_person"]),  # "he's asking his team"
             **{(agenda, number): ("named_official", ["named_person"]) for number in (3, 4, 6, 7, 8, 9, 11)},
             (agenda, 5): ("named_official", ["unattributed", "named_person"]),  # "laid out energy proposals he claims"
             (agenda, 10): ("named_official", ["unattributed", "named_person"]),  # "Trump also spoke about"
             (agenda, 12): ("named_official", ["unnamed_source", "cited_outlet", "named_person"]),  # "reportedly blasting"
             **{(agenda, number): ("named_official", ["cited_outlet", "named_person"]) for number in (13, 14, 15)},
             (giuliani, 20): ("named_person", ["unattributed", "cited_outlet", "named_official"]),  # "responded in a text"
             **{(aclu, number): ("unnamed_source", ["named_organization", "cited_outlet"]) for number in (11, 12, 13)},
             **{(rockets, number): ("unnamed_source", ["cited_outlet"]) for number in (9, 10)}}  # "told Haaretz"
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 295 + 21  # the readers' 295 alts and the review's 21
    trump = [by_key[(agenda, number)] for number in range(20)]
    spoken = [row for row in trump if row["reading"] == "named_official"]  # Trump's 15 rows and Gov. Fallin's [18]
    assert [row["statement"] for row in spoken if "named_person" in row["alt"]] == list(range(1, 16))  # one way
    assert trump[18]["alt"] == []  # Oklahoma Gov. Mary Fallin, in office
    assert [row["alt"] for row in trump if row["reading"] == "unattributed"] == [["named_official"]] * 4  # acts [0], [16], Fallin's [17]; the writer's [19]
    lawyer = [by_key[(giuliani, number)] for number in (10, 11, 14, 20, 21)]
    assert all(row["reading"] == "named_person" and "named_official" in row["alt"] for row in lawyer)  # one way
    relayed = [by_key[(aclu, number)] for number in range(2, 14) if number != 10] + [by_key[(rockets, number)] for number in (6, 7, 9, 10)]
    assert all("cited_outlet" in row["alt"] for row in relayed)  # KTSM and Haaretz, each one way through its passage
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((giuliani, 4), (montage, 3), (professors, 2), (professors, 7), (comey, 17), (comey, 23), (jiomart, 17),
              (nsa, 14), (syracuse, 0), (lawsuit, 0), (sessions, 19), (harvard, 6))]
    assert close == [("named_official", ["document"]),  # Dunn and Bedingfield, campaign advisers, as earlier sets
                     ("unnamed_source", ["named_official", "unattributed"]),  # the montage's speaker never named
                     ("unnamed_source", ["document"]),  # "the professors wrote": 520, never named
                     ("document", ["unnamed_source"]),  # "it said": the letter
                     ("document", ["named_official"]),  # "The rough draft stated"
                     ("named_official", ["document"]),  # "In the pre-edited statement, Comey said"
                     ("document", ["unattributed"]),  # the Bloomberg Billionaires Index, in Bloomberg
                     ("unnamed_source", ["named_organization"]),  # "At Yahoo, a spokeswoman said"
                     ("unnamed_source", ["named_official", "named_organization"]),  # "school officials said"
                     ("boilerplate", ["unnamed_source"]),  # Politico's caption
                     ("unattributed", ["named_person"]),  # Favreau "tweeted photos", no words of his
                     ("named_official", ["document", "named_organization"])]  # "Attorneys for Harvard", Waxman in [7]


def test_fiftieth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main e429841 (made once, 01:19:54 UTC on 7 December, seconds before the fifty-first set's; made
    again into another folder at 01:20:10, byte-identical), the first fresh keys at the key confidence 0.97 of
    4d493fe: 83/85 with alt, 80 strict, 2/2, no agreeing type under a wrong source (judged with each key open)."""
    keyed = assert_held_out_figure("heldout50", statements=419, articles=20, keyed=85, agree=83, strict=80,
                                   reasons=2, reasons_agree=2, wrong_sources=0, per_article_min_max=(0, 9))
    _, _, _, _, giuliani, _, _, montage, _, _ = FIFTIETH_SET[:10]
    _, _, lawsuit, _, _, _, aclu, _, rockets, _ = FIFTIETH_SET[10:]
    assert reason_misses(keyed) == {}
    assert [row for row in keyed if row["reason_keyed"] or row["reason_reading"]] == []  # no reason given anywhere
    asked = [(row["id"], row["statement"]) for row in keyed if row["reason_keyed"] is not None]
    assert asked == [(aclu, 11), (rockets, 9)]  # the 2 keyed Anonymous source: "Unnamed officials told KTSM",
    # "Israeli officials told Haaretz"
    assert type_disagreements(keyed) == {
        (aclu, 19): ("unattributed", "boilerplate"),  # the author's note "Sylvia Longmire is ..." left in the body
        (giuliani, 4): ("named_person", "named_official")}  # Dunn and Bedingfield, typed by Dunn's former office
    assert [row["source_ok"] for row in keyed].count(True) == 85  # every keyed source judged right
    assert agreeing_through_alt(keyed) == 3  # the type in alt
    through = {(row["id"], row["statement"]): row["keyed"] for row in keyed if row["keyed"] != row["reading"] and row["agree"]}
    assert through == {
        (lawsuit, 9): "unattributed",  # "The case was expected to center on", read rule 4
        (lawsuit, 12): "named_official",  # "asked former House Counsel Stan Brand, a Democrat."
        (lawsuit, 13): "named_official"}  # Brand's quotation going on
    statements = [tuple(row["statement"] for row in keyed if row["id"] == article) for article in FIFTIETH_SET]
    assert statements == [  # the keyed statements of each article, in the draw's order
        (4, 11, 12, 13, 14, 15), (4, 5, 6, 12, 15), (8, 9, 12, 13), (3, 4, 8, 10, 13, 14, 15, 16, 17), (4,),
        (3, 4, 5, 9, 13), (1, 3, 6, 14), (), (5,), (1, 3, 8, 9, 15), (11, 25), (1, 2, 6, 7, 13, 15),
        (9, 12, 13, 15, 20, 23), (2, 5, 7, 8, 11, 17, 18, 19, 23), (6, 7, 8, 9, 11), (0, 7, 10, 14, 16, 17),
        (11, 19), (8, 9), (2, 9, 12, 13, 19), (10, 15)]
    assert [row for row in keyed if row["id"] == montage] == []  # the montage's key is empty: no statement at 0.93
    per_article = keyed_per_article(keyed, FIFTIETH_SET)
    assert (per_article[9], per_article[10]) == (5, 5)  # median 5; the Journal's and ABC News' keys hold 9
    assert sum(count < 5 for count in per_article) == 9  # the montage's 0; the Guardian's, The Hill's 1; four 2;
    # Fox Online's, the New York Post's 4
    assert keyed_types(keyed) == {"named_official": 61, "unattributed": 12, "named_organization": 6,
                                  "named_person": 3, "unnamed_source": 2, "cited_outlet": 1, "document": 0}
