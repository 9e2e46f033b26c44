"""docs/exercise_agreement_heldout78.jsonl: the seventy-eighth reading set (seed 1278), read blind.

Its section of docs/exercise_agreement.md: "The seventy-eighth reading set (stop 53; the rule, written
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

SEVENTY_EIGHTH_SET = [  # the draw of docs/exercise_agreement.md ("the seventy-eighth reading set"), in its order
    "bRoq8zOs05ngEYLv", "mhZgYTiuiTrKZqeW", "Mg00umpPMu5DnIvl", "EjyVFhVQrjEgVvfC",
    "pK675b4QtS5HFJya", "WZxO4tldpUdAbNKX", "1WNqXJ3sZcuEymzb", "omTQWbEnMUxBvdQd",
    "3JVWxj2byhpVg1uM", "zOZqmcv1FMbXVof1", "Ac3T3STVHbQZuBYo", "1gKk5cRfR9lMG9y8",
    "rpOYilbxw4Dshu1R", "CTxLsER1YMJT2CxV", "YKbrJxrysbUCBZ27", "5gAZu7wSPLYoZkNE",
    "uEZVJPpTj9LQLw2y", "GASkq0YV0qHIovfj", "FsZHoOjve3E9VR8w", "Oh63DadtqWFPzAV9",
]


def test_seventy_eighth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read78a): 178 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout78", SEVENTY_EIGHTH_SET[:10], 178,
        {"BBC News", "CNN (Web News)", "NPR Online News", "Christian Science Monitor", "Fox News",
         "The Guardian", "New York Times - News", "Reuters", "The Hill", "New York Post"},
        {"named_official": 77, "unattributed": 43, "named_person": 17, "unnamed_source": 13,
         "document": 13, "named_organization": 10, "cited_outlet": 1, "boilerplate": 4},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    camps, durbin, iraq, daily, twitter, protests, clinton, shoppers, tulsa, moore = SEVENTY_EIGHTH_SET[:10]
    assert [len([row for row in first if row["id"] == article]) for article in SEVENTY_EIGHTH_SET[:10]] == [
        17, 18, 20, 16, 12, 20, 15, 22, 21, 17]
    assert readings_by_article(first, SEVENTY_EIGHTH_SET[:10]) == [  # every reading, article by article
        "ADDDAGDuuOOOuuuAu", "OOuAOOOuuOAOOOOObb", "OOOOOOOOOOOuOOOOOOOO", "uOOOOOOOOOOOOOOO",
        "uuOOOOOOuuOu", "DDuuuODDDDDDAAOOOOuO", "uuuuOOOuuuGuAuu", "uAPPGuuuGGuuGGbuuuGGub",
        "GOOAuAOOAuOOOCAOOOOOO", "PPPPPPPPDPPPPPPPu"]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(camps, 0): False, (camps, 4): False, (camps, 15): False, (durbin, 3): False,
                       (durbin, 10): False, (protests, 12): False, (protests, 13): False, (clinton, 12): False,
                       (shoppers, 1): False, **{(tulsa, number): False for number in (3, 5, 8, 14)}}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [
        (durbin, 16), (durbin, 17), (shoppers, 14), (shoppers, 21)]
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [(tulsa, 13)]
    reported = by_key[(camps, 0)]  # "The US Navy is reportedly planning", the memo and Time next
    assert (reported["rule"], reported["alt"]) == ("4", ["document", "cited_outlet"])
    memo = [by_key[(camps, number)] for number in (1, 2, 3, 6)]  # the draft memo obtained by Time
    assert all(row["reading"] == "document" and "named_organization" in row["alt"] for row in memo)
    assert by_key[(camps, 1)]["alt"] == ["cited_outlet", "named_organization"]
    tweet = [by_key[(camps, number)] for number in (10, 11)]  # Trump's tweet
    assert [row["rule"] for row in tweet] == ["3,9", "2,9"]
    assert (by_key[(durbin, 0)]["rule"], by_key[(durbin, 0)]["alt"]) == ("6,7", ["unattributed"])  # "The No. 2 Democrat"
    assert (by_key[(durbin, 2)]["reading"], by_key[(durbin, 2)]["alt"]) == ("unattributed", ["named_official"])
    assert by_key[(durbin, 3)]["alt"] == ["unattributed", "named_official"]  # "Speakers praised"
    assert (by_key[(durbin, 10)]["rule"], by_key[(durbin, 10)]["alt"]) == ("4,6", ["unattributed"])  # "was seen as"
    assert by_key[(durbin, 7)]["alt"] == ["unnamed_source"]  # "considered the most likely to pass"
    ruling = [by_key[(twitter, number)] for number in (0, 1)]  # "has ruled that", "ruled ... that"
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] == ["named_official"]
               for row in ruling)
    decision = [by_key[(twitter, number)] for number in (2, 3, 5, 6, 7)]  # the judge's decision quoted
    assert all(row["reading"] == "named_official" and row["alt"] == ["document"] for row in decision)
    assert (by_key[(twitter, 10)]["reading"], by_key[(twitter, 10)]["alt"]) == ("named_official", ["named_person"])
    data = [by_key[(protests, number)] for number in (7, 8, 9, 10, 11)]  # the data's account goes on
    assert all(row["reading"] == "document" and row["rule"] == "3" and row["alt"] == ["unattributed"] for row in data)
    assert (by_key[(protests, 5)]["reading"], by_key[(protests, 5)]["alt"]) == ("named_official", ["named_person"])
    assert by_key[(protests, 18)]["alt"] == ["named_organization", "named_official"]  # the group's uncued quote
    claim = [by_key[(clinton, number)] for number in (4, 5, 6)]  # "Claim:", Clinton's quotation
    assert all(row["reading"] == "named_official" and row["alt"][0] == "named_person" for row in claim)
    assert by_key[(clinton, 4)]["alt"] == ["named_person", "unnamed_source"]
    assert (by_key[(clinton, 8)]["reading"], by_key[(clinton, 8)]["alt"]) == ("unattributed", ["named_official"])
    assert (by_key[(clinton, 10)]["reading"], by_key[(clinton, 10)]["alt"]) == ("named_organization", ["document"])
    assert all(by_key[(clinton, number)]["rule"] == "10" for number in (2, 3, 7))  # the Times' own fact check
    analysts = [by_key[(shoppers, number)] for number in (2, 3)]  # RetailNext's consultant
    assert all(row["reading"] == "named_person" and row["alt"] == ["named_official"] for row in analysts)
    assert by_key[(shoppers, 1)]["alt"] == ["named_person"]  # "consultants and analysts", Bitar one of them
    surveys = [by_key[(shoppers, number)] for number in (8, 9, 18)]  # the NRF's poll, Profitero's analysis
    assert all(row["reading"] == "named_organization" and row["alt"] == ["document"] for row in surveys)
    assert (by_key[(tulsa, 2)]["rule"], by_key[(tulsa, 2)]["alt"]) == ("3", ["unattributed"])
    assert by_key[(tulsa, 5)]["alt"] == ["named_official"]  # "Trump campaign officials said", Parscale next
    assert by_key[(tulsa, 12)]["alt"] == ["unnamed_source", "unattributed"]  # "Others, including Rep. Ocasio-Cortez"
    assert (by_key[(tulsa, 14)]["rule"], by_key[(tulsa, 14)]["alt"]) == ("4", ["cited_outlet", "unattributed"])
    fellow = [row for row in first if row["id"] == moore and row["reading"] == "named_person"]
    assert len(fellow) == 15 and all(row["alt"][0] == "named_official" for row in fellow)  # Moore and Cain
    assert by_key[(moore, 2)]["alt"] == ["named_official", "unnamed_source"]  # the reporter Moore relays
    assert (by_key[(moore, 8)]["reading"], by_key[(moore, 16)]["alt"]) == ("document", ["unnamed_source"])
    acts = [by_key[key] for key in ((camps, 16), (iraq, 11), (daily, 0), (twitter, 8), (twitter, 9), (protests, 2),
                                    (protests, 3), (clinton, 0), (clinton, 1), (tulsa, 9))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)
    assert [row for row in first if row["reading"] == "unattributed" and "7" in row["rule"].split(",")
            and not row["alt"]] == []  # every plain act has its actor in alt
    leads = [by_key[key] for key in ((camps, 9), (durbin, 9), (iraq, 10), (daily, 11))]  # act and speech, the act in alt
    assert all(row["reading"] == "named_official" and row["rule"] == "7" and "unattributed" in row["alt"]
               for row in leads)


def test_seventy_eighth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read78b): 167 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout78", SEVENTY_EIGHTH_SET[10:], 167,
        {"The Daily Caller", "Newsmax", "CBS News", "Politico", "Breitbart News", "CBN", "ABC News", "USA TODAY",
         "Fox Online News", "Washington Times"},
        {"named_official": 90, "unattributed": 48, "named_organization": 9, "unnamed_source": 8,
         "cited_outlet": 7, "document": 4, "named_person": 1, "boilerplate": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    mueller, perry, paul, price, pope, tax, charlottesville, comey, tobacco, romney = SEVENTY_EIGHTH_SET[10:]
    assert [len([row for row in second if row["id"] == article]) for article in SEVENTY_EIGHTH_SET[10:]] == [
        13, 22, 14, 11, 20, 25, 14, 18, 17, 13]
    assert readings_by_article(second, SEVENTY_EIGHTH_SET[10:]) == [  # every reading, article by article
        "uuOCuuAAuOuCA", "uOOOOOuOOOOOOOOOOuOOOO", "uuOuuuOOOOuuOO", "OOOOuuuuOOO", "OOOOOCCOOOuuCuAuCGGu",
        "uuOAOODuOOOOOOOuOOOOuOOOu", "OOOuOAuOOOOOOu", "OOOOOOOuOODOOOOOOu", "uuGuuDuuuCPOODuuG",
        "OOOAAGGGGGuuu"]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(mueller, 6): False, (mueller, 7): False, (mueller, 12): False, (pope, 14): False,
                       (tax, 3): False, (charlottesville, 5): False, (romney, 3): False,
                       (romney, 4): False}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [
        (mueller, 3), (mueller, 11), (pope, 5), (pope, 6), (pope, 12), (pope, 16), (tobacco, 9)]
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [
        (tax, 6), (comey, 10), (tobacco, 5), (tobacco, 13)]  # the bill's and the proposal's terms, the memo
    assert all(row["reading"] == "named_official" and row["alt"] == ["named_person"]
               for row in second if row["id"] == perry and row["statement"] not in (0, 6, 17))  # Perry
    assert [(row["reading"], row["alt"]) for row in second if row["id"] == romney and row["statement"] < 3] == [
        ("named_official", ["named_person"])] * 3
    plain = {(mueller, 0): "named_official", (mueller, 8): "named_official", (perry, 0): "named_official",
             (perry, 6): "named_official", (perry, 17): "named_official", (paul, 1): "named_official",
             (paul, 3): "named_official", (paul, 5): "named_official", (paul, 10): "named_official",
             (paul, 11): "named_official", (price, 4): "named_organization", (price, 5): "unnamed_source",
             (price, 7): "named_organization", (pope, 15): "named_official", (tax, 7): "named_official",
             (tax, 24): "unnamed_source", (charlottesville, 3): "unnamed_source",
             (charlottesville, 6): "named_official", (charlottesville, 13): "named_official",
             (comey, 7): "unnamed_source", (tobacco, 1): "named_organization", (tobacco, 8): "unnamed_source",
             (romney, 11): "named_official"}
    assert all(by_key[key]["reading"] == "unattributed" and "7" in by_key[key]["rule"].split(",")
               and by_key[key]["alt"][0] == actor for key, actor in plain.items())  # plain acts, the actor in alt
    speech = {(mueller, 2): ["unattributed"], (mueller, 9): ["cited_outlet", "unattributed"],  # the writer's: review
              (tax, 21): ["unattributed"],
              (tax, 23): ["unattributed"], (charlottesville, 0): ["unattributed"],
              (comey, 15): ["unnamed_source"]}
    assert {key: by_key[key]["alt"] for key in speech if by_key[key]["reading"] == "named_official"} == speech
    hedges = {(mueller, 12): ("unnamed_source", ["cited_outlet", "unattributed"]),  # "has been suggested"
              (tax, 3): ("unnamed_source", ["unattributed"]),  # "some question whether"
              (romney, 3): ("unnamed_source", ["cited_outlet", "unattributed"]),  # "press reports said"
              (romney, 4): ("unnamed_source", ["unattributed"]),  # "were believed to be"
              (tobacco, 10): ("named_person", ["unnamed_source", "cited_outlet"])}  # "Vincent reportedly says"
    assert {key: (by_key[key]["reading"], by_key[key]["alt"]) for key in hedges} == hedges
    reported = [by_key[(comey, number)] for number in (11, 12, 13, 14)]  # "Trump reportedly told ... diplomats"
    assert all(row["reading"] == "named_official" and row["alt"] == ["unnamed_source"] for row in reported)
    assert (by_key[(comey, 9)]["reading"], by_key[(comey, 9)]["rule"], by_key[(comey, 9)]["alt"]) == (
        "named_official", "1", ["document", "unattributed"])  # Rosenstein quoted in McCabe's memo
    assert (by_key[(pope, 14)]["rule"], by_key[(pope, 14)]["alt"]) == ("6", ["named_organization", "named_official"])
    assert (by_key[(pope, 0)]["reading"], by_key[(pope, 0)]["rule"]) == ("named_official", "6")  # Hackett in [1]
    assert (by_key[(tax, 2)]["reading"], by_key[(tax, 2)]["rule"], by_key[(tax, 2)]["alt"]) == (
        "named_official", "6", ["unnamed_source"])  # "One Republican", Ron Johnson in [23]
    assert (by_key[(pope, 1)]["alt"], by_key[(pope, 6)]["alt"]) == (["cited_outlet"], ["named_official"])
    assert [(by_key[(pope, n)]["reading"], by_key[(pope, n)]["alt"]) for n in (17, 18, 19)] == [
        ("named_organization", ["unattributed"]), ("named_organization", []), ("unattributed", ["named_official"])]
    assert (by_key[(tobacco, 9)]["rule"], by_key[(tobacco, 9)]["alt"]) == ("10", ["unattributed"])  # Fox 25
    assert [by_key[(comey, number)]["rule"] for number in (1, 2, 3, 8)] == ["9", "9", "3,9", "9"]  # the tweets


def test_seventy_eighth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 4 of the 345 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. CNN's Senate falling short of the votes with the Senate in alt,
    as earlier readings' Senate votes; the Daily Caller's standing denial with the writer in alt, as its "has
    previously suggested"; Fox Online News' "raising business concerns" with the unnamed in alt, as its "Many were
    opposed."; CBN's Congressional Republicans voting with the group in alt, as Politico's; the closest calls
    left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout78", SEVENTY_EIGHTH_SET[10:] + SEVENTY_EIGHTH_SET[:10], 345,  # 11-20 landed first
        {"named_official": 167, "unattributed": 91, "unnamed_source": 21, "named_organization": 19,
         "named_person": 18, "document": 17, "cited_outlet": 8, "boilerplate": 4}, 0, keyed=True)
    camps, durbin, _, _, twitter, _, _, shoppers, _, _ = SEVENTY_EIGHTH_SET[:10]
    mueller, _, paul, price, pope, tax, charlottesville, comey, tobacco, romney = SEVENTY_EIGHTH_SET[10:]
    added = {(durbin, 8): ("unattributed", ["named_organization"]),  # "the Senate fell short of the 60 votes"
             (mueller, 9): ("named_official", ["cited_outlet", "unattributed"]),  # "has repeatedly denied"
             (tobacco, 3): ("unattributed", ["unnamed_source"]),  # "already is raising business concerns"
             (tax, 0): ("unattributed", ["named_organization"])}  # "Congressional Republicans ... vote"
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 186 + 4  # the readers' 186 alts and the review's 4
    assert all(row["reason_reading"] is False for row in by_key.values() if row["reading"] == "unnamed_source")
    background = [by_key[(mueller, number)] for number in (2, 9)]  # "has previously suggested", "has repeatedly denied"
    assert all(row["reading"] == "named_official" and "unattributed" in row["alt"] for row in background)
    groups = [by_key[key] for key in ((tax, 0), (price, 4), (price, 7))]  # Republicans voting, unveiling, hoping
    assert all(row["reading"] == "unattributed" and row["alt"] == ["named_organization"] for row in groups)
    opposed = [by_key[key] for key in ((tobacco, 3), (tobacco, 8), (price, 5), (charlottesville, 3))]
    assert all(row["reading"] == "unattributed" and row["alt"] == ["unnamed_source"] for row in opposed)
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((shoppers, 0), (price, 6), (paul, 0), (comey, 16), (comey, 9), (twitter, 11), (pope, 10), (pope, 0),
              (romney, 11), (camps, 8), (tobacco, 14))]
    assert close == [("unattributed", ["named_organization"]),  # Reuters' lede, "crowds were largely thin"
                     ("unattributed", []),  # "has been marked up and advanced through key committees"
                     ("unattributed", []),  # "easily won the Maine GOP's straw poll"
                     ("named_official", ["named_person"]),  # Comey "has said he believes he was fired"
                     ("named_official", ["document", "unattributed"]),  # "a day after news that ... McCabe"
                     ("unattributed", []),  # "The federal suit is case number 1:17-cv-05205."
                     ("unattributed", []),  # "Pope Francis will have a brief visit at the White House"
                     ("named_official", []),  # "The U.S. ambassador to the Vatican said", Hackett via the AP
                     ("unattributed", ["named_official"]),  # Netanyahu "pushing for ... a 'red line'"
                     ("unattributed", []),  # "sparked a global wave of outrage", background
                     ("unattributed", [])]  # "Despite opposition, the Board of Health does not need"


def test_seventy_eighth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main c6d6b30 (its analyzer 1407708's; made once, 21:55:00-21:55:06 UTC on 7 December, just
    before the seventy-ninth set's, at the key confidence 0.97, on time for the rule's "about 21:55"; made again
    into another folder at 21:55:13, byte-identical): 97/99 with alt, 91 strict, 4/4; two types disagree
    (Reuters' NRF poll and survey, keyed unattributed); six agree only through alt; one agreeing type names a
    wrong source (Breitbart's "Pope Francis has 'transcended ...,' AP states", keyed under Pope Francis), judged
    with each key open; no key empty."""
    keyed = assert_held_out_figure("heldout78", statements=345, articles=20, keyed=99, agree=97, strict=91,
                                   reasons=4, reasons_agree=4, wrong_sources=1, per_article_min_max=(1, 14))
    _, _, obama, _, _, devices, _, shoppers, rally, _ = SEVENTY_EIGHTH_SET[:10]
    _, _, _, _, pope, _, _, _, tobacco, romney = SEVENTY_EIGHTH_SET[10:]
    assert reason_misses(keyed) == {}
    asked = {(row["id"], row["statement"]): (row["reason_keyed"], row["reason_reading"]) for row in keyed
             if row["reason_keyed"] is not None}
    assert asked == {(pope, 14): (False, False),  # "Vatican officials said"
                     (romney, 3): (False, False),  # "press reports said"
                     (rally, 5): (False, False),  # "Trump campaign officials said"
                     (rally, 3): (False, False)}  # "A Trump campaign official told The Hill"
    assert type_disagreements(keyed) == {
        (shoppers, 8): ("unattributed", "named_organization"),  # "consumers polled by the NRF"
        (shoppers, 9): ("unattributed", "named_organization")}  # "the most in the history of NRF's surveys"
    wrong = {(row["id"], row["statement"]): (row["source_keyed"], row["agree"]) for row in keyed
             if row["source_ok"] is False}
    assert wrong == {(pope, 6): ("Pope Francis", True)}  # the AP's own words, Obama's in the second half
    assert all(row["source_ok"] is True for row in keyed if (row["id"], row["statement"]) not in wrong)
    assert agreeing_through_alt(keyed) == 6
    through_alt = {(row["id"], row["statement"]): (row["keyed"], row["reading"], row["alt"]) for row in keyed
                   if row["keyed"] != row["reading"] and row["agree"]}
    assert through_alt == {
        (pope, 6): ("named_official", "cited_outlet", ["named_official"]),  # "..., AP states, adding that Obama"
        (tobacco, 13): ("unattributed", "document", ["unattributed"]),  # "Under the proposal, ..."
        (devices, 10): ("unattributed", "document", ["unattributed"]),  # "In Florida on 18 April, devices"
        (devices, 11): ("unattributed", "document", ["unattributed"]),  # "In Wisconsin on 24 April, devices"
        (shoppers, 2): ("named_official", "named_person", ["named_official"]),  # Bitar of RetailNext
        (shoppers, 13): ("unattributed", "named_organization", ["unattributed"])}  # Adobe's figures go on
    statements = [tuple(row["statement"] for row in keyed if row["id"] == article) for article in SEVENTY_EIGHTH_SET]
    assert statements == [  # the keyed statements of each article, in the draw's order
        (3, 5), (1, 6, 11), (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14), (1, 2, 3, 4, 5, 6, 7, 8, 12, 13),
        (2, 9), (10, 11), (0,), (2, 8, 9, 10, 13), (3, 5, 6, 10, 11, 18), (1, 2, 5, 6, 7, 9, 11, 12, 13, 14),
        (5,), (1, 2, 3, 4, 20, 21), (4,), (6, 7), (0, 1, 2, 3, 4, 6, 7, 8, 9, 14), (0, 4, 9, 10, 11, 12, 24),
        (10, 11, 12), (0, 2, 8), (3, 13), (0, 1, 2, 3, 5, 6, 7, 8, 9)]
    per_article = keyed_per_article(keyed, SEVENTY_EIGHTH_SET)
    assert (per_article[9], per_article[10]) == (3, 3)  # median 3; NPR's Obama key holds 14
    assert sum(count < 5 for count in per_article) == 11
    assert sum(row["id"] == obama for row in keyed) == 14
    assert keyed_types(keyed) == {"named_official": 62, "unattributed": 16, "named_person": 10,
                                  "named_organization": 6, "unnamed_source": 4, "document": 1, "cited_outlet": 0}
    assert {row["id"] for row in keyed} == set(SEVENTY_EIGHTH_SET)  # no key empty
