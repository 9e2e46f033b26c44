"""Find the cues whose speaker is the sentence's subject: ", saying", "issued a
statement", a verb frame ("held X responsible"), a colon opening a quotation."""

from __future__ import annotations

import re
from functools import cache

from sourcing.attribution.cue_kinds import Cue, CueKind
from sourcing.attribution.cue_patterns import first_outside
from sourcing.attribution.initial_subjects import initial_subject
from sourcing.attribution.lexicon_phrases import FRAME_GAP, lexicon_pattern
from sourcing.attribution.names import person_names
from sourcing.attribution.speech_complements import FINITE, clause_only_verbs, takes_speech
from sourcing.attribution.subjects import subject_before
from sourcing.attribution.verbs import document_only_verbs, general_cue_verbs, quantity_follows
from sourcing.lexicons import alternation, load_lexicon, load_lines
from sourcing.records import Span
from sourcing.settings import Settings


@cache
def _participle_pattern() -> re.Pattern[str]:
    return re.compile(rf",\s+(?:{alternation('participle_cues')})\b", re.IGNORECASE)


def participle_cue(text: str, outside, settings: Settings) -> list[Cue]:  # type: ignore[no-untyped-def]
    """'X did Y, saying Z': the participle's speaker is the sentence subject."""
    match = first_outside(_participle_pattern(), text, outside)
    if match is None:
        return _leading_participle_cue(text, outside, settings)
    participle = match.group(0)[1:].strip().lower()
    if participle in load_lexicon("figure_verbs") and quantity_follows(text, match.end()):
        return []  # "The construction industry led the way, adding 44,000 positions": a figure
    if participle in clause_only_verbs() and not takes_speech(text, match.end()):
        return []  # "..., adding to the 14,000 already deployed": an act, no speech (rule 7)
    if participle in PROMISES and not (PROMISED_ACT.match(text, match.end()) or takes_speech(text, match.end())):
        return []  # "signed onto the 2015 pact ..., promising a 26-28 percent cut": a pledge of a thing (rule 7)
    subject = (
        _joined_clause_subject(text, match.start())
        or _closing_credit_subject(text, match.start())
        or initial_subject(text, settings)
    )
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


# A credit closing the content right before the participle's comma: `, AP states` in "Pope
# Francis has "transcended the Roman Catholic community," AP states, adding that ...".
CLOSING_CREDIT = re.compile(
    r"(?:,|[,.]?[\"\u201d])\s+((?:[Tt]he\s+)?[A-Z][\w.&'\u2019\-]*(?:\s+[A-Z][\w.&'\u2019\-]*){0,4})\s+([a-z]+)\s*$"
)


def _closing_credit_subject(text: str, end: int) -> Span | None:
    """The speaker of a credit that closes the content just before the participle: "Pope Francis
    has "transcended ...," AP states, adding that Obama ..." adds the AP's words, not the pope's
    (heldout78 YKbrJxrysbUCBZ27 [6], whose participle took the sentence's first subject)."""
    credit = CLOSING_CREDIT.search(text, max(0, end - 80), end)
    if credit is None or credit.group(2) not in general_cue_verbs():
        return None
    return Span(credit.start(1), credit.end(1))


# Participles of a pledge: with a noun phrase for object ("promising new ethics rules") they
# report a commitment made, an act (heldout67 cTnUdHyeSGLYTNcj [3], read unattributed); with "to"
# or a clause they give what was pledged.
PROMISES = frozenset({"promising", "vowing", "pledging"})
PROMISED_ACT = re.compile(r"\s+(?:not\s+)?to\s", re.IGNORECASE)


@cache
def _leading_participle_pattern() -> re.Pattern[str]:
    """A participle opening the sentence with its content, a quotation or a "that" clause, up
    to the comma before the subject."""
    return re.compile(
        rf"\s*({alternation('participle_cues')})\s+"
        r"(?:\"[^\"]{1,300}\"\s*,?|that\s[^,;:\"]{1,150},)\s+",
        re.IGNORECASE,
    )


def _leading_participle_cue(text: str, outside, settings: Settings) -> list[Cue]:  # type: ignore[no-untyped-def]
    """'Saying "we do not confirm or deny ...," a spokeswoman for ... is refusing to comment':
    the participle's speaker is the subject after its content (heldout21 UIm58FHQeq3gcjdj [6]
    took the previous sentence's source, its own speaker unseen)."""
    match = _leading_participle_pattern().match(text)
    if match is None or not outside(match.start(1)):
        return []
    subject = initial_subject(text[match.end() :], settings)
    if subject is None:
        return []
    participle = Span(match.start(1), match.end(1))
    return [Cue(CueKind.PARTICIPLE, participle, match.group(1).lower(), subject.shifted(match.end()))]


# A clause joined by a conjunction, with a pronoun as its own subject, that the participle
# closes: "Obama considered nominating Rice ..., but she withdrew amid the criticism, saying".
JOINED_CLAUSE = re.compile(r",\s+(?:but|and|yet)\s+(he|she|they)\s+[a-z]+\b[^,;:\"\u201c\u201d]*$")


def _joined_clause_subject(text: str, end: int) -> Span | None:
    """The pronoun subject of a joined clause that ends where the participle opens, or None."""
    found = JOINED_CLAUSE.search(text, 0, end)
    return Span(found.start(1), found.end(1)) if found else None


@cache
def _statement_issued_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{alternation('statement_issue_verbs')})\s+(?:(?:a|an|his|her|its|their)\s+"
        rf"(?:[\w\-]+\s+){{0,2}}?(?:{alternation('statement_issue_nouns')})\b"
        r"|the\s+following\b)",  # "The NBA released the following in a statement"
        re.IGNORECASE,
    )


def statement_issued(text: str, outside, settings: Settings) -> list[Cue]:  # type: ignore[no-untyped-def]
    """'Sen. Warner issued a statement': the issuer is the source."""
    match = first_outside(_statement_issued_pattern(), text, outside, rare=True)
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
    frames = (lexicon_pattern(frame, FRAME_GAP) for frame in load_lines("cue_verb_frames"))
    return re.compile(rf"(?<![A-Za-z])(?:{'|'.join(frames)})(?![A-Za-z])", re.IGNORECASE)


def verb_frame(text: str, outside, settings: Settings) -> list[Cue]:  # type: ignore[no-untyped-def]
    """'Pompeo held Soleimani responsible', '"...," he rattled off': the subject speaks."""
    match = first_outside(_verb_frame_pattern(), text, outside, rare=True)
    if match is None:
        return []
    verb = match.group(0).split()[0].lower()
    if not verb.endswith("ing") and PASSIVE_BEFORE.search(text, 0, match.start()):
        return []  # "He was held responsible": the subject is the one accused ("is pleading": no passive)
    if _relative_that(text, match) or NEGATED_BEFORE.search(text, 0, match.start()):
        return []
    subject = subject_before(text, match.start(), settings)
    if subject is None:
        return []
    if verb in document_only_verbs():  # "He laid out his plans": the frame speaks, not a record verb
        if SUBORDINATE_BEFORE.search(text, 0, subject.start):
            return []
        verb = " ".join(match.group(0).split()[:2]).lower()
    return [Cue(CueKind.SUBJECT_VERB, Span(match.start(), match.end()), verb, subject)]


# A negation right before a frame ("Obama wasn't laying out actionable proposals", "the president
# had not sufficiently laid out his priorities", a corpus probe of stop 49): nothing was said.
NEGATED_BEFORE = re.compile(r"(?:\bnot|\bnever|n't|n’t)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


# A subordinating word right before the frame's subject ("But he encountered immediate
# resistance when he laid out the plan", "To the extent that Trump has laid out his vision of
# foreign policy, he is a neo-isolationist", a corpus probe of stop 49): the main clause is
# another's, the plan only its setting. Only for the frames of a record verb: "... took place
# when Senate minority leader Chuck Schumer took to Twitter to" still posts.
SUBORDINATE_BEFORE = re.compile(
    r"\b(?:when|whenever|if|after|before|because|since|while|once|until|unless|although|though|extent that)\s+$",
    re.IGNORECASE,
)


def _relative_that(text: str, match: re.Match[str]) -> bool:
    """ "he made an anti-Biden case that put him somewhere between Warren and Bennet": a verb
    right after a frame's "that" makes it a relative pronoun, and no content follows (a corpus
    probe of stop 49, OvlCNrKK6O8Uz7RB [104]); "made a case that taxes should fall" opens its
    clause with a subject."""
    if not match.group(0).lower().endswith("that"):
        return False
    after = text[match.end() :].split(maxsplit=1)
    word = after[0].lower().strip(",;:") if after else ""
    return word in FINITE or word in RELATIVE_PAST_VERBS or (word.endswith("ed") and word != "need")


# Past tenses not in "-ed" that open a relative clause after "a case that".
RELATIVE_PAST_VERBS = frozenset({"put", "made", "led", "set", "gave", "took", "won", "drew", "got"})


@cache
def _medium_opener() -> re.Pattern[str]:
    """ "In two letters to the State Department, dated April 16 and April 26, ": an opening
    phrase naming a medium, up to its comma, with a participle aside after it."""
    return re.compile(
        rf"In\s+(?:[\w\-]+\s+){{1,3}}?(?:{alternation('medium_nouns')})\b[^,;:\"“”]{{0,80}},\s*"
        r"(?:(?:dated|sent|written|posted|released|published|addressed)\b[^,;:\"“”]{0,60},\s*)?",
        re.IGNORECASE,
    )


# Content after a verb: a quotation, a colon, a "that" clause or an indirect question.
SAID_CONTENT = re.compile(r"[\"“:]|\b(?:that|how|whether|why|what)\b", re.IGNORECASE)
NEXT_LOWER_WORD = re.compile(r"\s*([a-z]+)\b")
SUBJECT_ASIDE = re.compile(r",[^,;:\"“”]{1,80},")


def medium_opener(text: str, outside, settings: Settings) -> list[Cue]:  # type: ignore[no-untyped-def]
    """ "In a letter ..., Issa has sought explicit guidance on how ...": after an opening medium,
    the subject's verb with content after it is a speech act in that medium (rule 7); a plain
    act or stance ("In a tweet after the interview, Trump seemed to relish a conflict") has none."""
    opener = _medium_opener().match(text)
    found = _active_subject_and_verb(text, opener.end(), outside, settings) if opener else None
    if found is None:
        return []
    subject, verb = found
    content = SAID_CONTENT.search(text, verb.end())
    if content is None or not _object_only(text[verb.end() : content.start()]):
        return []
    return [Cue(CueKind.SUBJECT_VERB, Span(verb.start(1), verb.end(1)), verb.group(1), subject)]


def speaking_setting(text: str, outside, settings: Settings) -> list[Cue]:  # type: ignore[no-untyped-def]
    """ "Speaking to an enthusiastic audience of several thousand on Memorial Day, Mitt Romney
    cast the presidential campaign as a choice between ...": after an opening "Speaking" and its
    setting, what the subject does is done in that speech, its content the subject's (rule 7;
    heldout60 CNN G3fLR2w0lpo1OoWx [0], keyed No source, read named_official; the readings of
    earlier sets read "Speaking at ..., Secretary Hagel invoked", "Mr Sharpton joined others in
    demanding" as the speaker's and kept the speaker in alt where they read the act). Not after
    "was" ("Trump was asked about": the question is the asker's), nor "Speaking of" (no setting)."""
    opener = SPEAKING_SETTING.match(text)
    if opener is None or not outside(opener.start(1)):
        return []
    found = _active_subject_and_verb(text, opener.end(), outside, settings)
    if found is None:
        return []
    return [Cue(CueKind.PARTICIPLE, Span(opener.start(1), opener.end(1)), "speaking", found[0])]


def _active_subject_and_verb(
    text: str, start: int, outside, settings: Settings  # type: ignore[no-untyped-def]
) -> tuple[Span, re.Match[str]] | None:
    """The subject opening the clause at `start` (after an opening phrase and its comma) and its
    verb, past an apposition ("Mark MacDougall, Pagliano's lawyer, informed"); None when there is
    none, the verb is quoted, or the clause is passive ("Trump was asked about")."""
    subject = initial_subject(text[start:], settings)
    if subject is None:
        return None
    subject = subject.shifted(start)
    aside = SUBJECT_ASIDE.match(text, subject.end)
    verb = _verb_after(text, aside.end() if aside else subject.end)
    if verb is None or not outside(verb.start()) or PASSIVE_BEFORE.search(text, 0, verb.start(1)):
        return None
    return subject, verb


# "Speaking" and its setting up to the comma before the subject: a preposition, then no quotation
# and no clause break; a dateline may come first ("San Diego, California (CNN) – "). Not a
# subject spoken to ("Speaking to the seriousness given to his speech, Boehner employed a
# teleprompter", a corpus probe of stop 49).
SPEAKING_SETTING = re.compile(
    r"(?:[A-Z][^\n\"“”]{0,60}?\s[-–—]+)?\s*(Speaking)\s+(?:to|at|before|with|during|in|on|from|after|outside|inside|alongside|via|by)\s"
    r"(?!the\s+(?:\w+(?:ness|ity|ism|ance|ence)|issues?|questions?|points?|matters?|concerns?|topics?)\b)"
    r"[^,.;:\"“”\n]{2,150},\s+"
)


# Between a verb and its content, at most a short object ("informed the FBI that", "sought
# explicit guidance on how"); a clause break or a second verb ("knocks on several numbered doors
# and enters what appears ...") means the content is no object of the verb's.
CLAUSE_BREAK = re.compile(r"[;,]|\band\b")
OBJECT_WORDS = 4


def _object_only(between: str) -> bool:
    return len(between.split()) <= OBJECT_WORDS and CLAUSE_BREAK.search(between) is None


def _verb_after(text: str, end: int) -> re.Match[str] | None:
    """The first lower-case word after `end` that is no adverb or auxiliary ("has", "also");
    None where a function word comes first ("a man in a tie knocks": the subject goes on)."""
    adverbs = load_lexicon("adverbs_before_verb")
    while (word := NEXT_LOWER_WORD.match(text, end)) is not None:
        if word.group(1) in load_lexicon("function_words"):
            return None
        if word.group(1) not in adverbs:
            return word
        end = word.end()
    return None


PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
COLON_QUOTE = re.compile(r":\s*\"")


def colon_quote(text: str, outside, settings: Settings) -> list[Cue]:  # type: ignore[no-untyped-def]
    """'Tusk went on: "..."': a colon opening a quotation makes the subject its speaker."""
    match = first_outside(COLON_QUOTE, text, outside)
    if match is None:
        return []
    subject = initial_subject(text, settings)
    if subject is None or subject.end > match.start():
        return []
    if _named_in_quotation(text[subject.start : subject.end], text[match.end() :]):
        return []  # "Mayor Pete Buttigieg also shined: “... Mayor Pete’s team ...”": about him
    return [Cue(CueKind.COLON_QUOTE, Span(match.start(), match.start() + 1), ":", subject)]


CAPITALIZED = re.compile(r"[A-Z][\w\-]+")


def _named_in_quotation(subject: str, quotation: str) -> bool:
    """The quotation names the person of the subject in the third person: words about them,
    someone else's, not their own (GUIDELINES: the content's source decides)."""
    named = {word for name in person_names(subject) for word in name.split()}
    return not named.isdisjoint(CAPITALIZED.findall(quotation))
