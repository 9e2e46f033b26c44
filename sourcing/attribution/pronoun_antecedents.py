"""Resolve "he" or "she" to a person named nearby as the subject of a verb (rule 2): earlier
in the same sentence, or opening the narration just before."""

from __future__ import annotations

import re

from sourcing.attribution.context import Context
from sourcing.attribution.decisions import Decision
from sourcing.attribution.gender import PRONOUN, pronoun_gender
from sourcing.attribution.held_offices import office_holder, offices_of, role_office
from sourcing.attribution.mentions import Mention, MentionKind, classify_phrase, core_phrase
from sourcing.attribution.named_descriptions import person_named
from sourcing.attribution.names import person_names
from sourcing.attribution.quotation_speakers import credit_cut_off
from sourcing.attribution.reference_agreement import gender_agrees
from sourcing.attribution.subjects import subject_before
from sourcing.lexicons import lexicon_union
from sourcing.provenance import Rule
from sourcing.records import SourceType, Span, Statement


def named_in_sentence(cued: Statement, decision: Decision, context: Context) -> Statement | None:
    """'... as Iraqi Prime Minister Haider al-Abadi was visiting Washington, where he asked':
    a person named earlier in the same sentence, outside quotation marks and as the subject of
    its own verb, is what "he" or "she" refers to, before any earlier statement's source; not
    a name after "the" ("the Wall Street Journal would present": a title, no person)."""
    mention = decision.mention
    assert mention is not None
    if mention.kind is not MentionKind.PRONOUN_PERSON or decision.source_span is None:
        return None
    start, upto = cued.span.start, decision.source_span.start
    preceding = "".join(
        " " if context.quoted[i] else c for i, c in enumerate(context.normalized[start:upto], start)
    )
    found = [
        (m.start(), m.end(1), name)
        for name in person_names(preceding, context.people)
        if context.knows_person(name)
        and gender_agrees(name, mention, context)
        for m in [
            re.search(
                rf"(?<![Tt]he\s)\b({re.escape(name)}{PARTICLE_SURNAME}){APPOSITION}?{VERB_ADVERB}?{SUBJECT_OF_VERB_IN_SENTENCE}",
                preceding,
            )
        ]
        if m is not None and not OBJECT_OF_PREPOSITION.search(preceding, 0, m.start())
    ]
    if not found:
        return _possessive_opener(cued, decision, preceding, context) or _office_opener(
            cued, decision, preceding, context
        )
    first, last, name = max(found)
    main_clause = OWN_SUBJECT_AFTER.search(preceding, last)
    if main_clause is not None:
        other = _other_person(preceding[:main_clause.start()], name, mention, context)
        if other is None:
            return None
        first, last, name = other
    named = Span(start + first, start + last)
    return person_named(cued, Rule.REFERS_NAME, decision, name, named, context)


def _possessive_opener(
    cued: Statement, decision: Decision, preceding: str, context: Context
) -> Statement | None:
    """ "Rubio's proposal comes ahead of specifics from the president, whom he says has 'not
    done a thing'": a person whose possessive opens the sentence (or its main clause, after a
    participle's clause), and the only person named
    before the cue, is what "he" or "she" refers to in a relative clause, before an earlier
    statement's source (heldout52 JYhaUCXhuBGMHdd1 [13], given to Obama, the very person "whom"
    stands for); not in a parenthetical cue ("Xi's government, he says, is focused on ...": the
    speaker's claim about Xi)."""
    mention = decision.mention
    assert mention is not None
    subordinate = SUBORDINATOR_BEFORE_PRONOUN.search(preceding)
    if RELATIVE_BEFORE_PRONOUN.search(preceding) is None and subordinate is None:
        return None  # "Xi's government, he says, is focused": the speaker's claim about Xi
    names = [n for n in person_names(preceding, context.people) if context.knows_person(n)]
    if len({n.split()[-1] for n in names}) != 1 or not gender_agrees(names[0], mention, context):
        return None
    name = max(names, key=len)
    opener = re.match(
        rf"\s*(?:{OPENING_CONJUNCTIONS}\s+|{LEADING_PARTICIPLE})?{TITLE_WORDS}({re.escape(name)})['\u2019]s\s+[a-z]", preceding
    )
    if opener is None or (subordinate is not None and _person_head_after(preceding, opener.end(1))):
        return None  # "Trump's spokesman was fired after he said": the spokesman said it
    named = Span(cued.span.start + opener.start(1), cued.span.start + opener.end(1))
    return person_named(cued, Rule.REFERS_NAME, decision, name, named, context)


def _office_opener(
    cued: Statement, decision: Decision, preceding: str, context: Context
) -> Statement | None:
    """ "The president wasn't backing down, at least on Twitter, where he posted this message":
    a role naming an office that opens the sentence as its verb's subject, with no person named
    before the pronoun, is what "he" or "she" refers to: the one person the article titles with
    that office before the sentence (held_offices.office_holder), not the last quoted speaker,
    a "president of Americans for Prosperity" (a development article of stop 50, CBN
    3VWmPgM9jeR3tAXD [43], keyed with Tim Phillips' name)."""
    mention = decision.mention
    assert mention is not None
    opener = OFFICE_OPENER.match(preceding)
    if opener is None or person_names(preceding, context.people):
        return None
    role = classify_phrase(opener.group(1), context.people)
    office = role_office(role)
    if office is None:
        return None
    body = context.normalized[: cued.span.start]
    names = [n for n in dict.fromkeys(person_names(body, context.people)) if gender_agrees(n, mention, context)]
    holder = office_holder(role, names, context) or _most_named_holder(office, names, body, context)
    if holder is None:
        return None
    at = body.rfind(holder)
    return person_named(cued, Rule.REFERS_NAME, decision, holder, Span(at, at + len(holder)), context)


def _most_named_holder(office: str, names: list[str], body: str, context: Context) -> str | None:
    """Of the people the article titles with `office` ("President Donald Trump", "President
    George W. Bush" in a line about his chief of staff), the one whose surname `body` writes at
    least twice as often as any other's; its fullest name."""
    holders = [n for n in names if office in offices_of(n, context.normalized, context)]
    counts = {n.split()[-1]: body.count(n.split()[-1]) for n in holders}
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return max((n for n in holders if n.split()[-1] == ranked[0][0]), key=lambda n: len(n.split()))


# "The president wasn't ...", "But the governor has ...": a definite role, then its verb.
OFFICE_OPENER = re.compile(
    r"\s*(?:(?:But|And|Yet)\s+)?((?:The|the)\s+(?:[a-z]+\s+)?[a-z]+)\s+(?:\w+ly\s+)?"
    r"(?:was|is|has|had|did|does|will|would|wasn['’]t|isn['’]t|hasn['’]t|didn['’]t|[a-z]+ed|[a-z]+s)\b"
)


def _other_person(
    clause: str, subject: str, mention: Mention, context: Context
) -> tuple[int, int, str] | None:
    """ "After Mr. Mueller delivered his report to Mr. Barr, the attorney general issued a
    summary in which he said": a description as the main clause's subject is not the leading
    clause's subject (who would be "he"), so it and its "he" are the one other person that
    clause names; None unless exactly one."""
    others = {
        n
        for n in person_names(clause, context.people)
        if n.split()[-1] != subject.split()[-1]
        and context.knows_person(n)
        and gender_agrees(n, mention, context)
    }
    if len(others) != 1:
        return None
    name = others.pop()
    at = clause.rfind(name)
    return at, at + len(name), name


def narrated_just_before(
    cued: Statement, decision: Decision, earlier: list[Statement], context: Context
) -> Statement | None:
    """ "Camp Fire survivor Lisa Williams was outraged with the outcome. “It’s a crime against
    society,” she said.": a person who opens the sentence just before, unsourced narration, as
    the subject of its verb, is what "he" or "she" refers to, before any earlier statement's
    source (rule 2), also with an apposition between the name and its verb ("Melissa Cifuentes,
    a pro-life activist, has been fighting"); not when the sentence has a quotation or a pronoun
    of that gender (whose referent is then an earlier one). The sentences that open the
    quotation the cued one closes lie between, not before ("Schumer agreed. “The ruling ...
    issue. On this we agree ...,” he said")."""
    mention = decision.mention
    assert mention is not None
    if mention.kind is not MentionKind.PRONOUN_PERSON or not earlier:
        return None
    previous = _before_quotation_opening(cued, earlier, context)
    previous = _before_narration_of_the_pronoun(previous, mention, earlier, context)
    if previous.type is not SourceType.UNATTRIBUTED:
        return None
    sentence = context.normalized[previous.span.start : previous.span.end]
    if any(context.quoted[previous.span.start : previous.span.end]):
        return None
    sourced = _last_source_name(earlier)
    if re.search(rf"\b{re.escape(mention.text.lower())}\b", sentence.lower()):
        named = _one_person_named(sentence, context)
        return _named_then_referred_to(cued, decision, named, sentence, previous, sourced, context)
    opening = sentence[: context.settings.role_name_margin_chars]
    for name in person_names(opening, context.people):
        # the name opens the sentence; its apposition and verb may run past the margin ("Nikki
        # Haley, the U.S. ambassador to the United Nations, caused a stir")
        found = re.search(
            rf"\b({re.escape(name)}){PARTY_TAG}?{APPOSITION}?(?:{SUBJECT_OF_VERB}|{ADVERB_THEN_VERB})", sentence
        )
        if found is None or found.start(1) >= len(opening) or not context.knows_person(name):
            continue
        return _the_person_before(cued, decision, name, found, previous, sourced, context)
    named = _one_person_named(sentence, context)
    return _introduced_last(cued, decision, named, sentence, previous, sourced, context) or (
        _named_then_referred_to(cued, decision, named, sentence, previous, sourced, context)
    )


def _before_quotation_opening(cued: Statement, earlier: list[Statement], context: Context) -> Statement:
    """The statement just before `cued`, or before the uncued sentences that open a quotation
    still running on into `cued` (rule 3: they are the speaker's whom `cued` names), or that
    `cued` credits, cut off after the quotation's question or exclamation mark ("Franklin Graham
    also took exception. "Is there no end to ...?" he said in a Facebook post.": heldout28
    jkS7I6YA49nzuqTb [12], Graham's, not the speaker before him)."""
    position = cued.index - 1
    if position > 0 and _quotation_credited_by(earlier[position], cued, context):
        position -= 1
    while position > 0 and _opens_running_quotation(earlier[position], context):
        position -= 1
    return earlier[position]


def _last_source_name(earlier: list[Statement]) -> str:
    """The last source before its first comma: "Sen. Lindsey Graham (R-S.C.), a hawk who admires
    Hagel's independence" names Graham, not Hagel (a corpus probe of stop 49, 5KRwtVxyiO1zVFXh
    [132]: "Hagel seems to be moving ... And he has quietly made the case" was Graham's), and
    only its core: "A White House official briefing reporters on Mr Trump's speech" names no
    Trump (heldout74 eEqbpwuGK9rwkKXn [16]: "He said the US was ..." after "Mr Trump was at the
    UN" was Trump's)."""
    source = next((p.source for p in reversed(earlier) if p.source), "")
    return core_phrase(source.split(",")[0])


def _before_narration_of_the_pronoun(
    previous: Statement, mention: Mention, earlier: list[Statement], context: Context
) -> Statement:
    """ "A clear theme of Mr. Obama's remarks was that he believed ... He portrayed some of Mr.
    Snowden's leaks as ... The result has been misimpressions ..., he said": an unsourced
    narration sentence opened by the same pronoun refers to the same person, who is then
    sought in the sentence before it."""
    position = previous.index
    while position > 0 and _narrated_by_pronoun(earlier[position], mention, context):
        position -= 1
    return earlier[position]


def _narrated_by_pronoun(statement: Statement, mention: Mention, context: Context) -> bool:
    """An uncued sentence whose first word is `mention`'s pronoun ("He portrayed"), no quote
    mark."""
    span = statement.span
    first = context.normalized[span.start : span.end].split(maxsplit=1)[:1]
    return (
        statement.type is SourceType.UNATTRIBUTED
        and statement.cue is None
        and first == [mention.text.capitalize()]
    )


def _quotation_credited_by(statement: Statement, cued: Statement, context: Context) -> bool:
    """An uncued sentence quoted whole, whose credit `cued` is ("...?" he said)."""
    return (
        statement.type is SourceType.UNATTRIBUTED
        and statement.cue is None
        and credit_cut_off(statement, cued, context.normalized)
    )


def _opens_running_quotation(statement: Statement, context: Context) -> bool:
    """An uncued sentence that opens with a quote mark whose quotation goes on after it."""
    span = statement.span
    return (
        statement.type is SourceType.UNATTRIBUTED
        and statement.cue is None
        and context.normalized[span.start] == '"'
        and span.end < len(context.quoted)
        and context.quoted[span.end] == 1
    )


def declined_just_before(
    cued: Statement, decision: Decision, earlier: list[Statement], context: Context
) -> Statement | None:
    """ "Mr Tillerson again refused to comment on whether he had ... “I'm not going to deal with
    that,” he replied": the person named as the subject of a refusal to comment in the sentence
    just before is what "he" or "she" refers to (rule 2), before an earlier source; the refusal
    itself stays an action (rule 7)."""
    mention = decision.mention
    assert mention is not None
    if mention.kind is not MentionKind.PRONOUN_PERSON or not earlier:
        return None
    previous = _before_quotation_opening(cued, earlier, context)
    rule = previous.provenance.rule if previous.provenance else None
    if rule is not Rule.NO_COMMENT or previous.index != cued.index - 1 or previous.cue_span is None:
        return None
    sentence = context.normalized[previous.span.start : previous.span.end]
    subject = subject_before(sentence, previous.cue_span.start - previous.span.start, context.settings)
    phrase = sentence[subject.start : subject.end] if subject else ""
    names = [n for n in person_names(phrase, context.people) if context.knows_person(n)]
    if len(names) != 1:
        return None
    found = re.search(rf"\b({re.escape(names[0])})", sentence)
    sourced = _last_source_name(earlier)
    return _the_person_before(cued, decision, names[0], found, previous, sourced, context) if found else None


def _one_person_named(sentence: str, context: Context) -> str | None:
    """The one person the article knows whom `sentence` names, or None (none, or several).
    A name only in the possessive ("Obama's most influential political adviser") owns a role
    and counts only when no other name is given ("When the book's authors asked David Plouffe,
    Obama's most influential political adviser, whether ..., he sprang forward": dev9514
    1XXtTo7jclYDM01q [15], '"...," he said' after it, is Plouffe's)."""
    names = {n for n in person_names(sentence, context.people) if context.knows_person(n)}
    owners = {n for n in names if _only_possessive(n, sentence)}
    if owners and len(names - owners) == 1:
        named = (names - owners).pop()
        return None if _agent_of_a_passive(named, sentence) else named
    return names.pop() if len(names) == 1 else None


def _only_possessive(name: str, sentence: str) -> bool:
    """Every mention of `name` in `sentence` is a possessive ("Obama's", "Obama’s")."""
    mentions = list(re.finditer(rf"\b{re.escape(name)}\b(['’]s\b)?", sentence))
    return bool(mentions) and all(m.group(1) for m in mentions)


def _agent_of_a_passive(name: str, sentence: str) -> bool:
    """ "When pressed by Sen. Kamala D. Harris, ..., about the scenarios under which he would":
    the agent is not whom the sentence is about (corpus300 9yjEClGrRmxq1uUr [24], Barr's)."""
    return re.search(rf"\bby\s+(?:[A-Z][\w.]*\s+){{0,3}}{re.escape(name)}\b", sentence) is not None


def _introduced_last(
    cued: Statement, decision: Decision, name: str | None, sentence: str, previous: Statement,
    sourced: str, context: Context,
) -> Statement | None:
    """ "... all but Giuseppe Conte, Italy's brand-new prime minister. “Russia should return
    to the G-8,” he tweeted": the one person a narration sentence names (`name`), introduced at
    its end with an apposition, is whom the next "he" or "she" refers to, before an earlier
    source."""
    if name is None:
        return None
    found = re.search(rf"\b({re.escape(name)}){CLOSING_APPOSITION}", sentence)
    if found is None:
        return None
    return _the_person_before(cued, decision, name, found, previous, sourced, context)


def _named_then_referred_to(
    cued: Statement, decision: Decision, name: str | None, sentence: str, previous: Statement,
    sourced: str, context: Context,
) -> Statement | None:
    """ "A clear theme of Mr. Obama's remarks was that he believed ... He portrayed": a
    narration sentence that names one person (`name`) and then refers to that person by a
    pronoun of the same gender is about that person, whom the next "he" or "she" refers to,
    before an earlier source (NYT wb64wcSSru4qMlUy [4], given to the spokesman quoted before)."""
    mention = decision.mention
    assert mention is not None
    if name is None:
        return None
    found = re.search(rf"\b({re.escape(name)})\b", sentence)
    wanted = pronoun_gender(mention.text)
    after = sentence[found.end() :] if found else ""
    if found is None or not any(pronoun_gender(w) == wanted for w in PRONOUN.findall(after)):
        return None
    return _the_person_before(cued, decision, name, found, previous, sourced, context)


def _the_person_before(
    cued: Statement, decision: Decision, name: str, found: re.Match[str], previous: Statement,
    sourced: str, context: Context,
) -> Statement | None:
    """Resolve "he" or "she" to `name`, found (group 1) in the `previous` statement's text,
    unless the gender disagrees, the name is the last source again (the lookup keeps its
    words) or the statement names that person itself ("“We knew Jane Doe was wrong,” he said")."""
    mention = decision.mention
    assert mention is not None
    surname = name.split()[-1]
    if not gender_agrees(name, mention, context) or surname in sourced or surname in cued.text:
        return None
    named = Span(previous.span.start + found.start(1), previous.span.start + found.end(1))
    return person_named(cued, Rule.REFERS_NAME, decision, name, named, context)


# The conjunctions that may open a sentence before its subject ("But Rubio's plan ...").
OPENING_CONJUNCTIONS = "(?:But|And|Yet|So|Still)"
# A participle's clause before the possessive, closed by a comma or a quotation (blanked to
# spaces): "Continuing the White House's push to make 2014 a "Year of Action," Obama's weekly
# address recapped his visit to North Carolina where he announced" (heldout79 zTUeKNPvbfC2obW5 [2]).
LEADING_PARTICIPLE = r"[A-Z][a-z]+ing\b[^.;:]*?(?:,|\s{3,})\s*"
# Capitalized words of a title before a possessive name: "Gov. ", "New Jersey Gov. ".
TITLE_WORDS = r"(?:[A-Z][A-Za-z]*\.?\s+){0,3}?"


# A relative word just before the pronoun ("whom he says", "in which he said").
RELATIVE_BEFORE_PRONOUN = re.compile(r"\b(?:whom|who|which|where|when)\s+$")
# A subordinating conjunction just before the pronoun: "Gov. Chris Christie's trade mission to
# London was suddenly overshadowed on Monday after he was quoted as saying" (the possessor said it).
SUBORDINATOR_BEFORE_PRONOUN = re.compile(r"\b(?:after|before|because|since|until|once|while|as|when)\s+$")


def _person_head_after(preceding: str, possessive_end: int) -> bool:
    """Whether one of the (up to three) lower-case words after "Name's" is a person's noun
    ("Trump's spokesman", "Obama's former chief of staff"): that person is the sentence's subject."""
    words = re.findall(r"[a-z][a-z-]+", preceding[possessive_end : possessive_end + 40])[:3]
    people = lexicon_union("person_nouns", "official_roles", "person_roles", "kin_words")
    return any(word.rstrip("s") in people or word in people for word in words)


# A name right after a preposition is its object, not the subject of the verb after it: "While
# Smith said the death of Abu al-Masri is 'a blow,' he stressed" is Smith (dev9520 b
# uGULByk5Ps56aTeC [1], was al-Masri).
OBJECT_OF_PREPOSITION = re.compile(r"\b(?:of|for|against|with|from|by|about|on|at|into|over|under|than)\s+$")
# A surname after a lower-case particle, which names runs stop before ("Haider al-Abadi").
PARTICLE_SURNAME = r"(?:\s+[a-z]{1,3}-[A-Z][\w'\u2019-]*)?"
# A name followed by its own verb: "al-Abadi was visiting", "McCain doesn't pull any punches",
# not "told Smith that"; "Hagel seems to be moving in that direction. He has butted heads ...
# And he has quietly made the case" (a corpus probe of stop 49, 5KRwtVxyiO1zVFXh [132], was the
# senator quoted before): a few verbs of state in the present, not any "-s" word ("Trump
# supporters").
# The verbs after a subject that make it one: auxiliaries, a regular past, a few of state.
SUBJECT_VERBS = (
    r"was|is|were|are|has|had|would|will|could|did|does|doesn['\u2019]t|didn['\u2019]t|[a-z]+ed"
    r"|seems|appears|remains|continues|wants|knows"
)
SUBJECT_OF_VERB = rf"\s+(?:{SUBJECT_VERBS})\b"
# The same, with the irregular past tenses of acts a "he" in the same sentence then reports on:
# "Ben Smith made public an email ..., in which he admitted" (dev9515 0V65 [17], given to the
# journalist quoted before). Only for a name in the pronoun's own sentence (`named_in_sentence`).
SUBJECT_OF_VERB_IN_SENTENCE = rf"\s+(?:{SUBJECT_VERBS}|made|sent|wrote|gave|took|spoke|met|held)\b"


# The adverbs of time and addition that stand between a subject and its verb.
SUBJECT_VERB_ADVERBS = "also|then|later|now|once|still"


# An adverb between a subject and its verb ("Putney also released photographs of a gun that he
# said was found", train xJsQfiEjidzkVslp).
VERB_ADVERB = rf"(?:\s+(?:{SUBJECT_VERB_ADVERBS}|[a-z]+ly))"


# One of those adverbs, then the verb, of any form ("Franklin Graham also took exception",
# heldout28 jkS7I6YA49nzuqTb [10]).
ADVERB_THEN_VERB = rf"\s+(?:{SUBJECT_VERB_ADVERBS})\s+[a-z]+\b"


# A party and state tag between a name and its verb ("Chuck Schumer (D., N.Y.) agreed").
PARTY_TAG = r"(?:\s+\([A-Z][^()]{0,20}\))"


# An apposition between a name and its verb ("Melissa Cifuentes, a pro-life activist, has been
# fighting"): a description opening in lower case or with a possessive name ("John Kelly, Trump's
# former chief of staff ..., would not disclose", corpus lkw4shUjUOPL75pl [3] gave "he" to Trump),
# set off by commas; no list of names and no relative clause ("Assange, who became a citizen, has
# been fighting" is told by the reporter).
APPOSITION = r"(?:,\s+(?!(?:and|or|who|whose|whom|which|that|where|when)\b)(?:[a-z]|[A-Z][\w.\-]*['\u2019]s\s)[^,;:\"\u201c\u201d]{0,80},)"


# An apposition closing a sentence ("all but Giuseppe Conte, Italy's brand-new prime minister.").
CLOSING_APPOSITION = r",\s+(?!(?:who|whose|whom|which|that|where|when)\b)[^,;:\"\u201c\u201d]{1,80}\.?\s*$"


# A main clause after the name with a description as its own subject ("After Mr. Mueller
# delivered his report to Mr. Barr, the attorney general issued a summary in which he said").
OWN_SUBJECT_AFTER = re.compile(r",\s+the\s+(?:[a-z][\w'\u2019-]*\s+){0,3}?[a-z][\w'\u2019-]*" + SUBJECT_OF_VERB)
