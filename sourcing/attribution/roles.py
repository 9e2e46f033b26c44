"""Role knowledge mined from unlabelled news: the people who, named in full, speak as officials.

The table `data/roles.tsv.gz` is built by `scripts/build_roles.py` (provenance in
`data/roles.md`): one row a full name, its kind (`official` or `other`) and the counts of
mentions that gave it a role in the corpus.
"""

from __future__ import annotations

import gzip
import itertools
import re
from collections.abc import Iterable
from enum import StrEnum
from functools import lru_cache
from importlib import resources

from sourcing.lexicons import lexicon_union, load_lexicon


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    path = resources.files("sourcing").joinpath("data", "roles.tsv.gz")
    lines = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return {row[0]: row[1] for row in rows[1:]}  # rows[0]: the column names


def known_official(name: str, longer: Iterable[str] = ()) -> bool:
    """Tell whether news names `name` ("Marco Rubio") in an official role far more than not;
    by the fullest of the `longer` forms of that name the table knows, if any ("Christine
    Blasey Ford", a private witness, decides for "Blasey Ford", the form a title took)."""
    kinds = _kinds()
    forms = sorted((n for n in longer if n.endswith(f" {name}") and n in kinds), key=len)
    return kinds.get(forms[-1] if forms else name) == "official"


class Described(StrEnum):
    """What the words around a name say of the person's role."""

    OFFICIAL = "official"  # "Sen. Marco Rubio", "Charles Cole, a spokesman for the embassy"
    PRIVATE = "private"  # "Conservative strategist Chris Barron", "X, a military analyst at Y"
    FORMER = "former"  # "former Defense Secretary Leon Panetta": named_person (GUIDELINES)


FORMER_WORDS = frozenset({"former", "ex"})
# Words a title run may hold besides capitalized words and roles: "Secretary of State".
TITLE_LINKS = frozenset({"of", "the", "for", "and", "to", "u.s."})
TITLE_RUN = re.compile(r"((?:[A-Za-z][\w.'’\-]*\s+){1,8})$")
# Where an appositive's noun phrase ends: "a military analyst | at the Brookings Institution".
APPOSITIVE_ENDS = frozenset(
    {"who", "which", "whose", "that", "of", "for", "at", "in", "on", "with", "from", "by", "to"}
)
# An appositive after the name: "Charles Cole, a spokesman for the embassy"; "X, who is the ...";
# a space before the comma too, where a link was cut out ("Justin Welby , who is the ...": CNN).
APPOSITIVE = re.compile(r"\s?,\s+([^,;\"“”()]{2,100})")
PAST_PREDICATE = re.compile(r"\s+was\s")
# A present copula, "is" or "serves as" ("Dr. Schuchat currently serves as principal deputy
# director of the CDC", heldout24 sj023iue62hr8F4A: the office she holds now), and the perfect's
# "has served as" and "has been": the office held up to now ("Brouillette, 57, has served as the
# Energy Department's deputy secretary since 2017", dev9510 xrLNYV0H7bEdXOZ4: his later "said" was
# typed named_person).
SIMPLE_COPULA = r"(?:is|(?:(?:currently|now)\s+)?serves\s+as)"
PERFECT_COPULA = r"has\s+(?:long\s+)?(?:been|served\s+as)"
PRESENT_COPULA = rf"(?:{SIMPLE_COPULA}|{PERFECT_COPULA})"
PREDICATE = re.compile(
    rf"\s+(?:was|{SIMPLE_COPULA})\s+"
    r"((?:a|an|the)\s+[^,;\"“”()]{2,100}|[a-z][^,;\"“”()]{2,100})"
)
# The perfect's predicate only after an article: "James has been publicly silent over ... general
# manager Daryl Morey's tweet" gives no office.
PERFECT_PREDICATE = re.compile(rf"\s+{PERFECT_COPULA}\s+((?:a|an|the)\s+[^,;\"“”()]{{2,100}})")
# An age set off by commas before the predicate: "Brouillette, 57, has served as ...".
AGE_APPOSITIVE = re.compile(r"\s?,\s+\d{1,3}\s*,")
# The present office a title run adds to a former one: "Former senator and current Heritage
# Foundation president Jim DeMint" leads the foundation now (GUIDELINES named_official).
CURRENT_TITLE = re.compile(r"\band\s+(?:now|current(?:ly)?)\s+(.*)$", re.IGNORECASE)
# One of a plural role before a comma and a name: "One of the group's top commanders, Nasr
# al-Ansi," holds the role in the singular ("the group's top commander"; "deputies": "deputy").
ONE_OF = re.compile(r"one\s+of\s+(.+?)(ies|(?<!s)s)", re.IGNORECASE)
# Where a clause ends before a name: the words beyond it describe someone else.
CLAUSE_MARK = re.compile(r"[,;:\"“”()]")
# The end of a name that lists capitalized words, commas and all: "Alcohol, Tobacco and Firearms".
LISTED_NAME_END = re.compile(r"(?:,\s*[A-Z][\w'’\-]*)+\s+(?:and|&)\s+[A-Z][\w'’\-]*$")
LEFT_CHARS = 80
COPULA = re.compile(r"who\s+(?:is|was|serves as|served as|has been|had been)\s+", re.IGNORECASE)
# A role the relative clause puts in the past: a former role (GUIDELINES: named_person). Not
# "who served as the Founding Director ... from 2014 to 2016", which the gold reads as the office
# the person spoke from (train WsTMf4kBrQW8z2TT).
PAST_COPULA = re.compile(r"who\s+(?:was|had been)\s+", re.IGNORECASE)
# A relative clause that gives the office held now, whatever title came before the name:
# "Former Sen. Jim DeMint, who left Congress this year to become president of the Heritage
# Foundation" speaks as the foundation's president (heldout27 uEApSnH7qszdm702 [15]), as "who
# is now president of ..." does; "who became governor in 2011" may be long gone, so not it.
BECOMING = re.compile(
    r"who\s+(?:(?:has\s+)?(?:left|quit|resigned|retired)\b[^,;]{0,60}?\s+to\s+become"
    r"|(?:now\s+)?becomes|has\s+(?:now\s+|since\s+)?become|(?:now|currently)\s+serves\s+as)\s+",
    re.IGNORECASE,
)
WORD = re.compile(r"u\.s\b\.?|[a-z][a-z\-]*")  # "u.s." one word: "U.S. Attorney" is a title
# A lawyer on an organization's staff speaks for it: "Brian Hauss, an attorney with the American
# Civil Liberties Union, said in a statement"; the readers read "legislative counsel for the
# ACLU" and "an attorney with Women's Liberation Front" named_official (heldout21, heldout37).
# "A lawyer for President Trump" acts for a client: named_person (heldout22), so "for" is not it.
# A law firm's lawyer comments as an expert (named_person): "Steven Cash, a lawyer at Day Pitney",
# "an employment lawyer with Maryland law firm Joseph Greenwald & Laake"; so the organization's
# name must hold a head of an advocacy group or agency (`staff_lawyer_bodies.txt`).
STAFF_LAWYER = re.compile(
    r"\b(?:attorney|lawyer)\s+(?:with|at)\s+(?:the\s+)?"
    r"((?:[A-Z][\w’'.\-]*|of|for|and|on)(?:\s+(?:[A-Z][\w’'.\-]*|of|for|and|on))*)"
)
PARTY_TAG = re.compile(r"[rdi]-[a-z]")  # "R-Fla."
# A self-description right before the name: the words after it are how the person sees
# themself, no office they hold ("self-described liberal Democrat Alan Dershowitz", train2).
SELF_DESCRIBED = re.compile(r"\bself-(?:described|proclaimed|identified|styled)\s+(?:[\w'’\-]+\s+){1,3}$", re.IGNORECASE)
# "Paul Ryan (R) of Wisconsin", "Nancy Pelosi (D-Calif.)", "Pat Tiberi (R., Ohio)"
PARTY_PARENTHESIS = re.compile(r"\s*\((?:[RDI]|[RDI](?:-|\.,?\s?)[A-Z][A-Za-z.\- ]{1,14})\)")


def describe(left: str, after: str) -> Described | None:
    """What a name's title run (`left`, the text before it) and appositive (`after`) say.

    The appositive, the fuller description, decides when both speak. In each, the role word
    nearest the head decides: "Republican pollster Mike Noble" and "a military analyst at
    the Brookings Institution" are private, whatever party or body word comes before.
    """
    described = _appositive_role(after)
    if described is not None:
        return described
    described = _title_role(left)
    if described is not Described.FORMER and PARTY_PARENTHESIS.match(after):
        return Described.OFFICIAL  # "committee member Kenny Marchant (R) of Texas": a party's officeholder
    return described


def _title_role(left: str) -> Described | None:
    """The role the words right before a name give.

    A run of title words ("Interior Ministry spokesman Issam al-Naass") or a noun phrase
    and a comma ("A spokeswoman for Hawley's campaign, Kelli Ford"; "One of the group's top
    commanders, Nasr al-Ansi" holds the role in the singular); "former" anywhere in the
    clause ("the former Trump campaign chair Paul Manafort"), unless a current title is
    joined to it ("Former senator and current Heritage Foundation president Jim DeMint").
    """
    clause = CLAUSE_MARK.split(left[-LEFT_CHARS:])[-1]
    if FORMER_WORDS & set(WORD.findall(clause.lower())):
        current = CURRENT_TITLE.search(clause)
        if current is not None and _run_role(current.group(1)) is Described.OFFICIAL:
            return Described.OFFICIAL  # "Former ... senator and current Heritage Foundation president"
        return Described.FORMER
    if SELF_DESCRIBED.search(clause):
        return None  # "self-described liberal Democrat Alan Dershowitz": a view, no office
    if left.endswith(", "):
        before = _clause_before_comma(left)
        one_of = ONE_OF.fullmatch(before)
        if one_of:
            before = one_of.group(1) + ("y" if one_of.group(2).lower() == "ies" else "")
        described = _run_role(before + " ")
        if described is None and (before.lower().startswith(("a ", "an ", "the ")) or _bare_title(before)):
            described = _noun_phrase_role(before, head_only=True)
        return described
    return _run_role(clause)


def _bare_title(phrase: str) -> bool:
    """ "assistant special agent in charge with the ATF, John D'Angelo": a lower-case title with
    no determiner opens the noun phrase a comma sets before a name ("another major Republican
    donor, Foster Friess" is no title: train rEX31KyxTtCU7GyV)."""
    first = phrase.split(maxsplit=1)[0] if phrase.strip() else ""
    return first[:1].islower() and first not in lexicon_union("determiners", "indefinite_determiners")


def _clause_before_comma(left: str) -> str:
    """The clause of `left` (which ends in a comma) before that comma, with the commas of a
    listed name kept in it ("the Bureau of Alcohol, Tobacco and Firearms")."""
    window = left[-2 * LEFT_CHARS : -2]
    listed = LISTED_NAME_END.search(window)
    head = window[: listed.start()] if listed else window
    return (CLAUSE_MARK.split(head)[-1] + (listed.group(0) if listed else "")).strip()


def _run_role(left: str) -> Described | None:
    """The role in the run of title words that ends `left` ("Interior Ministry spokesman")."""
    run = TITLE_RUN.search(left)
    if run is None:
        return None
    vocabulary = _role_words()
    words: list[str] = []
    raws = run.group(1).split()
    for index in range(len(raws) - 1, -1, -1):
        raw, bare = raws[index], raws[index].strip(".,'’").lower()
        if "and" in raws[index + 1 :]:
            bare = _singular_title(bare, vocabulary)  # "Senators Ted Cruz and": a list's title
        before = raws[index - 1].strip(".,'’").lower() if index else ""
        after = words[-1] if words else ""
        # "council member", "medical examiner": either word of a two-word role
        two_word = f"{before} {bare}" in vocabulary or f"{bare} {after}" in vocabulary
        if _ends_sentence(raw) or not (
            raw[:1].isupper() or bare in vocabulary or bare in TITLE_LINKS or two_word
        ):
            break
        words.append(bare)
    return _nearest_role(WORD.findall(" ".join(reversed(words))))


def _plural(word: str) -> str:
    """The regular plural of a role word: "senator" -> "senators", "spokesman" -> "spokesmen",
    "secretary" -> "secretaries", "boss" -> "bosses"."""
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in set("aeiou"):
        return word[:-1] + "ies"
    if word.endswith(("s", "sh", "ch", "x")):
        return word + "es"
    return word + "s"


@lru_cache(maxsize=1)
def plural_titles() -> dict[str, str]:
    """Each one-word role's plural and its singular. A plural title before a list of names gives
    each name its role ("Senators Ted Cruz and Mike Lee", "the archbishops Justin Welby and John
    Sentamu": GUIDELINES named_official, as "Sens. Ted Cruz and Mike Lee" is)."""
    return {_plural(word): word for word in _role_words() if " " not in word and word not in FORMER_WORDS}


def _singular_title(word: str, vocabulary: frozenset[str]) -> str:
    """The singular of a plural role word ("senators" -> "senator"); any other word as it is
    ("Doctors Without Borders": only before a list of names joined by "and" is it read so)."""
    return word if word in vocabulary else plural_titles().get(word, word)


def _ends_sentence(raw: str) -> bool:
    """ "... her possible promotion to White House chief of staff. Caitlin Yilek's piece": a
    word and a full stop, no abbreviation, ends the sentence before the name, whose title run
    it is no part of (heldout18 HkWxWYNeOwLdT4To [7]); a capitalized one too ("... with President
    Bill Clinton. According to David Wasserman, who analyzes House races": train2), unless it
    is an initial ("J."), dotted ("D.C.") or a role word ("Sen.", "Gov.")."""
    bare = raw.rstrip(".").lower()
    if not raw.endswith(".") or bare in load_lexicon("punkt_abbreviations"):
        return False
    return raw[:1].islower() or (len(bare) > 1 and "." not in bare and bare not in _role_words())


def _appositive_role(after: str) -> Described | None:
    """The role an appositive gives: "a Democratic strategist in South Carolina" -> private.

    A predicate counts as one ("Kate O'Brian is president of Al Jazeera America").
    """
    age = AGE_APPOSITIVE.match(after)
    if age is not None:  # "Brouillette, 57, has served as ...": the predicate after the age
        rest = after[age.end() :]
        if not _predicate(rest):
            # "Frederick Brown, 24, said ...", "DeRay McKesson, 29, a Minneapolis schools human
            # relations executive who joined the Ferguson protests" (gold M3ZScFH8dQvIqIHg: a
            # named person): an age before an appositive gives no office, as before
            return None
        after = rest
    predicate = _predicate(after)
    match = APPOSITIVE.match(after) or predicate
    if match is None:
        return None
    text = match.group(1)
    if match is not predicate and _opens_with_auxiliary(text):
        return None  # "Kim Kardashian West, has filed any official paperwork": the verb of the clause
    if match is predicate and PAST_PREDICATE.match(after) and _noun_phrase_role(text) is Described.OFFICIAL:
        return Described.FORMER  # "Eric Koch was the communications director for ...": no longer
    if text.lower().startswith("who"):
        if _runs_an_organization(text):
            return Described.OFFICIAL
        copula = BECOMING.match(text) or COPULA.match(text)
        if copula is None:
            return None  # "who studies race and criminal justice": no role given
        described = _noun_phrase_role(text[copula.end() :])
        if described is Described.OFFICIAL and PAST_COPULA.match(text):
            return Described.FORMER  # "who was an adjunct professor ... at Babson": no longer
        return described
    return _noun_phrase_role(text)


def _predicate(after: str) -> re.Match[str] | None:
    """A predicate right after a name: "is president of ...", "has served as the ..."."""
    return PREDICATE.match(after) or PERFECT_PREDICATE.match(after)


def _opens_with_auxiliary(text: str) -> bool:
    """ "It is unclear if West, a prominent Trump supporter also known for his marriage to Kim
    Kardashian West, has filed any official paperwork": what follows the comma is the verb
    phrase of the clause the aside interrupts, no description of the name before it."""
    from sourcing.attribution.verbs import AUXILIARIES  # verbs imports names, which imports this

    first = WORD.match(text.lower())
    return first is not None and first.group(0) in AUXILIARIES


# "who is overseeing", "who runs", "who now heads": a relative clause's verb of leading, in the
# present ("who ran the agency" is a former role: named_person, GUIDELINES).
LEADING = re.compile(r"who\s+(?:(?:now|currently)\s+)?(?:is\s+)?(\w+)\s+(.*)", re.IGNORECASE)


def _runs_an_organization(text: str) -> bool:
    """ "who is overseeing Trump re-election campaign efforts in Florida", "who heads the
    agency's office": one who leads an organization's work speaks in its role (GUIDELINES
    named_official: a party, agency or company role). The organization's head noun comes
    before the clause's first preposition."""
    match = LEADING.match(text)
    if match is None or match.group(1).lower() not in load_lexicon("leading_verbs"):
        return False
    words = WORD.findall(match.group(2).lower())
    core = list(itertools.takewhile(lambda w: w not in APPOSITIVE_ENDS, words))
    return bool(set(core) & load_lexicon("org_heads"))


def _noun_phrase_role(text: str, head_only: bool = False) -> Described | None:
    """The role a description gives, read up to its first preposition or relative word; of
    roles joined by "and", a current official one (`_holds_current_office`).

    `head_only`: only a role as the head counts ("the Democratic convention was" gives none),
    and roles joined by "and" are not read.
    """
    words = WORD.findall(text.lower())
    if _maker_of_a_work(text):
        return Described.PRIVATE  # "the film's director": a film's, no office
    if not head_only and _holds_current_office(words):
        return Described.OFFICIAL
    described = _words_role(words, head_only)
    if described is Described.PRIVATE and _staff_lawyer(text, words):
        return Described.OFFICIAL
    return described


def _maker_of_a_work(text: str) -> bool:
    """ "the film's director", "the book's author": a role held over a creative work
    (`creative_works.txt`), no office."""
    work = WORK_POSSESSIVE.search(text)
    return work is not None and work.group(1).lower() in load_lexicon("creative_works")


WORK_POSSESSIVE = re.compile(r"\b([A-Za-z]+)['’]s\s+(?:[a-z\-]+\s+)?(?:director|producer|creator|writer|author|star)\b")


def _staff_lawyer(text: str, words: list[str]) -> bool:
    """ "an attorney with the American Civil Liberties Union": a lawyer as the head, then "with"
    or "at" and the name of a group or agency (not "an attorney with decades of experience",
    not a law firm's "a lawyer at Day Pitney")."""
    core = _core(words)
    match = STAFF_LAWYER.search(text)
    if not core or core[-1] not in {"attorney", "lawyer"} or match is None:
        return False
    name = WORD.findall(match.group(1).lower())
    return bool(load_lexicon("staff_lawyer_bodies") & set(name)) and "firm" not in name


# Words that open a second role joined by "and": "the group's policy director and a former clerk".
CONJUNCT_OPENERS = frozenset({"a", "an", "the"}) | FORMER_WORDS
# Words that put a joined role in the present: "a former aide ... and now the party's chairman".
NOW_WORDS = frozenset({"now", "currently", "current"})


def _holds_current_office(words: list[str]) -> bool:
    """ "the group's policy director and a former clerk for Justice Clarence Thomas": of roles
    joined by "and", a current official one makes the person an official, whatever office
    they held before (GUIDELINES named_official: a role they speak in; a former office alone
    does not). The current role is the first, or one "now" marks; a later role without "now"
    may be part of the first's object ("a former aide to the senator and the governor")."""
    conjuncts = _conjuncts(words)
    current = conjuncts[:1] + [
        [w for w in c if w not in NOW_WORDS] for c in conjuncts[1:] if NOW_WORDS & set(c[:2])
    ]
    return len(conjuncts) > 1 and any(_words_role(c) is Described.OFFICIAL for c in current)


def _conjuncts(words: list[str]) -> list[list[str]]:
    """Split `words` at each "and" that opens another role ("and a", "and former", "and now")."""
    conjuncts: list[list[str]] = [[]]
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        if word == "and" and following in CONJUNCT_OPENERS | NOW_WORDS and conjuncts[-1]:
            conjuncts.append([])
        else:
            conjuncts[-1].append(word)
    return conjuncts


def _core(words: list[str]) -> list[str]:
    """A description's words up to its first preposition or relative word (the first word
    always kept): "an attorney with the ACLU" -> [an, attorney]."""
    return words[:1] + list(itertools.takewhile(lambda w: w not in APPOSITIVE_ENDS, words[1:]))


def _words_role(words: list[str], head_only: bool = False) -> Described | None:
    """The role the words of one description give (`_noun_phrase_role`)."""
    if FORMER_WORDS & set(words[:4]):
        return Described.FORMER
    core = _core(words)
    described = _nearest_role(core[-2:] if head_only else core)
    after_core = words[len(core) :]
    if core and core[-1] == "member" and load_lexicon("member_bodies") & set(after_core[:4]):
        return Described.OFFICIAL  # "a BJP member of parliament", "a member of the House"
    hired = core and core[-1] in load_lexicon("hired_roles") and after_core[:1] == ["for"]
    if described is Described.PRIVATE and hired:
        return Described.OFFICIAL  # "a top strategist for the U.S. Chamber of Commerce"
    if (
        described is Described.PRIVATE
        and core[-1] in load_lexicon("academic_posts")
        and "professor" not in core
        and load_lexicon("public_body_words").intersection(after_core)
    ):
        return Described.OFFICIAL  # "a clinical psychologist and chair of the Republican Party"
    return described


def _nearest_role(words: list[str]) -> Described | None:
    """Former anywhere, else the role word nearest the end (a two-word role first).

    A hyphenated title counts by its parts ("Major-General", "ex-president").
    """
    official = load_lexicon("official_roles")
    words = [part for word in words for part in _role_parts(word.replace("u.s.", "us").replace("u.s", "us"))]
    if FORMER_WORDS & set(words):
        return Described.FORMER
    private = _private_roles()
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if index and f"{words[index - 1]} {word}" in official:
            return Described.OFFICIAL
        if _professors_post(words, index):
            return Described.PRIVATE
        if word in official or PARTY_TAG.match(word):
            return Described.OFFICIAL
        if word in private:
            return Described.PRIVATE
    return None


# Words between "professor and" and the post it joins: "a professor and the director of",
# "an associate professor and assistant chair in".
POST_MODIFIERS = frozenset({"a", "an", "the", "assistant", "associate", "executive", "program"})


def _professors_post(words: list[str], index: int) -> bool:
    """ "Gary Webb, a professor and chair of emergency management and disaster science at the
    University of North Texas": a post in the university joined to "professor" is an academic's,
    who speaks as an expert (GUIDELINES named_person), not an official's; so is a physician's
    ("an emergency room physician and toxicology director at the ... hospital", one word of a
    field before the post; `expert_professions.txt`)."""
    if words[index] not in load_lexicon("academic_posts"):
        return False
    before = list(itertools.dropwhile(lambda w: w in POST_MODIFIERS, reversed(words[:index])))
    if len(before) > 2 and before[1] == "and" and before[0].isalpha() and before[0] not in _title_parts():
        before = before[1:]  # "and toxicology director": the post's field
    return before[:1] == ["and"] and len(before) > 1 and before[1] in load_lexicon("expert_professions")


def _role_parts(word: str) -> list[str]:
    """ "major-general" -> [major, general]; "co-chair", "self-described" stay whole."""
    parts = word.split("-")
    if len(parts) == 1:
        return parts
    titles = _title_parts()
    return parts if all(part in titles for part in parts) else [word]


@lru_cache(maxsize=1)
def _title_parts() -> frozenset[str]:
    return load_lexicon("official_roles") | FORMER_WORDS


@lru_cache(maxsize=1)
def _private_roles() -> frozenset[str]:
    """Roles of people who speak for themselves or their reporting, not from an office: an
    editor or correspondent is a journalist ("Nathan Gonzales, editor of Inside Elections",
    heldout23 ODLlYcDnLxVqHxqA [20], named_person with the newsletter in alt; the gold reads a
    "Variety writer" so), whom the mined table may list as an official ("deputy editor"). A
    plural names a group, not one person's role (", told reporters")."""
    from sourcing.attribution.phrases import regular_plural  # phrases imports names, names this

    journalists = {word for word in load_lexicon("journalist_words") if not regular_plural(word)}
    return load_lexicon("person_roles") | journalists


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    return load_lexicon("official_roles") | _private_roles() | FORMER_WORDS
