"""Separate the article body from headlines and boilerplate in plain text.

Scraped pages put site furniture between and around the paragraphs of an article. The text is
read line by line (a line is a paragraph, `body_lines.py`); each line is tested against the
patterns of lexicon `boilerplate_patterns.txt` (`boilerplate_patterns.py`) and then against a
few layout rules (subheads, capitals, decks, duplicated ledes: `layout_rules.py`); passes over
runs of lines then revisit those decisions (`line_runs.py`). Every rule looks at one line and
its neighbours, so the cost is linear.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sourcing.records import Document, Excluded, Role, Span
from sourcing.settings import DEFAULT_SETTINGS, BodyRules
from sourcing.text.body_lines import INVISIBLE, OPENERS, Line, is_body_paragraph, split_lines
from sourcing.text.boilerplate_patterns import any_member, first_hit, scope_patterns
from sourcing.text.layout_rules import layout_rule, trailing_fragment
from sourcing.text.line_runs import (
    links_after_labels,
    list_items_kept,
    repeat_exclusions,
    repeated_captions,
)
from sourcing.text.normalize import normalized_view
from sourcing.text.tables import is_table_row, table_row_exclusions

_BULLETS = "-*\u2022\u00b7 "
DECK_REASON = "deck: the page's description, missing from the extracted text"


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
        tail = first_hit("tail", line.text, "fullmatch") if len(line.text) <= 300 else None
        if tail and body_paragraphs >= rules.tail_after_paragraphs:
            end = lines[-1].span.end
            excluded.append(Excluded(Span(line.span.start, end), tail.role, f"after {tail.name}"))
            break
        if is_table_row(line.text):
            excluded.extend(table_row_exclusions(line.span, line.text))
            continue
        spans = list(_inline_spans(line))
        core = _core_text(line, spans)
        trimmed = core != line.text.lstrip(OPENERS).strip() and not _only_update_stamps(spans)
        whole = _pattern_rule(line.text, core, rules) or layout_rule(lines, i, core, trimmed, rules)
        if whole:
            excluded.append(Excluded(line.span, whole[0], whole[1]))
            continue
        excluded.extend(spans or trailing_fragment(line, rules))
        if is_body_paragraph(line.text, rules):
            body_paragraphs += 1
    excluded = list_items_kept(lines, links_after_labels(lines, excluded, rules))
    return tuple(repeat_exclusions(lines, repeated_captions(lines, excluded)))


UPDATE_STAMP = "update-stamp"  # the name of the pattern in boilerplate_patterns.txt


def _pattern_reason(name: str) -> str:
    """The reason an exclusion made by the boilerplate pattern `name` gives."""
    return f"pattern {name}"


def _only_update_stamps(spans: Sequence[Excluded]) -> bool:
    """Whether the inline exclusions of a line are only its opening update stamp ("Update at 12
    p.m. ET: No Arrests Made Thursday"): the rest is read as any line is, a subhead or a
    sentence, not kept whatever it is as what is left of an embedded post is."""
    return bool(spans) and all(item.reason == _pattern_reason(UPDATE_STAMP) for item in spans)


def _pattern_rule(text: str, core: str, rules: BodyRules) -> tuple[Role, str] | None:
    """Return the role and reason of the first whole-line pattern that fires.

    `core` is the line without bullets and without the inline exclusions that end it, so a
    suffix pattern sees where the article text ends.
    """
    short = len(text) <= rules.max_pattern_chars
    hit = (
        (first_hit("line", text, "fullmatch") if short else None)
        or first_hit("prefix", text.lstrip(_BULLETS)[:300], "match")
        or first_hit("suffix", core[-300:], "search")
        or (first_hit("contains", text, "search") if short else None)
    )
    return (hit.role, _pattern_reason(hit.name)) if hit else None

def boilerplate_line(text: str, rules: BodyRules = DEFAULT_SETTINGS.body) -> bool:
    """Tell whether the whole-line patterns take one line for site furniture ("Story Continued Below")."""
    line = text.strip()
    hit = _pattern_rule(line, line, rules)
    return hit is not None and hit[0] is Role.BOILERPLATE

def _inline_spans(line: Line) -> Iterator[Excluded]:
    """Yield the parts of `line` matched by `span` patterns (tweet credits, related links)."""
    regex, members = scope_patterns()["span"]
    if not any_member("span", line.text):
        return
    for match in regex.finditer(line.text):
        if match.end() > match.start() and match.lastgroup:
            found = members[int(match.lastgroup[1:])]
            span = Span(line.span.start + match.start(), line.span.start + match.end())
            yield Excluded(span, found.role, _pattern_reason(found.name))

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
    return kept.lstrip(OPENERS).strip(" \t" + INVISIBLE)

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
