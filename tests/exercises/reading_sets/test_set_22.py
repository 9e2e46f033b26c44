"""docs/exercise_agreement_heldout22.jsonl: the twenty-second reading set (seed 1222), read blind.

Its section of docs/exercise_agreement.md: "The twenty-second reading set (stop 33; the rule, and
the draw)".
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

TWENTY_SECOND_SET = [  # the draw of docs/exercise_agreement.md ("the twenty-second reading set"), in its order
    "t08zdWUhQ90iT9Rb", "HKzzIfjdeLnteqix", "Aaa12W06dUT2O0ND", "XrqocYvZO2VtpIoz",
    "aA4JFLaTsfxhIric", "inDwsF0fY8DQmmcc", "uHcnkYw0aRDUDrju", "3QXho2w41d26OfrH",
    "EiYAVumdqmHT0o3b", "Ax3LMEYh4wjOHGJy", "47PQpoCoz48E1n3y", "a9Dm9KoV4GPrKSg0",
    "TPIpgYSQ8VdIMlZL", "GJTc6YZHrmsExTaS", "95yyKQ9eWk4jiuOR", "92ZCA9FUhUKNFOvt",
    "iFAO4R6ogThl4nL0", "MvHxCUOUGHDgsubM", "Qky43HgfcEo8gWBd", "4JiYMo5h5aX3uen7",
]


def test_twenty_second_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read22a): 186 statements blind in one run in the draw's order (after 11-20, which landed first),
    the counts of the doc."""
    first = reader_part(
        "heldout22", TWENTY_SECOND_SET[:10], 186,
        {"Fox Online News", "New York Times - News", "BBC News", "USA TODAY", "New York Post", "ABC News",
         "Associated Press", "Politico"},
        {"named_official": 66, "unattributed": 53, "unnamed_source": 29, "named_organization": 23,
         "named_person": 8, "document": 4, "cited_outlet": 2, "boilerplate": 1},
        12, {"t08zdWUhQ90iT9Rb", "Aaa12W06dUT2O0ND"})
    by_key = {(row["id"], row["statement"]): row for row in first}
    farook, zuckerberg, warren, bias, milo, ads, pot, sacklers, hopkins, priebus = TWENTY_SECOND_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    exclusive = {(farook, number): True for number in (0, 1, 3, 7, 8, 9, 10, 13)}  # the terms of [13]
    friend = {(warren, number): True for number in (9, 10, 11, 12)}  # "who requested anonymity to protect ..."
    post = {(pot, number): False for number in (1, 10, 11, 12, 13, 14, 15, 16)}  # a description is no reason
    assert unnamed == {**exclusive, **friend, **post, (farook, 4): False, (farook, 11): False,  # "reportedly"
                       (farook, 12): False, (warren, 3): False, (bias, 11): False, (sacklers, 9): False,
                       (sacklers, 10): False, (sacklers, 11): False, (sacklers, 16): False}  # "anonymous": no terms
    links = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert links == [(milo, 24)]  # "Read more about this:"
    ivers = {(row["reading"], row["alt"][-1]) for (article_id, number), row in by_key.items()
             if article_id == milo and number in (1, *range(6, 22))}
    assert ivers == {("named_official", "named_person")}  # the publisher's editor, his notes in that role
    refusals = [(by_key[(farook, number)]["reading"], by_key[(farook, number)]["rule"]) for number in (14, 15, 16)]
    assert refusals == [("unattributed", "7")] * 3  # quoted refusals are declining to comment
    pieces = [(by_key[key]["text"], by_key[key]["reading"]) for key in ((zuckerberg, 9), (zuckerberg, 10), (pot, 14))]
    assert pieces == [('"Is that the Internet we want?"', "named_official"), ("Zuckerberg said.", "named_official"),
                      ("\u201cIt\u2019s.", "unnamed_source")]  # cut off, read with their sentences
    narrator = [(by_key[(ads, number)]["reading"], by_key[(ads, number)]["alt"]) for number in (5, 6, 7)]
    assert narrator == [("named_organization", ["unnamed_source"])] * 3  # the group's ad, its narrator unnamed
    filings = [(by_key[(sacklers, number)]["reading"], by_key[(sacklers, number)]["alt"]) for number in (0, 1, 2)]
    assert filings == [("named_organization", ["document"])] * 2 + [("document", ["named_organization"])]
    shapiro = by_key[(sacklers, 12)]  # surname only, one of the state attorneys general of [11]
    assert (shapiro["reading"], shapiro["alt"]) == ("named_official", ["named_person"])
    lawsuit = [by_key[(hopkins, number)]["reading"] for number in (1, 2, 5, 11, 12)]
    assert lawsuit == ["cited_outlet", "named_organization", "named_organization", "document", "document"]
    assert (by_key[(priebus, 11)]["reading"], by_key[(priebus, 11)]["alt"]) == ("document", ["named_organization"])
    candidates = [by_key[(bias, number)] for number in (4, 7, 8)]  # Clinton in 2016, no office in the text
    assert {(row["reading"], tuple(row["alt"])) for row in candidates} == {("named_official", ("named_person",))}


def test_twenty_second_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read22b): 196 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout22", TWENTY_SECOND_SET[10:], 196,
        {"Bloomberg", "NPR Online News", "Wall Street Journal - News", "Fox News", "Washington Times", "Newsmax",
         "CBN", "The Hill", "Christian Science Monitor", "CBS News"},
        {"unattributed": 64, "named_organization": 50, "named_official": 43, "named_person": 14,
         "unnamed_source": 14, "cited_outlet": 6, "document": 3, "boilerplate": 2},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    taxes, china, hand_sign, melania, poll, apple, order, committee, ebola, koch = TWENTY_SECOND_SET[10:]
    unnamed = sorted(key for key, row in by_key.items() if row["reading"] == "unnamed_source")
    assert unnamed == sorted([(china, number) for number in (13, 15, 17, 25)]
                             + [(order, number) for number in (0, 9, 10, 16, 17, 19, 20)]
                             + [(committee, 7), (ebola, 4), (ebola, 13)])  # no terms given ("unnamed nurses")
    links = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert links == [(hand_sign, 17), (order, 18)]  # "Write to Ben Kesling at ..."; "Follow @CBNNews, ..."
    langfitt = [(by_key[(china, number)]["reading"], by_key[(china, number)]["rule"]) for number in (6, 7, 8, 9, 16)]
    assert langfitt == [("unattributed", "10"), ("named_organization", "1,10"), ("unattributed", "10"),
                        ("document", "table"), ("unattributed", "3,10")]  # NPR's own correspondent and what he relays
    relayed = [(by_key[(china, number)]["reading"], by_key[(china, number)]["alt"]) for number in (2, 18, 19)]
    assert relayed == [("named_organization", ["cited_outlet"]), ("cited_outlet", ["unnamed_source"]),
                       ("document", ["cited_outlet"])]  # the ministry via AFP; Xinhua; a report via Xinhua (rule 1)
    spokesman = by_key[(hand_sign, 1)]  # "according to a West Point spokesman": Ophardt, named in [6] (rule 6)
    assert (spokesman["reading"], spokesman["alt"], spokesman["rule"]) == ("named_official", ["unnamed_source"], "6")
    first_lady = {(by_key[(melania, number)]["reading"], by_key[(melania, number)]["alt"][0]) for number in (0, 2, 3, 5)}
    assert first_lady == {("named_official", "named_person")}  # as the twenty-first set read Michelle Obama
    figures = [by_key[(poll, number)]["reading"] for number in range(27)]
    assert figures.count("named_organization") == 22 and figures[:3] == ["named_organization"] * 3  # the poll
    assert [figures[number] for number in (5, 6, 22, 25, 26)] == ["named_official", "named_official"] + [
        "unattributed"] * 3  # its director; the writer's explanation; the method (rule 8)
    harder, cnbc = by_key[(taxes, 6)], by_key[(taxes, 18)]  # a client's lawyer; "first reported by CNBC"
    assert (harder["reading"], harder["alt"], cnbc["reading"]) == ("named_person", ["named_official"], "cited_outlet")
    terms = {by_key[(order, number)]["reading"] for number in (2, 3, 4, 5, 11, 12, 15)}
    assert terms == {"unattributed"}  # the order's terms and the schedule, told by the writer
    acts = [by_key[key]["reading"] for key in ((apple, 8), (committee, 1), (koch, 10), (china, 1))]
    assert acts == ["unattributed"] * 4  # plain acts (rule 7)
    brother = {(by_key[(koch, number)]["reading"], by_key[(koch, number)]["alt"][-1]) for number in (0, 1, 2, 14)}
    assert brother == {("named_person", "named_official")}  # Charles Koch on his brother's death


def test_twenty_second_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 4 of the 382 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. Closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout22", TWENTY_SECOND_SET[10:] + TWENTY_SECOND_SET[:10], 382,  # 11-20 landed first
        {"unattributed": 117, "named_official": 109, "named_organization": 73, "unnamed_source": 43,
         "named_person": 22, "cited_outlet": 8, "document": 7, "boilerplate": 3}, 12, keyed=True)
    farook, warren, milo, hopkins = (TWENTY_SECOND_SET[number] for number in (0, 2, 4, 8))
    taxes, hand_sign, poll = (TWENTY_SECOND_SET[number] for number in (10, 12, 14))
    acts, complaint = [(taxes, 10), (hand_sign, 9)], [(hopkins, 11), (hopkins, 12)]
    assert set(reviewed) == {*acts, *complaint}
    alts = {key: (row["reading"], row["alt"], row["reason_reading"]) for key, row in reviewed.items()}
    assert [alts[key] for key in acts] == [("unattributed", ["named_organization"], None),  # an act (rule 7)
                                           ("unattributed", ["unnamed_source"], None)]  # "came under criticism"
    assert [alts[key] for key in complaint] == [("document", ["named_organization"], None)] * 2  # the plaintiff's
    assert by_key[(hopkins, 2)]["reading"] == "named_organization"  # "It argues ...", the same argument, as read
    told = [by_key[(farook, number)]["reason_reading"] for number in (7, 10, 13)]  # "Fox News is (also) told"
    assert told == [True] * 3  # the exclusive's one source, its terms in [13]: the closest call, left as read
    associate = by_key[(warren, 3)]  # "according to an associate": the friend's terms of [9] are not his
    assert (associate["reading"], associate["reason_reading"]) == ("unnamed_source", False)
    new_poll = by_key[(poll, 0)]  # "according to a new poll", the foundation's, named in the next sentence
    assert (new_poll["reading"], new_poll["alt"]) == ("named_organization", ["unnamed_source", "document"])
    ivers = by_key[(milo, 1)]  # the publisher's editor, his notes in that role; named_person in alt, left as read
    assert (ivers["reading"], ivers["alt"][-1]) == ("named_official", "named_person")


def test_twenty_second_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 58d7b9a (made once, 18:35:01 UTC; made again into another folder, byte-identical): 115/120
    with alt, 105 strict, 12/12, one agreeing type under a wrong source (judged with each key open)."""
    keyed = assert_held_out_figure("heldout22", statements=382, articles=20, keyed=120, agree=115, strict=105,
                                   reasons=12, reasons_agree=12, wrong_sources=1, per_article_min_max=(1, 11))
    assert reason_misses(keyed) == {}
    usa_today = "inDwsF0fY8DQmmcc"  # "Carrie Severino, the group's policy director ...": her statement, [15]-[17]
    assert type_disagreements(keyed) == {
        ("3QXho2w41d26OfrH", 0): ("unnamed_source", "named_organization"),  # "some members of the Sackler family"
        (usa_today, 15): ("named_person", "named_official"), (usa_today, 16): ("named_person", "named_official"),
        (usa_today, 17): ("named_person", "named_official"),
        ("t08zdWUhQ90iT9Rb", 5): ("named_person", "named_official")}  # "assistant special agent ..., John D'Angelo"
    wrong = {(row["id"], row["statement"]): row["source_keyed"] for row in keyed if not row["source_ok"]}
    assert wrong == {("GJTc6YZHrmsExTaS", 8): "Continuing"}  # "Continuing, she challenged": the first lady
    assert agreeing_through_alt(keyed) == 10  # the type in alt
    per_article = keyed_per_article(keyed, TWENTY_SECOND_SET)
    assert (per_article[9], per_article[10]) == (6, 7)  # median 6.5; The Hill and the New York Times' Warren key 1
    assert sum(count < 5 for count in per_article) == 7
    assert keyed_types(keyed) == {"named_official": 37, "named_organization": 25, "unattributed": 23,
                                  "unnamed_source": 15, "named_person": 12, "cited_outlet": 4, "document": 4}
