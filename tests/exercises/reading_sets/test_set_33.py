"""docs/exercise_agreement_heldout33.jsonl: the thirty-third reading set (seed 1233), read blind.

Its section of docs/exercise_agreement.md: "The thirty-third reading set (stop 38; the rule, written
before the draw)".
"""

from __future__ import annotations

from reading_set_checks import reader_part

THIRTY_THIRD_SET = [  # the draw of docs/exercise_agreement.md ("the thirty-third reading set"), in its order
    "AYUJlc4xhoTjfVOO", "kIQz9BUWl9KwOEgb", "osjamcM917XfW7mX", "OsCQqf3H3r8CDw4N",
    "u8ZHl1I7KCnGfpbd", "RkivoT7pJirCNcNa", "NGyw6E2RHzAqSXLG", "TZVFaNx4C0ylbvJd",
    "AFoRz6XJs698spEI", "9tzh0lE9oGp2sT0j", "xa6ucylpUsslzmZK", "CO1YwXbaOukW6nIw",
    "aKPQqtVcVrF6GuS6", "1nyGxsvY84vw3QEf", "kzcuDg5UwWPCY331", "C5aBxEelPfxKcQ0D",
    "QNstNivVIgraGyzp", "diwcGFPSKGVcGbIe", "9fHjfcve2tgRXdvs", "Rke8besWOCHjlKyh",
]


def test_thirty_third_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read33a): 159 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout33", THIRTY_THIRD_SET[:10], 159,
        {"New York Times - News", "BBC News", "The Daily Caller", "ABC News", "Bloomberg",
         "Wall Street Journal - News", "Daily Beast", "Politico", "Washington Times"},
        {"unattributed": 71, "named_official": 41, "named_organization": 15, "unnamed_source": 13,
         "named_person": 11, "document": 7, "cited_outlet": 1, "boilerplate": 0},
        1, {"AYUJlc4xhoTjfVOO"})
    by_key = {(row["id"], row["statement"]): row for row in first}
    tenet, michigan, ona, reparations, charlotte, putin, email, malkin, heck, cassidy = THIRTY_THIRD_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(tenet, 6): True,  # "who spoke on condition of anonymity"
                       (tenet, 9): False, (michigan, 3): False, (michigan, 12): False, (ona, 6): False,
                       (ona, 11): False, (ona, 12): False, (reparations, 8): False, (charlotte, 15): False,
                       (email, 10): False, (email, 12): False, (malkin, 2): False, (cassidy, 14): False}
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [(putin, 16)]  # the Post
    assert all(row["reading"] == "unattributed" for row in by_key.values() if row["id"] == heck and row["statement"] > 2)
    plan = [(by_key[(charlotte, number)]["reading"], by_key[(charlotte, number)]["rule"]) for number in range(1, 12)]
    assert plan == [("unattributed", "table"), ("document", "table"), ("document", "3"), ("document", "3"),
                    ("unattributed", "table"), ("unattributed", "table"), ("unattributed", "table"),
                    ("document", "table"), ("document", "3"), ("document", "3"), ("unattributed", "table")]
    assert all(by_key[(charlotte, number)]["alt"] == ["document"] for number in (1, 5, 6))  # the plan in alt
    dnc = by_key[(charlotte, 14)]  # "Update: The DNC points out": the DNC's statement, not an update note
    assert (dnc["reading"], dnc["alt"]) == ("named_organization", [])
    poll = [(by_key[(reparations, number)]["reading"], by_key[(reparations, number)]["alt"]) for number in (0, 1, 2, 4)]
    assert poll == [("named_organization", ["cited_outlet", "document"])] * 4  # the Reuters/Ipsos poll
    method = [(by_key[(reparations, number)]["reading"], by_key[(reparations, number)]["rule"]) for number in (5, 6)]
    assert method == [("unattributed", "8")] * 2  # "The poll, conducted Monday and Tuesday, included 1,115 adults"
    darity = by_key[(reparations, 7)]  # "told The New York Times"
    assert (darity["reading"], darity["alt"], darity["rule"]) == ("named_person", ["cited_outlet"], "1,5")
    assert (by_key[(reparations, 11)]["reading"], by_key[(reparations, 11)]["alt"]) == ("document", ["unattributed"])
    candidates = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((reparations, 9), (email, 11))]
    assert candidates == [("named_official", ["named_person"])] * 2  # Biden, Clinton
    named_later = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((ona, 0), (putin, 0), (email, 14))]
    assert named_later == [("named_organization", "6"), ("named_official", "6"), ("named_person", "6")]
    assert all("unnamed_source" in by_key[key]["alt"] for key in ((ona, 0), (putin, 0), (email, 14)))
    police = by_key[(ona, 13)]  # "Counter-terrorism police have previously spoken about"
    assert (police["reading"], police["alt"]) == ("named_organization", ["unnamed_source", "unattributed"])
    told = by_key[(putin, 9)]  # "Trump had told reporters ... but neither he nor Sanders disclosed"
    assert (told["reading"], told["alt"], told["rule"]) == ("named_official", ["unattributed"], "7")
    assert (by_key[(putin, 15)]["reading"], by_key[(putin, 15)]["alt"]) == ("unattributed", ["cited_outlet"])
    letter = by_key[(tenet, 5)]  # the former directors' letter "asking that ... they be allowed to see the report"
    assert (letter["reading"], letter["alt"]) == ("named_person", ["named_official", "unattributed"])
    fuentes = [(by_key[(malkin, number)]["reading"], by_key[(malkin, number)]["alt"]) for number in (8, 9)]
    assert fuentes == [("unattributed", ["named_person"]), ("named_person", ["unattributed"])]
    posts = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((malkin, 16), (malkin, 17), (cassidy, 7))]
    assert posts == [("named_organization", "9"), ("named_person", "9"), ("named_official", "9")]
    polls = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((michigan, 3), (michigan, 12))]
    assert polls == [("unnamed_source", "4")] * 2  # "polls show", "The polls suggest"
    acts = [by_key[key] for key in ((tenet, 4), (tenet, 8), (tenet, 10), (malkin, 0), (malkin, 3), (malkin, 7),
                                    (malkin, 15), (malkin, 19), (cassidy, 10), (cassidy, 13))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)
    unclear = [by_key[key]["reading"] for key in ((michigan, 0), (cassidy, 9))]
    assert unclear == ["unattributed"] * 2  # the writer's own "it is not clear whether", "It's unclear"
