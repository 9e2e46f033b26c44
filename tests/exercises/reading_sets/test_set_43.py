"""docs/exercise_agreement_heldout43.jsonl: the forty-third reading set (seed 1243), read blind.

Its section of docs/exercise_agreement.md: "The forty-third reading set (stop 42; the rule, written
before the draw)".
"""

from __future__ import annotations

from reading_set_checks import reader_part

FORTY_THIRD_SET = [  # the draw of docs/exercise_agreement.md ("the forty-third reading set"), in its order
    "E3Ghu6wRWeO1kiFR", "CTZFOlQQIoPocJCQ", "MFtoIcOqEp4ibL2v", "fpomzLO0BLI5uqnj",
    "gZxL5W2qOnmlJyzw", "Hj2ocY1uylFRljhA", "mI1b1lHpP9hxFGvp", "eC3RAapvnVFUsOCt",
    "9crfhwVsrBWKOXQx", "66A4v5YiJztSrzF3", "RJAYfrZwA9sqyJ28", "5Ayi8V1CHDdMXmxf",
    "medp0NHpDZAxPib6", "fQ9lkUHmeY98uESJ", "jQlr6tdhwd6nDyu7", "CO2HAOhdLprP58km",
    "KiEUVVA38h7ImE8I", "EfAQbFy9YdTAH7Xc", "whBwi7srBGg0Pxql", "vewf8SqfJM8hN4B5",
]


def test_forty_third_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read43b): 210 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout43", FORTY_THIRD_SET[10:], 210,
        {"Breitbart News", "Fox News", "Bloomberg", "Politico", "ABC News", "Christian Science Monitor", "CBN",
         "Al Jazeera", "New York Post", "The Guardian"},
        {"named_official": 79, "unattributed": 61, "named_person": 34, "unnamed_source": 21,
         "named_organization": 13, "cited_outlet": 1, "boilerplate": 1, "document": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    welfare, pelosi, barr, history, garner, debt, tour, delhi, pensacola, thinkspot = FORTY_THIRD_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {**{(barr, number): False for number in (11, 12, 15)}, (history, 9): False,
                       **{(garner, number): False for number in (0, 5, 6, 7, 8, 9)},
                       (debt, 19): False, (debt, 21): False,
                       **{(delhi, number): False for number in (1, 2, 6, 7, 8, 13)},
                       **{(pensacola, number): False for number in (3, 9, 10)}}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(thinkspot, 22)]  # the Guardian's note of an amended subheading
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [(tour, 21)]  # "Politico reports"
    study = by_key[(welfare, 0)]  # "according to a new study": the CIS report, named next
    assert (study["reading"], study["alt"], study["rule"]) == ("named_organization", ["unnamed_source", "document"], "6")
    report = [by_key[(welfare, number)]["reading"] for number in range(18)]
    assert report == (["named_organization"] * 3 + ["unattributed"] * 2 + ["named_official"] * 5
                      + ["named_organization"] * 8)  # the report, its method, Camarota, the report again
    commander = by_key[(pensacola, 0)]  # "the base commander has revealed": Kinsella, named in [4]
    assert (commander["reading"], commander["alt"], commander["rule"]) == ("named_official", ["unnamed_source"], "6")
    abc = by_key[(pensacola, 3)]  # "sources told ABC News"
    assert (abc["reading"], abc["alt"], abc["rule"]) == ("unnamed_source", ["cited_outlet"], "1,5")
    going_on = by_key[(pensacola, 10)]  # the local authorities' account going on, no cue
    assert (going_on["reading"], going_on["rule"]) == ("unnamed_source", "3")
    express = by_key[(delhi, 6)]  # "The Indian Express newspaper cited a Delhi Police spokesman"
    assert (express["reading"], express["alt"], express["rule"]) == ("unnamed_source", ["cited_outlet", "named_organization"], "1,6")
    gupta = [(by_key[(delhi, number)]["reading"], by_key[(delhi, number)]["alt"]) for number in (3, 4, 5, 14, 16)]
    assert gupta == [("named_official", ["named_person"])] * 5  # an advocacy group's executive director
    analysts = [(by_key[(debt, number)]["reading"], by_key[(debt, number)]["alt"]) for number in (19, 20, 21)]
    assert analysts == [("unnamed_source", ["named_official", "unattributed"]),  # "most analysts expect"
                        ("named_person", ["unnamed_source", "unattributed"]),  # "some analysts, including Frankel"
                        ("unnamed_source", ["unattributed"])]  # "Some analysts wonder"
    headings = [by_key[(debt, number)]["reading"] for number in (5, 11, 16)]
    assert headings == ["unattributed"] * 3  # the answer "In short, no." and the two question headings kept
    groups = [(by_key[(barr, number)]["reading"], by_key[(barr, number)]["rule"]) for number in (11, 15)]
    assert groups == [("unnamed_source", "6,7")] * 2  # "Democrats blasted", "Democrats are demanding"
    split = [(by_key[(barr, number)]["reading"], by_key[(barr, number)]["rule"]) for number in (23, 24)]
    assert split == [("named_official", "9")] * 2  # Trump's tweet and its cue, split by the segmentation
    summary = by_key[(barr, 19)]  # "Mueller said ..., according to Barr's summary"
    assert (summary["reading"], summary["alt"], summary["rule"]) == ("named_official", ["document"], "1")
    politico = [(by_key[(tour, number)]["reading"], by_key[(tour, number)]["alt"]) for number in (19, 20, 23)]
    assert politico == [("unattributed", ["cited_outlet"])] * 3  # the writer's, Politico credited only in [21]
    speech = [by_key[key] for key in ((tour, 5), (tour, 10), (tour, 15), (tour, 24), (pelosi, 0), (pelosi, 3),
                                      (pelosi, 12), (history, 10))]
    assert all(row["reading"] in {"named_official", "named_person"} and "7" in row["rule"].split(",")
               and "unattributed" in row["alt"] for row in speech)  # speech acts with content, the writer's in alt
    peterson = {by_key[(thinkspot, number)]["reading"] for number in (1, 4, 5, 6, *range(8, 19), 20, 21)}
    assert peterson == {"named_person"}  # the academic, his site's founder in alt
    assert all(by_key[(thinkspot, number)]["alt"] == ["named_official"] for number in (1, 4, 5, 6, *range(8, 19), 20, 21))
    official = [by_key[(garner, number)]["rule"] for number in (5, 6, 7, 8, 9)]
    assert official == ["table", "2", "3", "2", "2"]  # "according to a senior official", then "the official"
    acts = [by_key[key] for key in ((garner, 2), (garner, 4), (barr, 16), (tour, 0), (tour, 2), (delhi, 0),
                                    (pensacola, 1), (pensacola, 5), (thinkspot, 0), (thinkspot, 3), (history, 8))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)
