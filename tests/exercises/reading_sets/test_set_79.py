"""docs/exercise_agreement_heldout79.jsonl: the seventy-ninth reading set (seed 1279), read blind.

Its section of docs/exercise_agreement.md: "The seventy-ninth reading set (stop 53; the rule, written
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

SEVENTY_NINTH_SET = [  # the draw of docs/exercise_agreement.md ("the seventy-ninth reading set"), in its order
    "g8RsxKsTcgAT2j8E", "zTUeKNPvbfC2obW5", "okSzN1ScGZFbxVDq", "0ZPJLk8O8dLU1sHU",
    "tAL9tGI8SQo3JiVF", "aXEj55frqN9fwxhv", "fB76nlnJmVvLuvkz", "YYJW3UkhgPSUpsec",
    "VLdIJx86ppiZwYqj", "7oN3xJBQZcBTTFJN", "3vHXSr4QZRdWdocB", "eDB41uOracTvlnP9",
    "x1NqdcVZlRChyM82", "GtgsqMnLHUtNNkvU", "XsNgrQUNiQUno4do", "tJGhSzWQpTwx1g6e",
    "B4oTA19BPFtr7JCG", "T7FFbkbRFK64jeXV", "3TSyYicHatjFhtRR", "b1gdUVhUJBbGGElv",
]


def test_seventy_ninth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read79a): 196 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout79", SEVENTY_NINTH_SET[:10], 196,
        {"The Hill", "CNN (Web News)", "CBN", "The Guardian", "NPR Online News", "Politico",
         "Christian Science Monitor", "USA TODAY", "New York Times - News", "The Daily Caller"},
        {"unattributed": 78, "named_official": 45, "named_organization": 32, "named_person": 16,
         "unnamed_source": 14, "cited_outlet": 6, "document": 0, "boilerplate": 5},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    shutdown, addresses, agenda, emissions, raids, government, senate, polls, hagel, heroes = SEVENTY_NINTH_SET[:10]
    assert [len([row for row in first if row["id"] == article]) for article in SEVENTY_NINTH_SET[:10]] == [
        19, 18, 22, 18, 15, 29, 24, 18, 13, 20]
    assert readings_by_article(first, SEVENTY_NINTH_SET[:10]) == [  # every reading, article by article
        "OuOOOOOOAGuuOAuuuuu", "uOOOOOOOOOOOOOOOOO", "uOOOuOuCPPPACuOAOOOOuu", "GGGGPGuuuuGPPPGPPP",
        "uGGuCGCuGuuOOOu", "uGGuuuuuuuuuuuuuuPPuuuAuuuuuu", "AAuuuAGGuAAPGGuAuuuGAuuu",
        "GuGuGGuGGuuGuGGGGG", "uuuOuuuAOuOOO", "uAuCCuPbbGbPPbuObOOu"]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(shutdown, 8): False, (shutdown, 13): False, (agenda, 11): False, (agenda, 15): False,
                       (government, 22): False,
                       **{(senate, number): False for number in (0, 1, 5, 9, 10, 15, 20)},
                       (hagel, 7): False, (heroes, 1): False}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [
        (heroes, number) for number in (7, 8, 10, 13, 16)]  # the tweets' bare links, a linked headline
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [
        (agenda, 7), (agenda, 12), (raids, 4), (raids, 6), (heroes, 3), (heroes, 4)]
    tweets = [by_key[(shutdown, number)] for number in range(2, 8)]  # Trump's tweet, quoted and embedded
    assert all(row["reading"] == "named_official" and "9" in row["rule"].split(",") for row in tweets)
    relayed = by_key[(heroes, 9)]  # Steven Dennis's tweet relaying the CRFB
    assert (relayed["reading"], relayed["rule"], relayed["alt"]) == ("named_organization", "1,9", ["named_person"])
    named_later = [by_key[(emissions, 0)], by_key[(polls, 0)]]  # "a new study", "separate polls", named next
    assert all(row["reading"] == "named_organization" and row["rule"] == "6"
               and row["alt"] == ["unnamed_source", "document"] for row in named_later)
    study = [by_key[(emissions, number)] for number in (2, 3, 5)]  # the review's findings go on
    assert all(row["rule"] == "3" and row["alt"] == ["unattributed"] for row in study)
    context = [by_key[(emissions, number)] for number in (6, 7, 8)]  # the writer's context, the study in alt
    assert all(row["reading"] == "unattributed" and row["alt"] == ["named_organization"] for row in context)
    assert (by_key[(emissions, 4)]["reading"], by_key[(emissions, 4)]["alt"]) == ("named_person", ["named_organization"])
    groups = [by_key[(shutdown, 8)], by_key[(government, 22)]]  # "Democrats have demanded", "Democrats insist"
    assert all(row["rule"] == "6,7" and row["alt"][0] == "named_organization" for row in groups)
    assert (by_key[(shutdown, 13)]["rule"], by_key[(shutdown, 13)]["alt"]) == ("4,6", ["unattributed"])  # "some talk"
    assert (by_key[(shutdown, 9)]["reading"], by_key[(shutdown, 9)]["alt"]) == (
        "named_organization", ["unnamed_source", "unattributed"])  # the White House's demands
    assert (by_key[(agenda, 11)]["rule"], by_key[(agenda, 11)]["alt"]) == ("4", ["cited_outlet"])  # "reportedly"
    assert by_key[(agenda, 18)]["rule"] == "6" and by_key[(agenda, 18)]["reading"] == "named_official"  # Warner
    assert by_key[(hagel, 7)]["alt"] == ["named_official"]  # the groups' leaders, Brog one of them
    reuters = [by_key[(senate, number)] for number in (5, 20)]  # aides who "told Reuters"
    assert all(row["rule"] == "5,6" for row in reuters)
    assert by_key[(senate, 10)]["alt"] == ["document"]  # "studies show"
    assert by_key[(senate, 6)]["alt"] == ["document", "cited_outlet"]  # the Reuters/Ipsos poll
    assert (by_key[(government, 1)]["reading"], by_key[(government, 1)]["alt"]) == (
        "named_organization", ["unnamed_source"])  # the committee video's narrator
    assert (by_key[(government, 2)]["reading"], by_key[(government, 2)]["alt"]) == (
        "named_organization", ["unattributed"])  # "The Obama campaign quickly disavowed the video."
    wexler = [by_key[(government, number)] for number in (17, 18)]  # a former congressman
    assert all(row["reading"] == "named_person" and "named_official" in row["alt"] for row in wexler)
    attorney = [by_key[(raids, number)] for number in (11, 12, 13)]  # the SPLC's attorney
    assert all(row["reading"] == "named_official" and row["alt"] == ["named_person"] for row in attorney)
    assert (by_key[(heroes, 15)]["reading"], by_key[(heroes, 15)]["alt"]) == ("named_official", ["unnamed_source"])
    leads = [by_key[key] for key in ((addresses, 1), (addresses, 2), (addresses, 4), (addresses, 11), (agenda, 1),
                                     (hagel, 3), (heroes, 18))]
    assert all("7" in row["rule"].split(",") and "unattributed" in row["alt"] for row in leads)  # speech acts
    acts = [by_key[key] for key in ((shutdown, 1), (shutdown, 15), (shutdown, 16), (addresses, 0), (agenda, 0),
                                    (agenda, 6), (agenda, 20), (raids, 0), (raids, 9), (government, 16),
                                    (senate, 21), (hagel, 0), (hagel, 2), (hagel, 4), (heroes, 0), (heroes, 14))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)
    assert [row for row in first if row["reading"] == "unattributed" and "7" in row["rule"].split(",")
            and not row["alt"]] == []  # every plain act has its actor in alt


def test_seventy_ninth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read79b): 225 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout79", SEVENTY_NINTH_SET[10:], 225,
        {"Fox News", "ABC News", "Newsmax", "Washington Times", "Fox Online News", "Reuters", "New York Post",
         "BBC News", "Breitbart News", "CBS News"},
        {"named_official": 76, "unattributed": 66, "named_person": 43, "unnamed_source": 13,
         "named_organization": 12, "boilerplate": 9, "document": 4, "cited_outlet": 2},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    emanuel, wilson, perry, mandate, blasio, monkey, hongkong, parade, budget, dallas = SEVENTY_NINTH_SET[10:]
    assert [len([row for row in second if row["id"] == article]) for article in SEVENTY_NINTH_SET[10:]] == [
        20, 25, 16, 18, 27, 27, 16, 21, 27, 28]
    assert readings_by_article(second, SEVENTY_NINTH_SET[10:]) == [  # every reading, article by article
        "uuOOGOOuuuOOGGuuOOuO", "PPPuPPPPPPPPPPPPPPPPPPPPP", "OOOuOuOuOOuOOOOO", "uuuOGPAAAGGuGOOuuG",
        "uuDOOOPPPPGCAAuOOuuuAPPPPbP", "OuuAOuuOOOOOOOOOOOuuuuuOuDD", "bbbbbbAuPPOOuuuO", "uOAOOuOuOOuOAADuOGuCu",
        "uuOOuuOOOOGGuuuuuuuOOOOOuOO", "uuuuuOOAPPuPPPPPAuOOOObOuOOb"]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(mandate, 6): False, (mandate, 7): False, (mandate, 8): False, (blasio, 12): False,
                       (blasio, 13): False, (blasio, 20): False, (monkey, 3): False, (hongkong, 6): False,
                       (parade, 2): False, (parade, 12): False, (parade, 13): False, (dallas, 7): False,
                       (dallas, 16): False}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [
        (blasio, 25), *((hongkong, number) for number in range(6)), (dallas, 22), (dallas, 27)]
    officer = [row for row in second if row["id"] == wilson and row["reading"] == "named_person"]
    assert len(officer) == 24 and all("named_official" in row["alt"] for row in officer)  # his own life, not his post
    assert (by_key[(wilson, 14)]["rule"], by_key[(wilson, 14)]["alt"]) == ("3", ["unattributed", "named_official"])
    former = [by_key[(blasio, number)] for number in (6, 7, 8, 9, 21, 22, 23, 24, 26)]  # Sharpton, Giuliani
    assert all(row["reading"] == "named_person" and row["alt"][0] == "named_official" for row in former)
    assert by_key[(blasio, 6)]["alt"] == ["named_official", "cited_outlet"]  # "told Reuters"
    assert all(by_key[(blasio, number)]["alt"] == ["cited_outlet"] for number in (12, 13))  # the protester, the Post
    assert (by_key[(blasio, 2)]["reading"], by_key[(blasio, 2)]["alt"]) == ("document", ["unattributed"])  # the video
    assert by_key[(blasio, 0)]["alt"] == ["unnamed_source", "named_organization"]  # "rejected a call"
    assert (by_key[(mandate, 3)]["reading"], by_key[(mandate, 3)]["alt"]) == ("named_official", ["named_person"])
    assert (by_key[(mandate, 5)]["reading"], by_key[(mandate, 5)]["alt"]) == ("named_person", ["named_official", "document"])
    court = [by_key[(mandate, number)] for number in (4, 9, 10)]  # the judges' "said", the panel's "wrote"
    assert all(row["reading"] == "named_organization" and "document" in row["alt"] for row in court)
    assert by_key[(mandate, 10)]["alt"] == ["unnamed_source", "document"]  # the government lawyers' words adopted
    assert by_key[(mandate, 6)]["alt"] == ["unattributed"]  # "have lobbied ..., citing"
    assert (by_key[(mandate, 17)]["reading"], by_key[(mandate, 17)]["alt"]) == ("named_organization", ["unnamed_source"])
    assert (by_key[(hongkong, 6)]["rule"], by_key[(hongkong, 6)]["alt"]) == ("6,7", ["unattributed"])
    assert (by_key[(hongkong, 7)]["reading"], by_key[(hongkong, 7)]["alt"]) == ("unattributed", ["unnamed_source"])
    assert all(by_key[(hongkong, number)]["alt"] == ["cited_outlet", "named_official"] for number in (8, 9))  # Chan
    assert (by_key[(monkey, 5)]["rule"], by_key[(monkey, 5)]["alt"]) == ("4", ["unnamed_source"])  # "can be seen as"
    assert all(by_key[(monkey, number)]["alt"] == ["cited_outlet"] for number in range(9, 13))  # via Politico
    assert [by_key[(monkey, number)]["reading"] for number in (25, 26)] == ["document"] * 2  # state data
    assert (by_key[(parade, 2)]["rule"], by_key[(parade, 2)]["alt"]) == ("4", ["cited_outlet"])  # "Reports say"
    assert (by_key[(parade, 14)]["reading"], by_key[(parade, 14)]["alt"]) == ("document", ["unnamed_source"])
    assert (by_key[(parade, 19)]["reading"], by_key[(parade, 19)]["alt"][0]) == ("cited_outlet", "unnamed_source")
    described = [by_key[(budget, number)] for number in (4, 5, 12, 13, 14, 15, 16, 17, 18)]  # the budget, no cue
    assert all(row["reading"] == "unattributed" and row["alt"] == ["document"] for row in described)
    assert (by_key[(budget, 3)]["reading"], by_key[(budget, 3)]["rule"]) == ("named_official", "3")
    assert (by_key[(dallas, 4)]["rule"], by_key[(dallas, 4)]["alt"]) == ("10", ["cited_outlet"])  # own correspondent
    blaze = [by_key[(dallas, number)] for number in (8, 9, 11, 12, 13, 14, 15)]  # the Johnsons to The Blaze
    assert all(row["reading"] == "named_person" and row["alt"] == ["cited_outlet"] for row in blaze)
    assert by_key[(dallas, 17)]["alt"] == ["unnamed_source", "named_official"]
    relayed = {(emanuel, 19): "named_official", (monkey, 9): "named_official", (hongkong, 8): "named_person"}
    assert all(by_key[key]["reading"] == reading and "1" in by_key[key]["rule"].split(",")
               for key, reading in relayed.items())  # words relayed from another outlet, the outlet in alt (rule 1)
    plain = {(emanuel, 1): "named_official", (emanuel, 8): "named_official", (emanuel, 15): "named_official",
             (emanuel, 18): "named_organization", (perry, 3): "named_official", (perry, 10): "named_official",
             (mandate, 0): "named_organization", (mandate, 1): "named_organization", (mandate, 11): "named_organization",
             (mandate, 15): "named_organization", (monkey, 21): "named_official", (monkey, 22): "named_official",
             (parade, 0): "named_official", (parade, 7): "named_official", (parade, 10): "named_official",
             (parade, 15): "named_organization", (budget, 0): "document", (dallas, 24): "named_organization"}
    assert all(by_key[key]["reading"] == "unattributed" and by_key[key]["rule"] == "7" and by_key[key]["alt"][0] == actor
               for key, actor in plain.items())  # plain acts and stances, the actor in alt (rule 7)
    speech = [by_key[key]["reading"] for key in ((emanuel, 16), (emanuel, 17), (perry, 1), (monkey, 0), (monkey, 17),
                                                 (hongkong, 10), (parade, 16), (blasio, 16))]
    assert speech == ["named_official"] * 8  # with their content (rule 7)


def test_seventy_ninth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 8 of the 421 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. Plain acts and stances with their actor in alt, one way with
    the readers' own (rule 7): CBN's hoping Trump team, NPR's bused workers, the Daily Caller's Senate, the New
    York Post's demonstrators, CBS News' scheduled tribute; the Guardian's cue-less 2009 figure one way with the
    study's context; the closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout79", SEVENTY_NINTH_SET, 421,  # 1-10 landed first, so the file holds the draw's order
        {"unattributed": 144, "named_official": 121, "named_person": 59, "named_organization": 44,
         "unnamed_source": 27, "cited_outlet": 8, "document": 4, "boilerplate": 14}, 0, keyed=True)
    shutdown, _, agenda, emissions, raids, government, senate, _, _, heroes = SEVENTY_NINTH_SET[:10]
    emanuel, wilson, _, mandate, _, monkey, hongkong, _, budget, dallas = SEVENTY_NINTH_SET[10:]
    added = {(agenda, 21): ("unattributed", ["unnamed_source"]),  # "the Trump team ... are hoping to cut taxes"
             (emissions, 9): ("unattributed", ["named_organization"]),  # the 2009 drop, no cue
             (raids, 10): ("unattributed", ["named_organization"]),  # "The arrested workers were bused"
             (heroes, 19): ("unattributed", ["named_organization"]),  # "the Senate has remained in session"
             (hongkong, 13): ("unattributed", ["unnamed_source"]),  # "The demonstrators smashed windows"
             (dallas, 0): ("unattributed", ["named_official"]),  # "President Obama will pay tribute"
             (dallas, 1): ("unattributed", ["named_official"]),  # "He will attend and speak"
             (dallas, 2): ("unattributed", ["named_official"])}  # "Both will meet with victims' families."
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 231 + 8  # the readers' 231 alts and the review's 8
    assert all(row["reason_reading"] is False for row in by_key.values() if row["reading"] == "unnamed_source")
    hopes = [by_key[key] for key in ((agenda, 21), (shutdown, 16), (senate, 21))]  # "are hoping", "hopes", "hope"
    assert all(row["reading"] == "unattributed" and row["alt"] for row in hopes)
    context = [by_key[(emissions, number)] for number in (6, 7, 8, 9)]  # the study's context, no cue
    assert all(row["reading"] == "unattributed" and row["alt"] == ["named_organization"] for row in context)
    agents = [by_key[(raids, number)] for number in (0, 3, 10)]  # the raids, the agents, the workers bused
    assert all(row["reading"] == "unattributed" and row["alt"][0] == "named_organization" for row in agents)
    protesters = [by_key[(hongkong, number)] for number in (7, 13)]  # the throngs' and demonstrators' acts
    assert all(row["reading"] == "unattributed" and row["alt"] == ["unnamed_source"] for row in protesters)
    scheduled = [by_key[key] for key in ((dallas, 0), (dallas, 1), (dallas, 2), (shutdown, 1))]
    assert all(row["reading"] == "unattributed" and row["alt"] == ["named_official"] for row in scheduled)
    assert (by_key[(agenda, 6)]["reading"], by_key[(agenda, 6)]["alt"]) == ("unattributed", ["named_person"])
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((monkey, 20), (hongkong, 12), (wilson, 3), (emanuel, 9), (dallas, 10), (budget, 1), (government, 14),
              (government, 22), (senate, 1), (mandate, 16))]
    assert close == [("unattributed", []),  # "more than 3.5 million people voted", the state data named at [25]
                     ("unattributed", []),  # "police fired tear gas to disperse the crowds"
                     ("unattributed", []),  # "Wilson was cleared by a grand jury Monday"
                     ("unattributed", []),  # "30,000 city teachers walked off the job in September 2012"
                     ("unattributed", []),  # "Johnson was discharged from the Army in 2015"
                     ("unattributed", []),  # the blueprint "delivered ... and posted on the White House website"
                     ("unattributed", []),  # "Democrats gave no hint that abortion should be 'rare'"
                     ("unnamed_source", ["named_organization", "unattributed"]),  # "Democrats insist that"
                     ("unnamed_source", ["unattributed"]),  # "aides are concerned that"
                     ("unattributed", ["named_organization"])]  # "Under the compromise ..."


def test_seventy_ninth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main c6d6b30 (1407708's analyzer; made once, 21:55:06-21:55:13 UTC on 7 December, right after
    the seventy-eighth set's, at the key confidence 0.97, on time for the rule's "about 21:55"; made again into
    another folder at 21:55:19, byte-identical): 75/77 with alt, 64 strict, 2/2; two types disagree (the New
    York Post's photo caption, twice, keyed unattributed, read boilerplate); eleven agree only through alt (ABC
    News' Officer Wilson eight times, the Hill's "some talk", Hatch's vote, Bowser's response); one wrong source
    under an agreeing type, judged with each key open (CNN's "he said" of Obama given the run-on subject of
    Stutzman's cue); no key empty."""
    keyed = assert_held_out_figure("heldout79", statements=421, articles=20, keyed=77, agree=75, strict=64,
                                   reasons=2, reasons_agree=2, wrong_sources=1, per_article_min_max=(1, 8))
    shutdown, addresses, _, _, _, _, _, _, hagel, _ = SEVENTY_NINTH_SET[:10]
    _, wilson, _, _, blasio, _, hongkong, parade, _, dallas = SEVENTY_NINTH_SET[10:]
    assert reason_misses(keyed) == {}
    asked = {(row["id"], row["statement"]): (row["reason_keyed"], row["reason_reading"]) for row in keyed
             if row["reason_keyed"] is not None}
    assert asked == {(blasio, 20): (False, False),  # "some pundits say"
                     (dallas, 7): (False, False)}  # "according to a source"
    assert type_disagreements(keyed) == {
        (hongkong, 2): ("unattributed", "boilerplate"),  # the 22-word photo caption, no full stop, no credit
        (hongkong, 4): ("unattributed", "boilerplate")}  # the same caption again
    wrong = {(row["id"], row["statement"]): row["source_keyed"] for row in keyed if row["source_ok"] is False}
    assert wrong == {(addresses, 3): "pushing for a revival in America’s manufacturing sector - Rep. Marlin Stutzman, "
                                     "R-Indiana"}  # Obama's "he said", given Stutzman's run-on subject
    assert all(row["source_ok"] is True for row in keyed if (row["id"], row["statement"]) not in wrong)
    assert agreeing_through_alt(keyed) == 11
    through_alt = {(row["id"], row["statement"]): (row["keyed"], row["reading"], row["alt"]) for row in keyed
                   if row["keyed"] != row["reading"] and row["agree"]}
    assert through_alt == {
        (shutdown, 13): ("unattributed", "unnamed_source", ["unattributed"]),  # "There has been some talk"
        (hagel, 3): ("unattributed", "named_official", ["unattributed"]),  # Hatch "voted present because he said"
        **{(wilson, number): ("named_official", "named_person", ["named_official"])
           for number in (5, 6, 7, 11, 12, 18, 19, 21)},  # Officer Darren Wilson on his own life
        (parade, 10): ("named_official", "unattributed", ["named_official"])}  # "Bowser responded"
    statements = [tuple(row["statement"] for row in keyed if row["id"] == article) for article in SEVENTY_NINTH_SET]
    assert statements == [  # the keyed statements of each article, in the draw's order
        (5, 7, 13, 14), (3, 9, 10, 11), (5, 19, 21), (15, 16), (1, 10), (5, 16, 25, 26), (6, 19, 22, 23),
        (8, 11, 14, 16), (3, 6, 8, 11, 12), (3,), (5, 12), (5, 6, 7, 11, 12, 18, 19, 21),
        (0, 8, 9, 12, 13, 14, 15), (3, 13, 14), (1, 11, 17, 18, 20), (13, 14, 16, 17), (2, 4), (3, 10, 11),
        (10, 11, 16, 18, 25, 26), (6, 7, 20, 25)]
    per_article = keyed_per_article(keyed, SEVENTY_NINTH_SET)
    assert (per_article[9], per_article[10]) == (4, 4)  # median 4; ABC News' Wilson key holds 8
    assert sum(count < 5 for count in per_article) == 15
    assert sum(row["id"] == wilson for row in keyed) == 8
    assert keyed_types(keyed) == {"named_official": 42, "unattributed": 19, "named_organization": 10,
                                  "named_person": 2, "cited_outlet": 2, "unnamed_source": 2, "document": 0}
    assert {row["id"] for row in keyed} == set(SEVENTY_NINTH_SET)  # no key empty
