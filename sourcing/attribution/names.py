"""Find names in a phrase: people (and whether they speak as officials) and news outlets."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from functools import lru_cache

from sourcing.attribution.gender import honorific_at, honorific_key
from sourcing.attribution.roles import Described, describe, plural_titles
from sourcing.lexicons import lexicon_union, load_lexicon, load_lines
from sourcing.text.body import boilerplate_line

INITIAL = re.compile(r"[A-Z]\.")
# "H.R. McMaster", "J.D. Vance": initials written together open a name.
INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
NAME_TOKEN = re.compile(r"[^\W\d_a-z][^\W\d_]*(?:['\-][^\W\d_]+)*\.?")
WORDS = re.compile(r"[A-Za-z][A-Za-z'\-.]*")


@lru_cache(maxsize=1)
def _outlet_names() -> frozenset[str]:
    return frozenset(n.lower().removeprefix("the ") for n in load_lines("outlets"))


@lru_cache(maxsize=1)
def _outlet_pattern() -> re.Pattern[str]:
    """Outlet names as written: proper nouns, matched case-sensitively, longest first."""
    return re.compile(
        rf"(?<![A-Za-z])(?:[Tt]he\s+)?({_trie_pattern(_outlet_spellings())})(?![A-Za-z])(?!{TITLE_AFTER_OUTLET})"
    )


# "Vice President Joe Biden", "Vice-President Mike Pence" (dev9518 a: the outlet Vice), "Vice
# Chairman", "Vice Foreign Minister": an outlet's name ("Vice") opening a title.
TITLE_AFTER_OUTLET = r"[\s\-]+(?:Vice\s+)?(?:[A-Z][a-z]+\s+)?(?:President|Chair|Chairman|Chairwoman|Admiral|Minister|Marshal|Chancellor)s?\b"


@lru_cache(maxsize=1)
def _outlet_anywhere() -> re.Pattern[str]:
    """Outlet names anywhere, even inside a word: a text without one cannot match `_outlet_pattern`.

    A search for this pattern skips to the positions where a name's first letter occurs (a
    pattern that starts with a lookbehind tries every position), so it rules out the usual
    sentence with no outlet about 5x faster than `_outlet_pattern` finds nothing.
    """
    return re.compile(_trie_pattern(_outlet_spellings()))


@lru_cache(maxsize=1)
def _outlet_spellings() -> frozenset[str]:
    return frozenset(n.removeprefix("The ").removeprefix("the ") for n in load_lines("outlets"))


def _trie_pattern(words: Iterable[str]) -> str:
    """The alternation of `words` as a trie, longest match first (3x faster than a flat list)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_node(trie)


def _trie_node(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _trie_node(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


def lower_words(text: str) -> list[str]:
    return [w.lower().rstrip(".'") for w in WORDS.findall(text)]


@lru_cache(maxsize=4096)  # sources recur ("Reuters", "the officials"), and each call scans all outlets
def find_outlet(text: str) -> str | None:
    """Return the news outlet named in `text`, if any (the longest name that matches)."""
    matches = [m.group(1) for m in outlet_matches(text, 0, len(text))]
    return max(matches, key=len).lower() if matches else None


def outlet_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The outlet names written in `text[start:end]`, in order: each match spans the name with
    its "The" ("The New York Times' suggestion"; "@NYtimes" is none), group 1 the name alone."""
    if _outlet_anywhere().search(text, start, end) is None:  # every match's group 1 is a match of this
        return []
    return [m for m in _outlet_pattern().finditer(text, start, end) if not _inside_a_name(text, m)]


NAME_BEFORE = re.compile(r"(?<![\w.'’])[A-Z][a-z]+\s$")
HONORIFIC_BEFORE = re.compile(r"(?<![\w.'’])([A-Z][a-z]{1,5})\.?\s$")


def _inside_a_name(text: str, match: re.Match[str]) -> bool:
    """ "Spokesman Matt Hill", "Choe Sun Hui": a one-word outlet name ("The Hill", "The Sun")
    without its article, right after a capitalized word, is part of a person's name; so is
    one right after an honorific ("Mr. Bloomberg snapped": the mayor, not the outlet)."""
    name = match.group(1)
    if " " in name or match.start(1) != match.start() or name.isupper():
        return False
    window = max(0, match.start() - 30), match.start()
    honorific = HONORIFIC_BEFORE.search(text, *window)
    if honorific and honorific.group(1).lower() in load_lexicon("honorifics"):
        return True
    return NAME_BEFORE.search(text, *window) is not None


def person_names(text: str, known_people: dict[str, bool] | None = None) -> list[str]:
    """Return runs of capitalized words that look like a person's name.

    A single word counts only when the article names that person in full elsewhere,
    the word follows an honorific or title, or it is a well-known official's surname.
    """
    if "\n" in text:  # no name runs over a line break ("— President Donald Trump\n\nTrump also")
        return [n for line in text.split("\n") for n in person_names(line, known_people)]
    if site_furniture(text):  # "Story Continued Below", "you agree to our Privacy Policy"
        return []
    excluded = non_name_words()
    titles = title_words()
    heads = lexicon_union("org_heads", "capitalized_org_heads")
    known = known_people or {}
    names = []
    run: list[str] = []
    previous = ""
    lowercase_before = ""  # the last word if it began with a-z (stripped only when a run starts)
    raws = (text + " .").split()  # the runs of non-space characters
    for i, raw in enumerate(raws):
        if "a" <= raw[0] <= "z" and not PARTICLE_SURNAME.fullmatch(_strip_word(raw)):
            # never a name token: ends a run, may be a title before one
            if raw in INNER_PARTICLES and _particle_in_name(raw, run, raws, i):
                run.append(raw)  # "Bill de Blasio", "de Blasio said", "Tamim bin Hamad"
                continue
            if run:
                names.append(_finish_run(run, known))
                run = []
            lowercase_before = raw
            continue
        if lowercase_before:
            previous = _strip_word(lowercase_before).lower().rstrip(".")
            lowercase_before = ""
        word = _strip_word(raw)
        bare = word.lower()
        if not run and _plural_title_before_name(bare, raws, i):
            previous = plural_titles()[bare]  # "Senators Ted Cruz and Mike Lee": titles, no name
            continue
        if raw.startswith("(") and run:
            names.append(_finish_run(run, known))  # "Gov. Pat Quinn (D)": the party is no name
            run = []
        if (
            (NAME_TOKEN.fullmatch(word) or PARTICLE_SURNAME.fullmatch(word))
            and not _hyphenated_title(bare)
            and (
                bare not in excluded
                or (previous in load_lexicon("honorifics") and bare in _outlet_names())
                or _first_name_before_name(word, raws, i)
                or _surname_after_first_name(word, run, raws, i, known)
                or _known_surname_alone(word, run, raws, i, known)
            )
            and (len(word.rstrip(".")) == 1 or not word.isupper())
        ) or ("." in word and _initials_before_name(word, run, raws, i)):
            if not run and (
                (previous in titles and previous not in body_titles()) or _hyphenated_title(previous)
            ):
                run.append("@")
            elif not run and _continues_body_name(raws, i):
                run.append(BODY_NAME)
            run.append(word)
            previous = bare
            if raw.endswith(("'s", ",", ")")):
                names.append(_finish_run(run, known))
                run = []
            continue
        if run and not (word[:1].isupper() and bare.rstrip(".") in heads):
            names.append(_finish_run(run, known))  # "the Daily Caller News Foundation": no person
        run = []
        previous = bare.rstrip(".")
    return [n for n in names if n]


# "Bill de Blasio", "Ursula von der Leyen": particles inside a name; "bin" and "al" only after
# a first name ("al Qaeda" is no person).
NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "di", "del", "du", "da", "dos"})
INNER_PARTICLES = NAME_PARTICLES | {"bin", "al"}
# An Arabic surname written with its article or kinship word and a hyphen ("Haider al-Abadi",
# "Ahmed el-Sayed"): a name word like a capitalized one (alone, only after a title or a name).
PARTICLE_SURNAME = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|abu|bint)-[A-Z][^\W\d_]+(?:-[^\W\d_]+)*")


def _particle_in_name(raw: str, run: list[str], raws: list[str], i: int) -> bool:
    """A lower-case particle between a name's words, or opening a surname ("de Blasio said")."""
    if raw not in (INNER_PARTICLES if run and run[-1] != "@" else NAME_PARTICLES):
        return False
    following = _strip_word(raws[i + 1]) if i + 1 < len(raws) else ""
    if following in NAME_PARTICLES:  # "von der Leyen"
        following = _strip_word(raws[i + 2]) if i + 2 < len(raws) else ""
    return _name_word(following)


def _initials_before_name(word: str, run: list[str], raws: list[str], i: int) -> bool:
    """ "H.R. McMaster": initials written together, then a capitalized word that can be a name,
    open a name ("U.S. Ambassador", "U.N. officials", "D.C. Council" do not)."""
    if run or not INITIALS.fullmatch(word) or word.lower() in non_name_words() or i + 1 >= len(raws):
        return False
    return _name_word(_strip_word(raws[i + 1]))


def _name_word(word: str) -> bool:
    """A capitalized word that can be part of a name: no acronym, no known non-name word."""
    return bool(NAME_TOKEN.fullmatch(word)) and not word.isupper() and word.lower() not in non_name_words()


def _plural_title_before_name(bare: str, raws: list[str], i: int) -> bool:
    """ "Senators Ted Cruz and Mike Lee", "Hosts Antonio Mora and Richelle Carey": a role's plural
    right before a list of names, the first of two or three words and "and" or a comma after it,
    is their title, no part of the first name ("Senators who met", "Doctors Without Borders" and
    "Republican Senators have" stay as they were)."""
    if bare not in plural_titles() or raws[i].endswith((",", "'s", "’s")):
        return False
    length = 0
    for raw in raws[i + 1 : i + 5]:
        if not _name_word(_strip_word(raw)):
            break
        length += 1
        if raw.endswith(","):
            break
    if length not in (2, 3) or i + length + 2 >= len(raws):
        return False
    after = raws[i + length + 1]
    return raws[i + length].endswith(",") or (after == "and" and _name_word(_strip_word(raws[i + length + 2])))


def _first_name_before_name(word: str, raws: list[str], i: int) -> bool:
    """ "Bill McInturff": a common noun that is also a first name, right before a capitalized
    word, is a name ("the Bill" is not)."""
    if word not in load_lines("first_name_nouns") or raws[i].endswith((",", "'s", "’s")):
        return False
    following = _strip_word(raws[i + 1]) if i + 1 < len(raws) else ""
    place = following.lower() in lexicon_union("places", "place_name_parts")  # "Jordan Valley"
    return (
        bool(NAME_TOKEN.fullmatch(following))
        and following[:1].isupper()
        and not following.isupper()
        and not place
    )


def _surname_after_first_name(
    word: str, run: list[str], raws: list[str], i: int, known: dict[str, bool]
) -> bool:
    """ "Paul German, who", "Matt Blaze, a professor", "Choe Sun Hui", "Rep. Steve King",
    "Theresa May said": a demonym, a place, an outlet's name, "May" or (in a titled name)
    a role word right after a first name is a surname. A demonym or place must end the name
    with a comma or a speech verb after it ("Trump Israel Visit" in a headline, "the Obama
    Iran deal" are no names); an outlet's word may go on ("Sun"); a name the article gives
    elsewhere is no first name."""
    bare = word.lower()
    following = raws[i + 1] if i + 1 < len(raws) - 1 else ""  # raws ends in a " ." of its own
    titled = i > 0 and raws[i - 1].strip(",").rstrip(".").lower() in title_words()
    if bare == "may" and (run or titled) and not raws[i].endswith(","):
        # "Prime Minister Theresa May said", "Ms. May said": the month is a surname there
        return following in SPEECH_AFTER_NAME or (
            (titled or run[0] == "@") and following[:1].islower()
        )
    if not run or run[-1] == "@" or run[-1] in known:
        return False
    if bare in load_lexicon("org_names") and len(word) <= 3 and word[1:].islower():
        return True  # "Kim Jong Un": an acronym's letters ("UN") written as a name are one
    if run[0] == "@" and len(run) >= 2 and bare in load_lexicon("official_roles"):
        # "Rep. Steve King, R-Iowa": a role word closing a titled name is its surname
        return raws[i].endswith(",") or not following[:1].isupper()
    if len(run) == 1 and bare in load_lexicon("official_roles") and _name_word(run[0]):
        # "Mark Judge, the high school friend", "Mark Judge said": a role word right after a
        # first name, closing the name, is a surname (heldout20 9qvUs5ADPBHEnihQ)
        return raws[i].endswith(",") or following in SPEECH_AFTER_NAME
    if bare in _surname_words():
        if run[-1].lower() in PLACE_OPENERS or run[-1].lower() in load_lexicon("place_name_parts"):
            return False  # "New York", "West Virginia": a place of two words
        return (
            raws[i].endswith(",")
            or not following
            or following in SPEECH_AFTER_NAME
            or (run[0] == "@" and following[:1].islower())  # "Rep. Steve Israel of New York"
            or PARTY_AFTER_NAME.fullmatch(following) is not None  # "Jim Jordan (R-Ohio)"
        )
    if bare not in _outlet_names():
        return False
    return not following[:1].isupper() or bool(NAME_TOKEN.fullmatch(_strip_word(following)))


def _known_surname_alone(word: str, run: list[str], raws: list[str], i: int, known: dict[str, bool]) -> bool:
    """ "Judge also said": a role word the article gives as a person's surname ("Mark Judge")
    is that person alone, not before a name ("Judge Leon") nor after a title."""
    if run or word not in known or (i and raws[i - 1].strip(",").rstrip(".").lower() in title_words()):
        return False
    following = _strip_word(raws[i + 1]) if i + 1 < len(raws) else ""
    return not _name_word(following)


SPEECH_AFTER_NAME = frozenset({"said", "says", "told", "added", "who"})
PARTY_AFTER_NAME = re.compile(r"\((?:[RDI]|[RDI]-[A-Z][A-Za-z.]*)\),?")
PLACE_OPENERS = frozenset({"new", "west", "east", "rhode", "sri", "costa", "el", "san", "los", "las", "hong", "puerto"})


@lru_cache(maxsize=1)
def _surname_words() -> frozenset[str]:
    """Demonyms and places that are also surnames ("German", "Israel", "Jordan")."""
    never = lexicon_union(
        "official_roles", "person_roles", "org_heads", "org_names", "honorifics",
        "unnamed_heads", "document_heads", "outlet_terms", "months_days", "function_words",
    )
    return lexicon_union("places", "descriptor_adjectives") - never


# Marks a run that goes on with a body's name (see `_continues_body_name`).
BODY_NAME = "&"
# "Center on Budget", "School of Public Health", "Center for Auto Safety": after a body's head
# word, these link the rest of its name.
BODY_NAME_LINKS = frozenset({"of", "for", "on"})


def _continues_body_name(raws: list[str], i: int) -> bool:
    """ "the Center on Budget and Policy Priorities", "the University of San Francisco": the
    capitalized words after a body's capitalized head word and "of", "for" or "on" ("the" may
    follow), or after "and" or "&" within such a name, are the body's name, no person."""
    j = i - 1 - (i > 1 and raws[i - 1] == "the")
    if j < 1:
        return False
    before = raws[j - 1]
    if before[:1].isupper() and not before.endswith((",", ";", ":", ")", "'s", "’s")):
        if raws[j] in BODY_NAME_LINKS and _strip_word(before).lower() in load_lexicon("org_heads"):
            return True  # "Center for Auto Safety"
        if raws[j] in ("and", "&"):  # "Budget and Policy Priorities"
            start = j - 1
            while start > 0 and raws[start - 1][:1].isupper() and raws[start - 1][-1:].isalpha():
                start -= 1
            return _continues_body_name(raws, start)
    return False


def _hyphenated_title(bare: str) -> bool:
    """ "Major-General", "Lieutenant-Colonel": a title of hyphenated title words, no name;
    "President-elect" too, a title and its "-elect" (dev9513 u9tg3HJnexxiuFbi [0]: "President-elect
    Donald Trump" was a name of its own, no official, and so was every "Trump" after it)."""
    if "-" not in bare:
        return False
    parts = bare.removesuffix("-elect").split("-")
    return all(part in title_words() for part in parts)


@lru_cache(maxsize=8192)  # every capitalized word of every line of the article comes here
def _strip_word(raw: str) -> str:
    """`raw` without the punctuation around it and a possessive "'s" (an initial keeps its stop)."""
    word = raw.strip(',;:()"').removesuffix("'s").rstrip(",")
    if word.endswith(".") and not (INITIAL.fullmatch(word) or INITIALS.fullmatch(word)):
        word = word.rstrip(".")
    return word


def _finish_run(run: list[str], known: dict[str, bool]) -> str:
    """Keep a run of capitalized words as a name if it can be one."""
    if run[0] == BODY_NAME:  # a body's name goes on, unless the article names such a person
        return " ".join(run[1:]) if " ".join(run[1:]) in known else ""
    titled = run[0] == "@"
    words = run[1:] if titled else run
    if len(words) >= 2 and not titled and _known_body_name(" ".join(words)):
        return ""  # "United Nations", "Human Rights Watch", "Financial Times"
    if len(words) >= 2 or titled or words[0] in known or words[0] in _known_official_surnames():
        return " ".join(words)
    return ""


def _known_body_name(words: str) -> bool:
    """The words are an organization's or a news outlet's name the lexicons list."""
    bare = words.lower().removeprefix("the ")
    return bare in load_lexicon("org_names") or bare in _outlet_names()


@lru_cache(maxsize=1)
def _known_official_surnames() -> frozenset[str]:
    return frozenset(load_lines("known_officials"))


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Honorifics and official roles: a capitalized word after one is a name on its own."""
    return lexicon_union("honorifics", "official_roles")


@lru_cache(maxsize=1)
def body_titles() -> frozenset[str]:
    """Titles that name a body ("House", "Senate", "Police"): the capitalized word after one
    goes on with the body's name ("House Ways and Means Committee", "Senate Majority Leader",
    "White House Press Secretary"), so it is no name on its own."""
    return title_words() & load_lexicon("org_heads")


@lru_cache(maxsize=4096)  # a line is tested once however many phrases of it are read
def site_furniture(line: str) -> bool:
    """A line the body's boilerplate patterns take for site furniture names no one."""
    return boilerplate_line(line)


@lru_cache(maxsize=1)
def non_name_words() -> frozenset[str]:
    words = lexicon_union(
        "places", "descriptor_adjectives", "official_roles", "person_roles", "org_heads", "capitalized_org_heads",
        "org_names", "honorifics", "unnamed_heads", "document_heads", "outlet_terms",
        "months_days", "function_words", "place_openers", "question_auxiliaries", "body_name_words",
    )
    return words | _outlet_names()


def is_official(text: str, name: str, known_people: dict[str, bool]) -> bool:
    """Official when a role word describes the person here or elsewhere in the article.

    The words around the name in `text` come first ("Conservative strategist Chris Barron",
    "Amanda Frost, a law professor"); the article's other mentions next.
    """
    position = text.find(name)
    if position >= 0:
        described = describe(text[:position], text[position + len(name) :])
        if described is Described.OFFICIAL or described is Described.FORMER:
            return described is Described.OFFICIAL
        if described is Described.PRIVATE:  # "Mr. Muller, a Vietnam veteran", introduced as a director
            return bool(known_people.get(name))
    else:  # the name is not written out here ("Cristina King Miranda" read as "Miranda")
        words = lower_words(text)
        if "former" in words or "ex" in words:
            return False
        if _role_words_in(words):
            return True
    surname = name.split()[-1]
    honorific = honorific_at(text, position) if position >= 0 else None
    if honorific and honorific_key(honorific, surname) in known_people:
        return known_people[honorific_key(honorific, surname)]  # "Mrs Sanders" beside "Mr Sanders"
    if name in known_people and len(name.split()) > 1:
        # "Hunter Biden" is not the "Joe Biden" of the same surname
        return known_people[name] or _known_full_name(name)
    if known_people.get(surname):
        return True
    known = _known_official_surnames()
    if len(name.split()) > 1 and _known_full_name(name):
        return True  # (a surname alone: by `_means_the_listed_official` below)
    namesakes = [n for n in known_people if len(n.split()) > 1 and n.split()[-1] == surname]
    if name == surname and surname in known:
        return _means_the_listed_official(surname, namesakes, known)
    return surname in known and all(_known_full_name(n) for n in namesakes)


def _means_the_listed_official(surname: str, namesakes: list[str], known: frozenset[str]) -> bool:
    """A listed surname alone ("Acosta said") is the official the list names in full ("Alex
    Acosta"), unless the article names only others of that surname in full ("CNN's Jim Acosta":
    heldout55 KAKN6y7trmFa5vDh [4]-[7]). A surname listed with no full name stays official."""
    listed = [k for k in known if k != surname and k.split()[-1] == surname]
    return not (listed and namesakes) or any(
        _known_full_name(n) or n.endswith(tuple(f" {k}" for k in listed)) for n in namesakes
    )  # "President-elect Donald Trump" is the listed "Donald Trump"


def _role_words_in(words: list[str]) -> bool:
    roles = load_lexicon("official_roles")
    return any(w in roles for w in words) or any(" ".join(p) in roles for p in itertools.pairwise(words))


def namesake_named_first(surname: str, known_people: dict[str, bool]) -> bool:
    """Tell whether a lone listed surname ("Graham") is first given, in full, to one namesake
    with another first name than the table's ("Billy Graham", not the listed "Lindsey Graham").

    `known_people` lists names in the order the article first gives them (`known_people`).
    """
    if " " in surname or surname not in known_people:
        return False
    listed = {n.split()[0] for n in _known_official_surnames() if n.split()[-1] == surname and " " in n}
    order = list(known_people)
    namesakes = [n for n in order if len(n.split()) > 1 and n.split()[-1] == surname]
    if not listed or not namesakes:
        return False
    # Any word before the surname counts ("President-elect Donald Trump", "Donald J. Trump").
    if any(listed.intersection(n.split()[:-1]) for n in namesakes):
        return False
    one_person = len({n.split()[-2] for n in namesakes}) == 1  # "Rev. Billy Graham", "Billy Graham"
    return one_person and order.index(namesakes[0]) < order.index(surname)


def _known_full_name(name: str) -> bool:
    """'Donald J. Trump' matches the listed 'Donald Trump'; 'Kenneth Walker' does not match 'Walker'."""
    words = name.split()
    known = _known_official_surnames()
    return name in known or (len(words) > 1 and f"{words[0]} {words[-1]}" in known)
