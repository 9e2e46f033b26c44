"""docs/exercise_agreement_heldout28.jsonl: the twenty-eighth reading set (seed 1228), read blind.

Its section of docs/exercise_agreement.md: "The twenty-eighth reading set (stop 36; the rule,
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

TWENTY_EIGHTH_SET = [  # the draw of docs/exercise_agreement.md ("the twenty-eighth reading set"), in its order
    "A5DXwTEMMRiNZYWT", "2aYorJdVyIZZMKRK", "cX6hnU7NQbFGr3gx", "oiIh1qacerWYCPuG",
    "C0sGYs6Y1t2lGlGR", "yW6hamBa2kpDG870", "w9wXWwAFHnJBsqaI", "q38tPq9lkbF0ZE7p",
    "TJN1II2A7OjlFNEt", "DGK9SANCqtM2bSl2", "IfAsHUCpFFG1SHck", "dD1DQWJE2UQV7u7B",
    "1mJ5AuXhtsSARXEK", "qnOKURBoVJyJdaXr", "5jLvLdkTpm0b1ImF", "7L07BkaKQDyHedV9",
    "8KdoCHLlGbvRWaJU", "8m9ONlyJ3DCAFbxT", "rBZYvxFK4A9Iyexq", "jkS7I6YA49nzuqTb",
]


def test_twenty_eighth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read28a): 199 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout28", TWENTY_EIGHTH_SET[:10], 199,
        {"New York Times - News", "Newsmax", "Fox News", "NPR Online News", "CBS News", "The Hill",
         "The Daily Caller", "Daily Beast", "Wall Street Journal - News"},
        {"named_official": 69, "unattributed": 56, "unnamed_source": 25, "named_person": 25,
         "named_organization": 22, "cited_outlet": 0, "document": 0, "boilerplate": 2},
        9, {"A5DXwTEMMRiNZYWT"})
    by_key = {(row["id"], row["statement"]): row for row in first}
    torture, bystander, dinner, goalposts, ryan, tlaib, villages, pundits, handshakes, oil = TWENTY_EIGHTH_SET[:10]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {**{(torture, number): True for number in (0, 6, 7, 8, 10, 11, 12, 13, 14)},  # "like others"
                       **{(torture, number): False for number in (1, 2, 4)}, (bystander, 0): False,
                       (bystander, 11): False, (dinner, 12): False, (goalposts, 4): False, (tlaib, 19): False,
                       (villages, 5): False, **{(oil, number): False for number in (0, 1, 3, 7, 9, 11, 12)}}
    cut = [(key, row["text"]) for key, row in by_key.items() if row["reading"] == "boilerplate"]
    assert cut == [((dinner, 7), "pic.twitter.com/mMOXaozwHj"), ((tlaib, 6), "https://t.co/z5t5j3qk4H")]
    aside = by_key[(torture, 9)]  # "Mr. Kappes was another deputy C.I.A. director": the writer's, inside the quotation
    assert (aside["reading"], [by_key[(torture, number)]["rule"] for number in (10, 11)]) == ("unattributed", ["3", "3"])
    urged = by_key[(torture, 4)]  # private urging with its content; the terms of [6] not said of these
    assert (urged["reading"], urged["alt"], urged["rule"]) == ("unnamed_source", ["unattributed"], "6,7")
    baker = [(by_key[(bystander, number)]["reading"], by_key[(bystander, number)]["alt"]) for number in (9, 10)]
    assert baker == [("unattributed", ["named_official"])] * 2  # one sentence cut at Baker's question
    passives = [(by_key[key]["reading"], by_key[key]["rule"]) for key in ((bystander, 11), (dinner, 12), (tlaib, 19))]
    assert passives == [("unnamed_source", "4")] * 3  # "was accused of", "is considered", "has been accused of"
    dubbed = by_key[(dinner, 10)]  # "has long been dubbed a 'nerd prom'": a nickname, background
    assert (dubbed["reading"], dubbed["alt"]) == ("unattributed", ["unnamed_source"])
    assert [by_key[(dinner, number)]["reading"] for number in (1, 2, 3, 6)] == ["named_official"] * 4  # the tweets
    pew = [by_key[(ryan, number)]["reading"] for number in (6, 7, 8, 9, 13, 14, 15, 16)]
    assert pew == ["named_organization"] * 2 + ["unattributed"] + ["named_organization"] * 5  # the lead-in the writer's
    voices = [by_key[(ryan, number)]["reading"] for number in (20, 21, 22, 23, 24, 26, 29, 30)]
    assert voices == ["named_person"] * 2 + ["named_official"] + ["named_person"] * 2 + ["named_official"] + [
        "named_person"] * 2  # delegates for themselves; a state representative and a committee chair
    shout = by_key[(villages, 5)]  # the unnamed supporter's words in the video, as the Post's women's
    assert (shout["reading"], shout["alt"]) == ("unnamed_source", ["unattributed", "document"])
    media = [(by_key[(pundits, number)]["reading"], by_key[(pundits, number)]["alt"]) for number in (5, 6, 9, 13)]
    assert media == [("named_person", ["named_official"]), ("named_person", ["cited_outlet"]),
                     ("named_person", ["cited_outlet"]), ("named_person", ["unattributed"])]  # Stone, Johnson, Goodwin, Hannity
    campaign = by_key[(goalposts, 18)]  # "revealed ... reportedly planning": the hedge only in the participle
    assert (campaign["reading"], campaign["alt"]) == ("named_organization", ["unnamed_source"])
    assert [by_key[(handshakes, number)]["reading"] for number in (2, 7, 15)] == [
        "named_official", "named_organization", "named_official"]  # pledged; the CDC's guidelines; denied, confirmed
    administration = [by_key[(oil, number)]["reading"] for number in (2, 6, 8, 13)]
    assert administration == ["named_organization"] * 3 + ["unattributed"]  # estimated, cited, voiced; increased
    acts = [(by_key[key]["reading"], by_key[key]["rule"])
            for key in ((dinner, 13), (dinner, 15), (villages, 6), (villages, 10), (pundits, 16), (handshakes, 19))]
    assert acts == [("unattributed", "7")] * 6  # lampooned, excluded, deleted, not condemned, appeared to side, did not commit


def test_twenty_eighth_set_second_reader_read_articles_11_to_20_whole() -> None:
    """Articles 11-20 (read28b): 205 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout28", TWENTY_EIGHTH_SET[10:], 205,
        {"Al Jazeera", "Breitbart News", "Bloomberg", "CNN (Web News)", "Associated Press",
         "Christian Science Monitor", "Politico", "ABC News", "Washington Times", "CBN"},
        {"unattributed": 101, "named_official": 59, "named_person": 25, "named_organization": 8,
         "cited_outlet": 3, "document": 3, "unnamed_source": 2, "boilerplate": 4},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    turkey, doj, gorsuch, comey, stark, monitor, pathway, mattis, debate, pope = TWENTY_EIGHTH_SET[10:]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(turkey, 1): False, (turkey, 3): False}  # the WSJ's officials; "unidentified" is no term
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [
        (comey, 16), (mattis, 17), (mattis, 18), (pope, 7)]  # video label, the tweet's bare links, "Click play"
    journal = [(by_key[(turkey, number)]["reading"], by_key[(turkey, number)]["alt"]) for number in (0, 2)]
    assert journal == [("cited_outlet", ["unnamed_source"])] * 2  # "the WSJ reported", "the newspaper reported"
    vatican = by_key[(pope, 5)]  # "The Wall Street Journal reports the Vatican has objected to some of the guests"
    assert (vatican["reading"], vatican["alt"], vatican["rule"]) == ("named_organization", ["cited_outlet"], "1,7")
    records = [(by_key[(stark, number)]["reading"], by_key[(stark, number)]["alt"]) for number in (4, 13, 14)]
    assert records == [("document", ["named_person"]), ("document", ["named_official"]),
                       ("document", ["named_official"])]  # the arrest report, Davison's signed police complaint
    relayed = by_key[(stark, 5)]  # "Witnesses provided statements saying Stark declared ..."
    assert (relayed["reading"], relayed["alt"]) == ("named_person", ["unnamed_source", "document"])
    witnesses = [(by_key[(stark, number)]["reading"], by_key[(stark, number)]["alt"]) for number in (0, 12)]
    assert witnesses == [("unattributed", ["unnamed_source", "named_official"]),
                         ("named_official", ["unattributed", "unnamed_source"])]
    former = {(by_key[key]["reading"], tuple(by_key[key]["alt"]))
              for key in ((comey, 8), (comey, 9), (mattis, 5), (mattis, 11), (pope, 6))}
    assert former == {("named_person", ("named_official",))}  # Clapper, Mattis, Rooney: out of office
    tweet = by_key[(mattis, 16)]  # ABC's own embedded tweet relaying Mattis' line
    assert (tweet["reading"], tweet["alt"], tweet["rule"]) == ("named_person", ["unattributed"], "1,9")
    book = [(by_key[(gorsuch, number)]["reading"], by_key[(gorsuch, number)]["alt"]) for number in (0, 1, 4)]
    assert book == [("named_official", ["document"])] * 3  # a sitting justice's own book
    signals = [by_key[(doj, number)]["reading"] for number in (0, 21, 8, 24)]  # "signaled" vs "appears", "appeared"
    assert signals == ["named_official", "named_official", "unattributed", "unattributed"]
    assert [by_key[(doj, number)]["rule"] for number in (4, 5, 23)] == ["9"] * 3  # the embedded tweets
    credits = [by_key[key]["text"] for key in ((doj, 7), (doj, 18), (pathway, 9), (pope, 12))]
    assert credits == ["Trump wondered.", "he asked.",
                       "said Deepak Bhargava, executive director of the Center for Community Change, a pro-reform group.",
                       "he said in a Facebook post."]  # credits cut off their quotations
    assert {by_key[(debate, number)]["reading"] for number in range(15)} == {"unattributed"}  # the writer's judgments
    acts = [by_key[key]["reading"] for key in ((turkey, 16), (gorsuch, 3), (stark, 7), (mattis, 0), (pope, 10))]
    assert acts == ["unattributed"] * 5  # plain acts, stances and topics (rule 7)
    speech = [by_key[key]["reading"] for key in ((gorsuch, 19), (monitor, 9), (stark, 6), (mattis, 24))]
    assert speech == ["named_official", "named_official", "named_official", "named_person"]  # with their content


def test_twenty_eighth_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 5 of the 404 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. Rule 7's actor in alt; closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout28", TWENTY_EIGHTH_SET, 404,  # 1-10 landed first: the draw's order
        {"unattributed": 157, "named_official": 128, "named_person": 50, "named_organization": 30,
         "unnamed_source": 27, "cited_outlet": 3, "document": 3, "boilerplate": 6}, 9, keyed=True)
    torture, _, dinner, _, _, tlaib, villages, pundits, _, _ = TWENTY_EIGHTH_SET[:10]
    turkey, doj, gorsuch, comey, stark, _, _, mattis, _, _ = TWENTY_EIGHTH_SET[10:]
    added = {(torture, 5): ("unattributed", ["named_official", "unnamed_source"]),  # "Mr. Bush and his inner circle"
             (villages, 4): ("unattributed", ["named_official"]),  # "by approvingly sharing a video"
             (tlaib, 14): ("unattributed", ["named_official"]),  # "targeted by President Trump in ... tweets"
             (turkey, 16): ("unattributed", ["named_official", "named_organization"]),  # "Turkey ... sees"
             (gorsuch, 2): ("unattributed", ["unnamed_source"])}  # "Conservatives have used that approach to argue"
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert all(row["reason_reading"] is None for row in reviewed.values())
    assert sum(len(row["alt"]) for row in by_key.values()) == 156 + 5  # the readers' 156 alts and the review's 5
    terms = {number: by_key[(torture, number)]["reason_reading"] for number in (1, 2, 4, 6, 7, 8, 12)}
    assert terms == {1: False, 2: False, 4: False, 6: True, 7: True, 8: True, 12: True}  # "like others": the speakers
    shout = by_key[(villages, 5)]  # the unnamed supporter in the video
    assert (shout["reading"], shout["alt"]) == ("unnamed_source", ["unattributed", "document"])
    thesis = by_key[(pundits, 0)]  # "Some of President Trump's strongest supporters in the media": all named below
    assert (thesis["reading"], thesis["alt"]) == ("unattributed", ["named_person"])
    agree = by_key[(turkey, 5)]  # "Turkey and the US appeared to agree": the writer's hedged background
    assert (agree["reading"], agree["alt"]) == ("unattributed", [])
    alleged = [(by_key[key]["reading"], by_key[key]["alt"]) for key in ((comey, 6), (stark, 8), (mattis, 10))]
    assert all(reading == "unattributed" and "unnamed_source" not in alt for reading, alt in alleged)
    journal = [by_key[(turkey, number)]["reading"] for number in (0, 1, 2, 3)]
    assert journal == ["cited_outlet", "unnamed_source", "cited_outlet", "unnamed_source"]
    nickname = [(by_key[(dinner, number)]["reading"], by_key[(dinner, number)]["alt"]) for number in (10, 12)]
    assert nickname == [("unattributed", ["unnamed_source"]), ("unnamed_source", ["unattributed"])]
    assert [by_key[(doj, number)]["reading"] for number in (0, 8, 21, 24)] == [
        "named_official", "unattributed", "named_official", "unattributed"]  # signaled; appears, appeared


def test_twenty_eighth_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 547bdb1 (made once, 02:29:50 UTC on 6 December; made again into another folder,
    byte-identical): 143/146 with alt, 131 strict, 6/7, no agreeing type under a wrong source (judged with each
    key open)."""
    keyed = assert_held_out_figure("heldout28", statements=404, articles=20, keyed=146, agree=143, strict=131,
                                   reasons=7, reasons_agree=6, wrong_sources=0, per_article_min_max=(1, 20))
    assert reason_misses(keyed) == {("A5DXwTEMMRiNZYWT", 7): (False, True)}  # "Another former official": [6]'s terms
    assert type_disagreements(keyed) == {
        ("1mJ5AuXhtsSARXEK", 4): ("unattributed", "named_official"),  # "The book describes how": Gorsuch's own book
        ("yW6hamBa2kpDG870", 13): ("unattributed", "named_organization"),  # "a day after the Israeli government said"
        ("jkS7I6YA49nzuqTb", 12): ("named_official", "named_person")}  # "he said in a Facebook post": Graham, not Grossu
    assert all(row["source_ok"] for row in keyed)  # judged for every item; CBN [12]'s Grossu counted as disagreement
    assert agreeing_through_alt(keyed) == 12  # the type in alt
    per_article = keyed_per_article(keyed, TWENTY_EIGHTH_SET)
    assert (per_article[9], per_article[10]) == (7, 8)  # median 7.5; Fox News' key holds 1, Breitbart's 20
    assert sum(count < 5 for count in per_article) == 6
    assert keyed_types(keyed) == {"named_official": 81, "unattributed": 41, "named_organization": 7,
                                  "unnamed_source": 8, "named_person": 8, "cited_outlet": 1, "document": 0}
