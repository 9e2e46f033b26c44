"""docs/exercise_agreement_heldout67.jsonl: the sixty-seventh reading set (seed 1267), read blind.

Its section of docs/exercise_agreement.md: "The sixty-seventh reading set (stop 50; the rule, written
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

SIXTY_SEVENTH_SET = [  # the draw of docs/exercise_agreement.md ("the sixty-seventh reading set"), in its order
    "mVl1Zs3017KIUYKx", "GLB66YieIR0Kl3rE", "X5ZgTePEVU7gi3AY", "90Y6er85knscu5nH",
    "KdIdGXssSrs3yeSr", "cTnUdHyeSGLYTNcj", "2SGx2u6Df2VOBVrx", "EpeNKrMWiScat2Hm",
    "x9ArO2n0SDVfOxUj", "X8lGdG1B6fXyqFCG", "XDccaUQx8o4Q2H0c", "KjNmNQq106ruwojR",
    "LsI5rHIlhedFgVZ4", "lD8vTTHg1sEExEUW", "QEN9McMSOtL95oT6", "mz6D9pP0OHH7OfgD",
    "KypsmXN9B1Q0WAij", "lnuiBuHEZt9O10oa", "xyiIQrIOJUSMtlS2", "YzWuzRCndLiKin8J",
]


def test_sixty_seventh_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read67a): 173 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout67", SIXTY_SEVENTH_SET[:10], 173,
        {"The Daily Caller", "Reuters", "Fox Online News", "BBC News", "The Hill", "New York Post",
         "Washington Times", "Newsmax", "CBN", "Fox News"},
        {"named_official": 69, "unattributed": 50, "named_person": 29, "unnamed_source": 11,
         "named_organization": 10, "cited_outlet": 3, "boilerplate": 1, "document": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    comey, cuomo, troops, manafort, jordan, paris, woman_card, lynch, sekulow, museum = SIXTY_SEVENTH_SET[:10]
    assert [len([row for row in first if row["id"] == article]) for article in SIXTY_SEVENTH_SET[:10]] == [
        15, 17, 26, 21, 16, 12, 17, 16, 20, 13]
    assert readings_by_article(first, SIXTY_SEVENTH_SET[:10]) == [  # every reading, article by article
        "PPPPPPPPPPPPGuu", "AOuuuuOuAAAuOAAGA", "uuuGuGuPPuuGPPPPuGOOuAOOOO", "OuuuuuOAuuOuuuuuuuOuA",
        "OOOOOOOOOOOOuOuu", "GuOuOOuAPPuu", "O" * 17, "OOuOOOCCCuuuOOuu", "uOOPPPuPPPPPPOOOOOOO",
        "OOuObOOGOOuGG"]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {**{(cuomo, number): False for number in (0, 8, 9, 10, 13, 14, 16)},
                       (troops, 21): False, (manafort, 7): False, (manafort, 20): False,
                       (paris, 7): False}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [(museum, 4)]
    assert by_key[(museum, 3)]["reading"] == "named_official"  # the pull quote its credit line [4] credits
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(lynch, 6), (lynch, 7), (lynch, 8)]
    assert by_key[(lynch, 7)]["alt"] == ["unattributed"]  # Politico's report between its two cues
    report = by_key[(comey, 12)]  # the IG report relayed by The Daily Caller's own earlier reporting
    assert (report["reading"], report["rule"], report["alt"]) == (
        "named_organization", "1,10", ["document", "unattributed"])
    own = by_key[(comey, 13)]
    assert (own["reading"], own["rule"], own["alt"]) == ("unattributed", "10", ["cited_outlet"])
    tweets = [by_key[(comey, number)] for number in range(12)]  # Comey, the former director
    assert all(row["reading"] == "named_person" and row["alt"] == ["named_official"] for row in tweets)
    assert [by_key[(comey, number)]["rule"] for number in (5, 6, 7, 8, 10, 11)] == ["9"] * 6
    candidate = [by_key[(woman_card, number)]["alt"] for number in range(17)]  # the front-runner
    assert candidate[:9] + candidate[10:] == [["named_person"]] * 16
    assert candidate[9] == ["named_person", "unattributed"]  # "was also asked about quotes"
    roles = [(by_key[key]["reading"], by_key[key]["rule"], by_key[key]["alt"])
             for key in ((manafort, 0), (lynch, 0))]
    assert roles == [("named_official", "6", ["unnamed_source"])] * 2  # named in the next statement
    tip = by_key[(sekulow, 16)]  # "a tip from the deputy attorney general", Rosenstein named in [19]
    assert (tip["reading"], tip["rule"]) == ("named_official", "6")
    team = by_key[(sekulow, 3)]  # "Trump's legal team says", Sekulow quoted next
    assert (team["reading"], team["rule"], team["alt"]) == ("named_person", "6", ["unnamed_source", "named_official"])
    persons = [by_key[key] for key in ((troops, 7), (troops, 12), (troops, 15), (paris, 8), (sekulow, 4),
                                       (sekulow, 12))]
    assert all(row["reading"] == "named_person" and "named_official" in row["alt"] for row in persons)
    charities = [by_key[(troops, number)] for number in (18, 19, 22, 23, 24, 25)]
    assert all(row["reading"] == "named_official" and row["alt"] == ["named_person"] for row in charities)
    split = by_key[(jordan, 2)]  # "TV's Buck Sexton on 'Rising.'": the tail of [1]'s cue
    assert (split["reading"], split["alt"]) == ("named_official", ["unattributed"])
    acts = [by_key[key] for key in ((cuomo, 2), (cuomo, 3), (cuomo, 5), (cuomo, 7), (cuomo, 11), (troops, 0),
                                    (troops, 16), (troops, 20), (manafort, 1), (manafort, 3), (manafort, 8),
                                    (manafort, 19), (jordan, 14), (jordan, 15), (paris, 1), (paris, 6),
                                    (lynch, 2), (lynch, 9), (lynch, 11), (lynch, 14), (lynch, 15), (sekulow, 6),
                                    (museum, 2))]
    assert all(row["reading"] == "unattributed" and "7" in row["rule"].split(",") and row["alt"] for row in acts)
    speech = [by_key[key]["reading"] for key in ((cuomo, 1), (jordan, 0), (jordan, 9), (jordan, 13), (paris, 4),
                                                 (manafort, 18), (museum, 0), (sekulow, 17))]
    assert speech == ["named_official"] * 8  # speech acts with their content (rule 7)
    claims = [by_key[key]["reading"] for key in ((cuomo, 15), (troops, 17), (paris, 0))]
    assert claims == ["named_organization"] * 3  # institutions recommending, expecting, notifying (rule 7)
    prosecutors = [by_key[(manafort, number)]["alt"] for number in (7, 20)]
    assert prosecutors == [["named_official"]] * 2  # Mueller, whose office they are


def test_sixty_seventh_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read67b): 232 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout67", SIXTY_SEVENTH_SET[10:], 232,
        {"CNN (Web News)", "Breitbart News", "CBS News", "NPR Online News", "USA TODAY", "ABC News",
         "The Guardian", "New York Times - News", "Christian Science Monitor", "Politico"},
        {"unattributed": 87, "named_official": 86, "named_person": 39, "unnamed_source": 11,
         "named_organization": 4, "boilerplate": 4, "cited_outlet": 1, "document": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    premiums, democrats, delegates, meme, barr, gridlock, facebook, trade, colbert, rogers = SIXTY_SEVENTH_SET[10:]
    assert [len([row for row in second if row["id"] == article]) for article in SIXTY_SEVENTH_SET[10:]] == [
        20, 26, 30, 28, 18, 27, 24, 15, 28, 16]
    assert readings_by_article(second, SIXTY_SEVENTH_SET[10:]) == [  # every reading, article by article
        "uuAuGGOOuAuuuuuGuuOO", "uuuuuuuOuuuuOOuAuuuuuuuuuu", "uuuuuOOOOOOPPuuuPuuAPPPuuPPPAu",
        "bbuuuuuuuuAAPPPPuuPPPPPuAuuu", "OOOOOuOOuOOOuOOOuu", "OOOOOuOuOOOOOOOOOOOOOOOOOOO",
        "bbuuOOOOOCOOOOGAAuuuuOOO", "OOOOOuOuuuOOuuu", "uPPPPPPuuuPPPPPPuuPuPPPPPPPP", "OOOOAOOOOOOOOOOO"]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(premiums, 2): False, (premiums, 9): False, (democrats, 15): False,
                       (delegates, 19): False, (delegates, 28): False,
                       (meme, 10): False, (meme, 11): False, (meme, 24): False,
                       (facebook, 15): False, (facebook, 16): False, (rogers, 4): False}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [
        (meme, 0), (meme, 1), (facebook, 0), (facebook, 1)]  # the NPR title and the Guardian's standfirst
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [(facebook, 9)]  # Politico
    assert [key for key, row in by_key.items() if row["reading"] == "named_organization"] == [
        (premiums, 4), (premiums, 5), (premiums, 15), (facebook, 14)]
    experts = by_key[(premiums, 2)]  # "Multiple experts", three firms among them named later
    assert (experts["rule"], experts["alt"]) == ("6", ["named_organization"])
    assert by_key[(premiums, 7)]["alt"] == ["unattributed"] and by_key[(premiums, 7)]["rule"] == "3"  # Mendelson goes on
    correspondent = [by_key[(delegates, number)] for number in (3, 23, 24)]  # CBS's own Julianna Goldman
    assert all(row["reading"] == "unattributed" and row["rule"] == "10" and row["alt"] == ["cited_outlet"]
               for row in correspondent)
    gross = by_key[(delegates, 11)]  # "experts like attorney Kenneth Gross ... say"
    assert (gross["reading"], gross["alt"]) == ("named_person", ["unnamed_source", "named_official"])
    assert by_key[(delegates, 19)]["alt"] == ["named_person"]  # convention veterans, Davis one of them
    assert all(by_key[(delegates, number)]["alt"] == ["named_person"] for number in (5, 6, 7, 9, 10))  # the candidate
    assert by_key[(meme, 10)]["alt"] == ["named_person"] and by_key[(meme, 18)]["alt"] == ["unnamed_source"]
    assert all(by_key[(meme, number)]["alt"] == ["cited_outlet"] for number in (12, 13, 14, 15))  # Enlow at pajiba.com
    assert (by_key[(meme, 24)]["rule"], by_key[(meme, 24)]["alt"]) == ("4", ["unattributed"])  # "the accusations were"
    plain = {(democrats, 4): "named_official", (democrats, 9): "named_official", (democrats, 10): "named_official",
             (democrats, 14): "unnamed_source", (democrats, 20): "named_organization",
             (barr, 8): "named_organization", (barr, 17): "named_organization", (gridlock, 5): "named_official",
             (gridlock, 7): "named_official", (facebook, 3): "named_official", (facebook, 19): "named_official",
             (facebook, 20): "named_official", (trade, 7): "named_official"}
    assert all(by_key[key]["reading"] == "unattributed" and by_key[key]["rule"] == "7" and by_key[key]["alt"] == [actor]
               for key, actor in plain.items())  # plain acts and stances, the actor in alt (rule 7)
    assert (by_key[(barr, 12)]["rule"], by_key[(barr, 12)]["alt"]) == ("8", ["named_official"])  # who signed
    assert by_key[(barr, 16)]["alt"] == ["unnamed_source"]  # the 2,000 former officials in a clause
    ads = [by_key[(facebook, number)] for number in (10, 11, 12, 13)]  # Warren's ads relayed by Politico
    assert all(row["reading"] == "named_official" and row["alt"] == ["named_organization", "cited_outlet"] for row in ads)
    spokesperson = [by_key[(facebook, number)] for number in (15, 16)]
    assert all(row["alt"] == ["named_organization"] for row in spokesperson)
    assert by_key[(facebook, 1)]["alt"] == ["named_official"]  # the standfirst's words are Warren's
    assert (by_key[(trade, 4)]["text"], by_key[(trade, 4)]["reading"]) == ("”", "named_official")  # a lone closing mark
    assert by_key[(trade, 5)]["alt"] == ["unnamed_source", "named_official"]  # "many others have welcomed"
    assert all(row["reading"] == "named_person" for row in second if row["id"] == colbert and "Colbert" in row["text"]
               and "said" in row["text"])  # the comedian, no office
    asked = by_key[(rogers, 4)]  # "asked by a foreign correspondent why"
    assert (asked["rule"], asked["alt"]) == ("6,7", ["unattributed"])
    assert by_key[(democrats, 12)]["alt"] == ["unattributed", "named_person"]  # candidates' speech


def test_sixty_seventh_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 6 of the 405 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. The Daily Caller's "came under fire" as earlier readings;
    CBS News' correspondent's report one way (rule 10); Tennant's stance and Ford's promises with their actor
    (rule 7); the election lawyers and "Some say" with the named member quoted, as the set's veterans and
    supporters; the closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout67", SIXTY_SEVENTH_SET, 405,  # 1-10 landed first, so the file holds the draw's order
        {"named_official": 155, "unattributed": 137, "named_person": 68, "unnamed_source": 22,
         "named_organization": 14, "boilerplate": 5, "cited_outlet": 4, "document": 0}, 0, keyed=True)
    comey, cuomo, troops, manafort, _, paris, _, _, _, _ = SIXTY_SEVENTH_SET[:10]
    premiums, democrats, delegates, meme, _, _, _, _, colbert, _ = SIXTY_SEVENTH_SET[10:]
    added = {(comey, 14): ("unattributed", ["unnamed_source"]),  # "He came under fire"
             (democrats, 8): ("unattributed", ["named_official"]),  # "Tennant is struggling to separate herself"
             (delegates, 4): ("unattributed", ["cited_outlet"]),  # Goldman's report goes on
             (delegates, 17): ("unattributed", ["named_official"]),  # "Gerald Ford wooed delegates with promises"
             (delegates, 28): ("unnamed_source", ["named_person"]),  # "Election lawyers say", Gross among them
             (meme, 11): ("unnamed_source", ["named_person"])}  # "Some say", Enlow among them
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 190 + 6  # the readers' 190 alts and the review's 6
    assert all(row["reason_reading"] is False for row in by_key.values() if row["reading"] == "unnamed_source")
    correspondent = [by_key[(delegates, number)] for number in (3, 4, 23, 24)]  # CBS's own Goldman, one way
    assert all(row["reading"] == "unattributed" and row["alt"] == ["cited_outlet"] for row in correspondent)
    members = [by_key[key] for key in ((delegates, 19), (delegates, 28), (meme, 10), (meme, 11))]
    assert all(row["reading"] == "unnamed_source" and row["alt"] == ["named_person"] for row in members)
    tennant = [by_key[(democrats, number)] for number in (8, 9)]  # her stance and her ad, the actor in alt
    assert all(row["reading"] == "unattributed" and row["alt"] == ["named_official"] for row in tennant)
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((manafort, 0), (manafort, 1), (delegates, 18), (democrats, 5), (democrats, 20), (colbert, 0),
              (premiums, 9), (cuomo, 16), (troops, 9), (paris, 3))]
    assert close == [("named_official", ["unnamed_source"]),  # "a US judge says", named in [1]
                     ("unattributed", ["named_official"]),  # "Judge Amy Berman Jackson ruled that"
                     ("unattributed", []),  # "Ronald Reagan countered with calls from his Hollywood pals"
                     ("unattributed", []),  # "She leveraged the national spotlight into a run for Governor"
                     ("unattributed", ["named_organization"]),  # "Planned Parenthood, apparently, can stomach"
                     ("unattributed", []),  # "It seems Stephen Colbert isn't the only member of his family"
                     ("unnamed_source", []),  # "experts said"
                     ("unnamed_source", []),  # "Experts and governors have said"
                     ("unattributed", []),  # "A soldier's basic pay is $18,194"
                     ("unattributed", [])]  # "The US had signed onto the 2015 pact ..., promising"


def test_sixty_seventh_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 78d24c2 (made once, 14:05:03 UTC on 7 December, right after the sixty-sixth set's, at the
    key confidence 0.97, on time for the rule's "about 14:10"; made again into another folder at 14:05:16,
    byte-identical): 76/79 with alt, 73 strict, 5/5; no agreeing type names a wrong source (judged with each key
    open); three types disagree, each under a source where the reading has none (Breitbart's "what the candidates
    say", the Post's "The US ..., promising", CBN's lede before Trump's tweet); three agree through alt."""
    keyed = assert_held_out_figure("heldout67", statements=405, articles=20, keyed=79, agree=76, strict=73,
                                   reasons=5, reasons_agree=5, wrong_sources=0, per_article_min_max=(1, 10),
                                   wrong_disagreeing=3)
    _, cuomo, troops, _, _, paris, _, _, tweet, _ = SIXTY_SEVENTH_SET[:10]
    _, democrats, delegates, meme, _, _, _, _, _, rogers = SIXTY_SEVENTH_SET[10:]
    assert reason_misses(keyed) == {}
    asked = {(row["id"], row["statement"]): (row["reason_keyed"], row["reason_reading"]) for row in keyed
             if row["reason_keyed"] is not None}
    assert asked == {(cuomo, 8): (False, False), (cuomo, 10): (False, False),  # "a source", "a Cuomo adviser"
                     (cuomo, 13): (False, False), (cuomo, 14): (False, False),  # McKinsey's official, spokesman
                     (meme, 11): (False, False),  # "Some say"
                     (democrats, 0): (False, None)}  # keyed Anonymous source, read unattributed
    assert type_disagreements(keyed) == {
        (democrats, 0): ("unnamed_source", "unattributed"),  # "asking voters to believe what the candidates say"
        (paris, 3): ("named_organization", "unattributed"),  # "The US had signed onto the 2015 pact ..., promising"
        (tweet, 0): ("named_official", "unattributed"),  # the lede before Trump's embedded tweet
    }
    wrong = {(row["id"], row["statement"]): row["source_keyed"] for row in keyed if row["source_ok"] is False}
    assert wrong == {(democrats, 0): "asking voters to believe what the candidates", (paris, 3): "The US",
                     (tweet, 0): "Donald J. Trump (@realDonaldTrump)"}  # a source where the reading has none
    assert agreeing_through_alt(keyed) == 3  # the type in alt
    through = {(row["id"], row["statement"]): (row["keyed"], row["reading"]) for row in keyed
               if row["keyed"] != row["reading"] and row["agree"]}
    assert through == {(delegates, 22): ("named_official", "named_person"),  # Rick Davis goes on
                       (troops, 13): ("named_official", "named_person"),  # "..., Burleson said."
                       (tweet, 4): ("named_official", "named_person")}  # Jay Sekulow, the president's lawyer
    statements = [tuple(row["statement"] for row in keyed if row["id"] == article) for article in SIXTY_SEVENTH_SET]
    assert statements == [  # the keyed statements of each article, in the draw's order
        (14,), (6, 8, 10, 13, 14), (0, 5, 13), (9, 10, 14, 16, 17), (0, 1, 5, 6, 7, 8), (3,),
        (0, 1, 2, 3, 4, 5, 6, 7, 8), (1, 4, 12), (0, 1, 4), (1, 5, 8, 9, 11), (18,), (0, 3, 18, 21),
        (4, 15, 22), (4, 11), (0, 1, 2, 10), (0, 1, 2, 3, 10, 12), (4,), (0, 1, 8, 10, 11), (0, 9),
        (0, 1, 2, 5, 7, 8, 9, 10, 11, 12)]
    per_article = keyed_per_article(keyed, SIXTY_SEVENTH_SET)
    assert (per_article[9], per_article[10]) == (3, 4)  # median 3.5; Politico's Rogers and Obama key holds 10
    assert sum(count < 5 for count in per_article) == 12
    assert sum(row["id"] == rogers for row in keyed) == 10
    assert keyed_types(keyed) == {"named_official": 55, "unattributed": 15, "unnamed_source": 6,
                                  "named_organization": 3, "named_person": 0, "cited_outlet": 0, "document": 0}
    assert {row["id"] for row in keyed} == set(SIXTY_SEVENTH_SET)  # every key holds an item
