"""Tell whether a candidate may be what a reference means (rule 2): its gender, the words
after the reference, the description's head and modifiers."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache

from sourcing.attribution.anonymity import NOT_A_GROUP
from sourcing.attribution.context import Context
from sourcing.attribution.decisions import Decision
from sourcing.attribution.gender import description_gender, name_gender, pronoun_gender
from sourcing.attribution.mentions import Mention, MentionKind, classify_phrase
from sourcing.attribution.names import person_names
from sourcing.attribution.person_mentions import names_people, relative_name
from sourcing.attribution.phrases import RELATIVE_CLAUSE, Phrase
from sourcing.attribution.sourced import mention_kind
from sourcing.attribution.verbs import AUXILIARIES, general_cue_verbs
from sourcing.lexicons import lexicon_union, load_lexicon
from sourcing.records import SourceType, Statement
from sourcing.settings import Settings


def named_after(cued: Statement, decision: Decision, context: Context, quotations: bool = True) -> str:
    """The statement's words after its pronoun, up to a dash or semicolon that ends its clause:
    a person named there is someone else ("She told the Post that she did not share her story
    about Moore" is not Moore), but not one named after the clause ends ("He told The New York
    Times ... that "..." — though Barr also said": the subject of the sentence before, Barr).
    Without `quotations`, the words quoted are blanked: a speaker may name himself in them
    ("The president wrote that the memo "totally vindicates 'Trump'"")."""
    start = decision.source_span.end if decision.source_span else cued.span.start
    end = cued.span.end
    for found in CLAUSE_END.finditer(context.normalized, start, end):
        if not context.quoted[found.start()]:
            end = found.start()
            break
    words = context.normalized[start:end]
    if quotations:
        return words
    return "".join(" " if context.quoted[at] else char for at, char in enumerate(words, start))


# A dash set off by spaces or a semicolon: the end of the pronoun's clause (normalized text,
# where an em or en dash is "-").
CLAUSE_END = re.compile(r"\s-{1,2}\s|;")


def surname_in(source: str | None, text: str, context: Context) -> bool:
    """Whether the person `source` names is named in `text` by surname."""
    names = person_names(source or "", context.people)
    surname = names[0].split()[-1] if names else ""
    # the substring test first: compiling a pattern for each surname cost more than the search
    if not surname or surname not in text:
        return False
    return re.search(rf"\b{re.escape(surname)}\b", text) is not None


def people_joined(statement: Statement) -> bool:
    """The source names two or more people joined by "and" ("Gérard Araud, a former
    ambassador, and Ali Vaez, an Iran analyst"; "Diamond and Silk", two names of its own),
    whom a "they" may mean (rule 2)."""
    source = statement.source or ""
    return " and " in source and (
        len(person_names(source)) >= 2 or NAMES_JOINED.fullmatch(source) is not None
    )


# "Shell and the Norwegian company Statoil": two names joined by "and", the second perhaps
# after a description.
JOINED_ORGANIZATIONS = re.compile(
    r"\b([A-Z][\w&\-]+(?:\s+[A-Z][\w&\-]+){0,3})\s+and\s+(?:the\s+(?:[\w\-]+\s+){1,3})?"
    r"([A-Z][\w&\-]+(?:\s+[A-Z][\w&\-]+){0,3})"
)


def organizations_described(mention: Mention) -> bool:
    """A definite plural description by an organization head ("the agencies", "the two
    companies"; `joined_organization_heads.txt`)."""
    return (
        mention.kind is MentionKind.DEFINITE_ROLE
        and mention.plural
        and mention.head.lower() in load_lexicon("joined_organization_heads")
    )


def organizations_joined(statement: Statement) -> bool:
    """The statement is a named organization's whose source joins two capitalized names by
    "and" ("the CBO and the congressional Joint Committee on Taxation"), whom a definite plural
    description of organizations refers back to (rule 2)."""
    source = statement.source or ""
    return (
        statement.type is SourceType.NAMED_ORGANIZATION
        and JOINED_ORGANIZATIONS.search(source) is not None
    )


# "Diamond and Silk", "Bill and Hillary Clinton": capitalized names, and nothing else.
NAMES_JOINED = re.compile(r"(?:[A-Z][\w.'’\-]*\s+)*[A-Z][\w.'’\-]*\s+and\s+(?:[A-Z][\w.'’\-]*\s+)*[A-Z][\w'’\-]*")


def gender_agrees(
    source: str | None, mention: Mention, context: Context, nearby: Sequence[Statement] = ()
) -> bool:
    """ "she" is not "Roy Moore" nor "the father": a pronoun's gender, where the article gives
    the source's ("Moore said he ...", "Mrs. Pelosi", "a woman named ...", or a pronoun of the
    `nearby` statements resolved to it), must match."""
    wanted = pronoun_gender(mention.text) if mention.kind is MentionKind.PRONOUN_PERSON else None
    if wanted is None or not source:
        return True
    relative = relative_name(Phrase(source.strip(), context.people))  # "Quayle's wife Tiffany"
    named = (relative or (person_names(source, context.people) or [source])[0]).split()[-1].strip(".,'’")
    given = name_gender(named, context.normalized) if named[:1].isupper() else None
    if given is None:
        given = description_gender(source.split(",")[0])
    if given is None and named[:1].isupper():
        given = resolved_pronoun_gender(named, nearby)
    return given is None or given == wanted


def resolved_pronoun_gender(surname: str, nearby: Sequence[Statement]) -> str | None:
    """ "said Sen. Richard Durbin. He asked her ...": the gender of the pronouns that `nearby`
    statements resolved to the person called `surname`, when they all agree; else None."""
    genders = {
        pronoun_gender(statement.provenance.reference or "")
        for statement in nearby
        if statement.provenance is not None
        and statement.provenance.reference_kind == MentionKind.PRONOUN_PERSON.value
        and re.search(rf"\b{re.escape(surname)}\b", statement.source or "")
    } - {None}
    return genders.pop() if len(genders) == 1 else None


def group_source(statement: Statement) -> bool:
    """The statement's source is unnamed people in the plural ("Republican activists") or no
    person ("a per-barrel development fee", a phrase a cue took for its subject)."""
    if mention_kind(statement) not in NO_NAME_KINDS or not statement.source:
        return False
    mention = classify_phrase(statement.source, {})
    return mention.plural or not names_people(mention.head)


NO_NAME_KINDS = frozenset({MentionKind.UNNAMED, MentionKind.DEFINITE_ROLE})


def unidentified(mention: Mention) -> bool:
    """ "the unidentified official wrote", "the anonymous author": a description that says the
    text does not name its person refers to no named person (rule 6), only to an unnamed one."""
    words = set(mention.text.lower().split())
    return mention.kind is MentionKind.DEFINITE_ROLE and bool(words & load_lexicon("anonymous_modifiers"))


def may_be(mention: Mention, official: bool) -> bool:
    """Whether a person of that status may be what `mention` refers back to.

    "The woman", "the teen", "the lawyer" name a private person, never the official the
    article also names (train2: "the woman told KSDK" is not Gov. Greitens); "the source"
    names no one (rule 6); other descriptions and pronouns may be anyone.
    """
    if mention.kind is not MentionKind.DEFINITE_ROLE:
        return True
    head = mention.head
    if head in SOURCE_HEADS:
        return False
    private = head in load_lexicon("person_roles") or head in PRIVATE_HEADS
    return not (private and official)


# "the source", "the sources": a description that says only that someone is a source.
SOURCE_HEADS = frozenset({"source", "sources"})


def any_unnamed_source(previous: Statement, mention: Mention) -> bool:
    """ "No payment was made, the source said" after "The person, who ... is not authorized to
    comment publicly, said": "the source" describes no one by role, so it refers back to an
    unnamed source of any description, one person to one (rule 2; heldout20 G3irbRuBtGUPK75l [2])."""
    if mention.kind is not MentionKind.DEFINITE_ROLE or mention.head not in SOURCE_HEADS:
        return False
    if previous.type is not SourceType.UNNAMED_SOURCE or not previous.source:
        return False
    described = classify_phrase(previous.source, {})
    if described.head in NOT_A_GROUP:
        return False  # "Some voiced concern" counts people, it describes no source (train3)
    return described.plural == (mention.head == "sources")


# Heads of a definite description of a private person (with person_roles.txt).
PRIVATE_HEADS = frozenset({"man", "woman", "men", "women", "teen", "teenager", "girl", "boy", "person"})


def same_head(previous: Statement, head: str, qualified: bool = False) -> bool:
    """Whether `previous`'s source, or the description it was resolved from ("a company
    spokesman said", named later as Trenton Kennedy: "The spokesman reiterated"), has `head`;
    `qualified` when the head is "vice president", "lieutenant governor" (`qualified_office`)."""
    if not previous.source:
        return False
    reference = previous.provenance.reference if previous.provenance else None
    pattern = _head_of_the_same_office(head.rstrip("s"), qualified)
    return any(pattern.search((words or "").lower()) for words in (previous.source, reference))


@lru_cache(maxsize=256)
def _head_of_the_same_office(head: str, qualified: bool) -> re.Pattern[str]:
    """`head` anywhere in a source; a plain one ("president") not after "vice" or "lieutenant",
    which make another office: "The president said" is not "Vice President Pence" (heldout51
    IActsU428DJW1z3z [11] named Pence, the president being Trump). A whole word, or its plural:
    "presidential hopeful Bill de Blasio" holds no president (heldout82 [7], keyed at stop 55:
    "The former vice president said" was de Blasio's)."""
    word = rf"\b{re.escape(head)}(?:s|es)?\b"
    if qualified:
        return re.compile(word)
    return re.compile(rf"(?<!vice )(?<!vice-)(?<!lieutenant ){word}")


# The words that make an office of another: "vice president", "lieutenant governor".
QUALIFIED_OFFICE = re.compile(r"\b(?:vice|lieutenant)[ -](\w+)")


def qualified_office(mention: Mention) -> bool:
    """Whether the mention's head is qualified to another office ("the vice president")."""
    found = QUALIFIED_OFFICE.search(mention.text.lower())
    return found is not None and found.group(1) == mention.head


def modifiers(mention: Mention) -> list[str]:
    """The names between a definite role's article and head ("the Taliban spokesman"); a
    nationality, party or place ("the Iranian official", "the Texas senator") may describe
    any of its officials."""
    if mention.kind is not MentionKind.DEFINITE_ROLE:
        return []
    return role_modifiers(mention)


def role_modifiers(mention: Mention) -> list[str]:
    """The names between a role's determiner and head ("a top UN official": UN), but for
    nationalities, places and other words that describe any official, and honorifics, which
    say a person, not which ("the former Miss Michigan": a title of the place)."""
    words = [w.replace(".", "") for w in _before_clause(mention).split()[1:-1] if w[:1].isupper()]
    general = lexicon_union("descriptor_adjectives", "places", "honorifics", "service_branches")
    # A word before a place is part of its name: "the New York Democrat" (train2
    # g9jxq2RFaAvccgh5: Schumer, never described as of New York) has no "New" to find.
    places = load_lexicon("places")
    placed = {w for w, after in itertools.pairwise(words) if after.lower() in places}
    return [w for w in words if w.lower() not in general and w not in placed and w not in {"US", "UK"}]


def _before_clause(mention: Mention) -> str:
    """A definite role without the clause after it: in "the aide, who was not authorized to speak
    publicly about the White House remarks" the White House describes no aide (heldout16
    V8psC7qdTDa9kMTl [8], the aide of the statement before); "the chairman of the House Foreign
    Affairs Committee" keeps its "of"."""
    text = mention.text.split(",", 1)[0]
    clause = RELATIVE_CLAUSE.search(text)
    return text[: clause.start()] if clause else text


def same_modifiers(previous: Statement, mention: Mention) -> bool:
    """'the Taliban spokesman' is not 'Putin spokesman Dmitry Peskov': every capitalized word
    before the head must be in the earlier source."""
    source = (previous.source or "").replace(".", "")
    return all(re.search(rf"\b{re.escape(word)}", source) for word in modifiers(mention))


def _after_last_name(left: str) -> str:
    """The words of `left` after the last person's name in it that ends before the name
    described (all of it without one): "President Barack " keeps its title, the first name
    being the same person's."""
    for name in reversed(person_names(left)):
        end = left.rfind(name) + len(name)
        if end >= len(name) and left[end:].strip():
            return left[end:]
    return left


def _after_clause_verb(left: str) -> str:
    """The words of `left` after its last auxiliary or speech verb: a description before a
    name is of the name's own noun phrase, and a verb ends it. In "The Republican nominee was
    meant to be delivering a speech calling for Hillary Clinton" the nominee is the subject,
    not Clinton (heldout18 Osm5OK4AAM41n6A8 [4])."""
    verbs = _clause_verbs()
    for word in reversed(list(LOWER_WORD.finditer(left))):
        if word.group(0) in verbs:
            return left[word.end() :]
    return left


LOWER_WORD = re.compile(r"(?<![\w'’.\-])[a-z]+(?![\w'’\-])")


@cache
def _clause_verbs() -> frozenset[str]:
    """Words that are a clause's verb wherever they stand in lower case: auxiliaries and speech
    verbs, less the speech verbs that are also nouns ("the state attorney general")."""
    speech = general_cue_verbs() - load_lexicon("cue_verbs_ambiguous")
    return AUXILIARY_VERBS | speech


# Auxiliaries and modals: no word of a title or role.
AUXILIARY_VERBS = AUXILIARIES | {"be", "been", "being", "do", "does", "did"}


def described_as(name: str, words: list[str], text: str, settings: Settings) -> bool:
    """Whether `text` describes `name` with every word ("Taliban spokesman Suhail Shaheen",
    "Shaheen, the Taliban's spokesman"): a word right before or after one of its mentions."""
    if not words:
        return True
    for before, after in descriptions(name, text, settings):
        around = before + (after.split(",")[1] if after.startswith(",") else "")
        if all(re.search(rf"\b{re.escape(word)}", around, re.IGNORECASE) for word in words):
            return True
    return False


def titled_as(name: str, words: list[str], text: str, settings: Settings) -> bool:
    """Whether `text` gives `name` the role as a title right before it ("President Obama",
    "Attorney General Eric Holder"): the role's head ends the words before a mention of the
    name, its other words among them. Stricter than `described_as`, whose words may stand after
    the name too ("Sen. Lindsey Graham said the attorney general ...")."""
    head, *others = words
    # the head, then at most two first names ("French President Francois Hollande")
    title = re.compile(rf"\b(?i:{re.escape(head)})(?:\s+[A-Z][\w'\u2019\-]*){{0,2}}$")
    for before, _ in descriptions(name, text, settings):
        if title.search(before.rstrip()) and all(
            re.search(rf"\b{re.escape(word)}", before, re.IGNORECASE) for word in others
        ):
            return True
    return False


def descriptions(name: str, text: str, settings: Settings) -> Iterator[tuple[str, str]]:
    """The words around each mention of `name` in `text` (periods dropped), as (before, after).

    The words before a mention reach back to the name before it, no farther: in "President
    Obama and Attorney General Eric Holder" the title "President" is Obama's."""
    margin = settings.role_name_margin_chars
    plain = text.replace(".", "")
    for found in re.finditer(re.escape(name.replace(".", "")), plain):
        before = _after_clause_verb(_after_last_name(plain[max(0, found.start() - margin) : found.start()]))
        yield before, plain[found.end() : found.end() + margin]
