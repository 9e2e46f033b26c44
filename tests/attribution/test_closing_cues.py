"""A closing attribution decides a sentence, found without copying the text before its cues."""

from __future__ import annotations

import pytest
from counted_text import CountedText

from sourcing.attribution.context import text_views
from sourcing.attribution.cues import find_cues
from sourcing.attribution.decide import decide
from sourcing.records import Span


@pytest.mark.parametrize(
    ("sentence", "cue_words", "source"),
    [
        # the closing cue decides over the subject cue before it (closing_cues)
        ("The minister said the plan would work, officials said.", "said", "officials"),
        ("The minister said the plan would work, according to court papers.", "according to", "court papers"),
        # the first speaker closes a quotation: the closing cue does not take it over
        ('"It works," Mr. Smith will say, according to court papers.', "according to", "court papers"),
        # a recording of the words relays them (recording_heads): the speaker stays
        ('"It works," Mr. Smith will say, according to a transcript.', "say", "Mr. Smith"),
        # a person's record-only verb between commas or closing the sentence (cue_mentions)
        ("Thus, he concluded, Facebook should pay.", "concluded", "he"),
        ("The plan works, she concludes.", "concludes", "she"),
    ],
)
def test_a_sentence_at_the_end_of_a_long_article_reads_no_more_than_itself(
    sentence: str, cue_words: str, source: str
) -> None:
    text = "It rained. " * 2000 + sentence
    normalized, quoted = text_views(text)
    cues = find_cues(normalized, Span(len(text) - len(sentence), len(text)), quoted)
    CountedText.reads = 0
    decision = decide(cues, CountedText(normalized), {}, None)
    assert decision is not None and decision.source_span is not None
    assert decision.cue.words == cue_words
    assert normalized[decision.source_span.start : decision.source_span.end] == source
    # A few characters around the cues; the copies of the text before each cue read the
    # whole 22,000 characters before the sentence, once or twice.
    assert CountedText.reads <= 2 * len(sentence)
