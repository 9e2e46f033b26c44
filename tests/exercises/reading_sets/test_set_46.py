"""docs/exercise_agreement_heldout46.jsonl: the forty-sixth reading set (seed 1246), read blind.

Its section of docs/exercise_agreement.md: "The forty-sixth reading set (stop 43; the rule, written
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

FORTY_SIXTH_SET = [  # the draw of docs/exercise_agreement.md ("the forty-sixth reading set"), in its order
    "aXoJfAb9vnnMUEql", "xNgqMStu1aqA9YMy", "bYaPNSXRYk1421Bh", "zPbfXHNKdzN1oiNI",
    "5fT751rRgCERpqYg", "DqW5AA7Ibei60QRt", "DqpZ5yE4PKcZYWO1", "qLdIJQoimXglNT6G",
    "RkTf5B57miRUCveN", "luz36IfrNcULnCMa", "wb64wcSSru4qMlUy", "EQw6vHTRFOR6pp7h",
    "lTAZQyyDhdbWDT0f", "rSJycF17gSD0nle1", "wvrJqMli5HJt2iLT", "CEfzufFFGeU0x381",
    "3YXWehV20oSXqi8q", "6PksPvNk2pMe1Mk7", "gTsQjfLuczahtuLL", "O6Vc9ikuDvT68dKQ",
]


def test_forty_sixth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read46a): 217 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout46", FORTY_SIXTH_SET[:10], 217,
        {"Daily Beast", "Fox News", "BBC News", "Bloomberg", "Politico", "Reuters", "The Guardian",
         "Breitbart News", "Newsmax", "CNN (Web News)"},
        {"named_official": 84, "unattributed": 64, "unnamed_source": 27, "named_person": 20,
         "named_organization": 12, "document": 6, "cited_outlet": 2, "boilerplate": 2},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    carson, red_wave, kabul, dogs, cruz, roof, asbestos, cummings, delay, obamas = FORTY_SIXTH_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {**{(carson, number): False for number in (5, 6, 7, 8, 9, 13, 26)},
                       (red_wave, 6): False, (red_wave, 27): False,
                       **{(kabul, number): False for number in (2, 6, 8, 17)},
                       (dogs, 19): False, (dogs, 20): False, (cruz, 3): False,
                       **{(roof, number): False for number in (6, 12, 13, 14)},
                       (asbestos, 11): False, (cummings, 0): False, (cummings, 3): False,
                       (delay, 3): False, (delay, 17): False, (delay, 18): False,
                       (obamas, 12): False}  # no terms anywhere; "citing sources" gives none
    cut = [(key, row["text"]) for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [((delay, 0), "Vote Now:"), ((delay, 1), "Vote Now:")]  # Newsmax's poll promotion
    records = [key for key, row in by_key.items() if row["reading"] == "document"]
    assert records == [(cruz, 2), (roof, 1), (roof, 8), (asbestos, 0), (asbestos, 4), (asbestos, 7)]
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(carson, 10), (cummings, 9)]  # "as first reported by The Washington Post", "Politico reports"
    organizations = [key for key, row in by_key.items() if row["reading"] == "named_organization"]
    assert organizations == [(kabul, 3), (kabul, 9), (kabul, 18), (dogs, 4), (dogs, 10), (dogs, 11), (dogs, 16),
                             (dogs, 17), (asbestos, 2), (delay, 7), (delay, 9), (obamas, 13)]  # groups speaking as such
    own = by_key[(carson, 11)]  # "The Daily Beast has confirmed" in the Daily Beast
    assert (own["reading"], own["alt"], own["rule"]) == ("unattributed", ["cited_outlet"], "10")
    williams = {(by_key[(carson, number)]["reading"], tuple(by_key[(carson, number)]["alt"]))
                for number in (3, 4, 14, 15, 16, 17, 18, 21, 22, 23, 24, 27, 29, 30, 31)}
    assert williams == {("named_person", ("named_official",))}  # Carson's business manager, as a client's lawyer
    relayed = [(by_key[key]["reading"], by_key[key]["rule"], by_key[key]["alt"])
               for key in ((carson, 26), (cruz, 3), (asbestos, 11), (delay, 3))]
    assert relayed == [("unnamed_source", "1,6", ["cited_outlet"]),  # "a Trump campaign source told CNN"
                       ("unnamed_source", "1,5,6", ["cited_outlet", "named_official"]),  # "Canadian lawyers told"
                       ("unnamed_source", "1,5,6", ["named_organization", "cited_outlet"]),  # "An EPA spokesman"
                       ("unnamed_source", "1", ["cited_outlet"])]  # "The Wall Street Journal and The New York Times"
    lawyers = [(by_key[(roof, number)]["reading"], by_key[(roof, number)]["alt"]) for number in (6, 12, 13, 14)]
    assert lawyers == [("unnamed_source", ["document"])] * 4  # Roof's lawyers, never named, their brief in alt
    hedges = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((red_wave, 6), (kabul, 17), (cummings, 0),
                                                                        (cummings, 3), (delay, 17))]
    assert hedges == [("unnamed_source", "4")] * 5  # "was expected to", "there are fears", "reports", "reportedly"
    writer = [by_key[key] for key in ((carson, 12), (dogs, 5), (dogs, 15), (delay, 8))]  # "apparently", "seems", "appears"
    assert all(row["reading"] == "unattributed" and row["alt"] == ["unnamed_source"] for row in writer)
    tweets = [(by_key[(cummings, number)]["reading"], by_key[(cummings, number)]["rule"]) for number in (16, 17, 18, 21, 22)]
    assert tweets == [("named_official", "9")] * 5  # Trump's and Crenshaw's embedded tweets
    cue = by_key[(red_wave, 21)]  # "he tweeted.", split from the tweet
    assert (cue["reading"], cue["rule"]) == ("named_official", "2,9")
    emails = [(by_key[(asbestos, number)]["reading"], by_key[(asbestos, number)]["alt"]) for number in (5, 8, 9, 10)]
    assert emails == [("named_official", ["document", "cited_outlet"])] * 4  # the staffers' emails, via the Times
    sides = by_key[(asbestos, 2)]  # "with the agency saying ..., but critics saying ..."
    assert (sides["reading"], sides["alt"]) == ("named_organization", ["unnamed_source", "unattributed"])
    first_lady = [by_key[(obamas, number)]["alt"] for number in range(1, 5)]
    assert first_lady == [["named_person", "cited_outlet"]] * 4  # the first lady, in People's interview
    assert all("cited_outlet" in by_key[(obamas, number)]["alt"] for number in range(11))
    advocates = [(by_key[(delay, number)]["reading"], by_key[(delay, number)]["alt"][0]) for number in (13, 14, 15)]
    assert advocates == [("named_official", "named_person")] * 3  # Sharry, Praeli: advocacy groups' voices
    lede = by_key[(delay, 2)]  # "President Barack Obama may delay ...": the writer's, the papers' report next
    assert (lede["reading"], lede["alt"]) == ("unattributed", ["unnamed_source", "cited_outlet"])
    witness = [(by_key[(kabul, number)]["reading"], by_key[(kabul, number)]["alt"]) for number in (11, 12)]
    assert witness == [("named_person", ["named_official"])] * 2  # Zaher Usman, a culture ministry employee
    acts = [by_key[key] for key in ((carson, 19), (red_wave, 4), (red_wave, 7), (red_wave, 10), (cruz, 1), (roof, 0))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)


def test_forty_sixth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read46b): 187 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout46", FORTY_SIXTH_SET[10:], 187,
        {"New York Times - News", "Al Jazeera", "Wall Street Journal - News", "ABC News", "Fox Online News", "CBN",
         "New York Post", "The Hill", "CBS News", "Christian Science Monitor"},
        {"unattributed": 69, "named_official": 62, "named_person": 24, "named_organization": 15,
         "unnamed_source": 11, "boilerplate": 5, "cited_outlet": 1, "document": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    surveillance, kashmir, fundraising, escape, migrants, travel_ban, spencer, speech, cartoon, missile = FORTY_SIXTH_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(escape, 5): False, (escape, 6): False,
                       **{(migrants, number): False for number in (2, 5, 7, 14, 16)},
                       (speech, 3): False, (speech, 10): False, (missile, 13): False, (missile, 14): False}  # no terms
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(fundraising, 0), (escape, 0), (cartoon, 8), (cartoon, 15), (missile, 20)]  # caption, headline, links, credit
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [(missile, 1)]  # IRNA's report
    assert by_key[(missile, 1)]["alt"] == ["named_organization", "unnamed_source"]
    assert [by_key[(surveillance, number)]["reading"] for number in range(14)] == ["named_official"] * 14  # Buck, Obama
    tweet = [(by_key[(kashmir, number)]["reading"], by_key[(kashmir, number)]["alt"], by_key[(kashmir, number)]["rule"])
             for number in (9, 10, 25, 29)]
    assert tweet == [("named_person", ["named_official"], "9"), ("named_person", ["named_official"], "3,9"),
                     ("named_person", ["named_official"], "9"), ("named_person", ["named_official"], "2,9")]  # Jaleel
    police = [by_key[(kashmir, number)]["reading"] for number in range(7)]
    assert police == ["unattributed"] + ["named_organization"] * 6  # booked; accused, statement, "Police said", summoned
    assert (by_key[(kashmir, 6)]["rule"], by_key[(kashmir, 20)]["reading"]) == ("3", "unattributed")
    club = [by_key[(kashmir, number)]["reading"] for number in (21, 22, 23)]
    assert club == ["named_organization"] * 3  # the Kashmir Press Club's statement
    figures = [(by_key[(fundraising, number)]["reading"], by_key[(fundraising, number)]["alt"]) for number in (1, 2, 3, 5)]
    assert figures == [("unattributed", ["named_organization"]), ("named_organization", ["document"]),
                       ("unattributed", ["named_organization"]), ("unattributed", ["unnamed_source"])]
    office = by_key[(escape, 3)]  # "Cuomo's office said"
    assert (office["reading"], office["alt"]) == ("named_organization", ["named_official"])
    admit = by_key[(escape, 5)]  # "authorities now admit they are unaware of their whereabouts"
    assert (admit["rule"], admit["alt"]) == ("6,7", ["unattributed"])
    expected = by_key[(migrants, 16)]  # "A ruling is expected soon."
    assert (expected["reading"], expected["rule"]) == ("unnamed_source", "4")
    activists = by_key[(migrants, 14)]  # "controversial with ... activists, who claim"
    assert (activists["rule"], activists["alt"]) == ("6,7", ["unattributed"])
    cues = [by_key[(travel_ban, number)]["reading"] for number in range(4, 15)]
    assert cues == ["named_official"] * 11  # Spicer, Kelly, Thompson, the quotations split from their cues
    assert [by_key[(travel_ban, number)]["rule"] for number in (8, 11, 13)] == ["3"] * 3
    hedge = by_key[(travel_ban, 0)]  # "Americans seem to either love or hate"
    assert (hedge["reading"], hedge["alt"]) == ("unattributed", ["unnamed_source"])
    former = [(by_key[(spencer, number)]["reading"], by_key[(spencer, number)]["alt"][0]) for number in (0, 1, 2, 3, 11)]
    assert former == [("named_person", "named_official")] * 5  # Spencer out of office
    letter = [(by_key[(spencer, number)]["reading"], by_key[(spencer, number)]["alt"]) for number in (9, 10)]
    assert letter == [("named_official", ["named_person", "document"])] * 2  # his letter as secretary
    candidate = [(by_key[(spencer, number)]["reading"], by_key[(spencer, number)]["alt"]) for number in (4, 5)]
    assert candidate == [("named_official", ["named_person"])] * 2  # Bloomberg, the 2020 candidate
    authors = by_key[(speech, 4)]  # "a group of liberals is urging": the letter's authors, named in [8]
    assert (authors["reading"], authors["alt"], authors["rule"]) == ("named_official", ["unnamed_source", "document"], "6,7")
    assert [by_key[(speech, number)]["reading"] for number in (5, 6, 9, 17, 18)] == ["named_official"] * 5  # the letter
    caption = by_key[(cartoon, 3)]  # "The caption read": the cartoonist Ann Telnaes
    assert (caption["reading"], caption["alt"], caption["rule"]) == ("named_person", ["cited_outlet", "document"], "1")
    lead_ins = [(by_key[(cartoon, number)]["reading"], by_key[(cartoon, number)]["rule"]) for number in (4, 9, 12)]
    assert lead_ins == [("named_official", "7")] * 3  # the lead-ins to the three tweets
    hiatt = [(by_key[(cartoon, number)]["reading"], by_key[(cartoon, number)]["alt"]) for number in (20, 21, 22)]
    assert hiatt == [("named_official", ["named_person", "cited_outlet"])] * 3  # the editor's note
    iran = by_key[(missile, 0)]  # "Iran says"
    assert (iran["reading"], iran["alt"]) == ("named_organization", ["cited_outlet"])
    director = [(by_key[(missile, number)]["reading"], by_key[(missile, number)]["alt"]) for number in (18, 19)]
    assert director == [("named_person", ["cited_outlet"])] * 2  # Azima "told the Associated Press"
    assert by_key[(missile, 18)]["rule"] == "1,5"
    acts = [by_key[key] for key in ((kashmir, 0), (kashmir, 20), (fundraising, 3), (escape, 1), (escape, 4),
                                    (migrants, 0), (migrants, 1), (travel_ban, 1), (travel_ban, 3), (spencer, 7),
                                    (spencer, 8), (spencer, 13), (speech, 0), (speech, 14), (speech, 15),
                                    (cartoon, 2), (cartoon, 18), (missile, 7), (missile, 9), (missile, 10))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)


def test_forty_sixth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 3 of the 404 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. A role without a name keeps the named spokesman quoted next on
    the same matter in alt, as the readers' own "Some liberals" and "US officials say" do; closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout46", FORTY_SIXTH_SET[10:] + FORTY_SIXTH_SET[:10], 404,  # 11-20 landed first
        {"named_official": 146, "unattributed": 133, "named_person": 44, "unnamed_source": 38,
         "named_organization": 27, "boilerplate": 7, "document": 6, "cited_outlet": 3}, 0, keyed=True)
    carson, _, kabul, dogs, _, roof, _, _, delay, _ = FORTY_SIXTH_SET[:10]
    _, _, _, escape, migrants, _, _, speech, _, missile = FORTY_SIXTH_SET[10:]
    added = {(dogs, 19): ("unnamed_source", ["unattributed", "named_official"]),  # "rescue organizations worry"
             (dogs, 20): ("unnamed_source", ["unattributed", "named_official"]),  # the worry going on
             (delay, 18): ("unnamed_source", ["named_official"])}  # "Authorities say the falloff ..."
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 251 + 3  # the readers' 251 alts and the review's 3
    quoted_next = [("named_official" in by_key[key]["alt"]) for key in
                   ((dogs, 19), (dogs, 20), (delay, 18), (speech, 10), (missile, 13), (missile, 14))]
    assert quoted_next == [True] * 6  # LaFontaine, Wolfe, Gutierrez and Vela, Davis: each quoted next
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((kabul, 6), (migrants, 2), (escape, 5), (roof, 0), (roof, 8), (carson, 12))]
    assert close == [("unnamed_source", []),  # "witnesses say": Usman of [11] tells of the blast, not the cordon
                     ("unnamed_source", ["named_organization"]),  # "Officials say": DHS in alt, Swift not
                     ("unnamed_source", ["unattributed"]),  # "authorities now admit": no one named on it
                     ("unattributed", ["document", "unnamed_source"]),  # "has appealed ..., with lawyers arguing"
                     ("document", ["unnamed_source"]),  # "the brief said", the lawyers' [6] with the brief in alt
                     ("unattributed", ["unnamed_source"])]  # "was apparently just taken from": the writer's hedge


def test_forty_sixth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 55a571b (made once, 20:17:24 UTC on 6 December, seconds before the forty-seventh set's;
    made again into another folder at 20:17:38-20:17:52, byte-identical): 162/167 with alt, 158 strict, 20/20, six
    agreeing types under a wrong source (judged with each key open: the New York Times' "he said" after a paragraph on
    Mr. Obama's remarks, taken back to the spokesman Brendan Buck of the opening quotation)."""
    keyed = assert_held_out_figure("heldout46", statements=404, articles=20, keyed=167, agree=162, strict=158,
                                   reasons=20, reasons_agree=20, wrong_sources=6, per_article_min_max=(1, 16))
    carson, red_wave, kabul, _, cruz, roof, asbestos, cummings, delay, obamas = FORTY_SIXTH_SET[:10]
    surveillance, _, fundraising, escape, migrants, _, spencer, _, cartoon, missile = FORTY_SIXTH_SET[10:]
    assert reason_misses(keyed) == {}
    assert [row for row in keyed if row["reason_keyed"] or row["reason_reading"]] == []  # no reason given anywhere
    asked = [(row["id"], row["statement"]) for row in keyed if row["reason_keyed"] is not None]
    assert asked == [(migrants, 2), (migrants, 5), (migrants, 7), (missile, 13), (missile, 14), (carson, 5),
                     (carson, 7), (carson, 13), (carson, 26), (kabul, 2), (kabul, 6), (kabul, 8), (cruz, 3),
                     (roof, 12), (roof, 13), (roof, 14), (asbestos, 11), (cummings, 0), (delay, 17),
                     (delay, 18)]  # the 20 keyed Anonymous source, in the file's order (11-20 first)
    assert all(row["reading"] == "unnamed_source" for row in keyed if row["keyed"] == "unnamed_source")
    assert type_disagreements(keyed) == {
        (cartoon, 17): ("unattributed", "named_official"),  # "The first line of the email from Cruz - ... - reads,"
        (missile, 18): ("named_official", "named_person"),  # Farhad Azima, "the film's director": no office
        (missile, 19): ("named_official", "named_person"),  # his quotation going on
        (roof, 6): ("named_person", "unnamed_source"),  # "Federal public defenders representing Roof": the client
        (asbestos, 7): ("unattributed", "document")}  # "The staffers worried that": "worried" no cue
    wrong = {(row["id"], row["statement"]): (row["keyed"], row["source_keyed"]) for row in keyed
             if row["source_ok"] is False}
    assert wrong == {(surveillance, number): ("named_official", "the spokesman, Brendan Buck")
                     for number in range(5, 11)}  # "he said", Mr. Obama, carried back to the opening quotation
    assert agreeing_through_alt(keyed) == 4  # the type in alt
    through = {(row["id"], row["statement"]): row["keyed"] for row in keyed if row["keyed"] != row["reading"] and row["agree"]}
    assert through == {
        (fundraising, 2): "document",  # "according to numbers released by the campaign"
        (red_wave, 6): "unattributed",  # "was expected to have a requirement": read rule 4
        (kabul, 17): "unattributed",  # "there are fears, including among Afghan women"
        (asbestos, 2): "unattributed"}  # "with the agency saying ..., but critics saying ..."
    per_article = keyed_per_article(keyed, FORTY_SIXTH_SET)
    assert (per_article[9], per_article[10]) == (9, 9)  # median 9; Politico's key holds 16, CNN's 1
    assert sum(count < 5 for count in per_article) == 3  # CNN's 1, the New York Post's 2, ABC News' 3
    assert [sum(row["id"] == article for row in keyed) for article in (obamas, spencer, escape)] == [1, 2, 3]
    assert keyed_types(keyed) == {"named_official": 77, "unattributed": 45, "unnamed_source": 20, "named_person": 11,
                                  "named_organization": 10, "document": 2, "cited_outlet": 2}
