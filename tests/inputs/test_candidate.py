"""Merging trafilatura's extraction variants: prose paragraphs only, where the variant has them."""

from __future__ import annotations

import json

import pytest

from sourcing.inputs.candidate import (
    extraction_dict,
    fuller_text,
    merge_variants,
    page_deck,
    schema_article_body,
)

FIRST = "First paragraph of the story, as the default extraction keeps it."
MAIN = f"{FIRST}\nThe closing paragraph."
LEAD = "The teaser paragraph that the default extraction dropped from the page."


@pytest.mark.parametrize(
    ("variant", "merged"),
    [
        (  # a prose paragraph goes where the variant has it: here before the first kept line
            f"{LEAD}\n{MAIN}",
            f"{LEAD}\n{MAIN}",
        ),
        (  # and here between two kept lines
            f"{FIRST}\n{LEAD}\nThe closing paragraph.",
            f"{FIRST}\n{LEAD}\nThe closing paragraph.",
        ),
        (f"{MAIN}\nRelated stories\nShare this", MAIN),  # labels are not prose
        (f"{MAIN}\nRead about the five best bridges in the country", MAIN),  # no sentence end
        (  # a kept paragraph again, with a bullet or joined to another, is not new
            f"- {FIRST}\n{FIRST} And more here too.",
            MAIN,
        ),
    ],
    ids=["before", "between", "labels", "no-sentence-end", "repeats"],
)
def test_merge_variants(variant: str, merged: str) -> None:
    assert merge_variants(MAIN, [variant]) == merged


def test_main_is_unchanged_when_no_variant_adds_a_paragraph() -> None:
    main = "  One paragraph of a page, with odd spacing.  \n\n\nAnother one here.\n"
    assert merge_variants(main, ["", "One paragraph of a page, with odd spacing."]) == main


def test_a_paragraph_two_variants_find_is_added_once() -> None:
    assert merge_variants(MAIN, [f"{LEAD}\n{MAIN}", f"{MAIN}\n{LEAD}"]) == f"{LEAD}\n{MAIN}"


def test_unspaced_scripts_count_characters_as_words() -> None:
    japanese = "日本に前からある法律では、親には権利があると決めています。"
    assert merge_variants(MAIN, [f"{MAIN}\n{japanese}"]) == f"{MAIN}\n{japanese}"


@pytest.mark.parametrize("found", [None, {"text": "x"}])
def test_extraction_dict(found: dict | None) -> None:
    assert extraction_dict(found) == (found or {})


DESCRIPTION = "A deck that the page shows above its article, and its metadata gives."


@pytest.mark.parametrize(
    ("description", "deck"),
    [
        (DESCRIPTION, DESCRIPTION),
        (f"  {DESCRIPTION}\n", DESCRIPTION),  # one line, white space collapsed
        ("", None),
        (FIRST, None),  # the text has it already
        ("First paragraph of the story, as the default extraction ...", None),  # cut short
        ("Its summary: First paragraph of the story, as the default extraction keeps it", None),
    ],
    ids=["missing", "one-line", "none", "in-text", "cut-short", "reworded-start"],
)
def test_page_deck(description: str, deck: str | None) -> None:
    assert page_deck(description, MAIN) == deck


BODY = " ".join(["The article body, as the page's schema.org data gives it."] * 6)


def test_article_body_of_json_ld() -> None:
    import lxml.html

    page = (
        '<html><head><script type="application/ld+json">'
        + json.dumps([{"@type": "WebPage"}, {"@graph": [{"articleBody": BODY}]}])
        + '</script><script type="application/ld+json">{broken</script></head>'
        + "<body><p>A caption.</p></body></html>"
    )
    assert schema_article_body(lxml.html.fromstring(page)) == BODY


@pytest.mark.parametrize(
    ("text", "fuller"),
    [
        ("A photo caption of ten words or so, nothing more here.", BODY),  # next to none of it
        (BODY[:200], BODY[:200]),  # a good share of it: the extraction stays
        ("A caption.", "A caption."),
    ],
    ids=["caption-only", "enough", "short-body"],
)
def test_fuller_text(text: str, fuller: str) -> None:
    body = BODY if fuller != "A caption." else "Too short a body to trust."
    assert fuller_text(text, body) == fuller
