"""docs/exercise_agreement_heldout34.jsonl: the thirty-fourth reading set (seed 1234), read blind.

Its section of docs/exercise_agreement.md: "The thirty-fourth reading set (stop 39; the rule, written
before the draw)".
"""

from __future__ import annotations

from reading_set_checks import (
    assert_held_out_figure,
    keyed_per_article,
    keyed_types,
    reader_part,
    reason_misses,
    review_adding_only_alts,
    rows,
    type_disagreements,
)

THIRTY_FOURTH_SET = [  # the draw of docs/exercise_agreement.md ("the thirty-fourth reading set"), in its order
    "Lhnmy5iQq0JiDAyC", "7tRFuvquWc3TNMzp", "mksYsXoMGmIAban2", "ZeQ9JqtiThKK9dcq",
    "x3ZnYVSz587YSHag", "SlN99FRRoHZQJArg", "5menwyvNz9Cv4T0C", "hoPxJNyP8XtTmkov",
    "zi3GYfRkW55isWJ9", "98VKvXjzwDCCZbz2", "b7zCebtDxe09Z6D3", "yPN6EXolKbbUbrCo",
    "94PtIB8YLsM7vUer", "LwFlIg8PxPb0Igxy", "muCooe761WN3kjzO", "5PGXcd5Pt0bwG00t",
    "bCZtcAwZkZh3xSEu", "nBGbTudTomEG58CZ", "PDS7kxRVTItATiow", "HTMbylbVt4pXWgSh",
]


def test_thirty_fourth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read34a): 192 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout34", THIRTY_FOURTH_SET[:10], 192,
        {"ABC News", "NPR Online News", "CBS News", "Reuters", "New York Times - News", "Breitbart News",
         "Wall Street Journal - News", "Fox News", "The Hill", "Christian Science Monitor"},
        {"unattributed": 92, "named_official": 63, "named_organization": 15, "unnamed_source": 8,
         "named_person": 8, "cited_outlet": 3, "document": 0, "boilerplate": 3},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    sizes = [30, 19, 21, 16, 10, 14, 17, 25, 14, 26]  # each article's statements, numbered from zero
    assert [row["statement"] for row in first] == [number for size in sizes for number in range(size)]
    assert all(row["reading"] not in row["alt"] for row in first)
    rally, repeal, phase4, opioid, jerusalem, sunday, kavanaugh, funeral, huawei, ukraine = THIRTY_FOURTH_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(repeal, 16): False, (opioid, 4): False,
                       **{(ukraine, number): False for number in (1, 3, 10, 17, 22, 25)}}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [(sunday, 11), (sunday, 12), (sunday, 13)]
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [(ukraine, 2), (ukraine, 11), (ukraine, 12)]
    assert by_key[(ukraine, 12)]["rule"] == "3"  # the Guardian's account going on
    assert {(by_key[(rally, number)]["reading"], tuple(by_key[(rally, number)]["alt"])) for number in (2, 3, 4, 5, 6, 7)} == {
        ("named_official", ("named_person",))}  # Trump campaigning in 2015, as earlier readings settled a candidate
    former = {(by_key[(funeral, number)]["reading"], tuple(by_key[(funeral, number)]["alt"])) for number in (14, 15, 17, 18, 19, 20, 21)}
    assert former == {("named_person", ("named_official",))}  # the Obamas and the Clintons in no office
    assert {(by_key[(funeral, number)]["reading"], tuple(by_key[(funeral, number)]["alt"])) for number in (10, 11, 12)} == {
        ("named_official", ("named_person",))}  # the first lady
    announced = by_key[(rally, 27)]  # "announced their support ... in a coordinated burst"
    assert (announced["reading"], announced["alt"], announced["rule"]) == ("unattributed", ["named_official"], "7")
    hedges = [(by_key[key]["reading"], by_key[key]["alt"], by_key[key]["rule"]) for key in ((rally, 20), (phase4, 2))]
    assert hedges == [("unattributed", ["unnamed_source"], "4")] * 2  # "it appeared", "an estimated"
    asides = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((repeal, 4), (jerusalem, 8))]
    assert asides == [("unattributed", ["unnamed_source"])] * 2  # "with a new study showing", "according to human rights groups"
    assert (by_key[(jerusalem, 7)]["reading"], by_key[(jerusalem, 7)]["alt"]) == ("named_organization", [])  # the UN's figure
    relayed = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((repeal, 15), (ukraine, 14))]
    assert relayed == [("named_official", ["cited_outlet"])] * 2  # via the Miami Herald, the Times' interview
    judge = by_key[(opioid, 0)]  # "An Oklahoma judge on Friday said": Balkman, named in [1]
    assert (judge["reading"], judge["alt"], judge["rule"]) == ("named_official", ["unattributed", "unnamed_source"], "6,7")
    rulings = [by_key[(opioid, number)] for number in (2, 6, 8, 11)]  # reduced, ruled, awarded ... saying, concluded
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and "named_official" in row["alt"] for row in rulings)
    calls = by_key[(kavanaugh, 10)]  # "also spoke to": the White House's list going on
    assert (calls["reading"], calls["alt"], calls["rule"]) == ("named_organization", ["unattributed", "named_official"], "3")
    poll = by_key[(sunday, 4)]  # the publisher's own Breitbart News/Gravis poll
    assert (poll["reading"], poll["alt"]) == ("named_organization", ["unattributed"])
    bills = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((phase4, 5), (phase4, 6), (repeal, 18))]
    assert bills == [("unattributed", ["document"])] * 3  # the writer's summaries of a bill
    acts = [row for row in first if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert len(acts) == 23 and all(row["alt"] for row in acts)  # every plain act has its actor in alt
    assert {row["reading"] for row in first if row["id"] == jerusalem and row["statement"] not in (7,)} == {"unattributed"}
    tweet = [(by_key[(huawei, number)]["reading"], by_key[(huawei, number)]["rule"]) for number in (3, 4)]
    assert tweet == [("named_official", "9")] * 2  # Rubio's embedded tweet, its credit line left out


def test_thirty_fourth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read34b): 197 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout34", THIRTY_FOURTH_SET[10:], 197,
        {"USA TODAY", "Newsmax", "The Guardian", "New York Post", "Associated Press", "BBC News", "Bloomberg",
         "Daily Beast", "Washington Times", "The Daily Caller"},
        {"named_official": 86, "unattributed": 69, "named_person": 23, "unnamed_source": 10,
         "named_organization": 7, "document": 1, "cited_outlet": 0, "boilerplate": 1},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    housing, barr, ivanka, phase4, seattle, council, yuan, gabbard, disclose, mob = THIRTY_FOURTH_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(housing, 7): False, (housing, 14): False, (ivanka, 4): False, (ivanka, 16): False,
                       (ivanka, 27): False, (phase4, 6): False, (phase4, 7): False, (phase4, 11): False,
                       (phase4, 13): False, (council, 2): False}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [(mob, 34)]  # the t.co link
    affidavit = by_key[(seattle, 1)]  # "The Seattle Times reports ..., according to an affidavit"
    assert (affidavit["reading"], affidavit["alt"], affidavit["rule"]) == ("document", ["cited_outlet"], "1")
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [(seattle, 1)]
    outlets = [(by_key[(seattle, number)]["reading"], by_key[(seattle, number)]["rule"]) for number in (4, 6, 7)]
    assert outlets == [("named_organization", "7"), ("named_organization", "2,7"), ("named_organization", "2")]
    lawyers = {(by_key[(seattle, number)]["reading"], tuple(by_key[(seattle, number)]["alt"])) for number in (2, 3, 5)}
    assert lawyers == {("named_person", ("named_official",))}  # Esler, Stahl: a client's lawyer
    editor = by_key[(seattle, 8)]  # Gawlowski's declaration
    assert (editor["reading"], editor["alt"]) == ("named_official", ["named_person", "document"])
    condemned = [(by_key[key]["reading"], by_key[key]["alt"], by_key[key]["rule"])
                 for key in ((ivanka, 0), (council, 10), (mob, 15), (mob, 21))]
    assert condemned == [("named_official", ["unattributed"], "7"), ("named_official", ["unattributed"], "7"),
                         ("named_official", ["unattributed"], "7"), ("named_person", ["unattributed"], "7")]
    criticism = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((council, 9), (council, 12), (disclose, 5))]
    assert criticism == [("unattributed", ["unnamed_source"])] * 3  # no words given: the writer's
    chants = {(by_key[(mob, number)]["reading"], by_key[(mob, number)]["rule"]) for number in range(4, 11)}
    assert chants == {("unattributed", "7")} and all("unnamed_source" in by_key[(mob, n)]["alt"] for n in range(4, 11))
    group = [(by_key[(mob, number)]["reading"], by_key[(mob, number)]["rule"]) for number in (12, 36)]
    assert group == [("named_organization", "9"), ("named_organization", "7")]
    kelly = {(by_key[(mob, number)]["reading"], by_key[(mob, number)]["rule"]) for number in range(28, 34)}
    assert kelly == {("named_person", "9")}  # the embedded tweet
    post = by_key[(phase4, 3)]  # "the Kentucky Republican told the Washington Post"
    assert (post["reading"], post["alt"], post["rule"]) == ("named_official", ["cited_outlet"], "2,5")
    republicans = [(by_key[(phase4, number)]["reading"], by_key[(phase4, number)]["alt"]) for number in (6, 7)]
    assert republicans == [("unnamed_source", ["named_official", "named_organization"])] * 2
    analysts = {(by_key[(yuan, number)]["reading"], tuple(by_key[(yuan, number)]["alt"]))
                for number in (5, 6, 12, 16, 17, 19, 20)}
    assert analysts == {("named_person", ("named_official",))}  # as earlier readings read a firm's strategist
    survey = by_key[(yuan, 2)]  # "surveyed by Bloomberg": the publisher's own voice
    assert (survey["reading"], survey["alt"], survey["rule"]) == ("unattributed", ["cited_outlet"], "10")
    assert (by_key[(yuan, 14)]["reading"], by_key[(yuan, 14)]["alt"]) == ("named_organization", ["unattributed"])
    bills = {(by_key[(housing, number)]["reading"], tuple(by_key[(housing, number)]["alt"])) for number in (3, 4, 13)}
    assert bills == {("unattributed", ("document",))}
    lede = by_key[(disclose, 0)]  # "The Senate's top Republican", named in [1]
    assert (lede["reading"], lede["alt"], lede["rule"]) == ("named_official", ["unnamed_source"], "6")
    resigned = by_key[(gabbard, 8)]  # her words only in the relative clause
    assert (resigned["reading"], resigned["alt"]) == ("unattributed", ["named_official"])
    hedge = by_key[(ivanka, 6)]  # "The president apparently wanted": the writer's hedge
    assert (hedge["reading"], hedge["alt"]) == ("unattributed", ["unnamed_source"])
    assert all(by_key[(barr, number)]["reading"] == "named_official" for number in range(14) if number != 2)


def test_thirty_fourth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 4 of the 389 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. One source read one way through a passage, a speech act whose
    words follow given the writer's account in alt as its like rows have it; closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout34", THIRTY_FOURTH_SET[10:] + THIRTY_FOURTH_SET[:10], 389,  # 11-20 landed first
        {"unattributed": 161, "named_official": 149, "named_person": 31, "named_organization": 22,
         "unnamed_source": 18, "boilerplate": 4, "cited_outlet": 3, "document": 1}, 0, keyed=True)
    rally, _, phase4, _, _, _, kavanaugh, funeral, huawei, ukraine = THIRTY_FOURTH_SET[:10]
    housing, barr, ivanka, post_phase4, seattle, council, yuan, _, _, mob = THIRTY_FOURTH_SET[10:]
    added = {(barr, 0): ("named_official", ["document"]),  # Barr relaying Mueller's findings: the report
             (seattle, 6): ("named_organization", ["unattributed", "document", "cited_outlet"]),  # the outlets
             (seattle, 7): ("named_organization", ["document", "cited_outlet"]),  # "They say"
             (kavanaugh, 11): ("named_official", ["unattributed"])}  # "taunted a crowd", the words follow
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 170 + 4  # the readers' 170 alts and the review's 4
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    assert all("document" in by_key[(barr, number)]["alt"] for number in (0, 7, 12, 13))  # the report one way
    assert all("cited_outlet" in by_key[(seattle, number)]["alt"] for number in (4, 6, 7))  # the outlets one way
    follow = [(huawei, 0), (huawei, 5), (ivanka, 0), (mob, 15), (mob, 21), (kavanaugh, 11)]
    assert all("unattributed" in by_key[key]["alt"] for key in follow)  # acts whose words follow
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((yuan, 14), (huawei, 8), (post_phase4, 3), (ivanka, 3), (phase4, 13), (council, 0), (yuan, 0),
              (housing, 11), (rally, 15), (rally, 20), (ukraine, 3), (kavanaugh, 16), (funeral, 9))]
    assert close == [("named_organization", ["unattributed"]),  # the U.S. labeled China, China rejects
                     ("unattributed", ["named_organization"]),  # the U.S. government designated Huawei
                     ("named_official", ["cited_outlet"]),  # told the Washington Post
                     ("named_official", []),  # told ABC News: the outlet receives
                     ("named_official", []),  # McConnell to Hugh Hewitt
                     ("unattributed", ["named_official"]),  # Trump dropping plans: the writer's lede
                     ("unattributed", []),  # "stronger than analysts expected"
                     ("unattributed", []),  # "The bill's prospects appear dim"
                     ("unattributed", []),  # "appearing to cultivate"
                     ("unattributed", ["unnamed_source"]),  # "it appeared"
                     ("unnamed_source", ["named_organization"]),  # "Officials also said"
                     ("unattributed", []),  # Capitol Police arrests: background
                     ("unattributed", [])]  # "attended the service": background


def test_thirty_fourth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 61c4859 (made once, 09:49:41 UTC on 6 December, seven seconds before the thirty-fifth
    set's; made again into another folder, byte-identical): 168/168 with alt, 160 strict, 8/8, one agreeing type
    under a wrong source (judged with each key open)."""
    filled = [row for row in rows("heldout34") if row["keyed"] is not None]
    assert type_disagreements(filled) == {}  # every keyed type is the reading's or in its alt
    assert reason_misses(filled) == {}
    keyed = assert_held_out_figure("heldout34", statements=389, articles=20, keyed=168, agree=168, strict=160,
                                   reasons=8, reasons_agree=8, wrong_sources=1, per_article_min_max=(1, 19))
    assert [(row["id"], row["statement"]) for row in keyed if row["reason_keyed"]] == []  # no terms anywhere
    wrong = {(row["id"], row["statement"]): row["source_keyed"] for row in keyed if row["source_ok"] is False}
    assert wrong == {("zi3GYfRkW55isWJ9", 5):  # Schumer "also pushed back": the relative clause's cue taken
                     "also pushed back on Trump's reported move, which the president"}
    through = {(row["id"], row["statement"]): row["keyed"] for row in keyed if row["keyed"] != row["reading"] and row["agree"]}
    assert through == {("b7zCebtDxe09Z6D3", 14): "unattributed",  # "Mocked by Republicans ...": the writer's
                       ("bCZtcAwZkZh3xSEu", 16): "named_official",  # Emons, a firm's managing director
                       ("bCZtcAwZkZh3xSEu", 17): "named_official",
                       ("bCZtcAwZkZh3xSEu", 19): "named_official",  # Innes, a firm's managing director
                       ("bCZtcAwZkZh3xSEu", 20): "named_official",
                       ("HTMbylbVt4pXWgSh", 11): "named_organization",  # "The group posted a picture"
                       ("hoPxJNyP8XtTmkov", 14): "named_official",  # the Obamas, in no office
                       ("98VKvXjzwDCCZbz2", 24): "unattributed"}  # "Conflicting reports ..., with Lavrov saying"
    per_article = keyed_per_article(keyed, THIRTY_FOURTH_SET)
    assert (per_article[9], per_article[10]) == (7, 10)  # median 8.5; the AP's key holds 1, the Guardian's 19
    assert sum(count < 5 for count in per_article) == 5
    assert keyed_types(keyed) == {"named_official": 98, "unattributed": 45, "named_person": 9, "unnamed_source": 8,
                                  "named_organization": 6, "cited_outlet": 2, "document": 0}
