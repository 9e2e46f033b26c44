"""docs/exercise_agreement_heldout62.jsonl: the sixty-second reading set (seed 1262), read blind.

Its section of docs/exercise_agreement.md: "The sixty-second reading set (stop 49; the rule, written
before the draw)".
"""

from __future__ import annotations

from reading_set_checks import reader_part

SIXTY_SECOND_SET = [  # the draw of docs/exercise_agreement.md ("the sixty-second reading set"), in its order
    "yR3KH1ecdRBiHRX5", "t1vAjkreZXvArdIL", "M8hgS3mObSa5TrlX", "fz4LUV7KGXtsxe4C",
    "NOVQ71aiSqyLBwxE", "Xtx7KQmfmPYh4OnR", "BedqfE0lZzepIuvN", "Nm1RBeIga1FrkF8H",
    "KY1KjBk984RlKxsj", "8k9Zv5j9Iab4MYUd", "YnMIBvzsIhlmMl0y", "bWriB2MP4dKaZzE9",
    "dczJi3Ur2CDmT2Jc", "joJO5BpNFNnxsAHI", "Mzs7KKxrssyxOlOk", "L7Sqo2Hl2kkuDOHK",
    "nJ9n2W894MzUjeLu", "qcScwT0kRUlexwik", "fQbbezL4WM5AZPg0", "iiW56bXOwCSI2C5K",
]


def test_sixty_second_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read62a): 230 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout62", SIXTY_SECOND_SET[:10], 230,
        {"Fox Online News", "Associated Press", "Breitbart News", "Politico", "Washington Times", "CBS News",
         "ABC News", "BBC News", "The Daily Caller", "Christian Science Monitor"},
        {"unattributed": 95, "named_person": 52, "named_official": 47, "named_organization": 15,
         "unnamed_source": 12, "boilerplate": 9, "cited_outlet": 0, "document": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    soldier, court, mccarthy, warren, jobs, union, guns, ferguson, abrams, comey = SIXTY_SECOND_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {**{(soldier, number): False for number in (5, 6, 10)},
                       **{(warren, number): False for number in (3, 4, 5, 9, 10, 17)},
                       (guns, 0): False, (guns, 8): False, (abrams, 30): False}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(jobs, 24), (jobs, 29), *[(guns, number) for number in (11, 19, 24, 26, 27)],
                   (abrams, 20), (abrams, 26)]
    organizations = [key for key, row in by_key.items() if row["reading"] == "named_organization"]
    assert organizations == [(soldier, 1), (soldier, 9), (soldier, 17), (court, 0), (court, 5),
                             *[(jobs, number) for number in (0, 14, 16, 17)], (union, 16), (guns, 9),
                             *[(ferguson, number) for number in (9, 12, 14)], (comey, 6)]
    persons = [key for key, row in by_key.items() if row["reading"] == "named_person"]
    assert persons == [(soldier, 7), *[(soldier, number) for number in range(20, 27)],
                       *[(mccarthy, number) for number in (0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11)],
                       *[(ferguson, number) for number in (6, 7, 8, 10, 11)],
                       *[(abrams, number) for number in (*range(1, 11), *range(12, 20), *range(21, 26),
                                                         27, 28, 29, 32, 33)]]
    profile = [by_key[(abrams, number)] for number in range(1, 11)]  # the Post profile, Kevin Powell's words
    assert all(row["alt"] == ["cited_outlet"] for row in profile)
    assert [by_key[(abrams, number)]["alt"] for number in (27, 28)] == [["unnamed_source"]] * 2  # Soave's credit cut
    assert by_key[(abrams, 29)]["alt"] == ["cited_outlet"]  # New York Post reporter Jon Levine
    analyst = [by_key[(mccarthy, number)]["alt"] for number in range(8)]
    assert analyst == [["named_official"]] * 8  # the former prosecutor as a legal analyst
    assert by_key[(mccarthy, 11)]["alt"] == ["named_official", "unnamed_source"]  # "he reportedly said"
    expected = [(by_key[(warren, number)]["rule"], by_key[(warren, number)]["alt"]) for number in (3, 9, 17)]
    assert expected == [("4", ["unattributed"])] * 3  # the impersonal "is expected to"
    forecasts = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((warren, 6), (warren, 7), (union, 4))]
    assert forecasts == [("unattributed", ["unnamed_source"])] * 3  # the writer's forecast or preview
    police = [by_key[key]["alt"] for key in ((soldier, 1), (soldier, 9), (soldier, 17), (ferguson, 9),
                                             (ferguson, 12), (ferguson, 14))]
    assert police == [["unnamed_source"]] * 6
    witnesses = by_key[(soldier, 10)]
    assert (witnesses["rule"], witnesses["alt"]) == ("6", ["named_organization", "unattributed"])
    tweets = [(by_key[(comey, number)]["reading"], by_key[(comey, number)]["alt"][:1]) for number in (9, 10)]
    assert tweets == [("named_official", ["unnamed_source"])] * 2  # Trump's tweets and media reports
    embedded = [(by_key[(jobs, number)]["reading"], by_key[(jobs, number)]["rule"]) for number in (18, 23, 25, 28)]
    assert embedded == [("named_official", "9")] * 4  # Pence's embedded tweets
    marks = [(by_key[(guns, number)]["text"], by_key[(guns, number)]["alt"]) for number in (24, 26)]
    assert marks == [("*", ["unattributed"])] * 2
    archive = by_key[(union, 16)]  # "According to the UCSB Presidency Project"
    assert archive["alt"] == ["document"]
    assert by_key[(jobs, 15)]["alt"] == ["document"]  # the government's data
    acts = [by_key[key] for key in ((soldier, 15), (court, 4), (court, 8), (court, 9), (mccarthy, 8), (warren, 0),
                                    (warren, 1), (warren, 13), (ferguson, 5), (ferguson, 17), (abrams, 0),
                                    (abrams, 11))]
    assert all(row["reading"] == "unattributed" and "7" in row["rule"].split(",") and row["alt"] for row in acts)
    mocked = [by_key[(abrams, number)]["alt"] for number in (0, 11)]
    assert mocked == [["unnamed_source", "named_person"]] * 2
    told = [by_key[key]["reading"] for key in ((ferguson, 0), (union, 11), (comey, 17), (jobs, 0), (comey, 6),
                                                (mccarthy, 0), (ferguson, 6), (ferguson, 10), (abrams, 21))]
    assert told == ["named_official"] * 3 + ["named_organization"] * 2 + ["named_person"] * 4  # rule 7
    carried = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((soldier, 24), (soldier, 26), (mccarthy, 2),
                                                                         (mccarthy, 6), (union, 12), (jobs, 5))]
    assert carried == [("named_person", "3")] * 4 + [("named_official", "3")] * 2
    holder = by_key[(ferguson, 16)]
    assert (holder["reading"], holder["alt"]) == ("named_official", ["unattributed"])
