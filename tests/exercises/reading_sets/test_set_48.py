"""docs/exercise_agreement_heldout48.jsonl: the forty-eighth reading set (seed 1248), read blind.

Its section of docs/exercise_agreement.md: "The forty-eighth reading set (stop 44; the rule, written
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

FORTY_EIGHTH_SET = [  # the draw of docs/exercise_agreement.md ("the forty-eighth reading set"), in its order
    "hexCxcdWjwoP9Srb", "PgWYkVxKRJiyfUe2", "VywVA7S0xtyc3IbO", "DtYYMa6hTnflLlrt",
    "WbwkUBBROKTjyzJq", "XVbMIdX5zJtSGmgU", "N0AohtNVSQOnyuZ4", "yBFS7i7mmXf1ik62",
    "Z9ADaKA7lLnXYJJB", "NTALWCkbm2ywaSDA", "i68BRn51niarwoRK", "rfGoYth1MiuMfvHy",
    "hdUsPh13qodFYjvO", "SU71oJG2tNQT60RV", "dNeW15fsnbyxgSPP", "8WgYdObKBMKAZMrl",
    "GX7ajvJ6ZnNzqCYb", "A1BpWtQGE3oNuUtz", "9fiPmyHxugEQXofe", "XhrPtFR77CqcPccM",
]


def test_forty_eighth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read48a): 190 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout48", FORTY_EIGHTH_SET[:10], 190,
        {"CNN (Web News)", "CBS News", "Wall Street Journal - News", "CBN", "New York Times - News",
         "Fox Online News", "Christian Science Monitor", "Daily Beast", "Washington Times", "Breitbart News"},
        {"unattributed": 69, "named_official": 62, "named_organization": 22, "named_person": 17,
         "unnamed_source": 10, "boilerplate": 8, "document": 2, "cited_outlet": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    (rubio, jobs, hud, nevada, biden, concert, bergdahl, berkeley, pitchman,
     omar) = FORTY_EIGHTH_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(jobs, 21): False, (hud, 0): False, (concert, 9): False,
                       **{(bergdahl, number): False for number in (10, 11, 12, 21)},
                       (pitchman, 10): False, (omar, 1): False, (omar, 16): False}  # no terms in any article
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(rubio, 0), (rubio, 5), (rubio, 9), (rubio, 15), (hud, 14), (bergdahl, 22), (omar, 12),
                   (omar, 26)]  # the fact check's subheadings and video label, credits, link, follow line
    records = [key for key, row in by_key.items() if row["reading"] == "document"]
    assert records == [(berkeley, 17), (berkeley, 18)]  # "Those forms showed", the return going on
    claim = [(by_key[(rubio, number)]["reading"], by_key[(rubio, number)]["alt"]) for number in range(1, 5)]
    assert claim == [("named_official", ["named_person"])] * 4  # Rubio's claim, named only after it
    assert by_key[(rubio, 1)]["rule"] == "6"
    tweet = [(by_key[(jobs, number)]["reading"], by_key[(jobs, number)]["rule"]) for number in (0, 1)]
    assert tweet == [("named_official", "9")] * 2  # the tweet split from "President Donald Trump tweeted yesterday."
    figures = {(by_key[(jobs, number)]["reading"], tuple(by_key[(jobs, number)]["alt"])) for number in range(6, 16)}
    assert figures == {("unattributed", ("named_organization",))}  # the month's figures, no cue, after a quotation
    economists = [(by_key[(jobs, number)]["reading"], by_key[(jobs, number)]["alt"]) for number in (4, 5, 16)]
    assert economists == [("unattributed", ["unnamed_source"]), ("named_person", ["named_official"]),
                          ("named_person", ["named_official"])]  # the unnamed forecast in a clause; two analysts
    spokesman = [(by_key[(hud, number)]["reading"], by_key[(hud, number)]["rule"], by_key[(hud, number)]["alt"])
                 for number in (0, 3)]
    assert spokesman == [("unnamed_source", "6", ["named_official"]),
                         ("named_official", "6", ["unnamed_source"])]  # "an official" vs "A spokesman", Wohl in [4]
    expected = by_key[(hud, 2)]  # "His return to the post was largely expected"
    assert (expected["reading"], expected["alt"]) == ("unattributed", ["unnamed_source"])
    rosen = {tuple(by_key[(nevada, number)]["alt"]) for number in (10, 11, 12, 16)}
    assert rosen == {("named_person",)}  # the Democratic Senate candidate, named_person in alt
    assert [by_key[(nevada, number)]["reading"] for number in (8, 9)] == ["unattributed"] * 2  # "nudged", "is making"
    former = [(by_key[(biden, number)]["reading"], by_key[(biden, number)]["alt"][:1]) for number in (0, 6, 7, 8, 9, 10)]
    assert former == [("named_person", ["named_official"])] * 6  # Bernstein, Dodd, Frank out of office
    schedule = by_key[(concert, 15)]  # "Featured performers are expected to speak"
    assert (schedule["reading"], schedule["alt"]) == ("unattributed", ["unnamed_source", "named_organization"])
    monitor = [(by_key[(bergdahl, number)]["reading"], by_key[(bergdahl, number)]["alt"]) for number in range(13, 17)]
    assert monitor == [("unattributed", ["cited_outlet"])] * 4  # the Monitor's own earlier report (rule 10)
    assert [by_key[(bergdahl, number)]["rule"] for number in range(13, 17)] == ["10", "3,10", "3,10", "8,10"]
    chairman = by_key[(bergdahl, 0)]  # "the chairman of the U.S. Joint Chiefs of Staff said", Dempsey in [1]
    assert (chairman["reading"], chairman["rule"]) == ("named_official", "6")
    own = by_key[(berkeley, 16)]  # "Daily Beast contributor David Cay Johnston obtained"
    assert (own["reading"], own["rule"], own["alt"]) == ("unattributed", "7,10", ["cited_outlet", "document"])
    critics = by_key[(pitchman, 10)]  # "described by critics as a retreat", McConnell next "for example"
    assert (critics["rule"], critics["alt"]) == ("6", ["named_official"])
    note = [by_key[(omar, number)]["reading"] for number in (2, 3, 4)]
    assert note == ["named_organization"] * 3  # the Times' Editors' Note, the paper on its own error
    assert all("cited_outlet" in by_key[(omar, number)]["alt"] for number in (1, 2, 3, 4))
    friends = by_key[(omar, 1)]  # "according to friends", relayed by the Times
    assert (friends["rule"], friends["alt"]) == ("1,6", ["cited_outlet", "named_organization"])
    host = {(by_key[(omar, number)]["reading"], tuple(by_key[(omar, number)]["alt"])) for number in range(17, 24)}
    assert host == {("named_person", ("cited_outlet",))}  # Scarborough, MSNBC's host, relayed by the Examiner
    acts = [by_key[key] for key in ((hud, 12), (hud, 13), (nevada, 8), (nevada, 9), (biden, 2), (concert, 12),
                                    (concert, 14), (omar, 13), (hud, 6), (concert, 8))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)


def test_forty_eighth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read48b): 207 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout48", FORTY_EIGHTH_SET[10:], 207,
        {"Fox News", "Al Jazeera", "NPR Online News", "The Guardian", "USA TODAY", "Politico", "ABC News",
         "BBC News", "Newsmax", "Reuters"},
        {"unattributed": 109, "named_official": 49, "named_person": 14, "named_organization": 13,
         "unnamed_source": 11, "cited_outlet": 9, "boilerplate": 1, "document": 1},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    debate, _wall, guantanamo, _murkowski, avenatti, entitlements, _genocide, stabbing, vatican, _caravan = (
        FORTY_EIGHTH_SET[10:])
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(guantanamo, 12): False, (guantanamo, 15): False, (guantanamo, 16): False,
                       (avenatti, 3): False, (avenatti, 11): False, (avenatti, 12): False,
                       (entitlements, 14): False, (entitlements, 27): False,
                       (stabbing, 12): False, (stabbing, 15): False, (stabbing, 16): False}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [(guantanamo, 0)]  # headline
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [*[(guantanamo, number) for number in (7, 8, 9, 10, 13, 14)],  # the Herald's Rosenberg, the AP
                       (avenatti, 17), (avenatti, 18), (stabbing, 9)]  # Politico, "US media report"
    assert [by_key[(guantanamo, number)]["alt"] for number in (7, 8, 9, 10)] == [["named_person"]] * 4
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [(vatican, 1)]  # the treaty
    moderators = [(by_key[(debate, n)]["reading"], by_key[(debate, n)]["alt"]) for n in (11, 12, 14, 15)]
    assert moderators == [("named_person", ["unnamed_source", "unattributed"])] * 4  # Megyn Kelly named in [24]
    own = by_key[(guantanamo, 19)]  # "As we have been reporting"
    assert (own["reading"], own["alt"], own["rule"]) == ("unattributed", ["cited_outlet"], "10")
    victim = by_key[(avenatti, 3)]  # "The victim wrote in a request for a restraining order"
    assert (victim["reading"], victim["alt"], victim["rule"]) == ("unnamed_source", ["document"], "6")
    hedges = [(by_key[(stabbing, n)]["rule"], by_key[(stabbing, n)]["alt"]) for n in (12, 15, 16)]
    assert hedges == [("4", ["named_organization", "unattributed"]), ("4,6", ["named_organization"]),
                      ("4", ["named_organization", "unattributed"])]  # the review added the writer's to "allegedly"
    cnn = by_key[(stabbing, 17)]  # "Lt Whitney said, according to CNN."
    assert (cnn["reading"], cnn["alt"], cnn["rule"]) == ("named_official", ["cited_outlet"], "1")
    heads = [(by_key[(entitlements, n)]["reading"], by_key[(entitlements, n)]["alt"]) for n in (16, 17, 23)]
    assert heads == [("named_person", ["named_official"])] * 2 + [("named_official", ["named_person"])]
    groups = [by_key[(entitlements, n)]["alt"] for n in (14, 27)]
    assert groups == [["named_person"], ["named_official"]]  # Wehner and Black, Boehner, quoted next
    records = [(by_key[(vatican, n)]["reading"], by_key[(vatican, n)]["alt"]) for n in (11, 12)]
    assert records == [("named_organization", ["document", "unattributed"])] * 2  # its program and yearbook
    plain = [(key, row["alt"]) for key, row in by_key.items() if row["rule"] == "7" and row["reading"] == "unattributed"]
    assert plain and all(alt for _key, alt in plain)  # a plain act keeps its actor in alt


def test_forty_eighth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 2 of the 397 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. BBC News' "allegedly" read one way, the writer's narration
    under a stock hedge in alt, as earlier readings of a main clause's "allegedly"; closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout48", FORTY_EIGHTH_SET[10:] + FORTY_EIGHTH_SET[:10], 397,  # 11-20 landed first
        {"unattributed": 178, "named_official": 111, "named_organization": 35, "named_person": 31,
         "unnamed_source": 21, "boilerplate": 9, "cited_outlet": 9, "document": 3}, 0, keyed=True)
    rubio, jobs, hud, _, _, concert, bergdahl, _, pitchman, omar = FORTY_EIGHTH_SET[:10]
    debate, _, guantanamo, _, avenatti, entitlements, _, stabbing, vatican, caravan = FORTY_EIGHTH_SET[10:]
    added = {(stabbing, 12): ("unnamed_source", ["named_organization", "unattributed"]),  # "allegedly drove"
             (stabbing, 16): ("unnamed_source", ["named_organization", "unattributed"])}  # "He also allegedly robbed"
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 199 + 2  # the readers' 199 alts and the review's 2
    spree = [(by_key[(stabbing, n)]["reading"], "unattributed" in by_key[(stabbing, n)]["alt"]) for n in (12, 16)]
    assert spree == [("unnamed_source", True)] * 2  # both "allegedly" of the spree read one way
    assert [by_key[(stabbing, n)]["reading"] for n in (13, 14)] == ["unattributed"] * 2  # the account around them
    police = [(by_key[(stabbing, n)]["reading"], by_key[(stabbing, n)]["alt"]) for n in (1, 11, 24)]
    assert police == [("named_organization", ["unnamed_source"])] * 3  # "Police told US media", "police said"
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((stabbing, 15), (guantanamo, 7), (guantanamo, 13), (omar, 2), (omar, 16), (hud, 6), (concert, 8),
              (debate, 11), (debate, 13), (rubio, 1), (jobs, 6), (avenatti, 3), (pitchman, 10), (entitlements, 14),
              (vatican, 1), (bergdahl, 21), (caravan, 2))]
    assert close == [("unnamed_source", ["named_organization"]),  # "police were informed": the informant hidden
                     ("cited_outlet", ["named_person"]),  # the Herald's Carol Rosenberg reports
                     ("cited_outlet", ["document", "unnamed_source"]),  # the bill "according to The Associated Press"
                     ("named_organization", ["cited_outlet"]),  # the Times' Editors' Note on its own error
                     ("unnamed_source", ["unattributed", "named_person"]),  # "was criticized by the right and the left"
                     ("unattributed", ["unnamed_source"]),  # "has faced criticism for what many have called"
                     ("unattributed", ["unnamed_source"]),  # "has come under scrutiny"
                     ("named_person", ["unnamed_source", "unattributed"]),  # the moderators, Megyn Kelly among them
                     ("named_official", ["unattributed"]),  # Cruz's answer as its content
                     ("named_official", ["named_person"]),  # Rubio's claim, named only after it
                     ("unattributed", ["named_organization"]),  # the jobs figures with no cue
                     ("unnamed_source", ["document"]),  # "The victim wrote in a request for a restraining order"
                     ("unnamed_source", ["named_official"]),  # "described by critics", McConnell next
                     ("unnamed_source", ["named_person"]),  # "operatives and analysts are saying", Wehner and Black
                     ("document", ["unattributed"]),  # "The treaty ... makes clear"
                     ("unnamed_source", []),  # "Officials have indicated", after "The Pentagon says"
                     ("named_official", ["unattributed"])]  # "Trump has ordered officials to repel them"


def test_forty_eighth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 2669b9d (made once, 22:39:13 UTC on 6 December, seconds before the forty-ninth set's; made
    again into another folder at 22:39:31-22:39:48, byte-identical): 144/147 with alt, 137 strict, 6/6, one agreeing
    type under a wrong source (judged with each key open: "conservative analysts" of "Republican operatives and
    conservative analysts are saying")."""
    keyed = assert_held_out_figure("heldout48", statements=397, articles=20, keyed=147, agree=144, strict=137,
                                   reasons=6, reasons_agree=6, wrong_sources=1, per_article_min_max=(3, 14))
    _, _, hud, _, biden, _, bergdahl, berkeley, _, omar = FORTY_EIGHTH_SET[:10]
    _, _, guantanamo, _, avenatti, entitlements, _, stabbing, vatican, _ = FORTY_EIGHTH_SET[10:]
    assert reason_misses(keyed) == {}
    assert [row for row in keyed if row["reason_keyed"] or row["reason_reading"]] == []  # no reason given anywhere
    asked = [(row["id"], row["statement"]) for row in keyed if row["reason_keyed"] is not None]
    assert asked == [(guantanamo, 12), (guantanamo, 16), (avenatti, 12), (entitlements, 14), (hud, 3),
                     (bergdahl, 10), (bergdahl, 21), (omar, 3)]  # the 8 keyed Anonymous source
    assert type_disagreements(keyed) == {
        (stabbing, 9): ("unattributed", "cited_outlet"),  # "..., US media report.": "report" after "media" no verb
        (omar, 2): ("unattributed", "named_organization"),  # the Times' Editors' Note after "declined to comment:"
        (omar, 26): ("unattributed", "boilerplate")}  # "Follow Breitbart News's @Kristina_Wong." left in the body
    wrong = {(row["id"], row["statement"]): (row["keyed"], row["source_keyed"]) for row in keyed
             if row["source_ok"] is False}
    assert wrong == {(entitlements, 14): ("unnamed_source", "conservative analysts")}  # the operatives left out
    assert agreeing_through_alt(keyed) == 7  # the type in alt
    through = {(row["id"], row["statement"]): row["keyed"] for row in keyed if row["keyed"] != row["reading"] and row["agree"]}
    assert through == {
        (vatican, 1): "unattributed",  # "The treaty ... makes clear", read a record
        (hud, 3): "unnamed_source",  # "A spokesman said", Alexander Wohl named in [4]
        (biden, 0): "named_official",  # Jared Bernstein, Biden's former chief economist, out of office
        (biden, 6): "named_official",  # "Mr. Bernstein said"
        (berkeley, 17): "unattributed",  # "Those forms showed": the tax return, read a record
        (berkeley, 18): "unattributed",  # the return's figures going on
        (omar, 3): "unnamed_source"}  # the Editors' Note going on; the unnamed friends in alt
    whitney = next(row for row in keyed if (row["id"], row["statement"]) == (stabbing, 22))
    assert (whitney["keyed"], whitney["reading"], whitney["source_ok"]) == ("named_official", "named_official", True)
    statements = [tuple(row["statement"] for row in keyed if row["id"] == article) for article in FORTY_EIGHTH_SET]
    assert statements == [  # the keyed statements of each article, in the draw's order
        (7, 11, 16), (1, 3, 5, 12, 13, 14, 16, 17, 18, 20), (3, 4, 8, 9, 10, 11), (1, 4, 5, 6, 7, 10, 11, 12, 13, 17),
        (0, 2, 3, 5, 6), (1, 6, 7, 8, 13), (1, 4, 5, 6, 7, 8, 10, 14, 18, 19, 20, 21), (0, 16, 17, 18),
        (2, 3, 4, 5, 6, 8, 11, 12, 15, 16, 17, 18), (0, 2, 3, 9, 10, 11, 25, 26), (5, 18, 19, 21),
        (0, 1, 5, 6, 7, 8, 9, 18), (3, 12, 16, 17, 20, 21), (0, 2, 3, 4, 5, 8, 10, 14, 16), (1, 12, 17),
        (7, 9, 10, 11, 14, 15, 16, 17, 21, 22, 23, 24, 28, 29), (0, 2, 3, 4, 8, 9, 10, 14), (0, 2, 4, 5, 6, 7, 9, 22),
        (1, 5, 6, 7, 9, 13, 14), (0, 3, 8, 10, 11)]
    per_article = keyed_per_article(keyed, FORTY_EIGHTH_SET)
    assert (per_article[9], per_article[10]) == (7, 8)  # median 7.5; Politico's key holds 14, CNN's and USA TODAY's 3
    assert sum(count < 5 for count in per_article) == 4  # CNN's, USA TODAY's 3; Fox News', the Daily Beast's 4
    assert keyed_types(keyed) == {"named_official": 66, "unattributed": 53, "named_organization": 12,
                                  "unnamed_source": 8, "named_person": 7, "cited_outlet": 1, "document": 0}
