"""Tell whether a claim in a time clause after "came" is what the sentence reports (GUIDELINES
rule 7): "The move came a day after the Israeli government said it would bar Tlaib and Omar
..." gives what the government said, its act only dated by the main clause (heldout28
yW6hamBa2kpDG870 [13], named_organization; the readings of heldout5, 9, 12, 24, 27 alike).

Two limits keep it to claims. The verb must give its content: "said", "says", a "that" clause
within a few words ("insisted in a statement that"), or a pronoun subject and its auxiliary
("announced it would"), but only "that" after "announced": "after Biden announced he was
stepping down from the board" gives his own act (rule 7, as `announced_acts`; train
m9StBcVpWZjD5mVA, gold unattributed); "after a court denied Stone's request" or "after
Netanyahu addressed Congress" give none. A relative "which comes after ..." leaves the main
clause elsewhere ("Thanedar has resumed airing TV spots ..., which comes about two weeks after
his campaign said ..."), and so does a pronoun for subject; a verb that is also a noun
("report", "notes") is no cue here; a source closing the sentence
(", said a US official") tells the time clause as well. And the main clause must not itself be news ("The revelation comes a day
after al-Jubeir insisted that ...", "News of the CIA's findings comes one day after the
Treasury Department announced ..."): the writer sets a new fact against an earlier claim, and
the gold reads those unattributed, the speaker's type in alt (train AfAzYqn2YCdTUz9l).
"""

from __future__ import annotations

import re
from functools import cache

from sourcing.lexicons import alternation, load_lexicon

# "came", then at most an adverb and a span of time, then "after", right before the subject.
CAME_AFTER = re.compile(
    r"(?<!which\s)(?<!that\s)\b(?:came|comes|come|coming)\s+"
    r"(?:(?:just|only|shortly|soon|right|barely|about|nearly|almost|less\s+than|more\s+than)\s+)?"
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+"
    r"(?:minutes?|hours?|days?|weeks?|months?)\s+|the\s+(?:day|week)\s+)?"
    r"after\s+$",
    re.IGNORECASE,
)
SAYING = frozenset({"said", "says"})
ANNOUNCING = frozenset({"announce", "announces", "announced"})
# What follows a verb that gives its content: "that" within six words and no clause mark
# ("insisted in a statement that", "told reporters Friday that"), a pronoun subject and its
# auxiliary ("announced it would", "revealed he's"), or a quotation.
THAT_AFTER = r"(?:\s+[^\s,;:.!?\"]+){0,6}?\s+that\b"
CONTENT_AFTER = re.compile(
    THAT_AFTER + r"|\s+(?:it|he|she|they|we|I)(?:\s+(?:would|will|was|were|is|are|had|has|could"
    r"|can|did|does|should|might|may)\b|['’](?:s|d|ll|ve|re)\b)"
    r"|\s*[\"“]",
)
THAT_CONTENT = re.compile(THAT_AFTER)
# A pronoun for subject: who it is the main clause does not tell ("(It came after he initially
# told an Ohio television station that ...)" is Mr. Romney's, named two sentences before, not
# the last speaker's; train2 HLLLZGk8Aa8tfvDH).
PRONOUN_SUBJECT = re.compile(r"(?:he|she|they|it|we|I)\b", re.IGNORECASE)
# A source that closes the sentence tells all of it, the time clause too ("The decision to give
# up the server came after the FBI said ..., said a US official who was not authorized to speak
# publicly": heldout5 cUdYr1gwHBYairQa [11], unnamed_source).
CLOSING_SOURCE = re.compile(
    r",\s+(?:said|says|according\s+to)\s"
    r"|,\s+[^,;]{1,60}?\s(?:said|says|reported|reports|added|wrote)[.!?\"”]*\s*$"
)
# The main clause before "came", back to the last clause mark (at most 80 characters).
MAIN_CLAUSE = re.compile(r"([^,;:]{0,80})$")


@cache
def _news_head() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation('came_after_news_heads')})\b", re.IGNORECASE)


def reports_what_came_after(text: str, subject_start: int, verb_end: int) -> bool:
    """Whether the subject at `subject_start`, right after "came ... after", speaks the
    sentence's content through its verb ending at `verb_end`."""
    came = CAME_AFTER.search(text, max(0, subject_start - 60), subject_start)
    if came is None or PRONOUN_SUBJECT.match(text, subject_start):
        return False
    verb = re.search(r"(\w+)$", text[:verb_end])
    if verb is None:
        return False
    word = verb.group(1).lower()
    if word in load_lexicon("cue_verbs_ambiguous"):
        return False  # "after a government delegation agreed with a U.N. report that": the noun
    content = THAT_CONTENT if word in ANNOUNCING else CONTENT_AFTER
    if word not in SAYING and not content.match(text, verb_end):
        return False
    if CLOSING_SOURCE.search(text, verb_end):
        return False
    main = MAIN_CLAUSE.search(text, 0, came.start())
    return main is None or _news_head().search(main.group(1)) is None
