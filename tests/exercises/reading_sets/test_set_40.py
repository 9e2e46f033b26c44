"""docs/exercise_agreement_heldout40.jsonl: the fortieth reading set (seed 1240), read blind.

Its section of docs/exercise_agreement.md: "The fortieth reading set (stop 41; the rule, written
before the draw)".
"""

from __future__ import annotations

from reading_set_checks import reader_part

FORTIETH_SET = [  # the draw of docs/exercise_agreement.md ("the fortieth reading set"), in its order
    "a9e6h8Sh7UFII5Kj", "MMkHL1fTj1kKRgDR", "LFqpmLKINaFWmTgy", "daWYvZ2Ev6x44A5s",
    "g8P7KMgDn3Kneaew", "JNmy4ZPXSaBIZ3ae", "5anVSQESJpmi2BDp", "82a9dt98qlpSLJAS",
    "IhTzH1Iv4Uc3z0Lv", "mXHezSgjBWo69X12", "HSzUKuyfd0WG9nTs", "4H9G4imPM16VcGlF",
    "Sx2jPEbnYUaOMpWI", "i0dgp7gs3xba99eL", "7sj0nAGq9Ab0FKU6", "mtHOiyYhhJQE6m0h",
    "QdXQmSzldqlgniGu", "RWs6CtoZCSXwGwPm", "pVgLEruXhbWUORll", "x6JROuuyvwjqrRNb",
]


def test_fortieth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read40b): 199 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout40", FORTIETH_SET[10:], 199,
        {"Reuters", "Christian Science Monitor", "NPR Online News", "New York Post", "The Hill", "Fox News",
         "The Guardian", "Newsmax", "Washington Times", "Al Jazeera"},
        {"named_official": 111, "unattributed": 38, "named_organization": 19, "unnamed_source": 13,
         "cited_outlet": 6, "named_person": 5, "boilerplate": 5, "document": 2},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    woodward, irs, comcast, cuomo, _mulvaney, sessions, headline, torture, whitaker, train = FORTIETH_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(comcast, 20): False, (sessions, 14): False,
                       **{(headline, number): False for number in (2, 8, 10, 11)},
                       (torture, 6): False, (torture, 15): False, (whitaker, 10): False,
                       **{(train, number): False for number in (0, 7, 8, 12)}}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(cuomo, 9), (headline, 6), (headline, 16), (headline, 22), (train, 10)]  # link, tweet links, caption
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(woodward, 16), *[(comcast, number) for number in (10, 11, 12, 13, 14)]]  # the Post, AP, NYT
    noguchi = [(by_key[(comcast, number)]["reading"], by_key[(comcast, number)]["alt"][0]) for number in (7, 8, 9, 15, 16, 17, 18, 19)]
    assert noguchi == [("unattributed", "cited_outlet")] * 8  # NPR's own Yuki Noguchi (rule 10)
    assert all("10" in by_key[(comcast, number)]["rule"].split(",") for number in (7, 8, 9, 15, 16, 17, 18, 19))
    book = [(by_key[(woodward, number)]["reading"], by_key[(woodward, number)]["alt"][0]) for number in (1, 2)]
    assert book == [("named_person", "document")] * 2  # Woodward's book, its author named
    minister = by_key[(woodward, 0)]  # "Israel's intelligence minister said": Katz, named in [6]
    assert (minister["reading"], minister["alt"], minister["rule"]) == ("named_official", ["unnamed_source"], "6")
    chairmen = by_key[(irs, 0)]  # "the chairmen of the two congressional tax-writing committees say"
    assert (chairmen["reading"], chairmen["alt"], chairmen["rule"]) == ("named_official", ["unnamed_source"], "6")
    assert (by_key[(irs, 13)]["reading"], by_key[(irs, 13)]["alt"]) == ("named_organization", ["document"])  # the IG's report
    split = [(by_key[(cuomo, number)]["reading"], by_key[(cuomo, number)]["rule"]) for number in (10, 11)]
    assert split == [("named_official", "7")] * 2  # "Schumer (D." | "NY) touted": one sentence split
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [(sessions, 10), (train, 21)]
    studies = by_key[(sessions, 14)]  # "Recent studies show": unidentified studies
    assert (studies["reading"], studies["alt"]) == ("unnamed_source", ["document", "named_organization"])
    spokesperson = by_key[(headline, 8)]  # "A Times spokesperson acknowledged to the Washington Post"
    assert (spokesperson["reading"], spokesperson["rule"]) == ("unnamed_source", "5,6")
    silver = [(by_key[(headline, number)]["reading"], by_key[(headline, number)]["rule"]) for number in (4, 5)]
    assert silver == [("named_person", "9")] * 2  # Nate Silver's tweet, a statistician
    beto = by_key[(headline, 17)]  # O'Rourke, a candidate holding no office
    assert (beto["reading"], beto["alt"]) == ("named_person", ["named_official"])
    police = [(by_key[(train, number)]["reading"], by_key[(train, number)]["alt"]) for number in (6, 7)]
    assert police == [("named_organization", ["unnamed_source"]), ("unnamed_source", ["named_organization"])]
    plain = [(sessions, 11), (sessions, 21), (whitaker, 0), (whitaker, 9), (torture, 9), (torture, 13), (irs, 8)]
    assert all(by_key[key]["reading"] == "unattributed" and by_key[key]["rule"] == "7" and by_key[key]["alt"] for key in plain)
