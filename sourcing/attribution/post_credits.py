"""Find the credit line of an embedded post ("- Name (@handle) date", rule 9) after a
statement: in its paragraph or just past it, or past the wide gaps that set apart the
paragraphs of one post; and the posts a page labels ("Skip Twitter post by @handle"), from
the label to their credit line."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from sourcing.attribution.context import Context
from sourcing.records import Span, Statement
from sourcing.text.boilerplate_patterns import boilerplate_patterns

# A display name is capitalized, or one lower-case word ("- ye (@kanyewest) July 18, 2020",
# heldout81 nJsUYyyjOWJu2H2o [7], keyed at stop 54).
TWEET_CREDIT = re.compile(r"-\s*([^\W\d_a-z][^()\n]{1,60}?|[a-z][\w.]{0,30})\s*\(@\w{1,30}\)")


def credit_after(base: Statement, context: Context) -> tuple[Span, Span] | None:
    """The credit line after the tweet ("- Name (@handle) date"): its name, and with the handle."""
    start = _credit_opening(base, context)
    window = context.normalized[start : base.span.end + context.settings.tweet_credit_chars]
    paragraph_end = window.find("\n\n", 1)
    past = context.settings.tweet_credit_past_paragraph_chars
    credit = TWEET_CREDIT.search(window, 0, paragraph_end + past if paragraph_end >= 0 else len(window))
    return _spans(credit, start)


def _spans(credit: re.Match[str] | None, offset: int) -> tuple[Span, Span] | None:
    if credit is None:
        return None
    name = Span(offset + credit.start(1), offset + credit.end(1))
    return name, Span(name.start, offset + credit.end())


# The opening of a credit line at a statement's end: a dash, then capitalized words.
CREDIT_OPENING = re.compile(r"-\s*[^\W\d_a-z][^()\n\-]{0,60}$")


def _credit_opening(base: Statement, context: Context) -> int:
    """Where a credit line that the statement's end cuts opens ("... - Alexandria Ocasio" |
    "-Cortez (@AOC)", cut at the name's hyphen: heldout21 qZGT8m2um415Z3mg credited
    "Cortez"), or the statement's end."""
    opening = CREDIT_OPENING.search(context.normalized, base.span.start, base.span.end)
    if opening is None:
        return base.span.end
    credit = TWEET_CREDIT.match(context.normalized, opening.start())
    return opening.start() if credit is not None and credit.end() > base.span.end else base.span.end


# One blank line between paragraphs; a wider gap ("\n\n\n\n") is a line break inside a post
# where the article sets its own paragraphs apart by one.
PARAGRAPH_BREAK = re.compile(r"(?<!\n)\n[ \t]*\n(?![ \t]*\n)")
WIDE_BREAK = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def credit_past_wide_gaps(base: Statement, context: Context) -> tuple[Span, Span] | None:
    """The credit line closing a post whose paragraphs wide gaps set apart, the statement's
    among them (heldout21 qZGT8m2um415Z3mg: a tweet of three paragraphs, only the credit's
    went to the author): no ordinary paragraph break between, and from the statement's
    paragraph to the credit no longer than a post (`post_chars`), so that an article's
    paragraph before a post set off by a wide gap stays the article's (train Mss6JIXkiRxhvaed)."""
    normalized = context.normalized
    if not _wide_breaks_in_posts(normalized):
        return None
    end = min(len(normalized), base.span.end + context.settings.tweet_credit_chars)
    paragraph_break = PARAGRAPH_BREAK.search(normalized, base.span.end, end)
    credit = TWEET_CREDIT.search(normalized, base.span.end, paragraph_break.start() if paragraph_break else end)
    if credit is None or WIDE_BREAK.search(normalized, base.span.end, credit.start()) is None:
        return None
    paragraph = normalized.rfind("\n", 0, base.span.start) + 1
    post = WIDE_BREAK.sub("\n\n", normalized[paragraph : credit.start()])
    return _spans(credit, 0) if len(post) <= context.settings.post_chars else None


@lru_cache(maxsize=8)
def _wide_breaks_in_posts(normalized: str) -> bool:
    """Whether a wide gap between paragraphs may be a post's own line break: the article sets
    its paragraphs apart by single blank lines more often, so a wider one stands out."""
    return 0 < len(WIDE_BREAK.findall(normalized)) < len(PARAGRAPH_BREAK.findall(normalized))


@cache
def _post_label() -> re.Pattern[str]:
    """BBC's label before an embedded post ("Skip Twitter post 2 by @realDonaldTrump "): the
    pattern `embed-label` of the boilerplate lexicon, which takes the label out of the
    statement's text; the attribution reads the same label here."""
    return next(pattern.regex for pattern in boilerplate_patterns() if pattern.name == "embed-label")


@dataclass(frozen=True)
class LabelledPost:
    """Where a labelled post runs (from its label to its credit line) and who wrote it."""

    start: int
    end: int
    author: Span  # the credit's name, or the label's handle
    author_with_handle: Span


@lru_cache(maxsize=8)
def labelled_posts(normalized: str, credit_chars: int) -> tuple[LabelledPost, ...]:
    """The page-labelled posts of a text, each ending at the first credit line with its
    label's handle within `credit_chars` of the label, or at the label's paragraph end."""
    posts = []
    for label in _post_label().finditer(normalized):
        at = label.start() + label.group(0).rindex("@")  # the handle closes the label
        handle_span = Span(at, label.start() + len(label.group(0).rstrip()))
        handle = f"({normalized[handle_span.start : handle_span.end]})"
        window_end = min(len(normalized), label.end() + credit_chars)
        credit = next(
            (found for found in TWEET_CREDIT.finditer(normalized, label.end(), window_end)
             if found.group(0).endswith(handle)),
            None,
        )
        if credit is not None:
            name = Span(credit.start(1), credit.end(1))
            with_handle = Span(name.start, credit.end())
            posts.append(LabelledPost(label.start(), credit.start(), name, with_handle))
            continue
        paragraph_end = normalized.find("\n\n", label.end())
        end = paragraph_end if paragraph_end >= 0 else len(normalized)
        posts.append(LabelledPost(label.start(), end, handle_span, handle_span))
    return tuple(posts)
