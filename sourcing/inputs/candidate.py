"""Merge trafilatura's extraction variants of one page into a single candidate text.

trafilatura's default extraction picks one of its extractors (its own, or a fallback such
as readability) and its precision-leaning thresholds; each choice drops paragraphs that
another keeps. The candidate text is the default extraction with the paragraphs that only
a variant finds inserted where that variant has them, if they are prose (a few words
ending like a sentence); the body rules (`text/body.py`) then remove what of the extra text
is page furniture. Headings and labels that only a variant finds are left out: among the
variants' extra lines they are mostly "related stories", "share this" and menu labels.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher
from typing import Any

from sourcing.text.words import count_words

# trafilatura's own extractor without the fallback comparison, and its recall settings.
VARIANTS: tuple[dict[str, bool], ...] = ({"fast": True}, {"favor_recall": True})
# A variant's paragraph that contains a kept paragraph this long is the same text again
# (a list item with its bullet, two paragraphs joined), not a new one.
MIN_CONTAINED_CHARS = 30
BULLETS = "-•*· "
# A variant's paragraph is inserted when it is prose: this many words, ending like a
# sentence or like the lead-in of a list or quotation (a colon).
PROSE_WORDS = 8
PROSE_END = re.compile(r"[.!?。！？…:][\"')\]”’»«“]{0,3}$")


def merge_variants(main: str, variants: Sequence[str]) -> str:
    """Insert into `main` each prose paragraph (line) of `variants` that it does not have yet.

    `main` comes back unchanged when no variant adds a paragraph.
    """
    lines = [line for line in main.splitlines() if line.strip()]
    merged = lines
    for variant in variants:
        merged = _merged(merged, [line for line in variant.splitlines() if line.strip()])
    return main if len(merged) == len(lines) else "\n".join(merged)


def _merged(lines: list[str], other: list[str]) -> list[str]:
    """Insert the new paragraphs of `other` into `lines` at the places `other` has them."""
    kept = [_key(line) for line in lines]
    found = [_key(line) for line in other]
    joined = " ".join(kept)
    long_kept = [key for key in kept if len(key) > MIN_CONTAINED_CHARS]
    inserts: dict[int, list[str]] = {}
    matcher = SequenceMatcher(None, kept, found, autojunk=False)
    for tag, _, at, start, end in matcher.get_opcodes():
        if tag not in ("insert", "replace"):
            continue
        inserts.setdefault(at, []).extend(
            other[j]
            for j in range(start, end)
            if _is_prose(found[j])
            and found[j] not in joined
            and not any(key in found[j] for key in long_kept)
        )
    merged: list[str] = []
    for index, line in enumerate(lines):
        merged.extend(inserts.get(index, ()))
        merged.append(line)
    merged.extend(inserts.get(len(lines), ()))
    return merged


def _is_prose(text: str) -> bool:
    """Say whether a paragraph is prose: enough words, ending like a sentence."""
    return count_words(text) >= PROSE_WORDS and PROSE_END.search(text) is not None


def _key(line: str) -> str:
    """The text of a paragraph for comparing: white space collapsed, no list bullet."""
    return " ".join(line.split()).lstrip(BULLETS)


def variant_texts(tree: object, extract: Callable[..., Any]) -> list[str]:
    """The text of each extraction variant of a parsed page (`extract`: bare_extraction)."""
    texts = []
    for options in VARIANTS:
        found = extract(tree, with_metadata=False, include_comments=False, **options)
        texts.append(str(extraction_dict(found).get("text") or ""))
    return texts


def extraction_dict(found: Any) -> dict[str, Any]:
    """The fields of a bare_extraction result: a dict, a trafilatura Document, or None."""
    return {} if found is None else found if isinstance(found, dict) else found.as_dict()
