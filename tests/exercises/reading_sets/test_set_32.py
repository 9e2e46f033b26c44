"""docs/exercise_agreement_heldout32.jsonl: the thirty-second reading set (seed 1232), read blind.

Its section of docs/exercise_agreement.md: "The thirty-second reading set (stop 38; the rule, written
before the draw)".
"""

from __future__ import annotations

from reading_set_checks import reader_part

THIRTY_SECOND_SET = [  # the draw of docs/exercise_agreement.md ("the thirty-second reading set"), in its order
    "LPtoS6Po1HfHMfG5", "JtVqlWis0yCFRP4J", "pGhHGh6wrLcJEmot", "TQTOBbr0ZKIyiMBp",
    "6Hiy1c914hICJFBS", "VTOnwsxhvEdXvHy2", "Ehz4MxXx28pTSZFN", "FmFd2rBDOB1FeASs",
    "hC565cDMoAvaq0Rd", "qs1tZ6fXoQPyRtno", "UCA4CbFVZah2gePg", "aF8MMQgjMpZGOYYp",
    "fNClfO9YpcVDOwyn", "GvF19xNxkSQ33lj0", "it6Dw8wiO26QMrFe", "oSWJTZImj61n5rKq",
    "NLdfgh7BMtwD4TLS", "9CMwzJJVs4vAcUUv", "9KQruH1Zhd7YzomR", "mPAbcOF8HJkTIqJp",
]


def test_thirty_second_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read32b): 184 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout32", THIRTY_SECOND_SET[10:], 184,
        {"The Guardian", "ABC News", "Politico", "Daily Beast", "CNN (Web News)", "BBC News", "Fox Online News",
         "Associated Press", "New York Post", "Washington Times"},
        {"unattributed": 68, "named_official": 65, "unnamed_source": 16, "named_organization": 14,
         "named_person": 12, "cited_outlet": 1, "document": 0, "boilerplate": 8},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    sanders, reddit, booker, town_hall, florida, aid, shulkin, tariffs, opioid, clinton = THIRTY_SECOND_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(sanders, 4): False, (sanders, 7): False,  # "Polling ... suggests", "opinion polls ... show"
                       **{(town_hall, number): False for number in (16, 17, 18, 19)},  # the constituent
                       **{(aid, number): False for number in (2, 4, 8, 10, 15, 19, 22)},
                       (tariffs, 12): False, (tariffs, 18): False, (opioid, 1): False}  # no terms anywhere
    cut = [(key, row["alt"]) for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [((sanders, 8), ["unattributed"]), ((reddit, 0), ["unattributed"]), ((reddit, 1), []),
                   ((reddit, 6), []), ((reddit, 19), []), ((booker, 0), ["named_official"]), ((booker, 1), []),
                   ((florida, 0), ["unattributed"])]  # captions, a credit, a link label, a highlight
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [(aid, 9)]  # the Post
    relayed = [(by_key[(aid, number)]["reading"], by_key[(aid, number)]["rule"]) for number in (8, 10, 16, 22)]
    assert relayed == [("unnamed_source", "1,6"), ("unnamed_source", "1"), ("named_official", "1"),
                       ("unnamed_source", "1")]  # via Reuters, Reuters, the New York Times, the Washington Post
    ousted = {(by_key[(shulkin, number)]["reading"], tuple(by_key[(shulkin, number)]["alt"]))
              for number in (0, 1, 2, 7, 8, 9, 10, 11, 12, 13, 14, 15, 19)}
    assert ousted == {("named_official", ("named_person",))}  # the fired secretary, leaving, of his office
    former = {(row["reading"], tuple(row["alt"])) for key, row in by_key.items() if key[0] == clinton and key[1] != 10}
    assert former == {("named_person", ("named_official",))}  # a former president in no office
    wola = [(by_key[(aid, number)]["reading"], by_key[(aid, number)]["alt"]) for number in (16, 17, 18, 23)]
    assert wola == [("named_official", ["named_person"])] * 4  # Beltrán and Isaacson of a named group
    oig = [(by_key[(town_hall, number)]["reading"], by_key[(town_hall, number)]["alt"][0]) for number in range(9, 14)]
    assert oig == [("named_organization", "document")] * 3 + [("named_organization", "unattributed"),
                                                            ("named_organization", "document")]  # [12] rule 3
    assert (by_key[(town_hall, 12)]["rule"], by_key[(town_hall, 3)]["reading"]) == ("3", "unattributed")
    poll = by_key[(sanders, 16)]  # "a poll released this week by NBC News and Survey Monkey found"
    assert (poll["reading"], poll["alt"]) == ("named_organization", ["cited_outlet", "unattributed"])
    hedges = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((sanders, 15), (tariffs, 2), (shulkin, 4),
                                                                        (reddit, 8), (opioid, 1))]
    assert hedges == [("unattributed", ["unnamed_source"])] * 4 + [("unnamed_source", ["document", "unattributed"])]
    named_next = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((town_hall, 0), (tariffs, 0))]
    assert named_next == [("named_official", "6,7"), ("named_official", "6")]  # Hagedorn, Gao Feng
    judge = [by_key[(florida, number)]["reading"] for number in (1, 2, 5, 6, 8, 9, 10, 11)]
    assert judge == ["unattributed", "named_official", "unattributed", "named_official", "unattributed",
                     "named_official", "unattributed", "unattributed"]  # rulings and stays told; his words his
    first_lady = [(by_key[(opioid, number)]["reading"], by_key[(opioid, number)]["alt"]) for number in (7, 9, 10)]
    assert first_lady == [("named_official", ["named_person"]), ("unattributed", ["named_official"]),
                          ("named_official", ["named_person"])]  # "She also touted" told by its topic
    acts = [by_key[key] for key in ((aid, 1), (shulkin, 6), (shulkin, 17), (tariffs, 9), (tariffs, 11),
                                    (tariffs, 21), (opioid, 3), (florida, 16), (booker, 5), (aid, 0))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)
    speech = [by_key[key]["reading"] for key in ((shulkin, 3), (aid, 20), (town_hall, 15), (reddit, 9), (florida, 13))]
    assert speech == ["named_official"] * 3 + ["named_organization"] * 2
