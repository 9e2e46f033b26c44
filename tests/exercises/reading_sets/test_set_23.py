"""docs/exercise_agreement_heldout23.jsonl: the twenty-third reading set (seed 1223), read blind.

Its section of docs/exercise_agreement.md: "The twenty-third reading set (stop 33; the rule, and the
draw)".
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

TWENTY_THIRD_SET = [  # the draw of docs/exercise_agreement.md ("the twenty-third reading set"), in its order
    "Y0aucqqAo5vtSjBo", "CqreMypxZqhn3iQc", "hMzrEQlLqcU2ZeCf", "g4IlOLCFkHCmJAI8",
    "5oLitu6VvPIP6fT7", "QzA1xVsMn8RJlVTn", "lOLl0AE9XdKpoObs", "3q4oCOSRctpVjQ7F",
    "xDgdNPEBm0m4dtDq", "TcPfkuQeJXwPgu7W", "ODLlYcDnLxVqHxqA", "YT1eTlMyKlCslq1f",
    "ysY0zMHstjBCf5DF", "WdAG5LrQGqKdeSxx", "Ybfu7hnnoe45zKuK", "kBIeYKqQXnMuaTKP",
    "idzgI6Rr1QGOB8uT", "2z8Vu637ayfDOass", "c35zhipWkILwXmrG", "1rZeQR8XsCLLIZph",
]


def test_twenty_third_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read23a): 168 statements blind in one run in the draw's order, the counts of the doc.
    166 rows since body1: Bloomberg's two chart lines ([3] and [14], both read boilerplate) are no statements
    now; the article's later rows renumbered."""
    first = reader_part(
        "heldout23", TWENTY_THIRD_SET[:10], 166,
        {"Fox Online News", "New York Times - News", "Newsmax", "Al Jazeera", "Washington Times", "NPR Online News",
         "USA TODAY", "Bloomberg"},
        {"unattributed": 81, "named_official": 37, "unnamed_source": 14, "named_organization": 12,
         "cited_outlet": 11, "named_person": 11, "document": 0, "boilerplate": 0},
        6, {"Y0aucqqAo5vtSjBo", "hMzrEQlLqcU2ZeCf", "QzA1xVsMn8RJlVTn"})
    by_key = {(row["id"], row["statement"]): row for row in first}
    post, gao, pence, iraq, _, telecom, utah, npr, lewinsky, bloomberg = TWENTY_THIRD_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(post, 10): True,  # the Post's "administration officials said"; its terms quoted in [13]
                       (pence, 5): True, (pence, 6): True, (telecom, 0): True, (telecom, 2): True, (telecom, 3): True,
                       (pence, 9): False, (iraq, 0): False, (iraq, 5): False, (telecom, 11): False,
                       (npr, 13): False, (npr, 18): False, (lewinsky, 11): False, (lewinsky, 22): False}
    charts = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert charts == []  # Bloomberg's two chart lines, read boilerplate, are no statements since body1
    washington_post = [by_key[(post, number)]["reading"] for number in (9, 11, 13, 14, 15)]  # its words; relayed
    assert washington_post == ["cited_outlet", "named_person", "cited_outlet", "named_official", "named_official"]
    editorial = [by_key[(utah, number)]["reading"] for number in range(3, 19)]  # the Tribune's, but Obama's words
    assert editorial == ["unattributed"] + ["cited_outlet"] * 7 + ["unattributed"] * 3 + [
        "named_person", "unattributed", "named_official", "cited_outlet", "unattributed"]
    own_poll = {(by_key[(bloomberg, number)]["reading"], by_key[(bloomberg, number)]["rule"][-2:])
                for number in (0, 1, 2, 10, 16, 17, 18, 19)}
    assert own_poll == {("unattributed", "10")}  # Bloomberg's own analysis and poll (rule 10)
    others = [by_key[(bloomberg, number)]["reading"] for number in (11, 12, 20, 13, 21, 3)]
    assert others == ["named_organization", "named_organization", "cited_outlet",  # Langer's; the Post-ABC poll
                      "named_official", "named_official", "named_person"]  # pollsters, as the gold; an AEI fellow
    hedges = [(by_key[key]["rule"], by_key[key]["alt"]) for key in ((iraq, 0), (lewinsky, 11), (npr, 13))]
    assert hedges == [("4", ["unattributed"]), ("4", ["unattributed"]), ("4", ["document", "unattributed"])]
    hu = [(by_key[(npr, number)]["reading"], by_key[(npr, number)]["alt"]) for number in (2, 5)]
    assert hu == [("unattributed", ["cited_outlet"])] * 2  # NPR's own reporter (rule 10)
    pieces = [(by_key[(post, number)]["text"], by_key[(post, number)]["reading"]) for number in (5, 8, 16)]
    assert [reading for _, reading in pieces] == ["named_official"] * 3  # cut off, read with their sentences
    assert pieces[0][0] == "Trump tweeted." and pieces[1][0].startswith("Postal Service") and pieces[2][0] == "\u201d"
    consultant = [(by_key[(gao, number)]["reading"], by_key[(gao, number)]["rule"]) for number in (14, 15)]
    assert consultant == [("named_person", "5")] * 2  # "told The Washington Post": the Post only received it


def test_twenty_third_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read23b): 195 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout23", TWENTY_THIRD_SET[10:], 195,
        {"The Guardian", "ABC News", "Christian Science Monitor", "Wall Street Journal - News", "CNN (Web News)",
         "Politico", "New York Post", "BBC News", "Fox News", "The Hill"},
        {"unattributed": 88, "named_official": 62, "named_person": 14, "unnamed_source": 13,
         "named_organization": 10, "document": 4, "cited_outlet": 1, "boilerplate": 3},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    kanye, note, monitor, wsj, _, politico, post, bbc = TWENTY_THIRD_SET[10:18]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(note, 6): False, (politico, 2): False, (post, 7): False, (post, 15): False,
                       (bbc, 19): False, (bbc, 20): False,
                       **{(wsj, number): False for number in (0, 1, 2, 3, 4, 7, 15)}}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [
        (note, 9), (note, 14), (note, 22)]  # "NOTE IT!" and two capitalized subheadings
    own = [by_key[(note, number)] for number in (7, 10, 11, 12, 13, 23, 24, 25)]  # ABC's own people (rule 10)
    assert {(row["reading"], tuple(row["alt"]), "10" in row["rule"].split(",")) for row in own} == {
        ("unattributed", ("named_person", "cited_outlet"), True)}
    guests = [by_key[(note, number)]["reading"] for number in (2, 15)]  # Carville and Coburn tell the show
    assert guests == ["named_person", "named_official"]
    wire = by_key[(kanye, 10)]  # "Reuters was unable to reach his publicist": the Guardian runs Reuters' copy
    assert (wire["reading"], wire["alt"], wire["rule"]) == ("unattributed", ["cited_outlet"], "8,10")
    routes = [by_key[(kanye, number)]["reading"] for number in (4, 5, 6, 7)]  # McCann's routes, then background
    assert routes == ["named_person", "named_person", "unattributed", "unattributed"]
    video = [(by_key[(post, number)]["reading"], by_key[(post, number)]["rule"]) for number in (0, 1, 2, 3, 5, 6, 16, 17)]
    assert video == [("document", "table"), ("document", "unit"), ("named_organization", "table"),
                     ("cited_outlet", "table"), ("document", "table"), ("named_organization", "1"),
                     ("document", "1"), ("named_organization", "table")]  # "Police said", as the gold reads it
    assert by_key[(post, 1)]["text"] == "while fighting for the cop’s Taser."  # cut at "!", read with its sentence
    stances = [(by_key[(politico, number)]["reading"], by_key[(politico, number)]["alt"]) for number in (9, 15, 13)]
    assert stances == [("unattributed", ["named_official"])] * 2 + [("named_official", ["named_organization"])]
    expected = [by_key[(wsj, number)]["rule"] for number in (0, 15)]  # "is expected to", "are expected to"
    assert expected == ["4", "4"]
    commission = [by_key[(monitor, number)]["reading"] for number in (9, 10, 11, 13, 15)]
    assert commission == ["unattributed"] + ["named_organization"] * 3 + ["named_official"]


def test_twenty_third_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 3 of the 363 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. Closest calls left as read. 361 rows since body1 (Bloomberg's
    two chart lines, boilerplate 5 -> 3)."""
    reviewed, by_key = review_adding_only_alts(
        "heldout23", TWENTY_THIRD_SET[10:] + TWENTY_THIRD_SET[:10], 361,  # 11-20 landed first
        {"unattributed": 169, "named_official": 99, "unnamed_source": 27, "named_person": 25,
         "named_organization": 22, "cited_outlet": 12, "document": 4, "boilerplate": 3}, 6, keyed=True)
    post, npr, note, wsj, cnn = (TWENTY_THIRD_SET[number] for number in (0, 7, 11, 13, 14))
    assert set(reviewed) == {(post, 13), (npr, 16), (wsj, 5)}
    alts = {key: (row["reading"], row["alt"], row["reason_reading"]) for key, row in reviewed.items()}
    assert alts[(post, 13)] == ("cited_outlet", ["unattributed", "unnamed_source"], None)  # the Post's sourcing (rule 8)
    assert alts[(npr, 16)] == ("unattributed", ["named_organization", "unnamed_source"], None)  # unnamed Republicans
    assert alts[(wsj, 5)] == ("unattributed", ["unnamed_source"], None)  # "which has been expected for months"
    officials = by_key[(post, 10)]  # "administration officials said", the terms in the Post's [13]: the closest call
    assert (officials["reading"], officials["alt"], officials["reason_reading"]) == ("unnamed_source", ["cited_outlet"],
                                                                                     True)
    assert (by_key[(post, 16)]["text"], by_key[(post, 16)]["reading"]) == ("\u201d", "named_official")  # a lone mark
    will = [(by_key[(note, number)]["reading"], by_key[(note, number)]["alt"]) for number in (23, 24, 25)]
    assert will == [("unattributed", ["named_person", "cited_outlet"])] * 3  # ABC's own commentator (rule 10)
    sound_off = by_key[(cnn, 12)]  # "Democrats didn't miss a chance to sound off": the DNC chairwoman's, next
    assert (sound_off["reading"], sound_off["alt"]) == ("unattributed", ["named_official"])
    lede = by_key[(wsj, 0)]  # "is expected to announce" (rule 4), the gold reading it both ways
    assert (lede["reading"], lede["alt"], lede["reason_reading"]) == ("unnamed_source", ["unattributed"], False)


def test_twenty_third_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 7cd76db (made once, 19:30:00 UTC; made again into another folder, byte-identical): 101/106
    with alt, 86 strict, 10/10, one agreeing type under a wrong source (judged with each key open). Since body1
    the file holds 101/105: the keyed row Bloomberg [3] (keyed unattributed, read boilerplate: a chart's title and
    source line kept as a statement) went with its statement, the article's later rows renumbered."""
    keyed = assert_held_out_figure("heldout23", statements=361, articles=20, keyed=105, agree=101, strict=86,
                                   reasons=10, reasons_agree=10, wrong_sources=1, per_article_min_max=(1, 9))
    assert reason_misses(keyed) == {}
    guardian = "ODLlYcDnLxVqHxqA"  # Kanye West's run: the rapper, no office; Nathan Gonzales, a newsletter's editor
    assert type_disagreements(keyed) == {
        (guardian, 1): ("named_official", "named_person"), (guardian, 15): ("named_official", "named_person"),
        (guardian, 20): ("named_official", "named_person"),  # an analyst with a title: the reading's judgement
        ("Ybfu7hnnoe45zKuK", 14): ("named_person", "named_official")}  # the DNC chairwoman, her role not found
    wrong = {(row["id"], row["statement"]): row["source_keyed"] for row in keyed if not row["source_ok"]}
    assert wrong == {("hMzrEQlLqcU2ZeCf", 4): "Mr. Pence"}  # "He ticked off issues ... (Mr. Pence has said ...)"
    assert agreeing_through_alt(keyed) == 15  # the type in alt
    per_article = keyed_per_article(keyed, TWENTY_THIRD_SET)
    assert (per_article[9], per_article[10]) == (5, 5)  # median 5; the Washington Times' lOLl0AE9XdKpoObs keys 1
    assert sum(count < 5 for count in per_article) == 8
    assert keyed_types(keyed) == {"named_official": 31, "unattributed": 47, "named_organization": 13,
                                  "unnamed_source": 10, "named_person": 3, "cited_outlet": 1, "document": 0}
