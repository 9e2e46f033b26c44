"""Find attribution cues in a sentence: reporting verbs, "according to", relays, hedges."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from sourcing.lexicons import load_lexicon
from sourcing.records import Span


class CueKind(StrEnum):
    """How a cue introduces its source."""

    SUBJECT_VERB = "subject_verb"  # "Officials said ..."
    INVERTED_VERB = "inverted_verb"  # '"...," said a senior official'
    ACCORDING_TO = "according_to"
    CITING = "citing"
    QUOTED_AS = "quoted_as"  # "Reuters quoted an official as saying"
    STATEMENT = "statement"  # "X issued a statement", "X released a statement"
    COLON_QUOTE = "colon_quote"  # 'Tusk went on: "..."'
    IN_RECORD = "in_record"  # "prosecutors said in a court filing": the record is the source
    PASSIVE = "passive"  # "was announced by the ministry"
    PARTICIPLE = "participle"  # "The judge denied the request, saying ..."
    HEDGE = "hedge"  # "was understood to", "reportedly"
    NO_COMMENT = "no_comment"  # "declined to comment"


@dataclass(frozen=True)
class Cue:
    """One cue: what signals it, where, and the span of the source it names."""

    kind: CueKind
    span: Span  # the cue words themselves
    words: str
    source: Span | None = None
    via: Span | None = None  # the relaying outlet of a QUOTED_AS chain


WORD = re.compile(r"[A-Za-z][A-Za-z'\-.]*[A-Za-z]|[A-Za-z]")
DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "his",
        "her",
        "its",
        "their",
        "this",
        "that",
        "these",
        "those",
        "our",
        "my",
        "your",
        "some",
        "any",
        "no",
    ]
)
CLAUSE_MARKS = '";:()[]'
MAX_SOURCE_CHARS = 160


@lru_cache(maxsize=1)
def cue_verbs() -> frozenset[str]:
    """Reporting-verb forms: the GGT list, less the too-general ones, plus our extras."""
    return general_cue_verbs() | load_lexicon("record_verbs")


@lru_cache(maxsize=1)
def general_cue_verbs() -> frozenset[str]:
    """Verbs that attribute whatever kind of source is their subject."""
    ggt = load_lexicon("reporting_verbs_ggt") - load_lexicon("cue_verbs_excluded")
    return ggt | load_lexicon("cue_verbs_extra")


@lru_cache(maxsize=1)
def record_only_verbs() -> frozenset[str]:
    """Verbs that attribute only when a record or an institution is the subject ("found")."""
    return load_lexicon("record_verbs") - general_cue_verbs()


@lru_cache(maxsize=32)  # one pattern per lexicon: maxsize=1 rebuilt it at each change of name
def _phrase_pattern(name: str) -> re.Pattern[str]:
    phrases = sorted(load_lexicon(name), key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?<![A-Za-z])(?:{body})(?![A-Za-z])", re.IGNORECASE)


def find_phrases(name: str, text: str) -> list[re.Match[str]]:
    """Return the matches of lexicon `name`'s phrases in `text`, case-insensitive."""
    return list(_phrase_pattern(name).finditer(text))


def find_cues(normalized: str, sentence: Span, quoted: bytearray) -> list[Cue]:
    """Return the cues of one sentence, outside quotations, in order of position."""
    text = normalized[sentence.start : sentence.end]
    base = sentence.start

    def outside(offset: int) -> bool:
        return quoted[base + offset] == 0

    cues: list[Cue] = []
    cues += _according_to(text, outside)
    cues += _citing(text, outside)
    cues += _quoted_as(text, outside)
    cues += _verb_cues(text, outside)
    cues += _participle(text, outside)
    cues += _passive_agent(text, outside)
    cues += _in_record(text, outside)
    cues += _statement_issued(text, outside)
    cues += _colon_quote(text, outside)
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
    return sorted((_shift(c, base) for c in cues), key=lambda c: c.span.start)


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
PHRASE_END = re.compile(
    r",|;|:|\"|\s(?:that|as|and said|to say|during|while|when|after|before|because|since|until)\s|\s-\s|$"
)


def _phrase_after(text: str, start: int) -> Span | None:
    """Return the noun phrase starting at `start`, up to the next clause mark."""
    while start < len(text) and text[start] in "\"' ":
        start += 1  # 'citing "Republican and Democratic aides ..."': the quote opens the phrase
    end_match = PHRASE_END.search(text, start, min(len(text), start + MAX_SOURCE_CHARS))
    end = end_match.start() if end_match else min(len(text), start + MAX_SOURCE_CHARS)
    end = _extend_relative_clause(text, end)
    while end > start and text[end - 1] in " .,":
        end -= 1
    return Span(start, end) if end > start else None


RELATIVE = re.compile(r",\s+(?:who|which|whose)\s[^,.;\"]*", re.IGNORECASE)


def _extend_relative_clause(text: str, end: int) -> int:
    """Take in ", who asked not to be named" after a source: it describes the source."""
    match = RELATIVE.match(text, end)
    return match.end() if match else end


def _according_to(text: str, outside) -> list[Cue]:  # type: ignore[no-untyped-def]
    cues = []
    for m in ACCORDING.finditer(text):
        if outside(m.start()):
            source = _phrase_after(text, m.end())
            cues.append(Cue(CueKind.ACCORDING_TO, Span(m.start(), m.end()), "according to", source))
    return cues


def _citing(text: str, outside) -> list[Cue]:  # type: ignore[no-untyped-def]
    cues = []
    for m in CITING.finditer(text):
        if outside(m.start()):
            cues.append(
                Cue(
                    CueKind.CITING, Span(m.start(), m.end()), "citing", _phrase_after(text, m.end())
                )
            )
    return cues


AS_SAYING = re.compile(r"\s+as\s+(?:saying|telling|stating|writing)\b", re.IGNORECASE)


def _quoted_as(text: str, outside) -> list[Cue]:  # type: ignore[no-untyped-def]
    cues = []
    for m in QUOTED_AS.finditer(text):
        if not outside(m.start()):
            continue
        tail = text[m.end() : m.end() + MAX_SOURCE_CHARS]
        as_saying = AS_SAYING.search(tail)
        if not as_saying:
            continue
        source = Span(m.end(), m.end() + as_saying.start())
        via = _subject_before(text, m.start())
        cues.append(Cue(CueKind.QUOTED_AS, Span(m.start(), m.end()), "quoted", source, via))
    return cues


PROGRESSIVE = frozenset({"is", "are", "was", "were", "been"})


def _plausible_subject_before(word: str) -> bool:
    """A noun-verb form ("reports") is a verb after a name, a pronoun or a plural noun."""
    lowered = word.lower()
    if not word or lowered in DETERMINERS:
        return False
    return (
        word[:1].isupper()
        or lowered in {"he", "she", "they", "it", "who", "also"}
        or (lowered.endswith("s") and not lowered.endswith("ss"))
        or lowered in _record_and_body_nouns()
    )


@lru_cache(maxsize=1)
def _record_and_body_nouns() -> frozenset[str]:
    return load_lexicon("document_heads") | load_lexicon("org_heads") | load_lexicon("outlet_terms")


def _verb_cues(text: str, outside) -> list[Cue]:  # type: ignore[no-untyped-def]
    verbs = cue_verbs()
    ambiguous = load_lexicon("cue_verbs_ambiguous")
    cues = []
    tokens = list(WORD.finditer(text))
    for i, token in enumerate(tokens):
        word = token.group(0).lower()
        if word not in verbs or not outside(token.start()):
            continue
        if word == "quoted" or (i and not token.group(0).islower()):
            continue
        before = tokens[i - 1].group(0).lower() if i else ""
        if word.endswith("ing") and before not in PROGRESSIVE:
            continue
        after_quote = '"' in text[max(0, token.start() - 4) : token.start()]
        if (
            word in ambiguous
            and not after_quote
            and not _plausible_subject_before(tokens[i - 1].group(0) if i else "")
        ):
            continue
        # Both readings are kept, the inverted first: the decision takes the first whose
        # source phrase can be classified ("..., said the latest missile" is no source).
        cues += [c for c in (_inverted(text, token), _subject_cue(text, token)) if c is not None]
    return cues


INVERTED_LEFT = re.compile(r"(?:,\s*\"|\"\s*,?|,)\s*$")
DESCRIPTOR_START = re.compile(r"(?:a|an|the|another|one|two|three|several|some)\s", re.IGNORECASE)
INVERTED_STOP = re.compile(
    r"(?:on|in|at|that|to|last|this|after|before|during|when|of|about)\b", re.IGNORECASE
)


def _inverted(text: str, token: re.Match[str]) -> Cue | None:
    """'"...," said X' and ', said X': the source follows the verb."""
    left = text[max(0, token.start() - 4) : token.start()]
    if not INVERTED_LEFT.search(left) and text[: token.start()].strip():
        return None
    after = token.end()
    while after < len(text) and text[after] == " ":
        after += 1
    if after >= len(text) or INVERTED_STOP.match(text, after) or not text[after].isalpha():
        return None
    if '"' not in left and not (text[after].isupper() or DESCRIPTOR_START.match(text, after)):
        return None
    source = _phrase_after(text, after)
    if source is None:
        return None
    rest = text[source.end :].strip(" .!?\"')")
    if '"' not in left and rest and not rest.startswith(","):
        return (
            None  # ", said X" must close the sentence: "said Jesus Christ told ..." is not inverted
        )
    if rest.startswith(",") and APPOSITIVE_START.match(rest[1:]) and '"' not in rest:
        end = len(text.rstrip(" .!?\"')"))
        source = Span(source.start, end)  # "said Daryl Kimball, executive director of ..."
    return Cue(
        CueKind.INVERTED_VERB, Span(token.start(), token.end()), token.group(0).lower(), source
    )


def _subject_cue(text: str, token: re.Match[str]) -> Cue | None:
    """'X said ...': the source is the noun phrase before the verb."""
    source = _subject_before(text, token.start())
    if source is None:
        return None
    return Cue(
        CueKind.SUBJECT_VERB, Span(token.start(), token.end()), token.group(0).lower(), source
    )


APPOSITIVE_START = re.compile(r"\s*(?:[a-z]|\d)")
# A subject never ends in one of these: the verb then belongs to another clause.
NOT_SUBJECT_END = frozenset(
    [
        "in",
        "on",
        "at",
        "of",
        "to",
        "for",
        "by",
        "with",
        "from",
        "into",
        "about",
        "as",
        "than",
        "been",
        "being",
        "be",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "not",
        "no",
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "that",
        "this",
        "which",
        "who",
        "whom",
        "whose",
        "there",
        "here",
        "it's",
        "very",
        "so",
        "such",
        "you",
        "me",
        "him",
        "her",
        "them",
        "us",
    ]
)


def _ends_with_name(chunk: str) -> bool:
    """A short chunk ending in a capitalized word ("Timothy Hagle") can take an appositive."""
    words = chunk.split()
    if not words or len(words) > 6:
        return False
    last = words[-1].strip("\"')")
    return last[:1].isupper() and last.lower() not in COORDINATORS


COORDINATORS = frozenset(
    {
        "still",
        "however",
        "but",
        "and",
        "yet",
        "also",
        "meanwhile",
        "instead",
        "now",
        "then",
        "moreover",
        "furthermore",
        "additionally",
        "indeed",
        "so",
        "thus",
        "therefore",
        "separately",
        "later",
        "earlier",
        "today",
        "yesterday",
        "tonight",
        "previously",
        "again",
        "nevertheless",
        "nonetheless",
        "overall",
    }
)
RELATIVE_CHUNK = re.compile(r"\s*(?:which|who|whose)\b")
PRONOUN_CHUNK = re.compile(r"\s*(?:he|she|they|it|we|i)\s*$", re.IGNORECASE)
COORDINATED_VERB = re.compile(r"(?:,\s*|\s)(?:and|but)\s+(?:\w+ly\s+|also\s+)?$", re.IGNORECASE)


def _subject_before(text: str, verb_start: int) -> Span | None:
    """Return the noun phrase that ends right before the verb, or None."""
    if COORDINATED_VERB.search(text, max(0, verb_start - 30), verb_start):
        return initial_subject(text)
    end = _skip_adverbs_back(text, verb_start)
    lower = max(0, end - MAX_SOURCE_CHARS)
    start = end
    while start > lower and text[start - 1] not in CLAUSE_MARKS:
        start -= 1
    relative = _relative_antecedent(text, start, end)
    if relative is not None:
        return relative
    last_clause = LEADING_CLAUSE.match(text[start:end].rsplit(",", 1)[-1])
    if last_clause and "," in text[start:end]:
        start = end - len(text[start:end].rsplit(",", 1)[-1]) + last_clause.end()
    chunks = text[start:end].split(",")
    kept: list[str] = []
    for position in range(len(chunks) - 1, -1, -1):
        chunk = chunks[position]
        kept.append(chunk)
        if not chunk.strip() and len(kept) == 1:
            continue
        previous = chunks[position - 1] if position else ""
        is_relative = RELATIVE_CHUNK.match(chunk) is not None and bool(previous.strip())
        appositive = APPOSITIVE_START.match(chunk) is not None and _ends_with_name(previous)
        if PRONOUN_CHUNK.match(chunk) or not (is_relative or appositive):
            break
    subject_start = end - len(",".join(reversed(kept)))
    while subject_start < end and text[subject_start] in " ,":
        subject_start += 1
    first_chunk_end = text.find(",", subject_start, end)
    subject_start = _trim_leading_clause(
        text, subject_start, end if first_chunk_end < 0 else first_chunk_end
    )
    subject_end = end
    while subject_end > subject_start and text[subject_end - 1] in " ,":
        subject_end -= 1
    if subject_end <= subject_start:
        return None
    last_word = text[subject_start:subject_end].rsplit(" ", 1)[-1]
    if last_word.lower() in NOT_SUBJECT_END and not last_word.isupper():
        return None
    return Span(subject_start, subject_end)


LEADING_CLAUSE = re.compile(
    r"(?:.*\s)?(?:that|and|but|while|as|because|when|where|after|before|so|if|since|although|though|whom)\s+",
    re.IGNORECASE,
)


def _trim_leading_clause(text: str, start: int, end: int) -> int:
    """Drop a leading clause ("... and officials" -> "officials") from a subject span."""
    chunk = text[start:end]
    if len(chunk) > MAX_SOURCE_CHARS:
        return start
    match = LEADING_CLAUSE.match(chunk)
    return start + match.end() if match else start


TRAILING_TIME = re.compile(
    r"(?:\s+(?:on|late|early|last|this|earlier|later|in|on)?\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|week|month|year|night|morning|afternoon|evening|a statement|an interview|"
    r"a tweet|Twitter|Facebook|a post|an email|a letter|a television interview|a news conference)"
    r"(?:\s+(?:night|morning|afternoon|evening))?|\s+(?:in|on)\s+(?:a|an)\s+\w+(?:\s+\w+)?)\s*$"
)


def _skip_adverbs_back(text: str, position: int) -> int:
    """Move left over white space, adverbs ('also', 'has') and time phrases ('on Monday')."""
    adverbs = load_lexicon("adverbs_before_verb")
    end = position
    window = text[max(0, position - 60) : position]
    time = TRAILING_TIME.search(window)
    if time:
        end = position - (len(window) - time.start())
    while True:
        stripped = end
        while stripped > 0 and text[stripped - 1] == " ":
            stripped -= 1
        word_start = stripped
        while word_start > 0 and text[word_start - 1].isalpha():
            word_start -= 1
        word = text[word_start:stripped].lower()
        if word and word in adverbs and word_start < stripped:
            end = word_start
            continue
        return stripped


PARTICIPLE = re.compile(
    r",\s+(?:saying|adding|arguing|noting|warning|claiming|insisting|telling|writing|explaining|tweeting|"
    r"posting|announcing|replying|responding|vowing|promising|urging|accusing|"
    r"declaring|stating|calling|acknowledging|asserting|contending|stressing|suggesting)\b",
    re.IGNORECASE,
)
LEADING_ADVERBIAL = re.compile(
    r"(?:in|on|at|during|after|before|speaking|asked|earlier|later|however|but|and|meanwhile|last|"
    r"this|also|still|separately|instead|since|from|with|while|when|as|according|under|for)\b[^,]{0,80},\s*",
    re.IGNORECASE,
)
SUBJECT_WORD = re.compile(r"[A-Z][\w.'\-]*|of|the|for|and|de|al|bin|von|van|le|la|du|[a-z][\w\-]*")


def _first_outside(pattern: re.Pattern[str], text: str, outside) -> re.Match[str] | None:  # type: ignore[no-untyped-def]
    """The pattern's first match in `text`, if it starts outside quotation marks."""
    match = pattern.search(text)
    return match if match and outside(match.start()) else None


def _participle(text: str, outside) -> list[Cue]:  # type: ignore[no-untyped-def]
    """'X did Y, saying Z': the participle's speaker is the sentence subject."""
    match = _first_outside(PARTICIPLE, text, outside)
    if match is None:
        return []
    subject = initial_subject(text)
    if subject is None:
        return []
    return [
        Cue(
            CueKind.PARTICIPLE,
            Span(match.start() + 1, match.end()),
            match.group(0)[1:].strip().lower(),
            subject,
        )
    ]


def initial_subject(text: str) -> Span | None:
    """Return the noun phrase that opens a sentence, after any leading adverbial clause."""
    start = 0
    adverbial = LEADING_ADVERBIAL.match(text)
    if adverbial:
        start = adverbial.end()
    while start < len(text) and text[start] in ' "(':
        start += 1
    allowed = _subject_vocabulary()
    end = start
    for token in re.finditer(r"\S+", text[start : start + MAX_SOURCE_CHARS]):
        word = token.group(0).rstrip(",")
        bare = word.lower().removesuffix("'s")
        if word[:1].isupper() or bare in allowed:
            end = start + token.start() + len(word)
            if token.group(0).endswith(","):
                break
            continue
        break
    while end > start and text[end - 1] in " ,.":
        end -= 1
    words = text[start:end].split()
    while words and words[-1].lower() in {"of", "the", "for", "and"}:
        end -= len(words.pop()) + 1
    return Span(start, end) if end > start and words else None


@lru_cache(maxsize=1)
def _subject_vocabulary() -> frozenset[str]:
    """Lower-case words that can stand inside a sentence-opening source phrase."""
    return (
        load_lexicon("official_roles")
        | load_lexicon("unnamed_heads")
        | load_lexicon("person_roles")
        | load_lexicon("org_heads")
        | load_lexicon("descriptor_adjectives")
        | load_lexicon("document_heads")
        | frozenset(
            {"of", "the", "a", "an", "for", "and", "senior", "top", "former", "acting", "deputy"}
        )
    )


PASSIVE_AGENT = re.compile(
    r"\b(?:was|were|been|is|are)\s+(?:\w+ly\s+|not\s+|first\s+|also\s+)?(?:announced|said|stated|reported|confirmed|"
    r"revealed|denied|disclosed|told|described|criticized|condemned)\s+(?:[^,;\"]{0,40}?\s)?by\s+",
    re.IGNORECASE,
)


def _passive_agent(text: str, outside) -> list[Cue]:  # type: ignore[no-untyped-def]
    """'This message was announced by X': the agent after 'by' is the source."""
    cues = []
    for m in PASSIVE_AGENT.finditer(text):
        if outside(m.start()):
            source = _phrase_after(text, m.end())
            cues.append(Cue(CueKind.PASSIVE, Span(m.start(), m.end()), "by", source))
    return cues


RELATIVE_PRONOUN = re.compile(r",\s*(?:who|which)\s*$", re.IGNORECASE)
NAME_BEFORE = re.compile(r"(?:(?:[A-Z][\w.'\-]*|of|the|for|al|bin|de)\s+)*[A-Z][\w.'\-]*$")


def _relative_antecedent(text: str, start: int, end: int) -> Span | None:
    """'..., met Defense Minister X, who said ...': the source is X."""
    chunk = text[start:end]
    relative = RELATIVE_PRONOUN.search(chunk)
    if relative is None:
        return None
    before = chunk[: relative.start()]
    name = NAME_BEFORE.search(before)
    if name is None:
        return None
    return Span(start + name.start(), start + name.end())


IN_RECORD = re.compile(
    r"\b(?:in|according to)\s+(?:a|an|the|their|his|her|its)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:court\s+)?(?:filing|filings|lawsuit|complaint|indictment|court papers|court documents|court records|"
    r"motion|ruling|affidavit|subpoena|warrant)\b",
    re.IGNORECASE,
)


def _in_record(text: str, outside) -> list[Cue]:  # type: ignore[no-untyped-def]
    """'Prosecutors said in a court filing': a legal record is the source."""
    match = _first_outside(IN_RECORD, text, outside)
    if match is None:
        return []
    start = match.start() + len(match.group(0).split()[0]) + 1
    return [
        Cue(CueKind.IN_RECORD, Span(match.start(), match.end()), "in", Span(start, match.end()))
    ]


STATEMENT_ISSUED = re.compile(
    r"\b(?:issued|released|put out|posted|sent|published|tweeted)\s+(?:a|an|his|her|its|their)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:statement|tweet|video|post|letter|message|response|memo)\b",
    re.IGNORECASE,
)


def _statement_issued(text: str, outside) -> list[Cue]:  # type: ignore[no-untyped-def]
    """'Sen. Warner issued a statement': the issuer is the source."""
    match = _first_outside(STATEMENT_ISSUED, text, outside)
    if match is None:
        return []
    subject = _subject_before(text, match.start())
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


COLON_QUOTE = re.compile(r":\s*\"")


def _colon_quote(text: str, outside) -> list[Cue]:  # type: ignore[no-untyped-def]
    """'Tusk went on: "..."': a colon opening a quotation makes the subject its speaker."""
    match = _first_outside(COLON_QUOTE, text, outside)
    if match is None:
        return []
    subject = initial_subject(text)
    if subject is None or subject.end > match.start():
        return []
    return [Cue(CueKind.COLON_QUOTE, Span(match.start(), match.start() + 1), ":", subject)]
