"""docs/exercise_agreement_heldout64.jsonl: the sixty-fourth reading set (seed 1264), read blind.

Its section of docs/exercise_agreement.md: "The sixty-fourth reading set (stop 50; the rule, written
before the draw)".
"""

from __future__ import annotations

from reading_set_checks import (
    agreeing_through_alt,
    assert_held_out_figure,
    keyed_per_article,
    keyed_types,
    reader_part,
    readings_by_article,
    reason_misses,
    review_adding_only_alts,
    type_disagreements,
)

SIXTY_FOURTH_SET = [  # the draw of docs/exercise_agreement.md ("the sixty-fourth reading set"), in its order
    "69JQugLZtQQLA856", "jikGiIQiParSjZyh", "uQ5AZyLU3zcdFTZQ", "LAXPWKNGIvqkFExC",
    "ee27vuWxUvZGPfmE", "pksOcgdVhVsr7pny", "CpLyueSJ066lxhAa", "oA0hREljnpn0yHhp",
    "d7SvLxE4DMaW9VkF", "cIDv2VmsSZGHPOT3", "cTLwn5mTdyayYkHg", "kXGdu99iIzEzDbI9",
    "nvOTDWcX4r2Aih4v", "8pbUOe7vB49H5FHK", "lJuRIdmK7RCVAbpU", "vSxTwGo7lWzt67va",
    "HGVv51E93mxgQt0M", "CT2fCRfBbhPNFncF", "qLq8660UgMG0zuJK", "wwJ4BT4nhZmda3e7",
]


def test_sixty_fourth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read64a): 200 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout64", SIXTY_FOURTH_SET[:10], 200,
        {"The Hill", "Fox News", "ABC News", "New York Post", "The Daily Caller", "Reuters", "Washington Times",
         "New York Times - News", "BBC News", "Associated Press"},
        {"named_official": 72, "unattributed": 57, "named_organization": 32, "unnamed_source": 17,
         "named_person": 16, "boilerplate": 4, "cited_outlet": 2, "document": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    cnn, polls, cole, drone, medicare, smollett, admired, dinner, darroch, npr = SIXTY_FOURTH_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(cnn, 20): False, **{(drone, number): False for number in (1, 4, 7, 13, 14, 16, 17, 18)},
                       (medicare, 10): False, (smollett, 4): False, (admired, 11): False, (dinner, 2): False,
                       **{(darroch, number): False for number in (20, 21, 22, 23)}}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(cnn, 13), (drone, 0), (medicare, 7), (admired, 25)]  # two picture links, a link, a contact line
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [(cnn, 14), (smollett, 11)]
    persons = [key for key, row in by_key.items() if row["reading"] == "named_person"]
    assert persons == [*[(cnn, number) for number in range(5, 13)], (polls, 16), (polls, 17), (drone, 19),
                       (smollett, 1), (smollett, 5), (smollett, 6), (smollett, 12), (npr, 6)]
    assert all(by_key[(cnn, number)]["alt"] == ["cited_outlet"] for number in range(5, 13))  # CNN's anchor
    organizations = [key for key, row in by_key.items() if row["reading"] == "named_organization"]
    assert organizations == [(cnn, 16), *[(polls, number) for number in (1, 2, 3, 4, 9, 14, 21, 22)], (medicare, 9),
                             (smollett, 0), (smollett, 8), (smollett, 13),
                             *[(admired, number) for number in (0, 4, 5, 6, 7, 10, 13, 15, 17, 20, 21, 22)],
                             (darroch, 3), *[(npr, number) for number in (1, 3, 4, 8, 9, 10)]]
    surveys = by_key[(polls, 1)]  # "Several surveys appear to show", named next
    assert (surveys["rule"], surveys["alt"]) == ("6", ["unnamed_source", "unattributed"])
    confirmed = by_key[(drone, 1)]  # "military officials from both nations confirmed"
    assert (confirmed["rule"], confirmed["alt"]) == ("6", ["named_official"])
    assert by_key[(drone, 4)]["alt"] == ["named_official"]  # Chinese military leaders, the spokesman quoted next
    assert by_key[(drone, 18)]["alt"] == ["named_person"]  # "Some experts speculated", Kazianis next
    kazianis = by_key[(drone, 19)]  # "told The Hill", in a New York Post article
    assert (kazianis["rule"], kazianis["alt"]) == ("1,5", ["named_official", "cited_outlet"])
    elect = [by_key[(drone, number)]["alt"] for number in (8, 9)]
    assert elect == [["unattributed", "named_person"], ["named_person"]]  # the president-elect
    advisers = by_key[(cnn, 20)]  # "The Washington Post reported ... that some White House advisers"
    assert (advisers["rule"], advisers["alt"]) == ("1,6", ["cited_outlet"])
    poll = by_key[(admired, 11)]  # The Hill's unidentified "new poll"
    assert (poll["rule"], poll["alt"]) == ("1", ["cited_outlet"])
    considered = by_key[(medicare, 10)]  # "is considered"
    assert (considered["rule"], considered["alt"]) == ("4", ["unattributed"])
    relayed = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((medicare, 4), (medicare, 8), (smollett, 12))]
    assert relayed == [("named_official", ["cited_outlet"])] * 2 + [("named_person", ["cited_outlet"])]
    times = by_key[(smollett, 4)]  # "The New York Times, citing unnamed law enforcement sources"
    assert (times["rule"], times["alt"]) == ("1", ["cited_outlet"])
    assert by_key[(smollett, 0)]["alt"] == ["unnamed_source", "named_official"]  # "police said"
    memos = [(by_key[(darroch, number)]["reading"], by_key[(darroch, number)]["alt"][:1]) for number in (0, 8, 17, 18)]
    assert memos == [("named_official", ["document"])] * 4  # the ambassador's leaked memos read as his
    spokesman = [by_key[(darroch, number)]["alt"] for number in (20, 21, 22, 23)]
    assert spokesman == [["named_organization"]] * 4  # a Foreign Office spokesman, never named
    gallup = [(by_key[(admired, number)]["rule"], by_key[(admired, number)]["alt"][:1]) for number in (5, 6, 7, 13)]
    assert gallup == [("3", ["unattributed"])] * 4  # Gallup's lists told by the columnist
    assert by_key[(npr, 1)]["alt"] == by_key[(npr, 8)]["alt"] == ["cited_outlet"]  # NPR as a party
    acts = [by_key[key] for key in ((cnn, 17), (cnn, 18), (cnn, 22), (polls, 13), (polls, 15), (polls, 18),
                                    (cole, 4), (drone, 2), (medicare, 1), (smollett, 7), (smollett, 9),
                                    (smollett, 10), (dinner, 3), (dinner, 11), (darroch, 4), (darroch, 19),
                                    (npr, 0), (npr, 2), (npr, 5))]
    assert all(row["reading"] == "unattributed" and "7" in row["rule"].split(",") and row["alt"] for row in acts)
    speech = [by_key[key]["reading"] for key in ((cnn, 0), (cnn, 19), (cnn, 21), (polls, 12), (cole, 5),
                                                 (medicare, 11), (darroch, 13), (npr, 7))]
    assert speech == ["named_official"] * 8  # speech acts with their content (rule 7)
    carried = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((cole, 1), (cole, 14), (drone, 5),
                                                                         (smollett, 2), (smollett, 5), (npr, 10))]
    assert carried == [("named_official", "3")] * 4 + [("named_person", "3"), ("named_organization", "3")]
    columnist = [by_key[(dinner, number)]["reading"] for number in range(15) if number != 2]
    assert columnist == ["unattributed"] * 14  # the columnist's own voice, but the young woman's words


def test_sixty_fourth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read64b): 188 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout64", SIXTY_FOURTH_SET[10:], 188,
        {"NPR Online News", "CNN (Web News)", "USA TODAY", "Politico", "Christian Science Monitor", "The Guardian",
         "CBN", "CBS News", "Newsmax", "Breitbart News"},
        {"unattributed": 73, "named_official": 58, "named_person": 29, "boilerplate": 8, "unnamed_source": 7,
         "named_organization": 7, "cited_outlet": 6, "document": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    barr, bush, puzder, aid, moulton, gwadar, rupaul, numbers, gates, alabama = SIXTY_FOURTH_SET[10:]
    assert [len([row for row in second if row["id"] == article]) for article in SIXTY_FOURTH_SET[10:]] == [
        16, 22, 24, 15, 15, 17, 29, 11, 14, 25]
    assert readings_by_article(second, SIXTY_FOURTH_SET[10:]) == [  # every reading, article by article
        "OAuOOOOOOOOOuOOO", "uuuuOuPuPPPGOOPuPPPPPP", "OObbuuuubuOubOubuuAbuOOO", "OuOuuOuuuuuuuuu",
        "OuOOOuuuuuOAuuu", "uCAuAAGGGGuuuuuuu", "uCuCuuuuCPuPPPPPPCGOOOOuuuPPP", "uuuuuuOuOuu",
        "PPPPPPPPAOOOOG", "uCbuuuOOOOObOOOOOuOOOOOOO"]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(barr, 1): False, (puzder, 18): False, (moulton, 11): False, (gwadar, 2): False,
                       (gwadar, 4): False, (gwadar, 5): False, (gates, 8): False}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [*[(puzder, number) for number in (2, 3, 8, 12, 15, 19)], (alabama, 2), (alabama, 11)]
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(gwadar, 1), (rupaul, 1), (rupaul, 3), (rupaul, 8), (rupaul, 17), (alabama, 1)]
    assert (by_key[(alabama, 1)]["rule"], by_key[(alabama, 1)]["alt"]) == ("9", ["named_organization"])  # NBC's tweet
    assert [by_key[(alabama, number)]["reading"] for number in (9, 10)] == ["named_official"] * 2  # Wen's tweet
    assert (by_key[(alabama, 18)]["reading"], by_key[(alabama, 18)]["alt"]) == (
        "named_official", ["unnamed_source", "unattributed"])  # the quotation after Ivey's signing
    assert (by_key[(barr, 1)]["alt"], by_key[(gates, 8)]["alt"]) == (["unattributed", "named_official"],
                                                                      ["named_official"])
    assert (by_key[(gwadar, 4)]["alt"], by_key[(gwadar, 5)]["alt"]) == (["named_organization"], ["cited_outlet"])
    assert (by_key[(gwadar, 5)]["rule"], by_key[(puzder, 18)]["rule"]) == ("1,5,6", "4")
    assert [by_key[(gwadar, number)]["reading"] for number in (7, 9)] == ["named_organization"] * 2  # claims
    former = [by_key[(bush, number)] for number in (6, 8, 9, 10, 14, 16, 17, 18, 19, 20, 21)]  # Bush, Huckabee
    assert all(row["reading"] == "named_person" and row["alt"][0] == "named_official" for row in former)
    assert (by_key[(bush, 11)]["reading"], by_key[(bush, 11)]["alt"]) == ("named_organization", ["unattributed", "document"])
    assert all(by_key[(gates, number)]["reading"] == "named_person" and by_key[(gates, number)]["alt"] == ["named_official"]
               for number in range(8))  # the businessman and philanthropist
    wen_then, wen_after = [by_key[(rupaul, n)] for n in (20, 21, 22)], [by_key[(rupaul, n)] for n in (26, 27, 28)]
    assert all(row["reading"] == "named_official" and "named_person" in row["alt"] for row in wen_then)
    assert all(row["reading"] == "named_person" and row["alt"] == ["named_official"] for row in wen_after)
    assert (by_key[(rupaul, 19)]["rule"], by_key[(rupaul, 19)]["alt"]) == ("6,10", ["unnamed_source", "unattributed"])
    assert (by_key[(rupaul, 18)]["reading"], by_key[(rupaul, 18)]["alt"]) == ("named_organization", ["document", "cited_outlet"])
    assert (by_key[(moulton, 9)]["reading"], by_key[(moulton, 9)]["alt"]) == ("unattributed", ["unnamed_source"])
    interviews = [by_key[key] for key in ((puzder, 23), (moulton, 4), (moulton, 10), (rupaul, 9), (rupaul, 11))]
    assert all("5" in row["rule"] and row["alt"] == ["cited_outlet"] for row in interviews)  # the outlet receiving
    assert (by_key[(aid, 0)]["alt"], by_key[(aid, 2)]["alt"]) == (["named_person"], ["named_person"])
    assert all(by_key[(aid, number)]["reading"] == "unattributed" for number in (3, 4, *range(6, 15)))  # the op-ed
    table = [by_key[(numbers, number)] for number in (1, 4, 5, 7, 9, 10)]  # the numbers, no source named
    assert all(row["reading"] == "unattributed" and row["alt"] == ["document"] for row in table)
    acts = [by_key[key] for key in ((barr, 2), (barr, 12), (bush, 2), (bush, 3), (bush, 5), (bush, 7), (bush, 15),
                                    (puzder, 6), (puzder, 7), (puzder, 9), (puzder, 11), (puzder, 14), (puzder, 17),
                                    (puzder, 20), (aid, 1), (moulton, 6), (moulton, 7), (moulton, 12), (rupaul, 10),
                                    (rupaul, 23), (rupaul, 24), (rupaul, 25), (alabama, 0), (alabama, 17))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)


def test_sixty_fourth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 14 of the 388 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. Candidates and the president-elect one way (named_person in
    alt), people speaking for someone with the official role in alt, The Hill's unnamed critics, Newsmax's NPR
    interview as the set's others, and three passages one way; closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout64", SIXTY_FOURTH_SET[10:] + SIXTY_FOURTH_SET[:10], 388,  # 11-20 landed first
        {"named_official": 130, "unattributed": 130, "named_person": 45, "named_organization": 39,
         "unnamed_source": 24, "boilerplate": 12, "cited_outlet": 8, "document": 0}, 0, keyed=True)
    cnn, polls, _, drone, medicare, smollett, admired, dinner, _, _ = SIXTY_FOURTH_SET[:10]
    barr, bush, puzder, aid, moulton, gwadar, rupaul, numbers, gates, alabama = SIXTY_FOURTH_SET[10:]
    added = {(polls, 5): ("named_official", ["named_person"]),  # "Trump told Fox News' 'Fox & Friends'"
             (polls, 12): ("named_official", ["unattributed", "named_person"]),  # the nominees' regret and call
             (polls, 19): ("named_official", ["named_person"]),  # "told Fox News on Thursday"
             (puzder, 0): ("named_official", ["named_person"]),  # "President-elect Donald J. Trump announced"
             (puzder, 1): ("named_official", ["named_person"]),  # "Trump said in a statement"
             (polls, 16): ("named_person", ["named_official"]),  # "Dr. Lisa Bardack, Clinton's physician, said"
             (polls, 17): ("named_person", ["named_official"]),  # "Bardack also said"
             (smollett, 5): ("named_person", ["named_official"]),  # the attorneys' statement
             (smollett, 6): ("named_person", ["named_official"]),  # "Smollett's attorneys ... said"
             (cnn, 15): ("unattributed", ["unnamed_source"]),  # "CNN came under fire"
             (gates, 9): ("named_official", ["cited_outlet"]),  # "d'Harcourt ... told NPR"
             (numbers, 0): ("unattributed", ["document"]),  # "the numbers reflect"
             (moulton, 8): ("unattributed", ["named_official"]),  # "Moulton trying to downplay"
             (alabama, 5): ("unattributed", ["named_organization"])}  # "The complaint was filed"
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 205 + 14  # the readers' 205 alts and the review's 14
    candidates = [by_key[key] for key in ((polls, 5), (polls, 12), (polls, 19), (puzder, 0), (puzder, 1),
                                          (drone, 8), (drone, 9), (aid, 0))]  # nominees, president-elect, FDR
    assert all(row["reading"] == "named_official" and "named_person" in row["alt"] for row in candidates)
    speaking_for = [by_key[key] for key in ((polls, 16), (polls, 17), (smollett, 5), (smollett, 6))]
    assert all(row["reading"] == "named_person" and row["alt"] == ["named_official"] for row in speaking_for)
    interviews = [by_key[key] for key in ((gates, 9), (puzder, 23), (moulton, 4), (moulton, 10), (rupaul, 9),
                                          (rupaul, 11), (drone, 19), (medicare, 8))]  # another outlet's interview
    assert all("cited_outlet" in row["alt"] for row in interviews)
    unnamed_judges = [by_key[key] for key in ((cnn, 15), (moulton, 9))]  # "came under fire", "was praised"
    assert all((row["reading"], row["alt"]) == ("unattributed", ["unnamed_source"]) for row in unnamed_judges)
    figures = [by_key[(numbers, number)] for number in (0, 1, 4, 5, 7, 9, 10)]  # the numbers one way
    assert all(row["reading"] == "unattributed" and row["alt"] == ["document"] for row in figures)
    filing = [by_key[(alabama, number)]["alt"] for number in (0, 5)]  # the lawsuit filed, one act one way
    assert filing == [["named_organization"]] * 2
    efforts = [by_key[key] for key in ((moulton, 8), (bush, 5))]  # "trying to downplay", "tried to paint"
    assert all(row["reading"] == "unattributed" and row["alt"] == ["named_official"] for row in efforts)
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((drone, 13), (drone, 14), (dinner, 8), (bush, 1), (gwadar, 3), (gwadar, 1), (rupaul, 19),
              (alabama, 18), (admired, 10), (barr, 1))]
    assert close == [("unnamed_source", []),  # "Pentagon officials said", never named
                     ("unnamed_source", []),  # "Chinese officials accused"
                     ("unattributed", []),  # "One young woman lied": the columnist's narration
                     ("unattributed", []),  # "The event was hosted ... by ... Rick Scott": narration
                     ("unattributed", []),  # "Security personnel cordoned off the area"
                     ("cited_outlet", ["unnamed_source"]),  # "Local media said"
                     ("named_official", ["unnamed_source", "unattributed"]),  # "Planned Parenthood's leaders admitted"
                     ("named_official", ["unnamed_source", "unattributed"]),  # the bare quotation after the signing
                     ("named_organization", ["cited_outlet", "unattributed"]),  # CNN's "own November survey"
                     ("unnamed_source", ["unattributed", "named_official"])]  # "Democratic lawmakers have been pushing"


def test_sixty_fourth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main cdb58a1 (made once, 13:10:03 UTC on 7 December, before the sixty-fifth set's, at the key
    confidence 0.97, on time for the rule's "about 13:10"; made again into another folder at 13:10:19,
    byte-identical): 81/82 with alt, 72 strict, 5/5; one type disagrees, BBC News' "Sir Kim said" keyed Named
    person (the knight's first name after "Sir" is not matched to "Sir Kim Darroch", whom the article titles UK
    ambassador); no source is wrong (judged with each key open); nine agree through alt (CNN's Bush six times,
    the Hill's Washington Post report, the New York Post's Kazianis, NPR's Barr releasing a letter); the keys of
    USA TODAY and Newsmax are empty."""
    keyed = assert_held_out_figure("heldout64", statements=388, articles=20, keyed=82, agree=81, strict=72,
                                   reasons=5, reasons_agree=5, wrong_sources=0, per_article_min_max=(0, 12))
    cnn, _, cole, drone, _, _, _, _, darroch, _ = SIXTY_FOURTH_SET[:10]
    barr, bush, puzder, _, _, gwadar, _, _, gates, _ = SIXTY_FOURTH_SET[10:]
    assert reason_misses(keyed) == {}
    asked = {(row["id"], row["statement"]): (row["reason_keyed"], row["reason_reading"]) for row in keyed
             if row["reason_keyed"] is not None}
    assert asked == {(drone, 7): (False, False), (drone, 13): (False, False),  # military and Pentagon officials
                     (drone, 14): (False, False), (drone, 16): (False, False),  # Chinese officials, "Some criticized"
                     (gwadar, 4): (False, False)}  # "A spokesman for Pakistan's military said"
    assert type_disagreements(keyed) == {(darroch, 16): ("named_person", "named_official")}  # "Sir Kim said it was"
    assert all(row["source_ok"] is True and "source_keyed" not in row for row in keyed)  # every source right
    assert agreeing_through_alt(keyed) == 9  # the type in alt
    through = {(row["id"], row["statement"]): (row["keyed"], row["reading"]) for row in keyed
               if row["keyed"] != row["reading"] and row["agree"]}
    assert through == {(cnn, 20): ("cited_outlet", "unnamed_source"),  # "The Washington Post reported ... advisers"
                       (drone, 19): ("named_official", "named_person"),  # Harry Kazianis, "told The Hill"
                       (barr, 12): ("named_official", "unattributed"),  # "Barr released a letter": a plain act
                       **{(bush, number): ("named_official", "named_person")  # the former governor, not yet running
                          for number in (10, 17, 18, 19, 20, 21)}}
    statements = [tuple(row["statement"] for row in keyed if row["id"] == article) for article in SIXTY_FOURTH_SET]
    assert statements == [  # the keyed statements of each article, in the draw's order
        (0, 2, 3, 4, 18, 20), (2, 3, 9, 11, 22), (0, 1, 2, 5, 6, 7, 8, 11, 12, 13, 17, 18),
        (7, 10, 11, 13, 14, 16, 19), (2, 4, 5, 6, 8), (2, 3), (3, 20), (9, 11), (1, 2, 11, 12, 16), (3, 7),
        (0, 6, 7, 9, 10, 11, 12), (0, 4, 10, 13, 17, 18, 19, 20, 21), (), (12,), (0, 8), (4, 8, 12, 15, 16), (7,),
        (6, 8), (), (6, 7, 8, 9, 12, 13, 19)]
    per_article = keyed_per_article(keyed, SIXTY_FOURTH_SET)
    assert (per_article[9], per_article[10]) == (2, 5)  # median 3.5; ABC News' Cole key holds 12
    assert sum(count < 5 for count in per_article) == 10  # two of 0, two of 1, six of 2
    assert sum(row["id"] == cole for row in keyed) == 12
    assert keyed_types(keyed) == {"named_official": 56, "unattributed": 12, "named_organization": 7,
                                  "unnamed_source": 5, "cited_outlet": 1, "named_person": 1, "document": 0}
    relayed = [(row["id"], row["statement"], row["reading"]) for row in keyed
               if row["reading"] in ("cited_outlet", "document", "boilerplate")]
    assert relayed == []  # none of the eight rows read cited_outlet is keyed
    assert {row["id"] for row in keyed} == set(SIXTY_FOURTH_SET) - {puzder, gates}  # two empty keys
