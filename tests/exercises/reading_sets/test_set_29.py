"""docs/exercise_agreement_heldout29.jsonl: the twenty-ninth reading set (seed 1229), read blind.

Its section of docs/exercise_agreement.md: "The twenty-ninth reading set (stop 36; the rule, written
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

TWENTY_NINTH_SET = [  # the draw of docs/exercise_agreement.md ("the twenty-ninth reading set"), in its order
    "MMYM1Sz3jGDnuSgS", "CZRP7CnXd6AsW5Bi", "AdxNygKHiZfyhQQb", "bD98B94X15mlyr9z",
    "bf4s7GBwZZRAawj2", "av8Kg0yr1f66n0np", "3PVGwRri84PNmu73", "a5QB8drtqJDUT4mZ",
    "BUrvoiicT40RAx52", "Ze2s38K5lxNaxIhK", "MZfnYS2SetVm6b4v", "GzDJw2EsadZYd6PR",
    "yiNoWWVJvJWaHNkr", "0YO1LW4qlsT3TvKl", "03EdIv9VezIrsWhp", "EdiYzgxRFG6uX40G",
    "xkEAK4uxZrXKFx1z", "6NAICTgm52sAvtm2", "hGelNk7X9fmGm2Df", "hkyT4Yk2DJNk3o4d",
]


def test_twenty_ninth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read29a): 193 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout29", TWENTY_NINTH_SET[:10], 193,
        {"New York Times - News", "Newsmax", "CBS News", "CBN", "Associated Press", "Breitbart News",
         "Washington Times", "Wall Street Journal - News", "Al Jazeera"},
        {"unattributed": 78, "named_person": 50, "named_official": 46, "unnamed_source": 9,
         "named_organization": 7, "cited_outlet": 0, "document": 0, "boilerplate": 3},
        1, {"MMYM1Sz3jGDnuSgS"})
    by_key = {(row["id"], row["statement"]): row for row in first}
    donors, arms, dean, insults, lynch, beach, polls, warren, poverty, iraq = TWENTY_NINTH_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(donors, 1): False, (donors, 2): False, (donors, 8): True,  # "speaking anonymously to reveal"
                       (arms, 3): False, (arms, 6): False, (arms, 7): False, (dean, 9): False, (dean, 25): False,
                       (iraq, 15): False}
    cut = [(key, row["text"]) for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert [key for key, _ in cut] == [(insults, 16), (poverty, 0), (poverty, 1)]  # a post's credit line, a caption
    assert cut[0][1] == "Posted by Donald J. Trump on Thursday, February 25, 2016"
    trump = {(by_key[key]["reading"], tuple(by_key[key]["alt"])) for key in ((insults, 8), (insults, 13), (lynch, 9))}
    assert trump == {("named_official", ("named_person",))}  # Trump in 2016, as the twenty-seventh review settled it
    former = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((insults, 5), (dean, 0), (lynch, 13))]
    assert former == [("named_person", ["named_official"])] * 3  # Romney, Dean, Axelrod: no office now
    handles = {(by_key[(insults, number)]["reading"], tuple(by_key[(insults, number)]["alt"])) for number in range(25, 32)}
    assert handles == {("named_person", ("named_official", "unnamed_source"))}  # followers' posts Trump reposted
    assert (by_key[(insults, 23)]["text"], by_key[(insults, 23)]["reading"]) == ("now!", "named_official")
    correspondent = [(by_key[(iraq, number)]["reading"], by_key[(iraq, number)]["rule"]) for number in (10, 11, 12)]
    assert correspondent == [("unattributed", "10")] * 3 and by_key[(iraq, 10)]["alt"] == ["cited_outlet"]
    ngo = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((arms, 12), (iraq, 13))]
    assert ngo == [("named_official", ["named_person"]), ("named_person", ["named_official"])]  # a head; a co-founder
    census = [by_key[(poverty, number)]["reading"] for number in (2, 3, 4, 5, 6, 7)]
    assert census == ["named_organization", "unattributed"] * 3  # the report and its two headline figures (rule 3)
    sample = [(by_key[(polls, number)]["reading"], by_key[(polls, number)]["rule"]) for number in (3, 4, 5)]
    assert sample == [("named_organization", "table"), ("unattributed", "8"), ("unattributed", "8")]
    acts = [(by_key[key]["reading"], by_key[key]["rule"]) for key in
            ((dean, 1), (lynch, 8), (lynch, 18), (beach, 1), (warren, 4), (donors, 6))]
    assert acts == [("unattributed", "7")] * 6  # spoke about, critical of, defended, denounced, chanted, did not fly


def test_twenty_ninth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read29b): 223 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout29", TWENTY_NINTH_SET[10:], 223,
        {"Christian Science Monitor", "Daily Beast", "Politico", "The Hill", "CNN (Web News)", "Bloomberg",
         "New York Post", "BBC News", "The Daily Caller", "USA TODAY"},
        {"named_official": 88, "unattributed": 72, "named_person": 32, "unnamed_source": 11, "document": 7,
         "cited_outlet": 5, "named_organization": 4, "boilerplate": 4},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    roberts, noah, irs, hill, musk, jobs, post, hyten, singh, boehner = TWENTY_NINTH_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(roberts, 12): False, (irs, 8): False, (irs, 9): False, (musk, 8): False, (musk, 16): False,
                       (hyten, 3): False, (hyten, 4): False, (hyten, 16): False, (boehner, 13): False,
                       (boehner, 16): False, (boehner, 19): False}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [
        (hill, 5), (hill, 6), (post, 6), (singh, 21)]  # the tweet's links, a "see also" link, the editor's note
    tweets = [by_key[key]["reading"] for key in ((hill, 3), (hill, 4), (jobs, 2), (singh, 13), (singh, 15))]
    assert tweets == ["named_official"] * 3 + ["named_person"] * 2  # embedded posts: Trump's, the candidate Singh's
    records = [(by_key[(hill, number)]["reading"], by_key[(hill, number)]["rule"]) for number in (9, 10, 11)]
    assert records == [("document", "table"), ("document", "3"), ("document", "table")]  # "records show", between
    sheriff = by_key[(hill, 8)]  # "The Maricopa County Sheriff's Office told the Bee"
    assert (sheriff["reading"], sheriff["alt"], sheriff["rule"]) == ("named_organization", ["cited_outlet"], "1,5")
    views = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((roberts, 12), (boehner, 16))]
    assert views == [("unnamed_source", ["unattributed"])] * 2  # "Many observers saw ... as", "Republicans see ... as"
    hedges = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((musk, 8), (musk, 16), (boehner, 19))]
    assert hedges == [("unnamed_source", "4")] * 3  # "raised concerns that", "an analyst report", "There has been talk"
    criteria = {(by_key[(hyten, number)]["reading"], tuple(by_key[(hyten, number)]["alt"])) for number in range(11, 15)}
    assert criteria == {("named_official", ("document",))}  # the general's list, one item a unit
    constitution = by_key[(post, 5)]  # the Constitution's words quoted
    assert (constitution["reading"], constitution["alt"]) == ("document", ["unattributed"])
    assert [by_key[(post, number)]["reading"] for number in (1, 2, 10)] == ["cited_outlet"] * 3  # the Post, "the DC paper"
    people = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((jobs, 15), (singh, 1), (musk, 19))]
    assert people == [("named_person", ["named_official"]), ("named_person", ["unattributed", "named_official"]),
                      ("named_official", ["named_person"])]  # a former official, a candidate, an advocacy director
    sound_bites = by_key[(irs, 27)]  # "The few sound bites the IRS offered ..., from an IRS press release"
    assert (sound_bites["reading"], sound_bites["alt"]) == ("named_organization", ["named_official", "unattributed"])
    acts = [by_key[key]["reading"] for key in ((irs, 21), (irs, 26), (musk, 6), (musk, 7), (hyten, 26), (post, 0))]
    assert acts == ["unattributed"] * 6  # responses without content, no comment, a ruling (rule 7)
    questions = [by_key[(noah, number)]["reading"] for number in (5, 13, 19)]
    assert questions == ["named_person"] * 3  # the host's questions with their content (rule 7)


def test_twenty_ninth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 18 of the 416 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. Rule 7's actor in alt throughout; the candidate Singh read one
    way; closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout29", TWENTY_NINTH_SET, 416,  # 1-10 landed first: the draw's order
        {"unattributed": 150, "named_official": 134, "named_person": 82, "unnamed_source": 20,
         "named_organization": 11, "document": 7, "cited_outlet": 5, "boilerplate": 7}, 1, keyed=True)
    donors, _, _, _, lynch, beach, _, warren, _, iraq = TWENTY_NINTH_SET[:10]
    roberts, _, irs, hill, _, jobs, post, _, singh, boehner = TWENTY_NINTH_SET[10:]
    added = {(beach, 6): ("unattributed", ["named_organization", "unnamed_source"]),  # "groups such as the Humane Society"
             (roberts, 8): ("unattributed", ["named_official"]),  # the chief justice's votes
             (jobs, 7): ("unattributed", ["named_official"]),  # "he pardoned Dinesh D'Souza"
             (post, 0): ("unattributed", ["cited_outlet", "named_official"]),  # "A federal judge", Messitte in [1]
             (boehner, 2): ("unattributed", ["unnamed_source"])}  # "Senate Democrats voted", as [3] and [13] read them
    quoted = (4, 5, 6, 7, 8, 12, 13, 14, 15, 18, 19, 20)  # the candidate's quotations and posts, as his view of [1]
    added.update({(singh, number): ("named_person", ["named_official"]) for number in quoted})
    added[(singh, 10)] = ("named_person", ["unattributed", "named_official"])  # "Singh wants ..."
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 217 + 18  # the readers' 217 alts and the review's 18
    people = [row for row in by_key.values() if row["id"] == singh and row["reading"] == "named_person"]
    assert len(people) == 14 and all("named_official" in row["alt"] for row in people)  # one way, as Fiorina
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    questions = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((lynch, 3), (donors, 2))]
    assert questions == [("unattributed", ["unnamed_source"]), ("unnamed_source", ["unattributed"])]  # no claim; concerns
    crowds = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((warren, 4), (iraq, 15))]
    assert crowds == [("unattributed", ["unnamed_source"]), ("unnamed_source", ["unattributed", "named_person"])]
    lead_ins = [by_key[key]["alt"] for key in ((hill, 13), (lynch, 12), (lynch, 18))]
    assert lead_ins == [["unnamed_source"]] * 3  # groups whose named members speak next, left as read
    interview = by_key[(singh, 3)]  # "In an interview with the Daily Caller": the publisher receives (rule 5)
    assert (interview["reading"], interview["alt"]) == ("unattributed", ["named_person"])
    several = by_key[(irs, 9)]  # "Several said": the operatives of [8], Rosen not said to be one
    assert (several["reading"], several["alt"], several["reason_reading"]) == ("unnamed_source", [], False)


def test_twenty_ninth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 547bdb1 (made once, 02:29:57 UTC on 6 December, seven seconds after the twenty-eighth
    set's; made again into another folder, byte-identical): 137/139 with alt, 124 strict, 4/4, one agreeing
    type under a wrong source (judged with each key open)."""
    keyed = assert_held_out_figure("heldout29", statements=416, articles=20, keyed=139, agree=137, strict=124,
                                   reasons=4, reasons_agree=4, wrong_sources=1, per_article_min_max=(2, 16))
    assert reason_misses(keyed) == {}
    assert type_disagreements(keyed) == {
        ("0YO1LW4qlsT3TvKl", 14): ("unattributed", "named_official"),  # Flake's subject cut from "called" (segmentation)
        ("hkyT4Yk2DJNk3o4d", 20): ("unattributed", "named_official")}  # "has spoken out against": no cue
    wrong = {(row["id"], row["statement"]): row["source_keyed"] for row in keyed if not row["source_ok"]}
    assert wrong == {("EdiYzgxRFG6uX40G", 0): "President Donald Trump"}  # the writer's inference; Kudlow in alt
    assert agreeing_through_alt(keyed) == 13  # the type in alt
    romney = [row["keyed"] for row in keyed if row["id"] == "bD98B94X15mlyr9z" and row["keyed"] != row["reading"]]
    assert romney == ["named_official"] * 10  # Romney and the reposted followers' Trump, named_official in alt
    per_article = keyed_per_article(keyed, TWENTY_NINTH_SET)
    assert (per_article[9], per_article[10]) == (5, 5)  # median 5; the Daily Caller's key holds 2, Politico's 16
    assert sum(count < 5 for count in per_article) == 8
    assert keyed_types(keyed) == {"named_official": 67, "unattributed": 53, "named_person": 11,
                                  "unnamed_source": 4, "named_organization": 4, "cited_outlet": 0, "document": 0}
