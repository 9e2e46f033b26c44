"""docs/exercise_agreement_heldout63.jsonl: the sixty-third reading set (seed 1263), read blind.

Its section of docs/exercise_agreement.md: "The sixty-third reading set (stop 49; the rule, written
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

SIXTY_THIRD_SET = [  # the draw of docs/exercise_agreement.md ("the sixty-third reading set"), in its order
    "MOJs1mj4jCG673Si", "flocwk9A6kbPnrrb", "Zx5vLykCQs2AS1BJ", "rzKrgnzlSsimI1mB",
    "iTRvGf8HTuFM5lKm", "Fqu2PmRqHiEE4t8g", "Uz0dYBFHG3qZeI1b", "NDhA7YaFWeo2nOoH",
    "aLUbZV4jGGkNwVwK", "ctGmmAJ3uho7un8V", "tZSkcqQS8eYxOA7G", "nPVaTU7DQXMamonT",
    "IxL8vgpcV5nG5eJg", "wVIVi8DqRfrJYw9p", "synBpWMARrYevONP", "TRDoraEJP099Oht9",
    "JuuPjGqQR6oUXsEB", "U9y3NdwxAyHFYt9R", "fFo1TtKDah37Q1ZA", "BEQJ3w9g3wt5O4H8",
]


def test_sixty_third_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read63a): 199 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout63", SIXTY_THIRD_SET[:10], 199,
        {"ABC News", "The Guardian", "BBC News", "New York Times - News", "NPR Online News", "New York Post",
         "Newsmax", "CBS News", "Washington Times", "Reuters"},
        {"named_official": 76, "unattributed": 76, "named_person": 15, "named_organization": 15,
         "unnamed_source": 14, "document": 2, "boilerplate": 1, "cited_outlet": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    shutdown, assange, violence, stealth, kyoto, labs, midterms, giuliani, vault, letter = SIXTY_THIRD_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {**{(shutdown, number): False for number in (4, 6, 7)}, (assange, 12): False,
                       **{(violence, number): False for number in (3, 18, 23)},
                       (stealth, 1): False, (stealth, 4): False, (labs, 9): False, (labs, 13): False,
                       **{(letter, number): False for number in (5, 6, 13)}}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [(giuliani, 15)]
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [(labs, 14), (labs, 17)]
    persons = [key for key, row in by_key.items() if row["reading"] == "named_person"]
    assert persons == [
        (violence, 19), (kyoto, 5), (kyoto, 6), (midterms, 17),
        *[(giuliani, number) for number in (5, 6, 9, 10, 11, 12, 13, 14, 16)], (vault, 8), (vault, 10)]
    assert all(by_key[(giuliani, number)]["alt"] == ["named_official"]
               for number in (5, 6, 9, 10, 11, 12, 13, 14, 16))  # the president's lawyer, no office
    assert [by_key[(kyoto, number)]["alt"] for number in (5, 6)] == [["named_official"]] * 2  # a former negotiator
    organizations = [key for key, row in by_key.items() if row["reading"] == "named_organization"]
    assert organizations == [(labs, 1), (labs, 18), *[(midterms, number) for number in (10, 11, 12, 13, 14, 19, 20)],
                             (giuliani, 7), (giuliani, 8), (vault, 1), (vault, 2), (letter, 0), (letter, 4)]
    assert by_key[(labs, 1)]["alt"] == ["unnamed_source"]  # officials of the named center
    letters = [by_key[(letter, number)] for number in (7, 8, 9, 15, 16)]
    assert all((row["reading"], row["alt"]) == ("named_official", ["document", "named_organization"])
               for row in letters)  # Cipollone's letter
    own = by_key[(labs, 0)]  # "The Post has learned"
    assert (own["reading"], own["rule"], own["alt"]) == ("unattributed", "10", ["cited_outlet", "unnamed_source"])
    editorial = by_key[(assange, 5)]  # "we and others strongly disagreed"
    assert (editorial["reading"], editorial["alt"]) == ("unattributed", ["cited_outlet"])
    media = [by_key[(violence, number)] for number in (16, 17)]  # "he added, according to US media reports"
    assert all(row["reading"] == "named_official" and row["alt"] == ["cited_outlet", "unnamed_source"] for row in media)
    relayed = by_key[(violence, 18)]  # two listeners, per NPR's reporter's tweets
    assert (relayed["rule"], relayed["alt"]) == ("1,6", ["named_person", "cited_outlet"])
    seen = by_key[(violence, 3)]  # "are widely seen as"
    assert (seen["rule"], seen["alt"]) == ("4", ["unattributed"])
    shaheen = by_key[(midterms, 6)]  # "..., reports The Associated Press"
    assert (shaheen["reading"], shaheen["alt"]) == ("named_official", ["cited_outlet"])
    dugan = by_key[(midterms, 16)]  # Gallup's analyst
    assert (dugan["reading"], dugan["alt"]) == ("named_official", ["named_person"])
    emails = [by_key[(labs, number)]["alt"] for number in (14, 17)]
    assert emails == [["unnamed_source", "named_organization"], ["named_official", "unnamed_source"]]
    told = [(by_key[(labs, number)]["reading"], by_key[(labs, number)]["alt"][:1]) for number in (9, 13)]
    assert told == [("unnamed_source", ["unattributed"])] * 2  # "was told", no one named
    acts = [by_key[key] for key in ((assange, 9), (assange, 10), (assange, 14), (assange, 20), (stealth, 6),
                                    (stealth, 7), (stealth, 8), (labs, 2), (labs, 4), (giuliani, 0), (vault, 9),
                                    (letter, 1), (letter, 11), (letter, 12))]
    assert all(row["reading"] == "unattributed" and "7" in row["rule"].split(",") and row["alt"] for row in acts)
    speech = [by_key[key]["reading"] for key in ((shutdown, 8), (shutdown, 13), (assange, 11), (violence, 12),
                                                 (labs, 15), (giuliani, 1), (letter, 14))]
    assert speech == ["named_official"] * 7  # speech acts with their content (rule 7)
    hedges = [by_key[key]["alt"] for key in ((assange, 17), (assange, 21), (kyoto, 23), (letter, 3))]
    assert hedges == [["unnamed_source"]] * 4  # unnamed views only in a clause of the writer's sentence


def test_sixty_third_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read63b): 191 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout63", SIXTY_THIRD_SET[10:], 191,
        {"Fox News", "CBN", "CNN (Web News)", "Politico", "Breitbart News", "The Daily Caller",
         "Associated Press", "Fox Online News", "Christian Science Monitor", "The Hill"},
        {"unattributed": 72, "named_official": 60, "cited_outlet": 15, "named_organization": 14,
         "unnamed_source": 13, "named_person": 10, "boilerplate": 6, "document": 1},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    guns, kavanaugh, obama, schiff, reopened, straws, editorial, sheriff, pakistan, commission = SIXTY_THIRD_SET[10:]
    assert [len([row for row in second if row["id"] == article]) for article in SIXTY_THIRD_SET[10:]] == [
        15, 30, 20, 12, 19, 16, 19, 28, 20, 12]
    assert readings_by_article(second, SIXTY_THIRD_SET[10:]) == [  # every reading, article by article
        "uCuCuuGuuuuuuuC", "uOOOOuPPOOOOOuuuPPPOuObuuuOAAu", "OOuGGOOOuGGOOOuAuuuu", "uAAAAuuDuAAA",
        "uCCAuuuuuuOOOOOOOuu", "uGuOGuGuuuuuCubb", "CuOOOOOOOOuuuGuOObb", "uOOPPPCOOuuuOOOOOOOOOOOOOuGu",
        "AuAGuGuuuGbOGuOuuPPu", "CCCCCCCOOOuu"]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(kavanaugh, 27): False, (kavanaugh, 28): False, (obama, 15): False,
                       **{(schiff, number): False for number in (1, 2, 3, 4, 9, 10, 11)},
                       (reopened, 3): False, (pakistan, 0): False, (pakistan, 2): False}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(kavanaugh, 22), (straws, 14), (straws, 15), (editorial, 17), (editorial, 18), (pakistan, 10)]
    assert by_key[(straws, 15)]["alt"] == ["named_organization", "unattributed"]  # the correction's fact
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(guns, 1), (guns, 3), (guns, 14), (reopened, 1), (reopened, 2), (straws, 12), (editorial, 0),
                       (sheriff, 6), *[(commission, number) for number in range(7)]]
    assert [by_key[(commission, number)]["rule"] for number in (2, 4, 5, 6)] == ["3"] * 4  # ABC's account goes on
    assert all("unattributed" in by_key[(commission, number)]["alt"] for number in (2, 4, 5, 6))
    documents = [key for key, row in by_key.items() if row["reading"] == "document"]
    assert documents == [(schiff, 7)]  # "according to the unredacted material"
    persons = [key for key, row in by_key.items() if row["reading"] == "named_person"]
    assert persons == [(kavanaugh, 6), (kavanaugh, 7), (kavanaugh, 16), (kavanaugh, 17), (kavanaugh, 18),
                       (sheriff, 3), (sheriff, 4), (sheriff, 5), (pakistan, 17), (pakistan, 18)]
    president = [by_key[(kavanaugh, number)] for number in (27, 28)]  # "the president", never named
    assert all(row["alt"] == ["named_official"] and "6" in row["rule"] for row in president)
    own = [by_key[key] for key in ((kavanaugh, 23), (pakistan, 19))]  # CBN's analyst, the Monitor's correspondent
    assert all(row["reading"] == "unattributed" and row["rule"] == "10" and row["alt"] == ["named_person", "cited_outlet"]
               for row in own)
    galli = [by_key[(editorial, number)] for number in range(2, 10)]  # the editor-in-chief named behind the magazine
    assert all(row["reading"] == "named_official" and row["alt"][0] == "named_person" for row in galli)
    assert by_key[(editorial, 0)]["alt"] == ["named_official", "named_organization"]
    assert (by_key[(kavanaugh, 12)]["reading"], by_key[(kavanaugh, 12)]["alt"]) == ("named_official", ["cited_outlet"])
    relayed = [by_key[key] for key in ((sheriff, 2), (pakistan, 5), (pakistan, 14))]  # Hager, the military, Sharif
    assert all(row["rule"] == "1" and row["alt"] == ["cited_outlet"] for row in relayed)
    assert [by_key[(sheriff, number)]["alt"] for number in (8, 12)] == [["unnamed_source"]] * 2  # "cited reports"
    assert (by_key[(sheriff, 3)]["reading"], by_key[(sheriff, 3)]["rule"]) == ("named_person", "5,6")  # Kashuv
    assert (by_key[(obama, 3)]["reading"], by_key[(obama, 3)]["alt"]) == ("named_organization", ["document", "unattributed"])
    assert (by_key[(obama, 10)]["reading"], by_key[(obama, 10)]["rule"]) == ("named_organization", "3")
    assert (by_key[(schiff, 0)]["reading"], by_key[(schiff, 0)]["alt"]) == ("unattributed", ["unnamed_source"])
    assert (by_key[(reopened, 2)]["reading"], by_key[(reopened, 2)]["alt"]) == ("cited_outlet", ["unnamed_source", "unattributed"])
    assert (by_key[(pakistan, 0)]["alt"], by_key[(pakistan, 2)]["alt"]) == (["named_organization"], ["unattributed"])
    assert (by_key[(pakistan, 13)]["rule"], by_key[(pakistan, 13)]["alt"]) == ("4", ["unnamed_source"])
    assert (by_key[(pakistan, 17)]["alt"], by_key[(straws, 4)]["reading"]) == (["named_official"], "named_organization")
    acts = [by_key[key] for key in ((guns, 5), (guns, 8), (guns, 10), (kavanaugh, 0), (kavanaugh, 13), (kavanaugh, 14),
                                    (kavanaugh, 15), (kavanaugh, 20), (kavanaugh, 25), (obama, 16), (schiff, 0),
                                    (reopened, 8), (reopened, 17), (reopened, 18), (straws, 0), (straws, 7),
                                    (editorial, 1), (editorial, 14), (sheriff, 0), (pakistan, 15))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)


def test_sixty_third_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 5 of the 390 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. The actors of plain acts and stances in alt (rule 7): the New
    York Post's lab that denied and told, as its "Albany County was told"; the unnamed officials and Democrats of
    The Daily Caller and Newsmax, as CNN's "Democrats have pushed back"; the Guardian's Ecuador, as its Obama
    administration; closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout63", SIXTY_THIRD_SET[10:] + SIXTY_THIRD_SET[:10], 390,  # 11-20 landed first
        {"unattributed": 148, "named_official": 136, "named_organization": 29, "unnamed_source": 27,
         "named_person": 25, "cited_outlet": 15, "boilerplate": 7, "document": 3}, 0, keyed=True)
    shutdown, assange, violence, stealth, kyoto, labs, midterms, giuliani, vault, letter = SIXTY_THIRD_SET[:10]
    guns, kavanaugh, obama, schiff, reopened, straws, editorial, sheriff, pakistan, commission = SIXTY_THIRD_SET[10:]
    added = {(labs, 4): ("unattributed", ["unnamed_source", "named_official", "named_organization"]),  # "was denied"
             (labs, 9): ("unnamed_source", ["unattributed", "named_official", "named_organization"]),  # "similarly told"
             (straws, 11): ("unattributed", ["unnamed_source"]),  # "Local officials ... have also considered"
             (midterms, 5): ("unattributed", ["unnamed_source"]),  # "Democrats ... have done everything possible"
             (assange, 7): ("unattributed", ["named_organization"])}  # "The first was Ecuador's decision"
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 204 + 5  # the readers' 204 alts and the review's 5
    lab = [by_key[(labs, number)] for number in (4, 9, 13)]  # the lab's denial and its telling one way
    assert all("named_organization" in row["alt"] for row in lab)
    unnamed_acts = [by_key[key] for key in ((straws, 11), (midterms, 5), (obama, 16), (guns, 8))]
    assert all(row["reading"] == "unattributed" and "unnamed_source" in row["alt"] for row in unnamed_acts)
    obstacles = [by_key[(assange, number)] for number in (7, 9)]  # "Two obstacles": Ecuador's, the administration's
    assert all((row["reading"], row["alt"]) == ("unattributed", ["named_organization"]) for row in obstacles)
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((kavanaugh, 27), (kavanaugh, 1), (giuliani, 0), (assange, 8), (stealth, 7), (schiff, 6), (straws, 9),
              (midterms, 16), (schiff, 7), (assange, 12))]
    assert close == [("unnamed_source", ["named_official"]),  # "the president told reporters", never named
                     ("named_official", []),  # the nominee, "Judge Kavanaugh", as earlier readings take him
                     ("unattributed", ["named_official"]),  # "have seemingly had enough": the writer's hedge
                     ("unattributed", []),  # "A change in government has led it to rescind": narration
                     ("unattributed", ["named_official"]),  # the call, "what the administration views as" a clause
                     ("unattributed", []),  # "Democrats have not predicated ...": the writer's account of the brief
                     ("unattributed", []),  # "England has already foisted excessive fees": the writer's
                     ("named_official", ["named_person"]),  # Gallup's analyst on its numbers
                     ("document", ["unattributed"]),  # "it appears that ..., according to the unredacted material"
                     ("unnamed_source", ["named_organization"])]  # "US authorities say"


def test_sixty_third_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 0112a08 (made once, 11:14:35 UTC on 7 December, right after the sixty-second set's, at the
    key confidence 0.97, on time for the rule's "about 11:15"; made again into another folder at 11:14:48,
    byte-identical): 79/79 with alt, 74 strict, 5/5; no type disagrees and no agreeing type names a wrong source
    (judged with each key open); five agree through alt (the Hill's commission, CBS's Giuliani twice, Reuters'
    letter, CBN's Kavanaugh sending a letter)."""
    keyed = assert_held_out_figure("heldout63", statements=390, articles=20, keyed=79, agree=79, strict=74,
                                   reasons=5, reasons_agree=5, wrong_sources=0, per_article_min_max=(1, 12))
    shutdown, _, _, _, _, _, _, giuliani, _, letter = SIXTY_THIRD_SET[:10]
    guns, kavanaugh, obama, schiff, *_, commission = SIXTY_THIRD_SET[10:]
    assert reason_misses(keyed) == {}
    asked = {(row["id"], row["statement"]): (row["reason_keyed"], row["reason_reading"]) for row in keyed
             if row["reason_keyed"] is not None}
    assert asked == {(shutdown, 4): (False, False), (shutdown, 6): (False, False),  # the GOP and Democratic aides
                     (obama, 15): (False, False),  # "Many Republican lawmakers have said"
                     (schiff, 9): (False, False), (schiff, 10): (False, False)}  # the Republican aides
    assert type_disagreements(keyed) == {}
    assert all(row["source_ok"] is True and "source_keyed" not in row for row in keyed)  # every source right
    assert agreeing_through_alt(keyed) == 5  # the type in alt
    through = {(row["id"], row["statement"]): (row["keyed"], row["reading"]) for row in keyed
               if row["keyed"] != row["reading"] and row["agree"]}
    assert through == {(commission, 6): ("unattributed", "cited_outlet"),  # "would be expected": ABC's account on
                       (giuliani, 6): ("named_official", "named_person"),  # "He told 'Face The Nation'"
                       (giuliani, 9): ("named_official", "named_person"),  # "Giuliani commented ... via Twitter"
                       (letter, 8): ("document", "named_official"),  # "..., the letter said.": Cipollone's
                       (kavanaugh, 20): ("named_official", "unattributed")}  # "He also sent a letter": a plain act
    statements = [tuple(row["statement"] for row in keyed if row["id"] == article) for article in SIXTY_THIRD_SET]
    assert statements == [  # the keyed statements of each article, in the draw's order
        (0, 1, 2, 4, 6, 9, 14, 15, 16, 17, 18, 24), (0, 2), (0, 1, 6, 13, 14, 15), (2,), (14, 18),
        (10, 11, 12, 15, 16, 19, 20), (1, 10, 11, 12, 14, 19), (6, 9), (4, 5, 7), (0, 8),
        (1, 11, 12, 13), (19, 20, 21), (6, 7, 11, 12, 13, 15), (5, 9, 10), (9, 10, 11, 12, 13, 14, 15), (9, 13),
        (1, 15), (2, 14, 15, 17, 18, 21), (7, 17), (6,)]
    per_article = keyed_per_article(keyed, SIXTY_THIRD_SET)
    assert (per_article[9], per_article[10]) == (3, 3)  # median 3; ABC News' shutdown key holds 12
    assert sum(count < 5 for count in per_article) == 13  # two of 1, seven of 2, three of 3, one of 4
    assert sum(row["id"] == shutdown for row in keyed) == 12
    assert keyed_types(keyed) == {"named_official": 52, "unattributed": 13, "named_organization": 6,
                                  "unnamed_source": 5, "cited_outlet": 1, "named_person": 1, "document": 1}
    relayed = [(row["id"], row["statement"], row["reading"]) for row in keyed
               if row["reading"] in ("cited_outlet", "document", "boilerplate")]
    assert relayed == [(guns, 1, "cited_outlet"),  # "the Los Angeles Times reports"
                       (commission, 6, "cited_outlet")]  # ABC's account carried on
    assert {row["id"] for row in keyed} == set(SIXTY_THIRD_SET)  # no empty key
