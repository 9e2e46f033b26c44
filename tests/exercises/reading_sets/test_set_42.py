"""docs/exercise_agreement_heldout42.jsonl: the forty-second reading set (seed 1242), read blind.

Its section of docs/exercise_agreement.md: "The forty-second reading set (stop 42; the rule, written
before the draw)".
"""

from __future__ import annotations

from reading_set_checks import reader_part

FORTY_SECOND_SET = [  # the draw of docs/exercise_agreement.md ("the forty-second reading set"), in its order
    "lZ04nBDicB74nHhn", "UEZCNMggqaVlC1mK", "EHf5Exkns5wqkLXk", "WIPvkvsjdkJvy4iJ",
    "P2zAoYpFdmtc70Mg", "x2plvRhHdzPlvspw", "vDkRnIM1yU8jx8g7", "OY8Cc3MTEFBMucEm",
    "ne7JaWj8cZSivBTw", "UyEO4KhIm1kqHVnC", "xtzoSG9IaIDqXMD1", "Q4qtfCa7oaBK55Xp",
    "AO6zm6uhjDJC8VJX", "PYhlgtm33UfdWuqs", "tu7zsf4zpKxl8zSZ", "JMQHU95WoGLFMKGF",
    "Mn26hpbJaRwpBu7h", "ASoOioSNPjUj3nEw", "wCX4dQZISqxNJS2R", "sEwFsK2Nc9h91nWH",
]


def test_forty_second_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read42b): 192 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout42", FORTY_SECOND_SET[10:], 192,
        {"Associated Press", "Fox News", "Al Jazeera", "New York Post", "Wall Street Journal - News", "USA TODAY",
         "Breitbart News", "CNN (Web News)", "The Guardian", "The Daily Caller"},
        {"unattributed": 97, "named_official": 36, "named_organization": 21, "cited_outlet": 14,
         "unnamed_source": 8, "named_person": 7, "boilerplate": 6, "document": 3},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    superfund, media, gantz, newsprint, galapagos, birds, michigan, allen, poll, iran = FORTY_SECOND_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(superfund, 11): False, (media, 0): False, (media, 2): False, (media, 9): False,
                       (gantz, 14): False, (gantz, 15): False, (newsprint, 1): False,
                       (michigan, 14): False}  # no terms of anonymity anywhere
    cut = [key for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [(media, 30), (media, 31), (newsprint, 8), (birds, 19), (michigan, 17), (allen, 5)]
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(media, number) for number in (17, 18, 19, 20)] + \
        [(michigan, number) for number in (1, 2, 3, 19, 20, 21)] + [(poll, number) for number in (14, 15, 16, 17)]
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [(birds, 0), (birds, 2), (birds, 7)]
    own = by_key[(media, 9)]  # "FoxNews.com reported that it 'learned from sources ...'" in Fox News
    assert (own["reading"], own["alt"], own["rule"]) == ("unnamed_source", ["unattributed"], "1,10")
    previously = by_key[(michigan, 23)]  # "Breitbart News previously reported" in Breitbart
    assert (previously["reading"], previously["alt"], previously["rule"]) == ("unattributed", ["cited_outlet"], "10")
    reportedly = by_key[(michigan, 19)]  # "reportedly", the report Politico's, quoted next
    assert (reportedly["reading"], reportedly["alt"]) == ("cited_outlet", ["unnamed_source", "document"])
    rival = by_key[(gantz, 0)]  # "Netanyahu's chief rival said": Benny Gantz, named in [1]
    assert (rival["reading"], rival["alt"], rival["rule"]) == ("named_official", ["unnamed_source"], "6")
    ambassador = by_key[(iran, 5)]  # "Iranian officials, including Iran's ambassador ...": Ravanchi in [7]
    assert (ambassador["reading"], ambassador["alt"]) == ("named_official", ["unnamed_source"])
    split = [(by_key[(iran, number)]["reading"], by_key[(iran, number)]["rule"]) for number in (2, 3, 4)]
    assert split == [("named_official", "3"), ("named_official", "2"), ("named_official", "9")]  # quote, cue, tweet
    relayed = [(by_key[(media, number)]["reading"], by_key[(media, number)]["alt"]) for number in (21, 22, 24)]
    assert relayed == [("named_official", ["cited_outlet"]), ("named_official", ["unattributed"]),
                       ("named_person", ["cited_outlet"])]  # Boehner via CBS, Panetta via the media, Williams
    not_covered = [by_key[(media, number)] for number in (13, 14, 15, 16)]  # the Times, the Post, USA Today, ...
    assert all((row["reading"], row["alt"], row["rule"]) == ("unattributed", ["cited_outlet"], "7") for row in not_covered)
    op_ed = [by_key[(birds, number)]["reading"] for number in (1, 3, 4, 5, 8, 18)]
    assert op_ed == ["unattributed"] * 6  # the four members of Congress in their own voice
    assert [by_key[(birds, number)]["alt"] for number in (4, 5)] == [["document"], ["document"]]
    survey = [by_key[(poll, number)]["reading"] for number in (2, 3, 5, 7, 8, 13)]
    assert survey == ["named_organization"] * 6  # the Post-ABC poll and its figures
    assert [by_key[(poll, number)]["alt"] for number in (1, 4, 12)] == [["named_organization"]] * 3  # the writer's
    observers = by_key[(poll, 19)]  # "The Vermont senator celebrated the coup, which many observers said ..."
    assert (observers["reading"], observers["alt"], observers["rule"]) == ("unattributed", ["unnamed_source", "named_official"], "7")
    details = by_key[(galapagos, 3)]  # two sentences in one unit, "is expected to conclude" inside BP's details
    assert (details["reading"], details["alt"], details["rule"]) == ("named_organization", ["unnamed_source", "unattributed"], "3")
    carried = [(by_key[(newsprint, number)]["reading"], by_key[(newsprint, number)]["rule"]) for number in (12, 13)]
    assert carried == [("named_official", "2"), ("named_official", "3")]  # "he said", then Boyle's account going on
    lawyers = [(by_key[(superfund, number)]["reading"], by_key[(superfund, number)]["alt"]) for number in (13, 14)]
    assert lawyers == [("named_person", ["named_official"])] * 2  # Palmore, the homeowners' lawyer
    assert (by_key[(iran, 12)]["reading"], by_key[(iran, 12)]["alt"]) == ("named_person", ["named_official"])  # Morell
    hedge = by_key[(michigan, 10)]  # "it appears", the writer's own hedge
    assert (hedge["reading"], hedge["alt"], hedge["rule"]) == ("unattributed", ["unnamed_source"], "4")
    acts = [by_key[key] for key in ((superfund, 0), (superfund, 2), (superfund, 6), (newsprint, 15), (galapagos, 12),
                                    (birds, 6), (michigan, 0), (allen, 7), (allen, 9), (poll, 0), (poll, 11),
                                    (poll, 20), (iran, 8))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)
