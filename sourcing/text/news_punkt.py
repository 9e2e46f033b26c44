"""NLTK's Punkt sentence tokenizer with four repairs for news text.

1. An initialism ("A.T.F.", "F.B.I.", "D.C.") is an abbreviation even when Punkt never learned
   it. Its period then ends a sentence only where Punkt's own heuristics (orthographic context,
   sentence starters) say the next word starts one: "the A.T.F. director said" is one sentence,
   "in the U.S. The next day" two.
2. Punkt decides a candidate break by annotating the word before a period and the word after
   it; when that next word ends a sentence itself before a closing mark ("threats to U.S.
   interests."), NLTK takes the next word's break for the candidate's and cuts after "U.S.".
   Here a candidate breaks only on a break before the next word.
3. A period glued to a capitalised word ("said.The", glued_periods.py) is a candidate too,
   decided as if a space followed it; a word cut there is read from the cut on ("State.U.S.
   airstrikes" is "U.S. airstrikes" to the next candidate).
4. A straight double quote between a sentence's stop and the next sentence, touching both
   ('crisis struck."The paper said'), closes a quotation the first sentence opened (an odd
   number of quotes in it), and opens the next sentence otherwise ('he said."It is vital').
   Punkt gives it to the next sentence either way. The count stays inside the sentence: a
   quotation running over several sentences or paragraphs leaves the quotes of a whole
   paragraph unbalanced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sourcing.text.glued_periods import glued_periods, is_initialism
from sourcing.text.light_nltk import register_light_nltk

register_light_nltk()  # before nltk is imported: Punkt without nltk's 2 s __init__
from nltk.tokenize.punkt import PunktSentenceTokenizer, PunktToken

# A party and a state's abbreviation ("R-Az.", "D-Calf.", "R-NY."; not the names "R-Texas",
# "R-Ohio": their period may end the sentence).
PARTY_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z]{0,3}\.")
# What follows inside a sentence: a lower-case word, a closing bracket, a comma, colon or semicolon.
GOES_ON = re.compile(r"[a-z)\],:;]")


def _abbreviated_state(word: str, next_word: str) -> bool:
    """ "Sen. Jeff Flake (R-Az.) called", "Rep. Pete King (R-NY.), a Democratic target,": a
    state's abbreviation in a party tag, the sentence going on after it (The Hill, heldout29
    0YO1LW4qlsT3TvKl [14] was cut there from its verb; allsides "Rep. Anna Eshoo (D-Ca.): ...")."""
    return PARTY_STATE.fullmatch(word) is not None and GOES_ON.match(next_word) is not None


# A candidate sentence end: where the sentence ends, where the next one starts, where the
# word before the period starts, and the text Punkt decides on (that word and the next).
Candidate = tuple[int, int, int, str]


class NewsPunktTokenizer(PunktSentenceTokenizer):
    """Punkt that takes initialisms for abbreviations, decides a break at its own period,
    considers periods glued to the next sentence and gives a glued quote to the sentence it closes."""

    def _first_pass_annotation(self, aug_tok: PunktToken) -> None:
        super()._first_pass_annotation(aug_tok)
        if aug_tok.sentbreak and aug_tok.period_final and is_initialism(aug_tok.tok[:-1]):
            aug_tok.sentbreak = False
            aug_tok.abbr = True

    def _second_pass_annotation(self, aug_tok1: PunktToken, aug_tok2: PunktToken | None) -> str | None:
        reason = super()._second_pass_annotation(aug_tok1, aug_tok2)
        if aug_tok1.sentbreak and aug_tok2 is not None and _abbreviated_state(aug_tok1.tok, aug_tok2.tok):
            aug_tok1.sentbreak = False
            aug_tok1.abbr = True
        return reason

    def text_contains_sentbreak(self, text: str) -> bool:
        """Say whether the candidate's word breaks, the word after it read only as context."""
        words = text.rsplit(None, 1)
        if len(words) < 2:  # the candidate is followed by punctuation, not by a word
            return super().text_contains_sentbreak(text)
        tokens = list(self._annotate_tokens(self._tokenize_words(text)))
        next_word = len(self._lang_vars.word_tokenize(words[1]))
        return any(token.sentbreak for token in tokens[: len(tokens) - next_word])

    def _slices_from_text(self, text: str) -> Iterator[slice]:
        last_break = 0
        for end, next_start, word_start, context in self._candidates(text):
            if last_break > word_start:  # the word was cut at a glued period inside it
                context = context[last_break - word_start :]
            if self.text_contains_sentbreak(context):
                yield slice(last_break, end)
                last_break = next_start
        yield slice(last_break, len(text.rstrip()))

    def _realign_boundaries(self, text: str, slices: Iterator[slice]) -> Iterator[slice]:
        previous: slice | None = None
        for sentence in super()._realign_boundaries(text, slices):
            if previous is not None and _closes_previous(text, previous, sentence):
                previous = slice(previous.start, previous.stop + 1)
                sentence = slice(sentence.start + 1, sentence.stop)
            if previous is not None:
                yield previous
            previous = sentence
        if previous is not None:
            yield previous

    def _candidates(self, text: str) -> list[Candidate]:
        """Return Punkt's candidate sentence ends and the glued periods, in text order."""
        found = []
        for match, context in self._match_potential_end_contexts(text):
            after = match.group("after_tok")
            word_start = match.start() - (len(context) - len(match.group()) - len(after))
            next_start = match.start("next_tok") if match.group("next_tok") else match.end()
            found.append((match.end(), next_start, word_start, context))
        for period, left, right in glued_periods(text):
            found.append((period + 1, period + 1, period - len(left), f"{left}. {right}"))
        return sorted(found)


def _closes_previous(text: str, previous: slice, sentence: slice) -> bool:
    """Say whether the quote starting `sentence`, glued to both sentences, closes `previous`."""
    return (
        previous.stop == sentence.start
        and text.count('"', previous.start, previous.stop) % 2 == 1
        and text.startswith('"', sentence.start)
        and sentence.start + 1 < sentence.stop
        and not text[sentence.start + 1].isspace()
    )
