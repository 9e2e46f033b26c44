"""docs/exercise_agreement_heldout78.jsonl: the seventy-eighth reading set (seed 1278), read blind.

Its section of docs/exercise_agreement.md: "The seventy-eighth reading set (stop 53; the rule, written
before the draw)".
"""

from __future__ import annotations

from reading_set_checks import reader_part

SEVENTY_EIGHTH_SET = [  # the draw of docs/exercise_agreement.md ("the seventy-eighth reading set"), in its order
    "bRoq8zOs05ngEYLv", "mhZgYTiuiTrKZqeW", "Mg00umpPMu5DnIvl", "EjyVFhVQrjEgVvfC",
    "pK675b4QtS5HFJya", "WZxO4tldpUdAbNKX", "1WNqXJ3sZcuEymzb", "omTQWbEnMUxBvdQd",
    "3JVWxj2byhpVg1uM", "zOZqmcv1FMbXVof1", "Ac3T3STVHbQZuBYo", "1gKk5cRfR9lMG9y8",
    "rpOYilbxw4Dshu1R", "CTxLsER1YMJT2CxV", "YKbrJxrysbUCBZ27", "5gAZu7wSPLYoZkNE",
    "uEZVJPpTj9LQLw2y", "GASkq0YV0qHIovfj", "FsZHoOjve3E9VR8w", "Oh63DadtqWFPzAV9",
]


def test_seventy_eighth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read78b): 167 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout78", SEVENTY_EIGHTH_SET[10:], 167,
        {"The Daily Caller", "Newsmax", "CBS News", "Politico", "Breitbart News", "CBN", "ABC News", "USA TODAY",
         "Fox Online News", "Washington Times"},
        {"named_official": 90, "unattributed": 48, "named_organization": 9, "unnamed_source": 8,
         "cited_outlet": 7, "document": 4, "named_person": 1, "boilerplate": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    mueller, perry, paul, price, pope, tax, charlottesville, comey, tobacco, romney = SEVENTY_EIGHTH_SET[10:]
    assert [len([row for row in second if row["id"] == article]) for article in SEVENTY_EIGHTH_SET[10:]] == [
        13, 22, 14, 11, 20, 25, 14, 18, 17, 13]
    letters = {"unattributed": "u", "named_official": "O", "named_person": "P", "named_organization": "G",
               "document": "D", "cited_outlet": "C", "unnamed_source": "A", "boilerplate": "b"}
    assert ["".join(letters[row["reading"]] for row in second if row["id"] == article)
            for article in SEVENTY_EIGHTH_SET[10:]] == [  # every reading, article by article
        "uuOCuuAAuOuCA", "uOOOOOuOOOOOOOOOOuOOOO", "uuOuuuOOOOuuOO", "OOOOuuuuOOO", "OOOOOCCOOOuuCuAuCGGu",
        "uuOAOODuOOOOOOOuOOOOuOOOu", "OOOuOAuOOOOOOu", "OOOOOOOuOODOOOOOOu", "uuGuuDuuuCPOODuuG",
        "OOOAAGGGGGuuu"]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(mueller, 6): False, (mueller, 7): False, (mueller, 12): False, (pope, 14): False,
                       (tax, 3): False, (charlottesville, 5): False, (romney, 3): False,
                       (romney, 4): False}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [
        (mueller, 3), (mueller, 11), (pope, 5), (pope, 6), (pope, 12), (pope, 16), (tobacco, 9)]
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [
        (tax, 6), (comey, 10), (tobacco, 5), (tobacco, 13)]  # the bill's and the proposal's terms, the memo
    assert all(row["reading"] == "named_official" and row["alt"] == ["named_person"]
               for row in second if row["id"] == perry and row["statement"] not in (0, 6, 17))  # Perry
    assert [(row["reading"], row["alt"]) for row in second if row["id"] == romney and row["statement"] < 3] == [
        ("named_official", ["named_person"])] * 3
    plain = {(mueller, 0): "named_official", (mueller, 8): "named_official", (perry, 0): "named_official",
             (perry, 6): "named_official", (perry, 17): "named_official", (paul, 1): "named_official",
             (paul, 3): "named_official", (paul, 5): "named_official", (paul, 10): "named_official",
             (paul, 11): "named_official", (price, 4): "named_organization", (price, 5): "unnamed_source",
             (price, 7): "named_organization", (pope, 15): "named_official", (tax, 7): "named_official",
             (tax, 24): "unnamed_source", (charlottesville, 3): "unnamed_source",
             (charlottesville, 6): "named_official", (charlottesville, 13): "named_official",
             (comey, 7): "unnamed_source", (tobacco, 1): "named_organization", (tobacco, 8): "unnamed_source",
             (romney, 11): "named_official"}
    assert all(by_key[key]["reading"] == "unattributed" and "7" in by_key[key]["rule"].split(",")
               and by_key[key]["alt"][0] == actor for key, actor in plain.items())  # plain acts, the actor in alt
    speech = {(mueller, 2): ["unattributed"], (mueller, 9): ["cited_outlet"], (tax, 21): ["unattributed"],
              (tax, 23): ["unattributed"], (charlottesville, 0): ["unattributed"],
              (comey, 15): ["unnamed_source"]}
    assert {key: by_key[key]["alt"] for key in speech if by_key[key]["reading"] == "named_official"} == speech
    hedges = {(mueller, 12): ("unnamed_source", ["cited_outlet", "unattributed"]),  # "has been suggested"
              (tax, 3): ("unnamed_source", ["unattributed"]),  # "some question whether"
              (romney, 3): ("unnamed_source", ["cited_outlet", "unattributed"]),  # "press reports said"
              (romney, 4): ("unnamed_source", ["unattributed"]),  # "were believed to be"
              (tobacco, 10): ("named_person", ["unnamed_source", "cited_outlet"])}  # "Vincent reportedly says"
    assert {key: (by_key[key]["reading"], by_key[key]["alt"]) for key in hedges} == hedges
    reported = [by_key[(comey, number)] for number in (11, 12, 13, 14)]  # "Trump reportedly told ... diplomats"
    assert all(row["reading"] == "named_official" and row["alt"] == ["unnamed_source"] for row in reported)
    assert (by_key[(comey, 9)]["reading"], by_key[(comey, 9)]["rule"], by_key[(comey, 9)]["alt"]) == (
        "named_official", "1", ["document", "unattributed"])  # Rosenstein quoted in McCabe's memo
    assert (by_key[(pope, 14)]["rule"], by_key[(pope, 14)]["alt"]) == ("6", ["named_organization", "named_official"])
    assert (by_key[(pope, 0)]["reading"], by_key[(pope, 0)]["rule"]) == ("named_official", "6")  # Hackett in [1]
    assert (by_key[(tax, 2)]["reading"], by_key[(tax, 2)]["rule"], by_key[(tax, 2)]["alt"]) == (
        "named_official", "6", ["unnamed_source"])  # "One Republican", Ron Johnson in [23]
    assert (by_key[(pope, 1)]["alt"], by_key[(pope, 6)]["alt"]) == (["cited_outlet"], ["named_official"])
    assert [(by_key[(pope, n)]["reading"], by_key[(pope, n)]["alt"]) for n in (17, 18, 19)] == [
        ("named_organization", ["unattributed"]), ("named_organization", []), ("unattributed", ["named_official"])]
    assert (by_key[(tobacco, 9)]["rule"], by_key[(tobacco, 9)]["alt"]) == ("10", ["unattributed"])  # Fox 25
    assert [by_key[(comey, number)]["rule"] for number in (1, 2, 3, 8)] == ["9", "9", "3,9", "9"]  # the tweets
