"""docs/exercise_agreement_heldout41.jsonl: the forty-first reading set (seed 1241), read blind.

Its section of docs/exercise_agreement.md: "The forty-first reading set (stop 41; the rule, written
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

FORTY_FIRST_SET = [  # the draw of docs/exercise_agreement.md ("the forty-first reading set"), in its order
    "22HUfn3K8iaTvqhT", "86Makg7lBtvoyEjp", "ys8oIl5TQEjlyI3Z", "XDiDZbUzDRugae39",
    "Yw2htJmBl5RzNeNt", "jU9qXV270SwGmVcj", "RdGQbiDmU0o9u2iI", "wOj7GTKdq3JOoPeT",
    "iuZlwFzgKieRjOGe", "0eZdTybz1pyfxrBI", "6Y8M36NnKC3obf5M", "zN49UvsLHLqUQoA9",
    "ndVjXs7wqVALvN8W", "XsJ0j93cZIUAQLRU", "cQAviKZ6UXY5VVnZ", "kHugOCBCJNvcwTuP",
    "ArQr4dgqitcj8iSu", "lXMXw8UDEp2K2r0O", "eMS7AyCEiFZ0Aj1s", "bzrOkHu9q6yT6Sy4",
]


def test_forty_first_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read41b): 177 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout41", FORTY_FIRST_SET[10:], 177,
        {"Fox Online News", "Newsmax", "CBN", "CNN (Web News)", "The Hill", "Daily Beast", "The Daily Caller",
         "Bloomberg", "New York Post", "Fox News"},
        {"named_official": 70, "unattributed": 58, "unnamed_source": 13, "document": 10, "named_person": 10,
         "named_organization": 7, "cited_outlet": 7, "boilerplate": 2},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    wall, moore, g7, durbin, google, perdue, sniper, warren, section, health = FORTY_FIRST_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(wall, 1): False, (wall, 16): False, (g7, 8): False, (g7, 10): False, (g7, 11): False,
                       (durbin, 12): False, **{(google, number): False for number in (0, 15, 18, 21, 22)},
                       (warren, 7): False, (section, 4): False}  # no terms of anonymity anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(durbin, 20), (durbin, 21)]  # CNN's promotion of State of the Union
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(perdue, 14)] + [(sniper, number) for number in (1, 3, 5, 8)] + [(section, 0), (section, 2)]
    records = [key for key, row in by_key.items() if row["reading"] == "document"]
    assert records == [(moore, number) for number in (3, 4, 5, 11)] + \
        [(perdue, number) for number in (4, 5, 7, 8, 9)] + [(warren, 4)]
    charge = by_key[(moore, 1)]  # the commission's charge "according to news website AL.com"
    assert (charge["reading"], charge["alt"], charge["rule"]) == ("named_organization", ["cited_outlet"], "1,7")
    alerted = by_key[(sniper, 7)]  # Malvo's lawyers and the state of Virginia, "Fox 5 DC reported"
    assert (alerted["reading"], alerted["alt"]) == ("named_organization", ["unnamed_source", "cited_outlet"])
    axios = [(by_key[(section, number)]["reading"], by_key[(section, number)]["alt"]) for number in (2, 8, 10)]
    assert axios == [("cited_outlet", ["named_official"]), ("named_official", ["cited_outlet"]),
                     ("named_official", ["cited_outlet"])]  # the introducing a plain act; the quotations relayed
    weigel, lauter, update = (by_key[(perdue, number)] for number in (13, 15, 19))
    assert (weigel["reading"], weigel["alt"]) == ("named_person", ["cited_outlet"])  # the Post's journalist
    assert (lauter["reading"], lauter["alt"]) == ("named_official", ["cited_outlet"])  # from the Monitor's report
    assert (update["reading"], update["rule"], update["alt"]) == ("unattributed", "8", ["named_official"])
    assert [by_key[(perdue, number)]["reading"] for number in (20, 21, 22)] == ["named_official"] * 3  # Vanvick
    doctor = [(by_key[(health, number)]["reading"], by_key[(health, number)]["rule"]) for number in (14, 15)]
    assert doctor == [("named_person", "6")] * 2  # "Her doctor", Dr. Lisa Bardack named in [21]
    learned = [(by_key[(health, number)]["reading"], by_key[(health, number)]["rule"]) for number in (1, 11)]
    assert learned == [("unattributed", "10")] * 2  # "Fox News has learned" in Fox News
    person = by_key[(warren, 7)]  # "the person said", a person never introduced
    assert (person["rule"], person["alt"]) == ("6", [])
    pragery = [(by_key[(google, number)]["reading"], by_key[(google, number)]["alt"][0]) for number in (10, 11, 12)]
    assert pragery == [("named_organization", "document")] * 3  # PragerU's email
    assumed = by_key[(wall, 16)]  # "it had largely been assumed on Capitol Hill"
    assert (assumed["rule"], assumed["alt"]) == ("4", ["unattributed"])
    report = by_key[(section, 0)]  # "according to a report", Axios's, named in [2]
    assert (report["reading"], report["alt"]) == ("cited_outlet", ["unnamed_source"])


def test_forty_first_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read41a): 183 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout41", FORTY_FIRST_SET[:10], 183,
        {"USA TODAY", "ABC News", "NPR Online News", "Reuters", "The Guardian", "Washington Times", "Politico",
         "CBS News", "Associated Press", "BBC News"},
        {"unattributed": 73, "named_official": 36, "named_person": 34, "named_organization": 23,
         "unnamed_source": 7, "document": 5, "boilerplate": 3, "cited_outlet": 2},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    stone, lightfoot, anthrax, budget, g7, census, roberts, deepfakes, eskimo, mccain = FORTY_FIRST_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(anthrax, 4): False, (g7, 9): False, (census, 7): False, (census, 8): False,
                       (roberts, 11): False, (deepfakes, 5): False, (eskimo, 14): False}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(lightfoot, 15), (deepfakes, 9), (deepfakes, 10)]  # the tweets' bare links
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [(lightfoot, 0), (eskimo, 3)]
    documents = [key for key, row in by_key.items() if row["reading"] == "document"]
    assert documents == [(stone, 6), (stone, 8), (stone, 9), (stone, 10), (eskimo, 8)]  # indictment, dictionary
    own = [by_key[(anthrax, number)] for number in (6, 7, 9, 14)]  # "NPR's Geoff Brumfiel reports:" in NPR
    assert all(row["reading"] == "unattributed" and row["rule"] == "10" and row["alt"] == ["cited_outlet"] for row in own)
    hedge = by_key[(anthrax, 8)]  # "The samples were apparently sent"
    assert (hedge["reading"], hedge["alt"]) == ("unattributed", ["unnamed_source", "cited_outlet"])  # review: rule 10
    military = by_key[(anthrax, 13)]  # "The military says"
    assert (military["reading"], military["alt"]) == ("named_organization", ["unnamed_source"])
    reports = by_key[(g7, 9)]  # "Reports in the US said senior Trump aides felt"
    assert (reports["alt"], reports["rule"]) == (["cited_outlet"], "1")
    justices = by_key[(census, 10)]  # "The justices said"
    assert (justices["reading"], justices["alt"], justices["rule"]) == ("named_organization", ["unnamed_source"], "2")
    ruled = by_key[(census, 9)]  # "The Supreme Court last week ruled that"
    assert (ruled["reading"], ruled["alt"], ruled["rule"]) == ("unattributed", ["named_organization"], "7")
    criticism = by_key[(deepfakes, 5)]  # "drew criticism that", Wexton's tweet after it
    assert criticism["alt"] == ["unattributed", "named_official"]
    wexton = [by_key[(deepfakes, number)]["reading"] for number in (7, 8)]  # her credit line cut from the listing
    assert wexton == ["named_official"] * 2
    groups = [(by_key[(roberts, number)]["reading"], by_key[(roberts, number)]["alt"]) for number in (7, 16)]
    assert groups == [("named_official", ["named_person"])] * 2  # Severino, Levey "of" their groups
    experts = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((roberts, 9), (roberts, 12), (deepfakes, 17))]
    assert experts == [("named_person", ["named_official"])] * 3  # Davis, Eastman, Sohrawardi
    former = [(by_key[(mccain, number)]["reading"], by_key[(mccain, number)]["alt"][0]) for number in (6, 14)]
    assert former == [("named_person", "named_official")] * 2  # Bush and Obama, Lieberman: out of office
    candidate = [by_key[(lightfoot, number)]["reading"] for number in range(6, 15)] + [by_key[(lightfoot, 16)]["reading"]]
    assert candidate == ["named_person"] * 10  # Lightfoot, a candidate, no office
    tweets = [by_key[(lightfoot, number)]["rule"] for number in (12, 13, 14, 15)]
    assert tweets == ["9"] * 4
    assert [by_key[(stone, number)]["rule"] for number in (1, 4)] == ["9", "9"]  # Stone's Instagram posts
    assert by_key[(stone, 8)]["alt"] == ["unattributed"] and by_key[(stone, 6)]["alt"] == ["unnamed_source"]
    plan = [(by_key[(budget, number)]["reading"], by_key[(budget, number)]["rule"]) for number in (9, 10, 11)]
    assert plan == [("named_organization", "table"), ("named_organization", "2"), ("named_organization", "3")]
    macron = by_key[(g7, 13)]  # "All G7 countries ... would give": Macron's announcement carried over
    assert (macron["reading"], macron["alt"], macron["rule"]) == ("named_official", ["unattributed"], "3")
    acts = [by_key[key] for key in ((anthrax, 1), (anthrax, 5), (anthrax, 12), (budget, 8), (budget, 19), (budget, 20),
                                    (g7, 2), (g7, 7), (g7, 10), (g7, 14), (census, 1), (census, 5), (roberts, 1),
                                    (roberts, 2), (roberts, 6), (roberts, 10), (deepfakes, 4), (mccain, 13))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)


def test_forty_first_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 21 of the 360 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. One source one way through a passage (Stone, Kint, Sohrawardi,
    the military), NPR's reporters' rule-10 rows with cited_outlet, both nominees alike, every plain act with its
    actor in alt; closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout41", FORTY_FIRST_SET[10:] + FORTY_FIRST_SET[:10], 360,  # 11-20 landed first
        {"unattributed": 131, "named_official": 106, "named_person": 44, "named_organization": 30,
         "unnamed_source": 20, "document": 15, "cited_outlet": 9, "boilerplate": 5}, 0, keyed=True)
    stone, _, anthrax, _, summit, census, roberts, deepfakes, _, mccain = FORTY_FIRST_SET[:10]
    wall, moore, allies, _, google, perdue, _, warren, section, health = FORTY_FIRST_SET[10:]
    added = {
        (stone, 4): ("named_person", ["unattributed", "named_official"]),  # "Stone posted a photo"
        (stone, 12): ("named_person", ["named_official"]),  # "Stone has repeatedly said he is innocent"
        (stone, 13): ("named_person", ["unattributed", "named_official"]),  # "to denounce the charges"
        (anthrax, 8): ("unattributed", ["unnamed_source", "cited_outlet"]),  # "apparently", Brumfiel's report
        **{(anthrax, number): ("unattributed", ["named_organization", "cited_outlet"]) for number in (16, 17)},
        (anthrax, 18): ("named_organization", ["unnamed_source"]),  # "The military stresses"
        **{(anthrax, number): ("unattributed", ["cited_outlet"]) for number in (19, 20)},  # Hu's report
        **{(deepfakes, number): ("named_official", ["named_person"]) for number in range(12, 17)},  # Kint
        **{(deepfakes, number): ("named_person", ["named_official"]) for number in range(18, 22)},  # Sohrawardi
        (moore, 13): ("unattributed", ["unnamed_source"]),  # "a federal judge ruled"
        **{(health, number): ("named_official", ["named_person"]) for number in (3, 4)},  # Clinton, the nominee
    }
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 191 + 21  # the readers' 191 alts and the review's 21
    one_way = {
        "named_official": [(stone, number) for number in (0, 1, 4, 12, 13)] + [(deepfakes, number) for number in range(17, 22)],
        "named_person": [(deepfakes, number) for number in range(11, 17)] + [(health, number) for number in
                                                                             (3, 4, 6, 8, 9, 10, 12, 17, 18, 19, 20)],
        "unnamed_source": [(anthrax, 13), (anthrax, 18)],  # "The military says", "The military stresses"
        "cited_outlet": [(anthrax, number) for number in (6, 7, 8, 9, 14, 16, 17, 19, 20)],  # NPR's reporters, rule 10
    }
    assert all(kind in by_key[key]["alt"] for kind, keys in one_way.items() for key in keys)
    assert all("cited_outlet" in row["alt"] for row in by_key.values() if row["rule"] == "10")
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((perdue, 10), (deepfakes, 5), (summit, 0), (mccain, 13), (wall, 17), (anthrax, 10), (warren, 8),
              (warren, 7), (allies, 12), (section, 2), (google, 0), (census, 14), (roberts, 0))]
    assert close == [("unattributed", []),  # "Perdue's joke drew immediate criticism.", as "drew criticism" before
                     ("unnamed_source", ["unattributed", "named_official"]),  # "drew criticism that": a claim
                     ("unattributed", []),  # the Guardian's lede "did not attend", as earlier narration
                     ("unattributed", ["named_official"]),  # the BBC's "and did not attend": rule 7
                     ("unattributed", []),  # "that approach now appears likely to prevail", as "appeared to dim"
                     ("unattributed", []),  # "Anthrax are highly infectious bacteria": background in the report
                     ("named_person", []),  # "the economists said": Moody's economists, persons
                     ("unnamed_source", []),  # "the person said", never introduced
                     ("unattributed", ["unnamed_source"]),  # "are being called into question ... by critics"
                     ("cited_outlet", ["named_official"]),  # Schatz and Thune "introduced", Axios reported
                     ("unnamed_source", []),  # "a Cruz spokesperson confirmed to The Hill", never named
                     ("named_organization", ["unnamed_source"]),  # "It assured the court": the administration
                     ("unattributed", ["unnamed_source"])]  # "seems to be going wobbly": the writer's hedge


def test_forty_first_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 8489c92 (made once, 15:28:10 UTC on 6 December, six seconds after the fortieth set's;
    made again into another folder at 15:28:26, byte-identical): 130/131 with alt, 124 strict, 4/4, no agreeing
    type under a wrong source (judged with each key open)."""
    keyed = assert_held_out_figure("heldout41", statements=360, articles=20, keyed=131, agree=130, strict=124,
                                   reasons=4, reasons_agree=4, wrong_sources=0, per_article_min_max=(2, 15))
    assert reason_misses(keyed) == {}
    assert [row for row in keyed if row["reason_keyed"] or row["reason_reading"]] == []  # no reason given anywhere
    asked = [(row["id"], row["statement"]) for row in keyed if row["reason_keyed"] is not None]
    assert asked == [("cQAviKZ6UXY5VVnZ", 21), ("cQAviKZ6UXY5VVnZ", 22), ("ys8oIl5TQEjlyI3Z", 1),
                     ("Yw2htJmBl5RzNeNt", 9), ("jU9qXV270SwGmVcj", 8)]  # the 5 keyed Anonymous source
    assert type_disagreements(keyed) == {
        ("ndVjXs7wqVALvN8W", 10): ("unattributed", "unnamed_source")}  # "The general in charge of ... said"
    assert [row for row in keyed if row["source_ok"] is not True] == []  # no wrong source
    assert agreeing_through_alt(keyed) == 6  # the type in alt
    through = {(row["id"], row["statement"]): row["keyed"] for row in keyed if row["keyed"] != row["reading"] and row["agree"]}
    assert through == {
        ("6Y8M36NnKC3obf5M", 16): "unattributed",  # "it had largely been assumed on Capitol Hill"
        ("cQAviKZ6UXY5VVnZ", 10): "document", ("cQAviKZ6UXY5VVnZ", 11): "document",  # PragerU's email
        ("ArQr4dgqitcj8iSu", 7): "cited_outlet",  # "..., Fox 5 DC reported": the lawyers and the state relayed
        ("eMS7AyCEiFZ0Aj1s", 4): "unattributed",  # "is expected to take up"
        ("ys8oIl5TQEjlyI3Z", 1): "unnamed_source"}  # "prompted officials to advise": a plain act, read
    per_article = keyed_per_article(keyed, FORTY_FIRST_SET)
    assert (per_article[9], per_article[10]) == (7, 7)  # median 7; CNN's key holds 15
    assert sum(count < 5 for count in per_article) == 6  # five keys of 2 items, the Daily Caller's of 3
    assert keyed_types(keyed) == {"named_official": 55, "unattributed": 36, "named_person": 16,
                                  "named_organization": 11, "document": 5, "unnamed_source": 5, "cited_outlet": 3}
