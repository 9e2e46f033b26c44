"""docs/exercise_agreement_heldout64.jsonl: the sixty-fourth reading set (seed 1264), read blind.

Its section of docs/exercise_agreement.md: "The sixty-fourth reading set (stop 50; the rule, written
before the draw)".
"""

from __future__ import annotations

from reading_set_checks import reader_part

SIXTY_FOURTH_SET = [  # the draw of docs/exercise_agreement.md ("the sixty-fourth reading set"), in its order
    "69JQugLZtQQLA856", "jikGiIQiParSjZyh", "uQ5AZyLU3zcdFTZQ", "LAXPWKNGIvqkFExC",
    "ee27vuWxUvZGPfmE", "pksOcgdVhVsr7pny", "CpLyueSJ066lxhAa", "oA0hREljnpn0yHhp",
    "d7SvLxE4DMaW9VkF", "cIDv2VmsSZGHPOT3", "cTLwn5mTdyayYkHg", "kXGdu99iIzEzDbI9",
    "nvOTDWcX4r2Aih4v", "8pbUOe7vB49H5FHK", "lJuRIdmK7RCVAbpU", "vSxTwGo7lWzt67va",
    "HGVv51E93mxgQt0M", "CT2fCRfBbhPNFncF", "qLq8660UgMG0zuJK", "wwJ4BT4nhZmda3e7",
]


def test_sixty_fourth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read64b): 188 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout64", SIXTY_FOURTH_SET[10:], 188,
        {"NPR Online News", "CNN (Web News)", "USA TODAY", "Politico", "Christian Science Monitor", "The Guardian",
         "CBN", "CBS News", "Newsmax", "Breitbart News"},
        {"unattributed": 73, "named_official": 58, "named_person": 29, "boilerplate": 8, "unnamed_source": 7,
         "named_organization": 7, "cited_outlet": 6, "document": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    barr, bush, puzder, aid, moulton, gwadar, rupaul, numbers, gates, alabama = SIXTY_FOURTH_SET[10:]
    assert [len([row for row in second if row["id"] == article]) for article in SIXTY_FOURTH_SET[10:]] == [
        16, 22, 24, 15, 15, 17, 29, 11, 14, 25]
    letters = {"unattributed": "u", "named_official": "O", "named_person": "P", "named_organization": "G",
               "document": "D", "cited_outlet": "C", "unnamed_source": "A", "boilerplate": "b"}
    assert ["".join(letters[row["reading"]] for row in second if row["id"] == article)
            for article in SIXTY_FOURTH_SET[10:]] == [  # every reading, article by article
        "OAuOOOOOOOOOuOOO", "uuuuOuPuPPPGOOPuPPPPPP", "OObbuuuubuOubOubuuAbuOOO", "OuOuuOuuuuuuuuu",
        "OuOOOuuuuuOAuuu", "uCAuAAGGGGuuuuuuu", "uCuCuuuuCPuPPPPPPCGOOOOuuuPPP", "uuuuuuOuOuu",
        "PPPPPPPPAOOOOG", "uCbuuuOOOOObOOOOOuOOOOOOO"]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(barr, 1): False, (puzder, 18): False, (moulton, 11): False, (gwadar, 2): False,
                       (gwadar, 4): False, (gwadar, 5): False, (gates, 8): False}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [*[(puzder, number) for number in (2, 3, 8, 12, 15, 19)], (alabama, 2), (alabama, 11)]
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(gwadar, 1), (rupaul, 1), (rupaul, 3), (rupaul, 8), (rupaul, 17), (alabama, 1)]
    assert (by_key[(alabama, 1)]["rule"], by_key[(alabama, 1)]["alt"]) == ("9", ["named_organization"])  # NBC's tweet
    assert [by_key[(alabama, number)]["reading"] for number in (9, 10)] == ["named_official"] * 2  # Wen's tweet
    assert (by_key[(alabama, 18)]["reading"], by_key[(alabama, 18)]["alt"]) == (
        "named_official", ["unnamed_source", "unattributed"])  # the quotation after Ivey's signing
    assert (by_key[(barr, 1)]["alt"], by_key[(gates, 8)]["alt"]) == (["unattributed", "named_official"],
                                                                      ["named_official"])
    assert (by_key[(gwadar, 4)]["alt"], by_key[(gwadar, 5)]["alt"]) == (["named_organization"], ["cited_outlet"])
    assert (by_key[(gwadar, 5)]["rule"], by_key[(puzder, 18)]["rule"]) == ("1,5,6", "4")
    assert [by_key[(gwadar, number)]["reading"] for number in (7, 9)] == ["named_organization"] * 2  # claims
    former = [by_key[(bush, number)] for number in (6, 8, 9, 10, 14, 16, 17, 18, 19, 20, 21)]  # Bush, Huckabee
    assert all(row["reading"] == "named_person" and row["alt"][0] == "named_official" for row in former)
    assert (by_key[(bush, 11)]["reading"], by_key[(bush, 11)]["alt"]) == ("named_organization", ["unattributed", "document"])
    assert all(by_key[(gates, number)]["reading"] == "named_person" and by_key[(gates, number)]["alt"] == ["named_official"]
               for number in range(8))  # the businessman and philanthropist
    wen_then, wen_after = [by_key[(rupaul, n)] for n in (20, 21, 22)], [by_key[(rupaul, n)] for n in (26, 27, 28)]
    assert all(row["reading"] == "named_official" and "named_person" in row["alt"] for row in wen_then)
    assert all(row["reading"] == "named_person" and row["alt"] == ["named_official"] for row in wen_after)
    assert (by_key[(rupaul, 19)]["rule"], by_key[(rupaul, 19)]["alt"]) == ("6,10", ["unnamed_source", "unattributed"])
    assert (by_key[(rupaul, 18)]["reading"], by_key[(rupaul, 18)]["alt"]) == ("named_organization", ["document", "cited_outlet"])
    assert (by_key[(moulton, 9)]["reading"], by_key[(moulton, 9)]["alt"]) == ("unattributed", ["unnamed_source"])
    interviews = [by_key[key] for key in ((puzder, 23), (moulton, 4), (moulton, 10), (rupaul, 9), (rupaul, 11))]
    assert all("5" in row["rule"] and row["alt"] == ["cited_outlet"] for row in interviews)  # the outlet receiving
    assert (by_key[(aid, 0)]["alt"], by_key[(aid, 2)]["alt"]) == (["named_person"], ["named_person"])
    assert all(by_key[(aid, number)]["reading"] == "unattributed" for number in (3, 4, *range(6, 15)))  # the op-ed
    table = [by_key[(numbers, number)] for number in (1, 4, 5, 7, 9, 10)]  # the numbers, no source named
    assert all(row["reading"] == "unattributed" and row["alt"] == ["document"] for row in table)
    acts = [by_key[key] for key in ((barr, 2), (barr, 12), (bush, 2), (bush, 3), (bush, 5), (bush, 7), (bush, 15),
                                    (puzder, 6), (puzder, 7), (puzder, 9), (puzder, 11), (puzder, 14), (puzder, 17),
                                    (puzder, 20), (aid, 1), (moulton, 6), (moulton, 7), (moulton, 12), (rupaul, 10),
                                    (rupaul, 23), (rupaul, 24), (rupaul, 25), (alabama, 0), (alabama, 17))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)
