"""docs/exercise_agreement_heldout80.jsonl: the eightieth reading set (seed 1280), read blind.

Its section of docs/exercise_agreement.md: "The eightieth reading set (stop 54; the rule, written
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

EIGHTIETH_SET = [  # the draw of docs/exercise_agreement.md ("the eightieth reading set"), in its order
    "PNLlqLqM7v7oSVuX", "96kIrWjCtDyf69mh", "lB4r5fa5os4XBWE2", "qrcMHfVjjsmEZgVa",
    "5YjFGyew8EF5XnAX", "Ez0kgpEgveUNFF6A", "6CPHbXiVAh4z9Wsv", "yEYNDIzT4OY4APmA",
    "LQU2Qwd5hmMQxLyM", "8yatbWL93OXOMF5q", "J4gDRGNXoewnB2L2", "b6m4nWkE599QnMBZ",
    "jx8ivWTec7AVHcZV", "eri0rprcqAbPDrs6", "6mDcPgCX2gagY7bK", "sTa8lyPKlzIv8CEd",
    "0inqxcoUpcG7DMQ7", "QlPoW1YdTEDLXdZR", "FWPhL3grHpTqOGO5", "MwkCyjlHWc3jO0pY",
]


def test_eightieth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read80a): 174 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout80", EIGHTIETH_SET[:10], 174,
        {"USA TODAY", "Christian Science Monitor", "Fox Online News", "Fox News", "Breitbart News",
         "New York Post", "ABC News", "The Daily Caller", "The Hill", "New York Times - News"},
        {"unattributed": 70, "named_official": 46, "unnamed_source": 22, "named_organization": 21,
         "named_person": 11, "document": 3, "cited_outlet": 1, "boilerplate": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    straws, cruz, keane, poynter, apps, epstein, assange, pelosi, doj, kelly = EIGHTIETH_SET[:10]
    assert [len([row for row in first if row["id"] == article]) for article in EIGHTIETH_SET[:10]] == [
        16, 19, 12, 20, 13, 21, 15, 18, 14, 26]
    assert readings_by_article(first, EIGHTIETH_SET[:10]) == [  # every reading, article by article
        "uuGuAGGGuuGuGOOG", "uuuOuuOuuuOOuOAOAOO", "PPPuPuPuOPPP", "uuuuuuOuOOOOOOOOOAPu",
        "OOGGGGGuGGOOu", "AuuuuuAOCuuuuDuAOPPAu", "AAOOuuuuuuADuGG", "uuuOuuDAOuuOuuOOuu",
        "GuGGuGGuuAuuAA", "AAAAuAAOuOOuOOuuOOOOuOOuOA"]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(straws, 4): False, (cruz, 14): False, (cruz, 16): False, (poynter, 17): False,
                       **{(epstein, number): False for number in (0, 6, 15, 19)},
                       **{(assange, number): False for number in (0, 1, 10)}, (pelosi, 7): False,
                       **{(doj, number): False for number in (9, 12, 13)},
                       **{(kelly, number): False for number in (0, 1, 2, 3, 5, 6, 25)}}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [(epstein, 8)]
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [
        (epstein, 13), (assange, 11), (pelosi, 6)]
    assert by_key[(straws, 4)]["alt"] == ["unattributed"]  # "groups who say they clog waterways"
    assert (by_key[(cruz, 16)]["rule"], by_key[(cruz, 16)]["alt"]) == (
        "6,7", ["named_official", "named_organization"])  # "Democrats highlighted", Shulman next
    assert by_key[(cruz, 14)]["alt"] == ["named_official"]  # "His advisers said", the spokesman perhaps one
    retired = [row for row in first if row["id"] == keane and row["reading"] == "named_person"]
    assert len(retired) == 8 and all(row["alt"] == ["named_official"] for row in retired)  # a retired general
    mea_culpa = [by_key[(poynter, number)] for number in range(8, 17)]  # the statement Allen posted
    assert all(row["reading"] == "named_official" and row["alt"] == ["named_organization"] for row in mea_culpa)
    assert [row["rule"] for row in mea_culpa] == ["2", "3", "3", "3", "3", "2", "3", "3", "3"]
    assert (by_key[(poynter, 6)]["reading"], by_key[(poynter, 6)]["alt"]) == ("named_official", ["named_person"])
    assert (by_key[(poynter, 18)]["reading"], by_key[(poynter, 18)]["alt"]) == (
        "named_person", ["named_official", "document"])  # researcher Golding's report
    assert [by_key[(poynter, 17)]["alt"], by_key[(epstein, 19)]["alt"]] == [["unattributed"]] * 2  # many, cynics
    assert (by_key[(apps, 1)]["reading"], by_key[(apps, 1)]["rule"], by_key[(apps, 1)]["alt"]) == (
        "named_official", "1", ["cited_outlet"])  # TechCrunch relaying Zuckerberg
    ranking = [by_key[(apps, number)] for number in (3, 4, 5, 6, 8)]  # App Annie's ranking goes on
    assert all(row["reading"] == "named_organization" and row["rule"] == "3" and row["alt"] == ["unattributed"]
               for row in ranking)
    assert by_key[(apps, 2)]["alt"] == ["document"]
    assert (by_key[(epstein, 17)]["reading"], by_key[(epstein, 17)]["rule"], by_key[(epstein, 17)]["alt"]) == (
        "named_person", "6", ["unnamed_source", "named_official"])  # "One of Epstein's lawyers", Fernich next
    assert by_key[(epstein, 13)]["alt"] == ["named_person"]  # the unsealed records, Giuffre's account
    assert [by_key[(assange, number)]["alt"] for number in (0, 1, 10)] == [
        ["named_official", "named_organization"], ["named_official"], ["unattributed", "document"]]
    assert (by_key[(pelosi, 7)]["rule"], by_key[(pelosi, 7)]["alt"]) == ("4", ["document", "unattributed"])
    assert (by_key[(doj, 12)]["rule"], by_key[(doj, 12)]["alt"]) == ("6,7", ["named_organization"])
    assert (by_key[(doj, 10)]["reading"], by_key[(doj, 10)]["alt"]) == ("unattributed", ["unnamed_source"])
    voices = [by_key[(kelly, number)] for number in (0, 1, 3, 5, 6)]  # the video's voices, no speaker given
    assert all(row["reading"] == "unnamed_source" and row["alt"] == ["unattributed"] for row in voices)
    quoted = [by_key[(kelly, number)] for number in (9, 10, 12, 13)]  # Kelly's statements, no cue of their own
    assert all(row["reading"] == "named_official" and row["rule"] == "3" and row["alt"] == ["unnamed_source"]
               for row in quoted)
    assert [by_key[(kelly, number)]["alt"] for number in (21, 24)] == [["unnamed_source"]] * 2
    assert [by_key[(kelly, number)]["rule"] for number in (2, 25)] == ["4", "4"]  # "was once seen as", "is said to"
    leads = [by_key[key] for key in ((cruz, 13), (apps, 0), (apps, 11), (pelosi, 8), (pelosi, 11), (kelly, 16))]
    assert all(row["reading"] == "named_official" and "unattributed" in row["alt"] for row in leads)
    acts = [by_key[key] for key in ((straws, 1), (straws, 8), (straws, 9), (straws, 11), (cruz, 1), (cruz, 9),
                                    (cruz, 12), (keane, 3), (keane, 5), (keane, 7), (poynter, 1), (poynter, 5),
                                    (poynter, 7), (epstein, 4), (epstein, 10), (assange, 4), (assange, 12),
                                    (pelosi, 1), (pelosi, 9), (pelosi, 12), (pelosi, 13), (pelosi, 16), (doj, 4),
                                    (kelly, 8), (kelly, 11), (kelly, 20), (kelly, 23))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)
    assert [row for row in first if row["reading"] == "unattributed" and "7" in row["rule"].split(",")
            and not row["alt"]] == []  # every plain act has its actor in alt


def test_eightieth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read80b): 199 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout80", EIGHTIETH_SET[10:], 199,
        {"Politico", "Washington Times", "NPR Online News", "Newsmax", "The Guardian", "CNN (Web News)", "CBN",
         "Reuters", "BBC News", "CBS News"},
        {"unattributed": 83, "named_official": 46, "named_person": 24, "named_organization": 18,
         "unnamed_source": 12, "document": 7, "cited_outlet": 7, "boilerplate": 2},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    immigration, spencer, benefits, dowd, manafort, stormy, kenya, budget, holt, sanders = EIGHTIETH_SET[10:]
    assert [len([row for row in second if row["id"] == article]) for article in EIGHTIETH_SET[10:]] == [
        16, 12, 24, 19, 13, 14, 28, 19, 28, 26]
    assert readings_by_article(second, EIGHTIETH_SET[10:]) == [  # every reading, article by article
        "uuuuuuAuuuOuuuuD", "PPPPPPuuuPuu", "uuCuuCCOOOOOuuuCCCOOOuPP", "OOOOOOOOOOOOOOOuuPP",
        "DAuuuuDDuDODD", "APOuuAAAuuOAAu", "uCuPuPPuuPPPPuuPPuuuAAuuuGbb", "uOuOOuuuuOOOuuuGAOO",
        "OuuuOOuuuOOOPPPAuuGGuuOOuuuu", "GGGGOOuuGuGGuGGuGGuGGGuuOu"]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(immigration, 6): False, (manafort, 1): False,
                       **{(stormy, number): False for number in (0, 5, 6, 7, 11, 12)},
                       (kenya, 20): False, (kenya, 21): False, (budget, 16): False,
                       (holt, 15): False}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [
        (benefits, 2), (benefits, 5), (benefits, 6), (benefits, 15), (benefits, 16), (benefits, 17), (kenya, 1)]
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [
        (immigration, 15), *[(manafort, number) for number in (0, 6, 7, 9, 11, 12)]]  # the plan, the court papers
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [
        (kenya, 26), (kenya, 27)]  # the comment policy and its sign-off
    assert (by_key[(benefits, 4)]["reading"], by_key[(benefits, 4)]["rule"], by_key[(benefits, 4)]["alt"]) == (
        "unattributed", "10", ["cited_outlet"])  # "As NPR's Craig Windham reported", in NPR (rule 10)
    spencer_rows = [row for row in second if row["id"] == spencer and row["reading"] == "named_person"]
    assert len(spencer_rows) == 7 and all(row["alt"] == ["named_official"] for row in spencer_rows)  # his own trip
    trump = [row for row in second if row["id"] == dowd and row["statement"] < 15]  # the nominee and his tweets
    assert all(row["reading"] == "named_official" and "named_person" in row["alt"] for row in trump)
    assert [row["statement"] for row in trump if row["rule"] == "9"] == [1, 2, 3, 4, 5, 6, 8, 9, 11, 12, 13, 14]
    first_names = [by_key[(kenya, number)] for number in (3, 5, 9, 15)]  # Fozia and Asha, first names only
    assert all(row["reading"] == "named_person" and "11" in row["rule"].split(",")
               and row["alt"][0] == "unnamed_source" for row in first_names)
    assert (by_key[(kenya, 20)]["rule"], by_key[(kenya, 20)]["alt"]) == ("1,6", ["named_person", "cited_outlet"])
    assert (by_key[(budget, 1)]["reading"], by_key[(budget, 1)]["alt"]) == (
        "named_official", ["unnamed_source"])  # two lawmakers, named in [3], [4] (rule 6)
    assert (by_key[(budget, 16)]["rule"], by_key[(budget, 16)]["alt"]) == (
        "6,7", ["named_organization", "unattributed"])  # "Democrats have lambasted"
    assert (by_key[(manafort, 1)]["alt"], by_key[(manafort, 10)]["rule"]) == (
        ["named_organization", "document"], "1,5")  # "federal prosecutors said in a filing"; "told Reuters"
    assert (by_key[(stormy, 1)]["reading"], by_key[(stormy, 1)]["alt"]) == (
        "named_person", ["document", "unattributed"])  # Daniels' suit "alleging"
    assert (by_key[(stormy, 13)]["reading"], by_key[(stormy, 13)]["alt"]) == ("unattributed", ["unnamed_source"])
    carried = [by_key[(sanders, number)] for number in (2, 3, 11, 14, 17, 20, 21)]  # the campaigns' figures go on
    assert all(row["reading"] == "named_organization" and row["rule"] == "3" and row["alt"] == ["unattributed"]
               for row in carried)
    plain = {(immigration, 3): "named_official", (immigration, 8): "named_official", (immigration, 9): "named_official",
             (immigration, 11): "named_official", (immigration, 12): "named_organization",
             (immigration, 13): "named_official", (spencer, 6): "unnamed_source", (spencer, 11): "named_organization",
             (benefits, 21): "named_person", (dowd, 15): "named_person", (manafort, 2): "named_person",
             (stormy, 9): "named_official", (kenya, 17): "named_person", (kenya, 18): "named_organization",
             (kenya, 23): "unnamed_source", (budget, 2): "named_official", (budget, 7): "named_official",
             (holt, 2): "named_person", (holt, 8): "named_official", (holt, 24): "named_official",
             (sanders, 9): "named_organization", (sanders, 22): "named_organization",
             (sanders, 23): "named_organization"}
    assert all(by_key[key]["reading"] == "unattributed" and by_key[key]["rule"] == "7" and by_key[key]["alt"][0] == actor
               for key, actor in plain.items())  # plain acts and stances, the actor in alt (rule 7)
    assert [row for row in second if row["reading"] == "unattributed" and "7" in row["rule"].split(",")
            and not row["alt"]] == []  # every plain act has its actor in alt
    speech = [by_key[key]["reading"] for key in ((immigration, 10), (benefits, 7), (holt, 9), (holt, 23),
                                                 (sanders, 24), (holt, 18), (holt, 19))]
    assert speech == ["named_official"] * 5 + ["named_organization"] * 2  # with their content (rule 7)


def test_eightieth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 7 of the 373 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. NPR's Senate vote with the Senate in alt, as earlier Senate
    votes; CBN's narration told again in the next speaker's words, one way with its "The Muslims started harassing
    them"; BBC News' Washington refusing to recognise the vote, as its "The US had previously accused", and its
    "was credited with" (rule 4); the New York Times' "denied the allegations" with the writer in alt, as ABC
    News' standing denial; Reuters' lede with the lawmakers who said so next in alt; the closest calls left as
    read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout80", EIGHTIETH_SET[10:] + EIGHTIETH_SET[:10], 373,  # 11-20 landed first
        {"unattributed": 153, "named_official": 92, "named_organization": 39, "named_person": 35,
         "unnamed_source": 34, "document": 10, "cited_outlet": 8, "boilerplate": 2}, 0, keyed=True)
    straws, _, _, poynter, _, epstein, assange, pelosi, doj, kelly = EIGHTIETH_SET[:10]
    _, spencer, benefits, _, manafort, _, kenya, budget, holt, _ = EIGHTIETH_SET[10:]
    added = {(benefits, 0): ("unattributed", ["named_organization"]),  # "won a key procedural vote in the Senate"
             (kenya, 4): ("unattributed", ["named_person"]),  # Asha's injuries, in her words in [5]
             (kenya, 19): ("unattributed", ["unnamed_source"]),  # the threats, in the mother's words in [20]
             (budget, 0): ("unattributed", ["named_official"]),  # "gained crucial support", the lawmakers of [1]
             (holt, 16): ("unattributed", ["named_organization"]),  # "Washington has refused to recognise"
             (holt, 27): ("unattributed", ["unnamed_source"]),  # "was credited with winning 68%"
             (kelly, 7): ("named_official", ["unattributed"])}  # "Rob Porter ... denied the allegations."
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 208 + 7  # the readers' 208 alts and the review's 7
    assert all(row["reason_reading"] is False for row in by_key.values() if row["reading"] == "unnamed_source")
    told_again = [(by_key[(kenya, number)]["reading"], by_key[(kenya, number)]["alt"]) for number in (4, 14, 19)]
    assert told_again == [("unattributed", ["named_person"]), ("unattributed", ["named_person"]),
                          ("unattributed", ["unnamed_source"])]  # the narration the next quotation repeats
    denials = [by_key[(kelly, 7)], by_key[(assange, 4)]]  # "denied the allegations", "has always denied"
    assert {"named_official", "unattributed"} <= {denials[0]["reading"], *denials[0]["alt"]}
    assert (denials[1]["reading"], denials[1]["alt"]) == ("unattributed", ["named_person"])
    assert [by_key[(holt, number)]["reading"] for number in (18, 19)] == ["named_organization"] * 2  # the states
    ledes = [by_key[key] for key in ((budget, 0), (straws, 0), (poynter, 0), (kenya, 0))]
    assert all(row["reading"] == "unattributed" and row["alt"] for row in ledes)  # the source told after in alt
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((epstein, 12), (manafort, 2), (pelosi, 2), (kelly, 14), (epstein, 3), (kenya, 7), (kenya, 8),
              (spencer, 10), (holt, 17), (doj, 7), (budget, 8))]
    assert close == [("unattributed", []),  # "He pleaded not guilty", background as earlier readings
                     ("unattributed", ["named_person"]),  # "Manafort ... and Gates ... pleaded not guilty on Monday"
                     ("unattributed", []),  # "Fifty-eight Democrats voted", a tally as earlier readings
                     ("unattributed", []),  # "His initial defense of Porter sparked an outcry."
                     ("unattributed", []),  # "He was declared dead a short time later."
                     ("unattributed", []),  # Aden's injuries, no words of his follow
                     ("unattributed", []),  # the search for a taxi
                     ("unattributed", []),  # "Mr. Spencer was previously banned from the Schengen Area"
                     ("unattributed", []),  # "marred by an opposition boycott and allegations of vote-rigging"
                     ("unattributed", []),  # "certain to prompt new denunciations from Democrats"
                     ("unattributed", [])]  # "Murkowski was one of three Republicans who sank"


def test_eightieth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main acddbb3 (its analyzer acddbb3's; made once, 23:44:59-23:45:14 UTC on 7 December, just
    before the eighty-first set's, at the key confidence 0.97, on time for the rule's "about 23:45"; made again
    into another folder at 23:45:27, byte-identical): 60/61 with alt, 55 strict, 1/1; one type disagrees (the
    Daily Caller's "Sworn affidavits ... describe Conyers", keyed unattributed, read document); five agree only
    through alt; two agreeing types name a wrong source, judged with each key open (the New York Times' Kelly
    quotation, twice, keyed under Rob Porter, the man it is about); no key empty."""
    keyed = assert_held_out_figure("heldout80", statements=373, articles=20, keyed=61, agree=60, strict=55,
                                   reasons=1, reasons_agree=1, wrong_sources=2, per_article_min_max=(1, 10))
    _, cruz, keane, _, apps, _, _, pelosi, _, kelly = EIGHTIETH_SET[:10]
    _, spencer, benefits, dowd, _, _, _, _, _, _ = EIGHTIETH_SET[10:]
    assert reason_misses(keyed) == {}
    asked = {(row["id"], row["statement"]): (row["reason_keyed"], row["reason_reading"]) for row in keyed
             if row["reason_keyed"] is not None}
    assert asked == {(cruz, 14): (False, False)}  # "His advisers said that remains his plan"
    assert type_disagreements(keyed) == {
        (pelosi, 6): ("unattributed", "document")}  # "Sworn affidavits signed by four of his former staffers"
    wrong = {(row["id"], row["statement"]): (row["source_keyed"], row["agree"]) for row in keyed
             if row["source_ok"] is False}
    assert wrong == {  # Kelly's changed view quoted, given to the man it is about
        (kelly, 12): ("Rob Porter, the White House staff secretary", True),  # "I was shocked by the new allegations"
        (kelly, 13): ("Rob Porter, the White House staff secretary", True)}  # "There's no place for domestic violence"
    assert all(row["source_ok"] is True for row in keyed if (row["id"], row["statement"]) not in wrong)
    assert agreeing_through_alt(keyed) == 5
    through_alt = {(row["id"], row["statement"]): (row["keyed"], row["reading"], row["alt"]) for row in keyed
                   if row["keyed"] != row["reading"] and row["agree"]}
    assert through_alt == {
        (apps, 5): ("unattributed", "named_organization", ["unattributed"]),  # App Annie's ranking goes on
        (keane, 6): ("named_official", "named_person", ["named_official"]),  # the retired general, "Keane said"
        (keane, 9): ("named_official", "named_person", ["named_official"]),  # "Policy by Twitter ...," Keane said
        (spencer, 2): ("named_official", "named_person", ["named_official"]),  # Spencer on his own trip
        (spencer, 3): ("named_official", "named_person", ["named_official"])}  # "Mr. Spencer told The Times"
    statements = [tuple(row["statement"] for row in keyed if row["id"] == article) for article in EIGHTIETH_SET]
    assert statements == [  # the keyed statements of each article, in the draw's order
        (0,), (6, 10, 11, 14, 18), (6, 8, 9), (4, 18), (5,), (2, 16), (6, 7, 9), (3, 5, 6, 12, 14, 15),
        (0, 2, 5), (12, 13), (12,), (2, 3), (6, 8, 9, 10, 11, 13, 18, 19, 20), (4, 5, 6, 7, 8, 9, 10, 11, 12, 13),
        (0, 5), (2, 4), (5,), (3, 10, 11), (10, 23), (4,)]
    per_article = keyed_per_article(keyed, EIGHTIETH_SET)
    assert (per_article[9], per_article[10]) == (2, 2)  # median 2; Newsmax's Trump key holds 10
    assert sum(count < 5 for count in per_article) == 16
    assert sum(row["id"] == dowd for row in keyed) == 10
    assert [row["statement"] for row in keyed if row["id"] == benefits] == [6, 8, 9, 10, 11, 13, 18, 19, 20]
    assert keyed_types(keyed) == {"named_official": 39, "unattributed": 14, "named_organization": 3,
                                  "named_person": 2, "cited_outlet": 1, "document": 1, "unnamed_source": 1}
    assert {row["id"] for row in keyed} == set(EIGHTIETH_SET)  # no key empty
