"""Find the cues a line's shape makes: a headline closed by its outlet, "Joining in the
call is X", a quotation credited to a bare name, a transcript's speaker label, a lead-in
line before a colon, a statement announced before a colon."""

from __future__ import annotations

import re

from sourcing.attribution.cue_kinds import Cue, CueKind
from sourcing.attribution.following_phrases import phrase_after
from sourcing.attribution.names import find_outlet, person_names
from sourcing.records import Span
from sourcing.settings import Settings

# A headline closed by its outlet's name, as link lists print other outlets' stories.
HEADLINE_CREDIT = re.compile(r"\s[-–—|]\s+((?:[Tt]he\s+)?[A-Z][\w.&'’]*(?:\s+[A-Z][\w.&'’]*){0,3})\s*$")


def headline_credit(text: str) -> list[Cue]:
    """'Trump rally likely fueled virus cases - Bloomberg': the headline is that outlet's."""
    match = HEADLINE_CREDIT.search(text)
    if match is None:
        return []
    name = match.group(1)
    outlet = find_outlet(name)
    if outlet is None or outlet != name.lower().removeprefix("the "):
        return []
    source = Span(match.start(1), match.end(1))
    return [Cue(CueKind.HEADLINE_CREDIT, Span(match.start(), match.start(1)), "-", source)]


# "Joining in the call for calm is Michael Brown's father.": an inverted speech act (rule 7),
# its speaker after the verb "to be".
JOINING_CALL = re.compile(
    r"[^\w]{0,3}(?P<cue>Joining)\s+(?:in\s+)?(?:the\s+)?(?:calls?|chorus|appeals?)\b[^.;:\"]{0,80}?"
    r"\s(?:is|are|was|were)\s+(?P<source>[^,.;:!?\"]{2,80}?)\s*[.!?]?\s*$"
)


def joining_call(text: str, outside) -> list[Cue]:  # type: ignore[no-untyped-def]
    """'Joining in the call for calm is X.': X makes the call."""
    match = JOINING_CALL.match(text)
    if match is None or not outside(match.start("cue")):
        return []
    return [Cue(CueKind.INVERTED_VERB, Span(match.start("cue"), match.end("cue")), "joining",
                Span(match.start("source"), match.end("source")))]


# A quotation credited to a person's name with no verb, an appositive at most after it:
# '"This is largely, I think, a political event," Michael Beckerman, the president of the
# Internet Association, a trade group ...' (heldout9 nP76aFcDi8GbjDns [14]).
QUOTE_CREDIT = re.compile(
    r'\s*"[^"]{2,}[,.!?]"\s+(?P<source>[A-Z][\w.\'\-]*(?:\s+[A-Z][\w.\'\-]*){1,3})'
    r'(?:,\s+(?:the|a|an)\s[^"]*?)?[.]?\s*$'
)


def quote_credit(text: str, outside) -> list[Cue]:  # type: ignore[no-untyped-def]
    """A quotation, then only the speaker's full name (and what they are): the name speaks.
    Asked only of a sentence with no other cue, so any verb of its own decides instead."""
    match = QUOTE_CREDIT.match(text)
    if match is None or not outside(match.start("source")):
        return []
    name = Span(match.start("source"), match.end("source") - match["source"].endswith("."))
    if person_names(text[name.start : name.end]) != [text[name.start : name.end]]:
        return []
    return [Cue(CueKind.INVERTED_VERB, Span(name.start, name.start), "credit", name)]


# A name opening the sentence, then a colon: up to four capitalized or upper-case words.
SPEAKER_LABEL = re.compile(r"\s*([A-Z][\w.'\-]*(?:\s[A-Z][\w.'\-]*){0,3}):\s")


def speaker_label(text: str, outside) -> list[Cue]:  # type: ignore[no-untyped-def]
    """A transcript's speaker: 'Cruz: "Well, great."' (`decide` keeps it only for a person)."""
    match = SPEAKER_LABEL.match(text)
    if match is None or not outside(match.start(1)):
        return []
    colon = match.end(1)
    return [Cue(CueKind.SPEAKER_LABEL, Span(colon, colon + 1), ":", Span(match.start(1), colon))]


# "From the Times:", "The 18 June 2016 memo:", "Some examples from the guidance:": a line that is
# only a source (after "from", or with a word between its determiner and its head), then the
# colon. `decide` keeps it for a record, an organization or an outlet.
LEAD_IN = re.compile(
    r"\s*(?:(?:(?:an?|some|more|the)\s+)?(?:excerpts?|examples?|passages?)\s+)?(?:(?P<from>from)\s+)?"
    r"(?P<source>(?:the|a|an|this|that|its|their|his|her)\s+(?P<words>[^:;,.!?\"]{1,60}?))\s*:\s*",
    re.IGNORECASE,
)


def lead_in(text: str) -> list[Cue]:
    """A line naming only a record or an outlet, then a colon: what follows is its content."""
    if ":" not in text:  # every match ends in a colon
        return []
    match = LEAD_IN.fullmatch(text)
    if match is None or not (match["from"] or len(match["words"].split()) >= 2):
        return []
    colon = text.rindex(":")
    return [Cue(CueKind.LEAD_IN, Span(colon, colon + 1), ":", Span(match.start("source"), match.end("source")))]


# "Here is the full statement from the White House:", "including this statement from Boehner
# on the foot soldiers ...:": a statement announced by its maker, the sentence ending in a colon.
# Only the statement itself, with at most a word saying which ("the full statement from", not
# "the opening statement from investigators, Britt's testimony and ..., here is what we learned:").
ANNOUNCED_STATEMENT = re.compile(
    r"(?:^\s*|\b(?:[Tt]his|[Tt]he|[Aa]|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+)"
    r"(?i:(?:full|following|complete|latest|new|written|joint|memorable|official|entire)\s+)?"
    r"(?:[Ss]tatement|[Rr]emarks|[Mm]essage)\s+(?:from|by)\s+"
)
# A verb and its object after the maker ("The statement from the Navajo Nation followed the
# Washington Redskins announcing ...:"): the colon introduces someone else's words.
VERB_WITH_OBJECT = re.compile(r"\s[a-z]+ed\s+(?:the|a|an|his|her|its|their)\b")
# Where the maker's phrase ends: what the statement is about, when it came, what became of it.
ANNOUNCED_STATEMENT_END = re.compile(
    r"\s(?:on|about|after|upon|in|at|as|was|were|is|has|had|following|regarding|this|last|today|yesterday|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[a-z]+ed)\b"
)


def announced_statement(text: str, outside, settings: Settings) -> list[Cue]:  # type: ignore[no-untyped-def]
    """ "Republican reaction comes in this statement from House Speaker John Boehner:": the
    statement's maker is the source of the block the colon introduces (rule 3), and of the
    line that announces it (`decide` keeps it for a person or an organization)."""
    if not text.rstrip().endswith(":"):
        return []
    match = ANNOUNCED_STATEMENT.search(text)
    if match is None or not outside(match.start()):
        return []
    source = phrase_after(text, match.end(), settings)
    if source is None or VERB_WITH_OBJECT.search(text, source.start, source.end):
        return []
    cut = ANNOUNCED_STATEMENT_END.search(text, source.start, source.end)
    if cut is not None:
        source = Span(source.start, cut.start())
    words = match.group(0).split()[-2].lower()
    return [Cue(CueKind.STATEMENT, Span(match.start(), match.end()), words, source)]
