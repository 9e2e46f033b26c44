"""Never-key checks on the shape of a record's source: words that cannot be the source the
record's type says (a plural common noun typed as a named person, a source that opens with a
preposition), so the record is wrong somewhere and a key should not rest on it."""

from __future__ import annotations

import re
from functools import cache

from sourcing.attribution.mention_kinds import MentionKind
from sourcing.attribution.verbs import cue_verbs
from sourcing.exercises.items import exercise_texts
from sourcing.lexicons import lexicon_union, load_lexicon
from sourcing.provenance import Rule
from sourcing.records import ArticleReport, SourceType, Statement

NAMED_SPEAKERS = frozenset({
    SourceType.NAMED_OFFICIAL, SourceType.NAMED_PERSON, SourceType.NAMED_ORGANIZATION,
})
WORD = re.compile(r"[^\W\d_][\w'\u2019.-]*")
# Where a capitalized word may stand without being a name: after a sentence end, a quotation
# mark, a colon or a line break.
SENTENCE_OPENING = re.compile(r"(?:[.!?:\"\u201c\u201d]\s*|\n\s*|^\s*)$")


def bare_plural(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a named type's source is one plural word that opens the sentence and is
    never a name elsewhere in the article.

    Politico ki7qIn2DznFksr4j [12] "Bankers said the real reason ..." typed named official
    and NPR sTNPKk5kActQXxwN [7] "Ads slammed Brown ..." typed named person (keyed so on main
    384523d): the capital is the sentence's, the word a common noun for people or things the
    text does not name. A surname ("Sanders said") stands alone mid-sentence somewhere
    ("..., said Sanders"), and a word inside a longer name ("the Consumer Bankers
    Association") or a title-case headline ("Flood Of Ads And Cash") does not make it one.
    """
    if statement.type not in NAMED_SPEAKERS or not statement.source or statement.source_span is None:
        return False
    words = WORD.findall(statement.source)
    if len(words) != 1 or not words[0][0].isupper() or not words[0].endswith("s"):
        return False
    text = report.document.text
    if not SENTENCE_OPENING.search(text[statement.span.start : statement.source_span.start]):
        return False
    return not _alone_mid_sentence(words[0], statement, text)


def _alone_mid_sentence(word: str, statement: Statement, text: str) -> bool:
    """Tell whether `word` stands elsewhere in `text` mid-sentence, not before another capital."""
    span = statement.source_span
    for match in re.finditer(rf"\b{re.escape(word)}\b", text):
        if span is not None and span.start <= match.start() < span.end:
            continue
        if SENTENCE_OPENING.search(text[max(0, match.start() - 3) : match.start()]):
            continue
        after = re.match(r"\s+([^\W\d_])", text[match.end() :])
        if after is None or not after.group(1).isupper():
            return True
    return False


# A source is a noun phrase; one opening with a preposition was cut from the wrong place.
PREPOSITIONS = frozenset({"from"})


def source_after_preposition(statement: Statement) -> bool:
    """Tell whether an attributed record's source opens with "from".

    Washington Times cUdYr1gwHBYairQa [0] "... copies of roughly 30,000 e-mails sent to and from
    Ms. Clinton's personal e-mail addresses via her private server to the FBI": "addresses"
    was read as a cue and "from Ms. Clinton's personal e-mail" as a document speaking (keyed
    Document on main 384523d); the sentence is narration.
    """
    if statement.type is SourceType.UNATTRIBUTED or not statement.source:
        return False
    words = WORD.findall(statement.source)
    return bool(words) and words[0].lower() in PREPOSITIONS


# "the lawmakers", "the GOP lawmakers": a definite plural of people.
DEFINITE_PLURAL = re.compile(r"the\s+(?:[\w-]+\s+){0,3}?(?P<head>[a-z]+s)", re.IGNORECASE)


def definite_group_never_introduced(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether an anonymous source is a definite plural ("the lawmakers") that no earlier
    anonymous source of the article introduces ("two officials", "lawmakers said").

    CNN 5tvysWonBSy3EMQ9 [8] "..., the lawmakers write in their letter" and [2] [3] (carried
    from "the GOP lawmakers said" [1]), keyed Anonymous source on main 384523d: the eight
    lawmakers are named in [4]-[6], so "the lawmakers" refers to named people (rule 2). A
    definite group refers back; when nothing anonymous came before it, it may be a named one.
    """
    if statement.type is not SourceType.UNNAMED_SOURCE or not statement.source:
        return False
    match = DEFINITE_PLURAL.fullmatch(statement.source.strip())
    if match is None or match.group("head") not in load_lexicon("unnamed_heads"):
        return False
    head = match.group("head")
    return not any(
        s.type is SourceType.UNNAMED_SOURCE and s.source and head in s.source.lower()
        and not s.source.lower().startswith("the ")
        for s in report.statements[: statement.index]
    )


# A subject that refers to someone: a pronoun, or "this person", "these officials".
REFERRING_SUBJECT = (r"(?:[\W_]*(?:but|and|rather|still|however|instead|yet),?\s+)?"
                     r"(?:they|he|she|(?:this|that|these|those)\s+(?:person|people|official|officials"
                     r"|source|sources|analyst|analysts|expert|experts|man|woman))\s+(?:also\s+|still\s+)?")


@cache
def holder_pattern() -> re.Pattern[str]:
    """A sentence opening with a referring subject and a verb of belief (`[doubts] holder_verbs`)."""
    verbs = "|".join(sorted(map(re.escape, exercise_texts()["doubts"]["holder_verbs"]), key=len, reverse=True))
    return re.compile(rf"{REFERRING_SUBJECT}(?:{verbs})\b", re.IGNORECASE)


def uncued_holder(statement: Statement) -> bool:
    """Tell whether an unattributed sentence opens with a referring subject that believes or sees.

    CBN hUiKZE3Wt4NRdhv0 [4] "Rather, they believe that if it were a bombing, ..." (the analysts
    of [3]) and USA TODAY M14yAxfoSvdZLemn [20] "This person did not see any evidence ..." (the
    curator of [19]) were keyed No source on main 384523d, read unnamed_source (rule 3): the
    claim is someone's, and the record found no one.
    """
    return statement.type is SourceType.UNATTRIBUTED and holder_pattern().match(statement.text) is not None


# "It paints a portrait of ...": "It" and a verb in the present, not an auxiliary or a verb of
# seeming ("It is", "It has", "It seems"), which open narration about anything.
IT_GOES_ON = re.compile(
    r"\s*It\s+(?!(?:is|was|has|had|does|did|will|would|could|can|may|might|must|should|"
    r"remains|seems|appears|looks|comes|goes|turns|takes|means)\b)[a-z]+s\b"
)
RECORD_TYPES = frozenset({SourceType.CITED_OUTLET, SourceType.DOCUMENT})


def uncued_record_going_on(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether an unattributed sentence opens with "It" and a verb right after a statement
    typed cited_outlet or document: "It" may be that outlet or record going on (rule 2).

    NPR jZAhfhYiuuvMfNfq [3] "It paints a portrait of a mediocre student ..." after [2]
    "Indeed, The Guardian on Monday shares more about the young man who it says was behind
    ... leaks" was keyed No source on main c13b1d3, read cited_outlet: the portrait is the
    Guardian's, and the record found no one.
    """
    if statement.type is not SourceType.UNATTRIBUTED or statement.index == 0:
        return False
    before = report.statements[statement.index - 1]
    return before.type in RECORD_TYPES and IT_GOES_ON.match(statement.text) is not None


# An enumeration a source opens ("For one thing, ...") and the sentence that goes on with it
# ("For another, ...").
ENUMERATION_OPENED = re.compile(r"\b(?:For one thing|First(?:ly)?,|One reason)\b")
ENUMERATION_GOES_ON = re.compile(r"\s*(?:For another|Second(?:ly)?,|Another reason)\b")


def enumeration_going_on(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether an unattributed sentence goes on with an enumeration an attributed
    statement right before it opened: the next item is the same source's (rule 3).

    Politico D1rqUS7VJwpWD5vG [11] "For another, he commanded a hefty paycheck, ..." after [10]
    "But sources at the Daily Beast and CNN, ..., said there were several reasons for the
    breakup: For one thing, Kurtz had a string of high-profile mistakes ..." was keyed No
    source on main c13b1d3, read unnamed_source.
    """
    if statement.type is not SourceType.UNATTRIBUTED or statement.index == 0:
        return False
    before = report.statements[statement.index - 1]
    return (before.type is not SourceType.UNATTRIBUTED
            and ENUMERATION_GOES_ON.match(statement.text) is not None
            and ENUMERATION_OPENED.search(before.text) is not None)


# The first person outside quoted words ("Mind you, we were colonized ...").
FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our|us|me)\b")
QUOTED = re.compile(r"[\"\u201c][^\"\u201d]*[\"\u201d]")


def post_line_left_out(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether an unattributed sentence in the first person comes right before a line of
    an embedded post: it is most likely the post's own first line (rule 9: the author's).

    Al Jazeera auVKA9OGw9eQKayb [34] "Mind you, we were colonized by this same English people,
    ..." was keyed No source on main c13b1d3, read named_person: the post it opens goes on in
    [35] "This right here is BS! ... — Mazi Efam (@iefamharris) November 5, 2019", whose
    credit line the analyzer read for [35] only. Narration introducing a post ("Many others
    also took to social media") has no first person.
    """
    if statement.type is not SourceType.UNATTRIBUTED or statement.index + 1 >= len(report.statements):
        return False
    after = report.statements[statement.index + 1].provenance
    return (after is not None and after.rule is Rule.EMBEDDED_POST
            and FIRST_PERSON.search(QUOTED.sub(" ", statement.text)) is not None)


def role_with_an_unnamed_antecedent(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a definite role ("the official") was resolved to a name although the text
    before it introduces an unnamed one ("A United States Department of State official, who
    has seen ...").

    Al Jazeera 17XQnzUDqNJCeIsS [3] "However, the official acknowledged ..., ABC News
    reported" resolved "the official" to Mohammed bin Salman and was keyed Named official on
    main 384523d; the official is the anonymous one of [0] and [2] (rule 6). Either reading is
    open to the record, so a key should not pick one. Only heads of unnamed sources count
    ("official", "spokesman"; not "the president").
    """
    p = statement.provenance
    if (p is None or p.rule is not Rule.REFERS_NAME or p.reference_kind != MentionKind.DEFINITE_ROLE.value
            or not p.reference):
        return False
    words = WORD.findall(p.reference)
    head = words[-1] if words else ""
    if head.lower() not in load_lexicon("unnamed_heads"):
        return False
    before = report.document.text[: statement.span.start]
    return re.search(rf"\b(?:a|an|another|one)\s+(?:[\w.'\u2019-]+\s+){{0,6}}?{re.escape(head)}\b",
                     before, re.IGNORECASE) is not None


# Heads that let a lower-case source stand for a named organization: the organization itself
# ("the administration"), what it publishes ("its mid-June poll", "the statement", "the
# report"), or people it is made of ("the group", "voters" in its survey).
ORGANIZATION_HEAD_LEXICONS = ("org_heads", "poll_words", "statement_heads", "document_heads",
                              "unnamed_heads")


def organization_without_a_name(statement: Statement) -> bool:
    """Tell whether a named organization's source is lower-case words with a head that is no
    organization, publication or group.

    Fox News J2xwYfQlWZABuMyv [20] "..., according to their state tax returns" (and [24],
    carried over) and Fox News MhPeHiPVswtSUe0t [0] "Republicans on Capitol Hill and the
    campaign trail expressed optimism ..." (source "the campaign trail") were keyed Named
    organization on main 384523d: the words name no organization, so the type is a guess.
    """
    if statement.type is not SourceType.NAMED_ORGANIZATION or not statement.source:
        return False
    words = WORD.findall(statement.source)
    if not words or len(words) > 4 or any(w[0].isupper() for w in words):
        return False
    heads = lexicon_union(*ORGANIZATION_HEAD_LEXICONS)
    head = words[-1].lower()
    return head not in heads and head.removesuffix("s") not in heads


# Finite verbs that cannot stand inside a source's noun phrase: auxiliaries, modals and the
# commonest speech verbs. Lower case only, as written: "Theresa May" and "Said Wray" are names.
FINITE_VERBS = frozenset({
    "is", "are", "was", "were", "has", "have", "had", "appears", "appeared", "seems", "seemed",
    "said", "says", "told", "claimed", "may", "might", "will", "would", "could", "can",
    "should", "must",
})
# Where a source's own phrase ends: a comma (an apposition) or a relative pronoun ("Asheen
# Phansey, who was an adjunct professor"; "the household survey, which comes from ...").
PHRASE_END = re.compile(r",|\b(?:who|whom|whose|which|that)\b")


@cache
def verbs_taking_an_object() -> frozenset[str]:
    """One-word forms of the cue verbs and plain action verbs, less the participles in -ing."""
    verbs = cue_verbs() | load_lexicon("plain_action_verbs")
    return frozenset(v for v in verbs if " " not in v and not v.endswith("ing"))


def verb_with_an_object(words: list[str], i: int) -> bool:
    """Tell whether `words[i]` is a verb with an object after it ("completed its review",
    "completed Georgia's shift", "published the statement"): a form of `verbs_taking_an_object`
    or any lower-case word in -ed, before a determiner, a pronoun or a name's possessive; not an
    infinitive ("not authorized to describe it") nor a participle before a time ("polls
    conducted this week")."""
    word = words[i]
    if not word.islower() or words[i - 1].lower() == "to":
        return False
    if word not in verbs_taking_an_object() and not (word.endswith("ed") and len(word) > 4):
        return False
    after = words[i + 1 : i + 3]
    times = load_lexicon("trailing_time_words")  # lower-cased as loaded
    return bool(after) and object_opener(after[0]) and not (len(after) > 1 and after[1].lower() in times)


def object_opener(word: str) -> bool:
    """Tell whether a word opens a verb's object: a determiner, a pronoun, a name's possessive."""
    possessive = word[:1].isupper() and word.endswith(("'s", "\u2019s"))
    return possessive or word.lower() in lexicon_union("determiners", "referring_pronouns")


def source_runs_into_a_clause(statement: Statement) -> bool:
    """Tell whether a record's source runs on past its noun phrase into a clause of its own.

    Fox News DXJcyckvpZfnMeJU [9] "..., they wrote in a letter" typed Anonymous source under
    "sources have told them up to 30 were injured, and up to seven may still be at Walter Reed"
    and Daily Caller TytNejzKEYjk9SVZ [24] typed Named organization under "The company appeared
    to give Tesla CEO Elon Musk" (both keyed so at stop 29, on the fourteenth set's first
    keying): a finite verb after the source's first word means the analysis took a clause for
    its subject, so its type is a guess. So does any verb with an object (`verb_with_an_object`:
    "Mexico's government recently created a militarized police force", "The ISIS-linked Amaq
    News Agency published the statement"). A hedge ("is said to") is its own kind of source.
    """
    if not statement.source or statement.type is SourceType.UNATTRIBUTED:
        return False
    if statement.provenance is not None and statement.provenance.rule is Rule.HEDGE:
        return False
    words = WORD.findall(PHRASE_END.split(statement.source, maxsplit=1)[0])
    return any(words[i] in FINITE_VERBS or verb_with_an_object(words, i) for i in range(1, len(words)))
