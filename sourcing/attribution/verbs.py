"""Find reporting-verb cues: "X said" (subject before) and '"...," said X' (source after)."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress

from sourcing.attribution.announced_acts import announces_own_act
from sourcing.attribution.appositives import (
    APPOSITIVE_START,
    closes_appositive,
    closes_opening_relative,
)
from sourcing.attribution.came_after import reports_what_came_after
from sourcing.attribution.closing_verbs import closes_after_subject, closing_only_verbs
from sourcing.attribution.cue_kinds import Cue, CueKind
from sourcing.attribution.following_phrases import phrase_after
from sourcing.attribution.forecast_objects import forecast_follows, modified_noun
from sourcing.attribution.mention_kinds import MentionKind
from sourcing.attribution.mentions import classify_phrase
from sourcing.attribution.names import find_outlet, person_names
from sourcing.attribution.naming_verbs import gives_a_name
from sourcing.attribution.open_questions import in_open_question
from sourcing.attribution.phrases import plural_noun, regular_plural
from sourcing.attribution.quotation_only_verbs import beside_a_quotation, quotation_only_verbs
from sourcing.attribution.speech_complements import (
    clause_only_verbs,
    content_only_verbs,
    gives_content,
    takes_speech,
    topic_only,
)
from sourcing.attribution.subject_asides import PARTICIPLE_ASIDE
from sourcing.attribution.subjects import quoted_name_before, subject_before
from sourcing.lexicons import alternation, lexicon_union, load_lexicon
from sourcing.records import Span
from sourcing.settings import DEFAULT_SETTINGS, Settings

WORD = re.compile(r"[A-Za-z][A-Za-z'\-.]*[A-Za-z]|[A-Za-z]")


@lru_cache(maxsize=1)
def cue_verbs() -> frozenset[str]:
    """Reporting-verb forms: the GGT list, less the too-general ones, plus our extras."""
    return lexicon_union("record_verbs", "document_verbs") | general_cue_verbs()


@lru_cache(maxsize=1)
def general_cue_verbs() -> frozenset[str]:
    """Verbs that attribute whatever kind of source is their subject."""
    ggt = load_lexicon("reporting_verbs_ggt") - load_lexicon("cue_verbs_excluded")
    return ggt | load_lexicon("cue_verbs_extra")


@lru_cache(maxsize=1)
def record_only_verbs() -> frozenset[str]:
    """Verbs that attribute only when a record or an institution is the subject ("found")."""
    return load_lexicon("record_verbs") - general_cue_verbs()


@lru_cache(maxsize=1)
def document_only_verbs() -> frozenset[str]:
    """Verbs that attribute only when a document or report is the subject ("the memo listed")."""
    return load_lexicon("document_verbs") - general_cue_verbs() - load_lexicon("record_verbs")


def progressive_only_verbs() -> frozenset[str]:
    """-ing forms left out of the cue verbs as nouns ("a warning", "the saying") that report
    after a form of "be" ("a U.N. panel is warning that") or "heard", as every -ing cue does
    (`BEFORE_SPEECH_ING`): `progressive_cue_verbs.txt`."""
    return load_lexicon("progressive_cue_verbs")


def forecast_only_verbs() -> frozenset[str]:
    """Forecast verbs that are also common nouns ("project", "projects"), read only before a
    forecast (`forecast_objects.forecast_follows`): `forecast_verbs.txt`."""
    return load_lexicon("forecast_verbs")


@lru_cache(maxsize=1)
def _verbs_read() -> frozenset[str]:
    """The forms `verb_cues` reads: the cue verbs, the -ing forms read only after a
    progressive auxiliary (below, `BEFORE_SPEECH_ING`) and the forecast verbs read only before
    a forecast, the nouns read only when they close the sentence after their subject, and the
    verbs read only beside a quotation."""
    return (
        cue_verbs()
        | progressive_only_verbs()
        | forecast_only_verbs()
        | closing_only_verbs()
        | quotation_only_verbs()
        | load_lexicon("group_belief_verbs")
    )


@lru_cache(maxsize=1)
def _progressive_hearer_verbs() -> frozenset[str]:
    """Progressive forms whose verb takes its hearer ("are telling the Journal"): with no object
    after them they are adjectives ("it is telling that")."""
    return progressive_only_verbs() & load_lexicon("hearer_object_verbs")


# Nothing a verb could take as its object: "that", a joining word ("is telling and profoundly
# worrisome"), a punctuation mark, the end of the text.
NO_OBJECT = re.compile(r"\s*(?:that\b|and\b|or\b|but\b|[.,;:!?\"”)]|$)")
BY_AFTER = re.compile(r"\s+by\s", re.IGNORECASE)
PROGRESSIVE = frozenset({"is", "are", "was", "were", "been"})
IRREGULAR_PARTICIPLES = frozenset({"told", "said", "shown", "found", "seen", "written", "read"})
PERFECT = frozenset({"has", "have", "had"})
# "three officers were dismissed", "should have been addressed": a passive verb's subject is
# what was acted on, not a source (a passive's agent is the `passive` cue, "announced by X").
PASSIVE = PROGRESSIVE | {"be", "being", "get", "got", "gets"}
# "Conway can be heard asking the reporter why ...": speech heard in a recording is the
# speaker's, as the progressive is (heldout18 HkWxWYNeOwLdT4To [8], rule 7).
BEFORE_SPEECH_ING = PROGRESSIVE | {"heard"}


def _possessive(lowered: str) -> bool:
    """'president's' or the 's' left of "president’s" (the word pattern stops at ’)."""
    return lowered == "s" or lowered.endswith(("'s", "s'"))


def _auxiliary_before(words: list[str], i: int) -> str:
    """The word before verb `i`, past adverbs: "CNN is also reporting" -> "is"."""
    adverbs = load_lexicon("adverbs_before_verb")
    j = i - 1
    while j > 0 and words[j] in adverbs and words[j] not in PROGRESSIVE:
        j -= 1
    return words[j] if j >= 0 else ""


def _negated(text: str, tokens: list[re.Match[str]], words: list[str], i: int) -> bool:
    """Whether verb `i` is denied right before it, past one adverb: "Police haven't confirmed
    that the man's brother was the driver" (dev9516 zhv7bMc2XgHzQAmH [20]), "did not
    immediately say", "has never asked for": a speech act not made gives no content (GUIDELINES
    rule 7, "did not respond" is a plain act). '"Absolutely not," said Tim Hill' is said: a
    mark between the word and the verb ends the quotation the word closes."""
    j = i - 1
    if j > 0 and words[j] in load_lexicon("adverbs_before_verb") and words[j] not in NEGATIONS:
        j -= 1
    if j < 0 or not (words[j] in NEGATIONS or words[j].endswith("n't")):
        return False
    return WORDS_ONLY.fullmatch(text, tokens[j].end(), tokens[i].start()) is not None


# Only words and spaces between a negation and its verb ("did not immediately say").
WORDS_ONLY = re.compile(r"[\sA-Za-z]*")


NEGATIONS = frozenset({"not", "never"})


# What may follow a verb whose subject is a bare number ("Two told reporters that", "Three
# warned the plan"): a determiner, a pronoun, "that", "to".
AFTER_COUNTED_SUBJECT = frozenset({"that", "to", "the", "a", "an", "it", "he", "she", "they", "we", "him", "her", "them"})


def _counted_participle(words: list[str], i: int) -> bool:
    """A past participle right after a bare number and before a noun is an adjective: "the
    'bridges to nowhere,' two proposed Alaska construction projects" (dev9510 HzWbG5zGFTmH5w08
    [16] was typed unnamed_source by "two")."""
    if i == 0 or i + 1 >= len(words) or not words[i].endswith("ed"):
        return False
    if words[i - 1] not in load_lexicon("cardinal_words"):
        return False
    return words[i + 1] not in AFTER_COUNTED_SUBJECT


BELIEF_ADVERBS = frozenset({"also", "now", "still", "currently"})


def _group_before(words: list[str], i: int) -> bool:
    """A plural head of unnamed people or "police" right before word `i`, past a few adverbs
    ("investigators believe", "officials now believe"): the group whose belief it reports."""
    j = i - 1
    while j >= 0 and words[j] in BELIEF_ADVERBS:
        j -= 1
    head = words[j] if j >= 0 else ""
    if head not in load_lexicon("unnamed_heads") or not (plural_noun(head) or head == "police"):
        return False
    before = words[max(0, j - 4) : j]
    # "the free market capitalism that conservatives believe is the solution", "where police
    # believe he is": a relative clause's; "75 percent of Americans believe", "a majority of
    # voters believe": a poll's figure ("a lot of Democrats believe" stays a group's)
    return not set(before) & BELIEF_CLAUSE_WORDS and not any(
        word in POLL_SHARE_WORDS or word[:1].isdigit() for word in before
    )


BELIEF_CLAUSE_WORDS = frozenset({"that", "which", "who", "whom", "where", "when", "what", "whose"})
POLL_SHARE_WORDS = frozenset({"percent", "majority", "half", "third", "quarter", "plurality", "minority"})


def _plausible_subject_before(word: str, opens_sentence: bool = False) -> bool:
    """A noun-verb form ("reports") is a verb after a name, a pronoun or a plural noun."""
    lowered = word.lower()
    if not word or lowered in load_lexicon("determiners") or _possessive(lowered):
        return False  # "the president's comment": a possessive is followed by a noun
    if lowered in load_lexicon("cardinal_words"):
        return False  # "Eleven states, including New York, filed suit": a number counts a noun
    if lowered in load_lexicon("indefinite_report_words") and (word.islower() or opens_sentence):
        return False  # "Media reports suggested", "new claims" (not "ABC News reports"): a noun
    return (
        word[:1].isupper()
        or lowered in {"he", "she", "they", "it", "who", "also", "did", "does", "do"}  # "The emails did show"
        or plural_noun(lowered)  # "officials report", "the two women report"
        or lowered in _record_and_body_nouns()
    )


# A noun, then a relative clause set off by commas that ends right before the verb.
RELATIVE_BEFORE_VERB = re.compile(r"\b([A-Za-z]+),\s+(?:which|who)\s[^,;\"]{1,120},\s*$")


def _head_before_relative(text: str, verb_start: int) -> str:
    """The noun a relative clause right before the verb describes: "The report, which is the
    subject of Thursday's hearing, found" (dev9517 kGebA1PcUAs7lZOw [1]) -> "report"."""
    relative = RELATIVE_BEFORE_VERB.search(text, max(0, verb_start - 160), verb_start)
    return relative.group(1) if relative else ""


def _adverb_modified_noun(text: str, tokens: list[re.Match[str]], words: list[str], i: int) -> bool:
    """A determiner or a possessive, an -ly adverb and its modifier before a noun-verb form
    make it the noun ("a solidly Republican state", "Georgia's solidly Republican state"): an
    adverb modifies an adjective, not a subject. A plural after the adverb-like word is the
    subject ("the rally organizers state")."""
    if i < 3:
        return False
    adverb_start = tokens[i - 2].start()
    owner = POSSESSIVE_END.search(text, max(0, adverb_start - 4), adverb_start)
    if words[i - 3] not in load_lexicon("determiners") and owner is None:
        return False
    adverb = tokens[i - 2].group(0)
    return adverb.islower() and adverb.endswith("ly") and not regular_plural(words[i - 1])


# A possessive right before a word: "Georgia's ", "Georgia’s ", "the states' ".
POSSESSIVE_END = re.compile(r"[A-Za-z]['’]s?\s+$")


@lru_cache(maxsize=1)
def _record_and_body_nouns() -> frozenset[str]:
    """Nouns that can be the subject of a noun-verb form: "the poll shows", "the agency found",
    "the special counsel found" (an office), "the statement reads"."""
    bodies = lexicon_union("document_heads", "org_heads", "outlet_terms", "poll_words", "issued_statement_heads")
    return bodies | {title.split()[-1] for title in load_lexicon("office_titles")}


def _passive_before(words: list[str], i: int) -> bool:
    """A form of "be" before the verb, past one adverb ending in -ly ("were dismissed", "been
    immediately addressed"), which _auxiliary_before does not skip."""
    if i and words[i - 1] in PASSIVE:
        return True
    adverb = words[i - 1].endswith("ly") or words[i - 1] in load_lexicon("adverbs_before_verb")
    return i >= 2 and adverb and words[i - 2] in PASSIVE


def _word_before(text: str, tokens: list[re.Match[str]], i: int) -> str:
    """The word before token `i`, past a parenthetical adverb ("IRS data, though, shows"); a
    plural possessive keeps its apostrophe ("Economists’ estimates": the pattern stops at ’)."""
    if i >= 2 and PARENTHETICAL_BEFORE.search(text, 0, tokens[i].start()):
        return tokens[i - 2].group(0)
    if not i:
        return ""
    word = tokens[i - 1].group(0)
    apostrophe = text[tokens[i - 1].end() : tokens[i - 1].end() + 1] in {"’", "'"}
    return word + "'" if apostrophe and word.endswith("s") else word


OF_NEXT = re.compile(r"\s+of\b")
PARENTHETICAL_BEFORE = re.compile(r",\s*(?:though|however|too|also|meanwhile|instead)\s*,\s*$", re.IGNORECASE)


def verb_cues(text: str, outside, settings: Settings = DEFAULT_SETTINGS) -> list[Cue]:  # type: ignore[no-untyped-def]
    verbs = _verbs_read()
    ambiguous = load_lexicon("cue_verbs_ambiguous")
    cues = []
    tokens = list(WORD.finditer(text))
    # Lowered, ASCII text has the same tokens; only those that are reporting verbs are read.
    words = WORD.findall(text.lower()) if text.isascii() else [t.group(0).lower() for t in tokens]
    for i in compress(range(len(words)), map(verbs.__contains__, words)):
        token, word = tokens[i], words[i]
        if not outside(token.start()):
            continue
        if word == "quoted" or (i and not token.group(0).islower()):
            continue
        auxiliary = _auxiliary_before(words, i)
        if _negated(text, tokens, words, i):
            continue  # "Police haven't confirmed that ...": no one gave that content (rule 7)
        if word in load_lexicon("perfect_only_cue_verbs") and PERFECT.isdisjoint(words[max(0, i - 3) : i]):
            continue  # "a letter written by", "was written": no speaker; "has written" reports
        if word.endswith("ing") and auxiliary not in BEFORE_SPEECH_ING:
            continue
        if word in closing_only_verbs() and not closes_after_subject(
            text, token.start(), token.end(), settings
        ):
            continue  # "faces corruption charges.": the noun; "..., the U.S. charges." reports
        if word in quotation_only_verbs() and not beside_a_quotation(text, token.start(), token.end()):
            continue  # "the war continued": no speech; "...,” she continued." reports
        if word in _progressive_hearer_verbs() and NO_OBJECT.match(text, token.end()):
            continue  # "it is telling that ...", "that was telling.": the adjective, no hearer
        if auxiliary in PASSIVE and (word.endswith("ed") or word in IRREGULAR_PARTICIPLES):
            continue  # "the high court was asked", "The email was reported by": not the speaker
        if word.endswith("ed") and _passive_before(words, i):
            continue
        if word.endswith("ed") and i and words[i - 1] == "those":
            continue  # "those questioned in a Pew survey said": the participle, no speaker
        if word in load_lexicon("reduced_passive_verbs") and BY_AFTER.match(text, token.end()):
            continue  # "The latest figures reported by health authorities": the agent speaks
        after_quote = '"' in text[max(0, token.start() - 4) : token.start()]
        if (
            word in ambiguous
            and not after_quote
            and not _plausible_subject_before(_word_before(text, tokens, i), i == 1)
            and not _plausible_subject_before(_head_before_relative(text, token.start()))
            and not closes_after_subject(text, token.start(), token.end(), settings)
            and not _outlet_closes_after(text, token.start(), token.end())
        ):
            continue  # ", US media report.": a verb closing the sentence after its subject
        if word in ambiguous and _adverb_modified_noun(text, tokens, words, i):
            continue  # "completed Georgia's shift to a solidly Republican state": the noun
        if word in ambiguous and _before_auxiliary(text, token.end()):
            continue  # "conservative U.S. states could", "Media reports have": the noun
        if word in {"call", "calls"} and i and words[i - 1] in load_lexicon("call_compounds"):
            continue  # "thousands of phone calls to pressure them": the noun, no speaker "phone"
        if word in load_lexicon("group_belief_verbs") and not _group_before(words, i):
            continue  # "many believe," "journalists they believe are": no group's stated belief
        if _counted_participle(words, i):
            continue  # "two proposed Alaska construction projects": the adjective, no speaker "two"
        if i and words[i - 1] in load_lexicon("possessive_determiners"):
            continue  # "His calls for peace went unheeded": the noun, no speaker "His"
        if i == 1 and word in load_lexicon("nouns_before_of") and OF_NEXT.match(text, token.end()):
            continue  # "Honest reports of mistreatment provide": the noun, no speaker "Honest"
        if word in ambiguous and _plural_before_reporting_verb(word, text, token.end()):
            continue  # "Court documents show", "Early reports suggested": the noun, the subject
        if word in ambiguous and _definite_noun_before_reporting_verb(text, token.start(), token.end()):
            continue  # "The police report said": the noun, the subject of "said"
        if word in ambiguous and _closes_an_appositive(text, token.start(), token.end()):
            continue  # "Alan Kuperman, one of the authors of the Texas report, says": the noun
        if word in load_lexicon("naming_phrases") and gives_a_name(text, token.start(), token.end()):
            continue  # "the author of a memoir called "Wasted," has struggled": a title given
        if word in forecast_only_verbs() and (
            modified_noun(text, token.start(), word)
            or not (forecast_follows(text, token.end()) or quantity_follows(text, token.end()))
        ):
            continue  # "the agencies project Obamacare will cost" reports; "a project will" is the noun
        if word in load_lexicon("figure_verbs") and quantity_follows(text, token.end()):
            continue  # "The US economy added 196,000 jobs": a figure changes, no one speaks
        if announces_own_act(word, text, token.end()):
            continue  # "announces its decision without notice": an act, no claim (rule 7)
        if word == "state" and (
            _before_noun(text, token.end())
            or NEXT_NAME.match(text, token.end())
            or _names_a_place(_word_before(text, tokens, i))
        ):
            continue  # "the Saudi state satellite TV network", "the California state Assembly"
        if (
            word.endswith("ed")
            and _possessive(_word_before(text, tokens, i).lower())
            and _before_noun(text, token.end())
        ):
            continue  # "Trump's promised wall", "Mexico's promised crackdown": the adjective
        if word in content_only_verbs() and not gives_content(text, token.end()):
            continue  # "Clovis testified in late October before the grand jury": a plain act
        # Both readings are kept, the inverted first: the decision takes the first whose
        # source phrase can be classified ("..., said the latest missile" is no source). A
        # verb whose object is the hearer ("..., told CNN") has no inverted reading.
        inverted = None if word in _object_verbs() else _inverted(text, token, settings)
        subject = _subject_cue(text, token, settings)
        if word in clause_only_verbs() and not takes_speech(text, token.end()):
            subject = None  # "China has since added retaliatory duties on ...": an act (rule 7)
        if topic_only(text, word, token.start(), token.end()):
            subject = None  # "the president tweeted about the trial": a topic, no content (rule 7)
        if word in RESPONSE_VERBS and _responds_by_an_act(text, token.end()):
            subject = None  # "vigilante groups responded to ... by deploying to the border" (rule 7)
        found = (inverted, subject)
        cues += [c for c in found if c is not None]
    return cues


RESPONSE_VERBS = frozenset({"respond", "responds", "responded", "react", "reacts", "reacted"})
# "by" and an -ing form in the verb's clause: how the response was made.
BY_GERUND = re.compile(r"[^.;:!?]{0,160}?\bby\s+([a-z]+ing)\b")


def _responds_by_an_act(text: str, verb_end: int) -> bool:
    """ "responded to Trump's rhetoric ... by deploying to the border": a response made by an act,
    no speech (gold train2 HLv3EQIJGBWHfdmZ [17], unattributed); "responded by saying",
    "by describing him as 'deluded'" (gold XjFKwSvEMp9IW6Pu [14]), "by blaming the media:" speak:
    no -ing form in the words after "by" is a reporting verb's."""
    by = BY_GERUND.match(text, verb_end)
    if by is None:
        return False
    after = text[by.start(1) : by.start(1) + 120]
    return not any(_speech_gerund(g) for g in GERUND.findall(after))


GERUND = re.compile(r"\b([a-z]{2,}ing)\b")


def _speech_gerund(gerund: str) -> bool:
    """Whether the -ing form is a reporting verb's ("saying", "describing", "denying"): itself
    or its past form ("described", "denied") is one the cues read."""
    stem = gerund[:-3]
    past = stem[:-1] + "ied" if stem.endswith("y") else stem + "ed"
    return bool({gerund, past} & _speech_forms())


@lru_cache(maxsize=1)
def _speech_forms() -> frozenset[str]:
    """The reporting verbs' forms the cues read, and the participles that report."""
    return _verbs_read() | load_lexicon("participle_cues")


# A news outlet's name closing the sentence after the verb: ", reports CNN."
OUTLET_CLOSE = re.compile(r"\s+((?:[Tt]he\s+)?[A-Z][\w.&'\u2019\-]*(?:\s+[A-Z][\w.&'\u2019\-]*){0,4})[.!?\"\u201d']*\s*$")


def _outlet_closes_after(text: str, verb_start: int, verb_end: int) -> bool:
    """ "... over the past year, reports CNN.": after a comma, a verb whose phrase after it is a
    news outlet closing the sentence is inverted, whatever word stands before the comma (corpus
    7u9Vo6aXxHlZ3TpG [6]: "year" is no plausible subject, and the cue was lost)."""
    if not text[:verb_start].rstrip().endswith(","):
        return False
    closing = OUTLET_CLOSE.match(text, verb_end)
    return closing is not None and find_outlet(closing.group(1)) is not None


def _object_verbs() -> frozenset[str]:
    """Verbs whose object is the hearer ("told CNN") or the target ("criticized the C.D.C."),
    never the speaker: they have no inverted reading."""
    return lexicon_union("hearer_object_verbs", "target_object_verbs")


@lru_cache(maxsize=1)
def _quantity_pattern() -> re.Pattern[str]:
    """A quantity right after a verb: "196,000", "$5.7 billion", "about 3 million", "thousands"."""
    modifiers = alternation("quantity_modifiers").replace(r"\ ", r"\s+")
    return re.compile(
        rf"\s+(?:(?:{modifiers})\s+)*(?:[$€£]\s?\d|\d|(?:{alternation('number_words')})\b)",
        re.IGNORECASE,
    )


def quantity_follows(text: str, verb_end: int) -> bool:
    """Say whether the verb ending at `verb_end` takes a quantity as its object ("added 196,000
    jobs"): a figure verb then reports a figure, not speech (`figure_verbs.txt`)."""
    return _quantity_pattern().match(text, verb_end) is not None


# ', said Banton's mother, Dana Showers.': a name closing the sentence after the role.
APPOSITIVE_NAME = re.compile(r"\s*(?:[A-Z][\w.'\-]*\s+){1,3}[A-Z][\w.'\-]*")
INVERTED_LEFT = re.compile(r"(?:,\s*\"|\"\s*,?|,)\s*$")
DESCRIPTOR_START = re.compile(r"(?:a|an|the|another|one|two|three|several|some)\s", re.IGNORECASE)
INVERTED_STOP = re.compile(
    r"(?:on|in|at|that|to|last|this|after|before|during|when|of|about)\b", re.IGNORECASE
)


def _role_before_name(text: str, after: int) -> bool:
    """ "..., argues meteorologist David Epstein of Boston.com.": a lower-case role word and a
    capitalized name after the verb are its source (heldout18 rDJgn9cvHnLtQWlz [2])."""
    found = ROLE_WORD_THEN_NAME.match(text, after)
    return found is not None and found.group(1) in lexicon_union("official_roles", "person_roles")


ROLE_WORD_THEN_NAME = re.compile(r"([a-z]+)\s+[A-Z]")


# A name set off by commas right before the verb, after a role (dev9516 ye6PA0IhazXTuu5h [1]:
# "Initially, the editor-in-chief, Jeffrey Goldberg, defended Williamson, writing ..." was
# Williamson's, the object read as an inverted subject).
NAME_SET_OFF_BEFORE = re.compile(r"[a-z],\s+(?:[A-Z][\w.'\u2019\-]*\s+){1,3}[A-Z][\w'\u2019\-]*,\s*$")


def _inverted(text: str, token: re.Match[str], settings: Settings) -> Cue | None:
    """'"...," said X' and ', said X': the source follows the verb."""
    left = text[max(0, token.start() - 4) : token.start()]
    if not INVERTED_LEFT.search(left) and text[: token.start()].strip():
        return None
    if PARTICIPLE_ASIDE.search(text, max(0, token.start() - 60), token.start()):
        return None  # "The survey, released Monday by Gallup, indicates a divide": not inverted
    if _named_in_phrase(text, token.start()):
        return None  # 'the personalities known as "Diamond and Silk" claim ...': their claim
    comma = text.rfind(",", 0, token.start())
    if '"' not in left and comma >= 0 and (closes_appositive(text, comma) or closes_opening_relative(text, comma)):
        return None  # "David Mulroney, a former ambassador, said U.S. executives could ...": not inverted
    if '"' not in left and NAME_SET_OFF_BEFORE.search(text, max(0, token.start() - 60), token.start()):
        return None  # "the editor-in-chief, Jeffrey Goldberg, defended Williamson": Goldberg's act
    after = token.end()
    while after < len(text) and text[after] == " ":
        after += 1
    if after >= len(text) or INVERTED_STOP.match(text, after) or not text[after].isalpha():
        return None
    if _state_before_title(token.group(0), text, after):
        return None  # "..., state Sen. Jose Menendez, state Reps. ...": the adjective, no verb
    if '"' not in left and not (
        text[after].isupper()
        or DESCRIPTOR_START.match(text, after)
        or _unnamed_plural(text, after)
        or _role_before_name(text, after)
    ):
        return None
    source = phrase_after(text, after, settings)
    if source is None:
        return None
    rest = text[source.end :].strip(" .!?\"')")
    if '"' not in left and rest and not rest.startswith((",", "—", "–", "- ")):
        return (
            None  # ", said X" must close the sentence: "said Jesus Christ told ..." is not inverted
        )
    appositive = APPOSITIVE_START.match(rest[1:]) or APPOSITIVE_NAME.fullmatch(rest[1:])
    if rest.startswith(",") and appositive and '"' not in rest:
        end = len(text.rstrip(" .!?\"')"))
        clause = CLAUSE_AFTER_SOURCE.search(text, source.end, end)
        # "said Daryl Kimball, executive director of ...", up to a participle or subordinate clause
        source = Span(source.start, clause.start() if clause else end)
    else:
        source = _with_name_set_off(text, source)
    return Cue(
        CueKind.INVERTED_VERB, Span(token.start(), token.end()), token.group(0).lower(), source
    )


# A name set off by commas after a described role, more of the sentence after it: "said the
# new Senate Energy and Natural Resources Committee chairman, Lisa Murkowski, R-Alaska, in a
# statement" (train2).
NAME_SET_OFF = re.compile(r",\s*((?:[A-Z][\w.'\-]*\s+){1,3}[A-Z][\w.'\-]*)(?=,)")


def _with_name_set_off(text: str, source: Span) -> Span:
    """The described role's source with the person's name the commas after it set off (one
    person: "said the two senators, John Smith, and ..." lists the people)."""
    name = NAME_SET_OFF.match(text, source.end)
    if name is None or not DESCRIPTOR_START.match(text, source.start):
        return source
    if plural_noun(text[source.start : source.end].split()[-1].lower()):
        return source
    return Span(source.start, name.end()) if person_names(name.group(1)) == [name.group(1)] else source


# A participle clause after the appositive ends the source: "said Chad Connelly, the chairman
# of the party, using an arbitrarily large number for emphasis"; "managing director" goes on.
PARTICIPLE_CLAUSE = re.compile(r",\s+[a-z]+ing\s+(?:a|an|the|that|this|his|her|their|its|it|what)\s")
# A subordinate clause ends it too: 'tweeted Huffington Post editor Alanna Vagianos, before
# continuing to attack DeVos' statements' (Daily Caller ipUX9jBCR9TjEChi [6]), "said Sen. John
# Smith, while the crowd cheered".
CLAUSE_AFTER_SOURCE = re.compile(
    PARTICIPLE_CLAUSE.pattern
    + r"|(?<!\bwho)(?<!\bwhich),\s+"
    r"(?:before|after|while|when|whereas|because|since|until|though|although|even as|even though)\s"
)


# A word and a space before a quotation mark: the quoted words go on a phrase of the sentence.
WORD_BEFORE_QUOTE = re.compile(r"[A-Za-z]\s$")


def _named_in_phrase(text: str, verb_start: int) -> bool:
    """A quoted name right before the verb, inside a phrase ("known as "Diamond and Silk"",
    "members of the "Gang of Eight""), ends the verb's subject: the quotation marks close no
    quotation ('"Absolutely" said Trump', at the sentence's start, still may)."""
    name = quoted_name_before(text, verb_start)
    return name is not None and WORD_BEFORE_QUOTE.search(text, max(0, name.start - 3), name.start - 1) is not None


def _unnamed_plural(text: str, start: int) -> bool:
    """ "..., said officials who briefed reporters", "..., say political analysts.": a plural
    head of unnamed people with no determiner, at most two lower-case modifiers before it, is
    the inverted verb's subject, as "said two senior officials" is (rule 6; dev9508 "..., say
    political analysts." was unattributed)."""
    words = LOWER_WORDS.match(text, start)
    if words is None:
        return False
    *modifiers, head = words.group().split()
    return (
        head.endswith("s")
        and head in load_lexicon("unnamed_heads")
        and not set(modifiers) & load_lexicon("function_words")
    )


LOWER_WORDS = re.compile(r"(?:[a-z][a-z\-]*\s+){0,2}?[a-z]+s\b")


# The word after "state": the verb takes a clause, an object or an adverb ("the rules state
# that", "X state plainly"); the adjective a noun ("the Saudi state satellite TV network").
NEXT_WORD = re.compile(r"\s+([a-z][a-z\-]*)\b")
# A capitalized word, no title's abbreviation ("state Sen. Jose Menendez" is `_state_before_title`'s).
NEXT_NAME = re.compile(r"\s+[A-Z][a-z]+\b(?!\.\s)")


# A verb is not followed by an auxiliary or a modal; a noun, their subject, is.
AUXILIARIES = frozenset(
    {"could", "would", "can", "cannot", "may", "might", "should", "must", "will", "shall",
     "have", "has", "had", "are", "were", "is", "was"}
)


def _before_auxiliary(text: str, after: int) -> bool:
    """A noun-verb form followed by an auxiliary is the noun, their subject ("conservative
    U.S. states could more easily exclude", "Media reports have said")."""
    word = NEXT_WORD.match(text, after)
    return word is not None and word.group(1) in AUXILIARIES


def _plural_before_reporting_verb(word: str, text: str, after: int) -> bool:
    """A plural noun-verb form right before a finite reporting verb is the noun, that verb's
    subject ("Court documents show", "Early reports suggested", "criminal complaint documents
    say"; `verbs_after_noun_forms.txt`): read as the verb, the word before it was the speaker
    ("Court", "Early")."""
    following = NEXT_WORD.match(text, after)
    return word.endswith("s") and following is not None and following.group(1) in load_lexicon("verbs_after_noun_forms")


# The kinds of a phrase that names a record or its body ("The police report", "the CBO report").
IDENTIFIED_RECORDS = frozenset({MentionKind.DOCUMENT, MentionKind.ORGANIZATION})
# "the" and up to five words of one noun phrase, right before a noun-verb form.
DEFINITE_PHRASE_END = re.compile(r"\b[Tt]he(?:\s+[\w.'’\-]+){0,5}\s+$")


def _definite_noun_before_reporting_verb(text: str, start: int, end: int) -> bool:
    """A noun-verb form closing a definite noun phrase and followed by a finite reporting verb
    is the noun, that verb's subject ("The police report said the driver was drunk", "the CBO
    report suggested"; `verbs_after_noun_forms.txt`), not after a participle opening a reduced
    relative ("the NSA report posted on Monday"). Only a phrase that names a record or its body
    counts ("The police report", "the CBO report"): "the Horowitz report" would be referred to
    whatever report came before, and indefinite phrases ("a recent Pew report") to no one."""
    word = NEXT_WORD.match(text, end)
    if word is None or word.group(1) not in load_lexicon("verbs_after_noun_forms"):
        return False
    phrase = DEFINITE_PHRASE_END.search(text, max(0, start - 80), start)
    if phrase is None:
        return False
    kind = classify_phrase(text[phrase.start() : end], {}).kind
    return kind in IDENTIFIED_RECORDS


# The comma that closes an appositive, then the finite reporting verb of its subject.
COMMA_THEN_VERB = re.compile(r",\s+([a-z]+)\b")
# The comma that opens the appositive, after the name it describes, in the same sentence.
APPOSITIVE_OPENED = re.compile(r"[A-Z][\w.'’\-]*,\s+[^,.;:!?]+$")


def _closes_an_appositive(text: str, start: int, end: int) -> bool:
    """A noun-verb form that ends an appositive whose subject's reporting verb comes after the
    comma is the noun ("Prof. Alan Kuperman, one of the authors of the University of Texas
    report, says": dev9511 2H5HMrlU522iVOQb [8], not "the University of Texas" reporting)."""
    verb = COMMA_THEN_VERB.match(text, end)
    if verb is None or verb.group(1) not in load_lexicon("verbs_after_noun_forms"):
        return False
    return APPOSITIVE_OPENED.search(text, max(0, start - 120), start) is not None


def _names_a_place(word: str) -> bool:
    """A place's name ("Washington", "York"): a place is one, so a "state" after it is no verb
    (one place "states") but part of the name ("Washington state and California", heldout21
    djzHgbr2yp35ooIw [6] was the organization "Washington"; "New York state")."""
    return word[:1].isupper() and word.lower() in load_lexicon("places")


def _before_noun(text: str, after: int) -> bool:
    """Whether a lower-case word that is no function word nor adverb follows: the verb form
    before it is the adjective of a noun phrase ("Islamic state fighters", "the Saudi state
    satellite TV network"); after a possessive so is a participle ("From ports to pipelines,
    Trump's promised infrastructure upgrades were", train2 w6M8ra9oFl71M3QS), which "has"
    contracted would not be ("Trump's promised to", "Trump's vowed that")."""
    word = NEXT_WORD.match(text, after)
    if word is None:
        return False
    following = word.group(1)
    return not (following in load_lexicon("function_words") or following.endswith("ly"))


STATE_TITLE = re.compile(r"([A-Za-z]+?)s?\b\.?")


def _state_before_title(verb: str, text: str, after: int) -> bool:
    """'state' followed by an official's role ('state Sen.', 'state Reps.', 'state lawmakers')
    is the adjective of a state office, not the verb of '"...," state the authors'."""
    if verb.lower() != "state":
        return False
    word = STATE_TITLE.match(text, after)
    return word is not None and word.group(1).lower() in load_lexicon("official_roles")


# Records that speak in a relative clause ("a memo that claimed"); a law, a plan or a set of
# results does not ("signed a bill that addressed the problem").
RELATIVE_RECORDS = frozenset(
    {"report", "memo", "memorandum", "letter", "email", "e-mail", "document", "study", "analysis", "audit"}
)


@lru_cache(maxsize=1)
def _record_relative() -> re.Pattern[str]:
    """A record, poll or statement, its participle or prepositional phrase ("a report on
    Wednesday in the Wall Street Journal"), then "that" or "which" right before the verb."""
    heads = "|".join(
        sorted(
            lexicon_union("poll_words", "statement_heads", "legal_records") | RELATIVE_RECORDS,
            key=len,
            reverse=True,
        )
    )
    determiner = r"(?:a|an|the|this|that|its)"  # "his tweet that showed": his words
    return re.compile(
        rf"(?<![\w'’])({determiner}\s+(?:(?!{determiner}\s|that\s|which\s)[\w\-/.'’&]+\s+){{0,5}}?"
        rf"(?:{heads})(?:\s+(?:released|published|issued|conducted|obtained|seen|on|in|by|from)\b[^,;\"]{{0,60}}?)?)"
        rf"\s+(?:that|which)\s+(?:\w+ly\s+|also\s+)?$",
        re.IGNORECASE,
    )


def _clause_opens_subordinate(text: str, start: int) -> bool:
    """The clause holding `start` (from the last comma before it) opens with a subordinator:
    background, not the sentence's attribution (AllSides N1vvZp95aNu3UYws [13])."""
    clause_start = text.rfind(",", 0, start) + 1
    return SUBORDINATE_OPENING.match(text, clause_start, start) is not None


# The subordinators opening a background clause (`SUBORDINATOR_BEFORE`, `SUBORDINATE_OPENING`).
SUBORDINATORS = r"(?:while|although|though|whereas|because|since|unless|as|after|when|before|until)"
SUBORDINATE_OPENING = re.compile(rf"\W*{SUBORDINATORS}\s", re.IGNORECASE)


def _record_before_relative(text: str, verb_start: int) -> Span | None:
    """ "a Fox News poll released last week which indicated ...", "A memo that claimed ...":
    the record is the subject of the relative clause's reporting verb."""
    match = _record_relative().search(text, max(0, verb_start - 120), verb_start)
    if match is None:
        return None
    # "the email from Cruz - which includes", "a memo from Rosenstein - not Sessions - that
    # detailed": a dash opens an aside, no part of the record
    record = TRAILING_DASH_ASIDE.sub("", match.group(1)).rstrip(" -\u2013\u2014")
    return Span(match.start(1), match.start(1) + len(record))


# An aside set off by dashes closing a phrase: " - not Sessions -", " - now taken down -".
TRAILING_DASH_ASIDE = re.compile(r"\s[-\u2013\u2014]\s[^-\u2013\u2014]*[-\u2013\u2014]\s*$")


@lru_cache(maxsize=1)
def _causative_object_pattern() -> re.Pattern[str]:
    """A causative verb, its object (up to eight words, no clause mark) and "to" right before
    the verb: "prompted Ukraine Prime Minister Arseniy Yatsenyuk to"."""
    return re.compile(
        rf"\b(?:{alternation('causative_verbs')})\s+((?:[\w.\-]+\s+){{0,7}}?[\w.\-]+?)(?:['’]s)?"
        r"\s+to\s+$",
        re.IGNORECASE,
    )


def _causative_object(text: str, verb_start: int) -> Span | None:
    """ "The fighting prompted Ukraine Prime Minister Arseniy Yatsenyuk to assert that ...": the
    object of a causative verb is the infinitive's subject, its speaker (rule 7)."""
    match = _causative_object_pattern().search(text, max(0, verb_start - 120), verb_start)
    return Span(match.start(1), match.end(1)) if match else None


# "While federal officials have condemned ..., '...,' Gjelten said", "Biden touts his plans as
# other Democrats have announced their support for ...": a reporting verb inside a subordinate
# clause attributes that clause, not the sentence; so does one in a time clause ("hours after
# Hassett conceded the error", "when opinion polls suggested a remain victory": background).
SUBORDINATOR_BEFORE = re.compile(rf"(?:^|[\s,]){SUBORDINATORS}\s+$", re.IGNORECASE)
# "as the Times reported on Monday, ...": a comment clause may end with when it was said, or
# where ("as Kathryn Olmstead wrote in her book, ...", "as Josh Marshall notes here, ...").
COMMENT_CLAUSE_END = re.compile(
    r"(?:\s+(?:on|last|this|early|late|earlier)\s+[A-Za-z]+|\s+[A-Z][a-z]+day)?"
    r"(?:\s+here|\s+in\s+(?:a|an|the|his|her|its|their)\s"
    r"(?:(?!that\b|which\b|who\b)[^,.;:!?\"”()]){1,60})?"
    r"\s*(?:$|[,.;:!?\"”)])"
)


# "The death toll came as Iraq's military spokesman said ...": the main clause only dates the
# statement that follows "as", which is the sentence's content (train).
CAME_AS = re.compile(r"\b(?:came|comes|come|coming)\s+as\s+$", re.IGNORECASE)


def _subordinate(text: str, subject_start: int, verb_end: int) -> bool:
    """A subject right after a subordinator, unless the clause is a comment ("as X said,") or
    the statement a news event "came as" or "came after" (`came_after`)."""
    if not SUBORDINATOR_BEFORE.search(text, max(0, subject_start - 12), subject_start):
        return False
    if CAME_AS.search(text, max(0, subject_start - 16), subject_start):
        return False
    if reports_what_came_after(text, subject_start, verb_end):
        return False  # "The move came a day after the government said it would bar ..."
    return not COMMENT_CLAUSE_END.match(text, verb_end)


# A list of acts, each opening with its past-tense verb: "Chinese authorities deceived the
# public, suppressed crucial information, arrested whistleblowers, denied ...".
ACT_IN_SERIES = re.compile(r"[a-z]+ed\s")
ACT_BEFORE = re.compile(r",\s+[a-z]+ed\s[^,;:]{1,80},\s*$")


def _series_of_acts(text: str, source: Span) -> bool:
    """The subject found is an item of a list of acts, after another item: "arrested
    whistleblowers" of "..., suppressed crucial information, arrested whistleblowers, denied"
    is what the sentence's subject did, no subject of "denied" (train3)."""
    return ACT_IN_SERIES.match(text, source.start) is not None and (
        ACT_BEFORE.search(text, max(0, source.start - 90), source.start) is not None
    )


def _subject_cue(text: str, token: re.Match[str], settings: Settings) -> Cue | None:
    """'X said ...': the source is the noun phrase before the verb."""
    source = _causative_object(text, token.start()) or subject_before(text, token.start(), settings)
    if source is None:
        source = _record_before_relative(text, token.start())
        if source is not None and _clause_opens_subordinate(text, source.start):
            return None  # "after the president cited a study that suggested ..., Sessions announced"
    if source is None or _subordinate(text, source.start, token.end()) or _series_of_acts(text, source):
        return None
    if in_open_question(text, token.start()):
        return None  # "It's unclear if the president has since suggested changes": no statement
    return Cue(
        CueKind.SUBJECT_VERB, Span(token.start(), token.end()), token.group(0).lower(), source
    )
