"""What attributing a document's statements consults: the text's views, its names, the
statements so far."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from sourcing.records import Document, SourceType, Span, Statement
from sourcing.settings import Settings
from sourcing.text.name_cards import without_name_cards
from sourcing.text.normalize import normalized_view
from sourcing.text.quotes import quoted_mask, with_closing_marks
from sourcing.text.report_blocks import without_report_block_marks


@dataclass(frozen=True)
class Context:
    """What every sentence's attribution may consult about the whole document."""

    document: Document
    normalized: str
    quoted: bytes
    people: dict[str, bool]
    settings: Settings
    organizations: frozenset[str] = frozenset()  # one-word names of its organizations ("Kaiser")
    handles: bool = True  # the text has "(@", which every credit line of a post needs
    # Where each statement that opens a paragraph starts (`paragraph_starts`), in order.
    paragraph_starts: tuple[int, ...] = ()

    def knows_person(self, name: str) -> bool:
        """Tell whether `name`, or its surname, is one of the document's people."""
        return name in self.people or name.split()[-1] in self.people


class Attributed(list[Statement]):
    """The statements attributed so far, in order; it only grows while a document is read."""

    def __init__(self) -> None:
        super().__init__()
        # Where each search of `latest` stopped: key -> (statements scanned, last found).
        self._searched: dict[str, tuple[int, Statement | None]] = {}
        # For each statement, where the run of statements with its type and source begins.
        self._run_starts: list[int] = []

    def latest(self, key: str, fits: Callable[[Statement], bool]) -> list[Statement]:
        """Return the last statement that `fits` (a list of one), or an empty list.

        A search resumes where the last one with the same `key` stopped: searching the
        whole article again for each reference made time grow with the square of its
        length ("The report said." x 10,000).
        """
        scanned, found = self._searched.get(key, (0, None))
        for previous in self[scanned:]:
            if fits(previous):
                found = previous
        self._searched[key] = (len(self), found)
        return [found] if found is not None else []

    def one_source_since(self, first: int) -> bool:
        """Whether every statement from `first` to the last has the type and source of `first`.

        The runs of statements with one type and source are extended as the list grows:
        comparing the whole stretch again for each statement made a speaker's long turn
        quadratic.
        """
        runs = self._run_starts
        for k in range(len(runs), len(self)):
            same = k > 0 and _source_of(self[k]) == _source_of(self[k - 1])
            runs.append(runs[k - 1] if same else k)
        return runs[-1] <= first


def _source_of(statement: Statement) -> tuple[SourceType, str | None]:
    return statement.type, statement.source


def paragraph_starts(normalized: str, sentences: Sequence[Span]) -> tuple[int, ...]:
    """Where each sentence that opens a paragraph starts: the first, and each after a line break.

    Computed once per document, so that a statement's paragraph is found by bisection: walking
    back statement by statement for each one made a text of one long paragraph quadratic.
    """
    return tuple(
        span.start
        for k, span in enumerate(sentences)
        if k == 0 or "\n" in normalized[sentences[k - 1].end : span.start]
    )


@lru_cache(maxsize=8)
def text_views(text: str) -> tuple[str, bytes]:
    """The length-preserving normalized view of `text` and its quotation mask (read-only).

    The view has no name cards (`name_cards.py`): their words are page furniture; and no
    quote marks around a correspondent's report (`report_blocks.py`): it is the outlet's.

    Cached for the few latest texts: the model's features read the same views right after
    attribution, and computing them again cost about 7 ms an article.
    """
    normalized = with_closing_marks(normalized_view(without_name_cards(text)))
    normalized = without_report_block_marks(normalized)
    return normalized, bytes(quoted_mask(normalized))
