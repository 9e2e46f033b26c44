"""Never-key checks on the clauses of a record's sentence: a source that is the object of a
relative clause, a participle that follows another agent, an impersonal hedge on what someone
will say, a speech act supposed with a modal ("would argue"), one in the progressive the cues
missed ("is accusing"), an institution's forecast ("The government expects ..."), a question
credited to another outlet's report. Each shape leaves two readings open under GUIDELINES, so a
key should not pick one."""

from __future__ import annotations

import re

from sourcing.attribution.verbs import cue_verbs
from sourcing.lexicons import load_lexicon
from sourcing.outlets import is_publisher
from sourcing.provenance import Rule
from sourcing.records import ArticleReport, SourceType, Statement

WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
# Words that may come before a thing word in a source ("One thing", "the only thing").
THING_OPENERS = frozenset({"a", "an", "the", "one", "another", "only", "first", "last"})
# Nouns that name no one.
THING_HEADS = frozenset({
    "thing", "things", "something", "everything", "nothing", "anything", "point", "lesson",
})


def source_is_a_thing(statement: Statement) -> bool:
    """Tell whether an attributed record's source opens with a noun of things, the object of
    the clause its cue stands in.

    Christian Science Monitor IW8Tl8y4ixIkI3LG [18] "One thing both sides agreed on yesterday:
    The partisan back-and-forth ..." keyed Anonymous source under "One thing both sides" on
    main c13b1d3, read unattributed: "both sides agreed on" describes the thing, and the claim
    after the colon is the article's (or, a reader could argue, both sides'). No one is "one
    thing"; the record's source is cut from the wrong place.
    """
    if statement.type is SourceType.UNATTRIBUTED or not statement.source:
        return False
    words = [w.lower() for w in WORD.findall(statement.source)]
    while words and words[0] in THING_OPENERS:
        words.pop(0)
    return len(words) >= 2 and words[0] in THING_HEADS


# A past participle with its agent ("a lawsuit brought by 19 states and the District of
# Columbia,") right after a noun and running to the comma before the cue; not one set off by
# commas ("Kashmir, claimed by both India and Pakistan, saying ..." keeps its subject).
AGENT_BEFORE_CUE = re.compile(
    r"[\w\u2019'\")]\s+[a-z]+(?:ed|en|wn|ght|ld|de|nt)\s+by\s+[^,;:]+,\s*$", re.IGNORECASE
)


def participle_after_another_agent(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a participle cue ("..., accusing") follows a "by" agent, not its subject.

    Bloomberg Iza45n6wGmFxQ7vv [0] "U.S. Secretary of Education Betsy DeVos lost a lawsuit
    brought by 19 states and the District of Columbia, accusing her department of ..." keyed
    Named official (DeVos) on main c13b1d3, read unattributed (rule 7: losing a lawsuit is an
    action): the ones accusing are the states that brought the lawsuit, nearer the participle
    than the subject, so the record's speaker is one of two.
    """
    p = statement.provenance
    if (p is None or p.cue_kind != "participle" or statement.source_span is None
            or statement.cue_span is None or statement.source_span.end > statement.cue_span.start):
        return False
    between = report.document.text[statement.source_span.end : statement.cue_span.start]
    return AGENT_BEFORE_CUE.search(between) is not None


# Present impersonal hedges in a main clause and the verbs of saying or finding they may hedge,
# followed by the content ("is expected to conclude that ..."): who expects it is unknown.
HEDGES = ("is expected to", "are expected to", "is widely expected to", "are widely expected to")
HEDGED_VERBS = (
    "say", "conclude", "find", "show", "announce", "reveal", "recommend", "criticize", "detail",
    "confirm", "argue", "emphasize", "outline", "accuse", "warn", "report", "state", "suggest",
    "acknowledge", "deny", "declare", "describe", "testify",
)
HEDGED_CONTENT = re.compile(
    r"(?<!\bwho )(?<!\bwhich )(?<!\bthat )\b(?:" + "|".join(HEDGES) + r")\s+(?:"
    + "|".join(HEDGED_VERBS) + r")\s+that\b",
    re.IGNORECASE,
)


def hedged_content(statement: Statement) -> bool:
    """Tell whether a record typed unattributed hedges what someone is expected to say.

    Fox Online News VP3hwIdl5kfC7Nne [17] "An upcoming inspector general's report is expected to
    conclude that McCabe ... had authorized the release of information ..." keyed No source on
    main c13b1d3, read unnamed_source (rule 4: who expects it is unknown, and the content comes
    from someone). Plans and schedules ("The talks are expected to begin in July") are not
    concerned: they carry no one's content.
    """
    return statement.type is SourceType.UNATTRIBUTED and HEDGED_CONTENT.search(statement.text) is not None


# Adverbs that say a claim is someone's without naming them, and "per" before a name that
# credits it ("The Steele dossier, per Schiff, was used ..."); lower case as written.
HEDGING_ADVERBS = re.compile(r"\b(?:allegedly|reportedly|purportedly|supposedly)\b|\bper\s+[A-Z]")


def hedged_by_an_adverb(statement: Statement) -> bool:
    """Tell whether a record typed unattributed says its claim is alleged, reported or credited.

    Breitbart News OSTjFeWbyAlNceMb [1] "The trip, and other lavish gifts, were allegedly
    part of an effort to influence U.S. policy." (gold unnamed_source) and Vox R62t6o6riA5xZeaA [38]
    "The Steele dossier, per Schiff, was used as supporting evidence ..." (gold named_official),
    both keyed No source on gold articles with out-of-fold models (stop 30): the sentence says
    the claim comes from someone (GUIDELINES rules 4 and 2), whom the record does not find, so a
    "No source" answer is one of two readings at best.
    """
    return statement.type is SourceType.UNATTRIBUTED and HEDGING_ADVERBS.search(statement.text) is not None


# Modal verbs that make a speech act supposed, not reported, when one of the two words before a
# record's cue is one of them ("No serious person would argue", "could not say"). "will" is left
# out: "Mr. Priebus will say in his address" reports prepared remarks the article already has.
# Matched as written, lower case: "May said" (Theresa May) is not one.
SUPPOSING_MODALS = frozenset({"would", "could", "can", "might", "may", "should", "must"})


def supposed_speech_act(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a record with a source rests on a cue a modal verb makes supposed.

    On the gold articles with out-of-fold models (stop 28 in docs/exercise_agreement.md), the
    three keyed records with one of these modals right before their cue were all wrong: "No serious
    person would argue that there are no hazards to reopening" and "A mother can tell a boy how
    to be a man" keyed Anonymous source, read unattributed (the article's own claim); "The
    president could announce his final decisions as early as next week." keyed Named official,
    read unattributed. GUIDELINES rule 7 gives a reported speech act its speaker's type; a
    supposed one reports no one's account, so the record's type is in doubt.
    """
    if statement.type is SourceType.UNATTRIBUTED or statement.cue_span is None:
        return False
    start = statement.cue_span.start
    before = WORD.findall(report.document.text[max(0, start - 40) : start])[-2:]
    return not SUPPOSING_MODALS.isdisjoint(before)


# A sentence that opens with its subject, up to six capitalized words, and a verb in the
# progressive ("Mitt Romney is accusing President Obama of ...", "Critics are urging ...").
PROGRESSIVE_OPENING = re.compile(
    r"\s*(?:[A-Z][\w.'\u2019-]*\s+){1,6}(?:is|are|was|were)\s+(?:also\s+|now\s+|again\s+)?"
    r"(?P<verb>[a-z]+ing)\b"
)


def progressive_speech_act(statement: Statement) -> bool:
    """Tell whether a record typed unattributed opens with its subject's speech act in the
    progressive, a form the cue lexicons do not list.

    heldout4 eq62qXqD6Xcl2qTK [0] "Mitt Romney is accusing President Obama of overseeing the
    worst jobs recovery ..." keyed No source on an earlier keying, read named official: rule 7
    gives a speech act with content its speaker's type. The development sets' "The National
    Republican Senatorial Committee is demanding that ..." and "Critics are urging Congress to
    ..." were read a named organization and an anonymous source, No source only in `alt`.
    """
    if statement.type is not SourceType.UNATTRIBUTED:
        return False
    opening = PROGRESSIVE_OPENING.match(statement.text)
    return opening is not None and speech_verb_in_ing(opening.group("verb"))


# "asked witnesses about": a hearer of at most three words, then the question's topic (not
# "asked Rosenstein to clarify ...", a request with its content).
QUESTION_ABOUT = re.compile(r"\b(?:ask|asks|asked)\s+(?:(?!(?:to|for|that)\b)[\w'\u2019.\-]+\s+){1,3}?about\b")
# Another outlet's reporting credited in the sentence.
OUTLET_REPORTING = re.compile(r"\b(?:has |had |have )?reported\b|\baccording to\b")


def question_with_an_outlet_report(statement: Statement) -> bool:
    """Tell whether an attributed record's cue is a question ("asked ... about") in a sentence
    that credits another outlet's reporting.

    heldout31 k0LY0dKScgMLH7Lm [7] "Investigators have asked witnesses about Mr. Kushner's
    foreign policy role ..., as The Wall Street Journal has reported." keyed Anonymous source,
    read cited_outlet: a question gives no content of its askers' (rule 7), the outlet's report
    does (rule 1). Gold train2 4CQV2k3JUQwCzuUf "According to the Des Moines Register, Page also
    asked Cruz about ..." is named_person via the outlet, cited_outlet in `alt`: the two rules
    leave two readings open, so a key should not pick one.
    """
    if statement.type is SourceType.UNATTRIBUTED or statement.cue not in {"ask", "asks", "asked"}:
        return False
    return bool(QUESTION_ABOUT.search(statement.text)) and bool(OUTLET_REPORTING.search(statement.text))


def speech_verb_in_ing(word: str) -> bool:
    """Tell whether a word in -ing is a form of a cue verb ("accusing", "urging", "slamming")."""
    stem = word.removesuffix("ing")
    doubled = {stem[:-1]} if len(stem) > 2 and stem[-1] == stem[-2] else set()
    verbs = cue_verbs()
    return any(base in verbs or base + "s" in verbs for base in {stem, stem + "e", *doubled})


# A sentence that opens by naming the poll its figures come from ("In CNN's December poll of
# the state, ...", "In the latest survey, ...").
POLL_OPENING = re.compile(
    r"\s*In\s+(?:the\s+|a\s+|an\s+)?(?:[\w.&/\u2019'-]+\s+){0,4}?(?:poll|survey)\b"
)


def poll_opening_without_source(statement: Statement) -> bool:
    """Tell whether a record typed unattributed opens with the poll its figures come from.

    Politico lUK4A6kgAb6MgaaS [7] "In CNN's December poll of the state, Biden garnered 35
    percent support, ..." keyed No source on main c13b1d3, read cited_outlet (named
    organization in `alt`): the poll is the source of the figures, as the analyzer reads "In
    the April poll, just 3% of Republicans ..." (named organization, gold), so a record that
    finds no source there missed it.
    """
    return statement.type is SourceType.UNATTRIBUTED and POLL_OPENING.match(statement.text) is not None


# "told CNN", "telling The Associated Press": the hearer of a speech act, up to four
# capitalized words (with "the" before them).
TOLD_OUTLET = re.compile(
    r"\b(?:told|tells|telling)\s+(?P<outlet>(?:the\s+)?[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3})"
)


def speaker_told_the_publisher(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a record typed unattributed has someone telling the publisher something.

    CNN 5tvysWonBSy3EMQ9 [13] "In that conversation – in Benghazi – Khattalah told CNN he has
    not been questioned ..." was keyed No source on main c13b1d3, read named_person: the
    receiving outlet is not a source (GUIDELINES rule 5, "Esper told CNN" is named_official),
    and the one telling it is; the record missed them. The outlet's own staff reporting
    ("CBS News correspondent Jeff Pegues reports") does not tell it anything.
    """
    if statement.type is not SourceType.UNATTRIBUTED:
        return False
    outlet = report.document.outlet
    for match in TOLD_OUTLET.finditer(statement.text):
        words = match.group("outlet").split()
        if any(is_publisher(" ".join(words[:n]), outlet) for n in range(len(words), 0, -1)):
            return True
    return False


# A bulleted line: "• Protesters took to the streets ...".
BULLET = re.compile(r"\s*[\u2022\u25cf\u25aa*]\s")


def bullet_carried_over(statement: Statement, report: ArticleReport) -> bool:
    """Tell whether a bulleted line took its source by carry-over from a sentence that does not
    open a list.

    USA TODAY v83qtjFPnOpFbEZz [5] "• Protesters took to the streets again Saturday evening,
    chanting ..." was keyed Anonymous source ("reason given") under the official of [3]-[4]
    ("The timing of a decision is still unclear, the official added.") on main e3e7e38
    (heldout7, read unattributed): a bullet opens a new item of the article's own, not the
    next sentence of someone's account (GUIDELINES rule 3). Items of a list the sentence before
    announces ("The documents declassified Wednesday include:") do go on with it.
    """
    p = statement.provenance
    if p is None or p.rule not in {Rule.CARRY_OVER, Rule.QUOTE_OPENER} or not BULLET.match(statement.text):
        return False
    before = statement.index - 1
    while before >= 0 and BULLET.match(report.statements[before].text):
        before -= 1
    return before < 0 or not report.statements[before].text.rstrip().endswith(":")


# A sentence that opens, after at most two phrases set off by commas ("In 2019, for example,"),
# with a definite description or an acronym ("The government", "the agency", "The CBO") and a
# forecast verb with its content, no plan ("expects to hold meetings") nor clause end.
INSTITUTION_FORECAST = re.compile(
    r"\s*(?:[^,.;:\"\u201c]{1,40},\s+){0,2}"
    r"(?:(?:[Tt]he\s+(?:[\w\u2019'-]+\s+){0,3}?(?P<head>[a-z]+))|(?:[Tt]he\s+)?(?P<acronym>[A-Z]{2,6}))"
    r"\s+(?:also\s+|now\s+|still\s+)?(?:expects|anticipates|forecasts|projects)\s+(?!to\b)[\w$\u201c\"]"
)


def institution_forecast(statement: Statement) -> bool:
    """Tell whether a record typed unattributed opens with an institution's forecast.

    Bloomberg aJc5ddZSYFHOb5HB [15] "The government expects the initial $300 million a year in
    revenue ... to more than double after a second offshore well starts production around
    2022." keyed No source on main 164e230, read named organization (rule 7: the government's
    expectation with its content; the minister credited after it in alt). "expects" is no cue:
    with a person or a plan after it ("The RNC expects to announce", "The company expects her
    to pick ...") it is no statement, so a key should not answer No source where an
    institution forecasts.
    """
    if statement.type is not SourceType.UNATTRIBUTED:
        return False
    opening = INSTITUTION_FORECAST.match(statement.text)
    if opening is None:
        return False
    return opening.group("acronym") is not None or opening.group("head") in load_lexicon("org_heads")
