"""Revisit a text's line decisions as runs of lines: links after a label, list items, repeats.

The layout rules judge a line alone; these passes read the lines around it. A run of titles
after a "Read more:" label links to other stories; titles after a body line ending in a colon
list its items (kept as statements); a line repeating an excluded line is excluded likewise.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from sourcing.records import Excluded, Role, Span
from sourcing.settings import BodyRules
from sourcing.text.body_lines import CLOSERS, Line, ends_unterminated, is_body_paragraph
from sourcing.text.layout_rules import TITLE_REASON

# A whole boilerplate line of at most this many words is a label ("Weiterlesen:").
LABEL_WORDS = 6
# A list after a colon has at least this many items; one title-like line is a subhead.
LIST_ITEMS = 2
# Dashed items after a body paragraph with no colon: at least this many make a list.
DASHED_ITEMS = 3
# The body line before such a list has at least this many words.
LIST_INTRO_WORDS = 4
_DASHES = ("\u2014 ", "- ", "\u2013 ", "\u2022 ")


def links_after_labels(
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
            in_body = in_body or (item is None and is_body_paragraph(line.text, rules))
    return result


def list_items_kept(lines: Sequence[Line], excluded: list[Excluded]) -> list[Excluded]:
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
        colon = after_body and line is not None and line.text.rstrip(CLOSERS + " ").endswith(":")
    return [e for e in excluded if e.span not in dropped] if dropped else excluded


def repeat_exclusions(lines: Sequence[Line], excluded: list[Excluded]) -> list[Excluded]:
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


# A handle, a link or a picture's address: an embedded post, which a page may print twice and
# which stays its author's statement (rule 9).
POST_MARKS = re.compile(r"@\w|https?://|pic\.twitter|t\.co/")


def repeated_captions(lines: Sequence[Line], excluded: list[Excluded]) -> list[Excluded]:
    """Add the lines printed twice or more that end with no stop: a photo gallery's captions
    ("Pro-democracy protesters wave American flags and hold up photos of Donald Trump as they
    march at the US Consulate in Hong Kong", twice at the top of heldout79 B4oTA19BPFtr7JCG,
    read boilerplate, keyed unattributed). A body paragraph ends with a stop; a repeated line
    without one is the page's furniture, unless it holds an embedded post's marks."""
    counts = Counter(
        line.text for line in lines if ends_unterminated(line.text) and not POST_MARKS.search(line.text)
    )
    taken = {(e.span.start, e.span.end) for e in excluded}
    for line in lines:
        if counts[line.text] > 1 and (line.span.start, line.span.end) not in taken:
            excluded.append(Excluded(line.span, Role.BOILERPLATE, "caption printed twice"))
    return excluded
