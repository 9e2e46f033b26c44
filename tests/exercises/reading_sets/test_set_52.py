"""docs/exercise_agreement_heldout52.jsonl: the fifty-second reading set (seed 1252), read blind.

Its section of docs/exercise_agreement.md: "The fifty-second reading set (stop 45; the rule, written
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

FIFTY_SECOND_SET = [  # the draw of docs/exercise_agreement.md ("the fifty-second reading set"), in its order
    "JYhaUCXhuBGMHdd1", "yOctBEc3hkritZli", "sm1ObtkNb5EV1xVj", "TR13MlTsDJ29ywiN",
    "gnTIomgi2fRzKEL3", "Jsxsy9XMjkYmdX3w", "Ommy6fRFQZFu7jtr", "wlzey65z5UgYywFs",
    "aElmqwFlxxVaJQlh", "xGokfPL5RhnEbEKg", "kvVVW76M0FvmRWA4", "KpsffZqLjf3eLtoT",
    "VM4GuQNnKkG4QUVc", "ytqDHeJFccMNnJ7V", "oaBo4AxggctA0Pkg", "cSZqZgOQWXIsfmq8",
    "yivqs8FyqAP3LkX1", "TU05gsnf9T99dqDd", "jFLeq3EgoSMJnQwz", "33lbeVzhi6FlZuH8",
]


def test_fifty_second_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read52a): 216 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout52", FIFTY_SECOND_SET[:10], 216,
        {"CNN (Web News)", "Fox Online News", "Bloomberg", "Reuters", "ABC News", "NPR Online News",
         "Daily Beast", "New York Post", "USA TODAY", "Fox News"},
        {"named_official": 88, "unattributed": 78, "named_person": 24, "document": 13,
         "unnamed_source": 9, "named_organization": 3, "cited_outlet": 1, "boilerplate": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    rubio, unions, factory, tax, obama, hong_kong, vietnam, tlaib, kavanaugh, debate = FIFTY_SECOND_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(rubio, 7): False, **{(unions, number): False for number in (8, 13, 14, 19)},
                       (tax, 2): False, (tax, 6): False, (tax, 16): False, (obama, 7): False}  # no terms anywhere
    records = [key for key, row in by_key.items() if row["reading"] == "document"]
    assert records == [(factory, number) for number in (1, 2, 5, 6, 7, 8, 9, 10, 11, 12, 13)] + [(tax, 5), (tax, 13)]
    assert [by_key[(factory, number)]["rule"] for number in (5, 6, 7, 10, 11, 12, 13)] == ["3"] * 7  # the Fed's figures
    report = by_key[(tlaib, 0)]  # "a report said": the Detroit News of [1]
    assert (report["reading"], report["alt"], report["rule"]) == ("cited_outlet", ["unattributed"], "2")
    relayed = [(by_key[(tlaib, number)]["reading"], by_key[(tlaib, number)]["alt"]) for number in (1, 2)]
    assert relayed == [("named_official", ["cited_outlet"])] * 2  # Tlaib as the News reported
    journal = [(by_key[(rubio, number)]["rule"], by_key[(rubio, number)]["alt"]) for number in (1, 3, 17)]
    assert journal == [("1,5", ["cited_outlet"]), ("5", ["cited_outlet"]), ("5", ["cited_outlet"])]
    former = {(by_key[(obama, number)]["reading"], tuple(by_key[(obama, number)]["alt"][:1]))
              for number in (2, 4, 5, 9, 10, 12, 13, 14, 15, 16, 17, 25, 26, 27, 28)}
    assert former == {("named_person", ("named_official",))}  # the former president, out of office
    assert (by_key[(obama, 3)]["reading"], by_key[(obama, 3)]["alt"]) == ("named_official", ["named_person"])  # in 2016
    stern = {(by_key[(vietnam, number)]["reading"], tuple(by_key[(vietnam, number)]["alt"])) for number in range(7)}
    assert stern == {("named_person", ("named_official",))}  # Trump in 1997, a businessman
    candidate = [by_key[(vietnam, number)]["reading"] for number in (7, 10, 11, 12, 13, 14, 21, 22)]
    assert candidate == ["named_official"] * 8  # the 2016 candidate
    leaders = by_key[(unions, 0)]  # "Leaders of major labor unions": O'Sullivan and Taylor, named in [2]
    assert (leaders["reading"], leaders["alt"], leaders["rule"]) == ("named_official", ["unnamed_source", "unattributed"], "6,7")
    hill = by_key[(unions, 1)]  # "the presidents of two ... unions said ..., The Hill reported"
    assert (hill["reading"], hill["alt"], hill["rule"]) == ("named_official", ["cited_outlet", "document"], "1,6")
    expected = by_key[(tax, 6)]  # "Full-year earnings are expected to be up"
    assert (expected["rule"], expected["alt"]) == ("4", ["document", "unattributed"])
    caucus = by_key[(tax, 17)]  # "Senate Democrats offered ..., but only if": the caucus Schumer leads
    assert (caucus["reading"], caucus["alt"]) == ("named_organization", ["unnamed_source", "named_official"])
    assert (by_key[(tax, 8)]["reading"], by_key[(tax, 8)]["alt"]) == ("named_person", ["named_official"])  # Galston
    assert all(by_key[(kavanaugh, number)]["reading"] == "unattributed" for number in range(26))  # the explainer
    assert by_key[(kavanaugh, 5)]["alt"] == ["unnamed_source"]  # "what is expected to happen": a lead-in
    assert (by_key[(hong_kong, 11)]["reading"], by_key[(hong_kong, 11)]["rule"]) == ("named_person", "9")  # Wong
    acts = [by_key[key] for key in ((rubio, 6), (rubio, 15), (rubio, 16), (unions, 9), (unions, 12), (tax, 18),
                                    (obama, 19), (hong_kong, 8), (vietnam, 15), (tlaib, 7), (tlaib, 9), (tlaib, 11),
                                    (debate, 3), (debate, 16))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)


def test_fifty_second_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read52b): 171 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout52", FIFTY_SECOND_SET[10:], 171,
        {"Newsmax", "New York Times - News", "The Hill", "The Daily Caller", "The Guardian", "Associated Press",
         "CBS News", "CBN", "Politico", "BBC News"},
        {"unattributed": 53, "named_official": 49, "named_person": 37, "unnamed_source": 16,
         "named_organization": 8, "document": 5, "boilerplate": 2, "cited_outlet": 1},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    selma, patriot, cuccinelli, legitimacy, detention, va, evangelicals, dinner, rubio, haley = FIFTY_SECOND_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(selma, 12): False, (selma, 13): False, (patriot, 1): False, (patriot, 8): False,
                       (cuccinelli, 13): False, (legitimacy, 16): False, (va, 8): False, (va, 10): False,
                       **{(rubio, number): False for number in (2, 3, 14, 15, 16, 17, 18)},
                       (haley, 2): False}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(cuccinelli, 15), (legitimacy, 10)]  # "Updated Monday at 9:14 a.m.", the tweet's t.co link
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [(selma, 3)]  # "CNN reported"
    assert by_key[(selma, 3)]["alt"] == ["named_official"]  # Boehner's and McConnell's word in its opening clause
    records = [key for key, row in by_key.items() if row["reading"] == "document"]
    assert records == [(cuccinelli, 2), (va, 11), (va, 12), (va, 13), (va, 14)]  # the ruling, the analysis, VA data
    study = by_key[(va, 8)]  # "Preliminary results from a major study found": never identified
    assert (study["rule"], study["alt"]) == ("4", ["document", "unattributed"])
    statement = [by_key[(selma, number)]["rule"] for number in (7, 8, 9, 10)]
    assert statement == ["3"] * 4 and all(by_key[(selma, number)]["reading"] == "named_official" for number in (7, 8, 9, 10))
    writers = by_key[(selma, 13)]  # "writers on the right argued": Cooke and Christie quoted after
    assert (writers["rule"], writers["alt"]) == ("6,7", ["named_person", "unattributed"])
    journalists = [(by_key[(selma, number)]["reading"], by_key[(selma, number)]["alt"][-1]) for number in (14, 15, 17)]
    assert journalists == [("named_person", "cited_outlet")] * 3  # Cooke in the National Review, Christie in the Daily Beast
    former = {(by_key[key]["reading"], by_key[key]["alt"][0]) for key in
              [(patriot, number) for number in (9, 10, 11, 12)] + [(legitimacy, number) for number in range(2, 8)]
              + [(haley, number) for number in (0, 1, 4, 5, *range(7, 17), 18, 19)]}
    assert former == {("named_person", "named_official")}  # Hoekstra, Fallon, Haley and Kelly, out of office
    tweet = [(by_key[(legitimacy, number)]["reading"], by_key[(legitimacy, number)]["rule"]) for number in (8, 9)]
    assert tweet == [("named_official", "9")] * 2  # Clinton's tweet of October 2016, the candidate
    reportedly = by_key[(haley, 2)]  # "They reportedly told her": Haley's book in alt
    assert (reportedly["rule"], reportedly["alt"]) == ("4", ["named_person"])
    letter = [(by_key[(evangelicals, number)]["reading"], by_key[(evangelicals, number)]["alt"]) for number in (1, 2)]
    assert letter == [("named_official", ["unnamed_source", "document"])] * 2  # the signers named in [3]
    editorial = by_key[(evangelicals, 4)]  # "Christianity Today also carried a warning": Galli's editorial
    assert (editorial["reading"], editorial["alt"], editorial["rule"]) == ("named_official", ["cited_outlet", "named_organization"], "1")
    pew = [by_key[(evangelicals, number)]["reading"] for number in (17, 18, 19)]
    assert pew == ["named_organization"] * 3 and by_key[(evangelicals, 19)]["rule"] == "3"
    lead_ins = [(by_key[(dinner, number)]["reading"], by_key[(dinner, number)]["alt"]) for number in (3, 5, 8)]
    assert lead_ins == [("named_official", ["unattributed"]), ("unattributed", ["named_official"]),
                        ("named_official", ["unattributed"])]  # thanks and highlights with content; a shift of focus
    pastor = by_key[(dinner, 11)]  # "a sentiment that was echoed by Pastor Robert Jeffress"
    assert (pastor["reading"], pastor["alt"], pastor["rule"]) == ("named_person", ["named_official", "unattributed"], "7")
    hedges = [by_key[key] for key in ((selma, 12), (legitimacy, 16))]  # "is seen as", "It was later revealed"
    assert all(row["rule"] == "4" and row["alt"] == ["unattributed"] for row in hedges)
    administration = by_key[(detention, 4)]  # "a decision it said would undermine"
    assert (administration["reading"], administration["alt"]) == ("named_organization", ["unattributed"])
    acts = [by_key[key] for key in ((selma, 2), (selma, 6), (selma, 16), (cuccinelli, 0), (cuccinelli, 1),
                                    (cuccinelli, 5), (cuccinelli, 8), (cuccinelli, 12), (cuccinelli, 14),
                                    (legitimacy, 0), (legitimacy, 1), (legitimacy, 15), (detention, 0), (detention, 1),
                                    (detention, 5), (va, 4), (va, 7), (evangelicals, 0), (evangelicals, 3),
                                    (evangelicals, 10), (dinner, 5), (rubio, 9), (haley, 3))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)


def test_fifty_second_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 2 of the 387 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. The unions' letter and Judge Moss's ruling read one way through
    their passages; closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout52", FIFTY_SECOND_SET, 387,  # 1-10 landed first
        {"named_official": 137, "unattributed": 131, "named_person": 61, "unnamed_source": 25, "document": 18,
         "named_organization": 11, "cited_outlet": 2, "boilerplate": 2}, 0, keyed=True)
    _, unions, _, tax, _, _, _, tlaib, _, _ = FIFTY_SECOND_SET[:10]
    _, _, cuccinelli, legitimacy, _, _, evangelicals, _, _, haley = FIFTY_SECOND_SET[10:]
    added = {(unions, 5): ("named_official", ["cited_outlet", "document"]),  # "The two labor leaders also suggested"
             (cuccinelli, 5): ("unattributed", ["named_official", "document"])}  # "The judge ruled this title ..."
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 262 + 2  # the readers' 262 alts and the review's 2
    letter = [by_key[(unions, number)] for number in (1, 2, 3, 4, 5, 6, 7)]
    assert all(row["reading"] == "named_official" and "document" in row["alt"] for row in letter)  # one way
    rulings = [by_key[(cuccinelli, number)] for number in (0, 1, 5)]
    assert all(row["reading"] == "unattributed" and row["alt"][-1] == "document" for row in rulings)  # "ruled"
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((cuccinelli, 2), (tlaib, 0), (evangelicals, 19), (haley, 16), (tax, 13), (legitimacy, 8))]
    assert close == [("document", ["named_official", "unattributed"]),  # "according to the ruling obtained by"
                     ("cited_outlet", ["unattributed"]),  # "a report said": the Detroit News of [1]
                     ("named_organization", ["unattributed"]),  # Pew's figures going on
                     ("named_person", ["named_official"]),  # "She also wrote": Haley's book not carried
                     ("document", ["named_organization"]),  # "A White House timeline envisions"
                     ("named_official", ["named_person"])]  # Clinton's tweet, the 2016 candidate


def test_fifty_second_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 2790c5a (made once, 02:25:00 UTC on 7 December, seconds before the fifty-third set's, at the
    key confidence 0.97 of 4d493fe; made again into another folder at 02:25:18, byte-identical): 69/71 with alt, 55
    strict, 1/1, one agreeing type under a wrong source (judged with each key open: CNN's "whom he says" given to
    Obama, the president it describes, not to Rubio)."""
    keyed = assert_held_out_figure("heldout52", statements=387, articles=20, keyed=71, agree=69, strict=55,
                                   reasons=1, reasons_agree=1, wrong_sources=1, per_article_min_max=(1, 8))
    rubio, unions, factory, _, obama, _, _, _, _, debate = FIFTY_SECOND_SET[:10]
    selma, patriot, _, _, _, _, _, _, _, haley = FIFTY_SECOND_SET[10:]
    assert reason_misses(keyed) == {}
    assert [row for row in keyed if row["reason_keyed"] or row["reason_reading"]] == []  # no reason given anywhere
    asked = [(row["id"], row["statement"]) for row in keyed if row["reason_keyed"] is not None]
    assert asked == [(unions, 14)]  # the one keyed Anonymous source: "Some GOP lawmakers argue", no terms
    assert type_disagreements(keyed) == {
        (obama, 11): ("named_official", "unattributed"),  # "Obama publicly said the words, 'Donald Trump'"
        (selma, 7): ("unattributed", "named_official")}  # Boehner's statement after "this statement from Boehner:"
    wrong = {(row["id"], row["statement"]): (row["keyed"], row["source_keyed"]) for row in keyed
             if row["source_ok"] is False}
    assert wrong == {(rubio, 13): ("named_official", "Obama")}  # "the president, whom he says": Rubio says it
    assert [row["source_ok"] for row in keyed].count(True) == 70  # every other keyed source judged right
    assert agreeing_through_alt(keyed) == 14  # the type in alt
    through = {(row["id"], row["statement"]): row["keyed"] for row in keyed if row["keyed"] != row["reading"] and row["agree"]}
    assert through == {
        (unions, 3): "document",  # "the letter said": the two presidents' letter
        (factory, 7): "unattributed",  # the Fed's figures going on, read rule 3
        **{(obama, number): "named_official" for number in (2, 10, 14, 15)},  # the former president
        (debate, 3): "named_official",  # "Rubio defended his response."
        (selma, 2): "named_official",  # Tim Scott "tweeted a photo"
        (selma, 3): "named_official",  # Boehner and McConnell "initially said", CNN reporting
        **{(patriot, number): "named_official" for number in (10, 11, 12)},  # former Representative Hoekstra
        (haley, 4): "named_official", (haley, 5): "named_official"}  # Kelly, the former chief of staff
    statements = [tuple(row["statement"] for row in keyed if row["id"] == article) for article in FIFTY_SECOND_SET]
    assert statements == [  # the keyed statements of each article, in the draw's order
        (8, 9, 10, 13), (3, 14), (7,), (10, 11, 12, 15, 20), (2, 10, 11, 14, 15, 20), (2, 10), (15, 16, 18), (12,),
        (7, 11, 18, 21), (0, 3, 4, 5, 6, 7, 17, 18), (2, 3, 7), (2, 3, 10, 11, 12), (11,), (0, 11), (0, 2, 6, 7),
        (0, 1, 2, 5, 15, 17, 19, 20), (17, 18), (4, 9), (7, 8, 10, 11, 12, 13), (4, 5)]
    per_article = keyed_per_article(keyed, FIFTY_SECOND_SET)
    assert (per_article[9], per_article[10]) == (3, 3)  # median 3; Fox News' and the AP's keys hold 8
    assert sum(count < 5 for count in per_article) == 14  # Bloomberg's, the New York Post's, The Hill's 1; six of 2;
    # two of 3; three of 4
    assert keyed_types(keyed) == {"named_official": 46, "unattributed": 18, "named_organization": 5,
                                  "document": 1, "unnamed_source": 1, "named_person": 0, "cited_outlet": 0}
    outlets = [row for row in keyed if row["reading"] in ("cited_outlet", "document", "boilerplate")]
    assert [(row["id"], row["statement"]) for row in outlets] == [(factory, 7), (selma, 3)]  # through alt both
    assert {row["id"] for row in keyed} == set(FIFTY_SECOND_SET)  # no empty key
