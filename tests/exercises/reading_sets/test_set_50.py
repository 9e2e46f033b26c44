"""docs/exercise_agreement_heldout50.jsonl: the fiftieth reading set (seed 1250), read blind.

Its section of docs/exercise_agreement.md: "The fiftieth reading set (stop 45; the rule, written
before the draw)".
"""

from __future__ import annotations

from reading_set_checks import reader_part

FIFTIETH_SET = [  # the draw of docs/exercise_agreement.md ("the fiftieth reading set"), in its order
    "RBT4S7Ljiypxj2bY", "WIUEbP77gHaMF5KQ", "OgqA1a8GRjWtOjd3", "OCIvseB5AXR2pxY7",
    "S0Irn0pVMuxIjFNa", "Nyl4nxGOy0QYEYus", "1JUe8EW5OGySoK0j", "xD9RBdRmsJM2ghOX",
    "ikG1p6j3P0Rdw2Kb", "mFeg0C6WMZJkJN1y", "OfpKGMfnJxMDPP0O", "ohPj9zvNDJIA0FOQ",
    "ScNwsjv372d7uSdU", "lY8JoZEK01LXPMNw", "o5cmcrx2dTGCU5Nb", "UBhLssPYbU2vImP0",
    "7RHp2BxWpr4Jfcqe", "FEaP8l3jlo138EBC", "y0CKhvaseCduB6Lz", "sVrHG8KK1TMnUkmK",
]


def test_fiftieth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read50b): 211 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout50", FIFTIETH_SET[10:], 211,
        {"The Daily Caller", "Washington Times", "Politico", "ABC News", "CBN", "CNN (Web News)",
         "Breitbart News", "Bloomberg", "Christian Science Monitor", "Reuters"},
        {"named_official": 96, "unattributed": 64, "unnamed_source": 20, "named_person": 9,
         "named_organization": 8, "cited_outlet": 5, "boilerplate": 5, "document": 4},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    comey, income, lawsuit, boehner, agenda, collins, aclu, jiomart, rockets, harvard = FIFTIETH_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {**{(comey, number): False for number in (10, 20, 21, 22)},
                       **{(lawsuit, number): False for number in (6, 7, 9, 17, 18, 22)},
                       **{(aclu, number): False for number in (11, 12, 13)},
                       **{(rockets, number): False for number in (6, 7, 9, 10, 20)},
                       (harvard, 4): False, (harvard, 14): False}  # no terms anywhere; "Unnamed officials" gives none
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(lawsuit, 0), (lawsuit, 1), (aclu, 19), (aclu, 20), (rockets, 0)]  # caption, author's note, tagline
    assert by_key[(lawsuit, 0)]["alt"] == ["unnamed_source"]  # the caption's "Many analysts viewed"
    records = [key for key, row in by_key.items() if row["reading"] == "document"]
    assert records == [(comey, 17), (jiomart, 17), (harvard, 2), (harvard, 5)]  # the draft, the index, the letter
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(comey, 11), (rockets, 3), (rockets, 4), (rockets, 5), (rockets, 8)]  # CNN, the AP, Haaretz
    own = [(by_key[(rockets, number)]["reading"], by_key[(rockets, number)]["rule"], "cited_outlet" in by_key[(rockets, number)]["alt"])
           for number in (17, 18, 19, 21, 22)]
    assert own == [("unattributed", "10", True)] * 5  # "The Christian Science Monitor reports:" in the Monitor
    haaretz = [(by_key[(rockets, number)]["rule"], by_key[(rockets, number)]["alt"]) for number in (6, 7)]
    assert haaretz == [("1,6", ["cited_outlet"]), ("1,2", ["cited_outlet"])]  # the unnamed Hamas official via Haaretz
    wafa = by_key[(rockets, 11)]  # "Reuters reports the official Palestinian Wafa news agency as saying"
    assert (wafa["reading"], wafa["alt"], wafa["rule"]) == ("named_official", ["cited_outlet"], "1")
    post = [(by_key[(agenda, number)]["reading"], by_key[(agenda, number)]["alt"]) for number in (12, 13, 14, 15)]
    assert post == [("named_official", ["unnamed_source", "cited_outlet"])] + [("named_official", ["cited_outlet"])] * 3
    ktsm = {(by_key[(aclu, number)]["reading"], tuple(by_key[(aclu, number)]["alt"])) for number in range(2, 10)}
    assert ktsm == {("named_official", ("cited_outlet",))}  # Pompa "as reported by ... KTSM"
    letters = [(by_key[(harvard, number)]["reading"], by_key[(harvard, number)]["alt"]) for number in (6, 7)]
    assert letters == [("named_official", ["document", "named_organization"]), ("named_official", ["document", "named_person"])]
    index = by_key[(jiomart, 17)]  # "according to the Bloomberg Billionaires Index" in Bloomberg
    assert (index["reading"], index["alt"]) == ("document", ["unattributed"])
    website = [(by_key[(jiomart, number)]["reading"], by_key[(jiomart, number)]["rule"]) for number in (1, 2)]
    assert website == [("named_organization", "2,7"), ("named_organization", "2")]  # JioMart's own website
    drafts = [(by_key[(comey, number)]["reading"], by_key[(comey, number)]["alt"]) for number in (17, 19, 23)]
    assert drafts == [("document", ["named_official"]), ("named_official", ["document"]), ("named_official", ["document"])]
    brand = [(by_key[(lawsuit, number)]["reading"], by_key[(lawsuit, number)]["rule"]) for number in (10, 11, 12, 13)]
    assert brand == [("named_person", "3"), ("named_person", "3"), ("named_person", "table"), ("named_person", "3")]
    spokesman = by_key[(lawsuit, 14)]  # "A spokesman for Boehner said", Kevin Smith named next
    assert (spokesman["reading"], spokesman["rule"], spokesman["alt"]) == ("named_official", "6", ["unnamed_source"])
    expected = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((lawsuit, 9), (comey, 10), (harvard, 4))]
    assert expected == [("unnamed_source", "4")] * 3  # "was expected to", "is also believed to", "follows reports"
    hedges = [by_key[key] for key in ((lawsuit, 5), (rockets, 16))]  # "seem to have fallen silent", "seems far off"
    assert all(row["reading"] == "unattributed" and row["alt"] == ["unnamed_source"] for row in hedges)
    acts = [by_key[key] for key in ((comey, 3), (lawsuit, 16), (boehner, 6), (boehner, 10), (boehner, 13), (boehner, 21),
                                    (agenda, 0), (agenda, 16), (collins, 2), (aclu, 0), (aclu, 10), (jiomart, 5),
                                    (jiomart, 7), (harvard, 13))]
    assert all(row["reading"] == "unattributed" and "7" in row["rule"].split(",") and row["alt"] for row in acts)
    camp = [(by_key[(income, number)]["reading"], by_key[(income, number)]["rule"]) for number in (3, 9, 10)]
    assert camp == [("named_official", "2,7"), ("named_official", "2,7"), ("named_official", "1,2")]  # Camp relaying Sebelius
    received = [by_key[key]["rule"] for key in ((boehner, 2), (collins, 6))]
    assert received == ["5,10"] * 2  # "told ABC News' Diane Sawyer" in ABC News, "told CNN ... Candy Crowley" in CNN
