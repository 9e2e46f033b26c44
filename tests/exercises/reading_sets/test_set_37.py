"""docs/exercise_agreement_heldout37.jsonl: the thirty-seventh reading set (seed 1237), read blind.

Its section of docs/exercise_agreement.md: "The thirty-seventh reading set (stop 40; the rule, written
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

THIRTY_SEVENTH_SET = [  # the draw of docs/exercise_agreement.md ("the thirty-seventh reading set"), in its order
    "Bet1lgySOGvmLBZh", "Aeie4dEXy9ffPPc8", "jEU7iPgc7pWNujH2", "Lym832KgBtNntuyZ",
    "rUBZOaMIwAzXksoT", "p6V8qjmjTI5lCP00", "kuZBB1YAnvpPKINl", "Lu6Bj7HklF8EcDEq",
    "C8ay5yK9FBkpNfqp", "BOhvFU9HjKfygm2G", "pDLxrrPsWH1q3EDA", "GhzMQhEiIwETEXgZ",
    "BNNKVWnkNWMwt436", "wnmgkO0ldq9zbwMO", "K4Xzi5qbZax3pjlN", "aEWnUDl5KIihH4Kb",
    "WTvatPGq3hP2nqlw", "66EjefGphOCuil65", "NjqgBR1SZvYEbmO5", "cpY4B7BDCcMu9Res",
]


def test_thirty_seventh_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read37a): 223 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout37", THIRTY_SEVENTH_SET[:10], 223,
        {"CNN (Web News)", "Bloomberg", "Daily Beast", "Fox Online News", "Washington Times",
         "New York Times - News", "ABC News", "Al Jazeera", "USA TODAY", "Reuters"},
        {"named_official": 79, "unattributed": 70, "named_person": 29, "named_organization": 18,
         "unnamed_source": 15, "document": 10, "boilerplate": 2, "cited_outlet": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    marriage, tariffs, facebook, math, angry, immigrants, rice, strike, virus, mcconnell = THIRTY_SEVENTH_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(marriage, 2): False, (marriage, 8): False, (tariffs, 13): False, (tariffs, 16): False,
                       (facebook, 20): False, **{(math, number): False for number in (3, 4, 5, 6, 30)},
                       (immigrants, 2): False, (strike, 8): False, (virus, 10): False, (virus, 19): False,
                       (mcconnell, 13): False}  # no terms anywhere; "without identifying the officials" gives none
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(immigrants, 0), (immigrants, 21)]  # the author's note, "Join Opinion on Facebook ..."
    records = [key for key, row in by_key.items() if row["reading"] == "document"]
    assert records == [(facebook, 11), (facebook, 18)] + [(rice, number) for number in (9, 10, 12, 13, 15, 16, 17, 18)]
    journal = [(by_key[(tariffs, number)]["reading"], by_key[(tariffs, number)]["alt"])
               for number in (0, 1, 2, 3, 4, 6, 7, 9, 17)]
    assert journal == [("named_official", ["cited_outlet"])] * 9  # Trump's Wall Street Journal interview (rule 1)
    officials = by_key[(tariffs, 16)]  # "the Wall Street Journal reported, without identifying the officials"
    assert (officials["rule"], officials["alt"]) == ("1,6", ["cited_outlet"])
    caption = by_key[(facebook, 20)]  # the unnamed chairwoman's caption, "according to the AP"
    assert (caption["rule"], caption["alt"]) == ("1,6", ["cited_outlet", "document"])
    post = by_key[(facebook, 3)]  # FitzSimmonds "according to the Washington Post wrote on Facebook"
    assert (post["reading"], post["alt"], post["rule"]) == ("named_official", ["cited_outlet"], "1,9")
    own = by_key[(facebook, 10)]  # "first reported by The Daily Beast" in the Daily Beast
    assert (own["reading"], own["rule"], own["alt"]) == ("unattributed", "10", ["cited_outlet", "document"])
    tweet = [(by_key[(math, number)]["rule"], by_key[(math, number)]["alt"]) for number in (3, 4, 5, 6, 30)]
    assert tweet == [("6,9", []), ("3", []), ("3", []), ("3", []), ("6,9", [])]  # the Twitter user never named
    hosts = {(by_key[(math, number)]["reading"], tuple(by_key[(math, number)]["alt"]))
             for number in (7, 8, 9, *range(11, 20), *range(31, 40))}
    assert hosts == {("named_person", ("cited_outlet",))}  # Williams, Gay, Cooke: journalists of other outlets
    show = [by_key[(math, number)]["reading"] for number in range(26, 30)]
    assert show == ["named_organization"] * 4  # "The 11th Hour" correcting itself
    assert "cited_outlet" in by_key[(math, 26)]["alt"]
    critics = by_key[(angry, 4)]  # "Many Republicans - including ... Jeb Bush and John Kasich"
    assert (critics["reading"], critics["alt"], critics["rule"]) == ("named_official", ["unnamed_source", "unattributed"], "6,7")
    nominee = [by_key[(angry, number)]["alt"] for number in (*range(14), 16, 17) if number != 4]
    assert nominee == [["named_person"]] * 15  # the presumptive nominee, named_person in alt
    research = by_key[(immigrants, 2)]  # "Most research suggests"
    assert (research["rule"], research["alt"]) == ("4", ["unattributed", "document"])
    assert [by_key[(immigrants, number)]["reading"] for number in (6, 13)] == ["unattributed"] * 2  # the author's own
    spokesmen = [(by_key[key]["reading"], by_key[key]["rule"], by_key[key]["alt"]) for key in ((strike, 0), (strike, 14))]
    assert spokesmen == [("named_official", "6", ["unnamed_source"])] * 2  # Leggett, Mujahid named after
    afp = [(by_key[(strike, number)]["reading"], by_key[(strike, number)]["rule"]) for number in (6, 8)]
    assert afp == [("named_official", "1,5"), ("unnamed_source", "1,5,6")]  # "told AFP news agency"
    health = by_key[(virus, 10)]  # "New Jersey health officials confirmed", Persichilli next
    assert (health["rule"], health["alt"]) == ("6", ["named_organization", "named_official"])
    criticized = by_key[(virus, 19)]  # "Trump has been criticized for downplaying"
    assert (criticized["rule"], criticized["alt"]) == ("4,7", ["named_official", "unattributed"])
    groups = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((marriage, 2), (marriage, 8), (mcconnell, 13))]
    assert groups == [("unnamed_source", "6,7")] * 3  # "conservatives vowed", "Democrats ... pushed"
    acts = [by_key[key] for key in ((facebook, 0), (facebook, 1), (facebook, 6), (facebook, 9), (facebook, 13),
                                    (facebook, 14), (facebook, 15), (facebook, 17), (facebook, 19), (math, 1),
                                    (math, 20), (math, 40), (tariffs, 8), (strike, 18), (virus, 7), (mcconnell, 2),
                                    (mcconnell, 3), (mcconnell, 4), (mcconnell, 11))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)
    emails = [by_key[(rice, number)]["reading"] for number in range(22)]
    assert emails.count("document") == 8 and emails.count("unattributed") == 13  # the analysis, the emails read
    assert (by_key[(rice, 2)]["reading"], by_key[(rice, 2)]["rule"]) == ("named_official", "7")  # Rice "proclaimed"


def test_thirty_seventh_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read37b): 207 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout37", THIRTY_SEVENTH_SET[10:], 207,
        {"CBN", "Breitbart News", "Fox News", "Politico", "The Daily Caller", "The Guardian", "CBS News",
         "Wall Street Journal - News", "Associated Press", "BBC News"},
        {"unattributed": 78, "named_official": 46, "named_organization": 23, "named_person": 21,
         "unnamed_source": 14, "cited_outlet": 11, "boilerplate": 11, "document": 3},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    virus, south_dakota, bleachbit, feud, tax_poll, buck, jean, jobs, moscow, harvey = THIRTY_SEVENTH_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(bleachbit, 11): False, (feud, 2): False, (feud, 3): False, (jean, 21): False,
                       (jobs, 4): False, (jobs, 9): False, (jobs, 15): False, (moscow, 9): False,
                       **{(harvey, number): False for number in (5, 9, 11, 13, 14, 17)}}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(virus, 19), (virus, 20), (buck, 16), (buck, 17), (jobs, 0), (jobs, 1),
                   *[(harvey, number) for number in range(19, 24)]]  # promotion, tweet tag and link, readers' call
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(south_dakota, number) for number in (3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 17)]  # SF Gate
    assert [by_key[(south_dakota, number)]["rule"] for number in (4, 5, 6, 7, 8, 12)] == ["3"] * 6  # its passage
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [(jobs, 14), (jobs, 16), (harvey, 7)]
    gowdy = by_key[(bleachbit, 0)]  # "a senior Republican on the House oversight committee ... told Fox News"
    assert (gowdy["reading"], gowdy["alt"], gowdy["rule"]) == ("named_official", ["unnamed_source"], "5,6")
    named_next = [(by_key[key]["reading"], by_key[key]["alt"], by_key[key]["rule"]) for key in ((moscow, 0), (moscow, 5))]
    assert named_next == [("named_organization", ["unnamed_source"], "6"),  # "a Russian monitoring group": OVD-Info
                          ("named_official", ["unnamed_source"], "6")]  # "his spokeswoman": Kira Yarmysh
    family = by_key[(jean, 21)]  # "They say if Guyger reacted differently": the Jean family
    assert (family["reading"], family["alt"], family["rule"]) == ("unnamed_source", ["named_person"], "2,6")
    report = by_key[(jobs, 14)]  # "The report shows": the April jobs report, its publisher never named
    assert (report["reading"], report["alt"]) == ("document", ["unnamed_source", "unattributed"])
    expected = [(by_key[(harvey, number)]["reading"], by_key[(harvey, number)]["rule"]) for number in (5, 13, 14, 17)]
    assert expected == [("unnamed_source", "4")] * 4  # "are reported to have", "is expected to", "Forecasts suggest"
    candidate = [(by_key[(buck, number)]["reading"], by_key[(buck, number)]["alt"][0]) for number in (1, 2, 3, 4)]
    assert candidate == [("named_person", "named_official"), ("named_person", "document"),
                         ("named_person", "cited_outlet"), ("named_person", "named_official")]  # Buck, no office
    assert by_key[(buck, 3)]["rule"] == "1"  # "According to the Tampa Bay Times, Buck initially blamed"
    clinton = [(by_key[(bleachbit, number)]["reading"], by_key[(bleachbit, number)]["alt"]) for number in (4, 5)]
    assert clinton == [("named_official", ["named_person"])] * 2  # the 2016 candidate
    former = [(by_key[(feud, number)]["reading"], by_key[(feud, number)]["alt"][0]) for number in (4, 5, 6, 7)]
    assert former == [("named_person", "named_official")] * 4  # Murphy the strategist, Jeb Bush out of office
    poll = [by_key[(tax_poll, number)]["reading"] for number in range(15)]
    assert poll == ["named_organization"] * 2 + ["unattributed"] + ["named_organization"] * 9 + ["unattributed"] * 3
    caucus = [(by_key[(tax_poll, number)]["reading"], by_key[(tax_poll, number)]["alt"]) for number in (19, 20)]
    assert caucus == [("named_organization", ["unnamed_source", "named_official"]), ("named_organization", ["document"])]
    sides = by_key[(south_dakota, 2)]  # "Deutsch and others ... believe ... while those who are against it argue"
    assert (sides["reading"], sides["alt"]) == ("named_official", ["unnamed_source", "unattributed"])
    hedges = [by_key[key] for key in ((virus, 16), (tax_poll, 15), (jobs, 12))]  # "seem", "appears", "doesn't appear"
    assert all(row["reading"] == "unattributed" and row["alt"] == ["unnamed_source"] for row in hedges)
    acts = [by_key[key] for key in ((virus, 0), (south_dakota, 0), (south_dakota, 15), (bleachbit, 9), (bleachbit, 10),
                                    (feud, 1), (tax_poll, 2), (buck, 0), (buck, 5), (buck, 7), (jean, 11), (jean, 19))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)


def test_thirty_seventh_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 1 of the 430 rows gained a second type in alt and says so ("review:"); readings and
    reasons unchanged, both readers' counts stand. The Moscow police read one way, as the reader's paragraph and
    earlier readings of "police said" have it; closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout37", THIRTY_SEVENTH_SET[10:] + THIRTY_SEVENTH_SET[:10], 430,  # 11-20 landed first
        {"unattributed": 148, "named_official": 125, "named_person": 50, "named_organization": 41,
         "unnamed_source": 29, "boilerplate": 13, "document": 13, "cited_outlet": 11}, 0, keyed=True)
    marriage, tariffs, _, _, _, _, _, _, virus, mcconnell = THIRTY_SEVENTH_SET[:10]
    _, south_dakota, bleachbit, _, tax_poll, buck, jean, _, moscow, _ = THIRTY_SEVENTH_SET[10:]
    added = {(moscow, 14): ("named_organization", ["unattributed", "unnamed_source"])}  # "Police said ... 3,500"
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 232 + 1  # the readers' 232 alts and the review's 1
    police = [(by_key[(moscow, number)]["reading"], "unnamed_source" in by_key[(moscow, number)]["alt"])
              for number in (10, 14)]
    assert police == [("named_organization", True)] * 2  # "Police justified ... by saying", "Police said": one way
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((marriage, 9), (mcconnell, 12), (buck, 0), (virus, 19), (jean, 21), (bleachbit, 13), (tax_poll, 1),
              (south_dakota, 8), (tariffs, 10))]
    assert close == [("named_official", []),  # Perkins, an advocacy group's president: official, as earlier sets
                     ("unattributed", []),  # "its chances appeared to dim", as "The bill's prospects appear dim"
                     ("unattributed", ["named_official"]),  # "has been condemned": Tlaib and Scalise named later
                     ("unnamed_source", ["named_official", "unattributed"]),  # "Trump has been criticized for"
                     ("unnamed_source", ["named_person"]),  # "They say": the Jean family, no speaker named
                     ("named_official", []),  # Gowdy reading the FBI's file: his own inference
                     ("named_organization", ["unattributed"]),  # the poll's figures going on
                     ("cited_outlet", ["unattributed"]),  # "State lawmakers ... also announced": SF Gate going on
                     ("named_person", ["named_official"])]  # Tao Dong of Credit Suisse, an analyst's comment


def test_thirty_seventh_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main ecd561e (made once, 12:20:06 UTC on 6 December, six seconds after the thirty-sixth
    set's; made again into another folder, byte-identical): 160/167 with alt, 147 strict, 5/5, one agreeing type
    under a wrong source (judged with each key open)."""
    keyed = assert_held_out_figure("heldout37", statements=430, articles=20, keyed=167, agree=160, strict=147,
                                   reasons=5, reasons_agree=5, wrong_sources=1, per_article_min_max=(4, 16))
    assert reason_misses(keyed) == {}
    assert [row for row in keyed if row["reason_keyed"] or row["reason_reading"]] == []  # no reason given anywhere
    asked = [(row["id"], row["statement"]) for row in keyed if row["reason_keyed"] is not None]
    assert asked == [("66EjefGphOCuil65", 15), ("NjqgBR1SZvYEbmO5", 5), ("NjqgBR1SZvYEbmO5", 9),
                     ("cpY4B7BDCcMu9Res", 9), ("cpY4B7BDCcMu9Res", 11), ("Aeie4dEXy9ffPPc8", 16),
                     ("Lym832KgBtNntuyZ", 40)]  # the 7 keyed Anonymous source
    assert type_disagreements(keyed) == {
        ("GhzMQhEiIwETEXgZ", 3): ("named_organization", "cited_outlet"),  # "SF Gate reported": no outlet named
        ("GhzMQhEiIwETEXgZ", 8): ("named_organization", "cited_outlet"),  # "State lawmakers in ... Texas": the state
        ("GhzMQhEiIwETEXgZ", 10): ("named_organization", "cited_outlet"),  # "SF Gate noted": no outlet named
        ("GhzMQhEiIwETEXgZ", 15): ("named_person", "unattributed"),  # "who testified in support": no content
        ("WTvatPGq3hP2nqlw", 16): ("named_official", "named_person"),  # "she" carried to the chief, not Allison Jean
        ("WTvatPGq3hP2nqlw", 17): ("named_official", "named_person"),
        ("Aeie4dEXy9ffPPc8", 15): ("named_organization", "unattributed")}  # "China has since added ... duties"
    wrong = {(row["id"], row["statement"]): row["source_keyed"] for row in keyed if row["source_ok"] is False}
    assert wrong == {("GhzMQhEiIwETEXgZ", 16): "WoLF"}  # "She said": Kara Dansky, not her group's acronym
    assert agreeing_through_alt(keyed) == 13  # the type in alt
    through = {(row["id"], row["statement"]): row["keyed"] for row in keyed if row["keyed"] != row["reading"] and row["agree"]}
    assert through == {
        ("pDLxrrPsWH1q3EDA", 19): "unattributed",  # "Stay with CBNNews.com": read boilerplate
        ("GhzMQhEiIwETEXgZ", 16): "named_person",  # Dansky, an advocacy group's attorney (under "WoLF")
        ("K4Xzi5qbZax3pjlN", 6): "unattributed",  # "The respondents do not want": the poll going on
        ("NjqgBR1SZvYEbmO5", 5): "unnamed_source",  # "his spokeswoman said": Kira Yarmysh, named next
        ("cpY4B7BDCcMu9Res", 13): "unattributed", ("cpY4B7BDCcMu9Res", 17): "unattributed",  # "is expected to"
        ("Aeie4dEXy9ffPPc8", 8): "named_organization",  # the administration's tariff, "and said the rate will rise"
        ("Aeie4dEXy9ffPPc8", 10): "named_official", ("Aeie4dEXy9ffPPc8", 11): "named_official",  # Tao Dong
        ("Lym832KgBtNntuyZ", 40): "unnamed_source",  # "Other critics took to Twitter"
        ("p6V8qjmjTI5lCP00", 2): "unattributed",  # "Most research suggests"
        ("kuZBB1YAnvpPKINl", 18): "unattributed",  # "The last edits were made at 11:26 a.m.": the emails' record
        ("Lu6Bj7HklF8EcDEq", 18): "named_organization"}  # the commission "expressed concern ... in a letter"
    per_article = keyed_per_article(keyed, THIRTY_SEVENTH_SET)
    assert (per_article[9], per_article[10]) == (8, 8)  # median 8; the Washington Times' key holds 16
    assert sum(count < 5 for count in per_article) == 2  # the New York Times' and ABC News' 4
    assert keyed_types(keyed) == {"named_official": 85, "unattributed": 42, "named_organization": 18,
                                  "named_person": 15, "unnamed_source": 7, "cited_outlet": 0, "document": 0}
