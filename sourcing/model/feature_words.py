"""The word patterns and lexicons several groups of the attribution model's features read."""

from __future__ import annotations

import re
from functools import lru_cache

from sourcing.lexicons import load_lexicon

WORD = re.compile(r"[a-z][a-z'\-]*|\d+")
CAPITALIZED = re.compile(r"\b[A-Z][a-zA-Z'\-]+")
NAME_SHAPE = re.compile(r"\b[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+")
ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
SOURCE_LEXICONS = (
    "official_roles", "person_roles", "unnamed_heads", "org_heads", "org_names",
    "document_heads", "outlet_terms", "honorifics", "descriptor_adjectives", "places",
)
PRONOUNS = frozenset({"he", "she", "they", "it"})


@lru_cache(maxsize=1)
def source_lexicons() -> tuple[tuple[str, frozenset[str]], ...]:
    """Each of SOURCE_LEXICONS with its entries (looked up once, not twenty times a statement)."""
    return tuple((name, load_lexicon(name)) for name in SOURCE_LEXICONS)
