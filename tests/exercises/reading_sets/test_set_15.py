"""docs/exercise_agreement_heldout15.jsonl: the fifteenth reading set (seed 1215), read blind.

Its section of docs/exercise_agreement.md: "The fifteenth reading set (stop 30; the rule, written
before the draw)".
"""

from __future__ import annotations

from reading_set_checks import (
    agreeing_through_alt,
    assert_held_out_figure,
    keyed_per_article,
    keyed_types,
    reader_part,
    reason_misses,
    review_adding_only_alts,
    type_disagreements,
)

FIFTEENTH_SET = [  # the draw of docs/exercise_agreement.md ("the fifteenth reading set"), in its order
    "jGZIclvh5KPmJTwn", "HLQuLiixxHTVYKDb", "P1Erqa1CtFpgzaOk", "R9X8opybx3N5jtvc",
    "aVPGtL3G15Ead38m", "QbzCD3dYNCQL5riw", "Ug8HcDK3Ws8pD4OF", "CcttL8QC4hS7FpXO",
    "CexD4PKvtyhBc6hX", "WgJe0l0IHQbRc1Bb", "2PXluhmZzxaQHlQY", "r0DKcJk706Mv7sJa",
    "AKohcWlhYtyFQjgv", "OUhdNZU42HLRnNOq", "SV7cq6AmlFuz9OKf", "TsyWjHqs7Pimz9yg",
    "ab5hAD1Wbiru3DsZ", "axfzi9VaOXw1rN0q", "J7hyR4qun9ynZOIA", "RMHmfXj4vwo8DPZV",
]


def test_fifteenth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read15a): 213 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout15", FIFTEENTH_SET[:10], 213,
        {"New York Times - News", "USA TODAY", "Fox News", "Washington Times", "Fox Online News"},
        {"named_official": 82, "unattributed": 76, "named_person": 33, "unnamed_source": 14,
         "cited_outlet": 3, "named_organization": 2, "document": 0, "boilerplate": 3},
        8, {"jGZIclvh5KPmJTwn", "aVPGtL3G15Ead38m", "Ug8HcDK3Ws8pD4OF"})
    by_key = {(row["id"], row["statement"]): row for row in first}
    workers = [by_key[("jGZIclvh5KPmJTwn", number)] for number in range(6, 12)]  # "Several shelter workers, who
    assert [row["reason_reading"] for row in workers] == [True] * 6  # spoke on condition of anonymity for fear ..."
    assert workers[3]["rule"] == "3"  # "The children wore belts ...": no cue, the worker's scene goes on
    terms = by_key[("aVPGtL3G15Ead38m", 16)]  # "The officials spoke on the condition of anonymity because ...": about
    assert (terms["reading"], terms["alt"], terms["rule"]) == ("unattributed", ["unnamed_source"], "8")  # the sourcing
    father = by_key[("CexD4PKvtyhBc6hX", 23)]  # "Snowden's father said ...": a role never named, no terms
    assert (father["reading"], father["alt"], father["reason_reading"]) == ("unnamed_source", ["named_person"], False)
    relayed = by_key[("P1Erqa1CtFpgzaOk", 6)]  # "'I won't keep it secret ...,' Reuters reported": the lawyer's words
    assert (relayed["reading"], relayed["alt"], relayed["rule"]) == ("named_person", ["cited_outlet", "named_official"], "1,3")
    learned = by_key[("QbzCD3dYNCQL5riw", 6)]  # "Fox News has learned ...": the publishing outlet's own (rule 10)
    assert (learned["reading"], learned["alt"], learned["rule"]) == ("unattributed", ["cited_outlet", "unnamed_source"], "10")
    first_by = by_key[("aVPGtL3G15Ead38m", 19)]  # "The Romney campaign ad buy was first reported by CNN."
    assert (first_by["reading"], first_by["alt"]) == ("cited_outlet", ["unattributed"])
    fired = [by_key[("WgJe0l0IHQbRc1Bb", number)]["reading"] for number in (5, 7, 9, 10, 11, 12, 13)]
    assert fired == ["named_person"] * 7  # Comey, fired in May 2017: a former official outside office
    links = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert links == [("HLQuLiixxHTVYKDb", 2), ("HLQuLiixxHTVYKDb", 3), ("HLQuLiixxHTVYKDb", 4)]  # a photo caption


def test_fifteenth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read15b): 191 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout15", FIFTEENTH_SET[10:], 191,
        {"Newsmax", "Bloomberg", "Breitbart News", "CNN (Web News)", "Daily Beast", "The Daily Caller",
         "BBC News", "NPR Online News", "Politico"},
        {"unattributed": 71, "named_official": 35, "named_organization": 27, "unnamed_source": 23,
         "named_person": 14, "cited_outlet": 12, "document": 6, "boilerplate": 3},
        2, {"2PXluhmZzxaQHlQY"})
    by_key = {(row["id"], row["statement"]): row for row in second}
    familiar = by_key[("2PXluhmZzxaQHlQY", 5)]  # "a person familiar with the investigation": terms in [9]
    assert (familiar["reading"], familiar["rule"], familiar["reason_reading"]) == ("unnamed_source", "6", True)
    terms = by_key[("2PXluhmZzxaQHlQY", 9)]  # "said the person, who asked not to be identified because ..."
    assert (terms["reading"], terms["reason_reading"]) == ("unnamed_source", True)
    relayed = by_key[("2PXluhmZzxaQHlQY", 16)]  # "Politico said its sources, whom it didn't identify": no terms
    assert (relayed["reading"], relayed["alt"], relayed["rule"], relayed["reason_reading"]) == (
        "unnamed_source", ["cited_outlet"], "1", False)
    statement = by_key[("axfzi9VaOXw1rN0q", 0)]  # "North Korea has accused ...": the state, by an unnamed official
    assert (statement["reading"], statement["alt"]) == ("named_organization", ["unnamed_source"])
    sourcing = by_key[("axfzi9VaOXw1rN0q", 2)]  # "The statement, by an unnamed foreign ministry official, ..."
    assert (sourcing["reading"], sourcing["rule"]) == ("unattributed", "8")
    premier = by_key[("J7hyR4qun9ynZOIA", 17)]  # "Turkey's prime minister says": a role named nowhere, via NPR
    assert (premier["reading"], premier["alt"], premier["rule"]) == (
        "unnamed_source", ["named_official", "unattributed"], "6,10")
    own = by_key[("J7hyR4qun9ynZOIA", 3)]  # "NPR's Peter Kenyon reports ...": the publishing outlet's own reporting
    assert (own["reading"], own["alt"], own["rule"]) == ("unattributed", ["cited_outlet"], "10")
    clinton = [row["reading"] for row in second if row["id"] == "OUhdNZU42HLRnNOq"]  # in no office after 2016
    assert clinton == ["named_person"] * 13 + ["unattributed"]
    records = [row["statement"] for row in second if row["id"] == "TsyWjHqs7Pimz9yg" and row["reading"] == "document"]
    assert records == [1, 2, 4, 10, 11, 15]  # FCC filings and FEC records, two sentences carried over (rule 3)
    links = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert links == [("SV7cq6AmlFuz9OKf", 5), ("SV7cq6AmlFuz9OKf", 6), ("SV7cq6AmlFuz9OKf", 7)]  # CNN's video player


def test_fifteenth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """The review before the keys: 8 of 404 rows changed, each a second type added to alt, noted "review:"; no
    reading and no reason changed, so both readers' counts stand (the whole set's below). The closest calls, left
    as read, keep their readings."""
    reviewed, by_key = review_adding_only_alts(
        "heldout15", FIFTEENTH_SET, 404,
        {"unattributed": 147, "named_official": 117, "named_person": 47, "unnamed_source": 37,
         "named_organization": 29, "cited_outlet": 15, "document": 6, "boilerplate": 6}, 10, keyed=True)
    strategist, guardian, right_hand = "aVPGtL3G15Ead38m", "CexD4PKvtyhBc6hX", "axfzi9VaOXw1rN0q"
    griffin = (9, 10, 11, 22, 23, 24)  # Taylor Griffin, "a GOP strategist at ... Hamilton Place Strategies"
    assert set(reviewed) == {*((strategist, number) for number in griffin), (guardian, 18), (right_hand, 10)}
    alts = {key: (row["reading"], row["alt"], row["reason_reading"]) for key, row in reviewed.items()}
    assert all(alts[(strategist, number)] == ("named_person", ["named_official"], None) for number in griffin)
    assert alts[(guardian, 18)] == ("cited_outlet", ["document"], None)  # "based on Snowden's documents" (rule 1)
    assert alts[(right_hand, 10)] == ("unattributed", ["named_official", "unnamed_source"], None)  # "is seen as"
    left = [("2PXluhmZzxaQHlQY", 16),  # "Politico said its sources, whom it didn't identify": no terms
            ("AKohcWlhYtyFQjgv", 12)]  # "White House officials, speaking to reporters": no terms
    assert [by_key[key]["reason_reading"] for key in left] == [False, False]
    premier, father = by_key[("J7hyR4qun9ynZOIA", 17)], by_key[(guardian, 23)]  # roles never named (rule 6)
    assert (premier["reading"], father["reading"]) == ("unnamed_source", "unnamed_source")


def test_fifteenth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 75d0dbd (made once, 10:45:02 UTC, after the sixteenth's; made again at 10:45:11,
    byte-identical): 167/168 with alt, 145 strict, 10/11, no agreeing type under a wrong source (judged with each
    key open)."""
    keyed = assert_held_out_figure("heldout15", statements=404, articles=20, keyed=168, agree=167, strict=145,
                                   reasons=11, reasons_agree=10, wrong_sources=0, per_article_min_max=(4, 24))
    assert reason_misses(keyed) == {("jGZIclvh5KPmJTwn", 10): (False, True)}  # "One young boy asked": the boy has
    assert type_disagreements(keyed) == {  # no terms; the reading takes the shelter worker's of [6], who tells it
        ("Ug8HcDK3Ws8pD4OF", 7): ("named_official", "unattributed")}  # "a solidly Republican state": "state" no cue
    assert all(row["source_ok"] for row in keyed)  # e.g. "the New York Times devoted front-page coverage to a site"
    assert agreeing_through_alt(keyed) == 22  # the type in alt
    per_article = keyed_per_article(keyed, FIFTEENTH_SET)
    assert (per_article[9], per_article[10]) == (7, 8)  # median 7.5
    assert keyed_types(keyed) == {"named_official": 93, "unattributed": 43, "cited_outlet": 12, "unnamed_source": 11,
                                  "named_organization": 8, "document": 1, "named_person": 0}
