"""docs/exercise_agreement_heldout61.jsonl: the sixty-first reading set (seed 1261), read blind.

Its section of docs/exercise_agreement.md: "The sixty-first reading set (stop 48; the rule, written
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

SIXTY_FIRST_SET = [  # the draw of docs/exercise_agreement.md ("the sixty-first reading set"), in its order
    "5dWcqWgOsLApNff8", "pR4Ot1EUdFnKw7sj", "RGnqQb28sf9dcptc", "Tbp8UOj3YToBuezU",
    "lxde0CysijMEA0mq", "MqvGDuh15sObuqIi", "EMtsRaxnUxCYuPv8", "3HTozZZO9zXmmNj3",
    "5tT2TpQMB7RU358Q", "fkDPfXPy7z0yFBGP", "BYXK47nD51T5SVQc", "ASMqfFP7VifvQJgR",
    "7G0u7xpr7wbyc7sw", "I5RT1oBtWJ9SDcOt", "IsyWqX5ktGuAqH32", "QNMghTt0q8VpqsBA",
    "ick8gOmRQRIL1ox4", "1LsDrSC3E2wSQuOw", "8hRHFf5XaNbgA5Zz", "vjH7Q02aINBBxrfg",
]


def test_sixty_first_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read61a): 202 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout61", SIXTY_FIRST_SET[:10], 202,
        {"New York Post", "The Daily Caller", "BBC News", "Associated Press", "Al Jazeera", "Fox News",
         "Christian Science Monitor", "Breitbart News", "CBS News", "NPR Online News"},
        {"unattributed": 62, "named_official": 59, "named_organization": 23, "unnamed_source": 17,
         "boilerplate": 15, "named_person": 12, "cited_outlet": 9, "document": 5},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    nytimes, berkeley, ufo, comics, cricket, poll, income, bondi, swalwell, cliff = SIXTY_FIRST_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {**{(berkeley, number): False for number in (11, 14, 16)},
                       **{(ufo, number): False for number in (1, 3, 12, 13, 14, 15, 16)}, (poll, 8): False,
                       (swalwell, 17): False, (swalwell, 18): False,
                       **{(cliff, number): False for number in range(4)}}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(berkeley, 7), (berkeley, 10), (ufo, 19), *[(bondi, number) for number in range(9, 14)],
                   (swalwell, 5), (swalwell, 6), (swalwell, 29), *[(cliff, number) for number in (12, 13, 21, 22)]]
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(nytimes, 13), (berkeley, 1), (berkeley, 8), (ufo, 0), *[(cliff, number) for number in range(6, 11)]]
    documents = [key for key, row in by_key.items() if row["reading"] == "document"]
    assert documents == [(ufo, 2), (income, 3), (income, 4), (income, 5), (income, 7)]
    persons = [key for key, row in by_key.items() if row["reading"] == "named_person"]
    assert persons == [(berkeley, 6), (berkeley, 9), (berkeley, 12), (berkeley, 13),
                       *[(ufo, number) for number in range(5, 12)], (income, 12)]
    reid = [by_key[(ufo, number)]["alt"] for number in range(5, 12)]
    assert reid == [["named_official"]] * 7  # the retired senator, out of office
    tweets = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((berkeley, 6), (ufo, 8), (swalwell, 24))]
    assert tweets == [("named_person", "9"), ("named_person", "9"), ("named_official", "9")]
    times = [(by_key[(nytimes, number)]["reading"], by_key[(nytimes, number)]["alt"]) for number in (9, 10, 11)]
    assert times == [("named_organization", ["cited_outlet"])] * 3  # the Times answering as a paper
    robesonian = [by_key[(comics, number)] for number in (1, 2, 3, 4, 5, 16, 17, 18, 19, 20)]
    assert all(row["reading"] == "named_organization" and "cited_outlet" in row["alt"] for row in robesonian)
    documents_via = by_key[(ufo, 2)]  # "The New York Times says documents from the operation describe"
    assert (documents_via["rule"], documents_via["alt"]) == ("1", ["cited_outlet"])
    media = by_key[(ufo, 0)]  # "US media report"
    assert media["alt"] == ["unnamed_source"]
    fox_poll = [by_key[(poll, number)] for number in range(3)]
    assert all(row["reading"] == "named_organization" and row["alt"] == ["unattributed", "unnamed_source"]
               for row in fox_poll)  # Fox's own poll in Fox's own column
    viewed = by_key[(poll, 8)]  # "he was viewed as a very divisive president"
    assert (viewed["rule"], viewed["alt"]) == ("4", ["unattributed"])
    census = by_key[(income, 8)]  # "the Census report points to"
    assert (census["reading"], census["alt"]) == ("named_organization", ["document"])
    stories = [by_key[(cliff, number)]["alt"] for number in range(4)]
    assert all("cited_outlet" in alt for alt in stories)  # the stories this morning, no outlet named
    own = [(by_key[(cliff, number)]["reading"], by_key[(cliff, number)]["alt"]) for number in (4, 5)]
    assert own == [("unattributed", ["cited_outlet"])] * 2  # NPR's own Scott Horsley
    assert all(by_key[(cliff, number)]["alt"] == ["named_person"] for number in range(6, 11))  # Klein
    assert all(by_key[(bondi, number)]["reading"] == "named_official" and by_key[(bondi, number)]["alt"] == ["named_person"]
               for number in (0, 1, 3, 5, 6, 7, 8))  # Bondi on the president's team
    background = [(by_key[(bondi, number)]["reading"], by_key[(bondi, number)]["alt"][:1]) for number in (2, 4)]
    assert background == [("unattributed", ["named_official"])] * 2
    acts = [by_key[key] for key in ((berkeley, 18), (ufo, 17), (comics, 15), (cricket, 8), (poll, 5), (poll, 17),
                                    (poll, 18), (swalwell, 9), (swalwell, 10), (swalwell, 16))]
    assert all(row["reading"] == "unattributed" and "7" in row["rule"].split(",") and row["alt"] for row in acts)
    told = [by_key[key]["reading"] for key in ((nytimes, 0), (nytimes, 4), (nytimes, 12), (poll, 7), (poll, 9),
                                                (bondi, 0), (swalwell, 0), (swalwell, 1))]
    assert told == ["named_official"] * 8  # speech acts with their content (rule 7)
    carried = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((comics, 5), (comics, 17), (cricket, 3))]
    assert carried == [("named_organization", "3")] * 3
    assert [by_key[(berkeley, number)]["alt"] for number in (0, 2, 3, 4, 5)] == [["cited_outlet"]] * 5  # the AP


def test_sixty_first_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read61b): 200 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout61", SIXTY_FIRST_SET[10:], 200,
        {"CBN", "Newsmax", "USA TODAY", "The Guardian", "ABC News", "New York Times - News", "The Hill",
         "CNN (Web News)", "Washington Times", "Fox Online News"},
        {"named_official": 72, "unattributed": 67, "named_organization": 27, "unnamed_source": 13,
         "document": 5, "named_person": 4, "cited_outlet": 4, "boilerplate": 8},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    form, boehner, penalties, protests, debate, arizona, red_hen, rollout, paul, bevin = SIXTY_FIRST_SET[10:]
    assert [len([row for row in second if row["id"] == article]) for article in SIXTY_FIRST_SET[10:]] == [
        23, 17, 15, 13, 29, 22, 24, 18, 16, 23]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(form, 16): False, (form, 19): False, (boehner, 5): False, (boehner, 13): False,
                       (boehner, 15): False, (debate, 20): False, (debate, 21): False,
                       **{(red_hen, number): False for number in range(17, 23)}}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(form, 5), (form, 6), *[(penalties, number) for number in range(4)], (red_hen, 8), (bevin, 3)]
    assert all(by_key[(penalties, number)]["alt"] == ["unattributed"] for number in range(4))  # caption, highlights
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(rollout, 1), (rollout, 2), (rollout, 3), (rollout, 7)]  # the Times' and Post's reports
    documents = [key for key, row in by_key.items() if row["reading"] == "document"]
    assert documents == [(protests, 8), (protests, 9), (arizona, 2), (arizona, 3), (arizona, 4)]
    persons = [key for key, row in by_key.items() if row["reading"] == "named_person"]
    assert persons == [(boehner, 14), (red_hen, 1), (red_hen, 2), (bevin, 15)]  # Orlando, the waiter, Jennings
    website = [(by_key[(form, number)]["reading"], by_key[(form, number)]["alt"]) for number in (7, 8)]
    assert website == [("named_organization", ["document"])] * 2  # the White House's form "saying that"
    assert (by_key[(form, 9)]["reading"], by_key[(form, 9)]["alt"]) == ("named_official", ["unattributed"])
    analysts = by_key[(boehner, 13)]  # "analysts said", Orlando quoted next
    assert (analysts["alt"], analysts["rule"]) == (["unattributed", "named_person"], "6")
    assert by_key[(boehner, 15)]["alt"] == ["named_official"]  # "Several Republicans said", Womack one of them
    assert (by_key[(penalties, 8)]["reading"], by_key[(penalties, 8)]["alt"]) == ("named_organization",
                                                                                ["named_official"])
    assert (by_key[(protests, 11)]["reading"], by_key[(protests, 11)]["rule"]) == ("unattributed", "4")
    assert by_key[(protests, 11)]["alt"] == ["unnamed_source"]  # "One might argue"
    assert (by_key[(debate, 0)]["reading"], by_key[(debate, 0)]["rule"]) == ("named_official", "6")  # Priebus
    candidates = [by_key[(debate, number)] for number in (19, 24, 25, 26, 27, 28)]  # Carson, Bush
    assert all(row["reading"] == "named_official" and row["alt"] == ["named_person"] for row in candidates)
    diaz = by_key[(debate, 22)]  # "Diaz told ABC News ..., and an aide added"
    assert (diaz["reading"], diaz["alt"], diaz["rule"]) == ("named_official", ["unnamed_source"], "5")
    assert by_key[(debate, 21)]["alt"] == ["named_official"]  # an aide telling of Diaz
    assert (by_key[(arizona, 4)]["rule"], by_key[(arizona, 4)]["alt"]) == ("3", ["unattributed"])  # the holding
    assert (by_key[(arizona, 17)]["reading"], by_key[(arizona, 17)]["alt"]) == ("named_official", ["named_person"])
    gilmore = [by_key[(red_hen, number)] for number in (5, 6, 7)]  # ".", the director's tweet
    assert all(row["reading"] == "named_official" and row["alt"] == ["named_person"] and row["rule"] == "9"
               for row in gilmore)
    assert by_key[(red_hen, 17)]["alt"] == ["unattributed"]  # "many others blasted the owner"
    relayed = [by_key[(rollout, number)] for number in (4, 5, 6)]  # CGI relayed by the reports
    assert all(row["reading"] == "named_organization" and row["rule"] == "1" and "cited_outlet" in row["alt"]
               for row in relayed)
    assert [by_key[(rollout, number)]["alt"] for number in (3, 7)] == [["unnamed_source"]] * 2
    assert (by_key[(rollout, 8)]["reading"], by_key[(rollout, 8)]["alt"]) == ("named_official", ["cited_outlet"])
    assert by_key[(paul, 12)]["reading"] == "named_organization"  # "the White House has criticized lawmakers"
    assert [by_key[(paul, number)]["reading"] for number in (4, 5, 6, 10)] == ["named_official"] * 4
    assert (by_key[(bevin, 2)]["reading"], by_key[(bevin, 2)]["rule"]) == ("named_official", "3")  # pull quote
    assert [by_key[(bevin, number)]["alt"] for number in (7, 8)] == [["cited_outlet"]] * 2  # Politico, the AP
    speaking = by_key[(bevin, 12)]  # "some prominent Kentucky Republicans were speaking as if"
    assert (speaking["reading"], speaking["alt"]) == ("unattributed", ["named_official", "unnamed_source"])
    acts = [by_key[key] for key in ((form, 0), (form, 21), (form, 22), (penalties, 4), (penalties, 14),
                                    (protests, 0), (protests, 7), (debate, 3), (debate, 11), (debate, 18),
                                    (arizona, 0), (arizona, 1), (arizona, 6), (arizona, 8), (arizona, 10),
                                    (red_hen, 0), (red_hen, 3), (rollout, 0), (paul, 11), (bevin, 4), (bevin, 9),
                                    (bevin, 16))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)


def test_sixty_first_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 6 of the 402 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. The set's hedges and impersonal frames one way ("a case can be
    made", "purportedly", "seemed to contradict", as "One might argue"), CBS's photo caption as USA TODAY's, the
    actors of plain acts and stances in alt (Newsmax's conservatives, USA TODAY's administration); closest calls
    left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout61", SIXTY_FIRST_SET, 402,  # 1-10 landed first, so the file holds the draw's order
        {"named_official": 131, "unattributed": 129, "named_organization": 50, "unnamed_source": 30,
         "boilerplate": 23, "named_person": 16, "cited_outlet": 13, "document": 10}, 0, keyed=True)
    nytimes, berkeley, ufo, comics, cricket, poll, income, bondi, swalwell, cliff = SIXTY_FIRST_SET[:10]
    form, boehner, penalties, protests, debate, arizona, red_hen, rollout, paul, bevin = SIXTY_FIRST_SET[10:]
    added = {(poll, 16): ("unattributed", ["unnamed_source"]),  # "Now a case can be made that"
             (swalwell, 5): ("boilerplate", ["unattributed"]),  # the photo caption
             (boehner, 4): ("unattributed", ["unnamed_source"]),  # "defies Republican conservatives, who want to"
             (penalties, 6): ("unattributed", ["document", "named_organization"]),  # "The Obama administration is"
             (red_hen, 3): ("unattributed", ["named_official", "document", "unnamed_source"]),  # "purportedly from"
             (bevin, 6): ("unattributed", ["unnamed_source"])}  # "seemed to contradict a mainstream-media narrative"
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 200 + 6  # the readers' 200 alts and the review's 6
    hedged = [by_key[key] for key in ((poll, 16), (protests, 11), (red_hen, 3), (bevin, 6))]
    assert all(row["reading"] == "unattributed" and "unnamed_source" in row["alt"] for row in hedged)
    captions = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
                ((swalwell, 5), *[(penalties, number) for number in range(4)])]
    assert captions == [("boilerplate", ["unattributed"])] * 5  # CBS's caption as USA TODAY's caption, highlights
    administration = [by_key[(penalties, number)]["alt"] for number in (4, 6)]
    assert all("named_organization" in alt for alt in administration)  # the Obama administration's acts one way
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((berkeley, 8), (berkeley, 6), (berkeley, 16), (cricket, 8), (form, 22), (poll, 8), (swalwell, 30),
              (arizona, 21), (rollout, 3), (protests, 8), (ufo, 5), (bondi, 0))]
    assert close == [("cited_outlet", ["unattributed"]),  # "according to an Associated Press reporter"
                     ("named_person", []),  # Shane Bauer's tweet, no role given in the text
                     ("unnamed_source", ["unattributed"]),  # the organizer "canceled it, citing concerns that"
                     ("unattributed", ["unnamed_source"]),  # the players "opted out ... citing security concerns"
                     ("unattributed", ["named_organization"]),  # the White House "declined to sign ..., citing"
                     ("unnamed_source", ["unattributed"]),  # "he was viewed as a very divisive president"
                     ("unattributed", []),  # Swalwell "is also hosting a town hall": narration
                     ("unattributed", []),  # "David Firestone will weigh in later today": the paper's own
                     ("cited_outlet", ["unnamed_source"]),  # "according to the reports"
                     ("document", ["unattributed"]),  # "In their ruling the courts reasserted": courts unnamed
                     ("named_person", ["named_official"]),  # Reid, "a retired Democratic senator"
                     ("named_official", ["named_person"])]  # Bondi making the White House's case


def test_sixty_first_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main c25d38b (made once, 08:44:25 UTC on 7 December, right after the sixtieth set's, at the key
    confidence 0.97, on time for the rule's "about 08:45"; made again into another folder at 08:44:41,
    byte-identical): 65/68 with alt, 59 strict, 2/2; three types disagree (Bondi making the White House's case, the
    Robesonian editorial, NPR's update stamp) and five agreeing types name a wrong source (judged with each key
    open: CBS's Swalwell given to Trump, CNN's CMS statement given to the White House); six agree through alt."""
    keyed = assert_held_out_figure("heldout61", statements=402, articles=20, keyed=68, agree=65, strict=59,
                                   reasons=2, reasons_agree=2, wrong_sources=5, per_article_min_max=(1, 11))
    nytimes, berkeley, ufo, comics, _, poll, _, bondi, swalwell, cliff = SIXTY_FIRST_SET[:10]
    *_, debate, _, red_hen, rollout, _, _ = SIXTY_FIRST_SET[10:]
    assert reason_misses(keyed) == {}
    asked = {(row["id"], row["statement"]): (row["reason_keyed"], row["reason_reading"]) for row in keyed
             if row["reason_keyed"] is not None}
    assert asked == {(ufo, 14): (False, False), (debate, 20): (False, False)}  # the former staffer, Bush's aides
    assert type_disagreements(keyed) == {
        (comics, 16): ("unattributed", "named_organization"),  # "The Robesonian editorial acknowledged that"
        (bondi, 0): ("unattributed", "named_official"),  # Bondi "made the White House's case to the Senate ... that"
        (cliff, 12): ("unattributed", "boilerplate")}  # "Update at 11:35 a.m. ET."
    wrong = {(row["id"], row["statement"]): row["source_keyed"] for row in keyed if row["source_ok"] is False}
    assert wrong == {(swalwell, 1): "Trump", (swalwell, 3): "Trump", (swalwell, 4): "Trump",  # Swalwell, as read
                     (rollout, 10): "The White House", (rollout, 11): "The White House"}  # CMS's statement, as read
    assert all(row["source_ok"] is True for row in keyed if (row["id"], row["statement"]) not in wrong)
    assert all(row["keyed"] == row["reading"] == {swalwell: "named_official", rollout: "named_organization"}[row["id"]]
               for row in keyed if row["source_ok"] is False)  # each wrong source under an agreeing type
    assert agreeing_through_alt(keyed) == 6  # the type in alt
    through = {(row["id"], row["statement"]): (row["keyed"], row["reading"]) for row in keyed
               if row["keyed"] != row["reading"] and row["agree"]}
    assert through == {(berkeley, 16): ("unattributed", "unnamed_source"),  # the organizer "canceled it, citing"
                       (ufo, 2): ("cited_outlet", "document"),  # "The New York Times says documents ... describe"
                       (ufo, 9): ("named_official", "named_person"),  # Reid's tweet going on
                       (ufo, 10): ("named_official", "named_person"),
                       (poll, 8): ("unattributed", "unnamed_source"),  # "he was viewed as a very divisive president"
                       (red_hen, 7): ("named_person", "named_official")}  # Gilmore's tweet going on
    statements = [tuple(row["statement"] for row in keyed if row["id"] == article) for article in SIXTY_FIRST_SET]
    assert statements == [  # the keyed statements of each article, in the draw's order
        (0, 2, 13), (12, 16), (2, 9, 10, 14), (16,), (0, 1, 5, 7, 8, 9, 10), (0, 1, 2, 5, 8, 11), (6, 15), (0,),
        (1, 3, 4, 14, 15, 24, 25, 26, 27), (12, 14), (1, 3, 4), (7,), (9, 10, 11), (3, 4),
        (1, 5, 6, 7, 8, 9, 10, 13, 14, 15, 20), (10, 21), (7, 10), (10, 11), (0, 6), (4, 5, 11)]
    per_article = keyed_per_article(keyed, SIXTY_FIRST_SET)
    assert (per_article[9], per_article[10]) == (2, 2)  # median 2; ABC News' debate key holds 11
    assert sum(count < 5 for count in per_article) == 16  # three of 1, eight of 2, four of 3, one of 4
    assert sum(row["id"] == debate for row in keyed) == 11
    assert keyed_types(keyed) == {"named_official": 34, "unattributed": 19, "named_organization": 9,
                                  "cited_outlet": 2, "unnamed_source": 2, "named_person": 2, "document": 0}
    relayed = [(row["id"], row["statement"], row["reading"]) for row in keyed
               if row["reading"] in ("cited_outlet", "document", "boilerplate")]
    assert relayed == [(nytimes, 13, "cited_outlet"),  # "The Times on Saturday reported that"
                       (ufo, 2, "document"), (cliff, 12, "boilerplate")]
    assert {row["id"] for row in keyed} == set(SIXTY_FIRST_SET)  # no empty key
