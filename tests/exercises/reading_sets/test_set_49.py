"""docs/exercise_agreement_heldout49.jsonl: the forty-ninth reading set (seed 1249), read blind.

Its section of docs/exercise_agreement.md: "The forty-ninth reading set (stop 44; the rule, written
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

FORTY_NINTH_SET = [  # the draw of docs/exercise_agreement.md ("the forty-ninth reading set"), in its order
    "lD5Blg2HylShhi6Y", "IEf6oESvN6REFAME", "LHvsrsVgdQbXIMjX", "I4xsp4OuSurUWzVy",
    "pzUODMiHDGRasenK", "kKWswZyokZsBSyTL", "78uRagmywmlqTmkz", "UVu2eEBs46EcbeV6",
    "12fahrgH9WA3mrzA", "Rwc6C1Ln6tiGGZ7j", "N9gIsBuUo331IExG", "bXDe94ThSo4JF9CK",
    "dTkoovsDupxpvmQl", "ItuVbCsmREndWRWB", "brC238xwgpLGhZ20", "jY52SigFKsYS8ztK",
    "MTmhAeCitH1INHRK", "QOcqA4jmASn0hT0d", "A4yHpZApghdlQRZp", "0o9jfv9sStWOqRM5",
]


def test_forty_ninth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read49a): 203 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout49", FORTY_NINTH_SET[:10], 203,
        {"Al Jazeera", "Fox Online News", "Daily Beast", "Wall Street Journal - News", "New York Times - News",
         "Washington Times", "CBS News", "Breitbart News", "NPR Online News", "The Daily Caller"},
        {"unattributed": 96, "named_official": 33, "named_person": 32, "unnamed_source": 19,
         "named_organization": 8, "boilerplate": 8, "document": 5, "cited_outlet": 2},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    kabul, petraeus, tyson, manning, column, border, hicks, pelosi, troops, deficit = FORTY_NINTH_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(kabul, 17): False,
                       **{(petraeus, number): False for number in (3, 4, 5, 10, 11, 12, 13, 14, 17, 21)},
                       (border, 4): False, (border, 7): False,
                       **{(hicks, number): False for number in (1, 14, 15, 16)},
                       (troops, 13): False, (troops, 14): False}  # no terms of anonymity anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(column, 20), (column, 21), *[(pelosi, number) for number in range(22, 26)],
                   (troops, 0), (troops, 1)]  # the credit lines, the author's note, the update stamp and subhead
    records = [key for key, row in by_key.items() if row["reading"] == "document"]
    assert records == [(kabul, 6), (kabul, 7), (column, 10), (column, 11), (column, 14)]  # footage, the lawsuit
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(petraeus, 9), (troops, 21)]  # "as first reported by The New York Times", "Fox News reports"
    own = [(by_key[key]["reading"], by_key[key]["rule"], "cited_outlet" in by_key[key]["alt"])
           for key in ((petraeus, 0), (petraeus, 2), (petraeus, 8), (petraeus, 15), (troops, 9), (troops, 10))]
    assert own == [("unattributed", "10", True)] * 6  # "Fox News has learned", "NPR's Tom Bowman reports"
    confirm = by_key[(petraeus, 5)]  # "Fox News can now confirm from multiple law enforcement sources"
    assert (confirm["reading"], confirm["rule"]) == ("unnamed_source", "1,10")
    fragments = [by_key[(manning, number)]["rule"] for number in (0, 2, 8, 11, 13, 15, 20)]
    assert fragments == ["3"] * 7  # the sentences cut after "Pfc.", each read as the sentence it belongs to
    soldier = [by_key[(manning, number)]["reading"] for number in (1, 3, 4, 5, 16, 17, 18)]
    assert soldier == ["named_person"] * 7  # Manning speaking for himself
    coombs = [(by_key[(manning, number)]["reading"], by_key[(manning, number)]["alt"]) for number in (21, 22, 23, 31)]
    assert coombs == [("named_person", ["named_official"])] * 4  # his attorney
    team = [(by_key[(manning, number)]["reading"], by_key[(manning, number)]["rule"]) for number in (10, 28)]
    assert team == [("named_person", "6,7")] * 2  # "His defense team argued", "His legal team is asking"
    caption = by_key[(manning, 6)]  # "In this undated file photo provided by the U.S. Army"
    assert (caption["reading"], caption["alt"]) == ("unattributed", ["named_organization", "document"])
    manager = by_key[(kabul, 5)]  # Karimi, the hospital's general manager, "told AFP news agency"
    assert (manager["reading"], manager["alt"], manager["rule"]) == ("named_official", ["named_person"], "1,5")
    tweets = {(by_key[(tyson, number)]["reading"], tuple(by_key[(tyson, number)]["alt"])) for number in (2, 3, 8, 9, 10)}
    assert tweets == {("named_person", ("named_official",))}  # Tyson posting for himself
    hedges = [by_key[(tyson, number)] for number in (5, 6, 7, 15)]  # the writer's own hedges
    assert all(row["reading"] == "unattributed" and row["alt"] == ["unnamed_source"] for row in hedges)
    analyst = by_key[(pelosi, 14)]  # MSNBC analyst Matthew A. Miller tweeted
    assert (analyst["reading"], analyst["alt"], analyst["rule"]) == ("named_person", ["cited_outlet"], "9")
    relayed = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((pelosi, 19), (troops, 22))]
    assert relayed == [("named_official", "1,5"), ("named_official", "1")]  # Vela "told Politico"; Dempsey via Fox
    assert by_key[(troops, 22)]["alt"] == ["cited_outlet"]
    mother = by_key[(border, 7)]  # "His mother in Guatemala said"
    assert (mother["rule"], mother["alt"]) == ("6", ["named_person"])
    democrats = by_key[(border, 4)]  # "House Democrats ordered ... to preserve all 'evidence'"
    assert (democrats["rule"], democrats["alt"]) == ("6,7", ["named_organization", "unattributed"])
    going_on = by_key[(hicks, 16)]  # "The former model had been considering a return": the source's account
    assert (going_on["rule"], going_on["alt"]) == ("3", ["unattributed"])
    speech = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((pelosi, 11), (hicks, 12), (kabul, 15))]
    assert speech == [("named_official", "7"), ("named_official", "7"), ("named_organization", "7")]
    cbo = [(by_key[(deficit, number)]["reading"], "unattributed" in by_key[(deficit, number)]["alt"])
           for number in (1, 4, 6)]
    assert cbo == [("named_organization", True)] * 3  # the CBO's figures going on
    assert [by_key[(column, number)]["reading"] for number in range(20)].count("unattributed") == 17  # the authors'
    acts = [by_key[key] for key in ((kabul, 10), (petraeus, 20), (tyson, 1), (manning, 7), (manning, 12),
                                    (manning, 24), (manning, 25), (hicks, 10), (pelosi, 13), (troops, 2), (troops, 17))]
    assert all(row["reading"] == "unattributed" and "7" in row["rule"].split(",") and row["alt"] for row in acts)


def test_forty_ninth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read49b): 201 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout49", FORTY_NINTH_SET[10:], 201,
        {"Politico", "BBC News", "Christian Science Monitor", "Reuters", "CNN (Web News)", "ABC News", "CBN",
         "Fox News", "The Guardian", "Newsmax"},
        {"unattributed": 85, "named_official": 59, "named_person": 23, "named_organization": 20,
         "boilerplate": 6, "unnamed_source": 5, "cited_outlet": 3, "document": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    (roadshow, midazolam, warmbier, senators, palin, bethlehem, wall, background_checks, taxes,
     polarization) = FORTY_NINTH_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(midazolam, 4): False, (midazolam, 5): False, (warmbier, 17): False,
                       (bethlehem, 3): False, (bethlehem, 13): False}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(midazolam, 7), (palin, 18), (palin, 20), (polarization, 34), (polarization, 35),
                   (polarization, 36)]  # links' lead-in, tweet credit, promotion, the author's note and link
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(warmbier, 0), (warmbier, 1), (warmbier, 4)]  # KCNA, "Reuters reports:"
    johnson = by_key[(warmbier, 5)]  # Reuters' quoted passage: Gareth Johnson of Young Pioneer Tours
    assert (johnson["reading"], johnson["rule"]) == ("named_official", "1")
    inmates = [(by_key[(midazolam, number)]["reading"], by_key[(midazolam, number)]["alt"]) for number in (4, 5)]
    assert inmates == [("unnamed_source", ["named_person", "document"])] * 2  # only Glossip, in the case's name
    ruled = by_key[(midazolam, 6)]  # "judges ruled": a plain act under rule 7
    assert (ruled["reading"], ruled["alt"], ruled["rule"]) == ("unattributed", ["named_organization"], "7")
    correspondent = by_key[(midazolam, 14)]  # "The BBC's Gary O'Donoghue ... says" in a BBC article
    assert (correspondent["reading"], correspondent["rule"], correspondent["alt"][0]) == ("unattributed", "10", "cited_outlet")
    seen = by_key[(bethlehem, 13)]  # "is seen as a symbolic acknowledgement"
    assert (seen["reading"], seen["alt"], seen["rule"]) == ("unnamed_source", ["unattributed"], "4")
    leaders = by_key[(senators, 0)]  # "The leaders of the U.S. Senate Intelligence Committee": Burr and Warner
    assert (leaders["reading"], leaders["rule"]) == ("named_official", "6")
    white_house = [(by_key[(roadshow, number)]["reading"], by_key[(roadshow, number)]["alt"]) for number in (17, 19)]
    assert white_house == [("named_organization", ["unnamed_source", "unattributed"]),
                           ("named_organization", ["unattributed"])]
    democrats = by_key[(wall, 8)]  # "Democrats, however, pushed back ..., saying"
    assert (democrats["reading"], democrats["alt"]) == ("named_organization", ["unnamed_source", "named_official"])
    fragment = by_key[(background_checks, 9)]  # "Republican Senator." cut from "Kelly Ayotte ... said"
    assert (fragment["reading"], fragment["rule"]) == ("named_official", "2")
    office = [by_key[(background_checks, number)]["reading"] for number in range(9)]
    assert office == ["unattributed", "named_organization", "unattributed"] + ["named_organization"] * 6
    cheney = [(by_key[(palin, number)]["reading"], by_key[(palin, number)]["alt"][0]) for number in (10, 11, 12, 13, 14)]
    assert cheney == [("named_person", "named_official")] * 5  # the former vice president, out of office
    liz = [by_key[(palin, number)] for number in (15, 16, 17)]
    assert [(row["reading"], row["rule"]) for row in liz] == [("named_person", "6"), ("named_person", "9"),
                                                              ("named_person", "9")]
    romney = [by_key[(taxes, number)] for number in (0, 1, 2, *range(11, 18))]
    assert all(row["reading"] == "named_person" and row["alt"] == ["named_official"] for row in romney)
    trump = [by_key[(taxes, number)] for number in (3, 5, 6, 7, 8, 19)]
    assert all(row["reading"] == "named_official" and row["alt"] == ["named_person"] for row in trump)
    column = [by_key[(polarization, number)]["reading"] for number in range(34)]
    assert column == ["unattributed"] * 34  # the columnist's own argument
    hedged = [by_key[(polarization, number)]["alt"] for number in (0, 9, 10)]
    assert hedged == [["unnamed_source"]] * 3
    acts = [by_key[key] for key in ((roadshow, 1), (roadshow, 2), (roadshow, 15), (roadshow, 16), (roadshow, 18),
                                    (roadshow, 21), (senators, 7), (senators, 8), (senators, 10), (palin, 0),
                                    (bethlehem, 2), (bethlehem, 12), (wall, 3), (wall, 21), (background_checks, 0),
                                    (background_checks, 11), (background_checks, 12))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)
    speech = [by_key[key] for key in ((bethlehem, 6), (wall, 6), (background_checks, 13), (taxes, 5))]
    assert all(row["reading"] == "named_official" and row["rule"] == "7" for row in speech)  # spoke of, demanded, call


def test_forty_ninth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 3 of the 404 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. Manning's attorney read one way through the Journal's story,
    and a fragment cut after "Pfc." carries its sentence's alt; closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout49", FORTY_NINTH_SET, 404,  # 1-10 landed first
        {"unattributed": 181, "named_official": 92, "named_person": 55, "named_organization": 28,
         "unnamed_source": 24, "boilerplate": 14, "document": 5, "cited_outlet": 5}, 0, keyed=True)
    kabul, petraeus, tyson, manning, _, border, hicks, _, _, deficit = FORTY_NINTH_SET[:10]
    roadshow, _, _, senators, _, bethlehem, wall, _, _, _ = FORTY_NINTH_SET[10:]
    added = {(manning, 10): ("named_person", ["unnamed_source", "named_organization", "named_official"]),
             (manning, 11): ("unattributed", ["named_person"]),  # "Weeks before his arrest, Pfc."
             (manning, 28): ("named_person", ["unnamed_source", "unattributed", "named_official"])}
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 171 + 3  # the readers' 171 alts and the review's 3
    coombs = [(by_key[(manning, number)]["reading"], "named_official" in by_key[(manning, number)]["alt"])
              for number in (10, 20, 21, 22, 23, 28, 30, 31)]
    assert coombs == [("named_person", True)] * 8  # the defense team, the legal team and Coombs: one way
    fragments = [(by_key[(manning, number)]["alt"], by_key[(manning, number + 1)]["alt"]) for number in (11, 13, 20, 24)]
    assert all(cut == whole for cut, whole in fragments)  # each fragment cut after "Pfc." as its sentence
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((border, 4), (wall, 8), (petraeus, 13), (petraeus, 16), (bethlehem, 13), (roadshow, 5), (tyson, 5),
              (deficit, 4), (senators, 4), (kabul, 17), (hicks, 4))]
    assert close == [("unnamed_source", ["named_organization", "unattributed"]),  # "House Democrats ordered"
                     ("named_organization", ["unnamed_source", "named_official"]),  # "Democrats ... pushed back"
                     ("unnamed_source", []),  # "Cantor staffers said": no staffer named
                     ("unattributed", []),  # Kelley's background; "sources close to the family" the next sentence
                     ("unnamed_source", ["unattributed"]),  # "is seen as a symbolic acknowledgement"
                     ("unattributed", ["unnamed_source"]),  # "where ... is no longer viewed as": a relative clause
                     ("unattributed", ["unnamed_source"]),  # "was believed to be born": a clause
                     ("named_organization", ["unattributed"]),  # the CBO's figures going on
                     ("unattributed", ["named_organization"]),  # the House Republicans' assertion contrasted
                     ("unnamed_source", ["unattributed"]),  # "Khalilzad is expected to meet"
                     ("unattributed", ["unnamed_source"])]  # "Hicks will likely begin"


def test_forty_ninth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 2669b9d (made once, 22:39:23 UTC on 6 December, seconds after the forty-eighth set's; made
    again into another folder at 22:39:31-22:39:48, byte-identical): 117/122 with alt, 107 strict, 9/9, one agreeing
    type under a wrong source (judged with each key open: NPR's "Sunni tribal leaders have long complained", given to
    the "Officials" of the sentence before by quote marks paired across a report run into one paragraph)."""
    keyed = assert_held_out_figure("heldout49", statements=404, articles=20, keyed=122, agree=117, strict=107,
                                   reasons=9, reasons_agree=9, wrong_sources=1, per_article_min_max=(2, 11))
    kabul, petraeus, _, _, column, _, hicks, _, troops, _ = FORTY_NINTH_SET[:10]
    _, midazolam, warmbier, _, _, bethlehem, _, background_checks, taxes, _ = FORTY_NINTH_SET[10:]
    assert reason_misses(keyed) == {}
    assert [row for row in keyed if row["reason_keyed"] or row["reason_reading"]] == []  # no reason given anywhere
    asked = [(row["id"], row["statement"]) for row in keyed if row["reason_keyed"] is not None]
    assert asked == [*[(petraeus, number) for number in (3, 10, 13, 14, 17)], (hicks, 14),
                     *[(troops, number) for number in range(11, 16)], (warmbier, 17)]  # the 12 keyed Anonymous source
    assert type_disagreements(keyed) == {
        (troops, 11): ("unnamed_source", "unattributed"),  # Bowman's report, its quote marks paired across sentences
        (troops, 12): ("unnamed_source", "named_official"),  # "Pentagon spokesman Col. Steve Warren told reporters"
        (troops, 15): ("unnamed_source", "unattributed"),  # "The Pentagon is now working up added training options"
        (midazolam, 7): ("unattributed", "boilerplate"),  # "More on the death penalty:", a link list's lead-in
        (background_checks, 13): ("unattributed", "named_official")}  # "renewed their call for": no cue
    wrong = {(row["id"], row["statement"]): (row["keyed"], row["source_keyed"]) for row in keyed
             if row["source_ok"] is False}
    assert wrong == {(troops, 14): ("unnamed_source", "Officials")}  # "Sunni tribal leaders have long complained"
    assert [row["source_ok"] for row in keyed].count(True) == 121  # every other keyed source judged right
    assert agreeing_through_alt(keyed) == 10  # the type in alt
    through = {(row["id"], row["statement"]): row["keyed"] for row in keyed if row["keyed"] != row["reading"] and row["agree"]}
    assert through == {
        (kabul, 7): "unattributed",  # what "can be seen" in the footage, read as the footage's
        (column, 10): "unattributed",  # "That is also the message of a lawsuit", read as the lawsuit's
        (hicks, 16): "unattributed",  # "The former model had been considering a return": the source's account going on
        (bethlehem, 13): "unattributed",  # "is seen as a symbolic acknowledgement": read rule 4
        (background_checks, 3): "unattributed",  # the proposal's quoted terms, from the statement of Biden's office
        **{(taxes, number): "named_official" for number in (0, 1, 2, 12, 17)}}  # Romney, the 2012 nominee, no office
    per_article = keyed_per_article(keyed, FORTY_NINTH_SET)
    assert (per_article[9], per_article[10]) == (6, 6)  # median 6; CBN's key holds 11, two hold 2
    assert sum(count < 5 for count in per_article) == 5  # the Journal's and the Daily Caller's 2; the Daily Beast's,
    # the New York Times', Newsmax's 4
    assert keyed_types(keyed) == {"named_official": 50, "unattributed": 43, "unnamed_source": 12, "named_person": 9,
                                  "named_organization": 7, "cited_outlet": 1, "document": 0}
