"""Settings: one frozen object whose fields the stages actually read."""

from __future__ import annotations

import dataclasses

import pytest

from sourcing.attribution.attribute import Attributed, attribute_statements
from sourcing.records import Document, SourceType, Span, Statement
from sourcing.settings import DEFAULT_SETTINGS, BodyRules, Settings
from sourcing.text.body import body_regions, find_excluded
from sourcing.text.segment import split_sentences


def test_settings_are_frozen_and_hashable() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULT_SETTINGS.pronoun_window = 9  # type: ignore[misc]
    assert hash(DEFAULT_SETTINGS) == hash(Settings())
    assert DEFAULT_SETTINGS.body == BodyRules()


def test_body_rules_come_from_the_settings() -> None:
    text = "Short line without a stop\n\nA body sentence that runs on for quite a few words here."
    assert find_excluded(text, DEFAULT_SETTINGS.body)
    assert not find_excluded(text, BodyRules(title_words=2, first_title_words=2))


TWEET = (
    "The senator posted a message late on Monday.\n\n"
    "We will not back down.\n\n- Jane Roe (@janeroe) May 4, 2024\n\n"
    "The vote is set for Friday."
)


def types_of(text: str, settings: Settings) -> list[SourceType]:
    sentences = [s for r in body_regions(text, ()) for s in split_sentences(text, r)]
    return [s.type for s in attribute_statements(Document(text), sentences, settings)]


def test_attribution_windows_come_from_the_settings() -> None:
    found = types_of(TWEET, DEFAULT_SETTINGS)
    blind = types_of(TWEET, dataclasses.replace(DEFAULT_SETTINGS, tweet_credit_chars=0))
    assert SourceType.NAMED_PERSON in found or SourceType.NAMED_OFFICIAL in found
    assert found != blind


def statement(index: int, source: str | None) -> Statement:
    return Statement(index, Span(index, index + 1), "x", SourceType.UNATTRIBUTED, source=source)


def test_latest_resumes_where_the_last_search_stopped() -> None:
    attributed = Attributed()
    looked_at: list[int] = []

    def has_source(s: Statement) -> bool:
        looked_at.append(s.index)
        return s.source is not None

    attributed.extend([statement(0, "a"), statement(1, None)])
    assert attributed.latest("k", has_source) == [attributed[0]]
    attributed.extend([statement(2, None)])
    assert attributed.latest("k", has_source) == [attributed[0]]
    attributed.append(statement(3, "b"))
    assert attributed.latest("k", has_source) == [attributed[3]]
    assert looked_at == [0, 1, 2, 3]
    assert Attributed().latest("k", has_source) == []


def test_cue_windows_come_from_the_settings() -> None:
    from sourcing.attribution.cues import find_cues
    from sourcing.text.quotes import quoted_mask

    text = "The deputy minister of health of the northern province of the country said it was safe."
    whole = Span(0, len(text))

    def source(settings: Settings) -> str | None:
        (cue,) = find_cues(text, whole, quoted_mask(text), settings)
        return text[cue.source.start : cue.source.end] if cue.source else None

    assert source(DEFAULT_SETTINGS) == text[: text.index(" said")]
    assert source(dataclasses.replace(DEFAULT_SETTINGS, source_chars=20)) != source(
        DEFAULT_SETTINGS)
