"""Split the article body into statements (sentences) with NLTK Punkt, offline.

Punkt runs with parameters the project ships: the abbreviations, collocations, sentence
starters and orthographic context learned by scripts/train_punkt.py (sourcing/data/punkt/),
plus the hand-written lexicons punkt_abbreviations.txt and punkt_sentence_starters.txt, less
punkt_rejected_abbreviations.txt and punkt_rejected_starters.txt; news_punkt.py adds repairs
of its own (initialisms, periods glued to the next sentence).
A sentence never crosses a paragraph break, and the media link that ends an embedded tweet
(t.co, pic.twitter.com) is a piece of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from sourcing.lexicons import load_lexicon
from sourcing.records import Span, Statement
from sourcing.text.light_nltk import register_light_nltk

register_light_nltk()  # before nltk is imported: Punkt without nltk's 2 s __init__
from nltk.tokenize.punkt import _ORTHO_MID_LC, PunktParameters

from sourcing.text.news_punkt import NewsPunktTokenizer

# A line ending in one of these ends its paragraph even if the next line starts in lower case.
_STOPS = ".!?:;\"'”’)]"
# A Punkt sentence starting with a closing quote then a comma continues the one before, cut
# after the quotation's "!" or "?": "„Geht los!“, schrie irgendwer".
_CONTINUATION = re.compile(r"[\"'”“’»]+\s*,")
# A quotation closing on "!" or "?" inside a sentence: Punkt cuts after it, and the next piece
# starts in lower case ('"Go home!" | he shouted.', 'labelled it "Disgraceful!" | and
# retweeted'); a sentence of news copy starts in capitals, so the pieces are one sentence
# (GUIDELINES: a statement is one sentence). A lower-case label with no quote mark before it
# ("Hello? james cai Yes.", a transcript's speaker) is left alone.
_QUOTE_CLOSED_ON_STOP = re.compile(r"[!?][\"'”’»]+\s*$")
_LOWER_CASE_WORD = re.compile(r"[a-z][a-z'’\-]*\b(?![.:/])")
# An embedded tweet's own link (t.co, pic.twitter.com) is media, not part of its last sentence.
_TWEET_LINK = re.compile(r"(?<=\S) +(?=(?:https?://t\.co/|pic\.twitter\.com/)\S)")
# Paragraphs longer than this are fed to Punkt in pieces (see punkt_windows).
WINDOW_CHARS = 20_000
# A sentence longer than this is cut at spaces into pieces no longer than it, and each piece's
# statement is flagged CUT_FLAG. No real sentence comes near: the longest statement of the gold
# files has 1,234 characters, the longest stretch without . ! ? or a line break in the 37,554
# AllSides articles 2,370. Only pasted transcripts, lists or OCR output without punctuation
# reach it; bounding them keeps the work per statement bounded.
MAX_SENTENCE_CHARS = 5_000
CUT_FLAG = f"cut:sentence_over_{MAX_SENTENCE_CHARS}_chars"
# A stop after a lower-case word of three letters or more, then a capital: a safe place to cut.
_WINDOW_CUT = re.compile(r"(?<=[a-z]{3}[.!?]) (?=[A-Z])")
_WHITESPACE = " \t\n\r\f\v\xa0\u200b\ufeff"


@lru_cache(maxsize=1)
def punkt_parameters() -> PunktParameters:
    """Build Punkt's parameters from the shipped data files and lexicons."""
    params = PunktParameters()
    learned = set(_data_lines("abbreviations"))
    params.abbrev_types = (learned | load_lexicon("punkt_abbreviations")) - load_lexicon(
        "punkt_rejected_abbreviations"
    )
    params.collocations = {tuple(line.split("\t", 1)) for line in _data_lines("collocations")}
    ortho: defaultdict[str, int] = defaultdict(int)
    for line in _data_lines("ortho_context"):
        word, _, flags = line.rpartition("\t")
        ortho[word] = int(flags)
    params.ortho_context = ortho
    # A learned starter never seen in lower case mid-sentence is a name ("martin", "pompeo"):
    # taken as a starter it would split "Gen. Martin Dempsey" after the title.
    learned_starters = {
        w for w in _data_lines("sentence_starters") if ortho.get(w, 0) & _ORTHO_MID_LC
    }
    params.sent_starters = (learned_starters | load_lexicon("punkt_sentence_starters")) - (
        load_lexicon("punkt_rejected_starters")
    )
    return params


def _data_lines(name: str) -> tuple[str, ...]:
    """Return the entries of sourcing/data/punkt/<name>.txt (lines starting "# " are comments)."""
    path = resources.files("sourcing").joinpath("data", "punkt", f"{name}.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(line for line in lines if line and not line.startswith("# "))


@lru_cache(maxsize=1)
def sentence_tokenizer() -> NewsPunktTokenizer:
    """Return a Punkt tokenizer with the project's parameters (and news_punkt.py's repairs)."""
    return NewsPunktTokenizer(punkt_parameters())


def split_sentences(text: str, region: Span) -> list[Span]:
    """Return the sentence spans inside `region`, trimmed of surrounding white space."""
    spans = []
    for paragraph in paragraphs(text, region):
        for window in punkt_windows(text, paragraph):
            chunk = text[window.start : window.end]
            for start, end in _join_false_ends(chunk, sentence_tokenizer().span_tokenize(chunk)):
                for piece in _split_before_links(chunk, start, end):
                    trimmed = _trim(chunk, piece)
                    if trimmed is not None:
                        spans.append(trimmed.shifted(window.start))
    return spans


def bound_sentences(
    text: str, sentences: list[Span], limit: int = MAX_SENTENCE_CHARS
) -> tuple[list[Span], list[Span]]:
    """Cut each sentence longer than `limit` at spaces; return all sentences and the cut pieces."""
    bounded: list[Span] = []
    pieces: list[Span] = []
    for sentence in sentences:
        if len(sentence) <= limit:
            bounded.append(sentence)
            continue
        cut = list(_cut_at_spaces(text, sentence, limit))
        bounded += cut
        pieces += cut
    return bounded, pieces


def flag_cut(statements: list[Statement], pieces: list[Span]) -> list[Statement]:
    """Add CUT_FLAG to each statement that lies in a piece of a cut sentence."""
    if not pieces:
        return statements
    starts = [piece.start for piece in pieces]
    flagged = []
    for statement in statements:
        at = bisect_right(starts, statement.span.start) - 1
        if at >= 0 and statement.span.start < pieces[at].end:
            statement = replace(statement, flags=(*statement.flags, CUT_FLAG))
        flagged.append(statement)
    return flagged


def _cut_at_spaces(text: str, sentence: Span, limit: int) -> Iterator[Span]:
    """Yield trimmed pieces of `sentence`, each at most `limit` long, cut after a space if any."""
    start = sentence.start
    while start < sentence.end:
        end = min(sentence.end, start + limit)
        if end < sentence.end:
            space = text.rfind(" ", start + limit // 2, end)
            end = space + 1 if space >= 0 else end
        piece = _trim(text, Span(start, end))
        if piece is not None:
            yield piece
        start = end


def punkt_windows(text: str, paragraph: Span, limit: int = WINDOW_CHARS) -> Iterator[Span]:
    """Cut a paragraph longer than `limit` at sentence ends found before each limit.

    NLTK runs Punkt's regular expressions under a wall-clock limit, which a paragraph of a
    few hundred thousand characters exceeds; real paragraphs are far shorter than `limit`.
    """
    start = paragraph.start
    while paragraph.end - start > limit:
        cut = _last_sentence_end(text, start + limit // 2, start + limit)
        yield Span(start, cut)
        start = cut
    yield Span(start, paragraph.end)


def _last_sentence_end(text: str, low: int, high: int) -> int:
    """Return the position after the last sentence end in [low, high), else a space, else high."""
    best = None
    for match in _WINDOW_CUT.finditer(text, low, high):
        best = match.end()
    if best is None:
        space = text.rfind(" ", low, high)
        best = space + 1 if space > low else high
    return best


def paragraphs(text: str, region: Span) -> Iterator[Span]:
    """Yield the paragraphs of `region`, trimmed.

    A blank line ends a paragraph; so does a single line break, unless it wraps a sentence
    (no stop before it and a lower-case word after it, as in hard-wrapped text).
    """
    start = end = -1
    for line in _lines(text, region):
        if start >= 0 and (line is None or _breaks_before(text, end, line)):
            yield Span(start, end)
            start = -1
        if line is not None:
            start = line.start if start < 0 else start
            end = line.end
    if start >= 0:
        yield Span(start, end)


def _lines(text: str, region: Span) -> Iterator[Span | None]:
    """Yield the trimmed lines of `region`, and None for each blank line."""
    cursor = region.start
    while cursor < region.end:
        stop = text.find("\n", cursor, region.end)
        stop = region.end if stop < 0 else stop
        trimmed = _trim(text, Span(cursor, stop))
        yield trimmed
        cursor = stop + 1


def _breaks_before(text: str, previous_end: int, line: Span) -> bool:
    return text[previous_end - 1] in _STOPS or not text[line.start].islower()


def _join_false_ends(chunk: str, spans: Iterator[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Join Punkt's sentences where it ended one too early: at a title ("Sen.") before the next
    one's name, before a quotation's closing mark and a comma ("„Los!“, rief er"), or before a
    lower-case word after a quotation closed on "!" or "?" ('"Go home!" he shouted.')."""
    titles = load_lexicon("punkt_titles")
    pending: tuple[int, int] | None = None
    for start, end in spans:
        if pending is not None and (
            _ends_at_title(chunk[pending[0] : pending[1]], titles)
            or _CONTINUATION.match(chunk, start)
            or _goes_on_after_quotation(chunk, pending[1], start)
        ):
            pending = (pending[0], end)
            continue
        if pending is not None:
            yield pending
        pending = (start, end)
    if pending is not None:
        yield pending


def _goes_on_after_quotation(chunk: str, previous_end: int, start: int) -> bool:
    """Whether the piece at `start` goes on the sentence whose quotation closed on "!" or "?"
    at `previous_end`: it opens with a lower-case word (no link, no "iPhone")."""
    return (
        _QUOTE_CLOSED_ON_STOP.search(chunk, max(0, previous_end - 4), previous_end) is not None
        and _LOWER_CASE_WORD.match(chunk, start) is not None
    )


def _ends_at_title(sentence: str, titles: frozenset[str]) -> bool:
    """Whether the sentence's last word is a title ("Sen."), also after a dateline's dash
    ("DOUGLAS, Ariz.—Sen. Ted Cruz made a visit": heldout54, one word to Punkt)."""
    words = sentence.rsplit(None, 1)  # the last word is all that is read
    last_word = words[-1].lstrip("\"'“‘([").lower() if words else ""
    last_word = _DASHES.split(last_word)[-1]
    return last_word.endswith(".") and last_word[:-1] in titles


_DASHES = re.compile(r"[\u2014\u2013-]")


def _split_before_links(chunk: str, start: int, end: int) -> Iterator[Span]:
    cursor = start
    for match in _TWEET_LINK.finditer(chunk, start, end):
        yield Span(cursor, match.start())
        cursor = match.end()
    yield Span(cursor, end)


def _trim(chunk: str, span: Span) -> Span | None:
    piece = chunk[span.start : span.end]
    left = len(piece) - len(piece.lstrip(_WHITESPACE))
    right = len(piece) - len(piece.rstrip(_WHITESPACE))
    if span.end - span.start - left - right <= 0:
        return None
    return Span(span.start + left, span.end - right)
