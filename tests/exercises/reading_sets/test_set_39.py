"""docs/exercise_agreement_heldout39.jsonl: the thirty-ninth reading set (seed 1239), read blind.

Its section of docs/exercise_agreement.md: "The thirty-ninth reading set (stop 41; the rule, written
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

THIRTY_NINTH_SET = [  # the draw of docs/exercise_agreement.md ("the thirty-ninth reading set"), in its order
    "HmO9ABukedvzTBSx", "jsFGuwR1efUKOGLe", "vvAgpKy0PL1h8990", "TxfgcoQeiv0NyF1u",
    "dlNTTZgIbuDez1HE", "G5HrGjzu6MXlQfSl", "v7GIr1Di8M0fykKe", "ymlDgPu04RzBqVbe",
    "zMIcK7sCLj4nyYQt", "DfumECjSsidJGBJM", "ZW7MmqXMtiJgL6jY", "PERGLvcdErVRZBbk",
    "BYcNYUqVfWyOr4U0", "FFihCsvTSocYDo2C", "3CCfP0nooYJlVIhK", "bMreKc6Y3039DA7E",
    "Rb0cRoNvhXcmR2cT", "20nKXrVtjR0gKjLl", "nMLDajdLvZa4CriQ", "wQDVNAkH7fGvvBDd",
]


def test_thirty_ninth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read39b): 187 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout39", THIRTY_NINTH_SET[10:], 187,
        {"Bloomberg", "Daily Beast", "Associated Press", "Wall Street Journal - News", "NPR Online News",
         "Reuters", "USA TODAY", "The Daily Caller", "Breitbart News", "Fox Online News"},
        {"unattributed": 81, "named_official": 57, "named_organization": 24, "unnamed_source": 8,  # 82, 23 as read;
         "cited_outlet": 6, "named_person": 4, "document": 4, "boilerplate": 3},  # the review's announcement, below
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    ross, wishlist, virginia, daca, fundraising, deadline, pence, apple, hamas, browder = THIRTY_NINTH_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(virginia, 8): False, (daca, 18): False, (deadline, 4): False, (deadline, 9): False,
                       (deadline, 12): False, (pence, 6): False, (apple, 12): False, (hamas, 7): False}  # no terms
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(daca, 19), (daca, 20), (pence, 5)]  # credit and contact lines, the tweet's bare link
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [*[(pence, number) for number in range(7, 12)], (hamas, 11)]  # the Times' story, the BBC
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [(virginia, n) for n in (0, 12, 13, 14)]
    assert [by_key[(virginia, number)]["rule"] for number in (13, 14)] == ["3", "3"]  # the reports' donations going on
    assert [key for key, row in by_key.items() if row["reading"] == "named_person"] == [(wishlist, 8), (apple, 9),
                                                                                         (apple, 10), (apple, 11)]
    letter = [(by_key[(wishlist, number)]["reading"], by_key[(wishlist, number)]["alt"]) for number in (4, 12, 15)]
    assert letter == [("named_official", ["named_organization", "document"])] * 3  # "the letter reads": Nunes's
    claims = [(by_key[(wishlist, number)]["reading"], by_key[(wishlist, number)]["alt"]) for number in (3, 11)]
    assert claims == [("named_organization", ["named_official", "unnamed_source"])] * 2  # "Republicans claim", "... say"
    # (unnamed_source added to both alts by the review, below)
    wants = [by_key[(wishlist, number)] for number in (0, 2, 6, 7, 9, 13, 14)]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] == ["named_organization"]
               for row in wants)
    joke = by_key[(pence, 6)]  # "The story says ... Republicans joke he's 'acting more like ...'"
    assert (joke["reading"], joke["alt"], joke["rule"]) == ("unnamed_source", ["cited_outlet"], "1")
    assert (by_key[(pence, 4)]["reading"], by_key[(pence, 4)]["rule"]) == ("named_official", "9")  # Pence's tweet
    spokeswoman = by_key[(daca, 18)]  # "A Homeland Security spokeswoman said ... had no immediate comment"
    assert (spokeswoman["reading"], spokeswoman["alt"], spokeswoman["rule"]) == ("unnamed_source", ["unattributed"], "6")
    assert (by_key[(daca, 0)]["reading"], by_key[(daca, 7)]["rule"]) == ("named_official", "2")  # standfirst, link run in
    prosecutors = [(by_key[(apple, number)]["reading"], by_key[(apple, number)]["alt"][0]) for number in (1, 2, 7, 14, 15, 16)]
    assert prosecutors == [("named_organization", "unnamed_source")] * 5 + [("named_organization", "document")]
    assert by_key[(apple, 1)]["rule"] == "1" and "cited_outlet" in by_key[(apple, 1)]["alt"]  # "Reuters reported"
    wife = by_key[(apple, 12)]  # "Zhang's wife told federal agents"
    assert (wife["reading"], wife["alt"], wife["rule"]) == ("unnamed_source", ["named_organization"], "6")
    own = [(by_key[key]["reading"], by_key[key]["alt"], by_key[key]["rule"]) for key in ((ross, 19), (fundraising, 16))]
    assert own == [("unattributed", ["cited_outlet"], "10")] * 2  # "a Bloomberg News report", NPR's own analysis
    threat = by_key[(ross, 17)]  # "the Trump administration has threatened to raise the tariff rate"
    assert (threat["reading"], threat["alt"], threat["rule"]) == ("named_organization", ["unattributed"], "7")
    expected = [(by_key[(deadline, number)]["reading"], by_key[(deadline, number)]["rule"]) for number in (4, 9, 12)]
    assert expected == [("unnamed_source", "4"), ("unnamed_source", "4"), ("unnamed_source", "6")]
    livni = by_key[(hamas, 6)]  # "she was quoted by the Times of Israel as saying"
    assert (livni["reading"], livni["alt"], livni["rule"]) == ("named_official", ["cited_outlet"], "1")
    hedges = [by_key[key] for key in ((ross, 18), (fundraising, 11), (hamas, 1), (hamas, 8), (browder, 5))]
    assert all(row["reading"] == "unattributed" and row["alt"] == ["unnamed_source"] for row in hedges)
    witness = [(by_key[(browder, number)]["reading"], by_key[(browder, number)]["alt"][0])
               for number in (7, 9, 10, 12, 16, 17, 19)]
    assert witness == [("named_official", "named_person")] * 7  # Browder, Hermitage Capital's chief executive
    acts = [by_key[key] for key in ((wishlist, 6), (daca, 1), (daca, 2), (daca, 14), (daca, 16), (fundraising, 9),
                                    (deadline, 0), (deadline, 1), (deadline, 3), (deadline, 5), (apple, 6), (apple, 8),
                                    (apple, 19), (apple, 22))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)


def test_thirty_ninth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read39a): 196 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout39", THIRTY_NINTH_SET[:10], 196,
        {"BBC News", "Christian Science Monitor", "The Hill", "Al Jazeera", "ABC News", "New York Times - News",
         "The Guardian", "CBS News", "New York Post", "Newsmax"},
        {"named_official": 86, "unattributed": 73, "named_organization": 15, "unnamed_source": 12,
         "named_person": 5, "boilerplate": 3, "cited_outlet": 2, "document": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    obamacare, _hagel, gillibrand, myanmar, cliff, benghazi, strike, church, louisville, smollett = THIRTY_NINTH_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(obamacare, 1): False, (obamacare, 24): False, (myanmar, 3): False, (myanmar, 7): False,
                       (cliff, 11): False, (cliff, 14): False, (cliff, 18): False, (cliff, 21): False,
                       (benghazi, 14): False, (strike, 2): False, (strike, 12): False,
                       (strike, 13): False}  # no terms of anonymity anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(gillibrand, 5), (gillibrand, 6), (strike, 8)]  # the tweet's links, share buttons and caption
    assert [by_key[key]["rule"] for key in cut] == ["9", "9", "unit"]
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(louisville, 3), (louisville, 11)]  # the Louisville Courier-Journal
    tweets = [key for key, row in by_key.items() if row["rule"] == "9" and row["reading"] != "boilerplate"]
    assert tweets == [(gillibrand, 2), (gillibrand, 3), (gillibrand, 4),
                      *[(church, number) for number in (4, 5, 10, 11, 12, 13, 14)]]  # embedded tweets, their authors'
    chief = by_key[(smollett, 0)]  # "Chicago's police chief said": Eddie Johnson, named in [2]
    assert (chief["reading"], chief["alt"], chief["rule"]) == ("named_official", ["unnamed_source"], "6")
    ruled = [(by_key[(obamacare, number)]["reading"], by_key[(obamacare, number)]["alt"]) for number in (0, 12)]
    assert ruled == [("unattributed", ["named_official"])] * 2  # "ruled": a plain act, the judge in alt
    estimate = by_key[(cliff, 18)]  # "an estimated $2,200 more": no estimator given
    assert (estimate["reading"], estimate["alt"], estimate["rule"]) == ("unnamed_source", ["unattributed"], "4")
    poll = [(by_key[(cliff, number)]["reading"], by_key[(cliff, number)]["alt"]) for number in (22, 23)]
    assert poll == [("named_organization", ["document"])] * 2  # Quinnipiac, the poll as a record in alt
    former = [by_key[(church, number)]["alt"][0] for number in range(15) if by_key[(church, number)]["reading"] == "named_official"]
    assert former == ["named_person"] * 15  # Obama and Biden, former officials
    page = by_key[(gillibrand, 13)]  # "the event's page reads"
    assert (page["reading"], page["alt"]) == ("named_official", ["named_organization", "document"])
    chant = by_key[(louisville, 1)]  # "Dozens of residents chanted 'let us in!'"
    assert (chant["reading"], chant["alt"]) == ("unattributed", ["unnamed_source", "cited_outlet"])
    op_ed = [by_key[(benghazi, number)]["reading"] for number in range(16)]
    assert op_ed.count("unattributed") == 12 and by_key[(benghazi, 6)]["reading"] == "named_official"  # the writer, Stevens
    plain = [key for key, row in by_key.items() if row["reading"] == "unattributed" and row["rule"] == "7"]
    assert all(by_key[key]["alt"] for key in plain)  # a plain act keeps its actor in alt


def test_thirty_ninth_set_review_marks_every_changed_row_and_adds_alts_and_one_reading() -> None:
    """Review before any key: 13 of the 383 rows changed and say so ("review:"): 12 gained a second type in alt, and
    the Wall Street Journal's "The Trump administration announced last September that DACA would end in March" is
    read named_organization (rule 7, a speech act with its content), unattributed moved to its alt. No reason changed.
    The prosecutors one way with Harris, "Republicans say" one way in alt, the former officials one way; closest
    calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout39", THIRTY_NINTH_SET[10:] + THIRTY_NINTH_SET[:10], 383,  # 11-20 landed first
        {"unattributed": 154, "named_official": 143, "named_organization": 39, "unnamed_source": 20,
         "named_person": 9, "cited_outlet": 8, "boilerplate": 6, "document": 4}, 0, keyed=True)
    obamacare, _hagel, gillibrand, _myanmar, cliff, benghazi, strike, church, louisville, smollett = THIRTY_NINTH_SET[:10]
    ross, wishlist, virginia, daca, fundraising, _deadline, pence, apple, _hamas, browder = THIRTY_NINTH_SET[10:]
    harris = {(apple, number): ("named_organization", ["unnamed_source", "named_official"]) for number in (2, 7, 14, 15)}
    changed = {(cliff, 14): ("unnamed_source", ["named_official", "named_organization"]),  # "Republicans say"
               (wishlist, 3): ("named_organization", ["named_official", "unnamed_source"]),  # "Republicans claim"
               (wishlist, 11): ("named_organization", ["named_official", "unnamed_source"]),  # "Republicans say"
               (benghazi, 11): ("named_official", ["unattributed", "named_person"]),  # Gates, a former Defense Secretary
               (daca, 8): ("named_organization", ["named_official", "unattributed"]),  # "announced ... DACA would end"
               (daca, 14): ("unattributed", ["named_official", "unnamed_source"]),  # federal judges, named nowhere
               (browder, 16): ("named_official", ["named_person", "unattributed"]),  # "described the tactics"
               (apple, 1): ("named_organization", ["unnamed_source", "cited_outlet", "named_official"]),
               (apple, 16): ("named_organization", ["document", "unnamed_source", "named_official"]),
               **harris}
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == changed
    assert sum(len(row["alt"]) for row in by_key.values()) == 192 + 13  # the readers' 192 alts and the review's 13
    assert "reading changed from unattributed" in by_key[(daca, 8)]["note"] and by_key[(daca, 8)]["rule"] == "7"
    assert [row for row in reviewed.values() if "reading changed" in row["note"]] == [by_key[(daca, 8)]]
    prosecutors = [by_key[(apple, number)] for number in (1, 2, 7, 14, 15, 16)]
    assert all(row["reading"] == "named_organization" and "named_official" in row["alt"] for row in prosecutors)
    republicans = [by_key[key] for key in ((cliff, 14), (wishlist, 3), (wishlist, 11), (virginia, 4))]
    assert all({"unnamed_source", "named_organization"} <= {row["reading"], *row["alt"]} for row in republicans)
    former = [by_key[key] for key in ((benghazi, 11), *[(church, number) for number in range(15)])]
    assert all(row["reading"] != "named_official" or "named_person" in row["alt"] for row in former)
    announced = [by_key[key]["reading"] for key in ((gillibrand, 0), (gillibrand, 12), (fundraising, 1),
                                                      (fundraising, 2), (daca, 8))]
    assert announced == ["named_official"] * 2 + ["named_organization"] * 3  # "announced that ...": the speaker
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((louisville, 4), (strike, 16), (fundraising, 0), (obamacare, 1), (cliff, 18), (smollett, 7),
              (wishlist, 16), (pence, 6), (ross, 18), (benghazi, 12), (apple, 12))]
    assert close == [("named_person", []),  # Hardison "told the paper": the Courier-Journal relayed, rule 1
                     ("named_official", []),  # Lepine "told France Info radio": the outlet receives (rule 5)
                     ("unattributed", ["named_organization"]),  # "each announced massive fundraising totals": a summary
                     ("unnamed_source", ["named_official", "unattributed"]),  # "Twenty states argued"
                     ("unnamed_source", ["unattributed"]),  # "an estimated $2,200 more"
                     ("named_organization", ["unnamed_source"]),  # "police said on Wednesday", not Johnson
                     ("named_official", ["named_person"]),  # Nunes "claimed in the letter"
                     ("unnamed_source", ["cited_outlet"]),  # "The story says ... Republicans joke"
                     ("unattributed", ["unnamed_source"]),  # "it's also apparent": the writer's hedge
                     ("unattributed", ["named_official"]),  # Clinton "has assumed general responsibility": a stance
                     ("unnamed_source", ["named_organization"])]  # "Zhang's wife told federal agents"


def test_thirty_ninth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 5b2fce5 (made once, 14:28:17 UTC on 6 December, seven seconds after the thirty-eighth
    set's; made again into another folder, byte-identical): 148/151 with alt, 139 strict, 4/4, no agreeing type
    under a wrong source (judged with each key open)."""
    keyed = assert_held_out_figure("heldout39", statements=383, articles=20, keyed=151, agree=148, strict=139,
                                   reasons=4, reasons_agree=4, wrong_sources=0, per_article_min_max=(3, 14))
    assert reason_misses(keyed) == {}
    assert [row for row in keyed if row["reason_keyed"] or row["reason_reading"]] == []  # no reason given anywhere
    asked = [(row["id"], row["statement"]) for row in keyed if row["reason_keyed"] is not None]
    assert asked == [("BYcNYUqVfWyOr4U0", 4), ("FFihCsvTSocYDo2C", 18), ("bMreKc6Y3039DA7E", 12),
                     ("20nKXrVtjR0gKjLl", 2), ("20nKXrVtjR0gKjLl", 14), ("G5HrGjzu6MXlQfSl", 14),
                     ("v7GIr1Di8M0fykKe", 2)]  # the 7 keyed Anonymous source
    assert type_disagreements(keyed) == {
        ("Rb0cRoNvhXcmR2cT", 7): ("unattributed", "cited_outlet"),  # "It also highlights": no cue, the Times' story
        ("HmO9ABukedvzTBSx", 24): ("named_organization", "unnamed_source"),  # "other states": no name
        ("v7GIr1Di8M0fykKe", 8): ("unattributed", "boilerplate")}  # "Facebook Twitter Pinterest" and a caption
    assert [row for row in keyed if row["source_ok"] is not True] == []  # no wrong source
    assert agreeing_through_alt(keyed) == 9  # the type in alt
    through = {(row["id"], row["statement"]): row["keyed"] for row in keyed if row["keyed"] != row["reading"] and row["agree"]}
    assert through == {
        ("PERGLvcdErVRZBbk", 4): "document",  # "the letter": Nunes's, the letter as a record in alt
        ("BYcNYUqVfWyOr4U0", 4): "unnamed_source",  # "Republicans said": the party, its spokesman quoted next
        ("BYcNYUqVfWyOr4U0", 8): "unattributed",  # "are widely viewed as"
        ("bMreKc6Y3039DA7E", 4): "unattributed",  # "is expected to"
        ("20nKXrVtjR0gKjLl", 2): "unnamed_source", ("20nKXrVtjR0gKjLl", 14): "unnamed_source",  # prosecutors
        ("TxfgcoQeiv0NyF1u", 16): "unattributed",  # "the UN ..., which called for both sides to respect"
        ("dlNTTZgIbuDez1HE", 3): "unattributed",  # "The White House is mandating that"
        ("dlNTTZgIbuDez1HE", 18): "unattributed"}  # "an estimated $2,200 more"
    per_article = keyed_per_article(keyed, THIRTY_NINTH_SET)
    assert (per_article[9], per_article[10]) == (7, 7)  # median 7; ABC News' key holds 14
    assert sum(count < 5 for count in per_article) == 3  # the New York Post's 3, Newsmax's and NPR's 4
    assert keyed_types(keyed) == {"named_official": 85, "unattributed": 46, "named_organization": 10,
                                  "unnamed_source": 7, "named_person": 2, "document": 1, "cited_outlet": 0}
