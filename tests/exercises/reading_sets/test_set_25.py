"""docs/exercise_agreement_heldout25.jsonl: the twenty-fifth reading set (seed 1225), read blind.

Its section of docs/exercise_agreement.md: "The twenty-fifth reading set (stop 34; the rule, written
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

TWENTY_FIFTH_SET = [  # the draw of docs/exercise_agreement.md ("the twenty-fifth reading set"), in its order
    "FZJbtVak9akXeI3a", "oRURbsBDftF5yq3N", "9FlmsujqyJq62TI2", "6kV34bSwrVlIk1bN",
    "ZS65rfqQI0XmiwnA", "i1XLfCdhPH1Mg2ni", "EwWfzM9kkoEOPktQ", "0ekZtn39ADgvv0mA",
    "GOQDo255hgBCjKO4", "VzESxEpukuXh0RmZ", "ZIk5rXYofOl3lJzv", "UB3zqdaI7eLfcg0k",
    "FeHbRO9t0Ax2FCNy", "ZdaoPJXUWTTJOuRT", "CR5rINhbxXZMIEwV", "HGrKHDpOoyGN2Tyj",
    "f6vM8PRx2lc8yVbk", "dK3e2ugRnWfFfKvv", "QkOPMM8HxDFnvpQB", "LGkzVdzlv51fPCGL",
]


def test_twenty_fifth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read25a): 187 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout25", TWENTY_FIFTH_SET[:10], 187,
        {"New York Times - News", "Fox Online News", "Politico", "The Guardian", "CBN", "New York Post", "BBC News",
         "Wall Street Journal - News", "Fox News"},
        {"unattributed": 77, "named_official": 54, "unnamed_source": 18, "named_organization": 14,
         "cited_outlet": 12, "named_person": 6, "document": 2, "boilerplate": 4},
        2, {"FZJbtVak9akXeI3a"})
    by_key = {(row["id"], row["statement"]): row for row in first}
    centcom, restaurant, aoc, politico, seattle, cbn, _, girther, wsj, qaeda = TWENTY_FIFTH_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(centcom, 3): True, (centcom, 4): True,  # "who requested anonymity", "on condition of anonymity"
                       (centcom, 10): False, (restaurant, 3): False, (restaurant, 4): False, (cbn, 12): False,
                       **{(girther, number): False for number in (4, 8, 11, 12, 13, 18, 19, 23)},
                       (wsj, 0): False, (wsj, 3): False, (wsj, 4): False, (qaeda, 16): False}
    cut = [(key, row["text"]) for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert [key for key, _ in cut] == [(politico, 0), (girther, 6), (wsj, 18), (wsj, 19)]  # a deck, a link head, a chart
    assert cut[1][1] == "You may also like:" and cut[0][1].startswith("white house Producer-in-chief")
    owner = [(by_key[(restaurant, number)]["reading"], by_key[(restaurant, number)]["alt"][0]) for number in (0, 5, 8)]
    assert owner == [("named_official", "named_person")] * 3  # Mr. King of his own business, as the gold's owner
    assert by_key[(restaurant, 14)]["reading"] == "named_person"  # his bartender
    dots = [(by_key[(aoc, number)]["text"], by_key[(aoc, number)]["reading"]) for number in (9, 10, 12, 13)]
    assert dots == [(".", "named_official")] * 4  # the ellipses' lone dots, read with the quotation (rule 3)
    police = [by_key[(seattle, number)]["reading"] for number in (0, 2, 7, 8, 9, 13, 16, 17, 18)]
    assert police == ["named_organization"] * 3 + ["document", "cited_outlet", "named_official"] + [
        "named_organization"] * 3  # the department and its blog; the video; KIRO-TV; Cuerpo "told the Seattle Times"
    outlets = {by_key[(cbn, number)]["reading"] for number in (4, 5, 6, 8, 9, 13, 14, 15)}
    assert outlets == {"cited_outlet"}  # the Daily Mail and the Daily Wire
    report = (by_key[(girther, 3)]["reading"], [by_key[(qaeda, number)]["reading"] for number in (0, 2, 5, 9, 11)])
    assert report == ("document", ["named_organization"] * 5)  # a medical record; the U.N. panel's report
    believed = by_key[(qaeda, 10)]  # "The Guardian reported that ... is believed to": nobody named behind it (rule 1)
    assert (believed["reading"], believed["alt"], believed["rule"]) == ("cited_outlet", ["unnamed_source"], "1,4")
    analysts = [(by_key[(wsj, number)]["reading"], by_key[(wsj, number)]["alt"]) for number in (8, 10)]
    assert analysts == [("named_person", ["named_official"])] * 2 and by_key[(girther, 20)]["reading"] == "named_person"
    acts = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((aoc, 3), (politico, 10), (wsj, 11), (qaeda, 17))]
    assert acts == [("unattributed", "7")] * 4  # discussed, touted, declined to comment, invited (rule 7)


def test_twenty_fifth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read25b): 191 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout25", TWENTY_FIFTH_SET[10:], 191,
        {"Al Jazeera", "Christian Science Monitor", "CBS News", "The Hill", "The Daily Caller", "USA TODAY",
         "Associated Press", "NPR Online News", "CNN (Web News)", "Washington Times"},
        {"unattributed": 92, "named_official": 36, "named_person": 22, "named_organization": 13,
         "unnamed_source": 11, "cited_outlet": 8, "document": 1, "boilerplate": 8},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    taji, monitor, guam, hill, caller, editorial, arctic, ferguson, church, stone = TWENTY_FIFTH_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(taji, 3): False, (taji, 9): False, (hill, 0): False, (hill, 4): False, (hill, 8): False,
                       (caller, 0): False, (caller, 7): False, (caller, 18): False, (caller, 19): False,
                       (editorial, 15): False, (ferguson, 0): False}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [
        (caller, 24), (caller, 25), (editorial, 0), (editorial, 1), (editorial, 2), (editorial, 29),
        (editorial, 30), (arctic, 6)]  # author line, disclaimer, caption, highlights, standing note, correction
    own = [(by_key[key]["reading"], by_key[key]["alt"], by_key[key]["rule"]) for key in ((taji, 7), (guam, 8))]
    assert own == [("unattributed", ["cited_outlet"], "10")] * 2  # the publisher's own correspondents
    pictures = by_key[(guam, 4)]  # "Pictures from North Korean state media showed ..., Ben Tracy reports."
    assert (pictures["reading"], pictures["alt"], pictures["rule"]) == ("cited_outlet", ["document", "unattributed"],
                                                                        "1,10")
    broadcasters = [by_key[key]["reading"] for key in ((taji, 1), (guam, 0))]  # state television, state radio
    assert broadcasters == ["cited_outlet"] * 2
    reports = [by_key[(hill, number)]["reading"] for number in (0, 1, 2, 3, 5, 9)]  # "reportedly", then named
    assert reports == ["unnamed_source"] + ["cited_outlet"] * 5
    fiorina = by_key[(monitor, 1)]  # a candidate holding no office, as earlier readings read Ben Carson
    assert (fiorina["reading"], fiorina["alt"]) == ("named_person", ["named_official"])
    credit = by_key[(stone, 6)]  # the credit of Stone's second post, cut off as its own unit
    assert (credit["text"], credit["reading"]) == ("Mr. Stone wrote in the second post.", "named_person")
    assert [by_key[(stone, number)]["rule"] for number in (7, 8)] == ["1", "5"]  # the book relays; the paper receives
    quoted = by_key[(editorial, 12)]  # the standards' own words quoted in the editorial
    assert (quoted["reading"], quoted["alt"]) == ("document", ["unattributed"])
    synod = {(by_key[(church, number)]["reading"], tuple(by_key[(church, number)]["alt"])) for number in range(6, 10)}
    assert synod == {("named_official", ("named_person",))}  # a vicar speaking as a member of the synod
    acts = [by_key[key]["reading"] for key in ((ferguson, 1), (ferguson, 12), (ferguson, 22), (stone, 0), (caller, 8))]
    assert acts == ["unattributed"] * 5  # plain acts and stances (rule 7)


def test_twenty_fifth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 2 of the 378 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. Closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout25", TWENTY_FIFTH_SET, 378,  # 1-10 landed first: the draw's order
        {"unattributed": 169, "named_official": 90, "unnamed_source": 29, "named_person": 28,
         "named_organization": 27, "cited_outlet": 20, "document": 3, "boilerplate": 12}, 2, keyed=True)
    centcom, _, aoc, _, _, cbn, _, girther, wsj, _, taji, _, _, hill, _, editorial, _, ferguson = TWENTY_FIFTH_SET[:18]
    assert set(reviewed) == {(hill, 10), (editorial, 18)}
    alts = {key: (row["reading"], row["alt"], row["reason_reading"]) for key, row in reviewed.items()}
    assert alts[(hill, 10)] == ("unattributed", ["named_official", "unnamed_source"], None)  # "some Republicans, including"
    assert alts[(editorial, 18)] == ("unattributed", ["named_person", "unnamed_source"], None)  # "leading conservatives"
    like = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((ferguson, 12), (wsj, 5))]  # the readers' own
    assert like == [("unattributed", ["unnamed_source", "named_official"]), ("named_official", ["unnamed_source"])]
    claims = by_key[(centcom, 4)]  # "made similar claims, on condition of anonymity, to The New York Times"
    assert (claims["reading"], claims["alt"], claims["reason_reading"]) == ("unnamed_source", ["unattributed"], True)
    hedges = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((hill, 8), (cbn, 12))]  # no outlet said to relay
    assert hedges == [("unnamed_source", [])] * 2
    spokesman = by_key[(taji, 3)]  # "a spokesman said on Twitter", the coalition's account in alt
    assert (spokesman["reading"], spokesman["alt"], spokesman["rule"]) == ("unnamed_source", ["named_organization"], "6")
    assert {by_key[(aoc, number)]["reading"] for number in (9, 10, 12, 13)} == {"named_official"}  # lone dots
    questioned = [(by_key[(girther, number)]["reading"], by_key[(girther, number)]["alt"]) for number in (22, 13)]
    assert questioned == [("unattributed", ["unnamed_source"]), ("unnamed_source", ["unattributed"])]


def test_twenty_fifth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 49fbd91 (made once, 21:35:06 UTC; made again into another folder, byte-identical): 104/106
    with alt, 97 strict, 6/6, one agreeing type under a wrong source (judged with each key open)."""
    keyed = assert_held_out_figure("heldout25", statements=378, articles=20, keyed=106, agree=104, strict=97,
                                   reasons=6, reasons_agree=6, wrong_sources=1, per_article_min_max=(1, 11))
    assert reason_misses(keyed) == {}
    assert type_disagreements(keyed) == {
        ("VzESxEpukuXh0RmZ", 0): ("unattributed", "named_organization"),  # "a U.N. panel is warning that": no cue found
        ("QkOPMM8HxDFnvpQB", 3): ("named_person", "named_official")}  # the Archbishop of Canterbury, given no office
    wrong = {(row["id"], row["statement"]): row["source_keyed"] for row in keyed if not row["source_ok"]}
    assert wrong == {("CR5rINhbxXZMIEwV", 2): "AFL-CIO President Richard Trumka"}  # "Mary Kay Henry, ..., claimed"
    assert agreeing_through_alt(keyed) == 7  # the type in alt
    per_article = keyed_per_article(keyed, TWENTY_FIFTH_SET)
    assert (per_article[9], per_article[10]) == (5, 5)  # median 5; CBN's and the Washington Times' keys hold 1
    assert sum(count < 5 for count in per_article) == 7
    assert keyed_types(keyed) == {"named_official": 28, "unattributed": 50, "named_organization": 6,
                                  "unnamed_source": 9, "named_person": 7, "cited_outlet": 6, "document": 0}
