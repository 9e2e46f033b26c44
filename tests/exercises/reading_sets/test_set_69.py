"""docs/exercise_agreement_heldout69.jsonl: the sixty-ninth reading set (seed 1269), read blind.

Its section of docs/exercise_agreement.md: "The sixty-ninth reading set (stop 51; the rule, written
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

SIXTY_NINTH_SET = [  # the draw of docs/exercise_agreement.md ("the sixty-ninth reading set"), in its order
    "pAeCdZW8Os83u33n", "07T84I7aSF312ZtD", "ieXjH326K2PWrzwN", "RqEsjoVY5c5PgzKC",
    "ba0BdTttbxO81wmH", "JmPKoc7HpGJqPQyg", "daQ9P1e36vUBi7NU", "wuIYtx1gnZSFpglZ",
    "gpBI2vI39HJvi9JA", "KJBBgLCgXCctToYT", "yzY9BmXnZScnVpry", "AoDf5ZLtdGlSsfxw",
    "GCLcK2n6N679wyq1", "IFKMsRJ52GWs3qKg", "E4cfPr0gk0Jyt2rs", "prTCsvpc6o6iqImU",
    "KIgRtO4YYHb9upwD", "w3gIBA8et9uQtoJ9", "YgoDBBhAj661c3Uf", "91H20dCcYuDf9yWL",
]


def test_sixty_ninth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read69a): 204 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout69", SIXTY_NINTH_SET[:10], 204,
        {"Fox Online News", "Politico", "CBN", "Breitbart News", "New York Post", "NPR Online News",
         "Fox News", "Christian Science Monitor", "ABC News", "Newsmax"},
        {"named_official": 69, "unattributed": 66, "named_person": 33, "unnamed_source": 16,
         "cited_outlet": 10, "named_organization": 9, "boilerplate": 1, "document": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    lerner, guns, speech, graham, baden, green, sinjar, libya, lake, judges = SIXTY_NINTH_SET[:10]
    assert [len([row for row in first if row["id"] == article]) for article in SIXTY_NINTH_SET[:10]] == [
        23, 16, 26, 14, 20, 27, 19, 26, 16, 17]
    assert readings_by_article(first, SIXTY_NINTH_SET[:10]) == [  # every reading, article by article
        "OOuOOOOuAAAAPPPPuOOPPOO", "uuGGGuuuuuOOuuuA", "OOOGAuuOOOOOOOOPOOOOuuuuub", "OOOOOuOOOuOOOO",
        "Pu" + "P" * 18, "uOuuuuOuuuOuuuuOuuuPPPPOOuu", "AAuOOuuuAuuOOAuuuuu", "uCuuuCuuuuCCCGOGPPPCCCuGOA",
        "uCuAGAAAOOOAuGOu", "OOCOOOOOuOOOuOOOO"]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {**{(lerner, number): False for number in (8, 9, 10, 11)}, (guns, 15): False,
                       (speech, 4): False, **{(sinjar, number): False for number in (0, 1, 8, 13)},
                       (libya, 25): False, **{(lake, number): False for number in (3, 5, 6, 7, 11)}}  # no terms
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [(speech, 25)]
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [
        (libya, 1), (libya, 5), (libya, 10), (libya, 11), (libya, 12), (libya, 19), (libya, 20), (libya, 21),
        (lake, 1), (judges, 2)]
    kane = by_key[(lerner, 0)]  # "a senior IRS lawyer acknowledged", Thomas Kane named in [1]
    assert (kane["reading"], kane["rule"], kane["alt"]) == ("named_official", "6", ["unnamed_source", "document"])
    relayed = by_key[(lerner, 8)]  # the never-named DOJ attorneys in Judicial Watch's statement
    assert (relayed["rule"], relayed["alt"]) == ("1,6", ["named_organization"])
    mitchell = [by_key[(lerner, number)] for number in range(12, 16)]  # the groups' lawyer, her whistleblower
    assert all(row["reading"] == "named_person" and "named_official" in row["alt"] for row in mitchell)
    assert [row["alt"] for row in (mitchell[0], mitchell[3])] == [["named_official", "unnamed_source"]] * 2
    assert by_key[(lerner, 21)]["alt"] == ["named_person"]  # Sullivan's words after Powell's account
    pathologist = [by_key[(baden, number)] for number in range(20) if number != 1]
    assert all(row["reading"] == "named_person" and "named_official" in row["alt"] for row in pathologist)
    assert (by_key[(baden, 0)]["rule"], by_key[(baden, 0)]["alt"]) == ("6", ["unnamed_source", "named_official"])
    ad = [by_key[(guns, number)] for number in (2, 3, 4)]  # the NRA ad's narrator
    assert all(row["reading"] == "named_organization" and row["alt"] == ["unnamed_source"] for row in ad)
    relays = {(speech, 3): ("named_organization", ["cited_outlet"]), (speech, 11): ("named_official", []),
              (libya, 13): ("named_organization", ["cited_outlet"]), (libya, 14): ("named_official", ["cited_outlet"]),
              (libya, 15): ("named_organization", ["cited_outlet"]), (libya, 24): ("named_official", [])}
    assert {key: (by_key[key]["reading"], by_key[key]["alt"]) for key in relays} == relays  # named behind outlets (rule 1)
    jawad = [by_key[(libya, number)] for number in (16, 17, 18)]  # the BBC's Rana Jawad
    assert all(row["reading"] == "named_person" and row["alt"] == ["cited_outlet"] for row in jawad)
    times = [by_key[(libya, number)] for number in (10, 20, 21)]  # the lead-in and the Times' passage
    assert all(row["alt"] == ["unattributed"] for row in times)
    own = by_key[(speech, 5)]  # "CBN News recently reported"
    assert (own["reading"], own["rule"], own["alt"]) == ("unattributed", "10", ["cited_outlet"])
    hedges = [by_key[key] for key in ((speech, 4), (libya, 25))]
    assert all(row["alt"] == ["unattributed"] for row in hedges)  # "reportedly", "Many are also worried"
    seemed = [by_key[(green, number)] for number in (17, 18)]
    assert all(row["reading"] == "unattributed" and row["alt"] == ["unnamed_source"] for row in seemed)
    authorities = [by_key[(lake, number)]["alt"][0] for number in (3, 7)]
    assert authorities == ["named_official"] * 2  # Bowdich, named in [8] (the review's after)
    stray = [by_key[(judges, number)] for number in (8, 12)]  # the listing's stray quotation marks
    assert [(row["reading"], row["alt"]) for row in stray] == [("unattributed", ["named_official"]), ("unattributed", [])]
    ruling = [by_key[(judges, number)] for number in (9, 10, 11)]
    assert all(row["reading"] == "named_official" and row["alt"] == ["document"] for row in ruling)
    acts = [by_key[key] for key in ((lerner, 7), (guns, 0), (guns, 9), (speech, 21), (speech, 24), (graham, 9),
                                    (green, 4), (green, 8), (green, 9), (green, 12), (green, 13), (sinjar, 5),
                                    (sinjar, 6), (judges, 8))]
    assert all(row["reading"] == "unattributed" and "7" in row["rule"].split(",") and row["alt"] for row in acts)
    speech_acts = [by_key[key]["reading"] for key in ((guns, 10), (guns, 11), (speech, 0), (speech, 19),
                                                      (graham, 3), (graham, 8), (sinjar, 3), (libya, 23))]
    assert speech_acts == ["named_official"] * 7 + ["named_organization"]  # speech acts with their content (rule 7)


def test_sixty_ninth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read69b): 187 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout69", SIXTY_NINTH_SET[10:], 187,
        {"USA TODAY", "New York Times - News", "The Daily Caller", "Reuters", "Washington Times",
         "CNN (Web News)", "The Guardian", "The Hill", "BBC News", "CBS News"},
        {"named_official": 102, "unattributed": 49, "unnamed_source": 16, "named_person": 11,
         "named_organization": 5, "cited_outlet": 2, "boilerplate": 2, "document": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    oso, separations, jones, refugees, shelby, kerry, hill, rosenstein, jfk, pruitt = SIXTY_NINTH_SET[10:]
    assert [len([row for row in second if row["id"] == article]) for article in SIXTY_NINTH_SET[10:]] == [
        22, 16, 21, 15, 18, 25, 24, 15, 16, 15]
    assert readings_by_article(second, SIXTY_NINTH_SET[10:]) == [  # every reading, article by article
        "OOOOOOuGuuuOOOOuAOOOuu", "AAAOOOOuuGOOOOOO", "OOObuOOOOOOOObuOOOOOO", "uGuuuGuuuOOOGAO",
        "OOOOOAOOOOOOOAOOOu", "OuAOOuuuOOuOOOuAuAuuuuAOO", "OOPPPOuPPPPPAAuOOOuOOOOO", "ACOOOuACuOuuuuu",
        "OOuuuOuuuAuuPuPP", "O" * 15]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(oso, 16): False, **{(separations, number): False for number in (0, 1, 2)},
                       (refugees, 13): False, (shelby, 5): False, (shelby, 13): False,
                       **{(kerry, number): False for number in (2, 15, 17, 22)},
                       (hill, 12): False, (hill, 13): False, (rosenstein, 0): False, (rosenstein, 6): False,
                       (jfk, 9): False}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [(jones, 3), (jones, 13)]
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [
        (rosenstein, 1), (rosenstein, 7)]  # "according to CNN and ABC News", "NBC News reported"
    assert [key for key, row in by_key.items() if row["reading"] == "named_organization"] == [
        (oso, 7), (separations, 9), (refugees, 1), (refugees, 5), (refugees, 12)]
    persons = [key for key, row in by_key.items() if row["reading"] == "named_person"]
    assert persons == [*[(hill, number) for number in (2, 3, 4, 7, 8, 9, 10, 11)], (jfk, 12), (jfk, 14), (jfk, 15)]
    assert all(by_key[(jones, number)]["alt"] == ["named_person"]  # a state representative resigning his seat
               for number in range(21) if number not in (3, 4, 13, 14))
    assert [by_key[(jones, number)]["rule"] for number in (2, 8, 15, 18, 19)] == ["9"] * 5  # embedded tweets
    assert by_key[(oso, 16)]["alt"] == ["named_official"]  # "State officials suggested"; Harper quoted next
    assert [by_key[(separations, number)]["alt"] for number in (0, 3, 9)] == [
        [], ["named_person"], ["unattributed"]]  # the unnamed "she"; Bill Clinton; the administration
    assert by_key[(refugees, 13)]["alt"] == ["named_organization", "document"]  # "Hawaii's lawyers added"
    assert [by_key[(refugees, number)]["alt"] for number in (5, 12)] == [["document"]] * 2  # the court, the filing
    assert by_key[(shelby, 5)]["alt"] == ["unattributed", "named_person"]  # "Several women have accused"
    assert by_key[(shelby, 13)]["alt"] == ["document", "unattributed"]  # "Polls show"
    assert [by_key[(kerry, number)]["alt"] for number in (1, 14, 18, 22)] == [
        ["unnamed_source"], ["named_official"], ["unnamed_source"], ["unattributed"]]
    assert [by_key[(hill, number)]["alt"] for number in (2, 3, 7)] == [["cited_outlet"]] * 3  # told the Times
    assert all(by_key[(hill, number)]["alt"] == ["named_organization"] for number in (12, 13))  # the spokesperson
    assert (by_key[(rosenstein, 0)]["rule"], by_key[(rosenstein, 0)]["alt"]) == (
        "4", ["cited_outlet", "unattributed"])  # "is expected to leave"
    assert by_key[(rosenstein, 1)]["alt"] == ["named_official"]  # Rosenstein's telling, per CNN and ABC News
    assert by_key[(rosenstein, 14)]["alt"] == ["cited_outlet", "unnamed_source"]  # "Speculation swirled"
    assert (by_key[(jfk, 9)]["rule"], by_key[(jfk, 9)]["alt"]) == ("1", ["cited_outlet"])  # the Post's experts
    assert all(by_key[(jfk, number)]["alt"] == ["named_official"] for number in (14, 15))  # Sabato
    assert by_key[(pruitt, 12)]["alt"] == ["unnamed_source"]  # officials who "are already saying"
    acts = [by_key[key] for key in ((oso, 6), (oso, 8), (oso, 10), (oso, 15), (oso, 20), (refugees, 0),
                                    (refugees, 6), (refugees, 7), (refugees, 8), (kerry, 10), (hill, 14),
                                    (rosenstein, 10), (jfk, 4), (jfk, 6), (jones, 4))]
    assert all(row["reading"] == "unattributed" and "7" in row["rule"].split(",") and row["alt"] for row in acts)
    speech = [by_key[key]["reading"] for key in ((oso, 0), (oso, 11), (separations, 3), (separations, 6),
                                                 (separations, 11), (separations, 14), (shelby, 14), (kerry, 8),
                                                 (kerry, 9), (kerry, 23), (hill, 0), (hill, 1), (hill, 5),
                                                 (hill, 19), (rosenstein, 9))]
    assert speech == ["named_official"] * 15  # speech acts with their content (rule 7)


def test_sixty_ninth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 6 of the 391 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. Politico's coming announcement with Obama in alt (rule 7);
    ABC News' unnamed authorities with their institution in alt; Newsmax's "was specifically referring to" with
    the writer's in alt; the Guardian's "come under fresh scrutiny" with its unnamed critics in alt; CNN's
    Kerry's visit, a plain act, with its actor in alt as USA TODAY's Obama; the closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout69", SIXTY_NINTH_SET, 391,  # 1-10 landed first, so the file holds the draw's order
        {"named_official": 171, "unattributed": 115, "named_person": 44, "unnamed_source": 32,
         "named_organization": 14, "cited_outlet": 12, "boilerplate": 3, "document": 0}, 0, keyed=True)
    lerner, guns, speech, graham, baden, green, sinjar, libya, lake, judges = SIXTY_NINTH_SET[:10]
    oso, separations, jones, refugees, shelby, kerry, hill, rosenstein, jfk, pruitt = SIXTY_NINTH_SET[10:]
    added = {(guns, 6): ("unattributed", ["named_official"]),  # "He will announce a push for bans"
             (lake, 3): ("unnamed_source", ["named_official", "named_organization"]),  # "according to authorities"
             (lake, 11): ("unnamed_source", ["named_organization"]),  # "authorities said"
             (judges, 1): ("named_official", ["named_person", "unattributed"]),  # "was specifically referring to"
             (hill, 6): ("unattributed", ["unnamed_source"]),  # "has come under fresh scrutiny"
             (kerry, 5): ("unattributed", ["named_official"])}  # "Kerry's previously unannounced visit ... came"
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 173 + 6  # the readers' 173 alts and the review's 6
    assert all(row["reason_reading"] is False for row in by_key.values() if row["reading"] == "unnamed_source")
    travel = [by_key[key] for key in ((oso, 6), (oso, 8), (oso, 20), (kerry, 5))]  # a visit, a tour, a departure
    assert all(row["reading"] == "unattributed" and row["alt"] == ["named_official"] for row in travel)
    authorities = [by_key[(lake, number)] for number in (3, 11)]
    assert all(row["reading"] == "unnamed_source" and "named_organization" in row["alt"] for row in authorities)
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((jfk, 8), (guns, 7), (lake, 4), (speech, 20), (jfk, 11), (kerry, 7), (libya, 11), (libya, 20),
              (lerner, 6), (lerner, 17), (libya, 24), (speech, 11))]
    assert close == [("unattributed", []),  # "It is unclear whether Mr Trump intends"
                     ("unattributed", []),  # "None of these proposals appear to have any support"
                     ("named_organization", []),  # "the FBI believes"
                     ("unattributed", []),  # "Greenburg was arrested Friday, accused of"
                     ("unattributed", []),  # "Oswald was arrested ... and charged"
                     ("unattributed", []),  # "Obama last went to Iraq in April 2009."
                     ("cited_outlet", []),  # the AP's passage after "The AP writes:"
                     ("cited_outlet", ["unattributed"]),  # the Times' passage after "reports that"
                     ("named_official", ["named_person"]),  # Sekulow, a group's counsel on the law
                     ("named_official", []),  # Fitton on his group's own lawsuit
                     ("named_official", []),  # "said Ahmed Hadia ..., according to the Guardian"
                     ("named_official", [])]  # "Trump said according to Fox News"


def test_sixty_ninth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main b7221ac (made once, 15:25:08-15:25:14 UTC on 7 December, right after the sixty-eighth set's,
    at the key confidence 0.97, on time for the rule's "about 15:25"; made again into another folder at 15:25:20,
    byte-identical): 95/96 with alt, 95 strict, 7/7; one type disagrees (the Daily Caller's writer's line before
    Jones' third embedded tweet, given to its credit line); one agreeing type names a wrong source (CNN's "Western
    counterterrorism officials and analysts" keyed under "analysts"), judged with each key open; none through alt."""
    keyed = assert_held_out_figure("heldout69", statements=391, articles=20, keyed=96, agree=95, strict=95,
                                   reasons=7, reasons_agree=7, wrong_sources=1, per_article_min_max=(0, 15),
                                   wrong_disagreeing=1)
    lerner, guns, speech, graham, baden, green, sinjar, libya, lake, judges = SIXTY_NINTH_SET[:10]
    oso, separations, jones, refugees, shelby, kerry, hill, rosenstein, jfk, pruitt = SIXTY_NINTH_SET[10:]
    assert reason_misses(keyed) == {}
    asked = {(row["id"], row["statement"]): (row["reason_keyed"], row["reason_reading"]) for row in keyed
             if row["reason_keyed"] is not None}
    assert asked == {(lerner, 9): (False, False),  # "An administration official told Fox News"
                     (sinjar, 0): (False, False), (sinjar, 1): (False, False),  # "senior U.S. officials said", ...
                     (sinjar, 8): (False, False),  # "Officials say"
                     (lake, 6): (False, False), (lake, 7): (False, False),  # "the senior official said", "officials"
                     (kerry, 17): (False, False)}  # "Western counterterrorism officials and analysts told CNN"
    assert type_disagreements(keyed) == {
        (jones, 14): ("named_official", "unattributed"),  # "Jones' resignation was officially effective Wednesday."
    }
    wrong = {(row["id"], row["statement"]): (row["source_keyed"], row["agree"]) for row in keyed
             if row["source_ok"] is False}
    assert wrong == {(jones, 14): ("Vernon Jones (@RepVernonJones)", False),  # the next tweet's credit line
                     (kerry, 17): ("analysts", True)}  # a coordinated subject cut to its later part
    assert agreeing_through_alt(keyed) == 0  # every agreeing type is the reading itself
    statements = [tuple(row["statement"] for row in keyed if row["id"] == article) for article in SIXTY_NINTH_SET]
    assert statements == [  # the keyed statements of each article, in the draw's order
        (9, 19, 22), (0, 1, 10, 12), (0, 1, 2, 6, 16), (0, 1, 2, 3, 7, 10, 11, 12, 13), (), (1,),
        (0, 1, 4, 6, 8, 11, 12, 17, 18), (8, 10, 19), (6, 7, 8, 9), (3, 14, 15, 16), (0, 1, 7, 9, 12, 17, 21), (8,),
        (0, 10, 14, 17, 20), (0, 9, 10, 14), (0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16),
        (3, 6, 8, 12, 17, 20, 24), (3, 7, 9, 10, 11), (3, 11, 13), (0, 4, 5, 8), (0, 1, 2)]
    per_article = keyed_per_article(keyed, SIXTY_NINTH_SET)
    assert (per_article[9], per_article[10]) == (4, 4)  # median 4; the Washington Times' Shelby key holds 15
    assert sum(count < 5 for count in per_article) == 12
    assert sum(row["id"] == shelby for row in keyed) == 15
    assert keyed_types(keyed) == {"named_official": 62, "unattributed": 18, "unnamed_source": 7, "named_person": 6,
                                  "cited_outlet": 2, "named_organization": 1, "document": 0}
    assert {row["id"] for row in keyed} == set(SIXTY_NINTH_SET) - {baden}  # the New York Post's key is empty
    assert all(row["source_ok"] is True for row in keyed if (row["id"], row["statement"]) not in wrong)
