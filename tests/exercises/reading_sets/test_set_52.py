"""docs/exercise_agreement_heldout52.jsonl: the fifty-second reading set (seed 1252), read blind.

Its section of docs/exercise_agreement.md: "The fifty-second reading set (stop 45; the rule, written
before the draw)".
"""

from __future__ import annotations

from reading_set_checks import reader_part

FIFTY_SECOND_SET = [  # the draw of docs/exercise_agreement.md ("the fifty-second reading set"), in its order
    "JYhaUCXhuBGMHdd1", "yOctBEc3hkritZli", "sm1ObtkNb5EV1xVj", "TR13MlTsDJ29ywiN",
    "gnTIomgi2fRzKEL3", "Jsxsy9XMjkYmdX3w", "Ommy6fRFQZFu7jtr", "wlzey65z5UgYywFs",
    "aElmqwFlxxVaJQlh", "xGokfPL5RhnEbEKg", "kvVVW76M0FvmRWA4", "KpsffZqLjf3eLtoT",
    "VM4GuQNnKkG4QUVc", "ytqDHeJFccMNnJ7V", "oaBo4AxggctA0Pkg", "cSZqZgOQWXIsfmq8",
    "yivqs8FyqAP3LkX1", "TU05gsnf9T99dqDd", "jFLeq3EgoSMJnQwz", "33lbeVzhi6FlZuH8",
]


def test_fifty_second_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read52a): 216 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout52", FIFTY_SECOND_SET[:10], 216,
        {"CNN (Web News)", "Fox Online News", "Bloomberg", "Reuters", "ABC News", "NPR Online News",
         "Daily Beast", "New York Post", "USA TODAY", "Fox News"},
        {"named_official": 88, "unattributed": 78, "named_person": 24, "document": 13,
         "unnamed_source": 9, "named_organization": 3, "cited_outlet": 1, "boilerplate": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    rubio, unions, factory, tax, obama, hong_kong, vietnam, tlaib, kavanaugh, debate = FIFTY_SECOND_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(rubio, 7): False, **{(unions, number): False for number in (8, 13, 14, 19)},
                       (tax, 2): False, (tax, 6): False, (tax, 16): False, (obama, 7): False}  # no terms anywhere
    records = [key for key, row in by_key.items() if row["reading"] == "document"]
    assert records == [(factory, number) for number in (1, 2, 5, 6, 7, 8, 9, 10, 11, 12, 13)] + [(tax, 5), (tax, 13)]
    assert [by_key[(factory, number)]["rule"] for number in (5, 6, 7, 10, 11, 12, 13)] == ["3"] * 7  # the Fed's figures
    report = by_key[(tlaib, 0)]  # "a report said": the Detroit News of [1]
    assert (report["reading"], report["alt"], report["rule"]) == ("cited_outlet", ["unattributed"], "2")
    relayed = [(by_key[(tlaib, number)]["reading"], by_key[(tlaib, number)]["alt"]) for number in (1, 2)]
    assert relayed == [("named_official", ["cited_outlet"])] * 2  # Tlaib as the News reported
    journal = [(by_key[(rubio, number)]["rule"], by_key[(rubio, number)]["alt"]) for number in (1, 3, 17)]
    assert journal == [("1,5", ["cited_outlet"]), ("5", ["cited_outlet"]), ("5", ["cited_outlet"])]
    former = {(by_key[(obama, number)]["reading"], tuple(by_key[(obama, number)]["alt"][:1]))
              for number in (2, 4, 5, 9, 10, 12, 13, 14, 15, 16, 17, 25, 26, 27, 28)}
    assert former == {("named_person", ("named_official",))}  # the former president, out of office
    assert (by_key[(obama, 3)]["reading"], by_key[(obama, 3)]["alt"]) == ("named_official", ["named_person"])  # in 2016
    stern = {(by_key[(vietnam, number)]["reading"], tuple(by_key[(vietnam, number)]["alt"])) for number in range(7)}
    assert stern == {("named_person", ("named_official",))}  # Trump in 1997, a businessman
    candidate = [by_key[(vietnam, number)]["reading"] for number in (7, 10, 11, 12, 13, 14, 21, 22)]
    assert candidate == ["named_official"] * 8  # the 2016 candidate
    leaders = by_key[(unions, 0)]  # "Leaders of major labor unions": O'Sullivan and Taylor, named in [2]
    assert (leaders["reading"], leaders["alt"], leaders["rule"]) == ("named_official", ["unnamed_source", "unattributed"], "6,7")
    hill = by_key[(unions, 1)]  # "the presidents of two ... unions said ..., The Hill reported"
    assert (hill["reading"], hill["alt"], hill["rule"]) == ("named_official", ["cited_outlet", "document"], "1,6")
    expected = by_key[(tax, 6)]  # "Full-year earnings are expected to be up"
    assert (expected["rule"], expected["alt"]) == ("4", ["document", "unattributed"])
    caucus = by_key[(tax, 17)]  # "Senate Democrats offered ..., but only if": the caucus Schumer leads
    assert (caucus["reading"], caucus["alt"]) == ("named_organization", ["unnamed_source", "named_official"])
    assert (by_key[(tax, 8)]["reading"], by_key[(tax, 8)]["alt"]) == ("named_person", ["named_official"])  # Galston
    assert all(by_key[(kavanaugh, number)]["reading"] == "unattributed" for number in range(26))  # the explainer
    assert by_key[(kavanaugh, 5)]["alt"] == ["unnamed_source"]  # "what is expected to happen": a lead-in
    assert (by_key[(hong_kong, 11)]["reading"], by_key[(hong_kong, 11)]["rule"]) == ("named_person", "9")  # Wong
    acts = [by_key[key] for key in ((rubio, 6), (rubio, 15), (rubio, 16), (unions, 9), (unions, 12), (tax, 18),
                                    (obama, 19), (hong_kong, 8), (vietnam, 15), (tlaib, 7), (tlaib, 9), (tlaib, 11),
                                    (debate, 3), (debate, 16))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)
