"""Say, for each unnamed source, whether the text states why it is anonymous (GUIDELINES).

One stage, run once after the final types (rules alone or rules + model): only a statement
typed `unnamed_source` has an `anonymity_reason`, every other has None.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sourcing.attribution.lexicon_phrases import find_phrases
from sourcing.attribution.phrases import plural_noun
from sourcing.lexicons import load_lexicon
from sourcing.records import SourceType, Statement
from sourcing.scoring.score import source_key
from sourcing.text.normalize import normalized_view
from sourcing.text.quotes import quoted_mask

ABOUT_SOURCING = re.compile(
    r"\b(spoke|speaking|briefed|requested|insisted|demanded|asked|granted|declined to be"
    r"|(?:go|going|went) on the record)\b",
    re.IGNORECASE,
)
WORD = re.compile(r"[a-z]+")
# The agent right after an anonymity phrase: "... on condition of anonymity by senior officials".
AGENT = re.compile(r"\s+by\s+((?:[\w.'\u2019-]+\s+){0,4}[\w'\u2019-]+)")
# How many statements before and after an unnamed source a stated reason may stand.
NEARBY = 2
# How many statements after a sentence about a group's anonymity ("The officials spoke on
# condition of anonymity") a statement from that group is still covered without referring
# back to it ("the officials who spoke to the AP" is covered wherever it stands).
FOLLOWING = 12
# The longest subject of a sentence about a group's anonymity ("These people and others who
# discussed the matter spoke on the condition of anonymity").
SUBJECT_WORDS = 8
# Unnamed heads that say how many, not who: "some", "others" name no group to match.
NOT_A_GROUP = frozenset({"some", "many", "several", "others", "someone", "somebody"})
SINGULAR = {"people": "person", "authorities": "authority", "women": "woman", "men": "man"}
# Heads that say nothing of who the source is: "Both people spoke on condition of anonymity"
# may be about "a White House official".
GENERIC_HEADS = frozenset({"person", "source", "other", "some", "many", "several"})
# Words that may open a sentence before its subject ("But sources at CNN, who spoke ...").
CONJUNCTIONS = frozenset({"but", "and", "yet", "still", "so"})
# Heads that count, not describe: "one of the people" is one of "two people who ... asked not
# to be identified", the same source.
COUNT_HEADS = frozenset({"one", "two", "three", "four", "five", "six"})
# Two groups joined by "and" in one source ("analysts and officials").
JOINED_GROUPS = re.compile(r"\b[a-z]+s\s+and\s+(?:[a-z]+\s+)?[a-z]+s\b")
# A source counted out of a group named before ("one of the people", "two of those officials");
# "three people familiar with his thinking" is another group, not "two people who ... asked".
PARTITIVE = re.compile(r"\s*(?:one|two|three|four|five|six)\s+of\s+(?:the|those|these)\b", re.IGNORECASE)
# Articles that introduce a new source: "An INM official ..., on condition of anonymity" after
# "what U.S. officials said" is someone else, whose terms are not theirs.
NEW_SOURCE_ARTICLES = frozenset({"a", "an"})
# Terms stated for a whole group by one of its members: "one regular attendee, who like the
# others, would only speak about them anonymously"; "one former official, who like others did
# not want to be identified" (heldout28 A5DXwTEMMRiNZYWT [6]); "another participant" is one of
# them. Not "like many/most others": those speak of part of the group only.
LIKE_THE_OTHERS = re.compile(
    r"\b(?:like|as\s+did)\s+(?:the\s+|several\s+|all\s+(?:the\s+)?)?others\b", re.IGNORECASE
)
# A relative clause of the sentence's subject standing just before its terms: "Fifteen women
# told the Post ..., 14 of whom requested anonymity because ..."; "Several employees, who spoke
# on condition of anonymity, said".
RELATIVE_BEFORE_TERMS = re.compile(r"(?:\bwho|\bof\s+whom)\s+(?:[\w'\u2019-]+\s+){0,2}$", re.IGNORECASE)
# How far into a sentence the plural head of its subject may stand ("Several former employees").
SUBJECT_HEAD_WORDS = 3
# Words that only count or pick out of a group whose terms its plural subject stated ("one
# woman", "many of the women", "A number of women", "the officials", "one anonymous woman"):
# a source with any other word ("another woman", "Chinese officials", "a senior official")
# may be other people. "a" only in "a number of", "a few", "a handful of".
COUNTING_WORDS = frozenset({
    "the", "these", "those", "all", "both", "one", "two", "three", "four", "five", "six", "many",
    "some", "most", "several", "few", "number", "handful", "of", "anonymous",
})


@dataclass(frozen=True)
class GroupReason:
    """A sentence stating why a group of unnamed sources is anonymous (GUIDELINES rule 8)."""

    index: int
    heads: frozenset[str]  # the group's head nouns, singular: {"official"}
    counted: bool  # "Both officials ...": only the sources named before the sentence
    # "The officials ..." refers back to sources named anywhere before; "two officials,
    # speaking on condition of anonymity", "... by senior officials" introduce a group, so
    # only the statements just before (NEARBY) can be theirs.
    refers_back: bool = True
    # "one former official, who like others did not want to be identified": the others are
    # the sources named after it only (heldout28 A5DXwTEMMRiNZYWT [4] is not one of them).
    only_after: bool = False
    # "Fifteen women ..., 14 of whom requested anonymity": its members are the sources that only
    # count or pick out of it (`counts_of`), not "another woman" or "Chinese officials".
    counted_members: bool = False


def about_sourcing(text: str) -> bool:
    """A sentence about the sourcing itself ("The officials spoke on condition of anonymity")."""
    return bool(find_phrases("anonymity_reasons", text)) and bool(ABOUT_SOURCING.search(text))


def mark_anonymity_reasons(statements: Sequence[Statement]) -> list[Statement]:
    """Set `anonymity_reason` on every unnamed source, and clear it on every other statement.

    A reason counts where `reason_statements` finds a sentence stating it.
    """
    reasons = reason_statements(statements)
    return [
        _with_reason(s, bool(reasons[s.index]) if s.type is SourceType.UNNAMED_SOURCE else None)
        for s in statements
    ]


def reason_statements(statements: Sequence[Statement]) -> dict[int, tuple[int, ...]]:
    """Map every unnamed source to the statements that state why it is anonymous (may be none).

    A reason counts when it is stated in the statement itself; in a nearby statement about the
    same source (the same unnamed head noun, or an unattributed sentence about the sourcing,
    rule 8); in a sentence about a group's anonymity that the statement's source belongs to
    ("The officials insisted on anonymity because ..." for "Officials said" and "One of the
    officials said"); or for any statement of the same source (the same root or source key)
    as a statement that has one.
    """
    stating = [states_terms(s) for s in statements]
    groups = [g for s, says in zip(statements, stating) if says and (g := group_reason(s))]
    direct: dict[int, list[int]] = {}
    for statement in statements:
        if statement.type is not SourceType.UNNAMED_SOURCE:
            continue
        nearby = range(
            max(0, statement.index - NEARBY), min(len(statements), statement.index + NEARBY + 1)
        )
        direct[statement.index] = [g.index for g in groups if covers(g, statement)] + [
            i for i in nearby if stating[i] and _about_same_source(statements[i], statement)
        ]
    by_root: dict[int, set[int]] = {}
    by_key: dict[str, set[int]] = {}
    for s in statements:
        own = set(direct.get(s.index, ())) | ({s.index} if stating[s.index] else set())
        if own:
            by_root.setdefault(root(s), set()).update(own)
        if direct.get(s.index) and _key(s):
            by_key.setdefault(_key(s), set()).update(direct[s.index])
    result = {}
    for index, found in direct.items():
        statement = statements[index]
        same_source = by_root.get(root(statement), set())
        if _key(statement):
            same_source = same_source | by_key.get(_key(statement), set())
        group = _counted_from(statement, statements)
        if group is not None:  # "One added": one of the officials, whose terms are its own
            same_source = same_source | by_root.get(root(group), set()) | by_key.get(_key(group), set())
        result[index] = tuple(sorted(set(found) if found else same_source))
    return result


def _counted_from(statement: Statement, statements: Sequence[Statement]) -> Statement | None:
    """The unnamed group a source that is a bare count ("One added", "Two said") is one of:
    the nearest unnamed source at most NEARBY statements before it with a plural head
    ("officials said"), or None."""
    if WORD.findall((statement.source or "").lower()) not in ([w] for w in COUNT_HEADS):
        return None
    return next(
        (
            s
            for s in reversed(statements[max(0, statement.index - NEARBY) : statement.index])
            if s.type is SourceType.UNNAMED_SOURCE and _plural_heads(WORD.findall((s.source or "").lower()))
        ),
        None,
    )


def states_terms(statement: Statement) -> bool:
    """Whether a statement states the terms of an anonymity: an anonymity phrase that is not in
    the words its source is quoted saying after the cue. "An A.T.F. official said she was “not
    authorized to comment on pending legislation ...”" quotes what she said of the matter, a
    refusal to comment (rule 7), not why she is unnamed; a phrase in the words describing the
    source ("citing “aides who insist on anonymity ...”") states the terms."""
    phrases = find_phrases("anonymity_reasons", statement.text)
    if not phrases or statement.cue_span is None:
        return bool(phrases)
    start = statement.span.start
    after_cue = max(0, statement.cue_span.end - start)
    quoted = quoted_mask(normalized_view(statement.text[after_cue:]))
    source = statement.source_span
    return any(
        m.start() < after_cue
        or not quoted[m.start() - after_cue]
        or (source is not None and source.start <= start + m.start() < source.end)
        for m in phrases
    )


def _with_reason(statement: Statement, reason: bool | None) -> Statement:
    """`statement` with `anonymity_reason` set (itself when it already says so: most do)."""
    if statement.anonymity_reason is reason:
        return statement
    return replace(statement, anonymity_reason=reason)


def root(statement: Statement) -> int:
    """The statement whose cue introduced this statement's source."""
    return statement.resolved_from if statement.resolved_from is not None else statement.index


def group_reason(statement: Statement) -> GroupReason | None:
    """Return the group a sentence states a reason for, or None: the group of a sentence about
    the sourcing (`_sourcing_group`), else the others a member states its terms for
    (`_member_for_the_others`), else a plural subject that states its own terms
    (`_self_stated_group`)."""
    return _sourcing_group(statement) or _member_for_the_others(statement) or _self_stated_group(statement)


def _sourcing_group(statement: Statement) -> GroupReason | None:
    """Return the group a sentence about the sourcing states a reason for, or None.

    Either a sentence about the sourcing whose subject, before its first anonymity phrase
    or sourcing verb, refers back to a group ("The officials spoke on ...", "These people
    and others", "Both officials"), or a reason whose agent is a group ("described on
    condition of anonymity by senior officials").
    """
    phrases = find_phrases("anonymity_reasons", statement.text)
    if not phrases:
        return None
    agent = AGENT.match(statement.text, phrases[0].end())
    if agent and (heads := _plural_heads(WORD.findall(agent.group(1).lower()))):
        return GroupReason(statement.index, heads, counted=False, refers_back=False)
    subject = _group_words(sourcing_subject(statement.text) or _claimless_subject(statement))
    counted = load_lexicon("counted_group_openers")
    if not subject or len(subject) > SUBJECT_WORDS:
        return None
    openers = load_lexicon("group_openers")
    if subject[0] not in openers | counted:
        return _bare_group(statement, subject)
    heads = _plural_heads(subject) | _listed_heads(subject)
    if not heads:
        return None
    return GroupReason(statement.index, heads, counted=any(w in counted for w in subject),
                       refers_back=subject[0] in openers)


def _member_for_the_others(statement: Statement) -> GroupReason | None:
    """The group whose terms one member states "like others" ("one former official, who like
    others did not want to be identified"): later sources with its head ("The former
    officials said", "a second official") are of the others (heldout28 A5DXwTEMMRiNZYWT [12])."""
    if statement.type is not SourceType.UNNAMED_SOURCE or not LIKE_THE_OTHERS.search(statement.source or ""):
        return None
    heads = _unnamed_heads(statement.source) - GENERIC_HEADS - COUNT_HEADS
    return GroupReason(statement.index, heads, counted=False, refers_back=False, only_after=True) if heads else None


def _self_stated_group(statement: Statement) -> GroupReason | None:
    """The group a sentence's plural unnamed subject makes by stating its own terms in a relative
    clause ("Fifteen women told the Post they were harassed ..., 14 of whom requested anonymity
    because they were fearful of legal reprisals"): the sources that only count or pick out of
    it ("one woman told the Post", "many of the women", "A number of women") are of it, after it
    as far as FOLLOWING and just before it (rule 8; MarketWatch rakCpFlyge4j1jn7)."""
    phrases = find_phrases("anonymity_reasons", statement.text)
    if not phrases or not RELATIVE_BEFORE_TERMS.search(statement.text[: phrases[0].start()]):
        return None
    if statement.type is SourceType.UNNAMED_SOURCE:
        heads = _plural_heads(WORD.findall((statement.source or "").lower()))
    else:
        opening = _group_words(WORD.findall(statement.text.lower()))[:SUBJECT_HEAD_WORDS]
        heads = _plural_heads(opening)
    heads = heads - GENERIC_HEADS - COUNT_HEADS
    return GroupReason(statement.index, heads, counted=False, refers_back=False, counted_members=True) if heads else None


def _claimless_subject(statement: Statement) -> list[str]:
    """The words before the first anonymity phrase of a sentence that claims nothing of its
    own ("Officials previewed the actions with the press on condition of anonymity")."""
    if statement.type is not SourceType.UNATTRIBUTED:
        return []
    phrases = find_phrases("anonymity_reasons", statement.text)
    return WORD.findall(statement.text[: phrases[0].start()].lower()) if phrases else []


def _group_words(subject: list[str]) -> list[str]:
    """The group of a subject: without an opening conjunction, up to a relative clause
    ("But sources at CNN, who spoke ..." -> ["sources", "at", "cnn"])."""
    if subject and subject[0] in CONJUNCTIONS:
        subject = subject[1:]
    return subject[: subject.index("who")] if "who" in subject else subject


def _bare_group(statement: Statement, subject: list[str]) -> GroupReason | None:
    """The group of a subject that opens with a bare plural ("Officials previewed ...",
    "Sources at the Daily Beast and CNN, who spoke ..."), or None.

    A sentence that claims nothing but the sourcing refers to sources already quoted; one
    with a claim of its own introduces its sources, as "two officials, speaking on ..." does.
    """
    heads = _plural_heads(subject[:1])
    if not heads:
        return None
    return GroupReason(statement.index, heads, counted=False,
                       refers_back=statement.type is SourceType.UNATTRIBUTED)


def sourcing_subject(text: str) -> list[str]:
    """The words before a sentence's first anonymity phrase or sourcing verb, lower-cased
    ("The officials insisted on anonymity" -> ["the", "officials"]); [] when it is not a
    sentence about the sourcing."""
    if not about_sourcing(text):
        return []
    starts = [m.start() for m in find_phrases("anonymity_reasons", text)]
    starts += [m.start() for m in ABOUT_SOURCING.finditer(text)]
    return WORD.findall(text[: min(starts)].lower())


def _listed_heads(words: list[str]) -> frozenset[str]:
    """The unnamed heads of a subject that lists the group's members ("The aides and the State
    Department official" -> {"aide", "official"}): each is one of the group, singular or not."""
    return _unnamed_heads(" ".join(words)) - GENERIC_HEADS if "and" in words else frozenset()


def _plural_heads(words: list[str]) -> frozenset[str]:
    """The plural unnamed heads among `words`, singular ("officials" -> {"official"})."""
    heads = load_lexicon("unnamed_heads") - NOT_A_GROUP
    return frozenset(_singular(w) for w in words if w in heads and _singular(w) != w)


def covers(group: GroupReason, statement: Statement) -> bool:
    """Tell whether a statement's source belongs to the group a reason was stated for."""
    if not _unnamed_heads(statement.source) & group.heads:
        return False
    if group.counted_members and not counts_of(statement.source, group.heads):
        return False
    if statement.index < group.index:
        return not group.only_after and (group.refers_back or group.index - statement.index <= NEARBY)
    if group.counted:
        return False  # "Both officials": a source named later is not one of them
    return statement.index - group.index <= FOLLOWING or refers_back(statement.source)


def counts_of(source: str | None, heads: frozenset[str]) -> bool:
    """Tell whether a source phrase only counts or picks out of a group with one of `heads`:
    counting words, then the head ("many of the women", "A number of women", "one woman")."""
    words = WORD.findall((source or "").lower())
    if words[:1] == ["a"]:
        if words[1:2] not in (["number"], ["few"], ["handful"]):
            return False  # "a woman", "a senior official": one it introduces, maybe someone else
        words = words[1:]
    return (
        bool(words)
        and _singular(words[-1]) in heads
        and all(word in COUNTING_WORDS for word in words[:-1])
    )


def refers_back(source: str | None) -> bool:
    """Tell whether a source phrase opens with a definite group word ("The officials who ...")."""
    words = WORD.findall((source or "").lower())
    return (
        len(words) >= 2
        and words[0] in load_lexicon("group_openers")
        and words[1] in load_lexicon("unnamed_heads")
    )


def _key(statement: Statement) -> str:
    """The statement's source key, or "" where it tells no source: a bare count ("one of the
    suspects" and "One who spoke to FoxNews.com on condition of anonymity" both key "one";
    heldout18 sYhSPS7ftvsg536V [4], whose terms are not the resident's of [13])."""
    key = source_key(statement.source or "").casefold()
    return "" if key in COUNT_HEADS else key


def _about_same_source(stating: Statement, statement: Statement) -> bool:
    if stating.type is SourceType.UNATTRIBUTED or relays_terms(stating):
        # "That former diplomat spoke on condition ..." is no reason for "Republicans said";
        # "They spoke ..." or "Both people spoke ..." may be anyone's nearby, and anyone's
        # may be "this source said".
        subject = sourcing_subject(stating.text)
        if (stating.index < statement.index and _one_person(subject)
                and _introduces_a_source(statement.source)):
            return False  # "She did not go on the record." is not "a company spokesman" after it
        if _one_new_person(subject) and _plural_source(statement.source):
            return False  # "according to a Western diplomat who spoke ..." is not "sources"
        heads = _unnamed_heads(" ".join(subject)) - GENERIC_HEADS
        own = _unnamed_heads(statement.source) - GENERIC_HEADS
        return about_sourcing(stating.text) and (
            not heads or not own or bool(heads & own) or _shared_description(subject, statement.source)
        )
    if stating.type is not SourceType.UNNAMED_SOURCE:
        return False
    if stating.index > statement.index and _introduces_a_source(stating.source):
        return False
    if (
        stating.index < statement.index
        and LIKE_THE_OTHERS.search(stating.source or "")
        and WORD.findall((statement.source or "").lower())[:1] == ["another"]
    ):
        return True  # "another participant" after "one attendee, who like the others, ..."
    heads, own = _unnamed_heads(stating.source), _unnamed_heads(statement.source)
    if stating.index > statement.index and refers_back(stating.source) and heads <= GENERIC_HEADS:
        return True  # "the sources said, asking not to be identified": the people said before
    if PARTITIVE.match(statement.source or ""):  # "one of the people": of the two who asked
        # ... and "one of the shelter workers" is one of "Several shelter workers, who spoke ..."
        heads, own = heads - COUNT_HEADS - NOT_A_GROUP, own - COUNT_HEADS
    if JOINED_GROUPS.search(stating.source or "") and own:
        # "U.S. officials" are of "Several analysts and officials speaking anonymously with The
        # Times" (heldout13 o7G2MshHSgwpIq0E [0]): a group joined to another stands in both
        return own <= heads - NOT_A_GROUP - GENERIC_HEADS
    return bool(heads) and heads == own


def _shared_description(subject: list[str], source: str | None) -> bool:
    """ "The officials, representing various Palestinian factions, spoke on condition of
    anonymity" right after "Palestinian negotiators said": the group's words repeat what the
    source's describe it by, whatever the head (heldout20 FZpWOxXNpjgv2d4c [6])."""
    described = set(WORD.findall((source or "").lower())) - load_lexicon("function_words")
    words = set(_group_words(subject)) - load_lexicon("function_words")
    return bool((described - load_lexicon("unnamed_heads")) & words)


def relays_terms(statement: Statement) -> bool:
    """ "Both sources spoke anonymously to protect their families' privacy, the report said": a
    sentence about the sourcing whose subject names unnamed people other than its own source;
    the report only tells the terms, which are those people's, as with no cue at all (rule 8)."""
    subject = _group_words(_after_that(sourcing_subject(statement.text)))
    own = set(WORD.findall((statement.source or "").lower())) - NEW_SOURCE_ARTICLES - {"the"}
    return bool(_unnamed_heads(" ".join(subject))) and not own & set(subject)


def _after_that(subject: list[str]) -> list[str]:
    """The subject of the clause a report tells ("The Times said in a note that the author,
    described as ..., requested" -> the author ...): the words after the last "that"."""
    return subject[len(subject) - subject[::-1].index("that") :] if "that" in subject else subject


def _introduces_a_source(source: str | None) -> bool:
    """Tell whether a source phrase opens with an indefinite article ("An INM official ...")."""
    words = WORD.findall((source or "").lower())
    return bool(words) and words[0] in NEW_SOURCE_ARTICLES


def _one_new_person(words: list[str]) -> bool:
    """Tell whether the first unnamed head of a subject is one person it introduces, singular
    after an indefinite article ("according to a Western diplomat who")."""
    heads = load_lexicon("unnamed_heads")
    first = next((i for i, word in enumerate(words) if word in heads), None)
    return (
        first is not None
        and not plural_noun(words[first])
        and bool(NEW_SOURCE_ARTICLES & set(words[max(0, first - 3) : first]))
    )


def _one_person(words: list[str]) -> bool:
    """Tell whether a subject is one person ("she", "the representative"), not a group that
    may hold sources named after it ("These people and others who discussed the matter")."""
    return bool(words) and "and" not in words and not any(plural_noun(w) for w in words)


def _plural_source(source: str | None) -> bool:
    """Tell whether a source phrase names unnamed people in the plural ("sources", "officials")."""
    heads = load_lexicon("unnamed_heads")
    return any(w in heads and plural_noun(w) for w in WORD.findall((source or "").lower()))


def _singular(word: str) -> str:
    return SINGULAR.get(word, word.removesuffix("s"))


def _unnamed_heads(source: str | None) -> frozenset[str]:
    """The unnamed head nouns of a source phrase, singular ("officials" -> "official")."""
    words = set(WORD.findall((source or "").lower())) & load_lexicon("unnamed_heads")
    return frozenset(_singular(word) for word in words)
