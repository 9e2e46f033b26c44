"""Tell whether a verb that reports speech only with its content takes it: "add" reports in
"he added", "added that ...", '"...," she added.', "added: ..." and "adding it was too early",
not with a noun phrase for its object ("China has since added retaliatory duties on ...",
"adding to the confusion", "add more funding to the program"): then it is a plain act, no
speech (GUIDELINES rule 7; heldout37 Aeie4dEXy9ffPPc8 [15], `clause_only_verbs.txt`)."""

from __future__ import annotations

import re

from sourcing.lexicons import load_lexicon

# The words after the verb up to the first punctuation mark or quotation mark, within 120
# characters, and that mark ("" at the end of the text or of the window).
WINDOW = re.compile(r"([^.,;:!?\"“”()\[\]—–]{0,120})([.,;:!?\"“”()\[\]—–]?)")
WORD = re.compile(r"[A-Za-z][\w'’\-]*")
# Times and adverbs the verb's content may come after: "added later that", "adds Tuesday".
TIMES = frozenset(
    {"later", "earlier", "then", "also", "further", "too", "today", "yesterday", "tonight", "again",
     "though", "however", "meanwhile", "moreover"}
)
PERIOD_HEADS = frozenset({"this", "last", "next"})
TIME_NOUNS = frozenset({"week", "weekend", "month", "year", "morning", "afternoon", "evening", "night"})
# A prepositional phrase after the verb is its setting ("added in a statement", "adds in an
# e-mail.", "added with a smile", "added of the extension: ..."): the content is before or
# after it. Not "to" nor "up": "added to the confusion", "add up", the verb of increase.
SETTING_PREPOSITIONS = frozenset(
    {"in", "on", "at", "during", "with", "for", "as", "about", "of", "via", "from", "after",
     "before", "through", "when", "while", "under"}
)
# A clause's own subject right after the verb: "adding he still hasn't received", "adding she
# believes"; "it" only before a finite verb ("added it to the case" is its object).
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "there"})
CONTRACTED = re.compile(r"['’](?:s|re|ll|d|ve|m)$")
# A finite verb after a short noun phrase makes it a clause's subject ("added those lawmakers
# could", "adding Trump had decided", "Ms. Clinton added additional oversight investigations
# are necessary", "added the situation reminded him": a word in -ed after a noun is read as
# the verb, which keeps the cue where a participle modifies the object); a relative or
# subordinate clause's verb belongs to the object ("added a provision that would", "added a
# link after we had asked").
FINITE = frozenset(
    {"is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "should", "must",
     "has", "have", "had", "does", "did", "isn't", "wasn't", "won't", "wouldn't", "can't",
     "couldn't", "hasn't", "haven't", "hadn't", "doesn't", "didn't", "aren't", "weren't"}
)
CLAUSE_STOPS = frozenset(
    {"that", "which", "who", "whom", "whose", "where", "if", "because", "after", "before", "when",
     "while", "since", "unless", "until", "although", "though", "so", "to", "but"}
)
NOUN_PHRASE_WORDS = 8
# A name or a number opening the clause after "that" ("added that Sen. Lindsey Graham, who").
THAT_NAME = re.compile(r"[^.;:!?\"“”]{0,60}?\bthat\s+[A-Z0-9$]")
# The hearer before the content: "added to the Journal that", "added to Papadopoulos that",
# "added to the network that" (not "added to concern that", "adds to fears that").
CONTENT_WITH_HEARER = re.compile(
    r"\s+to\s+(?:the\s+)?(?:(?:[A-Z][\w.'’\-]*\s+){1,3}?|(?:reporters|network|station|newspaper|paper|crowd|audience)\s+)that\b"
)
# Joining others' stated call: "Sen. Marco Rubio, R-Fla., added his name Thursday to list of
# lawmakers calling for Holder's resignation" (heldout6 tk5jf87lwHi6hays [13], read
# named_official), "added his voice to the liberal outcry", as "joined * call for" (`cue_verb_frames.txt`).
JOINED_VOICE = re.compile(r"\s+(?:his|her|their|its)\s+(?:[\w\-]+\s+)?(?:name|names|voice|voices)\b", re.IGNORECASE)
# A noun of what was said, then its content in a "that" clause later in the sentence: "added
# the caveat that", "adding the claim that", "he added new information about last Saturday,
# including the news that Brown was suspected of ..." (train3 HjHjxgl5vYJ3Aldj, gold
# named_official).
CLAIM_NOUN_CLAUSE = re.compile(
    r"\s+(?:[\w\-]+\s+){0,5}?(?:claim|claims|caveat|warning|note|point|argument|comment|remark"
    r"|observation|assertion|information|detail|details|news)\b[^.;:!?\"“”]*\bthat\b",
    re.IGNORECASE,
)


def clause_only_verbs() -> frozenset[str]:
    return load_lexicon("clause_only_verbs")


def takes_speech(text: str, verb_end: int) -> bool:
    """Whether the verb ending at `verb_end` takes content: nothing, a quotation, a colon or a
    "that" clause after it (past times and a prepositional phrase of its setting), or a clause
    of its own ("added it was not unusual"); not a noun phrase, its object."""
    window = WINDOW.match(text, verb_end)
    assert window is not None  # the pattern matches the empty string
    words = [w.lower().replace("’", "'") for w in WORD.findall(window.group(1))]
    i = _past_times(words)
    if i >= len(words):
        return True  # "he added.", "she added, ...", '"...," she added later.', "added: ..."
    first = words[i]
    if any(p.match(text, verb_end) for p in (CONTENT_WITH_HEARER, CLAIM_NOUN_CLAUSE, JOINED_VOICE)):
        return True  # "added to the network that ...", "added the caveat that ...", "added his name to"
    if first in {"to", "up"}:
        return False  # "added to the confusion", "adds up"
    if first in FINITE:
        return True  # "Mills, who he added was not happy": the clause's subject came before
    if first == "that":
        return bool(THAT_NAME.match(text, verb_end)) or _clause_after_that(words[i + 1 :], window.group(2))
    if first == "in" and words[i + 1 : i + 3] == ["order", "to"]:
        return False  # "must maintain in order to win": a purpose, no setting
    if first in SETTING_PREPOSITIONS or first in SUBJECT_PRONOUNS or CONTRACTED.search(first):
        return True
    if window.group(2) == ":" and any(word in CLAUSE_STOPS for word in words[i + 1 :]):
        return False  # "Some added notes to take into account:": the object's own clause, a list
    if window.group(2) in {":", '"', "“"}:
        return True  # "added this: ...", 'The spokesman added the Justice Department "is reviewing
    for before, word in zip(words[i:], words[i + 1 : i + 1 + NOUN_PHRASE_WORDS]):
        if word in CLAUSE_STOPS:
            return False
        if word in FINITE or (word.endswith("ed") and before not in load_lexicon("determiners")):
            return True  # "added the situation reminded him of ...": a past tense after its subject
    return False


def _clause_after_that(words: list[str], mark: str) -> bool:
    """Whether the words after "that" open its clause ("added that the", "maintained that
    rebels, not government forces, are") rather than make a demonstrative's short noun phrase
    closing the sentence, the object ("enforce and maintain that liberal international
    system.", "added that provision to the bill.")."""
    if mark not in {".", ""} or not words or len(words) > 4:
        return True
    if words[0] in SUBJECT_PRONOUNS or words[0] in load_lexicon("determiners"):
        return True
    return any(word in FINITE or word.endswith("ed") for word in words)


def _past_times(words: list[str]) -> int:
    """The index of the first word after the times and adverbs that open `words` ("later",
    "Tuesday", "this week", "seconds later", "quickly", "though")."""
    i = 0
    while i < len(words):
        word, following = words[i], words[i + 1] if i + 1 < len(words) else ""
        if word in PERIOD_HEADS and (following in load_lexicon("months_days") or following in TIME_NOUNS):
            i += 2  # "this week", "last Tuesday"
        elif word in TIMES or word.endswith("ly") or word in load_lexicon("months_days"):
            i += 1  # "added later", "added quickly that", "adds Tuesday"
        elif following in {"later", "earlier", "ago"}:
            i += 2  # "adds seconds later"
        else:
            break
    return i


# "about" and its topic up to the end of the sentence, with no content after it: no quotation,
# colon, "that" or question-word clause, and no participle that gives content (", noting ...").
TOPIC_ONLY = re.compile(
    r"\s+about\s+(?!(?:how|what|why|whether|who|when|where|the\s+fact)\b)"
    r"(?:(?!\b(?:that|how|why|what|saying|noting|writing|adding|arguing|claiming|calling|declaring|warning)\b)"
    r"[^:\"\u201c\u201d])*$"
)


def topic_only(text: str, verb: str, verb_start: int, verb_end: int) -> bool:
    """Whether a posting verb ("tweeted", "posted") takes only a topic: "about" and a noun phrase
    to the end of the sentence, no content (GUIDELINES rule 7: a plain act; `topic_post_verbs.txt`).
    A quotation before it is its content ('"...," Maher tweeted about Weiss' letter.')."""
    if verb.lower() not in load_lexicon("topic_post_verbs") or QUOTE_MARKS & set(text[:verb_start]):
        return False
    return TOPIC_ONLY.match(text, verb_end) is not None


QUOTE_MARKS = frozenset('"\u201c\u201d')


def content_only_verbs() -> frozenset[str]:
    return load_lexicon("content_only_verbs")


# The rest of the sentence after a verb, up to its end mark (or the end of the text).
SENTENCE_REST = re.compile(r"[^.!?]*")
CONTENT_MARK = re.compile(r"\bthat\b|[:\"“”]")


def gives_content(text: str, verb_end: int) -> bool:
    """Whether a verb that reports only its content ("testified") has it: a "that" clause, a
    quotation or a colon later in the sentence, or nothing but a time after it ('..., he
    testified.', "Gates testified Tuesday."). "Clovis testified in late October before the
    grand jury" tells a plain act (GUIDELINES rule 7; dev9508 6zhyLacNuFSEnool [4])."""
    rest = SENTENCE_REST.match(text, verb_end)
    assert rest is not None  # the pattern matches the empty string
    if CONTENT_MARK.search(rest.group()):
        return True
    words = [w.lower() for w in WORD.findall(rest.group())]
    return _past_times(words) >= len(words)
