"""docs/exercise_agreement_heldout74.jsonl: the seventy-fourth reading set (seed 1274), read blind.

Its section of docs/exercise_agreement.md: "The seventy-fourth reading set (stop 52; the rule, written
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

SEVENTY_FOURTH_SET = [  # the draw of docs/exercise_agreement.md ("the seventy-fourth reading set"), in its order
    "Yeo2Xlj5bHxXvanC", "eEqbpwuGK9rwkKXn", "pb6mSlt8Naa3hH2D", "6bHXldQIVLrvXBz4",
    "c7gdLXIUlSuDX0Dj", "xdAZgEyDd3RHTGnV", "LJc7jpzSvcqjuqiX", "W6vep3ROGqYxVuxl",
    "cD5HYzFQFQ0N8VL9", "cz00ErVHWh7FUBwm", "oDWS49Gl0sUGmXc5", "1Lx6voiNwFoGWYYS",
    "vmuJ2mPD7d4WhAEB", "QPBU3FNl1PlGIAvQ", "xrqZBl8MMZKM06of", "nDieEo48LlsbfXWg",
    "JtwCrWfvY1OJKL8u", "HJyJ1GkvXaH70NL5", "Y7qqP8yOqtFj7zOM", "YTng2VyutUwXKqCS",
]


def test_seventy_fourth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read74a): 185 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout74", SEVENTY_FOURTH_SET[:10], 185,
        {"Newsmax", "BBC News", "Breitbart News", "Politico", "Washington Times", "The Hill",
         "New York Times - News", "USA TODAY", "Fox News", "The Guardian"},
        {"unattributed": 62, "named_official": 52, "named_person": 39, "unnamed_source": 15,
         "named_organization": 12, "cited_outlet": 3, "document": 0, "boilerplate": 2},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    gates, un, iowa, romney, chairmen, assange, rubio, gas, convention, jobs = SEVENTY_FOURTH_SET[:10]
    assert [len([row for row in first if row["id"] == article]) for article in SEVENTY_FOURTH_SET[:10]] == [
        13, 17, 20, 15, 19, 13, 14, 25, 27, 22]
    assert readings_by_article(first, SEVENTY_FOURTH_SET[:10]) == [  # every reading, article by article
        "PPPPPPPPPPPPP", "AuAOOAGuuOuOAAuOO", "uuuOOuPuPuuCCuuuuuuu", "OOOOOOOOOOOCOOO",
        "OOGOOOOOOOuuPPPPPAu", "OOOOOOOOOOOOO", "OOOuuuOOOOOAPP", "uAuuGuPPAuGuGuGGPPGGuPPbb",
        "uuuuuuuAuuPPPPPPuAAAuuuuuAA", "uGGuuPPPuuGPuuuPuuuuuu"]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {**{(un, number): False for number in (0, 2, 5, 12, 13)}, (chairmen, 17): False,
                       (rubio, 11): False, (gas, 1): False, (gas, 8): False,
                       **{(convention, number): False for number in (7, 17, 18, 19, 25, 26)}}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [(gas, 23), (gas, 24)]
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [
        (iowa, 11), (iowa, 12), (romney, 11)]  # "The Post reports" and its report going on, "The Washington Post reported"
    assert (by_key[(iowa, 12)]["rule"], by_key[(iowa, 12)]["alt"]) == ("3", ["unattributed"])
    former = [row for row in first if row["id"] == gates] + [by_key[(chairmen, number)] for number in range(12, 17)]
    assert all(row["reading"] == "named_person" and row["alt"][0] == "named_official" for row in former)  # Gates, Comey
    candidate = [row for row in first if row["id"] == romney and row["reading"] == "named_official"]
    assert len(candidate) == 14 and all(row["alt"][0] == "named_person" for row in candidate)  # the presumptive nominee
    founder = [row for row in first if row["id"] == assange]
    assert all(row["alt"] == ["named_person"] for row in founder)  # WikiLeaks' head, as earlier readings read him
    analysts = [by_key[key] for key in ((gas, 6), (gas, 7), (gas, 16), (gas, 17), (gas, 21), (gas, 22), (jobs, 5),
                                        (jobs, 6), (jobs, 7), (jobs, 11), (jobs, 15), (rubio, 12), (rubio, 13))]
    assert all(row["reading"] == "named_person" and row["alt"] == ["named_official"] for row in analysts)
    chairs = [by_key[(iowa, number)] for number in (3, 4)]  # county party chairs, via the Post
    assert all(row["reading"] == "named_official" and row["rule"] == "1" and row["alt"] == ["named_person"]
               for row in chairs)
    relayed = by_key[(un, 13)]  # "the official was quoted by Reuters news agency as saying"
    assert (relayed["rule"], relayed["alt"]) == ("1,2", ["cited_outlet"])
    assert (by_key[(un, 0)]["rule"], by_key[(un, 0)]["alt"]) == ("4", ["unattributed"])  # "is expected to"
    assert (by_key[(chairmen, 17)]["rule"], by_key[(chairmen, 17)]["alt"]) == ("4", ["unattributed"])  # "reportedly"
    assert by_key[(rubio, 11)]["alt"] == ["named_person"]  # "Critics ... say", Huang and Linden two of them
    letters_read = [by_key[(chairmen, number)] for number in (1, 4, 9)]  # the chairmen's letter
    assert all(row["reading"] == "named_official" and row["alt"] == ["document"] for row in letters_read)
    inquiry = by_key[(chairmen, 2)]  # "the joint congressional inquiry ..., concluding"
    assert (inquiry["reading"], inquiry["rule"], inquiry["alt"]) == (
        "named_organization", "7", ["named_official", "unattributed"])
    assert (by_key[(chairmen, 0)]["rule"], by_key[(chairmen, 0)]["alt"]) == ("6,7", ["unattributed"])
    leads = [by_key[key] for key in ((gates, 5), (romney, 7), (romney, 9), (chairmen, 5), (chairmen, 13), (rubio, 0))]
    assert all(row["rule"] == "7" and "unattributed" in row["alt"] for row in leads)  # speech acts leading in
    labor = [by_key[(jobs, number)] for number in (0, 8, 13, 16, 17, 18, 19, 20)]  # the report's figures, no cue
    assert all(row["reading"] == "unattributed" and row["alt"] == ["named_organization"] for row in labor)
    assert (by_key[(jobs, 2)]["reading"], by_key[(jobs, 2)]["rule"], by_key[(jobs, 2)]["alt"]) == (
        "named_organization", "3", ["unattributed"])  # the department's figures go on
    assert by_key[(gas, 10)]["alt"] == ["unnamed_source"]  # "analysts at Goldman Sachs", the bank's note
    crowd = [by_key[(convention, number)] for number in (25, 26)]  # "They screamed", the woman "saying"
    assert all(row["alt"] == ["unattributed"] for row in crowd)
    assert (by_key[(convention, 4)]["rule"], by_key[(convention, 4)]["alt"]) == ("10", ["cited_outlet"])
    acts = [by_key[key] for key in ((un, 10), (un, 14), (rubio, 5), (chairmen, 10), (chairmen, 11), (iowa, 5),
                                    (convention, 3), (convention, 21), (convention, 22))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)
    assert [row for row in first if row["reading"] == "unattributed" and "7" in row["rule"].split(",")
            and not row["alt"]] == []  # every plain act has its actor in alt


def test_seventy_fourth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read74b): 187 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout74", SEVENTY_FOURTH_SET[10:], 187,
        {"New York Post", "ABC News", "Christian Science Monitor", "CNN (Web News)", "The Daily Caller",
         "NPR Online News", "CBN", "Reuters", "CBS News", "Fox Online News"},
        {"named_official": 71, "unattributed": 47, "named_person": 25, "named_organization": 14,
         "unnamed_source": 12, "boilerplate": 10, "document": 4, "cited_outlet": 4},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    heroes, purdue, fox, column, fauci, chicago, congress, doral, tanker, levin = SEVENTY_FOURTH_SET[10:]
    assert [len([row for row in second if row["id"] == article]) for article in SEVENTY_FOURTH_SET[10:]] == [
        24, 18, 18, 15, 17, 25, 21, 16, 16, 17]
    assert readings_by_article(second, SEVENTY_FOURTH_SET[10:]) == [  # every reading, article by article
        "uuOOOOuuuuuuuuOOOOOOOOuO", "AGOuOOuOOAOGuPPPPP", "buPPuAGGPPuAAPPPub", "bbbbuuuuAAuuuAA",
        "OOOOOOOOOOOOOOOuu", "buAuOOuuDDDDGGOAuGuGAOOOO", "uuOOOOuuObuOuOOOOuOOO", "OuOOOOOOuuOOOOOO",
        "CGGGCCuuGGbbuGuO", "PPPPPPPPPPPPPCOOO"]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(purdue, 0): False, (purdue, 9): False, (fox, 5): False, (fox, 11): False, (fox, 12): False,
                       (column, 8): False, (column, 9): False, (column, 13): False, (column, 14): False,
                       (chicago, 2): False, (chicago, 15): False, (chicago, 20): False}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [
        (fox, 0), (fox, 17), (column, 0), (column, 1), (column, 2), (column, 3), (chicago, 0), (congress, 9),
        (tanker, 10), (tanker, 11)]
    assert (by_key[(column, 0)]["alt"], by_key[(tanker, 11)]["alt"]) == (["named_person"], ["unattributed"])
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [
        (tanker, 0), (tanker, 4), (tanker, 5), (levin, 13)]
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [
        (chicago, 8), (chicago, 9), (chicago, 10), (chicago, 11)]  # what the clips show
    relayed = [by_key[(tanker, number)] for number in (1, 2, 3)]  # the tanker company via AFP, IRNA, Reuters
    assert all(row["reading"] == "named_organization" and row["alt"] == ["cited_outlet"]
               and "1" in row["rule"].split(",") for row in relayed)
    writers = [by_key[(fox, number)] for number in (8, 9, 13, 14, 15)]  # Sherman in Vanity Fair, Chait
    assert all(row["reading"] == "named_person" and row["alt"] == ["cited_outlet"] for row in writers)
    police = [by_key[key] for key in ((purdue, 1), (purdue, 11), (chicago, 17), (chicago, 19))]  # "Police said"
    assert all(row["reading"] == "named_organization" and row["alt"] == ["unnamed_source"] for row in police)
    authorities = [by_key[key] for key in ((purdue, 0), (chicago, 15))]  # "authorities said", officials named
    assert all(row["rule"] == "6" and row["alt"] == ["named_official", "named_organization"] for row in authorities)
    plain = {(heroes, 0): "named_official", (heroes, 1): "named_official", (heroes, 9): "named_official",
             (heroes, 22): "unnamed_source", (purdue, 3): "named_official", (fox, 1): "named_person",
             (fox, 4): "named_person", (fauci, 16): "named_organization", (chicago, 1): "named_organization",
             (chicago, 7): "cited_outlet", (congress, 7): "named_organization", (congress, 12): "named_organization",
             (tanker, 6): "unnamed_source"}
    assert all(by_key[key]["reading"] == "unattributed" and "7" in by_key[key]["rule"].split(",")
               and by_key[key]["alt"][0] == actor for key, actor in plain.items())  # plain acts, the actor in alt
    carried = [by_key[key] for key in ((purdue, 6), (purdue, 12), (chicago, 3), (chicago, 16), (chicago, 18))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "3" and row["alt"] for row in carried)
    hedges = {(heroes, 6): ("unattributed", ["unnamed_source"]),  # "credited with preventing more deaths"
              (fox, 5): ("unnamed_source", ["document", "unattributed"]),  # "polling shows"
              (fox, 12): ("unnamed_source", ["unattributed"]),  # "reportedly resulted in"
              (column, 8): ("unnamed_source", ["unattributed"]),  # "Welch was reportedly inspired"
              (column, 11): ("unattributed", ["unnamed_source"]),  # "before allegedly brandishing"
              (column, 4): ("unattributed", ["unnamed_source"])}  # "has left many wondering"
    assert {key: (by_key[key]["reading"], by_key[key]["alt"]) for key in hedges} == hedges
    speech = {(heroes, 23): ["unattributed"], (fauci, 0): ["unattributed"], (doral, 12): ["unattributed"],
              (congress, 15): ["unattributed"], (levin, 16): ["unattributed"], (congress, 8): ["document"]}
    assert {key: by_key[key]["alt"] for key in speech if by_key[key]["reading"] == "named_official"} == speech
    sanford = [by_key[(congress, number)] for number in (18, 19, 20)]  # a candidate, a former governor
    assert all(row["reading"] == "named_official" and row["alt"][0] == "named_person" for row in sanford)
    assert (by_key[(levin, 13)]["alt"], by_key[(levin, 11)]["alt"]) == (["named_official", "unattributed"],
                                                                          ["unnamed_source"])
    assert all(row["reading"] == "named_person" for row in second if row["id"] == levin and row["statement"] < 13)
    assert (by_key[(chicago, 10)]["alt"], by_key[(column, 9)]["alt"]) == (["unattributed", "unnamed_source"],
                                                                          ["unattributed", "cited_outlet"])


def test_seventy_fourth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 4 of the 372 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. CBS News' governments blaming and denying told as background,
    the writer in alt as the set's hinting and "has at times said"; the Guardian's "hiring has slowed" one way
    with the cue-less jobs figures; NPR's "Authorities say" one way with its news-conference authorities (rule
    6); Fox News' staff directing people one way with the staff telling them; the closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout74", SEVENTY_FOURTH_SET[10:] + SEVENTY_FOURTH_SET[:10], 372,  # 11-20 landed first
        {"named_official": 123, "unattributed": 109, "named_person": 64, "unnamed_source": 27,
         "named_organization": 26, "cited_outlet": 7, "document": 4, "boilerplate": 12}, 0, keyed=True)
    _, un, iowa, _, _, _, _, gas, convention, jobs = SEVENTY_FOURTH_SET[:10]
    heroes, purdue, _, column, fauci, chicago, congress, doral, tanker, levin = SEVENTY_FOURTH_SET[10:]
    added = {(tanker, 13): ("named_organization", ["unattributed"]),  # "have blamed ..., but Tehran has denied"
             (jobs, 12): ("unattributed", ["named_organization"]),  # "Still, hiring has slowed this year."
             (chicago, 2): ("unnamed_source", ["named_organization", "named_official"]),  # "Authorities say"
             (convention, 6): ("unattributed", ["unnamed_source"])}  # "people were directed to one section"
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 193 + 4  # the readers' 193 alts and the review's 4
    assert all(row["reason_reading"] is False for row in by_key.values() if row["reading"] == "unnamed_source")
    background = [by_key[key] for key in ((tanker, 13), (un, 3), (heroes, 23))]  # blamed, hinted, "has at times said"
    assert all(row["reading"] in ("named_organization", "named_official") and "unattributed" in row["alt"]
               for row in background)
    figures = [by_key[(jobs, number)] for number in (0, 8, 12, 13, 16, 17, 18, 19, 20)]  # cue-less jobs figures
    assert all(row["reading"] == "unattributed" and row["alt"] == ["named_organization"] for row in figures)
    authorities = [by_key[key] for key in ((chicago, 2), (chicago, 15), (purdue, 0))]  # the officials named
    assert all(row["reading"] == "unnamed_source" and "named_official" in row["alt"] for row in authorities)
    told = [by_key[(convention, number)] for number in (2, 5, 6)]  # "were told", "were directed"
    assert all(row["reading"] == "unattributed" and row["alt"] == ["unnamed_source"] for row in told)
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((convention, 0), (convention, 8), (convention, 23), (chicago, 1), (column, 11), (levin, 0),
              (congress, 2), (fauci, 0), (doral, 12), (heroes, 22), (congress, 12), (doral, 8), (un, 7),
              (heroes, 11), (gas, 12), (iowa, 7))]
    assert close == [("unattributed", []),  # "levels many people apparently were not expecting"
                     ("unattributed", []),  # "only those with certain passes were allowed in"
                     ("unattributed", []),  # "weren't allowed past the magnetometers"
                     ("unattributed", ["named_organization"]),  # "charged ... for allegedly carrying out"
                     ("unattributed", ["unnamed_source"]),  # "before allegedly brandishing"
                     ("named_person", []),  # "Mark Levin blasted what he called a 'rogue CIA agent's'"
                     ("named_official", []),  # Collins "calling ... 'pitiful'"
                     ("named_official", ["unattributed"]),  # "Rand Paul criticized Dr. Anthony Fauci"
                     ("named_official", ["unattributed"]),  # "Trump praised the setup in Biarritz"
                     ("unattributed", ["unnamed_source"]),  # "Democrats and mayors ... pressured the Senate"
                     ("unattributed", ["named_organization"]),  # "Democrats are returning to Washington"
                     ("unattributed", []),  # "Trump has attended three G7 summits"
                     ("unattributed", []),  # North Korea's tests, background
                     ("unattributed", []),  # "Grant threw bottles and other merchandise at the gunman"
                     ("named_organization", []),  # "BofA-Merrill points out"
                     ("unattributed", [])]  # "He helped run Hillary's 2008 bid in Iowa."


def test_seventy_fourth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 6ba1270 (made once, 18:49:57-18:50:05 UTC on 7 December, just before the seventy-fifth
    set's, at the key confidence 0.97, on time for the rule's "about 18:50"; made again into another folder at
    18:50:11, byte-identical): 57/57 with alt, 53 strict, 1/1; no type disagrees; four agree only through alt (the
    Times' Huang keyed named_official; the Washington Times' letter keyed document and Comey twice keyed
    named_official); two keys name a wrong source under an agreeing type, judged with each key open (Fox Online
    News' Trump quoting him, keyed "Senator Chris Murphy literally"; BBC News' "He said", Trump, keyed the White
    House official); the Newsmax, Hill and New York Post keys empty."""
    keyed = assert_held_out_figure("heldout74", statements=372, articles=20, keyed=57, agree=57, strict=53,
                                   reasons=1, reasons_agree=1, wrong_sources=2, per_article_min_max=(0, 10))
    gates, un, iowa, romney, chairmen, assange, rubio, gas, convention, jobs = SEVENTY_FOURTH_SET[:10]
    heroes, purdue, fox, column, fauci, chicago, congress, doral, tanker, levin = SEVENTY_FOURTH_SET[10:]
    assert reason_misses(keyed) == {}
    asked = {(row["id"], row["statement"]): (row["reason_keyed"], row["reason_reading"]) for row in keyed
             if row["reason_keyed"] is not None}
    assert asked == {(gas, 8): (False, False)}  # "International developments matter, analysts say"
    assert type_disagreements(keyed) == {}
    wrong = {(row["id"], row["statement"]): (row["keyed"], row["reading"], row["source_keyed"]) for row in keyed
             if row["source_ok"] is not True}
    assert wrong == {(levin, 15): ("named_official", "named_official", "Senator Chris Murphy literally"),  # Trump's
                     (un, 16): ("named_official", "named_official",  # "He said the US was", Trump
                                "A White House official briefing reporters on Mr Trump's speech")}
    assert all(row["source_ok"] is True for row in keyed if (row["id"], row["statement"]) not in wrong)
    assert agreeing_through_alt(keyed) == 4
    through_alt = {(row["id"], row["statement"]): (row["keyed"], row["reading"], row["alt"]) for row in keyed
                   if row["keyed"] != row["reading"]}
    assert through_alt == {
        (rubio, 12): ("named_official", "named_person", ["named_official"]),  # Chye-Ching Huang of the CBPP
        (chairmen, 9): ("document", "named_official", ["document"]),  # "the letter read"
        (chairmen, 13): ("named_official", "named_person", ["named_official", "unattributed"]),  # Comey's criticism
        (chairmen, 16): ("named_official", "named_person", ["named_official"])}  # "Mr. Comey said."
    statements = [tuple(row["statement"] for row in keyed if row["id"] == article) for article in SEVENTY_FOURTH_SET]
    assert statements == [  # the keyed statements of each article, in the draw's order
        (), (1, 3, 11, 16), (3, 4, 14, 15), (0, 9, 10), (9, 13, 16), (), (4, 6, 7, 8, 9, 10, 12),
        (4, 6, 8, 14, 15, 20), (22,), (3, 19), (), (4, 7, 15, 17), (6, 8), (4, 7), (0, 1, 2, 4, 7, 8, 9, 10, 12, 13),
        (4, 21, 22), (2, 3, 11), (9,), (12,), (15,)]
    per_article = keyed_per_article(keyed, SEVENTY_FOURTH_SET)
    assert (per_article[9], per_article[10]) == (2, 3)  # median 2.5; the Daily Caller's Paul and Fauci key holds 10
    assert sum(count < 5 for count in per_article) == 17
    assert sum(row["id"] == fauci for row in keyed) == 10
    assert keyed_types(keyed) == {"named_official": 35, "unattributed": 12, "named_person": 4,
                                  "named_organization": 4, "document": 1, "unnamed_source": 1, "cited_outlet": 0}
    assert {row["id"] for row in keyed} == set(SEVENTY_FOURTH_SET) - {gates, assange, heroes}  # three keys empty
