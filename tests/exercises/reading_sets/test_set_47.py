"""docs/exercise_agreement_heldout47.jsonl: the forty-seventh reading set (seed 1247), read blind.

Its section of docs/exercise_agreement.md: "The forty-seventh reading set (stop 43; the rule, written
before the draw)".
"""

from __future__ import annotations

from reading_set_checks import reader_part

FORTY_SEVENTH_SET = [  # the draw of docs/exercise_agreement.md ("the forty-seventh reading set"), in its order
    "QVUvFEPKAzyhiHpK", "ru0izW9VDMTtliU3", "j6yJvAL7c9Si7lXb", "NOBNbN7kmbAqFzrY",
    "9Zdr4KRphEij4Xbj", "1861gBfHGlvmZeUW", "pvmTnrBtHvOunRzs", "pZ1vKLBoodMHZ8in",
    "OCMEKQGaqfT2DWXs", "vFaodUJfLmXueH0Q", "f7dE7G2PKojTq237", "Y45tZN8mkKiVZARe",
    "FZlJPeRj0f3ulfWR", "A3LmgNrZHpS8QxVt", "f5tgA3inZmZNVs5s", "irILOEaKU1QjyEfC",
    "Ka9rqp3Zp7V9aLpr", "rQ0XGWIZE5036q9t", "tVZA1dtQOBe0KYTx", "izG3mMR4mmhWZd8G",
]


def test_forty_seventh_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read47a): 236 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout47", FORTY_SEVENTH_SET[:10], 236,
        {"Daily Beast", "Breitbart News", "Associated Press", "The Guardian", "CBS News", "CNN (Web News)",
         "USA TODAY", "Christian Science Monitor", "BBC News", "Bloomberg"},
        {"unattributed": 71, "named_person": 69, "named_official": 40, "named_organization": 30,
         "unnamed_source": 18, "boilerplate": 5, "document": 3, "cited_outlet": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    (cheney, fox, probe, emails, wastebook, poll, cruz, durst, deportations,
     obamacare) = FORTY_SEVENTH_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(cheney, 7): False, (poll, 17): False, (deportations, 8): False,
                       **{(cruz, number): False for number in (3, 4, 5, 6, 7, 8, 11, 13, 14, 15, 16, 23, 24, 25, 26)}}
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(wastebook, 5), (obamacare, 0), (obamacare, 1), (obamacare, 2), (obamacare, 17)]
    records = [key for key, row in by_key.items() if row["reading"] == "document"]
    assert records == [(emails, 1), (emails, 5), (emails, 12)]  # "They show", the emails going on, the calendars
    assert by_key[(emails, 12)]["alt"] == ["cited_outlet"]  # "calendars obtained by the Associated Press"
    former = {(row["reading"], tuple(row["alt"][:1])) for key, row in by_key.items()
              if key[0] in (cheney, fox) and row["reading"] != "unattributed" and key != (cheney, 7)}
    assert former == {("named_person", ("named_official",))}  # Cheney, Vicente Fox, Trump in 2008 and 2011
    reportedly = by_key[(cheney, 1)]  # "Cheney reportedly told CNN"
    assert (reportedly["rule"], reportedly["alt"]) == ("4,5", ["named_official", "unnamed_source"])
    bushes = by_key[(cheney, 7)]  # "representatives for George H.W. Bush and George W. Bush say"
    assert (bushes["rule"], bushes["alt"]) == ("6", ["unattributed", "named_official"])
    unquoted = [by_key[(fox, number)]["rule"] for number in (12, 13, 14, 15)]
    assert unquoted == ["3"] * 4  # Fox's answer printed without quotation marks
    cues = [(by_key[(fox, number)]["reading"], by_key[(fox, number)]["rule"]) for number in (4, 8)]
    assert cues == [("named_person", "5"), ("named_person", "2")]  # the cues cut from their quotations
    inspector = by_key[(probe, 15)]  # "The Justice Department's inspector general said"
    assert (inspector["reading"], inspector["alt"]) == ("named_organization", ["unnamed_source", "named_official"])
    department = [by_key[(probe, number)]["reading"] for number in (0, 1, 3, 4, 7, 11)]
    assert department == ["named_organization"] * 6  # the State Department, its letter and its report
    coburn = by_key[(wastebook, 3)]  # "by a prominent Republican senator", Coburn named in [9]
    assert (coburn["reading"], coburn["rule"], coburn["alt"]) == ("named_official", "6", ["document", "unnamed_source"])
    cordes = [(by_key[(wastebook, number)]["reading"], by_key[(wastebook, number)]["rule"]) for number in (16, 21, 22)]
    assert cordes == [("unattributed", "10")] * 3  # CBS's own correspondent
    assert (by_key[(wastebook, 28)]["reading"], by_key[(wastebook, 28)]["rule"]) == ("named_official", "1,10")
    pollsters = [by_key[(poll, number)]["reading"] for number in range(22)]
    assert pollsters == ["named_organization"] * 10 + ["unattributed"] + ["named_organization"] * 6 \
        + ["unnamed_source", "named_official", "named_organization", "named_organization", "unattributed"]
    assert "unattributed" in by_key[(poll, 0)]["alt"]  # CNN's own poll: rule 10 in alt
    crowd = [(by_key[(cruz, number)]["reading"], by_key[(cruz, number)]["alt"]) for number in (0, 22)]
    assert crowd == [("unattributed", ["unnamed_source"])] * 2  # the chant and the "bye", events
    accused = [(by_key[(cruz, number)]["reading"], by_key[(cruz, number)]["rule"]) for number in (9, 10)]
    assert accused == [("named_person", "7"), ("named_official", "7")]  # "have accused", "has denied"
    lawyer = {(by_key[(durst, number)]["reading"], tuple(by_key[(durst, number)]["alt"])) for number in range(13, 20)}
    assert lawyer == {("named_person", ("named_official",))}  # Chip Lewis, a client's lawyer
    criticism = by_key[(deportations, 6)]  # "Mr Trump has faced criticism, including from his own Republican Party"
    assert (criticism["reading"], criticism["rule"], criticism["alt"]) == ("unattributed", "7", ["unnamed_source", "named_official"])
    buckler = [(by_key[(deportations, number)]["reading"], by_key[(deportations, number)]["rule"]) for number in (12, 14, 16)]
    assert buckler == [("unattributed", "10")] * 3  # the BBC's own correspondent's analysis
    reports = [(by_key[(obamacare, number)]["reading"], by_key[(obamacare, number)]["alt"]) for number in (3, 8, 11, 13)]
    assert reports == [("named_organization", ["document"])] * 4  # the committee staff's, the institute's, the CBO's
    assert (by_key[(obamacare, 7)]["reading"], by_key[(obamacare, 7)]["rule"]) == ("unattributed", "4")  # "appears"
    acts = [by_key[key] for key in ((probe, 12), (probe, 16), (emails, 0), (emails, 2), (emails, 4), (emails, 7),
                                    (emails, 10), (cruz, 2), (cruz, 18), (cruz, 19), (durst, 20), (durst, 21),
                                    (durst, 24), (deportations, 9), (obamacare, 10))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)
