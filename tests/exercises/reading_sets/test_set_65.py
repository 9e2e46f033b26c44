"""docs/exercise_agreement_heldout65.jsonl: the sixty-fifth reading set (seed 1265), read blind.

Its section of docs/exercise_agreement.md: "The sixty-fifth reading set (stop 50; the rule, written
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

SIXTY_FIFTH_SET = [  # the draw of docs/exercise_agreement.md ("the sixty-fifth reading set"), in its order
    "aGyxRkTOYFTk3KFX", "EHh3QDRQrro6kS3k", "f3uOE1Zd0O5qeVVH", "9yB2VKOZuCQNIBCF",
    "ZkcJyunGxkw3HeuC", "yCh4S4De5m7M3Kp4", "PID1rWZJZESUhgCs", "mWjkplOAFCNJY2ze",
    "4g7soSF5GvfyVrvN", "nAa6tat1QPUd1d6O", "dLNDO0e1ea748nyK", "cbBw48LZoVhHLLW4",
    "aw2mJDzzRTOffsmT", "N3FKtsKT7aCBy3ig", "PsDqAhq90yVe2T3k", "vIGcAv6yiFLrkIj3",
    "N1rk0dUdJTQrSy3x", "LWNQuP1rz0OSx1n1", "OKmr9GCMv9cKcOLd", "2Jw4D8mP6ZS9jD9U",
]


def test_sixty_fifth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read65a): 205 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout65", SIXTY_FIFTH_SET[:10], 205,
        {"USA TODAY", "New York Times - News", "Fox News", "New York Post", "CBS News", "NPR Online News",
         "The Hill", "ABC News", "Newsmax", "Christian Science Monitor"},
        {"named_official": 68, "unattributed": 61, "unnamed_source": 35, "named_person": 20,
         "named_organization": 10, "cited_outlet": 6, "boilerplate": 4, "document": 1},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    roberts, sessions, caravan, uyghur, testify, money, gazette, stormy, denuke, guns = SIXTY_FIFTH_SET[:10]
    assert [len([row for row in first if row["id"] == article]) for article in SIXTY_FIFTH_SET[:10]] == [
        24, 13, 18, 19, 21, 22, 20, 18, 23, 27]
    assert readings_by_article(first, SIXTY_FIFTH_SET[:10]) == [  # every reading, article by article
        "uOOuOOOOOOOOOOOOOOuuOObb", "uuuuuOuuuOuuu", "CAOCGuPPuPCGOuCOOO", "uuGOOuuCPPOGOPuuAOO",
        "uuOOuuuOOOOuOuPPOOOAO", "uuuuuuAuuuOOuGuuuGGOOu", "AOOOOOAbbAOuOOOOOOOO", "PPPuDuuPPPPPPPPGCP",
        "OOOOOuAAOOuOuGGAAuuuuuu", "uuu" + "A" * 24]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(caravan, 1): False, (uyghur, 16): False, (testify, 19): False, (money, 6): False,
                       **{(gazette, number): False for number in (0, 6, 9)},
                       **{(denuke, number): False for number in (6, 7, 15, 16)},
                       **{(guns, number): False for number in range(3, 27)}}  # no terms anywhere
    questions = [by_key[(guns, number)] for number in range(3, 27)]  # the participants' questions
    assert all((row["rule"], row["alt"]) == ("3,6", ["unattributed"]) for row in questions)
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [
        (roberts, 22), (roberts, 23), (gazette, 7), (gazette, 8)]
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [(stormy, 4)]
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(caravan, 0), (caravan, 3), (caravan, 10), (caravan, 14), (uyghur, 7), (stormy, 16)]
    assert by_key[(caravan, 0)]["alt"] == ["unnamed_source"]  # "a report Thursday said", named in [1]
    assert by_key[(caravan, 1)]["alt"] == ["cited_outlet"]  # the migrants, relayed by the paper
    tweet = by_key[(gazette, 6)]  # ABC News' embedded tweet: "authorities say"
    assert (tweet["rule"], tweet["alt"][:2]) == ("1,9", ["cited_outlet", "named_official"])  # the review's after
    assert [by_key[(gazette, number)]["alt"][0] for number in (0, 9)] == ["named_official"] * 2  # Krampf
    ruddy = [by_key[(stormy, number)] for number in (0, 1, 2, 9, 10, 11, 12, 13, 14)]
    assert all(row["reading"] == "named_person" and "named_official" in row["alt"] for row in ruddy)
    friend = by_key[(stormy, 0)]  # "a friend of the president said", Ruddy named in [1]
    assert (friend["rule"], friend["alt"]) == ("6", ["unnamed_source", "named_official"])
    own = by_key[(stormy, 8)]  # "ABC News reported last week that Clifford's lawyer claimed"
    assert (own["reading"], own["alt"]) == ("named_person", ["unattributed", "cited_outlet"])
    bolton = [by_key[(uyghur, number)] for number in (8, 9, 13)]
    assert all(row["reading"] == "named_person" and "named_official" in row["alt"] for row in bolton)
    assert by_key[(uyghur, 9)]["alt"] == ["unnamed_source", "named_official"]  # "According to our interpreter"
    pottinger = by_key[(uyghur, 10)]  # relayed by Bolton's book
    assert (pottinger["reading"], pottinger["rule"], pottinger["alt"]) == ("named_official", "1", ["named_person"])
    comey = [(by_key[(testify, number)]["reading"], by_key[(testify, number)]["alt"]) for number in (14, 15)]
    assert comey == [("named_person", ["named_official"])] * 2  # the fired director
    heads = [by_key[key]["alt"] for key in ((roberts, 20), (roberts, 21), (money, 19), (money, 20))]
    assert heads == [["named_person"]] * 4  # Rosen and Beckel, named_official in their institutions' roles
    own_voice = [(by_key[key]["reading"], by_key[key]["rule"], by_key[key]["alt"])
                 for key in ((sessions, 0), (sessions, 11), (testify, 5))]
    assert own_voice == [("unattributed", "10", ["cited_outlet"])] * 2 + [
        ("unattributed", "10", ["cited_outlet", "unnamed_source"])]
    acts = [by_key[key] for key in ((roberts, 0), (roberts, 3), (sessions, 4), (sessions, 7), (caravan, 13),
                                    (uyghur, 0), (uyghur, 1), (uyghur, 14), (testify, 6), (testify, 13),
                                    (money, 0), (money, 3), (money, 8), (money, 16), (gazette, 11), (stormy, 6),
                                    (denuke, 10), (denuke, 22), (guns, 1))]
    assert all(row["reading"] == "unattributed" and "7" in row["rule"].split(",") and row["alt"] for row in acts)
    speech = [by_key[key]["reading"] for key in ((roberts, 4), (roberts, 11), (sessions, 5), (sessions, 9),
                                                 (caravan, 2), (caravan, 12), (testify, 12), (gazette, 16),
                                                 (denuke, 0))]
    assert speech == ["named_official"] * 9  # speech acts with their content (rule 7)
    claims = [by_key[key]["reading"] for key in ((uyghur, 2), (uyghur, 11), (stormy, 15), (denuke, 13))]
    assert claims == ["named_organization"] * 4  # institutions announcing, claiming, denying (rule 7)
    expected = by_key[(money, 6)]  # "is expected to apply"
    assert (expected["rule"], expected["alt"]) == ("4", ["unattributed"])
    republicans = by_key[(uyghur, 16)]  # "Many Republicans warned", McCarthy quoted next
    assert (republicans["rule"], republicans["alt"]) == ("6", ["named_official"])


def test_sixty_fifth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read65b): 190 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout65", SIXTY_FIFTH_SET[10:], 190,
        {"CBN", "Breitbart News", "Politico", "Associated Press", "Washington Times", "The Guardian", "Reuters",
         "BBC News", "The Daily Caller", "Fox Online News"},
        {"unattributed": 80, "named_official": 62, "unnamed_source": 16, "named_person": 16,
         "named_organization": 9, "document": 3, "cited_outlet": 2, "boilerplate": 2},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    haley, turkey, walker, ginsburg, conventions, hannity, harvard, guns, pruitt, shulman = SIXTY_FIFTH_SET[10:]
    assert [len([row for row in second if row["id"] == article]) for article in SIXTY_FIFTH_SET[10:]] == [
        28, 17, 11, 29, 20, 16, 17, 18, 16, 18]
    assert readings_by_article(second, SIXTY_FIFTH_SET[10:]) == [  # every reading, article by article
        "uuOOOOuuOuuOOOOOuOOOOOuOOOuO", "uuCCOuOuAOuuAuOuu", "OOOOOOOOOOO", "OuOuuuuPPPOOuOOuuOPuOOOOOuuOb",
        "uAOuuuuuAOOuAuuuuAAO", "PPPPPPuuuuOuOuuO", "uuuuPPAAPAAuGGuuG", "uuuuuuuuuuOOAAAPAu",
        "OOuOObuuuuuGGDDD", "uOuuGGGGuuOuPPuuAu"]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(turkey, 8): False, (turkey, 12): False,
                       **{(conventions, number): False for number in (1, 8, 12, 17, 18)},
                       **{(harvard, number): False for number in (6, 7, 9, 10)},
                       **{(guns, number): False for number in (12, 13, 14, 16)},
                       (shulman, 16): False}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [(ginsburg, 28), (pruitt, 5)]
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [(turkey, 2), (turkey, 3)]
    assert by_key[(turkey, 2)]["alt"] == ["unattributed"]  # the doubled sentence without its credit
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [(pruitt, number) for number in (13, 14, 15)]
    assert by_key[(pruitt, 14)]["rule"] == "3"  # the draft's account goes on
    persons = [key for key, row in by_key.items() if row["reading"] == "named_person"]
    assert persons == [(ginsburg, 7), (ginsburg, 8), (ginsburg, 9), (ginsburg, 18),
                       *[(hannity, number) for number in range(6)], (harvard, 4), (harvard, 5), (harvard, 8), (guns, 15), (shulman, 12),
                       (shulman, 13)]
    organizations = [key for key, row in by_key.items() if row["reading"] == "named_organization"]
    assert organizations == [(harvard, 12), (harvard, 13), (harvard, 16), (pruitt, 11), (pruitt, 12),
                             *[(shulman, number) for number in (4, 5, 6, 7)]]
    lawyers = [by_key[(harvard, number)] for number in (6, 7, 9)]  # groups of lawyers, one of each named
    assert all(row["alt"] == ["named_person", "named_organization"] for row in lawyers)
    assert all(by_key[(harvard, number)]["alt"] == ["named_official"] for number in (4, 5, 8))  # a client's lawyer
    letter = [by_key[(guns, number)]["alt"][0] for number in (12, 13, 14)]  # the 21 attorneys general's letter
    assert letter == ["document"] * 3
    assert [by_key[(conventions, number)]["alt"][0] for number in (1, 18)] == ["named_official"] * 2  # Coburn, Roberts
    assert (by_key[(turkey, 12)]["alt"], by_key[(turkey, 14)]["alt"]) == (["named_official"], ["named_person"])  # Seehofer
    trump = [by_key[(hannity, number)] for number in (10, 12, 15)]  # the nominee
    assert all(row["reading"] == "named_official" and "named_person" in row["alt"] for row in trump)
    assert (by_key[(ginsburg, 18)]["rule"], by_key[(ginsburg, 18)]["alt"]) == ("1,7", ["named_official"])  # Stevens
    assert all(by_key[(ginsburg, number)]["alt"] == ["cited_outlet"] for number in (7, 8, 9))  # NPR's Totenberg
    understood = by_key[(ginsburg, 5)]  # "because it's understood"
    assert (understood["reading"], understood["rule"], understood["alt"]) == ("unattributed", "4", ["unnamed_source"])
    hedges = [by_key[key]["alt"] for key in ((turkey, 10), (hannity, 6), (shulman, 2), (ginsburg, 12))]
    assert hedges == [["unnamed_source"]] * 4  # unnamed views or reports only in a clause of the writer's
    brody = by_key[(haley, 22)]  # CBN's own analyst
    assert (brody["reading"], brody["rule"], brody["alt"]) == ("unattributed", "7,10", ["named_official"])
    tweet = [by_key[(pruitt, number)] for number in (3, 4)]  # Fox News' tweet of Pruitt's words
    assert all(row["reading"] == "named_official" and row["alt"] == ["cited_outlet"] for row in tweet)
    assert (by_key[(shulman, 7)]["reading"], by_key[(shulman, 7)]["alt"]) == ("named_organization", ["unnamed_source"])
    assert (by_key[(shulman, 1)]["reading"], by_key[(shulman, 1)]["alt"]) == ("named_official", ["named_person"])
    acts = [by_key[key] for key in ((haley, 1), (haley, 10), (haley, 16), (haley, 22), (turkey, 0), (turkey, 16),
                                    (ginsburg, 1), (ginsburg, 6), (ginsburg, 15), (ginsburg, 16), (ginsburg, 26),
                                    (conventions, 0), (conventions, 13), (conventions, 15), (hannity, 13),
                                    (hannity, 14), (harvard, 0), (harvard, 2), (harvard, 15), (guns, 3), (guns, 4),
                                    (guns, 7), (guns, 9), (pruitt, 2), (shulman, 9))]
    assert all(row["reading"] == "unattributed" and "7" in row["rule"].split(",") and row["alt"] for row in acts)
    speech = [by_key[key]["reading"] for key in ((haley, 2), (haley, 14), (haley, 18), (haley, 20), (haley, 27),
                                                 (walker, 0), (walker, 1), (walker, 4), (ginsburg, 2), (ginsburg, 27),
                                                 (guns, 10), (pruitt, 0), (pruitt, 1))]
    assert speech == ["named_official"] * 13  # speech acts with their content (rule 7)
    assert all(row["reading"] == "named_official" for row in second if row["id"] == walker)


def test_sixty_fifth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 9 of the 395 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. The Hill's "authorities" as the county police of [11]; the actor
    of a stance or ruling in alt (rule 7): the New York Times' Trump "expects", as his "thinks"; Breitbart's
    Turkish government; the Washington Times' Senate vote, as [0]; the Supreme Court's rulings in Reuters and The
    Daily Caller, as the set's other rulings; the Monitor's own voice with cited_outlet in alt (rule 10); the
    Monitor's questions and the other closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout65", SIXTY_FIFTH_SET, 395,  # 1-10 landed first, so the file holds the draw's order
        {"unattributed": 141, "named_official": 130, "unnamed_source": 51, "named_person": 36,
         "named_organization": 19, "cited_outlet": 8, "boilerplate": 6, "document": 4}, 0, keyed=True)
    roberts, sessions, caravan, uyghur, testify, money, gazette, stormy, denuke, monitor = SIXTY_FIFTH_SET[:10]
    haley, turkey, walker, ginsburg, conventions, hannity, harvard, printed, pruitt, shulman = SIXTY_FIFTH_SET[10:]
    added = {(sessions, 8): ("unattributed", ["named_official"]),  # "he expects the attorney general to obstruct"
             (gazette, 0): ("unnamed_source", ["named_official", "named_organization"]),  # "authorities said"
             (gazette, 6): ("unnamed_source", ["cited_outlet", "named_official", "named_organization"]),  # tweet
             (gazette, 9): ("unnamed_source", ["named_official", "named_organization"]),  # "authorities said"
             (monitor, 2): ("unattributed", ["cited_outlet"]),  # "We include some of them here"
             (turkey, 5): ("unattributed", ["named_organization"]),  # "the Turkish government had held a firm stance"
             (conventions, 14): ("unattributed", ["named_organization"]),  # "with lawmakers approving it 95-4"
             (harvard, 11): ("unattributed", ["named_organization"]),  # "the Supreme Court allowed colleges"
             (pruitt, 9): ("unattributed", ["named_organization"])}  # "The U.S. Supreme Court issued ... a stay"
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 205 + 9  # the readers' 205 alts and the review's 9
    authorities = [by_key[(gazette, number)] for number in (0, 6, 9)]  # The Hill's authorities, the county police
    assert all(row["reading"] == "unnamed_source" and "named_organization" in row["alt"] for row in authorities)
    assert by_key[(gazette, 11)]["alt"] == ["named_organization"]  # "Police have arrested"
    stance = [by_key[(sessions, number)] for number in (7, 8)]  # "thinks ..." and "In other words, he expects ..."
    assert all(row["reading"] == "unattributed" and row["alt"] == ["named_official"] for row in stance)
    vote = [by_key[(conventions, number)] for number in (0, 14)]  # the Senate's 95-4 vote, told twice
    assert all(row["reading"] == "unattributed" and "named_organization" in row["alt"] for row in vote)
    rulings = [by_key[key] for key in ((money, 0), (money, 3), (printed, 9), (harvard, 11), (pruitt, 9))]
    assert all(row["reading"] == "unattributed" and "named_organization" in row["alt"] for row in rulings)
    own_voice = [by_key[key] for key in ((sessions, 0), (sessions, 11), (monitor, 2))]  # rule 10
    assert all(row["reading"] == "unattributed" and row["alt"][0] == "cited_outlet" for row in own_voice)
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    questions = [(by_key[(monitor, number)]["reading"], by_key[(monitor, number)]["alt"]) for number in range(3, 27)]
    assert questions == [("unnamed_source", ["unattributed"])] * 24  # the participants' questions, as read
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((ginsburg, 5), (uyghur, 5), (uyghur, 6), (haley, 6), (money, 15), (printed, 17), (caravan, 11),
              (monitor, 0), (printed, 12), (sessions, 12), (pruitt, 6))]
    assert close == [("unattributed", ["unnamed_source"]),  # "because it's understood", in a clause
                     ("unattributed", []),  # "passed the House 413-1 last month": the bill's record
                     ("unattributed", []),  # "It passed the Senate unanimously"
                     ("unattributed", []),  # "Senators confirmed the former South Carolina governor ... 96 to 4"
                     ("unattributed", []),  # "The groups ... don't register as political committees": background
                     ("unattributed", []),  # "Defense Distributed has been working on new gun designs"
                     ("named_organization", ["cited_outlet"]),  # "The federal government estimates"
                     ("unattributed", []),  # the Monitor's event "hosted by The Christian Science Monitor"
                     ("unnamed_source", ["document", "unattributed"]),  # the 21 attorneys general's letter
                     ("unattributed", []),  # "he is right to stand his ground now, effectively daring Mr. Trump"
                     ("unattributed", [])]  # "The Obama administration finalized the CPP in 2015"


def test_sixty_fifth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main cdb58a1 (made once, 13:10:12 UTC on 7 December, right after the sixty-fourth set's, at the
    key confidence 0.97, on time for the rule's "about 13:10"; made again into another folder at 13:10:26,
    byte-identical): 81/83 with alt, 74 strict, 6/6; no agreeing type names a wrong source and no source is wrong
    (judged with each key open); two types disagree (NPR's spenders "identified by Issue One", Breitbart's "Some
    politicians in Europe have already warned"); seven agree through alt; the Monitor's key is empty."""
    keyed = assert_held_out_figure("heldout65", statements=395, articles=20, keyed=83, agree=81, strict=74,
                                   reasons=6, reasons_agree=6, wrong_sources=0, per_article_min_max=(0, 11))
    _, _, _, uyghur, _, money, _, stormy, denuke, monitor = SIXTY_FIFTH_SET[:10]
    haley, turkey, _, ginsburg, _, hannity, harvard, *_ = SIXTY_FIFTH_SET[10:]
    assert reason_misses(keyed) == {}
    asked = {(row["id"], row["statement"]): (row["reason_keyed"], row["reason_reading"]) for row in keyed
             if row["reason_keyed"] is not None}
    assert asked == {(denuke, 6): (False, False), (denuke, 7): (False, False),  # the senior administration official
                     (denuke, 15): (False, False),  # "U.S. officials said in February"
                     (harvard, 7): (False, False), (harvard, 9): (False, False),  # Harvard's and SFFA's lawyers
                     (harvard, 10): (False, False)}  # "Legal experts have said"
    assert type_disagreements(keyed) == {
        (money, 17): ("unattributed", "named_organization"),  # "The top four spenders identified by Issue One are"
        (turkey, 12): ("unattributed", "unnamed_source"),  # "Some politicians in Europe have already warned that"
    }
    assert all(row["source_ok"] is True and "source_keyed" not in row for row in keyed)  # every source right
    assert agreeing_through_alt(keyed) == 7  # the type in alt
    through = {(row["id"], row["statement"]): (row["keyed"], row["reading"]) for row in keyed
               if row["keyed"] != row["reading"] and row["agree"]}
    assert through == {(uyghur, 9): ("named_official", "named_person"),  # "..., Bolton writes."
                       (stormy, 1): ("named_official", "named_person"),  # Chris Ruddy, Newsmax's CEO, as a friend
                       (stormy, 2): ("named_official", "named_person"),  # "..., Ruddy said."
                       (stormy, 10): ("named_official", "named_person"),  # "..., Ruddy said."
                       (stormy, 14): ("named_official", "named_person"),  # "..., he said.": Ruddy
                       (ginsburg, 2): ("unattributed", "named_official"),  # "after Ginsburg disclosed that"
                       (hannity, 2): ("unattributed", "named_person")}  # "when Kelly criticized both"
    statements = [tuple(row["statement"] for row in keyed if row["id"] == article) for article in SIXTY_FIFTH_SET]
    assert statements == [  # the keyed statements of each article, in the draw's order
        (8, 9, 10, 11, 12, 13, 14), (9, 11), (6, 7), (4, 6, 9, 15, 17), (10, 16, 17, 18, 20), (17, 19),
        (1, 5, 12, 13, 14, 15, 16, 17), (1, 2, 10, 14), (0, 6, 7, 15, 19), (),
        (3, 11, 12, 13, 15, 17, 19, 21, 23, 24, 25), (1, 12), (0, 1, 2, 3, 5), (0, 2, 3, 21),
        (0, 9, 13, 15, 16, 19), (2,), (1, 7, 9, 10), (0, 2, 3, 11, 17), (0, 11, 12), (3, 10)]
    per_article = keyed_per_article(keyed, SIXTY_FIFTH_SET)
    assert (per_article[9], per_article[10]) == (4, 4)  # median 4; CBN's Haley key holds 11
    assert sum(count < 5 for count in per_article) == 11  # one of 0, one of 1, five of 2, one of 3, three of 4
    assert sum(row["id"] == haley for row in keyed) == 11
    assert keyed_types(keyed) == {"named_official": 53, "unattributed": 20, "unnamed_source": 6,
                                  "named_person": 2, "named_organization": 2, "cited_outlet": 0, "document": 0}
    assert not [row for row in keyed if row["reading"] in ("cited_outlet", "document", "boilerplate")]
    assert {row["id"] for row in keyed} == set(SIXTY_FIFTH_SET) - {monitor}  # the Monitor's key is empty:
    # its three graded statements ([6], [14], [17]) are its own questions to the reader, never asked about
