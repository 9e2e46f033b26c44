"""Which person a definite role naming an office means: the one the article titles so (rule 2)."""

from __future__ import annotations

import pytest

from sourcing import analyze_text
from sourcing.attribution.context import Context, text_views
from sourcing.attribution.entities import known_people
from sourcing.attribution.held_offices import contradicts, office_holder, offices_of
from sourcing.attribution.mentions import classify_phrase
from sourcing.records import Document
from sourcing.settings import DEFAULT_SETTINGS

TITLED = (
    "President Donald Trump and Democratic leaders Nancy Pelosi (D-CA) and Chuck Schumer (D-NY) "
    "met. Rep. Trey Gowdy said so. Vice President Mike Pence agreed. Former President Barack "
    "Obama did not."
)


def context_of(text: str) -> Context:
    normalized, quoted = text_views(text)
    return Context(Document(text=text), normalized, quoted, known_people(normalized), DEFAULT_SETTINGS)


def sources_of(text: str) -> list[str | None]:
    return [s.source for s in analyze_text(text, model=None).statements]


@pytest.mark.parametrize(
    ("name", "offices"),
    [
        ("Donald Trump", {"president"}),
        ("Trump", {"president"}),
        # a party and a state after the name: a member of Congress
        ("Chuck Schumer", {"senator", "representative"}),
        ("Trey Gowdy", {"representative"}),
        # the longer title first: a vice president holds no presidency
        ("Mike Pence", {"vice president"}),
        # nor does a former president
        ("Barack Obama", set()),
    ],
)
def test_the_offices_an_article_titles_a_person_with(name: str, offices: set[str]) -> None:
    assert offices_of(name, TITLED, context_of(TITLED)) == offices


@pytest.mark.parametrize(
    ("role", "name", "contradicted"),
    [
        ("the president", "Trey Gowdy", True),
        ("the president", "Chuck Schumer", True),
        ("the president", "Mike Pence", True),
        ("the president", "Donald Trump", False),
        ("the senator", "Chuck Schumer", False),
        # no title known: nothing contradicts
        ("the president", "Barack Obama", False),
        # a role naming no office listed contradicts no title
        ("the nominee", "Trey Gowdy", False),
    ],
)
def test_a_role_never_means_a_person_titled_with_another_office_only(
    role: str, name: str, contradicted: bool
) -> None:
    assert contradicts(classify_phrase(role, {}), name, context_of(TITLED)) is contradicted


def test_the_holder_is_the_one_person_titled_with_the_office() -> None:
    context = context_of(TITLED)
    names = ["Donald Trump", "Nancy Pelosi", "Chuck Schumer", "Trump", "Mike Pence"]
    assert office_holder(classify_phrase("the president", {}), names, context) == "Donald Trump"
    # two people hold it (both members of Congress, by their tags): none is the one
    assert office_holder(classify_phrase("the senator", {}), names, context) is None
    two = context_of("President Donald Trump met French President Emmanuel Macron.")
    president = classify_phrase("the president", {})
    assert office_holder(president, ["Donald Trump", "Emmanuel Macron"], two) is None


@pytest.mark.parametrize(
    ("text", "index", "source"),
    [
        # heldout21 1oCO41E2524SwLid [18]: "the president" is Trump, titled so at the top,
        # not Schumer (D-NY), whom the source named since
        (
            ("President Donald Trump and Democratic leader Chuck Schumer (D-NY) met on Friday, "
            "according to three people familiar with the meeting. Trump spoke first. The "
            "meeting went on for an hour and a half. The participants were joined by aides. "
            "Several lawmakers waited outside. The talks covered the border wall, the budget "
            "and the shutdown. Nothing was agreed. Reporters waited in the hall all afternoon. "
            "Staff brought sandwiches. Nobody left early. The mood was tense, aides said later. "
            "But according to one source familiar with the meeting, Schumer did press the "
            "president to reopen the government. \u201cI\u2019m not going to get a deal unless "
            "I do this,\u201d the president replied, according to the source."),
            -1,
            "Donald Trump",
        ),
        # heldout20 BRE75S2Z34bMxSpO [13]: not Rep. Gowdy, named just before; Trump named
        # in his own quoted words does not make him someone else
        (
            ("Rep. Trey Gowdy (R-S.C.) said a memo has nothing to do with links to President "
            "Donald Trump's campaign. The memo alleges that officials were not forthcoming. It "
            "further states the dossier was essential to the request. Some allies have used "
            "the memo to bash the FBI and undermine the integrity of those involved in the "
            "probe. Committees in both chambers are looking into the matter this month. Gowdy "
            "has cautioned his fellow Republicans about jumping to conclusions. The president "
            "wrote on Twitter Saturday that the memo \u201ctotally vindicates \u2018Trump\u2019\u201d."),
            -1,
            "Donald Trump",
        ),
    ],
)
def test_a_role_naming_an_office_means_the_person_titled_so(text: str, index: int, source: str) -> None:
    assert sources_of(text)[index] == source


def test_a_role_naming_an_office_is_no_one_titled_with_another() -> None:
    """ "The president" is not Rep. Gowdy, the only person named before it (rule 2): with no
    president named, it is a role without a name (rule 6)."""
    text = (
        "Rep. Trey Gowdy (R-S.C.) said the memo has no effect on the probe. Gowdy has cautioned "
        "his fellow Republicans. The president wrote on Twitter that the memo vindicates him."
    )
    assert sources_of(text)[-1] == "The president"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # heldout21 3Mdppoztn7M4opbN [14]: the role closing a quotation is the speaker named
        # before the quotation opened, not the person the article named most
        (
            ("Hillary Clinton won. \u201cThanks to you,\u201d Clinton told her supporters. Clinton "
            "thanked Clinton voters. Meanwhile, Donald Trump says his campaign is beginning a "
            "new chapter. \u201cWe're only getting started and it's going to be beautiful. "
            "Remember that,\u201d the GOP presumptive nominee told supporters."),
            "Donald Trump",
        ),
        # heldout q7EvqUd9yejoZr4h [6]: the speaker's name from the source, not the first
        # capitalized words of the sentence ("Ways")
        (
            ("\u201cThe 20 percent rate ought to be our goal,\u201d said House Ways and Means "
            "Committee Chairman Kevin Brady. \u201cMy view is the president is giving us "
            "flexibility. No decision has been made,\u201d the Texas Republican told reporters."),
            "Kevin Brady",
        ),
    ],
)
def test_a_role_closing_a_quotation_is_the_speaker_before_it(text: str, source: str) -> None:
    assert sources_of(text)[-1] == source
