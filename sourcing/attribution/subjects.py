"""Find the source phrase a cue points to: the subject before a verb, the phrase after it."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from sourcing.lexicons import alternation, lexicon_union, load_lexicon
from sourcing.records import Span
from sourcing.settings import DEFAULT_SETTINGS, Settings

CLAUSE_MARKS = '";:()[]'

PHRASE_END = re.compile(
    r",|;|:|\"|\s(?:that|as|and said|to say|during|while|when|after|before|because|since|until)\s|\s[-—–]\s|$"
)


def phrase_after(text: str, start: int, settings: Settings = DEFAULT_SETTINGS) -> Span | None:
    """Return the noun phrase starting at `start`, up to the next clause mark."""
    while start < len(text) and text[start] in "\"' ":
        start += 1  # 'citing "Republican and Democratic aides ..."': the quote opens the phrase
    limit = min(len(text), start + settings.source_chars)
    end_match = PHRASE_END.search(text, start, limit)
    end = end_match.start() if end_match else limit
    end = _extend_relative_clause(text, end)
    while end > start and text[end - 1] in " .,":
        end -= 1
    return Span(start, end) if end > start else None


RELATIVE = re.compile(r",\s+(?:who|which|whose)\s[^,.;\"]*", re.IGNORECASE)


def _extend_relative_clause(text: str, end: int) -> int:
    """Take in ", who asked not to be named" after a source: it describes the source."""
    match = RELATIVE.match(text, end)
    return match.end() if match else end


# "Kellyanne Conway, Trump's former campaign manager, told": a possessive opens one too.
# ... or a name of up to three words: "David Rosenfeld, Local 229's attorney, told".
APPOSITIVE_START = re.compile(r"\s*(?:[a-z]|\d|[A-Z][\w.\-]*(?:\s(?:[A-Z][\w.\-]*|\d+)){0,2}['’]s\s+[a-z])")
# "Rep. Frank Wolf, R-Va., and other lawmakers expressed": a group joined to the name.
JOINED_GROUP = re.compile(r"\s*and\s+(?:other|several|some|many|fellow|two|three|four)\s+[a-z]")
# "Sen. John Barrasso, R-Wyo., said": a party and state tag describes the name before it.
PARTY_TAG = re.compile(r"\s*[RDI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\s*")


def closes_appositive(text: str, comma: int) -> bool:
    """Whether the comma at `comma` closes an appositive or relative clause of the name that
    opens the clause: "David Mulroney, a former Canadian ambassador to China, said ..."."""
    start = comma
    while start > 0 and text[start - 1] not in CLAUSE_MARKS:
        start -= 1
    chunks = CHUNK_COMMA.split(text[start:comma])
    if len(chunks) < 2:
        return False
    last = chunks[-1]
    head = _past_ages(chunks, len(chunks) - 2)
    previous = chunks[head]
    opener = head == 0 or (head == 1 and _short_opener(chunks[0]))  # "Last month, Gen. ..."
    if not opener:
        return False
    if _role_description(previous) and _ends_with_name(last) and last[:1] == " ":
        return True  # "The chief spokesman for the Pentagon, Rear Adm. John Kirby, said"
    party = PARTY_TAG.fullmatch(last) is not None  # "Nancy Pelosi, D-Calif., said"
    opens = party or APPOSITIVE_START.match(last) is not None or RELATIVE_CHUNK.match(last) is not None
    return (party and _name_last(previous)) or (opens and _ends_with_name(previous))


def closes_opening_relative(text: str, comma: int) -> bool:
    """Whether the comma at `comma` closes a relative clause of the phrase that opens the
    sentence: "Two Obama administration officials, who asked not to be named, confirmed ..."
    (the verb after it is the subject's, not an inverted cue's)."""
    chunks = CHUNK_COMMA.split(text[:comma])
    return (
        len(chunks) == 2
        and not any(mark in text[:comma] for mark in CLAUSE_MARKS)
        and RELATIVE_CHUNK.match(chunks[1]) is not None
    )


def _past_ages(chunks: list[str], index: int) -> int:
    """The index of the chunk before `index`'s run of ages ("Craig Koblitz, 62, a yacht
    repairman ..., said": the age is no description of its own), `index` without one."""
    while index > 0 and AGE_CHUNK.fullmatch(chunks[index]):
        index -= 1
    return index


def _name_last(chunk: str) -> bool:
    """ "A spokesman for House Speaker Nancy Pelosi": a capitalized last word, whatever the
    chunk's length (a party tag after it can only describe a person)."""
    words = chunk.split()
    return bool(words) and words[-1][:1].isupper()


AGE_CHUNK = re.compile(r"\s*\d{1,3}\s*")
ROLE_DESCRIPTION = re.compile(r"\s*(?:the|a|an)\s", re.IGNORECASE)


def _short_opener(chunk: str) -> bool:
    """ "Last month", "On Tuesday", "By contrast": a short phrase opening the sentence."""
    words = chunk.split()
    return 0 < len(words) <= 3 and words[0][:1].isupper() and not _ends_with_name(chunk)


def _role_description(chunk: str) -> bool:
    """ "The chief spokesman for the Pentagon": a described role, then the person's name."""
    words = [w.lower().strip(".,'’") for w in chunk.split()]
    return ROLE_DESCRIPTION.match(chunk) is not None and bool(
        set(words) & lexicon_union("official_roles", "person_roles", "unnamed_heads")
    )


def _ends_with_name(chunk: str) -> bool:
    """A short chunk ending in a capitalized word ("Timothy Hagle") can take an appositive."""
    words = chunk.split()
    if not words or (len(words) > 6 and not all(w[:1].isupper() for w in words)):
        return False  # a long chunk is a clause, unless all title and name (train: 7 words)
    last = words[-1].strip("\"')")
    if words[0].lower() in OPENING_PREPOSITIONS or last.lower() in load_lexicon("months_days"):
        return False  # "On Friday, a White House spokesman told CNN": no name before
    return last[:1].isupper() and last.lower() not in load_lexicon("clause_adverbs")


# "Nancy Pelosi (D-Calif.)", "The Israel Defence Forces (IDF)", "U.S. Central Command (CentCom)"
# "Kenny Marchant (R) of Texas told": the state after a party tag describes the name too.
PARENTHESIZED_TAG = re.compile(
    r"\s\((?:[RDI]|[RDI]-[A-Z][A-Za-z.\- ]{1,12}|[A-Z][A-Za-z.&\-]{0,9}[A-Z]|[A-Z][a-z]+[A-Z][a-z]+)\)"
    r"(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?\s*$"
)
PARENTHETICAL_ASIDE = re.compile(
    r",\s*(?:for instance|for example|in fact|of course|though|however|too|meanwhile|instead),?\s*$",
    re.IGNORECASE,
)
PARTICIPLE_ASIDE = re.compile(
    r",\s*(?:released|published|conducted|commissioned|issued|taken|filed|obtained|seen)\s[^,;\"]{1,50},\s*$",
    re.IGNORECASE,
)
# "A larger poll, released Tuesday by Education Next, a journal published by ..., found": the
# aside may end with a description of its agent (train).
DESCRIBED_PARTICIPLE_ASIDE = re.compile(
    r",\s*(?:released|published|conducted|commissioned|issued|taken|filed|obtained|seen)\s[^,;\"]{1,50}"
    r",\s*(?:a|an|the)\s[^,;\"]{1,70},\s*$",
    re.IGNORECASE,
)
PRESENT_PARTICIPLE_ASIDE = re.compile(r",\s*[a-z]+ing\s[^,;\"]{1,100},\s*$")
COUNTED_SUBJECT = re.compile(r"\s*(?:one|two|three|four|several|some|another|other|many)\s", re.IGNORECASE)
OPENING_PREPOSITIONS = frozenset({"on", "in", "at", "after", "before", "during", "since", "by", "until"})
RELATIVE_CHUNK = re.compile(r"\s*(?:which|who|whose)\b")
PRONOUN_CHUNK = re.compile(r"\s*(?:he|she|they|it|we|i)\s*$", re.IGNORECASE)
# "he'd say", "they'll say": a pronoun with its 'would' or 'will' contracted.
CONTRACTED_AUXILIARY = re.compile(r"\b(?:he|she|they|we|I|you)(['’](?:d|ll))$", re.IGNORECASE)
REFLEXIVE_END = re.compile(r"(?<=\S)\s+(?:itself|himself|herself|themselves)$")
# A subject pronoun ending a span ("Speaking on condition of anonymity he").
TRAILING_PRONOUN = re.compile(r"\s(he|she|they|we|I)$", re.IGNORECASE)
# "a press conference, at which it said it had:", "strikes on what it said was": the pronoun
# after the relative word is the verb's subject, and refers back like any other.
RELATIVE_PRONOUN_SUBJECT = re.compile(r"\b(?:what|which)\s+(he|she|it)$", re.IGNORECASE)
# "..., and also say": a second verb of the sentence's subject; not adverbs joined ("both
# privately and publicly say", heldout10 95BejCmPmNf8nYb3 [5]), whose subject is before them.
COORDINATED_VERB = re.compile(
    r"(?<![a-z]ly)(?:,\s*|\s)(?:and|but)\s+(?:\w+ly\s+|also\s+)?$", re.IGNORECASE
)


def subject_before(
    text: str, verb_start: int, settings: Settings = DEFAULT_SETTINGS
) -> Span | None:
    """Return the noun phrase that ends right before the verb, or None."""
    if "(" in text:
        text = _party_tags_unbracketed(text)
    if COORDINATED_VERB.search(
        text, max(0, verb_start - settings.coordinated_verb_chars), verb_start
    ):
        return initial_subject(text, settings)
    end = _skip_adverbs_back(text, verb_start, settings)
    contracted = CONTRACTED_AUXILIARY.search(text, max(0, end - 12), end)
    if contracted:  # "She could survive it, he'd say": the subject is "he"
        end = contracted.start(1)
    aside = PARENTHETICAL_ASIDE.search(text, max(0, end - 30), end)
    if aside:  # "A poll by the Detroit News, for instance, showed": the aside is no subject
        end = aside.start()
    participle = PARTICIPLE_ASIDE.search(text, max(0, end - 60), end) or (
        DESCRIBED_PARTICIPLE_ASIDE.search(text, max(0, end - 140), end)
    )
    if participle:  # "The Gallup poll, released Wednesday, found": so is a participle's aside
        end = participle.start()
    doing = PRESENT_PARTICIPLE_ASIDE.search(text, max(0, end - 110), end)
    if doing:  # "The president, speaking before he departs the summit, said"
        end = doing.start()
    lower = max(0, end - settings.source_chars)
    tag = PARENTHESIZED_TAG.search(text, lower, end)
    start = tag.start() if tag else end  # "Nancy Pelosi (D-Calif.) said": the tag is no clause mark
    while start > lower and text[start - 1] not in CLAUSE_MARKS:
        start -= 1
    relative = _relative_antecedent(text, start, end)
    if relative is not None:
        return relative
    last_chunk = text[start:end].rsplit(",", 1)[-1]
    last_clause = None if JOINED_GROUP.match(last_chunk) else _leading_clause(last_chunk)
    if last_clause and "," in text[start:end]:
        start = end - len(text[start:end].rsplit(",", 1)[-1]) + last_clause.end()
    chunks = CHUNK_COMMA.split(text[start:end])
    kept: list[str] = []
    for position in range(len(chunks) - 1, -1, -1):
        chunk = chunks[position]
        kept.append(chunk)
        if not chunk.strip() and len(kept) == 1:
            continue
        previous = chunks[_past_ages(chunks, position - 1)] if position else ""
        is_relative = RELATIVE_CHUNK.match(chunk) is not None and bool(previous.strip())
        # "Nielsen, one person said": a counted group right before the verb is its subject,
        # not a description of Nielsen.
        counted = position == len(chunks) - 1 and COUNTED_SUBJECT.match(chunk) is not None
        joined = JOINED_GROUP.match(chunk) is not None and not is_relative
        appositive = (
            (
                APPOSITIVE_START.match(chunk) is not None
                or PARTY_TAG.fullmatch(chunk) is not None
                or joined
                or AGE_CHUNK.fullmatch(chunk) is not None
            )
            and _ends_with_name(previous)
            and not counted
        ) or (position < len(chunks) - 1 and _state_of_a_place(chunk, previous)) or (
            PARTY_TAG.fullmatch(chunk) is not None and _name_last(previous)
        )
        if PRONOUN_CHUNK.match(chunk) or not (is_relative or appositive):
            break
    subject_start = end - len(",".join(reversed(kept)))
    while subject_start < end and text[subject_start] in " ,-–—":  # a dateline's dash too
        subject_start += 1
    first_chunk_end = text.find(",", subject_start, end)
    subject_start = _trim_leading_clause(
        text, subject_start, end if first_chunk_end < 0 else first_chunk_end, settings
    )
    subject_end = end
    while subject_end > subject_start and text[subject_end - 1] in " ,":
        subject_end -= 1
    if subject_end <= subject_start:
        return None
    subject_start = _pronoun_after_opener(text, subject_start, subject_end)
    subject_start = _after_leading_date(text, subject_start, subject_end)
    member = MEMBER_OF_SPEAKERS.match(text, subject_start, subject_end)
    if member:  # "Mr. Klein was among several supporters who questioned": Klein did
        return Span(subject_start, member.end(1))
    last_word = text[subject_start:subject_end].rsplit(" ", 1)[-1]
    if last_word.lower() in load_lexicon("not_subject_end") and not last_word.isupper():
        return None
    if text[subject_start:subject_end].split(" ", 1)[0] in load_lexicon("not_subject_start"):
        return None  # "on his radio show", "is one of four aides charged": no subject
    if _finite_clause(text[subject_start:subject_end]):
        pronoun = TRAILING_PRONOUN.search(text, subject_start, subject_end)
        if pronoun:  # "the loophole is one he says could be eliminated": the pronoun speaks
            return Span(pronoun.start(1), subject_end)
        return None  # "Mueller has put off the sentencing ... of two former Trump aides charged"
    reflexive = REFLEXIVE_END.search(text, subject_start, subject_end)
    if reflexive:  # "Dawa itself, however, issued a statement": the source is Dawa
        subject_end = reflexive.start()
    return Span(subject_start, subject_end)


# "Mr. Klein was among several supporters who questioned why ...", "She is one of the lawmakers
# who called for ...": the subject is one of those who spoke (rule 7).
MEMBER_OF_SPEAKERS = re.compile(
    r"([^,]*?)\s+(?:was|is|were|are)\s+(?:among|one\s+of)\s+[^,]*?\bwho\s*$", re.IGNORECASE
)
FINITE_AUXILIARY = re.compile(
    r"\s(?:has|have|had|did|didn['’]t|does|doesn['’]t|is|was|were|are|will|would)\s", re.IGNORECASE
)
DASH = re.compile(r"\s[-–—]+\s")
CLAUSE_WORD = re.compile(r"\b(?:who|whom|whose|which|that|what|where|when|how|why)\b", re.IGNORECASE)


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
# before a comma inside the subject, whose brackets and comma are no clause marks.
BRACKETED_PARTY = re.compile(r"\(([RDI])(?:-|\.,?\s?)([A-Z][A-Za-z.]{1,6}(?:\s[A-Z][A-Za-z.]{1,6})?)\)(?=,)")


def _party_tags_unbracketed(text: str) -> str:
    """`text` with each bracketed party tag written as a bare one of the same length
    ("(R., Ga.)" -> " R-Ga.   "), so spans into it still slice the original."""
    return BRACKETED_PARTY.sub(
        lambda m: f" {m.group(1)}-{m.group(2)}".ljust(len(m.group(0))), text
    )


def _state_of_a_place(chunk: str, previous: str) -> bool:
    """ "in Dixon, Nebraska, said", "in Washington, D.C., told": the state between a town's
    comma and another names where the person before is from; it is no subject of its own
    ("In the Caspian Sea, Russia says": the state closing the span is)."""
    words, town = chunk.split(), previous.split()[-1:]
    if not words or len(words) > 2 or not town or not town[0][:1].isupper():
        return False
    return chunk.strip() == "D.C." or all(
        w[:1].isupper() and w.lower() in load_lexicon("places") for w in words
    )


def _pronoun_after_opener(text: str, start: int, end: int) -> int:
    """Where the subject starts when a leading adverbial clause without its comma ends in a
    pronoun ("Speaking on condition of anonymity he said", "In his opening statement he
    announced"): at the pronoun; else `start`. A span opening otherwise ("what he calls",
    "which three he") is a clause the pronoun belongs to."""
    pronoun = TRAILING_PRONOUN.search(text, start, end)
    opener = _leading_adverbial_word().match(text, start, end)
    if pronoun and opener:
        return pronoun.start(1)
    relative = RELATIVE_PRONOUN_SUBJECT.search(text, start, end)
    return relative.start(1) if relative else start


def _after_leading_date(text: str, start: int, end: int) -> int:
    """Where the subject starts after a date opening the span without its comma ("On Tuesday
    an unnamed senior Egyptian forensics official told", "Last March the ministry said"):
    after the date; else `start`."""
    date = _leading_date().match(text, start, end)
    return date.end() if date and date.end() < end else start


@cache
def _leading_date() -> re.Pattern[str]:
    """"On Tuesday ", "Last March ", "Early on Monday ": a date and the words after it."""
    days = alternation("months_days")
    return re.compile(
        rf"(?:(?:on|in|last|early|late|earlier|later)\s+){{1,2}}(?:{days})\s+(?=[a-z])",
        re.IGNORECASE,
    )


@cache
def _leading_adverbial_word() -> re.Pattern[str]:
    """The first word of a leading adverbial clause ("In", "Speaking", "Asked")."""
    return re.compile(rf"(?:{alternation('adverbial_openers')})\s", re.IGNORECASE)


# A comma between clauses or appositives, not inside a number ("a survey of 1,000 voters").
CHUNK_COMMA = re.compile(r",(?!\d{3}\b)")
# "that" after a preposition or opening the span is a determiner, not a clause ("Opponents of
# involving the court in that process argue", "That autopsy recommended"; train, train3).
LEADING_CLAUSE = re.compile(
    r"(?:.*\s)?(?:(?<=\S\s)(?<!\bin\s)(?<!\bof\s)(?<!\bat\s)(?<!\bon\s)(?<!\bby\s)(?<!\bto\s)"
    r"(?<!\bfor\s)(?<!\bwith\s)(?<!\bfrom\s)(?<!\babout\s)(?<!\bunder\s)that|and|but|while|as|because|"
    r"when|where|after|before|so|if|since|although|though|whom)\s+",
    re.IGNORECASE,
)

ROLE_AND = re.compile(r"\b([A-Za-z]+)\s+and\s+$")
WORD_AT = re.compile(r"[a-z]+\b")
INSTITUTION_AND = re.compile(r"\b(?:of|for)\s+(?:[A-Z][\w.'\-]*\s+)+and\s+$")
JOINED_NAME = re.compile(r"\s*(?:[A-Z][\w.'\-]*\s+)+and\s+")


def _trim_leading_clause(text: str, start: int, end: int, settings: Settings) -> int:
    """Drop a leading clause ("... and officials" -> "officials") from a subject span."""
    chunk = text[start:end]
    if len(chunk) > settings.source_chars:
        return start
    match = _leading_clause(chunk)
    return start + match.end() if match else start


def _leading_clause(chunk: str, end: int | None = None) -> re.Match[str] | None:
    """LEADING_CLAUSE's match, unless its "and" joins a name ("Centers for Disease Control and
    Prevention", "Department of Health and Human Services") or two roles of one person ("the
    Vermont lawmaker and former presidential contender": the clause ends before them)."""
    match = LEADING_CLAUSE.match(chunk, 0, len(chunk) if end is None else end)
    if match and JOINED_NAME.fullmatch(chunk, 0, match.end()):
        return None  # "Trump and other top officials": one subject, not a clause and a subject
    if (
        match
        and INSTITUTION_AND.search(chunk, 0, match.end())
        and chunk[match.end() : match.end() + 1].isupper()
    ):
        return None
    roles = _coordinated_roles(chunk, match.end()) if match else None
    if roles is not None:  # "The former Utah governor and ambassador to China": one person
        return _leading_clause(chunk, roles.start())
    return match


def _coordinated_roles(chunk: str, after_and: int) -> re.Match[str] | None:
    """The "<role> and " ending at `after_and` when a role word follows it too, or None."""
    before = ROLE_AND.search(chunk, 0, after_and)
    after = WORD_AT.match(chunk, after_and)
    roles = load_lexicon("official_roles") | load_lexicon("person_roles")
    if before and after and before[1].lower() in roles and after[0] in roles:
        return before
    return None


@cache
def _trailing_time() -> re.Pattern[str]:
    """A time or channel phrase ending a window: "on Monday", "Monday", "in a statement".

    A channel needs its preposition: in "..., Twitter noted" Twitter is the source.
    """
    words = alternation("trailing_time_words")
    channels = alternation("trailing_channel_words")
    return re.compile(
        rf"(?:\s+(?:on|late|early|last|this|earlier|later|in|on)?\s*(?:{words})"
        rf"(?:\s+(?:night|morning|afternoon|evening))?|\s+(?:in|on)\s+(?:{channels})"
        r"|\s+(?:in|on)\s+(?:a|an)\s+\w+(?:\s+\w+)?)\s*$"
    )


def _skip_adverbs_back(text: str, position: int, settings: Settings) -> int:
    """Move left over white space, adverbs ('also', 'has') and time phrases ('on Monday')."""
    adverbs = load_lexicon("adverbs_before_verb")
    end = position
    window = text[max(0, position - settings.time_phrase_chars) : position]
    time = _trailing_time().search(window)
    if time:
        end = position - (len(window) - time.start())
    while True:
        stripped = end
        while stripped > 0 and text[stripped - 1] == " ":
            stripped -= 1
        word_start = stripped
        while word_start > 0 and text[word_start - 1].isalpha():
            word_start -= 1
        raw = text[word_start:stripped]
        word = raw.lower()
        capitalized_name = raw[:1].isupper() and word_start > 0  # "Ms. May said": no modal
        if word and word in adverbs and word_start < stripped and not capitalized_name:
            end = word_start
            continue
        if word == "and" and end < position and _adverb_before(text, word_start, adverbs):
            end = word_start  # "both privately and publicly say": adverbs joined
            continue
        return stripped


def _adverb_before(text: str, position: int, adverbs: frozenset[str]) -> bool:
    """Tell whether the word before `position` is one of `adverbs`."""
    words = text[max(0, position - 30) : position].split()
    return bool(words) and words[-1].lower() in adverbs


@cache
def _leading_adverbial() -> re.Pattern[str]:
    """An opening adverbial clause up to its comma: "In a statement, ", "Speaking to reporters, "."""
    words = alternation("adverbial_openers")
    return re.compile(rf"(?:{words})\b[^,]{{0,80}},\s*", re.IGNORECASE)


# "WASHINGTON –", "EL PASO, Texas (AP) —", "Washington (CNN) -": a place opening the lede is
# no subject; the subject follows the dash.
DATELINE = re.compile(
    r"\s*(?:[A-Z][A-Z.'\-]*(?:\s+[A-Z][A-Z.'\-]*)*|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*\([^()]{1,30}\))"
    r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?(?:\s*\([^()]{1,30}\))?\s+[-–—]+\s+"
)


def initial_subject(text: str, settings: Settings = DEFAULT_SETTINGS) -> Span | None:
    """Return the noun phrase that opens a sentence, after any leading adverbial clause."""
    dateline = DATELINE.match(text)
    start = dateline.end() if dateline else 0
    adverbial = _leading_adverbial().match(text, start)
    if adverbial:
        start = adverbial.end()
    while start < len(text) and text[start] in ' "(':
        start += 1
    allowed = _subject_vocabulary()
    end = start
    for token in re.finditer(r"\S+", text[start : start + settings.source_chars]):
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
        lexicon_union(
            "official_roles", "unnamed_heads", "person_roles", "org_heads",
            "descriptor_adjectives", "document_heads",
        )
        | frozenset(
            {"of", "the", "a", "an", "for", "and", "senior", "top", "former", "acting", "deputy"}
        )
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
    name = NAME_BEFORE.search(before)
    if name is None:
        return None
    return Span(start + name.start(), start + name.end())
