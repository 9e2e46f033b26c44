"""Finding the noun phrase that opens a sentence, after a leading adverbial clause."""

from __future__ import annotations

import pytest

from sourcing.attribution.initial_subjects import initial_subject
from sourcing.pipeline import analyze
from sourcing.records import Document, SourceType


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("In a tweet, President Trump thanked Mr Zinke for his service.", "President Trump"),
        ("A federal judge on Monday denied the request.", "A federal judge"),
        ("Later that day, President Trump relented.", "President Trump"),
        # A concessive clause, as "While" (a post-key fix of stop 50, BBC d7SvLxE4DMaW9VkF [7]).
        ("Although Sir Kim said Mr Trump was dazzled by his visit, the ambassador warns of chaos.",
         "the ambassador"),
        # A title word of opening_subject_words.txt right before a name (heldout30
        # JDylUOgAoosiN3XV [16]: the subject stopped at "Local") ...
        ("Local priest Mangal Chaudhary did not comment but said it grew.", "Local priest Mangal Chaudhary"),
        # ... not before a comma ("A Roman Catholic priest, James Martin, counseled"), and not
        # before a lower-case word.
        ("A Roman Catholic priest, James Martin, counseled calm.", "A Roman Catholic"),
        ("Local priest groups did not comment.", "Local"),
        # The mark of a cut in a quoted passage is no subject ("[…]"; the normalized view
        # writes "…" as "."; Townhall 59eqyaD8AJ4BHXYC [9], keyed Anonymous source).
        ("[…] Marsha Catron would not comment but pointed out the law.", "Marsha Catron"),
        ("[...] Marsha Catron would not comment.", "Marsha Catron"),
        ("[.] Marsha Catron would not comment.", "Marsha Catron"),
        (". Marsha Catron would not comment.", "Marsha Catron"),
    ],
)
def test_initial_subject(text: str, subject: str) -> None:
    span = initial_subject(text)
    assert span is not None and text[span.start : span.end] == subject


def test_a_speaker_after_a_cut_is_the_source() -> None:
    """ "[…] Marsha Catron, a DHS spokeswoman, would not comment ... but pointed out that":
    Catron is the source, not the unnamed source of the sentence before (Townhall
    59eqyaD8AJ4BHXYC [9], a keyed Anonymous source before stop 40)."""
    text = (
        "DHS Secretary Jeh Johnson has been pushing for the moves, according to those with "
        "knowledge of the debate.\n\n[…] Marsha Catron, a DHS spokeswoman, would not comment on "
        "any possible ICE operations but pointed out that Johnson “has consistently said our "
        "border is not open.”"
    )
    statement = analyze(Document(id="cut", text=text)).statements[1]
    assert (statement.type, statement.source) == (SourceType.NAMED_OFFICIAL, "Marsha Catron")
