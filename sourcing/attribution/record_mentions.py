"""Tell whether a source phrase names what was published rather than who speaks: a poll's
share, a poll, a report, an institution's figures, a document, a statement."""

from __future__ import annotations

import re

from sourcing.attribution.mention_kinds import Mention, MentionKind
from sourcing.attribution.names import is_official, lower_words, person_names
from sourcing.attribution.organization_mentions import ACRONYM, has_org, names_only_places
from sourcing.attribution.outlet_mentions import names_outlet
from sourcing.attribution.phrases import REPORT_WORDS, Phrase, statement_heads
from sourcing.lexicons import load_lexicon


def poll_share(p: Phrase) -> bool:
    """ "Two-thirds of voters", "53 percent", "those surveyed": a share of a poll's respondents."""
    return POLL_SHARE.match(p.core) is not None


def share_of_named_poll(p: Phrase) -> bool:
    """ "Forty-five percent of those questioned in a Pew Research Center/Washington Post survey":
    a share that names its own poll is that poll's, not the poll reported before (heldout45 CNN
    7xcDyu9QsClqelhV [5]); a poll of an outlet is the pollster's, an organization."""
    return poll_share(p) and OWN_POLL_NAMED.search(p.text) is not None


# "in a Pew Research Center/Washington Post survey", "of the new Gallup poll": a poll named by
# one to eight capitalized words.
OWN_POLL_NAMED = re.compile(
    r"\b(?:in|by|of)\s+(?:a|an|the)\s+(?:new\s+|recent\s+|latest\s+)?(?:[A-Z][\w.&'’/\-]*\s+){1,8}(?:poll|survey)\b"
)


# Not a title: "Majority Leader Mitch McConnell", "the House majority whip". "About the same
# percentage of independents", "just about one-fifth of voters" (train3) are shares too.
POLL_SHARE = re.compile(
    r"(?:(?:about|nearly|just|some|more than|almost|roughly|only|over|fewer than|less than|a|another|the same)\s+)*"
    r"(?:[\w.\-]+\s*(?:%|percent)|\bpercent\b|\bpercentage\b|\b(?:one|two|three|four)-(?:thirds?|quarters?|fifths?)\b"
    r"|\b(?:(?:large|slim|narrow|clear|solid|bare|vast|strong|overwhelming)\s+)?majority\b(?!\s+(?:leader|whip)\b)|\bhalf\b|\brespondents\b|\bthose (?:surveyed|polled|questioned)\b)",
    re.IGNORECASE,
)


def outlet_poll(p: Phrase) -> bool:
    """ "a new Wall Street Journal/NBC News poll": the pollster speaks as an organization."""
    return p.head in load_lexicon("poll_words") and bool(p.core_outlet)


def legal_record_of_outlet(p: Phrase) -> bool:
    """ "Fox News's motion", "the network's court filing": an outlet that is a party to a case
    speaks through its filing, a document, not as an outlet reporting (GUIDELINES: document)."""
    return p.head in load_lexicon("legal_records") and names_outlet(p)


def report(p: Phrase) -> bool:
    """ "The report", "reports": a report word heads the phrase; "the story", "this article":
    a news article's, referring back to an outlet's report (`article_reference`)."""
    return p.head in REPORT_WORDS or article_reference(p)


def article_reference(p: Phrase) -> bool:
    """ "The story", "the article", "this piece": a definite article head, nothing capitalized
    after the first word (lexicon `article_heads.txt`)."""
    return (
        p.head in load_lexicon("article_heads")
        and p.words[0] in {"the", "this", "that"}
        and len(p.words) <= 3
        and not p.capitalized_after_first()
    )


def refers_to_an_article(mention: Mention) -> bool:
    """A mention `article_reference` classed as a report: "the story", "the article"."""
    return mention.kind is MentionKind.REPORT and mention.head in load_lexicon("article_heads")


def case_report(p: Phrase) -> bool:
    """ "the police report", "an arrest report", "the autopsy report": the record of a case is a
    document (GUIDELINES: document, a specific record), not the police's publication; also
    when an outlet obtained it ("the police report obtained by CNN", as "court records
    obtained by CNN"). Not the GOP's “autopsy” report, its modifier in quotation marks."""
    words = p.core.split()
    return (
        report(p)
        and len(words) >= 2
        and words[-1].lower() == p.head
        and words[-2].lower() in load_lexicon("case_report_words")
    )


# "according to an account of his speech in the Washington Examiner": an outlet's account of
# what was said is its report (dev9509: typed named_organization, the speaker lost).
ACCOUNT_WORDS = frozenset({"account", "accounts"})


def report_of_outlet(p: Phrase) -> bool:
    """ "a Reuters report", "an account of his speech in the Washington Examiner": a report of
    a named outlet."""
    account = p.head in ACCOUNT_WORDS and not POSSESSIVE_MARK.search(p.core)  # not "Barr's account"
    return (report(p) or account) and bool(p.outlet)


POSSESSIVE_MARK = re.compile(r"['’]s?\b")
# What joins a work to the outlet that made it: "by", "in", "for", "published by", a day
# between ("an editorial Saturday in the People's Daily", "a commentary published by the
# state-run Xinhua news agency": corpus300 YwZF7x83VqU6iqjn [34], [36]).
WORK_LINK = re.compile(r"(?:\s+\w+day)?\s+(?:published\s+|written\s+)?(?:by|in|for)\s+")


def work_of_outlet(p: Phrase) -> bool:
    """ "an analysis by The Washington Post", "An investigation by the Sacramento Bee", "an
    editorial by China's state-run Global Times", "an article in the Washington Post": what a
    named outlet's journalists made is its report (GUIDELINES cited_outlet: "according to the
    report" when the report is a named outlet's), not a document; "documents Recode reviewed"
    stays a document (the outlet made none of it)."""
    if p.head not in load_lexicon("outlet_work_heads") or not p.outlet:
        return False
    text = p.text.lower()
    link = WORK_LINK.match(text, text.find(p.head) + len(p.head))
    after = text[link.end() :] if link else ""
    owner = re.sub(r"^(?:the\s+)?(?:[\w\u2019']+['\u2019]s\s+)?(?:state-run\s+|state\s+)?", "", after)
    return bool(after) and owner.startswith(p.outlet.lower().removeprefix("the "))


def report_of_organization(p: Phrase) -> bool:
    """ "a Pentagon report", "a congressional report": a report of a named institution or
    person."""
    if not report(p) or (unidentified_report(p) and names_only_places(p.text)):
        return False  # "Some US media reports", "Russian media reports": no institution
    words = set(lower_words(p.text))
    return bool(
        has_org(p.text)
        or person_names(p.text)
        or words & (load_lexicon("org_heads") | {"congressionally", "congressional"})
    )


def unidentified_report(p: Phrase) -> bool:
    """ "a report", "reports": a report that no word identifies."""
    return report(p) and (
        p.first in load_lexicon("indefinite_report_words") or p.head == "reports"
    )


def unidentified_polls(p: Phrase) -> bool:
    """ "Polls show", "exit polls", "surveys", "most polls": polls in the plural that no word
    names are no identifiable source (GUIDELINES: unidentified reports); "the new polls"
    and "two new national polls" are the ones the article goes on to name."""
    mass = mass_polling(p)
    days = load_lexicon("trailing_time_words")  # "Two polls released Friday" names no poll
    return (
        p.head in load_lexicon("poll_words")
        and (p.plural or mass)
        and not any(w[:1].isupper() and w.lower() not in days for w in p.text.split()[1:])
        and (mass or not {"new", "latest"} & set(p.words))
    )


def mass_polling(p: Phrase) -> bool:
    """ "new polling indicates", "Recent polling shows", "exit polling", "the polling shows": polling
    no word names, as "the polls show" ("their internal polling" is the campaign's, "Gallup polling"
    names its pollster)."""
    words = p.text.split()
    opener = words[0].lower()
    return (
        p.head == "polling"
        and (words[0].islower() or opener == "the" or opener in load_lexicon("mass_poll_openers"))
        and (opener == "the" or opener not in load_lexicon("determiners") - load_lexicon("indefinite_report_words"))
        and not opener.endswith(("'s", "’s"))
    )


DATA_HEADS = frozenset({"data", "figures", "statistics", "numbers", "estimates", "tally", "count", "chart"})


def record_of_organization(p: Phrase) -> bool:
    """ "IRS data", "data from the Bureau of Labor Statistics", "Figures from the Metropolitan
    Police": a named institution's figures speak for it (GUIDELINES, named_organization: its
    named publication). "Court Data show" names no institution: the capital is the sentence's."""
    if p.head not in DATA_HEADS:
        return False  # a memo, a filing or records stay documents (GUIDELINES: court records)
    words = p.text.split()
    lowered = " " + p.text.lower() + " "
    return (
        any(f" {name} " in lowered for name in load_lexicon("org_names"))
        or any(ACRONYM.fullmatch(w) for w in words)
        or any(w[:1].isupper() and w.lower().strip(",.'s") in load_lexicon("org_heads") for w in words[1:])
    )


def document(p: Phrase) -> bool:
    """ "the memo", "court records": a document word heads the phrase."""
    return p.head in load_lexicon("document_heads")


def definite_book(text: str) -> bool:
    """ "The book", "the new book": a book cited by its head noun alone, with no capital or
    possessive to say whose ("Bolton's book", "The Texas book" are not)."""
    match = DEFINITE_BOOK.fullmatch(text.strip())
    return match is not None and match.group(1).lower() in load_lexicon("book_heads")


# "the book", "this new book": up to two lower-case words between the determiner and the head.
DEFINITE_BOOK = re.compile(r"(?:[Tt]he|[Tt]his)\s+(?:[a-z][a-z\-]*\s+){0,2}([a-z]+)")


def statement(p: Phrase) -> bool:
    """ "a statement", "the announcement": a statement word heads the phrase."""
    return p.head in statement_heads()


def statement_by_person(p: Phrase) -> bool:
    """ "a statement by Sen. Warner": the speaker; a person named in a poll phrase is not one."""
    return statement(p) and bool(p.core_names) and p.head not in load_lexicon("poll_words")


def statement_by_official(p: Phrase) -> bool:
    """ "a statement by Sen. Warner": a statement by a named official."""
    return statement_by_person(p) and is_official(p.text, p.core_names[-1], p.known_people)
