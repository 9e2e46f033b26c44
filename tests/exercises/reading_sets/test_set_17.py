"""docs/exercise_agreement_heldout17.jsonl: the seventeenth reading set (seed 1217), read blind.

Its section of docs/exercise_agreement.md: "The seventeenth reading set (stop 31; the rule, written
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

SEVENTEENTH_SET = [  # the draw of docs/exercise_agreement.md ("the seventeenth reading set"), in its order
    "rmAaUC7Ls4nt5YHE", "qrWYiwABDqVxEk2I", "cE2D3Y0poTMNUdIH", "1UspwyWeqKCReiHG",
    "nj72TyisDsIfovbJ", "QKC3MDY7CYRVvja8", "1XdnWbztw69z4y6U", "vBUMmLaiPsV5kUqC",
    "zxg5NnWA8nAPJMF8", "I9AvVOC2V7FvEL8i", "UcBiQia9Z6NVurIp", "Z9hGJxXUcpqk0GXG",
    "W5Qol8dLwyL0iCUn", "yfWjwGVotEVYIieR", "eYjBgPzyK0ACfkEk", "63a0IR07IWBKZreR",
    "RddDniWzt5NHfs8G", "aSVUilhNI74xq7e8", "vCSFuERHBcK3E8j6", "Mgw9D7zi0CAjg9hT",
]


def test_seventeenth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read17a): 192 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout17", SEVENTEENTH_SET[:10], 192,
        {"Fox Online News", "New York Times - News", "USA TODAY", "NPR Online News", "Christian Science Monitor",
         "The Hill", "BBC News"},
        {"named_official": 80, "unattributed": 42, "named_organization": 35, "unnamed_source": 18,
         "named_person": 14, "cited_outlet": 3, "document": 0, "boilerplate": 0},
        7, {"rmAaUC7Ls4nt5YHE", "cE2D3Y0poTMNUdIH", "nj72TyisDsIfovbJ"})
    by_key = {(row["id"], row["statement"]): row for row in first}
    mueller, trump, collins, quantico = "cE2D3Y0poTMNUdIH", "1UspwyWeqKCReiHG", "nj72TyisDsIfovbJ", "vBUMmLaiPsV5kUqC"
    congressman = [by_key[(mueller, number)]["reason_reading"] for number in (3, 12, 13, 14)]
    assert congressman == [False, True, True, True]  # "aides said" has no terms; the congressman's are his own
    study = [row["statement"] for row in first if row["id"] == "1XdnWbztw69z4y6U" and row["reading"] != "named_organization"]
    assert study == [18, 20, 21]  # the Guttmacher study and its authors; misoprostol's background, the critics
    accounts = by_key[(trump, 18)]  # "news accounts over the past year have reported": unidentified reports
    assert (accounts["reading"], accounts["alt"], accounts["reason_reading"]) == ("unnamed_source", ["cited_outlet"], False)
    news = by_key[(collins, 4)]  # "emerged just hours after news that ...": as the gold's "But after reports last week"
    assert (news["reading"], news["alt"]) == ("unattributed", ["unnamed_source"])
    hedge = by_key[(quantico, 1)]  # "in which a fight broke out, reportedly over a relationship dispute"
    assert (hedge["reading"], hedge["alt"], hedge["rule"]) == ("unattributed", ["unnamed_source"], "4")
    counsel = by_key[("zxg5NnWA8nAPJMF8", 0)]  # "a House Judiciary Committee counsel told": Douglas Letter (rule 6)
    assert (counsel["reading"], counsel["alt"], counsel["rule"]) == ("named_official", ["unnamed_source"], "6")
    mimicry = [by_key[("I9AvVOC2V7FvEL8i", number)]["reading"] for number in (1, 2, 3)]  # one sentence, three units
    assert mimicry == ["named_official", "named_official", "unattributed"]
    former = [by_key[key]["reading"] for key in ((mueller, 6), ("I9AvVOC2V7FvEL8i", 7), ("I9AvVOC2V7FvEL8i", 9))]
    assert former == ["named_person"] * 3  # Wainstein, Hollande and Valls: former officials


def test_seventeenth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read17b): 222 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout17", SEVENTEENTH_SET[10:], 222,
        {"Wall Street Journal - News", "The Daily Caller", "CNN (Web News)", "Al Jazeera", "Newsmax",
         "Fox News", "Daily Beast", "ABC News", "The Guardian", "Politico"},
        {"unattributed": 89, "named_official": 54, "named_organization": 33, "named_person": 14,
         "unnamed_source": 12, "cited_outlet": 8, "document": 2, "boilerplate": 10},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    unnamed = sorted(key for key, row in by_key.items() if row["reading"] == "unnamed_source")
    assert unnamed == sorted([("63a0IR07IWBKZreR", number) for number in (0, 1, 3, 5, 6, 7, 8)]
                             + [("RddDniWzt5NHfs8G", 15), ("eYjBgPzyK0ACfkEk", 9), ("vCSFuERHBcK3E8j6", 0),
                                ("yfWjwGVotEVYIieR", 1), ("yfWjwGVotEVYIieR", 5)])
    senators = by_key[("UcBiQia9Z6NVurIp", 0)]  # "Two senior senators said": Cornyn and Schumer, named next (rule 6)
    assert (senators["reading"], senators["alt"], senators["rule"]) == ("named_official", ["unnamed_source"], "6")
    letter = [by_key[("UcBiQia9Z6NVurIp", number)] for number in (16, 17)]  # one sentence cut after "(R., Wisc."
    assert [(row["reading"], row["rule"]) for row in letter] == [("unattributed", "7"), ("unattributed", "unit")]
    emerged = by_key[("vCSFuERHBcK3E8j6", 0)]  # "It has emerged that ...": an impersonal construction (rule 4)
    assert (emerged["reading"], emerged["rule"], emerged["reason_reading"]) == ("unnamed_source", "4", False)
    proclamation = [by_key[("yfWjwGVotEVYIieR", number)]["reading"] for number in (14, 21)]
    assert proclamation == ["document", "document"]  # "a presidential proclamation", "the proclamation said"
    tweets = [by_key[("Z9hGJxXUcpqk0GXG", number)]["rule"] for number in (1, 2, 3, 8, 9, 10, 11, 14, 16, 17)]
    assert tweets == ["9"] * 10  # Facebook's and PragerU's embedded tweets; their credit lines are outside
    brown = by_key[("eYjBgPzyK0ACfkEk", 11)]  # "claimed Rustyann Brown, part of a team assigned by the VA"
    assert (brown["reading"], brown["alt"]) == ("named_person", ["named_official"])
    links = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert links == [("Z9hGJxXUcpqk0GXG", 12), ("Z9hGJxXUcpqk0GXG", 15), ("Z9hGJxXUcpqk0GXG", 18)] + [
        ("W5Qol8dLwyL0iCUn", number) for number in range(8, 14)] + [("vCSFuERHBcK3E8j6", 23)]
    op_ed = [row["reading"] for row in second if row["id"] == "Mgw9D7zi0CAjg9hT"]
    assert op_ed.count("unattributed") == 22 and op_ed[10] == "named_person"  # Grover Norquist: no role given


def test_seventeenth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """The review before the keys: 6 of 414 rows changed, each a second type added to alt, noted "review:"; no
    reading and no reason changed, so both readers' counts stand (the whole set's below). The closest calls,
    left as read, keep their readings and reasons."""
    reviewed, by_key = review_adding_only_alts(
        "heldout17", SEVENTEENTH_SET[10:] + SEVENTEENTH_SET[:10], 414,
        {"named_official": 134, "unattributed": 131, "named_organization": 68, "unnamed_source": 30,
         "named_person": 28, "cited_outlet": 11, "document": 2, "boilerplate": 10}, 7, keyed=True)
    kushner, study, ban = ("1UspwyWeqKCReiHG", 16), ("1XdnWbztw69z4y6U", 19), ("yfWjwGVotEVYIieR", 0)
    fire, doubt, studies = ("eYjBgPzyK0ACfkEk", 0), ("RddDniWzt5NHfs8G", 15), ("Mgw9D7zi0CAjg9hT", 5)
    assert set(reviewed) == {kushner, study, ban, fire, doubt, studies}
    alts = {key: (row["reading"], row["alt"], row["reason_reading"]) for key, row in reviewed.items()}
    assert alts[kushner] == ("named_official", ["named_person"], None)  # "In conversations with friends"
    assert alts[study] == ("named_organization", ["document"], None)  # "The study suggests", as [5], [7], [8]
    assert alts[ban] == ("unattributed", ["unnamed_source"], None)  # "often referred to by critics as a Muslim ban"
    assert alts[fire] == ("unattributed", ["cited_outlet"], None)  # "has come under intense fire": CBS News' next
    assert alts[doubt] == ("unnamed_source", ["unattributed"], False)  # "privately, ... doubt that": a stance (rule 7)
    assert alts[studies] == ("named_organization", ["unattributed", "unnamed_source"], None)  # "other studies"
    house, unions = by_key[("zxg5NnWA8nAPJMF8", 1)], by_key[("rmAaUC7Ls4nt5YHE", 0)]  # the closest calls, as read
    assert (house["reading"], unions["reading"]) == ("named_official", "named_organization")
    reasons = [by_key[("rmAaUC7Ls4nt5YHE", 14)]["reason_reading"], by_key[("63a0IR07IWBKZreR", 1)]["reason_reading"]]
    assert reasons == [True, False]  # "speaking on the condition of anonymity": terms; "a whistleblower": none


def test_seventeenth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 860478b (made once, 12:40:02 UTC; made again at 12:40:10, byte-identical): 136/139 with
    alt, 130 strict, 8/8, six agreeing types under a wrong source (judged with each key open)."""
    keyed = assert_held_out_figure("heldout17", statements=414, articles=20, keyed=139, agree=136, strict=130,
                                   reasons=8, reasons_agree=8, wrong_sources=6, per_article_min_max=(1, 13))
    assert reason_misses(keyed) == {}
    assert type_disagreements(keyed) == {  # Guiler's quotation carried past a dropped link line into the FDA's letter
        ("QKC3MDY7CYRVvja8", 8): ("named_official", "named_organization"),  # "The FDA is asking Dollar Tree to"
        ("QKC3MDY7CYRVvja8", 9): ("named_official", "named_organization"),  # "Dollar Tree also was asked to"
        ("yfWjwGVotEVYIieR", 8): ("unattributed", "named_official")}  # "..., acting Secretary ... Chad Wolf said"
    wrong = {(row["id"], row["statement"]): row["source_keyed"] for row in keyed if not row["source_ok"]}
    cornyn = "Sen. John Cornyn of Texas, the No. 2 Senate Republican"  # [4]'s "he" is Schumer of [2], who "agreed."
    assert wrong == {("UcBiQia9Z6NVurIp", 3): cornyn, ("UcBiQia9Z6NVurIp", 4): cornyn,
                     ("UcBiQia9Z6NVurIp", 5): cornyn, ("UcBiQia9Z6NVurIp", 6): cornyn,
                     ("Mgw9D7zi0CAjg9hT", 6): "CBO’s score",  # "Researchers at Harvard and ... CUNY found"
                     ("63a0IR07IWBKZreR", 1): "reportedly"}  # "a whistleblower told KMOV-TV": its own cue
    assert agreeing_through_alt(keyed) == 6  # the type in alt
    per_article = keyed_per_article(keyed, SEVENTEENTH_SET)
    assert (per_article[9], per_article[10]) == (7, 7)  # median 7
    assert keyed_types(keyed) == {"named_official": 65, "unattributed": 35, "named_organization": 21,
                                  "unnamed_source": 9, "named_person": 5, "cited_outlet": 2, "document": 2}
