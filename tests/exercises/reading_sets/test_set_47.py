"""docs/exercise_agreement_heldout47.jsonl: the forty-seventh reading set (seed 1247), read blind.

Its section of docs/exercise_agreement.md: "The forty-seventh reading set (stop 43; the rule, written
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

FORTY_SEVENTH_SET = [  # the draw of docs/exercise_agreement.md ("the forty-seventh reading set"), in its order
    "QVUvFEPKAzyhiHpK", "ru0izW9VDMTtliU3", "j6yJvAL7c9Si7lXb", "NOBNbN7kmbAqFzrY",
    "9Zdr4KRphEij4Xbj", "1861gBfHGlvmZeUW", "pvmTnrBtHvOunRzs", "pZ1vKLBoodMHZ8in",
    "OCMEKQGaqfT2DWXs", "vFaodUJfLmXueH0Q", "f7dE7G2PKojTq237", "Y45tZN8mkKiVZARe",
    "FZlJPeRj0f3ulfWR", "A3LmgNrZHpS8QxVt", "f5tgA3inZmZNVs5s", "irILOEaKU1QjyEfC",
    "Ka9rqp3Zp7V9aLpr", "rQ0XGWIZE5036q9t", "tVZA1dtQOBe0KYTx", "izG3mMR4mmhWZd8G",
]


def test_forty_seventh_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read47a): 236 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout47", FORTY_SEVENTH_SET[:10], 236,
        {"Daily Beast", "Breitbart News", "Associated Press", "The Guardian", "CBS News", "CNN (Web News)",
         "USA TODAY", "Christian Science Monitor", "BBC News", "Bloomberg"},
        {"unattributed": 71, "named_person": 69, "named_official": 40, "named_organization": 30,
         "unnamed_source": 18, "boilerplate": 5, "document": 3, "cited_outlet": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    (cheney, fox, probe, emails, wastebook, poll, cruz, durst, deportations,
     obamacare) = FORTY_SEVENTH_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(cheney, 7): False, (poll, 17): False, (deportations, 8): False,
                       **{(cruz, number): False for number in (3, 4, 5, 6, 7, 8, 11, 13, 14, 15, 16, 23, 24, 25, 26)}}
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(wastebook, 5), (obamacare, 0), (obamacare, 1), (obamacare, 2), (obamacare, 17)]
    records = [key for key, row in by_key.items() if row["reading"] == "document"]
    assert records == [(emails, 1), (emails, 5), (emails, 12)]  # "They show", the emails going on, the calendars
    assert by_key[(emails, 12)]["alt"] == ["cited_outlet"]  # "calendars obtained by the Associated Press"
    former = {(row["reading"], tuple(row["alt"][:1])) for key, row in by_key.items()
              if key[0] in (cheney, fox) and row["reading"] != "unattributed" and key != (cheney, 7)}
    assert former == {("named_person", ("named_official",))}  # Cheney, Vicente Fox, Trump in 2008 and 2011
    reportedly = by_key[(cheney, 1)]  # "Cheney reportedly told CNN"
    assert (reportedly["rule"], reportedly["alt"]) == ("4,5", ["named_official", "unnamed_source"])
    bushes = by_key[(cheney, 7)]  # "representatives for George H.W. Bush and George W. Bush say"
    assert (bushes["rule"], bushes["alt"][:2]) == ("6", ["unattributed", "named_official"])  # the review adds one
    unquoted = [by_key[(fox, number)]["rule"] for number in (12, 13, 14, 15)]
    assert unquoted == ["3"] * 4  # Fox's answer printed without quotation marks
    cues = [(by_key[(fox, number)]["reading"], by_key[(fox, number)]["rule"]) for number in (4, 8)]
    assert cues == [("named_person", "5"), ("named_person", "2")]  # the cues cut from their quotations
    inspector = by_key[(probe, 15)]  # "The Justice Department's inspector general said"
    assert (inspector["reading"], inspector["alt"]) == ("named_organization", ["unnamed_source", "named_official"])
    department = [by_key[(probe, number)]["reading"] for number in (0, 1, 3, 4, 7, 11)]
    assert department == ["named_organization"] * 6  # the State Department, its letter and its report
    coburn = by_key[(wastebook, 3)]  # "by a prominent Republican senator", Coburn named in [9]
    assert (coburn["reading"], coburn["rule"], coburn["alt"]) == ("named_official", "6", ["document", "unnamed_source"])
    cordes = [(by_key[(wastebook, number)]["reading"], by_key[(wastebook, number)]["rule"]) for number in (16, 21, 22)]
    assert cordes == [("unattributed", "10")] * 3  # CBS's own correspondent
    assert (by_key[(wastebook, 28)]["reading"], by_key[(wastebook, 28)]["rule"]) == ("named_official", "1,10")
    pollsters = [by_key[(poll, number)]["reading"] for number in range(22)]
    assert pollsters == ["named_organization"] * 10 + ["unattributed"] + ["named_organization"] * 6 \
        + ["unnamed_source", "named_official", "named_organization", "named_organization", "unattributed"]
    assert "unattributed" in by_key[(poll, 0)]["alt"]  # CNN's own poll: rule 10 in alt
    crowd = [(by_key[(cruz, number)]["reading"], by_key[(cruz, number)]["alt"]) for number in (0, 22)]
    assert crowd == [("unattributed", ["unnamed_source"])] * 2  # the chant and the "bye", events
    accused = [(by_key[(cruz, number)]["reading"], by_key[(cruz, number)]["rule"]) for number in (9, 10)]
    assert accused == [("named_person", "7"), ("named_official", "7")]  # "have accused", "has denied"
    lawyer = {(by_key[(durst, number)]["reading"], tuple(by_key[(durst, number)]["alt"])) for number in range(13, 20)}
    assert lawyer == {("named_person", ("named_official",))}  # Chip Lewis, a client's lawyer
    criticism = by_key[(deportations, 6)]  # "Mr Trump has faced criticism, including from his own Republican Party"
    assert (criticism["reading"], criticism["rule"], criticism["alt"]) == ("unattributed", "7", ["unnamed_source", "named_official"])
    buckler = [(by_key[(deportations, number)]["reading"], by_key[(deportations, number)]["rule"]) for number in (12, 14, 16)]
    assert buckler == [("unattributed", "10")] * 3  # the BBC's own correspondent's analysis
    reports = [(by_key[(obamacare, number)]["reading"], by_key[(obamacare, number)]["alt"]) for number in (3, 8, 11, 13)]
    assert reports == [("named_organization", ["document"])] * 4  # the committee staff's, the institute's, the CBO's
    assert (by_key[(obamacare, 7)]["reading"], by_key[(obamacare, 7)]["rule"]) == ("unattributed", "4")  # "appears"
    acts = [by_key[key] for key in ((probe, 12), (probe, 16), (emails, 0), (emails, 2), (emails, 4), (emails, 7),
                                    (emails, 10), (cruz, 2), (cruz, 18), (cruz, 19), (durst, 20), (durst, 21),
                                    (durst, 24), (deportations, 9), (obamacare, 10))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)


def test_forty_seventh_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read47b): 198 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout47", FORTY_SEVENTH_SET[10:], 198,
        {"NPR Online News", "Wall Street Journal - News", "The Daily Caller", "New York Times - News",
         "New York Post", "Fox News", "The Hill", "Washington Times", "Newsmax", "CBN"},
        {"unattributed": 69, "named_official": 65, "named_person": 27, "cited_outlet": 14,
         "named_organization": 11, "unnamed_source": 8, "boilerplate": 2, "document": 2},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    jobs, apollo, limbaugh, greece, low_iq, op_ed, civilta, booker, id_card, refugees = FORTY_SEVENTH_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(jobs, 7): False, (jobs, 11): False, (jobs, 12): False, (jobs, 18): False,
                       (id_card, 10): False, (id_card, 13): False,
                       (refugees, 5): False, (refugees, 17): False}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(apollo, 0), (apollo, 1)]  # the Journal's photo caption, twice
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(low_iq, 10), (low_iq, 11), (low_iq, 12), *[(civilta, number) for number in range(10)],
                       (id_card, 1)]  # KCNA, La Civiltà Cattolica's article, the Journal
    assert all(set(by_key[(civilta, number)]["alt"]) == {"named_organization", "unnamed_source"} for number in range(10))
    assert [by_key[(civilta, number)]["rule"] for number in (0, 1, 2)] == ["6,7", "1", "2,7"]
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [(refugees, 1), (refugees, 16)]
    assert all(by_key[(refugees, number)]["alt"] == ["unnamed_source", "unattributed"] for number in (1, 16))
    release = [(by_key[(jobs, number)]["reading"], by_key[(jobs, number)]["rule"]) for number in range(2, 7)]
    assert release == [("named_organization", "table")] + [("named_organization", "3")] * 4  # the department's figures
    assert [by_key[(jobs, number)]["reading"] for number in (0, 9, 10)] == ["unattributed"] * 3
    noguchi = [(by_key[(jobs, number)]["reading"], by_key[(jobs, number)]["alt"]) for number in (12, 13)]
    assert noguchi == [("unnamed_source", ["unattributed"]), ("unattributed", ["unnamed_source"])]  # NPR's own reporter
    assert (by_key[(jobs, 11)]["rule"], by_key[(jobs, 23)]["reading"]) == ("4", "named_organization")
    clinton = [(by_key[(apollo, number)]["reading"], by_key[(apollo, number)]["alt"][0])
               for number in (13, 14, 15, 16, 17, 18, 28, 29)]
    assert clinton == [("named_person", "named_official")] * 8  # a former president in no office
    assert {by_key[(apollo, number)]["reading"] for number in (2, 3, 4, 5, 6, 19, 20, 21, 22, 23, 25, 26)} == {"named_official"}
    assert [by_key[(limbaugh, number)]["reading"] for number in range(18)] == \
        ["named_person"] * 10 + ["unattributed"] * 2 + ["named_person"] * 6  # a radio host
    letter = [(by_key[(greece, number)]["reading"], by_key[(greece, number)]["alt"][0]) for number in (3, 4, 13)]
    assert letter == [("named_official", "document"), ("named_official", "document"), ("named_organization", "document")]
    todd = by_key[(low_iq, 3)]  # "host Chuck Todd questioned her on why Trump would side with a dictator"
    assert (todd["reading"], todd["alt"], todd["rule"]) == ("named_person", ["unattributed", "cited_outlet"], "7")
    lead_ins = [(by_key[(low_iq, number)]["reading"], by_key[(low_iq, number)]["rule"]) for number in (7, 13)]
    assert lead_ins == [("named_official", "7")] * 2  # "tweeted about ...", "responded to Trump's tweet"
    column = [by_key[(op_ed, number)]["reading"] for number in range(22)]
    assert column == ["named_official"] + ["unattributed"] * 21  # Pelosi's warning, then the columnist
    assert by_key[(op_ed, 10)]["alt"] == ["unnamed_source"]  # "it's no secret"
    pope = [by_key[(civilta, number)]["reading"] for number in range(10, 20)]
    assert pope == ["unattributed"] * 2 + ["named_official"] * 8  # "seems", the meeting, then Francis
    assert [by_key[(booker, number)]["alt"] for number in (8, 15)] == [["named_official"], ["unnamed_source"]]
    senators = [(by_key[(id_card, number)]["reading"], by_key[(id_card, number)]["rule"]) for number in (2, 4, 8, 9)]
    assert senators == [("named_official", "6"), ("named_official", "1"), ("named_official", "1,5"),
                        ("named_official", "3")]  # the group named in [4] and [10], the ACLU's Calabrese
    assert by_key[(id_card, 8)]["alt"] == ["named_person", "cited_outlet"]
    candidates = [(by_key[(refugees, number)]["reading"], by_key[(refugees, number)]["alt"][0]) for number in (9, 18, 19, 20, 21)]
    assert candidates == [("named_official", "named_person")] * 5  # the 2016 candidates
    hedges = [by_key[key] for key in ((op_ed, 10), (civilta, 10))]  # "it's no secret", "seems"
    assert all(row["reading"] == "unattributed" and row["alt"] == ["unnamed_source"] for row in hedges)
    acts = [by_key[key] for key in ((jobs, 1), (apollo, 8), (apollo, 9), (apollo, 24), (apollo, 27), (limbaugh, 10),
                                    (greece, 2), (greece, 6), (greece, 9), (civilta, 11), (booker, 4), (booker, 8),
                                    (booker, 9), (booker, 10), (id_card, 0), (id_card, 3), (id_card, 7), (id_card, 12),
                                    (refugees, 2), (refugees, 4))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)


def test_forty_seventh_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 4 of the 434 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. The Bushes read as the Daily Beast reads former officials, the
    Wastebook's lede items and the State Department's letter read as their passages read them; closest calls left."""
    reviewed, by_key = review_adding_only_alts(
        "heldout47", FORTY_SEVENTH_SET, 434,  # 1-10 landed first
        {"unattributed": 140, "named_official": 105, "named_person": 96, "named_organization": 41,
         "unnamed_source": 26, "cited_outlet": 14, "boilerplate": 7, "document": 5}, 0, keyed=True)
    cheney, _, probe, _, wastebook, poll, cruz, _, _, _ = FORTY_SEVENTH_SET[:10]
    jobs, _, _, greece, _, _, civilta, _, id_card, refugees = FORTY_SEVENTH_SET[10:]
    added = {(cheney, 7): ("unnamed_source", ["unattributed", "named_official", "named_person"]),  # the Bushes' people
             (wastebook, 0): ("unattributed", ["named_official", "document"]),  # "One million dollars ... bus stop"
             (wastebook, 1): ("unattributed", ["named_official", "document"]),  # "Five million for ... stemware"
             (probe, 0): ("named_organization", ["unattributed", "document"])}  # the findings, from the letter of [1]
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 295 + 4  # the readers' 295 alts and the review's 4
    former = [(by_key[(cheney, number)]["reading"], by_key[(cheney, number)]["alt"][:1]) for number in (1, 3, 27)]
    assert former == [("named_person", ["named_official"])] * 3  # Cheney out of office: the Bushes' type in alt
    report = [{by_key[(wastebook, number)]["reading"], *by_key[(wastebook, number)]["alt"]}
              for number in (0, 1, 3, 4, 6, 7, 8)]
    assert all({"named_official", "document"} <= types for types in report)  # Coburn's report and a record, one way
    letter = [("document" in by_key[(probe, number)]["alt"]) for number in (0, 1, 3, 4, 11)]
    assert all(letter)  # the department's findings, letter and report: a record in alt
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((civilta, 2), (cruz, 2), (cruz, 25), (jobs, 13), (poll, 3), (wastebook, 14), (id_card, 2), (greece, 6),
              (refugees, 1), (cheney, 1), (probe, 15))]
    assert close == [("cited_outlet", ["unnamed_source", "named_organization"]),  # the journal's two unnamed authors
                     ("unattributed", ["unnamed_source"]),  # "She asks Cruz how he plans to vote": a question told
                     ("unnamed_source", ["unattributed"]),  # "One protester asked Cruz, '...'": his words quoted
                     ("unattributed", ["unnamed_source"]),  # Noguchi's second sentence: NPR's own reporting
                     ("named_organization", ["unattributed"]),  # "Americans seem to believe": the poll's finding
                     ("unattributed", ["named_official"]),  # "other types of waste", perhaps the Wastebook's
                     ("named_official", ["named_organization"]),  # "the bipartisan Senate group called only for"
                     ("unattributed", ["unnamed_source"]),  # "the creditors want Greece to show": a stance
                     ("document", ["unnamed_source", "unattributed"]),  # "The official count", publisher unnamed
                     ("named_person", ["named_official", "unnamed_source"]),  # "Cheney reportedly told CNN"
                     ("named_organization", ["unnamed_source", "named_official"])]  # the inspector general's office


def test_forty_seventh_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 55a571b (made once, 20:17:31 UTC on 6 December, seconds after the forty-sixth set's; made
    again into another folder at 20:17:38-20:17:52, byte-identical): 108/109 with alt, 93 strict, 4/4, two agreeing
    types under a wrong source (judged with each key open: a bill for Booker, two of the three candidates named)."""
    keyed = assert_held_out_figure("heldout47", statements=434, articles=20, keyed=109, agree=108, strict=93,
                                   reasons=4, reasons_agree=4, wrong_sources=2, per_article_min_max=(1, 13))
    cheney, fox, _, _, wastebook, _, cruz, durst, deportations, obamacare = FORTY_SEVENTH_SET[:10]
    jobs, apollo, _, _, _, _, civilta, booker, _, refugees = FORTY_SEVENTH_SET[10:]
    assert reason_misses(keyed) == {}
    assert [row for row in keyed if row["reason_keyed"] or row["reason_reading"]] == []  # no reason given anywhere
    asked = [(row["id"], row["statement"]) for row in keyed if row["reason_keyed"] is not None]
    assert asked == [(cruz, 25), (deportations, 8), (jobs, 7), (jobs, 18)]  # the 4 keyed Anonymous source
    assert type_disagreements(keyed) == {
        (fox, 15): ("unattributed", "named_person")}  # Fox's answer going on in a paragraph without quotation marks
    wrong = {(row["id"], row["statement"]): (row["keyed"], row["source_keyed"]) for row in keyed
             if row["source_ok"] is False}
    assert wrong == {
        (booker, 10): ("named_official", "his Marijuana Justice Act, a reform bill he"),  # a bill, typed by "Justice"
        (refugees, 9): ("named_official", "Ted Cruz and Donald Trump")}  # "Jeb Bush, Ted Cruz and Donald Trump said"
    assert agreeing_through_alt(keyed) == 15  # the type in alt
    through = {(row["id"], row["statement"]): row["keyed"] for row in keyed if row["keyed"] != row["reading"] and row["agree"]}
    assert through == {
        (cheney, 22): "named_official",  # Trump in the 2008 interview, in no office then
        (wastebook, 6): "unattributed",  # the Wastebook's items going on, the writer's "staggering" in alt
        (wastebook, 7): "unattributed",  # "spending that just seems silly"
        (wastebook, 8): "unattributed",  # "The list goes on:"
        (durst, 20): "named_person",  # "Jarecki told a Hollywood version of Durst's story in the 2010 film"
        (obamacare, 14): "unattributed",  # "That, in turn, leads to increased deficits.": the report's reasoning
        (jobs, 11): "unattributed",  # "wages normally would be expected to start rising"
        **{(apollo, number): "named_official" for number in (15, 16, 17, 18, 28, 29)},  # Bill Clinton, out of office
        (civilta, 0): "named_organization",  # "An article in a Vatican-reviewed journal": the journal's article
        (booker, 10): "named_official"}  # the writer's account of Booker's record; the key's source is the bill
    per_article = keyed_per_article(keyed, FORTY_SEVENTH_SET)
    assert (per_article[9], per_article[10]) == (4, 4)  # median 4; the Monitor's key holds 13, three hold 1
    assert sum(count < 5 for count in per_article) == 11  # the Daily Beast's, Breitbart's, the Hill's 1; the Guardian's,
    # the New York Times', Newsmax's 2; the AP's 3; USA TODAY's, Bloomberg's, the New York Post's, Fox News' 4
    assert keyed_types(keyed) == {"named_official": 39, "unattributed": 31, "named_person": 24,
                                  "named_organization": 11, "unnamed_source": 4, "cited_outlet": 0, "document": 0}
