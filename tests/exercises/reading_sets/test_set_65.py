"""docs/exercise_agreement_heldout65.jsonl: the sixty-fifth reading set (seed 1265), read blind.

Its section of docs/exercise_agreement.md: "The sixty-fifth reading set (stop 50; the rule, written
before the draw)".
"""

from __future__ import annotations

from reading_set_checks import reader_part

SIXTY_FIFTH_SET = [  # the draw of docs/exercise_agreement.md ("the sixty-fifth reading set"), in its order
    "aGyxRkTOYFTk3KFX", "EHh3QDRQrro6kS3k", "f3uOE1Zd0O5qeVVH", "9yB2VKOZuCQNIBCF",
    "ZkcJyunGxkw3HeuC", "yCh4S4De5m7M3Kp4", "PID1rWZJZESUhgCs", "mWjkplOAFCNJY2ze",
    "4g7soSF5GvfyVrvN", "nAa6tat1QPUd1d6O", "dLNDO0e1ea748nyK", "cbBw48LZoVhHLLW4",
    "aw2mJDzzRTOffsmT", "N3FKtsKT7aCBy3ig", "PsDqAhq90yVe2T3k", "vIGcAv6yiFLrkIj3",
    "N1rk0dUdJTQrSy3x", "LWNQuP1rz0OSx1n1", "OKmr9GCMv9cKcOLd", "2Jw4D8mP6ZS9jD9U",
]


def test_sixty_fifth_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read65a): 205 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout65", SIXTY_FIFTH_SET[:10], 205,
        {"USA TODAY", "New York Times - News", "Fox News", "New York Post", "CBS News", "NPR Online News",
         "The Hill", "ABC News", "Newsmax", "Christian Science Monitor"},
        {"named_official": 68, "unattributed": 61, "unnamed_source": 35, "named_person": 20,
         "named_organization": 10, "cited_outlet": 6, "boilerplate": 4, "document": 1},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    roberts, sessions, caravan, uyghur, testify, money, gazette, stormy, denuke, guns = SIXTY_FIFTH_SET[:10]
    assert [len([row for row in first if row["id"] == article]) for article in SIXTY_FIFTH_SET[:10]] == [
        24, 13, 18, 19, 21, 22, 20, 18, 23, 27]
    letters = {"unattributed": "u", "named_official": "O", "named_person": "P", "named_organization": "G",
               "document": "D", "cited_outlet": "C", "unnamed_source": "A", "boilerplate": "b"}
    assert ["".join(letters[row["reading"]] for row in first if row["id"] == article)
            for article in SIXTY_FIFTH_SET[:10]] == [  # every reading, article by article
        "uOOuOOOOOOOOOOOOOOuuOObb", "uuuuuOuuuOuuu", "CAOCGuPPuPCGOuCOOO", "uuGOOuuCPPOGOPuuAOO",
        "uuOOuuuOOOOuOuPPOOOAO", "uuuuuuAuuuOOuGuuuGGOOu", "AOOOOOAbbAOuOOOOOOOO", "PPPuDuuPPPPPPPPGCP",
        "OOOOOuAAOOuOuGGAAuuuuuu", "uuu" + "A" * 24]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(caravan, 1): False, (uyghur, 16): False, (testify, 19): False, (money, 6): False,
                       **{(gazette, number): False for number in (0, 6, 9)},
                       **{(denuke, number): False for number in (6, 7, 15, 16)},
                       **{(guns, number): False for number in range(3, 27)}}  # no terms anywhere
    questions = [by_key[(guns, number)] for number in range(3, 27)]  # the participants' questions
    assert all((row["rule"], row["alt"]) == ("3,6", ["unattributed"]) for row in questions)
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [
        (roberts, 22), (roberts, 23), (gazette, 7), (gazette, 8)]
    assert [key for key, row in by_key.items() if row["reading"] == "document"] == [(stormy, 4)]
    outlets = [key for key, row in by_key.items() if row["reading"] == "cited_outlet"]
    assert outlets == [(caravan, 0), (caravan, 3), (caravan, 10), (caravan, 14), (uyghur, 7), (stormy, 16)]
    assert by_key[(caravan, 0)]["alt"] == ["unnamed_source"]  # "a report Thursday said", named in [1]
    assert by_key[(caravan, 1)]["alt"] == ["cited_outlet"]  # the migrants, relayed by the paper
    tweet = by_key[(gazette, 6)]  # ABC News' embedded tweet: "authorities say"
    assert (tweet["rule"], tweet["alt"]) == ("1,9", ["cited_outlet", "named_official"])
    assert [by_key[(gazette, number)]["alt"] for number in (0, 9)] == [["named_official"]] * 2  # Krampf
    ruddy = [by_key[(stormy, number)] for number in (0, 1, 2, 9, 10, 11, 12, 13, 14)]
    assert all(row["reading"] == "named_person" and "named_official" in row["alt"] for row in ruddy)
    friend = by_key[(stormy, 0)]  # "a friend of the president said", Ruddy named in [1]
    assert (friend["rule"], friend["alt"]) == ("6", ["unnamed_source", "named_official"])
    own = by_key[(stormy, 8)]  # "ABC News reported last week that Clifford's lawyer claimed"
    assert (own["reading"], own["alt"]) == ("named_person", ["unattributed", "cited_outlet"])
    bolton = [by_key[(uyghur, number)] for number in (8, 9, 13)]
    assert all(row["reading"] == "named_person" and "named_official" in row["alt"] for row in bolton)
    assert by_key[(uyghur, 9)]["alt"] == ["unnamed_source", "named_official"]  # "According to our interpreter"
    pottinger = by_key[(uyghur, 10)]  # relayed by Bolton's book
    assert (pottinger["reading"], pottinger["rule"], pottinger["alt"]) == ("named_official", "1", ["named_person"])
    comey = [(by_key[(testify, number)]["reading"], by_key[(testify, number)]["alt"]) for number in (14, 15)]
    assert comey == [("named_person", ["named_official"])] * 2  # the fired director
    heads = [by_key[key]["alt"] for key in ((roberts, 20), (roberts, 21), (money, 19), (money, 20))]
    assert heads == [["named_person"]] * 4  # Rosen and Beckel, named_official in their institutions' roles
    own_voice = [(by_key[key]["reading"], by_key[key]["rule"], by_key[key]["alt"])
                 for key in ((sessions, 0), (sessions, 11), (testify, 5))]
    assert own_voice == [("unattributed", "10", ["cited_outlet"])] * 2 + [
        ("unattributed", "10", ["cited_outlet", "unnamed_source"])]
    acts = [by_key[key] for key in ((roberts, 0), (roberts, 3), (sessions, 4), (sessions, 7), (caravan, 13),
                                    (uyghur, 0), (uyghur, 1), (uyghur, 14), (testify, 6), (testify, 13),
                                    (money, 0), (money, 3), (money, 8), (money, 16), (gazette, 11), (stormy, 6),
                                    (denuke, 10), (denuke, 22), (guns, 1))]
    assert all(row["reading"] == "unattributed" and "7" in row["rule"].split(",") and row["alt"] for row in acts)
    speech = [by_key[key]["reading"] for key in ((roberts, 4), (roberts, 11), (sessions, 5), (sessions, 9),
                                                 (caravan, 2), (caravan, 12), (testify, 12), (gazette, 16),
                                                 (denuke, 0))]
    assert speech == ["named_official"] * 9  # speech acts with their content (rule 7)
    claims = [by_key[key]["reading"] for key in ((uyghur, 2), (uyghur, 11), (stormy, 15), (denuke, 13))]
    assert claims == ["named_organization"] * 4  # institutions announcing, claiming, denying (rule 7)
    expected = by_key[(money, 6)]  # "is expected to apply"
    assert (expected["rule"], expected["alt"]) == ("4", ["unattributed"])
    republicans = by_key[(uyghur, 16)]  # "Many Republicans warned", McCarthy quoted next
    assert (republicans["rule"], republicans["alt"]) == ("6", ["named_official"])
