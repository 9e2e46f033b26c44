"""docs/exercise_agreement_heldout48.jsonl: the forty-eighth reading set (seed 1248), read blind.

Its section of docs/exercise_agreement.md: "The forty-eighth reading set (stop 44; the rule, written
before the draw)".
"""

from __future__ import annotations

from reading_set_checks import reader_part

FORTY_EIGHTH_SET = [  # the draw of docs/exercise_agreement.md ("the forty-eighth reading set"), in its order
    "hexCxcdWjwoP9Srb", "PgWYkVxKRJiyfUe2", "VywVA7S0xtyc3IbO", "DtYYMa6hTnflLlrt",
    "WbwkUBBROKTjyzJq", "XVbMIdX5zJtSGmgU", "N0AohtNVSQOnyuZ4", "yBFS7i7mmXf1ik62",
    "Z9ADaKA7lLnXYJJB", "NTALWCkbm2ywaSDA", "i68BRn51niarwoRK", "rfGoYth1MiuMfvHy",
    "hdUsPh13qodFYjvO", "SU71oJG2tNQT60RV", "dNeW15fsnbyxgSPP", "8WgYdObKBMKAZMrl",
    "GX7ajvJ6ZnNzqCYb", "A1BpWtQGE3oNuUtz", "9fiPmyHxugEQXofe", "XhrPtFR77CqcPccM",
]


def test_forty_eighth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read48b): 207 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout48", FORTY_EIGHTH_SET[10:], 207,
        {"Fox News", "Al Jazeera", "NPR Online News", "The Guardian", "USA TODAY", "Politico", "ABC News",
         "BBC News", "Newsmax", "Reuters"},
        {"unattributed": 109, "named_official": 49, "named_person": 14, "named_organization": 13,
         "unnamed_source": 11, "cited_outlet": 9, "boilerplate": 1, "document": 1},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    debate, _wall, guantanamo, _murkowski, avenatti, entitlements, _genocide, stabbing, vatican, _caravan = (
        FORTY_EIGHTH_SET[10:])
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(guantanamo, 12): False, (guantanamo, 15): False, (guantanamo, 16): False,
                       (avenatti, 3): False, (avenatti, 11): False, (avenatti, 12): False,
                       (entitlements, 14): False, (entitlements, 27): False,
                       (stabbing, 12): False, (stabbing, 15): False, (stabbing, 16): False}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [(guantanamo, 0)]  # headline
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [*[(guantanamo, number) for number in (7, 8, 9, 10, 13, 14)],  # the Herald's Rosenberg, the AP
                       (avenatti, 17), (avenatti, 18), (stabbing, 9)]  # Politico, "US media report"
    assert [by_key[(guantanamo, number)]["alt"] for number in (7, 8, 9, 10)] == [["named_person"]] * 4
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [(vatican, 1)]  # the treaty
    moderators = [(by_key[(debate, n)]["reading"], by_key[(debate, n)]["alt"]) for n in (11, 12, 14, 15)]
    assert moderators == [("named_person", ["unnamed_source", "unattributed"])] * 4  # Megyn Kelly named in [24]
    own = by_key[(guantanamo, 19)]  # "As we have been reporting"
    assert (own["reading"], own["alt"], own["rule"]) == ("unattributed", ["cited_outlet"], "10")
    victim = by_key[(avenatti, 3)]  # "The victim wrote in a request for a restraining order"
    assert (victim["reading"], victim["alt"], victim["rule"]) == ("unnamed_source", ["document"], "6")
    hedges = [(by_key[(stabbing, n)]["rule"], by_key[(stabbing, n)]["alt"]) for n in (12, 15, 16)]
    assert hedges == [("4", ["named_organization"]), ("4,6", ["named_organization"]), ("4", ["named_organization"])]
    cnn = by_key[(stabbing, 17)]  # "Lt Whitney said, according to CNN."
    assert (cnn["reading"], cnn["alt"], cnn["rule"]) == ("named_official", ["cited_outlet"], "1")
    heads = [(by_key[(entitlements, n)]["reading"], by_key[(entitlements, n)]["alt"]) for n in (16, 17, 23)]
    assert heads == [("named_person", ["named_official"])] * 2 + [("named_official", ["named_person"])]
    groups = [by_key[(entitlements, n)]["alt"] for n in (14, 27)]
    assert groups == [["named_person"], ["named_official"]]  # Wehner and Black, Boehner, quoted next
    records = [(by_key[(vatican, n)]["reading"], by_key[(vatican, n)]["alt"]) for n in (11, 12)]
    assert records == [("named_organization", ["document", "unattributed"])] * 2  # its program and yearbook
    plain = [(key, row["alt"]) for key, row in by_key.items() if row["rule"] == "7" and row["reading"] == "unattributed"]
    assert plain and all(alt for _key, alt in plain)  # a plain act keeps its actor in alt
