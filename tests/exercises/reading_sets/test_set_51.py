"""docs/exercise_agreement_heldout51.jsonl: the fifty-first reading set (seed 1251), read blind.

Its section of docs/exercise_agreement.md: "The fifty-first reading set (stop 45; the rule, written
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

FIFTY_FIRST_SET = [  # the draw of docs/exercise_agreement.md ("the fifty-first reading set"), in its order
    "LLFazeATYSp8Cq1d", "isRrk52kvNfdZX3d", "xYdmFQgfLryDNC2T", "VlUqiWaMRmvnw8Mo",
    "FjO7Ico8DuMf6mAE", "cAOvoDgd3sfs85u0", "dXvCjEUZzmr5DfiC", "bfMdpO2VHkmqxh3D",
    "DFGmV40ixS0x4dPS", "OqF4vNu2ilpR5fkK", "iPNbUmryLqNZmUAh", "qPqfm3BZBchGXPna",
    "fRxAbyyojKoV3IzK", "DeCMxcaavfdtkXkR", "orkoqkZy16XwYEMT", "Uxl7oS6ePXunh8XH",
    "3EQjizOMguUCuFbG", "qRppBL2qZbPFj6xY", "hB6RQ3sAl7HrbZGm", "IActsU428DJW1z3z",
]


def test_fifty_first_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read51a): 192 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout51", FIFTY_FIRST_SET[:10], 192,
        {"Wall Street Journal - News", "Christian Science Monitor", "Al Jazeera", "Newsmax", "Associated Press",
         "Breitbart News", "Politico", "Fox News", "ABC News", "Washington Times"},
        {"unattributed": 74, "named_official": 69, "named_person": 23, "named_organization": 14,
         "unnamed_source": 7, "document": 5, "cited_outlet": 0, "boilerplate": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    cohen, rallies, uighurs, sotomayor, ultrasound, fauci, surge, bump, ready, tillerson = FIFTY_FIRST_SET[:10]
    assert [len([row for row in first if row["id"] == article]) for article in FIFTY_FIRST_SET[:10]] == [
        21, 24, 14, 15, 23, 27, 20, 16, 17, 15]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(cohen, 2): False, (rallies, 8): False, (sotomayor, 5): False, (sotomayor, 6): False,
                       (surge, 5): False, (surge, 6): False, (surge, 12): False}  # no terms anywhere
    records = [key for key, row in by_key.items() if row["reading"] == "document"]
    assert records == [(cohen, number) for number in (0, 5, 7, 16, 18)]  # documents, Panama Papers, records show
    assert not [row for row in first if row["reading"] in ("boilerplate", "cited_outlet")]
    journal = by_key[(cohen, 9)]  # "The Journal reported in May" in the Wall Street Journal
    assert (journal["reading"], journal["rule"], journal["alt"]) == ("unattributed", "10", ["cited_outlet"])
    learned = by_key[(ready, 1)]  # "ABC News has learned" in ABC News
    assert (learned["reading"], learned["rule"], learned["alt"]) == ("unattributed", "10", ["cited_outlet", "unnamed_source"])
    owner = {(by_key[(cohen, number)]["reading"], tuple(by_key[(cohen, number)]["alt"]))
             for number in (3, 4, *range(11, 16), 19, 20)}
    assert owner == {("named_person", ("named_official",))}  # Merschman, owner of the development
    goers = [(by_key[(rallies, number)]["reading"], by_key[(rallies, number)]["rule"]) for number in (9, 18, 22)]
    assert goers == [("named_person", "1,5")] * 3  # "told the Associated Press", "told Reuters"
    bolton = [(by_key[(uighurs, number)]["reading"], by_key[(uighurs, number)]["alt"]) for number in (8, 9, 10)]
    assert bolton == [("named_person", ["named_official", "document"]), ("named_person", ["unnamed_source", "named_official"]),
                      ("named_person", ["named_official"])]  # out of office; the interpreter and Pottinger relayed
    provisions = [by_key[key] for key in ((uighurs, 11), (uighurs, 12), *[(ultrasound, number) for number in range(10, 14)])]
    assert all(row["reading"] == "unattributed" and row["alt"] == ["document"] for row in provisions)  # the laws
    republicans = by_key[(surge, 15)]  # "some undeclared Republicans announced": Cornyn, Johanns, Burr named next
    assert (republicans["reading"], republicans["alt"], republicans["rule"]) == ("named_official", ["unnamed_source"], "6,7")
    letter = by_key[(surge, 5)]  # "14 GOP senators vented in a letter"
    assert (letter["rule"], letter["alt"]) == ("6,7", ["document", "unattributed"])
    groups = [(by_key[key]["rule"], by_key[key]["alt"]) for key in ((sotomayor, 5), (sotomayor, 6), (rallies, 8))]
    assert groups == [("6", ["named_organization"]), ("6,7", ["unattributed"]), ("6,7", ["unattributed"])]
    bird = {(by_key[(ready, number)]["reading"], tuple(by_key[(ready, number)]["alt"])) for number in (4, 5, 8, 9, 15, 16)}
    assert bird == {("named_official", ("named_person",))}  # the head of 270 Strategies for his firm
    hosts = [(by_key[(fauci, number)]["reading"], by_key[(fauci, number)]["alt"]) for number in (8, 9, 19)]
    assert hosts == [("named_person", ["cited_outlet"])] * 3  # Jake Tapper's questions
    assert sum(row["reading"] == "named_official" for row in first if row["id"] == fauci) == 24
    lawyer = by_key[(ultrasound, 15)]  # ACLU lawyer Alexa Kolbi-Molinas
    assert (lawyer["reading"], lawyer["alt"]) == ("named_official", ["named_person"])
    denials = [(by_key[(tillerson, number)]["reading"], by_key[(tillerson, number)]["rule"]) for number in (0, 2, 3)]
    assert denials == [("named_official", "7"), ("unattributed", "7"), ("named_official", "7")]
    hedge = by_key[(sotomayor, 8)]  # "the White House may have hoped": the writer's own hedge
    assert (hedge["reading"], hedge["alt"]) == ("unattributed", ["unnamed_source"])
    clauses = [by_key[key] for key in ((rallies, 5), (rallies, 17), (surge, 9))]  # unnamed groups only in a clause
    assert all(row["reading"] == "unattributed" and "unnamed_source" in row["alt"] for row in clauses)
    acts = [by_key[key] for key in ((cohen, 6), (cohen, 8), (rallies, 0), (rallies, 1), (rallies, 3), (rallies, 21),
                                    (uighurs, 7), (sotomayor, 1), (sotomayor, 7), (sotomayor, 9), (sotomayor, 12),
                                    (ultrasound, 0), (ultrasound, 1), (ultrasound, 3), (ultrasound, 5), (ultrasound, 6),
                                    (ultrasound, 9), (ultrasound, 20), (surge, 8), (bump, 0), (bump, 7), (bump, 13),
                                    (ready, 0), (ready, 7), (ready, 14))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)
    speech = [by_key[key] for key in ((cohen, 1), (uighurs, 6), (sotomayor, 13), (ultrasound, 4), (ultrasound, 14),
                                      (ultrasound, 16), (surge, 18), (bump, 1), (bump, 8), (bump, 14))]
    assert all(row["reading"] != "unattributed" and "7" in row["rule"].split(",") for row in speech)  # with content


def test_fifty_first_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read51b): 220 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout51", FIFTY_FIRST_SET[10:], 220,
        {"CBS News", "Fox Online News", "New York Times - News", "Daily Beast", "USA TODAY", "NPR Online News",
         "New York Post", "CBN", "The Guardian", "The Hill"},
        {"unattributed": 72, "named_official": 72, "named_person": 39, "unnamed_source": 16, "document": 11,
         "named_organization": 6, "cited_outlet": 4, "boilerplate": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    (opioids, quarantine, syria, jenner, haley, insurance, strike, coons, stone,
     guidelines) = FIFTY_FIRST_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {**{(quarantine, number): False for number in (8, 11, 16, 22, 25)}, (insurance, 6): False,
                       **{(strike, number): False for number in (3, 6, 7, 9, 12)},
                       **{(stone, number): False for number in (3, 13, 20)},
                       (guidelines, 4): False, (guidelines, 5): False}  # no terms anywhere
    assert not [key for key, row in by_key.items() if row["reading"] == "boilerplate"]  # credit lines left out
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(quarantine, 2), (quarantine, 26), (strike, 8), (guidelines, 0)]  # USA Today, the Times, WSJ
    records = [key for key, row in by_key.items() if row["reading"] == "document"]
    assert records == [*[(opioids, number) for number in (2, 3, 4, 16, 17, 19)],
                       *[(guidelines, number) for number in (1, 2, 3, 6, 7)]]  # the study, the CDC's draft
    study = by_key[(opioids, 2)]  # "A recent study found": identified after, its lead author Ompad
    assert (study["rule"], study["alt"]) == ("6", ["named_person", "unnamed_source"])
    ompad = [by_key[(opioids, number)]["reading"] for number in (10, 11, 12, 13, 14, 18, 20, 21, 23, 24, 25)]
    assert ompad == ["named_person"] * 11  # the researcher, no office
    bureau = by_key[(opioids, 7)]  # no cue after "according to the Bureau of Labor Statistics"
    assert (bureau["reading"], bureau["rule"], bureau["alt"]) == ("named_organization", "3", ["unattributed"])
    relayed = [(by_key[(quarantine, number)]["reading"], by_key[(quarantine, number)]["rule"]) for number in (12, 15, 17)]
    assert relayed == [("named_official", "1,5"), ("named_official", "1"), ("named_person", "1,5")]  # via USA Today
    assert all(by_key[(quarantine, number)]["alt"][0] == "cited_outlet" for number in (12, 15, 17))
    foggy = by_key[(quarantine, 22)]  # "a Foggy Bottom spokeswoman said ..., according to The Washington Times"
    assert (foggy["rule"], foggy["alt"]) == ("1,6", ["cited_outlet", "named_organization"])  # the review's second alt
    lobbyists = by_key[(quarantine, 11)]  # "It would be too expensive, they said." before Merida is quoted
    assert (lobbyists["rule"], lobbyists["alt"]) == ("2,6", ["named_official"])
    editorial = [by_key[(syria, number)]["reading"] for number in range(13)]
    assert editorial == ["unattributed"] * 13  # the editorial's own argument
    assert [by_key[(jenner, number)]["reading"] for number in (0, 4)] == ["named_person"] * 2  # reaffirm, stress
    assert (by_key[(jenner, 20)]["rule"], by_key[(jenner, 20)]["alt"]) == ("4", ["unnamed_source"])  # "it appears"
    barbs = [by_key[(haley, number)]["reading"] for number in range(18, 29)]
    assert barbs == ["named_official"] * 11 and by_key[(haley, 17)]["reading"] == "unattributed"  # "Among her barbs:"
    roberts = [(by_key[(insurance, number)]["reading"], by_key[(insurance, number)]["alt"]) for number in (1, 2, 3)]
    assert roberts == [("named_person", ["cited_outlet"])] * 3  # Fox News' John Roberts asking
    own = [(by_key[(strike, number)]["reading"], by_key[(strike, number)]["rule"]) for number in (4, 16, 18)]
    assert own == [("unattributed", "10")] * 3  # "The Post reported" in the New York Post
    assert all(by_key[(strike, number)]["alt"][0] == "cited_outlet" for number in (4, 16, 18))
    assert by_key[(strike, 12)]["alt"] == ["named_organization"]  # "A GM spokesman confirmed", never named
    tweet = [(by_key[(coons, number)]["reading"], by_key[(coons, number)]["rule"]) for number in (6, 7)]
    assert tweet == [("named_official", "9"), ("named_official", "3,9")]  # Isakson's tweet, credit line left out
    split = [(by_key[(stone, number)]["reading"], by_key[(stone, number)]["rule"]) for number in (16, 17)]
    assert split == [("named_official", "7"), ("unattributed", "7")]  # "'Disgraceful!'" | "and retweeted ..."
    ross = [(by_key[(stone, number)]["reading"], by_key[(stone, number)]["alt"]) for number in (18, 19)]
    assert ross == [("named_person", ["cited_outlet"])] * 2  # the Daily Caller's reporter
    lawyers = by_key[(stone, 13)]  # "Lawyers for the 67-year-old ... asked for a lesser sentence, citing"
    assert (lawyers["rule"], lawyers["alt"]) == ("6,7", ["named_person", "document"])
    hhs = by_key[(guidelines, 5)]  # "One ... HHS official": Severino of [8] maybe, not said
    assert (hhs["rule"], hhs["alt"]) == ("1,6", ["named_official", "cited_outlet"])
    reportedly = by_key[(guidelines, 4)]  # "White House officials reportedly rejected"
    assert reportedly["rule"] == "1,4,6"
    acts = [by_key[key] for key in ((opioids, 5), (quarantine, 1), (quarantine, 10), (quarantine, 14), (syria, 8),
                                    (jenner, 5), (jenner, 16), (haley, 1), (haley, 29), (haley, 30), (insurance, 0),
                                    (insurance, 7), (insurance, 20), (strike, 17), (strike, 19), (coons, 0),
                                    (coons, 13), (coons, 17), (stone, 1), (stone, 17))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)
    speech = [by_key[key] for key in ((quarantine, 13), (quarantine, 23), (haley, 0), (haley, 10), (haley, 15),
                                      (insurance, 4), (insurance, 21), (stone, 7), (stone, 9), (guidelines, 9))]
    assert all(row["reading"] == "named_official" and "7" in row["rule"].split(",") for row in speech)


def test_fifty_first_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 5 of the 412 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. One source one way through a passage (the airline lobbyists,
    the State Department and its spokeswoman, Massie among the "others"), a package's provisions as the laws'
    are; closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout51", FIFTY_FIRST_SET, 412,  # 1-10 landed first, the draw's order
        {"unattributed": 146, "named_official": 141, "named_person": 62, "unnamed_source": 23,
         "named_organization": 20, "document": 16, "cited_outlet": 4, "boilerplate": 0}, 0, keyed=True)
    cohen, rallies, uighurs, _, ultrasound, _, surge, bump, _, _ = FIFTY_FIRST_SET[:10]
    _, quarantine, _, _, _, insurance, strike, coons, stone, guidelines = FIFTY_FIRST_SET[10:]
    added = {(bump, 13): ("unattributed", ["unnamed_source", "named_official"]),  # "others are not": Massie next
             (quarantine, 10): ("unattributed", ["unnamed_source", "named_official"]),  # lobbyists: Merida
             (quarantine, 21): ("named_organization", ["unattributed", "unnamed_source"]),  # its spokeswoman next
             (quarantine, 22): ("unnamed_source", ["cited_outlet", "named_organization"]),  # "Foggy Bottom"
             (insurance, 23): ("unattributed", ["document"])}  # "The package includes": its provisions
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 210 + 5  # the readers' 210 alts and the review's 5
    lobby = [(by_key[(quarantine, number)]["reading"], "named_official" in by_key[(quarantine, number)]["alt"])
             for number in (10, 11, 14)]
    assert lobby == [("unattributed", True), ("unnamed_source", True), ("unattributed", True)]  # one way
    spokespeople = [(by_key[key]["reading"], by_key[key]["alt"][-1]) for key in ((quarantine, 22), (strike, 12))]
    assert spokespeople == [("unnamed_source", "named_organization")] * 2  # Foggy Bottom's, GM's: never named
    provisions = [by_key[key] for key in ((uighurs, 11), (uighurs, 12), *[(ultrasound, n) for n in range(10, 14)],
                                          (insurance, 23))]
    assert all(row["reading"] == "unattributed" and "document" in row["alt"] for row in provisions)
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((rallies, 9), (quarantine, 12), (surge, 15), (insurance, 0), (guidelines, 0), (guidelines, 5),
              (coons, 17), (stone, 12), (cohen, 1))]
    assert close == [("named_person", []),  # Howe "told the Associated Press": the agency relays (rules 1, 5)
                     ("named_official", ["cited_outlet"]),  # Merida "told USA Today in March 2010"
                     ("named_official", ["unnamed_source"]),  # "some undeclared Republicans": named next
                     ("unattributed", ["named_person"]),  # "Trump was asked Wednesday why": Roberts asks next
                     ("cited_outlet", []),  # "according to The New York Times": nothing behind it here
                     ("unnamed_source", ["named_official", "cited_outlet"]),  # "One HHS official": Severino?
                     ("unattributed", ["unnamed_source", "named_organization"]),  # "Senate leadership hopes"
                     ("named_person", ["document"]),  # Stone's message "it read", relayed by Jones
                     ("named_person", ["unattributed", "document"])]  # "Mr. Cohen admitted": his plea


def test_fifty_first_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main e429841 (made once, 01:20:02 UTC on 7 December, seconds after the fiftieth set's, at the key
    confidence 0.97 of 4d493fe; made again into another folder at 01:20:17, byte-identical): 87/88 with alt, 86
    strict, 5/5, one agreeing type under a wrong source (judged with each key open: the Hill's "The president said"
    given to "Vice President Pence", the head "president" found inside "vice president")."""
    keyed = assert_held_out_figure("heldout51", statements=412, articles=20, keyed=88, agree=87, strict=86,
                                   reasons=5, reasons_agree=5, wrong_sources=1, per_article_min_max=(1, 13))
    _, _, uighurs, _, _, _, surge, _, _, tillerson = FIFTY_FIRST_SET[:10]
    _, quarantine, _, _, _, insurance, strike, _, _, guidelines = FIFTY_FIRST_SET[10:]
    assert reason_misses(keyed) == {}
    assert [row for row in keyed if row["reason_keyed"] or row["reason_reading"]] == []  # no reason given anywhere
    asked = [(row["id"], row["statement"]) for row in keyed if row["reason_keyed"] is not None]
    assert asked == [(surge, 12), (insurance, 6), (strike, 6), (strike, 12), (guidelines, 4)]  # keyed Anonymous source
    assert type_disagreements(keyed) == {
        (quarantine, 2): ("named_organization", "cited_outlet")}  # "The CDC had proposed ..., reported USA Today"
    wrong = {(row["id"], row["statement"]): (row["keyed"], row["source_keyed"]) for row in keyed
             if row["source_ok"] is False}
    assert wrong == {(guidelines, 11): ("named_official", "Vice President Pence")}  # "The president said": Trump
    assert [row["source_ok"] for row in keyed].count(True) == 87  # every other keyed source judged right
    assert agreeing_through_alt(keyed) == 1  # the type in alt
    through = {(row["id"], row["statement"]): row["keyed"] for row in keyed if row["keyed"] != row["reading"] and row["agree"]}
    assert through == {(uighurs, 8): "named_official"}  # Bolton, "his former national security adviser", no office
    statements = [tuple(row["statement"] for row in keyed if row["id"] == article) for article in FIFTY_FIRST_SET]
    assert statements == [  # the keyed statements of each article, in the draw's order
        (10,), (4, 6, 22), (3, 4, 8), (2, 3, 8), (9,), (1, 2, 3), (3, 7, 9, 10, 11, 12, 17, 18), (2, 3, 4, 9, 10, 15),
        (3, 4, 8, 11, 12, 13, 15), (0, 1, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14), (8, 14), (2, 12, 19), (4, 8, 9, 10),
        (8, 9, 10, 11, 17), (3, 4, 7, 8, 16, 31, 32), (4, 6, 22), (2, 5, 6, 12), (5, 7, 8, 9, 10, 11), (0, 15),
        (4, 8, 9, 11)]
    per_article = keyed_per_article(keyed, FIFTY_FIRST_SET)
    assert (per_article[9], per_article[10]) == (3, 4)  # median 3.5; the Washington Times' key holds 13
    assert sum(count < 5 for count in per_article) == 13  # the Journal's and the AP's 1, CBS's and the Guardian's 2,
    # six of 3, three of 4
    assert sum(row["id"] == tillerson for row in keyed) == 13  # the Washington Times' Tillerson
    assert keyed_types(keyed) == {"named_official": 48, "unattributed": 22, "named_person": 7,
                                  "named_organization": 6, "unnamed_source": 5, "cited_outlet": 0, "document": 0}
    outlets = [row for row in keyed if row["reading"] in ("cited_outlet", "document", "boilerplate")]
    assert [(row["id"], row["statement"]) for row in outlets] == [(quarantine, 2)]  # the one keyed outlet reading
    relayed = next(row for row in keyed if (row["id"], row["statement"]) == (guidelines, 8))  # Severino, via the Times
    assert (relayed["keyed"], relayed["reading"], relayed["alt"]) == ("named_official", "named_official", ["cited_outlet"])
    assert {row["id"] for row in keyed} == set(FIFTY_FIRST_SET)  # no empty key
