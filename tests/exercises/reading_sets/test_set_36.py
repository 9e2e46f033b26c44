"""docs/exercise_agreement_heldout36.jsonl: the thirty-sixth reading set (seed 1236), read blind.

Its section of docs/exercise_agreement.md: "The thirty-sixth reading set (stop 40; the rule, written
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
    rows,
    type_disagreements,
)

THIRTY_SIXTH_SET = [  # the draw of docs/exercise_agreement.md ("the thirty-sixth reading set"), in its order
    "1XetWjMMUaOSxYTx", "3hy6gQzrnIOEJdlr", "0j6sOTwOKUJIrkhk", "QE263l2oydpiwiGe",
    "c6Nu4e909SmYdqvG", "tbAGaXkDiswZ9dOx", "HQUFWoFx8NSeISH8", "560zd9mWQcKG88Mo",
    "bS9ebGxmferDatCh", "TmCYFmQBSxCsATlF", "0QMZVIrAd1dLFYeN", "TyfD5ZRHbEqo7OkS",
    "QrwDeY65WeREJdtS", "lqkGZkjmBlEWkRxq", "QBt9a3uu610Y2i5N", "DVDXujI0raKqbVNF",
    "zJWdoFk0QPU6Pezz", "knZJ9Vc8GZFtovOY", "g2evvtqktIPh0hmM", "G3BuKLGxPVE6nwa9",
]


def test_thirty_sixth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read36a): 193 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout36", THIRTY_SIXTH_SET[:10], 193,
        {"CBN", "New York Times - News", "Washington Times", "The Daily Caller", "The Guardian",
         "Wall Street Journal - News", "USA TODAY", "Daily Beast", "BBC News", "The Hill"},
        {"unattributed": 81, "named_official": 47, "named_organization": 27, "unnamed_source": 14,
         "named_person": 12, "document": 9, "cited_outlet": 1, "boilerplate": 2},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    numbers = [[row["statement"] for row in first if row["id"] == article] for article in THIRTY_SIXTH_SET[:10]]
    assert numbers == [list(range(size)) for size in (22, 16, 18, 18, 20, 15, 17, 30, 19, 18)]  # the listing's units
    bush, gates, mccain, van, alabama, facebook, senate, jones, simpson, missile = THIRTY_SIXTH_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {**{(gates, number): False for number in (0, 1, 3, 5)},
                       (alabama, 1): False, (alabama, 2): False, (senate, 13): False, (simpson, 15): False,
                       **{(missile, number): False for number in (0, 2, 8, 9, 10, 13)}}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(van, 12), (senate, 6)]  # the post's bare link, "Watch the video above"
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [(missile, 5)]  # "Yonhap added."
    documents = [key for key, row in by_key.items() if row["reading"] == "document"]
    assert documents == [(gates, 15)] + [(van, number) for number in (0, 1, 2, 4, 5, 6, 7, 8)]  # indictment, police report
    relayed = by_key[(van, 3)]  # "The suspect told police ... 'someone had to take a stand,' according to the report"
    assert (relayed["reading"], relayed["alt"], relayed["rule"]) == ("named_person", ["document"], "1,5")
    assert (by_key[(van, 8)]["reading"], by_key[(van, 8)]["alt"]) == ("document", ["named_person"])  # "The suspect advised"
    president = {by_key[(bush, number)]["reading"] for number in (1, 2, 3, 4, 5, 6, 7, 8, 10, 11)}
    assert president == {"named_official"}  # the sitting president in the 1992 interview
    former = [(by_key[(bush, number)]["reading"], by_key[(bush, number)]["alt"]) for number in (13, 14)]
    assert former == [("named_person", ["named_official"])] * 2  # a former president at the 2007 dedication
    robertson = by_key[(bush, 6)]  # CBN's own founder and host asks, Bush answers
    assert (robertson["reading"], robertson["alt"], robertson["rule"]) == ("named_official", ["unattributed", "named_person"], "7,10")
    founder = {(by_key[(jones, number)]["reading"], by_key[(jones, number)]["alt"][0]) for number in (3, 4, 11, 12, 13)}
    assert founder == {("named_official", "named_person")}  # Jones read one way, as Mike Adams
    staff = {(by_key[(jones, number)]["reading"], tuple(by_key[(jones, number)]["alt"])) for number in (15, 26, 27, 28, 29)}
    assert staff == {("named_person", ("named_official",))}  # Infowars host Watson, reporter Lloyd
    officials = [(by_key[(missile, number)]["reading"], by_key[(missile, number)]["alt"]) for number in (0, 2)]
    assert officials == [("unnamed_source", ["named_official", "named_organization"])] * 2  # not Benham alone
    yonhap = [(by_key[(missile, number)]["reading"], by_key[(missile, number)]["alt"]) for number in (4, 5)]
    assert yonhap == [("named_organization", ["cited_outlet"]), ("cited_outlet", ["named_organization"])]
    reuters = [(by_key[key]["reading"], by_key[key]["alt"], by_key[key]["rule"]) for key in ((missile, 14), (simpson, 8))]
    assert reuters == [("named_official", ["cited_outlet"], "1,5"), ("named_person", ["cited_outlet"], "1,5")]
    lawyer = by_key[(simpson, 16)]  # "His lawyer said on Wednesday": LaVergne of [8]
    assert (lawyer["reading"], lawyer["alt"], lawyer["rule"]) == ("named_person", ["unnamed_source"], "2,6")
    agentless = [(by_key[(alabama, number)]["reading"], by_key[(alabama, number)]["rule"]) for number in (1, 2, 3)]
    assert agentless == [("unnamed_source", "4"), ("unnamed_source", "4"), ("unattributed", "table")]
    asides = [by_key[(gates, number)] for number in (10, 14)]  # "was accused of" in a when-clause, "coffee boy"
    assert all(row["reading"] == "unattributed" and row["alt"] == ["unnamed_source"] for row in asides)
    carried = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((facebook, 4), (senate, 9), (missile, 9))]
    assert carried == [("named_organization", "3"), ("named_official", "3"), ("unnamed_source", "3")]
    acts = [by_key[key] for key in ((gates, 4), (mccain, 8), (facebook, 8), (jones, 0), (jones, 6), (jones, 10),
                                    (jones, 20), (jones, 21), (jones, 22), (jones, 23), (simpson, 14), (bush, 12))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)
    column = [row["reading"] for row in first if row["id"] == alabama]
    assert column.count("unattributed") == 18  # the columnist's own


def test_thirty_sixth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read36b): 201 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout36", THIRTY_SIXTH_SET[10:], 201,
        {"Bloomberg", "Politico", "CNN (Web News)", "NPR Online News", "Christian Science Monitor", "Newsmax",
         "Fox Online News", "Al Jazeera", "Reuters", "Associated Press"},
        {"unattributed": 82, "named_official": 42, "named_person": 39, "named_organization": 17,
         "unnamed_source": 12, "cited_outlet": 9, "document": 0, "boilerplate": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    putin, epa, festivus, logo, kobane, accusers, circuit, kashmir, florida, memoir = THIRTY_SIXTH_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(putin, 12): False, **{(logo, number): False for number in (0, 2, 3, 4, 5)},
                       (kobane, 0): False, (kobane, 11): False, (circuit, 8): False, (kashmir, 11): False,
                       (florida, 3): False, (florida, 12): False}  # no terms anywhere
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(kobane, number) for number in (3, 4, 7, 12, 13, 14, 20)] + [(florida, 2), (florida, 10)]
    assert not [row for row in second if row["reading"] in ("document", "boilerplate")]
    party = [(by_key[key]["reading"], by_key[key]["alt"], by_key[key]["rule"]) for key in ((putin, 12), (circuit, 8))]
    assert party == [("unnamed_source", ["named_organization"], "6")] * 2  # "House Republicans have contended", "Republicans have long complained"
    hedges = [(by_key[key]["rule"], by_key[key]["alt"]) for key in ((logo, 0), (kobane, 0), (florida, 3), (florida, 12))]
    assert hedges == [("4", ["unattributed"])] * 4  # "much maligned", "reportedly", "is expected to", "have been criticized"
    tweets = [(by_key[(festivus, number)]["reading"], by_key[(festivus, number)]["rule"])
              for number in (5, 7, 8, 10, 11, 13, 14, 15, 16, 17, 19, 21, 22, 23)]
    assert tweets == [("named_official", "9")] * 14  # Paul's and Booker's embedded tweets
    leads = {by_key[(festivus, number)]["reading"] for number in (3, 4, 6, 12, 18, 20)}
    assert leads == {"unattributed"}  # "Here are some of the highlights:", "First, Washington:" ...
    booker = by_key[(festivus, 9)]  # "To which Cory Booker replied:"
    assert (booker["reading"], booker["alt"]) == ("named_official", ["unattributed"])
    told = [(by_key[key]["reading"], by_key[key]["alt"], by_key[key]["rule"]) for key in ((logo, 6), (logo, 16))]
    assert told == [("named_person", ["named_official", "cited_outlet"], "1,5"),  # Thomas "told Politico"
                    ("named_person", ["cited_outlet"], "1,5")]  # Sender "told the Huffington Post"
    assert [by_key[(logo, number)]["rule"] for number in (2, 3, 4)] == ["3", "3", "6"]  # "How could she? some Democrats wondered."
    relayed = [(by_key[(kobane, number)]["reading"], by_key[(kobane, number)]["alt"]) for number in (5, 6, 15, 16)]
    assert relayed == [("named_official", ["cited_outlet"])] * 2 + [("named_organization", ["cited_outlet"])] * 2
    assert [by_key[(kobane, number)]["rule"] for number in (4, 13, 14)] == ["3"] * 3  # the BBC's and the Post's accounts going on
    underhill = by_key[(kobane, 21)]  # "discussed ... with the Guardian:", its quotation not in the text
    assert (underhill["reading"], underhill["alt"], underhill["rule"]) == ("unattributed", ["named_person", "cited_outlet"], "7")
    interview = by_key[(circuit, 1)]  # "Trump made the comments in an interview with The Washington Examiner."
    assert (interview["reading"], interview["rule"], interview["alt"]) == ("unattributed", "8", ["named_official"])
    commission = by_key[(circuit, 15)]  # "The commission ultimately recommended against splitting"
    assert (commission["reading"], commission["rule"]) == ("named_organization", "7") and "document" in commission["alt"]
    orrick = [(by_key[(circuit, number)]["reading"], by_key[(circuit, number)]["alt"]) for number in (23, 24)]
    assert orrick == [("named_official", ["document"])] * 2  # the judge's ruling read as his
    firdousa = [(by_key[(kashmir, number)]["reading"], by_key[(kashmir, number)]["alt"]) for number in range(5, 10)]
    assert firdousa == [("named_person", ["unnamed_source"])] * 5 and by_key[(kashmir, 5)]["rule"] == "11"
    crowd = [(by_key[(kashmir, number)]["reading"], by_key[(kashmir, number)]["alt"]) for number in (10, 11)]
    assert crowd == [("unattributed", ["unnamed_source"]), ("unnamed_source", ["unattributed"])]  # chanting; "They demanded"
    sanders = [(by_key[(memoir, number)]["reading"], by_key[(memoir, number)]["alt"]) for number in (3, 8)]
    assert sanders == [("named_person", ["named_official"]), ("named_official", ["named_person"])]  # former, then in office
    assert (by_key[(memoir, 2)]["reading"], by_key[(memoir, 2)]["rule"]) == ("named_organization", "3")  # the publisher going on
    op_ed = [by_key[(epa, number)]["reading"] for number in (2, 3, 4, 5, 6, 10, 11, 12)]
    assert op_ed == ["unattributed"] * 8  # the op-ed author's own argument
    acts = [by_key[key] for key in ((putin, 3), (putin, 9), (putin, 15), (festivus, 1), (festivus, 2), (festivus, 24),
                                    (kobane, 17), (kobane, 18), (kobane, 19), (accusers, 5), (accusers, 17), (circuit, 5),
                                    (circuit, 9), (circuit, 18), (kashmir, 12), (kashmir, 15), (florida, 0), (memoir, 5))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)
    spoken = [by_key[key]["reading"] for key in ((putin, 0), (putin, 8), (accusers, 0), (circuit, 0))]
    assert spoken == ["named_organization", "named_official", "named_official", "named_official"]  # acts with their words


def test_thirty_sixth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 4 of the 394 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. Newsmax's Trump, the 2016 nominee, given named_person in alt as
    the eighteenth set's review and earlier readings give a nominee; closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout36", THIRTY_SIXTH_SET[10:] + THIRTY_SIXTH_SET[:10], 394,  # 11-20 landed first
        {"unattributed": 163, "named_official": 89, "named_person": 51, "named_organization": 44,
         "unnamed_source": 26, "cited_outlet": 10, "document": 9, "boilerplate": 2}, 0, keyed=True)
    bush, gates, _, _, _, facebook, _, jones, simpson, missile = THIRTY_SIXTH_SET[:10]
    _, _, _, logo, kobane, accusers, circuit, _, _, _ = THIRTY_SIXTH_SET[10:]
    added = {(accusers, 0): ("named_official", ["unattributed", "named_person"]),  # "saying 'these four women ...'"
             **{(accusers, number): ("named_official", ["named_person"]) for number in (1, 14, 15)}}
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 153 + 4  # the readers' 153 alts and the review's 4
    trump = [by_key[(accusers, number)] for number in (0, 1, 14, 15)]
    assert all("named_person" in row["alt"] for row in trump)  # the nominee one way through the article
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((missile, 0), (missile, 9), (missile, 13), (jones, 7), (circuit, 4), (facebook, 7), (jones, 18),
              (gates, 15), (logo, 3), (simpson, 4), (bush, 4), (bush, 12), (kobane, 8))]
    assert close == [("unnamed_source", ["named_official", "named_organization"]),  # "military officials said"
                     ("unnamed_source", ["unattributed"]),  # "It's the same type of missile": the reports going on
                     ("unnamed_source", ["document", "unattributed"]),  # "Satellite imagery has indicated"
                     ("named_organization", []),  # "YouTube told CNBC": the outlet receives
                     ("named_official", []),  # "told the Examiner": the outlet receives
                     ("unattributed", []),  # "has faced immense criticism", as "has faced heavy criticism"
                     ("unattributed", []),  # "appeared to be unaffected": the writer's observation
                     ("document", ["named_official"]),  # "the latest indictment claims"
                     ("unnamed_source", []),  # "How could she?" before "some Democrats wondered."
                     ("named_organization", ["unattributed"]),  # the department's Facebook post
                     ("named_official", ["unattributed"]),  # "spoke about regular prayers": content given
                     ("unattributed", ["named_person", "named_official"]),  # "spoke about his spirituality": topic
                     ("unattributed", ["cited_outlet"])]  # the uncued Kobane paragraph


def test_thirty_sixth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main ecd561e (made once, 12:20:00 UTC on 6 December, six seconds before the thirty-seventh
    set's; made again into another folder, byte-identical): 135/137 with alt, 128 strict, 8/8, no agreeing type
    under a wrong source (judged with each key open)."""
    filled = [row for row in rows("heldout36") if row["keyed"] is not None]
    assert type_disagreements(filled) == {
        ("QE263l2oydpiwiGe", 2): ("named_organization", "document"),  # "according to the police report"
        ("QE263l2oydpiwiGe", 3): ("named_organization", "named_person")}  # "according to the report": [2]'s type
    assert reason_misses(filled) == {}
    assert agreeing_through_alt(filled) == 7  # the type in alt
    keyed = assert_held_out_figure("heldout36", statements=394, articles=20, keyed=137, agree=135, strict=128,
                                   reasons=8, reasons_agree=8, wrong_sources=0, per_article_min_max=(1, 13))
    assert [row for row in keyed if row["reason_keyed"] or row["reason_reading"]] == []  # no reason given anywhere
    asked = [(row["id"], row["statement"]) for row in keyed if row["reason_keyed"] is not None]
    assert asked == [("0QMZVIrAd1dLFYeN", 12), ("lqkGZkjmBlEWkRxq", 4), ("lqkGZkjmBlEWkRxq", 5),
                     ("QBt9a3uu610Y2i5N", 0), ("QBt9a3uu610Y2i5N", 11), ("bS9ebGxmferDatCh", 15),
                     ("bS9ebGxmferDatCh", 16), ("TmCYFmQBSxCsATlF", 2), ("TmCYFmQBSxCsATlF", 8)]  # the 9 keyed Anonymous source
    assert [(row["id"], row["statement"]) for row in keyed if row["source_ok"] is not True] == []  # every source judged right
    through = {(row["id"], row["statement"]): row["keyed"] for row in keyed if row["keyed"] != row["reading"] and row["agree"]}
    assert through == {
        ("3hy6gQzrnIOEJdlr", 1): "unattributed",  # "The presumption in Mr. Trump's circle"
        ("3hy6gQzrnIOEJdlr", 5): "named_official",  # "Mr. Trump's defenders said": the name in the possessive
        ("560zd9mWQcKG88Mo", 24): "unattributed",  # Sleeping Giants "pressed YouTube ... to ban Jones"
        ("bS9ebGxmferDatCh", 16): "unnamed_source",  # "His lawyer said": LaVergne of [8], unresolved
        ("c6Nu4e909SmYdqvG", 2): "unattributed",  # "It was observed that"
        ("g2evvtqktIPh0hmM", 12): "unattributed",  # "have been criticized for"
        ("lqkGZkjmBlEWkRxq", 2): "unattributed"}  # "Red, the color of the other team." before its cue
    per_article = keyed_per_article(keyed, THIRTY_SIXTH_SET)
    assert (per_article[9], per_article[10]) == (7, 7)  # median 7; the AP's key holds 1, CNN's 13
    assert sum(count < 5 for count in per_article) == 6
    assert keyed_types(keyed) == {"unattributed": 46, "named_official": 45, "named_organization": 21,
                                  "named_person": 14, "unnamed_source": 9, "cited_outlet": 2, "document": 0}
