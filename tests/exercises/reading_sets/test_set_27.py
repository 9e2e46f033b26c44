"""docs/exercise_agreement_heldout27.jsonl: the twenty-seventh reading set (seed 1227), read blind.

Its section of docs/exercise_agreement.md: "The twenty-seventh reading set (stop 35; the rule,
written before the draw)".
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

TWENTY_SEVENTH_SET = [  # the draw of docs/exercise_agreement.md ("the twenty-seventh reading set"), in its order
    "4PMOuPvBhK3GT7yM", "RAywff4IG6lRsoXf", "5a6k5QSKp3atmyw8", "tPYbU8LMBnFm2mcO",
    "jSq9bGv7QLFziSlL", "mgfgdMIamdCB8Jye", "sHgKKIXQq7xvYrh5", "WK5fEzobo6a3H8XM",
    "KNMtyIhJYnqbeET8", "vdB8nhl5FFgz4VMT", "mV63cniWNpE8fQxx", "mAdbLHBbicSr4Wm9",
    "p8Gk5SfPntXHoEDr", "pzWtvw5MSejFKytT", "btnggZ5RVNBhBFt7", "ZRoYFEeW0pAEBftW",
    "4rqPM9bO3sqehtvH", "lt2Rx3SJNld4vcE5", "uEApSnH7qszdm702", "gdOAsXQYqcIJW0OQ",
]


def test_twenty_seventh_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read27a): 216 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout27", TWENTY_SEVENTH_SET[:10], 216,
        {"New York Times - News", "CBS News", "Newsmax", "Fox Online News", "The Daily Caller", "The Guardian",
         "Washington Times", "BBC News", "Bloomberg"},
        {"unattributed": 89, "named_official": 78, "unnamed_source": 18, "named_organization": 17,
         "cited_outlet": 5, "named_person": 4, "document": 4, "boilerplate": 1},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    trolls, inquiry, deerfield, lerner, rally, ncmi, utah, checks, chiefs, tariffs = TWENTY_SEVENTH_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {**{(trolls, number): False for number in (18, 19, 20, 21, 23, 24, 25)}, (inquiry, 8): False,
                       (lerner, 5): False, **{(ncmi, number): False for number in (1, 2, 7, 8, 9, 10, 11)},
                       (utah, 8): False, (utah, 14): False}  # no terms anywhere
    cut = [(key, row["text"]) for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [((ncmi, 14), "pic.twitter.com/tCw0GRchJ6")]  # the tweet's bare picture link
    lead_in = by_key[(trolls, 17)]  # "Here's how some experts think that played out.": an announcement, no content
    assert (lead_in["reading"], lead_in["alt"], lead_in["rule"]) == ("unattributed", ["unnamed_source"], "7")
    carried = [(by_key[(trolls, number)]["reading"], by_key[(trolls, number)]["rule"]) for number in (20, 21, 23)]
    assert carried == [("unnamed_source", "3")] * 3  # the experts' account announced in [17] goes on
    own = [(by_key[key]["reading"], by_key[key]["alt"], by_key[key]["rule"]) for key in ((deerfield, 3), (rally, 6))]
    assert own == [("unattributed", ["cited_outlet"], "10")] * 2  # CBS Chicago in CBS News; Fox News' rating
    ordinance = [by_key[(deerfield, number)]["reading"] for number in (4, 5, 7, 8)]
    assert ordinance == ["document"] + ["unattributed"] * 3  # quoted, then its provisions told by the writer
    records = [by_key[(inquiry, number)]["reading"] for number in (6, 11, 12)]
    assert records == ["document"] * 3  # "Records suggest", the emails "show", carried over
    advisers = {(by_key[(inquiry, number)]["reading"], by_key[(inquiry, number)]["alt"][0]) for number in (7, 13, 15)}
    assert advisers == {("named_official", "named_person")}  # the campaign's foreign policy advisers
    assert [by_key[(lerner, number)]["reading"] for number in (6, 13, 14, 18, 19)] == [
        "named_organization", "named_person", "named_person", "named_official", "cited_outlet"]
    excerpt = [by_key[(ncmi, number)]["reading"] for number in (3, 4, 5, 6, 7)]
    assert excerpt == ["unattributed"] + ["cited_outlet"] * 3 + ["unnamed_source"]  # "From the ABC News story:"
    tweet = by_key[(ncmi, 13)]  # Time's W.J. Hennigan's embedded tweet, another outlet's reporter
    assert (tweet["reading"], tweet["alt"], tweet["rule"]) == ("cited_outlet", ["named_person"], "9")
    assert {by_key[(rally, number)]["reading"] for number in (27, 28, 29)} == {"named_official"}  # Pena Nieto's tweet
    aside = by_key[(utah, 11)]  # "said to number more than 30,000" only in the aside
    assert (aside["reading"], aside["alt"]) == ("unattributed", ["unnamed_source"])
    assert (by_key[(checks, 15)]["reading"], by_key[(checks, 15)]["rule"]) == ("named_official", "7")  # underscored
    assert [by_key[(chiefs, number)]["reading"] for number in (0, 1, 16, 17, 18)] == [
        "named_organization", "named_official", "named_organization", "named_official", "named_organization"]
    levels = [by_key[(tariffs, number)]["reading"] for number in range(16)]
    assert levels == ["named_organization"] * 3 + ["unattributed"] * 8 + ["named_organization"] * 5  # the list, the writer's
    acts = [(by_key[key]["reading"], by_key[key]["rule"])
            for key in ((inquiry, 0), (rally, 30), (rally, 32), (lerner, 15), (utah, 0), (utah, 20), (chiefs, 3))]
    assert acts == [("unattributed", "7")] * 7  # declined, spoke of, did not discuss, revealed, voted, struck down, gave detail


def test_twenty_seventh_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read27b): 189 statements blind in one run in the draw's order, the counts of the doc.
    186 rows since body3: USA TODAY's dated links ([5], [13]-[14], all read boilerplate) are no statements now; the
    article's later rows renumbered ([6]-[12] to [5]-[11], [15]-[20] to [12]-[17])."""
    second = reader_part(
        "heldout27", TWENTY_SEVENTH_SET[10:], 186,
        {"Politico", "Associated Press", "New York Post", "USA TODAY", "Breitbart News", "Christian Science Monitor",
         "Al Jazeera", "CBN", "Fox News", "Daily Beast"},
        {"named_official": 73, "unattributed": 62, "unnamed_source": 21, "named_person": 15,
         "named_organization": 7, "cited_outlet": 4, "document": 2, "boilerplate": 2},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    nra, albany, karen, alabama, _, monitor, khost, cbn, cruz, beast = TWENTY_SEVENTH_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(nra, 15): False, **{(albany, number): False for number in (12, 16, 17, 24)},
                       **{(karen, number): False for number in (*range(6, 17), 20)}, (monitor, 4): False,
                       **{(beast, number): False for number in (2, 3, 4)}}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [
        (monitor, 0), (monitor, 16)]  # salutation, contact line; USA TODAY's links are no statements since body3
    video = {(by_key[(karen, number)]["reading"], tuple(by_key[(karen, number)]["alt"])) for number in range(6, 17)}
    assert video == {("unnamed_source", ("document", "named_person"))}  # the women's words heard in Conn's video
    conn = [by_key[(karen, number)]["reading"] for number in (1, 2, 3, 4, 18, 19)]
    assert conn == ["named_person"] * 6  # the customer who filmed and posted it
    owners = by_key[(karen, 20)]  # "the owners told TMZ"
    assert (owners["reading"], owners["alt"], owners["rule"]) == ("unnamed_source", ["cited_outlet"], "1,6")
    chorus = by_key[(nra, 0)]  # "A chorus of National Rifle Association leaders ... warned", named below
    assert (chorus["reading"], chorus["alt"], chorus["rule"]) == ("named_official", ["unnamed_source"], "6,7")
    reportedly = [(by_key[(beast, number)]["reading"], by_key[(beast, number)]["rule"]) for number in (2, 3, 4)]
    assert reportedly == [("unnamed_source", "4")] * 3  # "reportedly" though the Post is named in [0]
    receipts = [(by_key[(beast, number)]["reading"], by_key[(beast, number)]["alt"]) for number in (0, 11)]
    assert receipts == [("document", ["cited_outlet"]), ("document", ["unattributed", "cited_outlet"])]
    post = [by_key[(beast, number)]["reading"] for number in (5, 8, 9, 10)]  # NBC News; the Post's own judgment
    assert post == ["cited_outlet"] * 4
    lede = by_key[(albany, 0)]  # "a move that state leaders say was needed"
    assert (lede["reading"], lede["alt"]) == ("unattributed", ["named_official", "unnamed_source"])
    bishops = by_key[(albany, 18)]  # "the state's Catholic bishops said in a statement"
    assert (bishops["reading"], bishops["alt"]) == ("named_organization", ["unnamed_source"])
    former = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((monitor, 12), (cruz, 13))]  # Reid, Dean
    assert former == [("named_person", ["named_official", "cited_outlet"]), ("named_person", ["named_official"])]
    nominees = [(by_key[(cbn, number)]["reading"], by_key[(cbn, number)]["alt"]) for number in (8, 13)]
    assert nominees == [("named_official", ["named_person"])] * 2  # Clinton and Trump campaigning
    polls = [by_key[(monitor, number)]["reading"] for number in (8, 9)]  # "A new NBC News/Wall Street Journal poll"
    assert polls == ["named_organization"] * 2
    bills = {by_key[(alabama, number)]["alt"][0] for number in (2, 12, 13, 14, 15)}  # the bill's provisions
    assert bills == {"document"} and {by_key[(alabama, number)]["reading"] for number in (2, 12, 13, 14, 15)} == {
        "unattributed"}
    assert [by_key[(khost, number)]["reading"] for number in (4, 8)] == ["named_organization"] * 2  # the Taliban said
    acts = [by_key[key]["reading"] for key in ((alabama, 5), (alabama, 11), (cbn, 17), (beast, 15), (cruz, 4))]
    assert acts == ["unattributed"] * 5  # plain acts and stances (rule 7)


def test_twenty_seventh_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 12 of the 405 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. Trump in 2016 read one way; rule 7's actor in alt throughout.
    402 rows since body3 (USA TODAY's dated links, boilerplate 6 -> 3; the article's later rows renumbered)."""
    reviewed, by_key = review_adding_only_alts(
        "heldout27", TWENTY_SEVENTH_SET[10:] + TWENTY_SEVENTH_SET[:10], 402,  # 11-20 landed first
        {"named_official": 151, "unattributed": 151, "unnamed_source": 39, "named_organization": 24,
         "named_person": 19, "cited_outlet": 9, "document": 6, "boilerplate": 3}, 0, keyed=True)
    trolls, inquiry, deerfield, lerner, _, ncmi, utah, _, _, tariffs = TWENTY_SEVENTH_SET[:10]
    nra, albany, karen, alabama, _, _, _, cbn, cruz, beast = TWENTY_SEVENTH_SET[10:]
    added = {(inquiry, 14): ("unattributed", ["named_person", "named_official"]),  # the candidate in April 2016
             (albany, 1): ("unattributed", ["named_organization"]),  # "The Democrat-led Senate and Assembly passed"
             (cbn, 17): ("unattributed", ["named_official"]),  # "a group he has railed against"
             (cbn, 10): ("unattributed", ["named_official"]),  # "her statements in March that ..."
             (deerfield, 10): ("unattributed", ["named_organization"]),  # Highland Park passed, the ISRA contested
             (lerner, 3): ("unattributed", ["named_organization"]),  # the House voted
             (lerner, 4): ("unattributed", ["named_official"]),  # Lerner read a statement, refused to answer
             (utah, 2): ("unattributed", ["named_organization"]),  # "cleared the Republican-controlled senate"
             (ncmi, 10): ("unnamed_source", ["cited_outlet"]),  # "a source reportedly told ABC"
             (ncmi, 11): ("unnamed_source", ["cited_outlet"]),
             (alabama, 9): ("named_official", ["unattributed", "unnamed_source"]),  # "Republicans, including"
             (cruz, 0): ("named_official", ["unattributed", "unnamed_source"])}  # "two of the movement's ... champions"
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    trump = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((cbn, 13), (cbn, 8))]  # as the gold reads 2016
    assert trump == [("named_official", ["named_person"])] * 2
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [(row["id"], row["statement"]) for row in acts if not row["alt"]] == [(deerfield, 11)]  # "upheld in court"
    assert [by_key[(nra, 0)]["alt"], by_key[(alabama, 10)]["alt"]] == [["unnamed_source"]] * 2  # the readers' own
    carried = [(by_key[(trolls, number)]["reading"], by_key[(trolls, number)]["rule"]) for number in (20, 21, 23)]
    assert carried == [("unnamed_source", "3")] * 3  # the experts' account of [17], left as read
    beast_reads = [by_key[(beast, number)]["reading"] for number in (0, 2, 3, 4, 9, 10)]
    assert beast_reads == ["document"] + ["unnamed_source"] * 3 + ["cited_outlet"] * 2
    video = {by_key[(karen, number)]["reading"] for number in range(6, 17)}
    assert video == {"unnamed_source"}  # the women heard in Conn's video, "Karen" no pseudonym (rule 11)
    assert by_key[(deerfield, 3)]["reading"] == "unattributed"  # CBS Chicago, the network's own station (rule 10)
    assert {by_key[(tariffs, number)]["reading"] for number in range(5, 11)} == {"unattributed"}  # the list


def test_twenty_seventh_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 3558d3a (made once, 00:00:00 UTC on 6 December; made again into another folder,
    byte-identical): 127/131 with alt, 121 strict, 9/9, one agreeing type under a wrong source (judged with each
    key open). Since body3 the file holds 127/130: the keyed row USA TODAY [13] (keyed unattributed, read
    boilerplate: a dated link to another story kept as a statement) went with its statement, the article's later
    rows renumbered."""
    keyed = assert_held_out_figure("heldout27", statements=402, articles=20, keyed=130, agree=127, strict=121,
                                   reasons=9, reasons_agree=9, wrong_sources=1, per_article_min_max=(1, 16))
    assert reason_misses(keyed) == {}
    assert type_disagreements(keyed) == {
        ("ZRoYFEeW0pAEBftW", 4): ("unattributed", "unnamed_source"),  # "Many analysts have been comparing": no cue
        ("uEApSnH7qszdm702", 15): ("named_person", "named_official"),  # DeMint, Heritage's president, no office
        ("uEApSnH7qszdm702", 16): ("named_person", "named_official")}
    wrong = {(row["id"], row["statement"]): row["source_keyed"] for row in keyed if not row["source_ok"]}
    assert wrong == {("mgfgdMIamdCB8Jye", 2): "reportedly"}  # the hedge, not "Two officials familiar with ..."
    assert agreeing_through_alt(keyed) == 6  # the type in alt
    per_article = keyed_per_article(keyed, TWENTY_SEVENTH_SET)
    assert (per_article[9], per_article[10]) == (6, 7)  # median 6.5; Breitbart's key holds 1, the Times' 16
    assert sum(count < 5 for count in per_article) == 5
    assert keyed_types(keyed) == {"named_official": 61, "unattributed": 43, "named_organization": 9,
                                  "unnamed_source": 9, "named_person": 4, "cited_outlet": 3, "document": 1}
