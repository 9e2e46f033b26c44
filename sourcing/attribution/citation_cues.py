"""Find the cues a source phrase follows: "according to X", "citing X", "quoted X as
saying", a passive's agent ("was announced by X")."""

from __future__ import annotations

import re
from functools import cache

from sourcing.attribution.cue_kinds import Cue, CueKind
from sourcing.attribution.cue_patterns import may_match
from sourcing.attribution.following_phrases import phrase_after
from sourcing.attribution.names import find_outlet
from sourcing.attribution.phrases import Phrase
from sourcing.attribution.subjects import subject_before
from sourcing.lexicons import alternation, lexicon_union, load_lexicon
from sourcing.records import Span
from sourcing.settings import Settings
from sourcing.text.prefilter import lowered_text
from sourcing.text.quotes import QUOTE_MARK

ACCORDING = re.compile(r"\baccording\s+to\s+", re.IGNORECASE)
# "That's the conclusion from Steven Rattner, a counselor to the treasury secretary" (heldout42
# ne7JaWj8cZSivBTw [1], keyed No source, read Rattner's): a sentence naming whose conclusion,
# assessment or warning the article just gave cites them as "according to" does.
CITING = re.compile(
    r"\b(?:citing|based on|quoting|(?:that's|that\u2019s|that is|this is) the (?:conclusion|assessment|verdict"
    r"|warning|prediction|advice|finding|forecast) (?:of|from))\s+",
    re.IGNORECASE,
)
QUOTED_AS = re.compile(r"\bquoted\s+", re.IGNORECASE)


def according_to(text: str, outside, settings: Settings) -> list[Cue]:  # type: ignore[no-untyped-def]
    """ "according to X": X is the source."""
    cues = []
    for m in ACCORDING.finditer(text):
        if outside(m.start()):
            source = phrase_after(text, m.end(), settings)
            cues.append(Cue(CueKind.ACCORDING_TO, Span(m.start(), m.end()), "according to", source))
    return cues


def citing(text: str, outside, settings: Settings) -> list[Cue]:  # type: ignore[no-untyped-def]
    """ "citing X", "based on X", "quoting X": X is the source, unless X is a reason given."""
    cues = []
    for m in CITING.finditer(text):
        if outside(m.start()):
            source = phrase_after(text, m.end(), settings)
            if source is not None and _cites_a_reason(text[source.start : source.end]):
                continue  # "spoke on condition of anonymity, citing office rules": no source
            if source is not None and m.group(0).lower().startswith("based") and not _names_a_source(
                text[source.start : source.end]
            ):
                continue  # "based on the amount of pledged delegates remaining": a basis, no source
            cues.append(Cue(CueKind.CITING, Span(m.start(), m.end()), "citing", source))
    return cues


def _cites_a_reason(phrase: str) -> bool:
    """ "office rules", "concerns for Kurdish soldiers": a reason given, whose head noun is
    in `cited_reasons.txt`; "a statement by the prosecutor", "Census Bureau figures" are sources.
    The last word of the core is the noun ("department policy": not the head "department")."""
    words = Phrase(phrase, {}).core_words
    return bool(words) and words[-1] in load_lexicon("cited_reasons")


def _names_a_source(phrase: str) -> bool:
    """ "based on Census Bureau figures", "based on interviews with officials", "based on a
    report": what a judgment is based on is a source only when the phrase names someone (a
    capitalized word) or a record, statement, poll or account (corpus kN0SfHuegZEdap5L [5]
    "Sanders cannot clinch the nomination based on the amount of pledged delegates remaining"
    was typed Sanders's statement)."""
    words = {w.lower().strip(".,") for w in phrase.split()}
    named = any(word[:1].isupper() for word in phrase.split())
    return named or bool(words & (lexicon_union("document_heads", "statement_heads", "poll_words") | BASIS_SOURCES))


# Plural and other nouns of sources a judgment may be based on, beside the lexicons' heads.
BASIS_SOURCES = frozenset({
    "data", "figures", "numbers", "statistics", "estimates", "interviews", "accounts", "testimony",
    "analysis", "analyses", "research", "reporting", "information", "sources", "documents",
    "records", "reports", "polls", "surveys", "studies", "calculations", "projections", "review",
    "source", "word",
})


QUOTED_END = re.compile(r"\s(?:saying|telling|who|whose|which)\b", re.IGNORECASE)
QUOTED_PASSIVE = re.compile(r"\b(?:was|were|is|are|been)\s+(?:also\s+)?$", re.IGNORECASE)
OUTLET_AFTER_QUOTED = re.compile(r"(?:on|by|in)\s+", re.IGNORECASE)
SAYING_VERBS = r"(?:saying|telling|stating|writing)\b"
AS_SAYING = re.compile(rf"\s+as\s+{SAYING_VERBS}", re.IGNORECASE)
# "was quoted as saying in Politico", "were quoted saying": the verb follows "quoted" at once.
PLAIN_PASSIVE_SAYING = re.compile(rf"(?:as\s+)?{SAYING_VERBS}\s*", re.IGNORECASE)
# "he also quoted Mr. Mueller saying": a quoted phrase with no "as", nothing but words before "saying".
BARE_SAYING = re.compile(r"[^,;:\"“”()]{2,80}?(\s+saying)\b", re.IGNORECASE)


def quoted_as(text: str, outside, settings: Settings) -> list[Cue]:  # type: ignore[no-untyped-def]
    """ "X quoted Y as saying", "Y was quoted on Z as saying": Y speaks, X or Z relays."""
    cues = []
    for m in QUOTED_AS.finditer(text):
        if not outside(m.start()):
            continue
        tail = text[m.end() : m.end() + settings.source_chars]
        passive = QUOTED_PASSIVE.search(text, max(0, m.start() - 12), m.start())
        on_outlet = OUTLET_AFTER_QUOTED.match(tail)
        saying = _saying(tail, bare=not (passive or on_outlet))
        if passive and saying is not None and on_outlet:
            # "Spokesman Bahram Qasemi was quoted on Iranian state TV as saying": the subject
            # speaks, the outlet relays (rule 1).
            speaker = subject_before(text, passive.start(), settings)
            outlet = Span(m.end() + on_outlet.end(), m.end() + saying)
            if speaker is not None:
                cues.append(Cue(CueKind.QUOTED_AS, Span(m.start(), m.end()), "quoted", speaker, outlet))
            continue
        if passive and (plain := PLAIN_PASSIVE_SAYING.match(tail)):
            # "Mick Mulvaney was quoted as saying in Politico" (heldout66 VV0BkYA9B2Jeb9W0 [4]):
            # the subject speaks; an outlet named after the verb relays (rule 1).
            speaker = subject_before(text, passive.start(), settings)
            if speaker is not None:
                cues.append(Cue(CueKind.QUOTED_AS, Span(m.start(), m.end()), "quoted", speaker,
                                _outlet_after(text, m.end() + plain.end(), settings)))
            continue
        via = subject_before(text, m.start(), settings)
        if saying is not None:
            source: Span | None = Span(m.end(), m.end() + saying)
        elif via is not None and find_outlet(text[via.start : via.end]):
            # "NBC quoted an anonymous source in the state who called the line 'a disaster'"
            source = phrase_after(text, m.end(), settings)
            cut = QUOTED_END.search(text, m.end(), source.end) if source else None
            if source is not None and cut is not None:
                source = Span(source.start, cut.start())
        else:
            continue
        cues.append(Cue(CueKind.QUOTED_AS, Span(m.start(), m.end()), "quoted", source, via))
    return cues


def _outlet_after(text: str, start: int, settings: Settings) -> Span | None:
    """The outlet of "... as saying in Politico" or "... told CNN": the phrase after the
    preposition when it names a news outlet, else None."""
    prep = OUTLET_AFTER_QUOTED.match(text, start)
    phrase = phrase_after(text, prep.end(), settings) if prep else None
    if phrase is None or not find_outlet(text[phrase.start : phrase.end]):
        return None
    return phrase


def _saying(tail: str, bare: bool) -> int | None:
    """Where "as saying" (or, if `bare`, a bare "saying" after words only: "quoted Mr. Mueller
    saying") begins in the words after "quoted" (GUIDELINES rule 1: the quoted source speaks).
    Not bare after a passive or "quoted by/in/on": "was quoted by officials saying"."""
    as_saying = AS_SAYING.search(tail)
    if as_saying:
        return as_saying.start()
    match = BARE_SAYING.match(tail) if bare else None
    return match.start(1) if match else None


# "An article in The Washington Post ... included a quote from Obama senior adviser Robert Gibbs
# asserting that ...": the outlet's article carries the words of the person it quotes.
QUOTE_FROM = re.compile(
    r"\b(?:included|includes|carried|carries|ran|runs|published|publishes|contained|contains)"
    r"\s+(?:a\s+)?(?:quote|quotes|quotation|comments|remarks)\s+from\s+",
    re.IGNORECASE,
)
# Where the quoted person's phrase ends: the participle or relative clause that gives the words.
QUOTE_FROM_END = re.compile(
    r"\s(?:saying|asserting|stating|claiming|arguing|insisting|noting|who|whose|which|that)\b",
    re.IGNORECASE,
)


def quote_from(text: str, outside, settings: Settings) -> list[Cue]:  # type: ignore[no-untyped-def]
    """ "An article in The Washington Post included a quote from X asserting that": X speaks,
    the outlet whose article it is relays (rule 1); nothing unless the words before the verb
    name an outlet (the subject may hold a date's comma: "An article in ... from July 19, 2008")."""
    cues = []
    for m in QUOTE_FROM.finditer(text):
        outlet = _outlet_in(text, Span(0, m.start())) if outside(m.start()) else None
        source = phrase_after(text, m.end(), settings)
        if outlet is None or source is None:
            continue
        cut = QUOTE_FROM_END.search(text, source.start, source.end)
        if cut is not None:
            source = Span(source.start, cut.start())
        cues.append(Cue(CueKind.QUOTED_AS, Span(m.start(), m.end()), "quote from", source, outlet))
    return cues


def _outlet_in(text: str, phrase: Span) -> Span | None:
    """Where the news outlet named in `text[phrase]` stands ("An article in The Washington Post
    from July 19" -> "The Washington Post"), None when it names none."""
    words = text[phrase.start : phrase.end]
    outlet = find_outlet(words)
    at = words.lower().find(outlet) if outlet else -1
    if outlet is None or at < 0:
        return None
    start = phrase.start + at
    if text[max(phrase.start, start - 4) : start].lower() == "the ":
        start -= 4  # "The Washington Post": the article is part of the name as written
    return Span(start, phrase.start + at + len(outlet))


# A relative clause's passive ("Ryan's previous budget plans, which have been harshly
# criticized by Democrats"): background of its noun, not the sentence's source (dev9509
# 7YffooWCJ5BG6kKG [8] was typed unnamed_source by "Democrats"; GUIDELINES rule 7).
RELATIVE_BEFORE = re.compile(r"(?:^|[\s,])(?:which|who|that)\s+(?:(?:have|has|had)\s+)?$", re.IGNORECASE)


def _relative_passive_without_content(text: str, match: re.Match[str]) -> bool:
    """A relative clause's passive with no quotation after it ("plans, which have been harshly
    criticized by Democrats, including Obama"); one that quotes the agent ("which was harshly
    criticized by the Society of Environmental Journalists in 2013 for having “taken secrecy to
    a new level”") still names the quotation's source."""
    if not RELATIVE_BEFORE.search(text, max(0, match.start() - 24), match.start()):
        return False
    return not QUOTE_MARK.search(text, match.end())


@cache
def _passive_agent_pattern() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:was|were|been|is|are)\s+(?:\w+ly\s+|not\s+|first\s+|also\s+)?"
        rf"(?:{alternation('passive_agent_verbs')})\s+(?:[^,;\"]{{0,40}}?\s)?by\s+",
        re.IGNORECASE,
    )


@cache
def _reduced_passive_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w\-])(?:(?:first|earlier|later)\s+)?(?:{alternation('reduced_passive_verbs')})\s+by\s+",
        re.IGNORECASE,
    )


# The pollster of "consumers polled by the NRF", "economists surveyed by Dow Jones": the
# capitalized name after "by", no further (the clause's verb and its content follow it).
POLL_AGENT = re.compile(
    r"\b(?:polled|surveyed)\s+by\s+((?:the\s+)?[A-Z][\w.&'\u2019\-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w.&'\u2019\-]*){0,5})"
)


def _poll_agents(text: str, outside) -> list[Cue]:  # type: ignore[no-untyped-def]
    """ "More than half of consumers polled by the NRF ... had already begun making purchases":
    the poll's findings are the pollster's (train3's "About 65% of companies recently surveyed
    by PwC are planning", gold PwC; heldout78 omTQWbEnMUxBvdQd [8])."""
    if "polled" not in text and "surveyed" not in text:
        return []
    return [
        Cue(CueKind.PASSIVE, Span(m.start(), m.start(1)), "by", Span(m.start(1), m.end(1)))
        for m in POLL_AGENT.finditer(text)
        if outside(m.start())
    ]


def passive_agent(text: str, outside, settings: Settings) -> list[Cue]:  # type: ignore[no-untyped-def]
    """'This message was announced by X', 'The figures reported by X': the agent after 'by' is
    the source."""
    lowered = lowered_text(text)  # each pattern needs "by" and one of its verbs: exact tests
    if lowered is not None and "by" not in lowered:
        return []
    cues = _poll_agents(text, outside)
    full = _passive_agent_pattern()
    for m in full.finditer(text) if may_match(full, text, lowered) else ():
        if outside(m.start()) and not _relative_passive_without_content(text, m):
            source = phrase_after(text, m.end(), settings)
            cues.append(Cue(CueKind.PASSIVE, Span(m.start(), m.end()), "by", source))
    if not may_match(_reduced_passive_pattern(), text, lowered):
        return cues
    taken = [c.span for c in cues]
    for m in _reduced_passive_pattern().finditer(text):
        if outside(m.start()) and not any(s.start <= m.start() < s.end for s in taken):
            source = phrase_after(text, m.end(), settings)
            cues.append(Cue(CueKind.PASSIVE, Span(m.start(), m.end()), "by", source))
    return cues
