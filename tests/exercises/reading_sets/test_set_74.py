"""docs/exercise_agreement_heldout74.jsonl: the seventy-fourth reading set (seed 1274), read blind.

Its section of docs/exercise_agreement.md: "The seventy-fourth reading set (stop 52; the rule, written
before the draw)".
"""

from __future__ import annotations

from reading_set_checks import reader_part

SEVENTY_FOURTH_SET = [  # the draw of docs/exercise_agreement.md ("the seventy-fourth reading set"), in its order
    "Yeo2Xlj5bHxXvanC", "eEqbpwuGK9rwkKXn", "pb6mSlt8Naa3hH2D", "6bHXldQIVLrvXBz4",
    "c7gdLXIUlSuDX0Dj", "xdAZgEyDd3RHTGnV", "LJc7jpzSvcqjuqiX", "W6vep3ROGqYxVuxl",
    "cD5HYzFQFQ0N8VL9", "cz00ErVHWh7FUBwm", "oDWS49Gl0sUGmXc5", "1Lx6voiNwFoGWYYS",
    "vmuJ2mPD7d4WhAEB", "QPBU3FNl1PlGIAvQ", "xrqZBl8MMZKM06of", "nDieEo48LlsbfXWg",
    "JtwCrWfvY1OJKL8u", "HJyJ1GkvXaH70NL5", "Y7qqP8yOqtFj7zOM", "YTng2VyutUwXKqCS",
]


def test_seventy_fourth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read74b): 187 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout74", SEVENTY_FOURTH_SET[10:], 187,
        {"New York Post", "ABC News", "Christian Science Monitor", "CNN (Web News)", "The Daily Caller",
         "NPR Online News", "CBN", "Reuters", "CBS News", "Fox Online News"},
        {"named_official": 71, "unattributed": 47, "named_person": 25, "named_organization": 14,
         "unnamed_source": 12, "boilerplate": 10, "document": 4, "cited_outlet": 4},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    heroes, purdue, fox, column, fauci, chicago, congress, doral, tanker, levin = SEVENTY_FOURTH_SET[10:]
    assert [len([row for row in second if row["id"] == article]) for article in SEVENTY_FOURTH_SET[10:]] == [
        24, 18, 18, 15, 17, 25, 21, 16, 16, 17]
    letters = {"unattributed": "u", "named_official": "O", "named_person": "P", "named_organization": "G",
               "document": "D", "cited_outlet": "C", "unnamed_source": "A", "boilerplate": "b"}
    assert ["".join(letters[row["reading"]] for row in second if row["id"] == article)
            for article in SEVENTY_FOURTH_SET[10:]] == [  # every reading, article by article
        "uuOOOOuuuuuuuuOOOOOOOOuO", "AGOuOOuOOAOGuPPPPP", "buPPuAGGPPuAAPPPub", "bbbbuuuuAAuuuAA",
        "OOOOOOOOOOOOOOOuu", "buAuOOuuDDDDGGOAuGuGAOOOO", "uuOOOOuuObuOuOOOOuOOO", "OuOOOOOOuuOOOOOO",
        "CGGGCCuuGGbbuGuO", "PPPPPPPPPPPPPCOOO"]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(purdue, 0): False, (purdue, 9): False, (fox, 5): False, (fox, 11): False, (fox, 12): False,
                       (column, 8): False, (column, 9): False, (column, 13): False, (column, 14): False,
                       (chicago, 2): False, (chicago, 15): False, (chicago, 20): False}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [
        (fox, 0), (fox, 17), (column, 0), (column, 1), (column, 2), (column, 3), (chicago, 0), (congress, 9),
        (tanker, 10), (tanker, 11)]
    assert (by_key[(column, 0)]["alt"], by_key[(tanker, 11)]["alt"]) == (["named_person"], ["unattributed"])
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [
        (tanker, 0), (tanker, 4), (tanker, 5), (levin, 13)]
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [
        (chicago, 8), (chicago, 9), (chicago, 10), (chicago, 11)]  # what the clips show
    relayed = [by_key[(tanker, number)] for number in (1, 2, 3)]  # the tanker company via AFP, IRNA, Reuters
    assert all(row["reading"] == "named_organization" and row["alt"] == ["cited_outlet"]
               and "1" in row["rule"].split(",") for row in relayed)
    writers = [by_key[(fox, number)] for number in (8, 9, 13, 14, 15)]  # Sherman in Vanity Fair, Chait
    assert all(row["reading"] == "named_person" and row["alt"] == ["cited_outlet"] for row in writers)
    police = [by_key[key] for key in ((purdue, 1), (purdue, 11), (chicago, 17), (chicago, 19))]  # "Police said"
    assert all(row["reading"] == "named_organization" and row["alt"] == ["unnamed_source"] for row in police)
    authorities = [by_key[key] for key in ((purdue, 0), (chicago, 15))]  # "authorities said", officials named
    assert all(row["rule"] == "6" and row["alt"] == ["named_official", "named_organization"] for row in authorities)
    plain = {(heroes, 0): "named_official", (heroes, 1): "named_official", (heroes, 9): "named_official",
             (heroes, 22): "unnamed_source", (purdue, 3): "named_official", (fox, 1): "named_person",
             (fox, 4): "named_person", (fauci, 16): "named_organization", (chicago, 1): "named_organization",
             (chicago, 7): "cited_outlet", (congress, 7): "named_organization", (congress, 12): "named_organization",
             (tanker, 6): "unnamed_source"}
    assert all(by_key[key]["reading"] == "unattributed" and "7" in by_key[key]["rule"].split(",")
               and by_key[key]["alt"][0] == actor for key, actor in plain.items())  # plain acts, the actor in alt
    carried = [by_key[key] for key in ((purdue, 6), (purdue, 12), (chicago, 3), (chicago, 16), (chicago, 18))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "3" and row["alt"] for row in carried)
    hedges = {(heroes, 6): ("unattributed", ["unnamed_source"]),  # "credited with preventing more deaths"
              (fox, 5): ("unnamed_source", ["document", "unattributed"]),  # "polling shows"
              (fox, 12): ("unnamed_source", ["unattributed"]),  # "reportedly resulted in"
              (column, 8): ("unnamed_source", ["unattributed"]),  # "Welch was reportedly inspired"
              (column, 11): ("unattributed", ["unnamed_source"]),  # "before allegedly brandishing"
              (column, 4): ("unattributed", ["unnamed_source"])}  # "has left many wondering"
    assert {key: (by_key[key]["reading"], by_key[key]["alt"]) for key in hedges} == hedges
    speech = {(heroes, 23): ["unattributed"], (fauci, 0): ["unattributed"], (doral, 12): ["unattributed"],
              (congress, 15): ["unattributed"], (levin, 16): ["unattributed"], (congress, 8): ["document"]}
    assert {key: by_key[key]["alt"] for key in speech if by_key[key]["reading"] == "named_official"} == speech
    sanford = [by_key[(congress, number)] for number in (18, 19, 20)]  # a candidate, a former governor
    assert all(row["reading"] == "named_official" and row["alt"][0] == "named_person" for row in sanford)
    assert (by_key[(levin, 13)]["alt"], by_key[(levin, 11)]["alt"]) == (["named_official", "unattributed"],
                                                                          ["unnamed_source"])
    assert all(row["reading"] == "named_person" for row in second if row["id"] == levin and row["statement"] < 13)
    assert (by_key[(chicago, 10)]["alt"], by_key[(column, 9)]["alt"]) == (["unattributed", "unnamed_source"],
                                                                          ["unattributed", "cited_outlet"])
