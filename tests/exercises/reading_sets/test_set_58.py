"""docs/exercise_agreement_heldout58.jsonl: the fifty-eighth reading set (seed 1258), read blind.

Its section of docs/exercise_agreement.md: "The fifty-eighth reading set (stop 47; the rule, written
before the draw)".
"""

from __future__ import annotations

from reading_set_checks import reader_part

FIFTY_EIGHTH_SET = [  # the draw of docs/exercise_agreement.md ("the fifty-eighth reading set"), in its order
    "gnZrGwBqE01s5HVt", "DUSdhscuoOF1wHOM", "MbV83fGXDfJXnQLb", "eFw9CUmwCjWtg78R",
    "PAD10Yaiki8jOfJI", "iF4Dn2OlaXbwW45j", "wYtPzRSikp0g8yYJ", "uk31xNmBLKGj0Gfe",
    "AiPTglQuwaWUZCDS", "5j6YUe0QhJCsRBhy", "oORKtFRzjkxzaHIz", "PNxdUcob0JZx1t2M",
    "gqn2rJIuyP4nuSER", "73Wmu4FGtYpyfk6P", "t0f061zc7amxi8qE", "YSgkWThdSlkaxjuN",
    "YK18VvwQUuOHWjJN", "fjWHtOU7sh8hX6zR", "5Xv03LtvC4P6f7og", "wbBSXaxWjMWnjguq",
]


def test_fifty_eighth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read58b): 200 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout58", FIFTY_EIGHTH_SET[10:], 200,
        {"The Hill", "Washington Times", "Fox News", "The Guardian", "CBS News", "New York Post",
         "Associated Press", "Wall Street Journal - News", "USA TODAY", "Reuters"},
        {"named_official": 65, "unattributed": 61, "named_organization": 35, "unnamed_source": 20,
         "named_person": 11, "cited_outlet": 6, "document": 2, "boilerplate": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    statues, seat, berkeley, kremlin, pew, prince, boomer, bernanke, arbitration, electors = FIFTY_EIGHTH_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(seat, 9): False, (berkeley, 5): False, (berkeley, 12): False, (berkeley, 17): False,
                       (kremlin, 9): False, **{(prince, number): False for number in (0, 1, 2, 3, 4, 8, 9)},
                       (bernanke, 10): False, **{(arbitration, number): False for number in (6, 7, 10, 11, 16, 17, 18)}}
    assert not [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(berkeley, 21), (berkeley, 22), (berkeley, 23), (prince, 5), (prince, 7), (prince, 10)]
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [(boomer, 11), (bernanke, 16)]
    tweet = [(by_key[(statues, number)]["reading"], by_key[(statues, number)]["rule"]) for number in (6, 7, 8)]
    assert tweet == [("named_official", "9")] * 3  # the embedded tweet, its credit line left out
    ktvu = by_key[(berkeley, 17)]  # "KTVU cited additional reports": the relayed reports, unidentified
    assert (ktvu["rule"], ktvu["alt"]) == ("1", ["cited_outlet"])
    lede = [(by_key[(kremlin, number)]["reading"], by_key[(kremlin, number)]["alt"]) for number in (0, 6)]
    assert lede == [("named_official", ["unnamed_source"])] * 2  # "Russian officials", "other senior lawmakers"
    trenin = [(by_key[(kremlin, number)]["reading"], by_key[(kremlin, number)]["alt"]) for number in range(14, 19)]
    assert trenin == [("named_person", ["named_official"])] * 5  # the Carnegie Moscow Center's director
    survey = [by_key[(pew, number)]["reading"] for number in range(20)]
    assert survey.count("named_organization") == 17 and survey[11] == "unattributed"  # Pew's findings, one claim
    method = [(by_key[(pew, number)]["reading"], by_key[(pew, number)]["rule"]) for number in (1, 6)]
    assert method == [("unattributed", "8")] * 2  # the study's method: the sourcing itself
    filing = [(by_key[(bernanke, number)]["reading"], by_key[(bernanke, number)]["alt"]) for number in (16, 17)]
    assert filing == [("document", ["named_organization"]), ("named_organization", ["document"])]
    opinion = [(by_key[(boomer, number)]["reading"], by_key[(boomer, number)]["alt"]) for number in (10, 11, 12)]
    assert opinion == [("named_official", ["document"]), ("document", ["named_organization"]),
                       ("named_official", ["document"])]
    plaintiffs = by_key[(electors, 11)]  # "The plaintiffs said": Chiafalo and Baca, named in [16]
    assert (plaintiffs["reading"], plaintiffs["rule"]) == ("named_person", "6")
    theirs = by_key[(arbitration, 22)]  # "They said": Consumers Union, the Legion, unnamed veterans groups
    assert (theirs["reading"], theirs["alt"]) == ("named_organization", ["unnamed_source"])
    acts = [by_key[key] for key in ((statues, 20), (seat, 4), (kremlin, 10), (prince, 11), (boomer, 1), (boomer, 2),
                                    (boomer, 4), (boomer, 6), (boomer, 13), (bernanke, 2), (bernanke, 8), (bernanke, 9),
                                    (arbitration, 0), (arbitration, 1), (arbitration, 3), (arbitration, 20),
                                    (arbitration, 21), (arbitration, 24), (electors, 0), (electors, 2), (electors, 3),
                                    (electors, 16), (electors, 17))]
    assert all(row["reading"] == "unattributed" and "7" in row["rule"].split(",") and row["alt"] for row in acts)
    speech = [by_key[key]["reading"] for key in ((statues, 1), (statues, 9), (statues, 16), (seat, 5), (kremlin, 13),
                                                (bernanke, 0), (bernanke, 1), (bernanke, 3), (bernanke, 11), (electors, 10))]
    assert speech == ["named_official"] * 5 + ["named_organization"] * 4 + ["named_official"]  # acts with content
