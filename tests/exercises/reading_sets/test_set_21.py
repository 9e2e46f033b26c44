"""docs/exercise_agreement_heldout21.jsonl: the twenty-first reading set (seed 1221), read blind.

Its section of docs/exercise_agreement.md: "The twenty-first reading set (stop 32; the rule, written
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

TWENTY_FIRST_SET = [  # the draw of docs/exercise_agreement.md ("the twenty-first reading set"), in its order
    "eJ0Jaqqpo3ROHaK4", "T1SJVTh5ZYDfMIgZ", "l3W8bAqRAlPecbuQ", "oLlBzDRgHGUiTbdF",
    "Cgnr2g77N6wKkzG9", "T4eu63HPuRrljltg", "Il3OZaGP0xUJrWo6", "1GXAx0VasPgM5YWM",
    "qZGT8m2um415Z3mg", "t1vXVbzaBUceKS4d", "djzHgbr2yp35ooIw", "3Mdppoztn7M4opbN",
    "UIm58FHQeq3gcjdj", "aBwvtgYGR3VspwBZ", "wkbPIv6u5nrLnCvy", "YeoKZS5zospkQKX9",
    "okfsIKTR7xBOMSI8", "1oCO41E2524SwLid", "bpBR5GntXLmkYjDz", "MoiEgekkjyEClZBl",
]


def test_twenty_first_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read21a): 228 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout21", TWENTY_FIRST_SET[:10], 228,
        {"New York Times - News", "USA TODAY", "Fox Online News", "CBS News", "Al Jazeera", "The Hill", "Politico"},
        {"named_official": 93, "unattributed": 65, "named_person": 31, "named_organization": 22,
         "unnamed_source": 10, "document": 0, "cited_outlet": 0, "boilerplate": 7},
        4, {"eJ0Jaqqpo3ROHaK4", "l3W8bAqRAlPecbuQ"})
    by_key = {(row["id"], row["statement"]): row for row in first}
    cia, turkey, total, kavanaugh, sanders, facebook, nepal, aoc, gop = TWENTY_FIRST_SET[:1] + TWENTY_FIRST_SET[2:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(cia, 2): True, (cia, 3): True, (cia, 4): True, (turkey, 17): True,  # terms stated
                       (kavanaugh, 7): False, (nepal, 19): False, (nepal, 20): False, (nepal, 23): False,
                       (gop, 6): False, (gop, 13): False}  # "Privately" is no term of anonymity
    links = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert links == [(facebook, 19), (facebook, 26), (facebook, 29)] + [(aoc, number) for number in (14, 17, 23, 29)]
    tweets = {by_key[(aoc, number)]["reading"] for number in range(30) if (aoc, number) not in links}
    assert tweets == {"named_official"}  # the congresswoman's article and embedded tweets (rule 9)
    quoted = [(by_key[(facebook, number)]["reading"], by_key[(facebook, number)]["alt"]) for number in (13, 14, 15)]
    assert quoted == [("named_organization", ["named_person"]), ("named_person", []),  # the tweet's own words
                      ("named_official", ["named_person"])]  # Zuckerberg quoted in the tweet: a chain (rule 1)
    casey = [(by_key[(cia, number)]["reading"], by_key[(cia, number)]["alt"]) for number in (16, 17)]
    assert casey == [("named_person", ["named_official"]), ("named_official", ["named_person"])]
    letter = [by_key[(kavanaugh, number)]["reading"] for number in (0, 1, 2, 5, 9, 10, 15)]  # chairman; report
    assert letter == ["named_official", "named_organization", "named_organization", "named_organization"] + [
        "named_official"] * 3
    warren = by_key[(sanders, 6)]  # "Warren reportedly said, 'I am a capitalist to my bones.'": her words
    assert (warren["reading"], warren["alt"], warren["rule"]) == ("named_official", ["unnamed_source"], "4")
    polls = [(by_key[(sanders, number)]["reading"], by_key[(sanders, number)]["alt"]) for number in (5, 19, 11)]
    assert polls == [("unattributed", ["unnamed_source"])] * 2 + [("named_person", ["unnamed_source"])]
    spokesman = by_key[(nepal, 24)]  # "A spokesman from India's ruling BJP": Bizay Sonkar Shastri next (rule 6)
    assert (spokesman["reading"], spokesman["alt"]) == ("named_official", ["unnamed_source"])
    pieces = [(by_key[key]["text"], by_key[key]["reading"]) for key in ((total, 17), (aoc, 12))]
    assert pieces == [("he wrote.", "named_person"), ("*", "named_official")]  # cut off, read with their sentences


def test_twenty_first_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read21b): 192 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout21", TWENTY_FIRST_SET[10:], 192,
        {"CNN (Web News)", "CBN", "NPR Online News", "Newsmax", "BBC News", "ABC News", "Christian Science Monitor",
         "Daily Beast", "Associated Press", "Bloomberg"},
        {"unattributed": 79, "named_official": 56, "unnamed_source": 27, "named_person": 15, "cited_outlet": 4,
         "named_organization": 4, "document": 3, "boilerplate": 4},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    cnn, cbn, npr, newsmax, bbc = ("djzHgbr2yp35ooIw", "3Mdppoztn7M4opbN", "UIm58FHQeq3gcjdj", "aBwvtgYGR3VspwBZ",
                                   "wkbPIv6u5nrLnCvy")
    abc, monitor, beast, ap, column = ("YeoKZS5zospkQKX9", "okfsIKTR7xBOMSI8", "1oCO41E2524SwLid",
                                       "bpBR5GntXLmkYjDz", "MoiEgekkjyEClZBl")
    unnamed = sorted(key for key, row in by_key.items() if row["reading"] == "unnamed_source")
    meeting = [(beast, number) for number in (0, 1, 2, 4, 5, 6, 9, 11, 12, 13, 14, 16, 17, 18, 19)]
    assert unnamed == sorted(meeting + [(npr, 3), (npr, 5), (npr, 6), (npr, 13), (cnn, 9), (cnn, 10), (cbn, 4),
                                        (bbc, 16), (bbc, 21), (monitor, 8), (column, 5), (column, 6)])  # no terms
    links = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert links == [(npr, 7), (column, 0), (column, 1), (column, 2)]  # "Our original report continues:"; the credit
    carried = [by_key[(beast, number)] for number in (2, 4, 6, 17)]  # the closed meeting's account, no cue (rule 3)
    assert {(row["reading"], tuple(row["alt"]), row["rule"]) for row in carried} == {
        ("unnamed_source", ("named_official",), "3")}
    aide = by_key[(bbc, 3)]  # "An aide said Mr Sanders would rest ...": Weaver's words in [7] (rule 6)
    assert (aide["reading"], aide["alt"], aide["rule"]) == ("named_official", ["unnamed_source"], "6")
    media = by_key[(bbc, 22)]  # "US media report that ...", as earlier readings take "Chinese state media reported"
    assert (media["reading"], media["alt"]) == ("cited_outlet", ["unnamed_source", "named_official"])
    candidates = [by_key[(cbn, number)] for number in (2, 10, 12, 14, 19)] + [by_key[(newsmax, 8)]]
    assert {(row["reading"], row["alt"][0]) for row in candidates} == {("named_official", "named_person")}
    contributor = [by_key[(ap, number)] for number in (0, 1, 5)]  # Vance, named in [1]; Fox as a company
    assert [(row["reading"], row["rule"]) for row in contributor] == [
        ("named_person", "6,7"), ("named_person", "table"), ("named_organization", "7")]
    court = [by_key[(abc, number)] for number in (1, 3, 4, 5)]  # a ruling; the filings; ABC's own reporting
    assert [(row["reading"], row["rule"]) for row in court] == [
        ("unattributed", "7"), ("document", "table"), ("unattributed", "10"), ("document", "6")]
    split = [by_key[(newsmax, number)]["reading"] for number in (1, 2, 7)]  # "...?" cut from "Paul said On CNN's"
    assert split == ["named_official", "named_official", "unattributed"]
    ponnuru = {number for (article_id, number), row in by_key.items()
               if article_id == column and row["reading"] not in ("unattributed", "boilerplate")}
    assert ponnuru == {5, 6}  # the column is its writer's, but for "Some Republicans" and "Reporters ..."
    counsel = [by_key[(monitor, number)] for number in (1, 11)]  # the ACLU's counsel; a Brookings fellow
    assert [(row["reading"], row["alt"]) for row in counsel] == [
        ("named_official", ["unnamed_source", "named_person"]), ("named_person", [])]


def test_twenty_first_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 6 of the 420 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. Closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout21", TWENTY_FIRST_SET[10:] + TWENTY_FIRST_SET[:10], 420,  # 11-20 landed first
        {"named_official": 149, "unattributed": 144, "named_person": 46, "unnamed_source": 37,
         "named_organization": 26, "cited_outlet": 4, "document": 3, "boilerplate": 11}, 4, keyed=True)
    column, facebook = "T1SJVTh5ZYDfMIgZ", "Il3OZaGP0xUJrWo6"
    wired, writers = [(facebook, number) for number in (9, 10, 11, 12)], [(column, 6), (column, 7)]
    assert set(reviewed) == {*wired, *writers}
    alts = {key: (row["reading"], row["alt"], row["reason_reading"]) for key, row in reviewed.items()}
    assert [alts[key] for key in wired] == [("named_person", ["cited_outlet"], None)] * 4  # as the gold reads Variety's
    assert [alts[key] for key in writers] == [("unattributed", ["unnamed_source"], None)] * 2  # a stance (rule 7)
    assert by_key[(column, 5)]["alt"] == ["named_person"]  # "Writers like Rod Dreher and Daniel Larison", as read
    warren = by_key[("T4eu63HPuRrljltg", 6)]  # "Warren reportedly said, '...'": her quoted words, the closest call
    assert (warren["reading"], warren["alt"]) == ("named_official", ["unnamed_source"])
    aide = by_key[("wkbPIv6u5nrLnCvy", 3)]  # "An aide said": Weaver's words in [7] (rule 6), left as read
    assert (aide["reading"], aide["alt"]) == ("named_official", ["unnamed_source"])
    post = [by_key[("UIm58FHQeq3gcjdj", number)] for number in (3, 4)]  # the Post's friends; "The newspaper says"
    assert [(row["reading"], row["alt"]) for row in post] == [("unnamed_source", ["cited_outlet"]),
                                                             ("cited_outlet", ["unnamed_source"])]


def test_twenty_first_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main fc07d10 (made once, 16:40:02 UTC; made again at 16:40:10, byte-identical): 158/164 with
    alt, 144 strict, 10/10, seven agreeing types under a wrong source (judged with each key open)."""
    keyed = assert_held_out_figure("heldout21", statements=420, articles=20, keyed=164, agree=158, strict=144,
                                   reasons=10, reasons_agree=10, wrong_sources=7, per_article_min_max=(1, 17))
    assert reason_misses(keyed) == {}
    hill = "qZGT8m2um415Z3mg"  # her tweet's paragraphs before the one its credit line ends: not credited to her
    assert type_disagreements(keyed) == {
        ("djzHgbr2yp35ooIw", 6): ("named_organization", "unattributed"),  # "Washington state": "state" as a cue
        (hill, 11): ("unattributed", "named_official"), (hill, 19): ("unattributed", "named_official"),
        (hill, 26): ("unattributed", "named_official"),
        ("t1vXVbzaBUceKS4d", 12): ("unattributed", "named_official"),  # "joined ... Cole's call for Congress to"
        ("wkbPIv6u5nrLnCvy", 15): ("named_official", "named_person")}  # "Mrs Sanders" typed as the senator
    cbn = "3Mdppoztn7M4opbN"  # "the GOP presumptive nominee told supporters" and on: Trump
    wrong = {(row["id"], row["statement"]): row["source_keyed"] for row in keyed if not row["source_ok"]}
    assert wrong == {**{(cbn, number): "Clinton" for number in range(13, 18)},
                     ("UIm58FHQeq3gcjdj", 6): "Intelligence sources",  # a spokeswoman for Cameron
                     ("1oCO41E2524SwLid", 18): "Schumer"}  # "the president replied": Trump
    assert agreeing_through_alt(keyed) == 14  # the type in alt
    per_article = keyed_per_article(keyed, TWENTY_FIRST_SET)
    assert (per_article[9], per_article[10]) == (8, 9)  # median 8.5; Fox Online News Cgnr2g77N6wKkzG9 keys 1
    assert keyed_types(keyed) == {"named_official": 71, "unattributed": 52, "named_person": 16,
                                  "unnamed_source": 12, "named_organization": 11, "cited_outlet": 2, "document": 0}
