"""Tell headlines, decks, captions and pull quotes from body paragraphs by their layout.

Each rule looks at one line (and at most the next): its capitals, its length, how it ends,
whether a short fragment follows its sentences. `layout_rule` says what a whole line is;
`trailing_fragment` cuts off the fragment closing a paragraph.
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence

from sourcing.lexicons import load_lexicon
from sourcing.records import Excluded, Role, Span
from sourcing.settings import BodyRules
from sourcing.text.body_lines import OPENERS, Line, ends_unterminated

TITLE_REASON = "title without a full stop"
# Sentences before a closing fragment have at least this many words in all: fewer end in an
# abbreviation ("1 Pck. Vanillepuddingpulver", "gez. Admin lupa"), not a sentence.
FRAGMENT_AFTER_WORDS = 3
_CONTINUATIONS = frozenset({"but", "and", "so", "or", "yet", "then"})
_SUBJECT_PRONOUNS = frozenset({"i", "he", "she", "it", "we", "they", "you"})
_NUMBERING = re.compile(r"\d{1,3}[.)] ")
# A fragment naming a picture or an agency credits a photo: the paragraph is its caption.
_PHOTO_CREDIT = re.compile(r"(?i)\b(?:photo|foto|image|bild|credit|getty|reuters|afp|epa|ap)\b")
_SIGN_OFF = re.compile(r"\(?[A-Z][A-Za-z/]{0,7}\)")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]{0,3} [\"'(]{0,2}[A-Z]")
_ASCII_UPPER = string.ascii_uppercase.encode("ascii")
_ASCII_LOWER = string.ascii_lowercase.encode("ascii")


def layout_rule(
    lines: Sequence[Line], i: int, text: str, trimmed: bool, rules: BodyRules
) -> tuple[Role, str] | None:
    """Return the role and reason of the first layout rule that fires on line `i`.

    `text` is the line's core; `trimmed` says inline boilerplate was cut off it, as after an
    embedded tweet, whose text stays a statement however it ends.
    """
    if trimmed:
        return (Role.BOILERPLATE, "only inline boilerplate") if not text else None
    words = len(text.split())
    if not any(c.isalpha() for c in text):
        return Role.BOILERPLATE, "no words: numbers, dates or separators"
    if _is_capitals(text):
        if words >= rules.caps_link_words:
            return Role.BOILERPLATE, "line in capitals: link to another story"
        return Role.HEADLINE, "line in capitals: subhead"
    if _is_question_subhead(text, words, rules):
        return Role.HEADLINE, "short question on its own line: subhead"
    if _is_title(text, words, rules.first_title_words if i == 0 else rules.title_words):
        return Role.HEADLINE, TITLE_REASON
    fragment = _closing_fragment(text, rules)
    if fragment and (fragment[1] < rules.paragraph_sentences or _is_credit(text[fragment[2] :])):
        return (
            Role.BOILERPLATE,
            "ends with a fragment after a full stop: deck, pull quote or caption",
        )
    if _is_duplicated_lede(lines, i, rules):
        return Role.BOILERPLATE, "duplicated lede: the next paragraph repeats it"
    if i == 0 and len(lines) > 1 and _opens_with_a_dateline(lines[1].text):
        return Role.HEADLINE, "first line before the dateline: headline and deck"
    return None


def _opens_with_a_dateline(text: str) -> bool:
    """Whether `text` opens with a dateline (`DATELINE`), not a label in capitals ("NEWS —
    @GOPLeader KEVIN MCCARTHY told ...", tweets400 nrIlFV1zjlU8QKzK: the lede before it stays)."""
    dateline = DATELINE.match(text)
    return dateline is not None and dateline.group("place").lower() not in load_lexicon("dateline_labels")


# A dateline opening the story: the place in capitals, perhaps a date or an agency, then a dash
# ("WASHINGTON, Jan. 10, 2013 -- Facing a brewing fight ...", "NEW YORK (Reuters) - ..."): the
# line before it is the page's headline and deck, whatever its punctuation (heldout76 ABC
# yBpleU5FoyTRkeT2 [0], read boilerplate, was keyed a named official's statement).
DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3})"
    r"(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?"
    r"(?: \([A-Za-z ]+\))? ?(?:--|\u2014|\u2013|-) (?=[A-Z\"'])"
)


def _is_capitals(text: str) -> bool:
    if text.isascii():  # the same counts, by the bytes deleted: letters are A-Z and a-z
        data = text.encode("ascii")
        upper = len(data) - len(data.translate(None, _ASCII_UPPER))
        count = upper + len(data) - len(data.translate(None, _ASCII_LOWER))
    else:
        letters = [c for c in text if c.isalpha()]
        upper, count = sum(1 for c in letters if c.isupper()), len(letters)
    return count >= 4 and upper >= 0.9 * count and " " in text.strip()


def _first_is_capital(text: str) -> bool:
    core = _NUMBERING.sub("", text.lstrip(OPENERS), count=1)
    return bool(core) and core[0].isupper()


def _is_question_subhead(text: str, words: int, rules: BodyRules) -> bool:
    """A one-sentence question, not quoted and not continuing the text ("But how ...?")."""
    return (
        text.endswith("?")
        and words <= rules.question_words
        and text[0] not in "\"'"
        and _SENTENCE_END.search(text) is None
        and text.split(None, 1)[0].lower() not in _CONTINUATIONS
    )


def _is_title(text: str, words: int, limit: int) -> bool:
    return words <= limit and ends_unterminated(text) and _first_is_capital(text)


def _closing_fragment(text: str, rules: BodyRules) -> tuple[int, int, int] | None:
    """Find sentences then a short fragment: a deck and its title, a pull quote and its speaker.

    Return where the fragment starts, how many sentences come before it, and where the word
    ending the last of them starts ("Credit... Vincent Yu/AP": a credit). Not when the line
    breaks off ("I mean you might -", "...") or the fragment has a subject pronoun ("Late last
    month, he did"): those are sentences cut short, not titles.
    """
    if not ends_unterminated(text) or len(text) > 600 or text.endswith(("-", ".")):
        return None
    ends = [m for m in _SENTENCE_END.finditer(text) if _ends_sentence(text, m.start())]
    if not ends:
        return None
    start = ends[-1].end() - 1
    if len(text[:start].split()) < FRAGMENT_AFTER_WORDS:
        return None
    fragment = text[start:].split()
    if len(fragment) == 1 and _SIGN_OFF.fullmatch(fragment[0]):
        return None  # the reporter's or agency's initials closing a paragraph: "... (NM)"
    pronouns = {w.lower().strip(",;") for w in fragment} & _SUBJECT_PRONOUNS
    if len(fragment) > rules.tail_fragment_words or pronouns:
        return None
    return start, len(ends), text.rfind(" ", 0, ends[-1].start()) + 1


def _is_credit(fragment: str) -> bool:
    return _PHOTO_CREDIT.search(fragment) is not None


def trailing_fragment(line: Line, rules: BodyRules) -> list[Excluded]:
    """Exclude the short fragment ending a paragraph of several sentences, not the paragraph."""
    fragment = _closing_fragment(line.text, rules)
    if fragment is None or fragment[1] < rules.paragraph_sentences:
        return []
    if _is_credit(line.text[fragment[2] :]):
        return []  # a photo credit closes a caption: the whole line went as a caption
    span = Span(line.span.start + fragment[0], line.span.end)
    return [Excluded(span, Role.BOILERPLATE, "fragment closing a paragraph: link or credit")]


def _ends_sentence(text: str, stop: int) -> bool:
    """Say whether the stop at `stop` ends a sentence: not "Mr." or an initial."""
    start = text.rfind(" ", 0, stop) + 1
    word = text[start:stop].lower()
    return len(word) > 1 and word not in load_lexicon("punkt_abbreviations")


def _is_duplicated_lede(lines: Sequence[Line], i: int, rules: BodyRules) -> bool:
    if i + 1 >= len(lines):
        return False
    here, after = lines[i].text, lines[i + 1].text
    return len(after) >= rules.duplicate_chars and len(here) > len(after) and after in here
