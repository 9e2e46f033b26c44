"""docs/exercise_agreement_heldout62.jsonl: the sixty-second reading set (seed 1262), read blind.

Its section of docs/exercise_agreement.md: "The sixty-second reading set (stop 49; the rule, written
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

SIXTY_SECOND_SET = [  # the draw of docs/exercise_agreement.md ("the sixty-second reading set"), in its order
    "yR3KH1ecdRBiHRX5", "t1vAjkreZXvArdIL", "M8hgS3mObSa5TrlX", "fz4LUV7KGXtsxe4C",
    "NOVQ71aiSqyLBwxE", "Xtx7KQmfmPYh4OnR", "BedqfE0lZzepIuvN", "Nm1RBeIga1FrkF8H",
    "KY1KjBk984RlKxsj", "8k9Zv5j9Iab4MYUd", "YnMIBvzsIhlmMl0y", "bWriB2MP4dKaZzE9",
    "dczJi3Ur2CDmT2Jc", "joJO5BpNFNnxsAHI", "Mzs7KKxrssyxOlOk", "L7Sqo2Hl2kkuDOHK",
    "nJ9n2W894MzUjeLu", "qcScwT0kRUlexwik", "fQbbezL4WM5AZPg0", "iiW56bXOwCSI2C5K",
]


def test_sixty_second_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read62a): 230 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout62", SIXTY_SECOND_SET[:10], 230,
        {"Fox Online News", "Associated Press", "Breitbart News", "Politico", "Washington Times", "CBS News",
         "ABC News", "BBC News", "The Daily Caller", "Christian Science Monitor"},
        {"unattributed": 95, "named_person": 52, "named_official": 47, "named_organization": 15,
         "unnamed_source": 12, "boilerplate": 9, "cited_outlet": 0, "document": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    soldier, court, mccarthy, warren, jobs, union, guns, ferguson, abrams, comey = SIXTY_SECOND_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {**{(soldier, number): False for number in (5, 6, 10)},
                       **{(warren, number): False for number in (3, 4, 5, 9, 10, 17)},
                       (guns, 0): False, (guns, 8): False, (abrams, 30): False}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(jobs, 24), (jobs, 29), *[(guns, number) for number in (11, 19, 24, 26, 27)],
                   (abrams, 20), (abrams, 26)]
    organizations = [key for key, row in by_key.items() if row["reading"] == "named_organization"]
    assert organizations == [(soldier, 1), (soldier, 9), (soldier, 17), (court, 0), (court, 5),
                             *[(jobs, number) for number in (0, 14, 16, 17)], (union, 16), (guns, 9),
                             *[(ferguson, number) for number in (9, 12, 14)], (comey, 6)]
    persons = [key for key, row in by_key.items() if row["reading"] == "named_person"]
    assert persons == [(soldier, 7), *[(soldier, number) for number in range(20, 27)],
                       *[(mccarthy, number) for number in (0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11)],
                       *[(ferguson, number) for number in (6, 7, 8, 10, 11)],
                       *[(abrams, number) for number in (*range(1, 11), *range(12, 20), *range(21, 26),
                                                         27, 28, 29, 32, 33)]]
    profile = [by_key[(abrams, number)] for number in range(1, 11)]  # the Post profile, Kevin Powell's words
    assert all(row["alt"] == ["cited_outlet"] for row in profile)
    assert [by_key[(abrams, number)]["alt"] for number in (27, 28)] == [["unnamed_source"]] * 2  # Soave's credit cut
    assert by_key[(abrams, 29)]["alt"] == ["cited_outlet"]  # New York Post reporter Jon Levine
    analyst = [by_key[(mccarthy, number)]["alt"] for number in range(8)]
    assert analyst == [["named_official"]] * 8  # the former prosecutor as a legal analyst
    assert by_key[(mccarthy, 11)]["alt"] == ["named_official", "unnamed_source"]  # "he reportedly said"
    expected = [(by_key[(warren, number)]["rule"], by_key[(warren, number)]["alt"]) for number in (3, 9, 17)]
    assert expected == [("4", ["unattributed"])] * 3  # the impersonal "is expected to"
    forecasts = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((warren, 6), (warren, 7), (union, 4))]
    assert forecasts == [("unattributed", ["unnamed_source"])] * 3  # the writer's forecast or preview
    police = [by_key[key]["alt"] for key in ((soldier, 1), (soldier, 9), (soldier, 17), (ferguson, 9),
                                             (ferguson, 12), (ferguson, 14))]
    assert police == [["unnamed_source"]] * 6
    witnesses = by_key[(soldier, 10)]
    assert (witnesses["rule"], witnesses["alt"]) == ("6", ["named_organization", "unattributed"])
    tweets = [(by_key[(comey, number)]["reading"], by_key[(comey, number)]["alt"][:1]) for number in (9, 10)]
    assert tweets == [("named_official", ["unnamed_source"])] * 2  # Trump's tweets and media reports
    embedded = [(by_key[(jobs, number)]["reading"], by_key[(jobs, number)]["rule"]) for number in (18, 23, 25, 28)]
    assert embedded == [("named_official", "9")] * 4  # Pence's embedded tweets
    marks = [(by_key[(guns, number)]["text"], by_key[(guns, number)]["alt"]) for number in (24, 26)]
    assert marks == [("*", ["unattributed"])] * 2
    archive = by_key[(union, 16)]  # "According to the UCSB Presidency Project"
    assert archive["alt"] == ["document"]
    assert by_key[(jobs, 15)]["alt"] == ["document"]  # the government's data
    acts = [by_key[key] for key in ((soldier, 15), (court, 4), (court, 8), (court, 9), (mccarthy, 8), (warren, 0),
                                    (warren, 1), (warren, 13), (ferguson, 5), (ferguson, 17), (abrams, 0),
                                    (abrams, 11))]
    assert all(row["reading"] == "unattributed" and "7" in row["rule"].split(",") and row["alt"] for row in acts)
    mocked = [by_key[(abrams, number)]["alt"] for number in (0, 11)]
    assert mocked == [["unnamed_source", "named_person"]] * 2
    told = [by_key[key]["reading"] for key in ((ferguson, 0), (union, 11), (comey, 17), (jobs, 0), (comey, 6),
                                                (mccarthy, 0), (ferguson, 6), (ferguson, 10), (abrams, 21))]
    assert told == ["named_official"] * 3 + ["named_organization"] * 2 + ["named_person"] * 4  # rule 7
    carried = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((soldier, 24), (soldier, 26), (mccarthy, 2),
                                                                         (mccarthy, 6), (union, 12), (jobs, 5))]
    assert carried == [("named_person", "3")] * 4 + [("named_official", "3")] * 2
    holder = by_key[(ferguson, 16)]
    assert (holder["reading"], holder["alt"]) == ("named_official", ["unattributed"])


def test_sixty_second_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read62b): 196 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout62", SIXTY_SECOND_SET[10:], 196,
        {"Fox News", "USA TODAY", "The Hill", "The Guardian", "NPR Online News", "New York Post", "CBN",
         "CNN (Web News)", "Newsmax", "Al Jazeera"},
        {"unattributed": 43, "named_official": 42, "named_person": 40, "named_organization": 38,
         "unnamed_source": 22, "boilerplate": 5, "cited_outlet": 4, "document": 2},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    poll, water, sackler, alaska, migrants, neighbor, red_flag, noah, netanyahu, mosque = SIXTY_SECOND_SET[10:]
    assert [len([row for row in second if row["id"] == article]) for article in SIXTY_SECOND_SET[10:]] == [
        26, 15, 12, 19, 15, 25, 16, 24, 14, 30]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {**{(water, number): False for number in (0, 3, 11)},
                       **{(sackler, number): False for number in (0, 2, 8, 9, 10)},
                       (migrants, 3): False, (migrants, 4): False,
                       **{(neighbor, number): False for number in (0, 3, 4)}, (red_flag, 10): False,
                       **{(netanyahu, number): False for number in (0, 1, 2, 3, 4, 8, 9, 10)}}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(water, 13), (water, 14), (neighbor, 24), (noah, 8), (mosque, 9)]
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(sackler, 1), (red_flag, 2), (netanyahu, 5), (netanyahu, 6)]
    documents = [key for key, row in by_key.items() if row["reading"] == "document"]
    assert documents == [(sackler, 5), (sackler, 6)]  # the court filing behind "reportedly"
    assert all(by_key[(sackler, number)]["alt"] == ["unnamed_source", "cited_outlet"] for number in (5, 6))
    persons = [key for key, row in by_key.items() if row["reading"] == "named_person"]
    assert persons == [*[(neighbor, number) for number in (2, 6, 7, *range(9, 16), *range(17, 24))],
                       (noah, 2), (noah, 6), (noah, 7), *[(noah, number) for number in (11, 12, 13, *range(15, 24))],
                       *[(mosque, number) for number in (0, 4, 5, 7, 10, 11, 12, 13)]]
    findings = [by_key[(poll, number)] for number in (0, 1, 2, 4, 6, 7, 9, 10, 11, 12, 14, 19, 20, 21, 22)]
    assert all(row["reading"] == "named_organization" and row["alt"] == ["unattributed", "unnamed_source"]
               for row in findings)  # Fox's own poll in Fox's own article
    method = [by_key[(poll, number)] for number in (5, 16, 17, 18, 23, 24, 25)]
    assert all(row["reading"] == "unattributed" and row["alt"] == ["named_organization"] for row in method)
    officials = [by_key[(water, number)] for number in (0, 3, 11)]  # "State officials", the board named in [9]
    assert all(row["rule"] == "6" and row["alt"][0] == "named_organization" for row in officials)
    assert [by_key[(water, number)]["reading"] for number in (6, 12)] == ["named_organization"] * 2
    assert by_key[(sackler, 0)]["alt"][0] == "cited_outlet" and by_key[(sackler, 0)]["rule"] == "4"  # "allegedly"
    nachman = by_key[(sackler, 7)]  # "in a letter to the court, according to the Times"
    assert (nachman["reading"], nachman["alt"], nachman["rule"]) == ("named_official", ["document", "cited_outlet"], "1")
    assert by_key[(sackler, 8)]["alt"] == ["unattributed", "named_organization"]  # Purdue declined
    assert [by_key[(alaska, number)]["alt"] for number in (1, 2, 3)] == [["document"]] * 3  # the email's measures
    assert (by_key[(alaska, 4)]["reading"], by_key[(alaska, 4)]["alt"]) == ("named_official", ["cited_outlet"])
    assert (by_key[(alaska, 14)]["reading"], by_key[(alaska, 14)]["alt"]) == ("named_official", ["unattributed"])
    chancellor = [by_key[(migrants, number)] for number in (3, 4)]  # roles named nowhere
    assert all(row["rule"].startswith("6") and row["alt"][0] == "named_official" for row in chancellor)
    beardsley = [(by_key[(migrants, number)]["reading"], by_key[(migrants, number)]["alt"]) for number in (5, 6, 7)]
    assert beardsley == [("named_organization", ["unattributed", "cited_outlet"]), ("unattributed", ["cited_outlet"]),
                         ("named_organization", ["unattributed", "cited_outlet"])]  # NPR's own correspondent
    caddel = by_key[(neighbor, 2)]  # "A resident told ... KSAT", named in [6]
    assert (caddel["alt"], caddel["rule"]) == (["unnamed_source"], "5,6")
    assert by_key[(neighbor, 0)]["alt"] == ["cited_outlet"]  # "a report says"
    assert (by_key[(neighbor, 22)]["reading"], by_key[(neighbor, 22)]["rule"]) == ("named_person", "2,5")
    assert (by_key[(red_flag, 2)]["alt"], by_key[(red_flag, 10)]["alt"]) == (["named_organization"], ["named_official"])
    assert all(by_key[(red_flag, number)]["alt"] == ["named_person"] for number in (7, 8, 9))  # Granados
    assert [by_key[(red_flag, number)]["rule"] for number in (11, 12, 13)] == ["9"] * 3  # Jordan's tweet
    assert (by_key[(red_flag, 15)]["reading"], by_key[(red_flag, 15)]["alt"]) == ("named_official",
                                                                                  ["unnamed_source", "unattributed"])
    uberfacts = by_key[(noah, 14)]  # "RT @UberFacts: ..."
    assert (uberfacts["reading"], uberfacts["alt"]) == ("named_organization", ["named_person"])
    assert (by_key[(noah, 9)]["reading"], by_key[(noah, 9)]["alt"]) == ("named_organization", ["named_person"])
    assert [by_key[(netanyahu, number)]["alt"] for number in (5, 6)] == [["unnamed_source"]] * 2
    assert (by_key[(netanyahu, 7)]["reading"], by_key[(netanyahu, 7)]["alt"]) == ("unattributed", ["cited_outlet"])
    assert (by_key[(netanyahu, 11)]["reading"], by_key[(netanyahu, 11)]["rule"]) == ("named_official", "6,7")
    assert (by_key[(mosque, 0)]["rule"], by_key[(mosque, 0)]["alt"]) == ("6", ["named_official"])  # Peters
    tweet = by_key[(mosque, 8)]  # the text of Al Jazeera English's own tweet
    assert (tweet["reading"], tweet["alt"], tweet["rule"]) == ("unattributed", ["named_person"], "9,10")
    gun_city = by_key[(mosque, 20)]
    assert (gun_city["reading"], gun_city["alt"]) == ("named_organization", ["unattributed", "named_official"])
    tipple = [by_key[(mosque, number)] for number in (21, 22, 23, 24, 27, 28, 29)]
    assert all(row["reading"] == "named_official" and "named_person" in row["alt"] for row in tipple)
    assert by_key[(mosque, 18)]["alt"] == ["unnamed_source"]  # "an estimated"
    acts = [by_key[key] for key in ((water, 5), (alaska, 6), (alaska, 9), (neighbor, 1), (neighbor, 8), (noah, 0),
                                    (noah, 1), (mosque, 14))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)


def test_sixty_second_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 5 of the 426 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. A named official's plain act with its actor in alt (CBS's
    Obama "delivered his address"), the writer's "it seems" as the set's other hedges, the Fox poll's figures one
    way, the New York attorney general's finding with the office in alt, "Authorities said" as the set's unnamed
    officials and police; closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout62", SIXTY_SECOND_SET, 426,  # 1-10 landed first, so the file holds the draw's order
        {"unattributed": 138, "named_person": 92, "named_official": 89, "named_organization": 53,
         "unnamed_source": 34, "boilerplate": 14, "cited_outlet": 4, "document": 2}, 0, keyed=True)
    soldier, court, mccarthy, warren, jobs, union, guns, ferguson, abrams, comey = SIXTY_SECOND_SET[:10]
    poll, water, sackler, alaska, migrants, neighbor, red_flag, noah, netanyahu, mosque = SIXTY_SECOND_SET[10:]
    added = {(union, 8): ("unattributed", ["named_official"]),  # "former President Obama delivered his address"
             (comey, 12): ("unattributed", ["unnamed_source"]),  # "it seems almost impossible that"
             (poll, 15): ("named_organization", ["unattributed", "unnamed_source"]),  # "Health care still tops guns"
             (sackler, 0): ("unnamed_source", ["cited_outlet", "named_organization"]),  # "has allegedly uncovered"
             (neighbor, 3): ("unnamed_source", ["named_organization"])}  # "Authorities said"
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 204 + 5  # the readers' 204 alts and the review's 5
    hedged = [by_key[key] for key in ((warren, 6), (warren, 7), (union, 4), (comey, 12))]
    assert all(row["reading"] == "unattributed" and "unnamed_source" in row["alt"] for row in hedged)
    officials = [by_key[key] for key in ((water, 0), (water, 3), (water, 11), (neighbor, 3))]
    assert all(row["reading"] == "unnamed_source" and "named_organization" in row["alt"] for row in officials)
    figures = [by_key[(poll, number)]["alt"] for number in (14, 15)]  # the priority list, one question
    assert figures == [["unattributed", "unnamed_source"]] * 2
    assert by_key[(sackler, 2)]["alt"] == ["cited_outlet", "named_official"]  # James "reportedly issued subpoenas"
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((comey, 8), (comey, 19), (union, 0), (netanyahu, 0), (poll, 13), (alaska, 9), (red_flag, 0),
              (neighbor, 5), (ferguson, 16), (abrams, 29), (sackler, 1), (guns, 12))]
    assert close == [("unattributed", []),  # "It's likely that he benefited politically": the writer's judgment
                     ("unattributed", []),  # "alleged purposeful communications" inside a noun phrase
                     ("unattributed", []),  # "Trump will deliver an address": the scheduled speech
                     ("unnamed_source", []),  # "White House officials angrily denounced", as earlier readings
                     ("named_organization", ["unattributed"]),  # the poll's trend, the writer's comparison
                     ("unattributed", ["named_official"]),  # "made remarks that appeared to show Nazi sympathies"
                     ("named_official", ["unattributed"]),  # Trump "appears to be moving his support"
                     ("unattributed", []),  # "It's unclear, though, if he died of a self-inflicted gunshot wound"
                     ("named_official", ["unattributed"]),  # "The FBI is investigating ... and Holder said"
                     ("named_person", ["cited_outlet"]),  # New York Post reporter Jon Levine's own opinion
                     ("cited_outlet", []),  # "The New York Times reported", nothing behind it named
                     ("unattributed", [])]  # an item of the writer's list of D.C. gun rules


def test_sixty_second_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 0112a08 (made once, 11:14:28 UTC on 7 December, before the sixty-third set's, at the key
    confidence 0.97, on time for the rule's "about 11:15"; made again into another folder at 11:14:42,
    byte-identical): 56/58 with alt, 53 strict, 3/3; two types disagree, both CNN's Comedy Central statement keyed
    Named person ("Comedy Central" in no organization lexicon; its second sentence given to Trevor Noah by the
    credit line of the embedded tweet after it, a wrong source under a disagreeing type); no agreeing type names a
    wrong source (judged with each key open); three agree through alt; Breitbart's key is empty."""
    keyed = assert_held_out_figure("heldout62", statements=426, articles=20, keyed=58, agree=56, strict=53,
                                   reasons=3, reasons_agree=3, wrong_sources=0, per_article_min_max=(0, 7),
                                   wrong_disagreeing=1)
    _, _, mccarthy, warren, jobs, *_ = SIXTY_SECOND_SET[:10]
    _, water, sackler, _, _, neighbor, _, noah, netanyahu, mosque = SIXTY_SECOND_SET[10:]
    assert reason_misses(keyed) == {}
    asked = {(row["id"], row["statement"]): (row["reason_keyed"], row["reason_reading"]) for row in keyed
             if row["reason_keyed"] is not None}
    assert asked == {(warren, 4): (False, False),  # "A Reid spokesman said"
                     (neighbor, 2): (False, None),  # "A resident told ... KSAT", read named_person (Summer Caddel)
                     (netanyahu, 4): (False, False),  # "U.S. officials said that"
                     (netanyahu, 8): (False, False)}  # "a source close to Kerry told the Post"
    assert type_disagreements(keyed) == {
        (noah, 3): ("named_person", "named_organization"),  # "Comedy Central defended the comedian as well, saying"
        (noah, 4): ("named_person", "named_organization")}  # its statement going on, "To judge him ..."
    wrong = {(row["id"], row["statement"]): row["source_keyed"] for row in keyed if row["source_ok"] is False}
    assert wrong == {(noah, 4): "Trevor Noah (@Trevornoah)"}  # Comedy Central's statement, as read
    assert all(row["source_ok"] is True for row in keyed if (row["id"], row["statement"]) not in wrong)
    assert agreeing_through_alt(keyed) == 3  # the type in alt
    through = {(row["id"], row["statement"]): (row["keyed"], row["reading"]) for row in keyed
               if row["keyed"] != row["reading"] and row["agree"]}
    assert through == {(water, 6): ("unattributed", "named_organization"),  # "California is starting to tell"
                       (neighbor, 2): ("unnamed_source", "named_person"),  # "A resident told ... KSAT"
                       (mosque, 29): ("named_person", "named_official")}  # "Tipple said his company had operated"
    statements = [tuple(row["statement"] for row in keyed if row["id"] == article) for article in SIXTY_SECOND_SET]
    assert statements == [  # the keyed statements of each article, in the draw's order
        (11,), (1, 5, 7, 8), (), (4, 8, 12, 14, 19), (1, 6, 7, 8, 9, 14, 16), (0, 5, 7), (7, 22, 23, 30), (2, 5),
        (18, 19), (3, 12), (0, 1, 2, 20), (6, 10), (1,), (7, 8, 14), (10, 12), (2, 13, 18), (4, 12, 13, 14),
        (3, 4), (4, 6, 8), (4, 17, 19, 29)]
    per_article = keyed_per_article(keyed, SIXTY_SECOND_SET)
    assert (per_article[9], per_article[10]) == (3, 3)  # median 3; the Washington Times' jobs key holds 7
    assert sum(count < 5 for count in per_article) == 18  # one of 0, two of 1, six of 2, four of 3, five of 4
    assert sum(row["id"] == jobs for row in keyed) == 7
    assert keyed_types(keyed) == {"named_official": 17, "unattributed": 17, "named_organization": 10,
                                  "named_person": 8, "unnamed_source": 4, "cited_outlet": 2, "document": 0}
    relayed = [(row["id"], row["statement"], row["reading"]) for row in keyed
               if row["reading"] in ("cited_outlet", "document", "boilerplate")]
    assert relayed == [(sackler, 1, "cited_outlet"),  # "The New York Times reported"
                       (netanyahu, 6, "cited_outlet")]  # "The Washington Post reported that"
    assert {row["id"] for row in keyed} == set(SIXTY_SECOND_SET) - {mccarthy}  # Breitbart's key is empty
