"""docs/exercise_agreement_heldout54.jsonl: the fifty-fourth reading set (seed 1254), read blind.

Its section of docs/exercise_agreement.md: "The fifty-fourth reading set (stop 46; the rule, written
before the draw)".
"""

from __future__ import annotations

from reading_set_checks import reader_part

FIFTY_FOURTH_SET = [  # the draw of docs/exercise_agreement.md ("the fifty-fourth reading set"), in its order
    "Puam32o6rEU9lxjo", "RkRjoXmoulwKigw3", "qrlLiEb8nsTNCfoi", "JSMyDixsfqeO6SmL",
    "6gWFVfifd1SaaYoC", "Aonpd916Gd48LWSf", "1FdXTiYbpH4hzbJr", "EUxmPRbXazwzEbn1",
    "T5MCyiXevZar4UN4", "rR1g4t9E2J0C4Qrv", "1f1XQW5LgVe9JzMF", "d48Gur36X3Kn9O9Q",
    "M7o3enhZCmPFN9px", "kK4cYZ0i9byV2Y4R", "EPqxAeB98J3NVYu8", "zsYVvJ2qGtVmrmWy",
    "0Tdw15oOkwzgg41w", "vS5iPskxaabMXMCf", "LVmrLlzxymDZyoav", "86N9ePUVCfTzRq2i",
]


def test_fifty_fourth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read54b): 183 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout54", FIFTY_FOURTH_SET[10:], 183,
        {"Reuters", "NPR Online News", "Breitbart News", "New York Post", "Politico", "Daily Beast",
         "Wall Street Journal - News", "Washington Times", "USA TODAY", "CBN"},
        {"unattributed": 79, "named_official": 57, "named_person": 19, "named_organization": 13,
         "unnamed_source": 11, "boilerplate": 3, "cited_outlet": 1, "document": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    moscow, solis, debate, quake, guns, matthews, cruz, priebus, korea, pence = FIFTY_FOURTH_SET[10:]
    assert [len([row for row in second if row["id"] == article]) for article in FIFTY_FOURTH_SET[10:]] == [
        13, 13, 26, 18, 22, 21, 27, 9, 19, 15]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(solis, 11): False, (quake, 0): False, (quake, 1): False, (quake, 9): False,
                       **{(guns, number): False for number in (1, 2, 20, 21)}, (matthews, 14): False,
                       (cruz, 14): False, (priebus, 4): False}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(debate, 23), (debate, 24), (debate, 25)]  # Pollak's credit, book and follow lines
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(solis, 12)]  # "a CNN writer pondered ..., in a piece titled"
    split = [(by_key[(cruz, number)]["reading"], by_key[(cruz, number)]["rule"]) for number in (0, 1)]
    assert split == [("named_official", "7")] * 2  # "DOUGLAS, Ariz.—Sen." read as its sentence
    relayed = [(by_key[key]["reading"], by_key[key]["rule"], by_key[key]["alt"])
               for key in ((moscow, 7), (korea, 14), (priebus, 1))]
    assert relayed == [("named_official", "1", ["cited_outlet"])] * 3  # TASS, Yonhap, Newsmax
    told = [(by_key[(quake, number)]["reading"], by_key[(quake, number)]["alt"]) for number in (11, 15, 17)]
    assert told == [("named_official", ["named_person", "cited_outlet"])] * 2 + [("named_person", ["cited_outlet"])]
    assert all(by_key[(quake, number)]["rule"] == "1,5" for number in (11, 15, 17))  # SF Gate, the Times, LA Times
    poll = [by_key[(cruz, number)]["reading"] for number in (22, 23, 24, 25)]
    assert poll == ["named_organization", "named_organization", "unattributed", "named_organization"]
    assert by_key[(cruz, 22)]["rule"] == "6"  # "The only recent poll", Westgroup Research named next
    spokesperson = by_key[(matthews, 14)]  # "McConnell's spokesperson ..., he answered"
    assert (spokesperson["rule"], spokesperson["alt"]) == ("5,6", ["named_official"])
    hosts = {by_key[(matthews, number)]["reading"] for number in (*range(1, 13), *range(18, 21))}
    assert hosts == {"named_person"}  # Matthews and Kornacki, no office
    wife = [(by_key[(pence, number)]["reading"], by_key[(pence, number)]["alt"]) for number in (12, 13, 14)]
    assert wife == [("named_person", ["named_official"])] * 3  # "Pence's wife, Karen"
    kaine = by_key[(debate, 6)]  # "his repeated, shrill accusations that Donald Trump is associated with the Ku Klux Klan"
    assert (kaine["reading"], kaine["rule"], kaine["alt"]) == ("named_official", "7", ["unattributed"])
    koreas = [(by_key[(korea, number)]["reading"], by_key[(korea, number)]["rule"]) for number in (0, 2, 10, 11, 12)]
    assert koreas == [("named_organization", "table")] * 3 + [("named_organization", "3"), ("unattributed", "7")]
    hedges = [by_key[key] for key in ((debate, 2), (debate, 9), (debate, 10), (debate, 15), (debate, 18),
                                      (debate, 20), (guns, 0), (guns, 3), (cruz, 9))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "4" and row["alt"] == ["unnamed_source"]
               for row in hedges)  # "seemed", "seems", "conventional wisdom", "strong indications", "considered"
    acts = [by_key[key] for key in ((moscow, 1), (moscow, 9), (moscow, 11), (moscow, 12), (solis, 0), (solis, 7),
                                    (guns, 6), (matthews, 0), (cruz, 7), (cruz, 12), (cruz, 13), (cruz, 16),
                                    (cruz, 20), (priebus, 3), (korea, 8), (korea, 9), (korea, 15), (korea, 16),
                                    (korea, 17), (pence, 0), (pence, 5))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)
