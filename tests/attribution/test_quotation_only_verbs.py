"""Verbs read as cues only beside a quotation ("“...,” she continued.")."""

from __future__ import annotations

import pytest

from sourcing.attribution.attribute import attribute_statements
from sourcing.attribution.quotation_only_verbs import beside_a_quotation
from sourcing.attribution.verbs import verb_cues
from sourcing.records import Document, SourceType
from sourcing.settings import DEFAULT_SETTINGS
from sourcing.text.body import body_regions
from sourcing.text.segment import split_sentences


def typed_sources(text: str) -> list[tuple[SourceType, str | None]]:
    sentences = [s for r in body_regions(text, ()) for s in split_sentences(text, r)]
    statements = attribute_statements(Document(text=text), sentences, DEFAULT_SETTINGS)
    return [(s.type, s.source) for s in statements]


def continued_cued(text: str) -> bool:
    """Whether `verb_cues` reads the text's "continued" as a cue."""
    return any(c.words == "continued" for c in verb_cues(text, lambda _: True))


@pytest.mark.parametrize(
    "text",
    [
        '"It will take time," she continued.',
        '"Nobody came," continued Smith.',
        '"Why depart from precedent?" Sen. Jane Roe continued.',
        'The president continued: "America cannot decide."',
        'He continued, "The bottom line is clear."',
    ],
)
def test_continued_beside_a_quotation_reports_it(text: str) -> None:
    assert continued_cued(text)


@pytest.mark.parametrize(
    "text",
    [
        "The war continued for years.",
        "Prices continued to rise, and the strike continued.",
        '"It is over," she said, but the fighting continued.',
    ],
)
def test_continued_in_narration_is_no_cue(text: str) -> None:
    assert not continued_cued(text)


def test_beside_a_quotation_needs_the_quotation_next_to_the_verb() -> None:
    text = '"We are done," she said as the talks continued.'
    start = text.index("continued")
    assert not beside_a_quotation(text, start, start + len("continued"))


def test_a_quotation_closed_by_continued_is_its_speakers() -> None:
    # Before, "she continued" after narration left the quotation with no source.
    text = (
        "\u201cWe are ready,\u201d said Mayor Jane Roe.\n\nThe storm hit on Monday.\n\n"
        "\u201cIt will take time,\u201d she continued."
    )
    assert typed_sources(text)[-1] == (SourceType.NAMED_OFFICIAL, "Mayor Jane Roe")


def cued_words(text: str) -> set[str]:
    return {c.words for c in verb_cues(text, lambda _: True)}


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ('"He killed somebody," Perkins shouted, looking at the courthouse.', "shouted"),
        ("One audience member shouted: \"You moron!\"", "shouted"),
        ('"Open your eyes!" screamed one anti-Trump voter.', "screamed"),
        ('"This is our street," Jane Doe yelled back.', "yelled"),
    ],
)
def test_raised_voice_beside_a_quotation_reports_it(text: str, verb: str) -> None:
    # corpus NtJ22N..., lsHFUS..., U7RslxJ...: the quotations had no source.
    assert verb in cued_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Unions and Democrats screamed bloody murder.",
        "Trump threatened a response and yelled down multiple journalists.",
        "Protesters shouted as police moved in.",
    ],
)
def test_raised_voice_in_narration_is_no_cue(text: str) -> None:
    assert not cued_words(text) & {"shouted", "yelled", "screamed"}


def test_a_shouted_quotation_is_the_shouters() -> None:
    text = "Police lined the street on Monday.\n\n\u201cGo home,\u201d Officer Jane Roe shouted at them."
    assert typed_sources(text)[-1] == (SourceType.NAMED_OFFICIAL, "Officer Jane Roe")
