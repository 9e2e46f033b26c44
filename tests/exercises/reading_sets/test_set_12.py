"""docs/exercise_agreement_heldout12.jsonl: the twelfth reading set (seed 1212), read blind.

Its section of docs/exercise_agreement.md: "The twelfth reading set (stop 27; the rule, written
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
    rows,
    type_disagreements,
    whole_set,
)

TWELFTH_SET = [  # the draw of docs/exercise_agreement.md ("the twelfth reading set"), in its order
    "BvcIsP4NJTwk6ZrN", "XYdZV7TGynvLmUbm", "iihsUhxh9sa6bVAt", "0LQSPOI8ctGckooI",
    "i5PeIBgzzqNkCWy7", "OYWHI9UELw98S3Ak", "tzdXRZrcinD0RlwZ", "6DvstpvzAhvvAQIe",
    "FFAnUvk12E6GodPE", "eA8lGynnkurlomBd", "SzppTv2yPjkl8WIj", "ZBAPrOIfyaKeZ0S5",
    "gOEdftXs6nzlzjCd", "QrJUrL4CXAbHT1j9", "OkDBqWYGyWPMUsLD", "kPHINHKuOMQRTvMR",
    "z7UURHdaVcz8eV4I", "hn9YBcabZaLXXdoi", "UMbCNBu2QEKd0Qxi", "5YCp5Pn6KPWEYpAc",
]


def test_twelfth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10: 201 statements blind, the counts of docs/exercise_agreement.md; 199 since seg2 joined the
    two sentences Politico's "Prop. 8" cut (unattributed 85 -> 84, named_person 8 -> 7)."""
    first = reader_part(
        "heldout12", TWELFTH_SET[:10], 199, {"Fox Online News", "Washington Times", "Politico", "Fox News", "USA TODAY"},
        {"unattributed": 84, "named_official": 46, "unnamed_source": 40, "named_organization": 18,
         "named_person": 7, "cited_outlet": 3, "document": 0, "boilerplate": 1},
        16, {"BvcIsP4NJTwk6ZrN", "iihsUhxh9sa6bVAt", "i5PeIBgzzqNkCWy7", "FFAnUvk12E6GodPE"})
    by_key = {(row["id"], row["statement"]): row for row in first}
    sourcing_itself = by_key[("FFAnUvk12E6GodPE", 5)]  # "Officials previewed the themes ... on the condition ..."
    assert (sourcing_itself["reading"], sourcing_itself["alt"], sourcing_itself["rule"]) == (
        "unattributed", ["unnamed_source"], "8")
    preview = by_key[("FFAnUvk12E6GodPE", 10)]  # no cue: the officials' preview goes on, with their terms
    assert (preview["reading"], preview["rule"], preview["reason_reading"]) == ("unnamed_source", "3", True)
    relayed = by_key[("tzdXRZrcinD0RlwZ", 4)]  # "U.S. officials familiar with the matter", via the Post: no terms
    assert (relayed["reading"], relayed["rule"], relayed["reason_reading"]) == ("unnamed_source", "1", False)
    party = by_key[("0LQSPOI8ctGckooI", 10)]  # "Democrats complained ...": an unnamed group, as the gold reads it
    assert (party["reading"], party["alt"][0], party["reason_reading"]) == ("unnamed_source", "named_organization", False)
    correction = by_key[("iihsUhxh9sa6bVAt", 17)]  # "Corrected from earlier report ...", as the gold reads such notes
    assert (correction["reading"], correction["rule"]) == ("boilerplate", "unit")


def test_twelfth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read12b): 178 statements blind in one run in the draw's order, the counts of the doc; 187
    since seg2 cut Newsmax's OkDBqWYGyWPMUsLD, pasted without spaces after its periods, from 8 units into 17
    sentences, each re-read (unattributed 60 -> 64, named_organization 19 -> 21, unnamed_source 15 -> 16,
    cited_outlet 14 -> 15, boilerplate 6 -> 7: "The Associated Press contributed to this report.")."""
    second = reader_part(
        "heldout12", TWELFTH_SET[10:], 187,
        {"CNN (Web News)", "New York Times - News", "Newsmax", "The Daily Caller", "Breitbart News", "The Guardian"},
        {"unattributed": 64, "named_person": 33, "named_official": 30, "named_organization": 21,
         "unnamed_source": 16, "cited_outlet": 15, "document": 1, "boilerplate": 7},
        4, {"SzppTv2yPjkl8WIj", "gOEdftXs6nzlzjCd", "OkDBqWYGyWPMUsLD"})
    by_key = {(row["id"], row["statement"]): row for row in second}
    executive = by_key[("gOEdftXs6nzlzjCd", 8)]  # "spoke on the condition of anonymity because details were confidential"
    assert (executive["reading"], executive["reason_reading"]) == ("unnamed_source", True)
    script = [row["statement"] for row in second if row["id"] == "QrJUrL4CXAbHT1j9" and row["reading"] == "boilerplate"]
    assert script == [1, 4, 9, 15, 23, 26]  # the video script's title line, shot directions and sign-off
    relayed = by_key[("OkDBqWYGyWPMUsLD", 0)]  # "news reports based on information from senior Baghdad security officials"
    assert (relayed["reading"], relayed["alt"], relayed["rule"]) == ("unnamed_source", ["cited_outlet"], "1")
    sourcing_itself = by_key[("z7UURHdaVcz8eV4I", 16)]  # "That story, too, relied on anonymous sources."
    assert (sourcing_itself["reading"], sourcing_itself["alt"], sourcing_itself["rule"]) == (
        "unattributed", ["unnamed_source"], "8")
    testimony = by_key[("z7UURHdaVcz8eV4I", 15)]  # the former FBI director before the Senate
    assert (testimony["reading"], testimony["alt"]) == ("named_person", ["named_official"])


def test_twelfth_set_all_20_articles_read_blind() -> None:
    """Both readers' rows: 379 statements of the 20 articles, the whole set's counts of docs/exercise_agreement.md;
    386 since seg2 re-read the units its split change made (the two readers' changes above)."""
    whole_set("heldout12", TWELFTH_SET, 386,
              {"unattributed": 148, "named_official": 76, "unnamed_source": 56, "named_person": 40,
               "named_organization": 39, "cited_outlet": 18, "document": 1, "boilerplate": 8}, 20)


def test_twelfth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """The review before the keys: 16 of 379 rows changed, each a second type added to alt, noted "review:";
    no reading and no reason changed, so the counts above stand."""
    readings = rows("heldout12")
    reviewed = {(row["id"], row["statement"]): row for row in readings if "; review: " in row["note"]}
    seizure, whitman, royce, preview = "BvcIsP4NJTwk6ZrN", "iihsUhxh9sa6bVAt", "6DvstpvzAhvvAQIe", "FFAnUvk12E6GodPE"
    obamacare, footage, kayyem = "SzppTv2yPjkl8WIj", "UMbCNBu2QEKd0Qxi", "5YCp5Pn6KPWEYpAc"
    marriage, vetoes = "i5PeIBgzzqNkCWy7", "gOEdftXs6nzlzjCd"
    assert set(reviewed) == {(seizure, 0), *((whitman, number) for number in (0, 5, 6, 7, 8)), (royce, 10),
                             *((preview, number) for number in (10, 14, 15)),
                             (marriage, 1), (marriage, 8), (obamacare, 6), (vetoes, 5), (footage, 0), (kayyem, 13)}
    assert sum(key[0] in TWELFTH_SET[:10] for key in reviewed) == 12
    alts = {key: (row["reading"], row["alt"], row["reason_reading"]) for key, row in reviewed.items()}
    assert alts[(seizure, 0)] == ("unattributed", ["named_organization"], None)  # the administration's order
    assert alts[(whitman, 0)] == ("unnamed_source", ["named_person", "cited_outlet", "named_official"], False)
    assert all(alts[(whitman, number)][:2] == ("named_official", [*(["unattributed"] if number == 5 else []),
                                                                  "named_person"]) for number in (5, 6, 7, 8))
    assert alts[(royce, 10)] == ("unattributed", ["named_official"], None)  # "had endorsed her": a stance
    assert alts[(preview, 14)] == ("unnamed_source", ["unattributed", "named_official"], True)
    assert alts[(preview, 15)] == ("unattributed", ["named_official"], None)
    assert alts[(marriage, 1)] == ("unattributed", ["unnamed_source", "named_official"], None)  # "Obama announced"
    assert alts[(marriage, 8)] == ("unattributed", ["named_organization"], None)  # "has never taken a stand"
    assert alts[(vetoes, 5)] == ("unattributed", ["named_official"], None)  # "thwarted ... with vetoes by President Obama"
    assert alts[(obamacare, 6)] == ("unattributed", ["named_organization", "unnamed_source"], None)
    assert alts[(footage, 0)] == ("named_person", ["document", "named_official", "named_organization"], None)
    assert alts[(kayyem, 13)] == ("unattributed", ["named_person", "named_official"], None)


def test_twelfth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 8bb230a (made once, 02:26 UTC): 127/132 with alt, 108 strict, 17/19. seg2 re-read the
    units its split change made, rows the keying never saw, which hold no keyed fields: 3 keyed rows went
    (OkDBqWYGyWPMUsLD [3], i5PeIBgzzqNkCWy7 [16] and [17]), so the rows add up to 124/129, 107 strict, 17/19,
    and OkDBqWYGyWPMUsLD has none."""
    keyed = assert_held_out_figure("heldout12", statements=386, articles=20, keyed=129, agree=124, strict=107,
                                   reasons=19, reasons_agree=17, wrong_sources=0, per_article_min_max=(0, 11))
    assert reason_misses(keyed) == {("iihsUhxh9sa6bVAt", 1): (False, True),  # "others at the event": the attendees' terms of [4]
                                    ("FFAnUvk12E6GodPE", 2): (False, True)}  # "One added": one of the officials, terms in [5]
    disagree = type_disagreements(keyed)
    polls = "kPHINHKuOMQRTvMR"  # the bullets of "the particulars for each of the four battleground polls"
    assert disagree == {(polls, 6): ("unattributed", "named_organization"),
                        (polls, 7): ("unattributed", "named_organization"),
                        (polls, 8): ("unattributed", "named_organization"),
                        (polls, 11): ("unattributed", "named_organization"),
                        ("SzppTv2yPjkl8WIj", 14): ("named_organization", "cited_outlet")}  # "It" is the Journal
    assert all(row["source_ok"] for row in keyed)  # no agreeing type under a wrong source
    assert agreeing_through_alt(keyed) == 17  # the type in alt
    per_article = keyed_per_article(keyed, TWELFTH_SET)
    assert (per_article[9], per_article[10]) == (7, 7)  # median 7
    assert keyed_types(keyed) == {"named_official": 38, "unattributed": 41, "unnamed_source": 22, "named_organization": 15,
                                  "cited_outlet": 8, "named_person": 5, "document": 0}
