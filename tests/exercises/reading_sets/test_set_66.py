"""docs/exercise_agreement_heldout66.jsonl: the sixty-sixth reading set (seed 1266), read blind.

Its section of docs/exercise_agreement.md: "The sixty-sixth reading set (stop 50; the rule, written
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

SIXTY_SIXTH_SET = [  # the draw of docs/exercise_agreement.md ("the sixty-sixth reading set"), in its order
    "iZq8aeewHMEduJSi", "VV0BkYA9B2Jeb9W0", "eM52WOz1JYg7b6lW", "y9t74qbt3EOc16eH",
    "Lz1tl305jZrbjIxi", "5WAvbK4R4gc5nSIY", "DC8LN8ApT4unGk9s", "apwrdDvlR7nfg7O8",
    "KQXTvC3eMV4xk6Nb", "RZ547Ka8uqfdQ7VP", "DBrsXL6UlooCeYhE", "OZ4IbqZESF9lrDDk",
    "qiXA4FtKxKfVALc6", "7Vh0Kd8tgnyfoGRG", "bmAysWsjpI8ZkdfG", "8B7UaKXFPt4rbowv",
    "0J0SahCvBC5Kvd94", "mtQ8CRgHX09xmYUq", "RSoBIY2kDFe3tUEn", "OImK28Rt2uzgNBCv",
]


def test_sixty_sixth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read66a): 197 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout66", SIXTY_SIXTH_SET[:10], 197,
        {"ABC News", "New York Post", "The Guardian", "BBC News", "The Daily Caller", "Reuters", "Breitbart News",
         "Fox News", "CBS News", "CNN (Web News)"},
        {"unattributed": 98, "named_official": 37, "named_organization": 31, "unnamed_source": 19,
         "named_person": 8, "cited_outlet": 3, "boilerplate": 1, "document": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    flag, wall, primary, assange, fbi, nadler, sanders, warren, counsel, deficits = SIXTY_SIXTH_SET[:10]
    assert [len([row for row in first if row["id"] == article]) for article in SIXTY_SIXTH_SET[:10]] == [
        13, 14, 19, 25, 17, 15, 18, 15, 27, 34]
    assert readings_by_article(first, SIXTY_SIXTH_SET[:10]) == [  # every reading, article by article
        "uuuGOOOuOOuAu", "uCCuOuubAuuGuG", "uuuuuGAuuuAuPAPPPuu", "PuuuCGGGGGGGAAAAGAuuPGAGu",
        "OOOOGuGOGGGGGGuuG", "uAOOAOOOOuuuuuu", "OuOuPOOOOOOOOOuGuG", "uuuAuOAuOuuOuOO",
        "u" * 20 + "Puuuuuu", "uuAAuuuGuuGuGuuAOuuuuGGuuuuGAuOOuO"]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(flag, 11): False, (wall, 8): False, (primary, 6): False, (primary, 10): False,
                       (primary, 13): False, **{(assange, number): False for number in (12, 13, 14, 15, 17, 22)},
                       (nadler, 1): False, (nadler, 4): False, (warren, 3): False, (warren, 6): False,
                       **{(deficits, number): False for number in (2, 3, 15, 28)}}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [(wall, 7)]  # "see also" link
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [
        (wall, 1), (wall, 2), (assange, 4)]
    assert all(by_key[(wall, number)]["alt"] == ["named_official"] for number in (1, 2))  # Pelosi's list
    assert by_key[(wall, 4)]["alt"] == ["cited_outlet"]  # Mulvaney "quoted as saying in Politico"
    assert by_key[(wall, 8)]["alt"] == ["cited_outlet"]  # the staffer who "told The Hill"
    expected = [by_key[key] for key in ((primary, 13), (nadler, 1), (deficits, 15), (deficits, 28))]
    assert all((row["rule"], row["alt"]) == ("4", ["unattributed"]) for row in expected)  # "is expected to"
    hedges = [by_key[key] for key in ((primary, 10), (warren, 6))]  # "reportedly", "was seen as"
    assert all((row["rule"], row["alt"]) == ("4", ["unattributed"]) for row in hedges)
    apparently = by_key[(wall, 6)]
    assert (apparently["reading"], apparently["rule"], apparently["alt"]) == ("unattributed", "4", ["unnamed_source", "cited_outlet"])
    lawyers = [by_key[(assange, number)]["alt"] for number in (12, 13, 14, 15)]  # Garzon named in [4]
    assert lawyers == [["named_person"]] * 2 + [["named_person", "document"]] * 2
    letter = by_key[(assange, 17)]  # the congressmen's letter, relayed by Wikileaks
    assert (letter["rule"], letter["alt"]) == ("1,6", ["document", "named_organization"])
    assert by_key[(assange, 22)]["alt"] == ["named_organization"]  # Sweden's director of public prosecutions
    release = [by_key[(fbi, number)] for number in (9, 10)]  # "law enforcement officials ... joint press release"
    assert all(row["reading"] == "named_organization" and row["alt"] == ["unnamed_source"] for row in release)
    persons = [key for key, row in by_key.items() if row["reading"] == "named_person"]
    assert persons == [(primary, 12), (primary, 14), (primary, 15), (primary, 16), (assange, 0), (assange, 20),
                       (sanders, 4), (counsel, 20)]
    assert by_key[(primary, 12)]["alt"] == ["named_official"]  # Vance, a former party chairman
    assert all(by_key[(primary, number)]["rule"] == "9" for number in (14, 15, 16))  # Contreras' tweet
    assert (by_key[(counsel, 20)]["alt"], by_key[(sanders, 4)]["alt"]) == (["cited_outlet"], ["cited_outlet"])
    journal = by_key[(sanders, 15)]  # "The New England Journal of Medicine recently reported:"
    assert (journal["reading"], journal["alt"]) == ("named_organization", ["document", "cited_outlet"])
    gordon = [by_key[(deficits, number)] for number in (16, 30, 31, 33)]
    assert all(row["reading"] == "named_official" and "named_person" in row["alt"] for row in gordon)
    own = by_key[(fbi, 8)]  # "The FBI confirmed The Daily Caller's reporting"
    assert (own["reading"], own["rule"], own["alt"]) == ("named_organization", "10", ["unattributed"])
    acts = [by_key[key] for key in ((flag, 0), (flag, 2), (wall, 0), (wall, 5), (wall, 10), (assange, 2),
                                    (assange, 18), (assange, 19), (fbi, 5), (fbi, 15), (nadler, 0), (nadler, 9),
                                    (nadler, 10), (nadler, 14), (sanders, 1), (sanders, 16), (warren, 0),
                                    (warren, 1), (warren, 2), (warren, 4), (counsel, 13), (counsel, 17),
                                    (deficits, 20))]
    assert all(row["reading"] == "unattributed" and "7" in row["rule"].split(",") and row["alt"] for row in acts)
    speech = [by_key[key]["reading"] for key in ((flag, 8), (nadler, 2), (nadler, 5), (warren, 13), (warren, 14))]
    assert speech == ["named_official"] * 5  # speech acts with their content (rule 7)
    claims = [by_key[key]["reading"] for key in ((wall, 11), (wall, 13), (assange, 8), (assange, 21), (sanders, 17))]
    assert claims == ["named_organization"] * 5  # institutions arguing, suing with a charge, accusing (rule 7)
    questions = [by_key[key] for key in ((counsel, 22), (deficits, 0), (deficits, 1), (deficits, 6),
                                         (deficits, 9), (deficits, 17), (deficits, 19), (deficits, 23))]
    assert all(row["reading"] == "unattributed" and not row["alt"] for row in questions)  # the writer's questions
    assert by_key[(deficits, 32)]["alt"] == ["named_official"]  # "So what stokes his pessimism?"
    assert [by_key[(deficits, number)]["reading"] for number in (2, 3)] == ["unnamed_source"] * 2  # party claims


def test_sixty_sixth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read66b): 183 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout66", SIXTY_SIXTH_SET[10:], 183,
        {"Washington Times", "Fox Online News", "NPR Online News", "Newsmax", "CBN", "Politico", "The Hill",
         "USA TODAY", "Christian Science Monitor", "New York Times - News"},
        {"named_official": 81, "unattributed": 52, "unnamed_source": 22, "named_person": 13,
         "named_organization": 9, "document": 5, "cited_outlet": 1, "boilerplate": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    guns, overreach, hacker, collins, goulding, gang, g7, video, troops, hires = SIXTY_SIXTH_SET[10:]
    assert [len([row for row in second if row["id"] == article]) for article in SIXTY_SIXTH_SET[10:]] == [
        14, 20, 19, 25, 11, 23, 26, 16, 18, 11]
    assert readings_by_article(second, SIXTY_SIXTH_SET[10:]) == [  # every reading, article by article
        "uCOOuuuOuOOOOO", "uuOOuuuuPPPPOOuPOAOO", "uuuDGOOuuDDPPDDGuGu", "O" * 22 + "GOO", "PuGuPPPuAAA",
        "uAuuOAuuOOOuuAuOuOOOuuu", "OuOOOOOOOuOOOOOOOuOOOOOOuu", "GuOOOOuuGGOOOOGO", "AAAuAAAuuuuuAAuAAA",
        "PPuOOAAAAuu"]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(overreach, 17): False,
                       **{(goulding, number): False for number in (8, 9, 10)},
                       **{(gang, number): False for number in (1, 5, 13)},
                       **{(troops, number): False for number in (0, 1, 2, 4, 5, 6, 12, 13, 15, 16, 17)},
                       **{(hires, number): False for number in (5, 6, 7, 8)}}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [(guns, 1)]  # "the AP reported"
    assert by_key[(guns, 0)]["alt"][0] == "cited_outlet"  # the lede, the AP credited only after it (the review's after)
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [
        (hacker, number) for number in (3, 9, 10, 13, 14)]  # the criminal complaint
    assert by_key[(hacker, 3)]["alt"] == ["unattributed", "unnamed_source"]  # "is accused of"
    assert (by_key[(hacker, 10)]["alt"], by_key[(hacker, 11)]["alt"]) == (["named_person"], ["document"])  # her DMs
    persons = [key for key, row in by_key.items() if row["reading"] == "named_person"]
    assert persons == [*[(overreach, number) for number in (8, 9, 10, 11, 15)], (hacker, 11), (hacker, 12),
                       *[(goulding, number) for number in (0, 4, 5, 6)], (hires, 0), (hires, 1)]
    organizations = [key for key, row in by_key.items() if row["reading"] == "named_organization"]
    assert organizations == [(hacker, 4), (hacker, 15), (hacker, 17), (collins, 22), (goulding, 2),
                             (video, 0), (video, 8), (video, 9), (video, 14)]
    assert by_key[(collins, 22)]["alt"] == ["document", "named_official"]  # the Labor Center's study, quoted by Collins
    statement = [by_key[(goulding, number)] for number in (8, 9, 10)]  # the spokesperson's statement
    assert all(row["alt"] == ["named_organization"] and "6" in row["rule"].split(",") for row in statement)
    assert by_key[(goulding, 4)]["alt"] == ["cited_outlet"]  # Instagram, according to The Dallas Morning News
    assert by_key[(troops, 15)]["alt"] == ["named_official"]  # "according to officials": Ghani's advocacy
    assert by_key[(troops, 14)]["alt"] == ["unnamed_source"]  # a figure after "the official said"
    assert (by_key[(hires, 10)]["reading"], by_key[(hires, 10)]["rule"], by_key[(hires, 10)]["alt"]) == (
        "unattributed", "4", ["unnamed_source"])  # "it is clear": the writer's own judgment
    assert by_key[(hires, 6)]["alt"] == ["unattributed"]  # the writer's clause, the officials' hope
    assert [by_key[(gang, number)]["alt"] for number in (1, 4, 14)] == [
        ["named_official"], ["unattributed", "unnamed_source"], ["named_official", "unnamed_source"]]
    assert by_key[(overreach, 16)]["alt"] == ["named_person"]  # Kucinich, a former congressman
    assert by_key[(overreach, 8)]["alt"] == ["unattributed"]  # Rosenkranz "has doubts"
    assert all(by_key[(video, number)]["alt"] == ["named_person"] for number in (2, 3, 4, 5))  # al-Awlaki, candidate Trump
    assert (by_key[(video, 9)]["rule"], by_key[(video, 9)]["alt"]) == ("1", ["cited_outlet"])  # SITE via Reuters
    assert (by_key[(g7, 23)]["reading"], by_key[(g7, 23)]["alt"]) == ("named_official", ["cited_outlet"])  # Bloomberg
    assert by_key[(guns, 7)]["alt"] == ["unnamed_source"]  # "People ranging from ... Keene to ... McCain"
    acts = [by_key[key] for key in ((guns, 4), (guns, 5), (overreach, 1), (overreach, 6), (hacker, 1), (hacker, 16),
                                    (hacker, 18), (goulding, 1), (goulding, 7), (gang, 0), (gang, 2), (gang, 3),
                                    (gang, 11), (gang, 14), (gang, 16), (gang, 20), (gang, 21), (g7, 1), (g7, 17),
                                    (video, 6), (troops, 7), (hires, 9))]
    assert all(row["reading"] == "unattributed" and "7" in row["rule"].split(",") and row["alt"] for row in acts)
    speech = [by_key[key]["reading"] for key in ((guns, 3), (guns, 9), (overreach, 3), (overreach, 12), (g7, 10),
                                                 (video, 2), (video, 10), (video, 11), (video, 13))]
    assert speech == ["named_official"] * 9  # speech acts with their content (rule 7)


def test_sixty_sixth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 8 of the 380 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. USA TODAY's candidates one way (named_person in alt, as its
    candidate Trump's clip); the actor of a stance, a plan or a ruling told as background in alt (rule 7): CBS
    News' Congress, Fox Online's unnamed judge, the Washington Times' Obama, the Monitor's administration; the
    closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout66", SIXTY_SIXTH_SET, 380,  # 1-10 landed first, so the file holds the draw's order
        {"unattributed": 150, "named_official": 118, "unnamed_source": 41, "named_organization": 40,
         "named_person": 21, "document": 5, "cited_outlet": 4, "boilerplate": 1}, 0, keyed=True)
    flag, wall, primary, assange, fbi, nadler, sanders, warren, counsel, deficits = SIXTY_SIXTH_SET[:10]
    guns, overreach, hacker, collins, goulding, gang, g7, video, troops, hires = SIXTY_SIXTH_SET[10:]
    added = {(counsel, 12): ("unattributed", ["named_organization"]),  # "which Congress eventually judged"
             (guns, 0): ("unattributed", ["cited_outlet", "named_official"]),  # "Obama is considering 19 steps"
             (overreach, 7): ("unattributed", ["unnamed_source"]),  # "a federal judge turned away his lawsuits"
             (video, 10): ("named_official", ["unattributed", "named_person"]),  # Clinton, "who said during a debate"
             (video, 11): ("named_official", ["named_person"]),  # "She suggested"
             (video, 12): ("named_official", ["named_person"]),  # Trump, "who said on ABC's This Week"
             (video, 13): ("named_official", ["named_organization", "named_person"]),  # "He also demanded an apology"
             (troops, 3): ("unattributed", ["named_organization"])}  # "The Obama administration originally aimed"
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 172 + 8  # the readers' 172 alts and the review's 8
    assert all(row["reason_reading"] is False for row in by_key.values() if row["reading"] == "unnamed_source")
    candidates = [by_key[(video, number)] for number in (5, 10, 11, 12, 13)] + [
        by_key[(warren, number)] for number in (8, 11, 13)]  # USA TODAY's and Fox News' 2016 candidates
    assert all(row["reading"] == "named_official" and "named_person" in row["alt"] for row in candidates)
    background = [by_key[key] for key in ((counsel, 12), (counsel, 13), (overreach, 7), (assange, 19), (guns, 0),
                                          (guns, 4), (guns, 5), (troops, 3), (sanders, 16))]
    assert all(row["reading"] == "unattributed" and len(row["alt"]) >= 1 for row in background)  # actor in alt
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((fbi, 9), (fbi, 8), (assange, 17), (wall, 6), (primary, 12), (overreach, 16), (troops, 1),
              (troops, 17), (nadler, 14), (nadler, 9), (troops, 9))]
    assert close == [("named_organization", ["unnamed_source"]),  # "law enforcement officials ... joint release"
                     ("named_organization", ["unattributed"]),  # "The FBI confirmed The Daily Caller's reporting"
                     ("unnamed_source", ["document", "named_organization"]),  # the congressmen's letter
                     ("unattributed", ["unnamed_source", "cited_outlet"]),  # "Pelosi is apparently trying"
                     ("named_person", ["named_official"]),  # Vance, candidate and former party chairman
                     ("named_official", ["named_person"]),  # Kucinich, a former congressman
                     ("unnamed_source", []),  # "an official told Reuters"
                     ("unnamed_source", []),  # "an official told Reuters"
                     ("unattributed", ["unnamed_source"]),  # "Republicans ... offered a series of amendments"
                     ("unattributed", ["named_official"]),  # "Republicans, led by Collins, proposed"
                     ("unattributed", [])]  # "Taliban militants overtook the northern city of Kunduz"


def test_sixty_sixth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 78d24c2 (made once, 14:04:57 UTC on 7 December, before the sixty-seventh set's, at the key
    confidence 0.97, on time for the rule's "about 14:10"; made again into another folder at 14:05:10,
    byte-identical): 62/63 with alt, 56 strict, 7/7; no source is wrong (judged with each key open); one type
    disagrees (the New York Post's "..., Mick Mulvaney was quoted as saying in Politico."); six agree through alt;
    the New York Times' key is empty."""
    keyed = assert_held_out_figure("heldout66", statements=380, articles=20, keyed=63, agree=62, strict=56,
                                   reasons=7, reasons_agree=7, wrong_sources=0, per_article_min_max=(0, 8))
    _, wall, primary, assange, fbi, reuters, *_ = SIXTY_SIXTH_SET[:10]
    deficits = SIXTY_SIXTH_SET[9]
    overreach, goulding, troops, hires = (SIXTY_SIXTH_SET[11], SIXTY_SIXTH_SET[14], SIXTY_SIXTH_SET[18],
                                          SIXTY_SIXTH_SET[19])
    assert reason_misses(keyed) == {}
    asked = {(row["id"], row["statement"]): (row["reason_keyed"], row["reason_reading"]) for row in keyed
             if row["reason_keyed"] is not None}
    assert asked == {(assange, 12): (False, False),  # "Mr Assange's lawyers also said"
                     (fbi, 9): (False, None),  # "law enforcement officials said": read the FBI's, unnamed in alt
                     **{(troops, i): (False, False) for i in (0, 1, 2, 4, 6, 13)}}  # the Monitor's officials
    assert type_disagreements(keyed) == {
        (wall, 4): ("unattributed", "named_official"),  # "..., Mick Mulvaney was quoted as saying in Politico."
    }
    assert all(row["source_ok"] is True and "source_keyed" not in row for row in keyed)  # every source right
    assert agreeing_through_alt(keyed) == 6  # the type in alt
    through = {(row["id"], row["statement"]): (row["keyed"], row["reading"]) for row in keyed
               if row["keyed"] != row["reading"] and row["agree"]}
    assert through == {(primary, 13): ("unattributed", "unnamed_source"),  # "Trump is expected to easily overtake"
                       (fbi, 9): ("unnamed_source", "named_organization"),  # "law enforcement officials said"
                       (reuters, 1): ("unattributed", "unnamed_source"),  # "The committee had been expected to"
                       (deficits, 15): ("unattributed", "unnamed_source"),  # "The tax is expected to raise"
                       (overreach, 16): ("named_person", "named_official"),  # "Kucinich says", a former congressman
                       (goulding, 0): ("unattributed", "named_person")}  # "Ellie Goulding is threatening to cancel"
    statements = [tuple(row["statement"] for row in keyed if row["id"] == article) for article in SIXTY_SIXTH_SET]
    assert statements == [  # the keyed statements of each article, in the draw's order
        (0, 4, 8), (4, 10), (8, 9, 13, 18), (2, 12), (9, 11), (1, 3, 11, 12, 14), (0,), (1, 7), (14,),
        (7, 15, 18, 26), (2, 5, 9, 10, 11, 12, 13), (16, 19), (5, 6, 9, 13, 17), (6, 8), (0,), (7, 8, 17),
        (0, 10, 11, 12, 13, 18, 22), (0, 15), (0, 1, 2, 4, 6, 8, 9, 13), ()]
    per_article = keyed_per_article(keyed, SIXTY_SIXTH_SET)
    assert sorted(per_article)[9:11] == [2, 2]  # median 2; the Monitor's key holds 8
    assert sum(count < 5 for count in per_article) == 15
    assert sum(row["id"] == troops for row in keyed) == 8
    assert keyed_types(keyed) == {"named_official": 25, "unattributed": 23, "unnamed_source": 8,
                                  "named_organization": 4, "document": 2, "named_person": 1, "cited_outlet": 0}
    assert not [row for row in keyed if row["reading"] in ("cited_outlet", "boilerplate")]
    assert [(row["id"], row["statement"]) for row in keyed if row["reading"] == "document"] == [
        (SIXTY_SIXTH_SET[12], 9), (SIXTY_SIXTH_SET[12], 13)]  # NPR's "According to a criminal complaint", keyed so
    assert {row["id"] for row in keyed} == set(SIXTY_SIXTH_SET) - {hires}  # the New York Times' key is empty
