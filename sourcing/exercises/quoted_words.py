"""Quoted words in a record: a source found inside a quotation, quoted words typed as no one's
(GUIDELINES rule 3: a quotation's sentences are its speaker's), and quoted words a nearby record
credits to another source."""

from __future__ import annotations

import re

from sourcing.exercises.items import CLOSING, OPENING, quotation_units, quote_depth
from sourcing.records import ArticleReport, SourceType, Statement


def source_in_quotation(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a statement's source was found inside quoted words.

    Newsmax VCZs7LIrfqRBTVrA [1] "... to keep the Donald Trump supporters energized and
    engaged," the Texas senator told ...: the source "Donald Trump" stands inside Cruz's
    quotation, so it cannot be the one speaking (nor for the statements carrying it over).
    The quotation is read from where it opens, the first statement of the holder's quotation
    unit: in "I'm very proud of my daughter Ivanka, ... | I have to tell you that," Trump said
    (heldout11 CT2MddPGwpdORWMV [12]) the mark before "Trump" closes a quotation opened in the
    statement before; counted from [12] alone it looked like an opening.
    """
    span = statement.source_span
    holder = next((s for s in report.statements if span and s.span.start <= span.start < s.span.end), None)
    if span is None or holder is None:
        return False
    opening = report.statements[quotation_units(report)[holder.index]]
    text = report.document.text
    if _quoted_opening(text, holder.span.start, span.start, span.end):
        return still_open(text[opening.span.start : holder.span.start])
    return still_open(text[opening.span.start : span.start])


def _quoted_opening(text: str, sentence_start: int, start: int, end: int) -> bool:
    """ "“Two officials familiar with the document’s contents” reportedly told ABC" (heldout27
    mgfgdMIamdCB8Jye [2]): a source that opens its sentence held whole by quotation marks
    is the writer quoting a description of the speakers, no part of someone's quotation,
    unless a quotation was open before the sentence."""
    marks = OPENING + CLOSING + '"'
    opens = start > sentence_start and not text[sentence_start : start - 1].strip()
    return opens and end < len(text) and text[start - 1] in marks and text[end] in marks


def quotation_without_speaker(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a statement typed unattributed is quoted words: someone says them.

    NPR OpIPNEoyOLzChuGB [9] "'There was a lot of dust in the air." and [10], Chafee's words
    inside the Wall Street Journal's quotation, keyed No source: a statement inside a
    quotation left open before it in its paragraph has a speaker the analyzer missed.
    """
    if statement.type is not SourceType.UNATTRIBUTED:
        return False
    return _inside_quotation(statement, report) or quoted_sentence(statement.text)


QUOTES = {'"': '"', OPENING: CLOSING, "\u2018": "\u2019", "'": "'"}
# A quotation closing a sentence: "... accomplishments.'", "... support.”"
CLOSED_AT_END = re.compile(r"[.!?,][\"'\u201d\u2019]\s*$")


def quoted_sentence(text: str) -> bool:
    """Tell whether a sentence is quoted words: it opens a quotation it does not close before its
    last characters ("'There was a lot of dust in the air."), or it closes at its end a
    quotation it never opened ("Not many concrete accomplishments.'"); not a quoted word
    or title that opens it ("“Liberate” — ... isn't ...")."""
    text = text.strip()
    if not text:
        return False
    closing = QUOTES.get(text[0])
    if closing is not None:
        return closing not in text[1:-2]
    end = CLOSED_AT_END.search(text)
    if end is None:
        return False
    mark = text[end.end() - 1] if text[-1] in "\"'\u201d\u2019" else text.rstrip()[-1]
    opener = {CLOSING: OPENING, "\u2019": "\u2018"}.get(mark, mark)
    return text[: end.start()].count(opener) == 0


def _inside_quotation(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a quotation opened earlier in the paragraph is still open where `statement` starts."""
    text = report.document.text
    return still_open(text[text.rfind("\n", 0, statement.span.start) + 1 : statement.span.start])


def still_open(before: str) -> bool:
    """Tell whether `before` leaves a quotation open (`items.quote_depth`)."""
    return quote_depth(before) > 0


# A short quoted phrase inside a sentence ("a “significant increase” in chatter"): two to
# eight words between quotation marks.
QUOTED_PHRASE = re.compile(rf"[{OPENING}\"]([^{CLOSING}\"]{{5,80}})[{CLOSING}\"]")
# How far on either side a statement may credit the same quoted words to another source.
ECHO_WINDOW = 2


def quoted_words_credited_elsewhere(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a record's quoted phrase stands again, within two statements, in a record
    of another type: the same words have two sources, so which one the text credits is in doubt.

    heldout8 G5XRU4yxT05C09YE [0] "The U.S. intelligence community has observed a “significant
    increase” in chatter ..." keyed Named organization, read anonymous: [1] quotes the words
    from "a U.S. government official" ("We've noticed a significant increase in chatter ...").
    """
    if statement.type is SourceType.UNATTRIBUTED:
        return False
    phrases = [m.group(1).strip().lower() for m in QUOTED_PHRASE.finditer(statement.text)]
    phrases = [p for p in phrases if 2 <= len(p.split()) <= 8]
    near = report.statements[max(0, statement.index - ECHO_WINDOW) : statement.index + ECHO_WINDOW + 1]
    return any(
        other.index != statement.index and other.type not in {SourceType.UNATTRIBUTED, statement.type}
        and phrase in other.text.lower()
        for other in near for phrase in phrases
    )
