"""docs/exercise_agreement_heldout58.jsonl: the fifty-eighth reading set (seed 1258), read blind.

Its section of docs/exercise_agreement.md: "The fifty-eighth reading set (stop 47; the rule, written
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

FIFTY_EIGHTH_SET = [  # the draw of docs/exercise_agreement.md ("the fifty-eighth reading set"), in its order
    "gnZrGwBqE01s5HVt", "DUSdhscuoOF1wHOM", "MbV83fGXDfJXnQLb", "eFw9CUmwCjWtg78R",
    "PAD10Yaiki8jOfJI", "iF4Dn2OlaXbwW45j", "wYtPzRSikp0g8yYJ", "uk31xNmBLKGj0Gfe",
    "AiPTglQuwaWUZCDS", "5j6YUe0QhJCsRBhy", "oORKtFRzjkxzaHIz", "PNxdUcob0JZx1t2M",
    "gqn2rJIuyP4nuSER", "73Wmu4FGtYpyfk6P", "t0f061zc7amxi8qE", "YSgkWThdSlkaxjuN",
    "YK18VvwQUuOHWjJN", "fjWHtOU7sh8hX6zR", "5Xv03LtvC4P6f7og", "wbBSXaxWjMWnjguq",
]


def test_fifty_eighth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read58a): 224 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout58", FIFTY_EIGHTH_SET[:10], 224,
        {"Breitbart News", "New York Times - News", "ABC News", "Politico", "Christian Science Monitor",
         "Al Jazeera", "Newsmax", "CNN (Web News)", "Fox Online News", "The Daily Caller"},
        {"unattributed": 132, "named_official": 42, "named_organization": 31, "unnamed_source": 5,
         "named_person": 3, "cited_outlet": 2, "document": 1, "boilerplate": 8},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    flag, executions, primary, order, neutrality, ramadan, trust, irs, melania, townhall = FIFTY_EIGHTH_SET[:10]
    assert [len([row for row in first if row["id"] == article]) for article in FIFTY_EIGHTH_SET[:10]] == [
        20, 16, 17, 14, 17, 70, 20, 15, 21, 14]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(order, 2): False, (order, 9): False, (order, 10): False, (neutrality, 10): False,
                       (townhall, 13): False}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [*((flag, number) for number in range(15, 20)), (irs, 7), (irs, 8), (irs, 9)]  # bio, video links
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [(flag, 3), (flag, 4)]  # the Mercury
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [(townhall, 3)]  # the screenshots
    assert [key for key, row in by_key.items() if row["reading"] == "named_person"] == [(order, n) for n in (11, 12, 13)]
    study = [(by_key[(executions, number)]["reading"], by_key[(executions, number)]["alt"]) for number in (10, 12, 13, 14, 15)]
    assert study == [("named_organization", ["document"])] * 5  # the National Academy of Sciences' study
    assert {by_key[(ramadan, number)]["reading"] for number in range(70)} == {"unattributed"}  # the publisher's own list
    assert {by_key[(ramadan, number)]["rule"] for number in range(10, 70)} == {"10"}
    poll = [by_key[(trust, number)]["reading"] for number in range(20)]
    assert poll == ["named_organization"] * 13 + ["named_official"] * 2 + ["named_organization"] * 5  # PPP, Debnam
    assert (by_key[(trust, 0)]["rule"], by_key[(trust, 0)]["alt"]) == ("6", ["unnamed_source"])  # "a new survey", named next
    audit = [(by_key[(irs, number)]["reading"], by_key[(irs, number)]["alt"]) for number in (10, 11, 12)]
    assert audit == [("named_organization", ["document"])] * 3  # the inspector general's audit
    hannity = [(by_key[(melania, number)]["reading"], by_key[(melania, number)]["rule"]) for number in (2, 3, 14, 15)]
    assert hannity == [("unattributed", "10"), ("unattributed", "7,10"), ("unattributed", "10"), ("unattributed", "10")]
    first_lady = [by_key[(melania, number)] for number in (0, 1, *range(4, 12), 13, *range(16, 21))]
    assert all(row["reading"] == "named_official" and row["alt"] == ["named_person"] for row in first_lady)
    candidates = [(by_key[(primary, number)]["reading"], by_key[(primary, number)]["alt"]) for number in (8, 9, 15)]
    assert candidates == [("named_official", ["named_person"])] * 3  # Trump and Clinton, the candidates
    assert (by_key[(primary, 0)]["rule"], by_key[(primary, 0)]["alt"]) == ("4", ["unnamed_source"])  # "it seems"
    reportedly = by_key[(townhall, 13)]  # "those forces are reportedly returning"
    assert (reportedly["rule"], reportedly["alt"]) == ("4", ["unattributed"])
    assert (by_key[(flag, 13)]["reading"], by_key[(flag, 13)]["rule"]) == ("named_organization", "5")  # "sent Breitbart News"
    acts = [by_key[key] for key in ((flag, 11), (executions, 5), (executions, 7), (primary, 14), (neutrality, 1),
                                    (neutrality, 5), (neutrality, 8), (neutrality, 13), (irs, 0), (irs, 1), (irs, 4),
                                    (irs, 13), (townhall, 1), (townhall, 2), (townhall, 8), (townhall, 9))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)


def test_fifty_eighth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read58b): 200 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout58", FIFTY_EIGHTH_SET[10:], 200,
        {"The Hill", "Washington Times", "Fox News", "The Guardian", "CBS News", "New York Post",
         "Associated Press", "Wall Street Journal - News", "USA TODAY", "Reuters"},
        {"named_official": 65, "unattributed": 61, "named_organization": 35, "unnamed_source": 20,
         "named_person": 11, "cited_outlet": 6, "document": 2, "boilerplate": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    statues, seat, berkeley, kremlin, pew, prince, boomer, bernanke, arbitration, electors = FIFTY_EIGHTH_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(seat, 9): False, (berkeley, 5): False, (berkeley, 12): False, (berkeley, 17): False,
                       (kremlin, 9): False, **{(prince, number): False for number in (0, 1, 2, 3, 4, 8, 9)},
                       (bernanke, 10): False, **{(arbitration, number): False for number in (6, 7, 10, 11, 16, 17, 18)}}
    assert not [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(berkeley, 21), (berkeley, 22), (berkeley, 23), (prince, 5), (prince, 7), (prince, 10)]
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [(boomer, 11), (bernanke, 16)]
    tweet = [(by_key[(statues, number)]["reading"], by_key[(statues, number)]["rule"]) for number in (6, 7, 8)]
    assert tweet == [("named_official", "9")] * 3  # the embedded tweet, its credit line left out
    ktvu = by_key[(berkeley, 17)]  # "KTVU cited additional reports": the relayed reports, unidentified
    assert (ktvu["rule"], ktvu["alt"]) == ("1", ["cited_outlet"])
    lede = [(by_key[(kremlin, number)]["reading"], by_key[(kremlin, number)]["alt"]) for number in (0, 6)]
    assert lede == [("named_official", ["unnamed_source"])] * 2  # "Russian officials", "other senior lawmakers"
    trenin = [(by_key[(kremlin, number)]["reading"], by_key[(kremlin, number)]["alt"]) for number in range(14, 19)]
    assert trenin == [("named_person", ["named_official"])] * 5  # the Carnegie Moscow Center's director
    survey = [by_key[(pew, number)]["reading"] for number in range(20)]
    assert survey.count("named_organization") == 17 and survey[11] == "unattributed"  # Pew's findings, one claim
    method = [(by_key[(pew, number)]["reading"], by_key[(pew, number)]["rule"]) for number in (1, 6)]
    assert method == [("unattributed", "8")] * 2  # the study's method: the sourcing itself
    filing = [(by_key[(bernanke, number)]["reading"], by_key[(bernanke, number)]["alt"]) for number in (16, 17)]
    assert filing == [("document", ["named_organization"]), ("named_organization", ["document"])]
    opinion = [(by_key[(boomer, number)]["reading"], by_key[(boomer, number)]["alt"]) for number in (10, 11, 12)]
    assert opinion == [("named_official", ["document"]), ("document", ["named_organization", "named_official"]),
                       ("named_official", ["document"])]  # [11]: named_official added to alt by the review
    plaintiffs = by_key[(electors, 11)]  # "The plaintiffs said": Chiafalo and Baca, named in [16]
    assert (plaintiffs["reading"], plaintiffs["rule"]) == ("named_person", "6")
    theirs = by_key[(arbitration, 22)]  # "They said": Consumers Union, the Legion, unnamed veterans groups
    assert (theirs["reading"], theirs["alt"]) == ("named_organization", ["unnamed_source"])
    acts = [by_key[key] for key in ((statues, 20), (seat, 4), (kremlin, 10), (prince, 11), (boomer, 1), (boomer, 2),
                                    (boomer, 4), (boomer, 6), (boomer, 13), (bernanke, 2), (bernanke, 8), (bernanke, 9),
                                    (arbitration, 0), (arbitration, 1), (arbitration, 3), (arbitration, 20),
                                    (arbitration, 21), (arbitration, 24), (electors, 0), (electors, 2), (electors, 3),
                                    (electors, 16), (electors, 17))]
    assert all(row["reading"] == "unattributed" and "7" in row["rule"].split(",") and row["alt"] for row in acts)
    speech = [by_key[key]["reading"] for key in ((statues, 1), (statues, 9), (statues, 16), (seat, 5), (kremlin, 13),
                                                (bernanke, 0), (bernanke, 1), (bernanke, 3), (bernanke, 11), (electors, 10))]
    assert speech == ["named_official"] * 5 + ["named_organization"] * 4 + ["named_official"]  # acts with content


def test_fifty_eighth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 16 of the 424 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. USA TODAY's party groups with the senator quoted next in alt,
    the AP's opinion Alito's one way, ledes with their later-named sources, the "reportedly" with the report named
    next, the analysis' "perception", the lobbying industry, Pew's one uncued claim; closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout58", FIFTY_EIGHTH_SET[10:] + FIFTY_EIGHTH_SET[:10], 424,  # 11-20 landed first
        {"unattributed": 193, "named_official": 107, "named_organization": 66, "unnamed_source": 25,
         "named_person": 14, "cited_outlet": 8, "boilerplate": 8, "document": 3}, 0, keyed=True)
    flag, executions, primary, order, neutrality, ramadan, _, _, melania, townhall = FIFTY_EIGHTH_SET[:10]
    statues, _, berkeley, kremlin, pew, prince, boomer, _, arbitration, _ = FIFTY_EIGHTH_SET[10:]
    added = {(flag, 0): ("unattributed", ["named_organization"]),  # the lede, the VSSA's report of [1]
             (primary, 10): ("unattributed", ["unnamed_source"]),  # "seemed to cement the perception"
             (townhall, 0): ("unattributed", ["document"]),  # the lede's figures, the screenshots' of [3]
             (pew, 11): ("unattributed", ["named_organization"]),  # "Social media by its nature": amid Pew's account
             (prince, 4): ("unnamed_source", ["unattributed", "cited_outlet"]),  # "reportedly", the Post's report next
             (boomer, 3): ("unattributed", ["named_official"]),  # Roberts' "OK, boomer" in a clause
             (boomer, 6): ("unattributed", ["named_organization", "document", "named_official"]),  # Alito's opinion
             (boomer, 11): ("document", ["named_organization", "named_official"]),  # "the opinion also made clear"
             (arbitration, 2): ("unattributed", ["unnamed_source"]),  # "The banking industry had been lobbying"
             **{(arbitration, number): ("unnamed_source", ["named_official"]) for number in (6, 7, 10, 11, 16, 17, 18)}}
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 175 + 16  # the readers' 175 alts and the review's 16
    senators = {number: by_key[(arbitration, number)]["reading"] for number in (8, 9, 12, 13, 14, 15, 19)}
    assert senators == dict.fromkeys((8, 9, 12, 13, 14, 15, 19), "named_official")  # Brown, Crapo, Schumer quoted
    alito = ["named_official" in [by_key[(boomer, number)]["reading"], *by_key[(boomer, number)]["alt"]]
             for number in (6, 10, 11, 12)]
    assert alito == [True] * 4  # the opinion by Justice Alito, one way through the passage
    ledes = [by_key[key]["alt"] for key in ((flag, 0), (townhall, 0), (prince, 0))]
    assert ledes == [["named_organization"], ["document"], ["cited_outlet"]]  # each with its source named later
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((ramadan, 10), (melania, 14), (berkeley, 25), (order, 1), (neutrality, 14), (executions, 9),
              (flag, 12), (statues, 21), (kremlin, 0), (melania, 12), (neutrality, 8))]
    assert close == [("unattributed", []),  # a line of the fasting list: rule 10, no line names the outlet
                     ("unattributed", ["named_person"]),  # "Does it hurt?": the publisher's own host
                     ("unattributed", []),  # Saturday's injuries and arrests, before "Berkeley police said"
                     ("unattributed", []),  # the campaign's days deciding, before Gingrich "acknowledged"
                     ("unattributed", []),  # the 2010 rules "struck down by the D.C. Circuit Court": background
                     ("unattributed", []),  # "There is growing evidence": the editorial's own argument
                     ("unattributed", []),  # "Democrats will now try to reconcile": the next step narrated
                     ("unattributed", []),  # protesters' acts told by the writer
                     ("named_official", ["unnamed_source"]),  # "Russian officials have welcomed ... but said"
                     ("named_official", ["unattributed"]),  # "The first lady also discussed the difficulties"
                     ("unattributed", ["named_organization"])]  # "the FCC doesn't seem to share": no hidden knower


def test_fifty_eighth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 51fd2c7 (made once, 06:39:56 UTC on 7 December, seconds before the fifty-ninth set's, at the
    key confidence 0.97 of 4d493fe, on time for the rule's "about 06:40"; made again into another folder at
    06:40:20, byte-identical): 84/84 with alt, 77 strict, 'reason given' 4/4; no type disagrees and every keyed
    source is right (judged with each key open)."""
    keyed = assert_held_out_figure("heldout58", statements=424, articles=20, keyed=84, agree=84, strict=77,
                                   reasons=4, reasons_agree=4, wrong_sources=0, per_article_min_max=(1, 10))
    _, executions, _, _, _, ramadan, _, _, _, _ = FIFTY_EIGHTH_SET[:10]
    statues, empty_seat, _, kremlin, _, prince, _, bernanke, arbitration, _ = FIFTY_EIGHTH_SET[10:]
    assert reason_misses(keyed) == {}
    asked = {(row["id"], row["statement"]): (row["reason_keyed"], row["reason_reading"]) for row in keyed
             if row["reason_keyed"] is not None}
    assert asked == {(empty_seat, 9): (False, False), (bernanke, 10): (False, False),
                     (arbitration, 6): (False, False), (arbitration, 17): (False, False)}  # no terms anywhere
    assert type_disagreements(keyed) == {}
    assert [row for row in keyed if row["source_ok"] is not True] == []  # every keyed source judged right
    assert all("source_keyed" not in row for row in keyed)
    assert agreeing_through_alt(keyed) == 7  # the type in alt
    through = {(row["id"], row["statement"]): (row["keyed"], row["reading"]) for row in keyed
               if row["keyed"] != row["reading"] and row["agree"]}
    assert through == {**{(kremlin, number): ("named_official", "named_person")  # Trenin, a think tank's director
                          for number in (14, 15, 16, 17, 18)},
                       (prince, 9): ("unattributed", "unnamed_source"),  # "it was revealed that"
                       (executions, 13): ("document", "named_organization")}  # "the study says": the NAS study
    statements = [tuple(row["statement"] for row in keyed if row["id"] == article) for article in FIFTY_EIGHTH_SET]
    assert statements == [  # the keyed statements of each article, in the draw's order
        (0, 8), (13,), (1, 6, 12), (1, 7, 8, 11), (6, 14), (1, 4), (10, 11, 13, 15, 16, 17, 18), (5, 11),
        (0, 6, 7, 8, 9), (0, 4, 10), (0, 1, 2, 3, 4, 5, 6, 16, 17, 22), (2, 3, 5, 6, 7, 8, 9, 10, 11, 12),
        (3, 20, 25), (1, 3, 4, 5, 14, 15, 16, 17, 18), (0, 18), (7, 9), (5, 17), (3, 8, 10, 18),
        (6, 12, 14, 15, 17, 19), (4, 5, 7, 14, 15)]
    per_article = keyed_per_article(keyed, FIFTY_EIGHTH_SET)
    assert (per_article[9], per_article[10]) == (3, 3)  # median 3; The Hill's and the Washington Times' keys hold 10
    assert sum(count < 5 for count in per_article) == 13  # one of 1, seven of 2, three of 3, two of 4
    assert sum(row["id"] == statues for row in keyed) == sum(row["id"] == empty_seat for row in keyed) == 10
    assert [row["statement"] for row in keyed if row["id"] == executions] == [13]  # the New York Times' one item
    assert keyed_types(keyed) == {"named_official": 44, "unattributed": 22, "named_organization": 11,
                                  "unnamed_source": 4, "named_person": 1, "cited_outlet": 1, "document": 1}
    outlets = [(row["id"], row["statement"], row["reading"]) for row in keyed if row["keyed"] == "cited_outlet"]
    assert outlets == [(prince, 7, "cited_outlet")]  # "ABC News reported", read so
    assert [row for row in keyed if row["reading"] in ("document", "boilerplate")] == []
    assert [row["statement"] for row in keyed if row["id"] == ramadan] == [1, 4]  # none of the sixty list lines
    assert {row["id"] for row in keyed} == set(FIFTY_EIGHTH_SET)  # no empty key
