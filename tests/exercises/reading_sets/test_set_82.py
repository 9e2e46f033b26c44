"""docs/exercise_agreement_heldout82.jsonl: the eighty-second reading set (seed 1282), read blind.

Its section of docs/exercise_agreement.md: "The eighty-second reading set (stop 54; the rule, written
before the draw)".
"""

from __future__ import annotations

from reading_set_checks import (
    agreeing_through_alt,
    assert_held_out_figure,
    keyed_per_article,
    keyed_types,
    reader_part,
    readings_by_article,
    reason_misses,
    review_adding_only_alts,
    type_disagreements,
)

EIGHTY_SECOND_SET = [  # the draw of docs/exercise_agreement.md ("the eighty-second reading set"), in its order
    "SbDIgSkaC1CsFomT", "GG7oTrnyTxUypBv9", "GMFNQdZACEajMONt", "Gf8hep62pbKlKFF4",
    "WUqkwHx78312mzdI", "CJ7rxBIJjpPsHzY2", "fshMTAzis8XvGz53", "Z3UYmDJpvdeBF9Tl",
    "j2yOOlniRotjpbZM", "NmuK72K3bqTXeoP0", "2A1LOcX21bP35hUZ", "Ze6z2ouj4WjIErzz",
    "vp4etECzVtMj79tu", "zPOqSm76Et7fGn29", "uJssdTiMjLfaQQHt", "LTejapSkMTzuhcrQ",
    "INHhgBvLgLPQa0VD", "QrVurzG1zngr6WIq", "Qfjafrc4WIQk8y8X",
]  # the draw table lists nineteen ids


def test_eighty_second_set_first_reader_read_articles_1_to_10_whole() -> None:
    """Articles 1-10 (read82a): 187 statements blind in one run in the draw's order, the counts of the doc."""
    first = reader_part(
        "heldout82", EIGHTY_SECOND_SET[:10], 187,
        {"Politico", "The Guardian", "Breitbart News", "New York Post", "Fox Online News", "Fox News", "Newsmax",
         "USA TODAY", "The Daily Caller", "Christian Science Monitor"},
        {"unattributed": 73, "named_official": 44, "named_person": 44, "cited_outlet": 11, "unnamed_source": 6,
         "document": 6, "named_organization": 0, "boilerplate": 3},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in first}
    debate, obama, hotelier, arbery, poster, tenure, carville, gorsuch, harris, zoom = EIGHTY_SECOND_SET[:10]
    assert [len([row for row in first if row["id"] == article]) for article in EIGHTY_SECOND_SET[:10]] == [
        22, 11, 19, 23, 22, 19, 19, 8, 20, 24]
    assert readings_by_article(first, EIGHTY_SECOND_SET[:10]) == [  # every reading, article by article
        "uuuuuuuuuuOuPPPPPPPAuu", "uCuuuuuuOAA", "uPPPPPPPuuuuuuuuuuu", "COOCDCOPCOOOOOCPPPPPPCu",
        "uuDDCuuuuCuCuOOOOOOuOO", "uDuPAADDOCuuuOOOOOO", "PPPPPPPPPPPPPPPPPPP", "OuuOOOOO",
        "uOOOOOOOOOuOOuPPbAuu", "buuuOuOuuuuuuuuuuuuPuuub"]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(debate, 19): False, (obama, 9): False, (obama, 10): False, (tenure, 4): False,
                       (tenure, 5): False, (harris, 17): False}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [
        (harris, 16), (zoom, 0), (zoom, 23)]  # the tweet's picture link, the salutation, the contact line
    assert [key for key, row in by_key.items() if row["reading"] == "cited_outlet"] == [
        (obama, 1), (arbery, 0), (arbery, 3), (arbery, 5), (arbery, 8), (arbery, 14), (arbery, 21), (poster, 4),
        (poster, 9), (poster, 11), (tenure, 9)]
    assert (by_key[(debate, 19)]["rule"], by_key[(debate, 19)]["alt"]) == ("4,6", ["unattributed"])  # "consensus"
    assert (by_key[(debate, 10)]["reading"], by_key[(debate, 10)]["alt"]) == ("named_official", ["unattributed"])
    strategists = [row for row in first if row["reading"] == "named_person" and row["id"] in (debate, carville)]
    assert len(strategists) == 26 and all(row["alt"][0] == "named_official" for row in strategists)
    assert (by_key[(zoom, 19)]["reading"], by_key[(zoom, 19)]["alt"]) == ("named_person", ["named_official"])
    schedule = [by_key[(obama, number)] for number in (3, 4, 5)]  # Obama's plans, no cue, the Times' report
    assert all(row["reading"] == "unattributed" and row["alt"] == ["cited_outlet", "named_official"] for row in schedule)
    assert (by_key[(obama, 0)]["reading"], by_key[(obama, 0)]["alt"]) == ("unattributed", ["cited_outlet"])
    assert (by_key[(obama, 8)]["reading"], by_key[(obama, 8)]["rule"]) == ("named_official", "1,5")  # told the Times
    assert (by_key[(obama, 10)]["rule"], by_key[(obama, 10)]["alt"]) == ("3", ["unattributed"])  # the adviser goes on
    post = [by_key[(hotelier, number)] for number in (1, 2, 4, 5, 6, 7)]  # Reisner's Facebook post
    assert all(row["reading"] == "named_person" and row["alt"] == ["named_official"] for row in post)
    assert (by_key[(hotelier, 3)]["reading"], by_key[(hotelier, 3)]["alt"]) == ("named_person", ["unattributed"])
    assert (by_key[(arbery, 0)]["rule"], by_key[(arbery, 0)]["alt"]) == ("6", ["unnamed_source", "named_official"])
    relayed = {(arbery, 1): "named_official", (arbery, 7): "named_person", (arbery, 9): "named_official"}
    assert all(by_key[key]["reading"] == reading and "1" in by_key[key]["rule"].split(",")
               and "cited_outlet" in by_key[key]["alt"] for key, reading in relayed.items())  # relayed (rule 1)
    assert (by_key[(arbery, 4)]["reading"], by_key[(arbery, 4)]["alt"]) == ("document", ["cited_outlet"])
    assert by_key[(arbery, 8)]["alt"] == ["unnamed_source"]  # "it was revealed that ..., the paper reported"
    letter = [by_key[(arbery, number)] for number in (10, 11, 12, 13)]  # the DA's letter
    assert all(row["reading"] == "named_official" and row["alt"] == ["document"] for row in letter)
    attorney = [by_key[(arbery, number)] for number in (15, 16, 17, 18)]  # the family's attorney
    assert all(row["reading"] == "named_person" and row["alt"] == ["named_official"] for row in attorney)
    captions = [by_key[(poster, number)] for number in (2, 3)]  # the poster's text, its author unknown
    assert all(row["reading"] == "document" and row["alt"] == ["unnamed_source", "unattributed"] for row in captions)
    assert (by_key[(poster, 8)]["rule"], by_key[(poster, 8)]["alt"]) == ("4", ["unnamed_source"])  # "allegedly"
    assert by_key[(poster, 10)]["alt"] == ["named_official", "cited_outlet"]  # "Lieberman denied ... but resigned"
    filing = [by_key[(tenure, number)] for number in (1, 6, 7)]  # Brown's appeal
    assert all(row["reading"] == "document" and row["alt"] == ["named_official"] for row in filing)
    assert (by_key[(tenure, 3)]["reading"], by_key[(tenure, 3)]["alt"]) == ("named_person", ["unattributed", "document"])
    assert by_key[(tenure, 4)]["rule"] == "6,7"  # "Teachers and their lawyers argue"
    assert (by_key[(carville, 9)]["rule"], by_key[(carville, 9)]["alt"]) == ("3", ["named_official", "unattributed"])
    lecture = [by_key[(gorsuch, number)] for number in range(3, 8)]  # the lecture's excerpts
    assert all(row["reading"] == "named_official" and row["alt"] == ["document"] for row in lecture)
    tweets = [by_key[(harris, number)] for number in (2, 3, 4, 5, 14, 15)]  # two embedded tweets
    assert all(row["rule"] == "9" for row in tweets)
    assert [row["reading"] for row in tweets] == ["named_official"] * 4 + ["named_person"] * 2
    assert all(by_key[(harris, number)]["alt"] == ["unnamed_source"] for number in (14, 15))  # credit line cut
    assert (by_key[(harris, 17)]["rule"], by_key[(harris, 17)]["alt"]) == ("1,6", ["cited_outlet", "unattributed"])
    hedges = [by_key[key] for key in ((harris, 18), (zoom, 22))]  # "was considered", "has long been projected"
    assert all(row["reading"] == "unattributed" and row["rule"] == "4" and row["alt"] == ["unnamed_source"]
               for row in hedges)
    assert (by_key[(zoom, 4)]["reading"], by_key[(zoom, 4)]["alt"]) == ("named_official", ["named_person", "unattributed"])
    speech = [by_key[key] for key in ((tenure, 8), (tenure, 13), (gorsuch, 0))]  # with their content (rule 7)
    assert all(row["reading"] == "named_official" and row["rule"] == "7" and row["alt"] == ["unattributed"]
               for row in speech)
    acts = [by_key[key] for key in ((debate, 7), (obama, 3), (hotelier, 0), (hotelier, 10), (hotelier, 12),
                                    (poster, 7), (poster, 10), (poster, 19), (tenure, 0), (tenure, 2), (gorsuch, 1),
                                    (harris, 0), (harris, 13), (harris, 19), (zoom, 15))]
    assert all(row["reading"] == "unattributed" and row["rule"] == "7" and row["alt"] for row in acts)
    assert [row for row in first if row["reading"] == "unattributed" and "7" in row["rule"].split(",")
            and not row["alt"]] == []  # every plain act has its actor in alt


def test_eighty_second_set_second_reader_read_articles_11_to_19_whole() -> None:
    """Articles 11-19 (read82b): 184 statements blind in one run in the draw's order, the counts of the doc."""
    second = reader_part(
        "heldout82", EIGHTY_SECOND_SET[10:], 184,
        {"ABC News", "BBC News", "The Hill", "Reuters", "CNN (Web News)", "CBN", "New York Times - News",
         "NPR Online News", "Washington Times"},
        {"unattributed": 78, "named_official": 50, "named_person": 32, "named_organization": 15,
         "unnamed_source": 7, "cited_outlet": 0, "document": 0, "boilerplate": 2},
        0, set())
    by_key = {(row["id"], row["statement"]): row for row in second}
    obamacare, jobs, gaetz, cohen, gergen, brexit, drilling, lunch, de_blasio = EIGHTY_SECOND_SET[10:]
    assert [len([row for row in second if row["id"] == article]) for article in EIGHTY_SECOND_SET[10:]] == [
        26, 25, 14, 20, 16, 25, 19, 30, 9]
    assert readings_by_article(second, EIGHTY_SECOND_SET[10:]) == [  # every reading, article by article
        "uuuuuOOOGGAOOOObOOObOOOOOO", "uGuuGGGuuuGGPPPPPuGuuuuuu", "OOOOOuGuuuuuuu", "PPPPPuuuuuOOPPPGOPPu",
        "uuuuuuuuuuuuuuAu", "uuuuuOuGuuuuuOOOOAuuuPAuA", "GGGOOOOOOOAAuuuuuOO",
        "uOuPPPuPPuPPPuOuuOOPPPuPPPuuPP", "OOOOOOuOO"]
    unnamed = {key: row["reason_reading"] for key, row in by_key.items() if row["reading"] == "unnamed_source"}
    assert unnamed == {(obamacare, 10): False, (gergen, 14): False, (brexit, 17): False, (brexit, 22): False,
                       (brexit, 24): False, (drilling, 10): False, (drilling, 11): False}  # no terms anywhere
    assert [key for key, row in by_key.items() if row["reading"] == "boilerplate"] == [
        (obamacare, 15), (obamacare, 19)]  # the embedded tweets' bare links
    tweets = [by_key[(obamacare, number)] for number in (11, 12, 13, 14, 17, 18)] + [
        by_key[(cohen, number)] for number in (10, 11)]  # Schumer's, Coons's and Trump's tweets
    assert all(row["reading"] == "named_official" and "9" in row["rule"].split(",") for row in tweets)
    assert [by_key[(obamacare, number)]["rule"] for number in (20, 21, 22, 23, 24, 25)] == [
        "3", "3", "3", "table", "3", "3"]  # Oakley's statement, its cue in [23]
    assert (by_key[(obamacare, 10)]["rule"], by_key[(obamacare, 10)]["alt"]) == (
        "6,7", ["named_official", "named_organization"])  # "Democrats ... are calling the cuts 'sabotage'"
    plain = {(obamacare, 0): "named_organization", (obamacare, 1): "named_organization",
             (obamacare, 2): "named_organization", (gaetz, 10): "named_organization",
             (gaetz, 11): "named_organization", (gaetz, 13): "named_person", (cohen, 5): "named_person",
             (cohen, 9): "named_official", (brexit, 6): "named_official", (brexit, 10): "unnamed_source",
             (lunch, 13): "named_official", (lunch, 16): "named_official"}
    assert all(by_key[key]["reading"] == "unattributed" and "7" in by_key[key]["rule"].split(",")
               and by_key[key]["alt"][0] == actor for key, actor in plain.items())  # plain acts, the actor in alt
    figures = [by_key[(jobs, number)] for number in (0, 2, 3, 19, 22, 23, 24)]  # the jobs figures, no cue
    assert all(row["reading"] == "unattributed" and row["alt"] == ["named_organization"] for row in figures)
    data = {(jobs, 1): ("table", ["document"]), (jobs, 4): ("2", ["document", "unattributed"]),
            (jobs, 10): ("table", ["document"]), (jobs, 18): ("2", ["document"]),
            (drilling, 0): ("table", ["document"]), (drilling, 1): ("2", ["document"]),
            (drilling, 2): ("2", ["document"])}  # named bodies' figures and reports
    assert {key: (by_key[key]["reading"], by_key[key]["rule"], by_key[key]["alt"]) for key in data} == {
        key: ("named_organization", rule, alt) for key, (rule, alt) in data.items()}
    assert (by_key[(jobs, 7)]["reading"], by_key[(jobs, 7)]["rule"], by_key[(jobs, 7)]["alt"]) == (
        "unattributed", "10", ["cited_outlet"])  # the BBC's own correspondent's analysis
    economists = [by_key[(jobs, number)] for number in range(12, 17)]  # Robbins and Shepherdson
    assert all(row["reading"] == "named_person" and row["alt"] == ["named_official"] for row in economists)
    assert (by_key[(gaetz, 0)]["reading"], by_key[(gaetz, 0)]["rule"], by_key[(gaetz, 0)]["alt"]) == (
        "named_official", "6,7", ["unnamed_source"])  # "A conservative House Republican", Gaetz in [1]
    assert (by_key[(gaetz, 1)]["reading"], by_key[(gaetz, 1)]["alt"]) == (
        "named_official", ["document", "unattributed"])  # the resolution "that argues"
    assert (by_key[(gaetz, 6)]["reading"], by_key[(gaetz, 6)]["alt"]) == (
        "named_organization", ["unnamed_source", "unattributed"])  # the committee's Republicans announced
    assert [(by_key[(gaetz, n)]["reading"], by_key[(gaetz, n)]["rule"], by_key[(gaetz, n)]["alt"]) for n in (8, 9)] == [
        ("unattributed", "10", ["cited_outlet"]), ("unattributed", "3,10", ["cited_outlet", "named_organization"])]
    lawyers = [by_key[(cohen, number)] for number in (1, 2, 3, 12, 13, 14, 17, 18)]  # Davis, Giuliani
    assert all(row["reading"] == "named_person" and row["alt"] == ["named_official"] for row in lawyers)
    assert (by_key[(cohen, 0)]["rule"], by_key[(cohen, 0)]["alt"]) == ("6", ["named_official", "unnamed_source"])
    assert (by_key[(gergen, 14)]["rule"], by_key[(gergen, 14)]["alt"]) == ("6,7", ["unattributed"])  # "many believe"
    assert [by_key[(gergen, n)]["alt"] for n in (9, 15)] == [["unnamed_source"]] * 2
    hedges = {(brexit, 17): ("4", ["document", "unattributed"]),  # "Polls show"
              (brexit, 22): ("6,7", ["unattributed"]),  # "Some think"
              (brexit, 24): ("4,6", ["unattributed"])}  # "talk of an EU death spiral has already begun"
    assert {key: (by_key[key]["rule"], by_key[key]["alt"]) for key in hedges} == hedges
    assert [(by_key[(drilling, n)]["reading"], by_key[(drilling, n)]["alt"]) for n in (11, 12, 13)] == [
        ("unnamed_source", ["unattributed"]), ("unattributed", ["unnamed_source"]),
        ("unattributed", ["unnamed_source"])]  # the officials' account of [10] and the writer's
    reilly = [by_key[(drilling, number)] for number in range(3, 10)]  # the panel's co-chairman
    assert all(row["reading"] == "named_official" and row["alt"] == ["named_person"] for row in reilly)
    farris = {5: ("named_person", ["unattributed"]), 6: ("unattributed", ["named_person"]),
              9: ("unattributed", ["named_person"]), 22: ("unattributed", ["named_person"]),
              25: ("named_person", ["unattributed"]), 26: ("unattributed", ["named_person"]),
              27: ("unattributed", ["named_person"])}  # cue-less sentences beside Farris's and Balz's words
    assert {n: (by_key[(lunch, n)]["reading"], by_key[(lunch, n)]["alt"]) for n in farris} == farris
    assert (by_key[(lunch, 14)]["reading"], by_key[(lunch, 14)]["alt"]) == ("named_official", ["unattributed"])
    assert (by_key[(de_blasio, 7)]["reading"], by_key[(de_blasio, 7)]["alt"]) == ("named_official", ["named_person"])


def test_eighty_second_set_review_marks_every_changed_row_and_adds_only_alts() -> None:
    """Review before any key: 6 of the 371 rows gained a second type in alt and say so ("review:"); readings and
    reasons unchanged, both readers' counts stand. Fox Online News' outrage among lawmakers with the unnamed in
    alt, as its lawmakers' dispute; ABC News' funding rule with the agency in alt, as its plans; BBC News' cue-less
    jobs figure with the department in alt, as its other figures; Reuters' standing denials of Moscow and Trump with
    the writer in alt, as earlier readings' "has denied"; NPR's hosted lunch with Obama in alt, as its meeting; the
    closest calls left as read."""
    reviewed, by_key = review_adding_only_alts(
        "heldout82", EIGHTY_SECOND_SET, 371,  # 1-10 landed first, so the file holds the draw's order
        {"unattributed": 151, "named_official": 94, "named_person": 76, "named_organization": 15,
         "unnamed_source": 13, "cited_outlet": 11, "document": 6, "boilerplate": 5}, 0, keyed=True)
    debate, obama, _, _, poster, tenure, _, _, _, _ = EIGHTY_SECOND_SET[:10]
    obamacare, jobs, gaetz, cohen, _, brexit, drilling, lunch, de_blasio = EIGHTY_SECOND_SET[10:]
    added = {(poster, 0): ("unattributed", ["unnamed_source"]),  # "has sparked outrage among lawmakers"
             (obamacare, 3): ("unattributed", ["named_organization"]),  # "will only receive funding based on"
             (jobs, 8): ("unattributed", ["named_organization"]),  # "the number with jobs has increased"
             (cohen, 15): ("named_organization", ["unattributed"]),  # "Moscow has denied findings"
             (cohen, 16): ("named_official", ["unattributed"]),  # "Trump has also denied any collusion"
             (lunch, 0): ("unattributed", ["named_official"])}  # "President Obama hosts Mitt Romney for a lunch"
    assert {key: (row["reading"], row["alt"]) for key, row in reviewed.items()} == added
    assert sum(len(row["alt"]) for row in by_key.values()) == 190 + 6  # the readers' 190 alts and the review's 6
    assert all(row["reason_reading"] is False for row in by_key.values() if row["reading"] == "unnamed_source")
    lawmakers = [by_key[(poster, number)] for number in (0, 7)]  # the outrage, the heated dispute
    assert all(row["reading"] == "unattributed" and row["alt"] == ["unnamed_source"] for row in lawmakers)
    plans = [by_key[(obamacare, number)] for number in (0, 1, 2, 3)]  # the administration's and CMS's plans
    assert all(row["reading"] == "unattributed" and row["alt"] == ["named_organization"] for row in plans)
    figures = [by_key[(jobs, number)] for number in (0, 2, 3, 8, 19, 22, 23, 24)]  # the jobs figures, no cue
    assert all(row["reading"] == "unattributed" and row["alt"] == ["named_organization"] for row in figures)
    denials = [by_key[(cohen, number)] for number in (15, 16)]  # "Moscow has denied", "Trump has also denied"
    assert all(row["alt"] == ["unattributed"] for row in denials)
    meetings = [by_key[(lunch, number)] for number in (0, 13)]  # the lunch hosted, the meeting in Chicago
    assert all(row["reading"] == "unattributed" and row["alt"] == ["named_official"] for row in meetings)
    acts = [row for row in by_key.values() if row["reading"] == "unattributed" and "7" in row["rule"].split(",")]
    assert [row for row in acts if not row["alt"]] == []  # every plain act has its actor in alt
    close = [(by_key[key]["reading"], by_key[key]["alt"]) for key in
             ((brexit, 1), (obama, 2), (debate, 9), (tenure, 11), (gaetz, 12), (cohen, 6), (drilling, 15),
              (de_blasio, 6), (obamacare, 4), (lunch, 7))]
    assert close == [("unattributed", []),  # "sending EU leaders into panic mode", the writer's
                     ("unattributed", []),  # "he has weighed in on several hot button issues", background
                     ("unattributed", []),  # "an argument he's made ... an ill-phrased claim", the writer's
                     ("unattributed", []),  # "Students in New York recently filed a high-profile suit"
                     ("unattributed", []),  # "Manafort ... and ... Gates, were charged", the charges told
                     ("unattributed", []),  # "Manafort was found guilty on eight charges"
                     ("unattributed", []),  # "the oil industry typically opposes regulations"
                     ("unattributed", []),  # "Rivals of Mr. Biden have been looking for a way"
                     ("unattributed", []),  # "If a Navigator program, for example, only reached 70 percent"
                     ("named_person", [])]  # Dan Balz, the Post's correspondent, an observer by name


def test_eighty_second_set_keyed_fields_hold_the_held_out_figure() -> None:
    """The keys of main 2271493 (its analyzer 2271493's; made once, 00:49:57-00:50:06 UTC on 8 December, just
    before the eighty-third set's, at the key confidence 0.97, on time for the rule's "about 00:50"; made again
    into another folder at 00:50:15, byte-identical): 74/74 with alt, 71 strict, 1/1; no type disagrees; three
    agree only through alt (BBC News' economist Robbins twice, Reuters' Giuliani, keyed named_official, read
    named_person); one agreeing type names a wrong source, judged with each key open (the Washington Times' "The
    former vice president said", Biden's, keyed under de Blasio); no key empty."""
    keyed = assert_held_out_figure("heldout82", statements=371, articles=19, keyed=74, agree=74, strict=71,
                                   reasons=1, reasons_agree=1, wrong_sources=1, per_article_min_max=(1, 8))
    _, _, _, _, poster, _, _, _, harris, _ = EIGHTY_SECOND_SET[:10]
    obamacare, jobs, _, cohen, _, _, drilling, _, de_blasio = EIGHTY_SECOND_SET[10:]
    assert reason_misses(keyed) == {}
    asked = {(row["id"], row["statement"]): (row["reason_keyed"], row["reason_reading"]) for row in keyed
             if row["reason_keyed"] is not None}
    assert asked == {(drilling, 10): (False, False)}  # "Administration officials say"
    assert type_disagreements(keyed) == {}
    wrong = {(row["id"], row["statement"]): (row["source_keyed"], row["agree"]) for row in keyed
             if row["source_ok"] is False}
    assert wrong == {  # Biden's account, given to de Blasio through the "president" of "presidential"
        (de_blasio, 7): ("Democratic presidential hopeful Bill de Blasio", True)}  # "The former vice president said"
    assert all(row["source_ok"] is True for row in keyed if (row["id"], row["statement"]) not in wrong)
    assert agreeing_through_alt(keyed) == 3
    through_alt = {(row["id"], row["statement"]): (row["keyed"], row["reading"], row["alt"]) for row in keyed
                   if row["keyed"] != row["reading"] and row["agree"]}
    assert through_alt == {
        (jobs, 12): ("named_official", "named_person", ["named_official"]),  # Robbins, of an asset manager
        (jobs, 13): ("named_official", "named_person", ["named_official"]),  # "..., Mr Robbins said."
        (cohen, 12): ("named_official", "named_person", ["named_official"])}  # "Trump counsel Rudy Giuliani"
    statements = [tuple(row["statement"] for row in keyed if row["id"] == article) for article in EIGHTY_SECOND_SET]
    assert statements == [  # the keyed statements of each article, in the draw's order
        (1, 5, 8, 21), (3, 5, 6), (10, 11, 13, 15), (16, 17, 18, 19), (1, 7, 13, 14, 16, 17), (11, 12), (6, 7),
        (1,), (1, 2, 3, 4, 5, 6, 11), (17, 19), (1, 5, 9, 11, 12, 14, 16, 18), (6, 10, 12, 13, 21), (11,),
        (7, 8, 12), (2, 3, 9), (1, 10, 13, 20, 21, 23), (10, 15, 17, 18), (3,), (0, 1, 2, 3, 4, 5, 7, 8)]
    per_article = keyed_per_article(keyed, EIGHTY_SECOND_SET)
    assert per_article[9] == 4  # median 4 of nineteen; ABC News' and the Washington Times' keys hold 8
    assert sum(count < 5 for count in per_article) == 13
    assert sum(row["id"] == obamacare for row in keyed) == sum(row["id"] == de_blasio for row in keyed) == 8
    assert sum(row["id"] == harris for row in keyed) == 7 and sum(row["id"] == poster for row in keyed) == 6
    assert keyed_types(keyed) == {"named_official": 31, "unattributed": 30, "named_person": 9,
                                  "named_organization": 3, "unnamed_source": 1, "cited_outlet": 0, "document": 0}
    assert {row["id"] for row in keyed} == set(EIGHTY_SECOND_SET)  # no key empty
