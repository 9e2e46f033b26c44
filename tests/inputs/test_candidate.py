"""Merging trafilatura's extraction variants: prose paragraphs only, where the variant has them."""

from __future__ import annotations

import pytest

from sourcing.inputs.candidate import extraction_dict, merge_variants

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
