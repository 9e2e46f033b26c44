"""docs/exercise_agreement_heldout19.jsonl: the nineteenth reading set (seed 1219), read blind.

Its section of docs/exercise_agreement.md: "The nineteenth reading set (stop 31; the rule, written
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

NINETEENTH_SET = [  # the draw of docs/exercise_agreement.md ("the nineteenth reading set"), in its order
    "YEzysbFtcjlhJC56", "VM40lLHbKcEFfwpz", "VTpWqAJQtifNo0uS", "39pPbWbaXO8tgAqr",
    "dyvs3YJXKU01ir7G", "J45xhaEyaRFHHviA", "8feL78fa6NG0gelL", "DmYTmC8F3LEvhjOI",
    "TgI854oAx6IzcvBe", "b7cQvS2Al1binWII", "bUSJ05VUxHhGMOip", "1HP9TOrurnKVDxJn",
    "eH9VtWRNIblM2nie", "fosBx12UnnB0um8T", "3Y2bkzEoQ9Y207QB", "JYTd3lCpn0FSVZIY",
    "ap4o2hHZp01OeWJV", "EKMNvTCAC3b3qBqY", "9jZDoDrXxJxBiA1W", "oVlIHCHjXbmT8F9U",
]


def test_nineteenth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read19a): 183 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout19", NINETEENTH_SET[:10], 183,
        {"USA TODAY", "Fox Online News", "New York Times - News", "Breitbart News", "Al Jazeera", "The Guardian",
         "Fox News"},
        {"named_official": 78, "unattributed": 42, "unnamed_source": 25, "named_person": 23,
         "named_organization": 11, "document": 0, "cited_outlet": 0, "boilerplate": 4},
        12, {"YEzysbFtcjlhJC56", "VTpWqAJQtifNo0uS", "dyvs3YJXKU01ir7G"})
    by_key = {(row["id"], row["statement"]): row for row in first}
    tariffs, jfk, cruz = "YEzysbFtcjlhJC56", "VTpWqAJQtifNo0uS", "8feL78fa6NG0gelL"
    officials = [by_key[(tariffs, number)]["reason_reading"] for number in (0, 2, 3, 5, 7, 9, 10)]
    assert officials == [True] * 5 + [False] * 2  # the administration officials' terms in [2]; the Chinese none
    account = [by_key[(jfk, number)]["reason_reading"] for number in (4, 5, 8, 9, 17)]
    assert account == [True] * 5  # "two White House officials who spoke only on condition of anonymity" ([5])
    told = by_key[(jfk, 10)]  # "Trump told aides he did not believe ...": Trump's words, the aides relay them
    assert (told["reading"], told["alt"]) == ("named_official", ["unnamed_source"])
    sourcing_itself = by_key[("dyvs3YJXKU01ir7G", 7)]  # "The officials spoke on the condition of anonymity" (rule 8)
    assert (sourcing_itself["reading"], sourcing_itself["alt"], sourcing_itself["rule"]) == (
        "unattributed", ["unnamed_source"], "8")
    reportedly = by_key[(cruz, 11)]  # "he reportedly called Obama ...": who reports is hidden (rule 4)
    assert (reportedly["reading"], reportedly["alt"]) == ("unnamed_source", ["named_official", "cited_outlet"])
    tweets = [by_key[(cruz, number)]["reading"] for number in range(16, 25)]  # Cruz's embedded posts (rule 9)
    assert tweets == ["named_official", "boilerplate"] + ["named_official"] * 3 + ["boilerplate"] + [
        "named_official"] * 2 + ["boilerplate"]
    email = by_key[("39pPbWbaXO8tgAqr", 13)]  # "An email from Gove's wife, Daily Mail columnist Sarah Vine"
    assert (email["reading"], email["alt"]) == ("named_person", ["document"])
    hedges = [by_key[("TgI854oAx6IzcvBe", number)]["reading"] for number in (7, 8)]  # "is widely considered",
    assert hedges == ["unnamed_source"] * 2  # "is said to be pressing" (rule 4)
    link = by_key[(tariffs, 6)]  # "Previously:Trump to sign tariffs ...": a link to another story
    assert link["reading"] == "boilerplate"


def test_nineteenth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read19b): 181 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout19", NINETEENTH_SET[10:], 181,
        {"New York Post", "Daily Beast", "Bloomberg", "Wall Street Journal - News", "Reuters", "CBN",
         "NPR Online News", "CBS News", "Christian Science Monitor", "Washington Times"},
        {"named_official": 84, "unattributed": 42, "named_person": 19, "named_organization": 17,
         "unnamed_source": 14, "document": 0, "cited_outlet": 2, "boilerplate": 3},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    post, wsj, cbn, npr, cbs, monitor = ("bUSJ05VUxHhGMOip", "fosBx12UnnB0um8T", "JYTd3lCpn0FSVZIY",
                                         "ap4o2hHZp01OeWJV", "EKMNvTCAC3b3qBqY", "9jZDoDrXxJxBiA1W")
    unnamed = sorted(key for key, row in by_key.items() if row["reading"] == "unnamed_source")
    assert unnamed == sorted([("eH9VtWRNIblM2nie", 0), (wsj, 3), (wsj, 4), (wsj, 5), (wsj, 8), (wsj, 9),
                              ("3Y2bkzEoQ9Y207QB", 4), (cbn, 5), (cbn, 7), (cbn, 11), (npr, 2), (npr, 4),
                              (monitor, 3), (monitor, 19)])  # none with terms
    study = by_key[(post, 0)]  # "according to a new study": the Gallup poll named in [2] and [8] (rule 6)
    assert (study["reading"], study["alt"]) == ("named_organization", ["document", "unnamed_source"])
    figures = [by_key[(post, number)] for number in (3, 4, 5, 6, 7, 12, 13)]  # the poll's figures, no cue
    assert {(row["reading"], row["rule"]) for row in figures} == {("named_organization", "3")}
    denials = [by_key[(cbs, number)] for number in (1, 17)]  # "FBI officials have denied": Wray and Comey (rule 6)
    assert [(row["reading"], row["alt"]) for row in denials] == [("named_official", ["unnamed_source"])] * 2
    former = [by_key[key] for key in ((cbs, 20), (npr, 0), ("oVlIHCHjXbmT8F9U", 1))]  # Comey, Clinton, Obama
    assert [(row["reading"], row["alt"]) for row in former] == [("named_person", ["named_official"])] * 3
    own = by_key[(npr, 11)]  # "As we reported Tuesday, it seems that ...": NPR's own reporting (rule 10)
    assert (own["reading"], own["rule"]) == ("unattributed", "10")
    outlets = sorted(key for key, row in by_key.items() if row["reading"] == "cited_outlet")
    assert outlets == [(npr, 12), (npr, 13)]  # the AP and the Washington Post
    relayed = by_key[("oVlIHCHjXbmT8F9U", 15)]  # McEnany "said, Fox News reported": the official relayed (rule 1)
    assert (relayed["reading"], relayed["rule"]) == ("named_official", "1")
    links = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert links == [(cbn, 23), (monitor, 0), (monitor, 22)]  # CBN's promotion; "Dear reader:"; the contact line


def test_nineteenth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 11 of the 364 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. Closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout19", NINETEENTH_SET, 364,
        {"named_official": 162, "unattributed": 84, "named_person": 42, "unnamed_source": 39,
         "named_organization": 28, "cited_outlet": 2, "document": 0, "boilerplate": 7}, 12, keyed=True)
    tariffs, johnson, guardian, npr = "YEzysbFtcjlhJC56", "39pPbWbaXO8tgAqr", "TgI854oAx6IzcvBe", "ap4o2hHZp01OeWJV"
    candidate = [(tariffs, 12), (tariffs, 13), (tariffs, 14), (guardian, 15)]  # Trump in 2016, no office yet
    former = [(johnson, 0), (johnson, 1), (johnson, 2)]  # "former London Mayor Boris Johnson": no office in the text
    team, relayed, own = ("8feL78fa6NG0gelL", 16), ("fosBx12UnnB0um8T", 3), [(npr, 5), (npr, 11)]
    assert set(reviewed) == {*candidate, *former, team, relayed, *own}
    assert all(by_key[key]["alt"][-1] == "named_person" for key in candidate + former)
    assert [by_key[key]["reading"] for key in candidate + former] == ["named_official"] * 3 + [
        "named_official", "unattributed", "named_official", "named_official"]
    alts = {key: (row["reading"], row["alt"], row["reason_reading"]) for key, row in reviewed.items()}
    assert alts[team] == ("named_official", ["unattributed", "named_organization"], None)  # "Team Cruz (@TeamTedCruz)"
    assert alts[relayed] == ("unnamed_source", ["named_official"], False)  # Trump's words, a person familiar relays
    assert [alts[key] for key in own] == [("named_organization", ["unattributed", "cited_outlet"], None),
                                          ("unattributed", ["unnamed_source", "cited_outlet"], None)]  # rule 10
    aides = [by_key[("VTpWqAJQtifNo0uS", number)]["reason_reading"] for number in (8, 9)]  # "Two aides said",
    assert aides == [True, True]  # "According to White House officials": read as [5]'s officials, the closest call
    criticism = by_key[(johnson, 19)]  # "He has faced heavy criticism": the critics neither named nor quoted
    assert (criticism["reading"], criticism["alt"]) == ("unattributed", [])


def test_nineteenth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 3979d6a (made once, 14:08:04 UTC; made again at 14:08:12, byte-identical): 100/103 with
    alt, 94 strict, 7/8, no agreeing type under a wrong source (judged with each key open)."""
    keyed = assert_held_out_figure("heldout19", statements=364, articles=20, keyed=103, agree=100, strict=94,
                                   reasons=8, reasons_agree=7, wrong_sources=0, per_article_min_max=(2, 13))
    assert reason_misses(keyed) == {  # "Two aides said": read as [5]'s two White House officials and their terms
        ("VTpWqAJQtifNo0uS", 8): (False, True)}
    assert type_disagreements(keyed) == {
        ("TgI854oAx6IzcvBe", 16): ("unattributed", "named_person"),  # "Gingrich, meanwhile, offered that": no cue
        ("b7cQvS2Al1binWII", 9): ("unattributed", "named_official"),  # "In two letters ... Issa has sought guidance"
        ("ap4o2hHZp01OeWJV", 11): ("named_official", "unattributed")}  # "As we reported Tuesday": Harf's carried on
    assert all(row["source_ok"] for row in keyed)  # e.g. "Argentina – President Donald Trump", the dateline kept
    assert agreeing_through_alt(keyed) == 6  # the type in alt
    per_article = keyed_per_article(keyed, NINETEENTH_SET)
    assert (per_article[9], per_article[10]) == (4, 4)  # median 4
    assert keyed_types(keyed) == {"named_official": 59, "unattributed": 19, "named_organization": 15,
                                  "unnamed_source": 9, "named_person": 1, "cited_outlet": 0, "document": 0}
