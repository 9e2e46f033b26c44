"""docs/exercise_agreement_heldout35.jsonl: the thirty-fifth reading set (seed 1235), read blind.

Its section of docs/exercise_agreement.md: "The thirty-fifth reading set (stop 39; the rule, written
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

THIRTY_FIFTH_SET = [  # the draw of docs/exercise_agreement.md ("the thirty-fifth reading set"), in its order
    "aheMBd0jnSRYaVrb", "1RrX9zdOkycDlKVV", "1PvtzZza2ESFcQKL", "oEiAwIhj4zV78KyL",
    "wdoYL4X40fhYZHpY", "ivjNrorJLlcgFpfh", "ikWgDKPC1IsvkWMx", "3LhjqqWq5NSy5QsD",
    "4bSz8V1vaucuSkow", "SBxW0fYAgqi5Wg1W", "Ew724UcOB8DUqaN8", "VHmfzoQ6qT6lkKdS",
    "yZvgAOZNG65wrobb", "C0rZznUlsYHE0WEY", "VskzY967fyVKKjot", "shUbIUe7poyxUdcm",
    "vrfpkgxF0QwYiaSr", "MnQ28K9gT2aNMHDS", "P9QYqoTJI5qCT8hD", "TFnbR1IIRD9ar9rl",
]


def test_thirty_fifth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read35a): 187 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout35", THIRTY_FIFTH_SET[:10], 187,
        {"Fox Online News", "Fox News", "Al Jazeera", "Associated Press", "Politico", "CNN (Web News)",
         "Wall Street Journal - News", "CBN", "Reuters", "USA TODAY"},
        {"unattributed": 78, "named_official": 63, "named_organization": 17, "unnamed_source": 16,
         "named_person": 6, "cited_outlet": 3, "document": 2, "boilerplate": 2},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    pergram, sweep, dalits, carson, davis, westerhout, xi, sanctuary, hammonds, putin = THIRTY_FIFTH_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {**{(pergram, number): False for number in (10, 12, 13)},
                       **{(sweep, number): False for number in (5, 14, 15)},
                       (dalits, 0): False, (dalits, 2): False,
                       **{(westerhout, number): False for number in (0, 1, 4, 7, 8)},
                       (xi, 8): False, (xi, 9): False, (hammonds, 13): False}  # no terms anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(pergram, 17), (sanctuary, 28)]  # the podcast promotion, "compiled from Associated Press material"
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(hammonds, 14), (putin, 12), (putin, 13)]  # the Oregonian, "Russian television reports"
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [(dalits, 13), (sanctuary, 2)]
    own = [(by_key[(pergram, number)]["reading"], by_key[(pergram, number)]["alt"]) for number in (0, 1, 2, 3, 4, 9, 15, 16)]
    assert own == [("unattributed", ["named_person", "cited_outlet"])] * 8  # the publisher's own producer (rule 10)
    assert all("10" in by_key[(pergram, number)]["rule"].split(",") for number in (0, 1, 2, 3, 4, 9, 14, 15, 16))
    relayed = [(by_key[(pergram, number)]["reading"], by_key[(pergram, number)]["rule"]) for number in (12, 13, 14)]
    assert relayed == [("unnamed_source", "1,4"), ("unnamed_source", "1,4"), ("unattributed", "3,10")]
    assert "unnamed_source" in by_key[(pergram, 14)]["alt"]  # his elaboration after "The way it was described to me"
    memoir = [(by_key[(davis, number)]["reading"], by_key[(davis, number)]["rule"]) for number in (0, 1, 2, 3, 4, 8)]
    assert memoir == [("named_official", "1,6"), ("named_official", "1"), ("named_official", "3"),
                      ("named_official", "1,2"), ("named_official", "1"), ("named_official", "1,2")]
    assert all("cited_outlet" in by_key[(davis, number)]["alt"] for number in range(9))  # the Express-News in alt
    manorama = by_key[(dalits, 10)]  # "told the Reuters news agency"
    assert (manorama["reading"], manorama["alt"], manorama["rule"]) == ("named_person", ["cited_outlet"], "1,5")
    cctv = {(by_key[(xi, number)]["reading"], tuple(by_key[(xi, number)]["alt"])) for number in (4, 5, 6, 7)}
    assert cctv == {("named_official", ("cited_outlet",))}  # Xi and Trump, "according to CCTV"
    both = by_key[(putin, 0)]  # "officials in both countries said": the Kremlin and the White House
    assert (both["reading"], both["rule"], both["alt"]) == ("named_organization", "6", ["unnamed_source", "named_official"])
    family = by_key[(hammonds, 13)]  # "the Bundy family said in an email"
    assert (family["reading"], family["rule"], family["alt"]) == ("unnamed_source", "6", ["named_person"])
    sourcing = by_key[(westerhout, 5)]  # "CNN was not among the news organizations represented at the dinner."
    assert (sourcing["reading"], sourcing["rule"], sourcing["alt"]) == ("unattributed", "8", ["unnamed_source"])
    provisions = {(by_key[(carson, number)]["reading"], "document" in by_key[(carson, number)]["alt"]) for number in (0, 3, 4, 5)}
    assert provisions == {("unattributed", True)}  # the plan's provisions, as "The bill would allow"
    tweet = [(by_key[(sanctuary, number)]["reading"], by_key[(sanctuary, number)]["rule"]) for number in (15, 16, 17, 18)]
    assert tweet == [("named_official", "9")] * 4  # Brown's embedded post, "SAD!!" and "!" split off
    acts = [by_key[key] for key in ((pergram, 5), (carson, 9), (xi, 1), (sanctuary, 0), (sanctuary, 4), (sanctuary, 9),
                                    (sanctuary, 11), (hammonds, 0), (hammonds, 9), (hammonds, 10), (hammonds, 15),
                                    (putin, 8), (putin, 9))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)
    column = [row["reading"] for row in first if row["id"] == sweep]
    assert column.count("unattributed") == 22 and column.count("named_official") == 1  # the columnist's own


def test_thirty_fifth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read35b): 196 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout35", THIRTY_FIFTH_SET[10:], 196,
        {"The Hill", "New York Post", "Daily Beast", "Washington Times", "Christian Science Monitor",
         "New York Times - News", "CBS News", "BBC News", "NPR Online News", "Newsmax"},
        {"unattributed": 104, "named_official": 40, "named_person": 22, "unnamed_source": 10,
         "cited_outlet": 9, "named_organization": 6, "document": 5, "boilerplate": 0},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    court, gillum, kaine, senate, lynch, deficit, warner, cuba, sequester, obamacare = THIRTY_FIFTH_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(court, 3): False, (senate, 4): False, (senate, 20): False, (lynch, 10): False,
                       (lynch, 19): False, (cuba, 3): False, (cuba, 6): False, (sequester, 11): False,
                       (sequester, 12): False, (obamacare, 11): False}  # no terms anywhere
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(gillum, 1)] + [(sequester, number) for number in (3, 4, 5, 6, 7, 8, 9, 10)]  # Local10; Post, Hill, Politico
    say = [(by_key[key]["reading"], by_key[key]["alt"], by_key[key]["rule"]) for key in ((court, 3), (senate, 20))]
    assert say == [("unnamed_source", ["named_organization"], "6")] * 2  # "Democrats say", "Republicans say"
    expected = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((senate, 4), (cuba, 3), (cuba, 6))]
    assert expected == [("unnamed_source", "4")] * 3  # "is expected to" in the main clause
    report = [by_key[(gillum, number)]["reading"] for number in range(10, 15)]
    assert report == ["document"] * 5  # the police report, [12] and [14] its account going on (rule 3)
    assert [by_key[(gillum, number)]["rule"] for number in (12, 14)] == ["3", "3"]
    heavy = by_key[(gillum, 6)]  # "he said on his now-deleted page, according to Heavy.com"
    assert (heavy["reading"], heavy["alt"], heavy["rule"]) == ("named_person", ["cited_outlet"], "1,9")
    former = {(by_key[key]["reading"], tuple(by_key[key]["alt"])) for key in
              [(gillum, number) for number in range(15, 19)] + [(kaine, 16), (kaine, 17)]}
    assert former == {("named_person", ("named_official",))}  # Gillum, Tucker Martin: former officials
    relayed = [(by_key[key]["reading"], by_key[key]["alt"], by_key[key]["rule"]) for key in ((kaine, 9), (obamacare, 4))]
    assert relayed == [("named_person", ["named_official", "cited_outlet"], "1,5")] * 2  # "told Politico Magazine", "told The Hill"
    writers = [(by_key[key]["reading"], by_key[key]["alt"], by_key[key]["rule"]) for key in ((lynch, 8), (lynch, 26), (lynch, 32))]
    assert writers == [("named_person", ["cited_outlet", "unattributed"], "1"),  # Cillizza at The Fix
                       ("named_person", ["cited_outlet"], "9"),  # Josh Marshall's tweet
                       ("named_person", ["unnamed_source", "cited_outlet"], "11")]  # Allahpundit, a pen name
    assert (by_key[(lynch, 9)]["reading"], by_key[(lynch, 9)]["rule"]) == ("named_person", "3")  # Cillizza going on
    voiced = [by_key[(lynch, number)] for number in (23, 27, 29, 30, 31)]  # "her supporters will profess", "critics will say"
    assert all(row["reading"] == "unattributed" and row["alt"] == ["unnamed_source"] for row in voiced)
    assert (by_key[(lynch, 28)]["reading"], by_key[(lynch, 28)]["rule"]) == ("named_official", "7")  # Lynch "has now said"
    own = [(by_key[(cuba, number)]["reading"], by_key[(cuba, number)]["rule"], by_key[(cuba, number)]["alt"][0])
           for number in (7, 8, 9, 10, 16, 17, 18, 19, 20, 21)]
    assert own == [("unattributed", "10", "cited_outlet")] * 10  # Will Grant's box, the BBC Monitoring list
    host = [(by_key[(sequester, number)]["reading"], by_key[(sequester, number)]["rule"]) for number in (13, 14)]
    assert host == [("unattributed", "10")] * 2  # NPR's own "On The Media", host Brooke Gladstone
    governors = [(by_key[(sequester, number)]["reading"], by_key[(sequester, number)]["alt"]) for number in (10, 11)]
    assert governors == [("cited_outlet", ["unnamed_source"]), ("unnamed_source", ["cited_outlet"])]  # Politico, its governors
    tweet = [(by_key[(warner, number)]["reading"], by_key[(warner, number)]["rule"]) for number in (4, 8, 9, 10)]
    assert tweet == [("named_official", "table")] + [("named_official", "9")] * 3  # the lead-in and the embedded tweet
    budget = [(by_key[(deficit, number)]["reading"], by_key[(deficit, number)]["alt"][0]) for number in (9, 10)]
    assert budget == [("named_organization", "document")] * 2  # the administration's budget
    rulings = [by_key[key] for key in ((court, 0), (court, 1), (court, 2), (court, 7), (warner, 13))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and "named_organization" in row["alt"]
               for row in rulings)  # rulings told by the writer, the court in alt
    acts = [by_key[key] for key in ((gillum, 7), (gillum, 19), (kaine, 5), (kaine, 10), (senate, 0), (senate, 2),
                                    (senate, 10), (cuba, 23), (obamacare, 7), (obamacare, 10))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)
    glued = by_key[(obamacare, 1)]  # the quotation, its cue and two of the writer's sentences in one unit
    assert (glued["reading"], glued["rule"]) == ("named_person", "1,5") and "HealthCare.gov" in glued["text"]
    assert by_key[(obamacare, 11)]["alt"] == ["document", "named_organization"]  # "Friday's report", whose not said


def test_thirty_fifth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 9 of the 383 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. One source read one way through a passage (Davis's memoir,
    Cillizza's column); closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout35", THIRTY_FIFTH_SET, 383,  # 1-10 landed first: the draw's order
        {"unattributed": 182, "named_official": 103, "named_person": 28, "unnamed_source": 26,
         "named_organization": 23, "cited_outlet": 12, "document": 7, "boilerplate": 2}, 0, keyed=True)
    pergram, _, _, _, davis, _, _, _, _, putin = THIRTY_FIFTH_SET[:10]
    _, _, kaine, _, lynch, _, _, _, sequester, _ = THIRTY_FIFTH_SET[10:]
    added = {(davis, 1): ("named_official", ["cited_outlet", "document", "named_person"]),  # "Davis' book ... describes"
             (davis, 2): ("named_official", ["unattributed", "cited_outlet", "named_person"]),  # the uncued decision
             **{(davis, number): ("named_official", ["cited_outlet", "named_person"]) for number in range(3, 9)},
             (lynch, 9): ("named_person", ["unattributed", "cited_outlet"])}  # Cillizza's argument going on
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 235 + 9  # the readers' 235 alts and the review's 9
    assert all("named_person" in by_key[(davis, number)]["alt"] for number in range(9))  # the memoir one way
    assert all("cited_outlet" in by_key[(lynch, number)]["alt"] for number in (8, 9, 13, 14))  # The Fix one way
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((putin, 0), (pergram, 12), (pergram, 13), (kaine, 11), (kaine, 15), (sequester, 10))]
    assert close == [("named_organization", ["unnamed_source", "named_official"]),  # "officials in both countries"
                     ("unnamed_source", ["unattributed", "named_person"]),  # "Biden was perceived", per Pergram
                     ("unnamed_source", ["unattributed", "named_person"]),  # "The way it was described to me"
                     ("named_official", ["cited_outlet"]),  # "assured Meet the Press"
                     ("unattributed", []),  # "drew bipartisan praise": background, left as read
                     ("cited_outlet", ["unnamed_source"])]  # Politico's governors "it says"


def test_thirty_fifth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 61c4859 (made once, 09:49:48 UTC on 6 December, seven seconds after the thirty-fourth
    set's; made again into another folder, byte-identical): 131/134 with alt, 117 strict, 6/6, no agreeing type
    under a wrong source (judged with each key open)."""
    keyed = assert_held_out_figure("heldout35", statements=383, articles=20, keyed=134, agree=131, strict=117,
                                   reasons=6, reasons_agree=6, wrong_sources=0, per_article_min_max=(2, 17))
    assert reason_misses(keyed) == {}
    assert [row for row in keyed if row["reason_keyed"] or row["reason_reading"]] == []  # no reason given anywhere
    asked = [(row["id"], row["statement"]) for row in keyed if row["reason_keyed"] is not None]
    assert asked == [("1RrX9zdOkycDlKVV", 14), ("ivjNrorJLlcgFpfh", 1), ("ivjNrorJLlcgFpfh", 8),
                     ("ikWgDKPC1IsvkWMx", 9), ("SBxW0fYAgqi5Wg1W", 0), ("Ew724UcOB8DUqaN8", 3),
                     ("C0rZznUlsYHE0WEY", 20), ("VskzY967fyVKKjot", 30)]  # the 8 keyed Anonymous source
    assert type_disagreements(keyed) == {
        ("1PvtzZza2ESFcQKL", 2): ("unattributed", "unnamed_source"),  # "Dalit campaigners said": no head of unnamed_heads
        ("wdoYL4X40fhYZHpY", 4): ("named_organization", "named_official"),  # "Davis writes, according to the account"
        ("VHmfzoQ6qT6lkKdS", 1): ("unattributed", "cited_outlet")}  # "Florida's Local10 reported": no outlet named
    assert agreeing_through_alt(keyed) == 14  # the type in alt
    through = {(row["id"], row["statement"]): row["keyed"] for row in keyed if row["keyed"] != row["reading"] and row["agree"]}
    assert through == {
        ("aheMBd0jnSRYaVrb", 5): "named_official",  # Pelosi "pushed back", her stance told without content
        ("1PvtzZza2ESFcQKL", 0): "unattributed",  # "Dalits ... have called on India": the story's summary
        ("1PvtzZza2ESFcQKL", 14): "named_person",  # Tiphagne "of People's Watch, a charity"
        ("wdoYL4X40fhYZHpY", 9): "named_person", ("wdoYL4X40fhYZHpY", 10): "named_person",  # Cecile Richards
        ("3LhjqqWq5NSy5QsD", 11): "named_official",  # Brown "mocked President Trump on Twitter"
        ("4bSz8V1vaucuSkow", 12): "named_organization",  # "but the government said": the second speaker
        ("SBxW0fYAgqi5Wg1W", 0): "unnamed_source",  # "officials in both countries said"
        ("Ew724UcOB8DUqaN8", 2): "named_organization",  # the D.C. Circuit's ruling told by the writer
        ("C0rZznUlsYHE0WEY", 4): "unattributed",  # "is expected to approve"
        ("VskzY967fyVKKjot", 10): "unattributed",  # "goes the weary critical refrain"
        ("VskzY967fyVKKjot", 30): "unnamed_source",  # "That's what critics will say."
        ("shUbIUe7poyxUdcm", 9): "unattributed",  # "the Trump administration released a budget"
        ("P9QYqoTJI5qCT8hD", 3): "unattributed"}  # "The Washington Post does a good job of"
    per_article = keyed_per_article(keyed, THIRTY_FIFTH_SET)
    assert (per_article[9], per_article[10]) == (5, 6)  # median 5.5; the Hill's, the Post's and Newsmax' keys hold 2
    assert sum(count < 5 for count in per_article) == 7
    assert keyed_types(keyed) == {"named_official": 59, "unattributed": 44, "named_organization": 16,
                                  "unnamed_source": 8, "named_person": 6, "cited_outlet": 1, "document": 0}
