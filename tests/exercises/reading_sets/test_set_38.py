"""docs/exercise_agreement_heldout38.jsonl: the thirty-eighth reading set (seed 1238), read blind.

Its section of docs/exercise_agreement.md: "The thirty-eighth reading set (stop 41; the rule, written
before the draw)".
"""

from __future__ import annotations

from reading_set_checks import reader_part

THIRTY_EIGHTH_SET = [  # the draw of docs/exercise_agreement.md ("the thirty-eighth reading set"), in its order
    "oWRUsKtD2TTECdDI", "CubaCTPggYG15HdB", "SB5BOMWhSiFBiMoP", "Y3HAcqpaOzmEVeql",
    "Y8ncZ3pm5Vpredlr", "LtMhcUa283JquFqf", "b1jSGbyeaJtClzly", "Yx4RwjCvQYwZxL6X",
    "SyxwXtuWFhdjbCJM", "09IgkZtF4j2efqoo", "wIKDfQKOoYidO7AE", "FsGsHdKogH2Zkpsr",
    "eoqavcb5sktqsMU6", "4yzfOXjiJEJPtXG4", "91GYIX8038tQpfi4", "oT6zsvrPZqBY4iVN",
    "fB3KnfeMzfFmXvcB", "XPA88tI86qCZrb1Z", "UADaG25MiZXwX3ob", "uybL6M2hEbUlVYsh",
]


def test_thirty_eighth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read38a): 196 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout38", THIRTY_EIGHTH_SET[:10], 196,
        {"Associated Press", "Washington Times", "Politico", "NPR Online News", "CBN", "ABC News", "Bloomberg",
         "USA TODAY", "Al Jazeera", "Newsmax"},
        {"unattributed": 87, "named_official": 73, "named_person": 17, "unnamed_source": 12,
         "named_organization": 4, "boilerplate": 2, "document": 1, "cited_outlet": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    esper, va, boehner, convention, pot, baucus, teachers, roberts, kerry, appeal = THIRTY_EIGHTH_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(va, 5): False, (pot, 5): False, (pot, 16): False, (pot, 17): False,
                       **{(baucus, number): False for number in (7, 8, 9, 10)},
                       **{(kerry, number): False for number in (6, 8, 14, 15)}}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(va, 0), (convention, 0)]  # "UPDATED:", the pointer to the live blog
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [(va, 6)]  # OPM data
    assert by_key[(va, 6)]["alt"] == ["named_organization"]
    pentagon = [(by_key[(esper, number)]["reading"], by_key[(esper, number)]["rule"]) for number in (5, 6, 7)]
    assert pentagon == [("named_organization", "7"), ("named_organization", "3"), ("named_organization", "table")]
    learned = by_key[(baucus, 0)]  # "ABC News has learned": the publishing outlet's own reporting
    assert (learned["reading"], learned["alt"], learned["rule"]) == ("unattributed", ["cited_outlet", "unnamed_source"], "10")
    spokesperson = by_key[(roberts, 15)]  # "A Schumer spokesperson": Justin Goodman in [16]
    assert (spokesperson["reading"], spokesperson["alt"], spokesperson["rule"]) == ("named_official", ["unnamed_source"], "6")
    columnist = by_key[(kerry, 8)]  # "a columnist for the liberal newspaper Haaretz"
    assert (columnist["reading"], columnist["alt"], columnist["rule"]) == ("unnamed_source", ["cited_outlet"], "1,6")
    writers = [(by_key[(kerry, number)]["reading"], by_key[(kerry, number)]["alt"]) for number in (9, 17)]
    assert writers == [("named_person", ["named_official", "cited_outlet"])] * 2  # Horovitz, Tibon
    assert (by_key[(kerry, 10)]["reading"], by_key[(kerry, 10)]["alt"]) == ("unattributed", ["unnamed_source"])  # "seems"
    doctor = [by_key[(pot, number)]["reading"] for number in (6, 7, 8, 9, 11, 12, 13, 14, 21)]
    assert doctor == ["named_person"] * 9  # Dr. Thompson, an expert
    assert by_key[(pot, 6)]["alt"] == ["named_official"]
    brady = [by_key[(boehner, number)]["reading"] for number in range(9, 17)]
    assert brady == ["unattributed"] * 2 + ["named_person"] * 2 + ["unattributed"] + ["named_person"] * 3
    assert by_key[(convention, 18)]["reading"] == "named_official"  # Rick Bennett, RNC member
    assert [by_key[(appeal, number)]["reading"] for number in range(26) if number not in (16, 17)] == ["named_official"] * 24
    acts = [by_key[key] for key in ((esper, 0), (esper, 1), (esper, 4), (esper, 8), (boehner, 0), (boehner, 9), (boehner, 10),
                                    (convention, 2), (baucus, 2), (baucus, 16), (baucus, 17), (baucus, 18),
                                    (teachers, 0), (teachers, 5), (teachers, 6), (teachers, 8),
                                    (roberts, 1), (roberts, 2), (roberts, 9), (kerry, 5))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)
    said = [by_key[key] for key in ((roberts, 0), (roberts, 5), (roberts, 12), (roberts, 18), (baucus, 23), (kerry, 13))]
    assert all(row["reading"] != "unattributed" and row["rule"] == "7" and "unattributed" in row["alt"] for row in said)
