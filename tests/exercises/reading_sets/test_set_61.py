"""docs/exercise_agreement_heldout61.jsonl: the sixty-first reading set (seed 1261), read blind.

Its section of docs/exercise_agreement.md: "The sixty-first reading set (stop 48; the rule, written
before the draw)".
"""

from __future__ import annotations

from reading_set_checks import reader_part

SIXTY_FIRST_SET = [  # the draw of docs/exercise_agreement.md ("the sixty-first reading set"), in its order
    "5dWcqWgOsLApNff8", "pR4Ot1EUdFnKw7sj", "RGnqQb28sf9dcptc", "Tbp8UOj3YToBuezU",
    "lxde0CysijMEA0mq", "MqvGDuh15sObuqIi", "EMtsRaxnUxCYuPv8", "3HTozZZO9zXmmNj3",
    "5tT2TpQMB7RU358Q", "fkDPfXPy7z0yFBGP", "BYXK47nD51T5SVQc", "ASMqfFP7VifvQJgR",
    "7G0u7xpr7wbyc7sw", "I5RT1oBtWJ9SDcOt", "IsyWqX5ktGuAqH32", "QNMghTt0q8VpqsBA",
    "ick8gOmRQRIL1ox4", "1LsDrSC3E2wSQuOw", "8hRHFf5XaNbgA5Zz", "vjH7Q02aINBBxrfg",
]


def test_sixty_first_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read61a): 202 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout61", SIXTY_FIRST_SET[:10], 202,
        {"New York Post", "The Daily Caller", "BBC News", "Associated Press", "Al Jazeera", "Fox News",
         "Christian Science Monitor", "Breitbart News", "CBS News", "NPR Online News"},
        {"unattributed": 62, "named_official": 59, "named_organization": 23, "unnamed_source": 17,
         "boilerplate": 15, "named_person": 12, "cited_outlet": 9, "document": 5},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    nytimes, berkeley, ufo, comics, cricket, poll, income, bondi, swalwell, cliff = SIXTY_FIRST_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {**{(berkeley, number): False for number in (11, 14, 16)},
                       **{(ufo, number): False for number in (1, 3, 12, 13, 14, 15, 16)}, (poll, 8): False,
                       (swalwell, 17): False, (swalwell, 18): False,
                       **{(cliff, number): False for number in range(4)}}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(berkeley, 7), (berkeley, 10), (ufo, 19), *[(bondi, number) for number in range(9, 14)],
                   (swalwell, 5), (swalwell, 6), (swalwell, 29), *[(cliff, number) for number in (12, 13, 21, 22)]]
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(nytimes, 13), (berkeley, 1), (berkeley, 8), (ufo, 0), *[(cliff, number) for number in range(6, 11)]]
    documents = [key for key, row in by_key.items() if row["reading"] == "document"]
    assert documents == [(ufo, 2), (income, 3), (income, 4), (income, 5), (income, 7)]
    persons = [key for key, row in by_key.items() if row["reading"] == "named_person"]
    assert persons == [(berkeley, 6), (berkeley, 9), (berkeley, 12), (berkeley, 13),
                       *[(ufo, number) for number in range(5, 12)], (income, 12)]
    reid = [by_key[(ufo, number)]["alt"] for number in range(5, 12)]
    assert reid == [["named_official"]] * 7  # the retired senator, out of office
    tweets = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((berkeley, 6), (ufo, 8), (swalwell, 24))]
    assert tweets == [("named_person", "9"), ("named_person", "9"), ("named_official", "9")]
    times = [(by_key[(nytimes, number)]["reading"], by_key[(nytimes, number)]["alt"]) for number in (9, 10, 11)]
    assert times == [("named_organization", ["cited_outlet"])] * 3  # the Times answering as a paper
    robesonian = [by_key[(comics, number)] for number in (1, 2, 3, 4, 5, 16, 17, 18, 19, 20)]
    assert all(row["reading"] == "named_organization" and "cited_outlet" in row["alt"] for row in robesonian)
    documents_via = by_key[(ufo, 2)]  # "The New York Times says documents from the operation describe"
    assert (documents_via["rule"], documents_via["alt"]) == ("1", ["cited_outlet"])
    media = by_key[(ufo, 0)]  # "US media report"
    assert media["alt"] == ["unnamed_source"]
    fox_poll = [by_key[(poll, number)] for number in range(3)]
    assert all(row["reading"] == "named_organization" and row["alt"] == ["unattributed", "unnamed_source"]
               for row in fox_poll)  # Fox's own poll in Fox's own column
    viewed = by_key[(poll, 8)]  # "he was viewed as a very divisive president"
    assert (viewed["rule"], viewed["alt"]) == ("4", ["unattributed"])
    census = by_key[(income, 8)]  # "the Census report points to"
    assert (census["reading"], census["alt"]) == ("named_organization", ["document"])
    stories = [by_key[(cliff, number)]["alt"] for number in range(4)]
    assert all("cited_outlet" in alt for alt in stories)  # the stories this morning, no outlet named
    own = [(by_key[(cliff, number)]["reading"], by_key[(cliff, number)]["alt"]) for number in (4, 5)]
    assert own == [("unattributed", ["cited_outlet"])] * 2  # NPR's own Scott Horsley
    assert all(by_key[(cliff, number)]["alt"] == ["named_person"] for number in range(6, 11))  # Klein
    assert all(by_key[(bondi, number)]["reading"] == "named_official" and by_key[(bondi, number)]["alt"] == ["named_person"]
               for number in (0, 1, 3, 5, 6, 7, 8))  # Bondi on the president's team
    background = [(by_key[(bondi, number)]["reading"], by_key[(bondi, number)]["alt"][:1]) for number in (2, 4)]
    assert background == [("unattributed", ["named_official"])] * 2
    acts = [by_key[key] for key in ((berkeley, 18), (ufo, 17), (comics, 15), (cricket, 8), (poll, 5), (poll, 17),
                                    (poll, 18), (swalwell, 9), (swalwell, 10), (swalwell, 16))]
    assert all(row["reading"] == "unattributed" and "7" in row["rule"].split(",") and row["alt"] for row in acts)
    told = [by_key[key]["reading"] for key in ((nytimes, 0), (nytimes, 4), (nytimes, 12), (poll, 7), (poll, 9),
                                                (bondi, 0), (swalwell, 0), (swalwell, 1))]
    assert told == ["named_official"] * 8  # speech acts with their content (rule 7)
    carried = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((comics, 5), (comics, 17), (cricket, 3))]
    assert carried == [("named_organization", "3")] * 3
    assert [by_key[(berkeley, number)]["alt"] for number in (0, 2, 3, 4, 5)] == [["cited_outlet"]] * 5  # the AP
