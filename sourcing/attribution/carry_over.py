"""Carry the previous source over to an uncued statement that goes on with its account
(rule 3)."""

from __future__ import annotations

import re

from sourcing.attribution.anonymity import about_sourcing
from sourcing.attribution.carried_blocks import (
    PERSON_TYPES,
    ends_with_colon,
    in_introduced_block,
    in_speaker_turn,
    interviewee_statement,
    introduced_block_goes_on,
    next_list_item,
)
from sourcing.attribution.context import Attributed, Context
from sourcing.attribution.decisions import Decision
from sourcing.attribution.embedded_posts import tweet_author
from sourcing.attribution.lexicon_phrases import find_phrases
from sourcing.attribution.list_lead_ins import announced_list_source
from sourcing.attribution.mention_kinds import MentionKind
from sourcing.attribution.poll_figures import POLL_WORDS, poll_of_figures
from sourcing.attribution.sourced import source_kind, take_source
from sourcing.lexicons import load_lexicon
from sourcing.provenance import Provenance, Rule
from sourcing.records import SourceType, Span, Statement
from sourcing.text.quotes import opens_by_closing, opens_inside_quote

# "The US believes that ..." right after a source's account reports that account: a reporter
# cannot know what a third party believes except from the source (rule 3).
MENTAL_STATE_VERBS = frozenset(
    {"believes", "believed", "thinks", "wants", "wanted", "feels", "hopes", "fears", "expects"}
)


def in_coordinated_clause(normalized: str, sentence: Span, source: Span, cue: Span | None = None) -> bool:
    """'The request was friendly and the Iranians expressed ...': the cue opens no account.
    'Researchers at Harvard and the City University of New York found' joins two subjects of
    one verb, no clauses: the words before the "and" hold nothing but names and function words
    (rule 3: a statement with its own subject and cue is no continuation). Nor does "endorsed
    by former candidate and Louisiana Gov. Bobby Jindal, who said": a relative clause's speaker
    joined to a noun (AllSides 16SycLgEbs5k5Any [14] was carried from the editorial before)."""
    if cue is not None and RELATIVE_BETWEEN.match(normalized, source.end, cue.start):
        return False
    before = normalized[sentence.start : source.start].rstrip()
    if not before.lower().endswith((" and", " but")) or '"' in before[-3:]:
        return False
    if find_phrases("no_comment_phrases", before):
        return False  # "Facebook did not respond to a request for comment but a spokesperson stated:"
    return not _only_names(before.rsplit(None, 1)[0])


RELATIVE_BETWEEN = re.compile(r"\s*,\s*(?:who|which)\s")


def names_a_new_speaker(decision: Decision, earlier: Attributed) -> bool:
    """Whether the cue's source is a person named in full whom the previous statement's source
    does not name: "..., but Daniel O'Day, CEO of Gilead Sciences, said" after Dr. Fauci's
    statement is O'Day's, no coordinated clause of Fauci's account (the source began after "but"
    once "CEO" opened an appositive)."""
    mention = decision.mention
    if mention is None or mention.kind not in {MentionKind.OFFICIAL, MentionKind.PERSON} or not mention.name:
        return False
    previous = earlier[-1].source if earlier else None
    return " " in mention.name.strip() and not (previous and mention.name.split()[-1] in previous)


def record_finding(decision: Decision) -> bool:
    """ "..., but recent polls show a tighter race", "but exit polls suggest": a record's or a
    poll's finding in a coordinated clause is its own account, not the previous speaker's
    narration (rule 3; AllSides 57pHNIgbvAcy05jA [39] was carried from "A senior Republican
    official"); "and the Chinese found one" stays the narration of an act."""
    mention = decision.mention
    if mention is None or decision.cue.words not in load_lexicon("finding_verbs"):
        return False
    return mention.kind in RECORD_KINDS or POLL_WORDS.search(mention.text) is not None


RECORD_KINDS = frozenset({MentionKind.INDEFINITE_REPORT, MentionKind.DOCUMENT, MentionKind.REPORT})


def _only_names(words: str) -> bool:
    """Every word is capitalized (a name, or the sentence's first word) or a function word, and
    one at least is no function word ("But all but one of the lawmakers" names no one)."""
    function_words = load_lexicon("function_words")
    found = [(word[0].isupper(), word.lower() in function_words) for word in NAME_OR_WORD.findall(words)]
    return all(upper or function for upper, function in found) and not all(f for _, f in found)


NAME_OR_WORD = re.compile(r"[A-Za-z][\w'\-.]*")


def continues_account(base: Statement, earlier: list[Statement], context: Context) -> bool:
    """The previous statement, in the same paragraph, is someone's attributed speech."""
    if not earlier or earlier[-1].type is SourceType.UNATTRIBUTED or earlier[-1].cue is None:
        return False
    gap = context.normalized[earlier[-1].span.end : base.span.start]
    return "\n" not in gap and earlier[-1].cue not in MENTAL_STATE_VERBS


def carry_over(
    base: Statement, earlier: Attributed, context: Context, account: bool = False
) -> Statement:
    """An uncued sentence inside or opening a quotation continues the previous account (rule 3)."""
    tweet = tweet_author(base, context)
    if tweet is not None:
        return tweet
    if not earlier:
        return base
    listed = announced_list_source(base, earlier, context)
    if listed is not None:
        return _carried_from(base, listed, context)
    poll = poll_of_figures(base, earlier, context)
    if poll is not None:
        return poll
    interviewee = interviewee_statement(base, earlier, context)
    if interviewee is not None:
        return _carried_from(base, interviewee, context)
    previous = earlier[-1]
    if previous.type is SourceType.UNATTRIBUTED or previous.resolved_from == -1:
        return base
    closed_before = opens_by_closing(context.normalized, context.quoted, base.span)
    inside = opens_inside_quote(context.quoted, base.span) and not closed_before
    starts_quote = context.normalized[base.span.start] == '"' and not closed_before
    gap = context.normalized[previous.span.end : base.span.start]
    same_paragraph = "\n" not in gap
    introduced = ends_with_colon(previous, context.normalized)
    if (
        account
        or inside
        or introduced
        or (same_paragraph and previous.type in PERSON_TYPES and _leads_into_passage(base, context))
        or (same_paragraph and _example_lead_in(base))
        or (starts_quote and (same_paragraph or gap.count("\n") <= 2))
        or _quoted_words(base, context) >= context.settings.partial_quotation_words
        or (same_paragraph and in_introduced_block(earlier, context))
        or introduced_block_goes_on(base, earlier, context, same_paragraph)
        or (same_paragraph and in_speaker_turn(earlier, context))
        or _same_subject_goes_on(base, previous, context)
        or next_list_item(base, earlier, context)
    ):
        if about_sourcing(base.text):
            return base
        return _carried_from(base, previous, context)
    return base


def _leads_into_passage(base: Statement, context: Context) -> bool:
    """ "..., according to Blendon. In the context of the campaign, however, the public focus
    shifted:" / "Critics started raising concerns ... abortion coverage.": an uncued sentence
    that ends a person's paragraph with a colon introduces a passage of prose after it, more of
    that person's account (rule 3: a lead-in carries into the passage it introduces, which then
    goes on as one). A list of headlines or an embed after the colon is no passage."""
    if not ends_with_colon(base, context.normalized):
        return False
    passage = PASSAGE_AFTER.match(context.normalized, base.span.end)
    return passage is not None and passage.group(1).rstrip().endswith(SENTENCE_ENDS)


def _example_lead_in(base: Statement) -> bool:
    """ "the document lists dozens of questions ... For instance:": a sentence that only leads in
    to examples opens the previous source's examples (rule 3, `example_lead_ins.txt`)."""
    text = base.text.strip()
    return text.endswith(":") and text[:-1].strip().lower() in load_lexicon("example_lead_ins")


# The colon's line break, then the first line of the passage after it.
PASSAGE_AFTER = re.compile(r"[ \t]*\n\s*([^\n]+)")
SENTENCE_ENDS = (".", "!", "?", '"', "'")


def _carried_from(base: Statement, origin: Statement, context: Context) -> Statement:
    """`base` continues `origin`'s account (rule 3): it takes its source, as a carry-over."""
    provenance = Provenance(Rule.CARRY_OVER, source_kind=source_kind(origin), statement=origin.index)
    return take_source(base, origin, provenance, confidence=context.settings.rule_confidence_uncued)


# "He also ...", "Grassley is also ...", "She went on to ...": the subject goes on.
GOES_ON = re.compile(
    r"(?:(?P<pronoun>He|She|They)|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<name>[A-Z][\w'\-]+))"
    r"\s+(?:\w+\s+){0,2}?(?:also\s+(?P<verb>\w+)|went\s+on\b)"
)


NOT_A_PERSON = frozenset(
    {SourceType.NAMED_ORGANIZATION, SourceType.DOCUMENT, SourceType.CITED_OUTLET}
)


def _same_subject_goes_on(base: Statement, previous: Statement, context: Context) -> bool:
    """'Pompeo also held Soleimani responsible ...', 'She also would not discuss ...' right
    after that source's statement: the same subject goes on with more of its account (rule 3),
    unless the verb is a plain action ('Xi also visited', rule 7). The subject is "he", "she"
    or "they", or a name the previous source contains.
    """
    found = GOES_ON.match(context.normalized, base.span.start, base.span.end)
    if found is None or not previous.source or found["verb"] in load_lexicon("plain_action_verbs"):
        return False
    name = found["name"]
    if name is None:  # "He also ..." goes on for a person, not for "Biden's team" (rule 6)
        return found["pronoun"] == "They" or previous.type not in NOT_A_PERSON
    return name.lower() not in load_lexicon("determiners") and bool(
        re.search(rf"\b{re.escape(name)}\b", previous.source)
    )


def _quoted_words(statement: Statement, context: Context) -> int:
    """How many lower-case words of the sentence lie inside quotation marks: 'But "if God
    forbid they do reach Syria, we will know what to do."' right after its speaker quotes that
    speaker on; a title ('"Make America Great Again" hat') is in capitals."""
    span, mask = statement.span, context.quoted
    words = LOWER_WORD.finditer(context.normalized, span.start, span.end)
    return sum(mask[word.start()] for word in words)


LOWER_WORD = re.compile(r"\b[a-z]\w*")
