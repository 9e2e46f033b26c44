"""The other outlet an anonymous source spoke to ("FBI officials told The Associated Press"):
that outlet's reporter heard the source, not this article's (GUIDELINES rule 5: the hearer is
no source and no `via`, but it says who knows the source)."""

from __future__ import annotations

import re

from sourcing.attribution.cue_kinds import Cue, CueKind
from sourcing.attribution.outlet_mentions import names_outlet
from sourcing.attribution.phrases import Phrase
from sourcing.attribution.told_outlets import outlet_hearer
from sourcing.lexicons import load_lexicon
from sourcing.outlets import is_publisher
from sourcing.records import ArticleReport, Statement
from sourcing.settings import DEFAULT_SETTINGS

MAX_NAME_WORDS = 6  # the longest outlet name looked for after "told"


def other_outlet_told(statement: Statement, report: ArticleReport) -> str | None:
    """The outlet, not the publisher, that `statement`'s source told ("told The Associated
    Press"), as written, or None; None too when the publisher is not known (a .txt file): the
    hearer may be the publisher itself ("told Fox News" in a Fox News article)."""
    publisher = report.document.outlet
    if not publisher or statement.cue is None or statement.cue_span is None:
        return None
    if statement.resolved_from is not None:
        return None  # "he said": the cue of another statement
    cue = Cue(CueKind.SUBJECT_VERB, statement.cue_span, statement.cue.lower())
    sentence = report.document.text[: statement.span.end]
    hearer = outlet_hearer(sentence, cue, DEFAULT_SETTINGS)
    if hearer is None:
        return None
    name = _outlet_name(sentence[hearer.start : hearer.end].split())
    return None if not name or is_publisher(name, publisher) else name


def _outlet_name(words: list[str]) -> str | None:
    """The shortest run of `words`' first words that names an outlet ("The Associated Press"
    of "The Associated Press Wednesday", "ABC News" of "ABC News an indictment ...", "CNN" of
    "CNN's John King"), or None: the hearer phrase runs on into the clause when no "that"
    follows the outlet ("Sources tell ABC News an indictment ... could come")."""
    if words and words[0].endswith(("'s", "’s")):
        words = [words[0][:-2]]
    for end in range(1, min(len(words), MAX_NAME_WORDS) + 1):
        if words[end - 1].lower() in load_lexicon("months_days"):
            return None
        name = re.sub(r"(?:'s|\u2019s)$", "", " ".join(words[:end]).rstrip(".,;:])"))
        if names_outlet(Phrase(name, {})):
            return name
    return None

