"""Separate the article body from headlines and boilerplate in plain text.

Scraped pages put site furniture between and around the paragraphs of an article. The text is
read line by line (a line is a paragraph); each line is tested against the patterns of lexicon
`boilerplate_patterns.txt` and then against a few layout rules (subheads, capitals, decks,
duplicated ledes). Every rule looks at one line and its neighbours, so the cost is linear.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from sourcing.lexicons import load_lexicon, load_lines
from sourcing.records import Document, Excluded, Role, Span
from sourcing.settings import DEFAULT_SETTINGS, BodyRules
from sourcing.text.normalize import normalized_view
from sourcing.text.prefilter import Prefilter, lowered_text, prefilter
from sourcing.text.tables import is_table_row, table_row_exclusions

SCOPES = ("line", "prefix", "suffix", "contains", "span", "tail")
# Characters stripped off a line besides white space: zero-width marks left by page scrapers.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_CLOSERS = "\"')]*" + _INVISIBLE
_OPENERS = "\"'([*-\u2022\u00b7 " + _INVISIBLE
_TERMINAL = ".!?:;,"
_CONTINUATIONS = frozenset({"but", "and", "so", "or", "yet", "then"})
_SUBJECT_PRONOUNS = frozenset({"i", "he", "she", "it", "we", "they", "you"})
_NUMBERING = re.compile(r"\d{1,3}[.)] ")
_BULLETS = "-*\u2022\u00b7 "
# A fragment naming a picture or an agency credits a photo: the paragraph is its caption.
_PHOTO_CREDIT = re.compile(r"(?i)\b(?:photo|foto|image|bild|credit|getty|reuters|afp|epa|ap)\b")
_SIGN_OFF = re.compile(r"\(?[A-Z][A-Za-z/]{0,7}\)")
TITLE_REASON = "title without a full stop"
DECK_REASON = "deck: the page's description, missing from the extracted text"
# Sentences before a closing fragment have at least this many words in all: fewer end in an
# abbreviation ("1 Pck. Vanillepuddingpulver", "gez. Admin lupa"), not a sentence.
FRAGMENT_AFTER_WORDS = 3
# A whole boilerplate line of at most this many words is a label ("Weiterlesen:").
LABEL_WORDS = 6
# A list after a colon has at least this many items; one title-like line is a subhead.
LIST_ITEMS = 2
# Dashed items after a body paragraph with no colon: at least this many make a list.
DASHED_ITEMS = 3
# The body line before such a list has at least this many words.
LIST_INTRO_WORDS = 4
_DASHES = ("\u2014 ", "- ", "\u2013 ", "\u2022 ")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]{0,3} [\"'(]{0,2}[A-Z]")
_ASCII_UPPER = string.ascii_uppercase.encode("ascii")
_ASCII_LOWER = string.ascii_lowercase.encode("ascii")


@dataclass(frozen=True)
class BoilerplatePattern:
    """One line of lexicon boilerplate_patterns.txt."""

    scope: str
    role: Role
    name: str
    regex: re.Pattern[str]


@dataclass(frozen=True)
class Line:
    """One stripped line of the text: its span and its normalized text."""

    span: Span
    text: str


@lru_cache(maxsize=1)
def boilerplate_patterns() -> tuple[BoilerplatePattern, ...]:
    """Return the patterns of boilerplate_patterns.txt then page_boilerplate_patterns.txt."""
    patterns = []
    entries = [*load_lines("boilerplate_patterns"), *load_lines("page_boilerplate_patterns")]
    for entry in entries:
        scope, role, name, regex = entry.split("\t", 3)
        if scope not in SCOPES:
            raise ValueError(f"boilerplate_patterns: unknown scope {scope!r} in {entry!r}")
        anchored = f"(?:{regex})$" if scope == "suffix" else regex
        patterns.append(BoilerplatePattern(scope, Role(role), name, re.compile(anchored)))
    return tuple(patterns)


@lru_cache(maxsize=1)
def scope_patterns() -> dict[str, tuple[re.Pattern[str], tuple[BoilerplatePattern, ...]]]:
    """Join the patterns of each scope into one alternation, so a line costs one match a scope."""
    joined = {}
    for scope in SCOPES:
        members = tuple(p for p in boilerplate_patterns() if p.scope == scope)
        alternation = "|".join(f"(?P<p{i}>{p.regex.pattern})" for i, p in enumerate(members))
        joined[scope] = (re.compile(alternation or "(?!)"), members)
    return joined


@lru_cache(maxsize=1)
def scope_prefilters() -> dict[str, tuple[tuple[re.Pattern[str], Prefilter | None], ...]]:
    """Return each scope's members, in order, with the literals one of which each needs."""
    return {
        scope: tuple((p.regex, prefilter(p.regex)) for p in scope_patterns()[scope][1])
        for scope in SCOPES
    }


def _any_member(scope: str, text: str) -> bool:
    """Say whether some member of `scope` occurs in `text`, each tested alone.

    A member whose literals are not in the text is not searched; alone, a member keeps the
    regex engine's literal-prefix scan that the joined alternation loses. This is several
    times cheaper than one search of the alternation, which runs only on a hit, to pick the
    leftmost and first-listed member.
    """
    lowered = lowered_text(text)
    for regex, needs in scope_prefilters()[scope]:
        if (needs is None or needs.may_match(text, lowered)) and regex.search(text):
            return True
    return False


def _first_hit(scope: str, text: str, how: str) -> BoilerplatePattern | None:
    regex, members = scope_patterns()[scope]
    if how == "search" and not _any_member(scope, text):
        return None
    match = getattr(regex, how)(text)
    return members[int(match.lastgroup[1:])] if match and match.lastgroup else None


def document_excluded(
    document: Document, rules: BodyRules = DEFAULT_SETTINGS.body
) -> tuple[Excluded, ...]:
    """Return the excluded spans of a document: its deck line, if any, then `find_excluded`'s.

    A page's deck (`Document.deck`, the first line of its text) is a `headline` whatever it
    looks like; the rules read the text after it as if it began there.
    """
    deck, text = document.deck, document.text
    if not deck or not text.startswith(deck):
        return find_excluded(text, rules)
    end = len(deck)
    rest = find_excluded(text[end:], rules)
    shifted = (Excluded(item.span.shifted(end), item.role, item.reason) for item in rest)
    return (Excluded(Span(0, end), Role.HEADLINE, DECK_REASON), *shifted)


def find_excluded(text: str, rules: BodyRules = DEFAULT_SETTINGS.body) -> tuple[Excluded, ...]:
    """Return the headline and boilerplate spans of `text`, sorted and non-overlapping."""
    lines = list(split_lines(normalized_view(text)))
    excluded: list[Excluded] = []
    body_paragraphs = 0
    for i, line in enumerate(lines):
        tail = _first_hit("tail", line.text, "fullmatch") if len(line.text) <= 300 else None
        if tail and body_paragraphs >= rules.tail_after_paragraphs:
            end = lines[-1].span.end
            excluded.append(Excluded(Span(line.span.start, end), tail.role, f"after {tail.name}"))
            break
        if is_table_row(line.text):
            excluded.extend(table_row_exclusions(line.span, line.text))
            continue
        spans = list(_inline_spans(line))
        core = _core_text(line, spans)
        whole = _pattern_rule(line.text, core, rules) or _layout_rule(
            lines, i, core, core != line.text.lstrip(_OPENERS).strip(), rules
        )
        if whole:
            excluded.append(Excluded(line.span, whole[0], whole[1]))
            continue
        excluded.extend(spans or _trailing_fragment(line, rules))
        if _is_body_paragraph(line.text, rules):
            body_paragraphs += 1
    excluded = _list_items_kept(lines, _links_after_labels(lines, excluded, rules))
    return tuple(_repeat_exclusions(lines, excluded))


def split_lines(text: str) -> Iterator[Line]:
    """Yield the non-blank lines of `text`, stripped, with their spans."""
    start = 0
    length = len(text)
    while start < length:
        end = text.find("\n", start)
        end = length if end < 0 else end
        piece = text[start:end]
        left = len(piece) - len(piece.lstrip(" \t\r\f\v\xa0" + _INVISIBLE))
        right = len(piece.rstrip(" \t\r\f\v\xa0" + _INVISIBLE))
        if right > left:
            yield Line(Span(start + left, start + right), piece[left:right])
        start = end + 1


def _pattern_rule(text: str, core: str, rules: BodyRules) -> tuple[Role, str] | None:
    """Return the role and reason of the first whole-line pattern that fires.

    `core` is the line without bullets and without the inline exclusions that end it, so a
    suffix pattern sees where the article text ends.
    """
    short = len(text) <= rules.max_pattern_chars
    hit = (
        (_first_hit("line", text, "fullmatch") if short else None)
        or _first_hit("prefix", text.lstrip(_BULLETS)[:300], "match")
        or _first_hit("suffix", core[-300:], "search")
        or (_first_hit("contains", text, "search") if short else None)
    )
    return (hit.role, f"pattern {hit.name}") if hit else None


def _inline_spans(line: Line) -> Iterator[Excluded]:
    """Yield the parts of `line` matched by `span` patterns (tweet credits, related links)."""
    regex, members = scope_patterns()["span"]
    if not _any_member("span", line.text):
        return
    for match in regex.finditer(line.text):
        if match.end() > match.start() and match.lastgroup:
            found = members[int(match.lastgroup[1:])]
            span = Span(line.span.start + match.start(), line.span.start + match.end())
            yield Excluded(span, found.role, f"pattern {found.name}")


def _layout_rule(
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
    return None


def _core_text(line: Line, spans: Sequence[Excluded]) -> str:
    """Return the text of `line` without the inline exclusions that end it."""
    end = line.span.end
    for item in sorted(spans, key=lambda e: e.span.start, reverse=True):
        if item.span.end >= end - 1:
            end = min(end, item.span.start)
    kept = line.text[: end - line.span.start]
    for item in spans:
        if item.span.start == line.span.start:
            kept = kept[item.span.end - line.span.start :]
    return kept.lstrip(_OPENERS).strip(" \t" + _INVISIBLE)


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
    core = _NUMBERING.sub("", text.lstrip(_OPENERS), count=1)
    return bool(core) and core[0].isupper()


def _ends_unterminated(text: str) -> bool:
    core = text.rstrip(_CLOSERS + " ")
    return bool(core) and core[-1] not in _TERMINAL


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
    return words <= limit and _ends_unterminated(text) and _first_is_capital(text)


def _closing_fragment(text: str, rules: BodyRules) -> tuple[int, int, int] | None:
    """Find sentences then a short fragment: a deck and its title, a pull quote and its speaker.

    Return where the fragment starts, how many sentences come before it, and where the word
    ending the last of them starts ("Credit... Vincent Yu/AP": a credit). Not when the line
    breaks off ("I mean you might -", "...") or the fragment has a subject pronoun ("Late last
    month, he did"): those are sentences cut short, not titles.
    """
    if not _ends_unterminated(text) or len(text) > 600 or text.endswith(("-", ".")):
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


def _trailing_fragment(line: Line, rules: BodyRules) -> list[Excluded]:
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


def _is_body_paragraph(text: str, rules: BodyRules) -> bool:
    return not _ends_unterminated(text) and len(text.split()) >= rules.body_paragraph_words


def _links_after_labels(
    lines: Sequence[Line], excluded: list[Excluded], rules: BodyRules
) -> list[Excluded]:
    """Make the titles right after a boilerplate label ("Read more:", "Schon gelesen?") links.

    A label is a whole line of words (not only numbers or dashes), at most LABEL_WORDS of
    them, excluded as boilerplate after the body has begun (a "Print" button above the
    headline is no label); the run of lines taken for titles that follows it lists other
    stories, not subheads.
    """
    result = list(excluded)
    whole = {(e.span.start, e.span.end): i for i, e in enumerate(result)}
    after_label = in_body = False
    for line in lines:
        at = whole.get((line.span.start, line.span.end))
        item = result[at] if at is not None else None
        if item is not None and item.role is Role.BOILERPLATE:
            words = len(line.text.split())
            after_label = in_body and words <= LABEL_WORDS and any(c.isalpha() for c in line.text)
        elif at is not None and item is not None and after_label and item.reason == TITLE_REASON:
            reason = f"link after a label: {item.reason}"
            result[at] = Excluded(item.span, Role.BOILERPLATE, reason)
        else:
            after_label = False
            in_body = in_body or (item is None and _is_body_paragraph(line.text, rules))
    return result


def _list_items_kept(lines: Sequence[Line], excluded: list[Excluded]) -> list[Excluded]:
    """Keep as statements the lines taken for titles that list a paragraph's items: a run of
    them right after a body line ending in a colon ("They are alleged to have:" then "Posed
    as Americans, and opened ...", ...), or a longer run of dashed items after a body line
    ("— Japan: 86", "— Singapore: 30", ...). A label of a few words ("Buzz Cut:") heads a
    newsletter's list of its stories, not a list of items. GUIDELINES: a statement is a sentence of the
    body. A single title-like line before the text goes on is a subhead ("Here's a rundown of
    the bill's highlights:" / "Assistance to state and local governments").
    """
    whole = {(e.span.start, e.span.end): e for e in excluded}
    dropped: set[Span] = set()
    run: list[Line] = []
    after_body = colon = False
    for line in [*lines, None]:
        item = whole.get((line.span.start, line.span.end)) if line else None
        if after_body and line is not None and item is not None and item.reason == TITLE_REASON:
            run.append(line)
            continue
        dashed = all(r.text.startswith(_DASHES) for r in run)
        if (colon and len(run) >= LIST_ITEMS) or (dashed and len(run) >= DASHED_ITEMS):
            dropped.update(r.span for r in run)
        run = []
        after_body = line is not None and item is None and len(line.text.split()) >= LIST_INTRO_WORDS
        colon = after_body and line is not None and line.text.rstrip(_CLOSERS + " ").endswith(":")
    return [e for e in excluded if e.span not in dropped] if dropped else excluded


def _repeat_exclusions(lines: Sequence[Line], excluded: list[Excluded]) -> list[Excluded]:
    """Add lines that repeat an excluded whole line (headlines printed twice); sort the result."""
    whole = {(e.span.start, e.span.end): e for e in excluded}
    seen: dict[str, Excluded] = {}
    for line in lines:
        item = whole.get((line.span.start, line.span.end))
        if item is not None:
            seen.setdefault(line.text, item)
        elif line.text in seen:
            original = seen[line.text]
            excluded.append(Excluded(line.span, original.role, f"repeats: {original.reason}"))
    ordered = sorted(excluded, key=lambda e: (e.span.start, -e.span.end))
    result: list[Excluded] = []
    for item in ordered:
        if result and item.span.start < result[-1].span.end:
            continue
        result.append(item)
    return result


def body_regions(text: str, excluded: tuple[Excluded, ...]) -> list[Span]:
    """Return the spans of `text` not covered by any excluded span, in order."""
    regions = []
    cursor = 0
    for item in sorted(excluded, key=lambda e: e.span.start):
        if item.span.start > cursor:
            regions.append(Span(cursor, item.span.start))
        cursor = max(cursor, item.span.end)
    if cursor < len(text):
        regions.append(Span(cursor, len(text)))
    return regions


def empty_report_note(excluded: Sequence[Excluded]) -> str:
    """Say why a text gave no statement: what its lines were taken for, or that it had none."""
    if not excluded:
        return "no statements: the text has no sentences"
    roles = sorted({item.role.value for item in excluded})
    return f"no statements: every line was excluded ({', '.join(roles)})"
