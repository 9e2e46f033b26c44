"""Classifying source phrases: named person, official, organization, outlet, record, unnamed."""

from __future__ import annotations

import pytest

from sourcing.attribution.mentions import RULES, MentionKind, classify_phrase, first_rule
from sourcing.attribution.phrases import Phrase
from sourcing.attribution.record_mentions import definite_book

KNOWN = {"Ali Shamkhani": True, "Shamkhani": True, "Timothy Hagle": False, "Hagle": False}


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("US Secretary of State Mike Pompeo", MentionKind.OFFICIAL),
        ("US Embassy Spokesman Charles Cole", MentionKind.OFFICIAL),
        (
            "Timothy Hagle, a political science professor at the University of Iowa",
            MentionKind.PERSON,
        ),
        ("Darci Vetter, former U.S. chief agriculture negotiator", MentionKind.PERSON),
        ("The US Embassy in Iraq", MentionKind.ORGANIZATION),
        # "Current" is no name (a development article of stop 50, Fox VEtWSnrX6DHEP2ez [21] was
        # a named person "Current").
        ("Current and former U.S. officials who spoke to the Times anonymously", MentionKind.UNNAMED),
        ("Current and former staffers", MentionKind.UNNAMED),
        # "politicians" speak only when qualified (a post-key fix of stop 50, Breitbart
        # cbBw48LZoVhHLLW4 [12] was keyed No source); bare, anyone (the writer's generalization).
        ("Some politicians in Europe", MentionKind.UNNAMED),
        ("A Kurdish politician", MentionKind.UNNAMED),
        ("a politician", MentionKind.UNKNOWN),
        ("The Kaiser Family Foundation", MentionKind.ORGANIZATION),
        # A lab or an institution by its head word (train3 0i1j8JXRdhRAEdoN [16] was a person).
        ("The Nieman Journalism Lab at Harvard University", MentionKind.ORGANIZATION),
        ("the Brookings Institution", MentionKind.ORGANIZATION),
        ("Germany", MentionKind.ORGANIZATION),
        ("Chicago", MentionKind.ORGANIZATION),  # a city speaking as a government (train)
        ("a Pentagon statement", MentionKind.ORGANIZATION),
        # A statement by speakers the text does not name is theirs, unnamed (heldout19
        # VTpWqAJQtifNo0uS [5] was an organization) ...
        (
            "an account by two White House officials who spoke only on condition of anonymity",
            MentionKind.UNNAMED,
        ),
        # ... an organization's stays its own.
        ("a statement by the White House", MentionKind.ORGANIZATION),
        # ... and a base's press release, the base's (heldout13 eINR1dD3q8CzEUT1 [18]).
        ("a Fort Bragg press release sent out this week", MentionKind.ORGANIZATION),
        ("Al-Kuwaityah newspaper", MentionKind.OUTLET),
        ("Reuters", MentionKind.OUTLET),
        ("Business Insider", MentionKind.OUTLET),
        ("PJ Media", MentionKind.OUTLET),
        ("Spokesman Matt Hill", MentionKind.OFFICIAL),
        ("the US media", MentionKind.INDEFINITE_REPORT),
        ("international media", MentionKind.INDEFINITE_REPORT),
        ("the US president", MentionKind.DEFINITE_ROLE),
        ("A U.K. judge", MentionKind.UNNAMED),
        ("proponents of the new approach", MentionKind.UNNAMED),  # heldout3 ciSFj05Ltg8vZAgU [13]
        ("The special counsel", MentionKind.ORGANIZATION),
        ("Gallup", MentionKind.ORGANIZATION),
        ("a financial disclosure", MentionKind.DOCUMENT),
        ("AT&T", MentionKind.ORGANIZATION),
        # "those" before a noun is its determiner, no head naming people (heldout7, train2).
        ("those missiles", MentionKind.UNKNOWN),
        ("Those close to Adelson", MentionKind.UNNAMED),
        ("those lawmakers", MentionKind.UNNAMED),
        ("Conagra Brands", MentionKind.ORGANIZATION),  # a company named for its brands (heldout8)
        # A capitalized sentence opener is no lone name ("Among proposed legislation is").
        ("Among", MentionKind.UNKNOWN),
        ("Perhaps", MentionKind.UNKNOWN),
        ("Everybody", MentionKind.UNKNOWN),
        ("The June 26 to June 27 survey of 1,000 likely voters", MentionKind.ORGANIZATION),
        ("the U.K.", MentionKind.ORGANIZATION),
        ("the wire service", MentionKind.OUTLET),
        ("CBS News correspondent Jeff Pegues", MentionKind.OUTLET),
        # A journalist no outlet is named for speaks as a person (train, train2).
        ("columnist Muhtada Jabbar", MentionKind.PERSON),
        ("Senior journalist Suhasini Haider", MentionKind.PERSON),
        # ... and one of no outlet named or described, nor named, is an unnamed person
        # (heldout18 HkWxWYNeOwLdT4To [22]; train "some reporters").
        ("a reporter", MentionKind.UNNAMED),
        ("some reporters", MentionKind.UNNAMED),
        ("a newspaper reporter", MentionKind.OUTLET),
        ("the paper's columnist", MentionKind.OUTLET),
        ("an NBC correspondent", MentionKind.OUTLET),
        ("court records", MentionKind.DOCUMENT),
        # An outlet's own court filing is a document (heldout13 G5aBygS0nnxNN30F [5], [10]).
        ("Fox News's motion", MentionKind.DOCUMENT),
        ("the indictment", MentionKind.DOCUMENT),
        # The record of a case is a document, not the police's publication (heldout36
        # QE263l2oydpiwiGe [2] "the police report" was an organization); an institution's
        # report is still its own (train "the preliminary CBO report").
        ("the police report", MentionKind.DOCUMENT),
        ("an arrest report", MentionKind.DOCUMENT),
        ("the Glynn County Police Department incident report", MentionKind.DOCUMENT),
        ("A preliminary toxicology report", MentionKind.DOCUMENT),
        ("the police report obtained by CNN", MentionKind.DOCUMENT),
        ("the criminal complaint", MentionKind.DOCUMENT),
        ("the Pentagon report", MentionKind.ORGANIZATION),
        ("the RNC's \"autopsy\" report", MentionKind.ORGANIZATION),
        ("a senior Iranian official, who asked not to be named", MentionKind.UNNAMED),
        ("Informed Iraqi sources", MentionKind.UNNAMED),
        ("A Pentagon spokesman", MentionKind.UNNAMED),
        # A chairman no name goes with is unnamed, not the party or committee he chairs
        # (heldout11 AKPPiT88IYZNcsTT [10] was the party).
        ("A state GOP chairman attending the meeting", MentionKind.UNNAMED),
        ("an eyewitness", MentionKind.UNNAMED),
        ("a new report", MentionKind.INDEFINITE_REPORT),
        ("A report released Tuesday by Coburn's office", MentionKind.ORGANIZATION),
        ("the report", MentionKind.REPORT),
        ("The source", MentionKind.DEFINITE_ROLE),
        ("the Iranian official", MentionKind.DEFINITE_ROLE),
        ("he", MentionKind.PRONOUN_PERSON),
        ("they", MentionKind.PRONOUN_GROUP),
        ("it", MentionKind.PRONOUN_THING),
        ("Forty-one percent of those surveyed", MentionKind.POLL_RESULT),
        ("A majority of voters", MentionKind.POLL_RESULT),
        # A share by its word or a fraction (train3).
        ("About the same percentage of independents", MentionKind.POLL_RESULT),
        ("just about one-fifth of voters", MentionKind.POLL_RESULT),
        ("A large majority", MentionKind.POLL_RESULT),
        ("the Senate majority leader", MentionKind.DEFINITE_ROLE),
        ("An investigation", MentionKind.DOCUMENT),
        # A majority leader is an official, no poll's share (train: McConnell had no source).
        ("Majority Leader Mitch McConnell", MentionKind.OFFICIAL),
        ("the polls", MentionKind.INDEFINITE_REPORT),
        ("two new national polls", MentionKind.ORGANIZATION),
        ("polls by Gallup and Pew", MentionKind.ORGANIZATION),
        ("a new poll", MentionKind.ORGANIZATION),
        # A name that only modifies a role names someone else (train2: "Biden's advisers",
        # "A Kardashian source", "Steele's sources" are unnamed sources).
        ("Biden's advisers", MentionKind.UNNAMED),
        ("A Shamkhani source", MentionKind.UNNAMED),
        ("Hagle's sources", MentionKind.UNNAMED),
        # ... and so does one that modifies counsel (train2: "McCabe's lawyers have argued").
        ("Hagle's lawyers", MentionKind.UNNAMED),
        ("A Shamkhani lawyer", MentionKind.UNNAMED),
        ("Lawyers for the former students", MentionKind.UNNAMED),
        ("Banton's mother, Dana Showers", MentionKind.PERSON),
        ("Shamkhani's spokesman, Ali Rabiei", MentionKind.OFFICIAL),
        # ... also with titles before the name (heldout13 vBQ0nXQo0iHOpdPO [3]).
        ("the spokesman, Cmdr. David Benham", MentionKind.OFFICIAL),
        ("the spokesman, Lt. Col. Ali Rabiei", MentionKind.OFFICIAL),
        # A relative named after the kin word is that relative, not the official whose
        # possessive describes her (train YLfJ03W4Roek5Lts "Gross' wife Judy", heldout13).
        ("Shamkhani's wife Tiffany", MentionKind.PERSON),
        ("Gross\u2019 wife Judy", MentionKind.PERSON),  # a source as written, curly apostrophe
        ("Shamkhani' son Ali Rabiei", MentionKind.PERSON),
        ("Shamkhani's wife Tiffany, a deputy minister", MentionKind.OFFICIAL),
        ("Shamkhani's wife", MentionKind.UNNAMED),
        # A name joined to a group names its one identifiable speaker (train: "Pelosi and
        # other Democrats" is named_official).
        ("Shamkhani and other top officials", MentionKind.OFFICIAL),
        ("Timothy Hagle and other professors", MentionKind.PERSON),
        ("Cornyn and other Republicans", MentionKind.PERSON),  # a lone name, as "Cornyn said"
        ("Republicans and Democrats", MentionKind.UNNAMED),
        # A group by leaning or generation opening a sentence is no name (train2, train3:
        # "Moderates complain", "Millennials report").
        ("Moderates", MentionKind.UNNAMED),
        ("Millennials", MentionKind.UNNAMED),
        # Businesses and plaintiffs the text does not name are a group (train, train2, train3:
        # "..., Indian businesses said", "Republican plaintiffs say"); one company is named.
        ("Indian businesses", MentionKind.UNNAMED),
        ("Republican plaintiffs", MentionKind.UNNAMED),
        ("some firms", MentionKind.UNNAMED),
        ("the company", MentionKind.ORGANIZATION),
        # People by trade the text does not name (heldout8 34r68siALB7otWJN [16], heldout9
        # TUWjiZYe00lKXtNO [19] had no source).
        ("Another technician who worked in a natural gas field", MentionKind.UNNAMED),
        ("Health professionals", MentionKind.UNNAMED),
        # heldout11 AKPPiT88IYZNcsTT [1] "Some recipients said" had no source.
        ("Some recipients", MentionKind.UNNAMED),
        # A plural whose capitalized words are only affiliations describes people without
        # naming them (train2: "Top Democratic senators said").
        ("Top Democratic senators", MentionKind.UNNAMED),
        # An indefinite or plural description is an unnamed source only when it describes
        # people (rule 6); a cue's misread subject is no source (train, train2, train3:
        # "A ceasefire agreed ... has come into effect", "deletes and re-posts tweets").
        ("a lawyer following the case", MentionKind.UNNAMED),
        ("dozens of lawmakers", MentionKind.UNNAMED),
        ("some Western diplomats", MentionKind.UNNAMED),
        ("A ceasefire agreed", MentionKind.UNKNOWN),
        ("a string of bombings", MentionKind.UNKNOWN),
        ("re-posts", MentionKind.UNKNOWN),
        ("western plains", MentionKind.UNKNOWN),
        # A name in a relative clause describes someone else (train2: "said a conservative
        # who recently spent time with Ryan" is an unnamed source).
        ("a lawyer who recently spent time with Shamkhani", MentionKind.UNNAMED),
        ("the aide who briefed Timothy Hagle", MentionKind.DEFINITE_ROLE),
        # The "of" inside an agency's name does not end the phrase before its head, an
        # unnamed official's (heldout6 efsQ2jo17zwVemQD [11] was the department) ...
        ("A senior U.S. Department of Homeland Security official", MentionKind.UNNAMED),
        ("a Department of Justice spokesman", MentionKind.UNNAMED),
        # ... while the agency itself, or an official of it, stays as it was.
        ("The Department of Homeland Security", MentionKind.ORGANIZATION),
        ("an official of the Department of Justice", MentionKind.UNNAMED),
        # A name that modifies a plural of people says whose group it is and names none of them
        # (rule 6; heldout5 z3Bvjpi1gJ06wefe [11] was a named person) ...
        ("The former Priebus loyalists", MentionKind.UNNAMED),
        ("Sanders backers", MentionKind.UNNAMED),
        ("Priebus's loyalists", MentionKind.UNNAMED),
        # A dotted acronym after "the" is a body, as initials never follow "the" (heldout6
        # eVZz4HdCmIXzcYQm [4] "the A.F.L.-C.I.O. announced" had no source).
        ("the A.F.L.-C.I.O.", MentionKind.ORGANIZATION),
        ("the F.B.I.", MentionKind.ORGANIZATION),
        # A group by its stance, "Trump's" only placing it (train GnLc0ecOkMgwSGDu, gold
        # unnamed_source).
        ("China hawks in Trump\u2019s own administration", MentionKind.UNNAMED),
        # An honorific before a place after "the" is a title one person holds, referring back
        # (train3 PLXbiTQLFTrjcE8t [9] "The former Miss Michigan" had no kind); not a name.
        ("The former Miss Michigan", MentionKind.DEFINITE_ROLE),
        ("the reigning Miss Texas", MentionKind.DEFINITE_ROLE),
        ("the former Miss Reyes", MentionKind.PERSON),
    ],
)
def test_classify_phrase(phrase: str, kind: MentionKind) -> None:
    assert classify_phrase(phrase, KNOWN).kind is kind


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("", "no words"),
        ("she", "he, she"),
        ("41 percent of those surveyed", "poll share"),
        ("An NBC source", "outlet's unnamed source"),
        ("a new Wall Street Journal/NBC News poll", "poll of an outlet"),
        ("The New York Times", "outlet"),
        ("a Reuters report", "outlet"),
        ("a congressional report", "report of an organization"),
        ("the autopsy report", "record of a case"),
        ("media reports", "unidentified report"),
        ("Some US media reports", "unidentified report"),
        # Plural polls that no word names (train2: "Polls show", "exit polls show").
        ("exit polls", "unidentified polls"),
        ("Polls", "unidentified polls"),
        ("the report", "the report"),
        ("court records", "document"),
        ("Reuters' complaint", "legal record of an outlet"),
        ("Shamkhani's statement", "statement of an official"),
        ("Hagle's statement", "statement of a person"),
        ("the ministry's statement", "statement of an organization"),
        # A fact sheet is published like a statement (train xZsiKsBTj5jjuXaf).
        ("a fact sheet distributed by the White House", "statement of an organization"),
        ("Shamkhani's spokesman, Ali Rabiei", "role, then official's name"),
        ("Banton's mother, Dana Showers", "role, then name"),
        ("Hagle's wife Judy", "relative, then name"),
        ("the official", "role named before"),
        ("a senior official", "unnamed role"),
        ("the Saudis", "organization head"),
        ("Ali Shamkhani", "named official"),
        ("Timothy Hagle", "named person"),
        ("Germany", "organization or place name"),
        ("Begum", "lone name"),
        ("Trump loyalists", "group of a name"),
        ("the minister", "definite official role"),
        ("judges", "lower-case plural"),
        ("something odd", "no rule"),
    ],
)
def test_the_first_rule_that_applies_names_the_mention(phrase: str, label: str) -> None:
    rule = first_rule(Phrase(phrase.strip(), KNOWN))
    assert rule.label == label
    assert classify_phrase(phrase, KNOWN).kind is rule.kind


def test_a_lone_word_the_article_gives_an_organization_is_that_organization() -> None:
    """train: "Kaiser said" after "The Kaiser Family Foundation said" is not a surname."""
    assert classify_phrase("Kaiser", KNOWN).kind is MentionKind.PERSON
    mention = classify_phrase("Kaiser", KNOWN, frozenset({"Kaiser"}))
    assert (mention.kind, first_rule(Phrase("Kaiser", KNOWN, frozenset({"Kaiser"}))).label) == (
        MentionKind.ORGANIZATION,
        "lone name of an organization",
    )


def test_a_place_the_article_gives_a_person_as_surname_is_that_person() -> None:
    """ "Jordan told The Hill" after "Jim Jordan (R-Ohio)" is the congressman (train2)."""
    assert classify_phrase("Jordan", {"Jim Jordan": True, "Jordan": True}).kind is MentionKind.OFFICIAL
    assert classify_phrase("Jordan", {}).kind is MentionKind.ORGANIZATION


def test_a_demonym_the_article_gives_a_person_as_surname_is_that_person() -> None:
    """train2: "German said" after "Paul German, who was walking ..." is not a nationality."""
    assert classify_phrase("German", KNOWN).kind is MentionKind.UNKNOWN
    assert classify_phrase("German", {"Paul German": False, "German": False}).kind is MentionKind.PERSON


def test_rule_labels_are_unique() -> None:
    labels = [rule.label for rule in RULES]
    assert len(labels) == len(set(labels))


@pytest.mark.parametrize("phrase", ["H.R. McMaster", "Louis C.K"])
def test_initials_are_no_acronym(phrase: str) -> None:
    assert classify_phrase(phrase, {}).kind is not MentionKind.ORGANIZATION


@pytest.mark.parametrize("phrase", ["Biden's promises", "the Trump tweets", "the Koch brothers", "Al Qaeda affiliates"])
def test_a_name_before_a_thing_kin_or_an_organizations_people_is_no_group_of_it(phrase: str) -> None:
    """ "Priebus loyalists" is a group the name modifies; a thing, kin or an organization's
    people are not (the rule asks for a plural that names people, of no organization)."""
    assert first_rule(Phrase(phrase, KNOWN)).label != "group of a name"


def test_an_outlet_told_is_no_source() -> None:
    """Rule 5: the receiving outlet is not a source."""
    phrase = "He did not tell The New Yorker which three he"
    assert classify_phrase(phrase, {}).kind is not MentionKind.OUTLET


@pytest.mark.parametrize(
    "phrase",
    [
        # One of those present, unnamed: the name after the head is someone else's (rule 6;
        # heldout11 UrEG7wc93nTwGK2m [11] was a named official, "Reed" being Bruce Reed).
        "another participant in the Reed meetings",
        "a participant in the meetings with Reed",
        "participants in the Reed meetings",
        "one attendee at the Reed meetings",
        "an attendee",
    ],
)
def test_a_participant_is_unnamed_whatever_name_follows(phrase: str) -> None:
    known = {"Bruce Reed": True, "Reed": True}
    assert classify_phrase(phrase, known).kind is MentionKind.UNNAMED


@pytest.mark.parametrize(
    ("phrase", "book"),
    [
        ("The book", True),
        ("the new book", True),
        ("this book", True),
        # A possessive or a capital says whose book; an indefinite one is no reference back.
        ("Bolton's book", False),
        ("The Texas book", False),
        ("a new book", False),
        ("The report", False),
    ],
)
def test_a_definite_book_is_the_book_alone(phrase: str, book: bool) -> None:
    """ "The book describes how ..." (heldout28 1mJ5AuXhtsSARXEK [4]): the book, a record."""
    assert definite_book(phrase) is book


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        # heldout39 HmO9ABukedvzTBSx [24]: "other states have argued ..." was read unnamed_source
        ("But other states", MentionKind.UNNAMED),
        ("other states", MentionKind.UNNAMED),
        ("Twenty states", MentionKind.UNNAMED),
        ("more than 20 states", MentionKind.UNNAMED),
        ("several Democratic states", MentionKind.UNNAMED),
        # a definite group, a named one, or names that follow stay an organization
        ("the states", MentionKind.ORGANIZATION),
        ("the 20 states suing", MentionKind.ORGANIZATION),
        ("Democratic states", MentionKind.ORGANIZATION),
        ("Eleven states, including New York and California", MentionKind.ORGANIZATION),
    ],
)
def test_counted_organizations_name_no_organization(phrase: str, kind: MentionKind) -> None:
    """A plural organization head opened by a quantifier or an indefinite determiner counts
    institutions the text does not name: an unnamed source (GUIDELINES rule 6)."""
    assert classify_phrase(phrase, KNOWN).kind is kind


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        # A capitalized "Project" names an organization (dev9510 DSLAVevpxoUVN31n [2], "according
        # to the National Employment Law Project", was typed named_person) ...
        ("the National Employment Law Project", MentionKind.ORGANIZATION),
        ("The Marshall Project", MentionKind.ORGANIZATION),
        # ... a lower-case one is no organization's name.
        ("the project", MentionKind.DEFINITE_ROLE),
    ],
)
def test_a_capitalized_project_is_an_organization(phrase: str, kind: MentionKind) -> None:
    assert classify_phrase(phrase, {}).kind is kind


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        # heldout74 eEqbpwuGK9rwkKXn [12]: the name in the participle's object is no source's.
        ("A White House official briefing reporters on Mr Trump's speech", MentionKind.UNNAMED),
        # A named outlet's piece is the outlet's (GUIDELINES cited_outlet), whatever joins them.
        ("a commentary published by the state-run Xinhua news agency", MentionKind.OUTLET),
        ("an article in the Washington Post", MentionKind.OUTLET),
        # An organization's commentary is its statement ("its named publication").
        ("a commentary from the think tank Rand", MentionKind.ORGANIZATION),
        # A word news writes in lower case is no lone name (dev9512 n6ZPIZm3VPPGvDFz [4], [16]).
        ("Fewer", MentionKind.UNKNOWN),
        ("Questions", MentionKind.UNKNOWN),
        ("Begum", MentionKind.PERSON),
    ],
)
def test_participles_outlets_works_and_common_words(phrase: str, kind: MentionKind) -> None:
    assert classify_phrase(phrase, {}).kind is kind
