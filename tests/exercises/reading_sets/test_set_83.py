"""docs/exercise_agreement_heldout83.jsonl: the eighty-third reading set (seed 1283), read blind.

Its section of docs/exercise_agreement.md: "The eighty-third reading set (stop 54; the rule, written
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

EIGHTY_THIRD_SET = [  # the draw of docs/exercise_agreement.md ("the eighty-third reading set"), in its order
    "5dOcQp9dLGXGKiLX", "ksFZSoWiV5qZN5pI", "tEFUHroHmm1O9pam", "YDj6V1kZAjpwnUha",
    "YaIHwAEZqUfkaAKm", "flzoIOWH6UhU5Scf", "Jx4ELcVa5lXbdnpW", "abzV5hdQVgVcrqne",
    "c7TalNmYCbyQvcPs", "xPhk5PV6FC5bCc54", "gXn87n4LFFB3SP5T", "clGGk6LDnjnXUA1X",
    "eLhMs5BrOEIWepes", "GjyWt4hBNB6MgXHN", "G3pMU38yjHCgz7Rq", "laIwHrIByRPyPhKd",
    "xzY0uSlzoF2JFdkA", "KzFbYEWbXMijQzUH", "cgOKmy0WH3593Ynw",  # the table lists nineteen rows
]


def test_eighty_third_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read83a): 202 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout83", EIGHTY_THIRD_SET[:10], 202,
        {"New York Times - News", "The Guardian", "USA TODAY", "Fox News", "Breitbart News", "BBC News",
         "New York Post", "Politico", "NPR Online News", "Christian Science Monitor"},
        {"unattributed": 68, "named_person": 46, "named_official": 44, "named_organization": 18,
         "unnamed_source": 14, "document": 1, "cited_outlet": 0, "boilerplate": 11},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    partisan, debt, vigil, lungs, maps, pope, taj, warren, millennials, wall = EIGHTY_THIRD_SET[:10]
    assert [len([row for row in first if row["id"] == article]) for article in EIGHTY_THIRD_SET[:10]] == [
        17, 25, 23, 14, 20, 23, 13, 17, 31, 19]
    assert readings_by_article(first, EIGHTY_THIRD_SET[:10]) == [  # every reading, article by article
        "PPbbPuPPPbPPPbPPP", "uuuuuuuuuuuOOOOOOOOAuOOOO", "uuuPPPuOOOuPuPAOuuPuPPu", "AAAuAPPPPPPPPP",
        "uuPPuPPPPbbPPPPPPPuu", "GGGOOGGGGuuuGuuuOOuuuuu", "uOuuubbbOOOuu", "OOOODOOOOOOAAuOAu",
        "buuuPPAuuuuuuGGuuAPOOOOOOOObuPu", "uuGGGGGGuAAAuOGGuuu"]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(debt, 19): False, (vigil, 14): False, **{(lungs, number): False for number in (0, 1, 2, 4)},
                       **{(warren, number): False for number in (11, 12, 15)}, (millennials, 6): False,
                       (millennials, 17): False, **{(wall, number): False for number in (9, 10, 11)}}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [
        (partisan, 2), (partisan, 3), (partisan, 9), (partisan, 13), (maps, 9), (maps, 10), (taj, 5), (taj, 6),
        (taj, 7), (millennials, 0), (millennials, 27)]
    headings = [by_key[(partisan, number)] for number in (2, 3, 9, 13)]  # "• Name in Outlet:", the quote's cue in alt
    assert all(row["alt"] == ["named_person"] for row in headings)
    summaries = [by_key[(partisan, number)] for number in (0, 1, 6, 7, 11, 12, 15)]  # "explains", the Times' summary
    assert all(row["reading"] == "named_person" and "unattributed" in row["alt"] for row in summaries)
    assert all("named_official" in by_key[(partisan, number)]["alt"] for number in (14, 15, 16))  # Remnick, an editor
    assert by_key[(debt, 19)]["rule"] == "4" and by_key[(debt, 19)]["alt"] == ["unattributed"]  # "is expected to"
    assert (by_key[(debt, 11)]["reading"], by_key[(debt, 11)]["alt"]) == ("named_official", ["unattributed"])
    assert (by_key[(debt, 16)]["reading"], by_key[(debt, 16)]["alt"]) == ("named_official", ["unattributed"])
    assert [by_key[(debt, number)]["rule"] for number in range(21, 25)] == ["9", "3", "3", "3"]  # Trump's tweet
    assert by_key[(vigil, 14)]["alt"] == ["named_official"]  # "Some who spoke urged", Rev. Hall one of them
    assert (by_key[(vigil, 7)]["reading"], by_key[(vigil, 7)]["alt"]) == ("named_official", ["named_person"])
    assert by_key[(vigil, 12)]["alt"] == ["named_person"]  # background inside Hardmon's quotation
    claim = [by_key[(lungs, number)] for number in (0, 1, 2)]  # the lede's claim, its speakers unnamed in [2]
    assert all(row["alt"] == ["unattributed"] for row in claim)
    assert by_key[(lungs, 4)]["alt"] == ["named_person"]  # "some experts", Denning and Peters named next
    atlantic = by_key[(lungs, 9)]  # Peters' slide relayed by The Atlantic
    assert (atlantic["reading"], atlantic["rule"], atlantic["alt"]) == ("named_person", "1", ["cited_outlet"])
    obama = [row for row in first if row["id"] == maps and row["reading"] == "named_person"]
    assert len(obama) == 13 and all(row["alt"] == ["named_official"] for row in obama)  # a former president
    assert [by_key[(maps, number)]["rule"] for number in (5, 6, 7, 8, 9, 10)] == ["9"] * 6  # the embedded tweet
    catechism = [by_key[(pope, number)] for number in (1, 2, 5, 6, 7)]  # the Church's named publication
    assert all(row["reading"] == "named_organization" and row["alt"] == ["document"] for row in catechism)
    assert (by_key[(pope, 13)]["reading"], by_key[(pope, 13)]["alt"]) == ("unattributed", ["named_official"])
    assert by_key[(pope, 3)]["alt"] == ["unattributed"]  # "has spoken out against executions"
    relayed = by_key[(taj, 10)]  # "the president jokingly asked reporters, CNN reported"
    assert (relayed["reading"], relayed["rule"], relayed["alt"]) == ("named_official", "1", ["cited_outlet"])
    assert (by_key[(taj, 9)]["reading"], by_key[(taj, 9)]["alt"]) == ("named_official", ["named_person"])
    assert (by_key[(warren, 4)]["reading"], by_key[(warren, 4)]["alt"]) == ("document", ["named_official"])
    assert by_key[(warren, 9)]["alt"] == ["document"]  # Warren quoting the report
    assert by_key[(warren, 12)]["alt"] == ["unattributed"] and by_key[(warren, 16)]["alt"] == [
        "named_organization", "unnamed_source"]
    guidarini = [by_key[(millennials, number)] for number in (4, 5, 29)]  # an institute's researcher
    assert all(row["reading"] == "named_person" and row["alt"][0] == "named_official" for row in guidarini)
    assert by_key[(millennials, 4)]["alt"] == ["named_official", "unnamed_source"]  # "are expected to vote"
    assert (by_key[(millennials, 6)]["rule"], by_key[(millennials, 6)]["alt"]) == ("4", ["unattributed"])
    requirements = [by_key[(wall, number)] for number in (2, 3, 4, 5, 7, 14, 15)]  # CBP's outlines, MIT, the budget
    assert all(row["reading"] == "named_organization" and row["alt"][0] == "document" for row in requirements)
    assert [by_key[(wall, number)]["rule"] for number in (9, 10, 11)] == ["5,6", "3", "3"]  # "a CBP official told NPR"
    assert by_key[(wall, 13)]["alt"] == ["unnamed_source"]
    acts = [by_key[key] for key in ((debt, 5), (debt, 9), (vigil, 0), (vigil, 19), (maps, 0), (maps, 19),
                                    (taj, 0), (warren, 13), (wall, 0), (wall, 12))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)
    assert [row for row in first if row["reading"] == "unattributed" and "7" in row["rule"].split(",")
            and not row["alt"]] == []  # every plain act has its actor in alt
    speech = [by_key[key] for key in ((debt, 13), (debt, 16), (pope, 3))]  # act and words, the act in alt
    assert all(row["reading"] == "named_official" and row["rule"] == "7" and "unattributed" in row["alt"]
               for row in speech)


def test_eighty_third_set_second_reader_read_articles_11_to_19_whole() -> None:
    """Articles 11-19 (read83b): 163 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout83", EIGHTY_THIRD_SET[10:], 163,
        {"ABC News", "The Daily Caller", "Washington Times", "Fox Online News", "CBN", "The Hill", "Newsmax",
         "CNN (Web News)", "Reuters"},
        {"named_official": 79, "unattributed": 46, "named_person": 19, "named_organization": 8,
         "unnamed_source": 5, "document": 3, "cited_outlet": 2, "boilerplate": 1},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    christie, primary, pence, cheney, pastor, warrants, troops, romney, ftc = EIGHTY_THIRD_SET[10:]
    assert [len([row for row in second if row["id"] == article]) for article in EIGHTY_THIRD_SET[10:]] == [
        17, 17, 16, 17, 22, 12, 17, 28, 17]
    assert readings_by_article(second, EIGHTY_THIRD_SET[10:]) == [  # every reading, article by article
        "OOOuACOOOOuOOuuOO", "uAOOOOuuOOOuOOOOu", "OOuOOOOuAOOOOOOO", "PPPPPPPPPPPPPPPPP",
        "uuuuuCuGGOGGGuOOOOOOuO", "uDuOOuuuuuOO", "uuOuOOOOOuDuuPPOO", "uOOOuuOuOOOOOOOOOOOOOOOOuOOb",
        "GuAuOuGuGAODuuuuu"]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(christie, 4): False, (primary, 1): False, (pence, 8): False, (ftc, 2): False,
                       (ftc, 9): False}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [(christie, 5), (pastor, 5)]
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [
        (warrants, 1), (troops, 10), (ftc, 11)]  # the bill and the resolution quoted, the securities filings
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [(romney, 27)]
    assert all(row["reading"] == "named_person" and "named_official" in row["alt"]
               for row in second if row["id"] == cheney)  # a former vice president in no office
    assert all(row["reading"] == "named_official" and row["alt"] == ["named_person"]
               for row in second if row["id"] == romney and row["statement"] in (6, 8, 9, 10, 11, 12, 13))
    ramos = [by_key[(pastor, number)] for number in (14, 15, 16, 17, 18, 19, 21)]  # PJI's attorney
    assert all(row["reading"] == "named_official" and row["alt"] == ["named_person"] for row in ramos)
    own = [by_key[(christie, 3)], by_key[(pastor, 6)]]  # "ABC News has learned", "As reported previously by CBN News"
    assert all(row["reading"] == "unattributed" and row["rule"] == "10" and "cited_outlet" in row["alt"] for row in own)
    relayed = [by_key[key] for key in ((primary, 4), (primary, 9))]  # via the Journal and the Times
    assert all(row["reading"] == "named_official" and "1" in row["rule"].split(",") and "cited_outlet" in row["alt"]
               for row in relayed)
    told = [by_key[key] for key in ((primary, 8), (primary, 12))]  # "told CNBC", "told TheNYT"
    assert all(row["reading"] == "named_official" and row["rule"] == "5" and row["alt"] == ["cited_outlet"]
               for row in told)
    plain = {(christie, 10): "named_official", (primary, 0): "named_organization", (primary, 7): "named_official",
             (primary, 16): "named_organization", (pence, 7): "named_organization", (pastor, 0): "unnamed_source",
             (pastor, 1): "named_official", (pastor, 2): "named_official", (pastor, 3): "unnamed_source",
             (pastor, 13): "named_official", (warrants, 0): "named_official", (warrants, 8): "named_official",
             (warrants, 9): "named_official", (romney, 0): "named_official", (romney, 5): "named_official",
             (romney, 24): "named_official", (ftc, 3): "named_official", (ftc, 5): "named_organization"}
    assert all(by_key[key]["reading"] == "unattributed" and by_key[key]["rule"] == "7" and by_key[key]["alt"][0] == actor
               for key, actor in plain.items())  # plain acts and refusals, the actor in alt (rule 7)
    assert [row for row in second if row["reading"] == "unattributed" and "7" in row["rule"].split(",")
            and not row["alt"]] == []  # every plain act has its actor in alt
    speech = {(primary, 3): ["unattributed", "named_person"], (pence, 10): ["unattributed"],
              (troops, 2): ["document", "unattributed"], (troops, 5): ["unattributed"],
              (romney, 2): ["unattributed"], (cheney, 12): ["unattributed", "named_official"]}
    assert {key: by_key[key]["alt"] for key in speech if "7" in by_key[key]["rule"].split(",")} == speech
    provisions = [by_key[key] for key in ((warrants, 2), (warrants, 7), (troops, 0), (troops, 3), (troops, 9),
                                          (ftc, 7))]  # terms told by the writer, the record in alt
    assert all(row["reading"] == "unattributed" and row["alt"][0] == "document" for row in provisions)
    assert [by_key[key]["alt"] for key in ((warrants, 1), (troops, 10))] == [["unattributed"]] * 2  # quoted terms
    hedges = {(christie, 4): ("5,6", []),  # "Sources tell ABC News"
              (primary, 1): ("6", ["named_official", "named_organization"]),  # "Officials on the board", Kellner
              (pence, 8): ("6,7", ["named_official", "unattributed"]),  # "Top Democrats", Feinstein next
              (ftc, 2): ("4", ["unattributed"]),  # "They are accused of"
              (ftc, 9): ("6,7", ["unattributed", "named_organization"])}  # "Republicans irked by what they say"
    assert {key: (by_key[key]["rule"], by_key[key]["alt"]) for key in hedges} == hedges
    assert by_key[(warrants, 8)]["alt"] == ["named_official", "unnamed_source"]  # "which he is expected to unveil"
    assert (by_key[(pastor, 11)]["reading"], by_key[(pastor, 11)]["alt"]) == ("named_organization", ["unnamed_source"])
    assert (by_key[(pastor, 9)]["reading"], by_key[(pastor, 9)]["alt"]) == ("named_official", ["document"])
    assert (by_key[(pastor, 20)]["reading"], by_key[(pastor, 20)]["alt"]) == ("unattributed", ["named_official"])
    assert (by_key[(romney, 7)]["reading"], by_key[(romney, 7)]["alt"]) == ("unattributed", ["named_official"])
    assert (by_key[(troops, 7)]["reading"], by_key[(troops, 7)]["alt"]) == ("named_official", ["document"])
    assert [(by_key[(troops, n)]["reading"], by_key[(troops, n)]["alt"]) for n in (13, 14)] == [
        ("named_person", ["named_official"])] * 2  # the scholars, two named former officials
    assert (by_key[(ftc, 6)]["reading"], by_key[(ftc, 6)]["alt"]) == ("named_organization", ["unattributed"])
    assert [by_key[(pence, n)]["rule"] for n in (3, 4, 5, 11, 12, 13, 14, 15)] == [
        "table", "3", "table", "table", "3", "3", "2,5", "3"]  # the quotations credited after them


def test_eighty_third_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 5 of the 365 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. The Guardian's Congress and House approving the deal with the
    chamber in alt, as earlier readings' chamber votes; USA TODAY's sponsors with the institutions in alt; the New
    York Post's cheering crowd with the unnamed in alt; Newsmax's "some Democrats such as ... Kaine ... said" with
    the unnamed groups in alt, as the set's "Officials on the board" and "Top Democrats"; the closest calls left
    as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout83", EIGHTY_THIRD_SET, 365,  # 1-10 landed first, so the file keeps the draw's order
        {"named_official": 123, "unattributed": 114, "named_person": 65, "named_organization": 26,
         "unnamed_source": 19, "document": 4, "cited_outlet": 2, "boilerplate": 12}, 0, keyed=True)
    _, debt, vigil, lungs, _, pope, taj, warren, _, wall = EIGHTY_THIRD_SET[:10]
    _, primary, pence, _, _, _, troops, romney, ftc = EIGHTY_THIRD_SET[10:]
    added = {(debt, 0): ("unattributed", ["named_organization"]),  # "Congress on Friday approved"
             (debt, 1): ("unattributed", ["named_organization"]),  # "the House of Representatives approved"
             (vigil, 22): ("unattributed", ["named_organization"]),  # "The event was sponsored by"
             (taj, 12): ("unattributed", ["unnamed_source"]),  # "greeted and cheered by a raucous crowd"
             (troops, 4): ("named_official", ["unnamed_source"])}  # "some Democrats such as Senator Tim Kaine"
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 197 + 5  # the readers' 197 alts and the review's 5
    assert all(row["reason_reading"] is False for row in by_key.values() if row["reading"] == "unnamed_source")
    groups = [by_key[key] for key in ((troops, 4), (primary, 1), (pence, 8))]  # a group, one member named
    assert all("unnamed_source" in (row["reading"], *row["alt"]) and "named_official" in (row["reading"], *row["alt"])
               for row in groups)
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((debt, 3), (taj, 2), (vigil, 17), (romney, 13), (wall, 13), (warren, 14), (ftc, 12), (pope, 9),
              (lungs, 0))]
    assert close == [("unattributed", []),  # "The deal, which was approved by the Senate", a relative clause
                     ("unattributed", []),  # "as crowds waved tiny Indian and American flags", the cutouts
                     ("unattributed", []),  # "a group of women wore sashes", the scene
                     ("named_official", ["named_person"]),  # "Romney has said repeatedly"
                     ("named_official", ["unnamed_source"]),  # "Trump has said the wall would cost"
                     ("named_official", []),  # "Barr said in a letter to Congress"
                     ("unattributed", []),  # "Many were companies working on artificial intelligence"
                     ("unattributed", []),  # the BBC correspondent's analysis, no cue of the outlet
                     ("unnamed_source", ["unattributed"])]  # "The Earth's lungs are on fire."


def test_eighty_third_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 2271493 (its analyzer 2271493's; made once, 00:50:06-00:50:15 UTC on 8 December, right
    after the eighty-second set's, at the key confidence 0.97, on time for the rule's "about 00:50"; made again
    into another folder at 00:50:23, byte-identical): 58/59 with alt, 56 strict, 3/3; one type disagrees (NPR's
    series tag "This story is part of the New Boom series on millennials in America.", keyed unattributed, read
    boilerplate); two agree only through alt (Breitbart's Obama tweet keyed named_official, CBN's Ramos keyed
    named_person); no wrong source, judged with each key open; the Fox Online News (Cheney) key empty."""
    keyed = assert_held_out_figure("heldout83", statements=365, articles=19, keyed=59, agree=58, strict=56,
                                   reasons=3, reasons_agree=3, wrong_sources=0, per_article_min_max=(0, 8))
    _, _, vigil, lungs, maps, pope, _, _, millennials, wall = EIGHTY_THIRD_SET[:10]
    _, _, _, cheney, pastor, _, _, romney, _ = EIGHTY_THIRD_SET[10:]
    assert reason_misses(keyed) == {}
    asked = {(row["id"], row["statement"]): (row["reason_keyed"], row["reason_reading"]) for row in keyed
             if row["reason_keyed"] is not None}
    assert asked == {(lungs, 4): (False, False),  # "some experts are now offering another view, saying"
                     (millennials, 17): (False, False),  # "Some say"
                     (wall, 9): (False, False)}  # "a CBP official told NPR"
    assert type_disagreements(keyed) == {
        (millennials, 0): ("unattributed", "boilerplate")}  # "This story is part of the New Boom series ..."
    assert [row for row in keyed if row["source_ok"] is not True] == []  # every keyed source right, or none named
    assert all("source_keyed" not in row for row in keyed)
    assert agreeing_through_alt(keyed) == 2
    through_alt = {(row["id"], row["statement"]): (row["keyed"], row["reading"], row["alt"]) for row in keyed
                   if row["keyed"] != row["reading"] and row["agree"]}
    assert through_alt == {
        (maps, 6): ("named_official", "named_person", ["named_official"]),  # the former president's embedded tweet
        (pastor, 14): ("named_person", "named_official", ["named_person"])}  # Ramos, PJI's attorney, "told CBN News"
    statements = [tuple(row["statement"] for row in keyed if row["id"] == article) for article in EIGHTY_THIRD_SET]
    assert statements == [  # the keyed statements of each article, in the draw's order
        (5,), (3, 10), (2, 8, 9), (4,), (6,), (0, 15, 16, 19, 20, 21), (1, 4), (0, 1, 6, 9, 14),
        (0, 7, 13, 17, 18), (8, 9, 16, 18), (5,), (2, 13, 14, 15), (6, 9), (), (0, 4, 14), (6, 7, 8, 9, 10),
        (8, 11, 12), (1, 3, 13, 20, 21, 22, 23, 25), (8, 13, 15)]
    per_article = keyed_per_article(keyed, EIGHTY_THIRD_SET)
    assert per_article[9] == 3  # the median of nineteen; CNN's Romney key holds 8
    assert sum(count < 5 for count in per_article) == 14
    assert sum(row["id"] == romney for row in keyed) == 8
    assert [row["statement"] for row in keyed if row["id"] == pope] == [0, 15, 16, 19, 20, 21]
    assert [row["keyed"] for row in keyed if row["id"] == vigil] == ["unattributed", "named_official", "named_official"]
    assert keyed_types(keyed) == {"named_official": 26, "unattributed": 24, "named_organization": 3,
                                  "named_person": 2, "cited_outlet": 1, "unnamed_source": 3, "document": 0}
    assert {row["id"] for row in keyed} == set(EIGHTY_THIRD_SET) - {cheney}  # one key empty: Cheney, first named at 0.75
