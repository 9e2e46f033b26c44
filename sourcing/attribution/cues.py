"""Find attribution cues in a sentence: reporting verbs, "according to", relays, hedges."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from sourcing.attribution.cue_kinds import Cue, CueKind
from sourcing.attribution.names import find_outlet, person_names
from sourcing.attribution.phrases import Phrase
from sourcing.attribution.subjects import initial_subject, phrase_after, subject_before
from sourcing.attribution.verbs import quantity_follows, verb_cues
from sourcing.lexicons import alternation, load_lexicon, load_lines
from sourcing.records import Span
from sourcing.settings import DEFAULT_SETTINGS, Settings
from sourcing.text.prefilter import Prefilter, lowered_text, prefilter

__all__ = ["Cue", "CueKind", "find_cues", "find_phrases", "has_phrase", "phrase_pattern"]

LETTER_RUN = re.compile(r"[a-z]+")
NOT_LETTER = bytes(code if 97 <= code <= 122 else 32 for code in range(256))  # a-z kept, the rest spaces


@lru_cache(maxsize=32)  # one pattern per lexicon: maxsize=1 rebuilt it at each change of name
def phrase_pattern(name: str) -> re.Pattern[str]:
    """Return one regex for lexicon `name`'s phrases: any case, any spacing, whole words."""
    return _phrases_regex(_phrases(name))


def find_phrases(name: str, text: str) -> list[re.Match[str]]:
    """Return the matches of lexicon `name`'s phrases in `text`, case-insensitive.

    Only the phrases whose words occur in `text` go into the regex searched: a phrase that
    cannot match anywhere in the text changes no match of the alternation, and one search of
    the whole alternation (which has no literal prefix to scan for) cost 10 µs a sentence.
    """
    present = _possible_phrases(name, text)
    return list(_some_phrases(name, present).finditer(text)) if present else []


def has_phrase(name: str, text: str) -> bool:
    """Say whether one of lexicon `name`'s phrases occurs in `text` (as `find_phrases` finds them)."""
    present = _possible_phrases(name, text)
    return bool(present) and _some_phrases(name, present).search(text) is not None


def _possible_phrases(name: str, text: str) -> tuple[int, ...]:
    """The numbers, in order, of lexicon `name`'s phrases whose key word is a word of `text`.

    A phrase's match is bounded by non-letters (the pattern's lookarounds, the spaces between
    its words, its own punctuation), so each run of a-z letters in the phrase is a whole run
    of a-z letters in the text lowered: a phrase whose key run is not one cannot match. The
    test is one set intersection per lexicon, where testing each phrase's literal against the
    text was a substring search per literal (the model asks three lexicons of each statement).
    """
    keys, key_runs, always = _phrase_keys(name)
    runs = _letter_runs(text)
    if runs is None:  # a character that re.IGNORECASE and str.lower() fold differently
        return tuple(range(len(_phrases(name))))
    found = runs & key_runs
    if not found:
        return always
    return tuple(sorted({number for run in found for number in keys[run]}.union(always)))


@lru_cache(maxsize=32)
def _phrase_keys(name: str) -> tuple[dict[bytes, tuple[int, ...]], frozenset[bytes], tuple[int, ...]]:
    """Lexicon `name`'s key runs (each phrase's longest run of a-z letters) -> the phrases' numbers,
    the key runs, and the numbers of the phrases with no key (no a-z letter, or beyond ASCII)."""
    keys: dict[bytes, list[int]] = {}
    always = []
    for number, phrase in enumerate(_phrases(name)):
        runs = LETTER_RUN.findall(phrase.lower())
        if runs and phrase.isascii():
            keys.setdefault(max(runs, key=len).encode("ascii"), []).append(number)
        else:
            always.append(number)
    return {run: tuple(numbers) for run, numbers in keys.items()}, frozenset(keys), tuple(always)


@lru_cache(maxsize=256)  # a text is asked about several lexicons, by the cues, the model and the anonymity stage
def _letter_runs(text: str) -> frozenset[bytes] | None:
    """The runs of a-z letters of `text` lowered, or None if lowering may not fold as the regex does.

    Every byte but a-z made a space, then split: C functions only, 3x faster than findall.
    """
    lowered = lowered_text(text)
    if lowered is None:
        return None
    return frozenset(lowered.encode("ascii", "replace").translate(NOT_LETTER).split())


@lru_cache(maxsize=32)
def _phrases(name: str) -> tuple[str, ...]:
    return tuple(sorted(load_lexicon(name), key=len, reverse=True))


# " * " in a phrase: one to three words ("speaking to * anonymously": "speaking to the agency
# anonymously"); in a verb frame one to five, quotation marks too ("held * responsible").
PHRASE_GAP = r"\s+(?:[\w'’.\-]+\s+){1,3}?"
FRAME_GAP = r"\s+(?:[\w'’.\-\"]+\s+){1,5}?"


def _lexicon_pattern(phrase: str, gap: str) -> str:
    """The regex of a lexicon phrase: a space matches any whitespace, " * " matches `gap`."""
    return gap.join(re.escape(part).replace(r"\ ", r"\s+") for part in phrase.split(" * "))


def _phrases_regex(phrases: tuple[str, ...]) -> re.Pattern[str]:
    body = "|".join(_lexicon_pattern(p, PHRASE_GAP) for p in phrases)
    return re.compile(rf"(?<![A-Za-z])(?:{body})(?![A-Za-z])", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _some_phrases(name: str, numbers: tuple[int, ...]) -> re.Pattern[str]:
    """Return the regex of lexicon `name`'s phrases number `numbers`, in the lexicon's order."""
    phrases = _phrases(name)
    return _phrases_regex(tuple(phrases[number] for number in numbers))


def find_cues(
    normalized: str, sentence: Span, quoted: bytes, settings: Settings = DEFAULT_SETTINGS
) -> list[Cue]:
    """Return the cues of one sentence, outside quotations, in order of position."""
    text = normalized[sentence.start : sentence.end]
    base = sentence.start

    def outside(offset: int) -> bool:
        return quoted[base + offset] == 0

    cues: list[Cue] = []
    cues += _according_to(text, outside, settings)
    cues += _citing(text, outside, settings)
    cues += _quoted_as(text, outside, settings)
    cues += _without_anonymity_terms(verb_cues(text, outside, settings), text)
    cues += _participle(text, outside, settings)
    cues += _passive_agent(text, outside, settings)
    cues += _in_record(text, outside)
    cues += _in_poll(text, outside, settings)
    cues += _headline_credit(text)
    cues += _statement_issued(text, outside, settings)
    cues += _verb_frame(text, outside, settings)
    cues += _joining_call(text, outside)
    cues += _colon_quote(text, outside, settings)
    cues += _speaker_label(text, outside)
    cues += _lead_in(text)
    cues += [
        Cue(CueKind.HEDGE, Span(m.start(), m.end()), m.group(0).lower())
        for m in find_phrases("impersonal_hedges", text)
        if outside(m.start())
    ]
    cues += [
        Cue(CueKind.NO_COMMENT, Span(m.start(), m.end()), m.group(0).lower())
        for m in find_phrases("no_comment_phrases", text)
        if outside(m.start())
    ]
    if not cues:
        cues += _quote_credit(text, outside)
    return sorted((_shift(c, base) for c in cues), key=lambda c: c.span.start)


def _without_anonymity_terms(cues: list[Cue], text: str) -> list[Cue]:
    """Drop the verbs whose object is the terms of the source's anonymity ("The officials
    insisted on anonymity because ...", "asked not to be named"): a sentence about the
    sourcing, no content of the source's (GUIDELINES rule 8)."""
    terms = {m.start() for m in find_phrases("anonymity_reasons", text)} if cues else set()
    return [c for c in cues if c.span.start not in terms]


def _shift(cue: Cue, delta: int) -> Cue:
    return Cue(
        cue.kind,
        cue.span.shifted(delta),
        cue.words,
        cue.source.shifted(delta) if cue.source else None,
        cue.via.shifted(delta) if cue.via else None,
    )


ACCORDING = re.compile(r"\baccording\s+to\s+", re.IGNORECASE)
CITING = re.compile(r"\b(?:citing|based on|quoting)\s+", re.IGNORECASE)
QUOTED_AS = re.compile(r"\bquoted\s+", re.IGNORECASE)


def _according_to(text: str, outside, settings: Settings) -> list[Cue]:  # type: ignore[no-untyped-def]
    cues = []
    for m in ACCORDING.finditer(text):
        if outside(m.start()):
            source = phrase_after(text, m.end(), settings)
            cues.append(Cue(CueKind.ACCORDING_TO, Span(m.start(), m.end()), "according to", source))
    return cues


def _citing(text: str, outside, settings: Settings) -> list[Cue]:  # type: ignore[no-untyped-def]
    cues = []
    for m in CITING.finditer(text):
        if outside(m.start()):
            source = phrase_after(text, m.end(), settings)
            if source is not None and _cites_a_reason(text[source.start : source.end]):
                continue  # "spoke on condition of anonymity, citing office rules": no source
            cues.append(Cue(CueKind.CITING, Span(m.start(), m.end()), "citing", source))
    return cues


def _cites_a_reason(phrase: str) -> bool:
    """ "office rules", "concerns for Kurdish soldiers": a reason given, whose head noun is
    in `cited_reasons.txt`; "a statement by the prosecutor", "Census Bureau figures" are sources.
    The last word of the core is the noun ("department policy": not the head "department")."""
    words = Phrase(phrase, {}).core_words
    return bool(words) and words[-1] in load_lexicon("cited_reasons")


QUOTED_END = re.compile(r"\s(?:saying|telling|who|whose|which)\b", re.IGNORECASE)
QUOTED_PASSIVE = re.compile(r"\b(?:was|were|is|are|been)\s+(?:also\s+)?$", re.IGNORECASE)
OUTLET_AFTER_QUOTED = re.compile(r"(?:on|by|in)\s+", re.IGNORECASE)
AS_SAYING = re.compile(r"\s+as\s+(?:saying|telling|stating|writing)\b", re.IGNORECASE)
# "he also quoted Mr. Mueller saying": a quoted phrase with no "as", nothing but words before "saying".
BARE_SAYING = re.compile(r"[^,;:\"“”()]{2,80}?(\s+saying)\b", re.IGNORECASE)


def _quoted_as(text: str, outside, settings: Settings) -> list[Cue]:  # type: ignore[no-untyped-def]
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


def _saying(tail: str, bare: bool) -> int | None:
    """Where "as saying" (or, if `bare`, a bare "saying" after words only: "quoted Mr. Mueller
    saying") begins in the words after "quoted" (GUIDELINES rule 1: the quoted source speaks).
    Not bare after a passive or "quoted by/in/on": "was quoted by officials saying"."""
    as_saying = AS_SAYING.search(tail)
    if as_saying:
        return as_saying.start()
    match = BARE_SAYING.match(tail) if bare else None
    return match.start(1) if match else None


@cache
def _participle_pattern() -> re.Pattern[str]:
    return re.compile(rf",\s+(?:{alternation('participle_cues')})\b", re.IGNORECASE)


def _first_outside(  # type: ignore[no-untyped-def]
    pattern: re.Pattern[str], text: str, outside, rare: bool = False
) -> re.Match[str] | None:
    """The pattern's first match in `text`, if it starts outside quotation marks.

    `rare`: every match needs a word most sentences lack ("poll", "responsible"), so a
    substring test for those words (`prefilter`, exact) goes first; for a pattern that opens
    with a literal (", saying") the regex search is the faster test.
    """
    if rare:
        words = _prefilter_of(pattern)
        if words is not None and not words.may_match(text, lowered_text(text)):
            return None
    match = pattern.search(text)
    return match if match and outside(match.start()) else None


@cache
def _prefilter_of(pattern: re.Pattern[str]) -> Prefilter | None:
    return prefilter(pattern)


def _may_match(pattern: re.Pattern[str], text: str, lowered: str | None) -> bool:
    """Say whether `pattern` may match `text` (`lowered` is `lowered_text(text)`): its prefilter."""
    words = _prefilter_of(pattern)
    return words is None or words.may_match(text, lowered)


def _participle(text: str, outside, settings: Settings) -> list[Cue]:  # type: ignore[no-untyped-def]
    """'X did Y, saying Z': the participle's speaker is the sentence subject."""
    match = _first_outside(_participle_pattern(), text, outside)
    if match is None:
        return []
    participle = match.group(0)[1:].strip().lower()
    if participle in load_lexicon("figure_verbs") and quantity_follows(text, match.end()):
        return []  # "The construction industry led the way, adding 44,000 positions": a figure
    subject = initial_subject(text, settings)
    if subject is None:
        return []
    return [
        Cue(
            CueKind.PARTICIPLE,
            Span(match.start() + 1, match.end()),
            participle,
            subject,
        )
    ]


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


def _passive_agent(text: str, outside, settings: Settings) -> list[Cue]:  # type: ignore[no-untyped-def]
    """'This message was announced by X', 'The figures reported by X': the agent after 'by' is
    the source."""
    lowered = lowered_text(text)  # each pattern needs "by" and one of its verbs: exact tests
    if lowered is not None and "by" not in lowered:
        return []
    cues = []
    full = _passive_agent_pattern()
    for m in full.finditer(text) if _may_match(full, text, lowered) else ():
        if outside(m.start()):
            source = phrase_after(text, m.end(), settings)
            cues.append(Cue(CueKind.PASSIVE, Span(m.start(), m.end()), "by", source))
    if not _may_match(_reduced_passive_pattern(), text, lowered):
        return cues
    taken = [c.span for c in cues]
    for m in _reduced_passive_pattern().finditer(text):
        if outside(m.start()) and not any(s.start <= m.start() < s.end for s in taken):
            source = phrase_after(text, m.end(), settings)
            cues.append(Cue(CueKind.PASSIVE, Span(m.start(), m.end()), "by", source))
    return cues


@cache
def _in_record_pattern() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:in|according to)\s+(?:a|an|the|their|his|her|its)\s+(?:[\w\-]+\s+){0,2}?"
        rf"(?:court\s+)?(?:{alternation('legal_records')})\b",
        re.IGNORECASE,
    )


def _in_record(text: str, outside) -> list[Cue]:  # type: ignore[no-untyped-def]
    """'Prosecutors said in a court filing': a legal record is the source."""
    match = _first_outside(_in_record_pattern(), text, outside, rare=True)
    if match is None:
        return []
    start = match.start() + len(match.group(0).split()[0]) + 1
    return [
        Cue(CueKind.IN_RECORD, Span(match.start(), match.end()), "in", Span(start, match.end()))
    ]


# "In the CBS poll, ...", "viewed him favorably in the latest poll", "came from an IPFW survey":
# one poll (polls in the plural are unidentified, and "leads in the polls" is narration).
IN_POLL = re.compile(
    r"\b(?:in|from)\s+((?:a|an|the|that|this|its|their)\s+"
    r"(?:(?!(?:that|which|who|the|an?|and|but|was|were|is|are|has|had|have|also|of|to|on|for|with|by)\s)"
    r"[\w\-/.'’]+\s+){0,5}?(?:poll|survey))\b(?![\-’'])",
    re.IGNORECASE,
)
# "a poll conducted last week by Gravis Marketing": what follows the poll word that describes it.
POLL_MODIFIER = re.compile(
    r"\s*,?\s+(?:conducted|released|commissioned|taken|published|sponsored|by|of|from|for)\b", re.IGNORECASE
)


def _in_poll(text: str, outside, settings: Settings) -> list[Cue]:  # type: ignore[no-untyped-def]
    """'In the CBS poll, two-thirds said ...': the poll the sentence's figures come from."""
    match = _first_outside(IN_POLL, text, outside, rare=True)
    if match is None:
        return []
    source = Span(match.start(1), match.end(1))
    if POLL_MODIFIER.match(text, match.end(1)):
        source = phrase_after(text, match.start(1), settings) or source
    return [Cue(CueKind.IN_POLL, Span(match.start(), match.start(1)), "in", source)]


# A headline closed by its outlet's name, as link lists print other outlets' stories.
HEADLINE_CREDIT = re.compile(r"\s[-–—|]\s+((?:[Tt]he\s+)?[A-Z][\w.&'’]*(?:\s+[A-Z][\w.&'’]*){0,3})\s*$")


def _headline_credit(text: str) -> list[Cue]:
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


@cache
def _statement_issued_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{alternation('statement_issue_verbs')})\s+(?:(?:a|an|his|her|its|their)\s+"
        rf"(?:[\w\-]+\s+){{0,2}}?(?:{alternation('statement_issue_nouns')})\b"
        r"|the\s+following\b)",  # "The NBA released the following in a statement"
        re.IGNORECASE,
    )


def _statement_issued(text: str, outside, settings: Settings) -> list[Cue]:  # type: ignore[no-untyped-def]
    """'Sen. Warner issued a statement': the issuer is the source."""
    match = _first_outside(_statement_issued_pattern(), text, outside, rare=True)
    if match is None:
        return []
    subject = subject_before(text, match.start(), settings)
    if subject is None:
        return []
    return [
        Cue(
            CueKind.STATEMENT,
            Span(match.start(), match.end()),
            match.group(0).split()[0].lower(),
            subject,
        )
    ]


@cache
def _verb_frame_pattern() -> re.Pattern[str]:
    frames = (_lexicon_pattern(frame, FRAME_GAP) for frame in load_lines("cue_verb_frames"))
    return re.compile(rf"(?<![A-Za-z])(?:{'|'.join(frames)})(?![A-Za-z])", re.IGNORECASE)


def _verb_frame(text: str, outside, settings: Settings) -> list[Cue]:  # type: ignore[no-untyped-def]
    """'Pompeo held Soleimani responsible', '"...," he rattled off': the subject speaks."""
    match = _first_outside(_verb_frame_pattern(), text, outside, rare=True)
    if match is None:
        return []
    verb = match.group(0).split()[0].lower()
    if not verb.endswith("ing") and PASSIVE_BEFORE.search(text, 0, match.start()):
        return []  # "He was held responsible": the subject is the one accused ("is pleading": no passive)
    subject = subject_before(text, match.start(), settings)
    if subject is None:
        return []
    return [Cue(CueKind.SUBJECT_VERB, Span(match.start(), match.end()), verb, subject)]


# "Joining in the call for calm is Michael Brown's father.": an inverted speech act (rule 7),
# its speaker after the verb "to be".
JOINING_CALL = re.compile(
    r"[^\w]{0,3}(?P<cue>Joining)\s+(?:in\s+)?(?:the\s+)?(?:calls?|chorus|appeals?)\b[^.;:\"]{0,80}?"
    r"\s(?:is|are|was|were)\s+(?P<source>[^,.;:!?\"]{2,80}?)\s*[.!?]?\s*$"
)


def _joining_call(text: str, outside) -> list[Cue]:  # type: ignore[no-untyped-def]
    """'Joining in the call for calm is X.': X makes the call."""
    match = JOINING_CALL.match(text)
    if match is None or not outside(match.start("cue")):
        return []
    return [Cue(CueKind.INVERTED_VERB, Span(match.start("cue"), match.end("cue")), "joining",
                Span(match.start("source"), match.end("source")))]


PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
COLON_QUOTE = re.compile(r":\s*\"")


def _colon_quote(text: str, outside, settings: Settings) -> list[Cue]:  # type: ignore[no-untyped-def]
    """'Tusk went on: "..."': a colon opening a quotation makes the subject its speaker."""
    match = _first_outside(COLON_QUOTE, text, outside)
    if match is None:
        return []
    subject = initial_subject(text, settings)
    if subject is None or subject.end > match.start():
        return []
    return [Cue(CueKind.COLON_QUOTE, Span(match.start(), match.start() + 1), ":", subject)]


# A quotation credited to a person's name with no verb, an appositive at most after it:
# '"This is largely, I think, a political event," Michael Beckerman, the president of the
# Internet Association, a trade group ...' (heldout9 nP76aFcDi8GbjDns [14]).
QUOTE_CREDIT = re.compile(
    r'\s*"[^"]{2,}[,.!?]"\s+(?P<source>[A-Z][\w.\'\-]*(?:\s+[A-Z][\w.\'\-]*){1,3})'
    r'(?:,\s+(?:the|a|an)\s[^"]*?)?[.]?\s*$'
)


def _quote_credit(text: str, outside) -> list[Cue]:  # type: ignore[no-untyped-def]
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


def _speaker_label(text: str, outside) -> list[Cue]:  # type: ignore[no-untyped-def]
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


def _lead_in(text: str) -> list[Cue]:
    """A line naming only a record or an outlet, then a colon: what follows is its content."""
    if ":" not in text:  # every match ends in a colon
        return []
    match = LEAD_IN.fullmatch(text)
    if match is None or not (match["from"] or len(match["words"].split()) >= 2):
        return []
    colon = text.rindex(":")
    return [Cue(CueKind.LEAD_IN, Span(colon, colon + 1), ":", Span(match.start("source"), match.end("source")))]

