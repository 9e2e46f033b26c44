"""docs/exercise_agreement_heldout76.jsonl: the seventy-sixth reading set (seed 1276), read blind.

Its section of docs/exercise_agreement.md: "The seventy-sixth reading set (stop 53; the rule, written
before the draw)".
"""

from __future__ import annotations

from reading_set_checks import reader_part

SEVENTY_SIXTH_SET = [  # the draw of docs/exercise_agreement.md ("the seventy-sixth reading set"), in its order
    "jFiIamgBKNT6uWQ7", "lbJHMZaSFzZczCem", "kMnaPeazIczoJQuX", "ghRen3eXu4b4iUvK",
    "RAZjFpCaKSB3OQ9c", "ck9pIF4xXCnfFOPY", "PztrhRlwwplKY2fe", "icHiRa0kd7m2ivY3",
    "wzlpwr4vDmSxoyhQ", "UW9QBD9EDy7YCdYF", "8Odt2x53CceTaU7l", "TGSl9gePW03IFntG",
    "rB8fTL3G1sfa4m81", "7PWHOnoBbkhyoDBc", "yBpleU5FoyTRkeT2", "UVcCnqz8udxfvBjw",
    "gmQ8rwLwch2RCExP", "k44hroMxdkdlVySh", "QxgFZ8822rY1rxZi", "pxe2p5cZ7I6lroFP",
]


def test_seventy_sixth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read76a): 193 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout76", SEVENTY_SIXTH_SET[:10], 193,
        {"New York Post", "The Guardian", "CBS News", "Christian Science Monitor", "CNN (Web News)",
         "Politico", "Newsmax", "Washington Times", "New York Times - News", "Breitbart News"},
        {"named_official": 72, "unattributed": 64, "named_organization": 25, "unnamed_source": 13,
         "named_person": 9, "cited_outlet": 7, "document": 3, "boilerplate": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    ads, epstein, poll, barbs, young, ethics, rubio, clancy, concern, flights = SEVENTY_SIXTH_SET[:10]
    assert [len([row for row in first if row["id"] == article]) for article in SEVENTY_SIXTH_SET[:10]] == [
        20, 24, 11, 25, 22, 13, 15, 20, 22, 21]
    letters = {"unattributed": "u", "named_official": "O", "named_person": "P", "named_organization": "G",
               "document": "D", "cited_outlet": "C", "unnamed_source": "A", "boilerplate": "b"}
    assert ["".join(letters[row["reading"]] for row in first if row["id"] == article)
            for article in SEVENTY_SIXTH_SET[:10]] == [  # every reading, article by article
        "uuGPPPAuAOuuDDDuuuuu", "AuuuuOOOOOGAuOuOAAuuuuAu", "GGGGGGGGGuG", "uOOOOOOOuuOOOOuuuuuuuuuuu",
        "OOOOuOOOOuuOOOOOuuuOOO", "GGGGuuGGAAuuP", "OOOOOOOuOOOOOOO", "uOOuuuuGGOOOOOOOOOuu",
        "APPPAOOOOAuuuuuuOOOOOu", "uuCCAOOOCPPGCCGGCGGCu"]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(ads, 6): False, (ads, 8): False,
                       **{(epstein, number): False for number in (0, 11, 16, 17, 22)},
                       (ethics, 8): False, (ethics, 9): False,
                       **{(concern, number): False for number in (0, 4, 9)},
                       (flights, 4): False}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [
        (ads, 12), (ads, 13), (ads, 14)]  # the FCC filings, the handwritten note on the contract
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [
        (flights, number) for number in (2, 3, 8, 12, 13, 16, 19)]  # the Los Angeles Times
    relayed = [by_key[(flights, number)] for number in (5, 6, 7, 9, 10, 11, 14, 15)]  # named sources via the Times
    assert all("1" in row["rule"].split(",") and "cited_outlet" in row["alt"] for row in relayed)
    assert (by_key[(flights, 4)]["rule"], by_key[(flights, 4)]["alt"]) == ("1,6", ["named_official", "cited_outlet"])
    monitor = [by_key[(barbs, number)] for number in range(15, 25)]  # the Monitor's own earlier report (rule 10)
    assert all(row["reading"] == "unattributed" and "10" in row["rule"].split(",") and row["alt"] == ["cited_outlet"]
               for row in monitor)
    figures = [by_key[(poll, number)] for number in (1, 2, 3, 4, 5, 6, 7, 8, 10)]  # the AP-NORC poll goes on
    assert all(row["rule"] == "3" and row["alt"] == ["unattributed", "unnamed_source"] for row in figures)
    assert (by_key[(poll, 9)]["reading"], by_key[(poll, 9)]["alt"]) == ("unattributed", ["named_organization"])
    candidate = [by_key[(barbs, number)] for number in (5, 6, 7, 12, 13)]  # Trump the candidate
    assert all(row["reading"] == "named_official" and row["alt"] == ["named_person"] for row in candidate)
    analysts = [by_key[key] for key in ((ads, 3), (ads, 4), (ads, 5), (concern, 1), (concern, 2), (concern, 3),
                                        (flights, 9), (flights, 10))]
    assert all(row["reading"] == "named_person" and row["alt"][0] == "named_official" for row in analysts)
    assert (by_key[(ethics, 12)]["reading"], by_key[(ethics, 12)]["alt"]) == ("named_person", ["named_official"])
    letter = [by_key[(ethics, number)] for number in (2, 3, 6, 7)]  # the committee's letter
    assert all(row["reading"] == "named_organization" and row["alt"] == ["document"] for row in letter)
    assert (by_key[(ethics, 11)]["rule"], by_key[(ethics, 11)]["alt"]) == ("10", ["cited_outlet", "unnamed_source"])
    hedges = [by_key[key] for key in ((epstein, 0), (epstein, 16), (epstein, 17), (ethics, 9))]  # rule 4
    assert all(row["rule"] == "4" and row["alt"][0] == "unattributed" for row in hedges)
    assert (by_key[(concern, 11)]["reading"], by_key[(concern, 11)]["alt"]) == ("unattributed", ["unnamed_source"])
    groups = [by_key[key] for key in ((ads, 8), (ethics, 8), (concern, 0), (concern, 4))]  # one of them named after
    assert all(row["alt"] and row["alt"][0] in {"named_official", "named_person"} for row in groups)
    panel = [by_key[(clancy, number)] for number in (7, 8)]  # the independent review panel and its report
    assert all(row["reading"] == "named_organization" and "unnamed_source" in row["alt"] for row in panel)
    leads = [by_key[key] for key in ((epstein, 5), (young, 0), (young, 3), (young, 11), (young, 14), (concern, 16))]
    assert all(row["reading"] == "named_official" and row["rule"] == "7" and row["alt"] == ["unattributed"]
               for row in leads)  # speech acts leading in, the writer's lead-in in alt
    acts = [by_key[key] for key in ((ads, 7), (ads, 18), (ads, 19), (epstein, 1), (epstein, 2), (epstein, 14),
                                    (epstein, 19), (barbs, 0), (clancy, 0), (flights, 20))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)
    assert [row for row in first if row["reading"] == "unattributed" and "7" in row["rule"].split(",")
            and not row["alt"]] == []  # every plain act has its actor in alt
