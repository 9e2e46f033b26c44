"""docs/exercise_agreement_heldout71.jsonl: the seventy-first reading set (seed 1271), read blind.

Its section of docs/exercise_agreement.md: "The seventy-first reading set (stop 51; the rule, written
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

SEVENTY_FIRST_SET = [  # the draw of docs/exercise_agreement.md ("the seventy-first reading set"), in its order
    "btXbLy0jB7ZvtOwd", "AOOrsrxyRqTrzOiI", "PgUkPEQmcp4dSReu", "XvTYjNBCWNFWcbUt",
    "bYvkqGtciw44QSP9", "epgwFgFPpZPR3Y5S", "n4zIH1QWIeOq9lOb", "4joKyM04XmBt2OBN",
    "HuPw0VnMsgr7OsNL", "MxXS1ghNvfCo6U43", "JNl4kGxFw67CxXnh", "NaoMP21M8Rz670Fa",
    "nThIsa5Owu0iSfCW", "wwEEdZ7xmO4SSqAU", "1EQfZztUq0yzIYn7", "u0d0MUBpc5Hk7Jte",
    "MwkOklbvxGSsKrMr", "khbf5wUiSPmWeSGy", "y3rrhYxKSiZlk6EN", "P6VzeRYO8LQTjWRh",
]


def test_seventy_first_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read71a): 178 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout71", SEVENTY_FIRST_SET[:10], 178,
        {"Washington Times", "The Daily Caller", "New York Times - News", "Breitbart News", "NPR Online News",
         "Newsmax", "The Guardian", "USA TODAY", "The Hill", "Christian Science Monitor"},
        {"unattributed": 58, "named_official": 55, "named_person": 29, "unnamed_source": 22,
         "named_organization": 6, "cited_outlet": 5, "document": 1, "boilerplate": 2},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    migrants, putin, trade, cruz, outreach, reed, column, davos, conway, directive = SEVENTY_FIRST_SET[:10]
    assert [len([row for row in first if row["id"] == article]) for article in SEVENTY_FIRST_SET[:10]] == [
        12, 11, 17, 15, 23, 26, 19, 23, 16, 16]
    assert readings_by_article(first, SEVENTY_FIRST_SET[:10]) == [  # every reading, article by article
        "AAuAuuAAAAuu", "AAAAAAAPPPP", "uuuuuuuuAOOGOuOOO", "ACACAACCCPPPOuu", "uuPPuPPPPPPuuuuPPPPPPPP",
        "OOOOOAAAPPPPPOOOOPOOOuuuuu", "ub" + "u" * 17, "uOuuOOOOOOOuOuOOOOOOOOO", "O" * 14 + "bO",
        "uGOuGGOuuuuGuDOG"]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {**{(migrants, number): False for number in (0, 1, 3, 6, 7, 8, 9)},
                       **{(putin, number): False for number in range(7)},
                       (trade, 8): False,
                       **{(cruz, number): False for number in (0, 2, 4, 5)},
                       **{(reed, number): False for number in (5, 6, 7)}}  # no terms anywhere
    democrats = by_key[(migrants, 0)]  # "House Democrats ordered ...", as heldout49 reads it
    assert (democrats["rule"], democrats["alt"]) == ("6,7", ["named_organization", "unattributed"])
    mother = [by_key[(migrants, number)] for number in (6, 7, 8, 9)]  # "His mother ... said", never named
    assert all(row["reading"] == "unnamed_source" and row["alt"][0] == "named_person" for row in mother)
    assert [by_key[(migrants, number)]["alt"] for number in (7, 9)] == [["named_person", "cited_outlet"]] * 2
    signing = by_key[(migrants, 2)]  # "Signing the order were the top Democrats ..."
    assert (signing["reading"], signing["alt"]) == ("unattributed", ["unnamed_source"])
    relayed = [by_key[(cruz, number)] for number in (0, 2, 4, 5)]  # Cruz officials relayed by CNN
    assert all(row["alt"] == ["cited_outlet"] and "1" in row["rule"].split(",") for row in relayed)
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [
        (cruz, 1), (cruz, 3), (cruz, 6), (cruz, 7), (cruz, 8)]
    passage = [by_key[(cruz, number)] for number in (3, 6, 7)]  # CNN's quoted passage, cue-less
    assert all(row["rule"] == "3" and "unattributed" in row["alt"] for row in passage)
    assert by_key[(cruz, 1)]["alt"] == ["named_person"]  # "Jake Tapper reported:"
    ambassador = [by_key[(putin, number)] for number in (7, 8, 9, 10)]  # a former ambassador
    assert all(row["reading"] == "named_person" and row["alt"][0] == "named_official" for row in ambassador)
    assert by_key[(putin, 2)]["alt"] == ["cited_outlet", "unattributed"]  # about the sourcing (rule 8)
    poll = [by_key[(reed, number)] for number in (5, 6, 7)]  # a poll never identified, via the host
    assert all(row["alt"] == ["named_person", "unattributed"] for row in poll)
    handles = [by_key[(reed, number)] for number in (9, 10, 11, 12, 17)]  # @LiberalCanuck, @beewel
    assert all(row["reading"] == "named_person" and row["alt"] == ["unnamed_source"] for row in handles)
    assert all(row["alt"] == ["named_person"] for row in first if row["id"] == reed
               and row["reading"] == "named_official")  # Reed, a coalition's president and a panelist
    assert by_key[(reed, 18)]["alt"] == ["named_person"]  # @beewel's last words, then Reed's reply
    post = [by_key[(outreach, number)] for number in (2, 3)]  # "It starts back in 1977": Pitney's list
    assert all(row["reading"] == "named_person" and row["alt"] == ["unattributed"] for row in post)
    acts = [by_key[key] for key in ((trade, 2), (trade, 6), (trade, 7), (trade, 13), (cruz, 13), (outreach, 13),
                                    (outreach, 14), (reed, 21), (reed, 23), (reed, 24), (column, 16), (davos, 0),
                                    (davos, 3), (davos, 11), (davos, 13), (directive, 0), (directive, 8),
                                    (directive, 9))]
    assert all(row["reading"] == "unattributed" and "7" in row["rule"].split(",") and row["alt"] for row in acts)
    speech = [by_key[key]["reading"] for key in ((trade, 9), (cruz, 12), (davos, 4), (davos, 6), (davos, 18),
                                                 (davos, 19), (conway, 0), (conway, 3))]
    assert speech == ["named_official"] * 8  # speech acts with their content (rule 7)
    assert (by_key[(conway, 0)]["rule"], by_key[(conway, 0)]["alt"]) == ("6,7", ["unnamed_source"])
    assert (by_key[(column, 1)]["text"], by_key[(conway, 14)]["text"]) == ("Donald Trump.", "...")
    assert by_key[(conway, 14)]["alt"] == ["named_official"]
    organization = [by_key[(directive, number)] for number in (1, 4)]  # the departments' directive
    assert all(row["reading"] == "named_organization" and row["alt"] == ["document"] for row in organization)
    assert (by_key[(directive, 13)]["reading"], by_key[(directive, 13)]["alt"]) == ("document", ["named_organization"])
    assert (by_key[(trade, 11)]["reading"], by_key[(trade, 11)]["alt"]) == ("named_organization", ["unattributed"])
    assert all(row["reading"] in ("unattributed", "boilerplate") for row in first if row["id"] == column)


def test_seventy_first_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read71b): 205 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout71", SEVENTY_FIRST_SET[10:], 205,
        {"CBN", "Fox News", "New York Post", "Politico", "Reuters", "CNN (Web News)", "CBS News", "ABC News",
         "Fox Online News", "BBC News"},
        {"named_official": 111, "unattributed": 68, "named_organization": 11, "unnamed_source": 8,
         "cited_outlet": 4, "document": 2, "boilerplate": 1, "named_person": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    northam, windfall, debate, ferguson, relief, jindal, clinton, orioles, christie, sonic = SEVENTY_FIRST_SET[10:]
    assert [len([row for row in second if row["id"] == article]) for article in SEVENTY_FIRST_SET[10:]] == [
        23, 22, 21, 23, 25, 21, 16, 21, 20, 13]
    assert readings_by_article(second, SEVENTY_FIRST_SET[10:]) == [  # every reading, article by article
        "OAOuOOOuOOOuAOOOOOOuuOO", "OOOOOOOuuuAuGAuuuOuOuu", "uuuuCCCuuOOOOuuuuAAAO",
        "OOOOuCDDOOOOuGOOOOOOOOO", "uuOuuuuOOOuuuOuuOOOOOOOOu", "OuAuOOOObOOOOOOOOOOOO",
        "OOOOOOOOOOOOOuOO", "OOOuuOOOuuuuuuGuOuuuu", "uOOOuOuuuOOOOOOOuGGG", "uuuuuGGuGGGuO"]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(northam, 1): False, (northam, 12): False, (windfall, 10): False, (windfall, 13): False,
                       (debate, 17): False, (debate, 18): False, (debate, 19): False,
                       (jindal, 2): False}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [(jindal, 8)]  # JUST WATCHED
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [
        (debate, 4), (debate, 5), (debate, 6), (ferguson, 5)]
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [(ferguson, 6), (ferguson, 7)]
    assert (by_key[(northam, 1)]["rule"], by_key[(northam, 1)]["alt"]) == ("4", ["unattributed"])  # "reportedly"
    former = [row for row in second if row["reading"] == "named_official" and (
        row["id"] == clinton or (row["id"] == northam and row["statement"] in (8, 9, 10, 14, 15, 16, 17, 18))
        or (row["id"] == christie and row["statement"] in (1, 9, 10, 11, 12, 13, 14, 15))
        or (row["id"] == ferguson and 14 <= row["statement"] <= 20))]
    assert len(former) == 15 + 8 + 8 + 7 and all("named_person" in row["alt"] for row in former)  # no office now
    plain = {(northam, 7): "named_official", (windfall, 7): "named_organization", (windfall, 9): "named_official",
             (windfall, 18): "named_official", (debate, 8): "named_official", (debate, 15): "named_official",
             (ferguson, 4): "named_official", (relief, 1): "named_organization", (relief, 4): "named_organization",
             (relief, 5): "unnamed_source", (relief, 6): "unnamed_source", (relief, 11): "unnamed_source",
             (jindal, 3): "named_official", (clinton, 13): "named_official", (orioles, 9): "named_organization",
             (orioles, 18): "named_official", (christie, 0): "named_official", (christie, 6): "unnamed_source",
             (christie, 16): "named_organization", (sonic, 0): "named_organization"}
    assert all(by_key[key]["reading"] == "unattributed" and by_key[key]["rule"] == "7" and by_key[key]["alt"][0] == actor
               for key, actor in plain.items())  # plain acts and stances, the actor in alt (rule 7)
    moran = by_key[(northam, 13)]  # "at least one Democrat thinks", Moran quoted next
    assert (moran["reading"], moran["rule"], moran["alt"]) == ("named_official", "6,7", ["unnamed_source", "unattributed"])
    assert (by_key[(windfall, 20)]["reading"], by_key[(windfall, 20)]["alt"]) == (
        "unattributed", ["unnamed_source", "document"])  # "A federal judge has found that"
    assert [by_key[(windfall, number)]["alt"] for number in (2, 6)] == [["unattributed"]] * 2  # tweet cues cut off
    assert (by_key[(debate, 4)]["alt"], by_key[(debate, 6)]["alt"]) == (["named_organization"], ["unattributed"])
    post = by_key[(debate, 16)]  # "The Post also reported"
    assert (post["reading"], post["rule"], post["alt"]) == ("unattributed", "10", ["cited_outlet", "unnamed_source"])
    assert all(by_key[(ferguson, number)]["alt"] == ["cited_outlet"] for number in (9, 10, 11))  # CNN's report
    assert (by_key[(ferguson, 6)]["rule"], by_key[(ferguson, 6)]["alt"]) == ("1", ["cited_outlet", "named_organization"])
    leaders = by_key[(relief, 13)]  # "the chamber's leaders said", Pelosi named in [2]
    assert (leaders["reading"], leaders["rule"], leaders["alt"]) == ("named_official", "6", ["unnamed_source"])
    assert by_key[(relief, 15)]["alt"] == ["unnamed_source"]  # "although many lawmakers expect"
    tally = by_key[(relief, 24)]  # "according to a Reuters tally"
    assert (tally["reading"], tally["rule"], tally["alt"]) == ("unattributed", "10", ["cited_outlet"])
    assert (by_key[(christie, 4)]["rule"], by_key[(christie, 4)]["alt"]) == ("8", ["cited_outlet"])  # MSNBC first reported
    assert by_key[(orioles, 14)]["alt"] == ["unnamed_source"] and by_key[(orioles, 5)]["alt"] == ["cited_outlet"]
    assert by_key[(sonic, 10)]["alt"] == ["unattributed"]  # "Cuba has denied"


def test_seventy_first_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 4 of the 383 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. USA TODAY's room's scorn with Trump in alt, as its lede's
    booing; Reuters' Senate skirmish one way, the Republicans in alt (rule 7); the New York Post's "It seems
    unlikely" as earlier hedges (rule 4); Fox Online News' unnamed mayor not endorsing, as the spokesmen not
    responding (rule 7); the closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout71", SEVENTY_FIRST_SET[10:] + SEVENTY_FIRST_SET[:10], 383,  # 11-20 landed first
        {"named_official": 166, "unattributed": 126, "unnamed_source": 30, "named_person": 29,
         "named_organization": 17, "cited_outlet": 9, "document": 3, "boilerplate": 3}, 0, keyed=True)
    migrants, putin, trade, cruz, outreach, reed, column, davos, conway, directive = SEVENTY_FIRST_SET[:10]
    northam, windfall, debate, ferguson, relief, jindal, clinton, orioles, christie, sonic = SEVENTY_FIRST_SET[10:]
    added = {(davos, 2): ("unattributed", ["named_official"]),  # "The comment prompted some scorn from the room."
             (relief, 3): ("unattributed", ["named_organization"]),  # "where Republicans failed to pass"
             (debate, 14): ("unattributed", ["unnamed_source"]),  # "It seems unlikely he'll meet"
             (christie, 8): ("unattributed", ["unnamed_source"])}  # "The city's Democratic mayor did not endorse"
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 212 + 4  # the readers' 212 alts and the review's 4
    assert all(row["reason_reading"] is False for row in by_key.values() if row["reading"] == "unnamed_source")
    reaction = [by_key[(davos, number)] for number in (0, 2)]  # the room's booing and scorn at Trump's swipe
    assert all(row["reading"] == "unattributed" and row["alt"] == ["named_official"] for row in reaction)
    skirmish = [by_key[(relief, number)] for number in (3, 4)]  # Republicans failing to pass, then blocking
    assert all(row["reading"] == "unattributed" and row["alt"] == ["named_organization"] for row in skirmish)
    hedges = [by_key[key] for key in ((debate, 14), (windfall, 11), (northam, 1), (putin, 3))]
    assert all("unnamed_source" in (row["reading"], *row["alt"]) for row in hedges)  # rule 4
    unnamed_acts = [by_key[key] for key in ((christie, 6), (christie, 8))]  # no response, no endorsement
    assert all(row["reading"] == "unattributed" and row["alt"] == ["unnamed_source"] for row in unnamed_acts)
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((jindal, 1), (debate, 2), (cruz, 8), (outreach, 11), (outreach, 12), (relief, 14), (ferguson, 7),
              (sonic, 2), (trade, 3), (reed, 8), (putin, 6), (windfall, 21))]
    assert close == [("unattributed", []),  # "Jindal would likely be the first Republican candidate to announce"
                     ("unattributed", []),  # "The news network will air the debates over two days"
                     ("cited_outlet", []),  # "Politico broke the news that", Deason telling Politico next
                     ("unattributed", []),  # "Pitney witnessed some of those mistakes firsthand."
                     ("unattributed", []),  # "He worked for the RNC as deputy director of research"
                     ("unattributed", []),  # "Earlier it had been due to reconvene on April 20."
                     ("document", ["unattributed"]),  # the police reports relayed by the AP carried on
                     ("unattributed", []),  # "24 US staff ... suffered brain injuries after reporting"
                     ("unattributed", []),  # "For the most ardent opponents of Mr. Obama's trade push"
                     ("named_person", []),  # "Fellow panelist Hilary Rosen took issue with Reed"
                     ("unnamed_source", []),  # "Experts say"
                     ("unattributed", [])]  # "despite prior Trump threats to block them"


def test_seventy_first_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main ce83b70 (made once, 16:05:09-16:05:16 UTC on 7 December, right after the seventieth set's,
    at the key confidence 0.97, on time for the rule's "about 16:05"; made again into another folder at 16:05:22,
    byte-identical): 82/82 with alt, 79 strict, 3/3; no type disagrees; three agree only through alt; one agreeing
    type names a wrong source (the Daily Caller's "CIA officials reportedly told Congress" keyed under the hedge
    "reportedly"), judged with each key open; the CBS News key empty."""
    keyed = assert_held_out_figure("heldout71", statements=383, articles=20, keyed=82, agree=82, strict=79,
                                   reasons=3, reasons_agree=3, wrong_sources=1, per_article_min_max=(0, 10))
    migrants, putin, trade, cruz, outreach, reed, column, davos, conway, directive = SEVENTY_FIRST_SET[:10]
    northam, windfall, debate, ferguson, relief, jindal, clinton, orioles, christie, sonic = SEVENTY_FIRST_SET[10:]
    assert reason_misses(keyed) == {}
    asked = {(row["id"], row["statement"]): (row["reason_keyed"], row["reason_reading"]) for row in keyed
             if row["reason_keyed"] is not None}
    assert asked == {(putin, 4): (False, False),  # "CIA officials reportedly told Congress"
                     (putin, 6): (False, False),  # "Experts say"
                     (cruz, 4): (False, False)}  # "According to several sources close to Cruz"
    assert type_disagreements(keyed) == {}
    wrong = {(row["id"], row["statement"]): (row["source_keyed"], row["agree"]) for row in keyed
             if row["source_ok"] is False}
    assert wrong == {(putin, 4): ("reportedly", True)}  # the hedge, not the CIA officials who told Congress
    assert agreeing_through_alt(keyed) == 3
    through_alt = {(row["id"], row["statement"]): (row["keyed"], row["reading"]) for row in keyed
                   if row["keyed"] != row["reading"]}
    assert through_alt == {(windfall, 19): ("unattributed", "named_official"),  # "The president has long derided"
                           (debate, 6): ("unattributed", "cited_outlet"),  # CNN's debate rules carried on
                           (outreach, 2): ("unattributed", "named_person")}  # "It starts back in 1977": Pitney's list
    statements = [tuple(row["statement"] for row in keyed if row["id"] == article) for article in SEVENTY_FIRST_SET]
    assert statements == [  # the keyed statements of each article, in the draw's order
        (4, 10), (4, 6, 7), (0, 3, 4, 7, 9, 10, 12, 14, 15, 16), (4, 14), (2, 12), (24,), (0, 2, 9, 17),
        (1, 4, 5, 14), (1, 4, 5, 7, 9, 10, 11), (2, 8, 9, 14), (5, 20, 22), (0, 2, 6, 19), (2, 6), (1, 2, 3, 8, 22),
        (7, 8, 9, 12, 15), (10, 11, 12, 13, 14, 15, 17, 18, 19), (), (0, 1, 2, 6, 7, 10, 19), (1, 5, 7, 10, 17, 18),
        (8, 9)]
    per_article = keyed_per_article(keyed, SEVENTY_FIRST_SET)
    assert (per_article[9], per_article[10]) == (4, 4)  # median 4; the New York Times' trade key holds 10
    assert sum(count < 5 for count in per_article) == 13
    assert sum(row["id"] == trade for row in keyed) == 10
    assert keyed_types(keyed) == {"named_official": 49, "unattributed": 25, "named_organization": 4,
                                  "unnamed_source": 3, "named_person": 1, "cited_outlet": 0, "document": 0}
    assert {row["id"] for row in keyed} == set(SEVENTY_FIRST_SET) - {clinton}  # the CBS News key is empty
    assert all(row["source_ok"] is True for row in keyed if (row["id"], row["statement"]) not in wrong)
