"""docs/exercise_agreement_heldout59.jsonl: the fifty-ninth reading set (seed 1259), read blind.

Its section of docs/exercise_agreement.md: "The fifty-ninth reading set (stop 47; the rule, written
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

FIFTY_NINTH_SET = [  # the draw of docs/exercise_agreement.md ("the fifty-ninth reading set"), in its order
    "mjV8bNARSPjZxU6y", "XC2BsvzTBWgmbOhz", "K8VSbm2DguV4Ei69", "VZxm4Bc9zP4HGtye",
    "8zEeRsSkCOeTdcn4", "qZ7Ofm6zO8MuJtKK", "w05xRSDfxFoNOFT4", "kr46fVqzDF989dzq",
    "nfJnOdNYccmTCG49", "csLTORv9tKafl3LF", "JPCs7RtS5jbPA36k", "160FVHFGmD7nGqjf",
    "nIUEqzkoYDqNcXmC", "XGUfexch54OwrIhe", "Fc50DbKRjKxntvus", "d8l8djD6R4JoSRIj",
    "iYWIaRqG5y5mkgAK", "q2pg7SYyYqRkvjpl", "NEvlkw0FXVEEszpm", "B3g44lbsQdeMhy7p",
]


def test_fifty_ninth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read59a): 177 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout59", FIFTY_NINTH_SET[:10], 177,
        {"New York Post", "Politico", "ABC News", "Washington Times", "CNN (Web News)", "Reuters", "The Hill",
         "NPR Online News", "BBC News", "Fox News"},
        {"named_official": 72, "unattributed": 51, "named_organization": 21, "unnamed_source": 12,
         "cited_outlet": 9, "named_person": 6, "document": 4, "boilerplate": 2},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    storm, boston, ports, poll, tsa, biden, fauci, budget, fleet, gruber = FIFTY_NINTH_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {**{(storm, number): False for number in (0, 4, 9, 10, 12)},
                       **{(boston, number): False for number in (7, 8, 10)}, (tsa, 8): False,
                       (fleet, 13): False, (fleet, 18): False, (gruber, 9): False}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(fauci, 4), (fauci, 5)]  # the embedded tweet's bare links
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(boston, 9), *[(budget, number) for number in range(3, 11)]]  # the AP, Reuters
    documents = [key for key, row in by_key.items() if row["reading"] == "document"]
    assert documents == [(boston, 12), (fauci, 15), (fauci, 16), (fleet, 3)]
    gruber_words = [key for key, row in by_key.items() if row["reading"] == "named_person"]
    assert gruber_words == [(gruber, number) for number in (16, 17, 18, 19, 21, 22)]  # Gruber, the MIT economist
    relayed = by_key[(gruber, 7)]  # "They noted that Gruber found": Pelosi's office relaying his finding
    assert (relayed["reading"], relayed["alt"]) == ("named_organization", ["named_person"])
    own = [(by_key[(budget, number)]["reading"], by_key[(budget, number)]["rule"], by_key[(budget, number)]["alt"])
           for number in (11, 13)]
    assert own == [("unattributed", "10", ["cited_outlet"])] * 2  # NPR's own Ari Shapiro
    opener = by_key[(budget, 3)]  # "As The Associated Press reports:" cut off on its own
    assert (opener["reading"], opener["alt"]) == ("cited_outlet", ["unattributed"])
    tweet = by_key[(fauci, 3)]  # New Day's tweet relaying Fauci
    assert (tweet["reading"], tweet["rule"], tweet["alt"]) == ("named_official", "1,9", ["cited_outlet"])
    wrote = [by_key[(biden, number)]["reading"] for number in range(12, 17)]
    assert wrote == ["named_official"] * 5  # Trump's tweet and its cue "Trump wrote on Twitter on Sunday."
    polled = [by_key[(poll, number)] for number in range(11) if number != 3]
    assert all(row["reading"] == "named_organization" and row["alt"] for row in polled)  # the Times' own poll
    sourcing = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((poll, 3), (biden, 1))]
    assert sourcing == [("unattributed", "8")] * 2  # who ran the poll, where Biden's comments were made
    forecast = [(by_key[(storm, number)]["reading"], by_key[(storm, number)]["alt"]) for number in (2, 10)]
    assert forecast == [("named_organization", ["unattributed"]), ("unnamed_source", ["unattributed"])]
    acts = [by_key[key] for key in ((boston, 3), (boston, 6), (boston, 11), (boston, 13), (ports, 15), (poll, 12),
                                    (poll, 13), (tsa, 1), (biden, 6), (biden, 7), (budget, 0), (budget, 1),
                                    (budget, 2), (fleet, 10), (gruber, 2), (gruber, 8), (gruber, 13))]
    assert all(row["reading"] == "unattributed" and "7" in row["rule"].split(",") and row["alt"] for row in acts)
    told = [by_key[key]["reading"] for key in ((boston, 0), (boston, 17), (ports, 0), (ports, 5), (biden, 10),
                                                (biden, 19), (biden, 20), (fauci, 6))]
    assert told == ["named_official"] * 8  # speech acts with their content (rule 7)
    spokesman = by_key[(gruber, 10)]  # "her spokesman claimed": Drew Hammill, named two sentences on
    assert (spokesman["reading"], spokesman["rule"]) == ("named_official", "6")


def test_fifty_ninth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read59b): 195 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout59", FIFTY_NINTH_SET[10:], 195,
        {"Al Jazeera", "Breitbart News", "Christian Science Monitor", "The Guardian", "New York Times - News",
         "Wall Street Journal - News", "Associated Press", "Fox Online News", "CBN", "The Daily Caller"},
        {"named_official": 93, "unattributed": 72, "named_person": 9, "named_organization": 8,
         "cited_outlet": 5, "document": 2, "unnamed_source": 2, "boilerplate": 4},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    court, saudi, theater, tusk, psaki, mnuchin, mueller, sanctions, orlando, fake = FIFTY_NINTH_SET[10:]
    assert [len([row for row in second if row["id"] == article]) for article in FIFTY_NINTH_SET[10:]] == [
        20, 16, 28, 15, 20, 13, 26, 18, 19, 20]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(court, 9): False, (theater, 23): False}  # opponents, an Iowa voter: no terms
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(saudi, 15), (theater, 0), (theater, 27), (tusk, 0)]  # follow line, greeting, call, caption
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(orlando, 12), (orlando, 13), (fake, 2), (fake, 4), (fake, 12)]
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [(court, 17), (court, 18)]
    statistics = by_key[(court, 18)]  # the April figures after "according to the agency's statistics"
    assert (statistics["rule"], statistics["alt"]) == ("3", ["unattributed"])
    alberta = [by_key[(theater, number)] for number in range(14, 22)]  # Politico's Tim Alberta's tweet
    assert all(row["reading"] == "named_person" and row["alt"] == ["cited_outlet"] for row in alberta)
    reactions = [(by_key[(theater, number)]["reading"], by_key[(theater, number)]["alt"]) for number in (12, 13)]
    assert reactions == [("unattributed", ["unnamed_source"])] * 2  # "Trump-haters loved it.", "Others saw it as"
    assert (by_key[(tusk, 1)]["reading"], by_key[(tusk, 1)]["rule"]) == ("unattributed", "10")  # own correspondent
    assert (by_key[(tusk, 2)]["reading"], by_key[(tusk, 2)]["rule"]) == ("named_official", "6")  # Tusk, named next
    assert (by_key[(tusk, 12)]["reading"], by_key[(tusk, 12)]["alt"]) == ("unattributed", ["unnamed_source"])
    stingy = by_key[(psaki, 9)]  # "The White House and campaign officials were stingy with details"
    assert (stingy["reading"], stingy["alt"], stingy["rule"]) == ("unattributed", ["unnamed_source"], "7,8")
    halperin = by_key[(psaki, 17)]  # Psaki declined to comment on Time's report
    assert (halperin["reading"], halperin["alt"]) == ("unattributed", ["named_official", "cited_outlet"])
    stances = [by_key[(mnuchin, number)] for number in (3, 4, 5, 9, 11, 12)]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in stances)
    assert {by_key[(mnuchin, number)]["reading"] for number in (6, 7, 8, 10)} == {"named_official"}
    committee = by_key[(mueller, 12)]  # "a Democrat on the committee", Cicilline named next
    assert (committee["reading"], committee["rule"]) == ("named_official", "6")
    assert [by_key[(mueller, number)]["alt"] for number in (8, 9, 10)] == [["document"]] * 3  # Mueller's report
    imf = by_key[(sanctions, 3)]  # "The International Monetary Fund indicates" inside Turner's quotation
    assert (imf["reading"], imf["alt"], imf["rule"]) == ("named_organization", ["named_official"], "1,3")
    bolton = [(by_key[(orlando, number)]["reading"], by_key[(orlando, number)]["alt"]) for number in range(14, 19)]
    assert bolton == [("named_official", ["named_person"])] * 5  # the former ambassador
    assert by_key[(orlando, 7)]["reading"] == "named_organization"  # Islamic State radio
    assert (by_key[(fake, 7)]["reading"], by_key[(fake, 7)]["alt"]) == ("named_person", ["cited_outlet"])  # Williams
    assert (by_key[(fake, 18)]["reading"], by_key[(fake, 18)]["rule"]) == ("unattributed", "10")  # TheDC's own
    assert (by_key[(fake, 16)]["reading"], by_key[(fake, 16)]["rule"]) == ("named_official", "6,7")
    acts = [by_key[key] for key in ((court, 0), (court, 3), (court, 11), (saudi, 5), (theater, 9), (theater, 24),
                                    (tusk, 9), (mueller, 11), (mueller, 17), (sanctions, 5), (sanctions, 16),
                                    (orlando, 6), (fake, 1), (fake, 3), (fake, 6), (fake, 10), (fake, 14))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)


def test_fifty_ninth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 14 of the 372 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. Reuters' Biden and Castro and the Journal's Mnuchin, no office held,
    with named_person in alt as the set's Bolton and Buttigieg; the Journal's Republicans as its Democrats; the Times'
    unidentified polls; closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout59", FIFTY_NINTH_SET, 372,  # 1-10 landed first, so the file holds the draw's order
        {"named_official": 165, "unattributed": 123, "named_organization": 29, "named_person": 15,
         "unnamed_source": 14, "cited_outlet": 14, "boilerplate": 6, "document": 6}, 0, keyed=True)
    storm, _, _, _, _, biden, _, _, fleet, gruber = FIFTY_NINTH_SET[:10]
    _, saudi, theater, tusk, psaki, mnuchin, _, _, orlando, _ = FIFTY_NINTH_SET[10:]
    added = {**{(biden, number): ("named_official", ["named_person"]) for number in (0, 2, 3, 4, 5, 17)},
             (biden, 18): ("named_official", ["unattributed", "named_person"]),  # "he wrote that", "signaling"
             (biden, 19): ("named_official", ["named_person"]),  # Castro, "a former housing chief"
             **{(mnuchin, number): ("named_official", ["named_person"]) for number in (6, 7, 8, 10)},
             (mnuchin, 12): ("unattributed", ["named_official", "unnamed_source"]),  # "Republicans didn't seem"
             (psaki, 4): ("unattributed", ["unnamed_source"])}  # "in several national polls"
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 152 + 14  # the readers' 152 alts and the review's 14
    out_of_office = [(biden, number) for number in (0, 2, 3, 4, 5, 17, 18, 19)] + [
        (mnuchin, number) for number in (6, 7, 8, 10)] + [(orlando, number) for number in range(14, 19)] + [
        (theater, 25)]  # Biden, Castro, Mnuchin; Bolton, Buttigieg as the second reader read them
    assert all(by_key[key]["reading"] == "named_official" and "named_person" in by_key[key]["alt"]
               for key in out_of_office)
    unnamed_actors = [by_key[(mnuchin, number)]["alt"][-1] for number in (9, 11, 12)]
    assert unnamed_actors == ["unnamed_source"] * 3  # the Democrats twice, the Republicans, one way
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((theater, 1), (tusk, 12), (gruber, 9), (psaki, 3), (saudi, 2), (storm, 0), (fleet, 16), (biden, 6))]
    assert close == [("unattributed", ["named_official"]),  # "Trump appeared to decline to shake": an act seen
                     ("unattributed", ["unnamed_source"]),  # "appeared to be a response ..., but arguably": a hedge
                     ("unnamed_source", []),  # "aides indicated": not the spokesman Hammill of [10]-[12]
                     ("unattributed", []),  # "The Obama campaign has been scrambling": the writer's background
                     ("unattributed", []),  # "It follows key in-person meetings": background before [5]
                     ("unnamed_source", []),  # "forecasters predict": not AccuWeather's or the Weather Service's
                     ("unattributed", ["named_official"]),  # "It has not yet been decided": no hidden knower
                     ("unattributed", ["named_official"])]  # "He did not offer specifics": Biden's act, as read


def test_fifty_ninth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 51fd2c7 (made once, 06:40:09 UTC on 7 December, right after the fifty-eighth set's, at the
    key confidence 0.97, on time for the rule's "about 06:40"; made again into another folder at 06:40:31,
    byte-identical): 80/80 with alt, 76 strict, 2/2; no type disagrees and no keyed source is wrong (judged with each
    key open); four types agree through alt."""
    keyed = assert_held_out_figure("heldout59", statements=372, articles=20, keyed=80, agree=80, strict=76,
                                   reasons=2, reasons_agree=2, wrong_sources=0, per_article_min_max=(1, 12))
    storm, boston, *_, budget, _, _ = FIFTY_NINTH_SET[:10]
    court, *_, psaki, _, _, _, _, fake = FIFTY_NINTH_SET[10:]
    assert reason_misses(keyed) == {}
    asked = {(row["id"], row["statement"]): (row["reason_keyed"], row["reason_reading"]) for row in keyed
             if row["reason_keyed"] is not None}
    assert asked == {(boston, 8): (False, False), (boston, 10): (False, False)}  # a law enforcement source, reports
    assert type_disagreements(keyed) == {}
    assert [row for row in keyed if row["source_ok"] is not True] == []  # every keyed source judged right
    assert [row for row in keyed if "source_keyed" in row] == []
    assert agreeing_through_alt(keyed) == 4  # the type in alt
    through = {(row["id"], row["statement"]): (row["keyed"], row["reading"]) for row in keyed
               if row["keyed"] != row["reading"] and row["agree"]}
    assert through == {(storm, 2): ("unattributed", "named_organization"),  # the expected snow: AccuWeather's, read
                       (court, 10): ("named_person", "named_official"),  # Lee Gelernt, an ACLU lawyer
                       (fake, 11): ("cited_outlet", "unattributed"),  # "based on a Washington Post article"
                       (fake, 14): ("cited_outlet", "unattributed")}  # "The Guardian's ... wrote a piece titled"
    statements = [tuple(row["statement"] for row in keyed if row["id"] == article) for article in FIFTY_NINTH_SET]
    assert statements == [  # the keyed statements of each article, in the draw's order
        (2,), (0, 1, 4, 5, 8, 10), (1, 2, 16, 18), (0, 10), (2, 11), (4, 5, 7, 11, 17), (0, 1, 2, 10, 13, 14), (9, 10),
        (0, 1, 2, 4, 5, 10, 16), (3, 4, 10, 11, 12, 23), (1, 4, 10, 19), (13,), (6,), (1, 3, 5, 6, 13, 14),
        (1, 2, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15), (10,), (0, 5, 8, 9, 13, 22), (1, 4, 7, 17), (10, 11), (11, 14)]
    per_article = keyed_per_article(keyed, FIFTY_NINTH_SET)
    assert (per_article[9], per_article[10]) == (4, 4)  # median 4; the Times' Psaki key holds 12
    assert sum(count < 5 for count in per_article) == 12  # four of 1, five of 2, three of 4
    assert sum(row["id"] == psaki for row in keyed) == 12
    assert keyed_types(keyed) == {"named_official": 59, "unattributed": 10, "named_organization": 4,
                                  "cited_outlet": 4, "unnamed_source": 2, "named_person": 1, "document": 0}
    relayed = [(row["statement"], row["reading"]) for row in keyed if row["reading"] in ("cited_outlet", "document",
                                                                                          "boilerplate")]
    assert relayed == [(9, "cited_outlet"), (10, "cited_outlet")]  # NPR's "Reuters says" and its quotation going on
    assert {row["id"] for row in keyed if row["reading"] == "cited_outlet"} == {budget}
    assert {row["id"] for row in keyed} == set(FIFTY_NINTH_SET)  # no empty key
