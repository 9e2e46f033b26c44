"""Find the subject a cue's verb points back to: the noun phrase that ends right before it.

What it steps over has its modules: `verb_adverbs` (adverbs and a time phrase before the
verb), `subject_asides` (an aside between the subject and its verb), `subject_starts` (an
opener before the subject), `subject_chunks` (which chunks before the verb are the subject),
`appositives` (a name's appositive or relative clause) and `leading_clauses` (a clause before
the subject). `following_phrases` finds the phrase after a cue,
`initial_subjects` the phrase that opens a sentence.
"""

from __future__ import annotations

import re
from functools import cache

from sourcing.attribution.appositives import (
    AGE_CHUNK,
    APPOSITIVE_START,
    CHUNK_COMMA,
    CLAUSE_MARKS,
    JOINED_GROUP,
    PARTY_TAG,
    RELATIVE_CHUNK,
    describes_a_thing,
    ends_in_appositive_name,
    ends_with_name,
    name_last,
    organization_role,
    party_description,
    past_ages,
    relative_going_on,
    state_of_a_place,
)
from sourcing.attribution.initial_subjects import initial_subject
from sourcing.attribution.leading_clauses import leading_clause, trim_leading_clause
from sourcing.attribution.sentence_openers import LEADING_ADVERB_FOR
from sourcing.attribution.subject_asides import end_before_asides
from sourcing.attribution.subject_chunks import (
    COUNTED_SUBJECT,
    bare_group,
    described_name,
    listed_in_an_appositive,
    listed_names,
)
from sourcing.attribution.subject_starts import (
    TRAILING_PRONOUN,
    after_leading_adverb,
    after_leading_date,
    after_lone_dash,
    past_opening_appositive,
    pronoun_after_opener,
)
from sourcing.attribution.verb_adverbs import ING_FORM, skip_adverbs_back
from sourcing.lexicons import alternation, lexicon_union, load_lexicon
from sourcing.records import Span
from sourcing.settings import DEFAULT_SETTINGS, Settings
from sourcing.text.name_cards import window_back

# "Nancy Pelosi (D-Calif.)", "The Israel Defence Forces (IDF)", "U.S. Central Command (CentCom)"
# "Kenny Marchant (R) of Texas told": the state after a party tag describes the name too.
# "Mary Kay Henry, president of the Service Employees International Union (SEIU), claimed": a
# tag that closes an appositive, its comma after it (else the bracket cut the subject to nothing
# and the sentence lost its own cue).
PARENTHESIZED_TAG = re.compile(
    r"\s\((?:[RDI]|[RDI]-[A-Z][A-Za-z.\- ]{1,12}|[A-Z][A-Za-z.&\-]{0,9}[A-Z]|[A-Z][a-z]+[A-Z][a-z]+)\)"
    r"(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?,?\s*$"
)
PRONOUN_CHUNK = re.compile(r"\s*(?:he|she|they|it|we|i)\s*$", re.IGNORECASE)
REFLEXIVE_END = re.compile(r"(?<=\S)\s+(?:itself|himself|herself|themselves)$")
# "..., and also say": a second verb of the sentence's subject; not adverbs joined ("both
# privately and publicly say", heldout10 95BejCmPmNf8nYb3 [5]), whose subject is before them.
COORDINATED_VERB = re.compile(
    r"(?<![a-z]ly)(?:,\s*|\s)(?:and|but)\s+(?:\w+ly\s+|also\s+)?$", re.IGNORECASE
)


def subject_before(
    text: str, verb_start: int, settings: Settings = DEFAULT_SETTINGS
) -> Span | None:
    """Return the noun phrase that ends right before the verb, or None."""
    end = skip_adverbs_back(text, verb_start, settings)
    quoted = quoted_name_before(text, end) or quoted_description_before(text, end)
    if quoted is None:
        return _subject_before(_titles_unquoted(text, end, settings), verb_start, settings)
    if _named_as().search(text, max(0, quoted.start - 40), quoted.start - 1):
        return quoted  # 'the personalities known as "Diamond and Silk" claim': the name speaks
    # 'GOP members of the "Gang of Eight" said': the quotation marks of a name inside the
    # subject are no clause marks (blanked, so the spans still slice the original)
    unquoted = f"{text[: quoted.start - 1]} {text[quoted.start : quoted.end]} {text[quoted.end + 1 :]}"
    subject = _subject_before(unquoted, verb_start, settings)
    if subject is None or subject == quoted or subject.end != quoted.end:
        return subject
    return Span(subject.start, subject.end + 1)


# A quoted title inside the subject, a lower-case word after it: 'Fauci, appearing on NBC’s
# “Today” show, suggested' (dev9512 bCtqDeeOTa8APUtg [2]: the marks cut the subject to "show").
QUOTED_TITLE_INSIDE = re.compile(
    r'"(?:[A-Z][\w.&\'’\-]*\s+(?:(?:and|of|the|for|&)\s+)?){0,5}[A-Z][\w&\'’\-]*\w"(?=\s+[a-z])'
)


def _titles_unquoted(text: str, end: int, settings: Settings) -> str:
    """`text` with the quotation marks of the quoted titles inside the subject before `end`
    blanked (a title's marks are no clause marks; the length is kept, so spans still slice
    the original); `text` itself when there is none."""
    titles = list(QUOTED_TITLE_INSIDE.finditer(text, max(0, end - settings.source_chars), end))
    if not titles:
        return text
    chars = list(text)
    for title in titles:
        chars[title.start()] = chars[title.end() - 1] = " "
    return "".join(chars)


@cache
def _named_as() -> re.Pattern[str]:
    """A naming phrase right before a quoted name: "known as", "a group called the"."""
    return re.compile(rf"\b(?:{alternation('naming_phrases')})\s+(?:the\s+)?$", re.IGNORECASE)


def _subject_before(text: str, verb_start: int, settings: Settings) -> Span | None:
    """`subject_before` for a verb with no quoted name right before it."""
    if "(" in text:
        text = _party_tags_unbracketed(text)
    if COORDINATED_VERB.search(
        text, max(0, verb_start - settings.coordinated_verb_chars), verb_start
    ):
        return initial_subject(text, settings)
    end = skip_adverbs_back(text, verb_start, settings)
    end = _skip_again(text, end_before_asides(text, end), settings)
    lower = past_opening_appositive(text, window_back(text, end, settings.source_chars), end)
    if OBJECT_RELATIVE.search(text, lower, end):
        return None  # "Mills, an aide who Republicans have accused of ...": the clause's verb
    tag = PARENTHESIZED_TAG.search(text, lower, end)
    start = tag.start() if tag else end  # "Nancy Pelosi (D-Calif.) said": the tag is no clause mark
    while start > lower and text[start - 1] not in CLAUSE_MARKS:
        start -= 1
    start = after_lone_dash(text, start, end)
    relative = _relative_antecedent(text, start, end)
    if relative is not None:
        return relative
    last_chunk = text[start:end].rsplit(",", 1)[-1]
    last_clause = None if JOINED_GROUP.match(last_chunk) else leading_clause(last_chunk)
    if last_clause and "," in text[start:end]:
        start = end - len(text[start:end].rsplit(",", 1)[-1]) + last_clause.end()
    chunks = CHUNK_COMMA.split(text[start:end])
    listed = listed_in_an_appositive(chunks)
    kept: list[str] = listed_names(chunks)  # "Jeb Bush, Ted Cruz and Donald Trump said"
    positions = () if kept else range(len(chunks) - 1, -1, -1)  # else chunk by chunk from the verb
    for position in positions:
        chunk = chunks[position]
        kept.append(chunk)
        if (not chunk.strip() and len(kept) == 1) or position in listed:
            continue
        previous = chunks[past_ages(chunks, position - 1)] if position else ""
        is_relative = (RELATIVE_CHUNK.match(chunk) is not None or relative_going_on(chunk, previous)) and bool(
            previous.strip()
        )
        # "Nielsen, one person said", "Biden, aides say,": a counted or bare plural group right
        # before the verb is its subject, not a description of the name.
        counted = position == len(chunks) - 1 and (
            COUNTED_SUBJECT.match(chunk) is not None or bare_group(chunk) or described_name(chunk)
        )
        joined = JOINED_GROUP.match(chunk) is not None and not is_relative
        appositive = (
            (
                APPOSITIVE_START.match(chunk) is not None
                or organization_role(chunk)
                or party_description(chunk)
                or joined
                or AGE_CHUNK.fullmatch(chunk) is not None
            )
            and (ends_with_name(previous) or (ends_in_appositive_name(previous) and describes_a_thing(chunk)))
            and not counted
        ) or (position < len(chunks) - 1 and state_of_a_place(chunk, previous)) or (
            PARTY_TAG.fullmatch(chunk) is not None and name_last(previous)
        )
        if PRONOUN_CHUNK.match(chunk) or not (is_relative or appositive):
            break
    subject_start = end - len(",".join(reversed(kept)))
    while subject_start < end and text[subject_start] in " ,-–—":  # a dateline's dash too
        subject_start += 1
    first_chunk_end = text.find(",", subject_start, end)
    subject_start = trim_leading_clause(
        text, subject_start, end if first_chunk_end < 0 else first_chunk_end, settings
    )
    subject_end = end
    while subject_end > subject_start and text[subject_end - 1] in " ,":
        subject_end -= 1
    if subject_end <= subject_start:
        return None
    subject_start = pronoun_after_opener(text, subject_start, subject_end)
    adverbial = LEADING_ADVERB_FOR.match(text, subject_start, subject_end)
    if adverbial is not None:
        subject_start = adverbial.end()  # "Less comfortingly for Trump, the poll found"
    subject_start = after_leading_date(text, subject_start, subject_end)
    subject_start = after_leading_adverb(text, subject_start, subject_end)
    free_relative = FREE_RELATIVE.match(text, subject_start, subject_end)
    if free_relative and ING_FORM.match(text, verb_start):
        subject_start = free_relative.end()  # "conflicts with what China hawks ... have been saying"
    member = MEMBER_OF_SPEAKERS.match(text, subject_start, subject_end)
    if member:  # "Mr. Klein was among several supporters who questioned": Klein did
        return Span(subject_start, member.end(1))
    last_word = text[subject_start:subject_end].rsplit(" ", 1)[-1]
    if (
        last_word.lower() in load_lexicon("not_subject_end")
        and not last_word.isupper()
        and not _relative_ends_in_object(text[subject_start:subject_end], last_word)
    ):
        return None
    first_word = text[subject_start:subject_end].split(" ", 1)[0]
    if first_word in load_lexicon("not_subject_start"):
        return None  # "on his radio show", "is one of four aides charged": no subject
    if first_word.lower() in load_lexicon("no_one_openers"):
        return None  # "No group immediately claimed responsibility": no one spoke
    if _finite_clause(text[subject_start:subject_end]):
        pronoun = TRAILING_PRONOUN.search(text, subject_start, subject_end)
        if pronoun:  # "the loophole is one he says could be eliminated": the pronoun speaks
            return Span(pronoun.start(1), subject_end)
        return None  # "Mueller has put off the sentencing ... of two former Trump aides charged"
    subject_end = _before_manner_adverbs(text, subject_start, subject_end)
    reflexive = REFLEXIVE_END.search(text, subject_start, subject_end)
    if reflexive:  # "Dawa itself, however, issued a statement": the source is Dawa
        subject_end = reflexive.start()
    return Span(subject_start, subject_end)


def _before_manner_adverbs(text: str, start: int, end: int) -> int:
    """The end of the subject before the manner adverb closing it and the adverbs, auxiliaries
    and reflexive before that ("Trump himself also strongly suggested": "Trump"; "the group
    quite clearly criticized": "the group"; `manner_adverbs.txt`). Only the source's words
    change: the verb was read as the cue with them."""
    tokens = list(re.finditer(r"\S+", text[start:end]))
    if len(tokens) < 2 or tokens[-1].group().lower() not in load_lexicon("manner_adverbs"):
        return end
    closing = lexicon_union("manner_adverbs", "adverbs_before_verb", "degree_adverbs")
    while len(tokens) > 1 and tokens[-1].group().lower() in closing:
        tokens.pop()
    return start + tokens[-1].end()


# 'the personalities known as "Diamond and Silk" claim', 'members of the "Gang of Eight" said':
# a name in quotation marks, every word capitalized but a joining word, right before the verb.
QUOTED_NAME = re.compile(
    r'"((?:[A-Z][\w.&\'’\-]*\s+(?:(?:and|of|the|for|&)\s+)?){0,5}[A-Z][\w&\'’\-]*\w)"\s*$'
)


def quoted_name_before(text: str, end: int) -> Span | None:
    """The name in quotation marks that ends right before `end`, the verb's subject: a quoted
    name is no quotation the verb closes, which would end with its punctuation or hold
    lower-case words ('"It's common sense" said X')."""
    match = QUOTED_NAME.search(text, max(0, end - 80), end)
    return Span(match.start(1), match.end(1)) if match else None


# '"Two officials familiar with the document's contents" reportedly told ABC that ...': the
# sentence opens with a description of its speakers in quotation marks (the writer quotes the
# other outlet's words for them), no punctuation of its own inside.
QUOTED_OPENING = re.compile(r'\s*"([^".,;:!?]{3,120})"\s*$')
SPEAKER_WORDS = frozenset({"i", "we", "you", "me", "us", "my", "our", "your"})


def quoted_description_before(text: str, end: int) -> Span | None:
    """The quoted description of unnamed speakers that opens `text` and ends right before
    `end`, the verb's subject (heldout27 mgfgdMIamdCB8Jye [2]): a head noun of unnamed sources
    in its first three words ("Two officials", "Senior administration officials"). A quotation
    in someone's voice ('"We trust the officials" ...') is none."""
    match = QUOTED_OPENING.fullmatch(text, 0, end)
    if match is None:
        return None
    words = re.findall(r"[a-z]+", match.group(1).lower())
    if SPEAKER_WORDS & set(words) or not load_lexicon("unnamed_heads") & set(words[:3]):
        return None
    return Span(match.start(1), match.end(1))


def _skip_again(text: str, end: int, settings: Settings) -> int:
    """`end` moved back past the adverbs an aside hid or a first pass left ("The emails did,
    however, show", "Nancy Pelosi has, meanwhile, announced", "López Obrador on Wednesday also
    renewed"), unless the first word passed is capitalized: a name ("Long, clutching a photo
    ..., told" is Long's, not the adverb "long")."""
    earlier = skip_adverbs_back(text, end, settings)
    passed = text[earlier:end].split()
    return end if passed and passed[0][:1].isupper() else earlier


# "Mr. Klein was among several supporters who questioned why ...", "She is one of the lawmakers
# who called for ...": the subject is one of those who spoke (rule 7).
MEMBER_OF_SPEAKERS = re.compile(
    r"([^,]*?)\s+(?:was|is|were|are)\s+(?:among|one\s+of)\s+[^,]*?\bwho\s*$", re.IGNORECASE
)
# "Cheryl Mills, a top Clinton aide who Republicans have accused of ...": a relative clause
# with a subject of its own between "who" and the verb; the verb is that clause's, about the
# person described, and names no source of the sentence (GUIDELINES rule 7: the sentence is
# narration; the accusers stand in its alt).
# Also "regulations which the Centers for Disease Control and Prevention (CDC) had called
# essential" (heldout51 qPqfm3BZBchGXPna [1]: the whole main clause was taken for the subject).
OBJECT_RELATIVE = re.compile(
    r"\s(?:who|whom)\s+(?:the\s+)?[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,2}\s*$"
    r"|\swhich\s+(?:the\s+)?[A-Z][\w.'\-]*(?:\s+(?:[A-Z][\w.'\-]*|of|for|and|on))*?"
    r"(?:\s+\([A-Z][\w.&'\-]*\))?\s*$"
)
FINITE_AUXILIARY = re.compile(
    r"\s(?:has|have|had|did|didn['’]t|does|doesn['’]t|is|was|were|are|will|would)\s", re.IGNORECASE
)
DASH = re.compile(r"\s[-–—]+\s")
# "It also conflicts with what China hawks in Trump's own administration have been saying"
# (train GnLc0ecOkMgwSGDu, gold unnamed_source, the hawks): a progressive cue (read only after
# a form of "be", verbs.py) closing a free relative has the words after "what" for its
# subject, the group whose ongoing line the sentence reports; the words before are the
# sentence's own clause. A simple form there is left as it was ("what Biden had said earlier",
# "what the network said were confessions", "Here's what Barack Obama told": gold reads these
# by the sentence around them). "what" may open the subject, which need not open the text
# ("In Washington, what China hawks ..."): no "^", which `match` at a later start never meets.
FREE_RELATIVE = re.compile(r"(?:.*\s)?what\s+", re.IGNORECASE)
CLAUSE_WORD = re.compile(r"\b(?:who|whom|whose|which|that|what|where|when|how|why)\b", re.IGNORECASE)


# "A Massachusetts official who worked for him described him as ...": a relative clause inside
# the subject may end in an object pronoun (dev9508 0JwnV3T1BSYdUIxV [11] was unattributed).
OBJECT_PRONOUNS = frozenset({"me", "him", "her", "them", "us"})
RELATIVE_WHO = re.compile(r"^\S.*\s(?:who|whom)\s\S")


def _relative_ends_in_object(subject: str, last_word: str) -> bool:
    """The subject a noun phrase and a "who" clause whose last word is an object pronoun."""
    return last_word.lower() in OBJECT_PRONOUNS and RELATIVE_WHO.search(subject) is not None


def _finite_clause(subject: str) -> bool:
    """Whether the span's first chunk has a finite auxiliary of its own ("Mueller has put off the
    sentencing until later this month of two former Trump aides", "The nosedive Mrs. Clinton's
    rating has taken among independents"): a clause, not a noun phrase; a relative clause ("A
    man who was at the scene") may have one."""
    first = DASH.split(subject.split(",", 1)[0])[-1]  # "The stakes are high -- Mr. Trump"
    auxiliary = FINITE_AUXILIARY.search(first)
    return (
        auxiliary is not None
        and len(first[auxiliary.end() :].split()) >= 2  # "Mr. Trump has specifically called"
        and CLAUSE_WORD.search(first) is None
    )


# "Sen. David Perdue (R., Ga.), who attended the meeting, said": a party tag in brackets
# before a comma inside the subject, whose brackets and comma are no clause marks; so is one
# written with a comma right before the verb ("Senate Minority Leader Chuck Schumer (D., N.Y.)
# agreed", heldout17 UcBiQia9Z6NVurIp [2]: its comma cut the subject to "N.Y.)"; a tag with a
# hyphen there is PARENTHESIZED_TAG's).
BRACKETED_PARTY = re.compile(
    r"\(([RDI])(?:(?:-|\.,?\s?)(?P<state>[A-Z][A-Za-z.]{1,6}(?:\s[A-Z][A-Za-z.]{1,6})?)\)(?=,)"
    r"|\.,\s?(?P<state_before_verb>[A-Z][A-Za-z.]{1,6}(?:\s[A-Z][A-Za-z.]{1,6})?)\)(?=\s+[a-z]))"
)


def _party_tags_unbracketed(text: str) -> str:
    """`text` with each bracketed party tag written as a bare one of the same length, ending
    where the bracket did ("(R., Ga.)" -> "    R-Ga."), so spans into it still slice the
    original and a subject that ends with the tag keeps its closing bracket."""
    return BRACKETED_PARTY.sub(
        lambda m: f" {m.group(1)}-{m['state'] or m['state_before_verb']}".rjust(len(m.group(0))), text
    )


RELATIVE_PRONOUN = re.compile(r",\s*(?:who|which)\s*$", re.IGNORECASE)
NAME_BEFORE = re.compile(r"(?:(?:[A-Z][\w.'\-]*|of|the|for|al|bin|de)\s+)*[A-Z][\w.'\-]*$")


def _relative_antecedent(text: str, start: int, end: int) -> Span | None:
    """'..., met Defense Minister X, who said ...': the source is X."""
    chunk = text[start:end]
    relative = RELATIVE_PRONOUN.search(chunk)
    if relative is None:
        return None
    before = chunk[: relative.start()]
    described = NAME_DESCRIBED_BEFORE.search(before) if "who" in relative.group(0).lower() else None
    if described is not None:
        # "Sen. Bob Corker, the Republican chairman of the Foreign Relations Committee, who
        # criticized": the person and their description (was "of the Foreign Relations Committee")
        return Span(start + described.start(1), start + described.end(1))
    name = NAME_BEFORE.search(before)
    if name is None:
        return None
    described = DESCRIBED_AT_AN_ORGANIZATION.match(before)
    if described and _organization_name(name.group(0)):
        return Span(start + described.start(1), start + described.end(1))
    return Span(start + name.start(), start + name.end())


# A name and the description set off after it, right before ", who": the one the clause is of.
NAME_DESCRIBED_BEFORE = re.compile(
    r"(?:^|[.;:]\s+|\s)((?:[A-Z][\w.'\u2019\-]*\s+){0,3}[A-Z][\w.'\u2019\-]*,\s(?:a|an|the)\s[^,;:\"]{1,80})\s*$"
)


# "Kara Dansky is an attorney with Women's Liberation Front, or WoLF, who testified ...": after a
# person described by their post at an organization, "who" is the person, not the
# organization's name or acronym before it (heldout37 GhzMQhEiIwETEXgZ [15]; [16] "She said"
# carried "WoLF").
DESCRIBED_AT_AN_ORGANIZATION = re.compile(
    r"\s*((?:[A-Z][\w.'’\-]*\s+){1,3}[A-Z][\w.'’\-]*)\s+(?:is|was)\s+(?:a|an)\s+[a-z][^,;:\"]{0,60}?"
    r"\s(?:with|at|for)\s+[A-Z]"
)
ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*")


def _organization_name(name: str) -> bool:
    """An acronym ("WoLF", "ACLU") or a name whose last word is an organization's head ("Women's
    Liberation Front"): no person a relative "who" could be."""
    return ACRONYM.fullmatch(name) is not None or name.split()[-1].lower() in load_lexicon("org_heads")
