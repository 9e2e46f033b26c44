"""docs/exercise_agreement_heldout46.jsonl: the forty-sixth reading set (seed 1246), read blind.

Its section of docs/exercise_agreement.md: "The forty-sixth reading set (stop 43; the rule, written
before the draw)".
"""

from __future__ import annotations

from reading_set_checks import reader_part

FORTY_SIXTH_SET = [  # the draw of docs/exercise_agreement.md ("the forty-sixth reading set"), in its order
    "aXoJfAb9vnnMUEql", "xNgqMStu1aqA9YMy", "bYaPNSXRYk1421Bh", "zPbfXHNKdzN1oiNI",
    "5fT751rRgCERpqYg", "DqW5AA7Ibei60QRt", "DqpZ5yE4PKcZYWO1", "qLdIJQoimXglNT6G",
    "RkTf5B57miRUCveN", "luz36IfrNcULnCMa", "wb64wcSSru4qMlUy", "EQw6vHTRFOR6pp7h",
    "lTAZQyyDhdbWDT0f", "rSJycF17gSD0nle1", "wvrJqMli5HJt2iLT", "CEfzufFFGeU0x381",
    "3YXWehV20oSXqi8q", "6PksPvNk2pMe1Mk7", "gTsQjfLuczahtuLL", "O6Vc9ikuDvT68dKQ",
]


def test_forty_sixth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read46b): 187 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout46", FORTY_SIXTH_SET[10:], 187,
        {"New York Times - News", "Al Jazeera", "Wall Street Journal - News", "ABC News", "Fox Online News", "CBN",
         "New York Post", "The Hill", "CBS News", "Christian Science Monitor"},
        {"unattributed": 69, "named_official": 62, "named_person": 24, "named_organization": 15,
         "unnamed_source": 11, "boilerplate": 5, "cited_outlet": 1, "document": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    surveillance, kashmir, fundraising, escape, migrants, travel_ban, spencer, speech, cartoon, missile = FORTY_SIXTH_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(escape, 5): False, (escape, 6): False,
                       **{(migrants, number): False for number in (2, 5, 7, 14, 16)},
                       (speech, 3): False, (speech, 10): False, (missile, 13): False, (missile, 14): False}  # no terms
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(fundraising, 0), (escape, 0), (cartoon, 8), (cartoon, 15), (missile, 20)]  # caption, headline, links, credit
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [(missile, 1)]  # IRNA's report
    assert by_key[(missile, 1)]["alt"] == ["named_organization", "unnamed_source"]
    assert [by_key[(surveillance, number)]["reading"] for number in range(14)] == ["named_official"] * 14  # Buck, Obama
    tweet = [(by_key[(kashmir, number)]["reading"], by_key[(kashmir, number)]["alt"], by_key[(kashmir, number)]["rule"])
             for number in (9, 10, 25, 29)]
    assert tweet == [("named_person", ["named_official"], "9"), ("named_person", ["named_official"], "3,9"),
                     ("named_person", ["named_official"], "9"), ("named_person", ["named_official"], "2,9")]  # Jaleel
    police = [by_key[(kashmir, number)]["reading"] for number in range(7)]
    assert police == ["unattributed"] + ["named_organization"] * 6  # booked; accused, statement, "Police said", summoned
    assert (by_key[(kashmir, 6)]["rule"], by_key[(kashmir, 20)]["reading"]) == ("3", "unattributed")
    club = [by_key[(kashmir, number)]["reading"] for number in (21, 22, 23)]
    assert club == ["named_organization"] * 3  # the Kashmir Press Club's statement
    figures = [(by_key[(fundraising, number)]["reading"], by_key[(fundraising, number)]["alt"]) for number in (1, 2, 3, 5)]
    assert figures == [("unattributed", ["named_organization"]), ("named_organization", ["document"]),
                       ("unattributed", ["named_organization"]), ("unattributed", ["unnamed_source"])]
    office = by_key[(escape, 3)]  # "Cuomo's office said"
    assert (office["reading"], office["alt"]) == ("named_organization", ["named_official"])
    admit = by_key[(escape, 5)]  # "authorities now admit they are unaware of their whereabouts"
    assert (admit["rule"], admit["alt"]) == ("6,7", ["unattributed"])
    expected = by_key[(migrants, 16)]  # "A ruling is expected soon."
    assert (expected["reading"], expected["rule"]) == ("unnamed_source", "4")
    activists = by_key[(migrants, 14)]  # "controversial with ... activists, who claim"
    assert (activists["rule"], activists["alt"]) == ("6,7", ["unattributed"])
    cues = [by_key[(travel_ban, number)]["reading"] for number in range(4, 15)]
    assert cues == ["named_official"] * 11  # Spicer, Kelly, Thompson, the quotations split from their cues
    assert [by_key[(travel_ban, number)]["rule"] for number in (8, 11, 13)] == ["3"] * 3
    hedge = by_key[(travel_ban, 0)]  # "Americans seem to either love or hate"
    assert (hedge["reading"], hedge["alt"]) == ("unattributed", ["unnamed_source"])
    former = [(by_key[(spencer, number)]["reading"], by_key[(spencer, number)]["alt"][0]) for number in (0, 1, 2, 3, 11)]
    assert former == [("named_person", "named_official")] * 5  # Spencer out of office
    letter = [(by_key[(spencer, number)]["reading"], by_key[(spencer, number)]["alt"]) for number in (9, 10)]
    assert letter == [("named_official", ["named_person", "document"])] * 2  # his letter as secretary
    candidate = [(by_key[(spencer, number)]["reading"], by_key[(spencer, number)]["alt"]) for number in (4, 5)]
    assert candidate == [("named_official", ["named_person"])] * 2  # Bloomberg, the 2020 candidate
    authors = by_key[(speech, 4)]  # "a group of liberals is urging": the letter's authors, named in [8]
    assert (authors["reading"], authors["alt"], authors["rule"]) == ("named_official", ["unnamed_source", "document"], "6,7")
    assert [by_key[(speech, number)]["reading"] for number in (5, 6, 9, 17, 18)] == ["named_official"] * 5  # the letter
    caption = by_key[(cartoon, 3)]  # "The caption read": the cartoonist Ann Telnaes
    assert (caption["reading"], caption["alt"], caption["rule"]) == ("named_person", ["cited_outlet", "document"], "1")
    lead_ins = [(by_key[(cartoon, number)]["reading"], by_key[(cartoon, number)]["rule"]) for number in (4, 9, 12)]
    assert lead_ins == [("named_official", "7")] * 3  # the lead-ins to the three tweets
    hiatt = [(by_key[(cartoon, number)]["reading"], by_key[(cartoon, number)]["alt"]) for number in (20, 21, 22)]
    assert hiatt == [("named_official", ["named_person", "cited_outlet"])] * 3  # the editor's note
    iran = by_key[(missile, 0)]  # "Iran says"
    assert (iran["reading"], iran["alt"]) == ("named_organization", ["cited_outlet"])
    director = [(by_key[(missile, number)]["reading"], by_key[(missile, number)]["alt"]) for number in (18, 19)]
    assert director == [("named_person", ["cited_outlet"])] * 2  # Azima "told the Associated Press"
    assert by_key[(missile, 18)]["rule"] == "1,5"
    acts = [by_key[key] for key in ((kashmir, 0), (kashmir, 20), (fundraising, 3), (escape, 1), (escape, 4),
                                    (migrants, 0), (migrants, 1), (travel_ban, 1), (travel_ban, 3), (spencer, 7),
                                    (spencer, 8), (spencer, 13), (speech, 0), (speech, 14), (speech, 15),
                                    (cartoon, 2), (cartoon, 18), (missile, 7), (missile, 9), (missile, 10))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)
