"""Tell whether a comma closes an appositive or a relative clause of the name before it:
"David Mulroney, a former Canadian ambassador to China, said", "Nancy Pelosi, D-Calif., said"."""

from __future__ import annotations

import re

from sourcing.attribution.sentence_openers import is_adverbial_word
from sourcing.lexicons import lexicon_union, load_lexicon

CLAUSE_MARKS = '";:()[]'


# "Kellyanne Conway, Trump's former campaign manager, told": a possessive opens one too.
# ... or a name of up to three words: "David Rosenfeld, Local 229's attorney, told".
# A possessive may end in a bare apostrophe and a year may follow it ("Faiz Shakir, Sanders'
# 2020 campaign manager, said ...": corpus wK2FI615z2hBkjQq [31] took "said Sanders" inverted).
APPOSITIVE_START = re.compile(
    r"\s*(?:[a-z]|\d|[A-Z][\w.\-]*(?:\s(?:[A-Z][\w.\-]*|\d+)){0,2}(?:['’]s|s['’])\s+(?:[a-z]|\d+\s+[a-z]))"
)
# "Rep. Frank Wolf, R-Va., and other lawmakers expressed": a group joined to the name.
JOINED_GROUP = re.compile(r"\s*and\s+(?:other|several|some|many|fellow|two|three|four)\s+[a-z]")
# "Sen. John Barrasso, R-Wyo., said": a party and state tag describes the name before it.
PARTY_TAG = re.compile(
    r"\s*(?:[RDI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?"
    # "Sen. Richard Durbin, Illinois Democrat, said", "John A. Boehner, Republican of Ohio,"
    r"|(?:[A-Z][a-z]+\s){1,2}(?:Democrat|Republican)|(?:Democrat|Republican)\sof\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*"
)
# "Rep. Peter T. King, New York Republican and chairman of the House Homeland Security
# Committee, said": a party and state tag joined by "and" to a role in lower case.
PARTY_TAG_AND_ROLE = re.compile(rf"(?:{PARTY_TAG.pattern})and\s+(?:(?:a|an|the)\s+)?[a-z][^,;:]*")


def party_description(chunk: str) -> bool:
    """Whether a chunk set off by commas is a party tag, alone or joined to a role ("D-Calif.",
    "New York Republican and chairman of the House Homeland Security Committee")."""
    return PARTY_TAG.fullmatch(chunk) is not None or PARTY_TAG_AND_ROLE.fullmatch(chunk) is not None


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
    head = past_ages(chunks, len(chunks) - 2)
    previous = chunks[head]
    stacked = stacked_appositives(chunks, head) or _party_after_name(chunks, head)
    opener = head == 0 or (head == 1 and _short_opener(chunks[0])) or _joined_names(chunks, head) or stacked
    if not opener:
        return False
    if _role_description(previous) and ends_with_name(last) and last[:1] == " ":
        return True  # "The chief spokesman for the Pentagon, Rear Adm. John Kirby, said"
    party = party_description(last)  # "Nancy Pelosi, D-Calif., said"
    opens = (
        party
        or APPOSITIVE_START.match(last) is not None
        or RELATIVE_CHUNK.match(last) is not None
        or organization_role(last)
    )
    return (party and name_last(previous)) or (opens and (ends_with_name(previous) or stacked))


def stacked_appositives(chunks: list[str], head: int) -> bool:
    """ "Tori Smith, a trade economist with the Heritage Foundation, a conservative think tank,
    said": from the name that opens the clause to chunk `head`, appositives each ending in the
    name the next one describes (dev9508 CO5keVSCyUdw8lAx [19] took "a conservative think
    tank" for the speaker and the content after "said" for an inverted one's)."""
    return (
        head >= 1
        and ends_with_name(chunks[0])
        and all(ends_in_appositive_name(chunk) for chunk in chunks[1 : head + 1])
        and head + 1 < len(chunks)
        and describes_a_thing(chunks[head + 1])
    )


def describes_a_thing(chunk: str) -> bool:
    """An appositive of an organization or a thing ("a conservative think tank", "a company that
    arranges ..."), not of a person or a source ("a source", "the official"), which is a speaker
    of its own (", a senior administration official said")."""
    core = CORE_WORDS.match(chunk)
    assert core is not None  # the pattern matches the empty string
    words = [w.strip(".,'’").lower() for w in core.group().split()]
    people = lexicon_union("unnamed_heads", "official_roles", "person_roles", "journalist_words")
    return ARTICLE_START.match(chunk) is not None and bool(words) and not set(words) & people


# An appositive that an article opens: "a trade economist with ...", "a company that ...".
ARTICLE_START = re.compile(r"\s*(?:a|an|the)\s", re.IGNORECASE)
# An appositive's words up to a relative word or a preposition ("a company that ...": "a company").
CORE_WORDS = re.compile(r"\s*(?:(?!(?:that|which|who|whose|of|for|with|in|at|on|from|based)\b)[\w.'’\-]+\s*)*")


def _party_after_name(chunks: list[str], head: int) -> bool:
    """ "Sen. Richard J. Durbin, Illinois Democrat, appearing on the same program, called ...":
    a party description right after the name, then the aside (the seventy-fifth set's keys named
    "Mr. Corker's comments constructive" the source of an inverted "called", Washington Times
    Sf3jsdaTYbVLK3jD [10])."""
    return head == 1 and ends_with_name(chunks[0]) and party_description(chunks[1])


def ends_in_appositive_name(chunk: str) -> bool:
    """An appositive ending in a capitalized name ("a trade economist with the Heritage
    Foundation"), which a further appositive may describe."""
    words = chunk.split()
    return (
        ARTICLE_START.match(chunk) is not None
        and len(words) <= 16
        and words[-1][:1].isupper()
        and words[-1].strip(".,").lower() not in load_lexicon("months_days")
    )


def closes_opening_relative(text: str, comma: int) -> bool:
    """Whether the comma at `comma` closes a relative clause or participle aside of the phrase
    that opens the sentence: "Two Obama administration officials, who asked not to be named,
    confirmed ..." (the verb after it is the subject's, not an inverted cue's)."""
    chunks = CHUNK_COMMA.split(text[:comma])
    return (
        len(chunks) == 2
        and not any(mark in text[:comma] for mark in CLAUSE_MARKS)
        and (OPENING_ASIDE.match(chunks[1]) is not None or relative_going_on(chunks[1], chunks[0]))
    )


def relative_going_on(chunk: str, previous: str) -> bool:
    """ "A U.S. official who accompanied Pompeo on the trip, and spoke to Fox News on the
    condition of anonymity, said": a second verb of the relative clause before it (NPR
    CwShFURfYjCaLuOX [4]: "said the meeting was ..." was read as an inverted cue, so the
    official, typed by the model, became a named one)."""
    return AND_VERB.match(chunk) is not None and RELATIVE_IN.search(previous) is not None


AND_VERB = re.compile(r"\s*and\s+(?:[a-z]+ed|spoke|spoken|told|gave|took|was|is|has|had|asked|said)\b")
RELATIVE_IN = re.compile(r"\s(?:who|which)\s")


def past_ages(chunks: list[str], index: int) -> int:
    """The index of the chunk before `index`'s run of ages ("Craig Koblitz, 62, a yacht
    repairman ..., said": the age is no description of its own), `index` without one."""
    while index > 0 and AGE_CHUNK.fullmatch(chunks[index]):
        index -= 1
    return index


def name_last(chunk: str) -> bool:
    """ "A spokesman for House Speaker Nancy Pelosi": a capitalized last word, whatever the
    chunk's length (a party tag after it can only describe a person)."""
    words = chunk.split()
    return bool(words) and words[-1][:1].isupper()


AGE_CHUNK = re.compile(r"\s*\d{1,3}\s*")
# A determiner or an owner opens the role: "The chief spokesman for the Pentagon", "Butina's
# attorney", "His lawyer" (dev9509 IHMVdM0b4KB6VVWT [15]: "Butina's attorney, Robert Driscoll,
# said the packing boxes were ..." took the content after "said" for an inverted verb's source;
# "Trump's lawyer, Rudy Giuliani, said the probe was over" was typed document by "the probe").
ROLE_DESCRIPTION = re.compile(
    r"\s*(?:(?:the|a|an|his|her|their|its|our|my)\s|[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*){0,2}['’]s?\s)",
    re.IGNORECASE,
)


def _joined_names(chunks: list[str], head: int) -> bool:
    """ "Reps. Frank Wolf, R-Va., and Jim Gerlach, R-Pa., claim": the chunk at `head` is a
    name joined by "and" to the name that opens the clause, with party tags between."""
    return (
        head >= 2
        and JOINED_NAME.match(chunks[head]) is not None
        and ends_with_name(chunks[0])
        and all(PARTY_TAG.fullmatch(chunk) for chunk in chunks[1:head])
    )


JOINED_NAME = re.compile(r"\s*and\s+[A-Z]")


def _short_opener(chunk: str) -> bool:
    """ "Last month", "On Tuesday", "By contrast": a short phrase opening the sentence."""
    words = chunk.split()
    return 0 < len(words) <= 3 and words[0][:1].isupper() and not ends_with_name(chunk)


def _role_description(chunk: str) -> bool:
    """ "The chief spokesman for the Pentagon": a described role, then the person's name."""
    words = [w.lower().strip(".,'’") for w in chunk.split()]
    return ROLE_DESCRIPTION.match(chunk) is not None and bool(
        set(words) & lexicon_union("official_roles", "person_roles", "unnamed_heads")
    )


ROLE_PREPOSITIONS = frozenset({"of", "for", "at", "to", "in", "on"})


def organization_role(chunk: str) -> bool:
    """ "White House press secretary", "State Department spokesman", "White House director of
    trade policy": an organization's capitalized name (one to four words), then the role held
    there, a singular role word among the first three words after it (`official_roles.txt`,
    `person_roles.txt`). An appositive of the name before it, as "the White House press
    secretary" is (a probe key of stop 48: "Peter Navarro, White House director of trade
    policy, cited ..." was sourced to the appositive alone)."""
    words = chunk.split()
    roles = lexicon_union("official_roles", "person_roles")
    if len(words) > 1 and words[0].isupper() and words[0].lower() in roles:
        return True  # "Jim Santilli, CEO of the Transportation Improvement Association, said"
    capitalized = 0
    while capitalized < len(words) and words[capitalized][:1].isupper():
        capitalized += 1
    if not 1 <= capitalized <= 4 or capitalized == len(words) or not words[capitalized][:1].islower():
        return False
    role = next(
        (k for k in range(capitalized, min(capitalized + 3, len(words))) if words[k].lower().strip(".,") in roles),
        None,
    )
    if role is None:
        return False
    after = words[role + 1 :]
    # "White House spokeswoman Sarah Sanders": a name after the role makes the chunk a subject
    # of its own ("Asked about Tillerson, White House spokeswoman Sarah Sanders said"), unless
    # a preposition brings it ("Russian ambassador to the U.N.").
    named = len(after) >= 2 and all(word[:1].isupper() for word in after[-2:])
    return not named or any(word in ROLE_PREPOSITIONS for word in after)


def ends_with_name(chunk: str) -> bool:
    """A short chunk ending in a capitalized word ("Timothy Hagle") can take an appositive."""
    words = chunk.split()
    if not words or (len(words) > 6 and not all(w[:1].isupper() for w in words)):
        return False  # a long chunk is a clause, unless all title and name (train: 7 words)
    last = words[-1].strip("\"')")
    if words[0].lower() in OPENING_PREPOSITIONS or last.lower() in load_lexicon("months_days"):
        return False  # "On Friday, a White House spokesman told CNN": no name before
    if OPENING_CITATION.match(chunk):
        return False  # "According to Reuters, a senior official said": the outlet relays him
    return last[:1].isupper() and not is_adverbial_word(last)


OPENING_PREPOSITIONS = frozenset({"on", "in", "at", "after", "before", "during", "since", "by", "until"})
# A citation opening the sentence: the name in it is no subject an appositive describes
# (dev9512 rc6w "According to CNN, a Trump source says" was the named person "According to CNN,
# a Trump source"; GUIDELINES rule 1: the source relayed, the outlet its via).
OPENING_CITATION = re.compile(r"\s*(?:according\s+to|citing|quoting|per)\s", re.IGNORECASE)
RELATIVE_CHUNK = re.compile(r"\s*(?:which|who|whose)\b")
# An aside after the phrase that opens a sentence: a relative clause, or a participle of
# speaking ("A senior Democratic Senate aide in Washington, speaking on condition of anonymity
# for the same reason, confirmed ...": the verb after it is the aide's, not an inverted cue's).
OPENING_ASIDE = re.compile(
    r"\s*(?:which|who|whose|speaking|talking|writing|citing|commenting|responding|testifying)\b"
)


def state_of_a_place(chunk: str, previous: str, abbreviated: bool = False) -> bool:
    """ "in Dixon, Nebraska, said", "in Washington, D.C., told": the state between a town's
    comma and another names where the person before is from; it is no subject of its own
    ("In the Caspian Sea, Russia says": the state closing the span is). `abbreviated`: also a
    state's abbreviation ("at Martha's Vineyard, Mass.,"); not yet in a subject's chunks,
    where "South Bend, Ind., mayor Pete Buttigieg" would open with the town (train2)."""
    words, town = chunk.split(), previous.split()[-1:]
    if not words or len(words) > 2 or not town or not town[0][:1].isupper():
        return False
    states = lexicon_union("places", "state_abbreviations") if abbreviated else load_lexicon("places")
    return chunk.strip() == "D.C." or all(w[:1].isupper() and w.lower() in states for w in words)


# A comma between clauses or appositives, not inside a number ("a survey of 1,000 voters").
CHUNK_COMMA = re.compile(r",(?!\d{3}\b)")
