"""Where a subject starts: the bound of the window it is looked for in, and the opener (a
dateline's dash, a leading date, an adverbial clause without its comma) stepped past."""

from __future__ import annotations

import re
from functools import cache

from sourcing.attribution.appositives import CLAUSE_MARKS, ends_with_name
from sourcing.attribution.sentence_openers import bare_opening_adverb, leading_adverbial_word
from sourcing.lexicons import alternation

# A name that opens the sentence and the article of its appositive: "Gowdy, a three-term ...".
OPENING_NAME_APPOSITIVE = re.compile(r"\s*([A-Z][\w.'’\-]*(?:\s[A-Z][\w.'’\-]*){0,3}),\s(?:a|an|the)\s")


def past_opening_appositive(text: str, lower: int, end: int) -> int:
    """`lower`, or the sentence's start when the window's bound falls inside the appositive of
    the name that opens it: "Gowdy, a three-term lawmaker who rose ... in Benghazi, Libya,
    announced" is Gowdy's, however long the description (heldout20 BRE75S2Z34bMxSpO [14])."""
    opening = OPENING_NAME_APPOSITIVE.match(text)
    if lower == 0 or opening is None or not ends_with_name(opening.group(1)):
        return lower
    return 0 if not any(mark in text[:end] for mark in CLAUSE_MARKS) else lower


# A dash set off by spaces, as written or normalized ("—", "–", "--", "-").
SPACED_DASH = re.compile(r"\s(?:[\u2014\u2013]|-{1,2})(?=\s|$)")


# An aside's closing dash written against the next word: "DeMint — who is retiring ...
# —pointed out" (dev9517 sc4rsnxtTShOLTuT [13]): the spaced dash before it opens the aside.
CLOSING_DASH_UNSPACED = re.compile(r"\s(?:[\u2014\u2013]|-{1,2})(?=[A-Za-z])")


def after_lone_dash(text: str, start: int, end: int) -> int:
    """`start`, or past the sentence's one spaced dash when it stands before the verb: "legally
    suspect from the start — President Obama repeatedly said" is Obama's (heldout20
    DVxDZS9oOS2XOjET [6]), "WASHINGTON — President Trump said" is Trump's (train2). Two dashes
    set off an aside ("Smith — a former official — said", "And Cruz – apparently unaware he was
    arguing with the "Juno" actress – countered": train2), which is not this rule's."""
    dashes = list(SPACED_DASH.finditer(text))
    if not dashes:  # "WASHINGTON—Sen. Jane Roe said", "DOUGLAS, Ariz.—Sen. Ted Cruz said"
        dateline = DATELINE_DASH.match(text)
        return dateline.end() if dateline and start <= dateline.start() < end else start
    if len(dashes) == 1:
        closing = CLOSING_DASH_UNSPACED.search(text, dashes[0].end())  # its lookahead may pass `end`
        aside = closing is not None and closing.start() < end
        return dashes[0].end() if start <= dashes[0].start() < end and not aside else start
    return after_closing_dash(text, dashes, start, end)


def after_closing_dash(text: str, dashes: list[re.Match[str]], start: int, end: int) -> int:
    """`start`, or past an aside's closing dash when a name stands between it and the verb: in
    "While Obama promoted his strategy - touting his trip to North Carolina - Rep. Marlin
    Stutzman, R-Indiana, called on the President" the dashes close an aside of the clause before,
    and the subject is Stutzman (heldout79 zTUeKNPvbfC2obW5 [1]). "Smith — a former official —
    said" has nothing between the dash and the verb: the aside is Smith's."""
    closing = [dash for dash in dashes if start <= dash.start() and dash.end() < end]
    if len(closing) < 2 or len(closing) % 2:
        return start
    between = text[closing[-1].end() : end].strip()
    return closing[-1].end() if between[:1].isupper() else start


# A dateline in capitals, with its state, closed by a dash with no spaces ("DOUGLAS, Ariz.—").
# The normalized view writes every dash as "-" (text/normalize.py).
DATELINE_DASH = re.compile(
    r"\s*[A-Z][A-Z.']{3,}(?:\s[A-Z][A-Z.']+)*(?:,\s+[A-Z][\w.]*?)*\s*(?:[\u2014\u2013]|-{1,2})(?=[A-Z][a-z])"
)


# A subject pronoun ending a span ("Speaking on condition of anonymity he").
TRAILING_PRONOUN = re.compile(r"\s(he|she|they|we|I)$", re.IGNORECASE)
# "a press conference, at which it said it had:", "strikes on what it said was": the pronoun
# after the relative word is the verb's subject, and refers back like any other.
RELATIVE_PRONOUN_SUBJECT = re.compile(r"\b(?:what|which)\s+(he|she|it)$", re.IGNORECASE)


def pronoun_after_opener(text: str, start: int, end: int) -> int:
    """Where the subject starts when a leading adverbial clause without its comma ends in a
    pronoun ("Speaking on condition of anonymity he said", "In his opening statement he
    announced"): at the pronoun; else `start`. A span opening otherwise ("what he calls",
    "which three he") is a clause the pronoun belongs to."""
    pronoun = TRAILING_PRONOUN.search(text, start, end)
    opener = leading_adverbial_word().match(text, start, end)
    if pronoun and opener:
        return pronoun.start(1)
    relative = RELATIVE_PRONOUN_SUBJECT.search(text, start, end)
    return relative.start(1) if relative else start


def after_leading_adverb(text: str, start: int, end: int) -> int:
    """Where the subject starts after a sentence adverb opening the span without its comma
    ("Then Scalise is quoted as saying", "Meanwhile the agency said"): at the word after it;
    else `start`."""
    match = LEADING_WORD.match(text, start, end)
    return match.end() if match and bare_opening_adverb(match.group(1)) else start


# A word and the space after it, a word following ("Then Scalise", "and then Chuck Todd").
LEADING_WORD = re.compile(r"([A-Za-z][a-z]+)\s+(?=\w)")


def after_leading_date(text: str, start: int, end: int) -> int:
    """Where the subject starts after a date opening the span without its comma ("On Tuesday
    an unnamed senior Egyptian forensics official told", "Last March the ministry said"):
    after the date; else `start`."""
    date = _leading_date().match(text, start, end)
    return date.end() if date and date.end() < end else start


@cache
def _leading_date() -> re.Pattern[str]:
    """"On Tuesday ", "Last March ", "Early on Monday ", "Earlier this week " (dev9513
    o1ojA8ww1Y0dAZeh [5]: "Earlier this week the New York Times reported" was unattributed),
    "Weeks later ": a date or a span of time and the words after it."""
    days = alternation("months_days")
    return re.compile(
        rf"(?:(?:(?:on|in|last|early|late|earlier|later)\s+){{1,2}}"
        rf"(?:{days}|this\s+(?:week|month|year|morning|afternoon|evening)|today|yesterday)"
        rf"|{SPAN_LATER})\s+(?=[a-z])",
        re.IGNORECASE,
    )


# "Weeks later ", "Two days later ", "A few hours earlier " (dev9517 NjclkyYu8wlujkL0 [11]:
# "Weeks later his staff noted" had the subject "Weeks later his staff").
SPAN_LATER = (
    r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+)?"
    r"(?:minutes|hours|days|weeks|months|years|moments|minute|hour|day|week|month|year)\s+(?:later|earlier)"
)
