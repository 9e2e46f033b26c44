"""Read a cue's source phrase as a mention, when the cue can take what the phrase names."""

from __future__ import annotations

import re
from dataclasses import replace

from sourcing.attribution.cue_kinds import Cue, CueKind
from sourcing.attribution.journalist_names import journalist_of
from sourcing.attribution.mentions import Mention, MentionKind, classify_phrase
from sourcing.attribution.sentence_openers import opening_modifier
from sourcing.attribution.speaker_labels import labelled_speaker
from sourcing.attribution.verbs import document_only_verbs, record_only_verbs
from sourcing.lexicons import load_lexicon
from sourcing.text.look_back import ends_before

RECORD_KINDS = frozenset(
    {
        MentionKind.DOCUMENT,
        MentionKind.ORGANIZATION,
        MentionKind.REPORT,
        MentionKind.INDEFINITE_REPORT,
    }
)


LEAD_IN_KINDS = frozenset({MentionKind.DOCUMENT, MentionKind.ORGANIZATION, MentionKind.OUTLET})
DOCUMENT_KINDS = frozenset(
    {MentionKind.DOCUMENT, MentionKind.REPORT, MentionKind.INDEFINITE_REPORT}
)


def cue_mention(
    cue: Cue, normalized: str, people: dict[str, bool], organizations: frozenset[str]
) -> Mention | None:
    """Read `cue`'s source phrase as a mention; None when the cue cannot take what it names."""
    if cue.source is None:
        return None
    phrase = normalized[cue.source.start : cue.source.end]
    if cue.kind is CueKind.SPEAKER_LABEL:
        return labelled_speaker(phrase, people)
    mention = classify_phrase(phrase, people, organizations)
    if mention.kind in {MentionKind.UNKNOWN, MentionKind.FIRST_PERSON}:
        return None
    if mention.kind in {MentionKind.PERSON, MentionKind.OFFICIAL} and opening_modifier(normalized, cue.source, people):
        return None  # "Continuing, she challenged the media to: ...": no one is "Continuing"
    if cue.kind is CueKind.LEAD_IN and mention.kind not in LEAD_IN_KINDS:
        return None  # "The details:", "The bottom line:" introduce the article's own account
    if mention.kind in {MentionKind.PERSON, MentionKind.OFFICIAL} and mention.name:
        outlet = journalist_of(mention.name, normalized)
        if outlet is not None:  # "Pegues reports" after "CBS News correspondent Jeff Pegues"
            return replace(mention, kind=MentionKind.OUTLET, name=outlet)
    if (
        cue.words in record_only_verbs()
        and mention.kind not in RECORD_KINDS | {MentionKind.PRONOUN_THING}
        and not (mention.kind in SPEAKERS and _comment_clause(normalized, cue))
    ):
        return None
    if cue.words in document_only_verbs() and not _document_or_statement(mention):
        return None
    return mention


def _document_or_statement(mention: Mention) -> bool:
    """ "The memo listed", "The statement referred to": a content verb attributes a record's
    or an issued statement's words (GUIDELINES rule 7: a statement with its content is its
    issuer's); "the team included two doctors" is a plain fact."""
    return mention.kind in DOCUMENT_KINDS or mention.head in load_lexicon("issued_statement_heads")


SPEAKERS = frozenset({MentionKind.PRONOUN_PERSON, MentionKind.PERSON, MentionKind.OFFICIAL})
# The end of a comment clause: "Thus, he concluded, Facebook should ...", "..., she concludes."
COMMENT_CLAUSE_END = re.compile(r"\s*(?:[,.!?]|$)")


def _comment_clause(normalized: str, cue: Cue) -> bool:
    """ "Thus, he concluded, ...": a person's verb between commas (or closing the sentence)
    reports the words around it, even a verb that otherwise only a record takes ("found")."""
    if cue.source is None or not ends_before(normalized, cue.source.start, ","):
        return False
    return COMMENT_CLAUSE_END.match(normalized, cue.span.end) is not None
