"""The person a leading clause asks or speaks to is the "he" or "she" who answers (rule 2)."""

from __future__ import annotations

import pytest

from sourcing.attribution.attribute import attribute_statements
from sourcing.records import Document, SourceType, Statement
from sourcing.settings import DEFAULT_SETTINGS
from sourcing.text.body import body_regions
from sourcing.text.segment import split_sentences


def statements_of(text: str, outlet: str | None = None) -> list[Statement]:
    document = Document(text=text, outlet=outlet)
    sentences = [s for r in body_regions(text, ()) for s in split_sentences(text, r)]
    return attribute_statements(document, sentences, DEFAULT_SETTINGS)


# heldout37 WTvatPGq3hP2nqlw [15]-[17]: "she" was the police chief quoted just before.
MOTHER = (
    "The victim's mother, Allison Jean, said she was surprised.\n\n"
    "Dallas Police Chief Renee Hall said she is launching an internal investigation.\n\n"
    "\u201cThere are areas of concern that we need to address,\u201d Hall said.\n\n"
    "When CBS News spoke to Allison Jean before the trial, she said she's not ready for forgiveness.\n\n"
    "Now, she said, she's \u201cgetting closer to it.\u201d"
)


def test_the_person_spoken_to_answers() -> None:
    """The victim's mother, a private person, in both sentences (named_person)."""
    answered, going_on = statements_of(MOTHER, outlet="CBS News")[3:]
    assert (answered.type, answered.source) == (going_on.type, going_on.source) == (SourceType.NAMED_PERSON, "Allison Jean")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the writer asks; the person asked after a description, before an apposition
        # (allsides I5ExMIYLLQtuW4bo, oInPNSHNVGthXCKV)
        (
            (
                "Historian Ruth Adams said she doubted the claims. "
                "When I asked Nikole Hannah-Jones, the project's editor, about the claims, she said they stood."
            ),
            "Nikole Hannah-Jones",
        ),
        (
            (
                "Senator Susan Collins said she would wait. "
                "When I asked his campaign manager Kellyanne Conway whether the emails mattered, she said no."
            ),
            "Kellyanne Conway",
        ),
        # an outlet asks (allsides hNpWOZAG2bdnKElK): not the senator quoted before
        (
            (
                "Sen. Richard Burr said he backed the bill. "
                "When Reason asked Ron Wyden if he could provide evidence, he said that he could not."
            ),
            "Ron Wyden",
        ),
        # a name running on into another is not the person asked (allsides 0rgtwWgr5Wo4LtFg)
        (
            (
                "Actress Mary Lane said she was hurt. "
                "When I asked Hollywood Reporter editor Janice Min about this, she said the films lacked stars."
            ),
            "Janice Min",
        ),
    ],
)
def test_the_person_asked_answers(text: str, source: str) -> None:
    assert statements_of(text)[-1].source == source


def test_an_asker_who_may_be_the_pronoun_leaves_it() -> None:
    """The writer's question is answered by the man asked; a man asking may be "he" himself,
    and "him", no name, is whom the writer spoke with (allsides FwByvy12oj8TUEu6)."""
    before = "Chinese President Xi Jinping said he welcomed talks.\n\nSenator Tom Cotton said he doubted it.\n\n"
    asked = statements_of(before + "When I spoke with Xi Jinping on Tuesday, he said the talks went well.")
    asker = statements_of(before + "When Tom Cotton spoke with Xi Jinping on Tuesday, he said the talks went well.")
    pronoun = statements_of(before + "When I spoke with him about Xi Jinping, he said the talks went well.")
    # (the asker named in the sentence itself gives his name as written there since stop 53)
    assert (asked[-1].source, asker[-1].source, pronoun[-1].source) == ("Xi Jinping", "Tom Cotton", "Senator Tom Cotton")
