"""Near-duplicates (word 5-gram MinHash, Jaccard >= 0.8) count once; the rest are kept."""

from __future__ import annotations

import numpy as np

from sourcing.corpus.near_duplicates import (
    DuplicateIndex,
    estimated_jaccard,
    find_near_duplicates,
    minhash_signature,
    pack_signature,
    shingle_hashes,
    text_signature,
    unpack_signature,
)

STORY = (
    "The city council voted on Tuesday to approve a new budget that raises spending on "
    "schools and parks while cutting the police overtime budget by ten percent, officials "
    "said after a long meeting that stretched past midnight and drew hundreds of residents "
    "who lined up to speak for and against the plan, which now goes to the mayor for a "
    "signature expected later this week according to her office and several council aides."
)
EDITED = STORY + " This story was updated at 9 a.m."  # exact Jaccard 0.90
OTHER = (
    "A wildfire in the hills north of the valley forced thousands of families to leave their "
    "homes overnight as strong winds pushed the flames toward a highway, firefighters said, "
    "and the state opened shelters in three schools while crews worked through the night."
)


def test_near_duplicate_counted_once() -> None:
    found = find_near_duplicates(["A", "A", "A"], [STORY, OTHER, EDITED])
    assert [(d.index, d.original) for d in found] == [(2, 0)]
    assert found[0].similarity >= 0.8


def test_exact_copy_is_a_duplicate_with_similarity_one() -> None:
    (found,) = find_near_duplicates(["A", "A"], [STORY, STORY])
    assert found.similarity == 1.0


def test_copies_in_different_groups_are_both_kept() -> None:
    assert find_near_duplicates(["A", "B"], [STORY, STORY]) == []


def test_unrelated_and_empty_texts_are_kept() -> None:
    assert find_near_duplicates(["A"] * 4, [STORY, OTHER, "", "   "]) == []


def test_half_rewritten_story_is_not_a_duplicate() -> None:
    words = STORY.split()
    half = " ".join(words[: len(words) // 2]) + " " + OTHER
    assert find_near_duplicates(["A", "A"], [STORY, half]) == []


def test_first_copy_is_kept_and_later_copies_point_to_it() -> None:
    index = DuplicateIndex()
    assert index.check("A", STORY) is None
    first = index.check("A", EDITED)
    second = index.check("A", STORY)
    assert first is not None and second is not None
    assert (first.original, second.original) == (0, 0)


def test_signatures_are_deterministic_and_case_insensitive() -> None:
    one = minhash_signature(shingle_hashes(STORY))
    two = minhash_signature(shingle_hashes(STORY.upper()))
    assert np.array_equal(one, two)


def test_estimate_is_close_to_exact_jaccard() -> None:
    for other in (EDITED, OTHER, STORY[: len(STORY) // 2]):
        first, second = shingle_hashes(STORY), shingle_hashes(other)
        exact = len(np.intersect1d(first, second)) / len(np.union1d(first, second))
        estimate = estimated_jaccard(minhash_signature(first), minhash_signature(second))
        assert abs(estimate - exact) < 0.1


def test_short_text_is_one_shingle() -> None:
    assert shingle_hashes("only three words").size == 1
    assert shingle_hashes("a b c d e f").size == 2
    assert shingle_hashes("").size == 0


def test_sorted_runs_find_what_the_recent_dict_finds() -> None:
    # A tiny dict limit sends kept articles to sorted runs (and merges them) after a few.
    texts = [f"{STORY} variant {n} " + " ".join(["filler"] * n) for n in range(12)]
    texts += [STORY, OTHER, EDITED, texts[3], OTHER + " again"]
    groups = ["A", "B"] * (len(texts) // 2) + ["A"]
    small, large = DuplicateIndex(recent=40), DuplicateIndex()
    found_small = [small.check(g, t) for g, t in zip(groups, texts, strict=True)]
    found_large = [large.check(g, t) for g, t in zip(groups, texts, strict=True)]
    assert found_small == found_large
    assert any(found_small) and len(small._runs) >= 1


def test_signature_packs_to_512_bytes_and_back() -> None:
    signature = text_signature(STORY)
    assert signature is not None and len(pack_signature(signature)) == 512
    assert np.array_equal(unpack_signature(pack_signature(signature)), signature)
    assert text_signature("  ") is None and unpack_signature(pack_signature(None)) is None
