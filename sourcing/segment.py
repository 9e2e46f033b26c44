"""Split the article body into statements (sentences) with NLTK Punkt, offline."""

from __future__ import annotations

from functools import lru_cache

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from sourcing.lexicons import load_lexicon
from sourcing.records import Span


@lru_cache(maxsize=1)
def sentence_tokenizer() -> PunktSentenceTokenizer:
    """Build a Punkt tokenizer from the abbreviation list the project ships."""
    params = PunktParameters()
    params.abbrev_types = set(load_lexicon("punkt_abbreviations"))
    return PunktSentenceTokenizer(params)


def split_sentences(text: str, region: Span) -> list[Span]:
    """Return the sentence spans inside `region`, trimmed of surrounding white space."""
    chunk = text[region.start : region.end]
    spans = []
    for start, end in sentence_tokenizer().span_tokenize(chunk):
        piece = chunk[start:end]
        stripped_left = len(piece) - len(piece.lstrip())
        stripped_right = len(piece) - len(piece.rstrip())
        if end - start - stripped_left - stripped_right > 0:
            spans.append(Span(region.start + start + stripped_left, region.start + end - stripped_right))
    return spans
