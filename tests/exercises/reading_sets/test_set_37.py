"""docs/exercise_agreement_heldout37.jsonl: the thirty-seventh reading set (seed 1237), read blind.

Its section of docs/exercise_agreement.md: "The thirty-seventh reading set (stop 40; the rule, written
before the draw)".
"""

from __future__ import annotations

from reading_set_checks import reader_part

THIRTY_SEVENTH_SET = [  # the draw of docs/exercise_agreement.md ("the thirty-seventh reading set"), in its order
    "Bet1lgySOGvmLBZh", "Aeie4dEXy9ffPPc8", "jEU7iPgc7pWNujH2", "Lym832KgBtNntuyZ",
    "rUBZOaMIwAzXksoT", "p6V8qjmjTI5lCP00", "kuZBB1YAnvpPKINl", "Lu6Bj7HklF8EcDEq",
    "C8ay5yK9FBkpNfqp", "BOhvFU9HjKfygm2G", "pDLxrrPsWH1q3EDA", "GhzMQhEiIwETEXgZ",
    "BNNKVWnkNWMwt436", "wnmgkO0ldq9zbwMO", "K4Xzi5qbZax3pjlN", "aEWnUDl5KIihH4Kb",
    "WTvatPGq3hP2nqlw", "66EjefGphOCuil65", "NjqgBR1SZvYEbmO5", "cpY4B7BDCcMu9Res",
]


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
