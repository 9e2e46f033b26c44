"""docs/exercise_agreement_heldout40.jsonl: the fortieth reading set (seed 1240), read blind.

Its section of docs/exercise_agreement.md: "The fortieth reading set (stop 41; the rule, written
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

FORTIETH_SET = [  # the draw of docs/exercise_agreement.md ("the fortieth reading set"), in its order
    "a9e6h8Sh7UFII5Kj", "MMkHL1fTj1kKRgDR", "LFqpmLKINaFWmTgy", "daWYvZ2Ev6x44A5s",
    "g8P7KMgDn3Kneaew", "JNmy4ZPXSaBIZ3ae", "5anVSQESJpmi2BDp", "82a9dt98qlpSLJAS",
    "IhTzH1Iv4Uc3z0Lv", "mXHezSgjBWo69X12", "HSzUKuyfd0WG9nTs", "4H9G4imPM16VcGlF",
    "Sx2jPEbnYUaOMpWI", "i0dgp7gs3xba99eL", "7sj0nAGq9Ab0FKU6", "mtHOiyYhhJQE6m0h",
    "QdXQmSzldqlgniGu", "RWs6CtoZCSXwGwPm", "pVgLEruXhbWUORll", "x6JROuuyvwjqrRNb",
]


def test_fortieth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read40b): 199 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout40", FORTIETH_SET[10:], 199,
        {"Reuters", "Christian Science Monitor", "NPR Online News", "New York Post", "The Hill", "Fox News",
         "The Guardian", "Newsmax", "Washington Times", "Al Jazeera"},
        {"named_official": 111, "unattributed": 38, "named_organization": 19, "unnamed_source": 13,
         "cited_outlet": 6, "named_person": 5, "boilerplate": 5, "document": 2},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    woodward, irs, comcast, cuomo, _mulvaney, sessions, headline, torture, whitaker, train = FORTIETH_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(comcast, 20): False, (sessions, 14): False,
                       **{(headline, number): False for number in (2, 8, 10, 11)},
                       (torture, 6): False, (torture, 15): False, (whitaker, 10): False,
                       **{(train, number): False for number in (0, 7, 8, 12)}}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(cuomo, 9), (headline, 6), (headline, 16), (headline, 22), (train, 10)]  # link, tweet links, caption
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(woodward, 16), *[(comcast, number) for number in (10, 11, 12, 13, 14)]]  # the Post, AP, NYT
    noguchi = [(by_key[(comcast, number)]["reading"], by_key[(comcast, number)]["alt"][0]) for number in (7, 8, 9, 15, 16, 17, 18, 19)]
    assert noguchi == [("unattributed", "cited_outlet")] * 8  # NPR's own Yuki Noguchi (rule 10)
    assert all("10" in by_key[(comcast, number)]["rule"].split(",") for number in (7, 8, 9, 15, 16, 17, 18, 19))
    book = [(by_key[(woodward, number)]["reading"], by_key[(woodward, number)]["alt"][0]) for number in (1, 2)]
    assert book == [("named_person", "document")] * 2  # Woodward's book, its author named
    minister = by_key[(woodward, 0)]  # "Israel's intelligence minister said": Katz, named in [6]
    assert (minister["reading"], minister["alt"], minister["rule"]) == ("named_official", ["unnamed_source"], "6")
    chairmen = by_key[(irs, 0)]  # "the chairmen of the two congressional tax-writing committees say"
    assert (chairmen["reading"], chairmen["alt"], chairmen["rule"]) == ("named_official", ["unnamed_source"], "6")
    assert (by_key[(irs, 13)]["reading"], by_key[(irs, 13)]["alt"]) == ("named_organization", ["document"])  # the IG's report
    split = [(by_key[(cuomo, number)]["reading"], by_key[(cuomo, number)]["rule"]) for number in (10, 11)]
    assert split == [("named_official", "7")] * 2  # "Schumer (D." | "NY) touted": one sentence split
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [(sessions, 10), (train, 21)]
    studies = by_key[(sessions, 14)]  # "Recent studies show": unidentified studies
    assert (studies["reading"], studies["alt"]) == ("unnamed_source", ["document", "named_organization"])
    spokesperson = by_key[(headline, 8)]  # "A Times spokesperson acknowledged to the Washington Post"
    assert (spokesperson["reading"], spokesperson["rule"]) == ("unnamed_source", "5,6")
    silver = [(by_key[(headline, number)]["reading"], by_key[(headline, number)]["rule"]) for number in (4, 5)]
    assert silver == [("named_person", "9")] * 2  # Nate Silver's tweet, a statistician
    beto = by_key[(headline, 17)]  # O'Rourke, a candidate holding no office
    assert (beto["reading"], beto["alt"]) == ("named_person", ["named_official", "unattributed"])  # review: + writer's
    police = [(by_key[(train, number)]["reading"], by_key[(train, number)]["alt"]) for number in (6, 7)]
    assert police == [("named_organization", ["unnamed_source"]), ("unnamed_source", ["named_organization"])]
    plain = [(sessions, 11), (sessions, 21), (whitaker, 0), (whitaker, 9), (torture, 9), (torture, 13), (irs, 8)]
    assert all(by_key[key]["reading"] == "unattributed" and by_key[key]["rule"] == "7" and by_key[key]["alt"] for key in plain)


def test_fortieth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read40a): 188 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout40", FORTIETH_SET[:10], 188,
        {"Politico", "Bloomberg", "New York Times - News", "Breitbart News", "USA TODAY", "CNN (Web News)",
         "Fox Online News", "ABC News", "Wall Street Journal - News", "CBS News"},
        {"unattributed": 73, "named_official": 49, "named_person": 34, "unnamed_source": 21,
         "named_organization": 7, "document": 2, "boilerplate": 2, "cited_outlet": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    alaska, sanctions, snowden, merkel, el_paso, indiana, truce, breakfast, benghazi, congress = FORTIETH_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(alaska, 16): False, (sanctions, 12): False, (snowden, 11): False, (snowden, 14): False,
                       (indiana, 9): False, (indiana, 17): False,
                       **{(breakfast, number): False for number in (4, 5, 8)},
                       **{(benghazi, number): False for number in (0, 1, 2, 5, 11, 12, 13, 15, 18)},
                       **{(congress, number): False for number in (5, 15, 18)}}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(benghazi, 20), (benghazi, 21)]  # the Wall Street Journal's correction box
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [(breakfast, 16), (breakfast, 17)]
    baker = [(by_key[(snowden, number)]["reading"], by_key[(snowden, number)]["rule"]) for number in range(4)]
    assert baker == [("named_person", "table"), ("named_person", "2"), ("named_person", "3"), ("named_person", "3")]
    assert by_key[(snowden, 3)]["text"] == "”"  # the lone closing mark of Baker's quotation
    paper = [(by_key[(merkel, number)]["reading"], by_key[(merkel, number)]["alt"][0]) for number in range(3, 9)]
    assert paper == [("named_official", "cited_outlet")] * 6  # "Merkel told ... the Saechsische Zeitung" (rule 5)
    germany = [(by_key[(merkel, number)]["reading"], by_key[(merkel, number)]["rule"]) for number in (9, 10)]
    assert germany == [("named_organization", "7"), ("named_organization", "2")]  # the government's migrant figures
    former = [(by_key[key]["reading"], by_key[key]["alt"][0]) for key in
              ((indiana, 0), (indiana, 13), (el_paso, 2), (el_paso, 3), (breakfast, 11), (snowden, 5))]
    assert former == [("named_person", "named_official")] * 6  # Jeb Bush, O'Rourke, Simpson, Morell: out of office
    cordes = by_key[(congress, 4)]  # Goodlatte "said in a statement ..., reports CBS News correspondent Nancy Cordes"
    assert (cordes["reading"], cordes["rule"]) == ("named_official", "10")
    sourcing = by_key[(indiana, 4)]  # "first reported by the New York Times and Bush aides later provided CNN"
    assert (sourcing["reading"], sourcing["rule"], sourcing["alt"]) == ("unattributed", "8", ["cited_outlet", "unnamed_source"])
    groups = [(by_key[key]["reading"], by_key[key]["alt"][0]) for key in
              ((alaska, 16), (snowden, 11), (congress, 5), (congress, 15), (congress, 18))]
    assert groups == [("unnamed_source", "named_official"), ("unnamed_source", "named_person"),
                      ("unnamed_source", "named_official"), ("unnamed_source", "named_official"),
                      ("unnamed_source", "named_official")]  # a group, one of them named after: in alt (rule 6)
    states = [(by_key[key]["reading"], by_key[key]["rule"]) for key in
              ((alaska, 11), (sanctions, 14), (truce, 22), (benghazi, 10))]
    assert states == [("named_organization", "2,7"), ("named_organization", "7"),
                      ("named_organization", "7"), ("named_organization", "7")]  # a state or the White House speaking
    acts = [by_key[key] for key in ((alaska, 1), (alaska, 8), (alaska, 10), (alaska, 18), (sanctions, 2),
                                    (snowden, 8), (snowden, 9), (el_paso, 0), (indiana, 2), (indiana, 10),
                                    (indiana, 11), (indiana, 18), (truce, 2), (truce, 3), (truce, 17), (truce, 20),
                                    (breakfast, 3), (breakfast, 9), (benghazi, 9), (benghazi, 14), (benghazi, 16),
                                    (congress, 7), (congress, 11), (congress, 12), (congress, 21))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)


def test_fortieth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 2 of the 387 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. The Guardian's tweet lead-ins read one way, the Al Jazeera
    officials' toll the state government's; closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout40", FORTIETH_SET[10:] + FORTIETH_SET[:10], 387,  # 11-20 landed first
        {"named_official": 160, "unattributed": 111, "named_person": 39, "unnamed_source": 34,
         "named_organization": 26, "boilerplate": 7, "cited_outlet": 6, "document": 4}, 0, keyed=True)
    _, _, _, _, _, _, _, breakfast, _, congress = FORTIETH_SET[:10]
    woodward, _, _, _, _, _, headline, torture, _, train = FORTIETH_SET[10:]
    added = {(headline, 17): ("named_person", ["named_official", "unattributed"]),  # "offered a one-word response:"
             (train, 0): ("unnamed_source", ["named_organization"])}  # "at least 16 ..., according to officials"
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 184 + 2  # the readers' 184 alts and the review's 2
    lead_ins = [("unattributed" in by_key[(headline, number)]["alt"]) for number in (12, 13, 17)]
    assert lead_ins == [True] * 3  # a lead-in to a tweet the text does not hold: the writer's in alt, one way
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((headline, 12), (headline, 18), (torture, 14), (train, 8), (train, 6), (breakfast, 6), (woodward, 16),
              (congress, 4))]
    assert close == [("named_official", ["unattributed"]),  # Gillibrand, a sitting senator called only a candidate
                     ("named_official", []),  # de Blasio "mocked ... using a tagline": his tweet's words follow
                     ("named_official", ["document"]),  # "expressed confidence in his CIA director", a speech act
                     ("unnamed_source", []),  # "an official said": no named body's words behind it
                     ("named_organization", ["unnamed_source"]),  # "Police said", as earlier readings
                     ("named_person", []),  # Politico's Mike Allen, the interviewer, as a journalist
                     ("cited_outlet", ["named_person"]),  # "said the Washington Post": the Post on Woodward's method
                     ("named_official", [])]  # Goodlatte's statement "reports CBS News correspondent Nancy Cordes"


def test_fortieth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 8489c92 (made once, 15:28:04 UTC on 6 December, six seconds before the forty-first
    set's; made again into another folder at 15:28:19, byte-identical): 169/171 with alt, 160 strict, 19/19, two
    agreeing types under a wrong source (judged with each key open: Sanders for Haley's "She said")."""
    keyed = assert_held_out_figure("heldout40", statements=387, articles=20, keyed=171, agree=169, strict=160,
                                   reasons=19, reasons_agree=19, wrong_sources=2, per_article_min_max=(3, 15))
    _, sanctions, snowden, _, _, _, _, breakfast, benghazi, congress = FORTIETH_SET[:10]
    _, _, _, cuomo, _, sessions, headline, torture, whitaker, train = FORTIETH_SET[10:]
    assert reason_misses(keyed) == {}
    assert [row for row in keyed if row["reason_keyed"] or row["reason_reading"]] == []  # no reason given anywhere
    asked = [(row["id"], row["statement"]) for row in keyed if row["reason_keyed"] is not None]
    assert asked == [*[(headline, number) for number in (2, 8, 10, 11)], (torture, 6), (whitaker, 10),
                     *[(train, number) for number in (0, 7, 8)], (snowden, 14), (breakfast, 3), (breakfast, 8),
                     *[(benghazi, number) for number in (0, 1, 2, 5, 12, 13, 18)],
                     (congress, 5)]  # the 20 keyed Anonymous source
    assert by_row(keyed, (breakfast, 3))["reason_reading"] is None  # "a man rose": read unattributed, no reason
    assert type_disagreements(keyed) == {
        (cuomo, 11): ("unattributed", "named_official"),  # "NY) touted": cut after "Schumer (D."
        (train, 10): ("unattributed", "boilerplate")}  # a photo caption credited "[Reuters]"
    wrong = {(row["id"], row["statement"]): row["source_keyed"] for row in keyed if row["source_ok"] is False}
    assert wrong == {(sanctions, 3): "White House Press Secretary Sarah Huckabee Sanders",  # "She said": Haley
                     (sanctions, 4): "White House Press Secretary Sarah Huckabee Sanders"}  # her quotation going on
    assert [by_row(keyed, key)["keyed"] for key in wrong] == ["named_official"] * 2  # the type right
    assert agreeing_through_alt(keyed) == 9  # the type in alt
    through = {(row["id"], row["statement"]): row["keyed"] for row in keyed if row["keyed"] != row["reading"] and row["agree"]}
    assert through == {
        (sessions, 10): "named_organization",  # "State Department figures ... showed": the department in alt
        (sanctions, 12): "unattributed",  # "with analysts saying": the writer's in alt
        (breakfast, 3): "unnamed_source",  # "a man rose in the front row to protest": the protester in alt
        **{(breakfast, number): "named_official" for number in (11, 18, 19, 21)},  # Simpson, out of office
        (benghazi, 3): "named_official",  # Abu Khattalah, the militia's founder
        (benghazi, 20): "unattributed"}  # the correction box, the corrected fact in alt
    per_article = keyed_per_article(keyed, FORTIETH_SET)
    assert (per_article[9], per_article[10]) == (8, 9)  # median 8.5; Al Jazeera's key holds 15
    assert sum(count < 5 for count in per_article) == 4  # Politico's and Bloomberg's 3, the NYT's and Breitbart's 4
    assert keyed_types(keyed) == {"named_official": 103, "unattributed": 27, "named_organization": 13,
                                  "unnamed_source": 20, "named_person": 4, "document": 0, "cited_outlet": 4}


def by_row(keyed: list[dict], key: tuple[str, int]) -> dict:
    """The keyed row of one statement."""
    return next(row for row in keyed if (row["id"], row["statement"]) == key)
