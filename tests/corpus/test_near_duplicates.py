"""Near-duplicates (word 5-gram MinHash, Jaccard >= 0.8) count once; the rest are kept."""

from __future__ import annotations

import numpy as np
import pytest

from sourcing.corpus.near_duplicates import (
    BANDS,
    PERMUTATIONS,
    Duplicate,
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


def reference_duplicates(groups: list[str], signatures: list[np.ndarray | None],
                         threshold: float = 0.8) -> list[Duplicate | None]:
    """Compare each article with every kept one, in input order (the definition)."""
    kept: list[tuple[int, str, np.ndarray]] = []
    found: list[Duplicate | None] = []
    for index, (group, signature) in enumerate(zip(groups, signatures, strict=True)):
        match = None
        for original, other_group, other in ([] if signature is None else kept):
            equal = signature == other
            similarity = np.count_nonzero(equal) / equal.size
            shares_band = equal.reshape(BANDS, -1).all(axis=1).any()
            if other_group == group and similarity >= threshold and shares_band:
                match = Duplicate(index, original, similarity)
                break
        if signature is not None and match is None:
            kept.append((index, group, signature))
        found.append(match)
    return found


def planted_signatures(count: int, seed: int) -> tuple[list[str], list[np.ndarray | None]]:
    """Random signatures where many repeat an earlier one with a few positions changed."""
    rng = np.random.default_rng(seed)
    groups: list[str] = []
    signatures: list[np.ndarray | None] = []
    for n in range(count):
        groups.append(str(rng.choice(["A", "B", "C"])))
        choice = rng.random()
        if choice < 0.05:
            signatures.append(None)
        elif choice < 0.5 and n:
            base = signatures[int(rng.integers(0, n))]
            if base is None:
                base = rng.integers(0, 4, size=PERMUTATIONS).astype(np.uint32)
            changed = base.copy()
            where = rng.choice(PERMUTATIONS, size=int(rng.integers(0, 40)), replace=False)
            changed[where] = rng.integers(0, 4, size=where.size)
            signatures.append(changed)
        else:  # small values: distinct articles often share a band by chance
            signatures.append(rng.integers(0, 4, size=PERMUTATIONS).astype(np.uint32))
    return groups, signatures


@pytest.mark.parametrize("batch", [1, 7, 64, 1000])
def test_batches_find_what_comparing_every_pair_finds(batch: int) -> None:
    groups, signatures = planted_signatures(600, seed=batch)
    index = DuplicateIndex()
    found: list[Duplicate | None] = []
    for start in range(0, len(groups), batch):
        found += index.check_many(groups[start : start + batch], signatures[start : start + batch])
    expected = reference_duplicates(groups, signatures)
    assert found == expected
    assert sum(d is not None for d in expected) > 50 and len(index._runs) >= 1


def test_signature_packs_to_512_bytes_and_back() -> None:
    signature = text_signature(STORY)
    assert signature is not None and len(pack_signature(signature)) == 512
    assert np.array_equal(unpack_signature(pack_signature(signature)), signature)
    assert text_signature("  ") is None and unpack_signature(pack_signature(None)) is None
