"""docs/exercise_agreement_heldout68.jsonl: the sixty-eighth reading set (seed 1268), read blind.

Its section of docs/exercise_agreement.md: "The sixty-eighth reading set (stop 51; the rule, written
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

SIXTY_EIGHTH_SET = [  # the draw of docs/exercise_agreement.md ("the sixty-eighth reading set"), in its order
    "13FrUHm8DyE66nPH", "QncdNb6OA6oENhE2", "Y26h43ZSaDOVl6Ii", "AFGUzwhuR3TGtJLy",
    "YFmsPEJcQjeZYmhC", "RDIdtubZUzgxgzuI", "yZswqwiaJH1uIxVh", "XKnbQmuna1i59aH9",
    "TlH31nAepUUkR0LT", "YV9dXNJdg0WB6XZs", "n4ZjMFFQJc89WpTl", "8dVBCLaVh5PdiqCL",
    "Z5H61O4fkaKKf37A", "Gs1aaZn9AJwJ3ldp", "4YGKWconCsWwzxJn", "S8XvGNMGcuzhW73O",
    "OJLijawU18M8Y8n0", "s8Q2hPZJbJQS5KXX", "wIXc7ssQSAFCBt7Q", "mOqmIdCnxaWewlUg",
]


def test_sixty_eighth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read68a): 173 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout68", SIXTY_EIGHTH_SET[:10], 173,
        {"Newsmax", "BBC News", "Reuters", "Christian Science Monitor", "CNN (Web News)", "The Hill",
         "Washington Times", "The Daily Caller", "CBN", "The Guardian"},
        {"unattributed": 64, "named_official": 41, "named_organization": 27, "named_person": 19,
         "cited_outlet": 10, "unnamed_source": 9, "document": 3, "boilerplate": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    hackers, accusers, guns, booker, poll, att, uscis, catcalling, buttigieg, china = SIXTY_EIGHTH_SET[:10]
    assert [len([row for row in first if row["id"] == article]) for article in SIXTY_EIGHTH_SET[:10]] == [
        16, 25, 21, 20, 10, 17, 18, 14, 11, 21]
    assert readings_by_article(first, SIXTY_EIGHTH_SET[:10]) == [  # every reading, article by article
        "CuuACuACCCCCAuuC", "PPuGuuuPPPPPPPPPPPGGOOOOu", "uuOuOuuuuOOPOOOOOOOuO", "uCCOOOOuuuuuAuuOuAAO",
        "G" * 10, "OOOOOOOOuGGuuuOuu", "uuuGuGuuOOuGGGGuuG", "uuOOuDDDuPPuuu", "uuPPOuOuPuO",
        "uAuuuGGuuuuAGGAuGOOOu"]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(hackers, 3): False, (hackers, 6): False, (hackers, 12): False,
                       (booker, 12): False, (booker, 17): False, (booker, 18): False,
                       (china, 1): False, (china, 11): False, (china, 14): False}  # no terms anywhere
    relayed = [by_key[(hackers, number)] for number in (3, 6, 12)]  # officials relayed by the Times
    assert all(row["alt"] == ["cited_outlet"] and "1" in row["rule"].split(",") for row in relayed)
    between = [by_key[(hackers, number)] for number in (7, 9, 11)]  # the Times' account between its cues
    assert all(row["reading"] == "cited_outlet" and row["rule"] == "3" and "unattributed" in row["alt"]
               for row in between)
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [
        (hackers, 0), (hackers, 4), (hackers, 7), (hackers, 8), (hackers, 9), (hackers, 10), (hackers, 11),
        (hackers, 15), (booker, 1), (booker, 2)]
    assert all(by_key[(booker, number)]["alt"] == ["document"] for number in (1, 2))  # the outlets' tallies
    known = by_key[(booker, 12)]  # "Booker is known to rub shoulders"
    assert (known["rule"], known["alt"]) == ("4", ["unattributed"])
    lede = [by_key[(accusers, number)] for number in (0, 1)]  # the three women, named in [2]
    assert all(row["reading"] == "named_person" and row["alt"] == ["unnamed_source"] and "6" in row["rule"]
               for row in lede)
    tape = by_key[(accusers, 24)]  # "Mr Trump was heard boasting ... in a leaked videotape"
    assert (tape["reading"], tape["alt"]) == ("unattributed", ["named_official", "document"])
    assert by_key[(att, 0)]["reading"] == "named_official" and by_key[(att, 0)]["rule"] == "6"  # "AT&T's CEO"
    assert (by_key[(att, 9)]["reading"], by_key[(att, 9)]["alt"]) == ("named_organization", ["document", "named_official"])
    assert all(row["reading"] == "named_organization" and row["alt"][0] == "unattributed" for row in first
               if row["id"] == poll)  # CNN's own CNN/ORC poll, as earlier readings take it
    memos = [by_key[(uscis, number)] for number in (3, 11, 17)]  # USCIS's guidance, its publication
    assert all(row["reading"] == "named_organization" and row["alt"] == ["document"] for row in memos)
    video = [by_key[(catcalling, number)] for number in (5, 6, 7)]  # the surveillance video, a record
    assert all(row["reading"] == "document" and row["alt"] == ["unattributed"] for row in video)
    assert (by_key[(catcalling, 9)]["reading"], by_key[(catcalling, 9)]["alt"]) == ("named_person", ["cited_outlet"])
    candidates = [by_key[key] for key in ((guns, 4), (guns, 15), (guns, 16), (guns, 17), (guns, 18), (booker, 15),
                                          (att, 14), (buttigieg, 4), (buttigieg, 6), (buttigieg, 10))]
    assert all(row["reading"] == "named_official" and "named_person" in row["alt"] for row in candidates)
    acts = [by_key[key] for key in ((accusers, 2), (accusers, 4), (accusers, 5), (guns, 0), (guns, 1), (guns, 5),
                                    (guns, 7), (guns, 8), (guns, 19), (booker, 13), (booker, 16), (att, 8),
                                    (att, 11), (att, 13), (att, 15), (uscis, 0), (uscis, 2), (catcalling, 0),
                                    (catcalling, 8), (buttigieg, 0), (buttigieg, 1), (buttigieg, 5), (buttigieg, 7),
                                    (buttigieg, 9), (china, 8))]
    assert all(row["reading"] == "unattributed" and "7" in row["rule"].split(",") and row["alt"] for row in acts)
    speech = [by_key[key]["reading"] for key in ((accusers, 20), (accusers, 23), (guns, 4), (guns, 17), (booker, 3),
                                                 (att, 5), (att, 7), (china, 17))]
    assert speech == ["named_official"] * 8  # speech acts with their content (rule 7)
    authorities = by_key[(china, 1)]  # "Chinese authorities revised the death toll"
    assert (authorities["rule"], authorities["alt"]) == ("6,7", ["unattributed", "named_organization"])
    assert by_key[(china, 14)]["rule"] == "6" and by_key[(china, 14)]["alt"]  # "Germany's health minister said"
    assert (by_key[(china, 9)]["reading"], by_key[(china, 9)]["alt"]) == ("unattributed", ["unnamed_source"])
    assert by_key[(china, 20)]["text"] == "Other developments in the coronavirus pandemic included:"


def test_sixty_eighth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read68b): 213 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout68", SIXTY_EIGHTH_SET[10:], 213,
        {"Fox News", "ABC News", "Fox Online News", "NPR Online News", "Breitbart News", "New York Times - News",
         "New York Post", "USA TODAY", "CBS News", "Politico"},
        {"named_person": 62, "unattributed": 51, "named_official": 46, "named_organization": 28,
         "unnamed_source": 10, "cited_outlet": 8, "boilerplate": 7, "document": 1},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    walmart, edibles, plo, climate, weiner, tax, stern, va, justices, highway = SIXTY_EIGHTH_SET[10:]
    assert [len([row for row in second if row["id"] == article]) for article in SIXTY_EIGHTH_SET[10:]] == [
        22, 17, 12, 21, 23, 15, 47, 22, 21, 13]
    assert readings_by_article(second, SIXTY_EIGHTH_SET[10:]) == [  # every reading, article by article
        "OOOuGGGGGOuuuGOOOGOOOA", "buuDuPPPPPPAPPAAP", "ACOOOOOOAuuO", "GGOOObbuuuGGGAGGCCCCC",
        "uuCbbCbbuPuPPuuPPPPPPPu", "uOuuAuGGuAuGuuu", "uuuPPPu" + "P" * 40,
        "GGuuGGOOOuGGuGGuOuuGGG", "OOOOOuuOOOOOOuOuOOOOO", "uAuuOOOOuuuuu"]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(walmart, 21): False, (edibles, 11): False, (edibles, 14): False, (edibles, 15): False,
                       (plo, 0): False, (plo, 8): False, (climate, 13): False, (tax, 4): False,
                       (tax, 9): False, (highway, 1): False}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [
        (edibles, 0), (climate, 5), (climate, 6), (weiner, 3), (weiner, 4), (weiner, 6), (weiner, 7)]
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [
        (plo, 1), (climate, 16), (climate, 17), (climate, 18), (climate, 19), (climate, 20), (weiner, 2), (weiner, 5)]
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [(edibles, 3)]  # the survey
    plain = {(walmart, 3): "named_organization", (plo, 9): "named_official", (weiner, 0): "named_person",
             (weiner, 22): "named_organization", (stern, 0): "named_person", (stern, 6): "named_person",
             (va, 15): "named_official", (va, 17): "named_official", (justices, 5): "named_official",
             (justices, 13): "named_official", (justices, 15): "named_official", (highway, 11): "named_official"}
    assert all(by_key[key]["reading"] == "unattributed" and by_key[key]["rule"] == "7" and by_key[key]["alt"][0] == actor
               for key, actor in plain.items())  # plain acts and stances, the actor in alt (rule 7)
    bolton = [by_key[(plo, number)] for number in range(2, 8)]  # Bolton's remarks relayed by the Journal
    assert all(row["reading"] == "named_official" and "cited_outlet" in row["alt"] for row in bolton)
    assert (by_key[(plo, 0)]["rule"], by_key[(plo, 0)]["alt"]) == ("4", ["cited_outlet"])  # "reportedly", the WSJ
    harris = [by_key[(climate, number)] for number in (8, 9)]  # NPR's own Richard Harris
    assert all(row["reading"] == "unattributed" and row["rule"] == "10" and row["alt"] == ["cited_outlet",
               "named_organization"] for row in harris)
    assert (by_key[(climate, 10)]["rule"], by_key[(climate, 10)]["alt"]) == ("1", ["unattributed", "cited_outlet"])
    assert (by_key[(climate, 13)]["rule"], by_key[(climate, 13)]["alt"]) == ("4", ["named_organization"])
    assert by_key[(climate, 2)]["alt"] == ["named_person"]  # the IPCC's co-chair, a scientist
    coauthors = by_key[(edibles, 5)]  # "physicians and health experts ..., according to a commentary"
    assert (coauthors["reading"], coauthors["rule"], coauthors["alt"]) == ("named_person", "6",
                                                                         ["unnamed_source", "document"])
    assert by_key[(edibles, 16)]["alt"] == ["unnamed_source"]  # "they add": the authors, or [15]'s researchers
    abedin = [row for row in second if row["id"] == weiner and row["reading"] == "named_person" and row["statement"] > 10]
    assert len(abedin) == 9 and all(row["alt"] == ["named_official"] for row in abedin)  # her private life
    assert (by_key[(tax, 4)]["rule"], by_key[(tax, 4)]["alt"]) == ("4", ["unattributed"])  # "The conventional wisdom"
    assert by_key[(tax, 11)]["alt"] == ["unattributed"] and by_key[(tax, 12)]["alt"] == ["document"]
    assert (by_key[(stern, 5)]["text"], by_key[(stern, 5)]["reading"]) == ("”", "named_person")  # a lone closing mark
    assert all(by_key[(stern, number)]["reading"] == "named_person" for number in (15, 16, 27, 28, 30, 31, 39, 40))
    assert by_key[(stern, 3)]["alt"] == ["unattributed"]  # Trump Jr.'s caption
    assert (by_key[(va, 2)]["rule"], by_key[(va, 2)]["alt"]) == ("10", ["cited_outlet"])  # "USA TODAY obtained"
    assert by_key[(va, 14)]["alt"] == ["unnamed_source"]  # the Inspector General's inspectors
    assert by_key[(justices, 17)]["alt"] == ["unnamed_source"]  # "as a recent study suggested"
    assert by_key[(highway, 2)]["alt"] == ["unnamed_source"] and by_key[(highway, 7)]["alt"] == ["unnamed_source"]
    assert by_key[(walmart, 21)]["alt"] == ["named_organization"]  # "Company officials"


def test_sixty_eighth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 8 of the 386 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. Newsmax's Times account one way (rule 3); the Monitor's and
    Politico's ledes with the source credited next, as the Guardian's; "is expected to" and "appears to" as the
    set's and earlier hedges (rule 4); the New York Times' hesitant leaders (rule 7); NPR's Times relaying the
    panel (rule 1); the closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout68", SIXTY_EIGHTH_SET[10:] + SIXTY_EIGHTH_SET[:10], 386,  # 11-20 landed first
        {"unattributed": 115, "named_official": 87, "named_person": 81, "named_organization": 55,
         "unnamed_source": 19, "cited_outlet": 18, "document": 4, "boilerplate": 7}, 0, keyed=True)
    hackers, _, guns, booker, _, _, uscis, catcalling, _, china = SIXTY_EIGHTH_SET[:10]
    _, _, _, climate, _, tax, _, _, justices, highway = SIXTY_EIGHTH_SET[10:]
    added = {(hackers, 1): ("unattributed", ["cited_outlet"]),  # "was previously known"
             (hackers, 2): ("unattributed", ["cited_outlet"]),  # "What wasn't known until now"
             (booker, 0): ("unattributed", ["cited_outlet"]),  # "the unofficial winner", the outlets' tallies next
             (china, 4): ("unattributed", ["unnamed_source"]),  # "China appears to have overcome"
             (climate, 18): ("cited_outlet", ["named_organization"]),  # the Times: the scientists "formally embraced"
             (tax, 0): ("unattributed", ["unnamed_source"]),  # "Republican leaders in Congress have been hesitant"
             (justices, 6): ("unattributed", ["unnamed_source"]),  # "The full Senate is expected to hold"
             (highway, 0): ("unattributed", ["unnamed_source"])}  # "on the brink of a deal", "sources said" next
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 203 + 8  # the readers' 203 alts and the review's 8
    assert all(row["reason_reading"] is False for row in by_key.values() if row["reading"] == "unnamed_source")
    times = [by_key[(hackers, number)] for number in (1, 2, 5, 7, 9, 11, 13, 14)]  # the Times' account around its cues
    assert all("cited_outlet" in (row["reading"], *row["alt"]) for row in times)
    ledes = [by_key[key] for key in ((booker, 0), (highway, 0), (china, 0))]  # the source credited next
    assert all(row["reading"] == "unattributed" and len(row["alt"]) == 1 for row in ledes)
    expected = [by_key[key] for key in ((justices, 6), (climate, 13), (tax, 2), (tax, 10), (china, 4), (china, 9))]
    assert all("unnamed_source" in (row["reading"], *row["alt"]) for row in expected)  # rule 4's hedges
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((china, 14), (china, 1), (highway, 9), (tax, 9), (booker, 17), (guns, 3), (highway, 12),
              (catcalling, 1), (uscis, 4), (guns, 12), (hackers, 7))]
    assert close == [("unnamed_source", ["named_organization"]),  # "Germany's health minister said"
                     ("unnamed_source", ["unattributed", "named_organization"]),  # "Chinese authorities revised"
                     ("unattributed", []),  # "Leadership will likely marry the two bills"
                     ("unnamed_source", []),  # "Lawmakers argue that ..., and they say"
                     ("unnamed_source", ["named_organization"]),  # "Democrats said"
                     ("unattributed", []),  # "That law expired in 2004 without being renewed by Congress"
                     ("unattributed", []),  # "the House never passed the massive agreement he envisioned"
                     ("unattributed", []),  # "The law was approved in a second reading"
                     ("unattributed", []),  # USCIS's past practice, the writer's background
                     ("named_official", []),  # Dan Gross, president of the Brady Campaign
                     ("cited_outlet", ["unattributed", "unnamed_source"])]  # "officials met on a nearly daily basis"


def test_sixty_eighth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main b7221ac (made once, 15:25:01 UTC on 7 December, right before the sixty-ninth set's, at the
    key confidence 0.97, on time for the rule's "about 15:25"; made again into another folder at 15:25:14,
    byte-identical): 52/54 with alt, 49 strict, 1/1; no keyed item names a wrong source (judged with each key
    open); two types disagree, each under the right source or none (Fox News' McMillon, keyed Named person, read
    named_official; the Washington Times' "The memos, dated June 28, tell", keyed No source, read
    named_organization); three agree through alt; the New York Post's key holds no item."""
    keyed = assert_held_out_figure("heldout68", statements=386, articles=20, keyed=54, agree=52, strict=49,
                                   reasons=1, reasons_agree=1, wrong_sources=0, per_article_min_max=(0, 9))
    hackers, _, guns, _, _, _, uscis, _, _, _ = SIXTY_EIGHTH_SET[:10]
    walmart, edibles, bolton, _, weiner, _, stern, _, _, highway = SIXTY_EIGHTH_SET[10:]
    assert reason_misses(keyed) == {}
    asked = {(row["id"], row["statement"]): (row["reason_keyed"], row["reason_reading"]) for row in keyed
             if row["reason_keyed"] is not None}
    assert asked == {(hackers, 12): (False, False)}  # "according to officials briefed on the investigation"
    assert type_disagreements(keyed) == {
        (walmart, 19): ("named_person", "named_official"),  # "..., McMillon wrote in the announcement."
        (uscis, 3): ("unattributed", "named_organization"),  # "The memos, dated June 28, tell agency employees"
    }
    assert all(row["source_ok"] for row in keyed)  # no wrong source, agreeing or not
    assert agreeing_through_alt(keyed) == 3  # the type in alt
    through = {(row["id"], row["statement"]): (row["keyed"], row["reading"]) for row in keyed
               if row["keyed"] != row["reading"] and row["agree"]}
    assert through == {(weiner, 20): ("named_official", "named_person"),  # "..., she said.": Abedin
                       (edibles, 8): ("unattributed", "named_person"),  # the coauthors' concern goes on
                       (bolton, 4): ("cited_outlet", "named_official")}  # "..., the Journal reported."
    statements = [tuple(row["statement"] for row in keyed if row["id"] == article) for article in SIXTY_EIGHTH_SET]
    assert statements == [  # the keyed statements of each article, in the draw's order
        (8, 12, 15), (3, 8, 21, 22), (0, 6, 7, 8, 9, 12, 13, 14, 20), (9, 16), (0, 2, 3), (2, 16),
        (2, 3, 4, 6, 8), (4, 11), (1,), (6, 10), (11, 19), (8,), (4, 11), (18, 19, 20), (0, 20), (1, 3, 6), (),
        (5, 6), (6,), (4, 5, 6, 7, 9)]
    per_article = keyed_per_article(keyed, SIXTY_EIGHTH_SET)
    assert (per_article[9], per_article[10]) == (2, 2)  # median 2; Reuters' Obama and Gross key holds 9
    assert sum(count < 5 for count in per_article) == 17
    assert sum(row["id"] == guns for row in keyed) == 9
    assert keyed_types(keyed) == {"unattributed": 21, "named_official": 17, "named_organization": 7,
                                  "cited_outlet": 6, "named_person": 2, "unnamed_source": 1, "document": 0}
    assert {row["id"] for row in keyed} == set(SIXTY_EIGHTH_SET) - {stern}  # the Post's key holds no item
    assert sum(row["id"] == highway for row in keyed) == 5
