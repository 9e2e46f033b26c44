"""docs/exercise_agreement_heldout70.jsonl: the seventieth reading set (seed 1270), read blind.

Its section of docs/exercise_agreement.md: "The seventieth reading set (stop 51; the rule, written
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

SEVENTIETH_SET = [  # the draw of docs/exercise_agreement.md ("the seventieth reading set"), in its order
    "bdWuI5ezECCPMy76", "qetlX5TOduVN25cw", "3oJuNrSVjtLl56YJ", "sL5YWX1jzqSsoEFl",
    "0Pn5HdNafoOk7GRM", "ikzQfxmHC0NQhqAv", "w9x3wojV1ADuC1yz", "GtsjePHa4AecyWsR",
    "SnKkdQ1KeVOS2Ryp", "RpB2d68yML3EuoGl", "TlxYm8t7WbRO0lhJ", "j4x3cLZbRFRYKpb2",
    "aHPGOi6aDTs8xd0h", "G5EDbeIwiZUl7gaZ", "r1jIH5ic9UzLdbBe", "Z6rI70os8U0sc74O",
    "HujCUZIOSljGphOD", "9PTTQW6ScOkcC4yh", "qanSfECzKjHd6TEC", "mqOSiV3SvEAI1EII",
]


def test_seventieth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read70a): 197 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout70", SEVENTIETH_SET[:10], 197,
        {"Newsmax", "Christian Science Monitor", "CBS News", "Fox Online News", "New York Times - News",
         "Politico", "NPR Online News", "Fox News", "CBN", "New York Post"},
        {"unattributed": 62, "named_official": 56, "named_person": 26, "named_organization": 22,
         "unnamed_source": 18, "document": 7, "boilerplate": 6, "cited_outlet": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    poll, kasich, hastert, romney, immigration, ginsburg, jobs, taxes, chalk, ufc = SEVENTIETH_SET[:10]
    assert [len([row for row in first if row["id"] == article]) for article in SEVENTIETH_SET[:10]] == [
        22, 31, 18, 16, 18, 12, 22, 17, 19, 22]
    assert readings_by_article(first, SEVENTIETH_SET[:10]) == [  # every reading, article by article
        "GGuGGOOGGGGGGGGGGOOOub", "uuuOOuuAuPPPbAAAuOuuuuuPPPuOuuO", "uDDDDADDDPPuuAuuPP", "uOOOOuuAuuPuAuAO",
        "PPPuuuuuuAAuuAOOuA", "OOOOOOOOOOub", "uGuuuubbuAuGGuPuuAAGuG", "PPPOOAOPPPPPPPOOO",
        "uGGOuOOOOOuOOOOOOOG", "buuuuuuuuuPAOOOOOOOOOO"]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {**{(kasich, number): False for number in (7, 13, 14, 15)}, (hastert, 5): False,
                       (hastert, 13): False, **{(romney, number): False for number in (7, 12, 14)},
                       **{(immigration, number): False for number in (9, 10, 13, 17)},
                       **{(jobs, number): False for number in (9, 17, 18)}, (taxes, 5): False,
                       (ufc, 11): False}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [
        (poll, 21), (kasich, 12), (ginsburg, 11), (jobs, 6), (jobs, 7), (ufc, 0)]
    assert by_key[(ufc, 0)]["alt"] == ["unattributed"]  # the photo caption atop the body
    figures = [by_key[(poll, number)] for number in (1, 4, *range(7, 17))]  # the poll's figures, no cue
    assert all(row["reading"] == "named_organization" and row["rule"] == "3" and row["alt"] == ["unattributed"]
               for row in figures)
    assert [(by_key[(poll, number)]["reading"], by_key[(poll, number)]["alt"]) for number in (2, 20)] == [
        ("unattributed", ["named_organization"])] * 2  # the debate background, the poll's method
    malloy = [by_key[(poll, number)] for number in (5, 6, 17, 18, 19)]
    assert all(row["reading"] == "named_official" and row["alt"] == ["named_person"] for row in malloy)
    journalists = [by_key[(kasich, number)] for number in (9, 10, 11, 23, 24, 25)] + [
        by_key[(hastert, number)] for number in (16, 17)]  # Bai, Enten, Kane: their outlets in alt
    assert all(row["reading"] == "named_person" and row["alt"] == ["cited_outlet"] for row in journalists)
    assert [by_key[(kasich, number)]["rule"] for number in (9, 10, 11, 12)] == ["9"] * 4  # the tweet
    others = [by_key[(kasich, number)] for number in (14, 15)]  # "in this view": the others' view goes on
    assert all(row["rule"] == "3" and row["alt"] == ["unattributed"] for row in others)
    indictment = [by_key[(hastert, number)]["reading"] for number in range(1, 11)]
    assert indictment == ["document"] * 4 + ["unnamed_source"] + ["document"] * 3 + ["named_person"] * 2
    assert (by_key[(hastert, 2)]["rule"], by_key[(hastert, 2)]["alt"]) == ("2,10", ["unattributed", "unnamed_source"])
    assert by_key[(hastert, 8)]["alt"] == ["unnamed_source", "named_person"]  # "he allegedly lied, telling agents"
    assert all(by_key[(hastert, number)]["alt"] == ["document", "named_official"] for number in (9, 10))
    seen = by_key[(hastert, 13)]  # "He was seen as being above scandal, says Crawford."
    assert (seen["rule"], seen["alt"]) == ("4,10", ["unattributed", "cited_outlet"])
    assert by_key[(hastert, 5)]["alt"] == ["document"]  # "prosecutors allege", their indictment
    assert (by_key[(romney, 2)]["reading"], by_key[(romney, 2)]["rule"], by_key[(romney, 2)]["alt"]) == (
        "named_official", "6", ["unnamed_source"])  # "his spokesperson said", Liz Johnson in [3]
    assert [by_key[(romney, 7)]["rule"], by_key[(jobs, 9)]["rule"]] == ["4", "4"]  # "is expected to"
    assert all(by_key[(immigration, number)]["alt"] == ["named_official"] for number in (10, 13))  # Sharry
    relayed = by_key[(jobs, 18)]  # the unnamed states, per The Wall Street Journal
    assert (relayed["rule"], relayed["alt"]) == ("1,6", ["cited_outlet"])
    lawyer = [by_key[(taxes, number)] for number in (0, 1, 2, *range(7, 14))]  # Consovoy, the president's lawyer
    assert all(row["reading"] == "named_person" and row["alt"][0] == "named_official" for row in lawyer)
    assert (by_key[(taxes, 0)]["rule"], by_key[(taxes, 0)]["alt"]) == ("6", ["named_official", "unnamed_source"])
    accused = by_key[(chalk, 1)]  # "is being accused", Speech First named in [2]
    assert (accused["reading"], accused["rule"], accused["alt"]) == (
        "named_organization", "6", ["unnamed_source", "unattributed"])
    assert (by_key[(ufc, 11)]["rule"], by_key[(ufc, 11)]["alt"]) == ("6", ["unattributed"])  # "supporters shouted"
    candidates = [by_key[key] for key in ((kasich, 3), (kasich, 4), (kasich, 27), (romney, 15))]
    assert all(row["reading"] == "named_official" and "named_person" in row["alt"] for row in candidates)
    acts = [by_key[key] for key in ((kasich, 0), (kasich, 2), (kasich, 18), (kasich, 28), (romney, 0), (romney, 9),
                                    (romney, 11), (immigration, 11), (immigration, 12), (ginsburg, 10),
                                    (chalk, 10), (ufc, 6), (ufc, 8))]
    assert all(row["reading"] == "unattributed" and "7" in row["rule"].split(",") and row["alt"] for row in acts)
    speech = [by_key[key]["reading"] for key in ((kasich, 17), (kasich, 30), (romney, 1), (ginsburg, 0),
                                                 (ginsburg, 4), (ginsburg, 5), (taxes, 3), (taxes, 4), (chalk, 13),
                                                 (ufc, 12), (jobs, 19), (chalk, 18))]
    assert speech == ["named_official"] * 10 + ["named_organization"] * 2  # speech acts with their content (rule 7)
    hedged = [by_key[key] for key in ((kasich, 6), (immigration, 4))]  # "Not everyone was so sure", "is likely to"
    assert all(row["reading"] == "unattributed" and row["alt"] == ["unnamed_source"] for row in hedged)


def test_seventieth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read70b): 207 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout70", SEVENTIETH_SET[10:], 207,
        {"USA TODAY", "Reuters", "Washington Times", "Breitbart News", "ABC News", "BBC News", "CNN (Web News)",
         "The Guardian", "The Hill", "The Daily Caller"},
        {"named_official": 91, "unattributed": 49, "unnamed_source": 22, "named_person": 20,
         "named_organization": 14, "document": 8, "cited_outlet": 2, "boilerplate": 1},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    tokyo, mattis, cornyn, obama, escape, drones, romney, snipes, odor, sessions = SEVENTIETH_SET[10:]
    assert [len([row for row in second if row["id"] == article]) for article in SEVENTIETH_SET[10:]] == [
        25, 16, 31, 20, 13, 19, 23, 24, 16, 20]
    assert readings_by_article(second, SEVENTIETH_SET[10:]) == [  # every reading, article by article
        "OOOuOOuOOOOOOOOOGuuOOOOOO", "OOOGOOOOOOOuGuAO", "OOOOOOOOOOOOOOOOObOPPPOOOOOOOOO",
        "OOuOCuuuOOOOOOOOuDDu", "AAAuGuAAOuAAA", "uuuGuAuuGAOuGGuuAOO", "PPPPPuPPuAuuuPPPPPPPPPP",
        "ACuuOuuOOAuuOOuuuAuOOOOu", "GuGGODuDDuDDGuGG", "AAAuuAOOOOuOOOOAADuu"]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(mattis, 14): False, **{(escape, number): False for number in (0, 1, 2, 6, 7, 10, 11, 12)},
                       (drones, 5): False, (drones, 9): False, (drones, 16): False, (romney, 9): False,
                       (snipes, 0): False, (snipes, 9): False, (snipes, 17): False,
                       **{(sessions, number): False for number in (0, 1, 2, 5, 15, 16)}}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [(cornyn, 17)]  # t.co link
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [(obama, 4), (snipes, 1)]
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [
        (obama, 17), (obama, 18), (odor, 5), (odor, 7), (odor, 8), (odor, 10), (odor, 11), (sessions, 17)]
    plain = {(tokyo, 3): "named_official", (tokyo, 6): "named_official", (tokyo, 18): "named_official",
             (mattis, 11): "unnamed_source", (mattis, 13): "named_organization", (escape, 3): "unnamed_source",
             (escape, 5): "unnamed_source", (drones, 0): "named_official", (romney, 10): "named_person",
             (romney, 11): "named_person", (snipes, 6): "named_official", (snipes, 10): "named_official",
             (snipes, 14): "named_official", (snipes, 15): "unnamed_source", (snipes, 23): "named_official",
             (odor, 13): "named_organization", (sessions, 3): "named_official", (sessions, 4): "unnamed_source"}
    assert all(by_key[key]["reading"] == "unattributed" and by_key[key]["rule"] == "7" and by_key[key]["alt"][0] == actor
               for key, actor in plain.items())  # plain acts and stances, "ruled", the actor in alt (rule 7)
    tweet = [by_key[(cornyn, number)] for number in (15, 16)]  # Van Hollen's embedded tweet
    assert all(row["reading"] == "named_official" and row["rule"] == "9" for row in tweet)
    host = [by_key[(cornyn, number)] for number in (19, 20, 21)]  # Stephanopoulos's question
    assert all(row["reading"] == "named_person" and row["alt"] == ["cited_outlet", "named_official"] for row in host)
    assert by_key[(cornyn, 24)]["alt"] == ["unattributed", "unnamed_source"]  # dismissed, "is expected to pass"
    assert (by_key[(obama, 4)]["rule"], by_key[(obama, 4)]["alt"]) == ("1,10", ["unattributed"])  # the Post's claim
    assert all(by_key[(obama, number)]["alt"] == ["cited_outlet"] for number in (5, 6, 7))  # the writer's gloss
    assert by_key[(obama, 17)]["alt"] == ["named_organization", "unattributed"]  # the Harvard Journal's study
    assert by_key[(obama, 19)]["alt"] == ["named_official", "document"]  # "according to President Obama"
    assert by_key[(escape, 4)]["alt"] == ["unnamed_source"] and by_key[(escape, 7)]["alt"] == ["unattributed"]
    researchers = by_key[(drones, 12)]  # "according to researchers": the Bureau's figures of [8]
    assert (researchers["reading"], researchers["rule"], researchers["alt"]) == ("named_organization", "2,6",
                                                                                 ["unnamed_source"])
    assert by_key[(drones, 5)]["alt"] == ["named_organization"]  # "an official said", the administration's word
    assert by_key[(drones, 17)]["alt"] == ["named_person"]  # Human Rights First's Siemion, to AFP
    assert by_key[(romney, 5)]["alt"] == ["named_person"] and by_key[(romney, 8)]["alt"] == ["named_person"]
    assert (by_key[(snipes, 9)]["rule"], by_key[(snipes, 9)]["alt"]) == ("4", ["unattributed"])  # "it was confirmed"
    counsel = [by_key[(snipes, number)] for number in (12, 13)]  # Norris-Weeks to the Sun Sentinel
    assert all(row["reading"] == "named_official" and row["alt"] == ["named_person", "cited_outlet"] for row in counsel)
    court = [by_key[(odor, number)] for number in (0, 2, 14, 15)]  # the Court of Appeals and its opinion
    assert all(row["reading"] == "named_organization" and row["alt"] == ["document"] for row in court)
    assert (by_key[(odor, 4)]["reading"], by_key[(odor, 4)]["alt"]) == ("named_official", ["document"])
    assert by_key[(odor, 9)]["alt"] == ["document"]  # the arrest, a new paragraph without cue
    letter = [by_key[(sessions, number)] for number in (11, 12, 13, 14)]  # Sessions's leaked letter
    assert all(row["reading"] == "named_official" and row["alt"] == ["document"] for row in letter)
    booker = [by_key[(sessions, number)] for number in (7, 8, 9)]  # told The Hill, relayed
    assert all(row["reading"] == "named_official" and row["alt"] == ["cited_outlet"] for row in booker)
    assert (by_key[(sessions, 2)]["rule"], by_key[(sessions, 2)]["alt"]) == ("1", ["cited_outlet"])  # reports The Hill
    assert by_key[(sessions, 16)]["alt"] == ["document"]  # "Recent research", the study of [17]


def test_seventieth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 3 of the 404 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. The New York Post's president arriving (touching down, his
    entourage, entering the arena), plain acts with their actor in alt as his waving and USA TODAY's news
    conference and meeting (rule 7); the closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout70", SEVENTIETH_SET, 404,  # 1-10 landed first, so the file holds the draw's order
        {"named_official": 147, "unattributed": 111, "named_person": 46, "unnamed_source": 40,
         "named_organization": 36, "document": 15, "cited_outlet": 2, "boilerplate": 7}, 0, keyed=True)
    _, kasich, _, romney, immigration, ginsburg, jobs, taxes, _, ufc = SEVENTIETH_SET[:10]
    tokyo, _, cornyn, _, _, drones, _, snipes, _, _ = SEVENTIETH_SET[10:]
    added = {(ufc, 3): ("unattributed", ["named_official"]),  # "Trump ... touched down at John F. Kennedy Airport"
             (ufc, 4): ("unattributed", ["named_official"]),  # "The entourage arrived at the Garden"
             (ufc, 5): ("unattributed", ["named_official"])}  # "the president entered the arena"
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 219 + 3  # the readers' 219 alts and the review's 3
    assert all(row["reason_reading"] is False for row in by_key.values() if row["reading"] == "unnamed_source")
    arrival = [by_key[key] for key in ((ufc, 3), (ufc, 4), (ufc, 5), (ufc, 6), (tokyo, 6), (tokyo, 18))]
    assert all(row["reading"] == "unattributed" and row["alt"] == ["named_official"] for row in arrival)
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((kasich, 21), (kasich, 22), (romney, 14), (romney, 12), (taxes, 5), (ginsburg, 5), (cornyn, 24),
              (immigration, 6), (jobs, 15), (jobs, 16), (drones, 1), (drones, 11), (snipes, 10), (tokyo, 13),
              (immigration, 0))]
    assert close == [("unattributed", []),  # "Technically, Kasich finished 2016 in fourth"
                     ("unattributed", []),  # "Trump, Senator Cruz, and Marco Rubio all won more delegates."
                     ("unnamed_source", []),  # "GOP leaders in the Senate said"
                     ("unnamed_source", ["named_organization"]),  # "Democrats have said"
                     ("unnamed_source", ["named_organization", "unattributed"]),  # Fox News' "Democrats say"
                     ("named_official", []),  # "did indicate ... — which are also expected to include ..."
                     ("named_official", ["unattributed", "unnamed_source"]),  # "which is expected to pass"
                     ("unattributed", []),  # "In June, the Senate passed a bipartisan plan"
                     ("unattributed", []),  # "Congress created the $349 billion Paycheck Protection Act"
                     ("unattributed", []),  # "the Senate approved a bill this week"
                     ("unattributed", []),  # "The 2016 executive order was brought in by then-President ... Obama"
                     ("unattributed", []),  # the BBC's White House reporter's box, its own voice
                     ("unattributed", ["named_official"]),  # "On Sunday evening, Snipes resigned"
                     ("named_official", ["unattributed"]),  # "Abe did not seem to agree, but said"
                     ("named_person", [])]  # "said Mr. Cabrera", a surname a name


def test_seventieth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main ce83b70 (made once, 16:05:03-16:05:09 UTC on 7 December, just before the seventy-first
    set's, at the key confidence 0.97, on time for the rule's "about 16:05"; made again into another folder at
    16:05:16, byte-identical): 86/87 with alt, 79 strict, 11/11; one type disagrees (Politico's "This article
    first appeared on POLITICO Pro ...", keyed unattributed, read boilerplate); no key names a wrong source,
    judged with each key open; 7 agree only through alt."""
    keyed = assert_held_out_figure("heldout70", statements=404, articles=20, keyed=87, agree=86, strict=79,
                                   reasons=11, reasons_agree=11, wrong_sources=0, per_article_min_max=(1, 17))
    poll, _, hastert, romney, immigration, ginsburg, _, taxes, speech, _ = SEVENTIETH_SET[:10]
    tokyo, _, cornyn, _, prison, drones, _, snipes, marijuana, _ = SEVENTIETH_SET[10:]
    assert reason_misses(keyed) == {}
    asked = {(row["id"], row["statement"]): (row["reason_keyed"], row["reason_reading"]) for row in keyed
             if row["reason_keyed"] is not None}
    assert asked == {(romney, 12): (False, False), (romney, 14): (False, False),  # "Democrats", "GOP leaders"
                     (immigration, 10): (False, False), (immigration, 17): (False, False),  # "leaders", "officials"
                     (taxes, 5): (False, False),  # "Democrats say"
                     (prison, 0): (False, False), (prison, 1): (False, False), (prison, 2): (False, False),
                     (prison, 6): (False, False), (prison, 12): (False, False),  # ABC News' sources
                     (snipes, 17): (False, False)}  # "Some claimed without evidence"
    assert type_disagreements(keyed) == {
        (ginsburg, 11): ("unattributed", "boilerplate"),  # "This article first appeared on POLITICO Pro at 7:20 p.m."
    }
    assert [row for row in keyed if row["source_ok"] is not True] == []  # no wrong source
    assert all("source_keyed" not in row for row in keyed)
    through_alt = {(row["id"], row["statement"]): (row["keyed"], row["reading"]) for row in keyed
                   if row["agree"] and row["keyed"] != row["reading"]}
    assert through_alt == {(poll, 9): ("unattributed", "named_organization"),  # the poll's figures (rule 3)
                           (poll, 10): ("unattributed", "named_organization"),
                           (poll, 13): ("unattributed", "named_organization"),
                           (poll, 14): ("unattributed", "named_organization"),  # "it was a mixed bag for Clinton"
                           (romney, 7): ("unattributed", "unnamed_source"),  # "is expected to vote"
                           (speech, 11): ("named_organization", "named_official"),  # "according to the statement"
                           (marijuana, 2): ("document", "named_organization")}  # "the court's 27-page opinion"
    assert agreeing_through_alt(keyed) == 7
    statements = [tuple(row["statement"] for row in keyed if row["id"] == article) for article in SEVENTIETH_SET]
    assert statements == [  # the keyed statements of each article, in the draw's order
        (0, 1, 3, 5, 9, 10, 13, 14), (16, 18), (6,), (3, 4, 7, 8, 12, 14), (10, 14, 17), (3, 4, 6, 7, 9, 11),
        (5, 8, 11, 16), (5, 16), (0, 3, 5, 8, 11), (2, 4), (0, 1, 5, 8, 9, 10, 13, 19), (0, 8),
        (1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 14, 16, 22, 23, 25, 27, 28), (0, 1, 8), (0, 1, 2, 6, 12), (4,),
        (5, 10, 11), (3, 7, 17), (2, 7), (6, 7, 8, 9)]
    per_article = keyed_per_article(keyed, SEVENTIETH_SET)
    assert (per_article[9], per_article[10]) == (3, 3)  # median 3; the Washington Times' Cornyn key holds 17
    assert sum(count < 5 for count in per_article) == 13
    assert (sum(row["id"] == cornyn for row in keyed), sum(row["id"] == hastert for row in keyed),
            sum(row["id"] == drones for row in keyed), sum(row["id"] == tokyo for row in keyed)) == (17, 1, 1, 8)
    assert keyed_types(keyed) == {"named_official": 48, "unattributed": 20, "unnamed_source": 11,
                                  "named_organization": 5, "document": 3, "named_person": 0, "cited_outlet": 0}
    assert {row["id"] for row in keyed} == set(SEVENTIETH_SET)  # every key holds at least one item
