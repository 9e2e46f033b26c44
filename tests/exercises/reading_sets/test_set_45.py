"""docs/exercise_agreement_heldout45.jsonl: the forty-fifth reading set (seed 1245), read blind.

Its section of docs/exercise_agreement.md: "The forty-fifth reading set (stop 42; the rule, written
before the draw)".
"""

from __future__ import annotations

from reading_set_checks import reader_part

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
