"""docs/exercise_agreement_heldout53.jsonl: the fifty-third reading set (seed 1253), read blind.

Its section of docs/exercise_agreement.md: "The fifty-third reading set (stop 45; the rule, written
before the draw)".
"""

from __future__ import annotations

from reading_set_checks import reader_part

FIFTY_THIRD_SET = [  # the draw of docs/exercise_agreement.md ("the fifty-third reading set"), in its order
    "5l5nNRVACKbUm2IG", "ivGzBqNUXAzGLaoM", "QKpp8RonrMYLa125", "mRDNv95vn8yuUyKZ",
    "oQSj0Rzo1lz4jmDU", "zjTOKLPhajgDjZz2", "GJL2eK9JeWpDPNLY", "jkUCowCrxSBgkYno",
    "i2WvIDqEdHtwjwjR", "Hw6WGTnYLh9Z1LK0", "Hc3SN64fnIW5OTWr", "ZQOrdGeF408IBYFm",
    "VkvlXi6UljJQhn6U", "WeGf7qo4f42M4qA1", "kyT9IT3v07XCzJxh", "H564bz7v5nATv96j",
    "KSilxuRAKolyBcTK", "ebrOTl0bn10kn0bE", "DOyzuS1yPWOynV9c", "k3gB1VwNF5TN4qlA",
]


def test_fifty_third_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read53b): 215 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout53", FIFTY_THIRD_SET[10:], 215,
        {"Christian Science Monitor", "Al Jazeera", "Daily Beast", "The Daily Caller", "Associated Press",
         "NPR Online News", "BBC News", "Breitbart News", "CNN (Web News)", "Bloomberg"},
        {"unattributed": 58, "named_official": 55, "named_person": 51, "named_organization": 21,
         "unnamed_source": 12, "document": 9, "cited_outlet": 7, "boilerplate": 2},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    aleppo, fgm, cohen, gao, dorm, holder, jones, nafta, bloomberg, gm = FIFTY_THIRD_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(aleppo, 3): False, **{(cohen, number): False for number in (4, 5, 7, 11, 23)},
                       (gao, 14): False, (dorm, 0): False, (dorm, 1): False, (jones, 4): False,
                       (jones, 15): False, (bloomberg, 5): False}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(gao, 18), (holder, 10)]  # the tweet's pic.twitter.com link, "Update at 2 p.m. ET:"
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(cohen, 0), (cohen, 1), (cohen, 8), (cohen, 9), (cohen, 22), (jones, 3), (jones, 29)]
    documents = [key for key, row in by_key.items() if row["reading"] == "document"]
    assert documents == [(fgm, 14), (cohen, 17), *[(holder, number) for number in (1, 2, 3, 4)],
                         *[(jones, number) for number in (26, 27, 28)]]
    activist = by_key[(fgm, 0)]  # "an activist stressed today": Jaha Dukureh, named at [7]
    assert (activist["reading"], activist["alt"], activist["rule"]) == ("named_person", ["named_organization"], "table")
    bbc = by_key[(jones, 4)]  # "The BBC understands that Twitter judged"
    assert (bbc["reading"], bbc["alt"], bbc["rule"]) == ("unnamed_source", ["unattributed"], "4,10")
    democrats = by_key[(gao, 14)]  # "Multiple Senate Democrats said", Leahy and Van Hollen after
    assert (democrats["reading"], democrats["alt"], democrats["rule"]) == ("unnamed_source", ["named_official"], "6")
    prosecutors = by_key[(cohen, 20)]  # "was mentioned by federal prosecutors when they charged Cohen"
    assert (prosecutors["reading"], prosecutors["alt"]) == ("unattributed", ["unnamed_source", "document"])
    candidates = [(by_key[key]["reading"], by_key[key]["alt"][0]) for key in ((aleppo, 5), (nafta, 0), (nafta, 11))]
    assert candidates == [("named_person", "named_official")] * 3  # Johnson and Trump running, out of office
    tweets = [(by_key[(gm, number)]["reading"], by_key[(gm, number)]["rule"]) for number in (1, 2, 3, 4, 16, 17, 18, 19)]
    assert tweets == [("named_official", "9")] * 8  # Trump's tweet, embedded twice
    assert (by_key[(gao, 17)]["reading"], by_key[(gao, 17)]["rule"]) == ("named_official", "9")  # Leahy's tweet
    directive = [(by_key[(holder, number)]["reading"], by_key[(holder, number)]["alt"]) for number in (0, 1, 4)]
    assert directive == [("named_official", ["document"]), ("document", ["named_official"]), ("document", ["unattributed"])]
    acts = [by_key[key] for key in ((dorm, 5), (dorm, 7), (holder, 5), (jones, 0), (jones, 7), (jones, 23),
                                    (bloomberg, 2), (gm, 9), (gm, 10), (cohen, 12))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)
