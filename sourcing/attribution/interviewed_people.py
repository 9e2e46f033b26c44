"""Resolve "he" or "she" to the person a leading clause puts questions to (rule 2): "When CBS
News spoke to Allison Jean before the trial, she said" is Allison Jean's, not the source of the
statements before."""

from __future__ import annotations

import re
from functools import cache

from sourcing.attribution.context import Context
from sourcing.attribution.decisions import Decision
from sourcing.attribution.gender import pronoun_gender
from sourcing.attribution.mentions import MentionKind
from sourcing.attribution.named_descriptions import person_named
from sourcing.attribution.names import person_names
from sourcing.attribution.reference_agreement import gender_agrees
from sourcing.lexicons import alternation
from sourcing.provenance import Rule
from sourcing.records import Span, Statement


def asked_in_leading_clause(cued: Statement, decision: Decision, context: Context) -> Statement | None:
    """ "When I asked Nikole Hannah-Jones, the project's editor, about ..., she said": the
    person a leading clause asks or speaks to is the "he" or "she" opening the main clause
    right after it, when whoever asks cannot be that pronoun (the writer, an outlet, a person
    or pronoun of the other gender); "When Trump spoke with Xi, he said" is left to the rules
    of a subject."""
    mention = decision.mention
    if mention is None or mention.kind is not MentionKind.PRONOUN_PERSON or decision.source_span is None:
        return None
    start, upto = cued.span.start, decision.source_span.start
    clause = "".join(
        " " if context.quoted[i] else c for i, c in enumerate(context.normalized[start:upto], start)
    )
    found = _leading_question().fullmatch(clause)
    if found is None or not _asker_differs(found["asker"], decision, context):
        return None
    asked = found.start("asked")
    name, at = _person_asked(clause, asked, context)
    if name is None or not gender_agrees(name, mention, context):
        return None
    return person_named(cued, Rule.REFERS_NAME, decision, name, Span(start + at, start + at + len(name)), context)


def _person_asked(clause: str, asked: int, context: Context) -> tuple[str | None, int]:
    """The person named right after the verb at `asked`, a title or description at most
    before the name ("his campaign manager Kellyanne Conway"), and where; not a name that
    runs into another capitalized word ("Hollywood Reporter editor Janice Min": Janice Min)."""
    at = asked
    for name in person_names(clause[asked : asked + ASKED_CHARS], context.people):
        at = clause.find(name, at)
        if at < 0 or not TITLE_WORDS.fullmatch(clause, asked, at):
            break
        after = at + len(name)
        if context.knows_person(name) and not NEXT_CAPITAL.match(clause, after):
            return name, at
        at = after
    return None, -1


# A capitalized word right after a name: the name goes on ("Hollywood Reporter").
NEXT_CAPITAL = re.compile(r"\s+[A-Z]")


# The words between the verb and the person asked: a title or description, no pronoun or
# preposition ("When I spoke with him about Trump's success": Trump is not asked).
TITLE_WORDS = re.compile(
    r"(?:(?!(?:him|her|them|me|us|it|about|on|for|if|whether|what|why|how|to|in|at|with|of|from)\b)"
    r"[\w'\u2019.-]+\s+)*"
)


# How far after the verb the person asked is named ("former Wisconsin gubernatorial candidate
# Mary Burke").
ASKED_CHARS = 70


@cache
def _leading_question() -> re.Pattern[str]:
    """A whole leading clause up to the pronoun: a subordinator, who asks (a few words, no
    comma), an interview verb, the rest of the clause and its closing comma."""
    return re.compile(
        r"(?:When|After|Before|As|Once)\s+(?P<asker>[^,]{1,50}?)\s+(?:(?:first|recently|later|[a-z]+ly)\s+)?"
        rf"(?:{alternation('interview_verbs')})\s+(?P<asked>[^\"]+),\s*",
    )


def _asker_differs(asker: str, decision: Decision, context: Context) -> bool:
    """Whether `asker` cannot be what the pronoun means: "I" or "we", the other gender's
    pronoun, or capitalized words (an outlet or organization: "CBS News", "The Times") naming
    no person of the pronoun's gender."""
    assert decision.mention is not None
    word = asker.lower()
    if word in {"i", "we"}:
        return True
    wanted = pronoun_gender(decision.mention.text)
    given = pronoun_gender(word)
    if given is not None:
        return wanted is not None and given != wanted
    if not asker[:1].isupper():
        return False
    return all(
        not gender_agrees(name, decision.mention, context) for name in person_names(asker, context.people)
    )
