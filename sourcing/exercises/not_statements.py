"""Lines a key cannot ask about because they are no one's statement as the article was split:
titles and labels the body kept, lines addressed to the reader, page furniture (links, notices
of where to watch, the writer's bio), and both halves of a sentence
split after a title's abbreviation."""

from __future__ import annotations

import re
from functools import cache

from sourcing.exercises.items import exercise_texts
from sourcing.exercises.name_words import TITLE_WORD
from sourcing.lexicons import load_lexicon, load_lines
from sourcing.records import ArticleReport, Statement

# What a list item or a dashed line opens with, before its text.
BULLETS = " -*>\u2022\u2013\u2014"
# A link written out: "https://t.co/LMfWDDNV3e", "pic.twitter.com/86eYizwALI", "www.cnn.com/x".
LINK = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S*")
SENTENCE_END = re.compile(r"[.!?:;\"')\]\u201d\u2019]\s*$")


def not_a_sentence(statement: Statement) -> bool:
    """Tell whether a statement is a title, not a sentence: no sentence end, mostly
    capitalized words (a link or a label the body kept; a tweet's last line is lower case),
    or fewer than two words (Politico wy0CX1DONT4jN107 [12] "1.", a numbered subheading).

    NPR ZJuKWj1WJEZ2Uzml [11] "Politics White House Pushes For Fast-Track Trade Authority
    White House Pushes ... Listen · 2:55 2:55": a related-story box, not a statement, so no
    type is right for it. A label ending in a colon, with no source, is one too (New York Post
    x82AsnQEaFvS8DEp [15] "Massachusetts Sen. Elizabeth Warren:", a subheading). So is a
    bare link (Al Jazeera auVKA9OGw9eQKayb [12] "https://t.co/LMfWDDNV3e", the end of an
    embedded post, keyed Named person) and a line addressed to the reader (CNN
    waGz12aRgseTXUuK [2] "- Check out the CNN Electoral Map and Calculator ...", keyed No
    source).
    """
    words = TITLE_WORD.findall(LINK.sub(" ", statement.text))
    if len(words) < 2:  # a numbered subheading ("1."), a hashtag, a bare link
        return True
    if reader_line(statement.text):
        return True
    label = statement.source is None and statement.text.rstrip().endswith(":")
    if SENTENCE_END.search(statement.text) and not label:
        return False
    return sum(w[0].islower() for w in words) * 2 < len(words)


@cache
def reader_openers() -> tuple[str, ...]:
    """The openings of a line addressed to the reader (`[doubts] reader_openers`)."""
    return tuple(exercise_texts()["doubts"]["reader_openers"])


@cache
def link_line() -> re.Pattern[str]:
    """A line that opens with a verb of `[doubts] link_verbs` and ends in "here" (a link)."""
    verbs = "|".join(re.escape(verb) for verb in exercise_texts()["doubts"]["link_verbs"])
    return re.compile(rf"(?:{verbs})\b[^.?!\"\u201c]*\bhere\W*$")


def reader_line(text: str) -> bool:
    """Tell whether a line speaks to the reader ("- Check out the CNN Electoral Map ...", "Sign
    Up You will receive emails ..."): page furniture, not a statement of anyone's. So is a line
    pointing at a link the body lost (Politico tDkWHqABfYjkcdb4 [2] "See previous editions of
    Behind the Curtain here.", keyed No source at stop 24, read boilerplate)."""
    line = text.lstrip(BULLETS).lower()
    return link_line().match(line) is not None or any(
        line.startswith(opener) and line[len(opener) : len(opener) + 1] in {" ", ":", ""}
        for opener in reader_openers())


# How many statements at an article's end may be the writer's bio (`closing` patterns): the
# bio and a credit line after it.
CLOSING_STATEMENTS = 2


@cache
def furniture_patterns() -> dict[str, re.Pattern[str]]:
    """One alternation per scope of lexicon `page_furniture_patterns` (opening, anywhere, closing)."""
    by_scope: dict[str, list[str]] = {"opening": [], "anywhere": [], "closing": []}
    for entry in load_lines("page_furniture_patterns"):
        scope, _name, pattern = entry.split("\t")
        by_scope[scope].append(f"(?:{pattern})")
    return {scope: re.compile("|".join(patterns)) for scope, patterns in by_scope.items()}


def page_furniture(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a statement is page furniture the body kept: a pointer to a link, a notice
    of where to watch, the writer's bio or credit (lexicon `page_furniture_patterns`).

    Keyed "No source" and read `boilerplate` on the development sets: heldout16
    CzaO828tudjzPdXN [12] "Here's a link to Diamond and Silk's prepared testimony.", heldout7
    bnuktIAxvNp5xSqq [5] "Live coverage will also be available on the ABC News iPad App and
    mobile devices.", heldout sTNPKk5kActQXxwN [27] "Karen Kasler is chief of the Statehouse
    News Bureau for Ohio Public Radio and Television." (the article's last line).
    """
    if _furniture_wherever(statement):
        return True
    text = statement.text.lstrip(BULLETS)
    return furniture_patterns()["closing"].match(text) is not None and _among_closing(statement, report)


def _furniture_wherever(statement: Statement) -> bool:
    """Whether a statement is furniture wherever it stands (the `opening` and `anywhere` patterns)."""
    text = statement.text.lstrip(BULLETS)
    patterns = furniture_patterns()
    return bool(patterns["opening"].match(text) or patterns["anywhere"].search(text))


def _among_closing(statement: Statement, report: ArticleReport) -> bool:
    """Whether a statement is among the article's last `CLOSING_STATEMENTS`, not counting the
    furniture after it (Breitbart SlN99FRRoHZQJArg [11] "Joel B. Pollak is Senior
    Editor-at-Large at Breitbart News.", then his book line and "Follow him on Twitter ...")."""
    after = report.statements[statement.index + 1 :]
    return sum(not _furniture_wherever(later) for later in after) < CLOSING_STATEMENTS


# A sentence that ends in a short capitalized abbreviation ("... have invited Amb.") or in a
# bracketed party letter ("Senate Minority Leader Chuck Schumer (D."): the segmenter may have
# split a title or a party tag from what follows it.
TITLE_END = re.compile(r"(?:(?:^|\s)[A-Z][a-z]{1,2}|\([A-Z])\.$")


def split_after_title(report: ArticleReport) -> set[int]:
    """Return both halves of every sentence split after a short capitalized abbreviation.

    New York Post oZU6bj5ueF36ldkU [6] "... but the Chinese have invited Amb." and [7] "Robert
    Lighthizer, the U.S. trade representative, to Beijing." (keyed No source after the
    retrained model): neither half is a statement of its own.
    """
    words = load_lexicon("months_days") | load_lexicon("function_words")
    split = set()
    for statement in report.statements[:-1]:
        end = TITLE_END.search(statement.text.rstrip())
        if end and end.group().strip().lstrip("(").rstrip(".").lower() not in words:
            split |= {statement.index, statement.index + 1}
    return split
