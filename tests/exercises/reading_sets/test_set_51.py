"""docs/exercise_agreement_heldout51.jsonl: the fifty-first reading set (seed 1251), read blind.

Its section of docs/exercise_agreement.md: "The fifty-first reading set (stop 45; the rule, written
before the draw)".
"""

from __future__ import annotations

from reading_set_checks import reader_part

FIFTY_FIRST_SET = [  # the draw of docs/exercise_agreement.md ("the fifty-first reading set"), in its order
    "LLFazeATYSp8Cq1d", "isRrk52kvNfdZX3d", "xYdmFQgfLryDNC2T", "VlUqiWaMRmvnw8Mo",
    "FjO7Ico8DuMf6mAE", "cAOvoDgd3sfs85u0", "dXvCjEUZzmr5DfiC", "bfMdpO2VHkmqxh3D",
    "DFGmV40ixS0x4dPS", "OqF4vNu2ilpR5fkK", "iPNbUmryLqNZmUAh", "qPqfm3BZBchGXPna",
    "fRxAbyyojKoV3IzK", "DeCMxcaavfdtkXkR", "orkoqkZy16XwYEMT", "Uxl7oS6ePXunh8XH",
    "3EQjizOMguUCuFbG", "qRppBL2qZbPFj6xY", "hB6RQ3sAl7HrbZGm", "IActsU428DJW1z3z",
]


def test_fifty_first_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read51a): 192 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout51", FIFTY_FIRST_SET[:10], 192,
        {"Wall Street Journal - News", "Christian Science Monitor", "Al Jazeera", "Newsmax", "Associated Press",
         "Breitbart News", "Politico", "Fox News", "ABC News", "Washington Times"},
        {"unattributed": 74, "named_official": 69, "named_person": 23, "named_organization": 14,
         "unnamed_source": 7, "document": 5, "cited_outlet": 0, "boilerplate": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    cohen, rallies, uighurs, sotomayor, ultrasound, fauci, surge, bump, ready, tillerson = FIFTY_FIRST_SET[:10]
    assert [len([row for row in first if row["id"] == article]) for article in FIFTY_FIRST_SET[:10]] == [
        21, 24, 14, 15, 23, 27, 20, 16, 17, 15]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(cohen, 2): False, (rallies, 8): False, (sotomayor, 5): False, (sotomayor, 6): False,
                       (surge, 5): False, (surge, 6): False, (surge, 12): False}  # no terms anywhere
    records = [key for key, row in by_key.items() if row["reading"] == "document"]
    assert records == [(cohen, number) for number in (0, 5, 7, 16, 18)]  # documents, Panama Papers, records show
    assert not [row for row in first if row["reading"] in ("boilerplate", "cited_outlet")]
    journal = by_key[(cohen, 9)]  # "The Journal reported in May" in the Wall Street Journal
    assert (journal["reading"], journal["rule"], journal["alt"]) == ("unattributed", "10", ["cited_outlet"])
    learned = by_key[(ready, 1)]  # "ABC News has learned" in ABC News
    assert (learned["reading"], learned["rule"], learned["alt"]) == ("unattributed", "10", ["cited_outlet", "unnamed_source"])
    owner = {(by_key[(cohen, number)]["reading"], tuple(by_key[(cohen, number)]["alt"]))
             for number in (3, 4, *range(11, 16), 19, 20)}
    assert owner == {("named_person", ("named_official",))}  # Merschman, owner of the development
    goers = [(by_key[(rallies, number)]["reading"], by_key[(rallies, number)]["rule"]) for number in (9, 18, 22)]
    assert goers == [("named_person", "1,5")] * 3  # "told the Associated Press", "told Reuters"
    bolton = [(by_key[(uighurs, number)]["reading"], by_key[(uighurs, number)]["alt"]) for number in (8, 9, 10)]
    assert bolton == [("named_person", ["named_official", "document"]), ("named_person", ["unnamed_source", "named_official"]),
                      ("named_person", ["named_official"])]  # out of office; the interpreter and Pottinger relayed
    provisions = [by_key[key] for key in ((uighurs, 11), (uighurs, 12), *[(ultrasound, number) for number in range(10, 14)])]
    assert all(row["reading"] == "unattributed" and row["alt"] == ["document"] for row in provisions)  # the laws
    republicans = by_key[(surge, 15)]  # "some undeclared Republicans announced": Cornyn, Johanns, Burr named next
    assert (republicans["reading"], republicans["alt"], republicans["rule"]) == ("named_official", ["unnamed_source"], "6,7")
    letter = by_key[(surge, 5)]  # "14 GOP senators vented in a letter"
    assert (letter["rule"], letter["alt"]) == ("6,7", ["document", "unattributed"])
    groups = [(by_key[key]["rule"], by_key[key]["alt"]) for key in ((sotomayor, 5), (sotomayor, 6), (rallies, 8))]
    assert groups == [("6", ["named_organization"]), ("6,7", ["unattributed"]), ("6,7", ["unattributed"])]
    bird = {(by_key[(ready, number)]["reading"], tuple(by_key[(ready, number)]["alt"])) for number in (4, 5, 8, 9, 15, 16)}
    assert bird == {("named_official", ("named_person",))}  # the head of 270 Strategies for his firm
    hosts = [(by_key[(fauci, number)]["reading"], by_key[(fauci, number)]["alt"]) for number in (8, 9, 19)]
    assert hosts == [("named_person", ["cited_outlet"])] * 3  # Jake Tapper's questions
    assert sum(row["reading"] == "named_official" for row in first if row["id"] == fauci) == 24
    lawyer = by_key[(ultrasound, 15)]  # ACLU lawyer Alexa Kolbi-Molinas
    assert (lawyer["reading"], lawyer["alt"]) == ("named_official", ["named_person"])
    denials = [(by_key[(tillerson, number)]["reading"], by_key[(tillerson, number)]["rule"]) for number in (0, 2, 3)]
    assert denials == [("named_official", "7"), ("unattributed", "7"), ("named_official", "7")]
    hedge = by_key[(sotomayor, 8)]  # "the White House may have hoped": the writer's own hedge
    assert (hedge["reading"], hedge["alt"]) == ("unattributed", ["unnamed_source"])
    clauses = [by_key[key] for key in ((rallies, 5), (rallies, 17), (surge, 9))]  # unnamed groups only in a clause
    assert all(row["reading"] == "unattributed" and "unnamed_source" in row["alt"] for row in clauses)
    acts = [by_key[key] for key in ((cohen, 6), (cohen, 8), (rallies, 0), (rallies, 1), (rallies, 3), (rallies, 21),
                                    (uighurs, 7), (sotomayor, 1), (sotomayor, 7), (sotomayor, 9), (sotomayor, 12),
                                    (ultrasound, 0), (ultrasound, 1), (ultrasound, 3), (ultrasound, 5), (ultrasound, 6),
                                    (ultrasound, 9), (ultrasound, 20), (surge, 8), (bump, 0), (bump, 7), (bump, 13),
                                    (ready, 0), (ready, 7), (ready, 14))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)
    speech = [by_key[key] for key in ((cohen, 1), (uighurs, 6), (sotomayor, 13), (ultrasound, 4), (ultrasound, 14),
                                      (ultrasound, 16), (surge, 18), (bump, 1), (bump, 8), (bump, 14))]
    assert all(row["reading"] != "unattributed" and "7" in row["rule"].split(",") for row in speech)  # with content
