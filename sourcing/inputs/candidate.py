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

import json
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
# A page whose extraction has less than this share of the words of the article body in its
# schema.org data (JSON-LD `articleBody`, at least MIN_BODY_WORDS words) is read from that
# body: a script draws the article, and the extraction found only a caption or a teaser.
BODY_SHARE = 0.25
MIN_BODY_WORDS = 50
# A description whose first or last words (this many) are in the text repeats the text
# (a lede, maybe cut short with "..."): it is not a deck of its own.
DECK_PROBE_WORDS = 8


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


def schema_article_body(tree: Any) -> str:
    """The longest `articleBody` in the page's JSON-LD (schema.org) scripts, or ""."""
    found = ""
    for script in tree.iterfind('.//script[@type="application/ld+json"]'):
        raw = script.text or ""
        if "articleBody" not in raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        found = max([found, *_article_bodies(data)], key=len)
    return found


def _article_bodies(data: Any) -> list[str]:
    if isinstance(data, list):
        return [body for item in data for body in _article_bodies(item)]
    if not isinstance(data, dict):
        return []
    body = data.get("articleBody")
    own = [body] if isinstance(body, str) else []
    return own + [b for key, value in data.items() if key != "articleBody"
                  for b in _article_bodies(value)]


def fuller_text(text: str, body: str) -> str:
    """`body` (a page's schema.org article body) when `text` has next to none of it."""
    words = count_words(body)
    return body if words >= MIN_BODY_WORDS and count_words(text) < BODY_SHARE * words else text


def page_deck(description: str, text: str) -> str | None:
    """The page's description as a deck (one line), unless `text` already has it."""
    deck = " ".join(description.split())
    words = deck.rstrip(".…").split()
    if not words:
        return None
    flat = " ".join(text.split())
    probes = (" ".join(words[:DECK_PROBE_WORDS]), " ".join(words[-DECK_PROBE_WORDS:]))
    return None if any(probe in flat for probe in probes) else deck


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
