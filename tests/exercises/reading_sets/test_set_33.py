"""docs/exercise_agreement_heldout33.jsonl: the thirty-third reading set (seed 1233), read blind.

Its section of docs/exercise_agreement.md: "The thirty-third reading set (stop 38; the rule, written
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

THIRTY_THIRD_SET = [  # the draw of docs/exercise_agreement.md ("the thirty-third reading set"), in its order
    "AYUJlc4xhoTjfVOO", "kIQz9BUWl9KwOEgb", "osjamcM917XfW7mX", "OsCQqf3H3r8CDw4N",
    "u8ZHl1I7KCnGfpbd", "RkivoT7pJirCNcNa", "NGyw6E2RHzAqSXLG", "TZVFaNx4C0ylbvJd",
    "AFoRz6XJs698spEI", "9tzh0lE9oGp2sT0j", "xa6ucylpUsslzmZK", "CO1YwXbaOukW6nIw",
    "aKPQqtVcVrF6GuS6", "1nyGxsvY84vw3QEf", "kzcuDg5UwWPCY331", "C5aBxEelPfxKcQ0D",
    "QNstNivVIgraGyzp", "diwcGFPSKGVcGbIe", "9fHjfcve2tgRXdvs", "Rke8besWOCHjlKyh",
]


def test_thirty_third_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read33a): 159 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout33", THIRTY_THIRD_SET[:10], 159,
        {"New York Times - News", "BBC News", "The Daily Caller", "ABC News", "Bloomberg",
         "Wall Street Journal - News", "Daily Beast", "Politico", "Washington Times"},
        {"unattributed": 71, "named_official": 41, "named_organization": 15, "unnamed_source": 13,
         "named_person": 11, "document": 7, "cited_outlet": 1, "boilerplate": 0},
        1, {"AYUJlc4xhoTjfVOO"})
    by_key = {(row["id"], row["statement"]): row for row in first}
    tenet, michigan, ona, reparations, charlotte, putin, email, malkin, heck, cassidy = THIRTY_THIRD_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(tenet, 6): True,  # "who spoke on condition of anonymity"
                       (tenet, 9): False, (michigan, 3): False, (michigan, 12): False, (ona, 6): False,
                       (ona, 11): False, (ona, 12): False, (reparations, 8): False, (charlotte, 15): False,
                       (email, 10): False, (email, 12): False, (malkin, 2): False, (cassidy, 14): False}
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [(putin, 16)]  # the Post
    assert all(row["reading"] == "unattributed" for row in by_key.values() if row["id"] == heck and row["statement"] > 2)
    plan = [(by_key[(charlotte, number)]["reading"], by_key[(charlotte, number)]["rule"]) for number in range(1, 12)]
    assert plan == [("unattributed", "table"), ("document", "table"), ("document", "3"), ("document", "3"),
                    ("unattributed", "table"), ("unattributed", "table"), ("unattributed", "table"),
                    ("document", "table"), ("document", "3"), ("document", "3"), ("unattributed", "table")]
    assert all(by_key[(charlotte, number)]["alt"] == ["document"] for number in (1, 5, 6))  # the plan in alt
    dnc = by_key[(charlotte, 14)]  # "Update: The DNC points out": the DNC's statement, not an update note
    assert (dnc["reading"], dnc["alt"]) == ("named_organization", [])
    poll = [(by_key[(reparations, number)]["reading"], by_key[(reparations, number)]["alt"]) for number in (0, 1, 2, 4)]
    assert poll == [("named_organization", ["cited_outlet", "document"])] * 4  # the Reuters/Ipsos poll
    method = [(by_key[(reparations, number)]["reading"], by_key[(reparations, number)]["rule"]) for number in (5, 6)]
    assert method == [("unattributed", "8")] * 2  # "The poll, conducted Monday and Tuesday, included 1,115 adults"
    darity = by_key[(reparations, 7)]  # "told The New York Times"
    assert (darity["reading"], darity["alt"], darity["rule"]) == ("named_person", ["cited_outlet"], "1,5")
    assert (by_key[(reparations, 11)]["reading"], by_key[(reparations, 11)]["alt"]) == ("document", ["unattributed"])
    candidates = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((reparations, 9), (email, 11))]
    assert candidates == [("named_official", ["named_person"])] * 2  # Biden, Clinton
    named_later = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((ona, 0), (putin, 0), (email, 14))]
    assert named_later == [("named_organization", "6"), ("named_official", "6"), ("named_person", "6")]
    assert all("unnamed_source" in by_key[key]["alt"] for key in ((ona, 0), (putin, 0), (email, 14)))
    police = by_key[(ona, 13)]  # "Counter-terrorism police have previously spoken about"
    assert (police["reading"], police["alt"]) == ("named_organization", ["unnamed_source", "unattributed"])
    told = by_key[(putin, 9)]  # "Trump had told reporters ... but neither he nor Sanders disclosed"
    assert (told["reading"], told["alt"], told["rule"]) == ("named_official", ["unattributed"], "7")
    congratulated = (by_key[(putin, 15)]["reading"], by_key[(putin, 15)]["alt"])  # named_official added by the review
    assert congratulated == ("unattributed", ["cited_outlet", "named_official"])
    letter = by_key[(tenet, 5)]  # the former directors' letter "asking that ... they be allowed to see the report"
    assert (letter["reading"], letter["alt"]) == ("named_person", ["named_official", "unattributed"])
    fuentes = [(by_key[(malkin, number)]["reading"], by_key[(malkin, number)]["alt"]) for number in (8, 9)]
    assert fuentes == [("unattributed", ["named_person"]), ("named_person", ["unattributed"])]
    posts = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((malkin, 16), (malkin, 17), (cassidy, 7))]
    assert posts == [("named_organization", "9"), ("named_person", "9"), ("named_official", "9")]
    polls = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((michigan, 3), (michigan, 12))]
    assert polls == [("unnamed_source", "4")] * 2  # "polls show", "The polls suggest"
    acts = [by_key[key] for key in ((tenet, 4), (tenet, 8), (tenet, 10), (malkin, 0), (malkin, 3), (malkin, 7),
                                    (malkin, 15), (malkin, 19), (cassidy, 10), (cassidy, 13))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)
    unclear = [by_key[key]["reading"] for key in ((michigan, 0), (cassidy, 9))]
    assert unclear == ["unattributed"] * 2  # the writer's own "it is not clear whether", "It's unclear"


def test_thirty_third_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read33b): 225 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout33", THIRTY_THIRD_SET[10:], 225,
        {"Breitbart News", "The Hill", "Al Jazeera", "Newsmax", "CBN", "NPR Online News", "Fox News",
         "Fox Online News", "The Guardian", "CNN (Web News)"},
        {"unattributed": 90, "named_official": 41, "named_person": 34, "named_organization": 29,
         "unnamed_source": 22, "cited_outlet": 1, "document": 0, "boilerplate": 8},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    ice, cartoon, turkey, poll, era, christie, obamacare, deloitte, bear, debt = THIRTY_THIRD_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {**{(ice, number): False for number in (0, 3, 4, 5, 12, 13, 14)}, (cartoon, 9): False,
                       (era, 13): False, (era, 14): False, **{(christie, number): False for number in (3, 4, 9)},
                       (obamacare, 5): False, (deloitte, 20): False, (deloitte, 26): False,
                       **{(debt, number): False for number in (3, 8, 10, 11, 12, 13)}}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(ice, 15), (ice, 16), (cartoon, 3), (cartoon, 8), (cartoon, 17), (cartoon, 22), (debt, 4), (debt, 5)]
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [(poll, 9)]  # "according to NBC News"
    nyt = [(by_key[(cartoon, number)]["reading"], by_key[(cartoon, number)]["alt"]) for number in (0, 2, 4, 5)]
    assert nyt == [("named_organization", ["unattributed", "cited_outlet"]), ("named_organization", ["cited_outlet"]),
                   ("named_organization", ["cited_outlet"]), ("named_organization", ["cited_outlet"])]  # the paper's apology
    # ([2]'s cited_outlet added by the review, as [0], [4] and [5] have it)
    posters = {(by_key[(cartoon, number)]["reading"], by_key[(cartoon, number)]["rule"]) for number in (6, 7, 18, 19, 20, 21)}
    assert posters == {("named_person", "9")}  # Yashar Ali's "2." and post, Karam's post: named in credit lines only
    polls = [by_key[(poll, number)]["reading"] for number in (0, 1, 2, 3, 8, 10, 11, 12, 13, 14)]
    assert polls == ["named_organization"] * 9 + ["unattributed"]  # the NBC/WSJ poll; its method the writer's
    assert (by_key[(poll, 0)]["rule"], by_key[(poll, 0)]["alt"]) == ("6", ["unnamed_source", "cited_outlet"])
    pollsters = {(by_key[(poll, number)]["reading"], tuple(by_key[(poll, number)]["alt"])) for number in (5, 6, 7)}
    assert pollsters == {("named_official", ("named_person",))}  # McInturff and Hart, as Quinnipiac's Malloy
    eggers = {(by_key[(deloitte, number)]["reading"], tuple(by_key[(deloitte, number)]["alt"])) for number in (4, 5, 17, 18, 27, 28)}
    assert eggers == {("named_official", ("named_person",))}  # Deloitte's director, lead author of its study
    analysts = {(by_key[(obamacare, number)]["reading"], tuple(by_key[(obamacare, number)]["alt"]))
                for number in (1, 2, 6, 7, 9, 10, 11, 12, 14, 15, 16, 17)}
    assert analysts == {("named_person", ("named_official",))}  # think-tank and consulting analysts
    assert {by_key[(deloitte, number)]["alt"] == [] and by_key[(deloitte, number)]["reading"] == "named_person"
            for number in (15, 16, 21, 22, 23, 24, 25)} == {True}  # the professor
    report = [(by_key[(deloitte, number)]["reading"], by_key[(deloitte, number)]["rule"]) for number in (0, 1, 2, 3)]
    assert report == [("named_organization", "table"), ("named_organization", "3"), ("named_organization", "2"),
                      ("unattributed", "3")]  # its reasoning going on, then the writer's gloss
    nance = {(by_key[(era, number)]["reading"], tuple(by_key[(era, number)]["alt"])) for number in (15, 16, 17, 18)}
    assert nance == {("named_official", ("named_person",))}  # an NGO's head
    critics = [(by_key[(era, number)]["reading"], by_key[(era, number)]["alt"]) for number in (13, 14)]
    assert critics == [("unnamed_source", ["named_official"])] * 2  # "critics say", "They say"; Nance in alt
    lead_ins = [(by_key[key]["reading"], by_key[key]["rule"], by_key[key]["alt"]) for key in ((ice, 6), (christie, 6))]
    assert lead_ins == [("named_official", "2", ["unattributed"])] * 2  # "told the media ...:", "provided this explanation:"
    own = [(by_key[key]["reading"], by_key[key]["alt"], by_key[key]["rule"]) for key in ((christie, 1), (christie, 5))]
    assert own == [("unattributed", ["unnamed_source"], "4"), ("unattributed", ["unnamed_source"], "3")]  # "it appears"
    hedges = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((christie, 9), (debt, 13))]
    assert hedges == [("unnamed_source", "4")] * 2  # "plenty of folks weren't buying it", "was thought to"
    acts = [(by_key[key]["reading"], by_key[key]["rule"], bool(by_key[key]["alt"])) for key in
            ((turkey, 7), (turkey, 11), (turkey, 22), (era, 9), (deloitte, 14), (debt, 0), (debt, 7), (debt, 9))]
    assert acts == [("unattributed", "7", True)] * 8  # acts and stances told by the writer, the actor in alt
    speech = [by_key[key]["reading"] for key in ((turkey, 0), (turkey, 12), (turkey, 21), (obamacare, 3),
                                                 (cartoon, 9), (deloitte, 20), (debt, 10), (debt, 11))]
    assert speech == ["named_organization", "named_organization", "named_official", "named_official"] + ["unnamed_source"] * 4
    assert {by_key[(bear, number)]["reading"] for number in range(44) if number not in (19, 20)} == {"unattributed"}
    lange = [(by_key[(bear, number)]["reading"], by_key[(bear, number)]["alt"], by_key[(bear, number)]["rule"]) for number in (19, 20)]
    assert lange == [("named_person", ["named_official"], "table"), ("named_person", ["named_official"], "5")]
    tweet = [by_key[(turkey, number)]["reading"] for number in range(14, 21)]
    assert tweet == ["named_official"] * 7 and by_key[(turkey, 17)]["rule"] == "9"  # "w/#OperationPeaceSpring."


def test_thirty_third_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 7 of the 384 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. Rule 7's actor in alt where a row had alts but not the actor's,
    a speech act told by its occasion, one source read one way through a passage; closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout33", THIRTY_THIRD_SET, 384,  # 1-10 landed first: the draw's order
        {"unattributed": 161, "named_official": 82, "named_person": 45, "named_organization": 44,
         "unnamed_source": 35, "boilerplate": 8, "document": 7, "cited_outlet": 2}, 1, keyed=True)
    tenet, _, _, _, _, putin, _, malkin, _, cassidy = THIRTY_THIRD_SET[:10]
    ice, cartoon, turkey, _, _, christie, _, deloitte, bear, debt = THIRTY_THIRD_SET[10:]
    added = {(putin, 15): ("unattributed", ["cited_outlet", "named_official"]),  # Trump congratulated Putin
             (cassidy, 10): ("unattributed", ["unnamed_source", "named_official"]),  # Thune is hashing out plans
             (ice, 14): ("unnamed_source", ["named_organization"]),  # the ICE official's quotation going on
             (cartoon, 2): ("named_organization", ["cited_outlet"]),  # the Times Opinion's own post
             (deloitte, 2): ("named_organization", ["document"]),  # "it noted": the report
             (deloitte, 13): ("named_organization", ["document"]),  # "The report notes"
             (debt, 0): ("unattributed", ["unnamed_source", "named_organization"])}  # the Senate passed
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 162 + 7  # the readers' 162 alts and the review's 7
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    assert all("named_organization" in by_key[(ice, number)]["alt"] for number in (12, 13, 14))  # ICE one way
    assert all("cited_outlet" in by_key[(cartoon, number)]["alt"] for number in (0, 2, 4, 5))  # the paper one way
    assert all("document" in by_key[(deloitte, number)]["alt"] for number in (0, 2, 13))  # the report one way
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((christie, 9), (malkin, 15), (tenet, 7), (tenet, 11), (putin, 12), (putin, 16), (turkey, 2), (bear, 9))]
    assert close == [("unnamed_source", ["unattributed"]),  # "plenty of folks weren't buying it"
                     ("unattributed", ["named_organization"]),  # "appears to have been too much for YAF"
                     ("unattributed", []),  # Brennan passed the letter: narration, left as read
                     ("unattributed", ["unnamed_source"]),  # the White House redacting, the critics in alt
                     ("unattributed", []),  # Trump met Lavrov: background, left as read
                     ("cited_outlet", []),  # the Post reported the talking points
                     ("unattributed", []),  # "The chamber voted 405 to 11": the tally
                     ("unattributed", [])]  # the advert's chant, the column's description


def test_thirty_third_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main d1c268a (made once, 07:54:56 UTC on 6 December, seven seconds after the thirty-second
    set's; made again into another folder, byte-identical): 122/124 with alt, 118 strict, 13/13, no agreeing type
    under a wrong source (judged with each key open)."""
    keyed = assert_held_out_figure("heldout33", statements=384, articles=20, keyed=124, agree=122, strict=118,
                                   reasons=13, reasons_agree=13, wrong_sources=0, per_article_min_max=(1, 14))
    assert reason_misses(keyed) == {}
    given = [(row["id"], row["statement"]) for row in keyed if row["reason_keyed"]]
    assert given == [("AYUJlc4xhoTjfVOO", 6)]  # "one former C.I.A. officer who spoke on condition of anonymity"
    assert type_disagreements(keyed) == {
        ("xa6ucylpUsslzmZK", 8): ("unnamed_source", "named_official"),  # "I heard someone say": inside Hurst's words
        ("aKPQqtVcVrF6GuS6", 19): ("named_person", "named_official")}  # the credit line's "Mevlüt Çavuşoğlu"
    assert agreeing_through_alt(keyed) == 4  # the type in alt
    through = {(row["id"], row["statement"]): row["keyed"] for row in keyed if row["keyed"] != row["reading"] and row["agree"]}
    assert through == {("RkivoT7pJirCNcNa", 0): "unnamed_source",  # "a Trump spokeswoman": Sanders, named in [3]
                       ("CO1YwXbaOukW6nIw", 4): "cited_outlet",  # "the newspaper said in a tweet": the Times Opinion
                       ("1nyGxsvY84vw3QEf", 6): "named_person",  # the pollster Peter Hart
                       ("diwcGFPSKGVcGbIe", 1): "unattributed"}  # the Deloitte report's reasoning going on
    per_article = keyed_per_article(keyed, THIRTY_THIRD_SET)
    assert (per_article[9], per_article[10]) == (5, 5)  # median 5; NPR's key holds 1, Bloomberg's 14
    assert sum(count < 5 for count in per_article) == 9
    assert keyed_types(keyed) == {"unattributed": 41, "named_official": 41, "unnamed_source": 15,
                                  "named_organization": 13, "named_person": 10, "cited_outlet": 3, "document": 1}
