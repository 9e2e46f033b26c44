"""docs/exercise_agreement_heldout26.jsonl: the twenty-sixth reading set (seed 1226), read blind.

Its section of docs/exercise_agreement.md: "The twenty-sixth reading set (stop 35; the rule, written
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

TWENTY_SIXTH_SET = [  # the draw of docs/exercise_agreement.md ("the twenty-sixth reading set"), in its order
    "ueotcpOGWbPV5Q6r", "2vDhi1YpdftpTZk9", "rw3ZZfG8tIHKLjS4", "ffmoVC9dvMqe0FkV",
    "qGlpyfeFLd3LshSQ", "lNKbVwyuMR1yXRVG", "mvP0G1S3f6l8pTxc", "0J5A1QeMIv5AR35W",
    "ksxEmuGLwoOeQECN", "sVmjwZa7BkkgwLHQ", "yMAVjVvdOACfAE6K", "FzAPpTO2BtxAX63X",
    "XZHFlPhRI3MyainT", "x2C8rvS50v8RVtQS", "h0K35V5Yt0QgydYd", "a1MiYDyT3guhosjM",
    "VMY0w7SsV4ohj6bF", "MGPp4XqsVDauR1e4", "acwo53ltwKHwstBB", "zHOOHlKKRLmO1j19",
]


def test_twenty_sixth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read26a): 172 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout26", TWENTY_SIXTH_SET[:10], 172,
        {"New York Times - News", "Newsmax", "CBS News", "The Hill", "Washington Times", "Daily Beast",
         "Fox Online News", "BBC News", "New York Post"},
        {"unattributed": 52, "named_official": 49, "named_person": 40, "unnamed_source": 14,
         "named_organization": 11, "cited_outlet": 5, "document": 1, "boilerplate": 0},
        2, {"ueotcpOGWbPV5Q6r"})
    by_key = {(row["id"], row["statement"]): row for row in first}
    guns, clinton, shaheen, dogs, claims, plan_b, maher, walmart, caravan, recession = TWENTY_SIXTH_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(guns, 4): True, (guns, 5): True,  # "who spoke on the condition of anonymity", "the official said"
                       (clinton, 2): False, (clinton, 6): False, (clinton, 7): False, (shaheen, 12): False,
                       (dogs, 15): False, (claims, 7): False, (plan_b, 5): False, (plan_b, 9): False,
                       (walmart, 5): False, (caravan, 12): False, (caravan, 14): False, (recession, 4): False}
    memo = by_key[(guns, 0)]  # "The memorandum said": a record whose author the excerpt never names
    assert (memo["reading"], memo["alt"]) == ("document", ["unnamed_source"])
    biundo = [(by_key[(shaheen, number)]["reading"], by_key[(shaheen, number)]["alt"][0]) for number in (7, 8, 9, 10)]
    assert biundo == [("named_official", "named_person")] * 4  # the PAC's consultant; his statement runs to [10]
    assert [by_key[(shaheen, number)]["reading"] for number in (0, 1, 3, 11)] == [
        "cited_outlet", "named_official", "cited_outlet", "unattributed"]  # the Caller; Wilkins via the Caller
    court = [(by_key[(dogs, number)]["reading"], by_key[(dogs, number)]["rule"]) for number in (0, 14, 17, 25, 26)]
    assert court == [("unattributed", "7"), ("unattributed", "7"), ("named_organization", "7"),
                     ("unattributed", "7"), ("unattributed", "7")]  # rulings and filings; a declaration with content
    assert {by_key[(dogs, number)]["reading"] for number in (1, 2, 3, 4, 18, 19, 20)} == {"named_official"}  # Kagan
    comedian = [number for number in range(32) if by_key[(maher, number)]["reading"] != "named_person"]
    assert comedian == [3, 17] and by_key[(maher, 3)]["reading"] == "cited_outlet"  # "according to a CNN report"
    former = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((clinton, 3), (walmart, 6), (walmart, 7))]
    assert former == [("named_person", ["named_official"])] * 3  # Riley and Reich, former secretaries commenting
    assert by_key[(clinton, 10)]["reading"] == "named_person"  # a strategist
    urging = [(by_key[(walmart, number)]["reading"], by_key[(walmart, number)]["alt"]) for number in (11, 19)]
    assert urging == [("unattributed", ["unnamed_source"])] * 2  # "have pressed", "have been urging" (rule 7)
    assert by_key[(claims, 0)]["reading"] == "named_organization" and by_key[(claims, 6)]["reading"] == "unattributed"
    mexico = [by_key[(caravan, number)]["reading"] for number in (0, 3, 6, 7, 10, 13, 15)]
    assert mexico == ["named_official", "named_official", "cited_outlet", "cited_outlet", "named_official",
                      "unattributed", "named_official"]  # Ebrard named next (rule 6); "He" is Trump; the Post
    lede = (by_key[(recession, 0)], by_key[(recession, 6)], by_key[(recession, 16)])
    assert [(row["reading"], row["rule"]) for row in lede] == [("unattributed", "7")] * 2 + [("named_official", "7")]


def test_twenty_sixth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read26b): 185 statements blind in one run in the draw's order, the counts of the doc.
    183 rows since body3: Breitbart's follow and contact line ([14]-[15], both read boilerplate) is no statement
    now; they were the article's last rows, so none was renumbered."""
    second = reader_part(
        "heldout26", TWENTY_SIXTH_SET[10:], 183,
        {"CNN (Web News)", "NPR Online News", "The Daily Caller", "USA TODAY", "Politico", "Reuters", "ABC News",
         "Fox News", "Wall Street Journal - News", "Breitbart News"},
        {"named_official": 66, "unattributed": 46, "named_organization": 30, "unnamed_source": 20,
         "named_person": 11, "cited_outlet": 8, "document": 0, "boilerplate": 2},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    romney, gang, effigy, hoax, clinton, rubio, ohio, lean, cbo, gutfeld = TWENTY_SIXTH_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(romney, 15): False, (gang, 17): False, (effigy, 1): False, (effigy, 3): False,
                       (hoax, 7): False, (hoax, 8): False, (hoax, 12): False,
                       **{(clinton, number): False for number in (1, 3, 4, 5, 6, 7, 8, 10, 12, 13, 18)},
                       (ohio, 20): False, (cbo, 17): False}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [
        (romney, 2), (clinton, 0)]  # a link line, a title and deck; the author's lines are no statements since body3
    polls = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((romney, 8), (romney, 15), (clinton, 10))]
    assert polls == [("named_organization", "table"), ("unnamed_source", "4"), ("unnamed_source", "4")]
    adviser = by_key[(romney, 9)]  # "A Romney senior adviser conceded", Kevin Madden in the next sentence
    assert (adviser["reading"], adviser["alt"], adviser["rule"]) == ("named_official", ["unnamed_source"], "6")
    sheet = {(by_key[(gang, number)]["reading"], tuple(by_key[(gang, number)]["alt"])) for number in range(10, 17)}
    assert sheet == {("named_organization", ("cited_outlet", "document"))}  # the AFL-CIO fact sheet via the AP
    dot = by_key[(effigy, 10)]  # the dot of ".@SenateMajLdr", cut off the embedded post
    assert (dot["text"], dot["reading"], dot["rule"]) == (".", "named_official", "9")
    courier = [(by_key[(effigy, number)]["reading"], by_key[(effigy, number)]["alt"]) for number in (4, 6, 16)]
    assert courier == [("cited_outlet", ["named_person"]), ("cited_outlet", []), ("cited_outlet", ["unnamed_source"])]
    chain = [by_key[(hoax, number)]["reading"] for number in range(5, 13)]  # the publication and the email's writer
    assert chain == ["cited_outlet"] * 2 + ["unnamed_source"] * 2 + ["cited_outlet"] * 3 + ["unnamed_source"]
    received = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((gang, 1), (rubio, 0), (clinton, 1))]
    assert received == [("named_official", "5"), ("named_official", "5"), ("unnamed_source", "5,6")]
    chant = [(by_key[(ohio, number)]["reading"]) for number in range(7, 12)]  # "Obama! Obama!"; "Hello, Ohio!" he said
    assert chant == ["unattributed"] * 3 + ["named_official"] * 2
    lead_ins = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((lean, 1), (lean, 5), (gutfeld, 5))]
    assert lead_ins == [("named_official", "2")] * 2 + [("named_person", "2")]
    msnbc = by_key[(lean, 16)]  # the network's announcement, relayed in an unnamed report's words
    assert (msnbc["reading"], msnbc["alt"], msnbc["rule"]) == ("named_organization", ["cited_outlet", "unnamed_source"],
                                                               "1")
    assert [by_key[(cbo, number)]["rule"] for number in (0, 17)] == ["6", "4"]  # "scorekeepers"; "is attributed"
    own = by_key[(gutfeld, 10)]  # "Breitbart News recently reported ..., and ... Police Chief James Craig explained"
    assert (own["reading"], own["alt"], own["rule"]) == ("named_official", ["unattributed", "cited_outlet"], "10")
    hosts = {by_key[key]["reading"] for key in ((lean, 18), (gutfeld, 0), (hoax, 13))}
    assert hosts == {"named_person"}  # Matthews, Gutfeld, Burkman: hosts with no office
    acts = [(by_key[key]["reading"], by_key[key]["rule"])
            for key in ((romney, 7), (gang, 2), (rubio, 6), (rubio, 7), (hoax, 4), (romney, 11))]
    assert acts == [("unattributed", "7")] * 6  # wrapped up, brokered, voted, did not deny, recounted, felt (rule 7)


def test_twenty_sixth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 3 of the 357 rows gained second types in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. Closest calls left as read. 355 rows since body3 (Breitbart's
    follow and contact line, boilerplate 4 -> 2)."""
    reviewed, by_key = review_adding_only_alts(
        "heldout26", TWENTY_SIXTH_SET, 355,  # 1-10 landed first: the draw's order
        {"named_official": 115, "unattributed": 98, "named_person": 51, "named_organization": 41,
         "unnamed_source": 34, "cited_outlet": 13, "document": 1, "boilerplate": 2}, 2, keyed=True)
    _, riley, _, dogs, _, _, _, walmart, caravan, _ = TWENTY_SIXTH_SET[:10]
    romney, _, effigy, hoax, politico, rubio, ohio, _, _, gutfeld = TWENTY_SIXTH_SET[10:]
    assert set(reviewed) == {(dogs, 26), (hoax, 3), (effigy, 7)}
    assert sum(len(row["alt"]) for row in by_key.values()) == 168 + 4  # the readers' 168 alts and the review's 4
    alts = {key: (row["reading"], row["alt"], row["reason_reading"]) for key, row in reviewed.items()}
    assert alts[(dogs, 26)] == ("unattributed", ["named_organization", "unnamed_source"], None)  # "A handful of ..."
    assert alts[(hoax, 3)] == ("unattributed", ["named_official", "unnamed_source"], None)  # "some of his allies"
    assert alts[(effigy, 7)] == ("unattributed", ["unnamed_source", "named_official"], None)  # "members of both parties"
    former = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((riley, 3), (walmart, 7))]
    assert former == [("named_person", ["named_official"])] * 2  # former officials commenting, as both sets read them
    nominee = [(by_key[(romney, number)]["reading"], by_key[(romney, number)]["alt"][-1]) for number in (0, 1, 4, 5, 6)]
    assert nominee == [("named_official", "named_person")] * 5  # the 2012 nominee campaigning, as the gold reads Trump
    poll = by_key[(romney, 8)]  # "A CNN instant poll" in CNN: the publisher's poll named, as the gold reads CNN's
    assert (poll["reading"], poll["alt"][0]) == ("named_organization", "unattributed")
    assert by_key[(caravan, 0)]["alt"] == []  # "Mexico's incoming foreign minister", one office, Ebrard named next
    viewed = by_key[(ohio, 20)]  # "Ohio is viewed by Obama strategists and ... Romney's campaign"
    assert (viewed["reading"], viewed["alt"]) == ("unnamed_source", ["unattributed", "named_organization"])
    option = [by_key[(politico, number)]["reading"] for number in (2, 12, 13, 14)]  # the option and its next step
    assert option == ["unattributed", "unnamed_source", "unnamed_source", "unattributed"]
    own = by_key[(gutfeld, 10)]  # the publisher's own report and the chief it names
    assert (own["reading"], own["alt"]) == ("named_official", ["unattributed", "cited_outlet"])
    assert by_key[(rubio, 0)]["alt"] == ["cited_outlet"]  # "told the Economist magazine", relayed by Reuters


def test_twenty_sixth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 3558d3a (made once, 23:59:53 UTC; made again into another folder, byte-identical): 95/98
    with alt, 87 strict, 10/10, no agreeing type under a wrong source (judged with each key open). Since body3 the
    file holds 95/97: the keyed row Breitbart [14] (keyed unattributed, read boilerplate: the author's follow line
    kept as a statement) went with its statement, the key's only item, so Breitbart's article keys none."""
    keyed = assert_held_out_figure("heldout26", statements=355, articles=20, keyed=97, agree=95, strict=87,
                                   reasons=10, reasons_agree=10, wrong_sources=0, per_article_min_max=(0, 11))
    assert reason_misses(keyed) == {}
    assert type_disagreements(keyed) == {
        ("qGlpyfeFLd3LshSQ", 2): ("unattributed", "named_organization"),  # the department's figures read on (rule 3)
        ("acwo53ltwKHwstBB", 5): ("unattributed", "named_organization")}  # "the agencies project": no cue found
    assert all(row["source_ok"] for row in keyed)  # every key names the reading's source
    assert agreeing_through_alt(keyed) == 8  # the type in alt
    per_article = keyed_per_article(keyed, TWENTY_SIXTH_SET)
    assert (per_article[9], per_article[10]) == (5, 5)  # median 5; the Beast's and Fox News' keys hold 1 (Breitbart's
    assert sum(count < 5 for count in per_article) == 9  # 1 as keyed, its row gone since body3)
    assert keyed_types(keyed) == {"named_official": 50, "unattributed": 21, "named_organization": 8,
                                  "unnamed_source": 12, "named_person": 5, "cited_outlet": 1, "document": 0}
